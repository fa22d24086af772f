/* eslint-disable */
import { NodeClass, Urgency, nodeClassFromJSON, nodeClassToJSON, urgencyFromJSON, urgencyToJSON } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** EventNodeRegistered is emitted by MsgRegisterNode when a node registers and locks its stake. */
export interface EventNodeRegistered {
  operator: string;
  nodeClass: NodeClass;
  region: string;
  /** amount is the stake locked (abtt). */
  amount: string;
}
/** EventNodeUpdated is emitted by MsgUpdateNode. */
export interface EventNodeUpdated {
  operator: string;
  region: string;
}
/** EventNodeAttested is emitted by MsgAttestNode when a TECHNICAL verifier attests a node's region and energy class. */
export interface EventNodeAttested {
  operator: string;
  verifier: string;
  region: string;
  energyClass: string;
}
/** EventHeartbeat is emitted by MsgHeartbeat. */
export interface EventHeartbeat {
  operator: string;
  /** epoch is the x/epochs epoch the heartbeat counts for. */
  epoch: bigint;
}
/** EventNodeJailed is emitted at an epoch's end when a node missed too many heartbeats. */
export interface EventNodeJailed {
  operator: string;
  untilEpoch: bigint;
}
/** EventNodeUnjailed is emitted by MsgHeartbeat when it reactivates a jailed node. */
export interface EventNodeUnjailed {
  operator: string;
}
/** EventNodeUnbonding is emitted by MsgUnbondNode. */
export interface EventNodeUnbonding {
  operator: string;
  /** unbond_time (unix seconds) is when the stake is returned. */
  unbondTime: bigint;
}
/** EventNodeUnbonded is emitted in EndBlock when an unbonding node's stake is returned and the node removed. */
export interface EventNodeUnbonded {
  operator: string;
  amount: string;
}
/** EventNodeUnbondFailed is emitted in EndBlock when returning an unbonded node's stake failed; it is retried in a later block. */
export interface EventNodeUnbondFailed {
  operator: string;
  reason: string;
}
/** EventNodeSlashed is emitted when a task settles and an assigned worker dissented or stayed silent. */
export interface EventNodeSlashed {
  operator: string;
  /** amount (abtt) moved from the stake to the development fund (may be 0: reputation only). */
  amount: string;
  /** reputation after the penalty. */
  reputation: number;
  /** reason is "silent" (no reveal) or "dissent" (revealed another output). */
  reason: string;
}
/** EventModelRegistered is emitted by MsgRegisterModel (gov authority). */
export interface EventModelRegistered {
  modelId: bigint;
  name: string;
  onnxSha256: Uint8Array;
}
/** EventModelDeprecated is emitted by MsgDeprecateModel (gov authority). */
export interface EventModelDeprecated {
  modelId: bigint;
}
/** EventTaskSubmitted is emitted by MsgSubmitTask when a client's task and its escrow are stored. */
export interface EventTaskSubmitted {
  taskId: bigint;
  client: string;
  modelId: bigint;
  /** amount is the max fee escrowed (abtt). */
  amount: string;
  urgency: Urgency;
  replication: number;
}
/** EventTaskAssigned is emitted in EndBlock when a queued task is assigned to its workers. */
export interface EventTaskAssigned {
  taskId: bigint;
  workers: string[];
  commitDeadline: bigint;
}
/** EventResultCommitted is emitted by MsgCommitResult. */
export interface EventResultCommitted {
  taskId: bigint;
  worker: string;
}
/**
 * EventRevealOpened is emitted when every assigned worker of a task has committed (MsgCommitResult)
 * or its commit deadline passed with enough commits: the workers may reveal until reveal_deadline.
 */
export interface EventRevealOpened {
  taskId: bigint;
  revealDeadline: bigint;
}
/** EventResultRevealed is emitted by MsgRevealResult. */
export interface EventResultRevealed {
  taskId: bigint;
  worker: string;
  outputHash: Uint8Array;
}
/** EventTaskSettled is emitted when a task's majority output is accepted and its workers paid. */
export interface EventTaskSettled {
  taskId: bigint;
  resultHash: Uint8Array;
  /** workers whose reveal matched the accepted output (and were paid). */
  workers: string[];
  /** amount paid to the workers, dev_fund sent to the development fund, burned, refund returned to the client (abtt). */
  amount: string;
  devFund: string;
  burned: string;
  refund: string;
}
/** EventTaskReassigned is emitted when a task's reveals had no majority and it goes back to the queue for fresh nodes. */
export interface EventTaskReassigned {
  taskId: bigint;
  attempt: number;
}
/** EventTaskReexecution is emitted when a k = 1 task's single reveal is sampled for re-execution by a second node. */
export interface EventTaskReexecution {
  taskId: bigint;
}
/** EventTaskExpired is emitted when a task closes without an accepted result and its escrow is refunded. */
export interface EventTaskExpired {
  taskId: bigint;
  refund: string;
  reason: string;
}
/** EventWorkerPaid is emitted for each accepted worker when a task settles. */
export interface EventWorkerPaid {
  taskId: bigint;
  worker: string;
  /** amount (abtt) the worker received, after the development-fund share. */
  amount: string;
}
/** EventParamsUpdated is emitted by MsgUpdateParams (gov authority). */
export interface EventParamsUpdated {}
/**
 * EventTaskFailed is emitted when processing a task in EndBlock failed: its changes were discarded
 * and, where possible, the task was closed with a refund.
 */
export interface EventTaskFailed {
  taskId: bigint;
  reason: string;
  refunded: boolean;
}
/** EventTaskPruned is emitted when a finished task is deleted from state after params.task_retention_blocks. */
export interface EventTaskPruned {
  taskId: bigint;
}
function createBaseEventNodeRegistered(): EventNodeRegistered {
  return {
    operator: "",
    nodeClass: 0,
    region: "",
    amount: ""
  };
}
export const EventNodeRegistered = {
  encode(message: EventNodeRegistered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.nodeClass !== 0) {
      writer.uint32(16).int32(message.nodeClass);
    }
    if (message.region !== "") {
      writer.uint32(26).string(message.region);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeRegistered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeRegistered();
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
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeRegistered {
    const obj = createBaseEventNodeRegistered();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.nodeClass)) obj.nodeClass = nodeClassFromJSON(object.nodeClass);
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: EventNodeRegistered): JsonSafe<EventNodeRegistered> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.nodeClass !== undefined && (obj.nodeClass = nodeClassToJSON(message.nodeClass));
    message.region !== undefined && (obj.region = message.region);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeRegistered>, I>>(object: I): EventNodeRegistered {
    const message = createBaseEventNodeRegistered();
    message.operator = object.operator ?? "";
    message.nodeClass = object.nodeClass ?? 0;
    message.region = object.region ?? "";
    message.amount = object.amount ?? "";
    return message;
  }
};
function createBaseEventNodeUpdated(): EventNodeUpdated {
  return {
    operator: "",
    region: ""
  };
}
export const EventNodeUpdated = {
  encode(message: EventNodeUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.region !== "") {
      writer.uint32(18).string(message.region);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeUpdated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.region = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeUpdated {
    const obj = createBaseEventNodeUpdated();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.region)) obj.region = String(object.region);
    return obj;
  },
  toJSON(message: EventNodeUpdated): JsonSafe<EventNodeUpdated> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.region !== undefined && (obj.region = message.region);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeUpdated>, I>>(object: I): EventNodeUpdated {
    const message = createBaseEventNodeUpdated();
    message.operator = object.operator ?? "";
    message.region = object.region ?? "";
    return message;
  }
};
function createBaseEventNodeAttested(): EventNodeAttested {
  return {
    operator: "",
    verifier: "",
    region: "",
    energyClass: ""
  };
}
export const EventNodeAttested = {
  encode(message: EventNodeAttested, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.verifier !== "") {
      writer.uint32(18).string(message.verifier);
    }
    if (message.region !== "") {
      writer.uint32(26).string(message.region);
    }
    if (message.energyClass !== "") {
      writer.uint32(34).string(message.energyClass);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeAttested {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeAttested();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.verifier = reader.string();
          break;
        case 3:
          message.region = reader.string();
          break;
        case 4:
          message.energyClass = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeAttested {
    const obj = createBaseEventNodeAttested();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.verifier)) obj.verifier = String(object.verifier);
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    return obj;
  },
  toJSON(message: EventNodeAttested): JsonSafe<EventNodeAttested> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.verifier !== undefined && (obj.verifier = message.verifier);
    message.region !== undefined && (obj.region = message.region);
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeAttested>, I>>(object: I): EventNodeAttested {
    const message = createBaseEventNodeAttested();
    message.operator = object.operator ?? "";
    message.verifier = object.verifier ?? "";
    message.region = object.region ?? "";
    message.energyClass = object.energyClass ?? "";
    return message;
  }
};
function createBaseEventHeartbeat(): EventHeartbeat {
  return {
    operator: "",
    epoch: BigInt(0)
  };
}
export const EventHeartbeat = {
  encode(message: EventHeartbeat, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.epoch !== BigInt(0)) {
      writer.uint32(16).int64(message.epoch);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventHeartbeat {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventHeartbeat();
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
  fromJSON(object: any): EventHeartbeat {
    const obj = createBaseEventHeartbeat();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    return obj;
  },
  toJSON(message: EventHeartbeat): JsonSafe<EventHeartbeat> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventHeartbeat>, I>>(object: I): EventHeartbeat {
    const message = createBaseEventHeartbeat();
    message.operator = object.operator ?? "";
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    return message;
  }
};
function createBaseEventNodeJailed(): EventNodeJailed {
  return {
    operator: "",
    untilEpoch: BigInt(0)
  };
}
export const EventNodeJailed = {
  encode(message: EventNodeJailed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.untilEpoch !== BigInt(0)) {
      writer.uint32(16).int64(message.untilEpoch);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeJailed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeJailed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.untilEpoch = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeJailed {
    const obj = createBaseEventNodeJailed();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.untilEpoch)) obj.untilEpoch = BigInt(object.untilEpoch.toString());
    return obj;
  },
  toJSON(message: EventNodeJailed): JsonSafe<EventNodeJailed> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.untilEpoch !== undefined && (obj.untilEpoch = (message.untilEpoch || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeJailed>, I>>(object: I): EventNodeJailed {
    const message = createBaseEventNodeJailed();
    message.operator = object.operator ?? "";
    if (object.untilEpoch !== undefined && object.untilEpoch !== null) {
      message.untilEpoch = BigInt(object.untilEpoch.toString());
    }
    return message;
  }
};
function createBaseEventNodeUnjailed(): EventNodeUnjailed {
  return {
    operator: ""
  };
}
export const EventNodeUnjailed = {
  encode(message: EventNodeUnjailed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeUnjailed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeUnjailed();
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
  fromJSON(object: any): EventNodeUnjailed {
    const obj = createBaseEventNodeUnjailed();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    return obj;
  },
  toJSON(message: EventNodeUnjailed): JsonSafe<EventNodeUnjailed> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeUnjailed>, I>>(object: I): EventNodeUnjailed {
    const message = createBaseEventNodeUnjailed();
    message.operator = object.operator ?? "";
    return message;
  }
};
function createBaseEventNodeUnbonding(): EventNodeUnbonding {
  return {
    operator: "",
    unbondTime: BigInt(0)
  };
}
export const EventNodeUnbonding = {
  encode(message: EventNodeUnbonding, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.unbondTime !== BigInt(0)) {
      writer.uint32(16).int64(message.unbondTime);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeUnbonding {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeUnbonding();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.unbondTime = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeUnbonding {
    const obj = createBaseEventNodeUnbonding();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.unbondTime)) obj.unbondTime = BigInt(object.unbondTime.toString());
    return obj;
  },
  toJSON(message: EventNodeUnbonding): JsonSafe<EventNodeUnbonding> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.unbondTime !== undefined && (obj.unbondTime = (message.unbondTime || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeUnbonding>, I>>(object: I): EventNodeUnbonding {
    const message = createBaseEventNodeUnbonding();
    message.operator = object.operator ?? "";
    if (object.unbondTime !== undefined && object.unbondTime !== null) {
      message.unbondTime = BigInt(object.unbondTime.toString());
    }
    return message;
  }
};
function createBaseEventNodeUnbonded(): EventNodeUnbonded {
  return {
    operator: "",
    amount: ""
  };
}
export const EventNodeUnbonded = {
  encode(message: EventNodeUnbonded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeUnbonded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeUnbonded();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeUnbonded {
    const obj = createBaseEventNodeUnbonded();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: EventNodeUnbonded): JsonSafe<EventNodeUnbonded> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeUnbonded>, I>>(object: I): EventNodeUnbonded {
    const message = createBaseEventNodeUnbonded();
    message.operator = object.operator ?? "";
    message.amount = object.amount ?? "";
    return message;
  }
};
function createBaseEventNodeUnbondFailed(): EventNodeUnbondFailed {
  return {
    operator: "",
    reason: ""
  };
}
export const EventNodeUnbondFailed = {
  encode(message: EventNodeUnbondFailed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.reason !== "") {
      writer.uint32(18).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeUnbondFailed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeUnbondFailed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
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
  fromJSON(object: any): EventNodeUnbondFailed {
    const obj = createBaseEventNodeUnbondFailed();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventNodeUnbondFailed): JsonSafe<EventNodeUnbondFailed> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeUnbondFailed>, I>>(object: I): EventNodeUnbondFailed {
    const message = createBaseEventNodeUnbondFailed();
    message.operator = object.operator ?? "";
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventNodeSlashed(): EventNodeSlashed {
  return {
    operator: "",
    amount: "",
    reputation: 0,
    reason: ""
  };
}
export const EventNodeSlashed = {
  encode(message: EventNodeSlashed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    if (message.reputation !== 0) {
      writer.uint32(24).uint32(message.reputation);
    }
    if (message.reason !== "") {
      writer.uint32(34).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNodeSlashed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNodeSlashed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.amount = reader.string();
          break;
        case 3:
          message.reputation = reader.uint32();
          break;
        case 4:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNodeSlashed {
    const obj = createBaseEventNodeSlashed();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.reputation)) obj.reputation = Number(object.reputation);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventNodeSlashed): JsonSafe<EventNodeSlashed> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.amount !== undefined && (obj.amount = message.amount);
    message.reputation !== undefined && (obj.reputation = Math.round(message.reputation));
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNodeSlashed>, I>>(object: I): EventNodeSlashed {
    const message = createBaseEventNodeSlashed();
    message.operator = object.operator ?? "";
    message.amount = object.amount ?? "";
    message.reputation = object.reputation ?? 0;
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventModelRegistered(): EventModelRegistered {
  return {
    modelId: BigInt(0),
    name: "",
    onnxSha256: new Uint8Array()
  };
}
export const EventModelRegistered = {
  encode(message: EventModelRegistered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.modelId !== BigInt(0)) {
      writer.uint32(8).uint64(message.modelId);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    if (message.onnxSha256.length !== 0) {
      writer.uint32(26).bytes(message.onnxSha256);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventModelRegistered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventModelRegistered();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.modelId = reader.uint64();
          break;
        case 2:
          message.name = reader.string();
          break;
        case 3:
          message.onnxSha256 = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventModelRegistered {
    const obj = createBaseEventModelRegistered();
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.onnxSha256)) obj.onnxSha256 = bytesFromBase64(object.onnxSha256);
    return obj;
  },
  toJSON(message: EventModelRegistered): JsonSafe<EventModelRegistered> {
    const obj: any = {};
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    message.name !== undefined && (obj.name = message.name);
    message.onnxSha256 !== undefined && (obj.onnxSha256 = base64FromBytes(message.onnxSha256 !== undefined ? message.onnxSha256 : new Uint8Array()));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventModelRegistered>, I>>(object: I): EventModelRegistered {
    const message = createBaseEventModelRegistered();
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    message.name = object.name ?? "";
    message.onnxSha256 = object.onnxSha256 ?? new Uint8Array();
    return message;
  }
};
function createBaseEventModelDeprecated(): EventModelDeprecated {
  return {
    modelId: BigInt(0)
  };
}
export const EventModelDeprecated = {
  encode(message: EventModelDeprecated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.modelId !== BigInt(0)) {
      writer.uint32(8).uint64(message.modelId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventModelDeprecated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventModelDeprecated();
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
  fromJSON(object: any): EventModelDeprecated {
    const obj = createBaseEventModelDeprecated();
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    return obj;
  },
  toJSON(message: EventModelDeprecated): JsonSafe<EventModelDeprecated> {
    const obj: any = {};
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventModelDeprecated>, I>>(object: I): EventModelDeprecated {
    const message = createBaseEventModelDeprecated();
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    return message;
  }
};
function createBaseEventTaskSubmitted(): EventTaskSubmitted {
  return {
    taskId: BigInt(0),
    client: "",
    modelId: BigInt(0),
    amount: "",
    urgency: 0,
    replication: 0
  };
}
export const EventTaskSubmitted = {
  encode(message: EventTaskSubmitted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.client !== "") {
      writer.uint32(18).string(message.client);
    }
    if (message.modelId !== BigInt(0)) {
      writer.uint32(24).uint64(message.modelId);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.urgency !== 0) {
      writer.uint32(40).int32(message.urgency);
    }
    if (message.replication !== 0) {
      writer.uint32(48).uint32(message.replication);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskSubmitted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskSubmitted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.client = reader.string();
          break;
        case 3:
          message.modelId = reader.uint64();
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.urgency = reader.int32() as any;
          break;
        case 6:
          message.replication = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTaskSubmitted {
    const obj = createBaseEventTaskSubmitted();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.client)) obj.client = String(object.client);
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.urgency)) obj.urgency = urgencyFromJSON(object.urgency);
    if (isSet(object.replication)) obj.replication = Number(object.replication);
    return obj;
  },
  toJSON(message: EventTaskSubmitted): JsonSafe<EventTaskSubmitted> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.client !== undefined && (obj.client = message.client);
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    message.urgency !== undefined && (obj.urgency = urgencyToJSON(message.urgency));
    message.replication !== undefined && (obj.replication = Math.round(message.replication));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskSubmitted>, I>>(object: I): EventTaskSubmitted {
    const message = createBaseEventTaskSubmitted();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.client = object.client ?? "";
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    message.amount = object.amount ?? "";
    message.urgency = object.urgency ?? 0;
    message.replication = object.replication ?? 0;
    return message;
  }
};
function createBaseEventTaskAssigned(): EventTaskAssigned {
  return {
    taskId: BigInt(0),
    workers: [],
    commitDeadline: BigInt(0)
  };
}
export const EventTaskAssigned = {
  encode(message: EventTaskAssigned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    for (const v of message.workers) {
      writer.uint32(18).string(v!);
    }
    if (message.commitDeadline !== BigInt(0)) {
      writer.uint32(24).int64(message.commitDeadline);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskAssigned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskAssigned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.workers.push(reader.string());
          break;
        case 3:
          message.commitDeadline = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTaskAssigned {
    const obj = createBaseEventTaskAssigned();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (Array.isArray(object?.workers)) obj.workers = object.workers.map((e: any) => String(e));
    if (isSet(object.commitDeadline)) obj.commitDeadline = BigInt(object.commitDeadline.toString());
    return obj;
  },
  toJSON(message: EventTaskAssigned): JsonSafe<EventTaskAssigned> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    if (message.workers) {
      obj.workers = message.workers.map(e => e);
    } else {
      obj.workers = [];
    }
    message.commitDeadline !== undefined && (obj.commitDeadline = (message.commitDeadline || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskAssigned>, I>>(object: I): EventTaskAssigned {
    const message = createBaseEventTaskAssigned();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.workers = object.workers?.map(e => e) || [];
    if (object.commitDeadline !== undefined && object.commitDeadline !== null) {
      message.commitDeadline = BigInt(object.commitDeadline.toString());
    }
    return message;
  }
};
function createBaseEventResultCommitted(): EventResultCommitted {
  return {
    taskId: BigInt(0),
    worker: ""
  };
}
export const EventResultCommitted = {
  encode(message: EventResultCommitted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.worker !== "") {
      writer.uint32(18).string(message.worker);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventResultCommitted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventResultCommitted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.worker = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventResultCommitted {
    const obj = createBaseEventResultCommitted();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.worker)) obj.worker = String(object.worker);
    return obj;
  },
  toJSON(message: EventResultCommitted): JsonSafe<EventResultCommitted> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.worker !== undefined && (obj.worker = message.worker);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventResultCommitted>, I>>(object: I): EventResultCommitted {
    const message = createBaseEventResultCommitted();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.worker = object.worker ?? "";
    return message;
  }
};
function createBaseEventRevealOpened(): EventRevealOpened {
  return {
    taskId: BigInt(0),
    revealDeadline: BigInt(0)
  };
}
export const EventRevealOpened = {
  encode(message: EventRevealOpened, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.revealDeadline !== BigInt(0)) {
      writer.uint32(16).int64(message.revealDeadline);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventRevealOpened {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventRevealOpened();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.revealDeadline = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventRevealOpened {
    const obj = createBaseEventRevealOpened();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.revealDeadline)) obj.revealDeadline = BigInt(object.revealDeadline.toString());
    return obj;
  },
  toJSON(message: EventRevealOpened): JsonSafe<EventRevealOpened> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.revealDeadline !== undefined && (obj.revealDeadline = (message.revealDeadline || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventRevealOpened>, I>>(object: I): EventRevealOpened {
    const message = createBaseEventRevealOpened();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    if (object.revealDeadline !== undefined && object.revealDeadline !== null) {
      message.revealDeadline = BigInt(object.revealDeadline.toString());
    }
    return message;
  }
};
function createBaseEventResultRevealed(): EventResultRevealed {
  return {
    taskId: BigInt(0),
    worker: "",
    outputHash: new Uint8Array()
  };
}
export const EventResultRevealed = {
  encode(message: EventResultRevealed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.worker !== "") {
      writer.uint32(18).string(message.worker);
    }
    if (message.outputHash.length !== 0) {
      writer.uint32(26).bytes(message.outputHash);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventResultRevealed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventResultRevealed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.worker = reader.string();
          break;
        case 3:
          message.outputHash = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventResultRevealed {
    const obj = createBaseEventResultRevealed();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.worker)) obj.worker = String(object.worker);
    if (isSet(object.outputHash)) obj.outputHash = bytesFromBase64(object.outputHash);
    return obj;
  },
  toJSON(message: EventResultRevealed): JsonSafe<EventResultRevealed> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.worker !== undefined && (obj.worker = message.worker);
    message.outputHash !== undefined && (obj.outputHash = base64FromBytes(message.outputHash !== undefined ? message.outputHash : new Uint8Array()));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventResultRevealed>, I>>(object: I): EventResultRevealed {
    const message = createBaseEventResultRevealed();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.worker = object.worker ?? "";
    message.outputHash = object.outputHash ?? new Uint8Array();
    return message;
  }
};
function createBaseEventTaskSettled(): EventTaskSettled {
  return {
    taskId: BigInt(0),
    resultHash: new Uint8Array(),
    workers: [],
    amount: "",
    devFund: "",
    burned: "",
    refund: ""
  };
}
export const EventTaskSettled = {
  encode(message: EventTaskSettled, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.resultHash.length !== 0) {
      writer.uint32(18).bytes(message.resultHash);
    }
    for (const v of message.workers) {
      writer.uint32(26).string(v!);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.devFund !== "") {
      writer.uint32(42).string(message.devFund);
    }
    if (message.burned !== "") {
      writer.uint32(50).string(message.burned);
    }
    if (message.refund !== "") {
      writer.uint32(58).string(message.refund);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskSettled {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskSettled();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.resultHash = reader.bytes();
          break;
        case 3:
          message.workers.push(reader.string());
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.devFund = reader.string();
          break;
        case 6:
          message.burned = reader.string();
          break;
        case 7:
          message.refund = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTaskSettled {
    const obj = createBaseEventTaskSettled();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.resultHash)) obj.resultHash = bytesFromBase64(object.resultHash);
    if (Array.isArray(object?.workers)) obj.workers = object.workers.map((e: any) => String(e));
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.devFund)) obj.devFund = String(object.devFund);
    if (isSet(object.burned)) obj.burned = String(object.burned);
    if (isSet(object.refund)) obj.refund = String(object.refund);
    return obj;
  },
  toJSON(message: EventTaskSettled): JsonSafe<EventTaskSettled> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.resultHash !== undefined && (obj.resultHash = base64FromBytes(message.resultHash !== undefined ? message.resultHash : new Uint8Array()));
    if (message.workers) {
      obj.workers = message.workers.map(e => e);
    } else {
      obj.workers = [];
    }
    message.amount !== undefined && (obj.amount = message.amount);
    message.devFund !== undefined && (obj.devFund = message.devFund);
    message.burned !== undefined && (obj.burned = message.burned);
    message.refund !== undefined && (obj.refund = message.refund);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskSettled>, I>>(object: I): EventTaskSettled {
    const message = createBaseEventTaskSettled();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.resultHash = object.resultHash ?? new Uint8Array();
    message.workers = object.workers?.map(e => e) || [];
    message.amount = object.amount ?? "";
    message.devFund = object.devFund ?? "";
    message.burned = object.burned ?? "";
    message.refund = object.refund ?? "";
    return message;
  }
};
function createBaseEventTaskReassigned(): EventTaskReassigned {
  return {
    taskId: BigInt(0),
    attempt: 0
  };
}
export const EventTaskReassigned = {
  encode(message: EventTaskReassigned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.attempt !== 0) {
      writer.uint32(16).uint32(message.attempt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskReassigned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskReassigned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.attempt = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTaskReassigned {
    const obj = createBaseEventTaskReassigned();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.attempt)) obj.attempt = Number(object.attempt);
    return obj;
  },
  toJSON(message: EventTaskReassigned): JsonSafe<EventTaskReassigned> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.attempt !== undefined && (obj.attempt = Math.round(message.attempt));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskReassigned>, I>>(object: I): EventTaskReassigned {
    const message = createBaseEventTaskReassigned();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.attempt = object.attempt ?? 0;
    return message;
  }
};
function createBaseEventTaskReexecution(): EventTaskReexecution {
  return {
    taskId: BigInt(0)
  };
}
export const EventTaskReexecution = {
  encode(message: EventTaskReexecution, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskReexecution {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskReexecution();
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
  fromJSON(object: any): EventTaskReexecution {
    const obj = createBaseEventTaskReexecution();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    return obj;
  },
  toJSON(message: EventTaskReexecution): JsonSafe<EventTaskReexecution> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskReexecution>, I>>(object: I): EventTaskReexecution {
    const message = createBaseEventTaskReexecution();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    return message;
  }
};
function createBaseEventTaskExpired(): EventTaskExpired {
  return {
    taskId: BigInt(0),
    refund: "",
    reason: ""
  };
}
export const EventTaskExpired = {
  encode(message: EventTaskExpired, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.refund !== "") {
      writer.uint32(18).string(message.refund);
    }
    if (message.reason !== "") {
      writer.uint32(26).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskExpired {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskExpired();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.refund = reader.string();
          break;
        case 3:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTaskExpired {
    const obj = createBaseEventTaskExpired();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.refund)) obj.refund = String(object.refund);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventTaskExpired): JsonSafe<EventTaskExpired> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.refund !== undefined && (obj.refund = message.refund);
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskExpired>, I>>(object: I): EventTaskExpired {
    const message = createBaseEventTaskExpired();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.refund = object.refund ?? "";
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventWorkerPaid(): EventWorkerPaid {
  return {
    taskId: BigInt(0),
    worker: "",
    amount: ""
  };
}
export const EventWorkerPaid = {
  encode(message: EventWorkerPaid, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.worker !== "") {
      writer.uint32(18).string(message.worker);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventWorkerPaid {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventWorkerPaid();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.worker = reader.string();
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
  fromJSON(object: any): EventWorkerPaid {
    const obj = createBaseEventWorkerPaid();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.worker)) obj.worker = String(object.worker);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: EventWorkerPaid): JsonSafe<EventWorkerPaid> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.worker !== undefined && (obj.worker = message.worker);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventWorkerPaid>, I>>(object: I): EventWorkerPaid {
    const message = createBaseEventWorkerPaid();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.worker = object.worker ?? "";
    message.amount = object.amount ?? "";
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
function createBaseEventTaskFailed(): EventTaskFailed {
  return {
    taskId: BigInt(0),
    reason: "",
    refunded: false
  };
}
export const EventTaskFailed = {
  encode(message: EventTaskFailed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    if (message.reason !== "") {
      writer.uint32(18).string(message.reason);
    }
    if (message.refunded === true) {
      writer.uint32(24).bool(message.refunded);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskFailed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskFailed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.taskId = reader.uint64();
          break;
        case 2:
          message.reason = reader.string();
          break;
        case 3:
          message.refunded = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTaskFailed {
    const obj = createBaseEventTaskFailed();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    if (isSet(object.reason)) obj.reason = String(object.reason);
    if (isSet(object.refunded)) obj.refunded = Boolean(object.refunded);
    return obj;
  },
  toJSON(message: EventTaskFailed): JsonSafe<EventTaskFailed> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    message.reason !== undefined && (obj.reason = message.reason);
    message.refunded !== undefined && (obj.refunded = message.refunded);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskFailed>, I>>(object: I): EventTaskFailed {
    const message = createBaseEventTaskFailed();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    message.reason = object.reason ?? "";
    message.refunded = object.refunded ?? false;
    return message;
  }
};
function createBaseEventTaskPruned(): EventTaskPruned {
  return {
    taskId: BigInt(0)
  };
}
export const EventTaskPruned = {
  encode(message: EventTaskPruned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.taskId !== BigInt(0)) {
      writer.uint32(8).uint64(message.taskId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTaskPruned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTaskPruned();
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
  fromJSON(object: any): EventTaskPruned {
    const obj = createBaseEventTaskPruned();
    if (isSet(object.taskId)) obj.taskId = BigInt(object.taskId.toString());
    return obj;
  },
  toJSON(message: EventTaskPruned): JsonSafe<EventTaskPruned> {
    const obj: any = {};
    message.taskId !== undefined && (obj.taskId = (message.taskId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTaskPruned>, I>>(object: I): EventTaskPruned {
    const message = createBaseEventTaskPruned();
    if (object.taskId !== undefined && object.taskId !== null) {
      message.taskId = BigInt(object.taskId.toString());
    }
    return message;
  }
};