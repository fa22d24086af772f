/* eslint-disable */
import { AssetClass, AttestationKind, Decision, Side, assetClassFromJSON, assetClassToJSON, attestationKindFromJSON, decisionFromJSON, attestationKindToJSON, decisionToJSON, sideFromJSON, sideToJSON } from "./types.js";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** EventVerifierAdded is emitted by MsgAddVerifier (gov authority). */
export interface EventVerifierAdded {
  verifier: string;
}
/** EventVerifierRemoved is emitted by MsgRemoveVerifier (gov authority). */
export interface EventVerifierRemoved {
  verifier: string;
}
/** EventCredentialIssued is emitted by MsgIssueCredential (a KYC verifier). */
export interface EventCredentialIssued {
  holder: string;
  jurisdiction: string;
  issuer: string;
  /** expires_at is unix seconds (block time). */
  expiresAt: bigint;
}
/** EventCredentialRevoked is emitted by MsgRevokeCredential. */
export interface EventCredentialRevoked {
  holder: string;
  jurisdiction: string;
  issuer: string;
}
/** EventAssetRegistered is emitted by MsgRegisterAsset. */
export interface EventAssetRegistered {
  assetId: bigint;
  owner: string;
  assetClass: AssetClass;
  jurisdiction: string;
  shares: bigint;
}
/** EventAssetAttested is emitted by MsgAttestAsset for every attestation. */
export interface EventAssetAttested {
  assetId: bigint;
  verifier: string;
  kind: AttestationKind;
  decision: Decision;
  reason: string;
}
/** EventAssetVerified is emitted by MsgAttestAsset when an asset has both an approving REGULATORY and TECHNICAL attestation. */
export interface EventAssetVerified {
  assetId: bigint;
}
/** EventAssetRejected is emitted by MsgAttestAsset when an attestation rejects the asset. */
export interface EventAssetRejected {
  assetId: bigint;
  reason: string;
}
/** EventAssetTokenized is emitted by MsgTokenize when the asset's shares are minted to its owner. */
export interface EventAssetTokenized {
  assetId: bigint;
  /** denom of the shares: rwa/{asset_id}. */
  denom: string;
  shares: bigint;
  /** fee paid by the owner = burned + dev_fund. */
  fee: string;
  burned: string;
  devFund: string;
}
/** EventAssetRetired is emitted by MsgRetireAsset. */
export interface EventAssetRetired {
  assetId: bigint;
  owner: string;
}
/** EventValuationUpdated is emitted by MsgUpdateValuation (a TECHNICAL verifier). */
export interface EventValuationUpdated {
  assetId: bigint;
  seq: bigint;
  /** value in minor units of currency. */
  value: string;
  currency: string;
  verifier: string;
}
/** EventOrderPlaced is emitted by MsgPlaceOrder before the order is matched. */
export interface EventOrderPlaced {
  orderId: bigint;
  assetId: bigint;
  owner: string;
  side: Side;
  /** price per share. */
  price: string;
  quantity: bigint;
}
/** EventOrderFill is emitted for each trade between a resting (maker) order and an incoming (taker) order. */
export interface EventOrderFill {
  tradeId: bigint;
  assetId: bigint;
  buyOrderId: bigint;
  sellOrderId: bigint;
  buyer: string;
  seller: string;
  /** price per share (the maker's). */
  price: string;
  quantity: bigint;
  /** fee taken from the seller's proceeds = burned + dev_fund. */
  fee: string;
  burned: string;
  devFund: string;
  /** refund to a taking buyer whose limit price was above the maker's. */
  refund: string;
  /** side of the taker. */
  side: Side;
}
/**
 * EventOrderCancelled is emitted when a resting order is removed and its escrow returned: by its owner
 * (MsgCancelOrder), when its asset is retired, or when its owner's credential is no longer valid
 * (met while matching, or MsgPruneLapsedOrders); reason says which.
 */
export interface EventOrderCancelled {
  orderId: bigint;
  assetId: bigint;
  owner: string;
  remaining: bigint;
  /** refund is the escrow returned: abtt for a buy order, rwa/{asset_id} shares for a sell order. */
  refund: Coin[];
  reason: string;
}
/**
 * EventOrderStopped is emitted by MsgPlaceOrder when matching stopped at params.max_makers_per_order
 * while the book still crossed: the rest of the order is refunded instead of resting.
 */
export interface EventOrderStopped {
  orderId: bigint;
  assetId: bigint;
  owner: string;
  filled: bigint;
  remaining: bigint;
  reason: string;
}
/** EventTradesPruned is emitted when old trades were deleted from the trade history. */
export interface EventTradesPruned {
  count: bigint;
  /** trade_id is the last trade deleted in this batch. */
  tradeId: bigint;
}
/** EventParamsUpdated is emitted by MsgUpdateParams (gov authority). */
export interface EventParamsUpdated {}
function createBaseEventVerifierAdded(): EventVerifierAdded {
  return {
    verifier: ""
  };
}
export const EventVerifierAdded = {
  encode(message: EventVerifierAdded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventVerifierAdded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventVerifierAdded();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventVerifierAdded {
    const obj = createBaseEventVerifierAdded();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    return obj;
  },
  toJSON(message: EventVerifierAdded): JsonSafe<EventVerifierAdded> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventVerifierAdded>, I>>(object: I): EventVerifierAdded {
    const message = createBaseEventVerifierAdded();
    message.verifier = object.verifier ?? "";
    return message;
  }
};
function createBaseEventVerifierRemoved(): EventVerifierRemoved {
  return {
    verifier: ""
  };
}
export const EventVerifierRemoved = {
  encode(message: EventVerifierRemoved, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventVerifierRemoved {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventVerifierRemoved();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventVerifierRemoved {
    const obj = createBaseEventVerifierRemoved();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    return obj;
  },
  toJSON(message: EventVerifierRemoved): JsonSafe<EventVerifierRemoved> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventVerifierRemoved>, I>>(object: I): EventVerifierRemoved {
    const message = createBaseEventVerifierRemoved();
    message.verifier = object.verifier ?? "";
    return message;
  }
};
function createBaseEventCredentialIssued(): EventCredentialIssued {
  return {
    holder: "",
    jurisdiction: "",
    issuer: "",
    expiresAt: BigInt(0)
  };
}
export const EventCredentialIssued = {
  encode(message: EventCredentialIssued, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.holder !== "") {
      writer.uint32(10).string(message.holder);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(18).string(message.jurisdiction);
    }
    if (message.issuer !== "") {
      writer.uint32(26).string(message.issuer);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(32).int64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventCredentialIssued {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventCredentialIssued();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.holder = reader.string();
          break;
        case 2:
          message.jurisdiction = reader.string();
          break;
        case 3:
          message.issuer = reader.string();
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
  fromJSON(object: any): EventCredentialIssued {
    const obj = createBaseEventCredentialIssued();
    if (isSet(object.holder)) obj.holder = String(object.holder);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.issuer)) obj.issuer = String(object.issuer);
    if (isSet(object.expiresAt)) obj.expiresAt = BigInt(object.expiresAt.toString());
    return obj;
  },
  toJSON(message: EventCredentialIssued): JsonSafe<EventCredentialIssued> {
    const obj: any = {};
    message.holder !== undefined && (obj.holder = message.holder);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.issuer !== undefined && (obj.issuer = message.issuer);
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventCredentialIssued>, I>>(object: I): EventCredentialIssued {
    const message = createBaseEventCredentialIssued();
    message.holder = object.holder ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    message.issuer = object.issuer ?? "";
    if (object.expiresAt !== undefined && object.expiresAt !== null) {
      message.expiresAt = BigInt(object.expiresAt.toString());
    }
    return message;
  }
};
function createBaseEventCredentialRevoked(): EventCredentialRevoked {
  return {
    holder: "",
    jurisdiction: "",
    issuer: ""
  };
}
export const EventCredentialRevoked = {
  encode(message: EventCredentialRevoked, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.holder !== "") {
      writer.uint32(10).string(message.holder);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(18).string(message.jurisdiction);
    }
    if (message.issuer !== "") {
      writer.uint32(26).string(message.issuer);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventCredentialRevoked {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventCredentialRevoked();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.holder = reader.string();
          break;
        case 2:
          message.jurisdiction = reader.string();
          break;
        case 3:
          message.issuer = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventCredentialRevoked {
    const obj = createBaseEventCredentialRevoked();
    if (isSet(object.holder)) obj.holder = String(object.holder);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.issuer)) obj.issuer = String(object.issuer);
    return obj;
  },
  toJSON(message: EventCredentialRevoked): JsonSafe<EventCredentialRevoked> {
    const obj: any = {};
    message.holder !== undefined && (obj.holder = message.holder);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.issuer !== undefined && (obj.issuer = message.issuer);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventCredentialRevoked>, I>>(object: I): EventCredentialRevoked {
    const message = createBaseEventCredentialRevoked();
    message.holder = object.holder ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    message.issuer = object.issuer ?? "";
    return message;
  }
};
function createBaseEventAssetRegistered(): EventAssetRegistered {
  return {
    assetId: BigInt(0),
    owner: "",
    assetClass: 0,
    jurisdiction: "",
    shares: BigInt(0)
  };
}
export const EventAssetRegistered = {
  encode(message: EventAssetRegistered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.assetClass !== 0) {
      writer.uint32(24).int32(message.assetClass);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(34).string(message.jurisdiction);
    }
    if (message.shares !== BigInt(0)) {
      writer.uint32(40).uint64(message.shares);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAssetRegistered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAssetRegistered();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.assetClass = reader.int32() as any;
          break;
        case 4:
          message.jurisdiction = reader.string();
          break;
        case 5:
          message.shares = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAssetRegistered {
    const obj = createBaseEventAssetRegistered();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.assetClass)) obj.assetClass = assetClassFromJSON(object.assetClass);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.shares)) obj.shares = BigInt(object.shares.toString());
    return obj;
  },
  toJSON(message: EventAssetRegistered): JsonSafe<EventAssetRegistered> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.assetClass !== undefined && (obj.assetClass = assetClassToJSON(message.assetClass));
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.shares !== undefined && (obj.shares = (message.shares || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAssetRegistered>, I>>(object: I): EventAssetRegistered {
    const message = createBaseEventAssetRegistered();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.owner = object.owner ?? "";
    message.assetClass = object.assetClass ?? 0;
    message.jurisdiction = object.jurisdiction ?? "";
    if (object.shares !== undefined && object.shares !== null) {
      message.shares = BigInt(object.shares.toString());
    }
    return message;
  }
};
function createBaseEventAssetAttested(): EventAssetAttested {
  return {
    assetId: BigInt(0),
    verifier: "",
    kind: 0,
    decision: 0,
    reason: ""
  };
}
export const EventAssetAttested = {
  encode(message: EventAssetAttested, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.verifier !== "") {
      writer.uint32(18).string(message.verifier);
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
  decode(input: BinaryReader | Uint8Array, length?: number): EventAssetAttested {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAssetAttested();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.verifier = reader.string();
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
  fromJSON(object: any): EventAssetAttested {
    const obj = createBaseEventAssetAttested();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.kind)) obj.kind = attestationKindFromJSON(object.kind);
    if (isSet(object.decision)) obj.decision = decisionFromJSON(object.decision);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventAssetAttested): JsonSafe<EventAssetAttested> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.kind !== undefined && (obj.kind = attestationKindToJSON(message.kind));
    message.decision !== undefined && (obj.decision = decisionToJSON(message.decision));
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAssetAttested>, I>>(object: I): EventAssetAttested {
    const message = createBaseEventAssetAttested();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.verifier = object.verifier ?? "";
    message.kind = object.kind ?? 0;
    message.decision = object.decision ?? 0;
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventAssetVerified(): EventAssetVerified {
  return {
    assetId: BigInt(0)
  };
}
export const EventAssetVerified = {
  encode(message: EventAssetVerified, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAssetVerified {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAssetVerified();
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
  fromJSON(object: any): EventAssetVerified {
    const obj = createBaseEventAssetVerified();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    return obj;
  },
  toJSON(message: EventAssetVerified): JsonSafe<EventAssetVerified> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAssetVerified>, I>>(object: I): EventAssetVerified {
    const message = createBaseEventAssetVerified();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    return message;
  }
};
function createBaseEventAssetRejected(): EventAssetRejected {
  return {
    assetId: BigInt(0),
    reason: ""
  };
}
export const EventAssetRejected = {
  encode(message: EventAssetRejected, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.reason !== "") {
      writer.uint32(18).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAssetRejected {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAssetRejected();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAssetRejected {
    const obj = createBaseEventAssetRejected();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventAssetRejected): JsonSafe<EventAssetRejected> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAssetRejected>, I>>(object: I): EventAssetRejected {
    const message = createBaseEventAssetRejected();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventAssetTokenized(): EventAssetTokenized {
  return {
    assetId: BigInt(0),
    denom: "",
    shares: BigInt(0),
    fee: "",
    burned: "",
    devFund: ""
  };
}
export const EventAssetTokenized = {
  encode(message: EventAssetTokenized, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.denom !== "") {
      writer.uint32(18).string(message.denom);
    }
    if (message.shares !== BigInt(0)) {
      writer.uint32(24).uint64(message.shares);
    }
    if (message.fee !== "") {
      writer.uint32(34).string(message.fee);
    }
    if (message.burned !== "") {
      writer.uint32(42).string(message.burned);
    }
    if (message.devFund !== "") {
      writer.uint32(50).string(message.devFund);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAssetTokenized {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAssetTokenized();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.denom = reader.string();
          break;
        case 3:
          message.shares = reader.uint64();
          break;
        case 4:
          message.fee = reader.string();
          break;
        case 5:
          message.burned = reader.string();
          break;
        case 6:
          message.devFund = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAssetTokenized {
    const obj = createBaseEventAssetTokenized();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.shares)) obj.shares = BigInt(object.shares.toString());
    if (isSet(object.fee)) obj.fee = String(object.fee);
    if (isSet(object.burned)) obj.burned = String(object.burned);
    if (isSet(object.devFund)) obj.devFund = String(object.devFund);
    return obj;
  },
  toJSON(message: EventAssetTokenized): JsonSafe<EventAssetTokenized> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.denom !== undefined && (obj.denom = message.denom);
    message.shares !== undefined && (obj.shares = (message.shares || BigInt(0)).toString());
    message.fee !== undefined && (obj.fee = message.fee);
    message.burned !== undefined && (obj.burned = message.burned);
    message.devFund !== undefined && (obj.devFund = message.devFund);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAssetTokenized>, I>>(object: I): EventAssetTokenized {
    const message = createBaseEventAssetTokenized();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.denom = object.denom ?? "";
    if (object.shares !== undefined && object.shares !== null) {
      message.shares = BigInt(object.shares.toString());
    }
    message.fee = object.fee ?? "";
    message.burned = object.burned ?? "";
    message.devFund = object.devFund ?? "";
    return message;
  }
};
function createBaseEventAssetRetired(): EventAssetRetired {
  return {
    assetId: BigInt(0),
    owner: ""
  };
}
export const EventAssetRetired = {
  encode(message: EventAssetRetired, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAssetRetired {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAssetRetired();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAssetRetired {
    const obj = createBaseEventAssetRetired();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    return obj;
  },
  toJSON(message: EventAssetRetired): JsonSafe<EventAssetRetired> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAssetRetired>, I>>(object: I): EventAssetRetired {
    const message = createBaseEventAssetRetired();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.owner = object.owner ?? "";
    return message;
  }
};
function createBaseEventValuationUpdated(): EventValuationUpdated {
  return {
    assetId: BigInt(0),
    seq: BigInt(0),
    value: "",
    currency: "",
    verifier: ""
  };
}
export const EventValuationUpdated = {
  encode(message: EventValuationUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.assetId !== BigInt(0)) {
      writer.uint32(8).uint64(message.assetId);
    }
    if (message.seq !== BigInt(0)) {
      writer.uint32(16).uint64(message.seq);
    }
    if (message.value !== "") {
      writer.uint32(26).string(message.value);
    }
    if (message.currency !== "") {
      writer.uint32(34).string(message.currency);
    }
    if (message.verifier !== "") {
      writer.uint32(42).string(message.verifier);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventValuationUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventValuationUpdated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assetId = reader.uint64();
          break;
        case 2:
          message.seq = reader.uint64();
          break;
        case 3:
          message.value = reader.string();
          break;
        case 4:
          message.currency = reader.string();
          break;
        case 5:
          message.verifier = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventValuationUpdated {
    const obj = createBaseEventValuationUpdated();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.seq)) obj.seq = BigInt(object.seq.toString());
    if (isSet(object.value)) obj.value = String(object.value);
    if (isSet(object.currency)) obj.currency = String(object.currency);
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    return obj;
  },
  toJSON(message: EventValuationUpdated): JsonSafe<EventValuationUpdated> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.value !== undefined && (obj.value = message.value);
    message.currency !== undefined && (obj.currency = message.currency);
    message.verifier !== undefined && (obj.verifier = message.verifier);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventValuationUpdated>, I>>(object: I): EventValuationUpdated {
    const message = createBaseEventValuationUpdated();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq.toString());
    }
    message.value = object.value ?? "";
    message.currency = object.currency ?? "";
    message.verifier = object.verifier ?? "";
    return message;
  }
};
function createBaseEventOrderPlaced(): EventOrderPlaced {
  return {
    orderId: BigInt(0),
    assetId: BigInt(0),
    owner: "",
    side: 0,
    price: "",
    quantity: BigInt(0)
  };
}
export const EventOrderPlaced = {
  encode(message: EventOrderPlaced, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderId !== BigInt(0)) {
      writer.uint32(8).uint64(message.orderId);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.side !== 0) {
      writer.uint32(32).int32(message.side);
    }
    if (message.price !== "") {
      writer.uint32(42).string(message.price);
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(48).uint64(message.quantity);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrderPlaced {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrderPlaced();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orderId = reader.uint64();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.side = reader.int32() as any;
          break;
        case 5:
          message.price = reader.string();
          break;
        case 6:
          message.quantity = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrderPlaced {
    const obj = createBaseEventOrderPlaced();
    if (isSet(object.orderId)) obj.orderId = BigInt(object.orderId.toString());
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.side)) obj.side = sideFromJSON(object.side);
    if (isSet(object.price)) obj.price = String(object.price);
    if (isSet(object.quantity)) obj.quantity = BigInt(object.quantity.toString());
    return obj;
  },
  toJSON(message: EventOrderPlaced): JsonSafe<EventOrderPlaced> {
    const obj: any = {};
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    message.price !== undefined && (obj.price = message.price);
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventOrderPlaced>, I>>(object: I): EventOrderPlaced {
    const message = createBaseEventOrderPlaced();
    if (object.orderId !== undefined && object.orderId !== null) {
      message.orderId = BigInt(object.orderId.toString());
    }
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.owner = object.owner ?? "";
    message.side = object.side ?? 0;
    message.price = object.price ?? "";
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity.toString());
    }
    return message;
  }
};
function createBaseEventOrderFill(): EventOrderFill {
  return {
    tradeId: BigInt(0),
    assetId: BigInt(0),
    buyOrderId: BigInt(0),
    sellOrderId: BigInt(0),
    buyer: "",
    seller: "",
    price: "",
    quantity: BigInt(0),
    fee: "",
    burned: "",
    devFund: "",
    refund: "",
    side: 0
  };
}
export const EventOrderFill = {
  encode(message: EventOrderFill, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tradeId !== BigInt(0)) {
      writer.uint32(8).uint64(message.tradeId);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.buyOrderId !== BigInt(0)) {
      writer.uint32(24).uint64(message.buyOrderId);
    }
    if (message.sellOrderId !== BigInt(0)) {
      writer.uint32(32).uint64(message.sellOrderId);
    }
    if (message.buyer !== "") {
      writer.uint32(42).string(message.buyer);
    }
    if (message.seller !== "") {
      writer.uint32(50).string(message.seller);
    }
    if (message.price !== "") {
      writer.uint32(58).string(message.price);
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(64).uint64(message.quantity);
    }
    if (message.fee !== "") {
      writer.uint32(74).string(message.fee);
    }
    if (message.burned !== "") {
      writer.uint32(82).string(message.burned);
    }
    if (message.devFund !== "") {
      writer.uint32(90).string(message.devFund);
    }
    if (message.refund !== "") {
      writer.uint32(98).string(message.refund);
    }
    if (message.side !== 0) {
      writer.uint32(104).int32(message.side);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrderFill {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrderFill();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tradeId = reader.uint64();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.buyOrderId = reader.uint64();
          break;
        case 4:
          message.sellOrderId = reader.uint64();
          break;
        case 5:
          message.buyer = reader.string();
          break;
        case 6:
          message.seller = reader.string();
          break;
        case 7:
          message.price = reader.string();
          break;
        case 8:
          message.quantity = reader.uint64();
          break;
        case 9:
          message.fee = reader.string();
          break;
        case 10:
          message.burned = reader.string();
          break;
        case 11:
          message.devFund = reader.string();
          break;
        case 12:
          message.refund = reader.string();
          break;
        case 13:
          message.side = reader.int32() as any;
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrderFill {
    const obj = createBaseEventOrderFill();
    if (isSet(object.tradeId)) obj.tradeId = BigInt(object.tradeId.toString());
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.buyOrderId)) obj.buyOrderId = BigInt(object.buyOrderId.toString());
    if (isSet(object.sellOrderId)) obj.sellOrderId = BigInt(object.sellOrderId.toString());
    if (isSet(object.buyer)) obj.buyer = String(object.buyer);
    if (isSet(object.seller)) obj.seller = String(object.seller);
    if (isSet(object.price)) obj.price = String(object.price);
    if (isSet(object.quantity)) obj.quantity = BigInt(object.quantity.toString());
    if (isSet(object.fee)) obj.fee = String(object.fee);
    if (isSet(object.burned)) obj.burned = String(object.burned);
    if (isSet(object.devFund)) obj.devFund = String(object.devFund);
    if (isSet(object.refund)) obj.refund = String(object.refund);
    if (isSet(object.side)) obj.side = sideFromJSON(object.side);
    return obj;
  },
  toJSON(message: EventOrderFill): JsonSafe<EventOrderFill> {
    const obj: any = {};
    message.tradeId !== undefined && (obj.tradeId = (message.tradeId || BigInt(0)).toString());
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.buyOrderId !== undefined && (obj.buyOrderId = (message.buyOrderId || BigInt(0)).toString());
    message.sellOrderId !== undefined && (obj.sellOrderId = (message.sellOrderId || BigInt(0)).toString());
    message.buyer !== undefined && (obj.buyer = message.buyer);
    message.seller !== undefined && (obj.seller = message.seller);
    message.price !== undefined && (obj.price = message.price);
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.fee !== undefined && (obj.fee = message.fee);
    message.burned !== undefined && (obj.burned = message.burned);
    message.devFund !== undefined && (obj.devFund = message.devFund);
    message.refund !== undefined && (obj.refund = message.refund);
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventOrderFill>, I>>(object: I): EventOrderFill {
    const message = createBaseEventOrderFill();
    if (object.tradeId !== undefined && object.tradeId !== null) {
      message.tradeId = BigInt(object.tradeId.toString());
    }
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    if (object.buyOrderId !== undefined && object.buyOrderId !== null) {
      message.buyOrderId = BigInt(object.buyOrderId.toString());
    }
    if (object.sellOrderId !== undefined && object.sellOrderId !== null) {
      message.sellOrderId = BigInt(object.sellOrderId.toString());
    }
    message.buyer = object.buyer ?? "";
    message.seller = object.seller ?? "";
    message.price = object.price ?? "";
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity.toString());
    }
    message.fee = object.fee ?? "";
    message.burned = object.burned ?? "";
    message.devFund = object.devFund ?? "";
    message.refund = object.refund ?? "";
    message.side = object.side ?? 0;
    return message;
  }
};
function createBaseEventOrderCancelled(): EventOrderCancelled {
  return {
    orderId: BigInt(0),
    assetId: BigInt(0),
    owner: "",
    remaining: BigInt(0),
    refund: [],
    reason: ""
  };
}
export const EventOrderCancelled = {
  encode(message: EventOrderCancelled, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderId !== BigInt(0)) {
      writer.uint32(8).uint64(message.orderId);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.remaining !== BigInt(0)) {
      writer.uint32(32).uint64(message.remaining);
    }
    for (const v of message.refund) {
      Coin.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    if (message.reason !== "") {
      writer.uint32(50).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrderCancelled {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrderCancelled();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orderId = reader.uint64();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.remaining = reader.uint64();
          break;
        case 5:
          message.refund.push(Coin.decode(reader, reader.uint32()));
          break;
        case 6:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrderCancelled {
    const obj = createBaseEventOrderCancelled();
    if (isSet(object.orderId)) obj.orderId = BigInt(object.orderId.toString());
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.remaining)) obj.remaining = BigInt(object.remaining.toString());
    if (Array.isArray(object?.refund)) obj.refund = object.refund.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventOrderCancelled): JsonSafe<EventOrderCancelled> {
    const obj: any = {};
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.remaining !== undefined && (obj.remaining = (message.remaining || BigInt(0)).toString());
    if (message.refund) {
      obj.refund = message.refund.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.refund = [];
    }
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventOrderCancelled>, I>>(object: I): EventOrderCancelled {
    const message = createBaseEventOrderCancelled();
    if (object.orderId !== undefined && object.orderId !== null) {
      message.orderId = BigInt(object.orderId.toString());
    }
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.owner = object.owner ?? "";
    if (object.remaining !== undefined && object.remaining !== null) {
      message.remaining = BigInt(object.remaining.toString());
    }
    message.refund = object.refund?.map(e => Coin.fromPartial(e)) || [];
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventOrderStopped(): EventOrderStopped {
  return {
    orderId: BigInt(0),
    assetId: BigInt(0),
    owner: "",
    filled: BigInt(0),
    remaining: BigInt(0),
    reason: ""
  };
}
export const EventOrderStopped = {
  encode(message: EventOrderStopped, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderId !== BigInt(0)) {
      writer.uint32(8).uint64(message.orderId);
    }
    if (message.assetId !== BigInt(0)) {
      writer.uint32(16).uint64(message.assetId);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.filled !== BigInt(0)) {
      writer.uint32(32).uint64(message.filled);
    }
    if (message.remaining !== BigInt(0)) {
      writer.uint32(40).uint64(message.remaining);
    }
    if (message.reason !== "") {
      writer.uint32(50).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrderStopped {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrderStopped();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orderId = reader.uint64();
          break;
        case 2:
          message.assetId = reader.uint64();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.filled = reader.uint64();
          break;
        case 5:
          message.remaining = reader.uint64();
          break;
        case 6:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrderStopped {
    const obj = createBaseEventOrderStopped();
    if (isSet(object.orderId)) obj.orderId = BigInt(object.orderId.toString());
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.filled)) obj.filled = BigInt(object.filled.toString());
    if (isSet(object.remaining)) obj.remaining = BigInt(object.remaining.toString());
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventOrderStopped): JsonSafe<EventOrderStopped> {
    const obj: any = {};
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.filled !== undefined && (obj.filled = (message.filled || BigInt(0)).toString());
    message.remaining !== undefined && (obj.remaining = (message.remaining || BigInt(0)).toString());
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventOrderStopped>, I>>(object: I): EventOrderStopped {
    const message = createBaseEventOrderStopped();
    if (object.orderId !== undefined && object.orderId !== null) {
      message.orderId = BigInt(object.orderId.toString());
    }
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    message.owner = object.owner ?? "";
    if (object.filled !== undefined && object.filled !== null) {
      message.filled = BigInt(object.filled.toString());
    }
    if (object.remaining !== undefined && object.remaining !== null) {
      message.remaining = BigInt(object.remaining.toString());
    }
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventTradesPruned(): EventTradesPruned {
  return {
    count: BigInt(0),
    tradeId: BigInt(0)
  };
}
export const EventTradesPruned = {
  encode(message: EventTradesPruned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.count !== BigInt(0)) {
      writer.uint32(8).uint64(message.count);
    }
    if (message.tradeId !== BigInt(0)) {
      writer.uint32(16).uint64(message.tradeId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTradesPruned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTradesPruned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.count = reader.uint64();
          break;
        case 2:
          message.tradeId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTradesPruned {
    const obj = createBaseEventTradesPruned();
    if (isSet(object.count)) obj.count = BigInt(object.count.toString());
    if (isSet(object.tradeId)) obj.tradeId = BigInt(object.tradeId.toString());
    return obj;
  },
  toJSON(message: EventTradesPruned): JsonSafe<EventTradesPruned> {
    const obj: any = {};
    message.count !== undefined && (obj.count = (message.count || BigInt(0)).toString());
    message.tradeId !== undefined && (obj.tradeId = (message.tradeId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTradesPruned>, I>>(object: I): EventTradesPruned {
    const message = createBaseEventTradesPruned();
    if (object.count !== undefined && object.count !== null) {
      message.count = BigInt(object.count.toString());
    }
    if (object.tradeId !== undefined && object.tradeId !== null) {
      message.tradeId = BigInt(object.tradeId.toString());
    }
    return message;
  }
};
function createBaseEventParamsUpdated(): EventParamsUpdated {
  return {};
}
export const EventParamsUpdated = {
  encode(_: EventParamsUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventParamsUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventParamsUpdated();
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
  fromJSON(_: any): EventParamsUpdated {
    const obj = createBaseEventParamsUpdated();
    return obj;
  },
  toJSON(_: EventParamsUpdated): JsonSafe<EventParamsUpdated> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventParamsUpdated>, I>>(_: I): EventParamsUpdated {
    const message = createBaseEventParamsUpdated();
    return message;
  }
};