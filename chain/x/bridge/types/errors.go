package types

import errorsmod "cosmossdk.io/errors"

// x/bridge errors.
var (
	ErrInvalidSigner           = errorsmod.Register(ModuleName, 2, "expected gov account as only signer")
	ErrInvalidParams           = errorsmod.Register(ModuleName, 3, "invalid params")
	ErrBridgeNotConfigured     = errorsmod.Register(ModuleName, 4, "bridge not configured")
	ErrNotValidator            = errorsmod.Register(ModuleName, 5, "not a validator")
	ErrInvalidEthAddress       = errorsmod.Register(ModuleName, 6, "invalid Ethereum address")
	ErrInvalidSignature        = errorsmod.Register(ModuleName, 7, "invalid Ethereum signature")
	ErrOrchestratorInUse       = errorsmod.Register(ModuleName, 8, "orchestrator account or Ethereum address already used by another validator")
	ErrNotOrchestrator         = errorsmod.Register(ModuleName, 9, "signer is not a registered orchestrator")
	ErrValidatorNotBonded      = errorsmod.Register(ModuleName, 10, "the orchestrator's validator is not bonded")
	ErrValsetNotFound          = errorsmod.Register(ModuleName, 11, "valset not found")
	ErrBatchNotFound           = errorsmod.Register(ModuleName, 12, "batch not found")
	ErrDuplicateConfirm        = errorsmod.Register(ModuleName, 13, "the validator already confirmed this")
	ErrInvalidTransfer         = errorsmod.Register(ModuleName, 14, "invalid transfer")
	ErrUnknownDenom            = errorsmod.Register(ModuleName, 15, "denom cannot be bridged")
	ErrTransferNotFound        = errorsmod.Register(ModuleName, 16, "transfer not found or no longer pending")
	ErrNotTransferSender       = errorsmod.Register(ModuleName, 17, "not the transfer's sender")
	ErrNoPendingTransfers      = errorsmod.Register(ModuleName, 18, "no pending transfers of this denom")
	ErrInvalidClaim            = errorsmod.Register(ModuleName, 19, "invalid claim")
	ErrNonContiguousEventNonce = errorsmod.Register(ModuleName, 20, "non contiguous event nonce")
	ErrDuplicateClaim          = errorsmod.Register(ModuleName, 21, "claim already attested by this validator")
	ErrEthereumHeightUnknown   = errorsmod.Register(ModuleName, 22, "no Ethereum height observed yet")
	ErrInvalidGenesis          = errorsmod.Register(ModuleName, 23, "invalid genesis")
	ErrInsufficientFunds       = errorsmod.Register(ModuleName, 24, "insufficient funds")
	ErrInvalidRequest          = errorsmod.Register(ModuleName, 25, "invalid request")
	ErrUnclaimableNotFound     = errorsmod.Register(ModuleName, 26, "unclaimable deposit not found")
)
