import { describe, expect, it } from "@jest/globals";
import { fromHex, toBech32 } from "@cosmjs/encoding";
import {
  PaymentLinkError,
  btt,
  checkPaymentLinkAgainstInvoice,
  createBttAminoTypes,
  parsePaymentLink,
  payInvoiceMsg,
  queryEscape,
  signPaymentLink,
  type PaymentLink,
} from "../src/index.js";

// The chain's vector (chain/x/payfi/types/paymentlink_test.go): same key and link, same URI.
const KEY = fromHex("b5f0a1a4d2a8f1a3b7c4d6e8f00112233445566778899aabbccddeeff0011223");
const URI =
  "btt:pay?v=1&chain=btt-localnet-1&invoice=7&merchant=btt1ezl4us2wcf23apmu02suvy3yq77sksgu6gr0sv&amount=12500000000000000000&denom=abtt&ref=RF18+INV-2026%2F0042&exp=1767225600&pk=At-q9JgtSzhizoPkIrB2LE6FnPO1QdJTmmjBr9BqN9wa&sig=jTzqALLtUig6E3FAkVfCXpjy-C0HMGDt0DvhCECF7FkeaCM9emgZhxBaumssak6V4vIOQDdWgQYuV1CrdTGwqQ";
const OTHER = toBech32("btt", new Uint8Array(20).fill(7));
const LINK: PaymentLink = {
  chainId: "btt-localnet-1",
  invoiceId: 7n,
  merchant: "btt1ezl4us2wcf23apmu02suvy3yq77sksgu6gr0sv",
  amount: "12500000000000000000",
  denom: "abtt",
  reference: "RF18 INV-2026/0042",
  expiresAt: 1767225600n,
};

function replaceParam(uri: string, key: string, value: string): string {
  const [head, q] = uri.split("?");
  return head + "?" + q.split("&").map((p) => (p.startsWith(key + "=") ? `${key}=${value}` : p)).join("&");
}

describe("payment links", () => {
  it("sign to the same URI as the chain's Go code", () => {
    expect(signPaymentLink(LINK, KEY)).toBe(URI);
  });

  it("parse and verify", () => {
    const l = parsePaymentLink(URI);
    expect(l.merchant).toBe(LINK.merchant);
    expect(l.amount).toBe(LINK.amount);
    expect(l.invoiceId).toBe(7n);
    expect(l.reference).toBe("RF18 INV-2026/0042");
    expect(l.expiresAt).toBe(1767225600n);
  });

  it("refuse a tampered payload", () => {
    for (const [k, v] of [
      ["amount", "1250000000000000000"],
      ["invoice", "8"],
      ["denom", "uatom"],
      ["ref", "RF18+INV-2026%2F0043"],
      ["exp", "1767225601"],
      ["merchant", OTHER],
    ]) {
      expect(() => parsePaymentLink(replaceParam(URI, k, v))).toThrow(PaymentLinkError);
    }
    expect(() => parsePaymentLink(URI + "&amount=1")).toThrow(/twice/);
    expect(() => parsePaymentLink(URI + "&x=1")).toThrow(/unknown/);
    expect(() => parsePaymentLink("bitcoin:abc")).toThrow(PaymentLinkError);
    expect(() => parsePaymentLink(replaceParam(URI, "v", "2"))).toThrow(/version/);
  });

  it("refuse to sign for a merchant the key does not belong to", () => {
    expect(() => signPaymentLink({ ...LINK, merchant: OTHER }, KEY)).toThrow(/not the merchant/);
  });

  it("escape like Go's url.QueryEscape", () => {
    expect(queryEscape("a b/c+d&é")).toBe("a+b%2Fc%2Bd%26%C3%A9");
  });

  it("are checked against the invoice on chain", () => {
    const inv = btt.payfi.v1.Invoice.fromPartial({
      id: 7n, merchant: LINK.merchant, amount: LINK.amount, denom: "abtt", reference: LINK.reference, expiresAt: LINK.expiresAt,
    });
    expect(() => checkPaymentLinkAgainstInvoice(LINK, "btt-localnet-1", inv)).not.toThrow();
    expect(() => checkPaymentLinkAgainstInvoice(LINK, "other-1", inv)).toThrow(/chain/);
    expect(() => checkPaymentLinkAgainstInvoice(LINK, "btt-localnet-1", { ...inv, amount: "1" })).toThrow(/differs/);
  });

  it("build a MsgPayInvoice that converts to amino-json", () => {
    const msg = payInvoiceMsg("btt1payer", LINK, 150n);
    const amino = createBttAminoTypes().toAmino(msg);
    expect(amino.type).toBe("btt/payfi/MsgPayInvoice");
    expect(amino.value).toEqual({ payer: "btt1payer", invoice_id: "7", amount: "12500000000000000000", denom: "abtt", points: "150" });
  });
});
