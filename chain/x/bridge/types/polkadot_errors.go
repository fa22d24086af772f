package types

import errorsmod "cosmossdk.io/errors"

// x/bridge errors of the Polkadot side (codes 40 and up).
var (
	ErrInvalidPolkadotAddress     = errorsmod.Register(ModuleName, 40, "invalid Polkadot address")
	ErrInvalidPolkadotKey         = errorsmod.Register(ModuleName, 41, "invalid Polkadot key or proof of possession")
	ErrPolkadotCustodyNotFound    = errorsmod.Register(ModuleName, 42, "Polkadot custody not found")
	ErrPolkadotWithdrawalNotFound = errorsmod.Register(ModuleName, 43, "Polkadot withdrawal not found")
	ErrPolkadotCustodyFunds       = errorsmod.Register(ModuleName, 44, "no Polkadot custody can pay this withdrawal now")
	ErrPolkadotCheckpointNotFound = errorsmod.Register(ModuleName, 45, "Polkadot checkpoint not found")
	ErrBelowExistentialDeposit    = errorsmod.Register(ModuleName, 46, "amount below the Polkadot existential deposit")
	// Withdrawal spam bounds (README "Withdrawal spam bounds").
	ErrPolkadotWithdrawalFeeTooLow    = errorsmod.Register(ModuleName, 47, "Polkadot withdrawal fee below the minimum")
	ErrTooManyPendingPolkadot         = errorsmod.Register(ModuleName, 48, "too many pending Polkadot withdrawals")
	ErrTooManyPendingPolkadotOfSender = errorsmod.Register(ModuleName, 49, "too many pending Polkadot withdrawals of this sender")
)

// SlashConflictingPolkadotClaim is the EventOrchestratorSlashed reason of two different Polkadot claims by one
// validator for one Polkadot event nonce.
const SlashConflictingPolkadotClaim = "conflicting_polkadot_claim"
