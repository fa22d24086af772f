/** Core pages and API: dashboard, blocks, transactions, accounts (vesting), validators, proposals, supply, search. */
import type { FastifyPluginAsync } from "fastify";
import { BTT_BECH32_PREFIX, BTT_BECH32_PREFIX_VALOPER, isBttEventType } from "@btt/ts-client";
import { bondStatusToJSON, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import { decFromAtomics } from "./chainquery.js";
import { NotFoundError } from "./chain.js";
import { ago, btt, coin, coins, html, json, kv, pager, short, table } from "./html.js";
import type { ExplorerContext, SearchTarget } from "./context.js";
import { SnapshotStore } from "./snapshots.js";
import { bondedRatioChart, powerChart } from "./charts.js";
export const PAGE_LIMIT_MAX = 100;

const HEIGHT = { type: "integer", minimum: 1, maximum: 9007199254740991 } as const;
const HASH = { type: "string", pattern: "^[0-9A-Fa-f]{64}$" } as const;
const BECH32_DATA = "1[02-9ac-hj-np-z]{38,58}";
const ADDRESS = { type: "string", pattern: `^${BTT_BECH32_PREFIX}${BECH32_DATA}$` } as const;
const VALOPER = { type: "string", pattern: `^${BTT_BECH32_PREFIX_VALOPER}${BECH32_DATA}$` } as const;
const ADDRESS_RE = new RegExp(ADDRESS.pattern);
const VALOPER_RE = new RegExp(VALOPER.pattern);
const PAGING = {
  type: "object",
  properties: {
    page: { type: "integer", minimum: 1, maximum: 1000000, default: 1 },
    limit: { type: "integer", minimum: 1, maximum: PAGE_LIMIT_MAX, default: 20 },
  },
  additionalProperties: false,
} as const;
const ERROR = { type: "object", properties: { statusCode: { type: "integer" }, error: { type: "string" }, message: { type: "string" } } } as const;
const errors = { 400: ERROR, 404: ERROR };
type Paging = { page: number; limit: number };
/** Paging of a block's transactions: 100 a page by default. */
const TX_PAGING = { ...PAGING, properties: { ...PAGING.properties, limit: { ...PAGING.properties.limit, default: PAGE_LIMIT_MAX } } } as const;

const hl = (h: number) => html`<a href="/blocks/${h}">${h}</a>`;
const txl = (h: string) => html`<a href="/txs/${h}">${short(h, 8)}</a>`;
const acl = (a: string) => (a.startsWith(BTT_BECH32_PREFIX_VALOPER) ? html`<a href="/validators/${a}">${short(a, 12)}</a>` : html`<a href="/accounts/${a}">${short(a, 12)}</a>`);
const typeShort = (t: string) => t.split(".").pop() ?? t;
const status = (code: number) => (code === 0 ? html`<span class="ok">success</span>` : html`<span class="fail">failed (${code})</span>`);
const pct = (f: number) => `${(f * 100).toFixed(2)}%`;
const linkify = (v: string) => (ADDRESS_RE.test(v) || VALOPER_RE.test(v) ? acl(v) : v);

function txRows(items: { hash: string; height: number; time?: string; code: number; messageTypes: string[]; fee: { amount: { denom: string; amount: string }[] }; memo: string }[]) {
  return items.map((t) => [txl(t.hash), hl(t.height), t.messageTypes.map(typeShort).join(", "), status(t.code), coins(t.fee.amount), t.memo, ago(t.time)]);
}
const TX_HEAD = ["hash", "height", "messages", "result", "fee", "memo", "time"];

const monikerCache = new WeakMap<ExplorerContext, { at: number; map: Map<string, string> }>();
/** Block proposer (hex consensus address) → validator moniker, refreshed every 30 s; empty when the node is away. */
async function monikers(ctx: ExplorerContext): Promise<Map<string, string>> {
  const c = monikerCache.get(ctx);
  if (c && Date.now() - c.at < 30_000) return c.map;
  let map = c?.map ?? new Map<string, string>();
  try {
    const { pubkeyToHex } = await import("./valcons.js");
    const { validators } = await ctx.chain.validators();
    map = new Map(validators.filter((v) => v.consensusPubkey).map((v) => [pubkeyToHex(v.consensusPubkey!), v.moniker]));
  } catch {
    /* keep the last known names */
  }
  monikerCache.set(ctx, { at: Date.now(), map });
  return map;
}
const proposer = (names: Map<string, string>, hex: string) => names.get(hex) ?? short(hex, 8);

type Overview = Awaited<ReturnType<ExplorerContext["chain"]["overview"]>>;
const overviewCache = new WeakMap<ExplorerContext, { at: number; v: Promise<Overview> }>();
/** Supply, bonded ratio and pools for the dashboard: asked of the node at most every 2 s, shared by concurrent requests. */
async function overviewSafe(ctx: ExplorerContext): Promise<Overview | { error: string }> {
  let c = overviewCache.get(ctx);
  if (!c || Date.now() - c.at > 2_000) {
    c = { at: Date.now(), v: ctx.chain.overview() };
    overviewCache.set(ctx, c);
    c.v.catch(() => overviewCache.delete(ctx));
  }
  try {
    return await c.v;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

export const corePages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push(
    { href: "/blocks", label: "Blocks" },
    { href: "/txs", label: "Transactions" },
    { href: "/validators", label: "Validators" },
    { href: "/proposals", label: "Proposals" },
    { href: "/supply", label: "Supply" },
  );
  const { store, chain } = ctx;
  const snapshots = new SnapshotStore(ctx.db);
  const hide = { hide: true };

  // ---------- JSON API ----------
  app.get("/api/v1/status", { schema: { tags: ["chain"], summary: "Indexer position and chain rates" } }, async () => {
    const r = await store.rates();
    const s = ctx.indexer?.stats;
    const [latestSnapshot] = await snapshots.recent(1);
    return {
      chainId: ctx.chainId(),
      indexedHeight: await store.lastHeight(),
      chainHeight: s?.chainHeight ?? null,
      lag: s?.lag ?? null,
      avgBlockTimeS: r.blockTimeS,
      txPerS: r.txPerS,
      latestBlock: r.latest ?? null,
      snapshotEvery: ctx.snapshotter?.stats.every ?? null,
      latestSnapshotHeight: latestSnapshot?.height ?? null,
    };
  });
  app.get<{ Querystring: Paging }>("/api/v1/blocks", { schema: { tags: ["blocks"], summary: "Indexed blocks, newest first", querystring: PAGING, response: errors } }, async (req) =>
    store.blocks(req.query.page, req.query.limit),
  );
  app.get<{ Params: { height: number }; Querystring: Paging }>(
    "/api/v1/blocks/:height",
    {
      schema: {
        tags: ["blocks"],
        summary: "One block with a page of its transactions (page, limit ≤ 100, default 100; txPage.total is the block's count) and its block events",
        params: { type: "object", properties: { height: HEIGHT }, required: ["height"] },
        querystring: TX_PAGING,
        response: errors,
      },
    },
    async (req) => {
      const b = await store.block(req.params.height, req.query.page, req.query.limit);
      if (!b) throw new NotFoundError(`block ${req.params.height} is not indexed (indexed up to ${await store.lastHeight()})`);
      return b;
    },
  );
  app.get<{ Querystring: Paging }>("/api/v1/txs", { schema: { tags: ["txs"], summary: "Indexed transactions, newest first", querystring: PAGING, response: errors } }, async (req) =>
    store.txs(req.query.page, req.query.limit),
  );
  app.get<{ Params: { hash: string } }>(
    "/api/v1/txs/:hash",
    { schema: { tags: ["txs"], summary: "One transaction: decoded messages, events, fee, gas, result, raw JSON", params: { type: "object", properties: { hash: HASH }, required: ["hash"] }, response: errors } },
    async (req) => {
      const t = await store.tx(req.params.hash);
      if (!t) throw new NotFoundError(`no indexed transaction with hash ${req.params.hash.toUpperCase()}`);
      return t;
    },
  );
  app.get<{ Params: { address: string } }>(
    "/api/v1/accounts/:address",
    { schema: { tags: ["accounts"], summary: "Account: type, balances, vesting schedule with what is locked now, delegations, rewards", params: { type: "object", properties: { address: ADDRESS }, required: ["address"] }, response: errors } },
    async (req) => chain.account(req.params.address),
  );
  app.get<{ Params: { address: string }; Querystring: Paging }>(
    "/api/v1/accounts/:address/txs",
    { schema: { tags: ["accounts"], summary: "Transactions touching an account", params: { type: "object", properties: { address: ADDRESS }, required: ["address"] }, querystring: PAGING, response: errors } },
    async (req) => store.accountTxs(req.params.address, req.query.page, req.query.limit),
  );
  app.get("/api/v1/validators", { schema: { tags: ["staking"], summary: "Validators with power, commission and uptime" } }, async () => {
    const v = await ctx.chain.validators();
    return { signedBlocksWindow: v.signedBlocksWindow, validators: v.validators.map(({ consensusPubkey: _k, ...x }) => x) };
  });
  app.get("/api/v1/proposals", { schema: { tags: ["gov"], summary: "Governance proposals, newest first" } }, async () => ({ proposals: await chain.proposals() }));
  app.get<{ Params: { id: number } }>(
    "/api/v1/proposals/:id",
    { schema: { tags: ["gov"], summary: "One proposal with its tally", params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] }, response: errors } },
    async (req) => chain.proposal(req.params.id),
  );
  app.get("/api/v1/supply", { schema: { tags: ["chain"], summary: "Total supply, bonded ratio and genesis allocation pools" } }, async () => ctx.chain.overview());
  app.get<{ Querystring: { q: string } }>(
    "/api/v1/search",
    { schema: { tags: ["chain"], summary: "Resolve a height, hash, address, validator or proposal to its resource", querystring: { type: "object", properties: { q: { type: "string", minLength: 1, maxLength: 128 } }, required: ["q"] }, response: errors } },
    async (req) => {
      const target = await resolve(ctx, req.query.q);
      if (!target) throw new NotFoundError(`nothing matches "${req.query.q.trim()}"`);
      return { query: req.query.q, ...target };
    },
  );

  // ---------- pages ----------
  app.get("/", { schema: hide }, async (_req, reply) => {
    const [r, ov, blocks, txs, names, history] = await Promise.all([store.rates(), overviewSafe(ctx), store.blocks(1, 10), store.txs(1, 10), monikers(ctx), snapshots.recent(100)]);
    const s = ctx.indexer?.stats;
    const cards = [
      ["latest height", r.latest?.height ?? "—"],
      ["block time", r.blockTimeS ? `${r.blockTimeS.toFixed(2)} s` : "—"],
      ["tx/s (last 100 blocks)", r.txPerS.toFixed(3)],
      ["total supply", "supply" in ov ? btt(ov.supply) : "—"],
      ["bonded ratio", "bondedRatio" in ov ? pct(ov.bondedRatio / 100) : "—"],
      ["indexer lag", s ? `${s.lag} blocks` : "—"],
    ];
    return ctx.page(
      reply,
      "Dashboard",
      html`${s?.lastError ? html`<p class="warn">Indexer: ${s.lastError}</p>` : ""}${"error" in ov ? html`<p class="warn">Chain node: ${ov.error}</p>` : ""}
<div class="cards">${cards.map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
${history.length ? html`<h2>Bonded ratio over the last ${history.length} <a href="/snapshots">state snapshots</a></h2>${bondedRatioChart(history)}` : ""}
<h2>Latest blocks</h2>${table(["height", "hash", "txs", "proposer", "time"], blocks.items.map((b) => [hl(b.height), short(b.hash, 8), b.numTxs, proposer(names, b.proposer), ago(b.time)]))}
<h2>Latest transactions</h2>${table(TX_HEAD, txRows(txs.items))}
${"pools" in ov ? html`<h2>Genesis allocation pools</h2>${poolTable(ov.pools)}` : ""}`,
    );
  });

  app.get<{ Querystring: Paging }>("/blocks", { schema: { ...hide, querystring: PAGING } }, async (req, reply) => {
    const [p, names] = await Promise.all([store.blocks(req.query.page, req.query.limit), monikers(ctx)]);
    return ctx.page(reply, "Blocks", html`${table(["height", "hash", "txs", "gas used", "proposer", "time"], p.items.map((b) => [hl(b.height), b.hash, b.numTxs, b.gasUsed, proposer(names, b.proposer), b.time]))}${pager("/blocks", p.page, p.limit, p.total)}`);
  });

  app.get<{ Params: { height: number }; Querystring: Paging }>("/blocks/:height", { schema: { ...hide, params: { type: "object", properties: { height: HEIGHT }, required: ["height"] }, querystring: TX_PAGING } }, async (req, reply) => {
    const [b, names] = await Promise.all([store.block(req.params.height, req.query.page, req.query.limit), monikers(ctx)]);
    if (!b) throw new NotFoundError(`Block ${req.params.height} is not indexed (indexed up to ${await store.lastHeight()}).`);
    return ctx.page(
      reply,
      `Block ${b.height}`,
      html`${kv([
        ["height", html`${b.height > 1 ? html`<a href="/blocks/${b.height - 1}">←</a> ` : ""}${b.height} <a href="/blocks/${b.height + 1}">→</a>`],
        ["hash", b.hash],
        ["time", b.time],
        ["proposer", names.has(b.proposer) ? `${names.get(b.proposer)} (${b.proposer})` : b.proposer],
        ["transactions", b.numTxs],
        ["gas used", b.gasUsed],
      ])}<h2>Transactions</h2>${table(TX_HEAD, txRows(b.txs))}${b.txPage.total > b.txPage.limit ? pager(`/blocks/${b.height}`, b.txPage.page, b.txPage.limit, b.txPage.total) : ""}<h2>Block events</h2>${eventsTable(b.events)}`,
    );
  });

  app.get<{ Querystring: Paging }>("/txs", { schema: { ...hide, querystring: PAGING } }, async (req, reply) => {
    const p = await store.txs(req.query.page, req.query.limit);
    return ctx.page(reply, "Transactions", html`${table(TX_HEAD, txRows(p.items))}${pager("/txs", p.page, p.limit, p.total)}`);
  });

  app.get<{ Params: { hash: string } }>("/txs/:hash", { schema: { ...hide, params: { type: "object", properties: { hash: HASH }, required: ["hash"] } } }, async (req, reply) => {
    const t = await store.tx(req.params.hash);
    if (!t) throw new NotFoundError(`No indexed transaction with hash ${req.params.hash.toUpperCase()}.`);
    return ctx.page(
      reply,
      "Transaction",
      html`${kv([
        ["hash", t.hash],
        ["height", hl(t.height)],
        ["time", t.time ?? ""],
        ["result", status(t.code)],
        ...(t.code !== 0 ? ([["error", `${t.codespace}: ${t.log}`]] as [string, unknown][]) : []),
        ["fee", coins(t.fee.amount)],
        ["gas (used / wanted)", `${t.gasUsed} / ${t.gasWanted}`],
        ["signers", t.signers.map((s, i) => html`${i ? ", " : ""}${acl(s)}`)],
        ["memo", html`<span class="memo">${t.memo}</span>`],
      ])}
<h2>Messages (${t.messages.length})</h2>${t.messages.map((m) => html`<h3>#${m.index} ${m.typeUrl}</h3>${msgBody(m.body)}`)}
<h2>Events</h2>${eventsTable(t.events)}
<h2>Raw JSON</h2>${json(t.raw)}`,
    );
  });

  app.get<{ Params: { address: string }; Querystring: Paging }>(
    "/accounts/:address",
    { schema: { ...hide, params: { type: "object", properties: { address: ADDRESS }, required: ["address"] }, querystring: PAGING } },
    async (req, reply) => {
      const [a, hist] = await Promise.all([chain.account(req.params.address), store.accountTxs(req.params.address, req.query.page, req.query.limit)]);
      const v = a.vesting;
      return ctx.page(
        reply,
        a.moduleName ? `Module account ${a.moduleName}` : "Account",
        html`${kv([
          ["address", a.address],
          ["type", a.type],
          ["balances", coins(a.balances)],
          ["delegated", coins(a.delegations.map((d) => d.balance))],
          ["staking rewards", a.rewards.length ? coins(a.rewards) : "none"],
        ])}
${v
? html`<h2>Vesting schedule</h2>${kv([
    ["type", v.type],
    ["start", v.startTime],
    ["end", v.endTime],
    ["original vesting", coins(v.originalVesting)],
    ["locked now", html`<strong>${coins(v.lockedNow)}</strong>`],
    ["delegated vesting / free", html`${coins(v.delegatedVesting)} / ${coins(v.delegatedFree)}`],
  ])}${table(["period", "unlocks at", "amount", "state"], v.periods.map((p) => [p.index, p.unlocksAt, coins(p.amount), p.unlocked ? html`<span class="ok">unlocked</span>` : "locked"]))}`
: ""}
<h2>Delegations</h2>${table(["validator", "amount", "shares"], a.delegations.map((d) => [acl(d.validator), coin(d.balance), d.shares]), "no delegations")}
<h2>History (${hist.total})</h2>${table(TX_HEAD, txRows(hist.items), "no indexed transactions")}${pager(`/accounts/${a.address}`, hist.page, hist.limit, hist.total)}`,
      );
    },
  );

  app.get("/validators", { schema: hide }, async (_req, reply) => {
    const { validators, signedBlocksWindow, missedByCons } = await ctx.chain.validators();
    const uptime = await uptimeByPubkey(ctx, validators, missedByCons, signedBlocksWindow);
    return ctx.page(
      reply,
      "Validators",
      html`${table(
        ["#", "moniker", "operator", "status", "voting power (BTT)", "share", "commission", `uptime (last ${signedBlocksWindow || "?"} blocks)`],
        validators.map((v, i) => [i + 1, v.moniker, acl(v.operator), v.jailed ? html`<span class="fail">jailed</span>` : v.status.replace("BOND_STATUS_", "").toLowerCase(), v.power, `${v.share.toFixed(2)}%`, pct(v.commission), uptime.get(v.operator) ?? "—"]),
      )}`,
    );
  });

  app.get<{ Params: { operator: string } }>("/validators/:operator", { schema: { ...hide, params: { type: "object", properties: { operator: VALOPER }, required: ["operator"] } } }, async (req, reply) => {
    const [v, hist] = await Promise.all([chain.validator(req.params.operator), snapshots.validatorHistory(req.params.operator, 1, 200)]);
    const past = [...hist.items].reverse();
    return ctx.page(reply, `Validator ${v.description.moniker}`, html`${kv([
      ["operator", v.operatorAddress],
      ["status", bondStatusToJSON(v.status)],
      ["jailed", String(v.jailed)],
      ["tokens", btt(v.tokens)],
      ["commission", pct(Number(decFromAtomics(v.commission.commissionRates.rate)))],
      ["min self-delegation", v.minSelfDelegation],
    ])}${past.length ? html`<h2>Voting power over the last ${past.length} <a href="/snapshots">state snapshots</a></h2>${powerChart(past)}` : ""}<h2>Raw</h2>${json(Validator.toJSON(v))}`);
  });

  app.get("/proposals", { schema: hide }, async (_req, reply) => {
    const ps = await chain.proposals();
    return ctx.page(reply, "Governance proposals", table(["id", "title", "status", "messages", "submitted", "voting ends"], ps.map((p) => [html`<a href="/proposals/${p.id}">${p.id}</a>`, p.title, p.status.replace("PROPOSAL_STATUS_", "").toLowerCase(), p.messageTypes.map(typeShort).join(", "), p.submitTime ?? "", p.votingEndTime ?? ""]), "no proposals"));
  });

  app.get<{ Params: { id: number } }>("/proposals/:id", { schema: { ...hide, params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } } }, async (req, reply) => {
    const [p, sections] = await Promise.all([chain.proposal(req.params.id), Promise.all(ctx.proposalSections.map((section) => section(req.params.id)))]);
    const t = p.tally;
    const opts = [["yes", "yesCount"], ["no", "noCount"], ["abstain", "abstainCount"], ["no with veto", "noWithVetoCount"]] as const satisfies readonly (readonly [string, keyof TallyResult])[];
    const count = (k: keyof TallyResult) => BigInt(t?.[k] || "0");
    const sum = opts.reduce((s, [, k]) => s + count(k), 0n);
    return ctx.page(
      reply,
      `Proposal ${p.id}`,
      html`${kv([
        ["title", p.title],
        ["summary", p.summary],
        ["status", p.status],
        ["proposer", p.proposer ? acl(p.proposer) : ""],
        ["submitted", p.submitTime ?? ""],
        ["voting ends", p.votingEndTime ?? ""],
        ["expedited", String(p.expedited)],
      ])}<h2>Tally (as x/gov records it)</h2>${table(["option", "voting power", "share"], opts.map(([name, k]) => [name, btt(count(k)), sum > 0n ? pct(Number((count(k) * 1_000_000n) / sum) / 1_000_000) : "—"]))}
${sections}
<h2>Messages</h2>${json(p.messages)}`,
    );
  });

  app.get("/supply", { schema: hide }, async (_req, reply) => {
    const ov = await ctx.chain.overview();
    return ctx.page(
      reply,
      "Supply and genesis allocation",
      html`${kv([
        ["total supply", btt(ov.supply)],
        ["bonded", btt(ov.bonded)],
        ["not bonded (unbonding)", btt(ov.notBonded)],
        ["bonded ratio", pct(ov.bondedRatio / 100)],
      ])}<h2>Pools held by module accounts</h2>${poolTable(ov.pools)}<p>The institutions' allocations are PeriodicVestingAccounts: open an institution's account to see its schedule and what is locked now.</p>`,
    );
  });

  app.get<{ Querystring: { q?: string } }>("/search", { schema: { ...hide, querystring: { type: "object", properties: { q: { type: "string", maxLength: 128 } } } } }, async (req, reply) => {
    const q = (req.query.q ?? "").trim();
    const target = q ? await resolve(ctx, q) : undefined;
    if (target) return reply.redirect(target.page, 303);
    return ctx.page(reply, "Search", html`<p class="warn">${q ? html`Nothing matches “${q}”.` : "Type a height, a transaction or block hash, an address, a validator operator address or “proposal N”."}</p>`, q ? 404 : 200);
  });
};

function poolTable(pools: { name: string; label: string; percent: number; address: string; balance: string }[]) {
  return table(["pool", "module account", "genesis share", "balance now"], pools.map((p) => [p.label, p.address ? acl(p.address) : p.name, `${p.percent}%`, btt(p.balance)]));
}

function eventsTable(events: { type: string; attributes: { key: string; value: string }[] }[]) {
  return table(["type", "attributes"], events.map((e) => [e.type, html`<dl class="kv">${e.attributes.map((a) => html`<dt>${a.key}</dt><dd>${eventValue(e.type, String(a.value))}</dd>`)}</dl>`]), "no events");
}

const isCoin = (c: unknown): c is { denom: string; amount: string } => !!c && typeof c === "object" && "denom" in c && "amount" in c;
/** An attribute value; a BTT typed event's values are proto JSON: strings unquoted (addresses linked), coins as amounts. */
function eventValue(type: string, value: string) {
  if (!isBttEventType(type)) return linkify(value);
  let v: unknown;
  try {
    v = JSON.parse(value);
  } catch {
    return linkify(value);
  }
  if (typeof v === "string") return linkify(v);
  if (isCoin(v)) return coin(v);
  if (Array.isArray(v) && v.every(isCoin)) return coins(v);
  if (Array.isArray(v) && v.every((s) => typeof s === "string")) return html`${v.map((s, i) => html`${i ? ", " : ""}${linkify(s)}`)}`;
  return value;
}

function msgBody(body: unknown) {
  if (body && typeof body === "object" && !Array.isArray(body)) {
    const entries = Object.entries(body as Record<string, unknown>);
    return kv(entries.map(([k, v]) => [k, typeof v === "string" ? linkify(v) : Array.isArray(v) && v.every((c) => c && typeof c === "object" && "denom" in c) ? coins(v as never) : html`<code>${JSON.stringify(v)}</code>`]));
  }
  return json(body);
}

/** Uptime from the slashing module's missed-blocks counter over the signing window. */
async function uptimeByPubkey(ctx: ExplorerContext, validators: { operator: string; consensusPubkey?: string }[], missedByCons: Map<string, number>, window: number) {
  const out = new Map<string, string>();
  if (!window) return out;
  const { pubkeyToAddress } = await import("./valcons.js");
  for (const v of validators) {
    if (!v.consensusPubkey) continue;
    const cons = pubkeyToAddress(v.consensusPubkey);
    const missed = missedByCons.get(cons);
    if (missed !== undefined) out.set(v.operator, pct(1 - missed / window));
  }
  return out;
}

/** Search: a height, a tx or block hash, an account, a validator, or "proposal N" / "#N". */
export async function resolve(ctx: ExplorerContext, raw: string): Promise<SearchTarget | undefined> {
  const q = raw.trim();
  for (const search of ctx.searches) {
    const t = await search(q);
    if (t) return t;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(?:proposal\s*|#|p)(\d{1,12})$/i.exec(q))) return { kind: "proposal", id: m[1], page: `/proposals/${m[1]}`, api: `/api/v1/proposals/${m[1]}` };
  if (/^\d{1,15}$/.test(q)) {
    const h = Number(q);
    if (h >= 1 && (await ctx.store.hasBlock(h))) return { kind: "block", id: q, page: `/blocks/${h}`, api: `/api/v1/blocks/${h}` };
    return undefined;
  }
  if (/^[0-9A-Fa-f]{64}$/.test(q)) {
    const hash = q.toUpperCase();
    if (await ctx.store.tx(hash)) return { kind: "tx", id: hash, page: `/txs/${hash}`, api: `/api/v1/txs/${hash}` };
    const h = await ctx.store.blockByHash(hash);
    if (h !== undefined) return { kind: "block", id: String(h), page: `/blocks/${h}`, api: `/api/v1/blocks/${h}` };
    return undefined;
  }
  if (ADDRESS_RE.test(q)) return { kind: "account", id: q, page: `/accounts/${q}`, api: `/api/v1/accounts/${q}` };
  if (VALOPER_RE.test(q)) return { kind: "validator", id: q, page: `/validators/${q}`, api: `/api/v1/validators` };
  return undefined;
}
