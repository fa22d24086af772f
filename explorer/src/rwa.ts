/** x/rwa pages and API: assets with their attestations and valuation history, verifiers, order books and trades. */
import type { FastifyPluginAsync } from "fastify";
import { btt } from "@btt/ts-client";
import { orNotFound } from "./chainquery.js";
import { html, table } from "./html.js";
import { amount, countBy, enumLabel, fieldsKv, rowsTable, unixTime, type Cells } from "./view.js";

const r = btt.rwa.v1;
type Asset = btt.rwa.v1.Asset;
const ID = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] } as const;

const assetStatus = (v: btt.rwa.v1.AssetStatus) => enumLabel(r.assetStatusToJSON(v), "ASSET_STATUS_");
const kind = (v: btt.rwa.v1.AttestationKind) => enumLabel(r.attestationKindToJSON(v), "ATTESTATION_KIND_");
/** An asset with its appraisal as one column ("120000 USD"). */
type AssetRow = Asset & { appraisal: string };
const ASSET: Cells<AssetRow> = {
  assetClass: (v) => enumLabel(r.assetClassToJSON(v), "ASSET_CLASS_"),
  status: assetStatus,
  registeredAt: unixTime,
  tokenizedAt: unixTime,
};
const ATTESTATION: Cells<btt.rwa.v1.Attestation> = { kind, decision: (v) => enumLabel(r.decisionToJSON(v), "DECISION_"), time: unixTime };
const VERIFIER: Cells<btt.rwa.v1.Verifier> = { kinds: (ks) => ks.map(kind).join(", "), addedAt: unixTime };
type ValuationRow = btt.rwa.v1.Valuation & { valuation: string };
const VALUATION: Cells<ValuationRow> = { time: unixTime };
const TRADE: Cells<btt.rwa.v1.Trade> = { price: amount, fee: amount, takerSide: (v) => enumLabel(r.sideToJSON(v), "SIDE_"), time: unixTime };
const ASSET_COLS = ["name", "assetClass", "status", "owner", "jurisdiction", "shareCount", "appraisal", "denom"] as const;
const withAppraisal = (a: Asset): AssetRow => ({ ...a, appraisal: `${a.appraisedValue} ${a.currency}`.trim() });

export const rwaPages: FastifyPluginAsync = async (app) => {
  const ctx = app.explorer;
  ctx.nav.push({ href: "/rwa", label: "RWA" });
  ctx.searches.push(async (q) => {
    const m = /^(?:asset\s*|rwa\/)(\d{1,15})$/i.exec(q);
    return m ? { kind: "asset", id: m[1], page: `/rwa/assets/${m[1]}`, api: `/api/v1/rwa/assets/${m[1]}` } : undefined;
  });
  const q = () => ctx.chain.client.btt.rwa.v1;
  const assets = () => q().assets(r.QueryAssetsRequest.fromPartial({ pagination: { limit: 200n, reverse: true } }));
  const verifiers = () => q().verifiers(r.QueryVerifiersRequest.fromPartial({ pagination: { limit: 200n } }));
  /** The asset with everything recorded about it: valuation history, aggregated book, latest trades. */
  const assetDetail = async (id: number) => {
    const assetId = BigInt(id);
    const { asset } = await orNotFound(q().asset({ id: assetId }), `no asset ${id}`);
    const [valuations, book, trades] = await Promise.all([
      q().valuations(r.QueryValuationsRequest.fromPartial({ assetId, pagination: { limit: 200n } })),
      q().orderBook({ assetId, depth: 50 }),
      q().trades(r.QueryTradesRequest.fromPartial({ assetId, pagination: { limit: 50n, reverse: true } })),
    ]);
    return { asset, valuations: valuations.valuations, book, trades: trades.trades };
  };

  app.get("/api/v1/rwa/assets", { schema: { tags: ["rwa"], summary: "Registered real-world assets, newest first" } }, async () => r.QueryAssetsResponse.toJSON(await assets()));
  app.get("/api/v1/rwa/verifiers", { schema: { tags: ["rwa"], summary: "Verifiers appointed by governance" } }, async () => r.QueryVerifiersResponse.toJSON(await verifiers()));
  app.get<{ Params: { id: number } }>(
    "/api/v1/rwa/assets/:id",
    { schema: { tags: ["rwa"], summary: "One asset with its attestations, valuation history, order book (by price level) and latest trades", params: ID } },
    async (req) => {
      const d = await assetDetail(req.params.id);
      return {
        asset: r.Asset.toJSON(d.asset),
        valuations: d.valuations.map((v) => r.Valuation.toJSON(v)),
        book: r.QueryOrderBookResponse.toJSON(d.book),
        trades: d.trades.map((t) => r.Trade.toJSON(t)),
      };
    },
  );

  app.get("/rwa", { schema: { hide: true } }, async (_req, reply) => {
    const [{ assets: as }, { verifiers: vs }] = await Promise.all([assets(), verifiers()]);
    return ctx.page(
      reply,
      "Real-world assets",
      html`<div class="cards">${[
        ["assets", as.length],
        ["tokenized", as.filter((a) => a.status === r.AssetStatus.ASSET_STATUS_TOKENIZED).length],
        ["verifiers", vs.length],
      ].map(([l, v]) => html`<div class="card"><div class="v">${v}</div><div class="l">${l}</div></div>`)}</div>
<h2>Assets by status</h2>${table(["status", "assets"], countBy(as, (a) => assetStatus(a.status)), "no assets registered")}
<h2>Assets</h2>${rowsTable(as.map(withAppraisal), ASSET_COLS, ASSET, "no assets registered", (a) => html`<a href="/rwa/assets/${a.id}">asset ${a.id}</a>`)}
<h2>Verifiers</h2>${rowsTable(vs, ["address", "name", "kinds", "jurisdictions", "addedAt"], VERIFIER, "no verifiers appointed")}`,
    );
  });

  app.get<{ Params: { id: number } }>("/rwa/assets/:id", { schema: { hide: true, params: ID } }, async (req, reply) => {
    const d = await assetDetail(req.params.id);
    const level = (l: btt.rwa.v1.PriceLevel) => [amount(l.price), l.quantity.toString(), l.orders.toString()];
    return ctx.page(
      reply,
      `Asset ${req.params.id}`,
      html`${fieldsKv(withAppraisal(d.asset), ASSET, ["attestations", "appraisedValue", "currency"])}
<h2>Attestations</h2>${rowsTable(d.asset.attestations, ["verifier", "kind", "decision", "reason", "time"], ATTESTATION, "no attestations yet")}
<h2>Valuation history</h2>${rowsTable(d.valuations.map((v) => ({ ...v, valuation: `${v.value} ${v.currency}` })), ["seq", "valuation", "appraiser", "method", "time", "blockHeight"], VALUATION, "no valuations recorded")}
<h2>Order book (price in BTT per share)</h2>
<div class="cards"><div><h3>Bids</h3>${table(["price", "shares", "orders"], d.book.bids.map(level), "no bids")}</div><div><h3>Asks</h3>${table(["price", "shares", "orders"], d.book.asks.map(level), "no asks")}</div></div>
<h2>Latest trades</h2>${rowsTable(d.trades, ["id", "buyer", "seller", "price", "quantity", "fee", "takerSide", "time", "blockHeight"], TRADE, "no trades yet")}
<p>Each trade settles price × shares in BTT; its fee is split between a burn and the development fund (x/rwa params).</p>`,
    );
  });
};
