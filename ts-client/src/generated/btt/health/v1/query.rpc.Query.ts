/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryActivityTypesRequest, QueryActivityTypesResponse, QueryVerifiersRequest, QueryVerifiersResponse, QueryDevicesRequest, QueryDevicesResponse, QueryActivityRequest, QueryActivityResponse, QueryPatientRequest, QueryPatientResponse, QueryScheduleRequest, QueryScheduleResponse } from "./query.js";
/** Query is the x/health query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  activityTypes(request?: QueryActivityTypesRequest): Promise<QueryActivityTypesResponse>;
  verifiers(request?: QueryVerifiersRequest): Promise<QueryVerifiersResponse>;
  devices(request?: QueryDevicesRequest): Promise<QueryDevicesResponse>;
  activity(request: QueryActivityRequest): Promise<QueryActivityResponse>;
  /** Patient returns a patient's points (pending points that have matured are shown as balance). */
  patient(request: QueryPatientRequest): Promise<QueryPatientResponse>;
  /**
   * Schedule shows the continuous distribution: this epoch's rate, budget and spend, the
   * community incentives pool, totals, and the recent epochs.
   */
  schedule(request?: QueryScheduleRequest): Promise<QueryScheduleResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.activityTypes = this.activityTypes.bind(this);
    this.verifiers = this.verifiers.bind(this);
    this.devices = this.devices.bind(this);
    this.activity = this.activity.bind(this);
    this.patient = this.patient.bind(this);
    this.schedule = this.schedule.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  activityTypes(request: QueryActivityTypesRequest = {}): Promise<QueryActivityTypesResponse> {
    const data = QueryActivityTypesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "ActivityTypes", data);
    return promise.then(data => QueryActivityTypesResponse.decode(new BinaryReader(data)));
  }
  verifiers(request: QueryVerifiersRequest = {}): Promise<QueryVerifiersResponse> {
    const data = QueryVerifiersRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "Verifiers", data);
    return promise.then(data => QueryVerifiersResponse.decode(new BinaryReader(data)));
  }
  devices(request: QueryDevicesRequest = {}): Promise<QueryDevicesResponse> {
    const data = QueryDevicesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "Devices", data);
    return promise.then(data => QueryDevicesResponse.decode(new BinaryReader(data)));
  }
  activity(request: QueryActivityRequest): Promise<QueryActivityResponse> {
    const data = QueryActivityRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "Activity", data);
    return promise.then(data => QueryActivityResponse.decode(new BinaryReader(data)));
  }
  patient(request: QueryPatientRequest): Promise<QueryPatientResponse> {
    const data = QueryPatientRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "Patient", data);
    return promise.then(data => QueryPatientResponse.decode(new BinaryReader(data)));
  }
  schedule(request: QueryScheduleRequest = {
    pagination: undefined
  }): Promise<QueryScheduleResponse> {
    const data = QueryScheduleRequest.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Query", "Schedule", data);
    return promise.then(data => QueryScheduleResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    activityTypes(request?: QueryActivityTypesRequest): Promise<QueryActivityTypesResponse> {
      return queryService.activityTypes(request);
    },
    verifiers(request?: QueryVerifiersRequest): Promise<QueryVerifiersResponse> {
      return queryService.verifiers(request);
    },
    devices(request?: QueryDevicesRequest): Promise<QueryDevicesResponse> {
      return queryService.devices(request);
    },
    activity(request: QueryActivityRequest): Promise<QueryActivityResponse> {
      return queryService.activity(request);
    },
    patient(request: QueryPatientRequest): Promise<QueryPatientResponse> {
      return queryService.patient(request);
    },
    schedule(request?: QueryScheduleRequest): Promise<QueryScheduleResponse> {
      return queryService.schedule(request);
    }
  };
};