package bridge

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

func pos(fields ...string) []*autocliv1.PositionalArgDescriptor {
	out := make([]*autocliv1.PositionalArgDescriptor, len(fields))
	for i, f := range fields {
		out[i] = &autocliv1.PositionalArgDescriptor{ProtoField: f}
	}
	return out
}

// AutoCLIOptions gives `bttd q bridge ...` and `bttd tx bridge ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.bridge.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "x/bridge parameters"},
				{RpcMethod: "Orchestrators", Use: "orchestrators", Short: "Every validator's orchestrator registration"},
				{RpcMethod: "Orchestrator", Use: "orchestrator [validator|orchestrator|eth-address]", Short: "One registration, by validator, orchestrator account or Ethereum address", PositionalArgs: pos("key")},
				{RpcMethod: "CurrentValset", Use: "current-valset", Short: "The valset the bonded validators would form now, and the registered share of bonded power"},
				{RpcMethod: "Valsets", Use: "valsets", Short: "Stored valsets, newest first"},
				{RpcMethod: "Valset", Use: "valset [nonce]", Short: "One stored valset", PositionalArgs: pos("nonce")},
				{RpcMethod: "ValsetConfirms", Use: "valset-confirms [nonce]", Short: "The signatures of a valset", PositionalArgs: pos("nonce")},
				{RpcMethod: "PendingValsetConfirms", Use: "pending-valset-confirms [orchestrator]", Short: "Valsets the orchestrator's validator has not signed", PositionalArgs: pos("orchestrator")},
				{RpcMethod: "PendingTransfers", Use: "pending-transfers", Short: "Transfers to Ethereum not yet in a batch"},
				{RpcMethod: "Batches", Use: "batches", Short: "Batches not yet executed or timed out, oldest first"},
				{RpcMethod: "Batch", Use: "batch [token-contract] [nonce]", Short: "One batch", PositionalArgs: pos("token_contract", "nonce")},
				{RpcMethod: "BatchConfirms", Use: "batch-confirms [token-contract] [nonce]", Short: "The signatures of a batch", PositionalArgs: pos("token_contract", "nonce")},
				{RpcMethod: "PendingBatchConfirms", Use: "pending-batch-confirms [orchestrator]", Short: "Batches the orchestrator's validator has not signed", PositionalArgs: pos("orchestrator")},
				{RpcMethod: "Attestations", Use: "attestations", Short: "Attestations of Ethereum events, newest first"},
				{RpcMethod: "LastEventNonce", Use: "last-event-nonce [validator|orchestrator]", Short: "The last event nonce a validator attested", PositionalArgs: pos("address")},
				{RpcMethod: "LastObserved", Use: "last-observed", Short: "The last observed event nonce, Ethereum height and valset nonce"},
				{RpcMethod: "ProjectedEthereumHeight", Use: "projected-ethereum-height",
					Short: "The projected Ethereum height new batches count their timeout from, the observed height and time it is projected from, and a new batch's timeout"},
				{RpcMethod: "TokenDenoms", Use: "token-denoms", Short: "Ethereum token contracts and their BTT denoms"},
				{RpcMethod: "Escrow", Use: "escrow", Short: "Escrowed BTT, wBTT outstanding, transfers in flight and voucher supplies"},
				{RpcMethod: "UnclaimableDeposits", Use: "unclaimable-deposits", Short: "Deposits whose BTT receiver did not decode"},
				{RpcMethod: "PolkadotCustody", Use: "polkadot-custody [id]", Short: "A Polkadot custody multisig (id 0 or none: the current one)", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id", Optional: true}}},
				{RpcMethod: "PolkadotCustodies", Use: "polkadot-custodies", Short: "Every Polkadot custody multisig, oldest first, with the planck it holds"},
				{RpcMethod: "PolkadotOrchestrators", Use: "polkadot-orchestrators", Short: "Every validator's Polkadot key registration"},
				{RpcMethod: "PolkadotWithdrawal", Use: "polkadot-withdrawal [id]", Short: "One withdrawal to Polkadot (user or custody migration)", PositionalArgs: pos("id")},
				{RpcMethod: "PolkadotPendingWithdrawals", Use: "polkadot-pending-withdrawals", Short: "Withdrawals the custody multisig has not executed yet, oldest first"},
				{RpcMethod: "PolkadotCheckpoints", Use: "polkadot-checkpoints", Short: "Kept Polkadot bridge checkpoints by BTT height"},
				{RpcMethod: "PolkadotCheckpoint", Use: "polkadot-checkpoint [height]", Short: "The Polkadot bridge checkpoint of a BTT height", PositionalArgs: pos("height")},
				{RpcMethod: "PolkadotUnclaimableDeposits", Use: "polkadot-unclaimable-deposits", Short: "Polkadot deposits whose BTT receiver did not decode"},
				{RpcMethod: "PolkadotLastEventNonce", Use: "polkadot-last-event-nonce [validator|orchestrator]", Short: "The last Polkadot event nonce a validator attested", PositionalArgs: pos("address")},
				{RpcMethod: "PolkadotBridgeState", Use: "polkadot-state", Short: "The Polkadot side's state a checkpoint would commit to now, its hash, pending and unclaimable planck"},
				{RpcMethod: "PolkadotAttestations", Use: "polkadot-attestations", Short: "Attestations of Polkadot events, newest first"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.bridge.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "SetOrchestrator", Use: "set-orchestrator [orchestrator] [eth-address] [eth-signature]",
					Short:          "Register or rotate the signer's validator's orchestrator and Ethereum key (signature: see x/bridge README)",
					PositionalArgs: pos("orchestrator", "eth_address", "eth_signature")},
				{RpcMethod: "ConfirmValset", Use: "confirm-valset [nonce] [eth-signer] [signature]", Short: "Sign a valset checkpoint (orchestrator)",
					PositionalArgs: pos("nonce", "eth_signer", "signature")},
				{RpcMethod: "SendToEthereum", Use: "send-to-ethereum [eth-destination] [amount] [bridge-fee]",
					Short: "Escrow amount + fee and queue a transfer to Ethereum (abtt leaves as wBTT)", PositionalArgs: pos("eth_destination", "amount", "bridge_fee")},
				{RpcMethod: "CancelSendToEthereum", Use: "cancel-send-to-ethereum [transfer-id]", Short: "Refund a transfer not yet in a batch", PositionalArgs: pos("transfer_id")},
				{RpcMethod: "RequestBatch", Use: "request-batch [denom]", Short: "Cut a batch of a denom's pending transfers, highest fee first", PositionalArgs: pos("denom")},
				{RpcMethod: "ConfirmBatch", Use: "confirm-batch [token-contract] [nonce] [eth-signer] [signature]", Short: "Sign a batch digest (orchestrator)",
					PositionalArgs: pos("token_contract", "nonce", "eth_signer", "signature")},
				{RpcMethod: "DepositClaim", Use: "deposit-claim", Short: "Attest a SendToBttEvent (orchestrator; --claim as JSON)"},
				{RpcMethod: "BatchExecutedClaim", Use: "batch-executed-claim", Short: "Attest a TransactionBatchExecutedEvent (orchestrator; --claim as JSON)"},
				{RpcMethod: "ValsetUpdatedClaim", Use: "valset-updated-claim", Short: "Attest a ValsetUpdatedEvent (orchestrator; --claim as JSON)"},
				{RpcMethod: "UpdateParams", Skip: true}, // gov authority only: use a proposal
				{RpcMethod: "ReleaseUnclaimableDeposit", Use: "release-unclaimable-deposit [event-nonce] [receiver]", GovProposal: true,
					Short: "Pay an unclaimable deposit to a BTT account (governance authority only; submitted in a proposal)", PositionalArgs: pos("event_nonce", "receiver")},
				{RpcMethod: "SetPolkadotOrchestrator", Use: "set-polkadot-orchestrator [polkadot-account] [key-type] [public-key-base64] [proof-base64]",
					Short:          "Register or rotate the signer's (validator operator's) Polkadot key (ecdsa; proof: see x/bridge README); --orchestrator when it has no Ethereum registration",
					PositionalArgs: pos("polkadot_account", "key_type", "public_key", "proof")},
				{RpcMethod: "PolkadotDepositClaim", Use: "polkadot-deposit-claim [event-nonce] [block-number] [extrinsic-index] [custody-id] [sender] [amount] [btt-receiver]",
					Short:          "Attest a transfer to a Polkadot custody account (orchestrator)",
					PositionalArgs: pos("event_nonce", "block_number", "extrinsic_index", "custody_id", "sender", "amount", "btt_receiver")},
				{RpcMethod: "PolkadotWithdrawalExecutedClaim", Use: "polkadot-withdrawal-executed-claim [event-nonce] [block-number] [withdrawal-id] [success]",
					Short: "Attest that a withdrawal's multisig call ran on Polkadot (orchestrator)", PositionalArgs: pos("event_nonce", "block_number", "withdrawal_id", "success")},
				{RpcMethod: "SendToPolkadot", Use: "send-to-polkadot [ss58-destination] [amount] [fee]",
					Short:          "Burn bridge/dot/wnd vouchers for a transfer of WND to a Polkadot account; fee (≥ params.polkadot.min_withdrawal_fee) goes to the fee collector",
					PositionalArgs: pos("destination", "amount", "fee")},
				{RpcMethod: "ReleaseUnclaimablePolkadotDeposit", Use: "release-unclaimable-polkadot-deposit [event-nonce] [receiver]", GovProposal: true,
					Short: "Mint an unclaimable Polkadot deposit's vouchers to a BTT account (governance authority only; submitted in a proposal)", PositionalArgs: pos("event_nonce", "receiver")},
				{RpcMethod: "RefundUnclaimablePolkadotDeposit", Use: "refund-unclaimable-polkadot-deposit [event-nonce]", GovProposal: true,
					Short: "Pay an unclaimable Polkadot deposit back to its Polkadot sender through the custody multisig (governance authority only; submitted in a proposal)", PositionalArgs: pos("event_nonce")},
			},
		},
	}
}
