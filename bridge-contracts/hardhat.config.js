// Hardhat 3 is used only for its EDR-based JSON-RPC node (`hardhat node`, started by src/node.ts); contracts are
// compiled by src/compile.ts with the pinned solc npm package, never by Hardhat (which would download a compiler).
// The node watches <artifacts>/build-info; keep Hardhat's folders out of the committed artifacts/.
export default {
  paths: {
    artifacts: ".hardhat/artifacts",
    cache: ".hardhat/cache",
  },
};
