import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { fromBase64, toBase64, toBech32, fromBech32 } from "@cosmjs/encoding";
import { rawSecp256k1PubkeyToRawAddress } from "@cosmjs/amino";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { DeliverTxResponse, SigningStargateClient, StdFee } from "@cosmjs/stargate";
import { MsgPayInvoice } from "./generated/btt/payfi/v1/tx.js";
import type { Invoice } from "./generated/btt/payfi/v1/types.js";

/** The scheme and path every payment link starts with. */
export const PAYMENT_LINK_PREFIX = "btt:pay?";

/**
 * What a `btt:pay?...` payment link (QR payload) carries, as x/payfi's `types.PaymentLink`:
 *
 *   btt:pay?v=1&chain=CHAIN&invoice=ID&merchant=ADDR&amount=INT&denom=DENOM&ref=REF&exp=UNIX&pk=B64URL&sig=B64URL
 *
 * `pk` is the merchant's compressed secp256k1 key, `sig` its 64-byte (r||s, low s) signature of
 * sha256(paymentLinkSignBytes(link)). Values are percent-encoded as Go's url.QueryEscape does
 * (space as "+"), base64 is URL-safe without padding.
 */
export interface PaymentLink {
  readonly chainId: string;
  readonly invoiceId: bigint;
  readonly merchant: string;
  /** Integer amount in the denom's base unit, as a decimal string. */
  readonly amount: string;
  readonly denom: string;
  readonly reference: string;
  /** Unix seconds. */
  readonly expiresAt: bigint;
}

/** A payment link that parsed and whose signature verified against the merchant's address. */
export interface VerifiedPaymentLink extends PaymentLink {
  readonly pubkey: Uint8Array;
  readonly signature: Uint8Array;
}

export class PaymentLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaymentLinkError";
  }
}

const encoder = new TextEncoder();

/** The canonical bytes a merchant signs (the same as the chain's `PaymentLink.SignBytes`). */
export function paymentLinkSignBytes(link: PaymentLink): Uint8Array {
  return encoder.encode(
    ["btt-payfi-link/v1", link.chainId, link.invoiceId.toString(), link.merchant, link.amount, link.denom, link.reference,
      link.expiresAt.toString()].join("\n"),
  );
}

/** Go's url.QueryEscape: unreserved bytes kept, space as "+", everything else %XX. */
export function queryEscape(s: string): string {
  let out = "";
  for (const b of encoder.encode(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function queryUnescape(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    throw new PaymentLinkError(`bad percent-encoding in ${JSON.stringify(s)}`);
  }
}

function toBase64Url(b: Uint8Array): string {
  return toBase64(b).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new PaymentLinkError("bad base64url");
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/");
  return fromBase64(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
}

/** Encodes a link with the merchant's compressed public key and 64-byte signature. */
export function encodePaymentLink(link: PaymentLink, pubkey: Uint8Array, signature: Uint8Array): string {
  return (
    PAYMENT_LINK_PREFIX +
    [
      "v=1",
      `chain=${queryEscape(link.chainId)}`,
      `invoice=${link.invoiceId}`,
      `merchant=${queryEscape(link.merchant)}`,
      `amount=${link.amount}`,
      `denom=${queryEscape(link.denom)}`,
      `ref=${queryEscape(link.reference)}`,
      `exp=${link.expiresAt}`,
      `pk=${toBase64Url(pubkey)}`,
      `sig=${toBase64Url(signature)}`,
    ].join("&")
  );
}

/** Signs a payment link with the merchant's raw secp256k1 private key (32 bytes) and encodes it. */
export function signPaymentLink(link: PaymentLink, privkey: Uint8Array): string {
  const pubkey = Secp256k1.compressPubkey(Secp256k1.makeKeypair(privkey).pubkey);
  const merchantPrefix = fromBech32(link.merchant, 90).prefix;
  const owner = toBech32(merchantPrefix, rawSecp256k1PubkeyToRawAddress(pubkey));
  if (owner !== link.merchant) throw new PaymentLinkError(`the key is ${owner}'s, not the merchant ${link.merchant}'s`);
  const sig = Secp256k1.createSignature(sha256(paymentLinkSignBytes(link)), privkey);
  return encodePaymentLink(link, pubkey, new Uint8Array([...sig.r(32), ...sig.s(32)]));
}

const PARAMS = ["v", "chain", "invoice", "merchant", "amount", "denom", "ref", "exp", "pk", "sig"] as const;

/**
 * Parses a payment link and verifies it: every field present once, the merchant's address is the
 * public key's, and the signature covers exactly these fields. Throws PaymentLinkError otherwise
 * (a tampered QR code never reaches the wallet's confirmation screen).
 */
export function parsePaymentLink(uri: string): VerifiedPaymentLink {
  if (!uri.startsWith(PAYMENT_LINK_PREFIX)) throw new PaymentLinkError(`a payment link starts with ${PAYMENT_LINK_PREFIX}`);
  const vals = new Map<string, string>();
  for (const kv of uri.slice(PAYMENT_LINK_PREFIX.length).split("&")) {
    const i = kv.indexOf("=");
    if (i < 0) throw new PaymentLinkError(`parameter ${kv} has no value`);
    const k = kv.slice(0, i);
    if (vals.has(k)) throw new PaymentLinkError(`parameter ${k} given twice`);
    vals.set(k, queryUnescape(kv.slice(i + 1)));
  }
  for (const k of PARAMS) if (!vals.has(k)) throw new PaymentLinkError(`parameter ${k} missing`);
  if (vals.size !== PARAMS.length) throw new PaymentLinkError("unknown parameters");
  const get = (k: (typeof PARAMS)[number]) => vals.get(k) as string;
  if (get("v") !== "1") throw new PaymentLinkError(`version ${get("v")} unsupported`);
  if (!/^[1-9][0-9]*$/.test(get("invoice"))) throw new PaymentLinkError("invoice must be a positive integer");
  if (!/^[1-9][0-9]{0,36}$/.test(get("amount"))) throw new PaymentLinkError("amount must be a positive integer");
  if (!/^-?[0-9]+$/.test(get("exp"))) throw new PaymentLinkError("exp must be unix seconds");
  if (!/^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/.test(get("ref"))) throw new PaymentLinkError("reference is not ISO 20022-style");
  const link: PaymentLink = {
    chainId: get("chain"),
    invoiceId: BigInt(get("invoice")),
    merchant: get("merchant"),
    amount: get("amount"),
    denom: get("denom"),
    reference: get("ref"),
    expiresAt: BigInt(get("exp")),
  };
  const pubkey = fromBase64Url(get("pk"));
  const signature = fromBase64Url(get("sig"));
  if (pubkey.length !== 33) throw new PaymentLinkError("pk must be a 33-byte compressed secp256k1 key");
  if (signature.length !== 64) throw new PaymentLinkError("sig must be 64 bytes");
  let prefix: string;
  try {
    prefix = fromBech32(link.merchant, 90).prefix;
  } catch (e) {
    throw new PaymentLinkError(`merchant: ${(e as Error).message}`);
  }
  if (toBech32(prefix, rawSecp256k1PubkeyToRawAddress(pubkey)) !== link.merchant) {
    throw new PaymentLinkError(`pk is not ${link.merchant}'s key`);
  }
  const ok = Secp256k1.verifySignature(Secp256k1Signature.fromFixedLength(signature), sha256(paymentLinkSignBytes(link)), pubkey);
  if (!ok) throw new PaymentLinkError("signature does not match the link's contents");
  return { ...link, pubkey, signature };
}

/** Checks a verified link against the chain id and the invoice as the chain holds it. */
export function checkPaymentLinkAgainstInvoice(link: PaymentLink, chainId: string, invoice: Invoice): void {
  if (link.chainId !== chainId) throw new PaymentLinkError(`link is for chain ${link.chainId}, not ${chainId}`);
  if (
    link.invoiceId !== invoice.id || link.merchant !== invoice.merchant || link.amount !== invoice.amount ||
    link.denom !== invoice.denom || link.reference !== invoice.reference || link.expiresAt !== invoice.expiresAt
  ) {
    throw new PaymentLinkError(`link differs from invoice ${invoice.id} on chain`);
  }
}

/** MsgPayInvoice for a link: the full amount (partial payments are refused), optionally with x/health points. */
export function payInvoiceMsg(payer: string, link: PaymentLink, points = 0n): EncodeObject {
  return {
    typeUrl: "/btt.payfi.v1.MsgPayInvoice",
    value: MsgPayInvoice.fromPartial({ payer, invoiceId: link.invoiceId, amount: link.amount, denom: link.denom, points }),
  };
}

/** What payFromLink needs to read the invoice: the typed query client's btt.payfi.v1 part. */
export interface InvoiceReader {
  btt: { payfi: { v1: { invoice(req: { id: bigint }): Promise<{ invoice: Invoice; expired: boolean }> } } };
}

/**
 * Pays a payment link: parses and verifies it, checks it against the invoice on chain (same chain,
 * still open and unexpired), and signs and broadcasts MsgPayInvoice. Throws PaymentLinkError
 * before signing anything if the link was tampered with or no longer matches.
 */
export async function payFromLink(
  client: SigningStargateClient,
  query: InvoiceReader,
  payer: string,
  uri: string,
  options: { points?: bigint; fee?: StdFee | "auto" | number; memo?: string } = {},
): Promise<DeliverTxResponse> {
  const link = parsePaymentLink(uri);
  const chainId = await client.getChainId();
  const { invoice, expired } = await query.btt.payfi.v1.invoice({ id: link.invoiceId });
  checkPaymentLinkAgainstInvoice(link, chainId, invoice);
  if (expired) throw new PaymentLinkError(`invoice ${invoice.id} expired at ${invoice.expiresAt}`);
  return client.signAndBroadcast(payer, [payInvoiceMsg(payer, link, options.points ?? 0n)], options.fee ?? "auto", options.memo);
}
