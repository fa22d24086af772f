package types

import errorsmod "cosmossdk.io/errors"

// x/compute errors.
var (
	ErrInvalidSigner        = errorsmod.Register(ModuleName, 2, "expected gov account as only signer")
	ErrNodeExists           = errorsmod.Register(ModuleName, 3, "node already registered")
	ErrNodeNotFound         = errorsmod.Register(ModuleName, 4, "node not found")
	ErrInvalidNode          = errorsmod.Register(ModuleName, 5, "invalid node data")
	ErrStakeTooLow          = errorsmod.Register(ModuleName, 6, "stake below the class minimum")
	ErrModelNotFound        = errorsmod.Register(ModuleName, 7, "unknown model")
	ErrModelDeprecated      = errorsmod.Register(ModuleName, 8, "model is deprecated")
	ErrInvalidModel         = errorsmod.Register(ModuleName, 9, "invalid model")
	ErrInvalidReplication   = errorsmod.Register(ModuleName, 10, "replication k out of range")
	ErrFeeTooLow            = errorsmod.Register(ModuleName, 11, "max fee below price floor × k")
	ErrTaskNotFound         = errorsmod.Register(ModuleName, 12, "task not found")
	ErrNotAssigned          = errorsmod.Register(ModuleName, 13, "worker is not assigned to this task")
	ErrCommitWindow         = errorsmod.Register(ModuleName, 14, "outside the commit window")
	ErrRevealWindow         = errorsmod.Register(ModuleName, 15, "outside the reveal window")
	ErrAlreadyCommitted     = errorsmod.Register(ModuleName, 16, "worker already committed")
	ErrNotCommitted         = errorsmod.Register(ModuleName, 17, "reveal before commit")
	ErrAlreadyRevealed      = errorsmod.Register(ModuleName, 18, "worker already revealed")
	ErrCommitMismatch       = errorsmod.Register(ModuleName, 19, "reveal does not match commitment")
	ErrInvalidTask          = errorsmod.Register(ModuleName, 20, "invalid task")
	ErrNodeNotActive        = errorsmod.Register(ModuleName, 21, "node is not active")
	ErrNodeJailed           = errorsmod.Register(ModuleName, 22, "node is jailed")
	ErrNodeBusy             = errorsmod.Register(ModuleName, 23, "node has tasks in progress")
	ErrInvalidParams        = errorsmod.Register(ModuleName, 24, "invalid params")
	ErrInsufficientCapacity = errorsmod.Register(ModuleName, 25, "network cannot serve this replication")
	ErrInvalidCommitment    = errorsmod.Register(ModuleName, 26, "invalid commitment")
	ErrAlreadyHeartbeat     = errorsmod.Register(ModuleName, 27, "heartbeat already recorded this epoch")
	ErrEscrowShortfall      = errorsmod.Register(ModuleName, 28, "task escrow cannot cover the payment")
)
