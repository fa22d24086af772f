/**
 * Plain ESM tests. @btt/ts-client (for the chain constants) pulls in cosmjs, which `require`s the
 * ESM-only @noble/@scure packages; jest on Node < 24.9 needs those transpiled to CommonJS.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.js"],
  transform: {
    "node_modules/(@noble|@scure)/.+\\.js$": ["ts-jest", { useESM: false, tsconfig: "../ts-client/tsconfig.esm-deps.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(@noble|@scure)/)"],
};
