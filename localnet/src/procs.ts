import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** The command line of a process as its argv, or undefined when it no longer exists (or is a zombie). */
export function procArgv(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the state follows the parenthesised command name
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    if (state === "Z" || state === "X") return undefined;
    const raw = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!raw) return undefined;
    return raw.split("\0").filter((s) => s.length > 0);
  } catch {
    return undefined;
  }
}

/**
 * True when `pid` is still the bttd process that we started for `home`: same binary and
 * `--home home` on its command line. Guards against killing a recycled PID.
 */
export function isOurBttd(pid: number, bttd: string, home: string): boolean {
  const argv = procArgv(pid);
  if (!argv || argv.length < 2) return false;
  if (argv[0] !== bttd && !argv[0].endsWith("/bttd")) return false;
  if (argv[1] !== "start") return false;
  const h = argv.indexOf("--home");
  return h >= 0 && argv[h + 1] === home;
}

/** Resident set size of a process in bytes (VmRSS), or undefined. */
export function rssBytes(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Polls `f` every `intervalMs` until it returns a value other than undefined or false and returns
 * that value. An error thrown by `f` counts as "not yet" (a node still starting refuses
 * connections); after `timeoutMs` it throws, naming `what`, the last such error and `hint` (where the
 * logs are, say).
 */
export async function waitUntil<T>(what: string, f: () => Promise<T | undefined | false>,
  o: { timeoutMs: number; intervalMs?: number; hint?: string }): Promise<T> {
  const deadline = Date.now() + o.timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${o.timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}${o.hint ? ` (${o.hint})` : ""}`);
    }
    await sleep(o.intervalMs ?? 500);
  }
}

/** Waits until the process has gone (or become a zombie awaiting its parent). */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (procArgv(pid) === undefined) return true;
    await sleep(100);
  }
  return procArgv(pid) === undefined;
}

/** True when nothing listens on 127.0.0.1:port (we can bind it ourselves). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ host: "127.0.0.1", port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}
