import { pino, type Logger } from "pino";

/** Structured logger for the localnet tooling. Logs go to stderr so stdout stays for summaries. */
export function createLogger(name = "localnet"): Logger {
  return pino(
    { name, level: process.env.LOG_LEVEL ?? "info", base: { name } },
    pino.destination({ dest: 2, sync: true }),
  );
}

export type { Logger };
