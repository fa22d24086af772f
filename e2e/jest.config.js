/**
 * Jest runs the compiled end-to-end suites of the chain (tsc -p tsconfig.test.json → dist-test/) as native ESM
 * (NODE_OPTIONS=--experimental-vm-modules). Each suite starts its own localnet on its own ports and home.
 * cosmjs is CommonJS but `require`s the ESM-only @noble/@scure packages; on Node < 24.9 jest cannot
 * `require` ESM, so those files are transpiled to CommonJS by ts-jest (jest 30 honours the transform).
 */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/dist-test/test"],
  testMatch: ["**/*.test.js"],
  transform: {
    "node_modules/(@noble|@scure)/.+\\.js$": ["ts-jest", { useESM: false, tsconfig: "<rootDir>/tsconfig.esm-deps.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(@noble|@scure)/)"],
  testTimeout: 300000,
  verbose: true,
  forceExit: true,
};
