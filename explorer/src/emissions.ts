/** x/emissions pages and API: the 8-year schedule planned against released (SVG chart), supply breakdown, epoch rewards. */
import type { FastifyPluginAsync } from "fastify";
import { abttToWholeBtt } from "@btt/ts-client";
import { NotFoundError } from "./chain.js";
import type { ExplorerContext } from "./context.js";
import { btt, dec, html, kv, table, type Safe } from "./html.js";

interface ScheduleYear {
  year: number;
  start: string;
  vesting_unlocks: string;
  mining: string;
  milestones: string;
  funds: string;
  total: string;
  seed_percent: number;
  seed_planned: string;
  mining_scheduled: string;
}
interface Schedule {
  genesis_time: string;
  current_year: number;
  years: ScheduleYear[];
}
interface EmSupply {
  total: string;
  burned: string;
  total_plus_burned: string;
  vesting_locked: string;
  pools_total: string;
  circulating: string;
  pools: { name: string; address: string; amount: string }[];
  mining_paid: string;
  fee_split_total: string;
}

const toBtt = (abtt: string) => Number(abttToWholeBtt(abtt || "0"));

/** Grouped bars per year: the seed's planned release, the total actually released, and the mining budget scheduled vs paid. */
export function scheduleChart(s: Schedule): Safe {
  const W = 900, H = 280, left = 70, bottom = 40, top = 20;
  const years = s.years;
  const max = Math.max(1, ...years.flatMap((y) => [toBtt(y.seed_planned), toBtt(y.total), toBtt(y.mining_scheduled)]));
  const slot = (W - left - 10) / Math.max(1, years.length);
  const bw = Math.min(22, slot / 5);
  const yOf = (v: number) => top + (H - top - bottom) * (1 - v / max);
  const series: [keyof ScheduleYear, string, string][] = [
    ["seed_planned", "#9fb3c8", "planned (seed table)"],
    ["total", "#0e3b5c", "released (all sources)"],
    ["mining_scheduled", "#e7c65a", "mining scheduled"],
    ["mining", "#1b7f3b", "mining paid"],
  ];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return html`<svg class="chart" viewBox="0 0 ${W} ${H + 30}" width="100%" role="img" aria-label="Emission schedule: planned against released per year">
${ticks.map((t) => html`<line x1="${left}" x2="${W - 10}" y1="${yOf(t)}" y2="${yOf(t)}" stroke="#e3e7eb"/><text x="${left - 6}" y="${yOf(t) + 4}" text-anchor="end" font-size="11" fill="#5a6570">${(t / 1e6).toFixed(1)}M</text>`)}
${years.map((y, i) => {
  const x0 = left + i * slot + (slot - series.length * bw) / 2;
  return html`<g>${series.map(([k, color, label], j) => {
    const v = toBtt(String(y[k]));
    return html`<rect x="${x0 + j * bw}" y="${yOf(v)}" width="${bw - 2}" height="${Math.max(0, H - bottom - yOf(v))}" fill="${color}"><title>year ${y.year} ${label}: ${v.toLocaleString("en-US")} BTT</title></rect>`;
  })}<text x="${left + i * slot + slot / 2}" y="${H - bottom + 16}" text-anchor="middle" font-size="12" fill="#17202a">${y.year === s.current_year ? `year ${y.year} (now)` : `year ${y.year}`}</text></g>`;
})}
${series.map(([, color, label], j) => html`<rect x="${left + j * 210}" y="${H + 8}" width="12" height="12" fill="${color}"/><text x="${left + j * 210 + 18}" y="${H + 18}" font-size="12" fill="#17202a">${label}</text>`)}
</svg>`;
}

/** x/emissions NodeReward fields in the order the epoch page shows them: LegacyDec score components, abtt payout. */
const NODE_REWARD_DECS = ["uptime", "contribution", "quality", "geography", "energy", "score"] as const;
/** EpochReward fields that are abtt amounts (cosmos.Int). */
const EPOCH_AMOUNTS = new Set(["period_remaining", "budget", "paid", "carried_forward", "reward_cap_per_unit"]);

function nodeRewardsTable(rows: Record<string, unknown>[]): Safe {
  return table(
    ["operator", "compute units", "accepted / rejected", "region", "energy class", ...NODE_REWARD_DECS, "payout", "attested", "capped"],
    rows.map((r) => [
      html`<a href="/accounts/${String(r.operator ?? "")}">${String(r.operator ?? "")}</a>`,
      String(r.compute_units ?? "0"),
      `${String(r.accepted ?? "0")} / ${String(r.rejected ?? "0")}`,
      String(r.region ?? ""),
      String(r.energy_class ?? ""),
      ...NODE_REWARD_DECS.map((k) => dec(r[k])),
      btt(String(r.payout ?? "0")),
      r.attested ? "yes" : "no",
      r.capped ? "yes" : "no",
    ]),
    "no node earned in this epoch",
  );
}

async function currentEpoch(ctx: ExplorerContext, identifier: string): Promise<number | undefined> {
  try {
    return Number((await ctx.rest.get<{ current_epoch: string }>(`/cosmos/epochs/v1beta1/current_epoch?identifier=${encodeURIComponent(identifier)}`)).current_epoch);
  } catch {
    return undefined;
  }
}

async function epochRewards(ctx: ExplorerContext, epoch: number) {
  return ctx.rest.get<{ epoch_reward: Record<string, unknown>; node_rewards: Record<string, unknown>[] }>(`/btt/emissions/v1/epoch_rewards/${epoch}`);
}

export const emissionsPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/emissions", label: "Emissions" });
  const { rest } = ctx;
  const EPOCH = { type: "object", properties: { epoch: { type: "integer", minimum: 1 } }, required: ["epoch"] } as const;

  app.get("/api/v1/emissions/schedule", { schema: { tags: ["emissions"], summary: "The 8-year release schedule: seed plan against released, per year" } }, async () => rest.get<Schedule>("/btt/emissions/v1/schedule"));
  app.get("/api/v1/emissions/supply", { schema: { tags: ["emissions"], summary: "Supply: circulating, vesting-locked, module-held, burned" } }, async () => rest.get<EmSupply>("/btt/emissions/v1/supply"));
  app.get<{ Params: { epoch: number } }>("/api/v1/emissions/epochs/:epoch", { schema: { tags: ["emissions"], summary: "One epoch's mining budget and who earned what", params: EPOCH } }, async (req) => epochRewards(ctx, req.params.epoch));

  app.get("/emissions", { schema: { hide: true } }, async (_req, reply) => {
    const [s, sup, params] = await Promise.all([
      rest.get<Schedule>("/btt/emissions/v1/schedule"),
      rest.get<EmSupply>("/btt/emissions/v1/supply"),
      rest.get<{ params: { epoch_identifier?: string } }>("/btt/emissions/v1/params").catch(() => ({ params: {} as { epoch_identifier?: string } })),
    ]);
    const ident = params.params.epoch_identifier ?? "emissions";
    // Epochs are paid over several blocks (x/emissions payout_records_per_block): show the ones under way.
    const payouts = await rest
      .get<{ payouts?: { epoch: string; phase: string; budget: string; paid: string; node_count: number }[] }>("/btt/emissions/v1/epoch_payouts")
      .then((r) => r.payouts ?? [])
      .catch(() => []);
    const cur = await currentEpoch(ctx, ident);
    const recent: { epoch: number; reward: Record<string, unknown>; nodes: number }[] = [];
    if (cur)
      for (let e = cur; e >= Math.max(1, cur - 9); e--) {
        const r = await epochRewards(ctx, e).catch(() => undefined);
        if (r) recent.push({ epoch: e, reward: r.epoch_reward, nodes: r.node_rewards.length });
      }
    return ctx.page(
      reply,
      "Emissions",
      html`<h2>Release schedule (genesis ${s.genesis_time}, now in year ${s.current_year})</h2>${scheduleChart(s)}
${table(
["year", "starts", "seed plan", "planned", "released (all)", "vesting unlocks", "mining scheduled", "mining paid", "milestones", "fund spends"],
s.years.map((y) => [y.year, y.start.slice(0, 10), `${y.seed_percent}%`, btt(y.seed_planned), btt(y.total), btt(y.vesting_unlocks), btt(y.mining_scheduled), btt(y.mining), btt(y.milestones), btt(y.funds)]),
)}
<h2>Supply</h2>${kv([
["total (bank)", btt(sup.total)],
["burned", btt(sup.burned)],
["total + burned", btt(sup.total_plus_burned)],
["circulating", btt(sup.circulating)],
["vesting-locked", btt(sup.vesting_locked)],
["held by pools", btt(sup.pools_total)],
["mining rewards paid", btt(sup.mining_paid)],
["fee split to the development fund", btt(sup.fee_split_total)],
])}${table(["pool", "address", "balance"], sup.pools.map((p) => [p.name, p.address ? html`<a href="/accounts/${p.address}">${p.address}</a>` : "", btt(p.amount)]))}
<h2>Epoch rewards (${ident} epoch ${cur ?? "?"})</h2>${
recent.length
  ? table(["epoch", "budget", "nodes rewarded", ""], recent.map((r) => [r.epoch, btt(String(r.reward.budget ?? "0")), r.nodes, html`<a href="/emissions/epochs/${r.epoch}">details</a>`]))
  : html`<p class="empty">No epoch has been rewarded yet.</p>`
}${
payouts.length
  ? html`<h2>Payouts in progress</h2>${table(["epoch", "phase", "budget", "paid so far", "nodes"], payouts.map((p) => [p.epoch, p.phase.replace("PAYOUT_PHASE_", "").toLowerCase(), btt(p.budget), btt(p.paid), p.node_count]))}`
  : ""
}`,
    );
  });

  app.get<{ Params: { epoch: number } }>("/emissions/epochs/:epoch", { schema: { hide: true, params: EPOCH } }, async (req, reply) => {
    const r = await epochRewards(ctx, req.params.epoch).catch((e: unknown) => {
      throw e instanceof NotFoundError ? new NotFoundError(`No reward record for epoch ${req.params.epoch}.`) : e;
    });
    const reward = Object.entries(r.epoch_reward).map(
      ([k, v]) => [k.replace(/_/g, " "), EPOCH_AMOUNTS.has(k) ? btt(String(v ?? "0")) : k === "total_score" ? dec(v) : typeof v === "object" ? JSON.stringify(v) : String(v)] as [string, unknown],
    );
    return ctx.page(reply, `Epoch ${req.params.epoch} rewards`, html`${kv(reward)}<h2>Who earned what</h2>${nodeRewardsTable(r.node_rewards)}`);
  });
};
