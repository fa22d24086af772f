/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgSetOrchestrator, MsgConfirmValset, MsgSendToEthereum, MsgCancelSendToEthereum, MsgRequestBatch, MsgConfirmBatch, MsgDepositClaim, MsgBatchExecutedClaim, MsgValsetUpdatedClaim, MsgUpdateParams, MsgReleaseUnclaimableDeposit, MsgSetPolkadotOrchestrator, MsgPolkadotDepositClaim, MsgPolkadotWithdrawalExecutedClaim, MsgSendToPolkadot, MsgReleaseUnclaimablePolkadotDeposit, MsgRefundUnclaimablePolkadotDeposit } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.bridge.v1.MsgSetOrchestrator", MsgSetOrchestrator], ["/btt.bridge.v1.MsgConfirmValset", MsgConfirmValset], ["/btt.bridge.v1.MsgSendToEthereum", MsgSendToEthereum], ["/btt.bridge.v1.MsgCancelSendToEthereum", MsgCancelSendToEthereum], ["/btt.bridge.v1.MsgRequestBatch", MsgRequestBatch], ["/btt.bridge.v1.MsgConfirmBatch", MsgConfirmBatch], ["/btt.bridge.v1.MsgDepositClaim", MsgDepositClaim], ["/btt.bridge.v1.MsgBatchExecutedClaim", MsgBatchExecutedClaim], ["/btt.bridge.v1.MsgValsetUpdatedClaim", MsgValsetUpdatedClaim], ["/btt.bridge.v1.MsgUpdateParams", MsgUpdateParams], ["/btt.bridge.v1.MsgReleaseUnclaimableDeposit", MsgReleaseUnclaimableDeposit], ["/btt.bridge.v1.MsgSetPolkadotOrchestrator", MsgSetPolkadotOrchestrator], ["/btt.bridge.v1.MsgPolkadotDepositClaim", MsgPolkadotDepositClaim], ["/btt.bridge.v1.MsgPolkadotWithdrawalExecutedClaim", MsgPolkadotWithdrawalExecutedClaim], ["/btt.bridge.v1.MsgSendToPolkadot", MsgSendToPolkadot], ["/btt.bridge.v1.MsgReleaseUnclaimablePolkadotDeposit", MsgReleaseUnclaimablePolkadotDeposit], ["/btt.bridge.v1.MsgRefundUnclaimablePolkadotDeposit", MsgRefundUnclaimablePolkadotDeposit]];
export const MessageComposer = {
  encoded: {
    setOrchestrator(value: MsgSetOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetOrchestrator",
        value: MsgSetOrchestrator.encode(value).finish()
      };
    },
    confirmValset(value: MsgConfirmValset) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmValset",
        value: MsgConfirmValset.encode(value).finish()
      };
    },
    sendToEthereum(value: MsgSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToEthereum",
        value: MsgSendToEthereum.encode(value).finish()
      };
    },
    cancelSendToEthereum(value: MsgCancelSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgCancelSendToEthereum",
        value: MsgCancelSendToEthereum.encode(value).finish()
      };
    },
    requestBatch(value: MsgRequestBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRequestBatch",
        value: MsgRequestBatch.encode(value).finish()
      };
    },
    confirmBatch(value: MsgConfirmBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmBatch",
        value: MsgConfirmBatch.encode(value).finish()
      };
    },
    depositClaim(value: MsgDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgDepositClaim",
        value: MsgDepositClaim.encode(value).finish()
      };
    },
    batchExecutedClaim(value: MsgBatchExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgBatchExecutedClaim",
        value: MsgBatchExecutedClaim.encode(value).finish()
      };
    },
    valsetUpdatedClaim(value: MsgValsetUpdatedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgValsetUpdatedClaim",
        value: MsgValsetUpdatedClaim.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    },
    releaseUnclaimableDeposit(value: MsgReleaseUnclaimableDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimableDeposit",
        value: MsgReleaseUnclaimableDeposit.encode(value).finish()
      };
    },
    setPolkadotOrchestrator(value: MsgSetPolkadotOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetPolkadotOrchestrator",
        value: MsgSetPolkadotOrchestrator.encode(value).finish()
      };
    },
    polkadotDepositClaim(value: MsgPolkadotDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotDepositClaim",
        value: MsgPolkadotDepositClaim.encode(value).finish()
      };
    },
    polkadotWithdrawalExecutedClaim(value: MsgPolkadotWithdrawalExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotWithdrawalExecutedClaim",
        value: MsgPolkadotWithdrawalExecutedClaim.encode(value).finish()
      };
    },
    sendToPolkadot(value: MsgSendToPolkadot) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToPolkadot",
        value: MsgSendToPolkadot.encode(value).finish()
      };
    },
    releaseUnclaimablePolkadotDeposit(value: MsgReleaseUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimablePolkadotDeposit",
        value: MsgReleaseUnclaimablePolkadotDeposit.encode(value).finish()
      };
    },
    refundUnclaimablePolkadotDeposit(value: MsgRefundUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRefundUnclaimablePolkadotDeposit",
        value: MsgRefundUnclaimablePolkadotDeposit.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    setOrchestrator(value: MsgSetOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetOrchestrator",
        value
      };
    },
    confirmValset(value: MsgConfirmValset) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmValset",
        value
      };
    },
    sendToEthereum(value: MsgSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToEthereum",
        value
      };
    },
    cancelSendToEthereum(value: MsgCancelSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgCancelSendToEthereum",
        value
      };
    },
    requestBatch(value: MsgRequestBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRequestBatch",
        value
      };
    },
    confirmBatch(value: MsgConfirmBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmBatch",
        value
      };
    },
    depositClaim(value: MsgDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgDepositClaim",
        value
      };
    },
    batchExecutedClaim(value: MsgBatchExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgBatchExecutedClaim",
        value
      };
    },
    valsetUpdatedClaim(value: MsgValsetUpdatedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgValsetUpdatedClaim",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.bridge.v1.MsgUpdateParams",
        value
      };
    },
    releaseUnclaimableDeposit(value: MsgReleaseUnclaimableDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimableDeposit",
        value
      };
    },
    setPolkadotOrchestrator(value: MsgSetPolkadotOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetPolkadotOrchestrator",
        value
      };
    },
    polkadotDepositClaim(value: MsgPolkadotDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotDepositClaim",
        value
      };
    },
    polkadotWithdrawalExecutedClaim(value: MsgPolkadotWithdrawalExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotWithdrawalExecutedClaim",
        value
      };
    },
    sendToPolkadot(value: MsgSendToPolkadot) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToPolkadot",
        value
      };
    },
    releaseUnclaimablePolkadotDeposit(value: MsgReleaseUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimablePolkadotDeposit",
        value
      };
    },
    refundUnclaimablePolkadotDeposit(value: MsgRefundUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRefundUnclaimablePolkadotDeposit",
        value
      };
    }
  },
  toJSON: {
    setOrchestrator(value: MsgSetOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetOrchestrator",
        value: MsgSetOrchestrator.toJSON(value)
      };
    },
    confirmValset(value: MsgConfirmValset) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmValset",
        value: MsgConfirmValset.toJSON(value)
      };
    },
    sendToEthereum(value: MsgSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToEthereum",
        value: MsgSendToEthereum.toJSON(value)
      };
    },
    cancelSendToEthereum(value: MsgCancelSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgCancelSendToEthereum",
        value: MsgCancelSendToEthereum.toJSON(value)
      };
    },
    requestBatch(value: MsgRequestBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRequestBatch",
        value: MsgRequestBatch.toJSON(value)
      };
    },
    confirmBatch(value: MsgConfirmBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmBatch",
        value: MsgConfirmBatch.toJSON(value)
      };
    },
    depositClaim(value: MsgDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgDepositClaim",
        value: MsgDepositClaim.toJSON(value)
      };
    },
    batchExecutedClaim(value: MsgBatchExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgBatchExecutedClaim",
        value: MsgBatchExecutedClaim.toJSON(value)
      };
    },
    valsetUpdatedClaim(value: MsgValsetUpdatedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgValsetUpdatedClaim",
        value: MsgValsetUpdatedClaim.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    },
    releaseUnclaimableDeposit(value: MsgReleaseUnclaimableDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimableDeposit",
        value: MsgReleaseUnclaimableDeposit.toJSON(value)
      };
    },
    setPolkadotOrchestrator(value: MsgSetPolkadotOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetPolkadotOrchestrator",
        value: MsgSetPolkadotOrchestrator.toJSON(value)
      };
    },
    polkadotDepositClaim(value: MsgPolkadotDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotDepositClaim",
        value: MsgPolkadotDepositClaim.toJSON(value)
      };
    },
    polkadotWithdrawalExecutedClaim(value: MsgPolkadotWithdrawalExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotWithdrawalExecutedClaim",
        value: MsgPolkadotWithdrawalExecutedClaim.toJSON(value)
      };
    },
    sendToPolkadot(value: MsgSendToPolkadot) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToPolkadot",
        value: MsgSendToPolkadot.toJSON(value)
      };
    },
    releaseUnclaimablePolkadotDeposit(value: MsgReleaseUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimablePolkadotDeposit",
        value: MsgReleaseUnclaimablePolkadotDeposit.toJSON(value)
      };
    },
    refundUnclaimablePolkadotDeposit(value: MsgRefundUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRefundUnclaimablePolkadotDeposit",
        value: MsgRefundUnclaimablePolkadotDeposit.toJSON(value)
      };
    }
  },
  fromJSON: {
    setOrchestrator(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetOrchestrator",
        value: MsgSetOrchestrator.fromJSON(value)
      };
    },
    confirmValset(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmValset",
        value: MsgConfirmValset.fromJSON(value)
      };
    },
    sendToEthereum(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToEthereum",
        value: MsgSendToEthereum.fromJSON(value)
      };
    },
    cancelSendToEthereum(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgCancelSendToEthereum",
        value: MsgCancelSendToEthereum.fromJSON(value)
      };
    },
    requestBatch(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRequestBatch",
        value: MsgRequestBatch.fromJSON(value)
      };
    },
    confirmBatch(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmBatch",
        value: MsgConfirmBatch.fromJSON(value)
      };
    },
    depositClaim(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgDepositClaim",
        value: MsgDepositClaim.fromJSON(value)
      };
    },
    batchExecutedClaim(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgBatchExecutedClaim",
        value: MsgBatchExecutedClaim.fromJSON(value)
      };
    },
    valsetUpdatedClaim(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgValsetUpdatedClaim",
        value: MsgValsetUpdatedClaim.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    },
    releaseUnclaimableDeposit(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimableDeposit",
        value: MsgReleaseUnclaimableDeposit.fromJSON(value)
      };
    },
    setPolkadotOrchestrator(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetPolkadotOrchestrator",
        value: MsgSetPolkadotOrchestrator.fromJSON(value)
      };
    },
    polkadotDepositClaim(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotDepositClaim",
        value: MsgPolkadotDepositClaim.fromJSON(value)
      };
    },
    polkadotWithdrawalExecutedClaim(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotWithdrawalExecutedClaim",
        value: MsgPolkadotWithdrawalExecutedClaim.fromJSON(value)
      };
    },
    sendToPolkadot(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToPolkadot",
        value: MsgSendToPolkadot.fromJSON(value)
      };
    },
    releaseUnclaimablePolkadotDeposit(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimablePolkadotDeposit",
        value: MsgReleaseUnclaimablePolkadotDeposit.fromJSON(value)
      };
    },
    refundUnclaimablePolkadotDeposit(value: any) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRefundUnclaimablePolkadotDeposit",
        value: MsgRefundUnclaimablePolkadotDeposit.fromJSON(value)
      };
    }
  },
  fromPartial: {
    setOrchestrator(value: MsgSetOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetOrchestrator",
        value: MsgSetOrchestrator.fromPartial(value)
      };
    },
    confirmValset(value: MsgConfirmValset) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmValset",
        value: MsgConfirmValset.fromPartial(value)
      };
    },
    sendToEthereum(value: MsgSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToEthereum",
        value: MsgSendToEthereum.fromPartial(value)
      };
    },
    cancelSendToEthereum(value: MsgCancelSendToEthereum) {
      return {
        typeUrl: "/btt.bridge.v1.MsgCancelSendToEthereum",
        value: MsgCancelSendToEthereum.fromPartial(value)
      };
    },
    requestBatch(value: MsgRequestBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRequestBatch",
        value: MsgRequestBatch.fromPartial(value)
      };
    },
    confirmBatch(value: MsgConfirmBatch) {
      return {
        typeUrl: "/btt.bridge.v1.MsgConfirmBatch",
        value: MsgConfirmBatch.fromPartial(value)
      };
    },
    depositClaim(value: MsgDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgDepositClaim",
        value: MsgDepositClaim.fromPartial(value)
      };
    },
    batchExecutedClaim(value: MsgBatchExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgBatchExecutedClaim",
        value: MsgBatchExecutedClaim.fromPartial(value)
      };
    },
    valsetUpdatedClaim(value: MsgValsetUpdatedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgValsetUpdatedClaim",
        value: MsgValsetUpdatedClaim.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    },
    releaseUnclaimableDeposit(value: MsgReleaseUnclaimableDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimableDeposit",
        value: MsgReleaseUnclaimableDeposit.fromPartial(value)
      };
    },
    setPolkadotOrchestrator(value: MsgSetPolkadotOrchestrator) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSetPolkadotOrchestrator",
        value: MsgSetPolkadotOrchestrator.fromPartial(value)
      };
    },
    polkadotDepositClaim(value: MsgPolkadotDepositClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotDepositClaim",
        value: MsgPolkadotDepositClaim.fromPartial(value)
      };
    },
    polkadotWithdrawalExecutedClaim(value: MsgPolkadotWithdrawalExecutedClaim) {
      return {
        typeUrl: "/btt.bridge.v1.MsgPolkadotWithdrawalExecutedClaim",
        value: MsgPolkadotWithdrawalExecutedClaim.fromPartial(value)
      };
    },
    sendToPolkadot(value: MsgSendToPolkadot) {
      return {
        typeUrl: "/btt.bridge.v1.MsgSendToPolkadot",
        value: MsgSendToPolkadot.fromPartial(value)
      };
    },
    releaseUnclaimablePolkadotDeposit(value: MsgReleaseUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgReleaseUnclaimablePolkadotDeposit",
        value: MsgReleaseUnclaimablePolkadotDeposit.fromPartial(value)
      };
    },
    refundUnclaimablePolkadotDeposit(value: MsgRefundUnclaimablePolkadotDeposit) {
      return {
        typeUrl: "/btt.bridge.v1.MsgRefundUnclaimablePolkadotDeposit",
        value: MsgRefundUnclaimablePolkadotDeposit.fromPartial(value)
      };
    }
  }
};