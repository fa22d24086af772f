package types

import (
	"context"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

// AccountKeeper is what x/payfi needs from x/auth: the development fund's module account, made
// sure of at genesis (a payment credits its address in the same bank transfer as the merchant).
type AccountKeeper interface {
	GetModuleAccount(ctx context.Context, name string) sdk.ModuleAccountI
}

// BankKeeper is what x/payfi needs from x/bank.
type BankKeeper interface {
	SendCoins(ctx context.Context, from, to sdk.AccAddress, amt sdk.Coins) error
	// InputOutputCoins settles a payment in one transfer: the payer debited once, the merchant
	// and the development fund credited.
	InputOutputCoins(ctx context.Context, input banktypes.Input, outputs []banktypes.Output) error
	SpendableCoin(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
	BlockedAddr(addr sdk.AccAddress) bool
}

// CredentialKeeper is the read-only part of x/rwa: whether an account holds a valid KYC
// credential for a jurisdiction.
type CredentialKeeper interface {
	CheckCredential(ctx context.Context, holder sdk.AccAddress, jurisdiction string) error
}

// PointsKeeper is x/health: points are worth QuoteDiscount abtt now, and Redeem pays that from
// the community incentives pool to the merchant (within the epoch budget) and debits the points.
type PointsKeeper interface {
	QuoteDiscount(ctx context.Context, points uint64) (sdkmath.Int, error)
	Redeem(ctx context.Context, patient, recipient sdk.AccAddress, points uint64, purpose string) (sdkmath.Int, error)
}
