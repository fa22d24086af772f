/**
 * x/health and x/payfi pages and API: points issued, converted and the community incentives pool's
 * spend against its per-epoch budget (x/health), merchants and invoices (x/payfi). The x/health page
 * is /incentives (/health is the explorer's own liveness endpoint).
 */
import type { FastifyPluginAsync } from "fastify";
import { NotFoundError } from "./chain.js";
import { btt, html, kv, table } from "./html.js";
import { fieldView, unixTime, decPct, type Obj } from "./fields.js";

const { val, objKv, rowsTable } = fieldView({
  bytes: /^pub_key$/,
  amounts: /^(rate|budget|spent|epoch_budget|max_abtt_per_point|amount|discount|fee|refunded|pool_balance|total_paid|value)$/,
  enums: /^(VERIFICATION_SOURCE|INVOICE_STATUS)_/,
});
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;
const TIMES = ["start_time", "expires_at", "created_at", "paid_at", "recorded_at"];
function timed(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, TIMES.includes(k) ? unixTime(v) : v]));
}

interface Schedule {
  current: Obj;
  pool_balance: string;
  epochs_to_exhaust: string;
  matured_points: string;
  pending_points: string;
  total_paid: string;
  total_points_issued: string;
  epochs: Obj[];
  next_epoch_start: string;
}

export const incentivesPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/incentives", label: "Health points" }, { href: "/payfi", label: "Payments" });
  ctx.searches.push(async (q) => {
    const m = /^invoice\s*(\d{1,15})$/i.exec(q);
    return m ? { kind: "invoice", id: m[1], page: `/payfi/invoices/${m[1]}`, api: `/api/v1/payfi/invoices/${m[1]}` } : undefined;
  });
  const { rest } = ctx;
  const schedule = () => rest.get<Schedule>("/btt/health/v1/schedule?pagination.limit=60&pagination.reverse=true");
  const healthState = async () => {
    const [s, types, verifiers, devices, params] = await Promise.all([
      schedule(),
      rest.get<{ activity_types: Obj[] }>("/btt/health/v1/activity_types").then((r) => r.activity_types ?? []),
      rest.get<{ verifiers: Obj[] }>("/btt/health/v1/verifiers").then((r) => r.verifiers ?? []),
      rest.get<{ devices: Obj[] }>("/btt/health/v1/devices").then((r) => r.devices ?? []),
      rest.get<{ params: Obj }>("/btt/health/v1/params").then((r) => r.params),
    ]);
    return { schedule: s, activity_types: types, verifiers, devices, params };
  };
  const merchants = () => rest.get<{ merchants: Obj[] }>("/btt/payfi/v1/merchants?pagination.limit=200").then((r) => r.merchants ?? []);
  const invoice = (id: number) =>
    rest.get<{ invoice: Obj; expired: boolean }>(`/btt/payfi/v1/invoices/${id}`).then(
      (r) => r,
      (e: unknown) => Promise.reject(e instanceof NotFoundError ? new NotFoundError(`no invoice ${id}`) : e),
    );

  app.get("/api/v1/health-points", { schema: { tags: ["health"], summary: "x/health: the current epoch's rate, budget and spend, the pool, points issued/matured/pending, recent epochs, activity types, verifiers and devices" } }, async () => healthState());
  app.get("/api/v1/payfi/merchants", { schema: { tags: ["payfi"], summary: "Registered merchants" } }, async () => ({ merchants: await merchants() }));
  app.get<{ Params: { id: number } }>("/api/v1/payfi/invoices/:id", { schema: { tags: ["payfi"], summary: "One invoice", params: ID } }, async (req) => invoice(req.params.id));

  app.get("/incentives", { schema: { hide: true } }, async (_req, reply) => {
    const d = await healthState();
    const s = d.schedule;
    const cur = s.current ?? {};
    const spent = BigInt(String(cur.spent ?? "0"));
    const budget = BigInt(String(cur.budget ?? "0"));
    const pct = budget > 0n ? Number((spent * 10000n) / budget) / 100 : 0;
    return ctx.page(
      reply,
      "Health incentive points",
      html`<div class="cards">${[
        ["points issued", s.total_points_issued ?? "0"],
        ["points matured (convertible)", s.matured_points ?? "0"],
        ["points pending", s.pending_points ?? "0"],
        ["paid for points", btt(s.total_paid ?? "0")],
        ["community pool", btt(s.pool_balance ?? "0")],
        ["runway at full spend (epochs)", s.epochs_to_exhaust ?? "0"],
      ].map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
<h2>Epoch ${String(cur.epoch ?? "—")}: pool spend against plan</h2>
${kv([
["rate per point", val("rate", cur.rate)],
["budget", val("budget", cur.budget)],
["spent", html`${val("spent", cur.spent)} (${pct.toFixed(2)}% of the budget)`],
["points outstanding at its start", String(cur.points_at_start ?? "0")],
["points converted in it", String(cur.points_converted ?? "0")],
["started", unixTime(cur.start_time)],
["next epoch", unixTime(s.next_epoch_start)],
])}
<p>Conversions are first come, first served at the epoch's rate, fixed at its start so that every point outstanding then can be paid within the budget.</p>
<h2>Recent epochs</h2>${rowsTable((s.epochs ?? []).map(timed), ["epoch", "rate", "budget", "spent", "points_at_start", "points_converted", "start_time"], "no epoch yet")}
<h2>Activity types</h2>${rowsTable(d.activity_types, ["code", "description", "points", "sources", "max_per_epoch", "max_per_year", "confirmations"], "no activity types")}
<h2>Verifiers</h2>${rowsTable(d.verifiers, ["address", "kind", "name"], "no oracle or provider appointed (KYC-credentialed clinics are providers too)")}
<h2>Devices</h2>${rowsTable(d.devices, ["id", "name", "last_nonce", "pub_key"], "no devices registered")}
<h2>Parameters</h2>${objKv(d.params)}`,
    );
  });

  app.get("/payfi", { schema: { hide: true } }, async (_req, reply) => {
    const ms = await merchants();
    const params = (await rest.get<{ params: Obj }>("/btt/payfi/v1/params")).params;
    return ctx.page(
      reply,
      "Payments",
      html`${kv([["development fund share", decPct(params.fee_share)], ["points may pay at most", decPct(params.max_points_discount)]])}
<h2>Merchants</h2>${table(["merchant", "name", "jurisdiction", "settlement", "accepts", "points", "refunds", ""],
        ms.map((m) => [val("address", m.address), String(m.name ?? ""), String(m.jurisdiction ?? ""), val("settlement_address", m.settlement_address),
          ["abtt", ...((m.accepted_denoms as string[] | undefined) ?? [])].join(", "), m.accepts_points ? "yes" : "no",
          (m.refund_policy as Obj | undefined)?.refundable ? "yes" : "no", html`<a href="/payfi/merchants/${String(m.address)}">invoices</a>`]),
        "no merchants registered")}
<p>Search <code>invoice N</code> for one invoice.</p>`,
    );
  });

  app.get<{ Params: { address: string } }>("/payfi/merchants/:address", { schema: { hide: true, params: { type: "object", properties: { address: { type: "string", pattern: "^btt1[02-9ac-hj-np-z]{38,58}$" } }, required: ["address"] } } }, async (req, reply) => {
    const invs = (await rest.get<{ invoices: Obj[] }>(`/btt/payfi/v1/merchants/${req.params.address}/invoices?pagination.limit=200&pagination.reverse=true`)).invoices ?? [];
    return ctx.page(reply, `Invoices of ${req.params.address}`,
      rowsTable(invs.map(timed), ["amount", "denom", "reference", "status", "payer", "fee", "discount", "refunded", "expires_at"], "no invoices",
        (i) => html`<a href="/payfi/invoices/${String(i.id)}">invoice ${String(i.id)}</a>`));
  });

  app.get<{ Params: { id: number } }>("/payfi/invoices/:id", { schema: { hide: true, params: ID } }, async (req, reply) => {
    const { invoice: inv, expired } = await invoice(req.params.id);
    return ctx.page(reply, `Invoice ${req.params.id}`, html`${objKv(timed({ ...inv, expired }))}
<p>A paid invoice credited the merchant amount − fee; the payer paid amount − discount and the community incentives pool the discount (x/health points).</p>`);
  });
};
