// The same jest set-up as @btt/localnet's end-to-end suites (compiled ESM suites in dist-test/, the
// ESM-only @noble/@scure files transpiled for cosmjs); <rootDir> is this folder.
export { default } from "../localnet/jest.config.js";
