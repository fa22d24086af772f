/* eslint-disable */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** VerificationSource is who may vouch for a health activity. */
export enum VerificationSource {
  VERIFICATION_SOURCE_UNSPECIFIED = 0,
  /** VERIFICATION_SOURCE_ORACLE - ORACLE: an account appointed by governance (a lab, an insurer's attestation service). */
  VERIFICATION_SOURCE_ORACLE = 1,
  /**
   * VERIFICATION_SOURCE_PROVIDER - PROVIDER: a clinic holding an x/rwa KYC credential of a params.provider_jurisdictions
   * jurisdiction, or appointed by governance as a PROVIDER verifier.
   */
  VERIFICATION_SOURCE_PROVIDER = 2,
  /**
   * VERIFICATION_SOURCE_DEVICE - DEVICE: an IoT device key registered by governance; the device signs its reading off-chain
   * and any relayer submits it.
   */
  VERIFICATION_SOURCE_DEVICE = 3,
  UNRECOGNIZED = -1,
}
export function verificationSourceFromJSON(object: any): VerificationSource {
  switch (object) {
    case 0:
    case "VERIFICATION_SOURCE_UNSPECIFIED":
      return VerificationSource.VERIFICATION_SOURCE_UNSPECIFIED;
    case 1:
    case "VERIFICATION_SOURCE_ORACLE":
      return VerificationSource.VERIFICATION_SOURCE_ORACLE;
    case 2:
    case "VERIFICATION_SOURCE_PROVIDER":
      return VerificationSource.VERIFICATION_SOURCE_PROVIDER;
    case 3:
    case "VERIFICATION_SOURCE_DEVICE":
      return VerificationSource.VERIFICATION_SOURCE_DEVICE;
    case -1:
    case "UNRECOGNIZED":
    default:
      return VerificationSource.UNRECOGNIZED;
  }
}
export function verificationSourceToJSON(object: VerificationSource): string {
  switch (object) {
    case VerificationSource.VERIFICATION_SOURCE_UNSPECIFIED:
      return "VERIFICATION_SOURCE_UNSPECIFIED";
    case VerificationSource.VERIFICATION_SOURCE_ORACLE:
      return "VERIFICATION_SOURCE_ORACLE";
    case VerificationSource.VERIFICATION_SOURCE_PROVIDER:
      return "VERIFICATION_SOURCE_PROVIDER";
    case VerificationSource.VERIFICATION_SOURCE_DEVICE:
      return "VERIFICATION_SOURCE_DEVICE";
    case VerificationSource.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** ActivityType is a health activity governance rewards with points. */
export interface ActivityType {
  /** code: lower-case letters, digits, '-' or '_' (e.g. "dental-checkup"). */
  code: string;
  description: string;
  /** points credited to the patient once the activity has its confirmations. */
  points: bigint;
  /** sources that may record or confirm it. */
  sources: VerificationSource[];
  /**
   * at most this many activities of the type per patient per epoch (0 disables the type) and per
   * year (0 = no yearly cap).
   */
  maxPerEpoch: number;
  maxPerYear: number;
  /** distinct verifiers (the recorder included) needed before the points are credited (>= 1). */
  confirmations: number;
}
/** Verifier is an ORACLE or PROVIDER account appointed by governance. */
export interface Verifier {
  address: string;
  kind: VerificationSource;
  name: string;
}
/** Device is an IoT device whose secp256k1 key signs readings. */
export interface Device {
  /** id: 1-64 characters of letters, digits, '-', '_', '.'. */
  id: string;
  /** pub_key: 33-byte compressed secp256k1 public key. */
  pubKey: Uint8Array;
  name: string;
  /** last_nonce is the highest nonce accepted; a reading must carry a larger one (replays are refused). */
  lastNonce: bigint;
  /**
   * removed by governance (MsgRemoveDevice): it records nothing, and the entry stays so that a device
   * registered again under this id keeps last_nonce (its readings signed before stay unreplayable).
   */
  removed: boolean;
}
/**
 * Activity is a recorded health activity. It never holds personal data: only the patient's
 * address, the type and the sha256 of the evidence kept off-chain.
 */
export interface Activity {
  id: bigint;
  patient: string;
  activityCode: string;
  /** evidence_hash: lower-case hex sha256 (64 characters); unique over all activities. */
  evidenceHash: string;
  source: VerificationSource;
  /** recorded_by: the verifier's address, or "device:{id}". */
  recordedBy: string;
  /** confirmed_by: the distinct verifiers that vouched for it (the recorder first). */
  confirmedBy: string[];
  credited: boolean;
  points: bigint;
  epoch: bigint;
  year: number;
  recordedAt: bigint;
}
/**
 * PatientPoints is a patient's points account. Points earned in an epoch mature (become
 * convertible and spendable) at the start of the next epoch.
 */
export interface PatientPoints {
  patient: string;
  /** balance: matured points, convertible to BTT or spendable as a discount in x/payfi. */
  balance: bigint;
  /** pending: points earned in pending_epoch, matured when a later epoch starts. */
  pending: bigint;
  pendingEpoch: bigint;
  earned: bigint;
  converted: bigint;
  redeemed: bigint;
}
/**
 * EpochConversion is the conversion state of one epoch: the rate fixed at its start, its budget
 * and what the community incentives pool paid for points in it (conversions and x/payfi discounts).
 */
export interface EpochConversion {
  epoch: bigint;
  /** rate: abtt per point, min(params.max_abtt_per_point, floor(budget / points_at_start)). */
  rate: string;
  budget: string;
  spent: string;
  /** points_at_start: matured points outstanding when the epoch started (the only points convertible in it). */
  pointsAtStart: bigint;
  pointsConverted: bigint;
  startTime: bigint;
}
/** Params of x/health. */
export interface Params {
  /**
   * epoch_seconds: length of a points epoch, counted from genesis time by block time; fixed at genesis
   * (MsgUpdateParams refuses to change it: epochs would be renumbered).
   */
  epochSeconds: bigint;
  /** epoch_budget: the most abtt the community incentives pool pays for points in one epoch. */
  epochBudget: string;
  /** max_abtt_per_point: the rate when the budget covers every outstanding point. */
  maxAbttPerPoint: string;
  /** provider_jurisdictions: an x/rwa KYC credential of one of these makes an account a PROVIDER. */
  providerJurisdictions: string[];
}
function createBaseActivityType(): ActivityType {
  return {
    code: "",
    description: "",
    points: BigInt(0),
    sources: [],
    maxPerEpoch: 0,
    maxPerYear: 0,
    confirmations: 0
  };
}
export const ActivityType = {
  encode(message: ActivityType, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.code !== "") {
      writer.uint32(10).string(message.code);
    }
    if (message.description !== "") {
      writer.uint32(18).string(message.description);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(24).uint64(message.points);
    }
    writer.uint32(34).fork();
    for (const v of message.sources) {
      writer.int32(v);
    }
    writer.ldelim();
    if (message.maxPerEpoch !== 0) {
      writer.uint32(40).uint32(message.maxPerEpoch);
    }
    if (message.maxPerYear !== 0) {
      writer.uint32(48).uint32(message.maxPerYear);
    }
    if (message.confirmations !== 0) {
      writer.uint32(56).uint32(message.confirmations);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ActivityType {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseActivityType();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.code = reader.string();
          break;
        case 2:
          message.description = reader.string();
          break;
        case 3:
          message.points = reader.uint64();
          break;
        case 4:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.sources.push(reader.int32() as any);
            }
          } else {
            message.sources.push(reader.int32() as any);
          }
          break;
        case 5:
          message.maxPerEpoch = reader.uint32();
          break;
        case 6:
          message.maxPerYear = reader.uint32();
          break;
        case 7:
          message.confirmations = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ActivityType {
    const obj = createBaseActivityType();
    if (isSet(object.code)) obj.code = String(object.code);
    if (isSet(object.description)) obj.description = String(object.description);
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    if (Array.isArray(object?.sources)) obj.sources = object.sources.map((e: any) => verificationSourceFromJSON(e));
    if (isSet(object.maxPerEpoch)) obj.maxPerEpoch = Number(object.maxPerEpoch);
    if (isSet(object.maxPerYear)) obj.maxPerYear = Number(object.maxPerYear);
    if (isSet(object.confirmations)) obj.confirmations = Number(object.confirmations);
    return obj;
  },
  toJSON(message: ActivityType): JsonSafe<ActivityType> {
    const obj: any = {};
    message.code !== undefined && (obj.code = message.code);
    message.description !== undefined && (obj.description = message.description);
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    if (message.sources) {
      obj.sources = message.sources.map(e => verificationSourceToJSON(e));
    } else {
      obj.sources = [];
    }
    message.maxPerEpoch !== undefined && (obj.maxPerEpoch = Math.round(message.maxPerEpoch));
    message.maxPerYear !== undefined && (obj.maxPerYear = Math.round(message.maxPerYear));
    message.confirmations !== undefined && (obj.confirmations = Math.round(message.confirmations));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ActivityType>, I>>(object: I): ActivityType {
    const message = createBaseActivityType();
    message.code = object.code ?? "";
    message.description = object.description ?? "";
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    message.sources = object.sources?.map(e => e) || [];
    message.maxPerEpoch = object.maxPerEpoch ?? 0;
    message.maxPerYear = object.maxPerYear ?? 0;
    message.confirmations = object.confirmations ?? 0;
    return message;
  }
};
function createBaseVerifier(): Verifier {
  return {
    address: "",
    kind: 0,
    name: ""
  };
}
export const Verifier = {
  encode(message: Verifier, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.kind !== 0) {
      writer.uint32(16).int32(message.kind);
    }
    if (message.name !== "") {
      writer.uint32(26).string(message.name);
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
          message.kind = reader.int32() as any;
          break;
        case 3:
          message.name = reader.string();
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
    if (isSet(object.kind)) obj.kind = verificationSourceFromJSON(object.kind);
    if (isSet(object.name)) obj.name = String(object.name);
    return obj;
  },
  toJSON(message: Verifier): JsonSafe<Verifier> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    message.kind !== undefined && (obj.kind = verificationSourceToJSON(message.kind));
    message.name !== undefined && (obj.name = message.name);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Verifier>, I>>(object: I): Verifier {
    const message = createBaseVerifier();
    message.address = object.address ?? "";
    message.kind = object.kind ?? 0;
    message.name = object.name ?? "";
    return message;
  }
};
function createBaseDevice(): Device {
  return {
    id: "",
    pubKey: new Uint8Array(),
    name: "",
    lastNonce: BigInt(0),
    removed: false
  };
}
export const Device = {
  encode(message: Device, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== "") {
      writer.uint32(10).string(message.id);
    }
    if (message.pubKey.length !== 0) {
      writer.uint32(18).bytes(message.pubKey);
    }
    if (message.name !== "") {
      writer.uint32(26).string(message.name);
    }
    if (message.lastNonce !== BigInt(0)) {
      writer.uint32(32).uint64(message.lastNonce);
    }
    if (message.removed === true) {
      writer.uint32(40).bool(message.removed);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Device {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDevice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.string();
          break;
        case 2:
          message.pubKey = reader.bytes();
          break;
        case 3:
          message.name = reader.string();
          break;
        case 4:
          message.lastNonce = reader.uint64();
          break;
        case 5:
          message.removed = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Device {
    const obj = createBaseDevice();
    if (isSet(object.id)) obj.id = String(object.id);
    if (isSet(object.pubKey)) obj.pubKey = bytesFromBase64(object.pubKey);
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.lastNonce)) obj.lastNonce = BigInt(object.lastNonce.toString());
    if (isSet(object.removed)) obj.removed = Boolean(object.removed);
    return obj;
  },
  toJSON(message: Device): JsonSafe<Device> {
    const obj: any = {};
    message.id !== undefined && (obj.id = message.id);
    message.pubKey !== undefined && (obj.pubKey = base64FromBytes(message.pubKey !== undefined ? message.pubKey : new Uint8Array()));
    message.name !== undefined && (obj.name = message.name);
    message.lastNonce !== undefined && (obj.lastNonce = (message.lastNonce || BigInt(0)).toString());
    message.removed !== undefined && (obj.removed = message.removed);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Device>, I>>(object: I): Device {
    const message = createBaseDevice();
    message.id = object.id ?? "";
    message.pubKey = object.pubKey ?? new Uint8Array();
    message.name = object.name ?? "";
    if (object.lastNonce !== undefined && object.lastNonce !== null) {
      message.lastNonce = BigInt(object.lastNonce.toString());
    }
    message.removed = object.removed ?? false;
    return message;
  }
};
function createBaseActivity(): Activity {
  return {
    id: BigInt(0),
    patient: "",
    activityCode: "",
    evidenceHash: "",
    source: 0,
    recordedBy: "",
    confirmedBy: [],
    credited: false,
    points: BigInt(0),
    epoch: BigInt(0),
    year: 0,
    recordedAt: BigInt(0)
  };
}
export const Activity = {
  encode(message: Activity, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.patient !== "") {
      writer.uint32(18).string(message.patient);
    }
    if (message.activityCode !== "") {
      writer.uint32(26).string(message.activityCode);
    }
    if (message.evidenceHash !== "") {
      writer.uint32(34).string(message.evidenceHash);
    }
    if (message.source !== 0) {
      writer.uint32(40).int32(message.source);
    }
    if (message.recordedBy !== "") {
      writer.uint32(50).string(message.recordedBy);
    }
    for (const v of message.confirmedBy) {
      writer.uint32(58).string(v!);
    }
    if (message.credited === true) {
      writer.uint32(64).bool(message.credited);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(72).uint64(message.points);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(80).uint64(message.epoch);
    }
    if (message.year !== 0) {
      writer.uint32(88).uint32(message.year);
    }
    if (message.recordedAt !== BigInt(0)) {
      writer.uint32(96).int64(message.recordedAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Activity {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseActivity();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.patient = reader.string();
          break;
        case 3:
          message.activityCode = reader.string();
          break;
        case 4:
          message.evidenceHash = reader.string();
          break;
        case 5:
          message.source = reader.int32() as any;
          break;
        case 6:
          message.recordedBy = reader.string();
          break;
        case 7:
          message.confirmedBy.push(reader.string());
          break;
        case 8:
          message.credited = reader.bool();
          break;
        case 9:
          message.points = reader.uint64();
          break;
        case 10:
          message.epoch = reader.uint64();
          break;
        case 11:
          message.year = reader.uint32();
          break;
        case 12:
          message.recordedAt = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Activity {
    const obj = createBaseActivity();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.activityCode)) obj.activityCode = String(object.activityCode);
    if (isSet(object.evidenceHash)) obj.evidenceHash = String(object.evidenceHash);
    if (isSet(object.source)) obj.source = verificationSourceFromJSON(object.source);
    if (isSet(object.recordedBy)) obj.recordedBy = String(object.recordedBy);
    if (Array.isArray(object?.confirmedBy)) obj.confirmedBy = object.confirmedBy.map((e: any) => String(e));
    if (isSet(object.credited)) obj.credited = Boolean(object.credited);
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.year)) obj.year = Number(object.year);
    if (isSet(object.recordedAt)) obj.recordedAt = BigInt(object.recordedAt.toString());
    return obj;
  },
  toJSON(message: Activity): JsonSafe<Activity> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.patient !== undefined && (obj.patient = message.patient);
    message.activityCode !== undefined && (obj.activityCode = message.activityCode);
    message.evidenceHash !== undefined && (obj.evidenceHash = message.evidenceHash);
    message.source !== undefined && (obj.source = verificationSourceToJSON(message.source));
    message.recordedBy !== undefined && (obj.recordedBy = message.recordedBy);
    if (message.confirmedBy) {
      obj.confirmedBy = message.confirmedBy.map(e => e);
    } else {
      obj.confirmedBy = [];
    }
    message.credited !== undefined && (obj.credited = message.credited);
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.year !== undefined && (obj.year = Math.round(message.year));
    message.recordedAt !== undefined && (obj.recordedAt = (message.recordedAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Activity>, I>>(object: I): Activity {
    const message = createBaseActivity();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.patient = object.patient ?? "";
    message.activityCode = object.activityCode ?? "";
    message.evidenceHash = object.evidenceHash ?? "";
    message.source = object.source ?? 0;
    message.recordedBy = object.recordedBy ?? "";
    message.confirmedBy = object.confirmedBy?.map(e => e) || [];
    message.credited = object.credited ?? false;
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.year = object.year ?? 0;
    if (object.recordedAt !== undefined && object.recordedAt !== null) {
      message.recordedAt = BigInt(object.recordedAt.toString());
    }
    return message;
  }
};
function createBasePatientPoints(): PatientPoints {
  return {
    patient: "",
    balance: BigInt(0),
    pending: BigInt(0),
    pendingEpoch: BigInt(0),
    earned: BigInt(0),
    converted: BigInt(0),
    redeemed: BigInt(0)
  };
}
export const PatientPoints = {
  encode(message: PatientPoints, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.patient !== "") {
      writer.uint32(10).string(message.patient);
    }
    if (message.balance !== BigInt(0)) {
      writer.uint32(16).uint64(message.balance);
    }
    if (message.pending !== BigInt(0)) {
      writer.uint32(24).uint64(message.pending);
    }
    if (message.pendingEpoch !== BigInt(0)) {
      writer.uint32(32).uint64(message.pendingEpoch);
    }
    if (message.earned !== BigInt(0)) {
      writer.uint32(40).uint64(message.earned);
    }
    if (message.converted !== BigInt(0)) {
      writer.uint32(48).uint64(message.converted);
    }
    if (message.redeemed !== BigInt(0)) {
      writer.uint32(56).uint64(message.redeemed);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PatientPoints {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePatientPoints();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.patient = reader.string();
          break;
        case 2:
          message.balance = reader.uint64();
          break;
        case 3:
          message.pending = reader.uint64();
          break;
        case 4:
          message.pendingEpoch = reader.uint64();
          break;
        case 5:
          message.earned = reader.uint64();
          break;
        case 6:
          message.converted = reader.uint64();
          break;
        case 7:
          message.redeemed = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PatientPoints {
    const obj = createBasePatientPoints();
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.balance)) obj.balance = BigInt(object.balance.toString());
    if (isSet(object.pending)) obj.pending = BigInt(object.pending.toString());
    if (isSet(object.pendingEpoch)) obj.pendingEpoch = BigInt(object.pendingEpoch.toString());
    if (isSet(object.earned)) obj.earned = BigInt(object.earned.toString());
    if (isSet(object.converted)) obj.converted = BigInt(object.converted.toString());
    if (isSet(object.redeemed)) obj.redeemed = BigInt(object.redeemed.toString());
    return obj;
  },
  toJSON(message: PatientPoints): JsonSafe<PatientPoints> {
    const obj: any = {};
    message.patient !== undefined && (obj.patient = message.patient);
    message.balance !== undefined && (obj.balance = (message.balance || BigInt(0)).toString());
    message.pending !== undefined && (obj.pending = (message.pending || BigInt(0)).toString());
    message.pendingEpoch !== undefined && (obj.pendingEpoch = (message.pendingEpoch || BigInt(0)).toString());
    message.earned !== undefined && (obj.earned = (message.earned || BigInt(0)).toString());
    message.converted !== undefined && (obj.converted = (message.converted || BigInt(0)).toString());
    message.redeemed !== undefined && (obj.redeemed = (message.redeemed || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PatientPoints>, I>>(object: I): PatientPoints {
    const message = createBasePatientPoints();
    message.patient = object.patient ?? "";
    if (object.balance !== undefined && object.balance !== null) {
      message.balance = BigInt(object.balance.toString());
    }
    if (object.pending !== undefined && object.pending !== null) {
      message.pending = BigInt(object.pending.toString());
    }
    if (object.pendingEpoch !== undefined && object.pendingEpoch !== null) {
      message.pendingEpoch = BigInt(object.pendingEpoch.toString());
    }
    if (object.earned !== undefined && object.earned !== null) {
      message.earned = BigInt(object.earned.toString());
    }
    if (object.converted !== undefined && object.converted !== null) {
      message.converted = BigInt(object.converted.toString());
    }
    if (object.redeemed !== undefined && object.redeemed !== null) {
      message.redeemed = BigInt(object.redeemed.toString());
    }
    return message;
  }
};
function createBaseEpochConversion(): EpochConversion {
  return {
    epoch: BigInt(0),
    rate: "",
    budget: "",
    spent: "",
    pointsAtStart: BigInt(0),
    pointsConverted: BigInt(0),
    startTime: BigInt(0)
  };
}
export const EpochConversion = {
  encode(message: EpochConversion, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).uint64(message.epoch);
    }
    if (message.rate !== "") {
      writer.uint32(18).string(message.rate);
    }
    if (message.budget !== "") {
      writer.uint32(26).string(message.budget);
    }
    if (message.spent !== "") {
      writer.uint32(34).string(message.spent);
    }
    if (message.pointsAtStart !== BigInt(0)) {
      writer.uint32(40).uint64(message.pointsAtStart);
    }
    if (message.pointsConverted !== BigInt(0)) {
      writer.uint32(48).uint64(message.pointsConverted);
    }
    if (message.startTime !== BigInt(0)) {
      writer.uint32(56).int64(message.startTime);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EpochConversion {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEpochConversion();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.uint64();
          break;
        case 2:
          message.rate = reader.string();
          break;
        case 3:
          message.budget = reader.string();
          break;
        case 4:
          message.spent = reader.string();
          break;
        case 5:
          message.pointsAtStart = reader.uint64();
          break;
        case 6:
          message.pointsConverted = reader.uint64();
          break;
        case 7:
          message.startTime = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EpochConversion {
    const obj = createBaseEpochConversion();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.rate)) obj.rate = String(object.rate);
    if (isSet(object.budget)) obj.budget = String(object.budget);
    if (isSet(object.spent)) obj.spent = String(object.spent);
    if (isSet(object.pointsAtStart)) obj.pointsAtStart = BigInt(object.pointsAtStart.toString());
    if (isSet(object.pointsConverted)) obj.pointsConverted = BigInt(object.pointsConverted.toString());
    if (isSet(object.startTime)) obj.startTime = BigInt(object.startTime.toString());
    return obj;
  },
  toJSON(message: EpochConversion): JsonSafe<EpochConversion> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.rate !== undefined && (obj.rate = message.rate);
    message.budget !== undefined && (obj.budget = message.budget);
    message.spent !== undefined && (obj.spent = message.spent);
    message.pointsAtStart !== undefined && (obj.pointsAtStart = (message.pointsAtStart || BigInt(0)).toString());
    message.pointsConverted !== undefined && (obj.pointsConverted = (message.pointsConverted || BigInt(0)).toString());
    message.startTime !== undefined && (obj.startTime = (message.startTime || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EpochConversion>, I>>(object: I): EpochConversion {
    const message = createBaseEpochConversion();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.rate = object.rate ?? "";
    message.budget = object.budget ?? "";
    message.spent = object.spent ?? "";
    if (object.pointsAtStart !== undefined && object.pointsAtStart !== null) {
      message.pointsAtStart = BigInt(object.pointsAtStart.toString());
    }
    if (object.pointsConverted !== undefined && object.pointsConverted !== null) {
      message.pointsConverted = BigInt(object.pointsConverted.toString());
    }
    if (object.startTime !== undefined && object.startTime !== null) {
      message.startTime = BigInt(object.startTime.toString());
    }
    return message;
  }
};
function createBaseParams(): Params {
  return {
    epochSeconds: BigInt(0),
    epochBudget: "",
    maxAbttPerPoint: "",
    providerJurisdictions: []
  };
}
export const Params = {
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epochSeconds !== BigInt(0)) {
      writer.uint32(8).uint64(message.epochSeconds);
    }
    if (message.epochBudget !== "") {
      writer.uint32(18).string(message.epochBudget);
    }
    if (message.maxAbttPerPoint !== "") {
      writer.uint32(26).string(message.maxAbttPerPoint);
    }
    for (const v of message.providerJurisdictions) {
      writer.uint32(34).string(v!);
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
          message.epochSeconds = reader.uint64();
          break;
        case 2:
          message.epochBudget = reader.string();
          break;
        case 3:
          message.maxAbttPerPoint = reader.string();
          break;
        case 4:
          message.providerJurisdictions.push(reader.string());
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
    if (isSet(object.epochSeconds)) obj.epochSeconds = BigInt(object.epochSeconds.toString());
    if (isSet(object.epochBudget)) obj.epochBudget = String(object.epochBudget);
    if (isSet(object.maxAbttPerPoint)) obj.maxAbttPerPoint = String(object.maxAbttPerPoint);
    if (Array.isArray(object?.providerJurisdictions)) obj.providerJurisdictions = object.providerJurisdictions.map((e: any) => String(e));
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.epochSeconds !== undefined && (obj.epochSeconds = (message.epochSeconds || BigInt(0)).toString());
    message.epochBudget !== undefined && (obj.epochBudget = message.epochBudget);
    message.maxAbttPerPoint !== undefined && (obj.maxAbttPerPoint = message.maxAbttPerPoint);
    if (message.providerJurisdictions) {
      obj.providerJurisdictions = message.providerJurisdictions.map(e => e);
    } else {
      obj.providerJurisdictions = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    if (object.epochSeconds !== undefined && object.epochSeconds !== null) {
      message.epochSeconds = BigInt(object.epochSeconds.toString());
    }
    message.epochBudget = object.epochBudget ?? "";
    message.maxAbttPerPoint = object.maxAbttPerPoint ?? "";
    message.providerJurisdictions = object.providerJurisdictions?.map(e => e) || [];
    return message;
  }
};