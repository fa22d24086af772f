// The tools' one pino set-up (JSON on stderr, stdout kept for command output), named for the relayer.
import { createLogger as toolLogger, type Logger } from "@btt/localnet";

export function createLogger(name = "btt-relayer"): Logger {
  return toolLogger(name);
}
