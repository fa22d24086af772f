package types

import (
	"context"

	"cosmossdk.io/core/address"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

// ComputeKeeper is what x/wgov reads from x/compute: the per-epoch verified compute
// records (the same ones x/emissions pays from), their per-epoch totals and the current epoch number.
type ComputeKeeper interface {
	CurrentEpoch(ctx context.Context) int64
	// ComputeRecords lists every node's record of an epoch (the Classes query's member list).
	ComputeRecords(ctx context.Context, epoch int64) ([]emissionstypes.NodeEpochRecord, error)
	// EpochCreditedUnits is the credited units of all nodes in an epoch (the tally's class total).
	EpochCreditedUnits(ctx context.Context, epoch int64) uint64
	// CreditedUnits is one node's credited units in an epoch (a voter's power in the tally).
	CreditedUnits(ctx context.Context, epoch int64, operator sdk.AccAddress) uint64
}

// StakingKeeper is the subset of x/staking x/wgov uses (holder power, ballot stake).
type StakingKeeper interface {
	ValidatorAddressCodec() address.Codec
	TotalBondedTokens(ctx context.Context) (math.Int, error)
	IterateBondedValidatorsByPower(ctx context.Context, fn func(index int64, validator stakingtypes.ValidatorI) (stop bool)) error
	IterateDelegations(ctx context.Context, delegator sdk.AccAddress, fn func(index int64, delegation stakingtypes.DelegationI) (stop bool)) error
	GetValidator(ctx context.Context, addr sdk.ValAddress) (stakingtypes.Validator, error)
}

// BankKeeper moves nomination bonds between candidates and the module account.
type BankKeeper interface {
	SendCoinsFromAccountToModule(ctx context.Context, sender sdk.AccAddress, recipientModule string, amt sdk.Coins) error
	SendCoinsFromModuleToAccount(ctx context.Context, senderModule string, recipient sdk.AccAddress, amt sdk.Coins) error
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
}

// Burner burns abtt held by a module account and records the burn for the supply invariant
// (x/emissions' Keeper.Burn).
type Burner interface {
	Burn(ctx context.Context, fromModule string, amt math.Int) error
}
