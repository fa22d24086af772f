// Jest runs the compiled end-to-end suites (tsc -p tsconfig.test.json → dist-test/).
// Each suite starts its own localnet on its own ports and home directory.
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/dist-test/test"],
  testMatch: ["**/*.test.js"],
  transform: {},
  testTimeout: 300000,
  verbose: true,
};
