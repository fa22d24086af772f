/**
 * Jest runs the compiled suites (tsc -p tsconfig.test.json → dist-test/) as native ESM
 * (NODE_OPTIONS=--experimental-vm-modules); cosmjs `require`s the ESM-only @noble/@scure packages,
 * which ts-jest transpiles to CommonJS (same set-up as inference-workers/).
 */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/dist-test/test"],
  testMatch: ["**/*.test.js"],
  transform: {
    "node_modules/(@noble|@scure)/.+\\.js$": ["ts-jest", { useESM: false, tsconfig: "<rootDir>/tsconfig.esm-deps.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(@noble|@scure)/)"],
  verbose: true,
};
