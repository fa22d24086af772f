/**
 * Jest runs the compiled suites (tsc -p tsconfig.test.json -> dist-test/) as native ESM
 * (NODE_OPTIONS=--experimental-vm-modules), with no transform. Each suite starts its own Hardhat node on its own
 * port (8645-8660) and stops it by PID.
 */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/dist-test/test"],
  testMatch: ["**/*.test.js"],
  transform: {},
  testTimeout: 120000,
  verbose: true,
};
