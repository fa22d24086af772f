/**
 * Rendering of the generated ts-client message types (chain module objects as the typed query clients decode
 * them): each page names, per typed field, how a value shows (an amount in BTT, an enum without its prefix, a
 * time); anything it does not name shows by its runtime type (bytes as hex, 64-bit integers as decimals,
 * addresses linked, timestamps as ISO times).
 */
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BTT_BECH32_PREFIX } from "@btt/ts-client";
import { btt, html, kv, Safe, table } from "./html.js";
import { timestampIso } from "./chainquery.js";

/** How each field of T shows; a field left out shows by its runtime type (see `plain`). */
export type Cells<T> = { [K in keyof T]?: (v: T[K], row: T) => unknown };

const ADDRESS = new RegExp(`^${BTT_BECH32_PREFIX}1[02-9ac-hj-np-z]{38,58}$`);

/** A typed value by its runtime type: bytes as hex, bigint as decimal, an address as a link, a Timestamp as an ISO time. */
export function plain(v: unknown): unknown {
  if (v === null || v === undefined || v === "") return "";
  if (v instanceof Safe) return v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  if (typeof v === "bigint" || typeof v === "number") return v.toString();
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return ADDRESS.test(v) ? html`<a href="/accounts/${v}">${v}</a>` : v;
  if (Array.isArray(v)) return v.map((x, i) => html`${i ? ", " : ""}${plain(x)}`);
  if (isTimestamp(v)) return timestampIso(v);
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString("hex") : x));
}

function isTimestamp(v: object): v is Timestamp {
  return Object.keys(v).length === 2 && "seconds" in v && "nanos" in v;
}

/** A camelCase field name as words ("nodeClass" → "node class"). */
export function label(k: string): string {
  return k.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function cell<T>(cells: Cells<T>, row: T, k: keyof T): unknown {
  const f = cells[k];
  return f ? f(row[k], row) : plain(row[k]);
}

/** Every field of a message (but `skip`) as a key/value list. */
export function fieldsKv<T extends object>(msg: T, cells: Cells<T>, skip: readonly (keyof T)[] = []): Safe {
  return kv((Object.keys(msg) as (keyof T & string)[]).filter((k) => !skip.includes(k)).map((k) => [label(k), cell(cells, msg, k)]));
}

/** Rows of messages as a table of the named columns, with an optional link column first. */
export function rowsTable<T>(rows: readonly T[], cols: readonly (keyof T & string)[], cells: Cells<T>, empty: string, link?: (r: T) => Safe): Safe {
  const head = cols.map(label);
  return table(link ? ["", ...head] : head, rows.map((r) => [...(link ? [link(r)] : []), ...cols.map((c) => cell(cells, r, c))]), empty);
}

/** [value, count] pairs of a computed key, most frequent first. */
export function countBy<T>(rows: readonly T[], key: (r: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r) || "—";
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1]);
}

/** An enum's proto name without its prefix: enumLabel("NODE_CLASS_CLINIC", "NODE_CLASS_") → "CLINIC". */
export function enumLabel(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** Seconds since the epoch (an int64) as an ISO time; "" for 0. */
export function unixTime(v: bigint | number | string | undefined): string {
  const s = Number(v ?? 0);
  return s > 0 ? new Date(s * 1000).toISOString() : "";
}

export { timestampIso as timestamp } from "./chainquery.js";

/**
 * A LegacyDec as a percentage with two decimals ("0.5" → "50.00%"). The BTT modules' generated types decode
 * LegacyDec fields to their decimal form already; cosmjs-types' (x/staking, x/distribution) carry atomics
 * (`decFromAtomics` in chainquery.ts turns those into the decimal form).
 */
export function decPct(v: string): string {
  const n = Number(v || "0");
  return Number.isFinite(n) ? `${(n * 100).toFixed(2)}%` : v;
}

/** An abtt amount (a cosmos Int as a decimal string) in BTT. */
export const amount = (v: string): Safe => btt(v || "0");
