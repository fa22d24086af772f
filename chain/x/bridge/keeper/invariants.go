package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// RegisterInvariants registers the x/bridge invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "escrow", EscrowInvariant(k))
	ir.RegisterRoute(types.ModuleName, "pending-index", PendingIndexInvariant(k))
	ir.RegisterRoute(types.ModuleName, "polkadot-vouchers", PolkadotVouchersInvariant(k))
	ir.RegisterRoute(types.ModuleName, "polkadot-pending-index", PolkadotPendingIndexInvariant(k))
}

// CheckPendingIndex returns nil when the fee index holds exactly the pending transfers.
func (k Keeper) CheckPendingIndex(ctx context.Context) error {
	n := 0
	if err := k.Pending.Walk(ctx, nil, func(_ uint64, t types.OutgoingTransfer) (bool, error) {
		n++
		has, err := k.PendingByFee.Has(ctx, pendingKey(t))
		if err == nil && !has {
			err = fmt.Errorf("pending transfer %d is not in the fee index", t.Id)
		}
		return err != nil, err
	}); err != nil {
		return err
	}
	m := 0
	if err := k.PendingByFee.Walk(ctx, nil, func(collections.Triple[string, []byte, uint64]) (bool, error) {
		m++
		return false, nil
	}); err != nil {
		return err
	}
	if n != m {
		return fmt.Errorf("%d pending transfers but %d fee index entries", n, m)
	}
	return nil
}

// PendingIndexInvariant checks CheckPendingIndex.
func PendingIndexInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckPendingIndex(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "pending-index", err.Error()), true
		}
		return sdk.FormatInvariant(types.ModuleName, "pending-index", "the fee index holds exactly the pending transfers"), false
	}
}

// InFlight returns amount + fee of every pending or batched transfer, per denom.
func (k Keeper) InFlight(ctx context.Context) (map[string]sdkmath.Int, error) {
	out := map[string]sdkmath.Int{}
	add := func(t types.OutgoingTransfer) {
		if v, ok := out[t.Denom]; ok {
			out[t.Denom] = v.Add(t.Total())
		} else {
			out[t.Denom] = t.Total()
		}
	}
	if err := k.Pending.Walk(ctx, nil, func(_ uint64, t types.OutgoingTransfer) (bool, error) {
		add(t)
		return false, nil
	}); err != nil {
		return nil, err
	}
	err := k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
		for _, t := range b.Transfers {
			add(t)
		}
		return false, nil
	})
	return out, err
}

// UnclaimableBtt is the abtt of the unclaimable wBTT deposits.
func (k Keeper) UnclaimableBtt(ctx context.Context) (sdkmath.Int, error) {
	w := k.GetParams(ctx).WrappedBttContract
	sum := sdkmath.ZeroInt()
	err := k.Unclaimable.Walk(ctx, nil, func(_ uint64, u types.UnclaimableDeposit) (bool, error) {
		if sameAddress(w, u.Deposit.TokenContract) {
			sum = sum.Add(u.Deposit.Amount)
		}
		return false, nil
	})
	return sum, err
}

// CheckEscrow returns nil when the module's abtt is exactly wrapped_btt_outstanding + abtt in flight +
// unclaimable wBTT deposits, and each voucher's supply covers its in-flight amount.
func (k Keeper) CheckEscrow(ctx context.Context) error {
	inFlight, err := k.InFlight(ctx)
	if err != nil {
		return err
	}
	unclaimable, err := k.UnclaimableBtt(ctx)
	if err != nil {
		return err
	}
	want := k.wrappedOutstanding(ctx).Add(unclaimable)
	if v, ok := inFlight[types.BttDenom]; ok {
		want = want.Add(v)
	}
	have := k.bank.GetBalance(ctx, k.moduleAddr, types.BttDenom).Amount
	if !have.Equal(want) {
		return fmt.Errorf("module holds %s abtt, expected %s (wBTT outstanding %s + in flight + unclaimable %s)",
			have, want, k.wrappedOutstanding(ctx), unclaimable)
	}
	for denom, v := range inFlight {
		if denom == types.BttDenom {
			continue
		}
		if s := k.bank.GetSupply(ctx, denom).Amount; s.LT(v) {
			return fmt.Errorf("voucher %s supply %s is below its in-flight %s", denom, s, v)
		}
	}
	return nil
}

// EscrowInvariant checks CheckEscrow.
func EscrowInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckEscrow(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "escrow", err.Error()), true
		}
		return sdk.FormatInvariant(types.ModuleName, "escrow", "module escrow matches wBTT outstanding and transfers in flight"), false
	}
}
