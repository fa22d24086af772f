export * from "./localnet.js";
export * from "./keys.js";
export * from "./tokenomics.js";
export * from "./paths.js";
export * from "./procs.js";
export * from "./log.js";
export { testnetGenesis, type TestnetGenesisOptions } from "./testnet.js";
export { prepareBankLoad, pct, machineLine, bttdVersion, writeBenchmarks, type BankLoad, type BankLoadOptions, type Sent } from "./bench-common.js";
