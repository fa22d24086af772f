/* eslint-disable */
import { NodeClass, NodeStatus, TaskStatus, Params, Node, Model, Task, NodeEpochStats, nodeClassFromJSON, nodeStatusFromJSON, nodeClassToJSON, nodeStatusToJSON, taskStatusFromJSON, taskStatusToJSON } from "./types.js";
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet } from "cosmjs-types/helpers";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryNodesRequest {
  nodeClass: NodeClass;
  region: string;
  modelId: bigint;
  status: NodeStatus;
  pagination?: PageRequest;
}
export interface QueryNodesResponse {
  nodes: Node[];
  pagination?: PageResponse;
}
export interface QueryNodeRequest {
  operator: string;
}
export interface QueryNodeResponse {
  node: Node;
}
export interface QueryModelsRequest {
  pagination?: PageRequest;
}
export interface QueryModelsResponse {
  models: Model[];
  pagination?: PageResponse;
}
export interface QueryModelRequest {
  id: bigint;
}
export interface QueryModelResponse {
  model: Model;
}
export interface QueryTasksRequest {
  client: string;
  /** worker filters by assigned node operator (not "node": that flag is the CometBFT RPC address). */
  worker: string;
  status: TaskStatus;
  pagination?: PageRequest;
}
export interface QueryTasksResponse {
  tasks: Task[];
  pagination?: PageResponse;
}
export interface QueryTaskRequest {
  id: bigint;
}
export interface QueryTaskResponse {
  task: Task;
}
export interface QueryNodeEpochStatsRequest {
  operator: string;
  /** epoch 0 means every recorded epoch. */
  epoch: bigint;
}
export interface QueryNodeEpochStatsResponse {
  stats: NodeEpochStats[];
}
export interface QueryCapacityByRegionRequest {}
export interface RegionCapacity {
  region: string;
  nodes: number;
  capacity: bigint;
  free: bigint;
}
export interface QueryCapacityByRegionResponse {
  regions: RegionCapacity[];
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
function createBaseQueryNodesRequest(): QueryNodesRequest {
  return {
    nodeClass: 0,
    region: "",
    modelId: BigInt(0),
    status: 0,
    pagination: undefined
  };
}
export const QueryNodesRequest = {
  encode(message: QueryNodesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nodeClass !== 0) {
      writer.uint32(8).int32(message.nodeClass);
    }
    if (message.region !== "") {
      writer.uint32(18).string(message.region);
    }
    if (message.modelId !== BigInt(0)) {
      writer.uint32(24).uint64(message.modelId);
    }
    if (message.status !== 0) {
      writer.uint32(32).int32(message.status);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(42).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nodeClass = reader.int32() as any;
          break;
        case 2:
          message.region = reader.string();
          break;
        case 3:
          message.modelId = reader.uint64();
          break;
        case 4:
          message.status = reader.int32() as any;
          break;
        case 5:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodesRequest {
    const obj = createBaseQueryNodesRequest();
    if (isSet(object.nodeClass)) obj.nodeClass = nodeClassFromJSON(object.nodeClass);
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    if (isSet(object.status)) obj.status = nodeStatusFromJSON(object.status);
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryNodesRequest): JsonSafe<QueryNodesRequest> {
    const obj: any = {};
    message.nodeClass !== undefined && (obj.nodeClass = nodeClassToJSON(message.nodeClass));
    message.region !== undefined && (obj.region = message.region);
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    message.status !== undefined && (obj.status = nodeStatusToJSON(message.status));
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodesRequest>, I>>(object: I): QueryNodesRequest {
    const message = createBaseQueryNodesRequest();
    message.nodeClass = object.nodeClass ?? 0;
    message.region = object.region ?? "";
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    message.status = object.status ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryNodesResponse(): QueryNodesResponse {
  return {
    nodes: [],
    pagination: undefined
  };
}
export const QueryNodesResponse = {
  encode(message: QueryNodesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.nodes) {
      Node.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nodes.push(Node.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodesResponse {
    const obj = createBaseQueryNodesResponse();
    if (Array.isArray(object?.nodes)) obj.nodes = object.nodes.map((e: any) => Node.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryNodesResponse): JsonSafe<QueryNodesResponse> {
    const obj: any = {};
    if (message.nodes) {
      obj.nodes = message.nodes.map(e => e ? Node.toJSON(e) : undefined);
    } else {
      obj.nodes = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodesResponse>, I>>(object: I): QueryNodesResponse {
    const message = createBaseQueryNodesResponse();
    message.nodes = object.nodes?.map(e => Node.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryNodeRequest(): QueryNodeRequest {
  return {
    operator: ""
  };
}
export const QueryNodeRequest = {
  encode(message: QueryNodeRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodeRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodeRequest();
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
  fromJSON(object: any): QueryNodeRequest {
    const obj = createBaseQueryNodeRequest();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    return obj;
  },
  toJSON(message: QueryNodeRequest): JsonSafe<QueryNodeRequest> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodeRequest>, I>>(object: I): QueryNodeRequest {
    const message = createBaseQueryNodeRequest();
    message.operator = object.operator ?? "";
    return message;
  }
};
function createBaseQueryNodeResponse(): QueryNodeResponse {
  return {
    node: Node.fromPartial({})
  };
}
export const QueryNodeResponse = {
  encode(message: QueryNodeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.node !== undefined) {
      Node.encode(message.node, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodeResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.node = Node.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodeResponse {
    const obj = createBaseQueryNodeResponse();
    if (isSet(object.node)) obj.node = Node.fromJSON(object.node);
    return obj;
  },
  toJSON(message: QueryNodeResponse): JsonSafe<QueryNodeResponse> {
    const obj: any = {};
    message.node !== undefined && (obj.node = message.node ? Node.toJSON(message.node) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodeResponse>, I>>(object: I): QueryNodeResponse {
    const message = createBaseQueryNodeResponse();
    if (object.node !== undefined && object.node !== null) {
      message.node = Node.fromPartial(object.node);
    }
    return message;
  }
};
function createBaseQueryModelsRequest(): QueryModelsRequest {
  return {
    pagination: undefined
  };
}
export const QueryModelsRequest = {
  encode(message: QueryModelsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryModelsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryModelsRequest();
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
  fromJSON(object: any): QueryModelsRequest {
    const obj = createBaseQueryModelsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryModelsRequest): JsonSafe<QueryModelsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryModelsRequest>, I>>(object: I): QueryModelsRequest {
    const message = createBaseQueryModelsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryModelsResponse(): QueryModelsResponse {
  return {
    models: [],
    pagination: undefined
  };
}
export const QueryModelsResponse = {
  encode(message: QueryModelsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.models) {
      Model.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryModelsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryModelsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.models.push(Model.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryModelsResponse {
    const obj = createBaseQueryModelsResponse();
    if (Array.isArray(object?.models)) obj.models = object.models.map((e: any) => Model.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryModelsResponse): JsonSafe<QueryModelsResponse> {
    const obj: any = {};
    if (message.models) {
      obj.models = message.models.map(e => e ? Model.toJSON(e) : undefined);
    } else {
      obj.models = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryModelsResponse>, I>>(object: I): QueryModelsResponse {
    const message = createBaseQueryModelsResponse();
    message.models = object.models?.map(e => Model.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryModelRequest(): QueryModelRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryModelRequest = {
  encode(message: QueryModelRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryModelRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryModelRequest();
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
  fromJSON(object: any): QueryModelRequest {
    const obj = createBaseQueryModelRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryModelRequest): JsonSafe<QueryModelRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryModelRequest>, I>>(object: I): QueryModelRequest {
    const message = createBaseQueryModelRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryModelResponse(): QueryModelResponse {
  return {
    model: Model.fromPartial({})
  };
}
export const QueryModelResponse = {
  encode(message: QueryModelResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.model !== undefined) {
      Model.encode(message.model, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryModelResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryModelResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.model = Model.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryModelResponse {
    const obj = createBaseQueryModelResponse();
    if (isSet(object.model)) obj.model = Model.fromJSON(object.model);
    return obj;
  },
  toJSON(message: QueryModelResponse): JsonSafe<QueryModelResponse> {
    const obj: any = {};
    message.model !== undefined && (obj.model = message.model ? Model.toJSON(message.model) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryModelResponse>, I>>(object: I): QueryModelResponse {
    const message = createBaseQueryModelResponse();
    if (object.model !== undefined && object.model !== null) {
      message.model = Model.fromPartial(object.model);
    }
    return message;
  }
};
function createBaseQueryTasksRequest(): QueryTasksRequest {
  return {
    client: "",
    worker: "",
    status: 0,
    pagination: undefined
  };
}
export const QueryTasksRequest = {
  encode(message: QueryTasksRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.client !== "") {
      writer.uint32(10).string(message.client);
    }
    if (message.worker !== "") {
      writer.uint32(18).string(message.worker);
    }
    if (message.status !== 0) {
      writer.uint32(24).int32(message.status);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTasksRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTasksRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.client = reader.string();
          break;
        case 2:
          message.worker = reader.string();
          break;
        case 3:
          message.status = reader.int32() as any;
          break;
        case 4:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTasksRequest {
    const obj = createBaseQueryTasksRequest();
    if (isSet(object.client)) obj.client = String(object.client);
    if (isSet(object.worker)) obj.worker = String(object.worker);
    if (isSet(object.status)) obj.status = taskStatusFromJSON(object.status);
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryTasksRequest): JsonSafe<QueryTasksRequest> {
    const obj: any = {};
    message.client !== undefined && (obj.client = message.client);
    message.worker !== undefined && (obj.worker = message.worker);
    message.status !== undefined && (obj.status = taskStatusToJSON(message.status));
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTasksRequest>, I>>(object: I): QueryTasksRequest {
    const message = createBaseQueryTasksRequest();
    message.client = object.client ?? "";
    message.worker = object.worker ?? "";
    message.status = object.status ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryTasksResponse(): QueryTasksResponse {
  return {
    tasks: [],
    pagination: undefined
  };
}
export const QueryTasksResponse = {
  encode(message: QueryTasksResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.tasks) {
      Task.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTasksResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTasksResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tasks.push(Task.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTasksResponse {
    const obj = createBaseQueryTasksResponse();
    if (Array.isArray(object?.tasks)) obj.tasks = object.tasks.map((e: any) => Task.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryTasksResponse): JsonSafe<QueryTasksResponse> {
    const obj: any = {};
    if (message.tasks) {
      obj.tasks = message.tasks.map(e => e ? Task.toJSON(e) : undefined);
    } else {
      obj.tasks = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTasksResponse>, I>>(object: I): QueryTasksResponse {
    const message = createBaseQueryTasksResponse();
    message.tasks = object.tasks?.map(e => Task.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryTaskRequest(): QueryTaskRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryTaskRequest = {
  encode(message: QueryTaskRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTaskRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTaskRequest();
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
  fromJSON(object: any): QueryTaskRequest {
    const obj = createBaseQueryTaskRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryTaskRequest): JsonSafe<QueryTaskRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTaskRequest>, I>>(object: I): QueryTaskRequest {
    const message = createBaseQueryTaskRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryTaskResponse(): QueryTaskResponse {
  return {
    task: Task.fromPartial({})
  };
}
export const QueryTaskResponse = {
  encode(message: QueryTaskResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.task !== undefined) {
      Task.encode(message.task, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTaskResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTaskResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.task = Task.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTaskResponse {
    const obj = createBaseQueryTaskResponse();
    if (isSet(object.task)) obj.task = Task.fromJSON(object.task);
    return obj;
  },
  toJSON(message: QueryTaskResponse): JsonSafe<QueryTaskResponse> {
    const obj: any = {};
    message.task !== undefined && (obj.task = message.task ? Task.toJSON(message.task) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTaskResponse>, I>>(object: I): QueryTaskResponse {
    const message = createBaseQueryTaskResponse();
    if (object.task !== undefined && object.task !== null) {
      message.task = Task.fromPartial(object.task);
    }
    return message;
  }
};
function createBaseQueryNodeEpochStatsRequest(): QueryNodeEpochStatsRequest {
  return {
    operator: "",
    epoch: BigInt(0)
  };
}
export const QueryNodeEpochStatsRequest = {
  encode(message: QueryNodeEpochStatsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(16).int64(message.epoch);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodeEpochStatsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodeEpochStatsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.epoch = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodeEpochStatsRequest {
    const obj = createBaseQueryNodeEpochStatsRequest();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    return obj;
  },
  toJSON(message: QueryNodeEpochStatsRequest): JsonSafe<QueryNodeEpochStatsRequest> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodeEpochStatsRequest>, I>>(object: I): QueryNodeEpochStatsRequest {
    const message = createBaseQueryNodeEpochStatsRequest();
    message.operator = object.operator ?? "";
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    return message;
  }
};
function createBaseQueryNodeEpochStatsResponse(): QueryNodeEpochStatsResponse {
  return {
    stats: []
  };
}
export const QueryNodeEpochStatsResponse = {
  encode(message: QueryNodeEpochStatsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.stats) {
      NodeEpochStats.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodeEpochStatsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodeEpochStatsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.stats.push(NodeEpochStats.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodeEpochStatsResponse {
    const obj = createBaseQueryNodeEpochStatsResponse();
    if (Array.isArray(object?.stats)) obj.stats = object.stats.map((e: any) => NodeEpochStats.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryNodeEpochStatsResponse): JsonSafe<QueryNodeEpochStatsResponse> {
    const obj: any = {};
    if (message.stats) {
      obj.stats = message.stats.map(e => e ? NodeEpochStats.toJSON(e) : undefined);
    } else {
      obj.stats = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodeEpochStatsResponse>, I>>(object: I): QueryNodeEpochStatsResponse {
    const message = createBaseQueryNodeEpochStatsResponse();
    message.stats = object.stats?.map(e => NodeEpochStats.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryCapacityByRegionRequest(): QueryCapacityByRegionRequest {
  return {};
}
export const QueryCapacityByRegionRequest = {
  encode(_: QueryCapacityByRegionRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCapacityByRegionRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCapacityByRegionRequest();
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
  fromJSON(_: any): QueryCapacityByRegionRequest {
    const obj = createBaseQueryCapacityByRegionRequest();
    return obj;
  },
  toJSON(_: QueryCapacityByRegionRequest): JsonSafe<QueryCapacityByRegionRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCapacityByRegionRequest>, I>>(_: I): QueryCapacityByRegionRequest {
    const message = createBaseQueryCapacityByRegionRequest();
    return message;
  }
};
function createBaseRegionCapacity(): RegionCapacity {
  return {
    region: "",
    nodes: 0,
    capacity: BigInt(0),
    free: BigInt(0)
  };
}
export const RegionCapacity = {
  encode(message: RegionCapacity, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.region !== "") {
      writer.uint32(10).string(message.region);
    }
    if (message.nodes !== 0) {
      writer.uint32(16).uint32(message.nodes);
    }
    if (message.capacity !== BigInt(0)) {
      writer.uint32(24).uint64(message.capacity);
    }
    if (message.free !== BigInt(0)) {
      writer.uint32(32).uint64(message.free);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): RegionCapacity {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRegionCapacity();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.region = reader.string();
          break;
        case 2:
          message.nodes = reader.uint32();
          break;
        case 3:
          message.capacity = reader.uint64();
          break;
        case 4:
          message.free = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): RegionCapacity {
    const obj = createBaseRegionCapacity();
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.nodes)) obj.nodes = Number(object.nodes);
    if (isSet(object.capacity)) obj.capacity = BigInt(object.capacity.toString());
    if (isSet(object.free)) obj.free = BigInt(object.free.toString());
    return obj;
  },
  toJSON(message: RegionCapacity): JsonSafe<RegionCapacity> {
    const obj: any = {};
    message.region !== undefined && (obj.region = message.region);
    message.nodes !== undefined && (obj.nodes = Math.round(message.nodes));
    message.capacity !== undefined && (obj.capacity = (message.capacity || BigInt(0)).toString());
    message.free !== undefined && (obj.free = (message.free || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<RegionCapacity>, I>>(object: I): RegionCapacity {
    const message = createBaseRegionCapacity();
    message.region = object.region ?? "";
    message.nodes = object.nodes ?? 0;
    if (object.capacity !== undefined && object.capacity !== null) {
      message.capacity = BigInt(object.capacity.toString());
    }
    if (object.free !== undefined && object.free !== null) {
      message.free = BigInt(object.free.toString());
    }
    return message;
  }
};
function createBaseQueryCapacityByRegionResponse(): QueryCapacityByRegionResponse {
  return {
    regions: []
  };
}
export const QueryCapacityByRegionResponse = {
  encode(message: QueryCapacityByRegionResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.regions) {
      RegionCapacity.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCapacityByRegionResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCapacityByRegionResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.regions.push(RegionCapacity.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCapacityByRegionResponse {
    const obj = createBaseQueryCapacityByRegionResponse();
    if (Array.isArray(object?.regions)) obj.regions = object.regions.map((e: any) => RegionCapacity.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryCapacityByRegionResponse): JsonSafe<QueryCapacityByRegionResponse> {
    const obj: any = {};
    if (message.regions) {
      obj.regions = message.regions.map(e => e ? RegionCapacity.toJSON(e) : undefined);
    } else {
      obj.regions = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCapacityByRegionResponse>, I>>(object: I): QueryCapacityByRegionResponse {
    const message = createBaseQueryCapacityByRegionResponse();
    message.regions = object.regions?.map(e => RegionCapacity.fromPartial(e)) || [];
    return message;
  }
};