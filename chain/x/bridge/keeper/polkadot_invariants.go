package keeper

import (
	"context"
	"fmt"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// CheckPolkadotVouchers returns nil when
// supply(bridge/dot/wnd) + pending user withdrawals + unclaimable deposits == credited − executed, and
// Σ custody balances == credited − executed − overdrawn.
func (k Keeper) CheckPolkadotVouchers(ctx context.Context) error {
	t := k.PolkadotTotals(ctx)
	pending, err := k.PendingPolkadotAmount(ctx)
	if err != nil {
		return err
	}
	unclaimable, err := k.UnclaimablePolkadotAmount(ctx)
	if err != nil {
		return err
	}
	supply := k.bank.GetSupply(ctx, types.PolkadotVoucherDenom).Amount
	backed := t.Credited.Sub(t.Executed)
	if have := supply.Add(pending).Add(unclaimable); !have.Equal(backed) {
		return fmt.Errorf("voucher supply %s + pending withdrawals %s + unclaimable %s = %s, expected credited %s - executed %s = %s",
			supply, pending, unclaimable, have, t.Credited, t.Executed, backed)
	}
	held := sdkmath.ZeroInt()
	if err := k.Polkadot.Custodies.Walk(ctx, nil, func(_ uint64, c types.PolkadotCustody) (bool, error) {
		held = held.Add(c.Balance)
		return false, nil
	}); err != nil {
		return err
	}
	if want := backed.Sub(t.Overdrawn); !held.Equal(want) {
		return fmt.Errorf("custodies hold %s, expected credited - executed - overdrawn = %s", held, want)
	}
	return nil
}

// PolkadotVouchersInvariant checks CheckPolkadotVouchers.
func PolkadotVouchersInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckPolkadotVouchers(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "polkadot-vouchers", err.Error()), true
		}
		return sdk.FormatInvariant(types.ModuleName, "polkadot-vouchers", "WND vouchers, pending withdrawals and unclaimable deposits match the credited deposits less executed withdrawals"), false
	}
}
