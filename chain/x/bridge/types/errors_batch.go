package types

import errorsmod "cosmossdk.io/errors"

// Batch-spam errors (issue 14 hardening). Codes from 100 so they never meet the codes other x/bridge work adds.
var (
	ErrBatchNotProfitable = errorsmod.Register(ModuleName, 100, "batch fee does not beat the best unexecuted batch of this token")
	ErrTooManyOpenBatches = errorsmod.Register(ModuleName, 101, "too many unexecuted batches of this token")
	ErrBridgeFeeTooLow    = errorsmod.Register(ModuleName, 102, "bridge fee below the minimum")
)
