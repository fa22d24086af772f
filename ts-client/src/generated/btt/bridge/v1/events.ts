/* eslint-disable */
import { Valset, OutgoingTransfer, OutgoingBatch, Claim } from "./types.js";
import { PolkadotCustody, PolkadotWithdrawal, PolkadotWithdrawalKind, PolkadotWithdrawalStatus, PolkadotClaim, PolkadotCheckpoint, polkadotWithdrawalKindFromJSON, polkadotWithdrawalStatusFromJSON, polkadotWithdrawalKindToJSON, polkadotWithdrawalStatusToJSON } from "./polkadot.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface EventOrchestratorSet {
  validator: string;
  orchestrator: string;
  ethAddress: string;
}
export interface EventValsetCreated {
  valset?: Valset;
}
export interface EventValsetConfirmed {
  nonce: bigint;
  validator: string;
  ethSigner: string;
}
export interface EventSendToEthereum {
  transfer?: OutgoingTransfer;
}
export interface EventSendToEthereumCanceled {
  transferId: bigint;
  sender: string;
}
export interface EventBatchCreated {
  batch?: OutgoingBatch;
}
export interface EventBatchConfirmed {
  tokenContract: string;
  nonce: bigint;
  validator: string;
}
/** EventBatchExecuted: the batch ran on Ethereum; earlier unexecuted batches of the token went back to the pool. */
export interface EventBatchExecuted {
  tokenContract: string;
  nonce: bigint;
  requeuedBatches: bigint[];
}
/** EventBatchTimedOut: the observed Ethereum height passed the batch's timeout; its transfers are pending again. */
export interface EventBatchTimedOut {
  tokenContract: string;
  nonce: bigint;
}
export interface EventClaim {
  eventNonce: bigint;
  claimHash: string;
  validator: string;
}
export interface EventAttestationObserved {
  eventNonce: bigint;
  claimHash: string;
  claim?: Claim;
}
/** EventDepositCredited: a deposit's tokens reached its BTT receiver. */
export interface EventDepositCredited {
  eventNonce: bigint;
  receiver: string;
  denom: string;
  amount: string;
}
/** EventDepositUnclaimable: a deposit whose destination did not decode; held by the module. */
export interface EventDepositUnclaimable {
  eventNonce: bigint;
  destination: string;
}
export interface EventValsetObserved {
  valsetNonce: bigint;
}
/** EventOrchestratorSlashed: reason is "missed_valset_confirm", "missed_batch_confirm" or "conflicting_claim". */
export interface EventOrchestratorSlashed {
  validator: string;
  reason: string;
  nonce: bigint;
}
export interface EventPolkadotOrchestratorSet {
  validator: string;
  orchestrator: string;
  polkadotAccount: string;
}
export interface EventPolkadotCustodyCreated {
  custody?: PolkadotCustody;
}
/** EventPolkadotWithdrawalCreated: a user withdrawal (MsgSendToPolkadot) or a migration for the multisig to run. */
export interface EventPolkadotWithdrawalCreated {
  withdrawal?: PolkadotWithdrawal;
}
/** EventPolkadotWithdrawalFinished: executed, failed or timed out (status); refunded says the vouchers went back. */
export interface EventPolkadotWithdrawalFinished {
  withdrawalId: bigint;
  kind: PolkadotWithdrawalKind;
  status: PolkadotWithdrawalStatus;
  refunded: boolean;
}
export interface EventPolkadotClaim {
  eventNonce: bigint;
  claimHash: string;
  validator: string;
}
export interface EventPolkadotAttestationObserved {
  eventNonce: bigint;
  claimHash: string;
  claim?: PolkadotClaim;
}
/** EventPolkadotDepositCredited: a deposit's vouchers reached their BTT receiver (or were released by governance). */
export interface EventPolkadotDepositCredited {
  eventNonce: bigint;
  receiver: string;
  amount: string;
}
/** EventPolkadotDepositUnclaimable: a deposit whose btt_receiver did not decode; its vouchers are held. */
export interface EventPolkadotDepositUnclaimable {
  eventNonce: bigint;
  bttReceiver: string;
}
export interface EventPolkadotCheckpoint {
  checkpoint?: PolkadotCheckpoint;
}
function createBaseEventOrchestratorSet(): EventOrchestratorSet {
  return {
    validator: "",
    orchestrator: "",
    ethAddress: ""
  };
}
export const EventOrchestratorSet = {
  encode(message: EventOrchestratorSet, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.orchestrator !== "") {
      writer.uint32(18).string(message.orchestrator);
    }
    if (message.ethAddress !== "") {
      writer.uint32(26).string(message.ethAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrchestratorSet {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrchestratorSet();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.orchestrator = reader.string();
          break;
        case 3:
          message.ethAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrchestratorSet {
    const obj = createBaseEventOrchestratorSet();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.ethAddress)) obj.ethAddress = String(object.ethAddress);
    return obj;
  },
  toJSON(message: EventOrchestratorSet): JsonSafe<EventOrchestratorSet> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.ethAddress !== undefined && (obj.ethAddress = message.ethAddress);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventOrchestratorSet>, I>>(object: I): EventOrchestratorSet {
    const message = createBaseEventOrchestratorSet();
    message.validator = object.validator ?? "";
    message.orchestrator = object.orchestrator ?? "";
    message.ethAddress = object.ethAddress ?? "";
    return message;
  }
};
function createBaseEventValsetCreated(): EventValsetCreated {
  return {
    valset: undefined
  };
}
export const EventValsetCreated = {
  encode(message: EventValsetCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.valset !== undefined) {
      Valset.encode(message.valset, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventValsetCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventValsetCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valset = Valset.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventValsetCreated {
    const obj = createBaseEventValsetCreated();
    if (isSet(object.valset)) obj.valset = Valset.fromJSON(object.valset);
    return obj;
  },
  toJSON(message: EventValsetCreated): JsonSafe<EventValsetCreated> {
    const obj: any = {};
    message.valset !== undefined && (obj.valset = message.valset ? Valset.toJSON(message.valset) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventValsetCreated>, I>>(object: I): EventValsetCreated {
    const message = createBaseEventValsetCreated();
    if (object.valset !== undefined && object.valset !== null) {
      message.valset = Valset.fromPartial(object.valset);
    }
    return message;
  }
};
function createBaseEventValsetConfirmed(): EventValsetConfirmed {
  return {
    nonce: BigInt(0),
    validator: "",
    ethSigner: ""
  };
}
export const EventValsetConfirmed = {
  encode(message: EventValsetConfirmed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.validator !== "") {
      writer.uint32(18).string(message.validator);
    }
    if (message.ethSigner !== "") {
      writer.uint32(26).string(message.ethSigner);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventValsetConfirmed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventValsetConfirmed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.validator = reader.string();
          break;
        case 3:
          message.ethSigner = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventValsetConfirmed {
    const obj = createBaseEventValsetConfirmed();
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.ethSigner)) obj.ethSigner = String(object.ethSigner);
    return obj;
  },
  toJSON(message: EventValsetConfirmed): JsonSafe<EventValsetConfirmed> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.validator !== undefined && (obj.validator = message.validator);
    message.ethSigner !== undefined && (obj.ethSigner = message.ethSigner);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventValsetConfirmed>, I>>(object: I): EventValsetConfirmed {
    const message = createBaseEventValsetConfirmed();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.validator = object.validator ?? "";
    message.ethSigner = object.ethSigner ?? "";
    return message;
  }
};
function createBaseEventSendToEthereum(): EventSendToEthereum {
  return {
    transfer: undefined
  };
}
export const EventSendToEthereum = {
  encode(message: EventSendToEthereum, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.transfer !== undefined) {
      OutgoingTransfer.encode(message.transfer, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventSendToEthereum {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventSendToEthereum();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.transfer = OutgoingTransfer.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventSendToEthereum {
    const obj = createBaseEventSendToEthereum();
    if (isSet(object.transfer)) obj.transfer = OutgoingTransfer.fromJSON(object.transfer);
    return obj;
  },
  toJSON(message: EventSendToEthereum): JsonSafe<EventSendToEthereum> {
    const obj: any = {};
    message.transfer !== undefined && (obj.transfer = message.transfer ? OutgoingTransfer.toJSON(message.transfer) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventSendToEthereum>, I>>(object: I): EventSendToEthereum {
    const message = createBaseEventSendToEthereum();
    if (object.transfer !== undefined && object.transfer !== null) {
      message.transfer = OutgoingTransfer.fromPartial(object.transfer);
    }
    return message;
  }
};
function createBaseEventSendToEthereumCanceled(): EventSendToEthereumCanceled {
  return {
    transferId: BigInt(0),
    sender: ""
  };
}
export const EventSendToEthereumCanceled = {
  encode(message: EventSendToEthereumCanceled, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.transferId !== BigInt(0)) {
      writer.uint32(8).uint64(message.transferId);
    }
    if (message.sender !== "") {
      writer.uint32(18).string(message.sender);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventSendToEthereumCanceled {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventSendToEthereumCanceled();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.transferId = reader.uint64();
          break;
        case 2:
          message.sender = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventSendToEthereumCanceled {
    const obj = createBaseEventSendToEthereumCanceled();
    if (isSet(object.transferId)) obj.transferId = BigInt(object.transferId.toString());
    if (isSet(object.sender)) obj.sender = String(object.sender);
    return obj;
  },
  toJSON(message: EventSendToEthereumCanceled): JsonSafe<EventSendToEthereumCanceled> {
    const obj: any = {};
    message.transferId !== undefined && (obj.transferId = (message.transferId || BigInt(0)).toString());
    message.sender !== undefined && (obj.sender = message.sender);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventSendToEthereumCanceled>, I>>(object: I): EventSendToEthereumCanceled {
    const message = createBaseEventSendToEthereumCanceled();
    if (object.transferId !== undefined && object.transferId !== null) {
      message.transferId = BigInt(object.transferId.toString());
    }
    message.sender = object.sender ?? "";
    return message;
  }
};
function createBaseEventBatchCreated(): EventBatchCreated {
  return {
    batch: undefined
  };
}
export const EventBatchCreated = {
  encode(message: EventBatchCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.batch !== undefined) {
      OutgoingBatch.encode(message.batch, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBatchCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBatchCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.batch = OutgoingBatch.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBatchCreated {
    const obj = createBaseEventBatchCreated();
    if (isSet(object.batch)) obj.batch = OutgoingBatch.fromJSON(object.batch);
    return obj;
  },
  toJSON(message: EventBatchCreated): JsonSafe<EventBatchCreated> {
    const obj: any = {};
    message.batch !== undefined && (obj.batch = message.batch ? OutgoingBatch.toJSON(message.batch) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventBatchCreated>, I>>(object: I): EventBatchCreated {
    const message = createBaseEventBatchCreated();
    if (object.batch !== undefined && object.batch !== null) {
      message.batch = OutgoingBatch.fromPartial(object.batch);
    }
    return message;
  }
};
function createBaseEventBatchConfirmed(): EventBatchConfirmed {
  return {
    tokenContract: "",
    nonce: BigInt(0),
    validator: ""
  };
}
export const EventBatchConfirmed = {
  encode(message: EventBatchConfirmed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    if (message.validator !== "") {
      writer.uint32(26).string(message.validator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBatchConfirmed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBatchConfirmed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tokenContract = reader.string();
          break;
        case 2:
          message.nonce = reader.uint64();
          break;
        case 3:
          message.validator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBatchConfirmed {
    const obj = createBaseEventBatchConfirmed();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.validator)) obj.validator = String(object.validator);
    return obj;
  },
  toJSON(message: EventBatchConfirmed): JsonSafe<EventBatchConfirmed> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.validator !== undefined && (obj.validator = message.validator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventBatchConfirmed>, I>>(object: I): EventBatchConfirmed {
    const message = createBaseEventBatchConfirmed();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.validator = object.validator ?? "";
    return message;
  }
};
function createBaseEventBatchExecuted(): EventBatchExecuted {
  return {
    tokenContract: "",
    nonce: BigInt(0),
    requeuedBatches: []
  };
}
export const EventBatchExecuted = {
  encode(message: EventBatchExecuted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    writer.uint32(26).fork();
    for (const v of message.requeuedBatches) {
      writer.uint64(v);
    }
    writer.ldelim();
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBatchExecuted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBatchExecuted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tokenContract = reader.string();
          break;
        case 2:
          message.nonce = reader.uint64();
          break;
        case 3:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.requeuedBatches.push(reader.uint64());
            }
          } else {
            message.requeuedBatches.push(reader.uint64());
          }
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBatchExecuted {
    const obj = createBaseEventBatchExecuted();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (Array.isArray(object?.requeuedBatches)) obj.requeuedBatches = object.requeuedBatches.map((e: any) => BigInt(e.toString()));
    return obj;
  },
  toJSON(message: EventBatchExecuted): JsonSafe<EventBatchExecuted> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    if (message.requeuedBatches) {
      obj.requeuedBatches = message.requeuedBatches.map(e => (e || BigInt(0)).toString());
    } else {
      obj.requeuedBatches = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventBatchExecuted>, I>>(object: I): EventBatchExecuted {
    const message = createBaseEventBatchExecuted();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.requeuedBatches = object.requeuedBatches?.map(e => BigInt(e.toString())) || [];
    return message;
  }
};
function createBaseEventBatchTimedOut(): EventBatchTimedOut {
  return {
    tokenContract: "",
    nonce: BigInt(0)
  };
}
export const EventBatchTimedOut = {
  encode(message: EventBatchTimedOut, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBatchTimedOut {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBatchTimedOut();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tokenContract = reader.string();
          break;
        case 2:
          message.nonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBatchTimedOut {
    const obj = createBaseEventBatchTimedOut();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: EventBatchTimedOut): JsonSafe<EventBatchTimedOut> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventBatchTimedOut>, I>>(object: I): EventBatchTimedOut {
    const message = createBaseEventBatchTimedOut();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};
function createBaseEventClaim(): EventClaim {
  return {
    eventNonce: BigInt(0),
    claimHash: "",
    validator: ""
  };
}
export const EventClaim = {
  encode(message: EventClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.claimHash !== "") {
      writer.uint32(18).string(message.claimHash);
    }
    if (message.validator !== "") {
      writer.uint32(26).string(message.validator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.claimHash = reader.string();
          break;
        case 3:
          message.validator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventClaim {
    const obj = createBaseEventClaim();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.claimHash)) obj.claimHash = String(object.claimHash);
    if (isSet(object.validator)) obj.validator = String(object.validator);
    return obj;
  },
  toJSON(message: EventClaim): JsonSafe<EventClaim> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.claimHash !== undefined && (obj.claimHash = message.claimHash);
    message.validator !== undefined && (obj.validator = message.validator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventClaim>, I>>(object: I): EventClaim {
    const message = createBaseEventClaim();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.claimHash = object.claimHash ?? "";
    message.validator = object.validator ?? "";
    return message;
  }
};
function createBaseEventAttestationObserved(): EventAttestationObserved {
  return {
    eventNonce: BigInt(0),
    claimHash: "",
    claim: undefined
  };
}
export const EventAttestationObserved = {
  encode(message: EventAttestationObserved, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.claimHash !== "") {
      writer.uint32(18).string(message.claimHash);
    }
    if (message.claim !== undefined) {
      Claim.encode(message.claim, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAttestationObserved {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAttestationObserved();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.claimHash = reader.string();
          break;
        case 3:
          message.claim = Claim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAttestationObserved {
    const obj = createBaseEventAttestationObserved();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.claimHash)) obj.claimHash = String(object.claimHash);
    if (isSet(object.claim)) obj.claim = Claim.fromJSON(object.claim);
    return obj;
  },
  toJSON(message: EventAttestationObserved): JsonSafe<EventAttestationObserved> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.claimHash !== undefined && (obj.claimHash = message.claimHash);
    message.claim !== undefined && (obj.claim = message.claim ? Claim.toJSON(message.claim) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventAttestationObserved>, I>>(object: I): EventAttestationObserved {
    const message = createBaseEventAttestationObserved();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.claimHash = object.claimHash ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = Claim.fromPartial(object.claim);
    }
    return message;
  }
};
function createBaseEventDepositCredited(): EventDepositCredited {
  return {
    eventNonce: BigInt(0),
    receiver: "",
    denom: "",
    amount: ""
  };
}
export const EventDepositCredited = {
  encode(message: EventDepositCredited, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.receiver !== "") {
      writer.uint32(18).string(message.receiver);
    }
    if (message.denom !== "") {
      writer.uint32(26).string(message.denom);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventDepositCredited {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDepositCredited();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.receiver = reader.string();
          break;
        case 3:
          message.denom = reader.string();
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
  fromJSON(object: any): EventDepositCredited {
    const obj = createBaseEventDepositCredited();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.receiver)) obj.receiver = String(object.receiver);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: EventDepositCredited): JsonSafe<EventDepositCredited> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.receiver !== undefined && (obj.receiver = message.receiver);
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventDepositCredited>, I>>(object: I): EventDepositCredited {
    const message = createBaseEventDepositCredited();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.receiver = object.receiver ?? "";
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  }
};
function createBaseEventDepositUnclaimable(): EventDepositUnclaimable {
  return {
    eventNonce: BigInt(0),
    destination: ""
  };
}
export const EventDepositUnclaimable = {
  encode(message: EventDepositUnclaimable, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.destination !== "") {
      writer.uint32(18).string(message.destination);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventDepositUnclaimable {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDepositUnclaimable();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.destination = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventDepositUnclaimable {
    const obj = createBaseEventDepositUnclaimable();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.destination)) obj.destination = String(object.destination);
    return obj;
  },
  toJSON(message: EventDepositUnclaimable): JsonSafe<EventDepositUnclaimable> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.destination !== undefined && (obj.destination = message.destination);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventDepositUnclaimable>, I>>(object: I): EventDepositUnclaimable {
    const message = createBaseEventDepositUnclaimable();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.destination = object.destination ?? "";
    return message;
  }
};
function createBaseEventValsetObserved(): EventValsetObserved {
  return {
    valsetNonce: BigInt(0)
  };
}
export const EventValsetObserved = {
  encode(message: EventValsetObserved, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.valsetNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.valsetNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventValsetObserved {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventValsetObserved();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valsetNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventValsetObserved {
    const obj = createBaseEventValsetObserved();
    if (isSet(object.valsetNonce)) obj.valsetNonce = BigInt(object.valsetNonce.toString());
    return obj;
  },
  toJSON(message: EventValsetObserved): JsonSafe<EventValsetObserved> {
    const obj: any = {};
    message.valsetNonce !== undefined && (obj.valsetNonce = (message.valsetNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventValsetObserved>, I>>(object: I): EventValsetObserved {
    const message = createBaseEventValsetObserved();
    if (object.valsetNonce !== undefined && object.valsetNonce !== null) {
      message.valsetNonce = BigInt(object.valsetNonce.toString());
    }
    return message;
  }
};
function createBaseEventOrchestratorSlashed(): EventOrchestratorSlashed {
  return {
    validator: "",
    reason: "",
    nonce: BigInt(0)
  };
}
export const EventOrchestratorSlashed = {
  encode(message: EventOrchestratorSlashed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.reason !== "") {
      writer.uint32(18).string(message.reason);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(24).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrchestratorSlashed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrchestratorSlashed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.reason = reader.string();
          break;
        case 3:
          message.nonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrchestratorSlashed {
    const obj = createBaseEventOrchestratorSlashed();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: EventOrchestratorSlashed): JsonSafe<EventOrchestratorSlashed> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.reason !== undefined && (obj.reason = message.reason);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventOrchestratorSlashed>, I>>(object: I): EventOrchestratorSlashed {
    const message = createBaseEventOrchestratorSlashed();
    message.validator = object.validator ?? "";
    message.reason = object.reason ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};
function createBaseEventPolkadotOrchestratorSet(): EventPolkadotOrchestratorSet {
  return {
    validator: "",
    orchestrator: "",
    polkadotAccount: ""
  };
}
export const EventPolkadotOrchestratorSet = {
  encode(message: EventPolkadotOrchestratorSet, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.orchestrator !== "") {
      writer.uint32(18).string(message.orchestrator);
    }
    if (message.polkadotAccount !== "") {
      writer.uint32(26).string(message.polkadotAccount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotOrchestratorSet {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotOrchestratorSet();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.orchestrator = reader.string();
          break;
        case 3:
          message.polkadotAccount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotOrchestratorSet {
    const obj = createBaseEventPolkadotOrchestratorSet();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.polkadotAccount)) obj.polkadotAccount = String(object.polkadotAccount);
    return obj;
  },
  toJSON(message: EventPolkadotOrchestratorSet): JsonSafe<EventPolkadotOrchestratorSet> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.polkadotAccount !== undefined && (obj.polkadotAccount = message.polkadotAccount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotOrchestratorSet>, I>>(object: I): EventPolkadotOrchestratorSet {
    const message = createBaseEventPolkadotOrchestratorSet();
    message.validator = object.validator ?? "";
    message.orchestrator = object.orchestrator ?? "";
    message.polkadotAccount = object.polkadotAccount ?? "";
    return message;
  }
};
function createBaseEventPolkadotCustodyCreated(): EventPolkadotCustodyCreated {
  return {
    custody: undefined
  };
}
export const EventPolkadotCustodyCreated = {
  encode(message: EventPolkadotCustodyCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.custody !== undefined) {
      PolkadotCustody.encode(message.custody, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotCustodyCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotCustodyCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.custody = PolkadotCustody.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotCustodyCreated {
    const obj = createBaseEventPolkadotCustodyCreated();
    if (isSet(object.custody)) obj.custody = PolkadotCustody.fromJSON(object.custody);
    return obj;
  },
  toJSON(message: EventPolkadotCustodyCreated): JsonSafe<EventPolkadotCustodyCreated> {
    const obj: any = {};
    message.custody !== undefined && (obj.custody = message.custody ? PolkadotCustody.toJSON(message.custody) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotCustodyCreated>, I>>(object: I): EventPolkadotCustodyCreated {
    const message = createBaseEventPolkadotCustodyCreated();
    if (object.custody !== undefined && object.custody !== null) {
      message.custody = PolkadotCustody.fromPartial(object.custody);
    }
    return message;
  }
};
function createBaseEventPolkadotWithdrawalCreated(): EventPolkadotWithdrawalCreated {
  return {
    withdrawal: undefined
  };
}
export const EventPolkadotWithdrawalCreated = {
  encode(message: EventPolkadotWithdrawalCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawal !== undefined) {
      PolkadotWithdrawal.encode(message.withdrawal, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotWithdrawalCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotWithdrawalCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawal = PolkadotWithdrawal.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotWithdrawalCreated {
    const obj = createBaseEventPolkadotWithdrawalCreated();
    if (isSet(object.withdrawal)) obj.withdrawal = PolkadotWithdrawal.fromJSON(object.withdrawal);
    return obj;
  },
  toJSON(message: EventPolkadotWithdrawalCreated): JsonSafe<EventPolkadotWithdrawalCreated> {
    const obj: any = {};
    message.withdrawal !== undefined && (obj.withdrawal = message.withdrawal ? PolkadotWithdrawal.toJSON(message.withdrawal) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotWithdrawalCreated>, I>>(object: I): EventPolkadotWithdrawalCreated {
    const message = createBaseEventPolkadotWithdrawalCreated();
    if (object.withdrawal !== undefined && object.withdrawal !== null) {
      message.withdrawal = PolkadotWithdrawal.fromPartial(object.withdrawal);
    }
    return message;
  }
};
function createBaseEventPolkadotWithdrawalFinished(): EventPolkadotWithdrawalFinished {
  return {
    withdrawalId: BigInt(0),
    kind: 0,
    status: 0,
    refunded: false
  };
}
export const EventPolkadotWithdrawalFinished = {
  encode(message: EventPolkadotWithdrawalFinished, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.withdrawalId);
    }
    if (message.kind !== 0) {
      writer.uint32(16).int32(message.kind);
    }
    if (message.status !== 0) {
      writer.uint32(24).int32(message.status);
    }
    if (message.refunded === true) {
      writer.uint32(32).bool(message.refunded);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotWithdrawalFinished {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotWithdrawalFinished();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawalId = reader.uint64();
          break;
        case 2:
          message.kind = reader.int32() as any;
          break;
        case 3:
          message.status = reader.int32() as any;
          break;
        case 4:
          message.refunded = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotWithdrawalFinished {
    const obj = createBaseEventPolkadotWithdrawalFinished();
    if (isSet(object.withdrawalId)) obj.withdrawalId = BigInt(object.withdrawalId.toString());
    if (isSet(object.kind)) obj.kind = polkadotWithdrawalKindFromJSON(object.kind);
    if (isSet(object.status)) obj.status = polkadotWithdrawalStatusFromJSON(object.status);
    if (isSet(object.refunded)) obj.refunded = Boolean(object.refunded);
    return obj;
  },
  toJSON(message: EventPolkadotWithdrawalFinished): JsonSafe<EventPolkadotWithdrawalFinished> {
    const obj: any = {};
    message.withdrawalId !== undefined && (obj.withdrawalId = (message.withdrawalId || BigInt(0)).toString());
    message.kind !== undefined && (obj.kind = polkadotWithdrawalKindToJSON(message.kind));
    message.status !== undefined && (obj.status = polkadotWithdrawalStatusToJSON(message.status));
    message.refunded !== undefined && (obj.refunded = message.refunded);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotWithdrawalFinished>, I>>(object: I): EventPolkadotWithdrawalFinished {
    const message = createBaseEventPolkadotWithdrawalFinished();
    if (object.withdrawalId !== undefined && object.withdrawalId !== null) {
      message.withdrawalId = BigInt(object.withdrawalId.toString());
    }
    message.kind = object.kind ?? 0;
    message.status = object.status ?? 0;
    message.refunded = object.refunded ?? false;
    return message;
  }
};
function createBaseEventPolkadotClaim(): EventPolkadotClaim {
  return {
    eventNonce: BigInt(0),
    claimHash: "",
    validator: ""
  };
}
export const EventPolkadotClaim = {
  encode(message: EventPolkadotClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.claimHash !== "") {
      writer.uint32(18).string(message.claimHash);
    }
    if (message.validator !== "") {
      writer.uint32(26).string(message.validator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.claimHash = reader.string();
          break;
        case 3:
          message.validator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotClaim {
    const obj = createBaseEventPolkadotClaim();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.claimHash)) obj.claimHash = String(object.claimHash);
    if (isSet(object.validator)) obj.validator = String(object.validator);
    return obj;
  },
  toJSON(message: EventPolkadotClaim): JsonSafe<EventPolkadotClaim> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.claimHash !== undefined && (obj.claimHash = message.claimHash);
    message.validator !== undefined && (obj.validator = message.validator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotClaim>, I>>(object: I): EventPolkadotClaim {
    const message = createBaseEventPolkadotClaim();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.claimHash = object.claimHash ?? "";
    message.validator = object.validator ?? "";
    return message;
  }
};
function createBaseEventPolkadotAttestationObserved(): EventPolkadotAttestationObserved {
  return {
    eventNonce: BigInt(0),
    claimHash: "",
    claim: undefined
  };
}
export const EventPolkadotAttestationObserved = {
  encode(message: EventPolkadotAttestationObserved, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.claimHash !== "") {
      writer.uint32(18).string(message.claimHash);
    }
    if (message.claim !== undefined) {
      PolkadotClaim.encode(message.claim, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotAttestationObserved {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotAttestationObserved();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.claimHash = reader.string();
          break;
        case 3:
          message.claim = PolkadotClaim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotAttestationObserved {
    const obj = createBaseEventPolkadotAttestationObserved();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.claimHash)) obj.claimHash = String(object.claimHash);
    if (isSet(object.claim)) obj.claim = PolkadotClaim.fromJSON(object.claim);
    return obj;
  },
  toJSON(message: EventPolkadotAttestationObserved): JsonSafe<EventPolkadotAttestationObserved> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.claimHash !== undefined && (obj.claimHash = message.claimHash);
    message.claim !== undefined && (obj.claim = message.claim ? PolkadotClaim.toJSON(message.claim) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotAttestationObserved>, I>>(object: I): EventPolkadotAttestationObserved {
    const message = createBaseEventPolkadotAttestationObserved();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.claimHash = object.claimHash ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = PolkadotClaim.fromPartial(object.claim);
    }
    return message;
  }
};
function createBaseEventPolkadotDepositCredited(): EventPolkadotDepositCredited {
  return {
    eventNonce: BigInt(0),
    receiver: "",
    amount: ""
  };
}
export const EventPolkadotDepositCredited = {
  encode(message: EventPolkadotDepositCredited, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.receiver !== "") {
      writer.uint32(18).string(message.receiver);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotDepositCredited {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotDepositCredited();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.receiver = reader.string();
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
  fromJSON(object: any): EventPolkadotDepositCredited {
    const obj = createBaseEventPolkadotDepositCredited();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.receiver)) obj.receiver = String(object.receiver);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: EventPolkadotDepositCredited): JsonSafe<EventPolkadotDepositCredited> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.receiver !== undefined && (obj.receiver = message.receiver);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotDepositCredited>, I>>(object: I): EventPolkadotDepositCredited {
    const message = createBaseEventPolkadotDepositCredited();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.receiver = object.receiver ?? "";
    message.amount = object.amount ?? "";
    return message;
  }
};
function createBaseEventPolkadotDepositUnclaimable(): EventPolkadotDepositUnclaimable {
  return {
    eventNonce: BigInt(0),
    bttReceiver: ""
  };
}
export const EventPolkadotDepositUnclaimable = {
  encode(message: EventPolkadotDepositUnclaimable, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.bttReceiver !== "") {
      writer.uint32(18).string(message.bttReceiver);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotDepositUnclaimable {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotDepositUnclaimable();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.bttReceiver = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotDepositUnclaimable {
    const obj = createBaseEventPolkadotDepositUnclaimable();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.bttReceiver)) obj.bttReceiver = String(object.bttReceiver);
    return obj;
  },
  toJSON(message: EventPolkadotDepositUnclaimable): JsonSafe<EventPolkadotDepositUnclaimable> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.bttReceiver !== undefined && (obj.bttReceiver = message.bttReceiver);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotDepositUnclaimable>, I>>(object: I): EventPolkadotDepositUnclaimable {
    const message = createBaseEventPolkadotDepositUnclaimable();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.bttReceiver = object.bttReceiver ?? "";
    return message;
  }
};
function createBaseEventPolkadotCheckpoint(): EventPolkadotCheckpoint {
  return {
    checkpoint: undefined
  };
}
export const EventPolkadotCheckpoint = {
  encode(message: EventPolkadotCheckpoint, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.checkpoint !== undefined) {
      PolkadotCheckpoint.encode(message.checkpoint, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPolkadotCheckpoint {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPolkadotCheckpoint();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.checkpoint = PolkadotCheckpoint.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPolkadotCheckpoint {
    const obj = createBaseEventPolkadotCheckpoint();
    if (isSet(object.checkpoint)) obj.checkpoint = PolkadotCheckpoint.fromJSON(object.checkpoint);
    return obj;
  },
  toJSON(message: EventPolkadotCheckpoint): JsonSafe<EventPolkadotCheckpoint> {
    const obj: any = {};
    message.checkpoint !== undefined && (obj.checkpoint = message.checkpoint ? PolkadotCheckpoint.toJSON(message.checkpoint) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventPolkadotCheckpoint>, I>>(object: I): EventPolkadotCheckpoint {
    const message = createBaseEventPolkadotCheckpoint();
    if (object.checkpoint !== undefined && object.checkpoint !== null) {
      message.checkpoint = PolkadotCheckpoint.fromPartial(object.checkpoint);
    }
    return message;
  }
};