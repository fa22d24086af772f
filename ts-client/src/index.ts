export * from "./constants.js";
export * from "./units.js";
export * from "./signing.js";
export * from "./query.js";
export * from "./ibc.js";
export { setAminoAnyResolver, type AminoAnyResolver } from "./amino.js";
export { btt, bttRegistryTypes, bttAminoConverters, setupBttExtension, type BttExtension } from "./generated/index.js";
export * from "./payfi.js";
export * from "./health.js";
