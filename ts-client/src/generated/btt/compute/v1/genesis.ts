/* eslint-disable */
import { Params, Node, Model, Task, NodeEpochStats } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** GenesisState is the x/compute genesis; it round-trips through export and import. */
export interface GenesisState {
  params: Params;
  nodes: Node[];
  models: Model[];
  tasks: Task[];
  epochStats: NodeEpochStats[];
  nextModelId: bigint;
  nextTaskId: bigint;
  /** last_epoch is the last epoch whose heartbeats were closed out. */
  lastEpoch: bigint;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    nodes: [],
    models: [],
    tasks: [],
    epochStats: [],
    nextModelId: BigInt(0),
    nextTaskId: BigInt(0),
    lastEpoch: BigInt(0)
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.nodes) {
      Node.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.models) {
      Model.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.tasks) {
      Task.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.epochStats) {
      NodeEpochStats.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    if (message.nextModelId !== BigInt(0)) {
      writer.uint32(48).uint64(message.nextModelId);
    }
    if (message.nextTaskId !== BigInt(0)) {
      writer.uint32(56).uint64(message.nextTaskId);
    }
    if (message.lastEpoch !== BigInt(0)) {
      writer.uint32(64).int64(message.lastEpoch);
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
          message.nodes.push(Node.decode(reader, reader.uint32()));
          break;
        case 3:
          message.models.push(Model.decode(reader, reader.uint32()));
          break;
        case 4:
          message.tasks.push(Task.decode(reader, reader.uint32()));
          break;
        case 5:
          message.epochStats.push(NodeEpochStats.decode(reader, reader.uint32()));
          break;
        case 6:
          message.nextModelId = reader.uint64();
          break;
        case 7:
          message.nextTaskId = reader.uint64();
          break;
        case 8:
          message.lastEpoch = reader.int64();
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
    if (Array.isArray(object?.nodes)) obj.nodes = object.nodes.map((e: any) => Node.fromJSON(e));
    if (Array.isArray(object?.models)) obj.models = object.models.map((e: any) => Model.fromJSON(e));
    if (Array.isArray(object?.tasks)) obj.tasks = object.tasks.map((e: any) => Task.fromJSON(e));
    if (Array.isArray(object?.epochStats)) obj.epochStats = object.epochStats.map((e: any) => NodeEpochStats.fromJSON(e));
    if (isSet(object.nextModelId)) obj.nextModelId = BigInt(object.nextModelId.toString());
    if (isSet(object.nextTaskId)) obj.nextTaskId = BigInt(object.nextTaskId.toString());
    if (isSet(object.lastEpoch)) obj.lastEpoch = BigInt(object.lastEpoch.toString());
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.nodes) {
      obj.nodes = message.nodes.map(e => e ? Node.toJSON(e) : undefined);
    } else {
      obj.nodes = [];
    }
    if (message.models) {
      obj.models = message.models.map(e => e ? Model.toJSON(e) : undefined);
    } else {
      obj.models = [];
    }
    if (message.tasks) {
      obj.tasks = message.tasks.map(e => e ? Task.toJSON(e) : undefined);
    } else {
      obj.tasks = [];
    }
    if (message.epochStats) {
      obj.epochStats = message.epochStats.map(e => e ? NodeEpochStats.toJSON(e) : undefined);
    } else {
      obj.epochStats = [];
    }
    message.nextModelId !== undefined && (obj.nextModelId = (message.nextModelId || BigInt(0)).toString());
    message.nextTaskId !== undefined && (obj.nextTaskId = (message.nextTaskId || BigInt(0)).toString());
    message.lastEpoch !== undefined && (obj.lastEpoch = (message.lastEpoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    message.nodes = object.nodes?.map(e => Node.fromPartial(e)) || [];
    message.models = object.models?.map(e => Model.fromPartial(e)) || [];
    message.tasks = object.tasks?.map(e => Task.fromPartial(e)) || [];
    message.epochStats = object.epochStats?.map(e => NodeEpochStats.fromPartial(e)) || [];
    if (object.nextModelId !== undefined && object.nextModelId !== null) {
      message.nextModelId = BigInt(object.nextModelId.toString());
    }
    if (object.nextTaskId !== undefined && object.nextTaskId !== null) {
      message.nextTaskId = BigInt(object.nextTaskId.toString());
    }
    if (object.lastEpoch !== undefined && object.lastEpoch !== null) {
      message.lastEpoch = BigInt(object.lastEpoch.toString());
    }
    return message;
  }
};