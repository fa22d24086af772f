/** x/emissions pages and API: the 8-year schedule planned against released (SVG chart), supply breakdown, epoch rewards. */
import type { FastifyPluginAsync } from "fastify";
import { abttToWholeBtt, btt as proto } from "@btt/ts-client";
import { orNotFound } from "./chainquery.js";
import type { ExplorerContext } from "./context.js";
import { btt, dec, html, kv, table, type Safe } from "./html.js";
import { amount, enumLabel, fieldsKv, timestamp, type Cells } from "./view.js";

const e = proto.emissions.v1;
type Schedule = proto.emissions.v1.QueryScheduleResponse;
type ScheduleYear = proto.emissions.v1.ScheduleYear;
type NodeReward = proto.emissions.v1.NodeReward;

const toBtt = (abtt: string) => Number(abttToWholeBtt(abtt || "0"));

/** Grouped bars per year: the seed's planned release, the total actually released, and the mining budget scheduled vs paid. */
export function scheduleChart(s: Schedule): Safe {
  const W = 900, H = 280, left = 70, bottom = 40, top = 20;
  const years = s.years;
  const max = Math.max(1, ...years.flatMap((y) => [toBtt(y.seedPlanned), toBtt(y.total), toBtt(y.miningScheduled)]));
  const slot = (W - left - 10) / Math.max(1, years.length);
  const bw = Math.min(22, slot / 5);
  const yOf = (v: number) => top + (H - top - bottom) * (1 - v / max);
  const series: [(y: ScheduleYear) => string, string, string][] = [
    [(y) => y.seedPlanned, "#9fb3c8", "planned (seed table)"],
    [(y) => y.total, "#0e3b5c", "released (all sources)"],
    [(y) => y.miningScheduled, "#e7c65a", "mining scheduled"],
    [(y) => y.mining, "#1b7f3b", "mining paid"],
  ];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return html`<svg class="chart" viewBox="0 0 ${W} ${H + 30}" width="100%" role="img" aria-label="Emission schedule: planned against released per year">
${ticks.map((t) => html`<line x1="${left}" x2="${W - 10}" y1="${yOf(t)}" y2="${yOf(t)}" stroke="#e3e7eb"/><text x="${left - 6}" y="${yOf(t) + 4}" text-anchor="end" font-size="11" fill="#5a6570">${(t / 1e6).toFixed(1)}M</text>`)}
${years.map((y, i) => {
  const x0 = left + i * slot + (slot - series.length * bw) / 2;
  return html`<g>${series.map(([of, color, label], j) => {
    const v = toBtt(of(y));
    return html`<rect x="${x0 + j * bw}" y="${yOf(v)}" width="${bw - 2}" height="${Math.max(0, H - bottom - yOf(v))}" fill="${color}"><title>year ${y.year} ${label}: ${v.toLocaleString("en-US")} BTT</title></rect>`;
  })}<text x="${left + i * slot + slot / 2}" y="${H - bottom + 16}" text-anchor="middle" font-size="12" fill="#17202a">${y.year === s.currentYear ? `year ${y.year} (now)` : `year ${y.year}`}</text></g>`;
})}
${series.map(([, color, label], j) => html`<rect x="${left + j * 210}" y="${H + 8}" width="12" height="12" fill="${color}"/><text x="${left + j * 210 + 18}" y="${H + 18}" font-size="12" fill="#17202a">${label}</text>`)}
</svg>`;
}

/** x/emissions NodeReward score components (LegacyDec) in the order the epoch page shows them. */
const NODE_REWARD_DECS = ["uptime", "contribution", "quality", "geography", "energy", "score"] as const;

function nodeRewardsTable(rows: NodeReward[]): Safe {
  return table(
    ["operator", "compute units", "accepted / rejected", "region", "energy class", ...NODE_REWARD_DECS, "payout", "attested", "capped"],
    rows.map((r) => [
      html`<a href="/accounts/${r.operator}">${r.operator}</a>`,
      r.computeUnits.toString(),
      `${r.accepted} / ${r.rejected}`,
      r.region,
      r.energyClass,
      ...NODE_REWARD_DECS.map((k) => dec(r[k])),
      btt(r.payout || "0"),
      r.attested ? "yes" : "no",
      r.capped ? "yes" : "no",
    ]),
    "no node earned in this epoch",
  );
}

const EPOCH_REWARD: Cells<proto.emissions.v1.EpochReward> = {
  periodRemaining: amount,
  budget: amount,
  paid: amount,
  carriedForward: amount,
  rewardCapPerUnit: amount,
  totalScore: (v) => dec(v),
};

async function currentEpoch(ctx: ExplorerContext, identifier: string): Promise<number | undefined> {
  return ctx.chain.client.epochs.CurrentEpoch({ identifier }).then((r) => Number(r.currentEpoch), () => undefined);
}

const epochRewards = (ctx: ExplorerContext, epoch: number) =>
  orNotFound(ctx.chain.client.btt.emissions.v1.epochRewards({ epoch: BigInt(epoch) }), `No reward record for epoch ${epoch}.`);

export const emissionsPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/emissions", label: "Emissions" });
  const q = () => ctx.chain.client.btt.emissions.v1;
  const EPOCH = { type: "object", properties: { epoch: { type: "integer", minimum: 1 } }, required: ["epoch"] } as const;

  app.get("/api/v1/emissions/schedule", { schema: { tags: ["emissions"], summary: "The 8-year release schedule: seed plan against released, per year" } }, async () => e.QueryScheduleResponse.toJSON(await q().schedule()));
  app.get("/api/v1/emissions/supply", { schema: { tags: ["emissions"], summary: "Supply: circulating, vesting-locked, module-held, burned" } }, async () => e.QuerySupplyResponse.toJSON(await q().supply()));
  app.get<{ Params: { epoch: number } }>("/api/v1/emissions/epochs/:epoch", { schema: { tags: ["emissions"], summary: "One epoch's mining budget and who earned what", params: EPOCH } }, async (req) =>
    e.QueryEpochRewardsResponse.toJSON(await epochRewards(ctx, req.params.epoch)),
  );

  app.get("/emissions", { schema: { hide: true } }, async (_req, reply) => {
    const [s, sup, ident] = await Promise.all([q().schedule(), q().supply(), q().params().then((r) => r.params.epochIdentifier || "emissions", () => "emissions")]);
    // Epochs are paid over several blocks (x/emissions payout_records_per_block): show the ones under way.
    const payouts = await q().epochPayouts().then((r) => r.payouts, () => []);
    const cur = await currentEpoch(ctx, ident);
    const recent: { epoch: number; budget: string; nodes: number }[] = [];
    if (cur)
      for (let n = cur; n >= Math.max(1, cur - 9); n--) {
        const r = await epochRewards(ctx, n).catch(() => undefined);
        if (r) recent.push({ epoch: n, budget: r.epochReward.budget, nodes: r.nodeRewards.length });
      }
    return ctx.page(
      reply,
      "Emissions",
      html`<h2>Release schedule (genesis ${timestamp(s.genesisTime)}, now in year ${s.currentYear})</h2>${scheduleChart(s)}
${table(
["year", "starts", "seed plan", "planned", "released (all)", "vesting unlocks", "mining scheduled", "mining paid", "milestones", "fund spends"],
s.years.map((y) => [y.year, timestamp(y.start).slice(0, 10), `${y.seedPercent}%`, btt(y.seedPlanned), btt(y.total), btt(y.vestingUnlocks), btt(y.miningScheduled), btt(y.mining), btt(y.milestones), btt(y.funds)]),
)}
<h2>Supply</h2>${kv([
["total (bank)", btt(sup.total)],
["burned", btt(sup.burned)],
["total + burned", btt(sup.totalPlusBurned)],
["circulating", btt(sup.circulating)],
["vesting-locked", btt(sup.vestingLocked)],
["held by pools", btt(sup.poolsTotal)],
["mining rewards paid", btt(sup.miningPaid)],
["fee split to the development fund", btt(sup.feeSplitTotal)],
])}${table(["pool", "address", "balance"], sup.pools.map((p) => [p.name, p.address ? html`<a href="/accounts/${p.address}">${p.address}</a>` : "", btt(p.amount)]))}
<h2>Epoch rewards (${ident} epoch ${cur ?? "?"})</h2>${
recent.length
  ? table(["epoch", "budget", "nodes rewarded", ""], recent.map((r) => [r.epoch, btt(r.budget || "0"), r.nodes, html`<a href="/emissions/epochs/${r.epoch}">details</a>`]))
  : html`<p class="empty">No epoch has been rewarded yet.</p>`
}${
payouts.length
  ? html`<h2>Payouts in progress</h2>${table(["epoch", "phase", "budget", "paid so far", "nodes"], payouts.map((p) => [p.epoch.toString(), enumLabel(e.payoutPhaseToJSON(p.phase), "PAYOUT_PHASE_").toLowerCase(), btt(p.budget), btt(p.paid), p.nodeCount]))}`
  : ""
}`,
    );
  });

  app.get<{ Params: { epoch: number } }>("/emissions/epochs/:epoch", { schema: { hide: true, params: EPOCH } }, async (req, reply) => {
    const r = await epochRewards(ctx, req.params.epoch);
    return ctx.page(reply, `Epoch ${req.params.epoch} rewards`, html`${fieldsKv(r.epochReward, EPOCH_REWARD)}<h2>Who earned what</h2>${nodeRewardsTable(r.nodeRewards)}`);
  });
};
