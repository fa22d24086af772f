/* eslint-disable */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Params, Merchant, Invoice } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet } from "cosmjs-types/helpers";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryMerchantsRequest {
  pagination?: PageRequest;
}
export interface QueryMerchantsResponse {
  merchants: Merchant[];
  pagination?: PageResponse;
}
export interface QueryMerchantRequest {
  address: string;
}
export interface QueryMerchantResponse {
  merchant: Merchant;
  /** kyc_valid: whether the merchant's x/rwa credential is valid now. */
  kycValid: boolean;
}
export interface QueryInvoiceRequest {
  id: bigint;
}
export interface QueryInvoiceResponse {
  invoice: Invoice;
  /** expired: OPEN and past its expiry. */
  expired: boolean;
}
export interface QueryMerchantInvoicesRequest {
  merchant: string;
  pagination?: PageRequest;
}
export interface QueryMerchantInvoicesResponse {
  invoices: Invoice[];
  pagination?: PageResponse;
}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
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
  fromJSON(_: any): QueryParamsRequest {
    const obj = createBaseQueryParamsRequest();
    return obj;
  },
  toJSON(_: QueryParamsRequest): JsonSafe<QueryParamsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryParamsRequest>, I>>(_: I): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  }
};
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: Params.fromPartial({})
  };
}
export const QueryParamsResponse = {
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
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
  fromJSON(object: any): QueryParamsResponse {
    const obj = createBaseQueryParamsResponse();
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    return obj;
  },
  toJSON(message: QueryParamsResponse): JsonSafe<QueryParamsResponse> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryParamsResponse>, I>>(object: I): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  }
};
function createBaseQueryMerchantsRequest(): QueryMerchantsRequest {
  return {
    pagination: undefined
  };
}
export const QueryMerchantsRequest = {
  encode(message: QueryMerchantsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMerchantsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMerchantsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMerchantsRequest {
    const obj = createBaseQueryMerchantsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryMerchantsRequest): JsonSafe<QueryMerchantsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMerchantsRequest>, I>>(object: I): QueryMerchantsRequest {
    const message = createBaseQueryMerchantsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryMerchantsResponse(): QueryMerchantsResponse {
  return {
    merchants: [],
    pagination: undefined
  };
}
export const QueryMerchantsResponse = {
  encode(message: QueryMerchantsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.merchants) {
      Merchant.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMerchantsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMerchantsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchants.push(Merchant.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMerchantsResponse {
    const obj = createBaseQueryMerchantsResponse();
    if (Array.isArray(object?.merchants)) obj.merchants = object.merchants.map((e: any) => Merchant.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryMerchantsResponse): JsonSafe<QueryMerchantsResponse> {
    const obj: any = {};
    if (message.merchants) {
      obj.merchants = message.merchants.map(e => e ? Merchant.toJSON(e) : undefined);
    } else {
      obj.merchants = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMerchantsResponse>, I>>(object: I): QueryMerchantsResponse {
    const message = createBaseQueryMerchantsResponse();
    message.merchants = object.merchants?.map(e => Merchant.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryMerchantRequest(): QueryMerchantRequest {
  return {
    address: ""
  };
}
export const QueryMerchantRequest = {
  encode(message: QueryMerchantRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMerchantRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMerchantRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMerchantRequest {
    const obj = createBaseQueryMerchantRequest();
    if (isSet(object.address)) obj.address = String(object.address);
    return obj;
  },
  toJSON(message: QueryMerchantRequest): JsonSafe<QueryMerchantRequest> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMerchantRequest>, I>>(object: I): QueryMerchantRequest {
    const message = createBaseQueryMerchantRequest();
    message.address = object.address ?? "";
    return message;
  }
};
function createBaseQueryMerchantResponse(): QueryMerchantResponse {
  return {
    merchant: Merchant.fromPartial({}),
    kycValid: false
  };
}
export const QueryMerchantResponse = {
  encode(message: QueryMerchantResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.merchant !== undefined) {
      Merchant.encode(message.merchant, writer.uint32(10).fork()).ldelim();
    }
    if (message.kycValid === true) {
      writer.uint32(16).bool(message.kycValid);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMerchantResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMerchantResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchant = Merchant.decode(reader, reader.uint32());
          break;
        case 2:
          message.kycValid = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMerchantResponse {
    const obj = createBaseQueryMerchantResponse();
    if (isSet(object.merchant)) obj.merchant = Merchant.fromJSON(object.merchant);
    if (isSet(object.kycValid)) obj.kycValid = Boolean(object.kycValid);
    return obj;
  },
  toJSON(message: QueryMerchantResponse): JsonSafe<QueryMerchantResponse> {
    const obj: any = {};
    message.merchant !== undefined && (obj.merchant = message.merchant ? Merchant.toJSON(message.merchant) : undefined);
    message.kycValid !== undefined && (obj.kycValid = message.kycValid);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMerchantResponse>, I>>(object: I): QueryMerchantResponse {
    const message = createBaseQueryMerchantResponse();
    if (object.merchant !== undefined && object.merchant !== null) {
      message.merchant = Merchant.fromPartial(object.merchant);
    }
    message.kycValid = object.kycValid ?? false;
    return message;
  }
};
function createBaseQueryInvoiceRequest(): QueryInvoiceRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryInvoiceRequest = {
  encode(message: QueryInvoiceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInvoiceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInvoiceRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryInvoiceRequest {
    const obj = createBaseQueryInvoiceRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryInvoiceRequest): JsonSafe<QueryInvoiceRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryInvoiceRequest>, I>>(object: I): QueryInvoiceRequest {
    const message = createBaseQueryInvoiceRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryInvoiceResponse(): QueryInvoiceResponse {
  return {
    invoice: Invoice.fromPartial({}),
    expired: false
  };
}
export const QueryInvoiceResponse = {
  encode(message: QueryInvoiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.invoice !== undefined) {
      Invoice.encode(message.invoice, writer.uint32(10).fork()).ldelim();
    }
    if (message.expired === true) {
      writer.uint32(16).bool(message.expired);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInvoiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInvoiceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.invoice = Invoice.decode(reader, reader.uint32());
          break;
        case 2:
          message.expired = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryInvoiceResponse {
    const obj = createBaseQueryInvoiceResponse();
    if (isSet(object.invoice)) obj.invoice = Invoice.fromJSON(object.invoice);
    if (isSet(object.expired)) obj.expired = Boolean(object.expired);
    return obj;
  },
  toJSON(message: QueryInvoiceResponse): JsonSafe<QueryInvoiceResponse> {
    const obj: any = {};
    message.invoice !== undefined && (obj.invoice = message.invoice ? Invoice.toJSON(message.invoice) : undefined);
    message.expired !== undefined && (obj.expired = message.expired);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryInvoiceResponse>, I>>(object: I): QueryInvoiceResponse {
    const message = createBaseQueryInvoiceResponse();
    if (object.invoice !== undefined && object.invoice !== null) {
      message.invoice = Invoice.fromPartial(object.invoice);
    }
    message.expired = object.expired ?? false;
    return message;
  }
};
function createBaseQueryMerchantInvoicesRequest(): QueryMerchantInvoicesRequest {
  return {
    merchant: "",
    pagination: undefined
  };
}
export const QueryMerchantInvoicesRequest = {
  encode(message: QueryMerchantInvoicesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.merchant !== "") {
      writer.uint32(10).string(message.merchant);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMerchantInvoicesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMerchantInvoicesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.merchant = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMerchantInvoicesRequest {
    const obj = createBaseQueryMerchantInvoicesRequest();
    if (isSet(object.merchant)) obj.merchant = String(object.merchant);
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryMerchantInvoicesRequest): JsonSafe<QueryMerchantInvoicesRequest> {
    const obj: any = {};
    message.merchant !== undefined && (obj.merchant = message.merchant);
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMerchantInvoicesRequest>, I>>(object: I): QueryMerchantInvoicesRequest {
    const message = createBaseQueryMerchantInvoicesRequest();
    message.merchant = object.merchant ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryMerchantInvoicesResponse(): QueryMerchantInvoicesResponse {
  return {
    invoices: [],
    pagination: undefined
  };
}
export const QueryMerchantInvoicesResponse = {
  encode(message: QueryMerchantInvoicesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.invoices) {
      Invoice.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMerchantInvoicesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMerchantInvoicesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.invoices.push(Invoice.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMerchantInvoicesResponse {
    const obj = createBaseQueryMerchantInvoicesResponse();
    if (Array.isArray(object?.invoices)) obj.invoices = object.invoices.map((e: any) => Invoice.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryMerchantInvoicesResponse): JsonSafe<QueryMerchantInvoicesResponse> {
    const obj: any = {};
    if (message.invoices) {
      obj.invoices = message.invoices.map(e => e ? Invoice.toJSON(e) : undefined);
    } else {
      obj.invoices = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMerchantInvoicesResponse>, I>>(object: I): QueryMerchantInvoicesResponse {
    const message = createBaseQueryMerchantInvoicesResponse();
    message.invoices = object.invoices?.map(e => Invoice.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};