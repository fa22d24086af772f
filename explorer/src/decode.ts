/** Decodes transactions with the ts-client registry (every BTT and SDK message type) into JSON-able objects. */
import { createHash } from "node:crypto";
import { decodeTxRaw, type Registry } from "@cosmjs/proto-signing";
import { BTT_BECH32_PREFIX, createBttRegistry, decodeEvent, type BttEvent } from "@btt/ts-client";
import { AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { RpcEvent } from "./rpc.js";

let registry: Registry | undefined;
function reg(): Registry {
  return (registry ??= createBttRegistry());
}

/** JSON with bigint as string and bytes as base64. */
export function toJsonable(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (Array.isArray(v)) return v.map(toJsonable);
  if (v && typeof v === "object") {
    if (typeof (v as { toISOString?: unknown }).toISOString === "function") return (v as Date).toISOString();
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toJsonable(x);
    return out;
  }
  return v;
}

export interface DecodedMsg {
  typeUrl: string;
  body: unknown;
  decoded: boolean;
}
export interface DecodedTx {
  hash: string;
  memo: string;
  fee: { amount: { denom: string; amount: string }[]; gasLimit: string; payer?: string; granter?: string };
  messages: DecodedMsg[];
  raw: unknown;
}

export function txHash(b64: string): string {
  return createHash("sha256").update(Buffer.from(b64, "base64")).digest("hex").toUpperCase();
}

export function decodeMsg(typeUrl: string, value: Uint8Array): DecodedMsg {
  try {
    const t = reg().lookupType(typeUrl) as { decode(b: Uint8Array): unknown; toJSON?(m: unknown): unknown } | undefined;
    if (!t) return { typeUrl, body: { value: Buffer.from(value).toString("base64") }, decoded: false };
    const m = t.decode(value);
    return { typeUrl, body: toJsonable(t.toJSON ? t.toJSON(m) : m), decoded: true };
  } catch (err) {
    return { typeUrl, body: { value: Buffer.from(value).toString("base64"), error: String(err) }, decoded: false };
  }
}

export function decodeTx(b64: string): DecodedTx {
  const hash = txHash(b64);
  const tx = decodeTxRaw(Buffer.from(b64, "base64"));
  const messages = tx.body.messages.map((m) => decodeMsg(m.typeUrl, m.value));
  const fee = tx.authInfo.fee;
  return {
    hash,
    memo: tx.body.memo,
    fee: {
      amount: (fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
      gasLimit: (fee?.gasLimit ?? 0n).toString(),
      ...(fee?.payer ? { payer: fee.payer } : {}),
      ...(fee?.granter ? { granter: fee.granter } : {}),
    },
    messages,
    raw: {
      body: {
        messages: messages.map((m) => ({ "@type": m.typeUrl, ...(m.body as object) })),
        memo: tx.body.memo,
        timeout_height: tx.body.timeoutHeight.toString(),
      },
      auth_info: toJsonable(AuthInfo.toJSON(tx.authInfo)),
      signatures: tx.signatures.map((s) => Buffer.from(s).toString("base64")),
    },
  };
}

const ADDR = new RegExp(`^${BTT_BECH32_PREFIX}1[02-9ac-hj-np-z]{38,58}$`);
/**
 * Every account address named in the events (senders, recipients, delegators, signers from acc_seq,
 * and the addresses in the BTT modules' typed events, decoded with ts-client's decodeEvent: any string
 * field or list of strings, such as a task's workers).
 */
export function addressesInEvents(events: RpcEvent[]): string[] {
  const out = new Set<string>();
  for (const e of events) {
    let typed: BttEvent | undefined;
    try {
      typed = decodeEvent({ type: e.type, attributes: e.attributes ?? [] });
    } catch {
      // not proto JSON (never from the chain): read its values as they are, below
    }
    if (typed) {
      for (const v of Object.values(typed.value as object)) for (const s of Array.isArray(v) ? v : [v]) if (typeof s === "string" && ADDR.test(s)) out.add(s);
      continue;
    }
    for (const a of e.attributes ?? []) {
      const v = String(a.value ?? "");
      if (ADDR.test(v)) out.add(v);
      else if (a.key === "acc_seq") {
        const addr = v.split("/")[0];
        if (ADDR.test(addr)) out.add(addr);
      }
    }
  }
  return [...out];
}

export function signersInEvents(events: RpcEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) if (e.type === "tx") for (const a of e.attributes ?? []) if (a.key === "acc_seq") out.push(String(a.value).split("/")[0]);
  return out;
}
