/* eslint-disable */
import { RefundPolicy, Params } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface MsgRegisterMerchant {
  merchant: string;
  name: string;
  jurisdiction: string;
  /** settlement_address: empty = the merchant's own address. */
  settlementAddress: string;
  acceptedDenoms: string[];
  refundPolicy: RefundPolicy;
  acceptsPoints: boolean;
}
export interface MsgRegisterMerchantResponse {}
export interface MsgCreateInvoice {
  merchant: string;
  amount: string;
  denom: string;
  reference: string;
  /** expires_at: unix seconds, after the block time and within params.max_invoice_seconds. */
  expiresAt: bigint;
  /** idempotency_key: 1-64 characters, unique per merchant. */
  idempotencyKey: string;
}
export interface MsgCreateInvoiceResponse {
  invoiceId: bigint;
  /** existing: true when the idempotency key matched an invoice created earlier. */
  existing: boolean;
}
export interface MsgPayInvoice {
  payer: string;
  invoiceId: bigint;
  /** amount and denom: what the payer agrees to pay; must equal the invoice's (partial payments are refused). */
  amount: string;
  denom: string;
  /** points: x/health points to spend as a discount (abtt invoices of merchants accepting points). */
  points: bigint;
}
export interface MsgPayInvoiceResponse {
  paid: string;
  discount: string;
  fee: string;
}
export interface MsgRefund {
  merchant: string;
  invoiceId: bigint;
  amount: string;
}
export interface MsgRefundResponse {
  refundedTotal: string;
}
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
function createBaseMsgRegisterMerchant(): MsgRegisterMerchant {
  return {
    merchant: "",
    name: "",
    jurisdiction: "",
    settlementAddress: "",
    acceptedDenoms: [],
    refundPolicy: RefundPolicy.fromPartial({}),
    acceptsPoints: false
  };
}
export const MsgRegisterMerchant = {
  aminoType: "btt/payfi/MsgRegisterMerchant",
  encode(message: MsgRegisterMerchant, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.merchant !== "") {
      writer.uint32(10).string(message.merchant);
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
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterMerchant {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterMerchant();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchant = reader.string();
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
  fromJSON(object: any): MsgRegisterMerchant {
    const obj = createBaseMsgRegisterMerchant();
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.settlementAddress)) obj.settlementAddress = String(object.settlementAddress);
    if (Array.isArray(object?.acceptedDenoms)) obj.acceptedDenoms = object.acceptedDenoms.map((e: any) => String(e));
    if (isSet(object.refundPolicy)) obj.refundPolicy = RefundPolicy.fromJSON(object.refundPolicy);
    if (isSet(object.acceptsPoints)) obj.acceptsPoints = Boolean(object.acceptsPoints);
    return obj;
  },
  toJSON(message: MsgRegisterMerchant): JsonSafe<MsgRegisterMerchant> {
    const obj: any = {};
    message.merchant !== undefined && (obj.merchant = message.merchant);
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
  fromPartial<I extends Exact<DeepPartial<MsgRegisterMerchant>, I>>(object: I): MsgRegisterMerchant {
    const message = createBaseMsgRegisterMerchant();
    message.merchant = object.merchant ?? "";
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
function createBaseMsgRegisterMerchantResponse(): MsgRegisterMerchantResponse {
  return {};
}
export const MsgRegisterMerchantResponse = {
  encode(_: MsgRegisterMerchantResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterMerchantResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterMerchantResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgRegisterMerchantResponse {
    const obj = createBaseMsgRegisterMerchantResponse();
    return obj;
  },
  toJSON(_: MsgRegisterMerchantResponse): JsonSafe<MsgRegisterMerchantResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterMerchantResponse>, I>>(_: I): MsgRegisterMerchantResponse {
    const message = createBaseMsgRegisterMerchantResponse();
    return message;
  }
};
function createBaseMsgCreateInvoice(): MsgCreateInvoice {
  return {
    merchant: "",
    amount: "",
    denom: "",
    reference: "",
    expiresAt: BigInt(0),
    idempotencyKey: ""
  };
}
export const MsgCreateInvoice = {
  aminoType: "btt/payfi/MsgCreateInvoice",
  encode(message: MsgCreateInvoice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.merchant !== "") {
      writer.uint32(10).string(message.merchant);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    if (message.denom !== "") {
      writer.uint32(26).string(message.denom);
    }
    if (message.reference !== "") {
      writer.uint32(34).string(message.reference);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(40).int64(message.expiresAt);
    }
    if (message.idempotencyKey !== "") {
      writer.uint32(50).string(message.idempotencyKey);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateInvoice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateInvoice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchant = reader.string();
          break;
        case 2:
          message.amount = reader.string();
          break;
        case 3:
          message.denom = reader.string();
          break;
        case 4:
          message.reference = reader.string();
          break;
        case 5:
          message.expiresAt = reader.int64();
          break;
        case 6:
          message.idempotencyKey = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCreateInvoice {
    const obj = createBaseMsgCreateInvoice();
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.reference)) obj.reference = String(object.reference);
    if (isSet(object.expiresAt)) obj.expiresAt = BigInt(object.expiresAt.toString());
    if (isSet(object.idempotencyKey)) obj.idempotencyKey = String(object.idempotencyKey);
    return obj;
  },
  toJSON(message: MsgCreateInvoice): JsonSafe<MsgCreateInvoice> {
    const obj: any = {};
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.amount !== undefined && (obj.amount = message.amount);
    message.denom !== undefined && (obj.denom = message.denom);
    message.reference !== undefined && (obj.reference = message.reference);
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    message.idempotencyKey !== undefined && (obj.idempotencyKey = message.idempotencyKey);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCreateInvoice>, I>>(object: I): MsgCreateInvoice {
    const message = createBaseMsgCreateInvoice();
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
function createBaseMsgCreateInvoiceResponse(): MsgCreateInvoiceResponse {
  return {
    invoiceId: BigInt(0),
    existing: false
  };
}
export const MsgCreateInvoiceResponse = {
  encode(message: MsgCreateInvoiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.invoiceId !== BigInt(0)) {
      writer.uint32(8).uint64(message.invoiceId);
    }
    if (message.existing === true) {
      writer.uint32(16).bool(message.existing);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateInvoiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateInvoiceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.invoiceId = reader.uint64();
          break;
        case 2:
          message.existing = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCreateInvoiceResponse {
    const obj = createBaseMsgCreateInvoiceResponse();
    if (isSet(object.invoiceId)) obj.invoiceId = BigInt(object.invoiceId.toString());
    if (isSet(object.existing)) obj.existing = Boolean(object.existing);
    return obj;
  },
  toJSON(message: MsgCreateInvoiceResponse): JsonSafe<MsgCreateInvoiceResponse> {
    const obj: any = {};
    message.invoiceId !== undefined && (obj.invoiceId = (message.invoiceId || BigInt(0)).toString());
    message.existing !== undefined && (obj.existing = message.existing);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCreateInvoiceResponse>, I>>(object: I): MsgCreateInvoiceResponse {
    const message = createBaseMsgCreateInvoiceResponse();
    if (object.invoiceId !== undefined && object.invoiceId !== null) {
      message.invoiceId = BigInt(object.invoiceId.toString());
    }
    message.existing = object.existing ?? false;
    return message;
  }
};
function createBaseMsgPayInvoice(): MsgPayInvoice {
  return {
    payer: "",
    invoiceId: BigInt(0),
    amount: "",
    denom: "",
    points: BigInt(0)
  };
}
export const MsgPayInvoice = {
  aminoType: "btt/payfi/MsgPayInvoice",
  encode(message: MsgPayInvoice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.payer !== "") {
      writer.uint32(10).string(message.payer);
    }
    if (message.invoiceId !== BigInt(0)) {
      writer.uint32(16).uint64(message.invoiceId);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    if (message.denom !== "") {
      writer.uint32(34).string(message.denom);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(40).uint64(message.points);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPayInvoice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPayInvoice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.payer = reader.string();
          break;
        case 2:
          message.invoiceId = reader.uint64();
          break;
        case 3:
          message.amount = reader.string();
          break;
        case 4:
          message.denom = reader.string();
          break;
        case 5:
          message.points = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPayInvoice {
    const obj = createBaseMsgPayInvoice();
    if (isSet(object.payer)) obj.payer = String(object.payer);
    if (isSet(object.invoiceId)) obj.invoiceId = BigInt(object.invoiceId.toString());
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    return obj;
  },
  toJSON(message: MsgPayInvoice): JsonSafe<MsgPayInvoice> {
    const obj: any = {};
    message.payer !== undefined && (obj.payer = message.payer);
    message.invoiceId !== undefined && (obj.invoiceId = (message.invoiceId || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    message.denom !== undefined && (obj.denom = message.denom);
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPayInvoice>, I>>(object: I): MsgPayInvoice {
    const message = createBaseMsgPayInvoice();
    message.payer = object.payer ?? "";
    if (object.invoiceId !== undefined && object.invoiceId !== null) {
      message.invoiceId = BigInt(object.invoiceId.toString());
    }
    message.amount = object.amount ?? "";
    message.denom = object.denom ?? "";
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    return message;
  }
};
function createBaseMsgPayInvoiceResponse(): MsgPayInvoiceResponse {
  return {
    paid: "",
    discount: "",
    fee: ""
  };
}
export const MsgPayInvoiceResponse = {
  encode(message: MsgPayInvoiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.paid !== "") {
      writer.uint32(10).string(message.paid);
    }
    if (message.discount !== "") {
      writer.uint32(18).string(message.discount);
    }
    if (message.fee !== "") {
      writer.uint32(26).string(message.fee);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPayInvoiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPayInvoiceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.paid = reader.string();
          break;
        case 2:
          message.discount = reader.string();
          break;
        case 3:
          message.fee = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPayInvoiceResponse {
    const obj = createBaseMsgPayInvoiceResponse();
    if (isSet(object.paid)) obj.paid = String(object.paid);
    if (isSet(object.discount)) obj.discount = String(object.discount);
    if (isSet(object.fee)) obj.fee = String(object.fee);
    return obj;
  },
  toJSON(message: MsgPayInvoiceResponse): JsonSafe<MsgPayInvoiceResponse> {
    const obj: any = {};
    message.paid !== undefined && (obj.paid = message.paid);
    message.discount !== undefined && (obj.discount = message.discount);
    message.fee !== undefined && (obj.fee = message.fee);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPayInvoiceResponse>, I>>(object: I): MsgPayInvoiceResponse {
    const message = createBaseMsgPayInvoiceResponse();
    message.paid = object.paid ?? "";
    message.discount = object.discount ?? "";
    message.fee = object.fee ?? "";
    return message;
  }
};
function createBaseMsgRefund(): MsgRefund {
  return {
    merchant: "",
    invoiceId: BigInt(0),
    amount: ""
  };
}
export const MsgRefund = {
  aminoType: "btt/payfi/MsgRefund",
  encode(message: MsgRefund, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.merchant !== "") {
      writer.uint32(10).string(message.merchant);
    }
    if (message.invoiceId !== BigInt(0)) {
      writer.uint32(16).uint64(message.invoiceId);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRefund {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRefund();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchant = reader.string();
          break;
        case 2:
          message.invoiceId = reader.uint64();
          break;
        case 3:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRefund {
    const obj = createBaseMsgRefund();
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.invoiceId)) obj.invoiceId = BigInt(object.invoiceId.toString());
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: MsgRefund): JsonSafe<MsgRefund> {
    const obj: any = {};
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.invoiceId !== undefined && (obj.invoiceId = (message.invoiceId || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRefund>, I>>(object: I): MsgRefund {
    const message = createBaseMsgRefund();
    message.merchant = object.merchant ?? "";
    if (object.invoiceId !== undefined && object.invoiceId !== null) {
      message.invoiceId = BigInt(object.invoiceId.toString());
    }
    message.amount = object.amount ?? "";
    return message;
  }
};
function createBaseMsgRefundResponse(): MsgRefundResponse {
  return {
    refundedTotal: ""
  };
}
export const MsgRefundResponse = {
  encode(message: MsgRefundResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.refundedTotal !== "") {
      writer.uint32(10).string(message.refundedTotal);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRefundResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRefundResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.refundedTotal = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRefundResponse {
    const obj = createBaseMsgRefundResponse();
    if (isSet(object.refundedTotal)) obj.refundedTotal = String(object.refundedTotal);
    return obj;
  },
  toJSON(message: MsgRefundResponse): JsonSafe<MsgRefundResponse> {
    const obj: any = {};
    message.refundedTotal !== undefined && (obj.refundedTotal = message.refundedTotal);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRefundResponse>, I>>(object: I): MsgRefundResponse {
    const message = createBaseMsgRefundResponse();
    message.refundedTotal = object.refundedTotal ?? "";
    return message;
  }
};
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: Params.fromPartial({})
  };
}
export const MsgUpdateParams = {
  aminoType: "btt/payfi/MsgUpdateParams",
  encode(message: MsgUpdateParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateParams {
    const obj = createBaseMsgUpdateParams();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    return obj;
  },
  toJSON(message: MsgUpdateParams): JsonSafe<MsgUpdateParams> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateParams>, I>>(object: I): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    message.authority = object.authority ?? "";
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  encode(_: MsgUpdateParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgUpdateParamsResponse {
    const obj = createBaseMsgUpdateParamsResponse();
    return obj;
  },
  toJSON(_: MsgUpdateParamsResponse): JsonSafe<MsgUpdateParamsResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateParamsResponse>, I>>(_: I): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  }
};