package types

import errorsmod "cosmossdk.io/errors"

// x/emissions errors.
var (
	ErrInvalidAuthority    = errorsmod.Register(ModuleName, 2, "invalid authority")
	ErrInvalidParams       = errorsmod.Register(ModuleName, 3, "invalid params")
	ErrMilestoneNotFound   = errorsmod.Register(ModuleName, 4, "milestone not found")
	ErrMilestoneReleased   = errorsmod.Register(ModuleName, 5, "milestone already released")
	ErrFoundationCap       = errorsmod.Register(ModuleName, 6, "foundation release cap exceeded")
	ErrSubBudgetCap        = errorsmod.Register(ModuleName, 7, "foundation sub-budget exceeded")
	ErrInvalidMilestone    = errorsmod.Register(ModuleName, 8, "invalid milestone")
	ErrInvalidSpend        = errorsmod.Register(ModuleName, 9, "invalid spend")
	ErrInvalidBurn         = errorsmod.Register(ModuleName, 10, "invalid burn")
	ErrEpochRewardNotFound = errorsmod.Register(ModuleName, 11, "no reward record for epoch")
	ErrInvalidGenesis      = errorsmod.Register(ModuleName, 12, "invalid genesis")
	ErrPayout              = errorsmod.Register(ModuleName, 13, "epoch payout")
)
