import { pino, type Logger } from "pino";

/** pino logger on stderr, so that stdout carries only the command's JSON result. Never logs keys. */
export function createLogger(name = "btt-pay"): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? "info", base: { name } }, pino.destination({ dest: 2, sync: true }));
}

export type { Logger };
