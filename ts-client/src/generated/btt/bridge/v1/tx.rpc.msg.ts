/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgSetOrchestrator, MsgSetOrchestratorResponse, MsgConfirmValset, MsgConfirmValsetResponse, MsgSendToEthereum, MsgSendToEthereumResponse, MsgCancelSendToEthereum, MsgCancelSendToEthereumResponse, MsgRequestBatch, MsgRequestBatchResponse, MsgConfirmBatch, MsgConfirmBatchResponse, MsgDepositClaim, MsgClaimResponse, MsgBatchExecutedClaim, MsgValsetUpdatedClaim, MsgUpdateParams, MsgUpdateParamsResponse, MsgReleaseUnclaimableDeposit, MsgReleaseUnclaimableDepositResponse, MsgSetPolkadotOrchestrator, MsgSetPolkadotOrchestratorResponse, MsgPolkadotDepositClaim, MsgPolkadotWithdrawalExecutedClaim, MsgSendToPolkadot, MsgSendToPolkadotResponse, MsgReleaseUnclaimablePolkadotDeposit, MsgReleaseUnclaimablePolkadotDepositResponse, MsgRefundUnclaimablePolkadotDeposit, MsgRefundUnclaimablePolkadotDepositResponse } from "./tx.js";
/** Msg is the x/bridge transaction service. */
export interface Msg {
  /**
   * SetOrchestrator registers (or rotates) a validator's orchestrator account and Ethereum key; eth_signature
   * proves possession of the Ethereum key (see README "Ethereum bridge" for the signed bytes).
   */
  setOrchestrator(request: MsgSetOrchestrator): Promise<MsgSetOrchestratorResponse>;
  /** ConfirmValset is an orchestrator's signature over a valset checkpoint. */
  confirmValset(request: MsgConfirmValset): Promise<MsgConfirmValsetResponse>;
  /** SendToEthereum escrows amount + bridge_fee in the module and queues the transfer for a batch. */
  sendToEthereum(request: MsgSendToEthereum): Promise<MsgSendToEthereumResponse>;
  /** CancelSendToEthereum returns a queued transfer's escrow to its sender, while it is not in a batch. */
  cancelSendToEthereum(request: MsgCancelSendToEthereum): Promise<MsgCancelSendToEthereumResponse>;
  /** RequestBatch cuts a batch of the pending transfers of one denom, highest fee first. */
  requestBatch(request: MsgRequestBatch): Promise<MsgRequestBatchResponse>;
  /** ConfirmBatch is an orchestrator's signature over a batch digest. */
  confirmBatch(request: MsgConfirmBatch): Promise<MsgConfirmBatchResponse>;
  /** DepositClaim attests a SendToBttEvent. */
  depositClaim(request: MsgDepositClaim): Promise<MsgClaimResponse>;
  /** BatchExecutedClaim attests a TransactionBatchExecutedEvent. */
  batchExecutedClaim(request: MsgBatchExecutedClaim): Promise<MsgClaimResponse>;
  /** ValsetUpdatedClaim attests a ValsetUpdatedEvent. */
  valsetUpdatedClaim(request: MsgValsetUpdatedClaim): Promise<MsgClaimResponse>;
  /** UpdateParams sets the module parameters (gov authority only). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
  /**
   * ReleaseUnclaimableDeposit pays an unclaimable deposit's tokens (held by the module) to a BTT account
   * (gov authority only).
   */
  releaseUnclaimableDeposit(request: MsgReleaseUnclaimableDeposit): Promise<MsgReleaseUnclaimableDepositResponse>;
  /**
   * Polkadot side (README "Polkadot bridge").
   * SetPolkadotOrchestrator registers (or rotates) a validator's Polkadot key, with a proof of possession.
   */
  setPolkadotOrchestrator(request: MsgSetPolkadotOrchestrator): Promise<MsgSetPolkadotOrchestratorResponse>;
  /** PolkadotDepositClaim attests a transfer to a custody account. */
  polkadotDepositClaim(request: MsgPolkadotDepositClaim): Promise<MsgClaimResponse>;
  /** PolkadotWithdrawalExecutedClaim attests that a withdrawal's multisig call ran (or failed). */
  polkadotWithdrawalExecutedClaim(request: MsgPolkadotWithdrawalExecutedClaim): Promise<MsgClaimResponse>;
  /** SendToPolkadot burns bridge/dot/wnd vouchers and makes a withdrawal for the custody multisig to pay. */
  sendToPolkadot(request: MsgSendToPolkadot): Promise<MsgSendToPolkadotResponse>;
  /**
   * ReleaseUnclaimablePolkadotDeposit pays an unclaimable Polkadot deposit's vouchers to a BTT account
   * (gov authority only).
   */
  releaseUnclaimablePolkadotDeposit(request: MsgReleaseUnclaimablePolkadotDeposit): Promise<MsgReleaseUnclaimablePolkadotDepositResponse>;
  /**
   * RefundUnclaimablePolkadotDeposit pays an unclaimable Polkadot deposit back to its Polkadot sender: a REFUND
   * withdrawal that the custody multisig approves like any other (gov authority only).
   */
  refundUnclaimablePolkadotDeposit(request: MsgRefundUnclaimablePolkadotDeposit): Promise<MsgRefundUnclaimablePolkadotDepositResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.setOrchestrator = this.setOrchestrator.bind(this);
    this.confirmValset = this.confirmValset.bind(this);
    this.sendToEthereum = this.sendToEthereum.bind(this);
    this.cancelSendToEthereum = this.cancelSendToEthereum.bind(this);
    this.requestBatch = this.requestBatch.bind(this);
    this.confirmBatch = this.confirmBatch.bind(this);
    this.depositClaim = this.depositClaim.bind(this);
    this.batchExecutedClaim = this.batchExecutedClaim.bind(this);
    this.valsetUpdatedClaim = this.valsetUpdatedClaim.bind(this);
    this.updateParams = this.updateParams.bind(this);
    this.releaseUnclaimableDeposit = this.releaseUnclaimableDeposit.bind(this);
    this.setPolkadotOrchestrator = this.setPolkadotOrchestrator.bind(this);
    this.polkadotDepositClaim = this.polkadotDepositClaim.bind(this);
    this.polkadotWithdrawalExecutedClaim = this.polkadotWithdrawalExecutedClaim.bind(this);
    this.sendToPolkadot = this.sendToPolkadot.bind(this);
    this.releaseUnclaimablePolkadotDeposit = this.releaseUnclaimablePolkadotDeposit.bind(this);
    this.refundUnclaimablePolkadotDeposit = this.refundUnclaimablePolkadotDeposit.bind(this);
  }
  setOrchestrator(request: MsgSetOrchestrator): Promise<MsgSetOrchestratorResponse> {
    const data = MsgSetOrchestrator.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "SetOrchestrator", data);
    return promise.then(data => MsgSetOrchestratorResponse.decode(new BinaryReader(data)));
  }
  confirmValset(request: MsgConfirmValset): Promise<MsgConfirmValsetResponse> {
    const data = MsgConfirmValset.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "ConfirmValset", data);
    return promise.then(data => MsgConfirmValsetResponse.decode(new BinaryReader(data)));
  }
  sendToEthereum(request: MsgSendToEthereum): Promise<MsgSendToEthereumResponse> {
    const data = MsgSendToEthereum.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "SendToEthereum", data);
    return promise.then(data => MsgSendToEthereumResponse.decode(new BinaryReader(data)));
  }
  cancelSendToEthereum(request: MsgCancelSendToEthereum): Promise<MsgCancelSendToEthereumResponse> {
    const data = MsgCancelSendToEthereum.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "CancelSendToEthereum", data);
    return promise.then(data => MsgCancelSendToEthereumResponse.decode(new BinaryReader(data)));
  }
  requestBatch(request: MsgRequestBatch): Promise<MsgRequestBatchResponse> {
    const data = MsgRequestBatch.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "RequestBatch", data);
    return promise.then(data => MsgRequestBatchResponse.decode(new BinaryReader(data)));
  }
  confirmBatch(request: MsgConfirmBatch): Promise<MsgConfirmBatchResponse> {
    const data = MsgConfirmBatch.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "ConfirmBatch", data);
    return promise.then(data => MsgConfirmBatchResponse.decode(new BinaryReader(data)));
  }
  depositClaim(request: MsgDepositClaim): Promise<MsgClaimResponse> {
    const data = MsgDepositClaim.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "DepositClaim", data);
    return promise.then(data => MsgClaimResponse.decode(new BinaryReader(data)));
  }
  batchExecutedClaim(request: MsgBatchExecutedClaim): Promise<MsgClaimResponse> {
    const data = MsgBatchExecutedClaim.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "BatchExecutedClaim", data);
    return promise.then(data => MsgClaimResponse.decode(new BinaryReader(data)));
  }
  valsetUpdatedClaim(request: MsgValsetUpdatedClaim): Promise<MsgClaimResponse> {
    const data = MsgValsetUpdatedClaim.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "ValsetUpdatedClaim", data);
    return promise.then(data => MsgClaimResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
  releaseUnclaimableDeposit(request: MsgReleaseUnclaimableDeposit): Promise<MsgReleaseUnclaimableDepositResponse> {
    const data = MsgReleaseUnclaimableDeposit.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "ReleaseUnclaimableDeposit", data);
    return promise.then(data => MsgReleaseUnclaimableDepositResponse.decode(new BinaryReader(data)));
  }
  setPolkadotOrchestrator(request: MsgSetPolkadotOrchestrator): Promise<MsgSetPolkadotOrchestratorResponse> {
    const data = MsgSetPolkadotOrchestrator.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "SetPolkadotOrchestrator", data);
    return promise.then(data => MsgSetPolkadotOrchestratorResponse.decode(new BinaryReader(data)));
  }
  polkadotDepositClaim(request: MsgPolkadotDepositClaim): Promise<MsgClaimResponse> {
    const data = MsgPolkadotDepositClaim.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "PolkadotDepositClaim", data);
    return promise.then(data => MsgClaimResponse.decode(new BinaryReader(data)));
  }
  polkadotWithdrawalExecutedClaim(request: MsgPolkadotWithdrawalExecutedClaim): Promise<MsgClaimResponse> {
    const data = MsgPolkadotWithdrawalExecutedClaim.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "PolkadotWithdrawalExecutedClaim", data);
    return promise.then(data => MsgClaimResponse.decode(new BinaryReader(data)));
  }
  sendToPolkadot(request: MsgSendToPolkadot): Promise<MsgSendToPolkadotResponse> {
    const data = MsgSendToPolkadot.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "SendToPolkadot", data);
    return promise.then(data => MsgSendToPolkadotResponse.decode(new BinaryReader(data)));
  }
  releaseUnclaimablePolkadotDeposit(request: MsgReleaseUnclaimablePolkadotDeposit): Promise<MsgReleaseUnclaimablePolkadotDepositResponse> {
    const data = MsgReleaseUnclaimablePolkadotDeposit.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "ReleaseUnclaimablePolkadotDeposit", data);
    return promise.then(data => MsgReleaseUnclaimablePolkadotDepositResponse.decode(new BinaryReader(data)));
  }
  refundUnclaimablePolkadotDeposit(request: MsgRefundUnclaimablePolkadotDeposit): Promise<MsgRefundUnclaimablePolkadotDepositResponse> {
    const data = MsgRefundUnclaimablePolkadotDeposit.encode(request).finish();
    const promise = this.rpc.request("btt.bridge.v1.Msg", "RefundUnclaimablePolkadotDeposit", data);
    return promise.then(data => MsgRefundUnclaimablePolkadotDepositResponse.decode(new BinaryReader(data)));
  }
}