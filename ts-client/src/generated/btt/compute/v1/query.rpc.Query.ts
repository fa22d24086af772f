/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryNodesRequest, QueryNodesResponse, QueryNodeRequest, QueryNodeResponse, QueryModelsRequest, QueryModelsResponse, QueryModelRequest, QueryModelResponse, QueryTasksRequest, QueryTasksResponse, QueryTaskRequest, QueryTaskResponse, QueryNodeEpochStatsRequest, QueryNodeEpochStatsResponse, QueryCapacityByRegionRequest, QueryCapacityByRegionResponse } from "./query.js";
/** Query is the x/compute query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  /** Nodes lists nodes, optionally filtered by class, region, model and status. */
  nodes(request: QueryNodesRequest): Promise<QueryNodesResponse>;
  node(request: QueryNodeRequest): Promise<QueryNodeResponse>;
  models(request?: QueryModelsRequest): Promise<QueryModelsResponse>;
  model(request: QueryModelRequest): Promise<QueryModelResponse>;
  /** Tasks lists tasks, optionally filtered by client, assigned node and status. */
  tasks(request: QueryTasksRequest): Promise<QueryTasksResponse>;
  /** Task returns one task with its commits and reveals. */
  task(request: QueryTaskRequest): Promise<QueryTaskResponse>;
  /** NodeEpochStats returns the per-epoch records of a node (all epochs, or one). */
  nodeEpochStats(request: QueryNodeEpochStatsRequest): Promise<QueryNodeEpochStatsResponse>;
  /** CapacityByRegion sums active nodes' free and total capacity per region. */
  capacityByRegion(request?: QueryCapacityByRegionRequest): Promise<QueryCapacityByRegionResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.nodes = this.nodes.bind(this);
    this.node = this.node.bind(this);
    this.models = this.models.bind(this);
    this.model = this.model.bind(this);
    this.tasks = this.tasks.bind(this);
    this.task = this.task.bind(this);
    this.nodeEpochStats = this.nodeEpochStats.bind(this);
    this.capacityByRegion = this.capacityByRegion.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  nodes(request: QueryNodesRequest): Promise<QueryNodesResponse> {
    const data = QueryNodesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Nodes", data);
    return promise.then(data => QueryNodesResponse.decode(new BinaryReader(data)));
  }
  node(request: QueryNodeRequest): Promise<QueryNodeResponse> {
    const data = QueryNodeRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Node", data);
    return promise.then(data => QueryNodeResponse.decode(new BinaryReader(data)));
  }
  models(request: QueryModelsRequest = {
    pagination: undefined
  }): Promise<QueryModelsResponse> {
    const data = QueryModelsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Models", data);
    return promise.then(data => QueryModelsResponse.decode(new BinaryReader(data)));
  }
  model(request: QueryModelRequest): Promise<QueryModelResponse> {
    const data = QueryModelRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Model", data);
    return promise.then(data => QueryModelResponse.decode(new BinaryReader(data)));
  }
  tasks(request: QueryTasksRequest): Promise<QueryTasksResponse> {
    const data = QueryTasksRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Tasks", data);
    return promise.then(data => QueryTasksResponse.decode(new BinaryReader(data)));
  }
  task(request: QueryTaskRequest): Promise<QueryTaskResponse> {
    const data = QueryTaskRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "Task", data);
    return promise.then(data => QueryTaskResponse.decode(new BinaryReader(data)));
  }
  nodeEpochStats(request: QueryNodeEpochStatsRequest): Promise<QueryNodeEpochStatsResponse> {
    const data = QueryNodeEpochStatsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "NodeEpochStats", data);
    return promise.then(data => QueryNodeEpochStatsResponse.decode(new BinaryReader(data)));
  }
  capacityByRegion(request: QueryCapacityByRegionRequest = {}): Promise<QueryCapacityByRegionResponse> {
    const data = QueryCapacityByRegionRequest.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Query", "CapacityByRegion", data);
    return promise.then(data => QueryCapacityByRegionResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    nodes(request: QueryNodesRequest): Promise<QueryNodesResponse> {
      return queryService.nodes(request);
    },
    node(request: QueryNodeRequest): Promise<QueryNodeResponse> {
      return queryService.node(request);
    },
    models(request?: QueryModelsRequest): Promise<QueryModelsResponse> {
      return queryService.models(request);
    },
    model(request: QueryModelRequest): Promise<QueryModelResponse> {
      return queryService.model(request);
    },
    tasks(request: QueryTasksRequest): Promise<QueryTasksResponse> {
      return queryService.tasks(request);
    },
    task(request: QueryTaskRequest): Promise<QueryTaskResponse> {
      return queryService.task(request);
    },
    nodeEpochStats(request: QueryNodeEpochStatsRequest): Promise<QueryNodeEpochStatsResponse> {
      return queryService.nodeEpochStats(request);
    },
    capacityByRegion(request?: QueryCapacityByRegionRequest): Promise<QueryCapacityByRegionResponse> {
      return queryService.capacityByRegion(request);
    }
  };
};