// The same jest set-up as @btt/localnet's end-to-end suites (compiled ESM suites in dist-test/, the
// ESM-only @noble/@scure files transpiled for cosmjs); <rootDir> is this folder. Only here: @polkadot/*'s ESM
// imports the ESM builds of @noble/@scure packages that ship both (their esm/ folders), which must stay ESM
// (transpiled to CommonJS, their named exports are not seen by the ESM importer).
import base from "../localnet/jest.config.js";

const [[, tsJest]] = Object.entries(base.transform);
export default {
  ...base,
  transform: { "node_modules/(@noble|@scure)/(?!(.+/)?esm/).+\\.js$": tsJest },
};
