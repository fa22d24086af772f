/** HTML by tagged template: every interpolated value is escaped unless it is already Safe HTML. */
import { BTT_DENOM, formatBtt } from "@btt/ts-client";

export class Safe {
  constructor(readonly s: string) {}
  toString(): string {
    return this.s;
  }
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };
export function esc(v: unknown): string {
  return String(v ?? "").replace(/[&<>"'`]/g, (c) => ESC[c]);
}

function part(v: unknown): string {
  if (v instanceof Safe) return v.s;
  if (Array.isArray(v)) return v.map(part).join("");
  if (v === undefined || v === null || v === false) return "";
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...vals: unknown[]): Safe {
  let out = strings[0];
  for (let i = 0; i < vals.length; i++) out += part(vals[i]) + strings[i + 1];
  return new Safe(out);
}

export function raw(s: string): Safe {
  return new Safe(s);
}

/** Decimals an amount in BTT is shown with; the exact value is in the element's title (hover). */
export const BTT_DISPLAY_DIGITS = 4;

/**
 * An abtt amount in BTT, rounded to BTT_DISPLAY_DIGITS decimals and grouped by thousands: "1,234.5679 BTT",
 * as `<span title="1,234.567890123456789 BTT">` when rounding changed it, so that the exact value is one hover away.
 */
export function btt(abtt: string | bigint): Safe {
  const exact = formatBtt(abtt, { groupSeparator: "," });
  const shown = formatBtt(abtt, { groupSeparator: ",", digits: BTT_DISPLAY_DIGITS });
  return shown === exact ? html`${exact}` : html`<span class="amount" title="${exact}">${shown}</span>`;
}

/**
 * A LegacyDec ("0.123456789012345678") rounded to `digits` decimals without trailing zeros, as
 * `<span title="exact">` when rounding changed it.
 */
export function dec(v: unknown, digits = BTT_DISPLAY_DIGITS): Safe {
  const exact = String(v ?? "");
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact);
  if (!m) return html`${exact}`;
  const [, sign, whole, frac = ""] = m;
  const scale = 10n ** BigInt(frac.length);
  const unit = frac.length > digits ? 10n ** BigInt(frac.length - digits) : 1n;
  const n = ((BigInt(whole) * scale + BigInt(frac || "0") + unit / 2n) / unit) * unit;
  const w = (n / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const f = frac.length ? (n % scale).toString().padStart(frac.length, "0").slice(0, digits).replace(/0+$/, "") : "";
  const shown = `${sign}${f ? `${w}.${f}` : w}`;
  const trimmed = frac.replace(/0+$/, "");
  return trimmed.length <= digits ? html`${shown}` : html`<span class="amount" title="${exact}">${shown}</span>`;
}

/** An amount of abtt in BTT (see btt), "<amount> <denom>" of any other denom. */
export function coin(c: { denom: string; amount: string } | undefined): Safe {
  if (!c) return html`0 BTT`;
  if (c.denom === BTT_DENOM) return btt(c.amount);
  return html`${c.amount} ${c.denom}`;
}
export function coins(cs: { denom: string; amount: string }[] | undefined): Safe {
  return cs && cs.length ? html`${cs.map((c, i) => html`${i ? ", " : ""}${coin(c)}`)}` : html`0 BTT`;
}
export function short(s: string, n = 10): string {
  return s.length > 2 * n + 1 ? `${s.slice(0, n)}…${s.slice(-n)}` : s;
}
export function ago(iso: string | undefined, now = Date.now()): string {
  if (!iso) return "";
  const s = Math.round((now - Date.parse(iso)) / 1000);
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

export interface NavItem {
  href: string;
  label: string;
}

export function layout(title: string, nav: NavItem[], body: Safe, chainId = ""): string {
  return (
    "<!doctype html>\n" +
    html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · BTT explorer</title><link rel="stylesheet" href="/static/style.css"></head>
<body><header><a class="brand" href="/">BTT explorer</a><span class="chain">${chainId}</span>
<nav>${nav.map((n) => html`<a href="${n.href}">${n.label}</a>`)}</nav>
<form class="search" method="get" action="/search"><input name="q" placeholder="height, tx hash, address, validator, proposal N" aria-label="search"><button type="submit">Search</button></form></header>
<main><h1>${title}</h1>${body}</main><footer>BTT chain explorer · <a href="/api/docs/openapi.json">API (OpenAPI)</a> · <a href="/health">health</a> · <a href="/metrics">metrics</a></footer></body></html>`.s
  );
}

export function table(headers: string[], rows: unknown[][], empty = "nothing yet"): Safe {
  if (!rows.length) return html`<p class="empty">${empty}</p>`;
  return html`<table><thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

export function kv(rows: [string, unknown][]): Safe {
  return html`<dl class="kv">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

export function pager(base: string, page: number, limit: number, total: number): Safe {
  const pages = Math.max(1, Math.ceil(total / limit));
  const link = (p: number, label: string) => html`<a href="${base}?page=${p}&limit=${limit}">${label}</a>`;
  return html`<p class="pager">${page > 1 ? link(page - 1, "← newer") : ""} page ${page} of ${pages} ${page < pages ? link(page + 1, "older →") : ""}</p>`;
}

export function json(v: unknown): Safe {
  return html`<pre class="json">${JSON.stringify(v, null, 2)}</pre>`;
}

export const CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#17202a;background:#f4f6f8}
header{display:flex;flex-wrap:wrap;align-items:center;gap:16px;padding:10px 20px;background:#0e3b5c;color:#fff}
header a{color:#fff;text-decoration:none}.brand{font-weight:700;font-size:18px}.chain{opacity:.7;font-size:12px}
nav{display:flex;gap:14px;flex-wrap:wrap}nav a:hover{text-decoration:underline}
.search{margin-left:auto;display:flex;gap:4px}.search input{width:320px;padding:5px 8px;border:0;border-radius:4px}
.search button{padding:5px 10px;border:0;border-radius:4px;background:#3aa0d8;color:#fff;cursor:pointer}
main{max-width:1200px;margin:0 auto;padding:10px 20px 40px}h1{font-size:22px}h2{font-size:17px;margin-top:28px}
table{width:100%;border-collapse:collapse;background:#fff;margin:8px 0}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e7eb;vertical-align:top;overflow-wrap:anywhere}
th{background:#eaeef2;font-weight:600}a{color:#0b6aa2}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px}.card{background:#fff;padding:12px;border-radius:6px;border:1px solid #e3e7eb}
.card .v{font-size:20px;font-weight:600}.card .l{color:#5a6570;font-size:12px}
dl.kv{display:grid;grid-template-columns:220px 1fr;background:#fff;border:1px solid #e3e7eb;margin:8px 0}
dl.kv dt,dl.kv dd{margin:0;padding:6px 8px;border-bottom:1px solid #eef1f4;word-break:break-all}dl.kv dt{color:#5a6570}
pre.json{background:#fff;border:1px solid #e3e7eb;padding:10px;overflow:auto;max-height:480px;font-size:12px}
.ok{color:#1b7f3b}.fail{color:#b3261e}.empty{color:#5a6570}.pager a{margin:0 8px}.warn{background:#fff4d6;border:1px solid #e7c65a;padding:8px}
.amount{text-decoration:underline dotted;cursor:help}
footer{text-align:center;color:#5a6570;padding:20px}
`;
