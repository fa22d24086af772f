export * from "./keys.js";
export * from "./args.js";
export * from "./commands.js";
export { createLogger } from "./log.js";
