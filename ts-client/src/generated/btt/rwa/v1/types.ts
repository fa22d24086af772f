/* eslint-disable */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
import { Decimal } from "@cosmjs/math";
/** AttestationKind is what a verifier may attest: an asset's regulatory or technical standing, or an account's KYC. */
export enum AttestationKind {
  ATTESTATION_KIND_UNSPECIFIED = 0,
  ATTESTATION_KIND_REGULATORY = 1,
  ATTESTATION_KIND_TECHNICAL = 2,
  ATTESTATION_KIND_KYC = 3,
  UNRECOGNIZED = -1,
}
export function attestationKindFromJSON(object: any): AttestationKind {
  switch (object) {
    case 0:
    case "ATTESTATION_KIND_UNSPECIFIED":
      return AttestationKind.ATTESTATION_KIND_UNSPECIFIED;
    case 1:
    case "ATTESTATION_KIND_REGULATORY":
      return AttestationKind.ATTESTATION_KIND_REGULATORY;
    case 2:
    case "ATTESTATION_KIND_TECHNICAL":
      return AttestationKind.ATTESTATION_KIND_TECHNICAL;
    case 3:
    case "ATTESTATION_KIND_KYC":
      return AttestationKind.ATTESTATION_KIND_KYC;
    case -1:
    case "UNRECOGNIZED":
    default:
      return AttestationKind.UNRECOGNIZED;
  }
}
export function attestationKindToJSON(object: AttestationKind): string {
  switch (object) {
    case AttestationKind.ATTESTATION_KIND_UNSPECIFIED:
      return "ATTESTATION_KIND_UNSPECIFIED";
    case AttestationKind.ATTESTATION_KIND_REGULATORY:
      return "ATTESTATION_KIND_REGULATORY";
    case AttestationKind.ATTESTATION_KIND_TECHNICAL:
      return "ATTESTATION_KIND_TECHNICAL";
    case AttestationKind.ATTESTATION_KIND_KYC:
      return "ATTESTATION_KIND_KYC";
    case AttestationKind.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** AssetClass is the kind of real-world asset. */
export enum AssetClass {
  ASSET_CLASS_UNSPECIFIED = 0,
  ASSET_CLASS_EQUIPMENT = 1,
  ASSET_CLASS_PROPERTY = 2,
  ASSET_CLASS_SERVICE_RIGHTS = 3,
  ASSET_CLASS_IP = 4,
  UNRECOGNIZED = -1,
}
export function assetClassFromJSON(object: any): AssetClass {
  switch (object) {
    case 0:
    case "ASSET_CLASS_UNSPECIFIED":
      return AssetClass.ASSET_CLASS_UNSPECIFIED;
    case 1:
    case "ASSET_CLASS_EQUIPMENT":
      return AssetClass.ASSET_CLASS_EQUIPMENT;
    case 2:
    case "ASSET_CLASS_PROPERTY":
      return AssetClass.ASSET_CLASS_PROPERTY;
    case 3:
    case "ASSET_CLASS_SERVICE_RIGHTS":
      return AssetClass.ASSET_CLASS_SERVICE_RIGHTS;
    case 4:
    case "ASSET_CLASS_IP":
      return AssetClass.ASSET_CLASS_IP;
    case -1:
    case "UNRECOGNIZED":
    default:
      return AssetClass.UNRECOGNIZED;
  }
}
export function assetClassToJSON(object: AssetClass): string {
  switch (object) {
    case AssetClass.ASSET_CLASS_UNSPECIFIED:
      return "ASSET_CLASS_UNSPECIFIED";
    case AssetClass.ASSET_CLASS_EQUIPMENT:
      return "ASSET_CLASS_EQUIPMENT";
    case AssetClass.ASSET_CLASS_PROPERTY:
      return "ASSET_CLASS_PROPERTY";
    case AssetClass.ASSET_CLASS_SERVICE_RIGHTS:
      return "ASSET_CLASS_SERVICE_RIGHTS";
    case AssetClass.ASSET_CLASS_IP:
      return "ASSET_CLASS_IP";
    case AssetClass.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** AssetStatus is the lifecycle state of an asset. */
export enum AssetStatus {
  ASSET_STATUS_UNSPECIFIED = 0,
  /** ASSET_STATUS_PENDING - PENDING: registered, waiting for one REGULATORY and one TECHNICAL approval by different verifiers. */
  ASSET_STATUS_PENDING = 1,
  /** ASSET_STATUS_VERIFIED - VERIFIED: approved; the owner may tokenize it. */
  ASSET_STATUS_VERIFIED = 2,
  /** ASSET_STATUS_REJECTED - REJECTED: a verifier rejected it (the reason is in its attestations); terminal. */
  ASSET_STATUS_REJECTED = 3,
  /** ASSET_STATUS_TOKENIZED - TOKENIZED: shares rwa/{id} exist and trade on the venue. */
  ASSET_STATUS_TOKENIZED = 4,
  /** ASSET_STATUS_RETIRED - RETIRED: withdrawn by the owner; its shares (if any) were burned; terminal. */
  ASSET_STATUS_RETIRED = 5,
  UNRECOGNIZED = -1,
}
export function assetStatusFromJSON(object: any): AssetStatus {
  switch (object) {
    case 0:
    case "ASSET_STATUS_UNSPECIFIED":
      return AssetStatus.ASSET_STATUS_UNSPECIFIED;
    case 1:
    case "ASSET_STATUS_PENDING":
      return AssetStatus.ASSET_STATUS_PENDING;
    case 2:
    case "ASSET_STATUS_VERIFIED":
      return AssetStatus.ASSET_STATUS_VERIFIED;
    case 3:
    case "ASSET_STATUS_REJECTED":
      return AssetStatus.ASSET_STATUS_REJECTED;
    case 4:
    case "ASSET_STATUS_TOKENIZED":
      return AssetStatus.ASSET_STATUS_TOKENIZED;
    case 5:
    case "ASSET_STATUS_RETIRED":
      return AssetStatus.ASSET_STATUS_RETIRED;
    case -1:
    case "UNRECOGNIZED":
    default:
      return AssetStatus.UNRECOGNIZED;
  }
}
export function assetStatusToJSON(object: AssetStatus): string {
  switch (object) {
    case AssetStatus.ASSET_STATUS_UNSPECIFIED:
      return "ASSET_STATUS_UNSPECIFIED";
    case AssetStatus.ASSET_STATUS_PENDING:
      return "ASSET_STATUS_PENDING";
    case AssetStatus.ASSET_STATUS_VERIFIED:
      return "ASSET_STATUS_VERIFIED";
    case AssetStatus.ASSET_STATUS_REJECTED:
      return "ASSET_STATUS_REJECTED";
    case AssetStatus.ASSET_STATUS_TOKENIZED:
      return "ASSET_STATUS_TOKENIZED";
    case AssetStatus.ASSET_STATUS_RETIRED:
      return "ASSET_STATUS_RETIRED";
    case AssetStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Decision of an attestation. */
export enum Decision {
  DECISION_UNSPECIFIED = 0,
  DECISION_APPROVE = 1,
  DECISION_REJECT = 2,
  UNRECOGNIZED = -1,
}
export function decisionFromJSON(object: any): Decision {
  switch (object) {
    case 0:
    case "DECISION_UNSPECIFIED":
      return Decision.DECISION_UNSPECIFIED;
    case 1:
    case "DECISION_APPROVE":
      return Decision.DECISION_APPROVE;
    case 2:
    case "DECISION_REJECT":
      return Decision.DECISION_REJECT;
    case -1:
    case "UNRECOGNIZED":
    default:
      return Decision.UNRECOGNIZED;
  }
}
export function decisionToJSON(object: Decision): string {
  switch (object) {
    case Decision.DECISION_UNSPECIFIED:
      return "DECISION_UNSPECIFIED";
    case Decision.DECISION_APPROVE:
      return "DECISION_APPROVE";
    case Decision.DECISION_REJECT:
      return "DECISION_REJECT";
    case Decision.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Side of an order. */
export enum Side {
  SIDE_UNSPECIFIED = 0,
  /** SIDE_BUY - BUY escrows price × quantity abtt. */
  SIDE_BUY = 1,
  /** SIDE_SELL - SELL escrows quantity shares. */
  SIDE_SELL = 2,
  UNRECOGNIZED = -1,
}
export function sideFromJSON(object: any): Side {
  switch (object) {
    case 0:
    case "SIDE_UNSPECIFIED":
      return Side.SIDE_UNSPECIFIED;
    case 1:
    case "SIDE_BUY":
      return Side.SIDE_BUY;
    case 2:
    case "SIDE_SELL":
      return Side.SIDE_SELL;
    case -1:
    case "UNRECOGNIZED":
    default:
      return Side.UNRECOGNIZED;
  }
}
export function sideToJSON(object: Side): string {
  switch (object) {
    case Side.SIDE_UNSPECIFIED:
      return "SIDE_UNSPECIFIED";
    case Side.SIDE_BUY:
      return "SIDE_BUY";
    case Side.SIDE_SELL:
      return "SIDE_SELL";
    case Side.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Verifier is an account appointed by governance to attest assets and issue KYC credentials. */
export interface Verifier {
  address: string;
  name: string;
  kinds: AttestationKind[];
  /** jurisdictions are ISO 3166-1 alpha-2 (CN) or ISO 3166-2 (CN-BJ) codes the verifier works in. */
  jurisdictions: string[];
  addedAt: bigint;
}
/**
 * Credential is a KYC credential of an account for one jurisdiction. It is valid while
 * block time < expires_at and its issuer is still a KYC verifier of that jurisdiction.
 */
export interface Credential {
  holder: string;
  jurisdiction: string;
  issuer: string;
  /** issued_at and expires_at are unix seconds (block time). */
  issuedAt: bigint;
  expiresAt: bigint;
}
/** Attestation is one verifier's decision on an asset. */
export interface Attestation {
  verifier: string;
  kind: AttestationKind;
  decision: Decision;
  /** reason is required for a rejection. */
  reason: string;
  time: bigint;
}
/** Asset is a registered real-world asset. */
export interface Asset {
  id: bigint;
  owner: string;
  assetClass: AssetClass;
  name: string;
  jurisdiction: string;
  /** documents_sha256 is the sha256 (32 bytes) of the document bundle found at documents_uri. */
  documentsSha256: Uint8Array;
  documentsUri: string;
  /** appraised_value is the latest valuation, in minor units of currency (e.g. fen for CNY). */
  appraisedValue: string;
  /** currency is an ISO 4217 code such as CNY. */
  currency: string;
  shareCount: bigint;
  status: AssetStatus;
  attestations: Attestation[];
  /** denom is rwa/{id} once tokenized. */
  denom: string;
  registeredAt: bigint;
  tokenizedAt: bigint;
}
/** Valuation is one entry of an asset's valuation history. */
export interface Valuation {
  assetId: bigint;
  seq: bigint;
  value: string;
  currency: string;
  /** appraiser is the owner (the registration appraisal) or a TECHNICAL verifier. */
  appraiser: string;
  method: string;
  time: bigint;
  blockHeight: bigint;
}
/** Order is a resting limit order; filled and cancelled orders are removed. */
export interface Order {
  id: bigint;
  assetId: bigint;
  owner: string;
  side: Side;
  /** price in abtt per share. */
  price: string;
  quantity: bigint;
  remaining: bigint;
  placedAt: bigint;
  placedHeight: bigint;
}
/** Trade is one fill between a resting (maker) order and an incoming (taker) order, at the maker's price. */
export interface Trade {
  id: bigint;
  assetId: bigint;
  buyOrderId: bigint;
  sellOrderId: bigint;
  buyer: string;
  seller: string;
  price: string;
  quantity: bigint;
  /** fee (abtt) is taken from the seller's proceeds; burned + dev_fund == fee. */
  fee: string;
  takerSide: Side;
  time: bigint;
  blockHeight: bigint;
}
/** Params of x/rwa. */
export interface Params {
  /** tokenize_fee (abtt) is paid by the owner at MsgTokenize. */
  tokenizeFee: string;
  /** tokenize_burn_fraction of the tokenize fee is burned; the rest goes to the development fund. */
  tokenizeBurnFraction: string;
  /** trade_fee_rate of each fill's notional (price × quantity) is taken from the seller's proceeds. */
  tradeFeeRate: string;
  /** trade_fee_burn_fraction of each trade fee is burned; the rest goes to the development fund. */
  tradeFeeBurnFraction: string;
  /** max_credential_seconds bounds a credential's lifetime. */
  maxCredentialSeconds: bigint;
  /** max_open_orders_per_account bounds one account's resting orders. */
  maxOpenOrdersPerAccount: number;
  /**
   * max_makers_per_order bounds the resting orders one incoming order visits (fills and lapsed-maker
   * cancellations alike); at the bound the incoming order stops and its unfilled rest is refunded.
   */
  maxMakersPerOrder: number;
  /** max_prune_per_msg bounds MsgPruneLapsedOrders.limit. */
  maxPrunePerMsg: number;
  /**
   * trade_retention_seconds: trade records older than this are deleted (history stays in the
   * rwa_order_fill events and the explorer).
   */
  tradeRetentionSeconds: bigint;
  /** max_trade_prunes_per_block bounds the trade records deleted at the end of one block. */
  maxTradePrunesPerBlock: number;
}
function createBaseVerifier(): Verifier {
  return {
    address: "",
    name: "",
    kinds: [],
    jurisdictions: [],
    addedAt: BigInt(0)
  };
}
export const Verifier = {
  encode(message: Verifier, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    writer.uint32(26).fork();
    for (const v of message.kinds) {
      writer.int32(v);
    }
    writer.ldelim();
    for (const v of message.jurisdictions) {
      writer.uint32(34).string(v!);
    }
    if (message.addedAt !== BigInt(0)) {
      writer.uint32(40).int64(message.addedAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Verifier {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseVerifier();
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
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.kinds.push(reader.int32() as any);
            }
          } else {
            message.kinds.push(reader.int32() as any);
          }
          break;
        case 4:
          message.jurisdictions.push(reader.string());
          break;
        case 5:
          message.addedAt = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Verifier {
    const obj = createBaseVerifier();
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.name)) obj.name = String(object.name);
    if (Array.isArray(object?.kinds)) obj.kinds = object.kinds.map((e: any) => attestationKindFromJSON(e));
    if (Array.isArray(object?.jurisdictions)) obj.jurisdictions = object.jurisdictions.map((e: any) => String(e));
    if (isSet(object.addedAt)) obj.addedAt = BigInt(object.addedAt.toString());
    return obj;
  },
  toJSON(message: Verifier): JsonSafe<Verifier> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
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
    message.addedAt !== undefined && (obj.addedAt = (message.addedAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Verifier>, I>>(object: I): Verifier {
    const message = createBaseVerifier();
    message.address = object.address ?? "";
    message.name = object.name ?? "";
    message.kinds = object.kinds?.map(e => e) || [];
    message.jurisdictions = object.jurisdictions?.map(e => e) || [];
    if (object.addedAt !== undefined && object.addedAt !== null) {
      message.addedAt = BigInt(object.addedAt.toString());
    }
    return message;
  }
};
function createBaseCredential(): Credential {
  return {
    holder: "",
    jurisdiction: "",
    issuer: "",
    issuedAt: BigInt(0),
    expiresAt: BigInt(0)
  };
}
export const Credential = {
  encode(message: Credential, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.holder !== "") {
      writer.uint32(10).string(message.holder);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(18).string(message.jurisdiction);
    }
    if (message.issuer !== "") {
      writer.uint32(26).string(message.issuer);
    }
    if (message.issuedAt !== BigInt(0)) {
      writer.uint32(32).int64(message.issuedAt);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(40).int64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Credential {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCredential();
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
          message.issuedAt = reader.int64();
          break;
        case 5:
          message.expiresAt = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Credential {
    const obj = createBaseCredential();
    if (isSet(object.holder)) obj.holder = String(object.holder);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.issuer)) obj.issuer = String(object.issuer);
    if (isSet(object.issuedAt)) obj.issuedAt = BigInt(object.issuedAt.toString());
    if (isSet(object.expiresAt)) obj.expiresAt = BigInt(object.expiresAt.toString());
    return obj;
  },
  toJSON(message: Credential): JsonSafe<Credential> {
    const obj: any = {};
    message.holder !== undefined && (obj.holder = message.holder);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.issuer !== undefined && (obj.issuer = message.issuer);
    message.issuedAt !== undefined && (obj.issuedAt = (message.issuedAt || BigInt(0)).toString());
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Credential>, I>>(object: I): Credential {
    const message = createBaseCredential();
    message.holder = object.holder ?? "";
    message.jurisdiction = object.jurisdiction ?? "";
    message.issuer = object.issuer ?? "";
    if (object.issuedAt !== undefined && object.issuedAt !== null) {
      message.issuedAt = BigInt(object.issuedAt.toString());
    }
    if (object.expiresAt !== undefined && object.expiresAt !== null) {
      message.expiresAt = BigInt(object.expiresAt.toString());
    }
    return message;
  }
};
function createBaseAttestation(): Attestation {
  return {
    verifier: "",
    kind: 0,
    decision: 0,
    reason: "",
    time: BigInt(0)
  };
}
export const Attestation = {
  encode(message: Attestation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    if (message.kind !== 0) {
      writer.uint32(16).int32(message.kind);
    }
    if (message.decision !== 0) {
      writer.uint32(24).int32(message.decision);
    }
    if (message.reason !== "") {
      writer.uint32(34).string(message.reason);
    }
    if (message.time !== BigInt(0)) {
      writer.uint32(40).int64(message.time);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Attestation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAttestation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        case 2:
          message.kind = reader.int32() as any;
          break;
        case 3:
          message.decision = reader.int32() as any;
          break;
        case 4:
          message.reason = reader.string();
          break;
        case 5:
          message.time = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Attestation {
    const obj = createBaseAttestation();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.kind)) obj.kind = attestationKindFromJSON(object.kind);
    if (isSet(object.decision)) obj.decision = decisionFromJSON(object.decision);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    if (isSet(object.time)) obj.time = BigInt(object.time.toString());
    return obj;
  },
  toJSON(message: Attestation): JsonSafe<Attestation> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.kind !== undefined && (obj.kind = attestationKindToJSON(message.kind));
    message.decision !== undefined && (obj.decision = decisionToJSON(message.decision));
    message.reason !== undefined && (obj.reason = message.reason);
    message.time !== undefined && (obj.time = (message.time || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Attestation>, I>>(object: I): Attestation {
    const message = createBaseAttestation();
    message.verifier = object.verifier ?? "";
    message.kind = object.kind ?? 0;
    message.decision = object.decision ?? 0;
    message.reason = object.reason ?? "";
    if (object.time !== undefined && object.time !== null) {
      message.time = BigInt(object.time.toString());
    }
    return message;
  }
};
function createBaseAsset(): Asset {
  return {
    id: BigInt(0),
    owner: "",
    assetClass: 0,
    name: "",
    jurisdiction: "",
    documentsSha256: new Uint8Array(),
    documentsUri: "",
    appraisedValue: "",
    currency: "",
    shareCount: BigInt(0),
    status: 0,
    attestations: [],
    denom: "",
    registeredAt: BigInt(0),
    tokenizedAt: BigInt(0)
  };
}
export const Asset = {
  encode(message: Asset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.assetClass !== 0) {
      writer.uint32(24).int32(message.assetClass);
    }
    if (message.name !== "") {
      writer.uint32(34).string(message.name);
    }
    if (message.jurisdiction !== "") {
      writer.uint32(42).string(message.jurisdiction);
    }
    if (message.documentsSha256.length !== 0) {
      writer.uint32(50).bytes(message.documentsSha256);
    }
    if (message.documentsUri !== "") {
      writer.uint32(58).string(message.documentsUri);
    }
    if (message.appraisedValue !== "") {
      writer.uint32(66).string(message.appraisedValue);
    }
    if (message.currency !== "") {
      writer.uint32(74).string(message.currency);
    }
    if (message.shareCount !== BigInt(0)) {
      writer.uint32(80).uint64(message.shareCount);
    }
    if (message.status !== 0) {
      writer.uint32(88).int32(message.status);
    }
    for (const v of message.attestations) {
      Attestation.encode(v!, writer.uint32(98).fork()).ldelim();
    }
    if (message.denom !== "") {
      writer.uint32(106).string(message.denom);
    }
    if (message.registeredAt !== BigInt(0)) {
      writer.uint32(112).int64(message.registeredAt);
    }
    if (message.tokenizedAt !== BigInt(0)) {
      writer.uint32(120).int64(message.tokenizedAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Asset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.assetClass = reader.int32() as any;
          break;
        case 4:
          message.name = reader.string();
          break;
        case 5:
          message.jurisdiction = reader.string();
          break;
        case 6:
          message.documentsSha256 = reader.bytes();
          break;
        case 7:
          message.documentsUri = reader.string();
          break;
        case 8:
          message.appraisedValue = reader.string();
          break;
        case 9:
          message.currency = reader.string();
          break;
        case 10:
          message.shareCount = reader.uint64();
          break;
        case 11:
          message.status = reader.int32() as any;
          break;
        case 12:
          message.attestations.push(Attestation.decode(reader, reader.uint32()));
          break;
        case 13:
          message.denom = reader.string();
          break;
        case 14:
          message.registeredAt = reader.int64();
          break;
        case 15:
          message.tokenizedAt = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Asset {
    const obj = createBaseAsset();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.assetClass)) obj.assetClass = assetClassFromJSON(object.assetClass);
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.jurisdiction)) obj.jurisdiction = String(object.jurisdiction);
    if (isSet(object.documentsSha256)) obj.documentsSha256 = bytesFromBase64(object.documentsSha256);
    if (isSet(object.documentsUri)) obj.documentsUri = String(object.documentsUri);
    if (isSet(object.appraisedValue)) obj.appraisedValue = String(object.appraisedValue);
    if (isSet(object.currency)) obj.currency = String(object.currency);
    if (isSet(object.shareCount)) obj.shareCount = BigInt(object.shareCount.toString());
    if (isSet(object.status)) obj.status = assetStatusFromJSON(object.status);
    if (Array.isArray(object?.attestations)) obj.attestations = object.attestations.map((e: any) => Attestation.fromJSON(e));
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.registeredAt)) obj.registeredAt = BigInt(object.registeredAt.toString());
    if (isSet(object.tokenizedAt)) obj.tokenizedAt = BigInt(object.tokenizedAt.toString());
    return obj;
  },
  toJSON(message: Asset): JsonSafe<Asset> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.assetClass !== undefined && (obj.assetClass = assetClassToJSON(message.assetClass));
    message.name !== undefined && (obj.name = message.name);
    message.jurisdiction !== undefined && (obj.jurisdiction = message.jurisdiction);
    message.documentsSha256 !== undefined && (obj.documentsSha256 = base64FromBytes(message.documentsSha256 !== undefined ? message.documentsSha256 : new Uint8Array()));
    message.documentsUri !== undefined && (obj.documentsUri = message.documentsUri);
    message.appraisedValue !== undefined && (obj.appraisedValue = message.appraisedValue);
    message.currency !== undefined && (obj.currency = message.currency);
    message.shareCount !== undefined && (obj.shareCount = (message.shareCount || BigInt(0)).toString());
    message.status !== undefined && (obj.status = assetStatusToJSON(message.status));
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? Attestation.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    message.denom !== undefined && (obj.denom = message.denom);
    message.registeredAt !== undefined && (obj.registeredAt = (message.registeredAt || BigInt(0)).toString());
    message.tokenizedAt !== undefined && (obj.tokenizedAt = (message.tokenizedAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Asset>, I>>(object: I): Asset {
    const message = createBaseAsset();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
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
    message.status = object.status ?? 0;
    message.attestations = object.attestations?.map(e => Attestation.fromPartial(e)) || [];
    message.denom = object.denom ?? "";
    if (object.registeredAt !== undefined && object.registeredAt !== null) {
      message.registeredAt = BigInt(object.registeredAt.toString());
    }
    if (object.tokenizedAt !== undefined && object.tokenizedAt !== null) {
      message.tokenizedAt = BigInt(object.tokenizedAt.toString());
    }
    return message;
  }
};
function createBaseValuation(): Valuation {
  return {
    assetId: BigInt(0),
    seq: BigInt(0),
    value: "",
    currency: "",
    appraiser: "",
    method: "",
    time: BigInt(0),
    blockHeight: BigInt(0)
  };
}
export const Valuation = {
  encode(message: Valuation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
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
    if (message.appraiser !== "") {
      writer.uint32(42).string(message.appraiser);
    }
    if (message.method !== "") {
      writer.uint32(50).string(message.method);
    }
    if (message.time !== BigInt(0)) {
      writer.uint32(56).int64(message.time);
    }
    if (message.blockHeight !== BigInt(0)) {
      writer.uint32(64).int64(message.blockHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Valuation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValuation();
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
          message.appraiser = reader.string();
          break;
        case 6:
          message.method = reader.string();
          break;
        case 7:
          message.time = reader.int64();
          break;
        case 8:
          message.blockHeight = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Valuation {
    const obj = createBaseValuation();
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.seq)) obj.seq = BigInt(object.seq.toString());
    if (isSet(object.value)) obj.value = String(object.value);
    if (isSet(object.currency)) obj.currency = String(object.currency);
    if (isSet(object.appraiser)) obj.appraiser = String(object.appraiser);
    if (isSet(object.method)) obj.method = String(object.method);
    if (isSet(object.time)) obj.time = BigInt(object.time.toString());
    if (isSet(object.blockHeight)) obj.blockHeight = BigInt(object.blockHeight.toString());
    return obj;
  },
  toJSON(message: Valuation): JsonSafe<Valuation> {
    const obj: any = {};
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.value !== undefined && (obj.value = message.value);
    message.currency !== undefined && (obj.currency = message.currency);
    message.appraiser !== undefined && (obj.appraiser = message.appraiser);
    message.method !== undefined && (obj.method = message.method);
    message.time !== undefined && (obj.time = (message.time || BigInt(0)).toString());
    message.blockHeight !== undefined && (obj.blockHeight = (message.blockHeight || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Valuation>, I>>(object: I): Valuation {
    const message = createBaseValuation();
    if (object.assetId !== undefined && object.assetId !== null) {
      message.assetId = BigInt(object.assetId.toString());
    }
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq.toString());
    }
    message.value = object.value ?? "";
    message.currency = object.currency ?? "";
    message.appraiser = object.appraiser ?? "";
    message.method = object.method ?? "";
    if (object.time !== undefined && object.time !== null) {
      message.time = BigInt(object.time.toString());
    }
    if (object.blockHeight !== undefined && object.blockHeight !== null) {
      message.blockHeight = BigInt(object.blockHeight.toString());
    }
    return message;
  }
};
function createBaseOrder(): Order {
  return {
    id: BigInt(0),
    assetId: BigInt(0),
    owner: "",
    side: 0,
    price: "",
    quantity: BigInt(0),
    remaining: BigInt(0),
    placedAt: BigInt(0),
    placedHeight: BigInt(0)
  };
}
export const Order = {
  encode(message: Order, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
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
    if (message.remaining !== BigInt(0)) {
      writer.uint32(56).uint64(message.remaining);
    }
    if (message.placedAt !== BigInt(0)) {
      writer.uint32(64).int64(message.placedAt);
    }
    if (message.placedHeight !== BigInt(0)) {
      writer.uint32(72).int64(message.placedHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Order {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOrder();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
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
        case 7:
          message.remaining = reader.uint64();
          break;
        case 8:
          message.placedAt = reader.int64();
          break;
        case 9:
          message.placedHeight = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Order {
    const obj = createBaseOrder();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.owner)) obj.owner = String(object.owner);
    if (isSet(object.side)) obj.side = sideFromJSON(object.side);
    if (isSet(object.price)) obj.price = String(object.price);
    if (isSet(object.quantity)) obj.quantity = BigInt(object.quantity.toString());
    if (isSet(object.remaining)) obj.remaining = BigInt(object.remaining.toString());
    if (isSet(object.placedAt)) obj.placedAt = BigInt(object.placedAt.toString());
    if (isSet(object.placedHeight)) obj.placedHeight = BigInt(object.placedHeight.toString());
    return obj;
  },
  toJSON(message: Order): JsonSafe<Order> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    message.price !== undefined && (obj.price = message.price);
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.remaining !== undefined && (obj.remaining = (message.remaining || BigInt(0)).toString());
    message.placedAt !== undefined && (obj.placedAt = (message.placedAt || BigInt(0)).toString());
    message.placedHeight !== undefined && (obj.placedHeight = (message.placedHeight || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Order>, I>>(object: I): Order {
    const message = createBaseOrder();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
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
    if (object.remaining !== undefined && object.remaining !== null) {
      message.remaining = BigInt(object.remaining.toString());
    }
    if (object.placedAt !== undefined && object.placedAt !== null) {
      message.placedAt = BigInt(object.placedAt.toString());
    }
    if (object.placedHeight !== undefined && object.placedHeight !== null) {
      message.placedHeight = BigInt(object.placedHeight.toString());
    }
    return message;
  }
};
function createBaseTrade(): Trade {
  return {
    id: BigInt(0),
    assetId: BigInt(0),
    buyOrderId: BigInt(0),
    sellOrderId: BigInt(0),
    buyer: "",
    seller: "",
    price: "",
    quantity: BigInt(0),
    fee: "",
    takerSide: 0,
    time: BigInt(0),
    blockHeight: BigInt(0)
  };
}
export const Trade = {
  encode(message: Trade, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
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
    if (message.takerSide !== 0) {
      writer.uint32(80).int32(message.takerSide);
    }
    if (message.time !== BigInt(0)) {
      writer.uint32(88).int64(message.time);
    }
    if (message.blockHeight !== BigInt(0)) {
      writer.uint32(96).int64(message.blockHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Trade {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTrade();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
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
          message.takerSide = reader.int32() as any;
          break;
        case 11:
          message.time = reader.int64();
          break;
        case 12:
          message.blockHeight = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Trade {
    const obj = createBaseTrade();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.assetId)) obj.assetId = BigInt(object.assetId.toString());
    if (isSet(object.buyOrderId)) obj.buyOrderId = BigInt(object.buyOrderId.toString());
    if (isSet(object.sellOrderId)) obj.sellOrderId = BigInt(object.sellOrderId.toString());
    if (isSet(object.buyer)) obj.buyer = String(object.buyer);
    if (isSet(object.seller)) obj.seller = String(object.seller);
    if (isSet(object.price)) obj.price = String(object.price);
    if (isSet(object.quantity)) obj.quantity = BigInt(object.quantity.toString());
    if (isSet(object.fee)) obj.fee = String(object.fee);
    if (isSet(object.takerSide)) obj.takerSide = sideFromJSON(object.takerSide);
    if (isSet(object.time)) obj.time = BigInt(object.time.toString());
    if (isSet(object.blockHeight)) obj.blockHeight = BigInt(object.blockHeight.toString());
    return obj;
  },
  toJSON(message: Trade): JsonSafe<Trade> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.assetId !== undefined && (obj.assetId = (message.assetId || BigInt(0)).toString());
    message.buyOrderId !== undefined && (obj.buyOrderId = (message.buyOrderId || BigInt(0)).toString());
    message.sellOrderId !== undefined && (obj.sellOrderId = (message.sellOrderId || BigInt(0)).toString());
    message.buyer !== undefined && (obj.buyer = message.buyer);
    message.seller !== undefined && (obj.seller = message.seller);
    message.price !== undefined && (obj.price = message.price);
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.fee !== undefined && (obj.fee = message.fee);
    message.takerSide !== undefined && (obj.takerSide = sideToJSON(message.takerSide));
    message.time !== undefined && (obj.time = (message.time || BigInt(0)).toString());
    message.blockHeight !== undefined && (obj.blockHeight = (message.blockHeight || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Trade>, I>>(object: I): Trade {
    const message = createBaseTrade();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
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
    message.takerSide = object.takerSide ?? 0;
    if (object.time !== undefined && object.time !== null) {
      message.time = BigInt(object.time.toString());
    }
    if (object.blockHeight !== undefined && object.blockHeight !== null) {
      message.blockHeight = BigInt(object.blockHeight.toString());
    }
    return message;
  }
};
function createBaseParams(): Params {
  return {
    tokenizeFee: "",
    tokenizeBurnFraction: "",
    tradeFeeRate: "",
    tradeFeeBurnFraction: "",
    maxCredentialSeconds: BigInt(0),
    maxOpenOrdersPerAccount: 0,
    maxMakersPerOrder: 0,
    maxPrunePerMsg: 0,
    tradeRetentionSeconds: BigInt(0),
    maxTradePrunesPerBlock: 0
  };
}
export const Params = {
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenizeFee !== "") {
      writer.uint32(10).string(message.tokenizeFee);
    }
    if (message.tokenizeBurnFraction !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.tokenizeBurnFraction, 18).atomics);
    }
    if (message.tradeFeeRate !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.tradeFeeRate, 18).atomics);
    }
    if (message.tradeFeeBurnFraction !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.tradeFeeBurnFraction, 18).atomics);
    }
    if (message.maxCredentialSeconds !== BigInt(0)) {
      writer.uint32(40).int64(message.maxCredentialSeconds);
    }
    if (message.maxOpenOrdersPerAccount !== 0) {
      writer.uint32(48).uint32(message.maxOpenOrdersPerAccount);
    }
    if (message.maxMakersPerOrder !== 0) {
      writer.uint32(56).uint32(message.maxMakersPerOrder);
    }
    if (message.maxPrunePerMsg !== 0) {
      writer.uint32(64).uint32(message.maxPrunePerMsg);
    }
    if (message.tradeRetentionSeconds !== BigInt(0)) {
      writer.uint32(72).int64(message.tradeRetentionSeconds);
    }
    if (message.maxTradePrunesPerBlock !== 0) {
      writer.uint32(80).uint32(message.maxTradePrunesPerBlock);
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
          message.tokenizeFee = reader.string();
          break;
        case 2:
          message.tokenizeBurnFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.tradeFeeRate = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.tradeFeeBurnFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 5:
          message.maxCredentialSeconds = reader.int64();
          break;
        case 6:
          message.maxOpenOrdersPerAccount = reader.uint32();
          break;
        case 7:
          message.maxMakersPerOrder = reader.uint32();
          break;
        case 8:
          message.maxPrunePerMsg = reader.uint32();
          break;
        case 9:
          message.tradeRetentionSeconds = reader.int64();
          break;
        case 10:
          message.maxTradePrunesPerBlock = reader.uint32();
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
    if (isSet(object.tokenizeFee)) obj.tokenizeFee = String(object.tokenizeFee);
    if (isSet(object.tokenizeBurnFraction)) obj.tokenizeBurnFraction = String(object.tokenizeBurnFraction);
    if (isSet(object.tradeFeeRate)) obj.tradeFeeRate = String(object.tradeFeeRate);
    if (isSet(object.tradeFeeBurnFraction)) obj.tradeFeeBurnFraction = String(object.tradeFeeBurnFraction);
    if (isSet(object.maxCredentialSeconds)) obj.maxCredentialSeconds = BigInt(object.maxCredentialSeconds.toString());
    if (isSet(object.maxOpenOrdersPerAccount)) obj.maxOpenOrdersPerAccount = Number(object.maxOpenOrdersPerAccount);
    if (isSet(object.maxMakersPerOrder)) obj.maxMakersPerOrder = Number(object.maxMakersPerOrder);
    if (isSet(object.maxPrunePerMsg)) obj.maxPrunePerMsg = Number(object.maxPrunePerMsg);
    if (isSet(object.tradeRetentionSeconds)) obj.tradeRetentionSeconds = BigInt(object.tradeRetentionSeconds.toString());
    if (isSet(object.maxTradePrunesPerBlock)) obj.maxTradePrunesPerBlock = Number(object.maxTradePrunesPerBlock);
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.tokenizeFee !== undefined && (obj.tokenizeFee = message.tokenizeFee);
    message.tokenizeBurnFraction !== undefined && (obj.tokenizeBurnFraction = message.tokenizeBurnFraction);
    message.tradeFeeRate !== undefined && (obj.tradeFeeRate = message.tradeFeeRate);
    message.tradeFeeBurnFraction !== undefined && (obj.tradeFeeBurnFraction = message.tradeFeeBurnFraction);
    message.maxCredentialSeconds !== undefined && (obj.maxCredentialSeconds = (message.maxCredentialSeconds || BigInt(0)).toString());
    message.maxOpenOrdersPerAccount !== undefined && (obj.maxOpenOrdersPerAccount = Math.round(message.maxOpenOrdersPerAccount));
    message.maxMakersPerOrder !== undefined && (obj.maxMakersPerOrder = Math.round(message.maxMakersPerOrder));
    message.maxPrunePerMsg !== undefined && (obj.maxPrunePerMsg = Math.round(message.maxPrunePerMsg));
    message.tradeRetentionSeconds !== undefined && (obj.tradeRetentionSeconds = (message.tradeRetentionSeconds || BigInt(0)).toString());
    message.maxTradePrunesPerBlock !== undefined && (obj.maxTradePrunesPerBlock = Math.round(message.maxTradePrunesPerBlock));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.tokenizeFee = object.tokenizeFee ?? "";
    message.tokenizeBurnFraction = object.tokenizeBurnFraction ?? "";
    message.tradeFeeRate = object.tradeFeeRate ?? "";
    message.tradeFeeBurnFraction = object.tradeFeeBurnFraction ?? "";
    if (object.maxCredentialSeconds !== undefined && object.maxCredentialSeconds !== null) {
      message.maxCredentialSeconds = BigInt(object.maxCredentialSeconds.toString());
    }
    message.maxOpenOrdersPerAccount = object.maxOpenOrdersPerAccount ?? 0;
    message.maxMakersPerOrder = object.maxMakersPerOrder ?? 0;
    message.maxPrunePerMsg = object.maxPrunePerMsg ?? 0;
    if (object.tradeRetentionSeconds !== undefined && object.tradeRetentionSeconds !== null) {
      message.tradeRetentionSeconds = BigInt(object.tradeRetentionSeconds.toString());
    }
    message.maxTradePrunesPerBlock = object.maxTradePrunesPerBlock ?? 0;
    return message;
  }
};