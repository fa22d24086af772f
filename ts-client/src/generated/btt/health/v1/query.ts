/* eslint-disable */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Params, ActivityType, Verifier, Device, Activity, PatientPoints, EpochConversion } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet } from "cosmjs-types/helpers";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryActivityTypesRequest {}
export interface QueryActivityTypesResponse {
  activityTypes: ActivityType[];
}
export interface QueryVerifiersRequest {}
export interface QueryVerifiersResponse {
  verifiers: Verifier[];
}
export interface QueryDevicesRequest {}
export interface QueryDevicesResponse {
  devices: Device[];
}
export interface QueryActivityRequest {
  id: bigint;
}
export interface QueryActivityResponse {
  activity: Activity;
}
export interface QueryPatientRequest {
  patient: string;
}
export interface QueryPatientResponse {
  points: PatientPoints;
  /** value: balance × the current epoch's rate, in abtt. */
  value: string;
}
export interface QueryScheduleRequest {
  /** pagination over the recorded epochs, newest first. */
  pagination?: PageRequest;
}
export interface QueryScheduleResponse {
  current: EpochConversion;
  /** pool_balance: abtt left in the community incentives pool. */
  poolBalance: string;
  /** epochs_to_exhaust: pool_balance / epoch_budget, rounded up (the pool's runway at full spend). */
  epochsToExhaust: bigint;
  maturedPoints: bigint;
  pendingPoints: bigint;
  /** total_paid: abtt the pool paid for points since genesis (conversions and discounts). */
  totalPaid: string;
  totalPointsIssued: bigint;
  epochs: EpochConversion[];
  pagination?: PageResponse;
  nextEpochStart: bigint;
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
function createBaseQueryActivityTypesRequest(): QueryActivityTypesRequest {
  return {};
}
export const QueryActivityTypesRequest = {
  encode(_: QueryActivityTypesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryActivityTypesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryActivityTypesRequest();
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
  fromJSON(_: any): QueryActivityTypesRequest {
    const obj = createBaseQueryActivityTypesRequest();
    return obj;
  },
  toJSON(_: QueryActivityTypesRequest): JsonSafe<QueryActivityTypesRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryActivityTypesRequest>, I>>(_: I): QueryActivityTypesRequest {
    const message = createBaseQueryActivityTypesRequest();
    return message;
  }
};
function createBaseQueryActivityTypesResponse(): QueryActivityTypesResponse {
  return {
    activityTypes: []
  };
}
export const QueryActivityTypesResponse = {
  encode(message: QueryActivityTypesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.activityTypes) {
      ActivityType.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryActivityTypesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryActivityTypesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activityTypes.push(ActivityType.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryActivityTypesResponse {
    const obj = createBaseQueryActivityTypesResponse();
    if (Array.isArray(object?.activityTypes)) obj.activityTypes = object.activityTypes.map((e: any) => ActivityType.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryActivityTypesResponse): JsonSafe<QueryActivityTypesResponse> {
    const obj: any = {};
    if (message.activityTypes) {
      obj.activityTypes = message.activityTypes.map(e => e ? ActivityType.toJSON(e) : undefined);
    } else {
      obj.activityTypes = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryActivityTypesResponse>, I>>(object: I): QueryActivityTypesResponse {
    const message = createBaseQueryActivityTypesResponse();
    message.activityTypes = object.activityTypes?.map(e => ActivityType.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryVerifiersRequest(): QueryVerifiersRequest {
  return {};
}
export const QueryVerifiersRequest = {
  encode(_: QueryVerifiersRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVerifiersRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVerifiersRequest();
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
  fromJSON(_: any): QueryVerifiersRequest {
    const obj = createBaseQueryVerifiersRequest();
    return obj;
  },
  toJSON(_: QueryVerifiersRequest): JsonSafe<QueryVerifiersRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryVerifiersRequest>, I>>(_: I): QueryVerifiersRequest {
    const message = createBaseQueryVerifiersRequest();
    return message;
  }
};
function createBaseQueryVerifiersResponse(): QueryVerifiersResponse {
  return {
    verifiers: []
  };
}
export const QueryVerifiersResponse = {
  encode(message: QueryVerifiersResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.verifiers) {
      Verifier.encode(v!, writer.uint32(10).fork()).ldelim();
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
    return obj;
  },
  toJSON(message: QueryVerifiersResponse): JsonSafe<QueryVerifiersResponse> {
    const obj: any = {};
    if (message.verifiers) {
      obj.verifiers = message.verifiers.map(e => e ? Verifier.toJSON(e) : undefined);
    } else {
      obj.verifiers = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryVerifiersResponse>, I>>(object: I): QueryVerifiersResponse {
    const message = createBaseQueryVerifiersResponse();
    message.verifiers = object.verifiers?.map(e => Verifier.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryDevicesRequest(): QueryDevicesRequest {
  return {};
}
export const QueryDevicesRequest = {
  encode(_: QueryDevicesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDevicesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDevicesRequest();
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
  fromJSON(_: any): QueryDevicesRequest {
    const obj = createBaseQueryDevicesRequest();
    return obj;
  },
  toJSON(_: QueryDevicesRequest): JsonSafe<QueryDevicesRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDevicesRequest>, I>>(_: I): QueryDevicesRequest {
    const message = createBaseQueryDevicesRequest();
    return message;
  }
};
function createBaseQueryDevicesResponse(): QueryDevicesResponse {
  return {
    devices: []
  };
}
export const QueryDevicesResponse = {
  encode(message: QueryDevicesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.devices) {
      Device.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDevicesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDevicesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.devices.push(Device.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryDevicesResponse {
    const obj = createBaseQueryDevicesResponse();
    if (Array.isArray(object?.devices)) obj.devices = object.devices.map((e: any) => Device.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryDevicesResponse): JsonSafe<QueryDevicesResponse> {
    const obj: any = {};
    if (message.devices) {
      obj.devices = message.devices.map(e => e ? Device.toJSON(e) : undefined);
    } else {
      obj.devices = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDevicesResponse>, I>>(object: I): QueryDevicesResponse {
    const message = createBaseQueryDevicesResponse();
    message.devices = object.devices?.map(e => Device.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryActivityRequest(): QueryActivityRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryActivityRequest = {
  encode(message: QueryActivityRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryActivityRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryActivityRequest();
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
  fromJSON(object: any): QueryActivityRequest {
    const obj = createBaseQueryActivityRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryActivityRequest): JsonSafe<QueryActivityRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryActivityRequest>, I>>(object: I): QueryActivityRequest {
    const message = createBaseQueryActivityRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryActivityResponse(): QueryActivityResponse {
  return {
    activity: Activity.fromPartial({})
  };
}
export const QueryActivityResponse = {
  encode(message: QueryActivityResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.activity !== undefined) {
      Activity.encode(message.activity, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryActivityResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryActivityResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activity = Activity.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryActivityResponse {
    const obj = createBaseQueryActivityResponse();
    if (isSet(object.activity)) obj.activity = Activity.fromJSON(object.activity);
    return obj;
  },
  toJSON(message: QueryActivityResponse): JsonSafe<QueryActivityResponse> {
    const obj: any = {};
    message.activity !== undefined && (obj.activity = message.activity ? Activity.toJSON(message.activity) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryActivityResponse>, I>>(object: I): QueryActivityResponse {
    const message = createBaseQueryActivityResponse();
    if (object.activity !== undefined && object.activity !== null) {
      message.activity = Activity.fromPartial(object.activity);
    }
    return message;
  }
};
function createBaseQueryPatientRequest(): QueryPatientRequest {
  return {
    patient: ""
  };
}
export const QueryPatientRequest = {
  encode(message: QueryPatientRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.patient !== "") {
      writer.uint32(10).string(message.patient);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPatientRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPatientRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.patient = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPatientRequest {
    const obj = createBaseQueryPatientRequest();
    if (isSet(object.patient)) obj.patient = String(object.patient);
    return obj;
  },
  toJSON(message: QueryPatientRequest): JsonSafe<QueryPatientRequest> {
    const obj: any = {};
    message.patient !== undefined && (obj.patient = message.patient);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPatientRequest>, I>>(object: I): QueryPatientRequest {
    const message = createBaseQueryPatientRequest();
    message.patient = object.patient ?? "";
    return message;
  }
};
function createBaseQueryPatientResponse(): QueryPatientResponse {
  return {
    points: PatientPoints.fromPartial({}),
    value: ""
  };
}
export const QueryPatientResponse = {
  encode(message: QueryPatientResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.points !== undefined) {
      PatientPoints.encode(message.points, writer.uint32(10).fork()).ldelim();
    }
    if (message.value !== "") {
      writer.uint32(18).string(message.value);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPatientResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPatientResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.points = PatientPoints.decode(reader, reader.uint32());
          break;
        case 2:
          message.value = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPatientResponse {
    const obj = createBaseQueryPatientResponse();
    if (isSet(object.points)) obj.points = PatientPoints.fromJSON(object.points);
    if (isSet(object.value)) obj.value = String(object.value);
    return obj;
  },
  toJSON(message: QueryPatientResponse): JsonSafe<QueryPatientResponse> {
    const obj: any = {};
    message.points !== undefined && (obj.points = message.points ? PatientPoints.toJSON(message.points) : undefined);
    message.value !== undefined && (obj.value = message.value);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPatientResponse>, I>>(object: I): QueryPatientResponse {
    const message = createBaseQueryPatientResponse();
    if (object.points !== undefined && object.points !== null) {
      message.points = PatientPoints.fromPartial(object.points);
    }
    message.value = object.value ?? "";
    return message;
  }
};
function createBaseQueryScheduleRequest(): QueryScheduleRequest {
  return {
    pagination: undefined
  };
}
export const QueryScheduleRequest = {
  encode(message: QueryScheduleRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryScheduleRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryScheduleRequest();
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
  fromJSON(object: any): QueryScheduleRequest {
    const obj = createBaseQueryScheduleRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryScheduleRequest): JsonSafe<QueryScheduleRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryScheduleRequest>, I>>(object: I): QueryScheduleRequest {
    const message = createBaseQueryScheduleRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryScheduleResponse(): QueryScheduleResponse {
  return {
    current: EpochConversion.fromPartial({}),
    poolBalance: "",
    epochsToExhaust: BigInt(0),
    maturedPoints: BigInt(0),
    pendingPoints: BigInt(0),
    totalPaid: "",
    totalPointsIssued: BigInt(0),
    epochs: [],
    pagination: undefined,
    nextEpochStart: BigInt(0)
  };
}
export const QueryScheduleResponse = {
  encode(message: QueryScheduleResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.current !== undefined) {
      EpochConversion.encode(message.current, writer.uint32(10).fork()).ldelim();
    }
    if (message.poolBalance !== "") {
      writer.uint32(18).string(message.poolBalance);
    }
    if (message.epochsToExhaust !== BigInt(0)) {
      writer.uint32(24).uint64(message.epochsToExhaust);
    }
    if (message.maturedPoints !== BigInt(0)) {
      writer.uint32(32).uint64(message.maturedPoints);
    }
    if (message.pendingPoints !== BigInt(0)) {
      writer.uint32(40).uint64(message.pendingPoints);
    }
    if (message.totalPaid !== "") {
      writer.uint32(50).string(message.totalPaid);
    }
    if (message.totalPointsIssued !== BigInt(0)) {
      writer.uint32(56).uint64(message.totalPointsIssued);
    }
    for (const v of message.epochs) {
      EpochConversion.encode(v!, writer.uint32(66).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(74).fork()).ldelim();
    }
    if (message.nextEpochStart !== BigInt(0)) {
      writer.uint32(80).int64(message.nextEpochStart);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryScheduleResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryScheduleResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.current = EpochConversion.decode(reader, reader.uint32());
          break;
        case 2:
          message.poolBalance = reader.string();
          break;
        case 3:
          message.epochsToExhaust = reader.uint64();
          break;
        case 4:
          message.maturedPoints = reader.uint64();
          break;
        case 5:
          message.pendingPoints = reader.uint64();
          break;
        case 6:
          message.totalPaid = reader.string();
          break;
        case 7:
          message.totalPointsIssued = reader.uint64();
          break;
        case 8:
          message.epochs.push(EpochConversion.decode(reader, reader.uint32()));
          break;
        case 9:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        case 10:
          message.nextEpochStart = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryScheduleResponse {
    const obj = createBaseQueryScheduleResponse();
    if (isSet(object.current)) obj.current = EpochConversion.fromJSON(object.current);
    if (isSet(object.poolBalance)) obj.poolBalance = String(object.poolBalance);
    if (isSet(object.epochsToExhaust)) obj.epochsToExhaust = BigInt(object.epochsToExhaust.toString());
    if (isSet(object.maturedPoints)) obj.maturedPoints = BigInt(object.maturedPoints.toString());
    if (isSet(object.pendingPoints)) obj.pendingPoints = BigInt(object.pendingPoints.toString());
    if (isSet(object.totalPaid)) obj.totalPaid = String(object.totalPaid);
    if (isSet(object.totalPointsIssued)) obj.totalPointsIssued = BigInt(object.totalPointsIssued.toString());
    if (Array.isArray(object?.epochs)) obj.epochs = object.epochs.map((e: any) => EpochConversion.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    if (isSet(object.nextEpochStart)) obj.nextEpochStart = BigInt(object.nextEpochStart.toString());
    return obj;
  },
  toJSON(message: QueryScheduleResponse): JsonSafe<QueryScheduleResponse> {
    const obj: any = {};
    message.current !== undefined && (obj.current = message.current ? EpochConversion.toJSON(message.current) : undefined);
    message.poolBalance !== undefined && (obj.poolBalance = message.poolBalance);
    message.epochsToExhaust !== undefined && (obj.epochsToExhaust = (message.epochsToExhaust || BigInt(0)).toString());
    message.maturedPoints !== undefined && (obj.maturedPoints = (message.maturedPoints || BigInt(0)).toString());
    message.pendingPoints !== undefined && (obj.pendingPoints = (message.pendingPoints || BigInt(0)).toString());
    message.totalPaid !== undefined && (obj.totalPaid = message.totalPaid);
    message.totalPointsIssued !== undefined && (obj.totalPointsIssued = (message.totalPointsIssued || BigInt(0)).toString());
    if (message.epochs) {
      obj.epochs = message.epochs.map(e => e ? EpochConversion.toJSON(e) : undefined);
    } else {
      obj.epochs = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    message.nextEpochStart !== undefined && (obj.nextEpochStart = (message.nextEpochStart || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryScheduleResponse>, I>>(object: I): QueryScheduleResponse {
    const message = createBaseQueryScheduleResponse();
    if (object.current !== undefined && object.current !== null) {
      message.current = EpochConversion.fromPartial(object.current);
    }
    message.poolBalance = object.poolBalance ?? "";
    if (object.epochsToExhaust !== undefined && object.epochsToExhaust !== null) {
      message.epochsToExhaust = BigInt(object.epochsToExhaust.toString());
    }
    if (object.maturedPoints !== undefined && object.maturedPoints !== null) {
      message.maturedPoints = BigInt(object.maturedPoints.toString());
    }
    if (object.pendingPoints !== undefined && object.pendingPoints !== null) {
      message.pendingPoints = BigInt(object.pendingPoints.toString());
    }
    message.totalPaid = object.totalPaid ?? "";
    if (object.totalPointsIssued !== undefined && object.totalPointsIssued !== null) {
      message.totalPointsIssued = BigInt(object.totalPointsIssued.toString());
    }
    message.epochs = object.epochs?.map(e => EpochConversion.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    if (object.nextEpochStart !== undefined && object.nextEpochStart !== null) {
      message.nextEpochStart = BigInt(object.nextEpochStart.toString());
    }
    return message;
  }
};