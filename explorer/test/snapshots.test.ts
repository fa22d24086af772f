// Module state snapshots against a fake node that answers ABCI queries (protobuf, as the typed query clients
// ask them over CometBFT RPC) per height, on SQLite and on PostgreSQL: the snapshotter, its resume and
// pruned-state handling, and the history API and pages (the live pages read the same fake node).
import type { FastifyInstance } from "fastify";
import type { Db } from "../src/db.js";
import { Indexer } from "../src/indexer.js";
import { StateNotCommittedError, StateUnavailableError } from "../src/chain.js";
import { ChainQuery, moduleAddress } from "../src/chainquery.js";
import { btt } from "@btt/ts-client";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryPoolResponse, QueryValidatorRequest, QueryValidatorResponse, QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { QueryProposalsResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { Snapshotter, SnapshotStore, bondedRatioPercent } from "../src/snapshots.js";
import { buildServer } from "../src/server.js";
import { FakeRpc, logger, ok, openTestDb, removeTmpDirs, startFakeNode, type AbciAnswer } from "./fixtures.js";
import { startPostgres, type TestPostgres } from "@btt/localnet";

const PG_PORT = 17434;
const ONE = 10n ** 18n;
const SUPPLY = 210_000_000n * ONE;
const VAL_A = "bttvaloper1qyqszqgpqyqszqgpqyqszqgpqyqszqgp8vc2xq";
const VAL_B = "bttvaloper1qgqsyqcyq5rqwzqfpg9scrgwpugpzysnqsllcw";
const HOSTILE_MONIKER = `<script>alert("val")</script>`;
const PRUNED_BELOW = 15;

/** State of the fake chain as of height h: bonded grows by 1 BTT per block, 1 BTT burned per 10 blocks, a proposal from height 20. */
const burnedAt = (h: number) => BigInt(Math.floor(h / 10)) * ONE;
const tokensA = (h: number) => 1_000_000n * ONE + BigInt(h) * ONE;
const tokensB = 500_000n * ONE;

let nodeUp = true;
let committedUpTo = 1000; // the node's latest committed state
const heightsAsked: (string | undefined)[] = [];

const PAGE2 = new TextEncoder().encode("page2");
/** A LegacyDec as protobuf carries it: atomics with 18 decimals ("0.1" → "100000000000000000"). */
const rate = (millionths: number) => (BigInt(millionths) * 10n ** 12n).toString();
function validator(h: number, second: boolean) {
  return second
    ? Validator.fromPartial({ operatorAddress: VAL_B, description: { moniker: "beta" }, status: BondStatus.BOND_STATUS_BONDED, jailed: h >= 40, tokens: String(tokensB), commission: { commissionRates: { rate: rate(50_000) } } })
    : Validator.fromPartial({ operatorAddress: VAL_A, description: { moniker: HOSTILE_MONIKER }, status: BondStatus.BOND_STATUS_BONDED, jailed: false, tokens: String(tokensA(h)), commission: { commissionRates: { rate: rate(100_000) } } });
}
function fakeAbci(path: string, data: Uint8Array, heightParam: string | undefined): AbciAnswer {
  heightsAsked.push(heightParam);
  const h = Number(heightParam ?? 1000);
  if (h > committedUpTo) return { code: 26, log: "cannot query with height in the future; please provide a valid height: invalid height" };
  if (h < PRUNED_BELOW) return { code: 38, log: `failed to load state at height ${h}; version does not exist (latest height: 60): not found` };
  switch (path) {
    case "/cosmos.bank.v1beta1.Query/SupplyOf":
      return ok(QuerySupplyOfResponse.encode({ amount: { denom: QuerySupplyOfRequest.decode(data).denom, amount: String(SUPPLY - burnedAt(h)) } }).finish());
    case "/cosmos.staking.v1beta1.Query/Pool":
      return ok(QueryPoolResponse.encode({ pool: { bondedTokens: String(tokensA(h) + tokensB), notBondedTokens: "0" } }).finish());
    case "/btt.emissions.v1.Query/Supply":
      return ok(btt.emissions.v1.QuerySupplyResponse.encode(btt.emissions.v1.QuerySupplyResponse.fromPartial({ total: String(SUPPLY - burnedAt(h)), burned: String(burnedAt(h)), circulating: String(7_000_000n * ONE), vestingLocked: String(39_900_000n * ONE), poolsTotal: String(150_000_000n * ONE), miningPaid: "0" })).finish());
    case "/cosmos.staking.v1beta1.Query/Validators": {
      // two pages, to check that the snapshot follows next_key
      const second = Buffer.from(QueryValidatorsRequest.decode(data).pagination?.key ?? []).equals(Buffer.from(PAGE2));
      return ok(QueryValidatorsResponse.encode(QueryValidatorsResponse.fromPartial({ validators: [validator(h, second)], pagination: { nextKey: second ? new Uint8Array() : PAGE2 } })).finish());
    }
    case "/cosmos.staking.v1beta1.Query/Validator": {
      const op = QueryValidatorRequest.decode(data).validatorAddr;
      if (op !== VAL_A && op !== VAL_B) return { code: 22, log: `rpc error: code = NotFound desc = validator ${op} not found: key not found` };
      return ok(QueryValidatorResponse.encode({ validator: validator(h, op === VAL_B) }).finish());
    }
    case "/cosmos.gov.v1.Query/Proposals":
      return ok(QueryProposalsResponse.encode(QueryProposalsResponse.fromPartial({
        proposals: h >= 20 ? [{ id: 1n, title: "Raise <b>fees</b>", status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, finalTallyResult: { yesCount: "0", noCount: "0", abstainCount: "0", noWithVetoCount: "0" } }] : [],
      })).finish());
    default:
      // a chain without x/compute: baseapp has no route for the query
      return { code: 6, log: "unknown query path: unknown request" };
  }
}

let node: Awaited<ReturnType<typeof startFakeNode>>;
let nodeUrl: string;
let chain: ChainQuery;
beforeAll(async () => {
  node = await startFakeNode(fakeAbci, () => nodeUp);
  nodeUrl = node.url;
  chain = await ChainQuery.connect(nodeUrl);
});
afterAll(async () => {
  chain.disconnect();
  removeTmpDirs();
  await node.close();
});

test("bonded ratio by integer arithmetic", () => {
  expect(bondedRatioPercent(String(3n * ONE), String(12n * ONE))).toBe(25);
  expect(bondedRatioPercent("1", "3")).toBe(33.3333);
  expect(bondedRatioPercent(null, "3")).toBeNull();
  expect(bondedRatioPercent("1", "0")).toBeNull();
});

test("a query at a pruned height is a StateUnavailableError; one at a height not committed yet is a passing error", async () => {
  const at3 = chain.atHeight(3);
  const err = await at3.client.staking.pool().catch((e: unknown) => at3.classify(e));
  expect(err).toBeInstanceOf(StateUnavailableError);
  expect((err as Error).message).toMatch(/no state at height 3 \(pruned\)/);
  committedUpTo = 40;
  const at41 = chain.atHeight(41);
  const soon = await at41.client.staking.pool().catch((e: unknown) => at41.classify(e));
  committedUpTo = 1000;
  expect(soon).toBeInstanceOf(StateNotCommittedError);
  expect((soon as Error).message).toMatch(/has not committed the state at height 41 yet/);
  // the query carried the height: the node answered with the state at 40
  const at40 = await chain.atHeight(40).client.staking.pool();
  expect(at40.pool.bondedTokens).toBe(String(tokensA(40) + tokensB));
});

let pgServer: TestPostgres | undefined;
describe.each(["sqlite", "postgres"] as const)("snapshots on %s", (kind) => {
  let db: Db;
  beforeAll(async () => {
    if (kind === "postgres") pgServer = await startPostgres(PG_PORT);
  }, 240_000);
  afterAll(async () => {
    if (kind === "postgres") await pgServer?.stop();
  });
  beforeEach(async () => {
    nodeUp = true;
    db = await openTestDb(kind, pgServer?.url);
  });
  afterEach(async () => {
    await db.close();
  });

  async function indexTo(latest: number) {
    const ix = new Indexer({ db, rpc: new FakeRpc(latest), logger, batchSize: 100 });
    while ((await ix.step()) > 0);
    return ix;
  }

  test("every N indexed blocks, state as of that height; pruned heights recorded, not skipped; resumes after the last", async () => {
    await indexTo(45);
    const snap = new Snapshotter({ db, chain, logger, every: 10 });
    const taken: number[] = [];
    let h: number;
    while ((h = await snap.step()) > 0) taken.push(h);
    expect(taken).toEqual([10, 20, 30, 40]); // 50 is not indexed yet
    expect(snap.stats).toMatchObject({ every: 10, lastHeight: 40, taken: 4, unavailable: 1 });
    expect(heightsAsked).toEqual(expect.arrayContaining(["10", "20", "30", "40"]));

    const store = new SnapshotStore(db);
    const s10 = await store.get(10);
    expect(s10).toMatchObject({ height: 10, totalSupply: null, validators: null, validatorSet: [] });
    expect(s10!.error).toMatch(/no state at height 10 \(pruned\)/);

    const s30 = (await store.get(30))!;
    expect(s30).toMatchObject({
      height: 30,
      time: new Date(Date.UTC(2026, 0, 1) + 30 * 1000).toISOString(),
      totalSupply: String(SUPPLY - 3n * ONE),
      bonded: String(tokensA(30) + tokensB),
      burned: String(3n * ONE),
      circulating: String(7_000_000n * ONE),
      validators: 2,
      bondedValidators: 2,
      proposals: 1,
      proposalsVoting: 1,
      computeNodes: null,
      error: null,
    });
    expect(s30.missing).toEqual([expect.stringMatching(/^compute nodes: Query failed with \(6\): unknown query path/)]);
    expect(s30.bondedRatioPercent).toBe(Number(((tokensA(30) + tokensB) * 1_000_000n) / (SUPPLY - 3n * ONE)) / 10_000);
    expect(s30.validatorSet.map((v) => [v.operator, v.power])).toEqual([[VAL_A, "1000030"], [VAL_B, "500000"]]);
    expect(s30.validatorSet.map((v) => v.commission)).toEqual(["0.100000000000000000", "0.050000000000000000"]);
    expect(s30.validatorSet[0].sharePercent + s30.validatorSet[1].sharePercent).toBeCloseTo(100, 3);
    expect(s30.proposalList).toEqual([{ id: 1, title: "Raise <b>fees</b>", status: "PROPOSAL_STATUS_VOTING_PERIOD", finalTally: { yes: "0", no: "0", abstain: "0", noWithVeto: "0" } }]);

    // a new process on the same database takes up after 40 once the indexer passes 50
    await indexTo(62);
    const again = new Snapshotter({ db, chain, logger, every: 10 });
    const more: number[] = [];
    while ((h = await again.step()) > 0) more.push(h);
    expect(more).toEqual([50, 60]);
    const hist = await store.validatorHistory(VAL_B, 1, 3);
    expect(hist.total).toBe(5);
    expect(hist.items.map((r) => [r.height, r.jailed])).toEqual([[60, true], [50, true], [40, true]]);
    const count = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM snapshots");
    expect(Number(count!.n)).toBe(6);
  });

  test("an unreachable node, or one that has not committed the height yet, writes nothing and the same height is taken once it answers", async () => {
    await indexTo(25);
    const snap = new Snapshotter({ db, chain, logger, every: 20 });
    nodeUp = false;
    await expect(snap.step()).rejects.toThrow(/fetch failed|socket|ECONNRESET/i);
    nodeUp = true;
    committedUpTo = 19;
    await expect(snap.step()).rejects.toThrow(/has not committed the state at height 20 yet/);
    committedUpTo = 1000;
    expect(Number((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM snapshots"))!.n)).toBe(0);
    expect(await snap.step()).toBe(20);
    expect(await snap.step()).toBe(0);
    expect((await new SnapshotStore(db).get(20))).toMatchObject({ error: null, validators: 2 });
  });

  describe("history API and pages", () => {
    let app: FastifyInstance;
    let snap: Snapshotter;
    beforeEach(async () => {
      const ix = await indexTo(45);
      snap = new Snapshotter({ db, chain, logger, every: 10 });
      while ((await snap.step()) > 0);
      app = await buildServer({ db, rpcUrl: nodeUrl, indexer: ix, snapshotter: snap });
    });
    afterEach(async () => {
      await app.close();
    });
    const get = (url: string) => app.inject({ method: "GET", url });

    test("lists snapshots newest first with paging, one with its validator set, a validator's history", async () => {
      const list = await get("/api/v1/snapshots?limit=2&page=1");
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ page: 1, limit: 2, total: 4, items: [{ height: 40, validators: 2, bondedValidators: 2, burned: String(4n * ONE) }, { height: 30 }] });
      expect((await get("/api/v1/snapshots?page=2&limit=2")).json().items.map((s: { height: number }) => s.height)).toEqual([20, 10]);
      const one = (await get("/api/v1/snapshots/20")).json();
      expect(one).toMatchObject({ height: 20, proposals: 1, validatorSet: [{ operator: VAL_A, moniker: HOSTILE_MONIKER, power: "1000020", jailed: false }, { operator: VAL_B }], computeNodeList: [] });
      expect((await get("/api/v1/snapshots/10")).json()).toMatchObject({ height: 10, error: expect.stringMatching(/pruned/), validatorSet: [] });
      const hist = (await get(`/api/v1/validators/${VAL_A}/history?limit=2`)).json();
      expect(hist).toMatchObject({ total: 3, items: [{ height: 40, power: "1000040" }, { height: 30, power: "1000030" }] });
      expect((await get("/api/v1/status")).json()).toMatchObject({ snapshotEvery: 10, latestSnapshotHeight: 40 });
      const metrics = (await get("/metrics")).body;
      expect(metrics).toMatch(/^explorer_snapshot_height 40$/m);
      expect(metrics).toMatch(/^explorer_snapshots_unavailable_total 1$/m);
    });

    test.each([
      ["/api/v1/snapshots/abc", 400, /height must be integer/],
      ["/api/v1/snapshots/0", 400, /height must be >= 1/],
      ["/api/v1/snapshots?limit=500", 400, /limit must be <= 100/],
      ["/api/v1/snapshots?from=3", 400, /must NOT have additional properties/],
      ["/api/v1/validators/bttvaloper1xyz/history", 400, /operator must match pattern/],
      ["/api/v1/snapshots/15", 404, /no state snapshot at height 15 \(snapshots are taken every 10 blocks; the latest is at 40\)/],
    ])("bad input %s gets a %d, never a 500", async (url, code, msg) => {
      const r = await get(url);
      expect(r.statusCode).toBe(code);
      expect(r.json().message).toMatch(msg);
    });

    test("OpenAPI documents the history routes with their response schemas", async () => {
      const doc = (await get("/api/docs/openapi.json")).json();
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/snapshots", "/api/v1/snapshots/{height}", "/api/v1/validators/{operator}/history"]));
      const props = doc.paths["/api/v1/snapshots/{height}"].get.responses["200"].content["application/json"].schema.properties;
      expect(Object.keys(props)).toEqual(expect.arrayContaining(["bondedRatioPercent", "totalSupply", "validatorSet", "proposalList", "computeNodeList"]));
    });

    test("the history page charts the bonded ratio; a snapshot page escapes what validators and proposers wrote; the dashboard shows the chart", async () => {
      const p = await get("/snapshots");
      expect(p.statusCode).toBe(200);
      expect(p.body).toContain('aria-label="Bonded ratio over heights"');
      expect(p.body).toMatch(/<path d="M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}"/); // 20, 30, 40 (10 has no state)
      expect(p.body).toContain('href="/snapshots/40"');
      expect(p.body).toContain("not served: compute nodes");
      const s = await get("/snapshots/20");
      expect(s.statusCode).toBe(200);
      expect(s.body).not.toContain("<script>alert");
      expect(s.body).toContain("&lt;script&gt;alert(&quot;val&quot;)&lt;/script&gt;");
      expect(s.body).toContain("Raise &lt;b&gt;fees&lt;/b&gt;");
      expect(s.body).toContain("1000020");
      expect((await get("/snapshots/10")).body).toContain("no state at height 10 (pruned)");
      expect((await get("/snapshots/11")).statusCode).toBe(404);
      expect((await get("/snapshots/x")).statusCode).toBe(400);
      const val = await get(`/validators/${VAL_A}`);
      expect(val.statusCode).toBe(200);
      expect(val.body).toContain("Voting power over the last 3 ");
      expect(val.body).toContain('aria-label="Voting power over heights"');
      expect(val.body).not.toContain("<script>alert");
      const dash = await get("/");
      expect(dash.body).toContain('aria-label="Bonded ratio over heights"');
      expect(dash.body).toContain('<a href="/snapshots">History</a>');
      // live supply and bonded ratio through the typed query clients (ABCI at the latest height)
      expect(dash.body).toContain("209,999,900 BTT");
      const sup = (await get("/api/v1/supply")).json();
      expect(sup).toMatchObject({ supply: String(SUPPLY - burnedAt(1000)), bonded: String(tokensA(1000) + tokensB), notBonded: "0" });
      expect(sup.pools.find((p: { name: string }) => p.name === "mining_rewards_pool")).toMatchObject({ address: moduleAddress("mining_rewards_pool"), balance: "0", percent: 30 });
      // the live validator list: every page followed, power in whole BTT, share of the bonded tokens, commission
      const vals = (await get("/api/v1/validators")).json();
      expect(vals.signedBlocksWindow).toBe(0); // this node has no x/slashing queries
      expect(vals.validators.map((v: { operator: string; power: string; commission: number; status: string }) => [v.operator, v.power, v.commission, v.status])).toEqual([
        [VAL_A, "1001000", 0.1, "BOND_STATUS_BONDED"],
        [VAL_B, "500000", 0.05, "BOND_STATUS_BONDED"],
      ]);
      expect(vals.validators[0].share + vals.validators[1].share).toBeCloseTo(100, 3);
      const page = await get("/validators");
      expect(page.body).toContain("&lt;script&gt;alert(&quot;val&quot;)&lt;/script&gt;");
      expect(page.body).not.toContain(HOSTILE_MONIKER);
    });
  });
});
