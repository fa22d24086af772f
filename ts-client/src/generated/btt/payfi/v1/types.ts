/* eslint-disable */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
import { Decimal } from "@cosmjs/math";
/** InvoiceStatus is an invoice's state. An OPEN invoice past its expiry cannot be paid. */
export enum InvoiceStatus {
  INVOICE_STATUS_UNSPECIFIED = 0,
  INVOICE_STATUS_OPEN = 1,
  INVOICE_STATUS_PAID = 2,
  UNRECOGNIZED = -1,
}
export function invoiceStatusFromJSON(object: any): InvoiceStatus {
  switch (object) {
    case 0:
    case "INVOICE_STATUS_UNSPECIFIED":
      return InvoiceStatus.INVOICE_STATUS_UNSPECIFIED;
    case 1:
    case "INVOICE_STATUS_OPEN":
      return InvoiceStatus.INVOICE_STATUS_OPEN;
    case 2:
    case "INVOICE_STATUS_PAID":
      return InvoiceStatus.INVOICE_STATUS_PAID;
    case -1:
    case "UNRECOGNIZED":
    default:
      return InvoiceStatus.UNRECOGNIZED;
  }
}
export function invoiceStatusToJSON(object: InvoiceStatus): string {
  switch (object) {
    case InvoiceStatus.INVOICE_STATUS_UNSPECIFIED:
      return "INVOICE_STATUS_UNSPECIFIED";
    case InvoiceStatus.INVOICE_STATUS_OPEN:
      return "INVOICE_STATUS_OPEN";
    case InvoiceStatus.INVOICE_STATUS_PAID:
      return "INVOICE_STATUS_PAID";
    case InvoiceStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/**
 * RefundPolicy is a merchant's refund rule. Disputes (chargebacks) are out of scope: a refund
 * is always the merchant's own decision.
 */
export interface RefundPolicy {
  /** refundable: whether the merchant refunds at all. */
  refundable: boolean;
  /** window_seconds: refunds only within this many seconds of payment (0 = no limit). */
  windowSeconds: bigint;
  terms: string;
}
/** Merchant is a clinic (or shop) registered to take payments. */
export interface Merchant {
  address: string;
  name: string;
  /** jurisdiction: the ISO 3166 code of the x/rwa KYC credential the merchant holds. */
  jurisdiction: string;
  /** settlement_address: where payments are credited (the merchant itself if empty at registration). */
  settlementAddress: string;
  /** accepted_denoms: denoms accepted besides abtt (IBC vouchers ibc/..., bridged assets). */
  acceptedDenoms: string[];
  refundPolicy: RefundPolicy;
  /** accepts_points: whether x/health points may pay part of an abtt invoice. */
  acceptsPoints: boolean;
}
/** Invoice is a merchant's request for payment. */
export interface Invoice {
  id: bigint;
  merchant: string;
  amount: string;
  denom: string;
  /** reference: an ISO 20022-style remittance reference (1-35 characters, A-Z a-z 0-9 / - ? : ( ) . , ' + space). */
  reference: string;
  expiresAt: bigint;
  idempotencyKey: string;
  status: InvoiceStatus;
  createdAt: bigint;
  payer: string;
  paidAt: bigint;
  /** points_used and discount: x/health points the payer spent and the abtt they were worth. */
  pointsUsed: bigint;
  discount: string;
  /** fee: the development fund's share of amount. */
  fee: string;
  /** refunded: total refunded to the payer; at most amount - discount (what the payer paid). */
  refunded: string;
}
/** Params of x/payfi. */
export interface Params {
  /** fee_share: the development fund's share of every invoice payment. */
  feeShare: string;
  /** max_points_discount: the largest fraction of an invoice points may pay (with fee_share at most 1). */
  maxPointsDiscount: string;
  /** max_invoice_seconds: the latest expiry an invoice may have, from its creation. */
  maxInvoiceSeconds: bigint;
}
function createBaseRefundPolicy(): RefundPolicy {
  return {
    refundable: false,
    windowSeconds: BigInt(0),
    terms: ""
  };
}
export const RefundPolicy = {
  encode(message: RefundPolicy, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.refundable === true) {
      writer.uint32(8).bool(message.refundable);
    }
    if (message.windowSeconds !== BigInt(0)) {
      writer.uint32(16).uint64(message.windowSeconds);
    }
    if (message.terms !== "") {
      writer.uint32(26).string(message.terms);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): RefundPolicy {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRefundPolicy();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.refundable = reader.bool();
          break;
        case 2:
          message.windowSeconds = reader.uint64();
          break;
        case 3:
          message.terms = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): RefundPolicy {
    const obj = createBaseRefundPolicy();
    if (isSet(object.refundable)) obj.refundable = Boolean(object.refundable);
    if (isSet(object.windowSeconds)) obj.windowSeconds = BigInt(object.windowSeconds.toString());
    if (isSet(object.terms)) obj.terms = String(object.terms);
    return obj;
  },
  toJSON(message: RefundPolicy): JsonSafe<RefundPolicy> {
    const obj: any = {};
    message.refundable !== undefined && (obj.refundable = message.refundable);
    message.windowSeconds !== undefined && (obj.windowSeconds = (message.windowSeconds || BigInt(0)).toString());
    message.terms !== undefined && (obj.terms = message.terms);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<RefundPolicy>, I>>(object: I): RefundPolicy {
    const message = createBaseRefundPolicy();
    message.refundable = object.refundable ?? false;
    if (object.windowSeconds !== undefined && object.windowSeconds !== null) {
      message.windowSeconds = BigInt(object.windowSeconds.toString());
    }
    message.terms = object.terms ?? "";
    return message;
  }
};
function createBaseMerchant(): Merchant {
  return {
    address: "",
    name: "",
    jurisdiction: "",
    settlementAddress: "",
    acceptedDenoms: [],
    refundPolicy: RefundPolicy.fromPartial({}),
    acceptsPoints: false
  };
}
export const Merchant = {
  encode(message: Merchant, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(26).string(message.jurisdiction);
    }
    if (message.settlementAddress !== "") {
      writer.uint32(34).string(message.settlementAddress);
    }
    for (const v of message.acceptedDenoms) {
      writer.uint32(42).string(v!);
    }
    if (message.refundPolicy !== undefined) {
      RefundPolicy.encode(message.refundPolicy, writer.uint32(50).fork()).ldelim();
    }
    if (message.acceptsPoints === true) {
      writer.uint32(56).bool(message.acceptsPoints);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Merchant {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMerchant();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        case 2:
          message.name = reader.string();
          break;
        case 3:
          message.jurisdiction = reader.string();
          break;
        case 4:
          message.settlementAddress = reader.string();
          break;
        case 5:
          message.acceptedDenoms.push(reader.string());
          break;
        case 6:
          message.refundPolicy = RefundPolicy.decode(reader, reader.uint32());
          break;
        case 7:
          message.acceptsPoints = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Merchant {
    const obj = createBaseMerchant();
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.settlementAddress)) obj.settlementAddress = String(object.settlementAddress);
    if (Array.isArray(object?.acceptedDenoms)) obj.acceptedDenoms = object.acceptedDenoms.map((e: any) => String(e));
    if (isSet(object.refundPolicy)) obj.refundPolicy = RefundPolicy.fromJSON(object.refundPolicy);
    if (isSet(object.acceptsPoints)) obj.acceptsPoints = Boolean(object.acceptsPoints);
    return obj;
  },
  toJSON(message: Merchant): JsonSafe<Merchant> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    message.name !== undefined && (obj.name = message.name);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.settlementAddress !== undefined && (obj.settlementAddress = message.settlementAddress);
    if (message.acceptedDenoms) {
      obj.acceptedDenoms = message.acceptedDenoms.map(e => e);
    } else {
      obj.acceptedDenoms = [];
    }
    message.refundPolicy !== undefined && (obj.refundPolicy = message.refundPolicy ? RefundPolicy.toJSON(message.refundPolicy) : undefined);
    message.acceptsPoints !== undefined && (obj.acceptsPoints = message.acceptsPoints);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Merchant>, I>>(object: I): Merchant {
    const message = createBaseMerchant();
    message.address = object.address ?? "";
    message.name = object.name ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    message.settlementAddress = object.settlementAddress ?? "";
    message.acceptedDenoms = object.acceptedDenoms?.map(e => e) || [];
    if (object.refundPolicy !== undefined && object.refundPolicy !== null) {
      message.refundPolicy = RefundPolicy.fromPartial(object.refundPolicy);
    }
    message.acceptsPoints = object.acceptsPoints ?? false;
    return message;
  }
};
function createBaseInvoice(): Invoice {
  return {
    id: BigInt(0),
    merchant: "",
    amount: "",
    denom: "",
    reference: "",
    expiresAt: BigInt(0),
    idempotencyKey: "",
    status: 0,
    createdAt: BigInt(0),
    payer: "",
    paidAt: BigInt(0),
    pointsUsed: BigInt(0),
    discount: "",
    fee: "",
    refunded: ""
  };
}
export const Invoice = {
  encode(message: Invoice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.merchant !== "") {
      writer.uint32(18).string(message.merchant);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    if (message.denom !== "") {
      writer.uint32(34).string(message.denom);
    }
    if (message.reference !== "") {
      writer.uint32(42).string(message.reference);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(48).int64(message.expiresAt);
    }
    if (message.idempotencyKey !== "") {
      writer.uint32(58).string(message.idempotencyKey);
    }
    if (message.status !== 0) {
      writer.uint32(64).int32(message.status);
    }
    if (message.createdAt !== BigInt(0)) {
      writer.uint32(72).int64(message.createdAt);
    }
    if (message.payer !== "") {
      writer.uint32(82).string(message.payer);
    }
    if (message.paidAt !== BigInt(0)) {
      writer.uint32(88).int64(message.paidAt);
    }
    if (message.pointsUsed !== BigInt(0)) {
      writer.uint32(96).uint64(message.pointsUsed);
    }
    if (message.discount !== "") {
      writer.uint32(106).string(message.discount);
    }
    if (message.fee !== "") {
      writer.uint32(114).string(message.fee);
    }
    if (message.refunded !== "") {
      writer.uint32(122).string(message.refunded);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Invoice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseInvoice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.merchant = reader.string();
          break;
        case 3:
          message.amount = reader.string();
          break;
        case 4:
          message.denom = reader.string();
          break;
        case 5:
          message.reference = reader.string();
          break;
        case 6:
          message.expiresAt = reader.int64();
          break;
        case 7:
          message.idempotencyKey = reader.string();
          break;
        case 8:
          message.status = reader.int32() as any;
          break;
        case 9:
          message.createdAt = reader.int64();
          break;
        case 10:
          message.payer = reader.string();
          break;
        case 11:
          message.paidAt = reader.int64();
          break;
        case 12:
          message.pointsUsed = reader.uint64();
          break;
        case 13:
          message.discount = reader.string();
          break;
        case 14:
          message.fee = reader.string();
          break;
        case 15:
          message.refunded = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Invoice {
    const obj = createBaseInvoice();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.reference)) obj.reference = String(object.reference);
    if (isSet(object.expiresAt)) obj.expiresAt = BigInt(object.expiresAt.toString());
    if (isSet(object.idempotencyKey)) obj.idempotencyKey = String(object.idempotencyKey);
    if (isSet(object.status)) obj.status = invoiceStatusFromJSON(object.status);
    if (isSet(object.createdAt)) obj.createdAt = BigInt(object.createdAt.toString());
    if (isSet(object.payer)) obj.payer = String(object.payer);
    if (isSet(object.paidAt)) obj.paidAt = BigInt(object.paidAt.toString());
    if (isSet(object.pointsUsed)) obj.pointsUsed = BigInt(object.pointsUsed.toString());
    if (isSet(object.discount)) obj.discount = String(object.discount);
    if (isSet(object.fee)) obj.fee = String(object.fee);
    if (isSet(object.refunded)) obj.refunded = String(object.refunded);
    return obj;
  },
  toJSON(message: Invoice): JsonSafe<Invoice> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.amount !== undefined && (obj.amount = message.amount);
    message.denom !== undefined && (obj.denom = message.denom);
    message.reference !== undefined && (obj.reference = message.reference);
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    message.idempotencyKey !== undefined && (obj.idempotencyKey = message.idempotencyKey);
    message.status !== undefined && (obj.status = invoiceStatusToJSON(message.status));
    message.createdAt !== undefined && (obj.createdAt = (message.createdAt || BigInt(0)).toString());
    message.payer !== undefined && (obj.payer = message.payer);
    message.paidAt !== undefined && (obj.paidAt = (message.paidAt || BigInt(0)).toString());
    message.pointsUsed !== undefined && (obj.pointsUsed = (message.pointsUsed || BigInt(0)).toString());
    message.discount !== undefined && (obj.discount = message.discount);
    message.fee !== undefined && (obj.fee = message.fee);
    message.refunded !== undefined && (obj.refunded = message.refunded);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Invoice>, I>>(object: I): Invoice {
    const message = createBaseInvoice();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.merchant = object.merchant ?? "";
    message.amount = object.amount ?? "";
    message.denom = object.denom ?? "";
    message.reference = object.reference ?? "";
    if (object.expiresAt !== undefined && object.expiresAt !== null) {
      message.expiresAt = BigInt(object.expiresAt.toString());
    }
    message.idempotencyKey = object.idempotencyKey ?? "";
    message.status = object.status ?? 0;
    if (object.createdAt !== undefined && object.createdAt !== null) {
      message.createdAt = BigInt(object.createdAt.toString());
    }
    message.payer = object.payer ?? "";
    if (object.paidAt !== undefined && object.paidAt !== null) {
      message.paidAt = BigInt(object.paidAt.toString());
    }
    if (object.pointsUsed !== undefined && object.pointsUsed !== null) {
      message.pointsUsed = BigInt(object.pointsUsed.toString());
    }
    message.discount = object.discount ?? "";
    message.fee = object.fee ?? "";
    message.refunded = object.refunded ?? "";
    return message;
  }
};
function createBaseParams(): Params {
  return {
    feeShare: "",
    maxPointsDiscount: "",
    maxInvoiceSeconds: BigInt(0)
  };
}
export const Params = {
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.feeShare !== "") {
      writer.uint32(10).string(Decimal.fromUserInput(message.feeShare, 18).atomics);
    }
    if (message.maxPointsDiscount !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.maxPointsDiscount, 18).atomics);
    }
    if (message.maxInvoiceSeconds !== BigInt(0)) {
      writer.uint32(24).uint64(message.maxInvoiceSeconds);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Params {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.feeShare = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 2:
          message.maxPointsDiscount = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.maxInvoiceSeconds = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Params {
    const obj = createBaseParams();
    if (isSet(object.feeShare)) obj.feeShare = String(object.feeShare);
    if (isSet(object.maxPointsDiscount)) obj.maxPointsDiscount = String(object.maxPointsDiscount);
    if (isSet(object.maxInvoiceSeconds)) obj.maxInvoiceSeconds = BigInt(object.maxInvoiceSeconds.toString());
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.feeShare !== undefined && (obj.feeShare = message.feeShare);
    message.maxPointsDiscount !== undefined && (obj.maxPointsDiscount = message.maxPointsDiscount);
    message.maxInvoiceSeconds !== undefined && (obj.maxInvoiceSeconds = (message.maxInvoiceSeconds || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.feeShare = object.feeShare ?? "";
    message.maxPointsDiscount = object.maxPointsDiscount ?? "";
    if (object.maxInvoiceSeconds !== undefined && object.maxInvoiceSeconds !== null) {
      message.maxInvoiceSeconds = BigInt(object.maxInvoiceSeconds.toString());
    }
    return message;
  }
};