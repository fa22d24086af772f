#!/usr/bin/env node
/**
 * Explorer benchmark (not a test): back-fill speed from genesis against a running chain, then page and API
 * latency under concurrent load on loopback, next to a bare Fastify route as the limit of this machine.
 *   node explorer/dist/src/bench.js [--rpc URL] [--rest URL] [--db PATH|postgres://…] [--seconds 5] [--concurrency 32]
 * The database must be empty (default: a fresh temp SQLite file). Prints one JSON object.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import { pino } from "pino";
import { openDb } from "./db.js";
import { Indexer } from "./indexer.js";
import { HttpRpc } from "./rpc.js";
import { buildServer } from "./server.js";

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

async function load(url: string, seconds: number, concurrency: number) {
  const lat: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const r = await fetch(url).catch(() => undefined);
        if (!r || r.status >= 400) errors++;
        await r?.arrayBuffer();
        lat.push(performance.now() - t);
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const q = (p: number) => Number(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(2));
  return { requests: lat.length, rps: Math.round(lat.length / seconds), p50_ms: q(0.5), p99_ms: q(0.99), errors };
}

async function main() {
  const rpcUrl = arg("rpc", "http://127.0.0.1:26657");
  const restUrl = arg("rest", "http://127.0.0.1:1317");
  const tmp = mkdtempSync(join(tmpdir(), "btt-explorer-bench-"));
  const dbUrl = arg("db", join(tmp, "bench.sqlite"));
  const seconds = Number(arg("seconds", "5"));
  const concurrency = Number(arg("concurrency", "32"));
  const logger = pino({ level: "warn" });
  const db = await openDb(dbUrl);
  const indexer = new Indexer({ db, rpc: new HttpRpc(rpcUrl), logger, batchSize: 50 });
  const t0 = performance.now();
  while ((await indexer.step()) > 0);
  const backfillS = (performance.now() - t0) / 1000;
  const backfill = { blocks: indexer.stats.blocksIndexed, txs: indexer.stats.txsIndexed, seconds: Number(backfillS.toFixed(2)), blocksPerS: Math.round(indexer.stats.blocksIndexed / backfillS) };

  const app = await buildServer({ db, restUrl, indexer, rateLimit: 1e9 });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const bare = Fastify();
  bare.get("/", async () => ({ ok: true }));
  await bare.listen({ host: "127.0.0.1", port: 0 });
  const h = Math.max(1, indexer.stats.lastHeight - 1);
  const routes: Record<string, string> = {
    "bare fastify route": `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/`,
    "GET /api/v1/blocks?limit=20": `${base}/api/v1/blocks?limit=20`,
    "GET /api/v1/blocks/:height": `${base}/api/v1/blocks/${h}`,
    "GET /blocks (page)": `${base}/blocks`,
    "GET /blocks/:height (page)": `${base}/blocks/${h}`,
    "GET / (dashboard, calls the node)": `${base}/`,
  };
  const latency: Record<string, unknown> = {};
  for (const [name, url] of Object.entries(routes)) latency[name] = await load(url, seconds, concurrency);
  await bare.close();
  await app.close();
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ db: db.kind, concurrency, seconds, backfill, latency }, null, 2) + "\n");
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
