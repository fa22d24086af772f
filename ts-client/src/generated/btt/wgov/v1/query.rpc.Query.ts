/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryClassesRequest, QueryClassesResponse, QueryScheduleRequest, QueryScheduleResponse, QueryTallyRequest, QueryTallyResponse, QueryElectionRequest, QueryElectionResponse } from "./query.js";
/** Query is the x/wgov query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  /** Classes: every class's members and their power now, and the weights in force now. */
  classes(request?: QueryClassesRequest): Promise<QueryClassesResponse>;
  /** Schedule: the dated class weights and the entry in force now. */
  schedule(request?: QueryScheduleRequest): Promise<QueryScheduleResponse>;
  /** Tally: a proposal's per-class breakdown, live during voting and final after. */
  tally(request: QueryTallyRequest): Promise<QueryTallyResponse>;
  /** Election: the current term, representatives, candidates with their votes so far, and seats. */
  election(request?: QueryElectionRequest): Promise<QueryElectionResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.classes = this.classes.bind(this);
    this.schedule = this.schedule.bind(this);
    this.tally = this.tally.bind(this);
    this.election = this.election.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  classes(request: QueryClassesRequest = {}): Promise<QueryClassesResponse> {
    const data = QueryClassesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Query", "Classes", data);
    return promise.then(data => QueryClassesResponse.decode(new BinaryReader(data)));
  }
  schedule(request: QueryScheduleRequest = {}): Promise<QueryScheduleResponse> {
    const data = QueryScheduleRequest.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Query", "Schedule", data);
    return promise.then(data => QueryScheduleResponse.decode(new BinaryReader(data)));
  }
  tally(request: QueryTallyRequest): Promise<QueryTallyResponse> {
    const data = QueryTallyRequest.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Query", "Tally", data);
    return promise.then(data => QueryTallyResponse.decode(new BinaryReader(data)));
  }
  election(request: QueryElectionRequest = {}): Promise<QueryElectionResponse> {
    const data = QueryElectionRequest.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Query", "Election", data);
    return promise.then(data => QueryElectionResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    classes(request?: QueryClassesRequest): Promise<QueryClassesResponse> {
      return queryService.classes(request);
    },
    schedule(request?: QueryScheduleRequest): Promise<QueryScheduleResponse> {
      return queryService.schedule(request);
    },
    tally(request: QueryTallyRequest): Promise<QueryTallyResponse> {
      return queryService.tally(request);
    },
    election(request?: QueryElectionRequest): Promise<QueryElectionResponse> {
      return queryService.election(request);
    }
  };
};