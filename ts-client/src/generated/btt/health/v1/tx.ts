/* eslint-disable */
import { ActivityType, VerificationSource, Params, verificationSourceFromJSON, verificationSourceToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface MsgSetActivityType {
  authority: string;
  activityType: ActivityType;
}
export interface MsgSetActivityTypeResponse {}
export interface MsgAddVerifier {
  authority: string;
  verifier: string;
  kind: VerificationSource;
  name: string;
}
export interface MsgAddVerifierResponse {}
export interface MsgRemoveVerifier {
  authority: string;
  verifier: string;
}
export interface MsgRemoveVerifierResponse {}
export interface MsgRegisterDevice {
  authority: string;
  deviceId: string;
  /** pub_key: 33-byte compressed secp256k1 public key. */
  pubKey: Uint8Array;
  name: string;
}
export interface MsgRegisterDeviceResponse {}
export interface MsgRemoveDevice {
  authority: string;
  deviceId: string;
}
export interface MsgRemoveDeviceResponse {}
export interface MsgRecordActivity {
  /** signer: the ORACLE or PROVIDER verifier, or (source DEVICE) any relayer. */
  signer: string;
  patient: string;
  activityCode: string;
  /** evidence_hash: lower-case hex sha256 of the evidence kept off-chain (never personal data). */
  evidenceHash: string;
  source: VerificationSource;
  /**
   * device_id, nonce and device_signature: source DEVICE only. The signature is the device key's
   * 64-byte secp256k1 (r||s, low s) signature of DeviceSignBytes(chain id, device id, nonce,
   * patient, activity code, evidence hash); nonce must exceed the device's last one.
   */
  deviceId: string;
  nonce: bigint;
  deviceSignature: Uint8Array;
}
export interface MsgRecordActivityResponse {
  activityId: bigint;
  credited: boolean;
}
export interface MsgConfirmActivity {
  verifier: string;
  activityId: bigint;
}
export interface MsgConfirmActivityResponse {
  credited: boolean;
}
export interface MsgConvertPoints {
  patient: string;
  points: bigint;
}
export interface MsgConvertPointsResponse {
  amount: string;
}
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
function createBaseMsgSetActivityType(): MsgSetActivityType {
  return {
    authority: "",
    activityType: ActivityType.fromPartial({})
  };
}
export const MsgSetActivityType = {
  aminoType: "btt/health/MsgSetActivityType",
  encode(message: MsgSetActivityType, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.activityType !== undefined) {
      ActivityType.encode(message.activityType, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetActivityType {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetActivityType();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.activityType = ActivityType.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSetActivityType {
    const obj = createBaseMsgSetActivityType();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.activityType)) obj.activityType = ActivityType.fromJSON(object.activityType);
    return obj;
  },
  toJSON(message: MsgSetActivityType): JsonSafe<MsgSetActivityType> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.activityType !== undefined && (obj.activityType = message.activityType ? ActivityType.toJSON(message.activityType) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetActivityType>, I>>(object: I): MsgSetActivityType {
    const message = createBaseMsgSetActivityType();
    message.authority = object.authority ?? "";
    if (object.activityType !== undefined && object.activityType !== null) {
      message.activityType = ActivityType.fromPartial(object.activityType);
    }
    return message;
  }
};
function createBaseMsgSetActivityTypeResponse(): MsgSetActivityTypeResponse {
  return {};
}
export const MsgSetActivityTypeResponse = {
  encode(_: MsgSetActivityTypeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetActivityTypeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetActivityTypeResponse();
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
  fromJSON(_: any): MsgSetActivityTypeResponse {
    const obj = createBaseMsgSetActivityTypeResponse();
    return obj;
  },
  toJSON(_: MsgSetActivityTypeResponse): JsonSafe<MsgSetActivityTypeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetActivityTypeResponse>, I>>(_: I): MsgSetActivityTypeResponse {
    const message = createBaseMsgSetActivityTypeResponse();
    return message;
  }
};
function createBaseMsgAddVerifier(): MsgAddVerifier {
  return {
    authority: "",
    verifier: "",
    kind: 0,
    name: ""
  };
}
export const MsgAddVerifier = {
  aminoType: "btt/health/MsgAddVerifier",
  encode(message: MsgAddVerifier, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.verifier !== "") {
      writer.uint32(18).string(message.verifier);
    }
    if (message.kind !== 0) {
      writer.uint32(24).int32(message.kind);
    }
    if (message.name !== "") {
      writer.uint32(34).string(message.name);
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
          message.kind = reader.int32() as any;
          break;
        case 4:
          message.name = reader.string();
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
    if (isSet(object.kind)) obj.kind = verificationSourceFromJSON(object.kind);
    if (isSet(object.name)) obj.name = String(object.name);
    return obj;
  },
  toJSON(message: MsgAddVerifier): JsonSafe<MsgAddVerifier> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.kind !== undefined && (obj.kind = verificationSourceToJSON(message.kind));
    message.name !== undefined && (obj.name = message.name);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAddVerifier>, I>>(object: I): MsgAddVerifier {
    const message = createBaseMsgAddVerifier();
    message.authority = object.authority ?? "";
    message.verifier = object.verifier ?? "";
    message.kind = object.kind ?? 0;
    message.name = object.name ?? "";
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
  aminoType: "btt/health/MsgRemoveVerifier",
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
function createBaseMsgRegisterDevice(): MsgRegisterDevice {
  return {
    authority: "",
    deviceId: "",
    pubKey: new Uint8Array(),
    name: ""
  };
}
export const MsgRegisterDevice = {
  aminoType: "btt/health/MsgRegisterDevice",
  encode(message: MsgRegisterDevice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.deviceId !== "") {
      writer.uint32(18).string(message.deviceId);
    }
    if (message.pubKey.length !== 0) {
      writer.uint32(26).bytes(message.pubKey);
    }
    if (message.name !== "") {
      writer.uint32(34).string(message.name);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterDevice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterDevice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.deviceId = reader.string();
          break;
        case 3:
          message.pubKey = reader.bytes();
          break;
        case 4:
          message.name = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterDevice {
    const obj = createBaseMsgRegisterDevice();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.deviceId)) obj.deviceId = String(object.deviceId);
    if (isSet(object.pubKey)) obj.pubKey = bytesFromBase64(object.pubKey);
    if (isSet(object.name)) obj.name = String(object.name);
    return obj;
  },
  toJSON(message: MsgRegisterDevice): JsonSafe<MsgRegisterDevice> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.deviceId !== undefined && (obj.deviceId = message.deviceId);
    message.pubKey !== undefined && (obj.pubKey = base64FromBytes(message.pubKey !== undefined ? message.pubKey : new Uint8Array()));
    message.name !== undefined && (obj.name = message.name);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterDevice>, I>>(object: I): MsgRegisterDevice {
    const message = createBaseMsgRegisterDevice();
    message.authority = object.authority ?? "";
    message.deviceId = object.deviceId ?? "";
    message.pubKey = object.pubKey ?? new Uint8Array();
    message.name = object.name ?? "";
    return message;
  }
};
function createBaseMsgRegisterDeviceResponse(): MsgRegisterDeviceResponse {
  return {};
}
export const MsgRegisterDeviceResponse = {
  encode(_: MsgRegisterDeviceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterDeviceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterDeviceResponse();
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
  fromJSON(_: any): MsgRegisterDeviceResponse {
    const obj = createBaseMsgRegisterDeviceResponse();
    return obj;
  },
  toJSON(_: MsgRegisterDeviceResponse): JsonSafe<MsgRegisterDeviceResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterDeviceResponse>, I>>(_: I): MsgRegisterDeviceResponse {
    const message = createBaseMsgRegisterDeviceResponse();
    return message;
  }
};
function createBaseMsgRemoveDevice(): MsgRemoveDevice {
  return {
    authority: "",
    deviceId: ""
  };
}
export const MsgRemoveDevice = {
  aminoType: "btt/health/MsgRemoveDevice",
  encode(message: MsgRemoveDevice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.deviceId !== "") {
      writer.uint32(18).string(message.deviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRemoveDevice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRemoveDevice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.deviceId = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRemoveDevice {
    const obj = createBaseMsgRemoveDevice();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.deviceId)) obj.deviceId = String(object.deviceId);
    return obj;
  },
  toJSON(message: MsgRemoveDevice): JsonSafe<MsgRemoveDevice> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.deviceId !== undefined && (obj.deviceId = message.deviceId);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRemoveDevice>, I>>(object: I): MsgRemoveDevice {
    const message = createBaseMsgRemoveDevice();
    message.authority = object.authority ?? "";
    message.deviceId = object.deviceId ?? "";
    return message;
  }
};
function createBaseMsgRemoveDeviceResponse(): MsgRemoveDeviceResponse {
  return {};
}
export const MsgRemoveDeviceResponse = {
  encode(_: MsgRemoveDeviceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRemoveDeviceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRemoveDeviceResponse();
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
  fromJSON(_: any): MsgRemoveDeviceResponse {
    const obj = createBaseMsgRemoveDeviceResponse();
    return obj;
  },
  toJSON(_: MsgRemoveDeviceResponse): JsonSafe<MsgRemoveDeviceResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRemoveDeviceResponse>, I>>(_: I): MsgRemoveDeviceResponse {
    const message = createBaseMsgRemoveDeviceResponse();
    return message;
  }
};
function createBaseMsgRecordActivity(): MsgRecordActivity {
  return {
    signer: "",
    patient: "",
    activityCode: "",
    evidenceHash: "",
    source: 0,
    deviceId: "",
    nonce: BigInt(0),
    deviceSignature: new Uint8Array()
  };
}
export const MsgRecordActivity = {
  aminoType: "btt/health/MsgRecordActivity",
  encode(message: MsgRecordActivity, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.signer !== "") {
      writer.uint32(10).string(message.signer);
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
    if (message.deviceId !== "") {
      writer.uint32(50).string(message.deviceId);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(56).uint64(message.nonce);
    }
    if (message.deviceSignature.length !== 0) {
      writer.uint32(66).bytes(message.deviceSignature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRecordActivity {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRecordActivity();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.signer = reader.string();
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
          message.deviceId = reader.string();
          break;
        case 7:
          message.nonce = reader.uint64();
          break;
        case 8:
          message.deviceSignature = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRecordActivity {
    const obj = createBaseMsgRecordActivity();
    if (isSet(object.signer)) obj.signer = String(object.signer);
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.activityCode)) obj.activityCode = String(object.activityCode);
    if (isSet(object.evidenceHash)) obj.evidenceHash = String(object.evidenceHash);
    if (isSet(object.source)) obj.source = verificationSourceFromJSON(object.source);
    if (isSet(object.deviceId)) obj.deviceId = String(object.deviceId);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.deviceSignature)) obj.deviceSignature = bytesFromBase64(object.deviceSignature);
    return obj;
  },
  toJSON(message: MsgRecordActivity): JsonSafe<MsgRecordActivity> {
    const obj: any = {};
    message.signer !== undefined && (obj.signer = message.signer);
    message.patient !== undefined && (obj.patient = message.patient);
    message.activityCode !== undefined && (obj.activityCode = message.activityCode);
    message.evidenceHash !== undefined && (obj.evidenceHash = message.evidenceHash);
    message.source !== undefined && (obj.source = verificationSourceToJSON(message.source));
    message.deviceId !== undefined && (obj.deviceId = message.deviceId);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.deviceSignature !== undefined && (obj.deviceSignature = base64FromBytes(message.deviceSignature !== undefined ? message.deviceSignature : new Uint8Array()));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRecordActivity>, I>>(object: I): MsgRecordActivity {
    const message = createBaseMsgRecordActivity();
    message.signer = object.signer ?? "";
    message.patient = object.patient ?? "";
    message.activityCode = object.activityCode ?? "";
    message.evidenceHash = object.evidenceHash ?? "";
    message.source = object.source ?? 0;
    message.deviceId = object.deviceId ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.deviceSignature = object.deviceSignature ?? new Uint8Array();
    return message;
  }
};
function createBaseMsgRecordActivityResponse(): MsgRecordActivityResponse {
  return {
    activityId: BigInt(0),
    credited: false
  };
}
export const MsgRecordActivityResponse = {
  encode(message: MsgRecordActivityResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.activityId !== BigInt(0)) {
      writer.uint32(8).uint64(message.activityId);
    }
    if (message.credited === true) {
      writer.uint32(16).bool(message.credited);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRecordActivityResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRecordActivityResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.activityId = reader.uint64();
          break;
        case 2:
          message.credited = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRecordActivityResponse {
    const obj = createBaseMsgRecordActivityResponse();
    if (isSet(object.activityId)) obj.activityId = BigInt(object.activityId.toString());
    if (isSet(object.credited)) obj.credited = Boolean(object.credited);
    return obj;
  },
  toJSON(message: MsgRecordActivityResponse): JsonSafe<MsgRecordActivityResponse> {
    const obj: any = {};
    message.activityId !== undefined && (obj.activityId = (message.activityId || BigInt(0)).toString());
    message.credited !== undefined && (obj.credited = message.credited);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRecordActivityResponse>, I>>(object: I): MsgRecordActivityResponse {
    const message = createBaseMsgRecordActivityResponse();
    if (object.activityId !== undefined && object.activityId !== null) {
      message.activityId = BigInt(object.activityId.toString());
    }
    message.credited = object.credited ?? false;
    return message;
  }
};
function createBaseMsgConfirmActivity(): MsgConfirmActivity {
  return {
    verifier: "",
    activityId: BigInt(0)
  };
}
export const MsgConfirmActivity = {
  aminoType: "btt/health/MsgConfirmActivity",
  encode(message: MsgConfirmActivity, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    if (message.activityId !== BigInt(0)) {
      writer.uint32(16).uint64(message.activityId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConfirmActivity {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConfirmActivity();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        case 2:
          message.activityId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgConfirmActivity {
    const obj = createBaseMsgConfirmActivity();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.activityId)) obj.activityId = BigInt(object.activityId.toString());
    return obj;
  },
  toJSON(message: MsgConfirmActivity): JsonSafe<MsgConfirmActivity> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.activityId !== undefined && (obj.activityId = (message.activityId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConfirmActivity>, I>>(object: I): MsgConfirmActivity {
    const message = createBaseMsgConfirmActivity();
    message.verifier = object.verifier ?? "";
    if (object.activityId !== undefined && object.activityId !== null) {
      message.activityId = BigInt(object.activityId.toString());
    }
    return message;
  }
};
function createBaseMsgConfirmActivityResponse(): MsgConfirmActivityResponse {
  return {
    credited: false
  };
}
export const MsgConfirmActivityResponse = {
  encode(message: MsgConfirmActivityResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.credited === true) {
      writer.uint32(8).bool(message.credited);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConfirmActivityResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConfirmActivityResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.credited = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgConfirmActivityResponse {
    const obj = createBaseMsgConfirmActivityResponse();
    if (isSet(object.credited)) obj.credited = Boolean(object.credited);
    return obj;
  },
  toJSON(message: MsgConfirmActivityResponse): JsonSafe<MsgConfirmActivityResponse> {
    const obj: any = {};
    message.credited !== undefined && (obj.credited = message.credited);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConfirmActivityResponse>, I>>(object: I): MsgConfirmActivityResponse {
    const message = createBaseMsgConfirmActivityResponse();
    message.credited = object.credited ?? false;
    return message;
  }
};
function createBaseMsgConvertPoints(): MsgConvertPoints {
  return {
    patient: "",
    points: BigInt(0)
  };
}
export const MsgConvertPoints = {
  aminoType: "btt/health/MsgConvertPoints",
  encode(message: MsgConvertPoints, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.patient !== "") {
      writer.uint32(10).string(message.patient);
    }
    if (message.points !== BigInt(0)) {
      writer.uint32(16).uint64(message.points);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConvertPoints {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConvertPoints();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.patient = reader.string();
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
  fromJSON(object: any): MsgConvertPoints {
    const obj = createBaseMsgConvertPoints();
    if (isSet(object.patient)) obj.patient = String(object.patient);
    if (isSet(object.points)) obj.points = BigInt(object.points.toString());
    return obj;
  },
  toJSON(message: MsgConvertPoints): JsonSafe<MsgConvertPoints> {
    const obj: any = {};
    message.patient !== undefined && (obj.patient = message.patient);
    message.points !== undefined && (obj.points = (message.points || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConvertPoints>, I>>(object: I): MsgConvertPoints {
    const message = createBaseMsgConvertPoints();
    message.patient = object.patient ?? "";
    if (object.points !== undefined && object.points !== null) {
      message.points = BigInt(object.points.toString());
    }
    return message;
  }
};
function createBaseMsgConvertPointsResponse(): MsgConvertPointsResponse {
  return {
    amount: ""
  };
}
export const MsgConvertPointsResponse = {
  encode(message: MsgConvertPointsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.amount !== "") {
      writer.uint32(10).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConvertPointsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConvertPointsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgConvertPointsResponse {
    const obj = createBaseMsgConvertPointsResponse();
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: MsgConvertPointsResponse): JsonSafe<MsgConvertPointsResponse> {
    const obj: any = {};
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConvertPointsResponse>, I>>(object: I): MsgConvertPointsResponse {
    const message = createBaseMsgConvertPointsResponse();
    message.amount = object.amount ?? "";
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
  aminoType: "btt/health/MsgUpdateParams",
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