/** History pages and API over the stored module state snapshots (src/snapshots.ts): supply, bonded ratio, validator power over heights. */
import type { FastifyPluginAsync } from "fastify";
import { BTT_BECH32_PREFIX_VALOPER, BTT_DENOM } from "@btt/ts-client";
import { NotFoundError } from "./chain.js";
import { btt, html, kv, pager, table, type Safe } from "./html.js";
import { SnapshotStore } from "./snapshots.js";
import { bondedRatioChart, powerChart, supplyChart } from "./charts.js";

const SNAPSHOT_SUMMARY = {
  type: "object",
  properties: {
    height: { type: "integer" },
    time: { type: "string" },
    totalSupply: { type: "string", nullable: true, description: BTT_DENOM },
    bonded: { type: "string", nullable: true, description: BTT_DENOM },
    notBonded: { type: "string", nullable: true, description: BTT_DENOM },
    bondedRatioPercent: { type: "number", nullable: true },
    burned: { type: "string", nullable: true, description: "abtt (x/emissions supply)" },
    circulating: { type: "string", nullable: true, description: "abtt (x/emissions supply)" },
    vestingLocked: { type: "string", nullable: true, description: "abtt (x/emissions supply)" },
    poolsTotal: { type: "string", nullable: true, description: "abtt held by the genesis pools (x/emissions supply)" },
    miningPaid: { type: "string", nullable: true, description: "abtt (x/emissions supply)" },
    validators: { type: "integer", nullable: true },
    bondedValidators: { type: "integer", nullable: true },
    proposals: { type: "integer", nullable: true },
    proposalsVoting: { type: "integer", nullable: true },
    computeNodes: { type: "integer", nullable: true },
    missing: { type: "array", items: { type: "string" }, description: "parts the node did not serve at this height (module absent)" },
    error: { type: "string", nullable: true, description: "set when the node had no state at this height (pruned)" },
  },
} as const;
const SNAPSHOT_DETAIL = {
  type: "object",
  properties: {
    ...SNAPSHOT_SUMMARY.properties,
    validatorSet: {
      type: "array",
      items: {
        type: "object",
        properties: { operator: { type: "string" }, moniker: { type: "string" }, status: { type: "string" }, jailed: { type: "boolean" }, tokens: { type: "string" }, power: { type: "string" }, sharePercent: { type: "number" }, commission: { type: "string" } },
      },
    },
    proposalList: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "integer" },
          title: { type: "string" },
          status: { type: "string" },
          finalTally: { type: "object", properties: { yes: { type: "string" }, no: { type: "string" }, abstain: { type: "string" }, noWithVeto: { type: "string" } } },
        },
      },
    },
    computeNodeList: {
      type: "array",
      items: { type: "object", properties: { operator: { type: "string" }, nodeClass: { type: "string" }, region: { type: "string" }, status: { type: "string" }, stake: { type: "string" }, reputation: { type: "string" } } },
    },
  },
} as const;
const pageOf = (item: object) => ({ type: "object", properties: { items: { type: "array", items: item }, page: { type: "integer" }, limit: { type: "integer" }, total: { type: "integer" } } });
const ERROR = { type: "object", properties: { statusCode: { type: "integer" }, error: { type: "string" }, message: { type: "string" } } } as const;
const PAGING = {
  type: "object",
  properties: { page: { type: "integer", minimum: 1, maximum: 1000000, default: 1 }, limit: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
  additionalProperties: false,
} as const;
const HEIGHT = { type: "object", properties: { height: { type: "integer", minimum: 1, maximum: 9007199254740991 } }, required: ["height"] } as const;
const VALOPER = { type: "object", properties: { operator: { type: "string", pattern: `^${BTT_BECH32_PREFIX_VALOPER}1[02-9ac-hj-np-z]{38,58}$` } }, required: ["operator"] } as const;
type Paging = { page: number; limit: number };

const statusShort = (s: string) => s.replace(/^(BOND_STATUS|PROPOSAL_STATUS|NODE_STATUS|NODE_CLASS)_/, "").toLowerCase();
const pctCell = (v: number | null) => (v === null ? "—" : `${v.toFixed(2)}%`);
const bttCell = (v: string | null) => (v === null ? "—" : btt(v));

export const historyPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/snapshots", label: "History" });
  const snaps = new SnapshotStore(ctx.db);
  const missingSnapshot = async (h: number) => {
    const last = await snaps.recent(1);
    return new NotFoundError(`no state snapshot at height ${h} (snapshots are taken every ${ctx.snapshotter?.stats.every ?? "N"} blocks${last[0] ? `; the latest is at ${last[0].height}` : "; none yet"})`);
  };

  app.get<{ Querystring: Paging }>(
    "/api/v1/snapshots",
    { schema: { tags: ["history"], summary: "Module state snapshots (supply, staking, emissions, counts), newest first", querystring: PAGING, response: { 200: pageOf(SNAPSHOT_SUMMARY), 400: ERROR } } },
    async (req) => snaps.list(req.query.page, req.query.limit),
  );
  app.get<{ Params: { height: number } }>(
    "/api/v1/snapshots/:height",
    { schema: { tags: ["history"], summary: "One snapshot with the validator set (power), gov proposals and compute nodes at that height", params: HEIGHT, response: { 200: SNAPSHOT_DETAIL, 400: ERROR, 404: ERROR } } },
    async (req) => (await snaps.get(req.params.height)) ?? Promise.reject(await missingSnapshot(req.params.height)),
  );
  app.get<{ Params: { operator: string }; Querystring: Paging }>(
    "/api/v1/validators/:operator/history",
    {
      schema: {
        tags: ["history"],
        summary: "A validator's tokens and status in every stored snapshot, newest first",
        params: VALOPER,
        querystring: PAGING,
        response: {
          200: pageOf({ type: "object", properties: { height: { type: "integer" }, time: { type: "string" }, status: { type: "string" }, jailed: { type: "boolean" }, tokens: { type: "string" }, power: { type: "string" } } }),
          400: ERROR,
        },
      },
    },
    async (req) => snaps.validatorHistory(req.params.operator, req.query.page, req.query.limit),
  );

  app.get<{ Querystring: Paging }>("/snapshots", { schema: { hide: true, querystring: PAGING } }, async (req, reply) => {
    const [p, chart] = await Promise.all([snaps.list(req.query.page, req.query.limit), snaps.recent(200)]);
    const s = ctx.snapshotter?.stats;
    return ctx.page(
      reply,
      "History: module state snapshots",
      html`<p>${s ? `A snapshot of the chain's state every ${s.every} blocks, read from the node as of that height.` : "Snapshots are taken by the indexer process."}</p>
<h2>Bonded ratio</h2>${bondedRatioChart(chart)}
<h2>Supply</h2>${supplyChart(chart)}
<h2>Snapshots</h2>${table(
        ["height", "time", "total supply", "bonded ratio", "circulating", "vesting-locked", "burned", "validators (bonded)", "proposals (voting)", "compute nodes", "note"],
        p.items.map((x) => [
          html`<a href="/snapshots/${x.height}">${x.height}</a>`,
          x.time,
          bttCell(x.totalSupply),
          pctCell(x.bondedRatioPercent),
          bttCell(x.circulating),
          bttCell(x.vestingLocked),
          bttCell(x.burned),
          x.validators === null ? "—" : `${x.validators} (${x.bondedValidators})`,
          x.proposals === null ? "—" : `${x.proposals} (${x.proposalsVoting})`,
          x.computeNodes ?? "—",
          x.error ? html`<span class="fail">${x.error}</span>` : x.missing.length ? `not served: ${x.missing.map((m) => m.split(":")[0]).join(", ")}` : "",
        ]),
        "no snapshot yet",
      )}${pager("/snapshots", p.page, p.limit, p.total)}`,
    );
  });

  app.get<{ Params: { height: number } }>("/snapshots/:height", { schema: { hide: true, params: HEIGHT } }, async (req, reply) => {
    const s = await snaps.get(req.params.height);
    if (!s) throw await missingSnapshot(req.params.height);
    return ctx.page(
      reply,
      `State at height ${s.height}`,
      html`${s.error ? html`<p class="warn">${s.error}</p>` : ""}${s.missing.length ? html`<p class="warn">Not served by the node at this height: ${s.missing.join("; ")}</p>` : ""}${kv([
        ["block", html`<a href="/blocks/${s.height}">${s.height}</a> (${s.time})`],
        ["total supply", bttCell(s.totalSupply)],
        ["bonded / not bonded", `${bttCell(s.bonded)} / ${bttCell(s.notBonded)}`],
        ["bonded ratio", pctCell(s.bondedRatioPercent)],
        ["circulating", bttCell(s.circulating)],
        ["vesting-locked", bttCell(s.vestingLocked)],
        ["held by pools", bttCell(s.poolsTotal)],
        ["burned", bttCell(s.burned)],
        ["mining rewards paid", bttCell(s.miningPaid)],
      ])}
<h2>Validator set (${s.validatorSet.length})</h2>${table(
        ["moniker", "operator", "status", "voting power (BTT)", "share", "commission"],
        s.validatorSet.map((v) => [v.moniker, html`<a href="/validators/${v.operator}">${v.operator}</a>`, v.jailed ? html`<span class="fail">jailed</span>` : statusShort(v.status), v.power, `${v.sharePercent.toFixed(2)}%`, v.commission]),
        "no validators in this snapshot",
      )}
<h2>Governance proposals (${s.proposalList.length})</h2>${table(
        ["id", "title", "status", "final tally yes / no / abstain / veto (BTT)"],
        s.proposalList.map((p) => [html`<a href="/proposals/${p.id}">${p.id}</a>`, p.title, statusShort(p.status), html`${btt(p.finalTally.yes)} / ${btt(p.finalTally.no)} / ${btt(p.finalTally.abstain)} / ${btt(p.finalTally.noWithVeto)}`]),
        "no proposals at this height",
      )}
<h2>Compute nodes (${s.computeNodeList.length})</h2>${table(
        ["operator", "class", "region", "status", "stake", "reputation"],
        s.computeNodeList.map((n) => [html`<a href="/accounts/${n.operator}">${n.operator}</a>`, statusShort(n.nodeClass), n.region, statusShort(n.status), btt(n.stake), n.reputation]),
        "no compute nodes at this height",
      )}`,
    );
  });
};
