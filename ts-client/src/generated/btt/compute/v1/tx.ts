/* eslint-disable */
import { NodeClass, ServedModel, Urgency, Params, nodeClassFromJSON, nodeClassToJSON, urgencyFromJSON, urgencyToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, bytesFromBase64, base64FromBytes, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface MsgRegisterNode {
  operator: string;
  nodeClass: NodeClass;
  region: string;
  hardware: string;
  energyClass: string;
  x25519Pubkey: Uint8Array;
  models: ServedModel[];
  /** stake (in params.stake_denom) must be at least the class minimum. */
  stake: string;
}
export interface MsgRegisterNodeResponse {}
export interface MsgUpdateNode {
  operator: string;
  region: string;
  hardware: string;
  energyClass: string;
  x25519Pubkey: Uint8Array;
  models: ServedModel[];
}
export interface MsgUpdateNodeResponse {}
export interface MsgHeartbeat {
  operator: string;
}
export interface MsgHeartbeatResponse {}
export interface MsgUnbondNode {
  operator: string;
}
export interface MsgUnbondNodeResponse {
  unbondTime: bigint;
}
export interface MsgRegisterModel {
  authority: string;
  name: string;
  onnxSha256: Uint8Array;
  taskType: string;
  inputSpec: string;
  outputSpec: string;
  computeUnits: bigint;
  priceFloor: string;
  canonicalization: string;
}
export interface MsgRegisterModelResponse {
  modelId: bigint;
}
export interface MsgDeprecateModel {
  authority: string;
  modelId: bigint;
}
export interface MsgDeprecateModelResponse {}
export interface MsgSubmitTask {
  client: string;
  modelId: bigint;
  inputSha256: Uint8Array;
  inputLocator: string;
  urgency: Urgency;
  replication: number;
  /**
   * max_fee (in params.stake_denom) must be at least price_floor × (1 + urgency premium) × k
   * (× 2 when k = 1, to cover a sampled re-execution); what is not paid out is refunded.
   */
  maxFee: string;
  preferredRegion: string;
}
export interface MsgSubmitTaskResponse {
  taskId: bigint;
}
/**
 * MsgCommitResult commits to an output without revealing it.
 * commitment = sha256(output_hash[32] || salt[32] || worker_address_bytes[20]), see Assignment.
 */
export interface MsgCommitResult {
  worker: string;
  taskId: bigint;
  commitment: Uint8Array;
}
export interface MsgCommitResultResponse {}
/** MsgRevealResult opens the commitment: sha256(output_hash || salt || worker_address_bytes) must equal it. */
export interface MsgRevealResult {
  worker: string;
  taskId: bigint;
  outputHash: Uint8Array;
  salt: Uint8Array;
}
export interface MsgRevealResultResponse {}
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
/**
 * MsgAttestNode: an x/rwa verifier of kind TECHNICAL covering the node's region (or its country)
 * attests that the node's declared region and energy class are true. Both must equal the node's
 * current values; a later MsgUpdateNode that changes either clears the attestation.
 */
export interface MsgAttestNode {
  verifier: string;
  node: string;
  energyClass: string;
  region: string;
}
export interface MsgAttestNodeResponse {}
function createBaseMsgRegisterNode(): MsgRegisterNode {
  return {
    operator: "",
    nodeClass: 0,
    region: "",
    hardware: "",
    energyClass: "",
    x25519Pubkey: new Uint8Array(),
    models: [],
    stake: ""
  };
}
export const MsgRegisterNode = {
  aminoType: "btt/compute/MsgRegisterNode",
  encode(message: MsgRegisterNode, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.nodeClass !== 0) {
      writer.uint32(16).int32(message.nodeClass);
    }
    if (message.region !== "") {
      writer.uint32(26).string(message.region);
    }
    if (message.hardware !== "") {
      writer.uint32(34).string(message.hardware);
    }
    if (message.energyClass !== "") {
      writer.uint32(42).string(message.energyClass);
    }
    if (message.x25519Pubkey.length !== 0) {
      writer.uint32(50).bytes(message.x25519Pubkey);
    }
    for (const v of message.models) {
      ServedModel.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.stake !== "") {
      writer.uint32(66).string(message.stake);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterNode {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterNode();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.nodeClass = reader.int32() as any;
          break;
        case 3:
          message.region = reader.string();
          break;
        case 4:
          message.hardware = reader.string();
          break;
        case 5:
          message.energyClass = reader.string();
          break;
        case 6:
          message.x25519Pubkey = reader.bytes();
          break;
        case 7:
          message.models.push(ServedModel.decode(reader, reader.uint32()));
          break;
        case 8:
          message.stake = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterNode {
    const obj = createBaseMsgRegisterNode();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.nodeClass)) obj.nodeClass = nodeClassFromJSON(object.nodeClass);
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.hardware)) obj.hardware = String(object.hardware);
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    if (isSet(object.x25519Pubkey)) obj.x25519Pubkey = bytesFromBase64(object.x25519Pubkey);
    if (Array.isArray(object?.models)) obj.models = object.models.map((e: any) => ServedModel.fromJSON(e));
    if (isSet(object.stake)) obj.stake = String(object.stake);
    return obj;
  },
  toJSON(message: MsgRegisterNode): JsonSafe<MsgRegisterNode> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.nodeClass !== undefined && (obj.nodeClass = nodeClassToJSON(message.nodeClass));
    message.region !== undefined && (obj.region = message.region);
    message.hardware !== undefined && (obj.hardware = message.hardware);
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    message.x25519Pubkey !== undefined && (obj.x25519Pubkey = base64FromBytes(message.x25519Pubkey !== undefined ? message.x25519Pubkey : new Uint8Array()));
    if (message.models) {
      obj.models = message.models.map(e => e ? ServedModel.toJSON(e) : undefined);
    } else {
      obj.models = [];
    }
    message.stake !== undefined && (obj.stake = message.stake);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterNode>, I>>(object: I): MsgRegisterNode {
    const message = createBaseMsgRegisterNode();
    message.operator = object.operator ?? "";
    message.nodeClass = object.nodeClass ?? 0;
    message.region = object.region ?? "";
    message.hardware = object.hardware ?? "";
    message.energyClass = object.energyClass ?? "";
    message.x25519Pubkey = object.x25519Pubkey ?? new Uint8Array();
    message.models = object.models?.map(e => ServedModel.fromPartial(e)) || [];
    message.stake = object.stake ?? "";
    return message;
  }
};
function createBaseMsgRegisterNodeResponse(): MsgRegisterNodeResponse {
  return {};
}
export const MsgRegisterNodeResponse = {
  encode(_: MsgRegisterNodeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterNodeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterNodeResponse();
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
  fromJSON(_: any): MsgRegisterNodeResponse {
    const obj = createBaseMsgRegisterNodeResponse();
    return obj;
  },
  toJSON(_: MsgRegisterNodeResponse): JsonSafe<MsgRegisterNodeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterNodeResponse>, I>>(_: I): MsgRegisterNodeResponse {
    const message = createBaseMsgRegisterNodeResponse();
    return message;
  }
};
function createBaseMsgUpdateNode(): MsgUpdateNode {
  return {
    operator: "",
    region: "",
    hardware: "",
    energyClass: "",
    x25519Pubkey: new Uint8Array(),
    models: []
  };
}
export const MsgUpdateNode = {
  aminoType: "btt/compute/MsgUpdateNode",
  encode(message: MsgUpdateNode, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.region !== "") {
      writer.uint32(18).string(message.region);
    }
    if (message.hardware !== "") {
      writer.uint32(26).string(message.hardware);
    }
    if (message.energyClass !== "") {
      writer.uint32(34).string(message.energyClass);
    }
    if (message.x25519Pubkey.length !== 0) {
      writer.uint32(42).bytes(message.x25519Pubkey);
    }
    for (const v of message.models) {
      ServedModel.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateNode {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateNode();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.region = reader.string();
          break;
        case 3:
          message.hardware = reader.string();
          break;
        case 4:
          message.energyClass = reader.string();
          break;
        case 5:
          message.x25519Pubkey = reader.bytes();
          break;
        case 6:
          message.models.push(ServedModel.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateNode {
    const obj = createBaseMsgUpdateNode();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.hardware)) obj.hardware = String(object.hardware);
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    if (isSet(object.x25519Pubkey)) obj.x25519Pubkey = bytesFromBase64(object.x25519Pubkey);
    if (Array.isArray(object?.models)) obj.models = object.models.map((e: any) => ServedModel.fromJSON(e));
    return obj;
  },
  toJSON(message: MsgUpdateNode): JsonSafe<MsgUpdateNode> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.region !== undefined && (obj.region = message.region);
    message.hardware !== undefined && (obj.hardware = message.hardware);
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    message.x25519Pubkey !== undefined && (obj.x25519Pubkey = base64FromBytes(message.x25519Pubkey !== undefined ? message.x25519Pubkey : new Uint8Array()));
    if (message.models) {
      obj.models = message.models.map(e => e ? ServedModel.toJSON(e) : undefined);
    } else {
      obj.models = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateNode>, I>>(object: I): MsgUpdateNode {
    const message = createBaseMsgUpdateNode();
    message.operator = object.operator ?? "";
    message.region = object.region ?? "";
    message.hardware = object.hardware ?? "";
    message.energyClass = object.energyClass ?? "";
    message.x25519Pubkey = object.x25519Pubkey ?? new Uint8Array();
    message.models = object.models?.map(e => ServedModel.fromPartial(e)) || [];
    return message;
  }
};
function createBaseMsgUpdateNodeResponse(): MsgUpdateNodeResponse {
  return {};
}
export const MsgUpdateNodeResponse = {
  encode(_: MsgUpdateNodeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateNodeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateNodeResponse();
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
  fromJSON(_: any): MsgUpdateNodeResponse {
    const obj = createBaseMsgUpdateNodeResponse();
    return obj;
  },
  toJSON(_: MsgUpdateNodeResponse): JsonSafe<MsgUpdateNodeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateNodeResponse>, I>>(_: I): MsgUpdateNodeResponse {
    const message = createBaseMsgUpdateNodeResponse();
    return message;
  }
};
function createBaseMsgHeartbeat(): MsgHeartbeat {
  return {
    operator: ""
  };
}
export const MsgHeartbeat = {
  aminoType: "btt/compute/MsgHeartbeat",
  encode(message: MsgHeartbeat, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgHeartbeat {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgHeartbeat();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgHeartbeat {
    const obj = createBaseMsgHeartbeat();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    return obj;
  },
  toJSON(message: MsgHeartbeat): JsonSafe<MsgHeartbeat> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgHeartbeat>, I>>(object: I): MsgHeartbeat {
    const message = createBaseMsgHeartbeat();
    message.operator = object.operator ?? "";
    return message;
  }
};
function createBaseMsgHeartbeatResponse(): MsgHeartbeatResponse {
  return {};
}
export const MsgHeartbeatResponse = {
  encode(_: MsgHeartbeatResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgHeartbeatResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgHeartbeatResponse();
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
  fromJSON(_: any): MsgHeartbeatResponse {
    const obj = createBaseMsgHeartbeatResponse();
    return obj;
  },
  toJSON(_: MsgHeartbeatResponse): JsonSafe<MsgHeartbeatResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgHeartbeatResponse>, I>>(_: I): MsgHeartbeatResponse {
    const message = createBaseMsgHeartbeatResponse();
    return message;
  }
};
function createBaseMsgUnbondNode(): MsgUnbondNode {
  return {
    operator: ""
  };
}
export const MsgUnbondNode = {
  aminoType: "btt/compute/MsgUnbondNode",
  encode(message: MsgUnbondNode, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUnbondNode {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUnbondNode();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUnbondNode {
    const obj = createBaseMsgUnbondNode();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    return obj;
  },
  toJSON(message: MsgUnbondNode): JsonSafe<MsgUnbondNode> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUnbondNode>, I>>(object: I): MsgUnbondNode {
    const message = createBaseMsgUnbondNode();
    message.operator = object.operator ?? "";
    return message;
  }
};
function createBaseMsgUnbondNodeResponse(): MsgUnbondNodeResponse {
  return {
    unbondTime: BigInt(0)
  };
}
export const MsgUnbondNodeResponse = {
  encode(message: MsgUnbondNodeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.unbondTime !== BigInt(0)) {
      writer.uint32(8).int64(message.unbondTime);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUnbondNodeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUnbondNodeResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondTime = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUnbondNodeResponse {
    const obj = createBaseMsgUnbondNodeResponse();
    if (isSet(object.unbondTime)) obj.unbondTime = BigInt(object.unbondTime.toString());
    return obj;
  },
  toJSON(message: MsgUnbondNodeResponse): JsonSafe<MsgUnbondNodeResponse> {
    const obj: any = {};
    message.unbondTime !== undefined && (obj.unbondTime = (message.unbondTime || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUnbondNodeResponse>, I>>(object: I): MsgUnbondNodeResponse {
    const message = createBaseMsgUnbondNodeResponse();
    if (object.unbondTime !== undefined && object.unbondTime !== null) {
      message.unbondTime = BigInt(object.unbondTime.toString());
    }
    return message;
  }
};
function createBaseMsgRegisterModel(): MsgRegisterModel {
  return {
    authority: "",
    name: "",
    onnxSha256: new Uint8Array(),
    taskType: "",
    inputSpec: "",
    outputSpec: "",
    computeUnits: BigInt(0),
    priceFloor: "",
    canonicalization: ""
  };
}
export const MsgRegisterModel = {
  aminoType: "btt/compute/MsgRegisterModel",
  encode(message: MsgRegisterModel, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    if (message.onnxSha256.length !== 0) {
      writer.uint32(26).bytes(message.onnxSha256);
    }
    if (message.taskType !== "") {
      writer.uint32(34).string(message.taskType);
    }
    if (message.inputSpec !== "") {
      writer.uint32(42).string(message.inputSpec);
    }
    if (message.outputSpec !== "") {
      writer.uint32(50).string(message.outputSpec);
    }
    if (message.computeUnits !== BigInt(0)) {
      writer.uint32(56).uint64(message.computeUnits);
    }
    if (message.priceFloor !== "") {
      writer.uint32(66).string(message.priceFloor);
    }
    if (message.canonicalization !== "") {
      writer.uint32(74).string(message.canonicalization);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterModel {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterModel();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.name = reader.string();
          break;
        case 3:
          message.onnxSha256 = reader.bytes();
          break;
        case 4:
          message.taskType = reader.string();
          break;
        case 5:
          message.inputSpec = reader.string();
          break;
        case 6:
          message.outputSpec = reader.string();
          break;
        case 7:
          message.computeUnits = reader.uint64();
          break;
        case 8:
          message.priceFloor = reader.string();
          break;
        case 9:
          message.canonicalization = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterModel {
    const obj = createBaseMsgRegisterModel();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.onnxSha256)) obj.onnxSha256 = bytesFromBase64(object.onnxSha256);
    if (isSet(object.taskType)) obj.taskType = String(object.taskType);
    if (isSet(object.inputSpec)) obj.inputSpec = String(object.inputSpec);
    if (isSet(object.outputSpec)) obj.outputSpec = String(object.outputSpec);
    if (isSet(object.computeUnits)) obj.computeUnits = BigInt(object.computeUnits.toString());
    if (isSet(object.priceFloor)) obj.priceFloor = String(object.priceFloor);
    if (isSet(object.canonicalization)) obj.canonicalization = String(object.canonicalization);
    return obj;
  },
  toJSON(message: MsgRegisterModel): JsonSafe<MsgRegisterModel> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.name !== undefined && (obj.name = message.name);
    message.onnxSha256 !== undefined && (obj.onnxSha256 = base64FromBytes(message.onnxSha256 !== undefined ? message.onnxSha256 : new Uint8Array()));
    message.taskType !== undefined && (obj.taskType = message.taskType);
    message.inputSpec !== undefined && (obj.inputSpec = message.inputSpec);
    message.outputSpec !== undefined && (obj.outputSpec = message.outputSpec);
    message.computeUnits !== undefined && (obj.computeUnits = (message.computeUnits || BigInt(0)).toString());
    message.priceFloor !== undefined && (obj.priceFloor = message.priceFloor);
    message.canonicalization !== undefined && (obj.canonicalization = message.canonicalization);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterModel>, I>>(object: I): MsgRegisterModel {
    const message = createBaseMsgRegisterModel();
    message.authority = object.authority ?? "";
    message.name = object.name ?? "";
    message.onnxSha256 = object.onnxSha256 ?? new Uint8Array();
    message.taskType = object.taskType ?? "";
    message.inputSpec = object.inputSpec ?? "";
    message.outputSpec = object.outputSpec ?? "";
    if (object.computeUnits !== undefined && object.computeUnits !== null) {
      message.computeUnits = BigInt(object.computeUnits.toString());
    }
    message.priceFloor = object.priceFloor ?? "";
    message.canonicalization = object.canonicalization ?? "";
    return message;
  }
};
function createBaseMsgRegisterModelResponse(): MsgRegisterModelResponse {
  return {
    modelId: BigInt(0)
  };
}
export const MsgRegisterModelResponse = {
  encode(message: MsgRegisterModelResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.modelId !== BigInt(0)) {
      writer.uint32(8).uint64(message.modelId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterModelResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterModelResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.modelId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterModelResponse {
    const obj = createBaseMsgRegisterModelResponse();
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    return obj;
  },
  toJSON(message: MsgRegisterModelResponse): JsonSafe<MsgRegisterModelResponse> {
    const obj: any = {};
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterModelResponse>, I>>(object: I): MsgRegisterModelResponse {
    const message = createBaseMsgRegisterModelResponse();
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    return message;
  }
};
function createBaseMsgDeprecateModel(): MsgDeprecateModel {
  return {
    authority: "",
    modelId: BigInt(0)
  };
}
export const MsgDeprecateModel = {
  aminoType: "btt/compute/MsgDeprecateModel",
  encode(message: MsgDeprecateModel, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.modelId !== BigInt(0)) {
      writer.uint32(16).uint64(message.modelId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeprecateModel {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeprecateModel();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.modelId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgDeprecateModel {
    const obj = createBaseMsgDeprecateModel();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    return obj;
  },
  toJSON(message: MsgDeprecateModel): JsonSafe<MsgDeprecateModel> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgDeprecateModel>, I>>(object: I): MsgDeprecateModel {
    const message = createBaseMsgDeprecateModel();
    message.authority = object.authority ?? "";
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    return message;
  }
};
function createBaseMsgDeprecateModelResponse(): MsgDeprecateModelResponse {
  return {};
}
export const MsgDeprecateModelResponse = {
  encode(_: MsgDeprecateModelResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeprecateModelResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeprecateModelResponse();
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
  fromJSON(_: any): MsgDeprecateModelResponse {
    const obj = createBaseMsgDeprecateModelResponse();
    return obj;
  },
  toJSON(_: MsgDeprecateModelResponse): JsonSafe<MsgDeprecateModelResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgDeprecateModelResponse>, I>>(_: I): MsgDeprecateModelResponse {
    const message = createBaseMsgDeprecateModelResponse();
    return message;
  }
};
function createBaseMsgSubmitTask(): MsgSubmitTask {
  return {
    client: "",
    modelId: BigInt(0),
    inputSha256: new Uint8Array(),
    inputLocator: "",
    urgency: 0,
    replication: 0,
    maxFee: "",
    preferredRegion: ""
  };
}
export const MsgSubmitTask = {
  aminoType: "btt/compute/MsgSubmitTask",
  encode(message: MsgSubmitTask, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.client !== "") {
      writer.uint32(10).string(message.client);
    }
    if (message.modelId !== BigInt(0)) {
      writer.uint32(16).uint64(message.modelId);
    }
    if (message.inputSha256.length !== 0) {
      writer.uint32(26).bytes(message.inputSha256);
    }
    if (message.inputLocator !== "") {
      writer.uint32(34).string(message.inputLocator);
    }
    if (message.urgency !== 0) {
      writer.uint32(40).int32(message.urgency);
    }
    if (message.replication !== 0) {
      writer.uint32(48).uint32(message.replication);
    }
    if (message.maxFee !== "") {
      writer.uint32(58).string(message.maxFee);
    }
    if (message.preferredRegion !== "") {
      writer.uint32(66).string(message.preferredRegion);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSubmitTask {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSubmitTask();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.client = reader.string();
          break;
        case 2:
          message.modelId = reader.uint64();
          break;
        case 3:
          message.inputSha256 = reader.bytes();
          break;
        case 4:
          message.inputLocator = reader.string();
          break;
        case 5:
          message.urgency = reader.int32() as any;
          break;
        case 6:
          message.replication = reader.uint32();
          break;
        case 7:
          message.maxFee = reader.string();
          break;
        case 8:
          message.preferredRegion = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSubmitTask {
    const obj = createBaseMsgSubmitTask();
    if (isSet(object.client)) obj.client = String(object.client);
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    if (isSet(object.inputSha256)) obj.inputSha256 = bytesFromBase64(object.inputSha256);
    if (isSet(object.inputLocator)) obj.inputLocator = String(object.inputLocator);
    if (isSet(object.urgency)) obj.urgency = urgencyFromJSON(object.urgency);
    if (isSet(object.replication)) obj.replication = Number(object.replication);
    if (isSet(object.maxFee)) obj.maxFee = String(object.maxFee);
    if (isSet(object.preferredRegion)) obj.preferredRegion = String(object.preferredRegion);
    return obj;
  },
  toJSON(message: MsgSubmitTask): JsonSafe<MsgSubmitTask> {
    const obj: any = {};
    message.client !== undefined && (obj.client = message.client);
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    message.inputSha256 !== undefined && (obj.inputSha256 = base64FromBytes(message.inputSha256 !== undefined ? message.inputSha256 : new Uint8Array()));
    message.inputLocator !== undefined && (obj.inputLocator = message.inputLocator);
    message.urgency !== undefined && (obj.urgency = urgencyToJSON(message.urgency));
    message.replication !== undefined && (obj.replication = Math.round(message.replication));
    message.maxFee !== undefined && (obj.maxFee = message.maxFee);
    message.preferredRegion !== undefined && (obj.preferredRegion = message.preferredRegion);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSubmitTask>, I>>(object: I): MsgSubmitTask {
    const message = createBaseMsgSubmitTask();
    message.client = object.client ?? "";
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    message.inputSha256 = object.inputSha256 ?? new Uint8Array();
    message.inputLocator = object.inputLocator ?? "";
    message.urgency = object.urgency ?? 0;
    message.replication = object.replication ?? 0;
    message.maxFee = object.maxFee ?? "";
    message.preferredRegion = object.preferredRegion ?? "";
    return message;
  }
};
function createBaseMsgSubmitTaskResponse(): MsgSubmitTaskResponse {
  return {
    taskId: BigInt(0)
  };
}
export const MsgSubmitTaskResponse = {
  encode(message: MsgSubmitTaskResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSubmitTaskResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSubmitTaskResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSubmitTaskResponse {
    const obj = createBaseMsgSubmitTaskResponse();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    return obj;
  },
  toJSON(message: MsgSubmitTaskResponse): JsonSafe<MsgSubmitTaskResponse> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSubmitTaskResponse>, I>>(object: I): MsgSubmitTaskResponse {
    const message = createBaseMsgSubmitTaskResponse();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    return message;
  }
};
function createBaseMsgCommitResult(): MsgCommitResult {
  return {
    worker: "",
    taskId: BigInt(0),
    commitment: new Uint8Array()
  };
}
export const MsgCommitResult = {
  aminoType: "btt/compute/MsgCommitResult",
  encode(message: MsgCommitResult, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.worker !== "") {
      writer.uint32(10).string(message.worker);
    }
    if (message.taskId !== BigInt(0)) {
      writer.uint32(16).uint64(message.taskId);
    }
    if (message.commitment.length !== 0) {
      writer.uint32(26).bytes(message.commitment);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCommitResult {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCommitResult();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.worker = reader.string();
          break;
        case 2:
          message.taskId = reader.uint64();
          break;
        case 3:
          message.commitment = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCommitResult {
    const obj = createBaseMsgCommitResult();
    if (isSet(object.worker)) obj.worker = String(object.worker);
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.commitment)) obj.commitment = bytesFromBase64(object.commitment);
    return obj;
  },
  toJSON(message: MsgCommitResult): JsonSafe<MsgCommitResult> {
    const obj: any = {};
    message.worker !== undefined && (obj.worker = message.worker);
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.commitment !== undefined && (obj.commitment = base64FromBytes(message.commitment !== undefined ? message.commitment : new Uint8Array()));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCommitResult>, I>>(object: I): MsgCommitResult {
    const message = createBaseMsgCommitResult();
    message.worker = object.worker ?? "";
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.commitment = object.commitment ?? new Uint8Array();
    return message;
  }
};
function createBaseMsgCommitResultResponse(): MsgCommitResultResponse {
  return {};
}
export const MsgCommitResultResponse = {
  encode(_: MsgCommitResultResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCommitResultResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCommitResultResponse();
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
  fromJSON(_: any): MsgCommitResultResponse {
    const obj = createBaseMsgCommitResultResponse();
    return obj;
  },
  toJSON(_: MsgCommitResultResponse): JsonSafe<MsgCommitResultResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCommitResultResponse>, I>>(_: I): MsgCommitResultResponse {
    const message = createBaseMsgCommitResultResponse();
    return message;
  }
};
function createBaseMsgRevealResult(): MsgRevealResult {
  return {
    worker: "",
    taskId: BigInt(0),
    outputHash: new Uint8Array(),
    salt: new Uint8Array()
  };
}
export const MsgRevealResult = {
  aminoType: "btt/compute/MsgRevealResult",
  encode(message: MsgRevealResult, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.worker !== "") {
      writer.uint32(10).string(message.worker);
    }
    if (message.taskId !== BigInt(0)) {
      writer.uint32(16).uint64(message.taskId);
    }
    if (message.outputHash.length !== 0) {
      writer.uint32(26).bytes(message.outputHash);
    }
    if (message.salt.length !== 0) {
      writer.uint32(34).bytes(message.salt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRevealResult {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRevealResult();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.worker = reader.string();
          break;
        case 2:
          message.taskId = reader.uint64();
          break;
        case 3:
          message.outputHash = reader.bytes();
          break;
        case 4:
          message.salt = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRevealResult {
    const obj = createBaseMsgRevealResult();
    if (isSet(object.worker)) obj.worker = String(object.worker);
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.outputHash)) obj.outputHash = bytesFromBase64(object.outputHash);
    if (isSet(object.salt)) obj.salt = bytesFromBase64(object.salt);
    return obj;
  },
  toJSON(message: MsgRevealResult): JsonSafe<MsgRevealResult> {
    const obj: any = {};
    message.worker !== undefined && (obj.worker = message.worker);
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.outputHash !== undefined && (obj.outputHash = base64FromBytes(message.outputHash !== undefined ? message.outputHash : new Uint8Array()));
    message.salt !== undefined && (obj.salt = base64FromBytes(message.salt !== undefined ? message.salt : new Uint8Array()));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRevealResult>, I>>(object: I): MsgRevealResult {
    const message = createBaseMsgRevealResult();
    message.worker = object.worker ?? "";
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.outputHash = object.outputHash ?? new Uint8Array();
    message.salt = object.salt ?? new Uint8Array();
    return message;
  }
};
function createBaseMsgRevealResultResponse(): MsgRevealResultResponse {
  return {};
}
export const MsgRevealResultResponse = {
  encode(_: MsgRevealResultResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRevealResultResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRevealResultResponse();
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
  fromJSON(_: any): MsgRevealResultResponse {
    const obj = createBaseMsgRevealResultResponse();
    return obj;
  },
  toJSON(_: MsgRevealResultResponse): JsonSafe<MsgRevealResultResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRevealResultResponse>, I>>(_: I): MsgRevealResultResponse {
    const message = createBaseMsgRevealResultResponse();
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
  aminoType: "btt/compute/MsgUpdateParams",
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
function createBaseMsgAttestNode(): MsgAttestNode {
  return {
    verifier: "",
    node: "",
    energyClass: "",
    region: ""
  };
}
export const MsgAttestNode = {
  aminoType: "btt/compute/MsgAttestNode",
  encode(message: MsgAttestNode, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.verifier !== "") {
      writer.uint32(10).string(message.verifier);
    }
    if (message.node !== "") {
      writer.uint32(18).string(message.node);
    }
    if (message.energyClass !== "") {
      writer.uint32(26).string(message.energyClass);
    }
    if (message.region !== "") {
      writer.uint32(34).string(message.region);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAttestNode {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAttestNode();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.verifier = reader.string();
          break;
        case 2:
          message.node = reader.string();
          break;
        case 3:
          message.energyClass = reader.string();
          break;
        case 4:
          message.region = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAttestNode {
    const obj = createBaseMsgAttestNode();
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.node)) obj.node = String(object.node);
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    if (isSet(object.region)) obj.region = String(object.region);
    return obj;
  },
  toJSON(message: MsgAttestNode): JsonSafe<MsgAttestNode> {
    const obj: any = {};
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.node !== undefined && (obj.node = message.node);
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    message.region !== undefined && (obj.region = message.region);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAttestNode>, I>>(object: I): MsgAttestNode {
    const message = createBaseMsgAttestNode();
    message.verifier = object.verifier ?? "";
    message.node = object.node ?? "";
    message.energyClass = object.energyClass ?? "";
    message.region = object.region ?? "";
    return message;
  }
};
function createBaseMsgAttestNodeResponse(): MsgAttestNodeResponse {
  return {};
}
export const MsgAttestNodeResponse = {
  encode(_: MsgAttestNodeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAttestNodeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAttestNodeResponse();
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
  fromJSON(_: any): MsgAttestNodeResponse {
    const obj = createBaseMsgAttestNodeResponse();
    return obj;
  },
  toJSON(_: MsgAttestNodeResponse): JsonSafe<MsgAttestNodeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAttestNodeResponse>, I>>(_: I): MsgAttestNodeResponse {
    const message = createBaseMsgAttestNodeResponse();
    return message;
  }
};