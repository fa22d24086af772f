/* eslint-disable */
import { AttestationKind, AssetClass, Decision, Side, Params, AssetStatus, attestationKindFromJSON, attestationKindToJSON, assetClassFromJSON, assetClassToJSON, decisionFromJSON, decisionToJSON, assetStatusFromJSON, assetStatusToJSON, sideFromJSON, sideToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface MsgAddVerifier {
  authority: string;
  verifier: string;
  name: string;
  kinds: AttestationKind[];
  jurisdictions: string[];
}
export interface MsgAddVerifierResponse {}
export interface MsgRemoveVerifier {
  authority: string;
  verifier: string;
}
export interface MsgRemoveVerifierResponse {}
export interface MsgIssueCredential {
  issuer: string;
  holder: string;
  jurisdiction: string;
  /** expires_at (unix seconds) must be after the block time and within params.max_credential_seconds. */
  expiresAt: bigint;
}
export interface MsgIssueCredentialResponse {}
export interface MsgRevokeCredential {
  issuer: string;
  holder: string;
  jurisdiction: string;
}
export interface MsgRevokeCredentialResponse {}
export interface MsgRegisterAsset {
  owner: string;
  assetClass: AssetClass;
  name: string;
  jurisdiction: string;
  documentsSha256: Uint8Array;
  documentsUri: string;
  appraisedValue: string;
  currency: string;
  shareCount: bigint;
}
export interface MsgRegisterAssetResponse {
  assetId: bigint;
}
export interface MsgAttestAsset {
  verifier: string;
  assetId: bigint;
  kind: AttestationKind;
  decision: Decision;
  reason: string;
}
export interface MsgAttestAssetResponse {
  status: AssetStatus;
}
export interface MsgRetireAsset {
  owner: string;
  assetId: bigint;
}
export interface MsgRetireAssetResponse {}
export interface MsgTokenize {
  owner: string;
  assetId: bigint;
}
export interface MsgTokenizeResponse {
  denom: string;
}
export interface MsgUpdateValuation {
  verifier: string;
  assetId: bigint;
  value: string;
  currency: string;
  /** method says how the value was reached (e.g. "income approach, 2026 audit"). */
  method: string;
}
export interface MsgUpdateValuationResponse {
  seq: bigint;
}
export interface MsgPlaceOrder {
  owner: string;
  assetId: bigint;
  side: Side;
  /** price in abtt per share. */
  price: string;
  quantity: bigint;
}
export interface MsgPlaceOrderResponse {
  orderId: bigint;
  /** filled is the quantity matched at placement; the rest rests on the book. */
  filled: bigint;
  remaining: bigint;
  /**
   * stopped is the quantity neither filled nor rested: matching visited params.max_makers_per_order
   * resting orders (lapsed makers cancelled included) while the book still crossed, and stopped;
   * its escrow was refunded.
   */
  stopped: bigint;
}
export interface MsgCancelOrder {
  owner: string;
  orderId: bigint;
}
export interface MsgCancelOrderResponse {}
/** MsgPruneLapsedOrders cancels lapsed resting orders of one side of an asset's book (anyone may sign). */
export interface MsgPruneLapsedOrders {
  signer: string;
  assetId: bigint;
  side: Side;
  /** limit: resting orders visited from the best price, 1..params.max_prune_per_msg. */
  limit: number;
}
export interface MsgPruneLapsedOrdersResponse {
  visited: number;
  cancelled: number;
}
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
function createBaseMsgAddVerifier(): MsgAddVerifier {
  return {
    authority: "",
    verifier: "",
    name: "",
    kinds: [],
    jurisdictions: []
  };
}
export const MsgAddVerifier = {
  aminoType: "btt/rwa/MsgAddVerifier",
  encode(message: MsgAddVerifier, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.verifier !== "") {
      writer.uint32(18).string(message.verifier);
    }
    if (message.name !== "") {
      writer.uint32(26).string(message.name);
    }
    writer.uint32(34).fork();
    for (const v of message.kinds) {
      writer.int32(v);
    }
    writer.ldelim();
    for (const v of message.jurisdictions) {
      writer.uint32(42).string(v!);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAddVerifier {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAddVerifier();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.verifier = reader.string();
          break;
        case 3:
          message.name = reader.string();
          break;
        case 4:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.kinds.push(reader.int32() as any);
            }
          } else {
            message.kinds.push(reader.int32() as any);
          }
          break;
        case 5:
          message.jurisdictions.push(reader.string());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAddVerifier {
    const obj = createBaseMsgAddVerifier();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.name)) obj.name = String(object.name);
    if (Array.isArray(object?.kinds)) obj.kinds = object.kinds.map((e: any) => attestationKindFromJSON(e));
    if (Array.isArray(object?.jurisdictions)) obj.jurisdictions = object.jurisdictions.map((e: any) => String(e));
    return obj;
  },
  toJSON(message: MsgAddVerifier): JsonSafe<MsgAddVerifier> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.name !== undefined && (obj.name = message.name);
    if (message.kinds) {
      obj.kinds = message.kinds.map(e => attestationKindToJSON(e));
    } else {
      obj.kinds = [];
    }
    if (message.jurisdictions) {
      obj.jurisdictions = message.jurisdictions.map(e => e);
    } else {
      obj.jurisdictions = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAddVerifier>, I>>(object: I): MsgAddVerifier {
    const message = createBaseMsgAddVerifier();
    message.authority = object.authority ?? "";
    message.verifier = object.verifier ?? "";
    message.name = object.name ?? "";
    message.kinds = object.kinds?.map(e => e) || [];
    message.jurisdictions = object.jurisdictions?.map(e => e) || [];
    return message;
  }
};
function createBaseMsgAddVerifierResponse(): MsgAddVerifierResponse {
  return {};
}
export const MsgAddVerifierResponse = {
  encode(_: MsgAddVerifierResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAddVerifierResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAddVerifierResponse();
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
  fromJSON(_: any): MsgAddVerifierResponse {
    const obj = createBaseMsgAddVerifierResponse();
    return obj;
  },
  toJSON(_: MsgAddVerifierResponse): JsonSafe<MsgAddVerifierResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAddVerifierResponse>, I>>(_: I): MsgAddVerifierResponse {
    const message = createBaseMsgAddVerifierResponse();
    return message;
  }
};
function createBaseMsgRemoveVerifier(): MsgRemoveVerifier {
  return {
    authority: "",
    verifier: ""
  };
}
export const MsgRemoveVerifier = {
  aminoType: "btt/rwa/MsgRemoveVerifier",
  encode(message: MsgRemoveVerifier, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.verifier !== "") {
      writer.uint32(18).string(message.verifier);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRemoveVerifier {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRemoveVerifier();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.verifier = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRemoveVerifier {
    const obj = createBaseMsgRemoveVerifier();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    return obj;
  },
  toJSON(message: MsgRemoveVerifier): JsonSafe<MsgRemoveVerifier> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.verifier !== undefined && (obj.verifier = message.verifier);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRemoveVerifier>, I>>(object: I): MsgRemoveVerifier {
    const message = createBaseMsgRemoveVerifier();
    message.authority = object.authority ?? "";
    message.verifier = object.verifier ?? "";
    return message;
  }
};
function createBaseMsgRemoveVerifierResponse(): MsgRemoveVerifierResponse {
  return {};
}
export const MsgRemoveVerifierResponse = {
  encode(_: MsgRemoveVerifierResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRemoveVerifierResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRemoveVerifierResponse();
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
  fromJSON(_: any): MsgRemoveVerifierResponse {
    const obj = createBaseMsgRemoveVerifierResponse();
    return obj;
  },
  toJSON(_: MsgRemoveVerifierResponse): JsonSafe<MsgRemoveVerifierResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRemoveVerifierResponse>, I>>(_: I): MsgRemoveVerifierResponse {
    const message = createBaseMsgRemoveVerifierResponse();
    return message;
  }
};
function createBaseMsgIssueCredential(): MsgIssueCredential {
  return {
    issuer: "",
    holder: "",
    jurisdiction: "",
    expiresAt: BigInt(0)
  };
}
export const MsgIssueCredential = {
  aminoType: "btt/rwa/MsgIssueCredential",
  encode(message: MsgIssueCredential, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.issuer !== "") {
      writer.uint32(10).string(message.issuer);
    }
    if (message.holder !== "") {
      writer.uint32(18).string(message.holder);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(26).string(message.jurisdiction);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(32).int64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgIssueCredential {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgIssueCredential();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.issuer = reader.string();
          break;
        case 2:
          message.holder = reader.string();
          break;
        case 3:
          message.jurisdiction = reader.string();
          break;
        case 4:
          message.expiresAt = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgIssueCredential {
    const obj = createBaseMsgIssueCredential();
    if (isSet(object.issuer)) obj.issuer = String(object.issuer);
    if (isSet(object.holder)) obj.holder = String(object.holder);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.expiresAt)) obj.expiresAt = BigInt(object.expiresAt.toString());
    return obj;
  },
  toJSON(message: MsgIssueCredential): JsonSafe<MsgIssueCredential> {
    const obj: any = {};
    message.issuer !== undefined && (obj.issuer = message.issuer);
    message.holder !== undefined && (obj.holder = message.holder);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgIssueCredential>, I>>(object: I): MsgIssueCredential {
    const message = createBaseMsgIssueCredential();
    message.issuer = object.issuer ?? "";
    message.holder = object.holder ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    if (object.expiresAt !== undefined && object.expiresAt !== null) {
      message.expiresAt = BigInt(object.expiresAt.toString());
    }
    return message;
  }
};
function createBaseMsgIssueCredentialResponse(): MsgIssueCredentialResponse {
  return {};
}
export const MsgIssueCredentialResponse = {
  encode(_: MsgIssueCredentialResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgIssueCredentialResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgIssueCredentialResponse();
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
  fromJSON(_: any): MsgIssueCredentialResponse {
    const obj = createBaseMsgIssueCredentialResponse();
    return obj;
  },
  toJSON(_: MsgIssueCredentialResponse): JsonSafe<MsgIssueCredentialResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgIssueCredentialResponse>, I>>(_: I): MsgIssueCredentialResponse {
    const message = createBaseMsgIssueCredentialResponse();
    return message;
  }
};
function createBaseMsgRevokeCredential(): MsgRevokeCredential {
  return {
    issuer: "",
    holder: "",
    jurisdiction: ""
  };
}
export const MsgRevokeCredential = {
  aminoType: "btt/rwa/MsgRevokeCredential",
  encode(message: MsgRevokeCredential, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.issuer !== "") {
      writer.uint32(10).string(message.issuer);
    }
    if (message.holder !== "") {
      writer.uint32(18).string(message.holder);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(26).string(message.jurisdiction);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRevokeCredential {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRevokeCredential();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.issuer = reader.string();
          break;
        case 2:
          message.holder = reader.string();
          break;
        case 3:
          message.jurisdiction = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRevokeCredential {
    const obj = createBaseMsgRevokeCredential();
    if (isSet(object.issuer)) obj.issuer = String(object.issuer);
    if (isSet(object.holder)) obj.holder = String(object.holder);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    return obj;
  },
  toJSON(message: MsgRevokeCredential): JsonSafe<MsgRevokeCredential> {
    const obj: any = {};
    message.issuer !== undefined && (obj.issuer = message.issuer);
    message.holder !== undefined && (obj.holder = message.holder);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRevokeCredential>, I>>(object: I): MsgRevokeCredential {
    const message = createBaseMsgRevokeCredential();
    message.issuer = object.issuer ?? "";
    message.holder = object.holder ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    return message;
  }
};
function createBaseMsgRevokeCredentialResponse(): MsgRevokeCredentialResponse {
  return {};
}
export const MsgRevokeCredentialResponse = {
  encode(_: MsgRevokeCredentialResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRevokeCredentialResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRevokeCredentialResponse();
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
  fromJSON(_: any): MsgRevokeCredentialResponse {
    const obj = createBaseMsgRevokeCredentialResponse();
    return obj;
  },
  toJSON(_: MsgRevokeCredentialResponse): JsonSafe<MsgRevokeCredentialResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRevokeCredentialResponse>, I>>(_: I): MsgRevokeCredentialResponse {
    const message = createBaseMsgRevokeCredentialResponse();
    return message;
  }
};
function createBaseMsgRegisterAsset(): MsgRegisterAsset {
  return {
    owner: "",
    assetClass: 0,
    name: "",
    jurisdiction: "",
    documentsSha256: new Uint8Array(),
    documentsUri: "",
    appraisedValue: "",
    currency: "",
    shareCount: BigInt(0)
  };
}
export const MsgRegisterAsset = {
  aminoType: "btt/rwa/MsgRegisterAsset",
  encode(message: MsgRegisterAsset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.assetClass !== 0) {
      writer.uint32(16).int32(message.assetClass);
    }
    if (message.name !== "") {
      writer.uint32(26).string(message.name);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(34).string(message.jurisdiction);
    }
    if (message.documentsSha256.length !== 0) {
      writer.uint32(42).bytes(message.documentsSha256);
    }
    if (message.documentsUri !== "") {
      writer.uint32(50).string(message.documentsUri);
    }
    if (message.appraisedValue !== "") {
      writer.uint32(58).string(message.appraisedValue);
    }
    if (message.currency !== "") {
      writer.uint32(66).string(message.currency);
    }
    if (message.shareCount !== BigInt(0)) {
      writer.uint32(72).uint64(message.shareCount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterAsset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.assetClass = reader.int32() as any;
          break;
        case 3:
          message.name = reader.string();
          break;
        case 4:
          message.jurisdiction = reader.string();
          break;
        case 5:
          message.documentsSha256 = reader.bytes();
          break;
        case 6:
          message.documentsUri = reader.string();
          break;
        case 7:
          message.appraisedValue = reader.string();
          break;
        case 8:
          message.currency = reader.string();
          break;
        case 9:
          message.shareCount = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterAsset {
    const obj = createBaseMsgRegisterAsset();
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.assetClass)) obj.assetClass = assetClassFromJSON(object.assetClass);
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.documentsSha256)) obj.documentsSha256 = bytesFromBase64(object.documentsSha256);
    if (isSet(object.documentsUri)) obj.documentsUri = String(object.documentsUri);
    if (isSet(object.appraisedValue)) obj.appraisedValue = String(object.appraisedValue);
    if (isSet(object.currency)) obj.currency = String(object.currency);
    if (isSet(object.shareCount)) obj.shareCount = BigInt(object.shareCount.toString());
    return obj;
  },
  toJSON(message: MsgRegisterAsset): JsonSafe<MsgRegisterAsset> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.assetClass !== undefined && (obj.assetClass = assetClassToJSON(message.assetClass));
    message.name !== undefined && (obj.name = message.name);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.documentsSha256 !== undefined && (obj.documentsSha256 = base64FromBytes(message.documentsSha256 !== undefined ? message.documentsSha256 : new Uint8Array()));
    message.documentsUri !== undefined && (obj.documentsUri = message.documentsUri);
    message.appraisedValue !== undefined && (obj.appraisedValue = message.appraisedValue);
    message.currency !== undefined && (obj.currency = message.currency);
    message.shareCount !== undefined && (obj.shareCount = (message.shareCount || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterAsset>, I>>(object: I): MsgRegisterAsset {
    const message = createBaseMsgRegisterAsset();
    message.owner = object.owner ?? "";
    message.assetClass = object.assetClass ?? 0;
    message.name = object.name ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    message.documentsSha256 = object.documentsSha256 ?? new Uint8Array();
    message.documentsUri = object.documentsUri ?? "";
    message.appraisedValue = object.appraisedValue ?? "";
    message.currency = object.currency ?? "";
    if (object.shareCount !== undefined && object.shareCount !== null) {
      message.shareCount = BigInt(object.shareCount.toString());
    }
    return message;
  }
};
function createBaseMsgRegisterAssetResponse(): MsgRegisterAssetResponse {
  return {
    assetId: BigInt(0)
  };
}
export const MsgRegisterAssetResponse = {
  encode(message: MsgRegisterAssetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterAssetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterAssetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterAssetResponse {
    const obj = createBaseMsgRegisterAssetResponse();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    return obj;
  },
  toJSON(message: MsgRegisterAssetResponse): JsonSafe<MsgRegisterAssetResponse> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterAssetResponse>, I>>(object: I): MsgRegisterAssetResponse {
    const message = createBaseMsgRegisterAssetResponse();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    return message;
  }
};
function createBaseMsgAttestAsset(): MsgAttestAsset {
  return {
    verifier: "",
    assetId: BigInt(0),
    kind: 0,
    decision: 0,
    reason: ""
  };
}
export const MsgAttestAsset = {
  aminoType: "btt/rwa/MsgAttestAsset",
  encode(message: MsgAttestAsset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.kind !== 0) {
      writer.uint32(24).int32(message.kind);
    }
    if (message.decision !== 0) {
      writer.uint32(32).int32(message.decision);
    }
    if (message.reason !== "") {
      writer.uint32(42).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAttestAsset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAttestAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.kind = reader.int32() as any;
          break;
        case 4:
          message.decision = reader.int32() as any;
          break;
        case 5:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAttestAsset {
    const obj = createBaseMsgAttestAsset();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.kind)) obj.kind = attestationKindFromJSON(object.kind);
    if (isSet(object.decision)) obj.decision = decisionFromJSON(object.decision);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: MsgAttestAsset): JsonSafe<MsgAttestAsset> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.kind !== undefined && (obj.kind = attestationKindToJSON(message.kind));
    message.decision !== undefined && (obj.decision = decisionToJSON(message.decision));
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAttestAsset>, I>>(object: I): MsgAttestAsset {
    const message = createBaseMsgAttestAsset();
    message.verifier = object.verifier ?? "";
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.kind = object.kind ?? 0;
    message.decision = object.decision ?? 0;
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseMsgAttestAssetResponse(): MsgAttestAssetResponse {
  return {
    status: 0
  };
}
export const MsgAttestAssetResponse = {
  encode(message: MsgAttestAssetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.status !== 0) {
      writer.uint32(8).int32(message.status);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAttestAssetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAttestAssetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.status = reader.int32() as any;
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAttestAssetResponse {
    const obj = createBaseMsgAttestAssetResponse();
    if (isSet(object.status)) obj.status = assetStatusFromJSON(object.status);
    return obj;
  },
  toJSON(message: MsgAttestAssetResponse): JsonSafe<MsgAttestAssetResponse> {
    const obj: any = {};
    message.status !== undefined && (obj.status = assetStatusToJSON(message.status));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAttestAssetResponse>, I>>(object: I): MsgAttestAssetResponse {
    const message = createBaseMsgAttestAssetResponse();
    message.status = object.status ?? 0;
    return message;
  }
};
function createBaseMsgRetireAsset(): MsgRetireAsset {
  return {
    owner: "",
    assetId: BigInt(0)
  };
}
export const MsgRetireAsset = {
  aminoType: "btt/rwa/MsgRetireAsset",
  encode(message: MsgRetireAsset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRetireAsset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRetireAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRetireAsset {
    const obj = createBaseMsgRetireAsset();
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    return obj;
  },
  toJSON(message: MsgRetireAsset): JsonSafe<MsgRetireAsset> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRetireAsset>, I>>(object: I): MsgRetireAsset {
    const message = createBaseMsgRetireAsset();
    message.owner = object.owner ?? "";
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    return message;
  }
};
function createBaseMsgRetireAssetResponse(): MsgRetireAssetResponse {
  return {};
}
export const MsgRetireAssetResponse = {
  encode(_: MsgRetireAssetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRetireAssetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRetireAssetResponse();
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
  fromJSON(_: any): MsgRetireAssetResponse {
    const obj = createBaseMsgRetireAssetResponse();
    return obj;
  },
  toJSON(_: MsgRetireAssetResponse): JsonSafe<MsgRetireAssetResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRetireAssetResponse>, I>>(_: I): MsgRetireAssetResponse {
    const message = createBaseMsgRetireAssetResponse();
    return message;
  }
};
function createBaseMsgTokenize(): MsgTokenize {
  return {
    owner: "",
    assetId: BigInt(0)
  };
}
export const MsgTokenize = {
  aminoType: "btt/rwa/MsgTokenize",
  encode(message: MsgTokenize, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTokenize {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTokenize();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgTokenize {
    const obj = createBaseMsgTokenize();
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    return obj;
  },
  toJSON(message: MsgTokenize): JsonSafe<MsgTokenize> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgTokenize>, I>>(object: I): MsgTokenize {
    const message = createBaseMsgTokenize();
    message.owner = object.owner ?? "";
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    return message;
  }
};
function createBaseMsgTokenizeResponse(): MsgTokenizeResponse {
  return {
    denom: ""
  };
}
export const MsgTokenizeResponse = {
  encode(message: MsgTokenizeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTokenizeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTokenizeResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgTokenizeResponse {
    const obj = createBaseMsgTokenizeResponse();
    if (isSet(object.denom)) obj.denom = String(object.denom);
    return obj;
  },
  toJSON(message: MsgTokenizeResponse): JsonSafe<MsgTokenizeResponse> {
    const obj: any = {};
    message.denom !== undefined && (obj.denom = message.denom);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgTokenizeResponse>, I>>(object: I): MsgTokenizeResponse {
    const message = createBaseMsgTokenizeResponse();
    message.denom = object.denom ?? "";
    return message;
  }
};
function createBaseMsgUpdateValuation(): MsgUpdateValuation {
  return {
    verifier: "",
    assetId: BigInt(0),
    value: "",
    currency: "",
    method: ""
  };
}
export const MsgUpdateValuation = {
  aminoType: "btt/rwa/MsgUpdateValuation",
  encode(message: MsgUpdateValuation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.value !== "") {
      writer.uint32(26).string(message.value);
    }
    if (message.currency !== "") {
      writer.uint32(34).string(message.currency);
    }
    if (message.method !== "") {
      writer.uint32(42).string(message.method);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateValuation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateValuation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.value = reader.string();
          break;
        case 4:
          message.currency = reader.string();
          break;
        case 5:
          message.method = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateValuation {
    const obj = createBaseMsgUpdateValuation();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.value)) obj.value = String(object.value);
    if (isSet(object.currency)) obj.currency = String(object.currency);
    if (isSet(object.method)) obj.method = String(object.method);
    return obj;
  },
  toJSON(message: MsgUpdateValuation): JsonSafe<MsgUpdateValuation> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.value !== undefined && (obj.value = message.value);
    message.currency !== undefined && (obj.currency = message.currency);
    message.method !== undefined && (obj.method = message.method);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateValuation>, I>>(object: I): MsgUpdateValuation {
    const message = createBaseMsgUpdateValuation();
    message.verifier = object.verifier ?? "";
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.value = object.value ?? "";
    message.currency = object.currency ?? "";
    message.method = object.method ?? "";
    return message;
  }
};
function createBaseMsgUpdateValuationResponse(): MsgUpdateValuationResponse {
  return {
    seq: BigInt(0)
  };
}
export const MsgUpdateValuationResponse = {
  encode(message: MsgUpdateValuationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.seq !== BigInt(0)) {
      writer.uint32(8).uint64(message.seq);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateValuationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateValuationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.seq = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateValuationResponse {
    const obj = createBaseMsgUpdateValuationResponse();
    if (isSet(object.seq)) obj.seq = BigInt(object.seq.toString());
    return obj;
  },
  toJSON(message: MsgUpdateValuationResponse): JsonSafe<MsgUpdateValuationResponse> {
    const obj: any = {};
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateValuationResponse>, I>>(object: I): MsgUpdateValuationResponse {
    const message = createBaseMsgUpdateValuationResponse();
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq.toString());
    }
    return message;
  }
};
function createBaseMsgPlaceOrder(): MsgPlaceOrder {
  return {
    owner: "",
    assetId: BigInt(0),
    side: 0,
    price: "",
    quantity: BigInt(0)
  };
}
export const MsgPlaceOrder = {
  aminoType: "btt/rwa/MsgPlaceOrder",
  encode(message: MsgPlaceOrder, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.side !== 0) {
      writer.uint32(24).int32(message.side);
    }
    if (message.price !== "") {
      writer.uint32(34).string(message.price);
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(40).uint64(message.quantity);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPlaceOrder {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPlaceOrder();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.side = reader.int32() as any;
          break;
        case 4:
          message.price = reader.string();
          break;
        case 5:
          message.quantity = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPlaceOrder {
    const obj = createBaseMsgPlaceOrder();
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.side)) obj.side = sideFromJSON(object.side);
    if (isSet(object.price)) obj.price = String(object.price);
    if (isSet(object.quantity)) obj.quantity = BigInt(object.quantity.toString());
    return obj;
  },
  toJSON(message: MsgPlaceOrder): JsonSafe<MsgPlaceOrder> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    message.price !== undefined && (obj.price = message.price);
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPlaceOrder>, I>>(object: I): MsgPlaceOrder {
    const message = createBaseMsgPlaceOrder();
    message.owner = object.owner ?? "";
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.side = object.side ?? 0;
    message.price = object.price ?? "";
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity.toString());
    }
    return message;
  }
};
function createBaseMsgPlaceOrderResponse(): MsgPlaceOrderResponse {
  return {
    orderId: BigInt(0),
    filled: BigInt(0),
    remaining: BigInt(0),
    stopped: BigInt(0)
  };
}
export const MsgPlaceOrderResponse = {
  encode(message: MsgPlaceOrderResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderId !== BigInt(0)) {
      writer.uint32(8).uint64(message.orderId);
    }
    if (message.filled !== BigInt(0)) {
      writer.uint32(16).uint64(message.filled);
    }
    if (message.remaining !== BigInt(0)) {
      writer.uint32(24).uint64(message.remaining);
    }
    if (message.stopped !== BigInt(0)) {
      writer.uint32(32).uint64(message.stopped);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPlaceOrderResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPlaceOrderResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orderId = reader.uint64();
          break;
        case 2:
          message.filled = reader.uint64();
          break;
        case 3:
          message.remaining = reader.uint64();
          break;
        case 4:
          message.stopped = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPlaceOrderResponse {
    const obj = createBaseMsgPlaceOrderResponse();
    if (isSet(object.orderId)) obj.orderId = BigInt(object.orderId.toString());
    if (isSet(object.filled)) obj.filled = BigInt(object.filled.toString());
    if (isSet(object.remaining)) obj.remaining = BigInt(object.remaining.toString());
    if (isSet(object.stopped)) obj.stopped = BigInt(object.stopped.toString());
    return obj;
  },
  toJSON(message: MsgPlaceOrderResponse): JsonSafe<MsgPlaceOrderResponse> {
    const obj: any = {};
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    message.filled !== undefined && (obj.filled = (message.filled || BigInt(0)).toString());
    message.remaining !== undefined && (obj.remaining = (message.remaining || BigInt(0)).toString());
    message.stopped !== undefined && (obj.stopped = (message.stopped || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPlaceOrderResponse>, I>>(object: I): MsgPlaceOrderResponse {
    const message = createBaseMsgPlaceOrderResponse();
    if (object.orderId !== undefined && object.orderId !== null) {
      message.orderId = BigInt(object.orderId.toString());
    }
    if (object.filled !== undefined && object.filled !== null) {
      message.filled = BigInt(object.filled.toString());
    }
    if (object.remaining !== undefined && object.remaining !== null) {
      message.remaining = BigInt(object.remaining.toString());
    }
    if (object.stopped !== undefined && object.stopped !== null) {
      message.stopped = BigInt(object.stopped.toString());
    }
    return message;
  }
};
function createBaseMsgCancelOrder(): MsgCancelOrder {
  return {
    owner: "",
    orderId: BigInt(0)
  };
}
export const MsgCancelOrder = {
  aminoType: "btt/rwa/MsgCancelOrder",
  encode(message: MsgCancelOrder, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.orderId !== BigInt(0)) {
      writer.uint32(16).uint64(message.orderId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelOrder {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelOrder();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.orderId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCancelOrder {
    const obj = createBaseMsgCancelOrder();
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.orderId)) obj.orderId = BigInt(object.orderId.toString());
    return obj;
  },
  toJSON(message: MsgCancelOrder): JsonSafe<MsgCancelOrder> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCancelOrder>, I>>(object: I): MsgCancelOrder {
    const message = createBaseMsgCancelOrder();
    message.owner = object.owner ?? "";
    if (object.orderId !== undefined && object.orderId !== null) {
      message.orderId = BigInt(object.orderId.toString());
    }
    return message;
  }
};
function createBaseMsgCancelOrderResponse(): MsgCancelOrderResponse {
  return {};
}
export const MsgCancelOrderResponse = {
  encode(_: MsgCancelOrderResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelOrderResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelOrderResponse();
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
  fromJSON(_: any): MsgCancelOrderResponse {
    const obj = createBaseMsgCancelOrderResponse();
    return obj;
  },
  toJSON(_: MsgCancelOrderResponse): JsonSafe<MsgCancelOrderResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCancelOrderResponse>, I>>(_: I): MsgCancelOrderResponse {
    const message = createBaseMsgCancelOrderResponse();
    return message;
  }
};
function createBaseMsgPruneLapsedOrders(): MsgPruneLapsedOrders {
  return {
    signer: "",
    assetId: BigInt(0),
    side: 0,
    limit: 0
  };
}
export const MsgPruneLapsedOrders = {
  aminoType: "btt/rwa/MsgPruneLapsedOrders",
  encode(message: MsgPruneLapsedOrders, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.signer !== "") {
      writer.uint32(10).string(message.signer);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.side !== 0) {
      writer.uint32(24).int32(message.side);
    }
    if (message.limit !== 0) {
      writer.uint32(32).uint32(message.limit);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPruneLapsedOrders {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPruneLapsedOrders();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.signer = reader.string();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.side = reader.int32() as any;
          break;
        case 4:
          message.limit = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPruneLapsedOrders {
    const obj = createBaseMsgPruneLapsedOrders();
    if (isSet(object.signer)) obj.signer = String(object.signer);
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.side)) obj.side = sideFromJSON(object.side);
    if (isSet(object.limit)) obj.limit = Number(object.limit);
    return obj;
  },
  toJSON(message: MsgPruneLapsedOrders): JsonSafe<MsgPruneLapsedOrders> {
    const obj: any = {};
    message.signer !== undefined && (obj.signer = message.signer);
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    message.limit !== undefined && (obj.limit = Math.round(message.limit));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPruneLapsedOrders>, I>>(object: I): MsgPruneLapsedOrders {
    const message = createBaseMsgPruneLapsedOrders();
    message.signer = object.signer ?? "";
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.side = object.side ?? 0;
    message.limit = object.limit ?? 0;
    return message;
  }
};
function createBaseMsgPruneLapsedOrdersResponse(): MsgPruneLapsedOrdersResponse {
  return {
    visited: 0,
    cancelled: 0
  };
}
export const MsgPruneLapsedOrdersResponse = {
  encode(message: MsgPruneLapsedOrdersResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.visited !== 0) {
      writer.uint32(8).uint32(message.visited);
    }
    if (message.cancelled !== 0) {
      writer.uint32(16).uint32(message.cancelled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPruneLapsedOrdersResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPruneLapsedOrdersResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.visited = reader.uint32();
          break;
        case 2:
          message.cancelled = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPruneLapsedOrdersResponse {
    const obj = createBaseMsgPruneLapsedOrdersResponse();
    if (isSet(object.visited)) obj.visited = Number(object.visited);
    if (isSet(object.cancelled)) obj.cancelled = Number(object.cancelled);
    return obj;
  },
  toJSON(message: MsgPruneLapsedOrdersResponse): JsonSafe<MsgPruneLapsedOrdersResponse> {
    const obj: any = {};
    message.visited !== undefined && (obj.visited = Math.round(message.visited));
    message.cancelled !== undefined && (obj.cancelled = Math.round(message.cancelled));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPruneLapsedOrdersResponse>, I>>(object: I): MsgPruneLapsedOrdersResponse {
    const message = createBaseMsgPruneLapsedOrdersResponse();
    message.visited = object.visited ?? 0;
    message.cancelled = object.cancelled ?? 0;
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
  aminoType: "btt/rwa/MsgUpdateParams",
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