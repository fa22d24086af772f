// Indexer unit tests against a fake RPC, on SQLite and on a PostgreSQL started by the set-up.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { jest } from "@jest/globals";
import { MIGRATIONS, migrate, openDb, type Db } from "../src/db.js";
import { Indexer } from "../src/indexer.js";
import { HttpRpc, PrunedBlockError } from "../src/rpc.js";
import { Store } from "../src/store.js";
import { ALICE, BOB, FakeRpc, HOSTILE_MEMO, TYPED_BLOCK_EVENTS, logger, openTestDb, removeTmpDirs, tmpSqlite } from "./fixtures.js";
import { startPostgres, type TestPostgres } from "@btt/localnet";

const PG_PORT = 17432;
let pgServer: TestPostgres | undefined;
afterAll(() => removeTmpDirs());

async function heights(db: Db): Promise<number[]> {
  return (await db.all<{ height: number }>("SELECT height FROM blocks ORDER BY height")).map((r) => Number(r.height));
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe.each(["sqlite", "postgres"] as const)("indexer on %s", (kind) => {
  let db: Db;
  beforeAll(async () => {
    if (kind === "postgres") pgServer = await startPostgres(PG_PORT);
  }, 240_000);
  afterAll(async () => {
    if (kind === "postgres") await pgServer?.stop();
  });
  beforeEach(async () => {
    db = await openTestDb(kind, pgServer?.url);
  });
  afterEach(async () => {
    await db.close();
  });

  test("migrations run once and are recorded", async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.all<{ id: number }>("SELECT id FROM schema_migrations");
    expect(rows.map((r) => Number(r.id))).toEqual(MIGRATIONS.map((m) => m.id));
  });

  test("back-fills in batches from genesis, every height once, then follows new blocks", async () => {
    const rpc = new FakeRpc(47);
    const ix = new Indexer({ db, rpc, logger, batchSize: 10 });
    let n = 0;
    const sizes: number[] = [];
    while ((n = await ix.step()) > 0) sizes.push(n);
    expect(sizes).toEqual([10, 10, 10, 10, 7]);
    expect(rpc.calls).toBe(2 * 47); // every batch after the first was prefetched, none fetched twice
    expect(await heights(db)).toEqual(range(1, 47));
    expect(ix.stats).toMatchObject({ lastHeight: 47, chainHeight: 47, lag: 0, caughtUp: true, blocksIndexed: 47, txsIndexed: 15 });
    expect(ix.stats.fetchMs).toBeGreaterThan(0);
    expect(ix.stats.writeMs).toBeGreaterThan(0);
    rpc.latest = 52;
    expect(await ix.step()).toBe(5);
    expect(await heights(db)).toEqual(range(1, 52));
  });

  test("reports its lag while behind", async () => {
    const rpc = new FakeRpc(100);
    const ix = new Indexer({ db, rpc, logger, batchSize: 30 });
    await ix.step();
    expect(ix.stats).toMatchObject({ lastHeight: 30, chainHeight: 100, lag: 70, caughtUp: false });
  });

  test("a failure inside a batch commits nothing of it, and a restart resumes with no gap and no duplicate", async () => {
    const rpc = new FakeRpc(40);
    const ix = new Indexer({ db, rpc, logger, batchSize: 8 });
    await ix.step();
    rpc.failAt = 21; // the batch 17–24 is fetched while 9–16 is written; its failure surfaces in the step that needs it
    await ix.step();
    await expect(ix.step()).rejects.toThrow("injected failure at 21");
    expect(await heights(db)).toEqual(range(1, 16));
    rpc.failAt = undefined;
    const again = new Indexer({ db, rpc, logger, batchSize: 8 }); // a new process on the same database
    while ((await again.step()) > 0);
    expect(await heights(db)).toEqual(range(1, 40));
    const dup = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM (SELECT height FROM blocks GROUP BY height HAVING COUNT(*) > 1) d");
    expect(Number(dup!.n)).toBe(0);
  });

  test("decodes transactions: messages, fee, memo, events and account activity", async () => {
    const rpc = new FakeRpc(9);
    const ix = new Indexer({ db, rpc, logger });
    await ix.step();
    const store = new Store(db);
    const b3 = await store.block(3);
    expect(b3!.txs).toHaveLength(1);
    const tx = await store.tx(b3!.txs[0].hash);
    expect(tx).toMatchObject({ height: 3, memo: HOSTILE_MEMO, success: true, gasUsed: 80000, signers: [ALICE], messageTypes: ["/cosmos.bank.v1beta1.MsgSend"] });
    expect(tx!.messages[0].body).toEqual({ fromAddress: ALICE, toAddress: BOB, amount: [{ denom: "abtt", amount: "3000" }] });
    expect(tx!.fee).toEqual({ amount: [{ denom: "abtt", amount: "200000000000000" }], gasLimit: "200000" });
    expect(tx!.events.map((e) => e.type)).toEqual(["tx", "transfer", "message"]);
    expect((tx!.raw as { body: { memo: string } }).body.memo).toBe(HOSTILE_MEMO);
    const hist = await store.accountTxs(BOB, 1, 2);
    expect(hist.total).toBe(3);
    expect(hist.items.map((t) => t.height)).toEqual([9, 6]);
    expect(b3!.events).toEqual([{ type: "commission", attributes: [{ key: "amount", value: "1abtt" }] }, ...TYPED_BLOCK_EVENTS]);
  });

  test("refuses to start below the node's earliest block instead of skipping it", async () => {
    const rpc = new FakeRpc(500);
    rpc.earliest = 200;
    const ix = new Indexer({ db, rpc, logger });
    const err = await ix.step().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrunedBlockError);
    expect((err as Error).message).toMatch(/block 1 is not available.*lowest height is 200.*--start-height 200/);
    expect(await heights(db)).toEqual([]);
    const from200 = new Indexer({ db, rpc, logger, startHeight: 200, batchSize: 5 });
    await from200.step();
    expect(await heights(db)).toEqual(range(200, 204));
  });

  test("refuses a database indexed from another genesis with the same chain id", async () => {
    await new Indexer({ db, rpc: new FakeRpc(5), logger }).step();
    const reset = new FakeRpc(8);
    reset.hash = (h: number) => `${"F".repeat(60)}${String(h).padStart(4, "0")}`;
    await expect(new Indexer({ db, rpc: reset, logger }).step()).rejects.toThrow(/database block 5 is .* but the node's is F+0005: the chain was restarted/);
  });

  test("reports a database ahead of the node instead of waiting silently", async () => {
    const rpc = new FakeRpc(20);
    const ix = new Indexer({ db, rpc, logger });
    await ix.step();
    rpc.latest = 12;
    await expect(ix.step()).rejects.toThrow(/database is ahead of the node \(indexed up to 20, node at 12\)/);
  });

  test("refuses a database that holds another chain", async () => {
    await new Indexer({ db, rpc: new FakeRpc(3, "chain-a"), logger }).step();
    await expect(new Indexer({ db, rpc: new FakeRpc(3, "chain-b"), logger }).step()).rejects.toThrow(/holds chain chain-a but the node serves chain-b/);
  });
});

describe("HttpRpc", () => {
  let server: Server;
  let url: string;
  let dropNext = 0;
  let dropped = 0;
  let resultsAsked = 0;
  beforeAll(async () => {
    // A fake CometBFT JSON-RPC endpoint (POST, as Comet38Client speaks it).
    server = createServer((req, res) => {
      // the connection is cut without an answer the next `dropNext` times (a stale keep-alive socket)
      if (dropped < dropNext) {
        dropped++;
        return req.socket.destroy();
      }
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const { id, method, params } = JSON.parse(body || "{}") as { id: number; method: string; params?: { height?: string } };
        const answer = (x: object) => res.end(JSON.stringify({ jsonrpc: "2.0", id, ...x }));
        res.setHeader("content-type", "application/json");
        if (method === "block_results" && params?.height === "7") {
          // the results of a just-stored block appear a moment after /status reports its height
          if (++resultsAsked < 3) return answer({ error: { code: -32603, message: "Internal error", data: "could not find results for height #7" } });
          return answer({ result: { height: "7", txs_results: null, finalize_block_events: [] } });
        }
        if (method === "block_results" && params?.height === "8")
          return answer({ error: { code: -32603, message: "Internal error", data: "something else broke" } });
        if (method === "block" && params?.height === "3")
          return answer({ error: { code: -32603, message: "Internal error", data: "height 3 is not available, lowest height is 120" } });
        if (method === "status")
          return answer({
            result: {
              node_info: { network: "btt-x", id: "ab".repeat(20), listen_addr: "tcp://127.0.0.1:1", version: "0.38.0", channels: "", moniker: "fake", other: {}, protocol_version: { p2p: "8", block: "11", app: "0" } },
              sync_info: {
                latest_block_hash: "AB".repeat(32), latest_app_hash: "AB".repeat(32), latest_block_height: "130", earliest_block_height: "120",
                latest_block_time: "2026-01-01T00:00:00Z", catching_up: false,
              },
              validator_info: { address: "AB".repeat(20), pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.alloc(32).toString("base64") }, voting_power: "0" },
            },
          });
        res.statusCode = 500;
        res.end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("parses /status", async () => {
    expect(await new HttpRpc(url).status()).toEqual({ chainId: "btt-x", latestHeight: 130, earliestHeight: 120, latestTime: "2026-01-01T00:00:00Z" });
  });
  test("a dropped connection is asked again, at most 3 times in all", async () => {
    const rpc = new HttpRpc(url);
    [dropped, dropNext] = [0, 2];
    expect((await rpc.status()).chainId).toBe("btt-x");
    expect(dropped).toBe(2);
    [dropped, dropNext] = [0, 3];
    await expect(rpc.status()).rejects.toThrow(/fetch failed/);
    expect(dropped).toBe(3);
    dropNext = 0;
  });
  test("results not yet stored for a height the node reports are waited for; other RPC errors are not", async () => {
    const rpc = new HttpRpc(url);
    expect(await rpc.blockResults(7)).toEqual({ height: 7, txs: [], blockEvents: [] });
    expect(resultsAsked).toBe(3);
    await expect(rpc.blockResults(8)).rejects.toThrow("RPC block_results?height=8: Internal error something else broke");
  });
  test("a pruned height is a PrunedBlockError naming the lowest height", async () => {
    const err = await new HttpRpc(url).block(3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrunedBlockError);
    expect(err).toMatchObject({ height: 3, lowest: 120 });
  });
  test("the indexer loop reports a pruned block as its last error and keeps the index intact", async () => {
    const db = await openDb(tmpSqlite("pruned"));
    const log = { ...logger, error: jest.fn(), info: jest.fn(), child: () => log } as unknown as typeof logger;
    const ix = new Indexer({ db, rpc: new HttpRpc(url), logger: log, startHeight: 3 });
    ix.start();
    const deadline = Date.now() + 5000;
    while (!ix.stats.lastError && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await ix.stop();
    expect(ix.stats.lastError).toMatch(/block 3 is not available/);
    expect((log.error as jest.Mock).mock.calls[0][1]).toMatch(/pruned/);
    await db.close();
  });
});
