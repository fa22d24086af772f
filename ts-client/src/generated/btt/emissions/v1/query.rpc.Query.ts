/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryScheduleRequest, QueryScheduleResponse, QuerySupplyRequest, QuerySupplyResponse, QueryEpochRewardsRequest, QueryEpochRewardsResponse, QueryNodeRewardsRequest, QueryNodeRewardsResponse, QueryMilestonesRequest, QueryMilestonesResponse, QueryEpochPayoutsRequest, QueryEpochPayoutsResponse } from "./query.js";
/** Query is the x/emissions query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  /** Schedule: per calendar year since genesis, released per source against the seed's table. */
  schedule(request?: QueryScheduleRequest): Promise<QueryScheduleResponse>;
  /** Supply: total, circulating, vesting-locked, each pool, burned. */
  supply(request?: QuerySupplyRequest): Promise<QuerySupplyResponse>;
  /** EpochRewards: one epoch's budget and every node's score and payout. */
  epochRewards(request: QueryEpochRewardsRequest): Promise<QueryEpochRewardsResponse>;
  /** NodeRewards: one node's rewards, epoch by epoch. */
  nodeRewards(request: QueryNodeRewardsRequest): Promise<QueryNodeRewardsResponse>;
  milestones(request?: QueryMilestonesRequest): Promise<QueryMilestonesResponse>;
  /** EpochPayouts: epoch payouts in progress or queued (an epoch is paid over several blocks). */
  epochPayouts(request?: QueryEpochPayoutsRequest): Promise<QueryEpochPayoutsResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.schedule = this.schedule.bind(this);
    this.supply = this.supply.bind(this);
    this.epochRewards = this.epochRewards.bind(this);
    this.nodeRewards = this.nodeRewards.bind(this);
    this.milestones = this.milestones.bind(this);
    this.epochPayouts = this.epochPayouts.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  schedule(request: QueryScheduleRequest = {}): Promise<QueryScheduleResponse> {
    const data = QueryScheduleRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "Schedule", data);
    return promise.then(data => QueryScheduleResponse.decode(new BinaryReader(data)));
  }
  supply(request: QuerySupplyRequest = {}): Promise<QuerySupplyResponse> {
    const data = QuerySupplyRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "Supply", data);
    return promise.then(data => QuerySupplyResponse.decode(new BinaryReader(data)));
  }
  epochRewards(request: QueryEpochRewardsRequest): Promise<QueryEpochRewardsResponse> {
    const data = QueryEpochRewardsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "EpochRewards", data);
    return promise.then(data => QueryEpochRewardsResponse.decode(new BinaryReader(data)));
  }
  nodeRewards(request: QueryNodeRewardsRequest): Promise<QueryNodeRewardsResponse> {
    const data = QueryNodeRewardsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "NodeRewards", data);
    return promise.then(data => QueryNodeRewardsResponse.decode(new BinaryReader(data)));
  }
  milestones(request: QueryMilestonesRequest = {}): Promise<QueryMilestonesResponse> {
    const data = QueryMilestonesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "Milestones", data);
    return promise.then(data => QueryMilestonesResponse.decode(new BinaryReader(data)));
  }
  epochPayouts(request: QueryEpochPayoutsRequest = {}): Promise<QueryEpochPayoutsResponse> {
    const data = QueryEpochPayoutsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Query", "EpochPayouts", data);
    return promise.then(data => QueryEpochPayoutsResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    schedule(request?: QueryScheduleRequest): Promise<QueryScheduleResponse> {
      return queryService.schedule(request);
    },
    supply(request?: QuerySupplyRequest): Promise<QuerySupplyResponse> {
      return queryService.supply(request);
    },
    epochRewards(request: QueryEpochRewardsRequest): Promise<QueryEpochRewardsResponse> {
      return queryService.epochRewards(request);
    },
    nodeRewards(request: QueryNodeRewardsRequest): Promise<QueryNodeRewardsResponse> {
      return queryService.nodeRewards(request);
    },
    milestones(request?: QueryMilestonesRequest): Promise<QueryMilestonesResponse> {
      return queryService.milestones(request);
    },
    epochPayouts(request?: QueryEpochPayoutsRequest): Promise<QueryEpochPayoutsResponse> {
      return queryService.epochPayouts(request);
    }
  };
};