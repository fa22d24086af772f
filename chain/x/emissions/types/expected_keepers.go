package types

import (
	"context"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
)

// NodeEpochRecord is what x/compute records for one node in one epoch.
type NodeEpochRecord struct {
	// Operator is the node operator's bech32 account address; rewards are paid to it.
	Operator string
	// ComputeUnits are the verified compute units the node completed in the epoch.
	ComputeUnits uint64
	// Uptime is heartbeats ÷ expected heartbeats, in [0, 1].
	Uptime math.LegacyDec
	// Accepted and Rejected count the node's results that agreed / disagreed with the majority.
	Accepted uint64
	Rejected uint64
	// Region is the node's ISO 3166-2 region, EnergyClass its declared efficiency class.
	Region      string
	EnergyClass string
	// Attested is true when an x/rwa TECHNICAL verifier attested Region and EnergyClass; the
	// geography and energy multipliers apply only then (1.0 otherwise).
	Attested bool
}

// ComputeKeeper is what x/emissions needs from x/compute, which implements it.
type ComputeKeeper interface {
	// ComputeRecordsPage returns up to limit node records of the given epoch number of the
	// emissions epoch identifier (params.epoch_identifier), in x/compute's operator order,
	// starting after the operator `after` ("" = from the first); more reports whether records
	// remain after the last one returned.
	ComputeRecordsPage(ctx context.Context, epoch int64, after string, limit int) (records []NodeEpochRecord, more bool, err error)
	// FarmingCostPerUnit is the least a credited compute unit costs whoever pays for it and
	// is its own worker: x/compute's dev_fund_share × min_paid_price_per_unit, in abtt.
	FarmingCostPerUnit(ctx context.Context) (math.Int, error)
	// SetEpochIdentifier moves x/compute to x/emissions' new epoch identifier in the same
	// transaction: epoch N is paid from x/compute's records of epoch N, so both count one epoch.
	SetEpochIdentifier(ctx context.Context, identifier string) error
}

// AccountKeeper is the subset of x/auth x/emissions uses.
type AccountKeeper interface {
	GetModuleAddress(name string) sdk.AccAddress
	GetAccount(ctx context.Context, addr sdk.AccAddress) sdk.AccountI
	IterateAccounts(ctx context.Context, cb func(sdk.AccountI) bool)
}

// BankKeeper is the subset of x/bank x/emissions uses.
type BankKeeper interface {
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
	GetSupply(ctx context.Context, denom string) sdk.Coin
	IterateAllBalances(ctx context.Context, cb func(addr sdk.AccAddress, coin sdk.Coin) bool)
	SendCoinsFromModuleToAccount(ctx context.Context, senderModule string, recipientAddr sdk.AccAddress, amt sdk.Coins) error
	SendCoinsFromModuleToModule(ctx context.Context, senderModule, recipientModule string, amt sdk.Coins) error
	BurnCoins(ctx context.Context, moduleName string, amt sdk.Coins) error
	BlockedAddr(addr sdk.AccAddress) bool
}

// EpochsKeeper is the subset of x/epochs x/emissions uses.
type EpochsKeeper interface {
	GetEpochInfo(ctx sdk.Context, identifier string) (epochstypes.EpochInfo, error)
}
