import { pino, type Logger } from "pino";

/**
 * pino logger for the worker, gateway and clinic tools (stderr, so stdout stays for output). Only
 * task ids, hashes and addresses are ever logged: never image bytes, keys or decrypted results.
 */
export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LOG_LEVEL ?? "info", base: { name } }, pino.destination({ dest: 2, sync: true }));
}

export type { Logger };
