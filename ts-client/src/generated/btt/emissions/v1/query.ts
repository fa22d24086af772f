/* eslint-disable */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Params, EpochReward, NodeReward, Milestone, EpochPayout } from "./types.js";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryScheduleRequest {}
/** ScheduleYear is one calendar year since genesis (year 1 starts at genesis). */
export interface ScheduleYear {
  year: number;
  start: Timestamp;
  /** Vesting unlocks scheduled in the year by the institutional vesting accounts. */
  vestingUnlocks: string;
  mining: string;
  milestones: string;
  /** Ecosystem fund, community incentives and reserve spends. */
  funds: string;
  total: string;
  /** The seed's release table: 22/18/15/12/10% for years 1-5, 23% for year 6 on. */
  seedPercent: number;
  seedPlanned: string;
  /** Mining budget scheduled for the year (the 8-year schedule spread by time). */
  miningScheduled: string;
}
export interface QueryScheduleResponse {
  genesisTime: Timestamp;
  currentYear: number;
  years: ScheduleYear[];
}
export interface QuerySupplyRequest {}
export interface PoolBalance {
  name: string;
  address: string;
  amount: string;
}
export interface QuerySupplyResponse {
  /** Bank supply of abtt now. */
  total: string;
  burned: string;
  /** total + burned; always 210,000,000 BTT. */
  totalPlusBurned: string;
  vestingLocked: string;
  /** Sum of the pools below. */
  poolsTotal: string;
  /** total - vesting_locked - pools_total. */
  circulating: string;
  pools: PoolBalance[];
  miningPaid: string;
  feeSplitTotal: string;
}
export interface QueryEpochRewardsRequest {
  epoch: bigint;
}
export interface QueryEpochRewardsResponse {
  epochReward: EpochReward;
  nodeRewards: NodeReward[];
}
export interface QueryNodeRewardsRequest {
  node: string;
  pagination?: PageRequest;
}
export interface QueryNodeRewardsResponse {
  nodeRewards: NodeReward[];
  total: string;
  pagination?: PageResponse;
}
export interface QueryMilestonesRequest {}
export interface QueryMilestonesResponse {
  milestones: Milestone[];
  /** Foundation cap at the current block time and what has been released. */
  cap: string;
  released: string;
}
export interface QueryEpochPayoutsRequest {}
export interface QueryEpochPayoutsResponse {
  payouts: EpochPayout[];
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
function createBaseQueryScheduleRequest(): QueryScheduleRequest {
  return {};
}
export const QueryScheduleRequest = {
  encode(_: QueryScheduleRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryScheduleRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryScheduleRequest();
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
  fromJSON(_: any): QueryScheduleRequest {
    const obj = createBaseQueryScheduleRequest();
    return obj;
  },
  toJSON(_: QueryScheduleRequest): JsonSafe<QueryScheduleRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryScheduleRequest>, I>>(_: I): QueryScheduleRequest {
    const message = createBaseQueryScheduleRequest();
    return message;
  }
};
function createBaseScheduleYear(): ScheduleYear {
  return {
    year: 0,
    start: Timestamp.fromPartial({}),
    vestingUnlocks: "",
    mining: "",
    milestones: "",
    funds: "",
    total: "",
    seedPercent: 0,
    seedPlanned: "",
    miningScheduled: ""
  };
}
export const ScheduleYear = {
  encode(message: ScheduleYear, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.year !== 0) {
      writer.uint32(8).uint32(message.year);
    }
    if (message.start !== undefined) {
      Timestamp.encode(message.start, writer.uint32(18).fork()).ldelim();
    }
    if (message.vestingUnlocks !== "") {
      writer.uint32(26).string(message.vestingUnlocks);
    }
    if (message.mining !== "") {
      writer.uint32(34).string(message.mining);
    }
    if (message.milestones !== "") {
      writer.uint32(42).string(message.milestones);
    }
    if (message.funds !== "") {
      writer.uint32(50).string(message.funds);
    }
    if (message.total !== "") {
      writer.uint32(58).string(message.total);
    }
    if (message.seedPercent !== 0) {
      writer.uint32(64).uint32(message.seedPercent);
    }
    if (message.seedPlanned !== "") {
      writer.uint32(74).string(message.seedPlanned);
    }
    if (message.miningScheduled !== "") {
      writer.uint32(82).string(message.miningScheduled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ScheduleYear {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseScheduleYear();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.year = reader.uint32();
          break;
        case 2:
          message.start = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.vestingUnlocks = reader.string();
          break;
        case 4:
          message.mining = reader.string();
          break;
        case 5:
          message.milestones = reader.string();
          break;
        case 6:
          message.funds = reader.string();
          break;
        case 7:
          message.total = reader.string();
          break;
        case 8:
          message.seedPercent = reader.uint32();
          break;
        case 9:
          message.seedPlanned = reader.string();
          break;
        case 10:
          message.miningScheduled = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ScheduleYear {
    const obj = createBaseScheduleYear();
    if (isSet(object.year)) obj.year = Number(object.year);
    if (isSet(object.start)) obj.start = fromJsonTimestamp(object.start);
    if (isSet(object.vestingUnlocks)) obj.vestingUnlocks = String(object.vestingUnlocks);
    if (isSet(object.mining)) obj.mining = String(object.mining);
    if (isSet(object.milestones)) obj.milestones = String(object.milestones);
    if (isSet(object.funds)) obj.funds = String(object.funds);
    if (isSet(object.total)) obj.total = String(object.total);
    if (isSet(object.seedPercent)) obj.seedPercent = Number(object.seedPercent);
    if (isSet(object.seedPlanned)) obj.seedPlanned = String(object.seedPlanned);
    if (isSet(object.miningScheduled)) obj.miningScheduled = String(object.miningScheduled);
    return obj;
  },
  toJSON(message: ScheduleYear): JsonSafe<ScheduleYear> {
    const obj: any = {};
    message.year !== undefined && (obj.year = Math.round(message.year));
    message.start !== undefined && (obj.start = fromTimestamp(message.start).toISOString());
    message.vestingUnlocks !== undefined && (obj.vestingUnlocks = message.vestingUnlocks);
    message.mining !== undefined && (obj.mining = message.mining);
    message.milestones !== undefined && (obj.milestones = message.milestones);
    message.funds !== undefined && (obj.funds = message.funds);
    message.total !== undefined && (obj.total = message.total);
    message.seedPercent !== undefined && (obj.seedPercent = Math.round(message.seedPercent));
    message.seedPlanned !== undefined && (obj.seedPlanned = message.seedPlanned);
    message.miningScheduled !== undefined && (obj.miningScheduled = message.miningScheduled);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ScheduleYear>, I>>(object: I): ScheduleYear {
    const message = createBaseScheduleYear();
    message.year = object.year ?? 0;
    if (object.start !== undefined && object.start !== null) {
      message.start = Timestamp.fromPartial(object.start);
    }
    message.vestingUnlocks = object.vestingUnlocks ?? "";
    message.mining = object.mining ?? "";
    message.milestones = object.milestones ?? "";
    message.funds = object.funds ?? "";
    message.total = object.total ?? "";
    message.seedPercent = object.seedPercent ?? 0;
    message.seedPlanned = object.seedPlanned ?? "";
    message.miningScheduled = object.miningScheduled ?? "";
    return message;
  }
};
function createBaseQueryScheduleResponse(): QueryScheduleResponse {
  return {
    genesisTime: Timestamp.fromPartial({}),
    currentYear: 0,
    years: []
  };
}
export const QueryScheduleResponse = {
  encode(message: QueryScheduleResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.genesisTime !== undefined) {
      Timestamp.encode(message.genesisTime, writer.uint32(10).fork()).ldelim();
    }
    if (message.currentYear !== 0) {
      writer.uint32(16).uint32(message.currentYear);
    }
    for (const v of message.years) {
      ScheduleYear.encode(v!, writer.uint32(26).fork()).ldelim();
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
          message.genesisTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 2:
          message.currentYear = reader.uint32();
          break;
        case 3:
          message.years.push(ScheduleYear.decode(reader, reader.uint32()));
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
    if (isSet(object.genesisTime)) obj.genesisTime = fromJsonTimestamp(object.genesisTime);
    if (isSet(object.currentYear)) obj.currentYear = Number(object.currentYear);
    if (Array.isArray(object?.years)) obj.years = object.years.map((e: any) => ScheduleYear.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryScheduleResponse): JsonSafe<QueryScheduleResponse> {
    const obj: any = {};
    message.genesisTime !== undefined && (obj.genesisTime = fromTimestamp(message.genesisTime).toISOString());
    message.currentYear !== undefined && (obj.currentYear = Math.round(message.currentYear));
    if (message.years) {
      obj.years = message.years.map(e => e ? ScheduleYear.toJSON(e) : undefined);
    } else {
      obj.years = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryScheduleResponse>, I>>(object: I): QueryScheduleResponse {
    const message = createBaseQueryScheduleResponse();
    if (object.genesisTime !== undefined && object.genesisTime !== null) {
      message.genesisTime = Timestamp.fromPartial(object.genesisTime);
    }
    message.currentYear = object.currentYear ?? 0;
    message.years = object.years?.map(e => ScheduleYear.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQuerySupplyRequest(): QuerySupplyRequest {
  return {};
}
export const QuerySupplyRequest = {
  encode(_: QuerySupplyRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySupplyRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySupplyRequest();
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
  fromJSON(_: any): QuerySupplyRequest {
    const obj = createBaseQuerySupplyRequest();
    return obj;
  },
  toJSON(_: QuerySupplyRequest): JsonSafe<QuerySupplyRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QuerySupplyRequest>, I>>(_: I): QuerySupplyRequest {
    const message = createBaseQuerySupplyRequest();
    return message;
  }
};
function createBasePoolBalance(): PoolBalance {
  return {
    name: "",
    address: "",
    amount: ""
  };
}
export const PoolBalance = {
  encode(message: PoolBalance, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.address !== "") {
      writer.uint32(18).string(message.address);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PoolBalance {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePoolBalance();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.name = reader.string();
          break;
        case 2:
          message.address = reader.string();
          break;
        case 3:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PoolBalance {
    const obj = createBasePoolBalance();
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: PoolBalance): JsonSafe<PoolBalance> {
    const obj: any = {};
    message.name !== undefined && (obj.name = message.name);
    message.address !== undefined && (obj.address = message.address);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PoolBalance>, I>>(object: I): PoolBalance {
    const message = createBasePoolBalance();
    message.name = object.name ?? "";
    message.address = object.address ?? "";
    message.amount = object.amount ?? "";
    return message;
  }
};
function createBaseQuerySupplyResponse(): QuerySupplyResponse {
  return {
    total: "",
    burned: "",
    totalPlusBurned: "",
    vestingLocked: "",
    poolsTotal: "",
    circulating: "",
    pools: [],
    miningPaid: "",
    feeSplitTotal: ""
  };
}
export const QuerySupplyResponse = {
  encode(message: QuerySupplyResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.total !== "") {
      writer.uint32(10).string(message.total);
    }
    if (message.burned !== "") {
      writer.uint32(18).string(message.burned);
    }
    if (message.totalPlusBurned !== "") {
      writer.uint32(26).string(message.totalPlusBurned);
    }
    if (message.vestingLocked !== "") {
      writer.uint32(34).string(message.vestingLocked);
    }
    if (message.poolsTotal !== "") {
      writer.uint32(42).string(message.poolsTotal);
    }
    if (message.circulating !== "") {
      writer.uint32(50).string(message.circulating);
    }
    for (const v of message.pools) {
      PoolBalance.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.miningPaid !== "") {
      writer.uint32(66).string(message.miningPaid);
    }
    if (message.feeSplitTotal !== "") {
      writer.uint32(74).string(message.feeSplitTotal);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySupplyResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySupplyResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.total = reader.string();
          break;
        case 2:
          message.burned = reader.string();
          break;
        case 3:
          message.totalPlusBurned = reader.string();
          break;
        case 4:
          message.vestingLocked = reader.string();
          break;
        case 5:
          message.poolsTotal = reader.string();
          break;
        case 6:
          message.circulating = reader.string();
          break;
        case 7:
          message.pools.push(PoolBalance.decode(reader, reader.uint32()));
          break;
        case 8:
          message.miningPaid = reader.string();
          break;
        case 9:
          message.feeSplitTotal = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySupplyResponse {
    const obj = createBaseQuerySupplyResponse();
    if (isSet(object.total)) obj.total = String(object.total);
    if (isSet(object.burned)) obj.burned = String(object.burned);
    if (isSet(object.totalPlusBurned)) obj.totalPlusBurned = String(object.totalPlusBurned);
    if (isSet(object.vestingLocked)) obj.vestingLocked = String(object.vestingLocked);
    if (isSet(object.poolsTotal)) obj.poolsTotal = String(object.poolsTotal);
    if (isSet(object.circulating)) obj.circulating = String(object.circulating);
    if (Array.isArray(object?.pools)) obj.pools = object.pools.map((e: any) => PoolBalance.fromJSON(e));
    if (isSet(object.miningPaid)) obj.miningPaid = String(object.miningPaid);
    if (isSet(object.feeSplitTotal)) obj.feeSplitTotal = String(object.feeSplitTotal);
    return obj;
  },
  toJSON(message: QuerySupplyResponse): JsonSafe<QuerySupplyResponse> {
    const obj: any = {};
    message.total !== undefined && (obj.total = message.total);
    message.burned !== undefined && (obj.burned = message.burned);
    message.totalPlusBurned !== undefined && (obj.totalPlusBurned = message.totalPlusBurned);
    message.vestingLocked !== undefined && (obj.vestingLocked = message.vestingLocked);
    message.poolsTotal !== undefined && (obj.poolsTotal = message.poolsTotal);
    message.circulating !== undefined && (obj.circulating = message.circulating);
    if (message.pools) {
      obj.pools = message.pools.map(e => e ? PoolBalance.toJSON(e) : undefined);
    } else {
      obj.pools = [];
    }
    message.miningPaid !== undefined && (obj.miningPaid = message.miningPaid);
    message.feeSplitTotal !== undefined && (obj.feeSplitTotal = message.feeSplitTotal);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QuerySupplyResponse>, I>>(object: I): QuerySupplyResponse {
    const message = createBaseQuerySupplyResponse();
    message.total = object.total ?? "";
    message.burned = object.burned ?? "";
    message.totalPlusBurned = object.totalPlusBurned ?? "";
    message.vestingLocked = object.vestingLocked ?? "";
    message.poolsTotal = object.poolsTotal ?? "";
    message.circulating = object.circulating ?? "";
    message.pools = object.pools?.map(e => PoolBalance.fromPartial(e)) || [];
    message.miningPaid = object.miningPaid ?? "";
    message.feeSplitTotal = object.feeSplitTotal ?? "";
    return message;
  }
};
function createBaseQueryEpochRewardsRequest(): QueryEpochRewardsRequest {
  return {
    epoch: BigInt(0)
  };
}
export const QueryEpochRewardsRequest = {
  encode(message: QueryEpochRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryEpochRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryEpochRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryEpochRewardsRequest {
    const obj = createBaseQueryEpochRewardsRequest();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    return obj;
  },
  toJSON(message: QueryEpochRewardsRequest): JsonSafe<QueryEpochRewardsRequest> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryEpochRewardsRequest>, I>>(object: I): QueryEpochRewardsRequest {
    const message = createBaseQueryEpochRewardsRequest();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    return message;
  }
};
function createBaseQueryEpochRewardsResponse(): QueryEpochRewardsResponse {
  return {
    epochReward: EpochReward.fromPartial({}),
    nodeRewards: []
  };
}
export const QueryEpochRewardsResponse = {
  encode(message: QueryEpochRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epochReward !== undefined) {
      EpochReward.encode(message.epochReward, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.nodeRewards) {
      NodeReward.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryEpochRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryEpochRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epochReward = EpochReward.decode(reader, reader.uint32());
          break;
        case 2:
          message.nodeRewards.push(NodeReward.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryEpochRewardsResponse {
    const obj = createBaseQueryEpochRewardsResponse();
    if (isSet(object.epochReward)) obj.epochReward = EpochReward.fromJSON(object.epochReward);
    if (Array.isArray(object?.nodeRewards)) obj.nodeRewards = object.nodeRewards.map((e: any) => NodeReward.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryEpochRewardsResponse): JsonSafe<QueryEpochRewardsResponse> {
    const obj: any = {};
    message.epochReward !== undefined && (obj.epochReward = message.epochReward ? EpochReward.toJSON(message.epochReward) : undefined);
    if (message.nodeRewards) {
      obj.nodeRewards = message.nodeRewards.map(e => e ? NodeReward.toJSON(e) : undefined);
    } else {
      obj.nodeRewards = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryEpochRewardsResponse>, I>>(object: I): QueryEpochRewardsResponse {
    const message = createBaseQueryEpochRewardsResponse();
    if (object.epochReward !== undefined && object.epochReward !== null) {
      message.epochReward = EpochReward.fromPartial(object.epochReward);
    }
    message.nodeRewards = object.nodeRewards?.map(e => NodeReward.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryNodeRewardsRequest(): QueryNodeRewardsRequest {
  return {
    node: "",
    pagination: undefined
  };
}
export const QueryNodeRewardsRequest = {
  encode(message: QueryNodeRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.node !== "") {
      writer.uint32(10).string(message.node);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodeRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodeRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.node = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodeRewardsRequest {
    const obj = createBaseQueryNodeRewardsRequest();
    if (isSet(object.node)) obj.node = String(object.node);
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryNodeRewardsRequest): JsonSafe<QueryNodeRewardsRequest> {
    const obj: any = {};
    message.node !== undefined && (obj.node = message.node);
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodeRewardsRequest>, I>>(object: I): QueryNodeRewardsRequest {
    const message = createBaseQueryNodeRewardsRequest();
    message.node = object.node ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryNodeRewardsResponse(): QueryNodeRewardsResponse {
  return {
    nodeRewards: [],
    total: "",
    pagination: undefined
  };
}
export const QueryNodeRewardsResponse = {
  encode(message: QueryNodeRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.nodeRewards) {
      NodeReward.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.total !== "") {
      writer.uint32(18).string(message.total);
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryNodeRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryNodeRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nodeRewards.push(NodeReward.decode(reader, reader.uint32()));
          break;
        case 2:
          message.total = reader.string();
          break;
        case 3:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryNodeRewardsResponse {
    const obj = createBaseQueryNodeRewardsResponse();
    if (Array.isArray(object?.nodeRewards)) obj.nodeRewards = object.nodeRewards.map((e: any) => NodeReward.fromJSON(e));
    if (isSet(object.total)) obj.total = String(object.total);
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryNodeRewardsResponse): JsonSafe<QueryNodeRewardsResponse> {
    const obj: any = {};
    if (message.nodeRewards) {
      obj.nodeRewards = message.nodeRewards.map(e => e ? NodeReward.toJSON(e) : undefined);
    } else {
      obj.nodeRewards = [];
    }
    message.total !== undefined && (obj.total = message.total);
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryNodeRewardsResponse>, I>>(object: I): QueryNodeRewardsResponse {
    const message = createBaseQueryNodeRewardsResponse();
    message.nodeRewards = object.nodeRewards?.map(e => NodeReward.fromPartial(e)) || [];
    message.total = object.total ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryMilestonesRequest(): QueryMilestonesRequest {
  return {};
}
export const QueryMilestonesRequest = {
  encode(_: QueryMilestonesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMilestonesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMilestonesRequest();
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
  fromJSON(_: any): QueryMilestonesRequest {
    const obj = createBaseQueryMilestonesRequest();
    return obj;
  },
  toJSON(_: QueryMilestonesRequest): JsonSafe<QueryMilestonesRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMilestonesRequest>, I>>(_: I): QueryMilestonesRequest {
    const message = createBaseQueryMilestonesRequest();
    return message;
  }
};
function createBaseQueryMilestonesResponse(): QueryMilestonesResponse {
  return {
    milestones: [],
    cap: "",
    released: ""
  };
}
export const QueryMilestonesResponse = {
  encode(message: QueryMilestonesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.milestones) {
      Milestone.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.cap !== "") {
      writer.uint32(18).string(message.cap);
    }
    if (message.released !== "") {
      writer.uint32(26).string(message.released);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMilestonesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMilestonesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.milestones.push(Milestone.decode(reader, reader.uint32()));
          break;
        case 2:
          message.cap = reader.string();
          break;
        case 3:
          message.released = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMilestonesResponse {
    const obj = createBaseQueryMilestonesResponse();
    if (Array.isArray(object?.milestones)) obj.milestones = object.milestones.map((e: any) => Milestone.fromJSON(e));
    if (isSet(object.cap)) obj.cap = String(object.cap);
    if (isSet(object.released)) obj.released = String(object.released);
    return obj;
  },
  toJSON(message: QueryMilestonesResponse): JsonSafe<QueryMilestonesResponse> {
    const obj: any = {};
    if (message.milestones) {
      obj.milestones = message.milestones.map(e => e ? Milestone.toJSON(e) : undefined);
    } else {
      obj.milestones = [];
    }
    message.cap !== undefined && (obj.cap = message.cap);
    message.released !== undefined && (obj.released = message.released);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryMilestonesResponse>, I>>(object: I): QueryMilestonesResponse {
    const message = createBaseQueryMilestonesResponse();
    message.milestones = object.milestones?.map(e => Milestone.fromPartial(e)) || [];
    message.cap = object.cap ?? "";
    message.released = object.released ?? "";
    return message;
  }
};
function createBaseQueryEpochPayoutsRequest(): QueryEpochPayoutsRequest {
  return {};
}
export const QueryEpochPayoutsRequest = {
  encode(_: QueryEpochPayoutsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryEpochPayoutsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryEpochPayoutsRequest();
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
  fromJSON(_: any): QueryEpochPayoutsRequest {
    const obj = createBaseQueryEpochPayoutsRequest();
    return obj;
  },
  toJSON(_: QueryEpochPayoutsRequest): JsonSafe<QueryEpochPayoutsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryEpochPayoutsRequest>, I>>(_: I): QueryEpochPayoutsRequest {
    const message = createBaseQueryEpochPayoutsRequest();
    return message;
  }
};
function createBaseQueryEpochPayoutsResponse(): QueryEpochPayoutsResponse {
  return {
    payouts: []
  };
}
export const QueryEpochPayoutsResponse = {
  encode(message: QueryEpochPayoutsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.payouts) {
      EpochPayout.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryEpochPayoutsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryEpochPayoutsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.payouts.push(EpochPayout.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryEpochPayoutsResponse {
    const obj = createBaseQueryEpochPayoutsResponse();
    if (Array.isArray(object?.payouts)) obj.payouts = object.payouts.map((e: any) => EpochPayout.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryEpochPayoutsResponse): JsonSafe<QueryEpochPayoutsResponse> {
    const obj: any = {};
    if (message.payouts) {
      obj.payouts = message.payouts.map(e => e ? EpochPayout.toJSON(e) : undefined);
    } else {
      obj.payouts = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryEpochPayoutsResponse>, I>>(object: I): QueryEpochPayoutsResponse {
    const message = createBaseQueryEpochPayoutsResponse();
    message.payouts = object.payouts?.map(e => EpochPayout.fromPartial(e)) || [];
    return message;
  }
};