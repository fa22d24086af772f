/* eslint-disable */
import { Params, Milestone, EpochReward, NodeReward, Released, EpochPayout, RegionUnits } from "./types.js";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, fromJsonTimestamp, fromTimestamp, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** GenesisState is the x/emissions genesis state. */
export interface GenesisState {
  params: Params;
  /** Years and periods are measured from this time; zero means the chain's genesis block time. */
  genesisTime: Timestamp;
  /** Total mining rewards paid so far, in abtt. */
  miningPaid: string;
  /** Total abtt burned through x/emissions. */
  burned: string;
  /** Total abtt moved to the development fund by the fee split. */
  feeSplitTotal: string;
  milestones: Milestone[];
  nextMilestoneId: bigint;
  epochRewards: EpochReward[];
  nodeRewards: NodeReward[];
  released: Released[];
  /** Epoch payouts in progress or queued, with their snapshot (records and region units). */
  payouts: EpochPayout[];
  payoutRecords: NodeReward[];
  payoutRegionUnits: RegionUnits[];
}
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    genesisTime: Timestamp.fromPartial({}),
    miningPaid: "",
    burned: "",
    feeSplitTotal: "",
    milestones: [],
    nextMilestoneId: BigInt(0),
    epochRewards: [],
    nodeRewards: [],
    released: [],
    payouts: [],
    payoutRecords: [],
    payoutRegionUnits: []
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    if (message.genesisTime !== undefined) {
      Timestamp.encode(message.genesisTime, writer.uint32(18).fork()).ldelim();
    }
    if (message.miningPaid !== "") {
      writer.uint32(26).string(message.miningPaid);
    }
    if (message.burned !== "") {
      writer.uint32(34).string(message.burned);
    }
    if (message.feeSplitTotal !== "") {
      writer.uint32(42).string(message.feeSplitTotal);
    }
    for (const v of message.milestones) {
      Milestone.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    if (message.nextMilestoneId !== BigInt(0)) {
      writer.uint32(56).uint64(message.nextMilestoneId);
    }
    for (const v of message.epochRewards) {
      EpochReward.encode(v!, writer.uint32(66).fork()).ldelim();
    }
    for (const v of message.nodeRewards) {
      NodeReward.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    for (const v of message.released) {
      Released.encode(v!, writer.uint32(82).fork()).ldelim();
    }
    for (const v of message.payouts) {
      EpochPayout.encode(v!, writer.uint32(90).fork()).ldelim();
    }
    for (const v of message.payoutRecords) {
      NodeReward.encode(v!, writer.uint32(98).fork()).ldelim();
    }
    for (const v of message.payoutRegionUnits) {
      RegionUnits.encode(v!, writer.uint32(106).fork()).ldelim();
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
          message.genesisTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.miningPaid = reader.string();
          break;
        case 4:
          message.burned = reader.string();
          break;
        case 5:
          message.feeSplitTotal = reader.string();
          break;
        case 6:
          message.milestones.push(Milestone.decode(reader, reader.uint32()));
          break;
        case 7:
          message.nextMilestoneId = reader.uint64();
          break;
        case 8:
          message.epochRewards.push(EpochReward.decode(reader, reader.uint32()));
          break;
        case 9:
          message.nodeRewards.push(NodeReward.decode(reader, reader.uint32()));
          break;
        case 10:
          message.released.push(Released.decode(reader, reader.uint32()));
          break;
        case 11:
          message.payouts.push(EpochPayout.decode(reader, reader.uint32()));
          break;
        case 12:
          message.payoutRecords.push(NodeReward.decode(reader, reader.uint32()));
          break;
        case 13:
          message.payoutRegionUnits.push(RegionUnits.decode(reader, reader.uint32()));
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
    if (isSet(object.genesisTime)) obj.genesisTime = fromJsonTimestamp(object.genesisTime);
    if (isSet(object.miningPaid)) obj.miningPaid = String(object.miningPaid);
    if (isSet(object.burned)) obj.burned = String(object.burned);
    if (isSet(object.feeSplitTotal)) obj.feeSplitTotal = String(object.feeSplitTotal);
    if (Array.isArray(object?.milestones)) obj.milestones = object.milestones.map((e: any) => Milestone.fromJSON(e));
    if (isSet(object.nextMilestoneId)) obj.nextMilestoneId = BigInt(object.nextMilestoneId.toString());
    if (Array.isArray(object?.epochRewards)) obj.epochRewards = object.epochRewards.map((e: any) => EpochReward.fromJSON(e));
    if (Array.isArray(object?.nodeRewards)) obj.nodeRewards = object.nodeRewards.map((e: any) => NodeReward.fromJSON(e));
    if (Array.isArray(object?.released)) obj.released = object.released.map((e: any) => Released.fromJSON(e));
    if (Array.isArray(object?.payouts)) obj.payouts = object.payouts.map((e: any) => EpochPayout.fromJSON(e));
    if (Array.isArray(object?.payoutRecords)) obj.payoutRecords = object.payoutRecords.map((e: any) => NodeReward.fromJSON(e));
    if (Array.isArray(object?.payoutRegionUnits)) obj.payoutRegionUnits = object.payoutRegionUnits.map((e: any) => RegionUnits.fromJSON(e));
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    message.genesisTime !== undefined && (obj.genesisTime = fromTimestamp(message.genesisTime).toISOString());
    message.miningPaid !== undefined && (obj.miningPaid = message.miningPaid);
    message.burned !== undefined && (obj.burned = message.burned);
    message.feeSplitTotal !== undefined && (obj.feeSplitTotal = message.feeSplitTotal);
    if (message.milestones) {
      obj.milestones = message.milestones.map(e => e ? Milestone.toJSON(e) : undefined);
    } else {
      obj.milestones = [];
    }
    message.nextMilestoneId !== undefined && (obj.nextMilestoneId = (message.nextMilestoneId || BigInt(0)).toString());
    if (message.epochRewards) {
      obj.epochRewards = message.epochRewards.map(e => e ? EpochReward.toJSON(e) : undefined);
    } else {
      obj.epochRewards = [];
    }
    if (message.nodeRewards) {
      obj.nodeRewards = message.nodeRewards.map(e => e ? NodeReward.toJSON(e) : undefined);
    } else {
      obj.nodeRewards = [];
    }
    if (message.released) {
      obj.released = message.released.map(e => e ? Released.toJSON(e) : undefined);
    } else {
      obj.released = [];
    }
    if (message.payouts) {
      obj.payouts = message.payouts.map(e => e ? EpochPayout.toJSON(e) : undefined);
    } else {
      obj.payouts = [];
    }
    if (message.payoutRecords) {
      obj.payoutRecords = message.payoutRecords.map(e => e ? NodeReward.toJSON(e) : undefined);
    } else {
      obj.payoutRecords = [];
    }
    if (message.payoutRegionUnits) {
      obj.payoutRegionUnits = message.payoutRegionUnits.map(e => e ? RegionUnits.toJSON(e) : undefined);
    } else {
      obj.payoutRegionUnits = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    if (object.genesisTime !== undefined && object.genesisTime !== null) {
      message.genesisTime = Timestamp.fromPartial(object.genesisTime);
    }
    message.miningPaid = object.miningPaid ?? "";
    message.burned = object.burned ?? "";
    message.feeSplitTotal = object.feeSplitTotal ?? "";
    message.milestones = object.milestones?.map(e => Milestone.fromPartial(e)) || [];
    if (object.nextMilestoneId !== undefined && object.nextMilestoneId !== null) {
      message.nextMilestoneId = BigInt(object.nextMilestoneId.toString());
    }
    message.epochRewards = object.epochRewards?.map(e => EpochReward.fromPartial(e)) || [];
    message.nodeRewards = object.nodeRewards?.map(e => NodeReward.fromPartial(e)) || [];
    message.released = object.released?.map(e => Released.fromPartial(e)) || [];
    message.payouts = object.payouts?.map(e => EpochPayout.fromPartial(e)) || [];
    message.payoutRecords = object.payoutRecords?.map(e => NodeReward.fromPartial(e)) || [];
    message.payoutRegionUnits = object.payoutRegionUnits?.map(e => RegionUnits.fromPartial(e)) || [];
    return message;
  }
};