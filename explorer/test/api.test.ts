// JSON API and page rendering over an index filled from the fake chain (no node needed).
import type { FastifyInstance } from "fastify";
import { openDb, type Db } from "../src/db.js";
import { Indexer } from "../src/indexer.js";
import { buildServer } from "../src/server.js";
import { tallyBreakdown } from "../src/wgov.js";
import { btt } from "@btt/ts-client";
import { QueryProposalsResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { QueryAccountRequest } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryAllBalancesResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { ALICE, BOB, FakeRpc, HOSTILE_MEMO, NO_ROUTE, logger, ok, removeTmpDirs, startFakeNode, tmpSqlite, type AbciAnswer } from "./fixtures.js";

let db: Db;
let app: FastifyInstance;
let node: Awaited<ReturnType<typeof startFakeNode>>;
let hostileHash: string;

const A = "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";
const B = "btt1qgqsyqcyq5rqwzqfpg9scrgwpugpzysnyzqvm9";
const ts = (iso: string) => ({ seconds: BigInt(Date.parse(iso) / 1000), nanos: 0 });
/** Encodes a generated response type from a partial object. */
const enc = <T>(codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: never): T }, partial: unknown) => ok(codec.encode(codec.fromPartial(partial as never)).finish());
const c = btt.compute.v1, r = btt.rwa.v1, w = btt.wgov.v1, h = btt.health.v1, p = btt.payfi.v1;
const options = (yes: string, no: string) => ({ yes, no, abstain: "0", noWithVeto: "0" });
/** The class breakdown of proposal 3 as x/wgov answers it (the generated types carry LegacyDec in decimal form). */
const TALLY_3 = w.TallyBreakdown.fromPartial({
  proposalId: 3n, final: true, weightsAt: ts("2026-12-01T00:00:00Z"),
  classes: [
    { class: w.VoterClass.VOTER_CLASS_INSTITUTIONS, weight: "0.5", effectiveWeight: "0.666666666666666667", totalPower: "19", voters: 4, fractions: options("0", "0.947368421052631579") },
    { class: w.VoterClass.VOTER_CLASS_COMPUTE, weight: "0.178571428571428571", effectiveWeight: "0", totalPower: "0", voters: 0, fractions: options("0", "0") },
    { class: w.VoterClass.VOTER_CLASS_HOLDERS, weight: "0.25", effectiveWeight: "0.333333333333333333", totalPower: "4000000000000000000000000", voters: 3, fractions: options("0.529", "0.471") },
    { class: w.VoterClass.VOTER_CLASS_COMMUNITY, weight: "0.071428571428571429", effectiveWeight: "0", totalPower: "0", voters: 0, fractions: options("0", "0") },
  ],
  weighted: options("0.176", "0.788"), participation: "0.964", quorum: "0.334", threshold: "0.5", vetoThreshold: "0.334",
  quorumReached: true, vetoed: false, passes: false, outcome: "rejected: weighted yes <b>0.18</b> is below the threshold",
});

/** The fake node's module state: what each typed query answers (anything else: no route). */
function answer(path: string, data: Uint8Array): AbciAnswer {
  switch (path) {
    case "/cosmos.gov.v1.Query/Proposals":
      return enc(QueryProposalsResponse, { proposals: [] });
    case "/cosmos.auth.v1beta1.Query/Account": // the node knows no account
      return { code: 22, log: `rpc error: code = NotFound desc = account ${QueryAccountRequest.decode(data).address} not found: key not found` };
    case "/cosmos.bank.v1beta1.Query/AllBalances":
      return enc(QueryAllBalancesResponse, { balances: [{ denom: "abtt", amount: "1500000000000000000" }] });
    case "/btt.compute.v1.Query/Nodes":
      return enc(c.QueryNodesResponse, { nodes: [
        { operator: A, nodeClass: c.NodeClass.NODE_CLASS_CLINIC, region: "CN-BJ", hardware: "<script>gpu()</script>", energyClass: "A", stake: "5000000000000000000000", status: c.NodeStatus.NODE_STATUS_ACTIVE, reputation: 100 },
        { operator: B, nodeClass: c.NodeClass.NODE_CLASS_HPC, region: "CN-BJ", hardware: "8xH100", energyClass: "B", stake: "1", status: c.NodeStatus.NODE_STATUS_ACTIVE, reputation: 90 },
      ] });
    case "/btt.compute.v1.Query/Task":
      if (c.QueryTaskRequest.decode(data).id !== 7n) return { code: 5, log: "task 8: task not found" };
      return enc(c.QueryTaskResponse, { task: { id: 7n, client: A, status: c.TaskStatus.TASK_STATUS_SETTLED, resultHash: Buffer.from("abcd", "hex"), assignments: [{ worker: B, commitment: Buffer.from("0102", "hex"), outcome: c.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED }] } });
    case "/btt.compute.v1.Query/Tasks":
      return enc(c.QueryTasksResponse, { tasks: [] });
    case "/btt.compute.v1.Query/Models":
      return enc(c.QueryModelsResponse, { models: [] });
    case "/btt.rwa.v1.Query/Asset":
      if (r.QueryAssetRequest.decode(data).id !== 5n) return { code: 2, log: `asset ${r.QueryAssetRequest.decode(data).id}: asset not found` };
      return enc(r.QueryAssetResponse, { asset: { id: 5n, owner: A, assetClass: r.AssetClass.ASSET_CLASS_EQUIPMENT, name: "<img src=x onerror=alert(1)>Scanner", jurisdiction: "CN-BJ", documentsSha256: Buffer.from("beef", "hex"), appraisedValue: "120000", currency: "USD", shareCount: 1000n, status: r.AssetStatus.ASSET_STATUS_TOKENIZED, denom: "rwa/5", registeredAt: 1767225600n, attestations: [{ verifier: B, kind: r.AttestationKind.ATTESTATION_KIND_TECHNICAL, decision: r.Decision.DECISION_APPROVE, reason: "<b>ok</b>", time: 1767225700n }] } });
    case "/btt.rwa.v1.Query/Valuations":
      return enc(r.QueryValuationsResponse, { valuations: [{ seq: 1n, value: "120000", currency: "USD", appraiser: A, method: "registration appraisal", time: 1767225600n }, { seq: 2n, value: "125000", currency: "USD", appraiser: B, method: "audit", time: 1767312000n }] });
    case "/btt.rwa.v1.Query/OrderBook":
      return enc(r.QueryOrderBookResponse, { bids: [{ price: "2000000000000000000", quantity: 30n, orders: 2 }], asks: [{ price: "2500000000000000000", quantity: 70n, orders: 1 }] });
    case "/btt.rwa.v1.Query/Trades":
      return enc(r.QueryTradesResponse, { trades: [{ id: 1n, buyer: B, seller: A, price: "2500000000000000000", quantity: 10n, fee: "50000000000000000", takerSide: r.Side.SIDE_BUY, time: 1767312000n, blockHeight: 40n }] });
    case "/btt.rwa.v1.Query/Assets":
      return enc(r.QueryAssetsResponse, { assets: [{ id: 5n, name: "<img src=x onerror=alert(1)>Scanner", status: r.AssetStatus.ASSET_STATUS_TOKENIZED, assetClass: r.AssetClass.ASSET_CLASS_EQUIPMENT, owner: A, shareCount: 1000n, appraisedValue: "120000", currency: "USD" }] });
    case "/btt.rwa.v1.Query/Verifiers":
      return enc(r.QueryVerifiersResponse, { verifiers: [{ address: B, name: "Beijing Device Lab", kinds: [r.AttestationKind.ATTESTATION_KIND_TECHNICAL], jurisdictions: ["CN-BJ"], addedAt: 1767225000n }] });
    case "/btt.wgov.v1.Query/Tally":
      if (w.QueryTallyRequest.decode(data).proposalId !== 3n) return { code: 2, log: "proposal not found" };
      return enc(w.QueryTallyResponse, { tally: TALLY_3 });
    case "/btt.health.v1.Query/Schedule": {
      const epoch = { epoch: 4n, rate: "50000000000000000", budget: "10000000000000000000", spent: "2500000000000000000", pointsAtStart: 200n, pointsConverted: 50n, startTime: 1767225600n };
      return enc(h.QueryScheduleResponse, { current: epoch, poolBalance: "25199990000000000000000000", epochsToExhaust: 2519999n, maturedPoints: 150n, pendingPoints: 100n, totalPaid: "7500000000000000000", totalPointsIssued: 450n, nextEpochStart: 1767312000n, epochs: [epoch] });
    }
    case "/btt.health.v1.Query/ActivityTypes":
      return enc(h.QueryActivityTypesResponse, { activityTypes: [{ code: "dental-checkup", description: "<script>x()</script>check-up", points: 100n, sources: [h.VerificationSource.VERIFICATION_SOURCE_DEVICE], maxPerEpoch: 1, maxPerYear: 4, confirmations: 1 }] });
    case "/btt.health.v1.Query/Verifiers":
      return enc(h.QueryVerifiersResponse, { verifiers: [{ address: B, kind: h.VerificationSource.VERIFICATION_SOURCE_ORACLE, name: "Lab" }] });
    case "/btt.health.v1.Query/Devices":
      return enc(h.QueryDevicesResponse, { devices: [{ id: "chair-3", pubKey: Buffer.from("02ab", "hex"), name: "Chair 3", lastNonce: 7n }] });
    case "/btt.health.v1.Query/Params":
      return enc(h.QueryParamsResponse, { params: { epochSeconds: 86400n, epochBudget: "5000000000000000000000", maxAbttPerPoint: "100000000000000000", providerJurisdictions: ["CN"] } });
    case "/btt.payfi.v1.Query/Params":
      return enc(p.QueryParamsResponse, { params: { feeShare: "0.005", maxPointsDiscount: "0.5", maxInvoiceSeconds: 7776000n } });
    case "/btt.payfi.v1.Query/Merchants":
      return enc(p.QueryMerchantsResponse, { merchants: [{ address: A, name: "<b>Clinic</b>", jurisdiction: "CN", settlementAddress: A, acceptedDenoms: ["ibc/ABC"], refundPolicy: { refundable: true }, acceptsPoints: true }] });
    case "/btt.payfi.v1.Query/Invoice": {
      const id = p.QueryInvoiceRequest.decode(data).id;
      if (id !== 9n) return { code: 9, log: `invoice ${id}: invoice not found` };
      return enc(p.QueryInvoiceResponse, { invoice: { id: 9n, merchant: A, amount: "20000000000000000000", denom: "abtt", reference: "RF18 A", status: p.InvoiceStatus.INVOICE_STATUS_PAID, payer: B, discount: "3000000000000000000", fee: "100000000000000000", refunded: "0", expiresAt: 1767229200n }, expired: false });
    }
    default:
      return NO_ROUTE;
  }
}

beforeAll(async () => {
  node = await startFakeNode(answer);
  db = await openDb(tmpSqlite("api"));
  const ix = new Indexer({ db, rpc: new FakeRpc(45), logger, batchSize: 50 });
  await ix.step();
  hostileHash = (await db.get<{ hash: string }>("SELECT hash FROM txs WHERE height = 3"))!.hash;
  app = await buildServer({ db, rpcUrl: node.url, indexer: ix }); // staking, supply and validators have no route: that live state is "unavailable"
});
afterAll(async () => {
  await app.close();
  await db.close();
  removeTmpDirs();
  await node.close();
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

  test("a block page shows typed module events' values decoded: coins in BTT, addresses linked", async () => {
    const page = (await get("/blocks/3")).body;
    const events = page.slice(page.indexOf("<h2>Block events</h2>"));
    expect(events).toContain("btt.emissions.v1.EventFeeSplit");
    expect(events).toContain("<dd>2.5 BTT</dd>");
    expect(events).toContain("<dd>25 BTT</dd>");
    expect(events).toContain(`<a href="/accounts/${ALICE}">`);
    expect(events).toContain(`<a href="/accounts/${BOB}">`);
    expect(events).toContain("<dd>7</dd>"); // task_id, unquoted
    expect(events).not.toContain("&quot;btt1");
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
    // prom-client: the process's own metrics and request durations by route beside the explorer's
    expect(m.body).toMatch(/^process_cpu_user_seconds_total [\d.e-]+$/m);
    expect(m.body).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
    expect(m.body).toMatch(/^# TYPE explorer_indexer_lag_blocks gauge$/m);
    expect(m.body).toMatch(/^# TYPE explorer_blocks_indexed_total counter$/m);
    expect(m.body).toMatch(/^explorer_http_request_duration_seconds_count\{route="\/health",method="GET",status="200"\} 1$/m);
    expect(m.body).toMatch(/^explorer_http_request_duration_seconds_bucket\{le="\+Inf",route="\/health",method="GET",status="200"\} 1$/m);
    // a scrape reads the indexer's totals again; it never adds them up twice
    expect((await get("/metrics")).body).toMatch(/^explorer_blocks_indexed_total 45$/m);
  });

  test("rate limiting answers 429 past the limit", async () => {
    const small = await buildServer({ db, rpcUrl: node.url, rateLimit: 3 });
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
    expect(t.body).toContain("<td>ACCEPTED</td>");
    expect((await get("/api/v1/search?q=task%207")).json()).toMatchObject({ kind: "task", page: "/compute/tasks/7" });
    expect((await get("/api/v1/compute/tasks/x")).statusCode).toBe(400);
    expect((await get("/compute/tasks/8")).statusCode).toBe(404);
  });
});

describe("rwa module", () => {
  test("an asset page: attestations, valuation history, book by price level in BTT, trades; names escaped", async () => {
    const r = await get("/rwa/assets/5");
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain("&lt;img src=x onerror=alert(1)&gt;Scanner");
    expect(r.body).not.toContain("<img src=x");
    expect(r.body).toContain("&lt;b&gt;ok&lt;/b&gt;");
    expect(r.body).toContain("beef"); // documents sha256 in hex
    expect(r.body).toContain("<td>2 BTT</td><td>30</td><td>2</td>"); // a bid level
    expect(r.body).toContain("<td>2.5 BTT</td><td>70</td><td>1</td>"); // an ask level
    expect(r.body).toContain("0.05 BTT"); // trade fee
    expect(r.body).toContain("125000 USD");
    expect(r.body).toContain("2026-01-01T00:00:00.000Z"); // registered_at as a time
    const api = (await get("/api/v1/rwa/assets/5")).json();
    expect(api.book).toEqual({ bids: [{ price: "2000000000000000000", quantity: "30", orders: 2 }], asks: [{ price: "2500000000000000000", quantity: "70", orders: 1 }] });
    expect(api.valuations).toHaveLength(2);
    expect(api.asset).toMatchObject({ id: "5", status: "ASSET_STATUS_TOKENIZED", documentsSha256: Buffer.from("beef", "hex").toString("base64") }); // proto JSON
    expect(api.trades[0]).toMatchObject({ quantity: "10", takerSide: "SIDE_BUY" });
  });
  test("the asset list, verifiers, 'asset N' and 'rwa/N' searches; unknown and bad ids are 404 and 400", async () => {
    const r = await get("/rwa");
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<a href="/rwa/assets/5">asset 5</a>');
    expect(r.body).toContain("Beijing Device Lab");
    expect(r.body).toContain("<td>TOKENIZED</td><td>1</td>");
    expect((await get("/api/v1/search?q=asset%205")).json()).toMatchObject({ kind: "asset", page: "/rwa/assets/5" });
    expect((await get("/api/v1/search?q=rwa%2F5")).json()).toMatchObject({ kind: "asset", page: "/rwa/assets/5" });
    const missing = await get("/api/v1/rwa/assets/6");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe("no asset 6");
    expect((await get("/rwa/assets/6")).statusCode).toBe(404);
    expect((await get("/api/v1/rwa/assets/0")).statusCode).toBe(400);
    expect((await get("/rwa/assets/abc")).statusCode).toBe(400);
  });
});

describe("wgov module", () => {
  test("a proposal's class breakdown: weights, effective weights, fractions, outcome (escaped)", async () => {
    const api = (await get("/api/v1/proposals/3/classes")).json();
    expect(api.tally.classes.map((c: { class: string }) => c.class)).toEqual(["VOTER_CLASS_INSTITUTIONS", "VOTER_CLASS_COMPUTE", "VOTER_CLASS_HOLDERS", "VOTER_CLASS_COMMUNITY"]);
    expect(api.tally.classes[0]).toMatchObject({ weight: "0.5", fractions: { no: "0.947368421052631579" }, voters: 4 }); // LegacyDec in decimal form
    const section = String(tallyBreakdown(TALLY_3));
    expect(section).toContain("Weighted tally by class (final)");
    expect(section).toContain("<td>institutions</td><td>50.00%</td><td>66.67%</td><td>19</td><td>4</td><td>0.00%</td><td>94.74%</td>");
    expect(section).toContain("<td>holders</td><td>25.00%</td><td>33.33%</td><td>4,000,000 BTT</td>");
    expect(section).toContain("rejected: weighted yes &lt;b&gt;0.18&lt;/b&gt;");
    expect(section).toContain('class="fail"');
    expect((await get("/api/v1/proposals/x/classes")).statusCode).toBe(400);
  });
});

describe("health points and payments", () => {
  test("the points page shows the epoch's spend against its budget, escaped", async () => {
    const r = await get("/incentives");
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain("Epoch 4: pool spend against plan");
    expect(r.body).toContain("25.00% of the budget");
    expect(r.body).toContain("dental-checkup");
    expect(r.body).not.toContain("<script>x()</script>");
    const api = (await get("/api/v1/health-points")).json();
    expect(api.schedule.totalPointsIssued).toBe("450");
    expect(api.devices[0].id).toBe("chair-3");
  });

  test("merchants, an invoice, 'invoice N' search; unknown invoices are 404", async () => {
    const p = await get("/payfi");
    expect(p.statusCode).toBe(200);
    expect(p.body).toContain("0.50%");
    expect(p.body).not.toContain("<b>Clinic</b>");
    const inv = await get("/payfi/invoices/9");
    expect(inv.statusCode).toBe(200);
    expect(inv.body).toContain("RF18 A");
    expect((await get("/api/v1/search?q=invoice%209")).json()).toMatchObject({ kind: "invoice", page: "/payfi/invoices/9" });
    expect((await get("/api/v1/payfi/invoices/9")).json().invoice.id).toBe("9");
    expect((await get("/payfi/invoices/10")).statusCode).toBe(404);
  });
});
