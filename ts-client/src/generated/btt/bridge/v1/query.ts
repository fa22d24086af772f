/* eslint-disable */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Params, Orchestrator, Valset, Confirm, OutgoingTransfer, OutgoingBatch, Attestation, TokenDenom, UnclaimableDeposit } from "./types.js";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { PolkadotCustody, PolkadotOrchestrator, PolkadotWithdrawal, PolkadotCheckpoint, PolkadotUnclaimableDeposit, PolkadotBridgeState, PolkadotAttestation } from "./polkadot.js";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
import { Decimal } from "@cosmjs/math";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
export interface QueryOrchestratorsRequest {}
export interface QueryOrchestratorsResponse {
  orchestrators: Orchestrator[];
}
export interface QueryOrchestratorRequest {
  key: string;
}
export interface QueryOrchestratorResponse {
  orchestrator: Orchestrator;
}
export interface QueryCurrentValsetRequest {}
export interface QueryCurrentValsetResponse {
  valset: Valset;
  /** registered_power_fraction is the share of bonded power with an orchestrator (a valset needs > 2/3). */
  registeredPowerFraction: string;
}
export interface QueryValsetsRequest {
  pagination?: PageRequest;
}
export interface QueryValsetsResponse {
  valsets: Valset[];
  pagination?: PageResponse;
}
export interface QueryValsetRequest {
  nonce: bigint;
}
export interface QueryValsetResponse {
  valset: Valset;
}
export interface QueryValsetConfirmsRequest {
  nonce: bigint;
}
export interface QueryValsetConfirmsResponse {
  confirms: Confirm[];
}
export interface QueryPendingValsetConfirmsRequest {
  orchestrator: string;
}
export interface QueryPendingValsetConfirmsResponse {
  valsets: Valset[];
}
export interface QueryPendingTransfersRequest {
  pagination?: PageRequest;
}
export interface QueryPendingTransfersResponse {
  transfers: OutgoingTransfer[];
  pagination?: PageResponse;
}
export interface QueryBatchesRequest {}
export interface QueryBatchesResponse {
  batches: OutgoingBatch[];
}
export interface QueryBatchRequest {
  tokenContract: string;
  nonce: bigint;
}
export interface QueryBatchResponse {
  batch: OutgoingBatch;
}
export interface QueryBatchConfirmsRequest {
  tokenContract: string;
  nonce: bigint;
}
export interface QueryBatchConfirmsResponse {
  confirms: Confirm[];
}
export interface QueryPendingBatchConfirmsRequest {
  orchestrator: string;
}
export interface QueryPendingBatchConfirmsResponse {
  batches: OutgoingBatch[];
}
export interface QueryAttestationsRequest {
  pagination?: PageRequest;
}
export interface QueryAttestationsResponse {
  attestations: Attestation[];
  pagination?: PageResponse;
}
export interface QueryLastEventNonceRequest {
  address: string;
}
export interface QueryLastEventNonceResponse {
  eventNonce: bigint;
}
export interface QueryLastObservedRequest {}
export interface QueryLastObservedResponse {
  eventNonce: bigint;
  ethereumHeight: bigint;
  valsetNonce: bigint;
}
export interface QueryTokenDenomsRequest {}
export interface QueryTokenDenomsResponse {
  tokenDenoms: TokenDenom[];
}
export interface QueryEscrowRequest {}
export interface QueryEscrowResponse {
  /** escrowed_btt is the module's abtt balance. */
  escrowedBtt: Coin;
  /** in_flight is amount + fee of every pending or batched transfer, per denom. */
  inFlight: Coin[];
  /** vouchers is the bank supply of each bridge/eth/… denom. */
  vouchers: Coin[];
  /** wrapped_btt_outstanding is the abtt backing wBTT on Ethereum (executed abtt batches less wBTT deposits). */
  wrappedBttOutstanding: string;
}
export interface QueryUnclaimableDepositsRequest {}
export interface QueryUnclaimableDepositsResponse {
  deposits: UnclaimableDeposit[];
}
export interface QueryPolkadotCustodyRequest {
  /** id 0: the current custody. */
  id: bigint;
}
export interface QueryPolkadotCustodyResponse {
  custody: PolkadotCustody;
}
export interface QueryPolkadotCustodiesRequest {
  pagination?: PageRequest;
}
export interface QueryPolkadotCustodiesResponse {
  custodies: PolkadotCustody[];
  pagination?: PageResponse;
}
export interface QueryPolkadotOrchestratorsRequest {}
export interface QueryPolkadotOrchestratorsResponse {
  orchestrators: PolkadotOrchestrator[];
}
export interface QueryPolkadotWithdrawalRequest {
  id: bigint;
}
export interface QueryPolkadotWithdrawalResponse {
  withdrawal: PolkadotWithdrawal;
}
export interface QueryPolkadotPendingWithdrawalsRequest {
  pagination?: PageRequest;
}
export interface QueryPolkadotPendingWithdrawalsResponse {
  withdrawals: PolkadotWithdrawal[];
  pagination?: PageResponse;
}
export interface QueryPolkadotCheckpointsRequest {
  pagination?: PageRequest;
}
export interface QueryPolkadotCheckpointsResponse {
  checkpoints: PolkadotCheckpoint[];
  pagination?: PageResponse;
}
export interface QueryPolkadotCheckpointRequest {
  height: bigint;
}
export interface QueryPolkadotCheckpointResponse {
  checkpoint: PolkadotCheckpoint;
}
export interface QueryPolkadotUnclaimableDepositsRequest {}
export interface QueryPolkadotUnclaimableDepositsResponse {
  deposits: PolkadotUnclaimableDeposit[];
}
export interface QueryPolkadotLastEventNonceRequest {
  address: string;
}
export interface QueryPolkadotLastEventNonceResponse {
  eventNonce: bigint;
  lastObservedEventNonce: bigint;
}
export interface QueryPolkadotBridgeStateRequest {}
export interface QueryPolkadotBridgeStateResponse {
  state: PolkadotBridgeState;
  bridgeStateHash: string;
  /** pending_withdrawals: planck in pending user withdrawals (burned, not yet executed). */
  pendingWithdrawals: string;
  /** unclaimable: planck held for unclaimable deposits. */
  unclaimable: string;
}
export interface QueryPolkadotAttestationsRequest {
  pagination?: PageRequest;
}
export interface QueryPolkadotAttestationsResponse {
  attestations: PolkadotAttestation[];
  pagination?: PageResponse;
}
export interface QueryProjectedEthereumHeightRequest {}
export interface QueryProjectedEthereumHeightResponse {
  /**
   * projected_height: observed_height + ⌊(this block's time − observed_at) / params.ethereum_block_time⌋ (the
   * observed height when none is observed, the block time is 0 or no time is recorded).
   */
  projectedHeight: bigint;
  /** observed_height: last_observed_ethereum_height (0: none observed yet; no batch can be made). */
  observedHeight: bigint;
  /** observed_at: the BTT block time at which observed_height was last raised (zero when none is recorded). */
  observedAt: Timestamp;
  /**
   * batch_timeout: the timeout a batch made now gets, projected_height + params.batch_timeout_ethereum_blocks
   * (0 while no height is observed).
   */
  batchTimeout: bigint;
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
function createBaseQueryOrchestratorsRequest(): QueryOrchestratorsRequest {
  return {};
}
export const QueryOrchestratorsRequest = {
  encode(_: QueryOrchestratorsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrchestratorsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrchestratorsRequest();
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
  fromJSON(_: any): QueryOrchestratorsRequest {
    const obj = createBaseQueryOrchestratorsRequest();
    return obj;
  },
  toJSON(_: QueryOrchestratorsRequest): JsonSafe<QueryOrchestratorsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrchestratorsRequest>, I>>(_: I): QueryOrchestratorsRequest {
    const message = createBaseQueryOrchestratorsRequest();
    return message;
  }
};
function createBaseQueryOrchestratorsResponse(): QueryOrchestratorsResponse {
  return {
    orchestrators: []
  };
}
export const QueryOrchestratorsResponse = {
  encode(message: QueryOrchestratorsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.orchestrators) {
      Orchestrator.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrchestratorsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrchestratorsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrators.push(Orchestrator.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrchestratorsResponse {
    const obj = createBaseQueryOrchestratorsResponse();
    if (Array.isArray(object?.orchestrators)) obj.orchestrators = object.orchestrators.map((e: any) => Orchestrator.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryOrchestratorsResponse): JsonSafe<QueryOrchestratorsResponse> {
    const obj: any = {};
    if (message.orchestrators) {
      obj.orchestrators = message.orchestrators.map(e => e ? Orchestrator.toJSON(e) : undefined);
    } else {
      obj.orchestrators = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrchestratorsResponse>, I>>(object: I): QueryOrchestratorsResponse {
    const message = createBaseQueryOrchestratorsResponse();
    message.orchestrators = object.orchestrators?.map(e => Orchestrator.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryOrchestratorRequest(): QueryOrchestratorRequest {
  return {
    key: ""
  };
}
export const QueryOrchestratorRequest = {
  encode(message: QueryOrchestratorRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.key !== "") {
      writer.uint32(10).string(message.key);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrchestratorRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrchestratorRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.key = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrchestratorRequest {
    const obj = createBaseQueryOrchestratorRequest();
    if (isSet(object.key)) obj.key = String(object.key);
    return obj;
  },
  toJSON(message: QueryOrchestratorRequest): JsonSafe<QueryOrchestratorRequest> {
    const obj: any = {};
    message.key !== undefined && (obj.key = message.key);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrchestratorRequest>, I>>(object: I): QueryOrchestratorRequest {
    const message = createBaseQueryOrchestratorRequest();
    message.key = object.key ?? "";
    return message;
  }
};
function createBaseQueryOrchestratorResponse(): QueryOrchestratorResponse {
  return {
    orchestrator: Orchestrator.fromPartial({})
  };
}
export const QueryOrchestratorResponse = {
  encode(message: QueryOrchestratorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== undefined) {
      Orchestrator.encode(message.orchestrator, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrchestratorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrchestratorResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = Orchestrator.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrchestratorResponse {
    const obj = createBaseQueryOrchestratorResponse();
    if (isSet(object.orchestrator)) obj.orchestrator = Orchestrator.fromJSON(object.orchestrator);
    return obj;
  },
  toJSON(message: QueryOrchestratorResponse): JsonSafe<QueryOrchestratorResponse> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator ? Orchestrator.toJSON(message.orchestrator) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOrchestratorResponse>, I>>(object: I): QueryOrchestratorResponse {
    const message = createBaseQueryOrchestratorResponse();
    if (object.orchestrator !== undefined && object.orchestrator !== null) {
      message.orchestrator = Orchestrator.fromPartial(object.orchestrator);
    }
    return message;
  }
};
function createBaseQueryCurrentValsetRequest(): QueryCurrentValsetRequest {
  return {};
}
export const QueryCurrentValsetRequest = {
  encode(_: QueryCurrentValsetRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCurrentValsetRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCurrentValsetRequest();
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
  fromJSON(_: any): QueryCurrentValsetRequest {
    const obj = createBaseQueryCurrentValsetRequest();
    return obj;
  },
  toJSON(_: QueryCurrentValsetRequest): JsonSafe<QueryCurrentValsetRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCurrentValsetRequest>, I>>(_: I): QueryCurrentValsetRequest {
    const message = createBaseQueryCurrentValsetRequest();
    return message;
  }
};
function createBaseQueryCurrentValsetResponse(): QueryCurrentValsetResponse {
  return {
    valset: Valset.fromPartial({}),
    registeredPowerFraction: ""
  };
}
export const QueryCurrentValsetResponse = {
  encode(message: QueryCurrentValsetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.valset !== undefined) {
      Valset.encode(message.valset, writer.uint32(10).fork()).ldelim();
    }
    if (message.registeredPowerFraction !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.registeredPowerFraction, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryCurrentValsetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryCurrentValsetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valset = Valset.decode(reader, reader.uint32());
          break;
        case 2:
          message.registeredPowerFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryCurrentValsetResponse {
    const obj = createBaseQueryCurrentValsetResponse();
    if (isSet(object.valset)) obj.valset = Valset.fromJSON(object.valset);
    if (isSet(object.registeredPowerFraction)) obj.registeredPowerFraction = String(object.registeredPowerFraction);
    return obj;
  },
  toJSON(message: QueryCurrentValsetResponse): JsonSafe<QueryCurrentValsetResponse> {
    const obj: any = {};
    message.valset !== undefined && (obj.valset = message.valset ? Valset.toJSON(message.valset) : undefined);
    message.registeredPowerFraction !== undefined && (obj.registeredPowerFraction = message.registeredPowerFraction);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryCurrentValsetResponse>, I>>(object: I): QueryCurrentValsetResponse {
    const message = createBaseQueryCurrentValsetResponse();
    if (object.valset !== undefined && object.valset !== null) {
      message.valset = Valset.fromPartial(object.valset);
    }
    message.registeredPowerFraction = object.registeredPowerFraction ?? "";
    return message;
  }
};
function createBaseQueryValsetsRequest(): QueryValsetsRequest {
  return {
    pagination: undefined
  };
}
export const QueryValsetsRequest = {
  encode(message: QueryValsetsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetsRequest {
    const obj = createBaseQueryValsetsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryValsetsRequest): JsonSafe<QueryValsetsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValsetsRequest>, I>>(object: I): QueryValsetsRequest {
    const message = createBaseQueryValsetsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryValsetsResponse(): QueryValsetsResponse {
  return {
    valsets: [],
    pagination: undefined
  };
}
export const QueryValsetsResponse = {
  encode(message: QueryValsetsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.valsets) {
      Valset.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valsets.push(Valset.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetsResponse {
    const obj = createBaseQueryValsetsResponse();
    if (Array.isArray(object?.valsets)) obj.valsets = object.valsets.map((e: any) => Valset.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryValsetsResponse): JsonSafe<QueryValsetsResponse> {
    const obj: any = {};
    if (message.valsets) {
      obj.valsets = message.valsets.map(e => e ? Valset.toJSON(e) : undefined);
    } else {
      obj.valsets = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValsetsResponse>, I>>(object: I): QueryValsetsResponse {
    const message = createBaseQueryValsetsResponse();
    message.valsets = object.valsets?.map(e => Valset.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryValsetRequest(): QueryValsetRequest {
  return {
    nonce: BigInt(0)
  };
}
export const QueryValsetRequest = {
  encode(message: QueryValsetRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetRequest {
    const obj = createBaseQueryValsetRequest();
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: QueryValsetRequest): JsonSafe<QueryValsetRequest> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValsetRequest>, I>>(object: I): QueryValsetRequest {
    const message = createBaseQueryValsetRequest();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};
function createBaseQueryValsetResponse(): QueryValsetResponse {
  return {
    valset: Valset.fromPartial({})
  };
}
export const QueryValsetResponse = {
  encode(message: QueryValsetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.valset !== undefined) {
      Valset.encode(message.valset, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetResponse();
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
  fromJSON(object: any): QueryValsetResponse {
    const obj = createBaseQueryValsetResponse();
    if (isSet(object.valset)) obj.valset = Valset.fromJSON(object.valset);
    return obj;
  },
  toJSON(message: QueryValsetResponse): JsonSafe<QueryValsetResponse> {
    const obj: any = {};
    message.valset !== undefined && (obj.valset = message.valset ? Valset.toJSON(message.valset) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValsetResponse>, I>>(object: I): QueryValsetResponse {
    const message = createBaseQueryValsetResponse();
    if (object.valset !== undefined && object.valset !== null) {
      message.valset = Valset.fromPartial(object.valset);
    }
    return message;
  }
};
function createBaseQueryValsetConfirmsRequest(): QueryValsetConfirmsRequest {
  return {
    nonce: BigInt(0)
  };
}
export const QueryValsetConfirmsRequest = {
  encode(message: QueryValsetConfirmsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetConfirmsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetConfirmsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetConfirmsRequest {
    const obj = createBaseQueryValsetConfirmsRequest();
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: QueryValsetConfirmsRequest): JsonSafe<QueryValsetConfirmsRequest> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValsetConfirmsRequest>, I>>(object: I): QueryValsetConfirmsRequest {
    const message = createBaseQueryValsetConfirmsRequest();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};
function createBaseQueryValsetConfirmsResponse(): QueryValsetConfirmsResponse {
  return {
    confirms: []
  };
}
export const QueryValsetConfirmsResponse = {
  encode(message: QueryValsetConfirmsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.confirms) {
      Confirm.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetConfirmsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetConfirmsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.confirms.push(Confirm.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetConfirmsResponse {
    const obj = createBaseQueryValsetConfirmsResponse();
    if (Array.isArray(object?.confirms)) obj.confirms = object.confirms.map((e: any) => Confirm.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryValsetConfirmsResponse): JsonSafe<QueryValsetConfirmsResponse> {
    const obj: any = {};
    if (message.confirms) {
      obj.confirms = message.confirms.map(e => e ? Confirm.toJSON(e) : undefined);
    } else {
      obj.confirms = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryValsetConfirmsResponse>, I>>(object: I): QueryValsetConfirmsResponse {
    const message = createBaseQueryValsetConfirmsResponse();
    message.confirms = object.confirms?.map(e => Confirm.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryPendingValsetConfirmsRequest(): QueryPendingValsetConfirmsRequest {
  return {
    orchestrator: ""
  };
}
export const QueryPendingValsetConfirmsRequest = {
  encode(message: QueryPendingValsetConfirmsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingValsetConfirmsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingValsetConfirmsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingValsetConfirmsRequest {
    const obj = createBaseQueryPendingValsetConfirmsRequest();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    return obj;
  },
  toJSON(message: QueryPendingValsetConfirmsRequest): JsonSafe<QueryPendingValsetConfirmsRequest> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPendingValsetConfirmsRequest>, I>>(object: I): QueryPendingValsetConfirmsRequest {
    const message = createBaseQueryPendingValsetConfirmsRequest();
    message.orchestrator = object.orchestrator ?? "";
    return message;
  }
};
function createBaseQueryPendingValsetConfirmsResponse(): QueryPendingValsetConfirmsResponse {
  return {
    valsets: []
  };
}
export const QueryPendingValsetConfirmsResponse = {
  encode(message: QueryPendingValsetConfirmsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.valsets) {
      Valset.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingValsetConfirmsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingValsetConfirmsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valsets.push(Valset.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingValsetConfirmsResponse {
    const obj = createBaseQueryPendingValsetConfirmsResponse();
    if (Array.isArray(object?.valsets)) obj.valsets = object.valsets.map((e: any) => Valset.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryPendingValsetConfirmsResponse): JsonSafe<QueryPendingValsetConfirmsResponse> {
    const obj: any = {};
    if (message.valsets) {
      obj.valsets = message.valsets.map(e => e ? Valset.toJSON(e) : undefined);
    } else {
      obj.valsets = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPendingValsetConfirmsResponse>, I>>(object: I): QueryPendingValsetConfirmsResponse {
    const message = createBaseQueryPendingValsetConfirmsResponse();
    message.valsets = object.valsets?.map(e => Valset.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryPendingTransfersRequest(): QueryPendingTransfersRequest {
  return {
    pagination: undefined
  };
}
export const QueryPendingTransfersRequest = {
  encode(message: QueryPendingTransfersRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingTransfersRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingTransfersRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingTransfersRequest {
    const obj = createBaseQueryPendingTransfersRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPendingTransfersRequest): JsonSafe<QueryPendingTransfersRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPendingTransfersRequest>, I>>(object: I): QueryPendingTransfersRequest {
    const message = createBaseQueryPendingTransfersRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPendingTransfersResponse(): QueryPendingTransfersResponse {
  return {
    transfers: [],
    pagination: undefined
  };
}
export const QueryPendingTransfersResponse = {
  encode(message: QueryPendingTransfersResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.transfers) {
      OutgoingTransfer.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingTransfersResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingTransfersResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.transfers.push(OutgoingTransfer.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingTransfersResponse {
    const obj = createBaseQueryPendingTransfersResponse();
    if (Array.isArray(object?.transfers)) obj.transfers = object.transfers.map((e: any) => OutgoingTransfer.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPendingTransfersResponse): JsonSafe<QueryPendingTransfersResponse> {
    const obj: any = {};
    if (message.transfers) {
      obj.transfers = message.transfers.map(e => e ? OutgoingTransfer.toJSON(e) : undefined);
    } else {
      obj.transfers = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPendingTransfersResponse>, I>>(object: I): QueryPendingTransfersResponse {
    const message = createBaseQueryPendingTransfersResponse();
    message.transfers = object.transfers?.map(e => OutgoingTransfer.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryBatchesRequest(): QueryBatchesRequest {
  return {};
}
export const QueryBatchesRequest = {
  encode(_: QueryBatchesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBatchesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBatchesRequest();
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
  fromJSON(_: any): QueryBatchesRequest {
    const obj = createBaseQueryBatchesRequest();
    return obj;
  },
  toJSON(_: QueryBatchesRequest): JsonSafe<QueryBatchesRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryBatchesRequest>, I>>(_: I): QueryBatchesRequest {
    const message = createBaseQueryBatchesRequest();
    return message;
  }
};
function createBaseQueryBatchesResponse(): QueryBatchesResponse {
  return {
    batches: []
  };
}
export const QueryBatchesResponse = {
  encode(message: QueryBatchesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.batches) {
      OutgoingBatch.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBatchesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBatchesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.batches.push(OutgoingBatch.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryBatchesResponse {
    const obj = createBaseQueryBatchesResponse();
    if (Array.isArray(object?.batches)) obj.batches = object.batches.map((e: any) => OutgoingBatch.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryBatchesResponse): JsonSafe<QueryBatchesResponse> {
    const obj: any = {};
    if (message.batches) {
      obj.batches = message.batches.map(e => e ? OutgoingBatch.toJSON(e) : undefined);
    } else {
      obj.batches = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryBatchesResponse>, I>>(object: I): QueryBatchesResponse {
    const message = createBaseQueryBatchesResponse();
    message.batches = object.batches?.map(e => OutgoingBatch.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryBatchRequest(): QueryBatchRequest {
  return {
    tokenContract: "",
    nonce: BigInt(0)
  };
}
export const QueryBatchRequest = {
  encode(message: QueryBatchRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBatchRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBatchRequest();
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
  fromJSON(object: any): QueryBatchRequest {
    const obj = createBaseQueryBatchRequest();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: QueryBatchRequest): JsonSafe<QueryBatchRequest> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryBatchRequest>, I>>(object: I): QueryBatchRequest {
    const message = createBaseQueryBatchRequest();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};
function createBaseQueryBatchResponse(): QueryBatchResponse {
  return {
    batch: OutgoingBatch.fromPartial({})
  };
}
export const QueryBatchResponse = {
  encode(message: QueryBatchResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.batch !== undefined) {
      OutgoingBatch.encode(message.batch, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBatchResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBatchResponse();
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
  fromJSON(object: any): QueryBatchResponse {
    const obj = createBaseQueryBatchResponse();
    if (isSet(object.batch)) obj.batch = OutgoingBatch.fromJSON(object.batch);
    return obj;
  },
  toJSON(message: QueryBatchResponse): JsonSafe<QueryBatchResponse> {
    const obj: any = {};
    message.batch !== undefined && (obj.batch = message.batch ? OutgoingBatch.toJSON(message.batch) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryBatchResponse>, I>>(object: I): QueryBatchResponse {
    const message = createBaseQueryBatchResponse();
    if (object.batch !== undefined && object.batch !== null) {
      message.batch = OutgoingBatch.fromPartial(object.batch);
    }
    return message;
  }
};
function createBaseQueryBatchConfirmsRequest(): QueryBatchConfirmsRequest {
  return {
    tokenContract: "",
    nonce: BigInt(0)
  };
}
export const QueryBatchConfirmsRequest = {
  encode(message: QueryBatchConfirmsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBatchConfirmsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBatchConfirmsRequest();
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
  fromJSON(object: any): QueryBatchConfirmsRequest {
    const obj = createBaseQueryBatchConfirmsRequest();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    return obj;
  },
  toJSON(message: QueryBatchConfirmsRequest): JsonSafe<QueryBatchConfirmsRequest> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryBatchConfirmsRequest>, I>>(object: I): QueryBatchConfirmsRequest {
    const message = createBaseQueryBatchConfirmsRequest();
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    return message;
  }
};
function createBaseQueryBatchConfirmsResponse(): QueryBatchConfirmsResponse {
  return {
    confirms: []
  };
}
export const QueryBatchConfirmsResponse = {
  encode(message: QueryBatchConfirmsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.confirms) {
      Confirm.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBatchConfirmsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBatchConfirmsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.confirms.push(Confirm.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryBatchConfirmsResponse {
    const obj = createBaseQueryBatchConfirmsResponse();
    if (Array.isArray(object?.confirms)) obj.confirms = object.confirms.map((e: any) => Confirm.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryBatchConfirmsResponse): JsonSafe<QueryBatchConfirmsResponse> {
    const obj: any = {};
    if (message.confirms) {
      obj.confirms = message.confirms.map(e => e ? Confirm.toJSON(e) : undefined);
    } else {
      obj.confirms = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryBatchConfirmsResponse>, I>>(object: I): QueryBatchConfirmsResponse {
    const message = createBaseQueryBatchConfirmsResponse();
    message.confirms = object.confirms?.map(e => Confirm.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryPendingBatchConfirmsRequest(): QueryPendingBatchConfirmsRequest {
  return {
    orchestrator: ""
  };
}
export const QueryPendingBatchConfirmsRequest = {
  encode(message: QueryPendingBatchConfirmsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingBatchConfirmsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingBatchConfirmsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingBatchConfirmsRequest {
    const obj = createBaseQueryPendingBatchConfirmsRequest();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    return obj;
  },
  toJSON(message: QueryPendingBatchConfirmsRequest): JsonSafe<QueryPendingBatchConfirmsRequest> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPendingBatchConfirmsRequest>, I>>(object: I): QueryPendingBatchConfirmsRequest {
    const message = createBaseQueryPendingBatchConfirmsRequest();
    message.orchestrator = object.orchestrator ?? "";
    return message;
  }
};
function createBaseQueryPendingBatchConfirmsResponse(): QueryPendingBatchConfirmsResponse {
  return {
    batches: []
  };
}
export const QueryPendingBatchConfirmsResponse = {
  encode(message: QueryPendingBatchConfirmsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.batches) {
      OutgoingBatch.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPendingBatchConfirmsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPendingBatchConfirmsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.batches.push(OutgoingBatch.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPendingBatchConfirmsResponse {
    const obj = createBaseQueryPendingBatchConfirmsResponse();
    if (Array.isArray(object?.batches)) obj.batches = object.batches.map((e: any) => OutgoingBatch.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryPendingBatchConfirmsResponse): JsonSafe<QueryPendingBatchConfirmsResponse> {
    const obj: any = {};
    if (message.batches) {
      obj.batches = message.batches.map(e => e ? OutgoingBatch.toJSON(e) : undefined);
    } else {
      obj.batches = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPendingBatchConfirmsResponse>, I>>(object: I): QueryPendingBatchConfirmsResponse {
    const message = createBaseQueryPendingBatchConfirmsResponse();
    message.batches = object.batches?.map(e => OutgoingBatch.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryAttestationsRequest(): QueryAttestationsRequest {
  return {
    pagination: undefined
  };
}
export const QueryAttestationsRequest = {
  encode(message: QueryAttestationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAttestationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAttestationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAttestationsRequest {
    const obj = createBaseQueryAttestationsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryAttestationsRequest): JsonSafe<QueryAttestationsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAttestationsRequest>, I>>(object: I): QueryAttestationsRequest {
    const message = createBaseQueryAttestationsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryAttestationsResponse(): QueryAttestationsResponse {
  return {
    attestations: [],
    pagination: undefined
  };
}
export const QueryAttestationsResponse = {
  encode(message: QueryAttestationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.attestations) {
      Attestation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAttestationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAttestationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.attestations.push(Attestation.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAttestationsResponse {
    const obj = createBaseQueryAttestationsResponse();
    if (Array.isArray(object?.attestations)) obj.attestations = object.attestations.map((e: any) => Attestation.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryAttestationsResponse): JsonSafe<QueryAttestationsResponse> {
    const obj: any = {};
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? Attestation.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAttestationsResponse>, I>>(object: I): QueryAttestationsResponse {
    const message = createBaseQueryAttestationsResponse();
    message.attestations = object.attestations?.map(e => Attestation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryLastEventNonceRequest(): QueryLastEventNonceRequest {
  return {
    address: ""
  };
}
export const QueryLastEventNonceRequest = {
  encode(message: QueryLastEventNonceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLastEventNonceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLastEventNonceRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryLastEventNonceRequest {
    const obj = createBaseQueryLastEventNonceRequest();
    if (isSet(object.address)) obj.address = String(object.address);
    return obj;
  },
  toJSON(message: QueryLastEventNonceRequest): JsonSafe<QueryLastEventNonceRequest> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryLastEventNonceRequest>, I>>(object: I): QueryLastEventNonceRequest {
    const message = createBaseQueryLastEventNonceRequest();
    message.address = object.address ?? "";
    return message;
  }
};
function createBaseQueryLastEventNonceResponse(): QueryLastEventNonceResponse {
  return {
    eventNonce: BigInt(0)
  };
}
export const QueryLastEventNonceResponse = {
  encode(message: QueryLastEventNonceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLastEventNonceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLastEventNonceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryLastEventNonceResponse {
    const obj = createBaseQueryLastEventNonceResponse();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    return obj;
  },
  toJSON(message: QueryLastEventNonceResponse): JsonSafe<QueryLastEventNonceResponse> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryLastEventNonceResponse>, I>>(object: I): QueryLastEventNonceResponse {
    const message = createBaseQueryLastEventNonceResponse();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    return message;
  }
};
function createBaseQueryLastObservedRequest(): QueryLastObservedRequest {
  return {};
}
export const QueryLastObservedRequest = {
  encode(_: QueryLastObservedRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLastObservedRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLastObservedRequest();
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
  fromJSON(_: any): QueryLastObservedRequest {
    const obj = createBaseQueryLastObservedRequest();
    return obj;
  },
  toJSON(_: QueryLastObservedRequest): JsonSafe<QueryLastObservedRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryLastObservedRequest>, I>>(_: I): QueryLastObservedRequest {
    const message = createBaseQueryLastObservedRequest();
    return message;
  }
};
function createBaseQueryLastObservedResponse(): QueryLastObservedResponse {
  return {
    eventNonce: BigInt(0),
    ethereumHeight: BigInt(0),
    valsetNonce: BigInt(0)
  };
}
export const QueryLastObservedResponse = {
  encode(message: QueryLastObservedResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.ethereumHeight !== BigInt(0)) {
      writer.uint32(16).uint64(message.ethereumHeight);
    }
    if (message.valsetNonce !== BigInt(0)) {
      writer.uint32(24).uint64(message.valsetNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLastObservedResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLastObservedResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.ethereumHeight = reader.uint64();
          break;
        case 3:
          message.valsetNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryLastObservedResponse {
    const obj = createBaseQueryLastObservedResponse();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.ethereumHeight)) obj.ethereumHeight = BigInt(object.ethereumHeight.toString());
    if (isSet(object.valsetNonce)) obj.valsetNonce = BigInt(object.valsetNonce.toString());
    return obj;
  },
  toJSON(message: QueryLastObservedResponse): JsonSafe<QueryLastObservedResponse> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.ethereumHeight !== undefined && (obj.ethereumHeight = (message.ethereumHeight || BigInt(0)).toString());
    message.valsetNonce !== undefined && (obj.valsetNonce = (message.valsetNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryLastObservedResponse>, I>>(object: I): QueryLastObservedResponse {
    const message = createBaseQueryLastObservedResponse();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.ethereumHeight !== undefined && object.ethereumHeight !== null) {
      message.ethereumHeight = BigInt(object.ethereumHeight.toString());
    }
    if (object.valsetNonce !== undefined && object.valsetNonce !== null) {
      message.valsetNonce = BigInt(object.valsetNonce.toString());
    }
    return message;
  }
};
function createBaseQueryTokenDenomsRequest(): QueryTokenDenomsRequest {
  return {};
}
export const QueryTokenDenomsRequest = {
  encode(_: QueryTokenDenomsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTokenDenomsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTokenDenomsRequest();
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
  fromJSON(_: any): QueryTokenDenomsRequest {
    const obj = createBaseQueryTokenDenomsRequest();
    return obj;
  },
  toJSON(_: QueryTokenDenomsRequest): JsonSafe<QueryTokenDenomsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTokenDenomsRequest>, I>>(_: I): QueryTokenDenomsRequest {
    const message = createBaseQueryTokenDenomsRequest();
    return message;
  }
};
function createBaseQueryTokenDenomsResponse(): QueryTokenDenomsResponse {
  return {
    tokenDenoms: []
  };
}
export const QueryTokenDenomsResponse = {
  encode(message: QueryTokenDenomsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.tokenDenoms) {
      TokenDenom.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTokenDenomsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTokenDenomsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tokenDenoms.push(TokenDenom.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTokenDenomsResponse {
    const obj = createBaseQueryTokenDenomsResponse();
    if (Array.isArray(object?.tokenDenoms)) obj.tokenDenoms = object.tokenDenoms.map((e: any) => TokenDenom.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryTokenDenomsResponse): JsonSafe<QueryTokenDenomsResponse> {
    const obj: any = {};
    if (message.tokenDenoms) {
      obj.tokenDenoms = message.tokenDenoms.map(e => e ? TokenDenom.toJSON(e) : undefined);
    } else {
      obj.tokenDenoms = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTokenDenomsResponse>, I>>(object: I): QueryTokenDenomsResponse {
    const message = createBaseQueryTokenDenomsResponse();
    message.tokenDenoms = object.tokenDenoms?.map(e => TokenDenom.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryEscrowRequest(): QueryEscrowRequest {
  return {};
}
export const QueryEscrowRequest = {
  encode(_: QueryEscrowRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryEscrowRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryEscrowRequest();
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
  fromJSON(_: any): QueryEscrowRequest {
    const obj = createBaseQueryEscrowRequest();
    return obj;
  },
  toJSON(_: QueryEscrowRequest): JsonSafe<QueryEscrowRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryEscrowRequest>, I>>(_: I): QueryEscrowRequest {
    const message = createBaseQueryEscrowRequest();
    return message;
  }
};
function createBaseQueryEscrowResponse(): QueryEscrowResponse {
  return {
    escrowedBtt: Coin.fromPartial({}),
    inFlight: [],
    vouchers: [],
    wrappedBttOutstanding: ""
  };
}
export const QueryEscrowResponse = {
  encode(message: QueryEscrowResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.escrowedBtt !== undefined) {
      Coin.encode(message.escrowedBtt, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.inFlight) {
      Coin.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.vouchers) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.wrappedBttOutstanding !== "") {
      writer.uint32(34).string(message.wrappedBttOutstanding);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryEscrowResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryEscrowResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.escrowedBtt = Coin.decode(reader, reader.uint32());
          break;
        case 2:
          message.inFlight.push(Coin.decode(reader, reader.uint32()));
          break;
        case 3:
          message.vouchers.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.wrappedBttOutstanding = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryEscrowResponse {
    const obj = createBaseQueryEscrowResponse();
    if (isSet(object.escrowedBtt)) obj.escrowedBtt = Coin.fromJSON(object.escrowedBtt);
    if (Array.isArray(object?.inFlight)) obj.inFlight = object.inFlight.map((e: any) => Coin.fromJSON(e));
    if (Array.isArray(object?.vouchers)) obj.vouchers = object.vouchers.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.wrappedBttOutstanding)) obj.wrappedBttOutstanding = String(object.wrappedBttOutstanding);
    return obj;
  },
  toJSON(message: QueryEscrowResponse): JsonSafe<QueryEscrowResponse> {
    const obj: any = {};
    message.escrowedBtt !== undefined && (obj.escrowedBtt = message.escrowedBtt ? Coin.toJSON(message.escrowedBtt) : undefined);
    if (message.inFlight) {
      obj.inFlight = message.inFlight.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.inFlight = [];
    }
    if (message.vouchers) {
      obj.vouchers = message.vouchers.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.vouchers = [];
    }
    message.wrappedBttOutstanding !== undefined && (obj.wrappedBttOutstanding = message.wrappedBttOutstanding);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryEscrowResponse>, I>>(object: I): QueryEscrowResponse {
    const message = createBaseQueryEscrowResponse();
    if (object.escrowedBtt !== undefined && object.escrowedBtt !== null) {
      message.escrowedBtt = Coin.fromPartial(object.escrowedBtt);
    }
    message.inFlight = object.inFlight?.map(e => Coin.fromPartial(e)) || [];
    message.vouchers = object.vouchers?.map(e => Coin.fromPartial(e)) || [];
    message.wrappedBttOutstanding = object.wrappedBttOutstanding ?? "";
    return message;
  }
};
function createBaseQueryUnclaimableDepositsRequest(): QueryUnclaimableDepositsRequest {
  return {};
}
export const QueryUnclaimableDepositsRequest = {
  encode(_: QueryUnclaimableDepositsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryUnclaimableDepositsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryUnclaimableDepositsRequest();
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
  fromJSON(_: any): QueryUnclaimableDepositsRequest {
    const obj = createBaseQueryUnclaimableDepositsRequest();
    return obj;
  },
  toJSON(_: QueryUnclaimableDepositsRequest): JsonSafe<QueryUnclaimableDepositsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryUnclaimableDepositsRequest>, I>>(_: I): QueryUnclaimableDepositsRequest {
    const message = createBaseQueryUnclaimableDepositsRequest();
    return message;
  }
};
function createBaseQueryUnclaimableDepositsResponse(): QueryUnclaimableDepositsResponse {
  return {
    deposits: []
  };
}
export const QueryUnclaimableDepositsResponse = {
  encode(message: QueryUnclaimableDepositsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.deposits) {
      UnclaimableDeposit.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryUnclaimableDepositsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryUnclaimableDepositsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deposits.push(UnclaimableDeposit.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryUnclaimableDepositsResponse {
    const obj = createBaseQueryUnclaimableDepositsResponse();
    if (Array.isArray(object?.deposits)) obj.deposits = object.deposits.map((e: any) => UnclaimableDeposit.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryUnclaimableDepositsResponse): JsonSafe<QueryUnclaimableDepositsResponse> {
    const obj: any = {};
    if (message.deposits) {
      obj.deposits = message.deposits.map(e => e ? UnclaimableDeposit.toJSON(e) : undefined);
    } else {
      obj.deposits = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryUnclaimableDepositsResponse>, I>>(object: I): QueryUnclaimableDepositsResponse {
    const message = createBaseQueryUnclaimableDepositsResponse();
    message.deposits = object.deposits?.map(e => UnclaimableDeposit.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryPolkadotCustodyRequest(): QueryPolkadotCustodyRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryPolkadotCustodyRequest = {
  encode(message: QueryPolkadotCustodyRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCustodyRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCustodyRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotCustodyRequest {
    const obj = createBaseQueryPolkadotCustodyRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryPolkadotCustodyRequest): JsonSafe<QueryPolkadotCustodyRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCustodyRequest>, I>>(object: I): QueryPolkadotCustodyRequest {
    const message = createBaseQueryPolkadotCustodyRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryPolkadotCustodyResponse(): QueryPolkadotCustodyResponse {
  return {
    custody: PolkadotCustody.fromPartial({})
  };
}
export const QueryPolkadotCustodyResponse = {
  encode(message: QueryPolkadotCustodyResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.custody !== undefined) {
      PolkadotCustody.encode(message.custody, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCustodyResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCustodyResponse();
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
  fromJSON(object: any): QueryPolkadotCustodyResponse {
    const obj = createBaseQueryPolkadotCustodyResponse();
    if (isSet(object.custody)) obj.custody = PolkadotCustody.fromJSON(object.custody);
    return obj;
  },
  toJSON(message: QueryPolkadotCustodyResponse): JsonSafe<QueryPolkadotCustodyResponse> {
    const obj: any = {};
    message.custody !== undefined && (obj.custody = message.custody ? PolkadotCustody.toJSON(message.custody) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCustodyResponse>, I>>(object: I): QueryPolkadotCustodyResponse {
    const message = createBaseQueryPolkadotCustodyResponse();
    if (object.custody !== undefined && object.custody !== null) {
      message.custody = PolkadotCustody.fromPartial(object.custody);
    }
    return message;
  }
};
function createBaseQueryPolkadotCustodiesRequest(): QueryPolkadotCustodiesRequest {
  return {
    pagination: undefined
  };
}
export const QueryPolkadotCustodiesRequest = {
  encode(message: QueryPolkadotCustodiesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCustodiesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCustodiesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotCustodiesRequest {
    const obj = createBaseQueryPolkadotCustodiesRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotCustodiesRequest): JsonSafe<QueryPolkadotCustodiesRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCustodiesRequest>, I>>(object: I): QueryPolkadotCustodiesRequest {
    const message = createBaseQueryPolkadotCustodiesRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotCustodiesResponse(): QueryPolkadotCustodiesResponse {
  return {
    custodies: [],
    pagination: undefined
  };
}
export const QueryPolkadotCustodiesResponse = {
  encode(message: QueryPolkadotCustodiesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.custodies) {
      PolkadotCustody.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCustodiesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCustodiesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.custodies.push(PolkadotCustody.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotCustodiesResponse {
    const obj = createBaseQueryPolkadotCustodiesResponse();
    if (Array.isArray(object?.custodies)) obj.custodies = object.custodies.map((e: any) => PolkadotCustody.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotCustodiesResponse): JsonSafe<QueryPolkadotCustodiesResponse> {
    const obj: any = {};
    if (message.custodies) {
      obj.custodies = message.custodies.map(e => e ? PolkadotCustody.toJSON(e) : undefined);
    } else {
      obj.custodies = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCustodiesResponse>, I>>(object: I): QueryPolkadotCustodiesResponse {
    const message = createBaseQueryPolkadotCustodiesResponse();
    message.custodies = object.custodies?.map(e => PolkadotCustody.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotOrchestratorsRequest(): QueryPolkadotOrchestratorsRequest {
  return {};
}
export const QueryPolkadotOrchestratorsRequest = {
  encode(_: QueryPolkadotOrchestratorsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotOrchestratorsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotOrchestratorsRequest();
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
  fromJSON(_: any): QueryPolkadotOrchestratorsRequest {
    const obj = createBaseQueryPolkadotOrchestratorsRequest();
    return obj;
  },
  toJSON(_: QueryPolkadotOrchestratorsRequest): JsonSafe<QueryPolkadotOrchestratorsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotOrchestratorsRequest>, I>>(_: I): QueryPolkadotOrchestratorsRequest {
    const message = createBaseQueryPolkadotOrchestratorsRequest();
    return message;
  }
};
function createBaseQueryPolkadotOrchestratorsResponse(): QueryPolkadotOrchestratorsResponse {
  return {
    orchestrators: []
  };
}
export const QueryPolkadotOrchestratorsResponse = {
  encode(message: QueryPolkadotOrchestratorsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.orchestrators) {
      PolkadotOrchestrator.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotOrchestratorsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotOrchestratorsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrators.push(PolkadotOrchestrator.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotOrchestratorsResponse {
    const obj = createBaseQueryPolkadotOrchestratorsResponse();
    if (Array.isArray(object?.orchestrators)) obj.orchestrators = object.orchestrators.map((e: any) => PolkadotOrchestrator.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryPolkadotOrchestratorsResponse): JsonSafe<QueryPolkadotOrchestratorsResponse> {
    const obj: any = {};
    if (message.orchestrators) {
      obj.orchestrators = message.orchestrators.map(e => e ? PolkadotOrchestrator.toJSON(e) : undefined);
    } else {
      obj.orchestrators = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotOrchestratorsResponse>, I>>(object: I): QueryPolkadotOrchestratorsResponse {
    const message = createBaseQueryPolkadotOrchestratorsResponse();
    message.orchestrators = object.orchestrators?.map(e => PolkadotOrchestrator.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryPolkadotWithdrawalRequest(): QueryPolkadotWithdrawalRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryPolkadotWithdrawalRequest = {
  encode(message: QueryPolkadotWithdrawalRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotWithdrawalRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotWithdrawalRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotWithdrawalRequest {
    const obj = createBaseQueryPolkadotWithdrawalRequest();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: QueryPolkadotWithdrawalRequest): JsonSafe<QueryPolkadotWithdrawalRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotWithdrawalRequest>, I>>(object: I): QueryPolkadotWithdrawalRequest {
    const message = createBaseQueryPolkadotWithdrawalRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseQueryPolkadotWithdrawalResponse(): QueryPolkadotWithdrawalResponse {
  return {
    withdrawal: PolkadotWithdrawal.fromPartial({})
  };
}
export const QueryPolkadotWithdrawalResponse = {
  encode(message: QueryPolkadotWithdrawalResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawal !== undefined) {
      PolkadotWithdrawal.encode(message.withdrawal, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotWithdrawalResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotWithdrawalResponse();
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
  fromJSON(object: any): QueryPolkadotWithdrawalResponse {
    const obj = createBaseQueryPolkadotWithdrawalResponse();
    if (isSet(object.withdrawal)) obj.withdrawal = PolkadotWithdrawal.fromJSON(object.withdrawal);
    return obj;
  },
  toJSON(message: QueryPolkadotWithdrawalResponse): JsonSafe<QueryPolkadotWithdrawalResponse> {
    const obj: any = {};
    message.withdrawal !== undefined && (obj.withdrawal = message.withdrawal ? PolkadotWithdrawal.toJSON(message.withdrawal) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotWithdrawalResponse>, I>>(object: I): QueryPolkadotWithdrawalResponse {
    const message = createBaseQueryPolkadotWithdrawalResponse();
    if (object.withdrawal !== undefined && object.withdrawal !== null) {
      message.withdrawal = PolkadotWithdrawal.fromPartial(object.withdrawal);
    }
    return message;
  }
};
function createBaseQueryPolkadotPendingWithdrawalsRequest(): QueryPolkadotPendingWithdrawalsRequest {
  return {
    pagination: undefined
  };
}
export const QueryPolkadotPendingWithdrawalsRequest = {
  encode(message: QueryPolkadotPendingWithdrawalsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotPendingWithdrawalsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotPendingWithdrawalsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotPendingWithdrawalsRequest {
    const obj = createBaseQueryPolkadotPendingWithdrawalsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotPendingWithdrawalsRequest): JsonSafe<QueryPolkadotPendingWithdrawalsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotPendingWithdrawalsRequest>, I>>(object: I): QueryPolkadotPendingWithdrawalsRequest {
    const message = createBaseQueryPolkadotPendingWithdrawalsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotPendingWithdrawalsResponse(): QueryPolkadotPendingWithdrawalsResponse {
  return {
    withdrawals: [],
    pagination: undefined
  };
}
export const QueryPolkadotPendingWithdrawalsResponse = {
  encode(message: QueryPolkadotPendingWithdrawalsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.withdrawals) {
      PolkadotWithdrawal.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotPendingWithdrawalsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotPendingWithdrawalsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawals.push(PolkadotWithdrawal.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotPendingWithdrawalsResponse {
    const obj = createBaseQueryPolkadotPendingWithdrawalsResponse();
    if (Array.isArray(object?.withdrawals)) obj.withdrawals = object.withdrawals.map((e: any) => PolkadotWithdrawal.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotPendingWithdrawalsResponse): JsonSafe<QueryPolkadotPendingWithdrawalsResponse> {
    const obj: any = {};
    if (message.withdrawals) {
      obj.withdrawals = message.withdrawals.map(e => e ? PolkadotWithdrawal.toJSON(e) : undefined);
    } else {
      obj.withdrawals = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotPendingWithdrawalsResponse>, I>>(object: I): QueryPolkadotPendingWithdrawalsResponse {
    const message = createBaseQueryPolkadotPendingWithdrawalsResponse();
    message.withdrawals = object.withdrawals?.map(e => PolkadotWithdrawal.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotCheckpointsRequest(): QueryPolkadotCheckpointsRequest {
  return {
    pagination: undefined
  };
}
export const QueryPolkadotCheckpointsRequest = {
  encode(message: QueryPolkadotCheckpointsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCheckpointsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCheckpointsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotCheckpointsRequest {
    const obj = createBaseQueryPolkadotCheckpointsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotCheckpointsRequest): JsonSafe<QueryPolkadotCheckpointsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCheckpointsRequest>, I>>(object: I): QueryPolkadotCheckpointsRequest {
    const message = createBaseQueryPolkadotCheckpointsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotCheckpointsResponse(): QueryPolkadotCheckpointsResponse {
  return {
    checkpoints: [],
    pagination: undefined
  };
}
export const QueryPolkadotCheckpointsResponse = {
  encode(message: QueryPolkadotCheckpointsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.checkpoints) {
      PolkadotCheckpoint.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCheckpointsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCheckpointsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.checkpoints.push(PolkadotCheckpoint.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotCheckpointsResponse {
    const obj = createBaseQueryPolkadotCheckpointsResponse();
    if (Array.isArray(object?.checkpoints)) obj.checkpoints = object.checkpoints.map((e: any) => PolkadotCheckpoint.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotCheckpointsResponse): JsonSafe<QueryPolkadotCheckpointsResponse> {
    const obj: any = {};
    if (message.checkpoints) {
      obj.checkpoints = message.checkpoints.map(e => e ? PolkadotCheckpoint.toJSON(e) : undefined);
    } else {
      obj.checkpoints = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCheckpointsResponse>, I>>(object: I): QueryPolkadotCheckpointsResponse {
    const message = createBaseQueryPolkadotCheckpointsResponse();
    message.checkpoints = object.checkpoints?.map(e => PolkadotCheckpoint.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotCheckpointRequest(): QueryPolkadotCheckpointRequest {
  return {
    height: BigInt(0)
  };
}
export const QueryPolkadotCheckpointRequest = {
  encode(message: QueryPolkadotCheckpointRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.height !== BigInt(0)) {
      writer.uint32(8).int64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCheckpointRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCheckpointRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.height = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotCheckpointRequest {
    const obj = createBaseQueryPolkadotCheckpointRequest();
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    return obj;
  },
  toJSON(message: QueryPolkadotCheckpointRequest): JsonSafe<QueryPolkadotCheckpointRequest> {
    const obj: any = {};
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCheckpointRequest>, I>>(object: I): QueryPolkadotCheckpointRequest {
    const message = createBaseQueryPolkadotCheckpointRequest();
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    return message;
  }
};
function createBaseQueryPolkadotCheckpointResponse(): QueryPolkadotCheckpointResponse {
  return {
    checkpoint: PolkadotCheckpoint.fromPartial({})
  };
}
export const QueryPolkadotCheckpointResponse = {
  encode(message: QueryPolkadotCheckpointResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.checkpoint !== undefined) {
      PolkadotCheckpoint.encode(message.checkpoint, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotCheckpointResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotCheckpointResponse();
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
  fromJSON(object: any): QueryPolkadotCheckpointResponse {
    const obj = createBaseQueryPolkadotCheckpointResponse();
    if (isSet(object.checkpoint)) obj.checkpoint = PolkadotCheckpoint.fromJSON(object.checkpoint);
    return obj;
  },
  toJSON(message: QueryPolkadotCheckpointResponse): JsonSafe<QueryPolkadotCheckpointResponse> {
    const obj: any = {};
    message.checkpoint !== undefined && (obj.checkpoint = message.checkpoint ? PolkadotCheckpoint.toJSON(message.checkpoint) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotCheckpointResponse>, I>>(object: I): QueryPolkadotCheckpointResponse {
    const message = createBaseQueryPolkadotCheckpointResponse();
    if (object.checkpoint !== undefined && object.checkpoint !== null) {
      message.checkpoint = PolkadotCheckpoint.fromPartial(object.checkpoint);
    }
    return message;
  }
};
function createBaseQueryPolkadotUnclaimableDepositsRequest(): QueryPolkadotUnclaimableDepositsRequest {
  return {};
}
export const QueryPolkadotUnclaimableDepositsRequest = {
  encode(_: QueryPolkadotUnclaimableDepositsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotUnclaimableDepositsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotUnclaimableDepositsRequest();
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
  fromJSON(_: any): QueryPolkadotUnclaimableDepositsRequest {
    const obj = createBaseQueryPolkadotUnclaimableDepositsRequest();
    return obj;
  },
  toJSON(_: QueryPolkadotUnclaimableDepositsRequest): JsonSafe<QueryPolkadotUnclaimableDepositsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotUnclaimableDepositsRequest>, I>>(_: I): QueryPolkadotUnclaimableDepositsRequest {
    const message = createBaseQueryPolkadotUnclaimableDepositsRequest();
    return message;
  }
};
function createBaseQueryPolkadotUnclaimableDepositsResponse(): QueryPolkadotUnclaimableDepositsResponse {
  return {
    deposits: []
  };
}
export const QueryPolkadotUnclaimableDepositsResponse = {
  encode(message: QueryPolkadotUnclaimableDepositsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.deposits) {
      PolkadotUnclaimableDeposit.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotUnclaimableDepositsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotUnclaimableDepositsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deposits.push(PolkadotUnclaimableDeposit.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotUnclaimableDepositsResponse {
    const obj = createBaseQueryPolkadotUnclaimableDepositsResponse();
    if (Array.isArray(object?.deposits)) obj.deposits = object.deposits.map((e: any) => PolkadotUnclaimableDeposit.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryPolkadotUnclaimableDepositsResponse): JsonSafe<QueryPolkadotUnclaimableDepositsResponse> {
    const obj: any = {};
    if (message.deposits) {
      obj.deposits = message.deposits.map(e => e ? PolkadotUnclaimableDeposit.toJSON(e) : undefined);
    } else {
      obj.deposits = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotUnclaimableDepositsResponse>, I>>(object: I): QueryPolkadotUnclaimableDepositsResponse {
    const message = createBaseQueryPolkadotUnclaimableDepositsResponse();
    message.deposits = object.deposits?.map(e => PolkadotUnclaimableDeposit.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryPolkadotLastEventNonceRequest(): QueryPolkadotLastEventNonceRequest {
  return {
    address: ""
  };
}
export const QueryPolkadotLastEventNonceRequest = {
  encode(message: QueryPolkadotLastEventNonceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotLastEventNonceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotLastEventNonceRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotLastEventNonceRequest {
    const obj = createBaseQueryPolkadotLastEventNonceRequest();
    if (isSet(object.address)) obj.address = String(object.address);
    return obj;
  },
  toJSON(message: QueryPolkadotLastEventNonceRequest): JsonSafe<QueryPolkadotLastEventNonceRequest> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotLastEventNonceRequest>, I>>(object: I): QueryPolkadotLastEventNonceRequest {
    const message = createBaseQueryPolkadotLastEventNonceRequest();
    message.address = object.address ?? "";
    return message;
  }
};
function createBaseQueryPolkadotLastEventNonceResponse(): QueryPolkadotLastEventNonceResponse {
  return {
    eventNonce: BigInt(0),
    lastObservedEventNonce: BigInt(0)
  };
}
export const QueryPolkadotLastEventNonceResponse = {
  encode(message: QueryPolkadotLastEventNonceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.lastObservedEventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.lastObservedEventNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotLastEventNonceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotLastEventNonceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.lastObservedEventNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotLastEventNonceResponse {
    const obj = createBaseQueryPolkadotLastEventNonceResponse();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.lastObservedEventNonce)) obj.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    return obj;
  },
  toJSON(message: QueryPolkadotLastEventNonceResponse): JsonSafe<QueryPolkadotLastEventNonceResponse> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.lastObservedEventNonce !== undefined && (obj.lastObservedEventNonce = (message.lastObservedEventNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotLastEventNonceResponse>, I>>(object: I): QueryPolkadotLastEventNonceResponse {
    const message = createBaseQueryPolkadotLastEventNonceResponse();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.lastObservedEventNonce !== undefined && object.lastObservedEventNonce !== null) {
      message.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    }
    return message;
  }
};
function createBaseQueryPolkadotBridgeStateRequest(): QueryPolkadotBridgeStateRequest {
  return {};
}
export const QueryPolkadotBridgeStateRequest = {
  encode(_: QueryPolkadotBridgeStateRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotBridgeStateRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotBridgeStateRequest();
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
  fromJSON(_: any): QueryPolkadotBridgeStateRequest {
    const obj = createBaseQueryPolkadotBridgeStateRequest();
    return obj;
  },
  toJSON(_: QueryPolkadotBridgeStateRequest): JsonSafe<QueryPolkadotBridgeStateRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotBridgeStateRequest>, I>>(_: I): QueryPolkadotBridgeStateRequest {
    const message = createBaseQueryPolkadotBridgeStateRequest();
    return message;
  }
};
function createBaseQueryPolkadotBridgeStateResponse(): QueryPolkadotBridgeStateResponse {
  return {
    state: PolkadotBridgeState.fromPartial({}),
    bridgeStateHash: "",
    pendingWithdrawals: "",
    unclaimable: ""
  };
}
export const QueryPolkadotBridgeStateResponse = {
  encode(message: QueryPolkadotBridgeStateResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.state !== undefined) {
      PolkadotBridgeState.encode(message.state, writer.uint32(10).fork()).ldelim();
    }
    if (message.bridgeStateHash !== "") {
      writer.uint32(18).string(message.bridgeStateHash);
    }
    if (message.pendingWithdrawals !== "") {
      writer.uint32(26).string(message.pendingWithdrawals);
    }
    if (message.unclaimable !== "") {
      writer.uint32(34).string(message.unclaimable);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotBridgeStateResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotBridgeStateResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.state = PolkadotBridgeState.decode(reader, reader.uint32());
          break;
        case 2:
          message.bridgeStateHash = reader.string();
          break;
        case 3:
          message.pendingWithdrawals = reader.string();
          break;
        case 4:
          message.unclaimable = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotBridgeStateResponse {
    const obj = createBaseQueryPolkadotBridgeStateResponse();
    if (isSet(object.state)) obj.state = PolkadotBridgeState.fromJSON(object.state);
    if (isSet(object.bridgeStateHash)) obj.bridgeStateHash = String(object.bridgeStateHash);
    if (isSet(object.pendingWithdrawals)) obj.pendingWithdrawals = String(object.pendingWithdrawals);
    if (isSet(object.unclaimable)) obj.unclaimable = String(object.unclaimable);
    return obj;
  },
  toJSON(message: QueryPolkadotBridgeStateResponse): JsonSafe<QueryPolkadotBridgeStateResponse> {
    const obj: any = {};
    message.state !== undefined && (obj.state = message.state ? PolkadotBridgeState.toJSON(message.state) : undefined);
    message.bridgeStateHash !== undefined && (obj.bridgeStateHash = message.bridgeStateHash);
    message.pendingWithdrawals !== undefined && (obj.pendingWithdrawals = message.pendingWithdrawals);
    message.unclaimable !== undefined && (obj.unclaimable = message.unclaimable);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotBridgeStateResponse>, I>>(object: I): QueryPolkadotBridgeStateResponse {
    const message = createBaseQueryPolkadotBridgeStateResponse();
    if (object.state !== undefined && object.state !== null) {
      message.state = PolkadotBridgeState.fromPartial(object.state);
    }
    message.bridgeStateHash = object.bridgeStateHash ?? "";
    message.pendingWithdrawals = object.pendingWithdrawals ?? "";
    message.unclaimable = object.unclaimable ?? "";
    return message;
  }
};
function createBaseQueryPolkadotAttestationsRequest(): QueryPolkadotAttestationsRequest {
  return {
    pagination: undefined
  };
}
export const QueryPolkadotAttestationsRequest = {
  encode(message: QueryPolkadotAttestationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotAttestationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotAttestationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotAttestationsRequest {
    const obj = createBaseQueryPolkadotAttestationsRequest();
    if (isSet(object.pagination)) obj.pagination = PageRequest.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotAttestationsRequest): JsonSafe<QueryPolkadotAttestationsRequest> {
    const obj: any = {};
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageRequest.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotAttestationsRequest>, I>>(object: I): QueryPolkadotAttestationsRequest {
    const message = createBaseQueryPolkadotAttestationsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryPolkadotAttestationsResponse(): QueryPolkadotAttestationsResponse {
  return {
    attestations: [],
    pagination: undefined
  };
}
export const QueryPolkadotAttestationsResponse = {
  encode(message: QueryPolkadotAttestationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.attestations) {
      PolkadotAttestation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPolkadotAttestationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPolkadotAttestationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.attestations.push(PolkadotAttestation.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPolkadotAttestationsResponse {
    const obj = createBaseQueryPolkadotAttestationsResponse();
    if (Array.isArray(object?.attestations)) obj.attestations = object.attestations.map((e: any) => PolkadotAttestation.fromJSON(e));
    if (isSet(object.pagination)) obj.pagination = PageResponse.fromJSON(object.pagination);
    return obj;
  },
  toJSON(message: QueryPolkadotAttestationsResponse): JsonSafe<QueryPolkadotAttestationsResponse> {
    const obj: any = {};
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? PolkadotAttestation.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    message.pagination !== undefined && (obj.pagination = message.pagination ? PageResponse.toJSON(message.pagination) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPolkadotAttestationsResponse>, I>>(object: I): QueryPolkadotAttestationsResponse {
    const message = createBaseQueryPolkadotAttestationsResponse();
    message.attestations = object.attestations?.map(e => PolkadotAttestation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  }
};
function createBaseQueryProjectedEthereumHeightRequest(): QueryProjectedEthereumHeightRequest {
  return {};
}
export const QueryProjectedEthereumHeightRequest = {
  encode(_: QueryProjectedEthereumHeightRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryProjectedEthereumHeightRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryProjectedEthereumHeightRequest();
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
  fromJSON(_: any): QueryProjectedEthereumHeightRequest {
    const obj = createBaseQueryProjectedEthereumHeightRequest();
    return obj;
  },
  toJSON(_: QueryProjectedEthereumHeightRequest): JsonSafe<QueryProjectedEthereumHeightRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryProjectedEthereumHeightRequest>, I>>(_: I): QueryProjectedEthereumHeightRequest {
    const message = createBaseQueryProjectedEthereumHeightRequest();
    return message;
  }
};
function createBaseQueryProjectedEthereumHeightResponse(): QueryProjectedEthereumHeightResponse {
  return {
    projectedHeight: BigInt(0),
    observedHeight: BigInt(0),
    observedAt: Timestamp.fromPartial({}),
    batchTimeout: BigInt(0)
  };
}
export const QueryProjectedEthereumHeightResponse = {
  encode(message: QueryProjectedEthereumHeightResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.projectedHeight !== BigInt(0)) {
      writer.uint32(8).uint64(message.projectedHeight);
    }
    if (message.observedHeight !== BigInt(0)) {
      writer.uint32(16).uint64(message.observedHeight);
    }
    if (message.observedAt !== undefined) {
      Timestamp.encode(message.observedAt, writer.uint32(26).fork()).ldelim();
    }
    if (message.batchTimeout !== BigInt(0)) {
      writer.uint32(32).uint64(message.batchTimeout);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryProjectedEthereumHeightResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryProjectedEthereumHeightResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.projectedHeight = reader.uint64();
          break;
        case 2:
          message.observedHeight = reader.uint64();
          break;
        case 3:
          message.observedAt = Timestamp.decode(reader, reader.uint32());
          break;
        case 4:
          message.batchTimeout = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryProjectedEthereumHeightResponse {
    const obj = createBaseQueryProjectedEthereumHeightResponse();
    if (isSet(object.projectedHeight)) obj.projectedHeight = BigInt(object.projectedHeight.toString());
    if (isSet(object.observedHeight)) obj.observedHeight = BigInt(object.observedHeight.toString());
    if (isSet(object.observedAt)) obj.observedAt = fromJsonTimestamp(object.observedAt);
    if (isSet(object.batchTimeout)) obj.batchTimeout = BigInt(object.batchTimeout.toString());
    return obj;
  },
  toJSON(message: QueryProjectedEthereumHeightResponse): JsonSafe<QueryProjectedEthereumHeightResponse> {
    const obj: any = {};
    message.projectedHeight !== undefined && (obj.projectedHeight = (message.projectedHeight || BigInt(0)).toString());
    message.observedHeight !== undefined && (obj.observedHeight = (message.observedHeight || BigInt(0)).toString());
    message.observedAt !== undefined && (obj.observedAt = fromTimestamp(message.observedAt).toISOString());
    message.batchTimeout !== undefined && (obj.batchTimeout = (message.batchTimeout || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryProjectedEthereumHeightResponse>, I>>(object: I): QueryProjectedEthereumHeightResponse {
    const message = createBaseQueryProjectedEthereumHeightResponse();
    if (object.projectedHeight !== undefined && object.projectedHeight !== null) {
      message.projectedHeight = BigInt(object.projectedHeight.toString());
    }
    if (object.observedHeight !== undefined && object.observedHeight !== null) {
      message.observedHeight = BigInt(object.observedHeight.toString());
    }
    if (object.observedAt !== undefined && object.observedAt !== null) {
      message.observedAt = Timestamp.fromPartial(object.observedAt);
    }
    if (object.batchTimeout !== undefined && object.batchTimeout !== null) {
      message.batchTimeout = BigInt(object.batchTimeout.toString());
    }
    return message;
  }
};