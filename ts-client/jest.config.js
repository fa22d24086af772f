/**
 * Tests run as ESM (NODE_OPTIONS=--experimental-vm-modules) straight from the TypeScript sources.
 * cosmjs is CommonJS but `require`s the ESM-only @noble/@scure packages; on Node < 24.9 jest cannot
 * `require` ESM, so those files are transpiled to CommonJS by ts-jest (jest 30 honours the transform).
 * @type {import('ts-jest').JestConfigWithTsJest}
 */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: {
    // Sources import siblings as "./x.js" (NodeNext); map relative imports back to the .ts files.
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "<rootDir>/tsconfig.test.json" }],
    "node_modules/(@noble|@scure)/.+\\.js$": ["ts-jest", { useESM: false, tsconfig: "<rootDir>/tsconfig.esm-deps.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(@noble|@scure)/)"],
};
