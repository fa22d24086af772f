/* eslint-disable */
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { SubBudget, subBudgetFromJSON, subBudgetToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
import { Decimal } from "@cosmjs/math";
/** EventEpochReward is emitted when an epoch's mining payout finishes (the last payout step). */
export interface EventEpochReward {
  epoch: bigint;
  /** budget is what the epoch could pay; paid what the nodes earned; carried_forward what is left for later epochs. */
  budget: Coin;
  paid: Coin;
  carriedForward: Coin;
  /** nodes is how many nodes had a score in the epoch. */
  nodes: number;
}
/** EventNodeReward is emitted for each scored node during an epoch's payout. */
export interface EventNodeReward {
  epoch: bigint;
  operator: string;
  score: string;
  amount: Coin;
}
/** EventEpochSkipped is emitted when an ended epoch's payout could not be queued; its budget carries forward. */
export interface EventEpochSkipped {
  epoch: bigint;
  reason: string;
}
/** EventMilestoneAdded is emitted by MsgAddMilestone (gov authority). */
export interface EventMilestoneAdded {
  milestoneId: bigint;
  subBudget: SubBudget;
  amount: Coin;
  recipient: string;
}
/** EventMilestoneReleased is emitted by MsgReleaseMilestone (gov authority) when a milestone is paid. */
export interface EventMilestoneReleased {
  milestoneId: bigint;
  subBudget: SubBudget;
  amount: Coin;
  recipient: string;
}
/**
 * EventFundSpend is emitted when a governance-controlled pool (ecosystem fund, community incentives,
 * reserve, development fund) pays a recipient.
 */
export interface EventFundSpend {
  /** pool is the paying module account's name. */
  pool: string;
  recipient: string;
  amount: Coin[];
  purpose: string;
}
/** EventFeeSplit is emitted at the start of a block when a share of the collected fees goes to the development fund. */
export interface EventFeeSplit {
  /** amount moved to the development fund, out of fee (the fee collector's balance). */
  amount: Coin;
  fee: Coin;
}
/**
 * EventBurn is emitted for every abtt burn (fee burns, vetoed or cancelled deposits, slashed stake),
 * the one accounting point of the total burned.
 */
export interface EventBurn {
  /** from_module is the module account the burned coins came from. */
  fromModule: string;
  amount: Coin;
}
/** EventParamsUpdated is emitted by MsgUpdateParams (gov authority). */
export interface EventParamsUpdated {}
/** EventEpochRecordsPruned is emitted in EndBlock when old epoch reward records were deleted. */
export interface EventEpochRecordsPruned {
  count: bigint;
}
function createBaseEventEpochReward(): EventEpochReward {
  return {
    epoch: BigInt(0),
    budget: Coin.fromPartial({}),
    paid: Coin.fromPartial({}),
    carriedForward: Coin.fromPartial({}),
    nodes: 0
  };
}
export const EventEpochReward = {
  encode(message: EventEpochReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.budget !== undefined) {
      Coin.encode(message.budget, writer.uint32(18).fork()).ldelim();
    }
    if (message.paid !== undefined) {
      Coin.encode(message.paid, writer.uint32(26).fork()).ldelim();
    }
    if (message.carriedForward !== undefined) {
      Coin.encode(message.carriedForward, writer.uint32(34).fork()).ldelim();
    }
    if (message.nodes !== 0) {
      writer.uint32(40).uint32(message.nodes);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventEpochReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventEpochReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.budget = Coin.decode(reader, reader.uint32());
          break;
        case 3:
          message.paid = Coin.decode(reader, reader.uint32());
          break;
        case 4:
          message.carriedForward = Coin.decode(reader, reader.uint32());
          break;
        case 5:
          message.nodes = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventEpochReward {
    const obj = createBaseEventEpochReward();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.budget)) obj.budget = Coin.fromJSON(object.budget);
    if (isSet(object.paid)) obj.paid = Coin.fromJSON(object.paid);
    if (isSet(object.carriedForward)) obj.carriedForward = Coin.fromJSON(object.carriedForward);
    if (isSet(object.nodes)) obj.nodes = Number(object.nodes);
    return obj;
  },
  toJSON(message: EventEpochReward): JsonSafe<EventEpochReward> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.budget !== undefined && (obj.budget = message.budget ? Coin.toJSON(message.budget) : undefined);
    message.paid !== undefined && (obj.paid = message.paid ? Coin.toJSON(message.paid) : undefined);
    message.carriedForward !== undefined && (obj.carriedForward = message.carriedForward ? Coin.toJSON(message.carriedForward) : undefined);
    message.nodes !== undefined && (obj.nodes = Math.round(message.nodes));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventEpochReward>, I>>(object: I): EventEpochReward {
    const message = createBaseEventEpochReward();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    if (object.budget !== undefined && object.budget !== null) {
      message.budget = Coin.fromPartial(object.budget);
    }
    if (object.paid !== undefined && object.paid !== null) {
      message.paid = Coin.fromPartial(object.paid);
    }
    if (object.carriedForward !== undefined && object.carriedForward !== null) {
      message.carriedForward = Coin.fromPartial(object.carriedForward);
    }
    message.nodes = object.nodes ?? 0;
    return message;
  }
};
function createBaseEventNodeReward(): EventNodeReward {
  return {
    epoch: BigInt(0),
    operator: "",
    score: "",
    amount: Coin.fromPartial({})
  };
}
export const EventNodeReward = {
  encode(message: EventNodeReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.operator !== "") {
      writer.uint32(18).string(message.operator);
    }
    if (message.score !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.score, 18).atomics);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.operator = reader.string();
          break;
        case 3:
          message.score = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeReward {
    const obj = createBaseEventNodeReward();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.score)) obj.score = String(object.score);
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    return obj;
  },
  toJSON(message: EventNodeReward): JsonSafe<EventNodeReward> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.operator !== undefined && (obj.operator = message.operator);
    message.score !== undefined && (obj.score = message.score);
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeReward>, I>>(object: I): EventNodeReward {
    const message = createBaseEventNodeReward();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.operator = object.operator ?? "";
    message.score = object.score ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    return message;
  }
};
function createBaseEventEpochSkipped(): EventEpochSkipped {
  return {
    epoch: BigInt(0),
    reason: ""
  };
}
export const EventEpochSkipped = {
  encode(message: EventEpochSkipped, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.reason !== "") {
      writer.uint32(18).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventEpochSkipped {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventEpochSkipped();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventEpochSkipped {
    const obj = createBaseEventEpochSkipped();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventEpochSkipped): JsonSafe<EventEpochSkipped> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventEpochSkipped>, I>>(object: I): EventEpochSkipped {
    const message = createBaseEventEpochSkipped();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventMilestoneAdded(): EventMilestoneAdded {
  return {
    milestoneId: BigInt(0),
    subBudget: 0,
    amount: Coin.fromPartial({}),
    recipient: ""
  };
}
export const EventMilestoneAdded = {
  encode(message: EventMilestoneAdded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.milestoneId !== BigInt(0)) {
      writer.uint32(8).uint64(message.milestoneId);
    }
    if (message.subBudget !== 0) {
      writer.uint32(16).int32(message.subBudget);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(26).fork()).ldelim();
    }
    if (message.recipient !== "") {
      writer.uint32(34).string(message.recipient);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventMilestoneAdded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventMilestoneAdded();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.milestoneId = reader.uint64();
          break;
        case 2:
          message.subBudget = reader.int32() as any;
          break;
        case 3:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 4:
          message.recipient = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventMilestoneAdded {
    const obj = createBaseEventMilestoneAdded();
    if (isSet(object.milestoneId)) obj.milestoneId = BigInt(object.milestoneId.toString());
    if (isSet(object.subBudget)) obj.subBudget = subBudgetFromJSON(object.subBudget);
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    return obj;
  },
  toJSON(message: EventMilestoneAdded): JsonSafe<EventMilestoneAdded> {
    const obj: any = {};
    message.milestoneId !== undefined && (obj.milestoneId = (message.milestoneId || BigInt(0)).toString());
    message.subBudget !== undefined && (obj.subBudget = subBudgetToJSON(message.subBudget));
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventMilestoneAdded>, I>>(object: I): EventMilestoneAdded {
    const message = createBaseEventMilestoneAdded();
    if (object.milestoneId !== undefined && object.milestoneId !== null) {
      message.milestoneId = BigInt(object.milestoneId.toString());
    }
    message.subBudget = object.subBudget ?? 0;
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    message.recipient = object.recipient ?? "";
    return message;
  }
};
function createBaseEventMilestoneReleased(): EventMilestoneReleased {
  return {
    milestoneId: BigInt(0),
    subBudget: 0,
    amount: Coin.fromPartial({}),
    recipient: ""
  };
}
export const EventMilestoneReleased = {
  encode(message: EventMilestoneReleased, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.milestoneId !== BigInt(0)) {
      writer.uint32(8).uint64(message.milestoneId);
    }
    if (message.subBudget !== 0) {
      writer.uint32(16).int32(message.subBudget);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(26).fork()).ldelim();
    }
    if (message.recipient !== "") {
      writer.uint32(34).string(message.recipient);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventMilestoneReleased {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventMilestoneReleased();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.milestoneId = reader.uint64();
          break;
        case 2:
          message.subBudget = reader.int32() as any;
          break;
        case 3:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 4:
          message.recipient = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventMilestoneReleased {
    const obj = createBaseEventMilestoneReleased();
    if (isSet(object.milestoneId)) obj.milestoneId = BigInt(object.milestoneId.toString());
    if (isSet(object.subBudget)) obj.subBudget = subBudgetFromJSON(object.subBudget);
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    return obj;
  },
  toJSON(message: EventMilestoneReleased): JsonSafe<EventMilestoneReleased> {
    const obj: any = {};
    message.milestoneId !== undefined && (obj.milestoneId = (message.milestoneId || BigInt(0)).toString());
    message.subBudget !== undefined && (obj.subBudget = subBudgetToJSON(message.subBudget));
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventMilestoneReleased>, I>>(object: I): EventMilestoneReleased {
    const message = createBaseEventMilestoneReleased();
    if (object.milestoneId !== undefined && object.milestoneId !== null) {
      message.milestoneId = BigInt(object.milestoneId.toString());
    }
    message.subBudget = object.subBudget ?? 0;
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    message.recipient = object.recipient ?? "";
    return message;
  }
};
function createBaseEventFundSpend(): EventFundSpend {
  return {
    pool: "",
    recipient: "",
    amount: [],
    purpose: ""
  };
}
export const EventFundSpend = {
  encode(message: EventFundSpend, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pool !== "") {
      writer.uint32(10).string(message.pool);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.purpose !== "") {
      writer.uint32(34).string(message.purpose);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventFundSpend {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventFundSpend();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pool = reader.string();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.purpose = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventFundSpend {
    const obj = createBaseEventFundSpend();
    if (isSet(object.pool)) obj.pool = String(object.pool);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (Array.isArray(object?.amount)) obj.amount = object.amount.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.purpose)) obj.purpose = String(object.purpose);
    return obj;
  },
  toJSON(message: EventFundSpend): JsonSafe<EventFundSpend> {
    const obj: any = {};
    message.pool !== undefined && (obj.pool = message.pool);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    if (message.amount) {
      obj.amount = message.amount.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.amount = [];
    }
    message.purpose !== undefined && (obj.purpose = message.purpose);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventFundSpend>, I>>(object: I): EventFundSpend {
    const message = createBaseEventFundSpend();
    message.pool = object.pool ?? "";
    message.recipient = object.recipient ?? "";
    message.amount = object.amount?.map(e => Coin.fromPartial(e)) || [];
    message.purpose = object.purpose ?? "";
    return message;
  }
};
function createBaseEventFeeSplit(): EventFeeSplit {
  return {
    amount: Coin.fromPartial({}),
    fee: Coin.fromPartial({})
  };
}
export const EventFeeSplit = {
  encode(message: EventFeeSplit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(10).fork()).ldelim();
    }
    if (message.fee !== undefined) {
      Coin.encode(message.fee, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventFeeSplit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventFeeSplit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 2:
          message.fee = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventFeeSplit {
    const obj = createBaseEventFeeSplit();
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    if (isSet(object.fee)) obj.fee = Coin.fromJSON(object.fee);
    return obj;
  },
  toJSON(message: EventFeeSplit): JsonSafe<EventFeeSplit> {
    const obj: any = {};
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    message.fee !== undefined && (obj.fee = message.fee ? Coin.toJSON(message.fee) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventFeeSplit>, I>>(object: I): EventFeeSplit {
    const message = createBaseEventFeeSplit();
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    if (object.fee !== undefined && object.fee !== null) {
      message.fee = Coin.fromPartial(object.fee);
    }
    return message;
  }
};
function createBaseEventBurn(): EventBurn {
  return {
    fromModule: "",
    amount: Coin.fromPartial({})
  };
}
export const EventBurn = {
  encode(message: EventBurn, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.fromModule !== "") {
      writer.uint32(10).string(message.fromModule);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBurn {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBurn();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.fromModule = reader.string();
          break;
        case 2:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBurn {
    const obj = createBaseEventBurn();
    if (isSet(object.fromModule)) obj.fromModule = String(object.fromModule);
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    return obj;
  },
  toJSON(message: EventBurn): JsonSafe<EventBurn> {
    const obj: any = {};
    message.fromModule !== undefined && (obj.fromModule = message.fromModule);
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventBurn>, I>>(object: I): EventBurn {
    const message = createBaseEventBurn();
    message.fromModule = object.fromModule ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    return message;
  }
};
function createBaseEventParamsUpdated(): EventParamsUpdated {
  return {};
}
export const EventParamsUpdated = {
  encode(_: EventParamsUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventParamsUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventParamsUpdated();
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
  fromJSON(_: any): EventParamsUpdated {
    const obj = createBaseEventParamsUpdated();
    return obj;
  },
  toJSON(_: EventParamsUpdated): JsonSafe<EventParamsUpdated> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventParamsUpdated>, I>>(_: I): EventParamsUpdated {
    const message = createBaseEventParamsUpdated();
    return message;
  }
};
function createBaseEventEpochRecordsPruned(): EventEpochRecordsPruned {
  return {
    count: BigInt(0)
  };
}
export const EventEpochRecordsPruned = {
  encode(message: EventEpochRecordsPruned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.count !== BigInt(0)) {
      writer.uint32(8).uint64(message.count);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventEpochRecordsPruned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventEpochRecordsPruned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.count = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventEpochRecordsPruned {
    const obj = createBaseEventEpochRecordsPruned();
    if (isSet(object.count)) obj.count = BigInt(object.count.toString());
    return obj;
  },
  toJSON(message: EventEpochRecordsPruned): JsonSafe<EventEpochRecordsPruned> {
    const obj: any = {};
    message.count !== undefined && (obj.count = (message.count || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventEpochRecordsPruned>, I>>(object: I): EventEpochRecordsPruned {
    const message = createBaseEventEpochRecordsPruned();
    if (object.count !== undefined && object.count !== null) {
      message.count = BigInt(object.count.toString());
    }
    return message;
  }
};