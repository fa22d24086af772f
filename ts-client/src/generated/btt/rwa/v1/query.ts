/* eslint-disable */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { AssetClass, AssetStatus, Params, Verifier, Credential, Asset, Valuation, Order, Trade, assetClassFromJSON, assetStatusFromJSON, assetClassToJSON, assetStatusToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet } from "cosmjs-types/helpers";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryVerifiersRequest {
  pagination?: PageRequest;
}
export interface QueryVerifiersResponse {
  verifiers: Verifier[];
  pagination?: PageResponse;
}
export interface QueryVerifierRequest {
  address: string;
}
export interface QueryVerifierResponse {
  verifier: Verifier;
}
export interface CredentialStatus {
  credential: Credential;
  /** valid: not expired and the issuer is still a KYC verifier of the jurisdiction. */
  valid: boolean;
}
export interface QueryCredentialsRequest {
  holder: string;
}
export interface QueryCredentialsResponse {
  credentials: CredentialStatus[];
}
export interface QueryCredentialRequest {
  holder: string;
  jurisdiction: string;
}
export interface QueryCredentialResponse {
  credential: CredentialStatus;
}
export interface QueryAssetsRequest {
  assetClass: AssetClass;
  status: AssetStatus;
  owner: string;
  pagination?: PageRequest;
}
export interface QueryAssetsResponse {
  assets: Asset[];
  pagination?: PageResponse;
}
export interface QueryAssetRequest {
  id: bigint;
}
export interface QueryAssetResponse {
  asset: Asset;
}
export interface QueryValuationsRequest {
  assetId: bigint;
  pagination?: PageRequest;
}
export interface QueryValuationsResponse {
  valuations: Valuation[];
  pagination?: PageResponse;
}
/** PriceLevel is the resting quantity at one price. */
export interface PriceLevel {
  price: string;
  quantity: bigint;
  orders: number;
}
export interface QueryOrderBookRequest {
  assetId: bigint;
  /** depth bounds the levels per side (0: 100). */
  depth: number;
}
export interface QueryOrderBookResponse {
  /** bids: highest price first; asks: lowest price first. */
  bids: PriceLevel[];
  asks: PriceLevel[];
}
export interface QueryOrderRequest {
  id: bigint;
}
export interface QueryOrderResponse {
  order: Order;
}
export interface QueryOrdersRequest {
  owner: string;
  pagination?: PageRequest;
}
export interface QueryOrdersResponse {
  orders: Order[];
  pagination?: PageResponse;
}
export interface QueryTradesRequest {
  assetId: bigint;
  pagination?: PageRequest;
}
export interface QueryTradesResponse {
  trades: Trade[];
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
function createBaseQueryVerifiersRequest(): QueryVerifiersRequest {
  return {
    pagination: undefined
  };
}
export const QueryVerifiersRequest = {
  encode(message: QueryVerifiersRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVerifiersRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVerifiersRequest();
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
  fromJSON(object: any): QueryVerifiersRequest {
    const obj = createBaseQueryVerifiersRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryVerifiersRequest): JsonSafe<QueryVerifiersRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryVerifiersRequest>, I>>(object: I): QueryVerifiersRequest {
    const message = createBaseQueryVerifiersRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryVerifiersResponse(): QueryVerifiersResponse {
  return {
    verifiers: [],
    pagination: undefined
  };
}
export const QueryVerifiersResponse = {
  encode(message: QueryVerifiersResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.verifiers) {
      Verifier.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVerifiersResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVerifiersResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifiers.push(Verifier.decode(reader, reader.uint32()));
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
  fromJSON(object: any): QueryVerifiersResponse {
    const obj = createBaseQueryVerifiersResponse();
    if (Array.isArray(object?.verifiers)) obj.verifiers = object.verifiers.map((e: any) => Verifier.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryVerifiersResponse): JsonSafe<QueryVerifiersResponse> {
    const obj: any = {};
    if (message.verifiers) {
      obj.verifiers = message.verifiers.map(e => e ? Verifier.toJSON(e) : undefined);
    } else {
      obj.verifiers = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryVerifiersResponse>, I>>(object: I): QueryVerifiersResponse {
    const message = createBaseQueryVerifiersResponse();
    message.verifiers = object.verifiers?.map(e => Verifier.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryVerifierRequest(): QueryVerifierRequest {
  return {
    address: ""
  };
}
export const QueryVerifierRequest = {
  encode(message: QueryVerifierRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVerifierRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVerifierRequest();
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
  fromJSON(object: any): QueryVerifierRequest {
    const obj = createBaseQueryVerifierRequest();
    if (isSet(object.address)) obj.address = String(object.address);
    return obj;
  },
  toJSON(message: QueryVerifierRequest): JsonSafe<QueryVerifierRequest> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryVerifierRequest>, I>>(object: I): QueryVerifierRequest {
    const message = createBaseQueryVerifierRequest();
    message.address = object.address ?? "";
    return message;
  }
};
function createBaseQueryVerifierResponse(): QueryVerifierResponse {
  return {
    verifier: Verifier.fromPartial({})
  };
}
export const QueryVerifierResponse = {
  encode(message: QueryVerifierResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== undefined) {
      Verifier.encode(message.verifier, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVerifierResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVerifierResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = Verifier.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryVerifierResponse {
    const obj = createBaseQueryVerifierResponse();
    if (isSet(object.verifier)) obj.verifier = Verifier.fromJSON(object.verifier);
    return obj;
  },
  toJSON(message: QueryVerifierResponse): JsonSafe<QueryVerifierResponse> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier ? Verifier.toJSON(message.verifier) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryVerifierResponse>, I>>(object: I): QueryVerifierResponse {
    const message = createBaseQueryVerifierResponse();
    if (object.verifier !== undefined && object.verifier !== null) {
      message.verifier = Verifier.fromPartial(object.verifier);
    }
    return message;
  }
};
function createBaseCredentialStatus(): CredentialStatus {
  return {
    credential: Credential.fromPartial({}),
    valid: false
  };
}
export const CredentialStatus = {
  encode(message: CredentialStatus, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.credential !== undefined) {
      Credential.encode(message.credential, writer.uint32(10).fork()).ldelim();
    }
    if (message.valid === true) {
      writer.uint32(16).bool(message.valid);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CredentialStatus {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCredentialStatus();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.credential = Credential.decode(reader, reader.uint32());
          break;
        case 2:
          message.valid = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): CredentialStatus {
    const obj = createBaseCredentialStatus();
    if (isSet(object.credential)) obj.credential = Credential.fromJSON(object.credential);
    if (isSet(object.valid)) obj.valid = Boolean(object.valid);
    return obj;
  },
  toJSON(message: CredentialStatus): JsonSafe<CredentialStatus> {
    const obj: any = {};
    message.credential !== undefined && (obj.credential = message.credential ? Credential.toJSON(message.credential) : undefined);
    message.valid !== undefined && (obj.valid = message.valid);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<CredentialStatus>, I>>(object: I): CredentialStatus {
    const message = createBaseCredentialStatus();
    if (object.credential !== undefined && object.credential !== null) {
      message.credential = Credential.fromPartial(object.credential);
    }
    message.valid = object.valid ?? false;
    return message;
  }
};
function createBaseQueryCredentialsRequest(): QueryCredentialsRequest {
  return {
    holder: ""
  };
}
export const QueryCredentialsRequest = {
  encode(message: QueryCredentialsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.holder !== "") {
      writer.uint32(10).string(message.holder);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCredentialsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCredentialsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.holder = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCredentialsRequest {
    const obj = createBaseQueryCredentialsRequest();
    if (isSet(object.holder)) obj.holder = String(object.holder);
    return obj;
  },
  toJSON(message: QueryCredentialsRequest): JsonSafe<QueryCredentialsRequest> {
    const obj: any = {};
    message.holder !== undefined && (obj.holder = message.holder);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCredentialsRequest>, I>>(object: I): QueryCredentialsRequest {
    const message = createBaseQueryCredentialsRequest();
    message.holder = object.holder ?? "";
    return message;
  }
};
function createBaseQueryCredentialsResponse(): QueryCredentialsResponse {
  return {
    credentials: []
  };
}
export const QueryCredentialsResponse = {
  encode(message: QueryCredentialsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.credentials) {
      CredentialStatus.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCredentialsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCredentialsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.credentials.push(CredentialStatus.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCredentialsResponse {
    const obj = createBaseQueryCredentialsResponse();
    if (Array.isArray(object?.credentials)) obj.credentials = object.credentials.map((e: any) => CredentialStatus.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryCredentialsResponse): JsonSafe<QueryCredentialsResponse> {
    const obj: any = {};
    if (message.credentials) {
      obj.credentials = message.credentials.map(e => e ? CredentialStatus.toJSON(e) : undefined);
    } else {
      obj.credentials = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCredentialsResponse>, I>>(object: I): QueryCredentialsResponse {
    const message = createBaseQueryCredentialsResponse();
    message.credentials = object.credentials?.map(e => CredentialStatus.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryCredentialRequest(): QueryCredentialRequest {
  return {
    holder: "",
    jurisdiction: ""
  };
}
export const QueryCredentialRequest = {
  encode(message: QueryCredentialRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.holder !== "") {
      writer.uint32(10).string(message.holder);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(18).string(message.jurisdiction);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCredentialRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCredentialRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.holder = reader.string();
          break;
        case 2:
          message.jurisdiction = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCredentialRequest {
    const obj = createBaseQueryCredentialRequest();
    if (isSet(object.holder)) obj.holder = String(object.holder);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    return obj;
  },
  toJSON(message: QueryCredentialRequest): JsonSafe<QueryCredentialRequest> {
    const obj: any = {};
    message.holder !== undefined && (obj.holder = message.holder);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCredentialRequest>, I>>(object: I): QueryCredentialRequest {
    const message = createBaseQueryCredentialRequest();
    message.holder = object.holder ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    return message;
  }
};
function createBaseQueryCredentialResponse(): QueryCredentialResponse {
  return {
    credential: CredentialStatus.fromPartial({})
  };
}
export const QueryCredentialResponse = {
  encode(message: QueryCredentialResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.credential !== undefined) {
      CredentialStatus.encode(message.credential, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCredentialResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCredentialResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.credential = CredentialStatus.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCredentialResponse {
    const obj = createBaseQueryCredentialResponse();
    if (isSet(object.credential)) obj.credential = CredentialStatus.fromJSON(object.credential);
    return obj;
  },
  toJSON(message: QueryCredentialResponse): JsonSafe<QueryCredentialResponse> {
    const obj: any = {};
    message.credential !== undefined && (obj.credential = message.credential ? CredentialStatus.toJSON(message.credential) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCredentialResponse>, I>>(object: I): QueryCredentialResponse {
    const message = createBaseQueryCredentialResponse();
    if (object.credential !== undefined && object.credential !== null) {
      message.credential = CredentialStatus.fromPartial(object.credential);
    }
    return message;
  }
};
function createBaseQueryAssetsRequest(): QueryAssetsRequest {
  return {
    assetClass: 0,
    status: 0,
    owner: "",
    pagination: undefined
  };
}
export const QueryAssetsRequest = {
  encode(message: QueryAssetsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetClass !== 0) {
      writer.uint32(8).int32(message.assetClass);
    }
    if (message.status !== 0) {
      writer.uint32(16).int32(message.status);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetClass = reader.int32() as any;
          break;
        case 2:
          message.status = reader.int32() as any;
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAssetsRequest {
    const obj = createBaseQueryAssetsRequest();
    if (isSet(object.assetClass)) obj.assetClass = assetClassFromJSON(object.assetClass);
    if (isSet(object.status)) obj.status = assetStatusFromJSON(object.status);
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryAssetsRequest): JsonSafe<QueryAssetsRequest> {
    const obj: any = {};
    message.assetClass !== undefined && (obj.assetClass = assetClassToJSON(message.assetClass));
    message.status !== undefined && (obj.status = assetStatusToJSON(message.status));
    message.owner !== undefined && (obj.owner = message.owner);
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAssetsRequest>, I>>(object: I): QueryAssetsRequest {
    const message = createBaseQueryAssetsRequest();
    message.assetClass = object.assetClass ?? 0;
    message.status = object.status ?? 0;
    message.owner = object.owner ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryAssetsResponse(): QueryAssetsResponse {
  return {
    assets: [],
    pagination: undefined
  };
}
export const QueryAssetsResponse = {
  encode(message: QueryAssetsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.assets) {
      Asset.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assets.push(Asset.decode(reader, reader.uint32()));
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
  fromJSON(object: any): QueryAssetsResponse {
    const obj = createBaseQueryAssetsResponse();
    if (Array.isArray(object?.assets)) obj.assets = object.assets.map((e: any) => Asset.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryAssetsResponse): JsonSafe<QueryAssetsResponse> {
    const obj: any = {};
    if (message.assets) {
      obj.assets = message.assets.map(e => e ? Asset.toJSON(e) : undefined);
    } else {
      obj.assets = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAssetsResponse>, I>>(object: I): QueryAssetsResponse {
    const message = createBaseQueryAssetsResponse();
    message.assets = object.assets?.map(e => Asset.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryAssetRequest(): QueryAssetRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryAssetRequest = {
  encode(message: QueryAssetRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetRequest();
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
  fromJSON(object: any): QueryAssetRequest {
    const obj = createBaseQueryAssetRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryAssetRequest): JsonSafe<QueryAssetRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAssetRequest>, I>>(object: I): QueryAssetRequest {
    const message = createBaseQueryAssetRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryAssetResponse(): QueryAssetResponse {
  return {
    asset: Asset.fromPartial({})
  };
}
export const QueryAssetResponse = {
  encode(message: QueryAssetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.asset !== undefined) {
      Asset.encode(message.asset, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.asset = Asset.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAssetResponse {
    const obj = createBaseQueryAssetResponse();
    if (isSet(object.asset)) obj.asset = Asset.fromJSON(object.asset);
    return obj;
  },
  toJSON(message: QueryAssetResponse): JsonSafe<QueryAssetResponse> {
    const obj: any = {};
    message.asset !== undefined && (obj.asset = message.asset ? Asset.toJSON(message.asset) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAssetResponse>, I>>(object: I): QueryAssetResponse {
    const message = createBaseQueryAssetResponse();
    if (object.asset !== undefined && object.asset !== null) {
      message.asset = Asset.fromPartial(object.asset);
    }
    return message;
  }
};
function createBaseQueryValuationsRequest(): QueryValuationsRequest {
  return {
    assetId: BigInt(0),
    pagination: undefined
  };
}
export const QueryValuationsRequest = {
  encode(message: QueryValuationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValuationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValuationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
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
  fromJSON(object: any): QueryValuationsRequest {
    const obj = createBaseQueryValuationsRequest();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryValuationsRequest): JsonSafe<QueryValuationsRequest> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValuationsRequest>, I>>(object: I): QueryValuationsRequest {
    const message = createBaseQueryValuationsRequest();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryValuationsResponse(): QueryValuationsResponse {
  return {
    valuations: [],
    pagination: undefined
  };
}
export const QueryValuationsResponse = {
  encode(message: QueryValuationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.valuations) {
      Valuation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValuationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValuationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valuations.push(Valuation.decode(reader, reader.uint32()));
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
  fromJSON(object: any): QueryValuationsResponse {
    const obj = createBaseQueryValuationsResponse();
    if (Array.isArray(object?.valuations)) obj.valuations = object.valuations.map((e: any) => Valuation.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryValuationsResponse): JsonSafe<QueryValuationsResponse> {
    const obj: any = {};
    if (message.valuations) {
      obj.valuations = message.valuations.map(e => e ? Valuation.toJSON(e) : undefined);
    } else {
      obj.valuations = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValuationsResponse>, I>>(object: I): QueryValuationsResponse {
    const message = createBaseQueryValuationsResponse();
    message.valuations = object.valuations?.map(e => Valuation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBasePriceLevel(): PriceLevel {
  return {
    price: "",
    quantity: BigInt(0),
    orders: 0
  };
}
export const PriceLevel = {
  encode(message: PriceLevel, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== "") {
      writer.uint32(10).string(message.price);
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(16).uint64(message.quantity);
    }
    if (message.orders !== 0) {
      writer.uint32(24).uint32(message.orders);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PriceLevel {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePriceLevel();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = reader.string();
          break;
        case 2:
          message.quantity = reader.uint64();
          break;
        case 3:
          message.orders = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PriceLevel {
    const obj = createBasePriceLevel();
    if (isSet(object.price)) obj.price = String(object.price);
    if (isSet(object.quantity)) obj.quantity = BigInt(object.quantity.toString());
    if (isSet(object.orders)) obj.orders = Number(object.orders);
    return obj;
  },
  toJSON(message: PriceLevel): JsonSafe<PriceLevel> {
    const obj: any = {};
    message.price !== undefined && (obj.price = message.price);
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.orders !== undefined && (obj.orders = Math.round(message.orders));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PriceLevel>, I>>(object: I): PriceLevel {
    const message = createBasePriceLevel();
    message.price = object.price ?? "";
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity.toString());
    }
    message.orders = object.orders ?? 0;
    return message;
  }
};
function createBaseQueryOrderBookRequest(): QueryOrderBookRequest {
  return {
    assetId: BigInt(0),
    depth: 0
  };
}
export const QueryOrderBookRequest = {
  encode(message: QueryOrderBookRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.depth !== 0) {
      writer.uint32(16).uint32(message.depth);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrderBookRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrderBookRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.depth = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrderBookRequest {
    const obj = createBaseQueryOrderBookRequest();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.depth)) obj.depth = Number(object.depth);
    return obj;
  },
  toJSON(message: QueryOrderBookRequest): JsonSafe<QueryOrderBookRequest> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.depth !== undefined && (obj.depth = Math.round(message.depth));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrderBookRequest>, I>>(object: I): QueryOrderBookRequest {
    const message = createBaseQueryOrderBookRequest();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.depth = object.depth ?? 0;
    return message;
  }
};
function createBaseQueryOrderBookResponse(): QueryOrderBookResponse {
  return {
    bids: [],
    asks: []
  };
}
export const QueryOrderBookResponse = {
  encode(message: QueryOrderBookResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.bids) {
      PriceLevel.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.asks) {
      PriceLevel.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrderBookResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrderBookResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.bids.push(PriceLevel.decode(reader, reader.uint32()));
          break;
        case 2:
          message.asks.push(PriceLevel.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrderBookResponse {
    const obj = createBaseQueryOrderBookResponse();
    if (Array.isArray(object?.bids)) obj.bids = object.bids.map((e: any) => PriceLevel.fromJSON(e));
    if (Array.isArray(object?.asks)) obj.asks = object.asks.map((e: any) => PriceLevel.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryOrderBookResponse): JsonSafe<QueryOrderBookResponse> {
    const obj: any = {};
    if (message.bids) {
      obj.bids = message.bids.map(e => e ? PriceLevel.toJSON(e) : undefined);
    } else {
      obj.bids = [];
    }
    if (message.asks) {
      obj.asks = message.asks.map(e => e ? PriceLevel.toJSON(e) : undefined);
    } else {
      obj.asks = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrderBookResponse>, I>>(object: I): QueryOrderBookResponse {
    const message = createBaseQueryOrderBookResponse();
    message.bids = object.bids?.map(e => PriceLevel.fromPartial(e)) || [];
    message.asks = object.asks?.map(e => PriceLevel.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryOrderRequest(): QueryOrderRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryOrderRequest = {
  encode(message: QueryOrderRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrderRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrderRequest();
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
  fromJSON(object: any): QueryOrderRequest {
    const obj = createBaseQueryOrderRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryOrderRequest): JsonSafe<QueryOrderRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrderRequest>, I>>(object: I): QueryOrderRequest {
    const message = createBaseQueryOrderRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryOrderResponse(): QueryOrderResponse {
  return {
    order: Order.fromPartial({})
  };
}
export const QueryOrderResponse = {
  encode(message: QueryOrderResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.order !== undefined) {
      Order.encode(message.order, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrderResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrderResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.order = Order.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrderResponse {
    const obj = createBaseQueryOrderResponse();
    if (isSet(object.order)) obj.order = Order.fromJSON(object.order);
    return obj;
  },
  toJSON(message: QueryOrderResponse): JsonSafe<QueryOrderResponse> {
    const obj: any = {};
    message.order !== undefined && (obj.order = message.order ? Order.toJSON(message.order) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrderResponse>, I>>(object: I): QueryOrderResponse {
    const message = createBaseQueryOrderResponse();
    if (object.order !== undefined && object.order !== null) {
      message.order = Order.fromPartial(object.order);
    }
    return message;
  }
};
function createBaseQueryOrdersRequest(): QueryOrdersRequest {
  return {
    owner: "",
    pagination: undefined
  };
}
export const QueryOrdersRequest = {
  encode(message: QueryOrdersRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrdersRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrdersRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
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
  fromJSON(object: any): QueryOrdersRequest {
    const obj = createBaseQueryOrdersRequest();
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryOrdersRequest): JsonSafe<QueryOrdersRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrdersRequest>, I>>(object: I): QueryOrdersRequest {
    const message = createBaseQueryOrdersRequest();
    message.owner = object.owner ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryOrdersResponse(): QueryOrdersResponse {
  return {
    orders: [],
    pagination: undefined
  };
}
export const QueryOrdersResponse = {
  encode(message: QueryOrdersResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.orders) {
      Order.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrdersResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrdersResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orders.push(Order.decode(reader, reader.uint32()));
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
  fromJSON(object: any): QueryOrdersResponse {
    const obj = createBaseQueryOrdersResponse();
    if (Array.isArray(object?.orders)) obj.orders = object.orders.map((e: any) => Order.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryOrdersResponse): JsonSafe<QueryOrdersResponse> {
    const obj: any = {};
    if (message.orders) {
      obj.orders = message.orders.map(e => e ? Order.toJSON(e) : undefined);
    } else {
      obj.orders = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrdersResponse>, I>>(object: I): QueryOrdersResponse {
    const message = createBaseQueryOrdersResponse();
    message.orders = object.orders?.map(e => Order.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryTradesRequest(): QueryTradesRequest {
  return {
    assetId: BigInt(0),
    pagination: undefined
  };
}
export const QueryTradesRequest = {
  encode(message: QueryTradesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTradesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTradesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
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
  fromJSON(object: any): QueryTradesRequest {
    const obj = createBaseQueryTradesRequest();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryTradesRequest): JsonSafe<QueryTradesRequest> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTradesRequest>, I>>(object: I): QueryTradesRequest {
    const message = createBaseQueryTradesRequest();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryTradesResponse(): QueryTradesResponse {
  return {
    trades: [],
    pagination: undefined
  };
}
export const QueryTradesResponse = {
  encode(message: QueryTradesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.trades) {
      Trade.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTradesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTradesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.trades.push(Trade.decode(reader, reader.uint32()));
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
  fromJSON(object: any): QueryTradesResponse {
    const obj = createBaseQueryTradesResponse();
    if (Array.isArray(object?.trades)) obj.trades = object.trades.map((e: any) => Trade.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryTradesResponse): JsonSafe<QueryTradesResponse> {
    const obj: any = {};
    if (message.trades) {
      obj.trades = message.trades.map(e => e ? Trade.toJSON(e) : undefined);
    } else {
      obj.trades = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTradesResponse>, I>>(object: I): QueryTradesResponse {
    const message = createBaseQueryTradesResponse();
    message.trades = object.trades?.map(e => Trade.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};