/* eslint-disable */
import { Params, ActivityType, Verifier, Device, Activity, PatientPoints, EpochConversion } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** GenesisState is the x/health genesis; it round-trips through export and import. */
export interface GenesisState {
  params: Params;
  activityTypes: ActivityType[];
  verifiers: Verifier[];
  devices: Device[];
  activities: Activity[];
  patients: PatientPoints[];
  epochs: EpochConversion[];
  /** usage counts activities per (patient, type, epoch or year) for the caps. */
  usage: UsageCount[];
  /** pending_points: points earned per epoch, not yet matured. */
  pendingPoints: EpochPoints[];
  nextActivityId: bigint;
  /** matured_points: the sum of all patients' matured balances. */
  maturedPoints: bigint;
  /** current_epoch: the last epoch started (0 before the first). */
  currentEpoch: bigint;
  /** total_points_issued: points credited since genesis. */
  totalPointsIssued: bigint;
}
/** UsageCount is how many activities of a type a patient recorded in a period. */
export interface UsageCount {
  patient: string;
  activityCode: string;
  /** period: "e{epoch}" or "y{year}". */
  period: string;
  count: number;
}
/** EpochPoints is the points earned in an epoch that have not matured yet. */
export interface EpochPoints {
  epoch: bigint;
  points: bigint;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    activityTypes: [],
    verifiers: [],
    devices: [],
    activities: [],
    patients: [],
    epochs: [],
    usage: [],
    pendingPoints: [],
    nextActivityId: BigInt(0),
    maturedPoints: BigInt(0),
    currentEpoch: BigInt(0),
    totalPointsIssued: BigInt(0)
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.activityTypes) {
      ActivityType.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.verifiers) {
      Verifier.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.devices) {
      Device.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.activities) {
      Activity.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    for (const v of message.patients) {
      PatientPoints.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    for (const v of message.epochs) {
      EpochConversion.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    for (const v of message.usage) {
      UsageCount.encode(v!, writer.uint32(66).fork()).ldelim();
    }
    for (const v of message.pendingPoints) {
      EpochPoints.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    if (message.nextActivityId !== BigInt(0)) {
      writer.uint32(80).uint64(message.nextActivityId);
    }
    if (message.maturedPoints !== BigInt(0)) {
      writer.uint32(88).uint64(message.maturedPoints);
    }
    if (message.currentEpoch !== BigInt(0)) {
      writer.uint32(96).uint64(message.currentEpoch);
    }
    if (message.totalPointsIssued !== BigInt(0)) {
      writer.uint32(104).uint64(message.totalPointsIssued);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GenesisState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGenesisState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        case 2:
          message.activityTypes.push(ActivityType.decode(reader, reader.uint32()));
          break;
        case 3:
          message.verifiers.push(Verifier.decode(reader, reader.uint32()));
          break;
        case 4:
          message.devices.push(Device.decode(reader, reader.uint32()));
          break;
        case 5:
          message.activities.push(Activity.decode(reader, reader.uint32()));
          break;
        case 6:
          message.patients.push(PatientPoints.decode(reader, reader.uint32()));
          break;
        case 7:
          message.epochs.push(EpochConversion.decode(reader, reader.uint32()));
          break;
        case 8:
          message.usage.push(UsageCount.decode(reader, reader.uint32()));
          break;
        case 9:
          message.pendingPoints.push(EpochPoints.decode(reader, reader.uint32()));
          break;
        case 10:
          message.nextActivityId = reader.uint64();
          break;
        case 11:
          message.maturedPoints = reader.uint64();
          break;
        case 12:
          message.currentEpoch = reader.uint64();
          break;
        case 13:
          message.totalPointsIssued = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): GenesisState {
    const obj = createBaseGenesisState();
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    if (Array.isArray(object?.activityTypes)) obj.activityTypes = object.activityTypes.map((e: any) => ActivityType.fromJSON(e));
    if (Array.isArray(object?.verifiers)) obj.verifiers = object.verifiers.map((e: any) => Verifier.fromJSON(e));
    if (Array.isArray(object?.devices)) obj.devices = object.devices.map((e: any) => Device.fromJSON(e));
    if (Array.isArray(object?.activities)) obj.activities = object.activities.map((e: any) => Activity.fromJSON(e));
    if (Array.isArray(object?.patients)) obj.patients = object.patients.map((e: any) => PatientPoints.fromJSON(e));
    if (Array.isArray(object?.epochs)) obj.epochs = object.epochs.map((e: any) => EpochConversion.fromJSON(e));
    if (Array.isArray(object?.usage)) obj.usage = object.usage.map((e: any) => UsageCount.fromJSON(e));
    if (Array.isArray(object?.pendingPoints)) obj.pendingPoints = object.pendingPoints.map((e: any) => EpochPoints.fromJSON(e));
    if (isSet(object.nextActivityId)) obj.nextActivityId = BigInt(object.nextActivityId.toString());
    if (isSet(object.maturedPoints)) obj.maturedPoints = BigInt(object.maturedPoints.toString());
    if (isSet(object.currentEpoch)) obj.currentEpoch = BigInt(object.currentEpoch.toString());
    if (isSet(object.totalPointsIssued)) obj.totalPointsIssued = BigInt(object.totalPointsIssued.toString());
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.activityTypes) {
      obj.activityTypes = message.activityTypes.map(e => e ? ActivityType.toJSON(e) : undefined);
    } else {
      obj.activityTypes = [];
    }
    if (message.verifiers) {
      obj.verifiers = message.verifiers.map(e => e ? Verifier.toJSON(e) : undefined);
    } else {
      obj.verifiers = [];
    }
    if (message.devices) {
      obj.devices = message.devices.map(e => e ? Device.toJSON(e) : undefined);
    } else {
      obj.devices = [];
    }
    if (message.activities) {
      obj.activities = message.activities.map(e => e ? Activity.toJSON(e) : undefined);
    } else {
      obj.activities = [];
    }
    if (message.patients) {
      obj.patients = message.patients.map(e => e ? PatientPoints.toJSON(e) : undefined);
    } else {
      obj.patients = [];
    }
    if (message.epochs) {
      obj.epochs = message.epochs.map(e => e ? EpochConversion.toJSON(e) : undefined);
    } else {
      obj.epochs = [];
    }
    if (message.usage) {
      obj.usage = message.usage.map(e => e ? UsageCount.toJSON(e) : undefined);
    } else {
      obj.usage = [];
    }
    if (message.pendingPoints) {
      obj.pendingPoints = message.pendingPoints.map(e => e ? EpochPoints.toJSON(e) : undefined);
    } else {
      obj.pendingPoints = [];
    }
    message.nextActivityId !== undefined && (obj.nextActivityId = (message.nextActivityId || BigInt(0)).toString());
    message.maturedPoints !== undefined && (obj.maturedPoints = (message.maturedPoints || BigInt(0)).toString());
    message.currentEpoch !== undefined && (obj.currentEpoch = (message.currentEpoch || BigInt(0)).toString());
    message.totalPointsIssued !== undefined && (obj.totalPointsIssued = (message.totalPointsIssued || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    message.activityTypes = object.activityTypes?.map(e => ActivityType.fromPartial(e)) || [];
    message.verifiers = object.verifiers?.map(e => Verifier.fromPartial(e)) || [];
    message.devices = object.devices?.map(e => Device.fromPartial(e)) || [];
    message.activities = object.activities?.map(e => Activity.fromPartial(e)) || [];
    message.patients = object.patients?.map(e => PatientPoints.fromPartial(e)) || [];
    message.epochs = object.epochs?.map(e => EpochConversion.fromPartial(e)) || [];
    message.usage = object.usage?.map(e => UsageCount.fromPartial(e)) || [];
    message.pendingPoints = object.pendingPoints?.map(e => EpochPoints.fromPartial(e)) || [];
    if (object.nextActivityId !== undefined && object.nextActivityId !== null) {
      message.nextActivityId = BigInt(object.nextActivityId.toString());
    }
    if (object.maturedPoints !== undefined && object.maturedPoints !== null) {
      message.maturedPoints = BigInt(object.maturedPoints.toString());
    }
    if (object.currentEpoch !== undefined && object.currentEpoch !== null) {
      message.currentEpoch = BigInt(object.currentEpoch.toString());
    }
    if (object.totalPointsIssued !== undefined && object.totalPointsIssued !== null) {
      message.totalPointsIssued = BigInt(object.totalPointsIssued.toString());
    }
    return message;
  }
};
function createBaseUsageCount(): UsageCount {
  return {
    patient: "",
    activityCode: "",
    period: "",
    count: 0
  };
}
export const UsageCount = {
  encode(message: UsageCount, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.patient !== "") {
      writer.uint32(10).string(message.patient);
    }
    if (message.activityCode !== "") {
      writer.uint32(18).string(message.activityCode);
    }
    if (message.period !== "") {
      writer.uint32(26).string(message.period);
    }
    if (message.count !== 0) {
      writer.uint32(32).uint32(message.count);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UsageCount {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUsageCount();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.patient = reader.string();
          break;
        case 2:
          message.activityCode = reader.string();
          break;
        case 3:
          message.period = reader.string();
          break;
        case 4:
          message.count = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): UsageCount {
    const obj = createBaseUsageCount();
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.activityCode)) obj.activityCode = String(object.activityCode);
    if (isSet(object.period)) obj.period = String(object.period);
    if (isSet(object.count)) obj.count = Number(object.count);
    return obj;
  },
  toJSON(message: UsageCount): JsonSafe<UsageCount> {
    const obj: any = {};
    message.patient !== undefined && (obj.patient = message.patient);
    message.activityCode !== undefined && (obj.activityCode = message.activityCode);
    message.period !== undefined && (obj.period = message.period);
    message.count !== undefined && (obj.count = Math.round(message.count));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<UsageCount>, I>>(object: I): UsageCount {
    const message = createBaseUsageCount();
    message.patient = object.patient ?? "";
    message.activityCode = object.activityCode ?? "";
    message.period = object.period ?? "";
    message.count = object.count ?? 0;
    return message;
  }
};
function createBaseEpochPoints(): EpochPoints {
  return {
    epoch: BigInt(0),
    points: BigInt(0)
  };
}
export const EpochPoints = {
  encode(message: EpochPoints, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).uint64(message.epoch);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(16).uint64(message.points);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EpochPoints {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEpochPoints();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.uint64();
          break;
        case 2:
          message.points = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EpochPoints {
    const obj = createBaseEpochPoints();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    return obj;
  },
  toJSON(message: EpochPoints): JsonSafe<EpochPoints> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EpochPoints>, I>>(object: I): EpochPoints {
    const message = createBaseEpochPoints();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    return message;
  }
};