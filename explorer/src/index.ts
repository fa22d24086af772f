export * from "./db.js";
export * from "./rpc.js";
export * from "./decode.js";
export * from "./indexer.js";
export * from "./store.js";
export * from "./chain.js";
export * from "./server.js";
export { esc, html, raw, Safe } from "./html.js";
export * from "./snapshots.js";
