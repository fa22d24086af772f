// JSON API and page rendering over an index filled from the fake chain (no node needed).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { openDb, type Db } from "../src/db.js";
import { Indexer } from "../src/indexer.js";
import { buildServer } from "../src/server.js";
import { computeModule } from "../src/compute.js";
import { FakeRpc, HOSTILE_MEMO, logger, removeTmpDirs, tmpSqlite } from "./fixtures.js";

let db: Db;
let app: FastifyInstance;
let rest: Server;
let restUrl: string;
let hostileHash: string;

beforeAll(async () => {
  // A REST node that knows nothing: every account is "not found", proposals are empty.
  rest = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url?.startsWith("/cosmos/gov/v1/proposals")) return res.end(JSON.stringify({ proposals: [] }));
    if (req.url?.startsWith("/btt/compute/v1/nodes"))
      return res.end(JSON.stringify({ nodes: [
        { operator: "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du", node_class: "NODE_CLASS_CLINIC", region: "CN-BJ", hardware: "<script>gpu()</script>", energy_class: "A", stake: "5000000000000000000000", status: "NODE_STATUS_ACTIVE", reputation: 100 },
        { operator: "btt1qgqsyqcyq5rqwzqfpg9scrgwpugpzysnyzqvm9", node_class: "NODE_CLASS_HPC", region: "CN-BJ", hardware: "8xH100", energy_class: "B", stake: "1", status: "NODE_STATUS_ACTIVE", reputation: 90 },
      ] }));
    if (req.url?.startsWith("/btt/compute/v1/tasks/7"))
      return res.end(JSON.stringify({ task: { id: "7", client: "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du", status: "TASK_STATUS_SETTLED", result_hash: Buffer.from("abcd", "hex").toString("base64"), assignments: [{ worker: "btt1qgqsyqcyq5rqwzqfpg9scrgwpugpzysnyzqvm9", commitment: Buffer.from("0102", "hex").toString("base64"), outcome: "ASSIGNMENT_OUTCOME_AGREED" }] } }));
    if (req.url?.startsWith("/btt/compute/v1/tasks?")) return res.end(JSON.stringify({ tasks: [] }));
    if (req.url?.startsWith("/btt/compute/v1/models")) return res.end(JSON.stringify({ models: [] }));
    if (req.url?.startsWith("/cosmos/bank/v1beta1/balances/")) return res.end(JSON.stringify({ balances: [{ denom: "abtt", amount: "1500000000000000000" }] }));
    res.statusCode = 404;
    res.end(JSON.stringify({ code: 5, message: "not found" }));
  });
  await new Promise<void>((r) => rest.listen(0, "127.0.0.1", r));
  restUrl = `http://127.0.0.1:${(rest.address() as AddressInfo).port}`;
  db = await openDb(tmpSqlite("api"));
  const ix = new Indexer({ db, rpc: new FakeRpc(45), logger, batchSize: 50 });
  await ix.step();
  hostileHash = (await db.get<{ hash: string }>("SELECT hash FROM txs WHERE height = 3"))!.hash;
  app = await buildServer({ db, restUrl, indexer: ix, modules: [computeModule] });
});
afterAll(async () => {
  await app.close();
  await db.close();
  removeTmpDirs();
  await new Promise<void>((r) => rest.close(() => r()));
});

const get = (url: string) => app.inject({ method: "GET", url });

describe("JSON API", () => {
  test("paginates blocks newest first", async () => {
    const r = await get("/api/v1/blocks?page=2&limit=10");
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ page: 2, limit: 10, total: 45 });
    expect(body.items.map((b: { height: number }) => b.height)).toEqual([35, 34, 33, 32, 31, 30, 29, 28, 27, 26]);
    const last = (await get("/api/v1/blocks?page=5&limit=10")).json();
    expect(last.items.map((b: { height: number }) => b.height)).toEqual([5, 4, 3, 2, 1]);
    expect((await get("/api/v1/blocks?page=6&limit=10")).json().items).toEqual([]);
  });

  test.each([
    ["/api/v1/blocks/abc", /height must be integer/],
    ["/api/v1/blocks/0", /height must be >= 1/],
    ["/api/v1/blocks?limit=1000", /limit must be <= 100/],
    ["/api/v1/blocks?limit=ten", /limit must be integer/],
    ["/api/v1/blocks?page=0", /page must be >= 1/],
    ["/api/v1/blocks?sort=asc", /must NOT have additional properties/],
    ["/api/v1/txs/not-a-hash", /hash must match pattern/],
    ["/api/v1/accounts/cosmos1abc", /address must match pattern/],
    ["/api/v1/search", /must have required property 'q'/],
    ["/api/v1/proposals/-1", /id must be >= 1/],
  ])("bad input %s gets a 400 with a clear message", async (url, msg) => {
    const r = await get(url);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ statusCode: 400, error: "Bad Request" });
    expect(r.json().message).toMatch(msg);
  });

  test("unknown height, hash and route get a 404, never a 500", async () => {
    const h = await get("/api/v1/blocks/999999");
    expect(h.statusCode).toBe(404);
    expect(h.json().message).toBe("block 999999 is not indexed (indexed up to 45)");
    const t = await get(`/api/v1/txs/${"AB".repeat(32)}`);
    expect(t.statusCode).toBe(404);
    expect(t.json().message).toMatch(/no indexed transaction with hash ABAB/);
    expect((await get("/api/v1/nothing")).statusCode).toBe(404);
    expect((await get("/api/v1/search?q=hello")).statusCode).toBe(404);
  });

  test("a block's transactions come a page at a time (100 by default) with the block's count", async () => {
    const full = (await get("/api/v1/blocks/3")).json();
    expect(full).toMatchObject({ height: 3, numTxs: 1, txPage: { page: 1, limit: 100, total: 1 }, txs: [{ hash: hostileHash }] });
    expect((await get("/api/v1/blocks/3?page=2&limit=1")).json()).toMatchObject({ txPage: { page: 2, limit: 1, total: 1 }, txs: [] });
    const bad = await get("/api/v1/blocks/3?limit=101");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/limit must be <= 100/);
    expect((await get("/blocks/3?page=0")).statusCode).toBe(400);
  });

  test("a transaction comes back decoded with its memo as data", async () => {
    const r = await get(`/api/v1/txs/${hostileHash.toLowerCase()}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ hash: hostileHash, height: 3, memo: HOSTILE_MEMO, messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend" }] });
    expect(r.headers["content-type"]).toMatch(/application\/json/);
  });

  test("search resolves heights, hashes, addresses and proposals", async () => {
    expect((await get("/api/v1/search?q=12")).json()).toMatchObject({ kind: "block", page: "/blocks/12" });
    expect((await get(`/api/v1/search?q=${hostileHash}`)).json()).toMatchObject({ kind: "tx", page: `/txs/${hostileHash}` });
    const bh = (await db.get<{ hash: string }>("SELECT hash FROM blocks WHERE height = 7"))!.hash;
    expect((await get(`/api/v1/search?q=${bh.toLowerCase()}`)).json()).toMatchObject({ kind: "block", id: "7" });
    expect((await get("/api/v1/search?q=proposal%204")).json()).toMatchObject({ kind: "proposal", page: "/proposals/4" });
  });

  test("OpenAPI document lists the API with its parameters", async () => {
    const doc = (await get("/api/docs/openapi.json")).json();
    expect(doc.openapi).toBe("3.0.3");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/blocks", "/api/v1/blocks/{height}", "/api/v1/txs/{hash}", "/api/v1/accounts/{address}", "/api/v1/search", "/health"]));
    expect(doc.paths["/api/v1/blocks"].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["limit", "page"]);
    expect(Object.keys(doc.paths).some((p) => p.startsWith("/blocks"))).toBe(false); // pages are not API
  });

  test("health and Prometheus metrics", async () => {
    const h = await get("/health");
    expect(h.statusCode).toBe(200);
    expect(h.json()).toMatchObject({ status: "ok", db: { kind: "sqlite", ok: true }, indexer: { lastHeight: 45, lag: 0 } });
    const m = await get("/metrics");
    expect(m.headers["content-type"]).toMatch(/text\/plain/);
    expect(m.body).toMatch(/^explorer_indexed_height 45$/m);
    expect(m.body).toMatch(/^explorer_indexer_lag_blocks 0$/m);
    expect(m.body).toMatch(/^explorer_indexer_fetch_seconds_total [\d.e-]+$/m);
    expect(m.body).toMatch(/^explorer_indexer_write_seconds_total [\d.e-]+$/m);
    expect(m.body).toMatch(/explorer_http_requests_total\{route="\/health",method="GET",status="200"\} 1/);
  });

  test("rate limiting answers 429 past the limit", async () => {
    const small = await buildServer({ db, restUrl, rateLimit: 3 });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await small.inject({ method: "GET", url: "/api/v1/blocks?limit=1" })).statusCode);
    await small.close();
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });
});

describe("pages", () => {
  test("security headers and a content security policy without outside sources", async () => {
    const r = await get("/");
    expect(r.statusCode).toBe(200);
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(r.body).not.toMatch(/<script/i);
  });

  test("a hostile memo and event value render as text", async () => {
    const r = await get(`/txs/${hostileHash}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).not.toContain("<script>alert");
    expect(r.body).not.toContain("<img src=x");
    expect(r.body).not.toContain("<b>not bold</b>");
    expect(r.body).toContain("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quotes&#39;");
    expect(r.body).toContain("&lt;b&gt;not bold&lt;/b&gt;");
    // the dashboard and the tx list show memos too
    expect((await get("/txs")).body).not.toContain("<script>alert");
    expect((await get("/")).body).not.toContain("<script>alert");
  });

  test("block pages link blocks to transactions; bad input gets an HTML 400/404", async () => {
    const b = await get("/blocks/3");
    expect(b.body).toContain(`href="/txs/${hostileHash}"`);
    const bad = await get("/blocks/abc");
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toMatch(/text\/html/);
    const q = await get("/search?q=%3Cscript%3Ex%3C%2Fscript%3E");
    expect(q.statusCode).toBe(404);
    expect(q.body).toContain("&lt;script&gt;x&lt;/script&gt;");
    const s = await get("/search?q=3");
    expect(s.statusCode).toBe(303);
    expect(s.headers.location).toBe("/blocks/3");
    const lst = await get("/blocks?page=2&limit=5");
    expect(lst.body).toContain('href="/blocks/40"');
    expect(lst.body).toContain("page 2 of 9");
  });

  test("an account page works for an address the node has no account for yet", async () => {
    const r = await get("/accounts/btt1qgqsyqcyq5rqwzqfpg9scrgwpugpzysnyzqvm9");
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain("1.5 BTT");
    expect(r.body).toContain("History (15)");
  });
});

describe("compute module", () => {
  test("nodes by class and region, escaped operator-supplied strings", async () => {
    const r = await get("/compute");
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<a href="/compute">Compute</a>'); // nav entry from the module
    expect(r.body).toContain("<td>CLINIC</td><td>1</td>");
    expect(r.body).toContain("<td>CN-BJ</td><td>2</td>");
    expect(r.body).toContain("&lt;script&gt;gpu()&lt;/script&gt;");
    expect(r.body).not.toContain("<script>gpu");
    expect(r.body).toContain("5,000 BTT");
  });
  test("a task page shows its proofs; 'task N' searches; bad ids are 400s", async () => {
    const t = await get("/compute/tasks/7");
    expect(t.statusCode).toBe(200);
    expect(t.body).toContain("abcd"); // result hash in hex
    expect(t.body).toContain("0102"); // commitment in hex
    expect(t.body).toContain("AGREED");
    expect((await get("/api/v1/search?q=task%207")).json()).toMatchObject({ kind: "task", page: "/compute/tasks/7" });
    expect((await get("/api/v1/compute/tasks/x")).statusCode).toBe(400);
    expect((await get("/compute/tasks/8")).statusCode).toBe(404);
  });
});
