/**
 * Rendering of chain-module objects as they come from the node's REST (gRPC-gateway) API: snake_case
 * keys, base64 bytes, abtt amounts as decimal strings, enums as their full proto names. Each module page
 * (compute, rwa, wgov) says which keys are bytes or BTT amounts and which enum prefixes to drop.
 */
import { btt, html, kv, Safe, table } from "./html.js";

export type Obj = Record<string, unknown>;

export interface FieldRules {
  /** Keys whose base64 value is shown as hex. */
  bytes: RegExp;
  /** Keys whose integer string is an abtt amount, shown in BTT. */
  amounts: RegExp;
  /** Enum prefixes dropped from values ("NODE_CLASS_CLINIC" → "CLINIC"). */
  enums: RegExp;
}

const ADDRESS = /^btt1[02-9ac-hj-np-z]{38,58}$/;

export function fieldView(rules: FieldRules) {
  function val(k: string, v: unknown): unknown {
    if (v === null || v === undefined || v === "") return "";
    if (v instanceof Safe) return v;
    if (typeof v === "string") {
      if (rules.bytes.test(k)) return Buffer.from(v, "base64").toString("hex");
      if (ADDRESS.test(v)) return html`<a href="/accounts/${v}">${v}</a>`;
      if (rules.amounts.test(k) && /^\d+$/.test(v)) return btt(v);
      return v.replace(rules.enums, "");
    }
    if (Array.isArray(v)) return v.map((x, i) => html`${i ? ", " : ""}${val(k, x)}`);
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }
  const label = (k: string) => k.replace(/_/g, " ");
  return {
    val,
    objKv(o: Obj, skip: string[] = []): Safe {
      return kv(Object.entries(o).filter(([k]) => !skip.includes(k)).map(([k, v]) => [label(k), val(k, v)]));
    },
    rowsTable(rows: Obj[], cols: string[], empty: string, link?: (r: Obj) => Safe): Safe {
      const head = cols.map(label);
      return table(link ? ["", ...head] : head, rows.map((r) => [...(link ? [link(r)] : []), ...cols.map((c) => val(c, r[c]))]), empty);
    },
    /** [value, count] pairs of `key`, most frequent first. */
    countBy(rows: Obj[], key: string): [string, number][] {
      const m = new Map<string, number>();
      for (const r of rows) {
        const k = String(val(key, r[key]) || "—");
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return [...m].sort((a, b) => b[1] - a[1]);
    },
  };
}

/** Seconds since the epoch (int64 as a string) as an ISO time; "" for 0 or nothing. */
export function unixTime(v: unknown): string {
  const s = Number(v ?? 0);
  return s > 0 ? new Date(s * 1000).toISOString() : "";
}

/** A LegacyDec string ("0.500000000000000000") as a percentage with two decimals. */
export function decPct(v: unknown): string {
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? `${(n * 100).toFixed(2)}%` : String(v);
}
