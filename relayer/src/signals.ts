// Long-running commands (`btt-relayer start`, `btt-relayer ethereum orchestrator | relay`): run until the work ends,
// or until SIGTERM / SIGINT, which stop it after the current round (then `cleanup`) and exit 0 (1 if stopping failed).
import type { Logger } from "pino";

export function untilSignal(r: { stop(): Promise<void>; done: Promise<unknown> }, log: Logger, cleanup?: () => void): Promise<number> {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping after the current round");
    r.stop().then(() => {
      cleanup?.();
      log.info("stopped");
      process.exit(0);
    }, (e: unknown) => {
      log.error({ err: e instanceof Error ? e.message : String(e) }, "stop failed");
      process.exit(1);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  return r.done.then(() => 0);
}
