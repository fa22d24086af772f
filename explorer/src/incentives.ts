/**
 * x/health and x/payfi pages and API: points issued, converted and the community incentives pool's
 * spend against its per-epoch budget (x/health), merchants and invoices (x/payfi). The x/health page
 * is /incentives (/health is the explorer's own liveness endpoint).
 */
import type { FastifyPluginAsync } from "fastify";
import { BTT_BECH32_PREFIX, BTT_DENOM, btt as proto } from "@btt/ts-client";
import { orNotFound } from "./chainquery.js";
import { btt, coin, html, kv, table } from "./html.js";
import { amount, decPct, enumLabel, fieldsKv, plain, rowsTable, unixTime, type Cells } from "./view.js";

const h = proto.health.v1;
const p = proto.payfi.v1;
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;
const ADDRESS = { type: "string", pattern: `^${BTT_BECH32_PREFIX}1[02-9ac-hj-np-z]{38,58}$` } as const;

const source = (v: proto.health.v1.VerificationSource) => enumLabel(h.verificationSourceToJSON(v), "VERIFICATION_SOURCE_");
const EPOCH: Cells<proto.health.v1.EpochConversion> = { rate: amount, budget: amount, spent: amount, startTime: unixTime };
const ACTIVITY_TYPE: Cells<proto.health.v1.ActivityType> = { sources: (ss) => ss.map(source).join(", ") };
const VERIFIER: Cells<proto.health.v1.Verifier> = { kind: source };
const HEALTH_PARAMS: Cells<proto.health.v1.Params> = { epochBudget: amount, maxAbttPerPoint: amount };
type InvoiceRow = proto.payfi.v1.Invoice & { expired?: boolean };
const inDenom = (v: string, i: InvoiceRow) => coin({ denom: i.denom, amount: v || "0" });
const INVOICE: Cells<InvoiceRow> = {
  amount: inDenom,
  discount: amount,
  fee: inDenom,
  refunded: inDenom,
  status: (v) => enumLabel(p.invoiceStatusToJSON(v), "INVOICE_STATUS_"),
  expiresAt: unixTime,
  createdAt: unixTime,
  paidAt: unixTime,
};

export const incentivesPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/incentives", label: "Health points" }, { href: "/payfi", label: "Payments" });
  ctx.searches.push(async (q) => {
    const m = /^invoice\s*(\d{1,15})$/i.exec(q);
    return m ? { kind: "invoice", id: m[1], page: `/payfi/invoices/${m[1]}`, api: `/api/v1/payfi/invoices/${m[1]}` } : undefined;
  });
  const hq = () => ctx.chain.client.btt.health.v1;
  const pq = () => ctx.chain.client.btt.payfi.v1;
  const healthState = async () => {
    const [schedule, types, verifiers, devices, params] = await Promise.all([
      hq().schedule(h.QueryScheduleRequest.fromPartial({ pagination: { limit: 60n, reverse: true } })),
      hq().activityTypes().then((r) => r.activityTypes),
      hq().verifiers().then((r) => r.verifiers),
      hq().devices().then((r) => r.devices),
      hq().params().then((r) => r.params),
    ]);
    return { schedule, activityTypes: types, verifiers, devices, params };
  };
  const merchants = () => pq().merchants(p.QueryMerchantsRequest.fromPartial({ pagination: { limit: 200n } })).then((r) => r.merchants);
  const invoice = (id: number) => orNotFound(pq().invoice({ id: BigInt(id) }), `no invoice ${id}`);

  app.get("/api/v1/health-points", { schema: { tags: ["health"], summary: "x/health: the current epoch's rate, budget and spend, the pool, points issued/matured/pending, recent epochs, activity types, verifiers and devices" } }, async () => {
    const d = await healthState();
    return {
      schedule: h.QueryScheduleResponse.toJSON(d.schedule),
      activityTypes: d.activityTypes.map((t) => h.ActivityType.toJSON(t)),
      verifiers: d.verifiers.map((v) => h.Verifier.toJSON(v)),
      devices: d.devices.map((v) => h.Device.toJSON(v)),
      params: h.Params.toJSON(d.params),
    };
  });
  app.get("/api/v1/payfi/merchants", { schema: { tags: ["payfi"], summary: "Registered merchants" } }, async () => ({ merchants: (await merchants()).map((m) => p.Merchant.toJSON(m)) }));
  app.get<{ Params: { id: number } }>("/api/v1/payfi/invoices/:id", { schema: { tags: ["payfi"], summary: "One invoice", params: ID } }, async (req) => p.QueryInvoiceResponse.toJSON(await invoice(req.params.id)));

  app.get("/incentives", { schema: { hide: true } }, async (_req, reply) => {
    const d = await healthState();
    const s = d.schedule;
    const cur = s.current;
    const spent = BigInt(cur.spent || "0");
    const budget = BigInt(cur.budget || "0");
    const pct = budget > 0n ? Number((spent * 10000n) / budget) / 100 : 0;
    return ctx.page(
      reply,
      "Health incentive points",
      html`<div class="cards">${[
        ["points issued", s.totalPointsIssued.toString()],
        ["points matured (convertible)", s.maturedPoints.toString()],
        ["points pending", s.pendingPoints.toString()],
        ["paid for points", btt(s.totalPaid || "0")],
        ["community pool", btt(s.poolBalance || "0")],
        ["runway at full spend (epochs)", s.epochsToExhaust.toString()],
      ].map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
<h2>Epoch ${cur.epoch ? cur.epoch.toString() : "—"}: pool spend against plan</h2>
${kv([
["rate per point", amount(cur.rate)],
["budget", amount(cur.budget)],
["spent", html`${amount(cur.spent)} (${pct.toFixed(2)}% of the budget)`],
["points outstanding at its start", cur.pointsAtStart.toString()],
["points converted in it", cur.pointsConverted.toString()],
["started", unixTime(cur.startTime)],
["next epoch", unixTime(s.nextEpochStart)],
])}
<p>Conversions are first come, first served at the epoch's rate, fixed at its start so that every point outstanding then can be paid within the budget.</p>
<h2>Recent epochs</h2>${rowsTable(s.epochs, ["epoch", "rate", "budget", "spent", "pointsAtStart", "pointsConverted", "startTime"], EPOCH, "no epoch yet")}
<h2>Activity types</h2>${rowsTable(d.activityTypes, ["code", "description", "points", "sources", "maxPerEpoch", "maxPerYear", "confirmations"], ACTIVITY_TYPE, "no activity types")}
<h2>Verifiers</h2>${rowsTable(d.verifiers, ["address", "kind", "name"], VERIFIER, "no oracle or provider appointed (KYC-credentialed clinics are providers too)")}
<h2>Devices</h2>${rowsTable(d.devices, ["id", "name", "lastNonce", "pubKey"], {}, "no devices registered")}
<h2>Parameters</h2>${fieldsKv(d.params, HEALTH_PARAMS)}`,
    );
  });

  app.get("/payfi", { schema: { hide: true } }, async (_req, reply) => {
    const [ms, { params }] = await Promise.all([merchants(), pq().params()]);
    return ctx.page(
      reply,
      "Payments",
      html`${kv([["development fund share", decPct(params.feeShare)], ["points may pay at most", decPct(params.maxPointsDiscount)]])}
<h2>Merchants</h2>${table(["merchant", "name", "jurisdiction", "settlement", "accepts", "points", "refunds", ""],
        ms.map((m) => [plain(m.address), m.name, m.jurisdiction, plain(m.settlementAddress), [BTT_DENOM, ...m.acceptedDenoms].join(", "), m.acceptsPoints ? "yes" : "no",
          m.refundPolicy?.refundable ? "yes" : "no", html`<a href="/payfi/merchants/${m.address}">invoices</a>`]),
        "no merchants registered")}
<p>Search <code>invoice N</code> for one invoice.</p>`,
    );
  });

  app.get<{ Params: { address: string } }>("/payfi/merchants/:address", { schema: { hide: true, params: { type: "object", properties: { address: ADDRESS }, required: ["address"] } } }, async (req, reply) => {
    const { invoices } = await pq().merchantInvoices(p.QueryMerchantInvoicesRequest.fromPartial({ merchant: req.params.address, pagination: { limit: 200n, reverse: true } }));
    return ctx.page(reply, `Invoices of ${req.params.address}`,
      rowsTable(invoices, ["amount", "denom", "reference", "status", "payer", "fee", "discount", "refunded", "expiresAt"], INVOICE, "no invoices",
        (i) => html`<a href="/payfi/invoices/${i.id}">invoice ${i.id}</a>`));
  });

  app.get<{ Params: { id: number } }>("/payfi/invoices/:id", { schema: { hide: true, params: ID } }, async (req, reply) => {
    const { invoice: inv, expired } = await invoice(req.params.id);
    return ctx.page(reply, `Invoice ${req.params.id}`, html`${fieldsKv<InvoiceRow>({ ...inv, expired }, INVOICE)}
<p>A paid invoice credited the merchant amount − fee; the payer paid amount − discount and the community incentives pool the discount (x/health points).</p>`);
  });
};
