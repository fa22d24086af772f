#!/usr/bin/env node
/**
 * btt-explorer: runs the indexer and the web server together.
 *   --rpc URL          CometBFT RPC (default $EXPLORER_RPC or http://127.0.0.1:26657)
 *   --rest URL         REST / gRPC-gateway (default $EXPLORER_REST or http://127.0.0.1:1317)
 *   --db URL|PATH      SQLite file (default $EXPLORER_DB or .localnet/explorer.sqlite) or postgres://… for PostgreSQL
 *   --host H --port P  listen address (default 127.0.0.1:8080)
 *   --start-height N   first height for an empty database (default 1)
 *   --batch N          blocks per back-fill batch (default 20)
 *   --throttle-ms N    pause between batches (default 0)
 *   --no-indexer       serve only
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pino } from "pino";
import { openDb } from "./db.js";
import { Indexer } from "./indexer.js";
import { HttpRpc } from "./rpc.js";
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

async function main() {
  const a = args(process.argv.slice(2));
  const env = process.env;
  const logger = pino({ name: "btt-explorer", level: env.LOG_LEVEL ?? "info" });
  const rpcUrl = String(a.rpc ?? env.EXPLORER_RPC ?? "http://127.0.0.1:26657");
  const restUrl = String(a.rest ?? env.EXPLORER_REST ?? "http://127.0.0.1:1317");
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
  const app = await buildServer({ db, restUrl, indexer, logger: logger.child({ component: "http" }), rateLimit: num(env.EXPLORER_RATE_LIMIT, "rate-limit", 1200) });
  await app.listen({ host, port });
  logger.info({ url: `http://${host}:${port}`, rpc: rpcUrl, rest: restUrl, db: db.kind }, "explorer listening");
  indexer?.start();

  let closing = false;
  const shutdown = async (sig: string) => {
    if (closing) return;
    closing = true;
    logger.info({ sig }, "shutting down");
    await indexer?.stop();
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
