/* eslint-disable */
import { Merchant, Params } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** EventMerchantRegistered is emitted when a merchant registers or updates its terms. */
export interface EventMerchantRegistered {
  merchant: Merchant;
}
/** EventInvoiceCreated is emitted when a merchant creates an invoice. */
export interface EventInvoiceCreated {
  invoiceId: bigint;
  merchant: string;
  amount: string;
  denom: string;
  reference: string;
  expiresAt: bigint;
  idempotencyKey: string;
}
/**
 * EventInvoicePaid is emitted when an invoice is settled: merchant_credit + fee == amount,
 * and the payer paid amount - discount (the discount came from the community incentives pool).
 */
export interface EventInvoicePaid {
  invoiceId: bigint;
  merchant: string;
  payer: string;
  denom: string;
  amount: string;
  merchantCredit: string;
  fee: string;
  pointsUsed: bigint;
  discount: string;
}
/** EventRefund is emitted when a merchant refunds (part of) a paid invoice. */
export interface EventRefund {
  invoiceId: bigint;
  merchant: string;
  payer: string;
  amount: string;
  denom: string;
  refundedTotal: string;
}
/** EventParamsUpdated is emitted when governance changes the params. */
export interface EventParamsUpdated {
  params: Params;
}
function createBaseEventMerchantRegistered(): EventMerchantRegistered {
  return {
    merchant: Merchant.fromPartial({})
  };
}
export const EventMerchantRegistered = {
  encode(message: EventMerchantRegistered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.merchant !== undefined) {
      Merchant.encode(message.merchant, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventMerchantRegistered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventMerchantRegistered();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchant = Merchant.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventMerchantRegistered {
    const obj = createBaseEventMerchantRegistered();
    if (isSet(object.merchant)) obj.merchant = Merchant.fromJSON(object.merchant);
    return obj;
  },
  toJSON(message: EventMerchantRegistered): JsonSafe<EventMerchantRegistered> {
    const obj: any = {};
    message.merchant !== undefined && (obj.merchant = message.merchant ? Merchant.toJSON(message.merchant) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventMerchantRegistered>, I>>(object: I): EventMerchantRegistered {
    const message = createBaseEventMerchantRegistered();
    if (object.merchant !== undefined && object.merchant !== null) {
      message.merchant = Merchant.fromPartial(object.merchant);
    }
    return message;
  }
};
function createBaseEventInvoiceCreated(): EventInvoiceCreated {
  return {
    invoiceId: BigInt(0),
    merchant: "",
    amount: "",
    denom: "",
    reference: "",
    expiresAt: BigInt(0),
    idempotencyKey: ""
  };
}
export const EventInvoiceCreated = {
  encode(message: EventInvoiceCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.invoiceId !== BigInt(0)) {
      writer.uint32(8).uint64(message.invoiceId);
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
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInvoiceCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInvoiceCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.invoiceId = reader.uint64();
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
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventInvoiceCreated {
    const obj = createBaseEventInvoiceCreated();
    if (isSet(object.invoiceId)) obj.invoiceId = BigInt(object.invoiceId.toString());
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.reference)) obj.reference = String(object.reference);
    if (isSet(object.expiresAt)) obj.expiresAt = BigInt(object.expiresAt.toString());
    if (isSet(object.idempotencyKey)) obj.idempotencyKey = String(object.idempotencyKey);
    return obj;
  },
  toJSON(message: EventInvoiceCreated): JsonSafe<EventInvoiceCreated> {
    const obj: any = {};
    message.invoiceId !== undefined && (obj.invoiceId = (message.invoiceId || BigInt(0)).toString());
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.amount !== undefined && (obj.amount = message.amount);
    message.denom !== undefined && (obj.denom = message.denom);
    message.reference !== undefined && (obj.reference = message.reference);
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    message.idempotencyKey !== undefined && (obj.idempotencyKey = message.idempotencyKey);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventInvoiceCreated>, I>>(object: I): EventInvoiceCreated {
    const message = createBaseEventInvoiceCreated();
    if (object.invoiceId !== undefined && object.invoiceId !== null) {
      message.invoiceId = BigInt(object.invoiceId.toString());
    }
    message.merchant = object.merchant ?? "";
    message.amount = object.amount ?? "";
    message.denom = object.denom ?? "";
    message.reference = object.reference ?? "";
    if (object.expiresAt !== undefined && object.expiresAt !== null) {
      message.expiresAt = BigInt(object.expiresAt.toString());
    }
    message.idempotencyKey = object.idempotencyKey ?? "";
    return message;
  }
};
function createBaseEventInvoicePaid(): EventInvoicePaid {
  return {
    invoiceId: BigInt(0),
    merchant: "",
    payer: "",
    denom: "",
    amount: "",
    merchantCredit: "",
    fee: "",
    pointsUsed: BigInt(0),
    discount: ""
  };
}
export const EventInvoicePaid = {
  encode(message: EventInvoicePaid, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.invoiceId !== BigInt(0)) {
      writer.uint32(8).uint64(message.invoiceId);
    }
    if (message.merchant !== "") {
      writer.uint32(18).string(message.merchant);
    }
    if (message.payer !== "") {
      writer.uint32(26).string(message.payer);
    }
    if (message.denom !== "") {
      writer.uint32(34).string(message.denom);
    }
    if (message.amount !== "") {
      writer.uint32(42).string(message.amount);
    }
    if (message.merchantCredit !== "") {
      writer.uint32(50).string(message.merchantCredit);
    }
    if (message.fee !== "") {
      writer.uint32(58).string(message.fee);
    }
    if (message.pointsUsed !== BigInt(0)) {
      writer.uint32(64).uint64(message.pointsUsed);
    }
    if (message.discount !== "") {
      writer.uint32(74).string(message.discount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInvoicePaid {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInvoicePaid();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.invoiceId = reader.uint64();
          break;
        case 2:
          message.merchant = reader.string();
          break;
        case 3:
          message.payer = reader.string();
          break;
        case 4:
          message.denom = reader.string();
          break;
        case 5:
          message.amount = reader.string();
          break;
        case 6:
          message.merchantCredit = reader.string();
          break;
        case 7:
          message.fee = reader.string();
          break;
        case 8:
          message.pointsUsed = reader.uint64();
          break;
        case 9:
          message.discount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventInvoicePaid {
    const obj = createBaseEventInvoicePaid();
    if (isSet(object.invoiceId)) obj.invoiceId = BigInt(object.invoiceId.toString());
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.payer)) obj.payer = String(object.payer);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.merchantCredit)) obj.merchantCredit = String(object.merchantCredit);
    if (isSet(object.fee)) obj.fee = String(object.fee);
    if (isSet(object.pointsUsed)) obj.pointsUsed = BigInt(object.pointsUsed.toString());
    if (isSet(object.discount)) obj.discount = String(object.discount);
    return obj;
  },
  toJSON(message: EventInvoicePaid): JsonSafe<EventInvoicePaid> {
    const obj: any = {};
    message.invoiceId !== undefined && (obj.invoiceId = (message.invoiceId || BigInt(0)).toString());
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.payer !== undefined && (obj.payer = message.payer);
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    message.merchantCredit !== undefined && (obj.merchantCredit = message.merchantCredit);
    message.fee !== undefined && (obj.fee = message.fee);
    message.pointsUsed !== undefined && (obj.pointsUsed = (message.pointsUsed || BigInt(0)).toString());
    message.discount !== undefined && (obj.discount = message.discount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventInvoicePaid>, I>>(object: I): EventInvoicePaid {
    const message = createBaseEventInvoicePaid();
    if (object.invoiceId !== undefined && object.invoiceId !== null) {
      message.invoiceId = BigInt(object.invoiceId.toString());
    }
    message.merchant = object.merchant ?? "";
    message.payer = object.payer ?? "";
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    message.merchantCredit = object.merchantCredit ?? "";
    message.fee = object.fee ?? "";
    if (object.pointsUsed !== undefined && object.pointsUsed !== null) {
      message.pointsUsed = BigInt(object.pointsUsed.toString());
    }
    message.discount = object.discount ?? "";
    return message;
  }
};
function createBaseEventRefund(): EventRefund {
  return {
    invoiceId: BigInt(0),
    merchant: "",
    payer: "",
    amount: "",
    denom: "",
    refundedTotal: ""
  };
}
export const EventRefund = {
  encode(message: EventRefund, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.invoiceId !== BigInt(0)) {
      writer.uint32(8).uint64(message.invoiceId);
    }
    if (message.merchant !== "") {
      writer.uint32(18).string(message.merchant);
    }
    if (message.payer !== "") {
      writer.uint32(26).string(message.payer);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.denom !== "") {
      writer.uint32(42).string(message.denom);
    }
    if (message.refundedTotal !== "") {
      writer.uint32(50).string(message.refundedTotal);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventRefund {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventRefund();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.invoiceId = reader.uint64();
          break;
        case 2:
          message.merchant = reader.string();
          break;
        case 3:
          message.payer = reader.string();
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.denom = reader.string();
          break;
        case 6:
          message.refundedTotal = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventRefund {
    const obj = createBaseEventRefund();
    if (isSet(object.invoiceId)) obj.invoiceId = BigInt(object.invoiceId.toString());
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.payer)) obj.payer = String(object.payer);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.refundedTotal)) obj.refundedTotal = String(object.refundedTotal);
    return obj;
  },
  toJSON(message: EventRefund): JsonSafe<EventRefund> {
    const obj: any = {};
    message.invoiceId !== undefined && (obj.invoiceId = (message.invoiceId || BigInt(0)).toString());
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.payer !== undefined && (obj.payer = message.payer);
    message.amount !== undefined && (obj.amount = message.amount);
    message.denom !== undefined && (obj.denom = message.denom);
    message.refundedTotal !== undefined && (obj.refundedTotal = message.refundedTotal);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventRefund>, I>>(object: I): EventRefund {
    const message = createBaseEventRefund();
    if (object.invoiceId !== undefined && object.invoiceId !== null) {
      message.invoiceId = BigInt(object.invoiceId.toString());
    }
    message.merchant = object.merchant ?? "";
    message.payer = object.payer ?? "";
    message.amount = object.amount ?? "";
    message.denom = object.denom ?? "";
    message.refundedTotal = object.refundedTotal ?? "";
    return message;
  }
};
function createBaseEventParamsUpdated(): EventParamsUpdated {
  return {
    params: Params.fromPartial({})
  };
}
export const EventParamsUpdated = {
  encode(message: EventParamsUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventParamsUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventParamsUpdated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventParamsUpdated {
    const obj = createBaseEventParamsUpdated();
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    return obj;
  },
  toJSON(message: EventParamsUpdated): JsonSafe<EventParamsUpdated> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventParamsUpdated>, I>>(object: I): EventParamsUpdated {
    const message = createBaseEventParamsUpdated();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  }
};