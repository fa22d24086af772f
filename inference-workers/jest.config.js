/**
 * Jest runs the compiled suites (tsc -p tsconfig.test.json → dist-test/) as native ESM
 * (NODE_OPTIONS=--experimental-vm-modules). cosmjs `require`s the ESM-only @noble/@scure packages and light-my-request the ESM-only cookie,
 * which ts-jest transpiles to CommonJS (same set-up as localnet/).
 */
export default {
  testEnvironment: "<rootDir>/jest-environment.cjs",
  roots: ["<rootDir>/dist-test/test"],
  testMatch: ["**/*.test.js"],
  transform: {
    "node_modules/(@noble|@scure|cookie)/.+\\.js$": ["ts-jest", { useESM: false, tsconfig: "<rootDir>/tsconfig.esm-deps.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(@noble|@scure|cookie)/)"],
  testTimeout: 300000,
  verbose: true,
  forceExit: true,
};
