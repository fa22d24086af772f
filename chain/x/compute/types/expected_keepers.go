package types

import (
	"context"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
)

// BankKeeper is what x/compute needs from x/bank.
type BankKeeper interface {
	SendCoinsFromAccountToModule(ctx context.Context, sender sdk.AccAddress, recipientModule string, amt sdk.Coins) error
	SendCoinsFromModuleToAccount(ctx context.Context, senderModule string, recipient sdk.AccAddress, amt sdk.Coins) error
	SendCoinsFromModuleToModule(ctx context.Context, senderModule, recipientModule string, amt sdk.Coins) error
	BurnCoins(ctx context.Context, moduleName string, amt sdk.Coins) error
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
}

// AccountKeeper is what x/compute needs from x/auth.
type AccountKeeper interface {
	GetModuleAddress(name string) sdk.AccAddress
	GetModuleAccount(ctx context.Context, name string) sdk.ModuleAccountI
}

// EpochsKeeper reads the current x/epochs epoch.
type EpochsKeeper interface {
	GetEpochInfo(ctx sdk.Context, identifier string) (epochstypes.EpochInfo, error)
}

// Burner burns amt of the base denom held by a module account and records the burn
// (x/emissions' Keeper.Burn), so the burn is counted in x/emissions' burned total.
type Burner interface {
	Burn(ctx context.Context, fromModule string, amt sdkmath.Int) error
}

// VerifierKeeper is the read-only part of x/rwa's keeper x/compute uses: whether an address is a
// verifier of kind TECHNICAL working in a region (or its country), who may attest a node's region
// and energy class (MsgAttestNode).
type VerifierKeeper interface {
	IsTechnicalVerifierFor(ctx context.Context, addr sdk.AccAddress, region string) bool
}
