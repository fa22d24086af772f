// pino, JSON on stderr (stdout stays free for command output); LOG_LEVEL picks the level.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(name = "btt-bridge-contracts"): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? "info" }, pino.destination(2));
}
