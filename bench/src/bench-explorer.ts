#!/usr/bin/env node
/**
 * make bench-explorer (a benchmark, not a test). In one fresh 4-validator localnet (tmp home, ports offset by
 * BENCH_PORT_OFFSET, default 36000) and one throw-away PostgreSQL (port offset + 5432):
 * 1. an explorer process (the real CLI: indexer, snapshots and server) on SQLite, then one on PostgreSQL,
 *    each alone, follows validator 0 from genesis while make bench-chain's bank-send load runs
 *    (BENCH_RATE tx/s, default 250, for BENCH_SECONDS, default 60, its own accounts); its lag (node height −
 *    indexed height) is sampled every 250 ms;
 * 2. back-fill: an Indexer in this process indexes the loaded chain from genesis into an empty SQLite file
 *    and an empty PostgreSQL database (blocks/s, txs/s);
 * 3. latency: autocannon (BENCH_CONNECTIONS, default 16, BENCH_DURATION s per route, default 5) on loopback
 *    against pages and API routes of both explorers, and against a bare Fastify route in its own process
 *    as the limit of this machine.
 * Prints the report and writes it into BENCHMARKS.md. Every process it starts is stopped by its PID.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Fastify from "fastify";
import { pino } from "pino";
import { CometRpc } from "@btt/ts-client";
import { Localnet, createLogger, sleep, startPostgres, type TestPostgres } from "@btt/localnet";
import { bttdVersion, machineLine, pct, prepareBankLoad, writeBenchmarks } from "./bench-common.js";
import { openDb } from "@btt/explorer";
import { Indexer } from "@btt/explorer";
import { HttpRpc } from "@btt/explorer";

const env = process.env;
const PORT_OFFSET = Number(env.BENCH_PORT_OFFSET ?? 36000);
const RATE = Number(env.BENCH_RATE ?? 250);
const ACCOUNTS = Number(env.BENCH_ACCOUNTS ?? 100);
const SECONDS = Number(env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(env.BENCH_DURATION ?? 5);
const BATCH = Number(env.BENCH_BATCH ?? 20); // the CLI's default --batch
const VALIDATORS = 4;
const PG_PORT = PORT_OFFSET + 5432;
const HTTP_BASE = PORT_OFFSET + 8080;
const CLI = fileURLToPath(new URL("../../explorer/dist/src/cli.js", import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const log = createLogger("bench-explorer");

type Kind = "sqlite" | "postgres";
interface Explorer {
  kind: Kind;
  url: string;
  db: string;
  child: ChildProcess;
  logFile: string;
}

async function waitHttp(url: string, what: string, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.status < 500 || r.status === 503, () => false);
    if (ok) return;
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${what} did not answer at ${url}`);
    await sleep(200);
  }
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const done = new Promise((r) => child.once("exit", r));
  process.kill(child.pid, "SIGTERM");
  const t = setTimeout(() => child.exitCode === null && child.pid && process.kill(child.pid, "SIGKILL"), 15_000);
  await done;
  clearTimeout(t);
}

function startExplorer(kind: Kind, net: Localnet, db: string, port: number, home: string): Explorer {
  const logFile = join(home, `explorer-${kind}.log`);
  const fd = openSync(logFile, "a");
  // warn level: per-request info lines would tax the explorer but not the bare route it is compared with
  const child = spawn(process.execPath, [CLI, "--rpc", net.rpc(0), "--db", db, "--host", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", fd, fd],
    env: { ...env, LOG_LEVEL: "warn", EXPLORER_RATE_LIMIT: "1000000000" },
  });
  closeSync(fd);
  return { kind, url: `http://127.0.0.1:${port}`, db, child, logFile };
}

/** GET of an explorer endpoint with 3 tries: a keep-alive socket the server closed while idle fails the first request on it. */
async function getJson<T>(url: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
      return (await r.json()) as T;
    } catch (err) {
      if (attempt >= 3) throw err;
      await sleep(200 * attempt);
    }
  }
}
/** A validator's CometBFT RPC (ts-client's CometRpc, Comet38Client), with the same 3 tries as getJson. */
const comet = (rpc: string) => new CometRpc(rpc, { timeoutMs: 5000, attempts: 3, retryDelayMs: 200, retryTimeouts: true, retryErrors: true }).comet;
const nodeHeight = (net: Localnet) => comet(net.rpc(0)).status().then((r) => r.syncInfo.latestBlockHeight);
const indexedHeight = (e: Explorer) => getJson<{ indexer: { lastHeight: number } }>(`${e.url}/health`).then((r) => Number(r.indexer.lastHeight));

/** Samples node height − indexed height of every explorer every 250 ms until stop(). */
function lagSampler(net: Localnet, explorers: Explorer[]) {
  const samples = new Map<Kind, number[]>(explorers.map((e) => [e.kind, []]));
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = Date.now();
      try {
        const [h, ...ix] = await Promise.all([nodeHeight(net), ...explorers.map(indexedHeight)]);
        explorers.forEach((e, i) => samples.get(e.kind)!.push(Math.max(0, h - ix[i])));
      } catch (err) {
        log.warn({ err: (err as Error).message }, "lag sample failed");
      }
      await sleep(Math.max(0, 250 - (Date.now() - t)));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** Blocks indexed by an explorer process and its time fetching and writing them so far (from its /metrics). */
async function indexerTimes(e: Explorer): Promise<{ blocks: number; fetchMs: number; writeMs: number }> {
  const text = await fetch(`${e.url}/metrics`, { signal: AbortSignal.timeout(5000) }).then((r) => r.text());
  const v = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);
  return { blocks: v("explorer_blocks_indexed_total"), fetchMs: 1000 * v("explorer_indexer_fetch_seconds_total"), writeMs: 1000 * v("explorer_indexer_write_seconds_total") };
}

function diffTimes(a: Awaited<ReturnType<typeof indexerTimes>>, b: Awaited<ReturnType<typeof indexerTimes>>) {
  const blocks = b.blocks - a.blocks;
  return { blocks, fetchMsPerBlock: (b.fetchMs - a.fetchMs) / blocks, writeMsPerBlock: (b.writeMs - a.writeMs) / blocks };
}

interface LagPhase {
  kind: Kind;
  from: number;
  to: number;
  sent: number;
  accepted: number;
  seconds: number;
  loadavg: number;
  lag: ReturnType<typeof distribution>;
  times: ReturnType<typeof diffTimes>;
  /** Failed indexer steps (each followed by a 2 s pause) in the explorer's log during the phase. */
  errors: number;
  firstError: string;
}

async function mempoolEmpty(net: Localnet): Promise<boolean> {
  const n = await Promise.all(net.validators().map((v) => comet(v.rpc).numUnconfirmedTxs().then((r) => r.total)));
  return n.every((x) => x === 0);
}

async function backfill(kind: Kind, dbUrl: string, rpcUrl: string, target: number) {
  const db = await openDb(dbUrl);
  const ix = new Indexer({ db, rpc: new HttpRpc(rpcUrl), logger: pino({ level: "silent" }), batchSize: BATCH });
  const t0 = performance.now();
  while (ix.stats.lastHeight < target) if ((await ix.step()) === 0) await sleep(50);
  const s = (performance.now() - t0) / 1000;
  await db.close();
  const { blocksIndexed: blocks, txsIndexed: txs, fetchMs, writeMs } = ix.stats;
  return { kind, blocks, txs, seconds: s, blocksPerS: blocks / s, txsPerS: txs / s, fetchShare: fetchMs / 1000 / s, writeShare: writeMs / 1000 / s };
}

interface Latency {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}
async function measure(url: string): Promise<Latency> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1 }); // warm-up: JIT, caches, connections
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

function distribution(xs: number[]) {
  const sorted = [...xs].sort((a, b) => a - b);
  const count = (f: (x: number) => boolean) => xs.filter(f).length;
  const share = (n: number) => (xs.length ? `${((100 * n) / xs.length).toFixed(1)} %` : "n/a");
  return {
    n: xs.length,
    max: sorted[sorted.length - 1] ?? NaN,
    p50: pct(sorted, 50),
    p95: pct(sorted, 95),
    p99: pct(sorted, 99),
    mean: xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length),
    buckets: `0: ${share(count((x) => x === 0))}, 1: ${share(count((x) => x === 1))}, 2: ${share(count((x) => x === 2))}, > 2: ${share(count((x) => x > 2))}`,
  };
}

async function bareServer(port: number): Promise<void> {
  const app = Fastify();
  app.get("/", async () => ({ ok: true }));
  await app.listen({ host: "127.0.0.1", port });
  process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
}

async function main(): Promise<void> {
  const tStart = Date.now();
  const home = mkdtempSync(join(tmpdir(), "btt-bench-explorer-"));
  const net = new Localnet({ home: join(home, "net"), validators: VALIDATORS, portOffset: PORT_OFFSET, logger: log, mempoolSize: 20000 });
  let pg: TestPostgres | undefined;
  const explorers: Explorer[] = [];
  let bare: ChildProcess | undefined;
  try {
    log.info({ home, rate: RATE, seconds: SECONDS, pgPort: PG_PORT }, "starting PostgreSQL and a fresh localnet");
    pg = await startPostgres(PG_PORT);
    const [pgLive, pgBackfill] = [await pg.createDatabase("explorer_live"), await pg.createDatabase("explorer_backfill")];
    await net.start();

    // --- 1. lag while the bank-send load runs: one explorer at a time, so that each has the CPU the chain leaves ---
    const dbOf: Record<Kind, string> = { sqlite: join(home, "live.sqlite"), postgres: pgLive };
    const portOf: Record<Kind, number> = { sqlite: HTTP_BASE, postgres: HTTP_BASE + 1 };
    const phases: LagPhase[] = [];
    let sent = 0;
    let accepted = 0;
    let addr = "";
    for (const kind of ["sqlite", "postgres"] as const) {
      const e = startExplorer(kind, net, dbOf[kind], portOf[kind], home);
      explorers.push(e);
      await waitHttp(`${e.url}/health`, `explorer on ${kind}`, e.child);
      const load = await prepareBankLoad(net, { accounts: ACCOUNTS, rate: RATE, seconds: SECONDS, log, seed: `btt-bench-explorer-${kind}` });
      addr ||= load.addrs[0];
      const before = await indexerTimes(e);
      const from = await nodeHeight(net);
      const sampler = lagSampler(net, [e]);
      const load0 = loadavg()[0];
      log.info({ db: kind, height: from }, "load running, sampling indexer lag");
      const r = await load.run();
      const drainDeadline = Date.now() + 60_000;
      while (!(await mempoolEmpty(net)) && Date.now() < drainDeadline) await sleep(500);
      await net.waitForHeight(0, (await nodeHeight(net)) + 2, 30_000);
      const samples = (await sampler.stop()).get(kind) ?? [];
      const errors = readFileSync(e.logFile, "utf8").split("\n").filter((l) => l.includes('"msg":"indexer step failed; retrying"'));
      const after = await indexerTimes(e);
      const to = await nodeHeight(net);
      load.close();
      const ok = r.sent.filter((s) => s.ok).length;
      sent += r.sent.length;
      accepted += ok;
      phases.push({ kind, from, to, sent: r.sent.length, accepted: ok, seconds: (r.tSent - r.t0) / 1000, loadavg: (load0 + loadavg()[0]) / 2, lag: distribution(samples), times: diffTimes(before, after), errors: errors.length, firstError: errors[0] ? String((JSON.parse(errors[0]) as { err?: { message?: string } }).err?.message ?? "") : "" });
      log.info({ db: kind, sent: r.sent.length, accepted: ok, to }, "load done");
      // stopped for the next phase (it would compete for the CPU), restarted for the latency phase
      await stopChild(e.child);
    }
    const loadEnd = await nodeHeight(net);
    for (const [i, e] of explorers.entries()) {
      explorers[i] = startExplorer(e.kind, net, dbOf[e.kind], portOf[e.kind], home);
      await waitHttp(`${explorers[i].url}/health`, `explorer on ${e.kind}`, explorers[i].child);
    }
    // both caught up before anything is measured again
    const catchUp = Date.now() + 120_000;
    while ((await Promise.all(explorers.map(indexedHeight))).some((h) => h < loadEnd)) {
      if (Date.now() > catchUp) throw new Error("the restarted explorers did not catch up within 120 s");
      await sleep(500);
    }

    // --- 2. back-fill from genesis of the loaded chain ---
    const target = loadEnd;
    const bf = [await backfill("sqlite", join(home, "backfill.sqlite"), net.rpc(0), target), await backfill("postgres", pgBackfill, net.rpc(0), target)];
    log.info({ bf }, "back-fill done");

    // --- 3. latency under concurrent load ---
    const probeDb = await openDb(join(home, "backfill.sqlite"));
    const big = (await probeDb.get<{ height: number; num_txs: number }>("SELECT height, num_txs FROM blocks ORDER BY num_txs DESC, height LIMIT 1"))!;
    const tx = (await probeDb.get<{ hash: string }>("SELECT hash FROM txs WHERE height = ? ORDER BY idx LIMIT 1", [big.height]))!;
    const txCount = Number((await probeDb.get<{ n: number }>("SELECT COUNT(*) AS n FROM txs"))!.n);
    await probeDb.close();
    const sqliteBytes = statSync(join(home, "backfill.sqlite")).size;
    const pgBytes = await (async () => {
      const db = await openDb(pgBackfill);
      const r = await db.get<{ size: string }>("SELECT pg_database_size(current_database())::text AS size");
      await db.close();
      return Number(r?.size ?? 0);
    })();

    const barePort = HTTP_BASE + 2;
    bare = spawn(process.execPath, [SELF, "--bare", String(barePort)], { stdio: ["ignore", "ignore", "inherit"] });
    await waitHttp(`http://127.0.0.1:${barePort}/`, "bare Fastify server", bare);
    const routes: [string, string][] = [
      ["GET / (dashboard; node figures cached 2 s)", "/"],
      ["GET /blocks (page)", "/blocks"],
      [`GET /blocks/:height (page, ${big.num_txs} txs)`, `/blocks/${big.height}`],
      ["GET /txs/:hash (page)", `/txs/${tx.hash}`],
      ["GET /accounts/:address (page; 5 REST calls to the node)", `/accounts/${addr}`],
      ["GET /snapshots (page)", "/snapshots"],
      ["GET /api/v1/status", "/api/v1/status"],
      ["GET /api/v1/blocks?limit=20", "/api/v1/blocks?limit=20"],
      [`GET /api/v1/blocks/:height (${big.num_txs} txs)`, `/api/v1/blocks/${big.height}`],
      ["GET /api/v1/txs/:hash", `/api/v1/txs/${tx.hash}`],
      ["GET /api/v1/accounts/:address/txs", `/api/v1/accounts/${addr}/txs`],
      ["GET /api/v1/snapshots", "/api/v1/snapshots"],
    ];
    const bareBefore = await measure(`http://127.0.0.1:${barePort}/`);
    const latency = new Map<string, Record<Kind, Latency>>();
    for (const e of explorers)
      for (const [name, path] of routes) {
        const m = await measure(`${e.url}${path}`);
        latency.set(name, { ...(latency.get(name) ?? ({} as Record<Kind, Latency>)), [e.kind]: m });
        log.info({ db: e.kind, route: name, rps: m.rps, p50: m.p50, p99: m.p99 }, "route measured");
      }
    const bareAfter = await measure(`http://127.0.0.1:${barePort}/`);
    const snapshotsTaken = await getJson<{ items: { height: number }[]; total: number }>(`${explorers[0].url}/api/v1/snapshots?limit=1`).then((r) => r.total);

    const report = renderReport({
      version: await bttdVersion(net),
      loadEnd,
      sent,
      accepted,
      phases,
      bf,
      txCount,
      sqliteBytes,
      pgBytes,
      bare: [bareBefore, bareAfter],
      latency,
      snapshotsTaken,
      minutes: (Date.now() - tStart) / 60_000,
    });
    process.stdout.write("\n" + report + "\n");
    writeBenchmarks("## make bench-explorer", report, log);
  } finally {
    await stopChild(bare);
    for (const e of explorers) {
      await stopChild(e.child);
      if (process.env.KEEP_LOCALNET === "1") process.stderr.write(`explorer ${e.kind} log: ${e.logFile}\n${readFileSync(e.logFile, "utf8").split("\n").slice(-5).join("\n")}\n`);
    }
    await net.stop();
    await pg?.stop();
    if (process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
  }
}

interface Figures {
  version: string;
  loadEnd: number;
  sent: number;
  accepted: number;
  phases: LagPhase[];
  bf: Awaited<ReturnType<typeof backfill>>[];
  txCount: number;
  sqliteBytes: number;
  pgBytes: number;
  bare: Latency[];
  latency: Map<string, Record<Kind, Latency>>;
  snapshotsTaken: number;
  minutes: number;
}

function renderReport(f: Figures): string {
  const ms = (v: number) => `${v.toFixed(1)}`;
  const cell = (l: Latency | undefined) => (l ? `${l.rps.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p99)}${l.errors || l.non2xx ? ` (${l.errors} errors, ${l.non2xx} non-2xx)` : ""}` : "— | — | —");
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  const lines = [
    "## make bench-explorer",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(f.version)}; the two explorer processes, PostgreSQL and autocannon share the same 2 cores`,
    `- command: \`make bench-explorer\` (= \`node bench/dist/bench-explorer.js\`; BENCH_RATE=${RATE} BENCH_ACCOUNTS=${ACCOUNTS} BENCH_SECONDS=${SECONDS} BENCH_CONNECTIONS=${CONNECTIONS} BENCH_DURATION=${DURATION} BENCH_BATCH=${BATCH} BENCH_PORT_OFFSET=${PORT_OFFSET}); whole run ${f.minutes.toFixed(1)} min`,
    `- set-up: one fresh ${VALIDATORS}-validator localnet (timeout_commit 800ms, mempool 20000) and one throw-away PostgreSQL (Debian package, default settings, loopback); the explorers are the real CLI (indexer with --batch 20, state snapshots every 50 blocks, server) with LOG_LEVEL=warn and the rate limit lifted, following validator 0's RPC and REST`,
    `- load: make bench-chain's bank-send generator (\`prepareBankLoad\` in bench/src/bench-common.ts), once per database with its own ${ACCOUNTS} accounts: MsgSend pre-signed, offered at ${RATE} tx/s for ${SECONDS} s; ${f.sent} offered in all, ${f.accepted} accepted by CheckTx; the chain ends at height ${f.loadEnd}`,
    "",
    "### Indexer lag while the load runs (node height − indexed height, sampled every 250 ms; goal ≤ 2 blocks)",
    "",
    "One explorer process at a time follows the chain while the load runs (the other is stopped), from the load's start until the mempools are empty and 2 more blocks are committed.",
    "",
    "| database | heights | txs offered / accepted | samples | max | p50 / p95 / p99 | mean | distribution (blocks behind: share of samples) | per block: fetch / write ms | failed indexer steps | load average | goal ≤ 2 |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...f.phases.map(
      (p) =>
        `| ${p.kind} | ${p.from}–${p.to} | ${p.sent} / ${p.accepted} | ${p.lag.n} | ${p.lag.max} | ${p.lag.p50} / ${p.lag.p95} / ${p.lag.p99} | ${p.lag.mean.toFixed(2)} | ${p.lag.buckets} | ${p.times.fetchMsPerBlock.toFixed(0)} / ${p.times.writeMsPerBlock.toFixed(0)} (${p.times.blocks} blocks, ${(p.accepted / Math.max(1, p.times.blocks)).toFixed(0)} txs avg) | ${p.errors}${p.firstError ? ` (first: ${p.firstError.replace(/[|\n]/g, " ").slice(0, 120)})` : ""} | ${p.loadavg.toFixed(1)} | ${p.lag.max <= 2 ? "met" : "**not met**"} |`,
    ),
    "",
    `### Back-fill from genesis (an Indexer in the bench process, batches of ${BATCH} blocks fetched concurrently, one transaction each; state snapshots are a separate loop and not included)`,
    "",
    "| database | blocks | txs | seconds | blocks/s | txs/s | time fetching from the node / writing | size after |",
    "|---|---|---|---|---|---|---|---|",
    ...f.bf.map((b) => `| ${b.kind} | ${b.blocks} | ${b.txs} | ${b.seconds.toFixed(2)} | ${b.blocksPerS.toFixed(1)} | ${b.txsPerS.toFixed(0)} | ${(100 * b.fetchShare).toFixed(0)} % / ${(100 * b.writeShare).toFixed(0)} % | ${mib(b.kind === "sqlite" ? f.sqliteBytes : f.pgBytes)} |`),
    "",
    `### Latency under concurrent load (autocannon, ${CONNECTIONS} connections, ${DURATION} s per route after 1 s of warm-up, loopback; ${f.txCount} txs indexed, ${f.snapshotsTaken} snapshots)`,
    "",
    `Limit of this machine: a bare Fastify route (\`GET /\` → \`{"ok":true}\`) in its own process: ${cell(f.bare[0])} (req/s | p50 ms | p99 ms) before the explorer routes, ${cell(f.bare[1])} after.`,
    "",
    "| route | SQLite req/s | p50 ms | p99 ms | PostgreSQL req/s | p50 ms | p99 ms |",
    "|---|---|---|---|---|---|---|",
    ...[...f.latency].map(([name, m]) => `| ${name} | ${cell(m.sqlite)} | ${cell(m.postgres)} |`),
  ];
  return lines.join("\n");
}

const bareIdx = process.argv.indexOf("--bare");
if (bareIdx > 0) void bareServer(Number(process.argv[bareIdx + 1]));
else
  main().then(
    () => process.exit(0), // cosmjs and pg may leave sockets that would keep the process alive
    (err: unknown) => {
      process.stderr.write(`bench-explorer failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
