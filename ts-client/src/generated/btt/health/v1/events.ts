/* eslint-disable */
import { ActivityType, Verifier, VerificationSource, Params, verificationSourceFromJSON, verificationSourceToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** EventActivityTypeSet is emitted when governance creates or changes an activity type. */
export interface EventActivityTypeSet {
  activityType: ActivityType;
}
/** EventVerifierAdded is emitted when governance appoints an ORACLE or PROVIDER verifier. */
export interface EventVerifierAdded {
  verifier: Verifier;
}
/** EventVerifierRemoved is emitted when governance removes a verifier. */
export interface EventVerifierRemoved {
  address: string;
}
/** EventDeviceRegistered is emitted when governance registers (or re-keys) a device. */
export interface EventDeviceRegistered {
  deviceId: string;
  name: string;
}
/** EventDeviceRemoved is emitted when governance removes a device. */
export interface EventDeviceRemoved {
  deviceId: string;
}
/** EventActivityRecorded is emitted when an activity is recorded. */
export interface EventActivityRecorded {
  activityId: bigint;
  patient: string;
  activityCode: string;
  evidenceHash: string;
  source: VerificationSource;
  recordedBy: string;
  epoch: bigint;
}
/** EventActivityConfirmed is emitted when a further verifier confirms an activity. */
export interface EventActivityConfirmed {
  activityId: bigint;
  verifier: string;
  confirmations: number;
}
/** EventPointsCredited is emitted when an activity's points are credited to its patient. */
export interface EventPointsCredited {
  activityId: bigint;
  patient: string;
  points: bigint;
  epoch: bigint;
}
/** EventEpochStarted is emitted when a points epoch starts and its conversion rate is fixed. */
export interface EventEpochStarted {
  epoch: bigint;
  rate: string;
  budget: string;
  pointsAtStart: bigint;
}
/**
 * EventPointsConverted is emitted when points are paid out in BTT from the community incentives
 * pool: to the patient (MsgConvertPoints) or to a merchant as an x/payfi discount (recipient).
 */
export interface EventPointsConverted {
  patient: string;
  recipient: string;
  points: bigint;
  amount: string;
  epoch: bigint;
  /** purpose: "convert" or "discount". */
  purpose: string;
}
/** EventParamsUpdated is emitted when governance changes the params. */
export interface EventParamsUpdated {
  params: Params;
}
function createBaseEventActivityTypeSet(): EventActivityTypeSet {
  return {
    activityType: ActivityType.fromPartial({})
  };
}
export const EventActivityTypeSet = {
  encode(message: EventActivityTypeSet, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.activityType !== undefined) {
      ActivityType.encode(message.activityType, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventActivityTypeSet {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventActivityTypeSet();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activityType = ActivityType.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventActivityTypeSet {
    const obj = createBaseEventActivityTypeSet();
    if (isSet(object.activityType)) obj.activityType = ActivityType.fromJSON(object.activityType);
    return obj;
  },
  toJSON(message: EventActivityTypeSet): JsonSafe<EventActivityTypeSet> {
    const obj: any = {};
    message.activityType !== undefined && (obj.activityType = message.activityType ? ActivityType.toJSON(message.activityType) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventActivityTypeSet>, I>>(object: I): EventActivityTypeSet {
    const message = createBaseEventActivityTypeSet();
    if (object.activityType !== undefined && object.activityType !== null) {
      message.activityType = ActivityType.fromPartial(object.activityType);
    }
    return message;
  }
};
function createBaseEventVerifierAdded(): EventVerifierAdded {
  return {
    verifier: Verifier.fromPartial({})
  };
}
export const EventVerifierAdded = {
  encode(message: EventVerifierAdded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== undefined) {
      Verifier.encode(message.verifier, writer.uint32(10).fork()).ldelim();
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
          message.verifier = Verifier.decode(reader, reader.uint32());
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
    if (isSet(object.verifier)) obj.verifier = Verifier.fromJSON(object.verifier);
    return obj;
  },
  toJSON(message: EventVerifierAdded): JsonSafe<EventVerifierAdded> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier ? Verifier.toJSON(message.verifier) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventVerifierAdded>, I>>(object: I): EventVerifierAdded {
    const message = createBaseEventVerifierAdded();
    if (object.verifier !== undefined && object.verifier !== null) {
      message.verifier = Verifier.fromPartial(object.verifier);
    }
    return message;
  }
};
function createBaseEventVerifierRemoved(): EventVerifierRemoved {
  return {
    address: ""
  };
}
export const EventVerifierRemoved = {
  encode(message: EventVerifierRemoved, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
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
          message.address = reader.string();
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
    if (isSet(object.address)) obj.address = String(object.address);
    return obj;
  },
  toJSON(message: EventVerifierRemoved): JsonSafe<EventVerifierRemoved> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventVerifierRemoved>, I>>(object: I): EventVerifierRemoved {
    const message = createBaseEventVerifierRemoved();
    message.address = object.address ?? "";
    return message;
  }
};
function createBaseEventDeviceRegistered(): EventDeviceRegistered {
  return {
    deviceId: "",
    name: ""
  };
}
export const EventDeviceRegistered = {
  encode(message: EventDeviceRegistered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.deviceId !== "") {
      writer.uint32(10).string(message.deviceId);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventDeviceRegistered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDeviceRegistered();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deviceId = reader.string();
          break;
        case 2:
          message.name = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventDeviceRegistered {
    const obj = createBaseEventDeviceRegistered();
    if (isSet(object.deviceId)) obj.deviceId = String(object.deviceId);
    if (isSet(object.name)) obj.name = String(object.name);
    return obj;
  },
  toJSON(message: EventDeviceRegistered): JsonSafe<EventDeviceRegistered> {
    const obj: any = {};
    message.deviceId !== undefined && (obj.deviceId = message.deviceId);
    message.name !== undefined && (obj.name = message.name);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventDeviceRegistered>, I>>(object: I): EventDeviceRegistered {
    const message = createBaseEventDeviceRegistered();
    message.deviceId = object.deviceId ?? "";
    message.name = object.name ?? "";
    return message;
  }
};
function createBaseEventDeviceRemoved(): EventDeviceRemoved {
  return {
    deviceId: ""
  };
}
export const EventDeviceRemoved = {
  encode(message: EventDeviceRemoved, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.deviceId !== "") {
      writer.uint32(10).string(message.deviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventDeviceRemoved {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDeviceRemoved();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deviceId = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventDeviceRemoved {
    const obj = createBaseEventDeviceRemoved();
    if (isSet(object.deviceId)) obj.deviceId = String(object.deviceId);
    return obj;
  },
  toJSON(message: EventDeviceRemoved): JsonSafe<EventDeviceRemoved> {
    const obj: any = {};
    message.deviceId !== undefined && (obj.deviceId = message.deviceId);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventDeviceRemoved>, I>>(object: I): EventDeviceRemoved {
    const message = createBaseEventDeviceRemoved();
    message.deviceId = object.deviceId ?? "";
    return message;
  }
};
function createBaseEventActivityRecorded(): EventActivityRecorded {
  return {
    activityId: BigInt(0),
    patient: "",
    activityCode: "",
    evidenceHash: "",
    source: 0,
    recordedBy: "",
    epoch: BigInt(0)
  };
}
export const EventActivityRecorded = {
  encode(message: EventActivityRecorded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.activityId !== BigInt(0)) {
      writer.uint32(8).uint64(message.activityId);
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
    if (message.epoch !== BigInt(0)) {
      writer.uint32(56).uint64(message.epoch);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventActivityRecorded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventActivityRecorded();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activityId = reader.uint64();
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
          message.epoch = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventActivityRecorded {
    const obj = createBaseEventActivityRecorded();
    if (isSet(object.activityId)) obj.activityId = BigInt(object.activityId.toString());
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.activityCode)) obj.activityCode = String(object.activityCode);
    if (isSet(object.evidenceHash)) obj.evidenceHash = String(object.evidenceHash);
    if (isSet(object.source)) obj.source = verificationSourceFromJSON(object.source);
    if (isSet(object.recordedBy)) obj.recordedBy = String(object.recordedBy);
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    return obj;
  },
  toJSON(message: EventActivityRecorded): JsonSafe<EventActivityRecorded> {
    const obj: any = {};
    message.activityId !== undefined && (obj.activityId = (message.activityId || BigInt(0)).toString());
    message.patient !== undefined && (obj.patient = message.patient);
    message.activityCode !== undefined && (obj.activityCode = message.activityCode);
    message.evidenceHash !== undefined && (obj.evidenceHash = message.evidenceHash);
    message.source !== undefined && (obj.source = verificationSourceToJSON(message.source));
    message.recordedBy !== undefined && (obj.recordedBy = message.recordedBy);
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventActivityRecorded>, I>>(object: I): EventActivityRecorded {
    const message = createBaseEventActivityRecorded();
    if (object.activityId !== undefined && object.activityId !== null) {
      message.activityId = BigInt(object.activityId.toString());
    }
    message.patient = object.patient ?? "";
    message.activityCode = object.activityCode ?? "";
    message.evidenceHash = object.evidenceHash ?? "";
    message.source = object.source ?? 0;
    message.recordedBy = object.recordedBy ?? "";
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    return message;
  }
};
function createBaseEventActivityConfirmed(): EventActivityConfirmed {
  return {
    activityId: BigInt(0),
    verifier: "",
    confirmations: 0
  };
}
export const EventActivityConfirmed = {
  encode(message: EventActivityConfirmed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.activityId !== BigInt(0)) {
      writer.uint32(8).uint64(message.activityId);
    }
    if (message.verifier !== "") {
      writer.uint32(18).string(message.verifier);
    }
    if (message.confirmations !== 0) {
      writer.uint32(24).uint32(message.confirmations);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventActivityConfirmed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventActivityConfirmed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activityId = reader.uint64();
          break;
        case 2:
          message.verifier = reader.string();
          break;
        case 3:
          message.confirmations = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventActivityConfirmed {
    const obj = createBaseEventActivityConfirmed();
    if (isSet(object.activityId)) obj.activityId = BigInt(object.activityId.toString());
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.confirmations)) obj.confirmations = Number(object.confirmations);
    return obj;
  },
  toJSON(message: EventActivityConfirmed): JsonSafe<EventActivityConfirmed> {
    const obj: any = {};
    message.activityId !== undefined && (obj.activityId = (message.activityId || BigInt(0)).toString());
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.confirmations !== undefined && (obj.confirmations = Math.round(message.confirmations));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventActivityConfirmed>, I>>(object: I): EventActivityConfirmed {
    const message = createBaseEventActivityConfirmed();
    if (object.activityId !== undefined && object.activityId !== null) {
      message.activityId = BigInt(object.activityId.toString());
    }
    message.verifier = object.verifier ?? "";
    message.confirmations = object.confirmations ?? 0;
    return message;
  }
};
function createBaseEventPointsCredited(): EventPointsCredited {
  return {
    activityId: BigInt(0),
    patient: "",
    points: BigInt(0),
    epoch: BigInt(0)
  };
}
export const EventPointsCredited = {
  encode(message: EventPointsCredited, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.activityId !== BigInt(0)) {
      writer.uint32(8).uint64(message.activityId);
    }
    if (message.patient !== "") {
      writer.uint32(18).string(message.patient);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(24).uint64(message.points);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(32).uint64(message.epoch);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPointsCredited {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPointsCredited();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activityId = reader.uint64();
          break;
        case 2:
          message.patient = reader.string();
          break;
        case 3:
          message.points = reader.uint64();
          break;
        case 4:
          message.epoch = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPointsCredited {
    const obj = createBaseEventPointsCredited();
    if (isSet(object.activityId)) obj.activityId = BigInt(object.activityId.toString());
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    return obj;
  },
  toJSON(message: EventPointsCredited): JsonSafe<EventPointsCredited> {
    const obj: any = {};
    message.activityId !== undefined && (obj.activityId = (message.activityId || BigInt(0)).toString());
    message.patient !== undefined && (obj.patient = message.patient);
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPointsCredited>, I>>(object: I): EventPointsCredited {
    const message = createBaseEventPointsCredited();
    if (object.activityId !== undefined && object.activityId !== null) {
      message.activityId = BigInt(object.activityId.toString());
    }
    message.patient = object.patient ?? "";
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    return message;
  }
};
function createBaseEventEpochStarted(): EventEpochStarted {
  return {
    epoch: BigInt(0),
    rate: "",
    budget: "",
    pointsAtStart: BigInt(0)
  };
}
export const EventEpochStarted = {
  encode(message: EventEpochStarted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).uint64(message.epoch);
    }
    if (message.rate !== "") {
      writer.uint32(18).string(message.rate);
    }
    if (message.budget !== "") {
      writer.uint32(26).string(message.budget);
    }
    if (message.pointsAtStart !== BigInt(0)) {
      writer.uint32(32).uint64(message.pointsAtStart);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventEpochStarted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventEpochStarted();
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
          message.pointsAtStart = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventEpochStarted {
    const obj = createBaseEventEpochStarted();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.rate)) obj.rate = String(object.rate);
    if (isSet(object.budget)) obj.budget = String(object.budget);
    if (isSet(object.pointsAtStart)) obj.pointsAtStart = BigInt(object.pointsAtStart.toString());
    return obj;
  },
  toJSON(message: EventEpochStarted): JsonSafe<EventEpochStarted> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.rate !== undefined && (obj.rate = message.rate);
    message.budget !== undefined && (obj.budget = message.budget);
    message.pointsAtStart !== undefined && (obj.pointsAtStart = (message.pointsAtStart || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventEpochStarted>, I>>(object: I): EventEpochStarted {
    const message = createBaseEventEpochStarted();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.rate = object.rate ?? "";
    message.budget = object.budget ?? "";
    if (object.pointsAtStart !== undefined && object.pointsAtStart !== null) {
      message.pointsAtStart = BigInt(object.pointsAtStart.toString());
    }
    return message;
  }
};
function createBaseEventPointsConverted(): EventPointsConverted {
  return {
    patient: "",
    recipient: "",
    points: BigInt(0),
    amount: "",
    epoch: BigInt(0),
    purpose: ""
  };
}
export const EventPointsConverted = {
  encode(message: EventPointsConverted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.patient !== "") {
      writer.uint32(10).string(message.patient);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(24).uint64(message.points);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(40).uint64(message.epoch);
    }
    if (message.purpose !== "") {
      writer.uint32(50).string(message.purpose);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPointsConverted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPointsConverted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.patient = reader.string();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.points = reader.uint64();
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.epoch = reader.uint64();
          break;
        case 6:
          message.purpose = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPointsConverted {
    const obj = createBaseEventPointsConverted();
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.purpose)) obj.purpose = String(object.purpose);
    return obj;
  },
  toJSON(message: EventPointsConverted): JsonSafe<EventPointsConverted> {
    const obj: any = {};
    message.patient !== undefined && (obj.patient = message.patient);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.purpose !== undefined && (obj.purpose = message.purpose);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPointsConverted>, I>>(object: I): EventPointsConverted {
    const message = createBaseEventPointsConverted();
    message.patient = object.patient ?? "";
    message.recipient = object.recipient ?? "";
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    message.amount = object.amount ?? "";
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.purpose = object.purpose ?? "";
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