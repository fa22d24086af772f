import type { DeliverTxResponse, SigningStargateClient } from "@cosmjs/stargate";
import {
  btt,
  checkPaymentLinkAgainstInvoice,
  parsePaymentLink,
  payFromLink,
  signPaymentLink,
  type InvoiceReader,
  type PaymentLink,
} from "@btt/ts-client";

type Invoice = ReturnType<typeof btt.payfi.v1.Invoice.fromPartial>;

/** A failed transaction: its code and raw log. */
export class TxError extends Error {
  constructor(readonly res: DeliverTxResponse) {
    super(`tx ${res.transactionHash} failed with code ${res.code}: ${res.rawLog ?? ""}`);
    this.name = "TxError";
  }
}

function ok(res: DeliverTxResponse): DeliverTxResponse {
  if (res.code !== 0) throw new TxError(res);
  return res;
}

export interface NewInvoice {
  readonly amount: string;
  readonly denom: string;
  readonly reference: string;
  readonly expiresAt: bigint;
  readonly idempotencyKey: string;
}

/** Creates an invoice (a retry with the same idempotency key and terms returns the same id). */
export async function createInvoice(client: SigningStargateClient, merchant: string, inv: NewInvoice): Promise<{ invoiceId: bigint; existing: boolean; txHash: string }> {
  const res = ok(
    await client.signAndBroadcast(merchant, [{
      typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
      value: btt.payfi.v1.MsgCreateInvoice.fromPartial({ merchant, ...inv }),
    }], "auto"),
  );
  const any = res.msgResponses.find((m) => m.typeUrl === "/btt.payfi.v1.MsgCreateInvoiceResponse");
  if (!any) throw new Error(`tx ${res.transactionHash} has no MsgCreateInvoiceResponse`);
  const r = btt.payfi.v1.MsgCreateInvoiceResponse.decode(any.value);
  return { invoiceId: r.invoiceId, existing: r.existing, txHash: res.transactionHash };
}

/** The payment link of an on-chain invoice, signed with the merchant's key. */
export function invoiceLink(chainId: string, invoice: Invoice, merchantPrivkey: Uint8Array): string {
  const link: PaymentLink = {
    chainId, invoiceId: invoice.id, merchant: invoice.merchant, amount: invoice.amount, denom: invoice.denom,
    reference: invoice.reference, expiresAt: invoice.expiresAt,
  };
  const uri = signPaymentLink(link, merchantPrivkey);
  checkPaymentLinkAgainstInvoice(parsePaymentLink(uri), chainId, invoice);
  return uri;
}

/** Pays a payment link (verified and checked against the chain first), optionally spending x/health points. */
export async function pay(client: SigningStargateClient, query: InvoiceReader, payer: string, uri: string, points = 0n) {
  const res = ok(await payFromLink(client, query, payer, uri, { points }));
  const any = res.msgResponses.find((m) => m.typeUrl === "/btt.payfi.v1.MsgPayInvoiceResponse");
  const r = any ? btt.payfi.v1.MsgPayInvoiceResponse.decode(any.value) : undefined;
  return { txHash: res.transactionHash, height: res.height, paid: r?.paid, discount: r?.discount, fee: r?.fee };
}

/** Refunds part or all of what the payer paid on an invoice. */
export async function refund(client: SigningStargateClient, merchant: string, invoiceId: bigint, amount: string) {
  const res = ok(
    await client.signAndBroadcast(merchant, [{
      typeUrl: "/btt.payfi.v1.MsgRefund",
      value: btt.payfi.v1.MsgRefund.fromPartial({ merchant, invoiceId, amount }),
    }], "auto"),
  );
  const any = res.msgResponses.find((m) => m.typeUrl === "/btt.payfi.v1.MsgRefundResponse");
  const r = any ? btt.payfi.v1.MsgRefundResponse.decode(any.value) : undefined;
  return { txHash: res.transactionHash, refundedTotal: r?.refundedTotal };
}

/** JSON.stringify with bigints as decimal strings and bytes as hex. */
export function toJson(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString("hex") : x), 2);
}
