/** x/rwa pages and API: assets with their attestations and valuation history, verifiers, order books and trades. */
import type { FastifyPluginAsync } from "fastify";
import { NotFoundError } from "./chain.js";
import { html, table } from "./html.js";
import { fieldView, unixTime, type Obj } from "./fields.js";

const { val, objKv, rowsTable, countBy } = fieldView({
  bytes: /sha256$/,
  amounts: /^(price|fee|tokenize_fee)$/,
  enums: /^(ASSET_CLASS|ASSET_STATUS|ATTESTATION_KIND|DECISION|SIDE)_/,
});
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;
const TIMES = ["added_at", "issued_at", "expires_at", "registered_at", "tokenized_at", "placed_at", "time"];
/** Unix-second fields as ISO times, so that tables read as dates. */
function timed(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, TIMES.includes(k) ? unixTime(v) : v]));
}
const ASSET_COLS = ["name", "asset_class", "status", "owner", "jurisdiction", "share_count", "appraisal", "denom"];
const withAppraisal = (a: Obj): Obj => ({ ...a, appraisal: `${String(a.appraised_value ?? "")} ${String(a.currency ?? "")}`.trim() });

export const rwaPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/rwa", label: "RWA" });
  ctx.searches.push(async (q) => {
    const m = /^(?:asset\s*|rwa\/)(\d{1,15})$/i.exec(q);
    return m ? { kind: "asset", id: m[1], page: `/rwa/assets/${m[1]}`, api: `/api/v1/rwa/assets/${m[1]}` } : undefined;
  });
  const { rest } = ctx;
  const assets = () => rest.get<{ assets: Obj[] }>("/btt/rwa/v1/assets?pagination.limit=200&pagination.reverse=true").then((r) => r.assets);
  const verifiers = () => rest.get<{ verifiers: Obj[] }>("/btt/rwa/v1/verifiers?pagination.limit=200").then((r) => r.verifiers);
  const asset = (id: number) =>
    rest.get<{ asset: Obj }>(`/btt/rwa/v1/assets/${id}`).then(
      (r) => r.asset,
      (e: unknown) => Promise.reject(e instanceof NotFoundError ? new NotFoundError(`no asset ${id}`) : e),
    );
  /** The asset with everything recorded about it: valuation history, aggregated book, latest trades. */
  const assetDetail = async (id: number) => {
    const a = await asset(id);
    const [valuations, book, trades] = await Promise.all([
      rest.get<{ valuations: Obj[] }>(`/btt/rwa/v1/assets/${id}/valuations?pagination.limit=200`).then((r) => r.valuations),
      rest.get<{ bids: Obj[]; asks: Obj[] }>(`/btt/rwa/v1/assets/${id}/book?depth=50`),
      rest.get<{ trades: Obj[] }>(`/btt/rwa/v1/assets/${id}/trades?pagination.limit=50&pagination.reverse=true`).then((r) => r.trades),
    ]);
    return { asset: a, valuations, book: { bids: book.bids ?? [], asks: book.asks ?? [] }, trades };
  };

  app.get("/api/v1/rwa/assets", { schema: { tags: ["rwa"], summary: "Registered real-world assets, newest first" } }, async () => ({ assets: await assets() }));
  app.get("/api/v1/rwa/verifiers", { schema: { tags: ["rwa"], summary: "Verifiers appointed by governance" } }, async () => ({ verifiers: await verifiers() }));
  app.get<{ Params: { id: number } }>(
    "/api/v1/rwa/assets/:id",
    { schema: { tags: ["rwa"], summary: "One asset with its attestations, valuation history, order book (by price level) and latest trades", params: ID } },
    async (req) => assetDetail(req.params.id),
  );

  app.get("/rwa", { schema: { hide: true } }, async (_req, reply) => {
    const [as, vs] = await Promise.all([assets(), verifiers()]);
    return ctx.page(
      reply,
      "Real-world assets",
      html`<div class="cards">${[
        ["assets", as.length],
        ["tokenized", as.filter((a) => a.status === "ASSET_STATUS_TOKENIZED").length],
        ["verifiers", vs.length],
      ].map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
<h2>Assets by status</h2>${table(["status", "assets"], countBy(as, "status"), "no assets registered")}
<h2>Assets</h2>${rowsTable(as.map(withAppraisal), ASSET_COLS, "no assets registered", (a) => html`<a href="/rwa/assets/${String(a.id)}">asset ${String(a.id)}</a>`)}
<h2>Verifiers</h2>${rowsTable(vs.map(timed), ["address", "name", "kinds", "jurisdictions", "added_at"], "no verifiers appointed")}`,
    );
  });

  app.get<{ Params: { id: number } }>("/rwa/assets/:id", { schema: { hide: true, params: ID } }, async (req, reply) => {
    const d = await assetDetail(req.params.id);
    const level = (l: Obj) => [val("price", l.price), String(l.quantity ?? ""), String(l.orders ?? "")];
    return ctx.page(
      reply,
      `Asset ${req.params.id}`,
      html`${objKv(timed(withAppraisal(d.asset)), ["attestations", "appraised_value", "currency"])}
<h2>Attestations</h2>${rowsTable(((d.asset.attestations ?? []) as Obj[]).map(timed), ["verifier", "kind", "decision", "reason", "time"], "no attestations yet")}
<h2>Valuation history</h2>${rowsTable(d.valuations.map((v) => timed({ ...v, valuation: `${String(v.value ?? "")} ${String(v.currency ?? "")}` })), ["seq", "valuation", "appraiser", "method", "time", "block_height"], "no valuations recorded")}
<h2>Order book (price in BTT per share)</h2>
<div class="cards"><div><h3>Bids</h3>${table(["price", "shares", "orders"], d.book.bids.map(level), "no bids")}</div><div><h3>Asks</h3>${table(["price", "shares", "orders"], d.book.asks.map(level), "no asks")}</div></div>
<h2>Latest trades</h2>${rowsTable(d.trades.map(timed), ["id", "buyer", "seller", "price", "quantity", "fee", "taker_side", "time", "block_height"], "no trades yet")}
<p>Each trade settles price × shares in BTT; its fee is split between a burn and the development fund (x/rwa params).</p>`,
    );
  });
};
