// The runtime API (digests, artifacts, the local EVM node). The compiler lives in ./compile.js, kept out of this
// entry point so that importing the package does not load solc.
export * from "./digest.js";
export * from "./artifacts.js";
export * from "./node.js";
export type { Artifact, ContractName } from "./compile.js";
export { artifactsDir, contractsDir, packageRoot } from "./paths.js";
