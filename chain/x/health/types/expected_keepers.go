package types

import (
	"context"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// BankKeeper is what x/health reads from x/bank.
type BankKeeper interface {
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
}

// AccountKeeper is what x/health needs from x/auth.
type AccountKeeper interface {
	GetModuleAddress(name string) sdk.AccAddress
}

// PoolKeeper is x/emissions: the community incentives pool pays for points through SpendPool
// (a bank transfer from the pool, recorded in x/emissions' release schedule; nothing is minted),
// and years are counted from its genesis time.
type PoolKeeper interface {
	SpendPool(ctx context.Context, pool, source, recipient string, amount sdk.Coins, purpose string) error
	GenesisTimeOf(ctx context.Context) (time.Time, error)
}

// CredentialKeeper is the read-only part of x/rwa: whether an account holds a valid KYC
// credential for a jurisdiction (clinics are PROVIDERs through it).
type CredentialKeeper interface {
	CheckCredential(ctx context.Context, holder sdk.AccAddress, jurisdiction string) error
}
