/* eslint-disable */
import { Confirm, Params, Orchestrator, Valset, OutgoingTransfer, OutgoingBatch, Attestation, TokenDenom, UnclaimableDeposit } from "./types.js";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { PolkadotGenesis } from "./polkadot.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** ValidatorEventNonce is the last event nonce a validator's orchestrator attested. */
export interface ValidatorEventNonce {
  validator: string;
  eventNonce: bigint;
}
/** ValsetConfirms are the signatures of one valset. */
export interface ValsetConfirms {
  nonce: bigint;
  confirms: Confirm[];
}
/** BatchConfirms are the signatures of one batch. */
export interface BatchConfirms {
  tokenContract: string;
  nonce: bigint;
  confirms: Confirm[];
}
/** GenesisState is x/bridge's genesis; it round-trips through export and import. */
export interface GenesisState {
  params: Params;
  orchestrators: Orchestrator[];
  valsets: Valset[];
  valsetConfirms: ValsetConfirms[];
  pendingTransfers: OutgoingTransfer[];
  batches: OutgoingBatch[];
  batchConfirms: BatchConfirms[];
  attestations: Attestation[];
  validatorEventNonces: ValidatorEventNonce[];
  tokenDenoms: TokenDenom[];
  unclaimableDeposits: UnclaimableDeposit[];
  lastObservedEventNonce: bigint;
  lastObservedEthereumHeight: bigint;
  /** last_observed_valset_nonce is the valset the contract holds (from the last observed ValsetUpdatedClaim). */
  lastObservedValsetNonce: bigint;
  nextTransferId: bigint;
  /** last_batch_nonces: the last batch nonce made, per token contract. */
  lastBatchNonces: BatchNonce[];
  /**
   * wrapped_btt_outstanding is the wBTT the executed abtt batches minted on Ethereum, less the wBTT deposited
   * back: the part of the module's escrowed abtt that backs wBTT.
   */
  wrappedBttOutstanding: string;
  /**
   * last_observed_ethereum_height_time is the BTT block time at which last_observed_ethereum_height was last
   * raised (zero: unknown); batch timeouts project the Ethereum height forward from it.
   */
  lastObservedEthereumHeightTime: Timestamp;
  /** auto_batch_cursor is the last token contract the automatic batcher looked at (it goes on after it). */
  autoBatchCursor: string;
  /** polkadot: the Polkadot side's state. */
  polkadot: PolkadotGenesis;
}
export interface BatchNonce {
  tokenContract: string;
  nonce: bigint;
}
function createBaseValidatorEventNonce(): ValidatorEventNonce {
  return {
    validator: "",
    eventNonce: BigInt(0)
  };
}
export const ValidatorEventNonce = {
  encode(message: ValidatorEventNonce, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ValidatorEventNonce {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValidatorEventNonce();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.eventNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ValidatorEventNonce {
    const obj = createBaseValidatorEventNonce();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    return obj;
  },
  toJSON(message: ValidatorEventNonce): JsonSafe<ValidatorEventNonce> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ValidatorEventNonce>, I>>(object: I): ValidatorEventNonce {
    const message = createBaseValidatorEventNonce();
    message.validator = object.validator ?? "";
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    return message;
  }
};
function createBaseValsetConfirms(): ValsetConfirms {
  return {
    nonce: BigInt(0),
    confirms: []
  };
}
export const ValsetConfirms = {
  encode(message: ValsetConfirms, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    for (const v of message.confirms) {
      Confirm.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ValsetConfirms {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValsetConfirms();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.confirms.push(Confirm.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ValsetConfirms {
    const obj = createBaseValsetConfirms();
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (Array.isArray(object?.confirms)) obj.confirms = object.confirms.map((e: any) => Confirm.fromJSON(e));
    return obj;
  },
  toJSON(message: ValsetConfirms): JsonSafe<ValsetConfirms> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    if (message.confirms) {
      obj.confirms = message.confirms.map(e => e ? Confirm.toJSON(e) : undefined);
    } else {
      obj.confirms = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ValsetConfirms>, I>>(object: I): ValsetConfirms {
    const message = createBaseValsetConfirms();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.confirms = object.confirms?.map(e => Confirm.fromPartial(e)) || [];
    return message;
  }
};
function createBaseBatchConfirms(): BatchConfirms {
  return {
    tokenContract: "",
    nonce: BigInt(0),
    confirms: []
  };
}
export const BatchConfirms = {
  encode(message: BatchConfirms, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    for (const v of message.confirms) {
      Confirm.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): BatchConfirms {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBatchConfirms();
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
          message.confirms.push(Confirm.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): BatchConfirms {
    const obj = createBaseBatchConfirms();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (Array.isArray(object?.confirms)) obj.confirms = object.confirms.map((e: any) => Confirm.fromJSON(e));
    return obj;
  },
  toJSON(message: BatchConfirms): JsonSafe<BatchConfirms> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    if (message.confirms) {
      obj.confirms = message.confirms.map(e => e ? Confirm.toJSON(e) : undefined);
    } else {
      obj.confirms = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<BatchConfirms>, I>>(object: I): BatchConfirms {
    const message = createBaseBatchConfirms();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.confirms = object.confirms?.map(e => Confirm.fromPartial(e)) || [];
    return message;
  }
};
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    orchestrators: [],
    valsets: [],
    valsetConfirms: [],
    pendingTransfers: [],
    batches: [],
    batchConfirms: [],
    attestations: [],
    validatorEventNonces: [],
    tokenDenoms: [],
    unclaimableDeposits: [],
    lastObservedEventNonce: BigInt(0),
    lastObservedEthereumHeight: BigInt(0),
    lastObservedValsetNonce: BigInt(0),
    nextTransferId: BigInt(0),
    lastBatchNonces: [],
    wrappedBttOutstanding: "",
    lastObservedEthereumHeightTime: Timestamp.fromPartial({}),
    autoBatchCursor: "",
    polkadot: PolkadotGenesis.fromPartial({})
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.orchestrators) {
      Orchestrator.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.valsets) {
      Valset.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.valsetConfirms) {
      ValsetConfirms.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.pendingTransfers) {
      OutgoingTransfer.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    for (const v of message.batches) {
      OutgoingBatch.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    for (const v of message.batchConfirms) {
      BatchConfirms.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    for (const v of message.attestations) {
      Attestation.encode(v!, writer.uint32(66).fork()).ldelim();
    }
    for (const v of message.validatorEventNonces) {
      ValidatorEventNonce.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    for (const v of message.tokenDenoms) {
      TokenDenom.encode(v!, writer.uint32(82).fork()).ldelim();
    }
    for (const v of message.unclaimableDeposits) {
      UnclaimableDeposit.encode(v!, writer.uint32(90).fork()).ldelim();
    }
    if (message.lastObservedEventNonce !== BigInt(0)) {
      writer.uint32(96).uint64(message.lastObservedEventNonce);
    }
    if (message.lastObservedEthereumHeight !== BigInt(0)) {
      writer.uint32(104).uint64(message.lastObservedEthereumHeight);
    }
    if (message.lastObservedValsetNonce !== BigInt(0)) {
      writer.uint32(112).uint64(message.lastObservedValsetNonce);
    }
    if (message.nextTransferId !== BigInt(0)) {
      writer.uint32(120).uint64(message.nextTransferId);
    }
    for (const v of message.lastBatchNonces) {
      BatchNonce.encode(v!, writer.uint32(130).fork()).ldelim();
    }
    if (message.wrappedBttOutstanding !== "") {
      writer.uint32(138).string(message.wrappedBttOutstanding);
    }
    if (message.lastObservedEthereumHeightTime !== undefined) {
      Timestamp.encode(message.lastObservedEthereumHeightTime, writer.uint32(162).fork()).ldelim();
    }
    if (message.autoBatchCursor !== "") {
      writer.uint32(170).string(message.autoBatchCursor);
    }
    if (message.polkadot !== undefined) {
      PolkadotGenesis.encode(message.polkadot, writer.uint32(242).fork()).ldelim();
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
          message.orchestrators.push(Orchestrator.decode(reader, reader.uint32()));
          break;
        case 3:
          message.valsets.push(Valset.decode(reader, reader.uint32()));
          break;
        case 4:
          message.valsetConfirms.push(ValsetConfirms.decode(reader, reader.uint32()));
          break;
        case 5:
          message.pendingTransfers.push(OutgoingTransfer.decode(reader, reader.uint32()));
          break;
        case 6:
          message.batches.push(OutgoingBatch.decode(reader, reader.uint32()));
          break;
        case 7:
          message.batchConfirms.push(BatchConfirms.decode(reader, reader.uint32()));
          break;
        case 8:
          message.attestations.push(Attestation.decode(reader, reader.uint32()));
          break;
        case 9:
          message.validatorEventNonces.push(ValidatorEventNonce.decode(reader, reader.uint32()));
          break;
        case 10:
          message.tokenDenoms.push(TokenDenom.decode(reader, reader.uint32()));
          break;
        case 11:
          message.unclaimableDeposits.push(UnclaimableDeposit.decode(reader, reader.uint32()));
          break;
        case 12:
          message.lastObservedEventNonce = reader.uint64();
          break;
        case 13:
          message.lastObservedEthereumHeight = reader.uint64();
          break;
        case 14:
          message.lastObservedValsetNonce = reader.uint64();
          break;
        case 15:
          message.nextTransferId = reader.uint64();
          break;
        case 16:
          message.lastBatchNonces.push(BatchNonce.decode(reader, reader.uint32()));
          break;
        case 17:
          message.wrappedBttOutstanding = reader.string();
          break;
        case 20:
          message.lastObservedEthereumHeightTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 21:
          message.autoBatchCursor = reader.string();
          break;
        case 30:
          message.polkadot = PolkadotGenesis.decode(reader, reader.uint32());
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
    if (Array.isArray(object?.orchestrators)) obj.orchestrators = object.orchestrators.map((e: any) => Orchestrator.fromJSON(e));
    if (Array.isArray(object?.valsets)) obj.valsets = object.valsets.map((e: any) => Valset.fromJSON(e));
    if (Array.isArray(object?.valsetConfirms)) obj.valsetConfirms = object.valsetConfirms.map((e: any) => ValsetConfirms.fromJSON(e));
    if (Array.isArray(object?.pendingTransfers)) obj.pendingTransfers = object.pendingTransfers.map((e: any) => OutgoingTransfer.fromJSON(e));
    if (Array.isArray(object?.batches)) obj.batches = object.batches.map((e: any) => OutgoingBatch.fromJSON(e));
    if (Array.isArray(object?.batchConfirms)) obj.batchConfirms = object.batchConfirms.map((e: any) => BatchConfirms.fromJSON(e));
    if (Array.isArray(object?.attestations)) obj.attestations = object.attestations.map((e: any) => Attestation.fromJSON(e));
    if (Array.isArray(object?.validatorEventNonces)) obj.validatorEventNonces = object.validatorEventNonces.map((e: any) => ValidatorEventNonce.fromJSON(e));
    if (Array.isArray(object?.tokenDenoms)) obj.tokenDenoms = object.tokenDenoms.map((e: any) => TokenDenom.fromJSON(e));
    if (Array.isArray(object?.unclaimableDeposits)) obj.unclaimableDeposits = object.unclaimableDeposits.map((e: any) => UnclaimableDeposit.fromJSON(e));
    if (isSet(object.lastObservedEventNonce)) obj.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    if (isSet(object.lastObservedEthereumHeight)) obj.lastObservedEthereumHeight = BigInt(object.lastObservedEthereumHeight.toString());
    if (isSet(object.lastObservedValsetNonce)) obj.lastObservedValsetNonce = BigInt(object.lastObservedValsetNonce.toString());
    if (isSet(object.nextTransferId)) obj.nextTransferId = BigInt(object.nextTransferId.toString());
    if (Array.isArray(object?.lastBatchNonces)) obj.lastBatchNonces = object.lastBatchNonces.map((e: any) => BatchNonce.fromJSON(e));
    if (isSet(object.wrappedBttOutstanding)) obj.wrappedBttOutstanding = String(object.wrappedBttOutstanding);
    if (isSet(object.lastObservedEthereumHeightTime)) obj.lastObservedEthereumHeightTime = fromJsonTimestamp(object.lastObservedEthereumHeightTime);
    if (isSet(object.autoBatchCursor)) obj.autoBatchCursor = String(object.autoBatchCursor);
    if (isSet(object.polkadot)) obj.polkadot = PolkadotGenesis.fromJSON(object.polkadot);
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.orchestrators) {
      obj.orchestrators = message.orchestrators.map(e => e ? Orchestrator.toJSON(e) : undefined);
    } else {
      obj.orchestrators = [];
    }
    if (message.valsets) {
      obj.valsets = message.valsets.map(e => e ? Valset.toJSON(e) : undefined);
    } else {
      obj.valsets = [];
    }
    if (message.valsetConfirms) {
      obj.valsetConfirms = message.valsetConfirms.map(e => e ? ValsetConfirms.toJSON(e) : undefined);
    } else {
      obj.valsetConfirms = [];
    }
    if (message.pendingTransfers) {
      obj.pendingTransfers = message.pendingTransfers.map(e => e ? OutgoingTransfer.toJSON(e) : undefined);
    } else {
      obj.pendingTransfers = [];
    }
    if (message.batches) {
      obj.batches = message.batches.map(e => e ? OutgoingBatch.toJSON(e) : undefined);
    } else {
      obj.batches = [];
    }
    if (message.batchConfirms) {
      obj.batchConfirms = message.batchConfirms.map(e => e ? BatchConfirms.toJSON(e) : undefined);
    } else {
      obj.batchConfirms = [];
    }
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? Attestation.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    if (message.validatorEventNonces) {
      obj.validatorEventNonces = message.validatorEventNonces.map(e => e ? ValidatorEventNonce.toJSON(e) : undefined);
    } else {
      obj.validatorEventNonces = [];
    }
    if (message.tokenDenoms) {
      obj.tokenDenoms = message.tokenDenoms.map(e => e ? TokenDenom.toJSON(e) : undefined);
    } else {
      obj.tokenDenoms = [];
    }
    if (message.unclaimableDeposits) {
      obj.unclaimableDeposits = message.unclaimableDeposits.map(e => e ? UnclaimableDeposit.toJSON(e) : undefined);
    } else {
      obj.unclaimableDeposits = [];
    }
    message.lastObservedEventNonce !== undefined && (obj.lastObservedEventNonce = (message.lastObservedEventNonce || BigInt(0)).toString());
    message.lastObservedEthereumHeight !== undefined && (obj.lastObservedEthereumHeight = (message.lastObservedEthereumHeight || BigInt(0)).toString());
    message.lastObservedValsetNonce !== undefined && (obj.lastObservedValsetNonce = (message.lastObservedValsetNonce || BigInt(0)).toString());
    message.nextTransferId !== undefined && (obj.nextTransferId = (message.nextTransferId || BigInt(0)).toString());
    if (message.lastBatchNonces) {
      obj.lastBatchNonces = message.lastBatchNonces.map(e => e ? BatchNonce.toJSON(e) : undefined);
    } else {
      obj.lastBatchNonces = [];
    }
    message.wrappedBttOutstanding !== undefined && (obj.wrappedBttOutstanding = message.wrappedBttOutstanding);
    message.lastObservedEthereumHeightTime !== undefined && (obj.lastObservedEthereumHeightTime = fromTimestamp(message.lastObservedEthereumHeightTime).toISOString());
    message.autoBatchCursor !== undefined && (obj.autoBatchCursor = message.autoBatchCursor);
    message.polkadot !== undefined && (obj.polkadot = message.polkadot ? PolkadotGenesis.toJSON(message.polkadot) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    message.orchestrators = object.orchestrators?.map(e => Orchestrator.fromPartial(e)) || [];
    message.valsets = object.valsets?.map(e => Valset.fromPartial(e)) || [];
    message.valsetConfirms = object.valsetConfirms?.map(e => ValsetConfirms.fromPartial(e)) || [];
    message.pendingTransfers = object.pendingTransfers?.map(e => OutgoingTransfer.fromPartial(e)) || [];
    message.batches = object.batches?.map(e => OutgoingBatch.fromPartial(e)) || [];
    message.batchConfirms = object.batchConfirms?.map(e => BatchConfirms.fromPartial(e)) || [];
    message.attestations = object.attestations?.map(e => Attestation.fromPartial(e)) || [];
    message.validatorEventNonces = object.validatorEventNonces?.map(e => ValidatorEventNonce.fromPartial(e)) || [];
    message.tokenDenoms = object.tokenDenoms?.map(e => TokenDenom.fromPartial(e)) || [];
    message.unclaimableDeposits = object.unclaimableDeposits?.map(e => UnclaimableDeposit.fromPartial(e)) || [];
    if (object.lastObservedEventNonce !== undefined && object.lastObservedEventNonce !== null) {
      message.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    }
    if (object.lastObservedEthereumHeight !== undefined && object.lastObservedEthereumHeight !== null) {
      message.lastObservedEthereumHeight = BigInt(object.lastObservedEthereumHeight.toString());
    }
    if (object.lastObservedValsetNonce !== undefined && object.lastObservedValsetNonce !== null) {
      message.lastObservedValsetNonce = BigInt(object.lastObservedValsetNonce.toString());
    }
    if (object.nextTransferId !== undefined && object.nextTransferId !== null) {
      message.nextTransferId = BigInt(object.nextTransferId.toString());
    }
    message.lastBatchNonces = object.lastBatchNonces?.map(e => BatchNonce.fromPartial(e)) || [];
    message.wrappedBttOutstanding = object.wrappedBttOutstanding ?? "";
    if (object.lastObservedEthereumHeightTime !== undefined && object.lastObservedEthereumHeightTime !== null) {
      message.lastObservedEthereumHeightTime = Timestamp.fromPartial(object.lastObservedEthereumHeightTime);
    }
    message.autoBatchCursor = object.autoBatchCursor ?? "";
    if (object.polkadot !== undefined && object.polkadot !== null) {
      message.polkadot = PolkadotGenesis.fromPartial(object.polkadot);
    }
    return message;
  }
};
function createBaseBatchNonce(): BatchNonce {
  return {
    tokenContract: "",
    nonce: BigInt(0)
  };
}
export const BatchNonce = {
  encode(message: BatchNonce, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): BatchNonce {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBatchNonce();
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
  fromJSON(object: any): BatchNonce {
    const obj = createBaseBatchNonce();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: BatchNonce): JsonSafe<BatchNonce> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<BatchNonce>, I>>(object: I): BatchNonce {
    const message = createBaseBatchNonce();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};