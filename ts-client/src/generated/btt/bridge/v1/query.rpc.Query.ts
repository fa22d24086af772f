/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryOrchestratorsRequest, QueryOrchestratorsResponse, QueryOrchestratorRequest, QueryOrchestratorResponse, QueryCurrentValsetRequest, QueryCurrentValsetResponse, QueryValsetsRequest, QueryValsetsResponse, QueryValsetRequest, QueryValsetResponse, QueryValsetConfirmsRequest, QueryValsetConfirmsResponse, QueryPendingValsetConfirmsRequest, QueryPendingValsetConfirmsResponse, QueryPendingTransfersRequest, QueryPendingTransfersResponse, QueryBatchesRequest, QueryBatchesResponse, QueryBatchRequest, QueryBatchResponse, QueryBatchConfirmsRequest, QueryBatchConfirmsResponse, QueryPendingBatchConfirmsRequest, QueryPendingBatchConfirmsResponse, QueryAttestationsRequest, QueryAttestationsResponse, QueryLastEventNonceRequest, QueryLastEventNonceResponse, QueryLastObservedRequest, QueryLastObservedResponse, QueryTokenDenomsRequest, QueryTokenDenomsResponse, QueryEscrowRequest, QueryEscrowResponse, QueryUnclaimableDepositsRequest, QueryUnclaimableDepositsResponse, QueryPolkadotCustodyRequest, QueryPolkadotCustodyResponse, QueryPolkadotCustodiesRequest, QueryPolkadotCustodiesResponse, QueryPolkadotOrchestratorsRequest, QueryPolkadotOrchestratorsResponse, QueryPolkadotWithdrawalRequest, QueryPolkadotWithdrawalResponse, QueryPolkadotPendingWithdrawalsRequest, QueryPolkadotPendingWithdrawalsResponse, QueryPolkadotCheckpointsRequest, QueryPolkadotCheckpointsResponse, QueryPolkadotCheckpointRequest, QueryPolkadotCheckpointResponse, QueryPolkadotUnclaimableDepositsRequest, QueryPolkadotUnclaimableDepositsResponse, QueryPolkadotLastEventNonceRequest, QueryPolkadotLastEventNonceResponse, QueryPolkadotBridgeStateRequest, QueryPolkadotBridgeStateResponse, QueryPolkadotAttestationsRequest, QueryPolkadotAttestationsResponse, QueryProjectedEthereumHeightRequest, QueryProjectedEthereumHeightResponse } from "./query.js";
/** Query is the x/bridge query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  orchestrators(request?: QueryOrchestratorsRequest): Promise<QueryOrchestratorsResponse>;
  /** Orchestrator finds a registration by validator (bttvaloper…), orchestrator account (btt1…) or Ethereum address. */
  orchestrator(request: QueryOrchestratorRequest): Promise<QueryOrchestratorResponse>;
  /** CurrentValset is the valset the bonded validators would form now (not necessarily stored yet). */
  currentValset(request?: QueryCurrentValsetRequest): Promise<QueryCurrentValsetResponse>;
  /** Valsets lists stored valsets, newest first. */
  valsets(request?: QueryValsetsRequest): Promise<QueryValsetsResponse>;
  valset(request: QueryValsetRequest): Promise<QueryValsetResponse>;
  valsetConfirms(request: QueryValsetConfirmsRequest): Promise<QueryValsetConfirmsResponse>;
  /** PendingValsetConfirms lists the valsets the orchestrator's validator has not signed yet, oldest first. */
  pendingValsetConfirms(request: QueryPendingValsetConfirmsRequest): Promise<QueryPendingValsetConfirmsResponse>;
  /** PendingTransfers lists transfers not yet in a batch. */
  pendingTransfers(request?: QueryPendingTransfersRequest): Promise<QueryPendingTransfersResponse>;
  /** Batches lists the batches not yet executed or timed out, oldest first. */
  batches(request?: QueryBatchesRequest): Promise<QueryBatchesResponse>;
  batch(request: QueryBatchRequest): Promise<QueryBatchResponse>;
  batchConfirms(request: QueryBatchConfirmsRequest): Promise<QueryBatchConfirmsResponse>;
  /** PendingBatchConfirms lists the batches the orchestrator's validator has not signed yet. */
  pendingBatchConfirms(request: QueryPendingBatchConfirmsRequest): Promise<QueryPendingBatchConfirmsResponse>;
  /** Attestations lists attestations, newest event nonce first. */
  attestations(request?: QueryAttestationsRequest): Promise<QueryAttestationsResponse>;
  /**
   * LastEventNonce is the last event nonce a validator attested (by validator or orchestrator address); an
   * orchestrator resumes watching Ethereum after it.
   */
  lastEventNonce(request: QueryLastEventNonceRequest): Promise<QueryLastEventNonceResponse>;
  /** LastObserved is the newest observed event nonce, Ethereum height and valset nonce. */
  lastObserved(request?: QueryLastObservedRequest): Promise<QueryLastObservedResponse>;
  tokenDenoms(request?: QueryTokenDenomsRequest): Promise<QueryTokenDenomsResponse>;
  /**
   * Escrow is what the module holds against Ethereum: BTT escrowed (== wBTT on Ethereum + transfers in flight),
   * transfers pending or batched, and the voucher supply per Ethereum token.
   */
  escrow(request?: QueryEscrowRequest): Promise<QueryEscrowResponse>;
  unclaimableDeposits(request?: QueryUnclaimableDepositsRequest): Promise<QueryUnclaimableDepositsResponse>;
  /**
   * Polkadot side (README "Polkadot bridge").
   * PolkadotCustody is the current custody (id 0) or one by id.
   */
  polkadotCustody(request: QueryPolkadotCustodyRequest): Promise<QueryPolkadotCustodyResponse>;
  /** PolkadotCustodies lists every custody, oldest first. */
  polkadotCustodies(request?: QueryPolkadotCustodiesRequest): Promise<QueryPolkadotCustodiesResponse>;
  polkadotOrchestrators(request?: QueryPolkadotOrchestratorsRequest): Promise<QueryPolkadotOrchestratorsResponse>;
  polkadotWithdrawal(request: QueryPolkadotWithdrawalRequest): Promise<QueryPolkadotWithdrawalResponse>;
  /** PolkadotPendingWithdrawals lists the pending withdrawals, oldest first. */
  polkadotPendingWithdrawals(request?: QueryPolkadotPendingWithdrawalsRequest): Promise<QueryPolkadotPendingWithdrawalsResponse>;
  /** PolkadotCheckpoints lists the kept checkpoints by height (oldest first unless pagination.reverse). */
  polkadotCheckpoints(request?: QueryPolkadotCheckpointsRequest): Promise<QueryPolkadotCheckpointsResponse>;
  polkadotCheckpoint(request: QueryPolkadotCheckpointRequest): Promise<QueryPolkadotCheckpointResponse>;
  polkadotUnclaimableDeposits(request?: QueryPolkadotUnclaimableDepositsRequest): Promise<QueryPolkadotUnclaimableDepositsResponse>;
  /**
   * PolkadotLastEventNonce is the last Polkadot event nonce a validator (bttvaloper… or its orchestrator btt1…)
   * attested, and the last observed one.
   */
  polkadotLastEventNonce(request: QueryPolkadotLastEventNonceRequest): Promise<QueryPolkadotLastEventNonceResponse>;
  /** PolkadotBridgeState is the state a checkpoint at this height would commit to, with its hash. */
  polkadotBridgeState(request?: QueryPolkadotBridgeStateRequest): Promise<QueryPolkadotBridgeStateResponse>;
  /** PolkadotAttestations lists the kept Polkadot attestations, newest first. */
  polkadotAttestations(request?: QueryPolkadotAttestationsRequest): Promise<QueryPolkadotAttestationsResponse>;
  /**
   * ProjectedEthereumHeight is the Ethereum height a batch made now counts its timeout from (README "Batch
   * timeouts on a quiet bridge"), with what it is projected from and the timeout such a batch would get.
   */
  projectedEthereumHeight(request?: QueryProjectedEthereumHeightRequest): Promise<QueryProjectedEthereumHeightResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.orchestrators = this.orchestrators.bind(this);
    this.orchestrator = this.orchestrator.bind(this);
    this.currentValset = this.currentValset.bind(this);
    this.valsets = this.valsets.bind(this);
    this.valset = this.valset.bind(this);
    this.valsetConfirms = this.valsetConfirms.bind(this);
    this.pendingValsetConfirms = this.pendingValsetConfirms.bind(this);
    this.pendingTransfers = this.pendingTransfers.bind(this);
    this.batches = this.batches.bind(this);
    this.batch = this.batch.bind(this);
    this.batchConfirms = this.batchConfirms.bind(this);
    this.pendingBatchConfirms = this.pendingBatchConfirms.bind(this);
    this.attestations = this.attestations.bind(this);
    this.lastEventNonce = this.lastEventNonce.bind(this);
    this.lastObserved = this.lastObserved.bind(this);
    this.tokenDenoms = this.tokenDenoms.bind(this);
    this.escrow = this.escrow.bind(this);
    this.unclaimableDeposits = this.unclaimableDeposits.bind(this);
    this.polkadotCustody = this.polkadotCustody.bind(this);
    this.polkadotCustodies = this.polkadotCustodies.bind(this);
    this.polkadotOrchestrators = this.polkadotOrchestrators.bind(this);
    this.polkadotWithdrawal = this.polkadotWithdrawal.bind(this);
    this.polkadotPendingWithdrawals = this.polkadotPendingWithdrawals.bind(this);
    this.polkadotCheckpoints = this.polkadotCheckpoints.bind(this);
    this.polkadotCheckpoint = this.polkadotCheckpoint.bind(this);
    this.polkadotUnclaimableDeposits = this.polkadotUnclaimableDeposits.bind(this);
    this.polkadotLastEventNonce = this.polkadotLastEventNonce.bind(this);
    this.polkadotBridgeState = this.polkadotBridgeState.bind(this);
    this.polkadotAttestations = this.polkadotAttestations.bind(this);
    this.projectedEthereumHeight = this.projectedEthereumHeight.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  orchestrators(request: QueryOrchestratorsRequest = {}): Promise<QueryOrchestratorsResponse> {
    const data = QueryOrchestratorsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Orchestrators", data);
    return promise.then(data => QueryOrchestratorsResponse.decode(new BinaryReader(data)));
  }
  orchestrator(request: QueryOrchestratorRequest): Promise<QueryOrchestratorResponse> {
    const data = QueryOrchestratorRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Orchestrator", data);
    return promise.then(data => QueryOrchestratorResponse.decode(new BinaryReader(data)));
  }
  currentValset(request: QueryCurrentValsetRequest = {}): Promise<QueryCurrentValsetResponse> {
    const data = QueryCurrentValsetRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "CurrentValset", data);
    return promise.then(data => QueryCurrentValsetResponse.decode(new BinaryReader(data)));
  }
  valsets(request: QueryValsetsRequest = {
    pagination: undefined
  }): Promise<QueryValsetsResponse> {
    const data = QueryValsetsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Valsets", data);
    return promise.then(data => QueryValsetsResponse.decode(new BinaryReader(data)));
  }
  valset(request: QueryValsetRequest): Promise<QueryValsetResponse> {
    const data = QueryValsetRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Valset", data);
    return promise.then(data => QueryValsetResponse.decode(new BinaryReader(data)));
  }
  valsetConfirms(request: QueryValsetConfirmsRequest): Promise<QueryValsetConfirmsResponse> {
    const data = QueryValsetConfirmsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "ValsetConfirms", data);
    return promise.then(data => QueryValsetConfirmsResponse.decode(new BinaryReader(data)));
  }
  pendingValsetConfirms(request: QueryPendingValsetConfirmsRequest): Promise<QueryPendingValsetConfirmsResponse> {
    const data = QueryPendingValsetConfirmsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PendingValsetConfirms", data);
    return promise.then(data => QueryPendingValsetConfirmsResponse.decode(new BinaryReader(data)));
  }
  pendingTransfers(request: QueryPendingTransfersRequest = {
    pagination: undefined
  }): Promise<QueryPendingTransfersResponse> {
    const data = QueryPendingTransfersRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PendingTransfers", data);
    return promise.then(data => QueryPendingTransfersResponse.decode(new BinaryReader(data)));
  }
  batches(request: QueryBatchesRequest = {}): Promise<QueryBatchesResponse> {
    const data = QueryBatchesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Batches", data);
    return promise.then(data => QueryBatchesResponse.decode(new BinaryReader(data)));
  }
  batch(request: QueryBatchRequest): Promise<QueryBatchResponse> {
    const data = QueryBatchRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Batch", data);
    return promise.then(data => QueryBatchResponse.decode(new BinaryReader(data)));
  }
  batchConfirms(request: QueryBatchConfirmsRequest): Promise<QueryBatchConfirmsResponse> {
    const data = QueryBatchConfirmsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "BatchConfirms", data);
    return promise.then(data => QueryBatchConfirmsResponse.decode(new BinaryReader(data)));
  }
  pendingBatchConfirms(request: QueryPendingBatchConfirmsRequest): Promise<QueryPendingBatchConfirmsResponse> {
    const data = QueryPendingBatchConfirmsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PendingBatchConfirms", data);
    return promise.then(data => QueryPendingBatchConfirmsResponse.decode(new BinaryReader(data)));
  }
  attestations(request: QueryAttestationsRequest = {
    pagination: undefined
  }): Promise<QueryAttestationsResponse> {
    const data = QueryAttestationsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Attestations", data);
    return promise.then(data => QueryAttestationsResponse.decode(new BinaryReader(data)));
  }
  lastEventNonce(request: QueryLastEventNonceRequest): Promise<QueryLastEventNonceResponse> {
    const data = QueryLastEventNonceRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "LastEventNonce", data);
    return promise.then(data => QueryLastEventNonceResponse.decode(new BinaryReader(data)));
  }
  lastObserved(request: QueryLastObservedRequest = {}): Promise<QueryLastObservedResponse> {
    const data = QueryLastObservedRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "LastObserved", data);
    return promise.then(data => QueryLastObservedResponse.decode(new BinaryReader(data)));
  }
  tokenDenoms(request: QueryTokenDenomsRequest = {}): Promise<QueryTokenDenomsResponse> {
    const data = QueryTokenDenomsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "TokenDenoms", data);
    return promise.then(data => QueryTokenDenomsResponse.decode(new BinaryReader(data)));
  }
  escrow(request: QueryEscrowRequest = {}): Promise<QueryEscrowResponse> {
    const data = QueryEscrowRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "Escrow", data);
    return promise.then(data => QueryEscrowResponse.decode(new BinaryReader(data)));
  }
  unclaimableDeposits(request: QueryUnclaimableDepositsRequest = {}): Promise<QueryUnclaimableDepositsResponse> {
    const data = QueryUnclaimableDepositsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "UnclaimableDeposits", data);
    return promise.then(data => QueryUnclaimableDepositsResponse.decode(new BinaryReader(data)));
  }
  polkadotCustody(request: QueryPolkadotCustodyRequest): Promise<QueryPolkadotCustodyResponse> {
    const data = QueryPolkadotCustodyRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotCustody", data);
    return promise.then(data => QueryPolkadotCustodyResponse.decode(new BinaryReader(data)));
  }
  polkadotCustodies(request: QueryPolkadotCustodiesRequest = {
    pagination: undefined
  }): Promise<QueryPolkadotCustodiesResponse> {
    const data = QueryPolkadotCustodiesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotCustodies", data);
    return promise.then(data => QueryPolkadotCustodiesResponse.decode(new BinaryReader(data)));
  }
  polkadotOrchestrators(request: QueryPolkadotOrchestratorsRequest = {}): Promise<QueryPolkadotOrchestratorsResponse> {
    const data = QueryPolkadotOrchestratorsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotOrchestrators", data);
    return promise.then(data => QueryPolkadotOrchestratorsResponse.decode(new BinaryReader(data)));
  }
  polkadotWithdrawal(request: QueryPolkadotWithdrawalRequest): Promise<QueryPolkadotWithdrawalResponse> {
    const data = QueryPolkadotWithdrawalRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotWithdrawal", data);
    return promise.then(data => QueryPolkadotWithdrawalResponse.decode(new BinaryReader(data)));
  }
  polkadotPendingWithdrawals(request: QueryPolkadotPendingWithdrawalsRequest = {
    pagination: undefined
  }): Promise<QueryPolkadotPendingWithdrawalsResponse> {
    const data = QueryPolkadotPendingWithdrawalsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotPendingWithdrawals", data);
    return promise.then(data => QueryPolkadotPendingWithdrawalsResponse.decode(new BinaryReader(data)));
  }
  polkadotCheckpoints(request: QueryPolkadotCheckpointsRequest = {
    pagination: undefined
  }): Promise<QueryPolkadotCheckpointsResponse> {
    const data = QueryPolkadotCheckpointsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotCheckpoints", data);
    return promise.then(data => QueryPolkadotCheckpointsResponse.decode(new BinaryReader(data)));
  }
  polkadotCheckpoint(request: QueryPolkadotCheckpointRequest): Promise<QueryPolkadotCheckpointResponse> {
    const data = QueryPolkadotCheckpointRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotCheckpoint", data);
    return promise.then(data => QueryPolkadotCheckpointResponse.decode(new BinaryReader(data)));
  }
  polkadotUnclaimableDeposits(request: QueryPolkadotUnclaimableDepositsRequest = {}): Promise<QueryPolkadotUnclaimableDepositsResponse> {
    const data = QueryPolkadotUnclaimableDepositsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotUnclaimableDeposits", data);
    return promise.then(data => QueryPolkadotUnclaimableDepositsResponse.decode(new BinaryReader(data)));
  }
  polkadotLastEventNonce(request: QueryPolkadotLastEventNonceRequest): Promise<QueryPolkadotLastEventNonceResponse> {
    const data = QueryPolkadotLastEventNonceRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotLastEventNonce", data);
    return promise.then(data => QueryPolkadotLastEventNonceResponse.decode(new BinaryReader(data)));
  }
  polkadotBridgeState(request: QueryPolkadotBridgeStateRequest = {}): Promise<QueryPolkadotBridgeStateResponse> {
    const data = QueryPolkadotBridgeStateRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotBridgeState", data);
    return promise.then(data => QueryPolkadotBridgeStateResponse.decode(new BinaryReader(data)));
  }
  polkadotAttestations(request: QueryPolkadotAttestationsRequest = {
    pagination: undefined
  }): Promise<QueryPolkadotAttestationsResponse> {
    const data = QueryPolkadotAttestationsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "PolkadotAttestations", data);
    return promise.then(data => QueryPolkadotAttestationsResponse.decode(new BinaryReader(data)));
  }
  projectedEthereumHeight(request: QueryProjectedEthereumHeightRequest = {}): Promise<QueryProjectedEthereumHeightResponse> {
    const data = QueryProjectedEthereumHeightRequest.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Query", "ProjectedEthereumHeight", data);
    return promise.then(data => QueryProjectedEthereumHeightResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    orchestrators(request?: QueryOrchestratorsRequest): Promise<QueryOrchestratorsResponse> {
      return queryService.orchestrators(request);
    },
    orchestrator(request: QueryOrchestratorRequest): Promise<QueryOrchestratorResponse> {
      return queryService.orchestrator(request);
    },
    currentValset(request?: QueryCurrentValsetRequest): Promise<QueryCurrentValsetResponse> {
      return queryService.currentValset(request);
    },
    valsets(request?: QueryValsetsRequest): Promise<QueryValsetsResponse> {
      return queryService.valsets(request);
    },
    valset(request: QueryValsetRequest): Promise<QueryValsetResponse> {
      return queryService.valset(request);
    },
    valsetConfirms(request: QueryValsetConfirmsRequest): Promise<QueryValsetConfirmsResponse> {
      return queryService.valsetConfirms(request);
    },
    pendingValsetConfirms(request: QueryPendingValsetConfirmsRequest): Promise<QueryPendingValsetConfirmsResponse> {
      return queryService.pendingValsetConfirms(request);
    },
    pendingTransfers(request?: QueryPendingTransfersRequest): Promise<QueryPendingTransfersResponse> {
      return queryService.pendingTransfers(request);
    },
    batches(request?: QueryBatchesRequest): Promise<QueryBatchesResponse> {
      return queryService.batches(request);
    },
    batch(request: QueryBatchRequest): Promise<QueryBatchResponse> {
      return queryService.batch(request);
    },
    batchConfirms(request: QueryBatchConfirmsRequest): Promise<QueryBatchConfirmsResponse> {
      return queryService.batchConfirms(request);
    },
    pendingBatchConfirms(request: QueryPendingBatchConfirmsRequest): Promise<QueryPendingBatchConfirmsResponse> {
      return queryService.pendingBatchConfirms(request);
    },
    attestations(request?: QueryAttestationsRequest): Promise<QueryAttestationsResponse> {
      return queryService.attestations(request);
    },
    lastEventNonce(request: QueryLastEventNonceRequest): Promise<QueryLastEventNonceResponse> {
      return queryService.lastEventNonce(request);
    },
    lastObserved(request?: QueryLastObservedRequest): Promise<QueryLastObservedResponse> {
      return queryService.lastObserved(request);
    },
    tokenDenoms(request?: QueryTokenDenomsRequest): Promise<QueryTokenDenomsResponse> {
      return queryService.tokenDenoms(request);
    },
    escrow(request?: QueryEscrowRequest): Promise<QueryEscrowResponse> {
      return queryService.escrow(request);
    },
    unclaimableDeposits(request?: QueryUnclaimableDepositsRequest): Promise<QueryUnclaimableDepositsResponse> {
      return queryService.unclaimableDeposits(request);
    },
    polkadotCustody(request: QueryPolkadotCustodyRequest): Promise<QueryPolkadotCustodyResponse> {
      return queryService.polkadotCustody(request);
    },
    polkadotCustodies(request?: QueryPolkadotCustodiesRequest): Promise<QueryPolkadotCustodiesResponse> {
      return queryService.polkadotCustodies(request);
    },
    polkadotOrchestrators(request?: QueryPolkadotOrchestratorsRequest): Promise<QueryPolkadotOrchestratorsResponse> {
      return queryService.polkadotOrchestrators(request);
    },
    polkadotWithdrawal(request: QueryPolkadotWithdrawalRequest): Promise<QueryPolkadotWithdrawalResponse> {
      return queryService.polkadotWithdrawal(request);
    },
    polkadotPendingWithdrawals(request?: QueryPolkadotPendingWithdrawalsRequest): Promise<QueryPolkadotPendingWithdrawalsResponse> {
      return queryService.polkadotPendingWithdrawals(request);
    },
    polkadotCheckpoints(request?: QueryPolkadotCheckpointsRequest): Promise<QueryPolkadotCheckpointsResponse> {
      return queryService.polkadotCheckpoints(request);
    },
    polkadotCheckpoint(request: QueryPolkadotCheckpointRequest): Promise<QueryPolkadotCheckpointResponse> {
      return queryService.polkadotCheckpoint(request);
    },
    polkadotUnclaimableDeposits(request?: QueryPolkadotUnclaimableDepositsRequest): Promise<QueryPolkadotUnclaimableDepositsResponse> {
      return queryService.polkadotUnclaimableDeposits(request);
    },
    polkadotLastEventNonce(request: QueryPolkadotLastEventNonceRequest): Promise<QueryPolkadotLastEventNonceResponse> {
      return queryService.polkadotLastEventNonce(request);
    },
    polkadotBridgeState(request?: QueryPolkadotBridgeStateRequest): Promise<QueryPolkadotBridgeStateResponse> {
      return queryService.polkadotBridgeState(request);
    },
    polkadotAttestations(request?: QueryPolkadotAttestationsRequest): Promise<QueryPolkadotAttestationsResponse> {
      return queryService.polkadotAttestations(request);
    },
    projectedEthereumHeight(request?: QueryProjectedEthereumHeightRequest): Promise<QueryProjectedEthereumHeightResponse> {
      return queryService.projectedEthereumHeight(request);
    }
  };
};