#!/usr/bin/env node
/**
 * btt-explorer: runs the indexer and the web server together.
 *   --rpc URL          CometBFT RPC (default $EXPLORER_RPC or http://127.0.0.1:26657)
 *                      (every query goes to the node's CometBFT RPC; a --rest URL is accepted and ignored)
 *   --db URL|PATH      SQLite file (default $EXPLORER_DB or .localnet/explorer.sqlite) or postgres://… for PostgreSQL
 *   --host H --port P  listen address (default 127.0.0.1:8080)
 *   --start-height N   first height for an empty database (default 1)
 *   --batch N          blocks per back-fill batch (default 20)
 *   --throttle-ms N    pause between batches (default 0)
 *   --snapshot-every N module state snapshot every N blocks (default $EXPLORER_SNAPSHOT_EVERY or 50; 0 = none)
 *   --no-indexer       serve only
 *   --detach           start in the background (log to --log-file, PID in --pid-file), return once it answers /health
 *   --stop             stop the background explorer named by --pid-file (by PID)
 *   --pid-file P       default .localnet/explorer.pid; --log-file P: default .localnet/logs/explorer.log
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { pino } from "pino";
import { openDb } from "./db.js";
import { Indexer } from "./indexer.js";
import { HttpRpc } from "./rpc.js";
import { ChainQuery } from "./chainquery.js";
import { Snapshotter } from "./snapshots.js";
import { buildServer } from "./server.js";

function args(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.slice(2).split("=", 2);
    if (v !== undefined) out[k] = v;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) out[k] = argv[++i];
    else out[k] = true;
  }
  return out;
}

function num(v: string | true | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${String(v)}`);
  return n;
}

/** The PID in pidFile when that process is alive and is this CLI (a reused PID is not ours). */
function runningPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmd.includes("cli.js") ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function detach(argv: string[], a: Record<string, string | true>): Promise<void> {
  const pidFile = resolve(String(a["pid-file"] ?? ".localnet/explorer.pid"));
  const logFile = resolve(String(a["log-file"] ?? ".localnet/logs/explorer.log"));
  const host = String(a.host ?? process.env.EXPLORER_HOST ?? "127.0.0.1");
  const port = num(a.port ?? process.env.EXPLORER_PORT, "port", 8080);
  const url = `http://${host}:${port}`;
  const old = runningPid(pidFile);
  if (old) {
    process.stdout.write(`explorer already running (pid ${old}) at ${url}\n`);
    return;
  }
  mkdirSync(dirname(pidFile), { recursive: true });
  mkdirSync(dirname(logFile), { recursive: true });
  const fd = openSync(logFile, "a");
  const rest = argv.filter((x) => x !== "--detach");
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...rest], { detached: true, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  writeFileSync(pidFile, `${child.pid}\n`);
  child.unref();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
    if (ok) {
      process.stdout.write(`explorer: ${url} (pid ${child.pid}, log ${logFile})\n`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  rmSync(pidFile, { force: true });
  const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(`explorer did not come up at ${url}; last log lines:\n${tail}`);
}

async function stopDetached(a: Record<string, string | true>): Promise<void> {
  const pidFile = resolve(String(a["pid-file"] ?? ".localnet/explorer.pid"));
  const pid = runningPid(pidFile);
  if (!pid) {
    rmSync(pidFile, { force: true });
    process.stdout.write("explorer not running\n");
    return;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 15_000;
  while (runningPid(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (runningPid(pidFile)) process.kill(pid, "SIGKILL");
  rmSync(pidFile, { force: true });
  process.stdout.write(`explorer stopped (pid ${pid})\n`);
}

async function main() {
  const argv = process.argv.slice(2);
  const a = args(argv);
  if (a.stop) return stopDetached(a);
  if (a.detach) return detach(argv, a);
  const env = process.env;
  const logger = pino({ name: "btt-explorer", level: env.LOG_LEVEL ?? "info" });
  const rpcUrl = String(a.rpc ?? env.EXPLORER_RPC ?? "http://127.0.0.1:26657");
  const dbUrl = String(a.db ?? env.EXPLORER_DB ?? ".localnet/explorer.sqlite");
  const host = String(a.host ?? env.EXPLORER_HOST ?? "127.0.0.1");
  const port = num(a.port ?? env.EXPLORER_PORT, "port", 8080);
  if (!/^postgres(ql)?:\/\//.test(dbUrl) && dbUrl !== ":memory:") mkdirSync(dirname(resolve(dbUrl)), { recursive: true });

  const db = await openDb(dbUrl);
  const indexer = a["no-indexer"]
    ? undefined
    : new Indexer({
        db,
        rpc: new HttpRpc(rpcUrl),
        logger: logger.child({ component: "indexer" }),
        batchSize: num(a.batch ?? env.EXPLORER_BATCH, "batch", 20),
        startHeight: a["start-height"] !== undefined ? num(a["start-height"], "start-height", 1) : undefined,
        throttleMs: num(a["throttle-ms"], "throttle-ms", 0),
      });
  const snapshotEvery = num(a["snapshot-every"] ?? env.EXPLORER_SNAPSHOT_EVERY, "snapshot-every", 50);
  const snapshotter =
    indexer && snapshotEvery > 0 ? new Snapshotter({ db, chain: await ChainQuery.connect(rpcUrl), logger: logger.child({ component: "snapshots" }), every: snapshotEvery }) : undefined;
  const app = await buildServer({ db, rpcUrl, indexer, snapshotter, logger: logger.child({ component: "http" }), rateLimit: num(env.EXPLORER_RATE_LIMIT, "rate-limit", 1200) });
  await app.listen({ host, port });
  logger.info({ url: `http://${host}:${port}`, rpc: rpcUrl, db: db.kind }, "explorer listening");
  indexer?.start();
  snapshotter?.start();

  let closing = false;
  const shutdown = async (sig: string) => {
    if (closing) return;
    closing = true;
    logger.info({ sig }, "shutting down");
    await indexer?.stop();
    await snapshotter?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err) => {
  process.stderr.write(`btt-explorer: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
