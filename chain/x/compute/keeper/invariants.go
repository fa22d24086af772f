package keeper

import (
	"context"
	"fmt"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// RegisterInvariants registers the x/compute invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "escrow-balance", EscrowInvariant(k))
	ir.RegisterRoute(types.ModuleName, "capacity", CapacityInvariant(k))
}

// Holdings returns the sum of open task escrows and the sum of locked node stakes.
func (k Keeper) Holdings(ctx context.Context) (escrow, stakes sdkmath.Int, err error) {
	escrow, stakes = sdkmath.ZeroInt(), sdkmath.ZeroInt()
	err = k.Tasks.Walk(ctx, nil, func(_ uint64, t types.Task) (bool, error) {
		escrow = escrow.Add(t.Escrow)
		return false, nil
	})
	if err != nil {
		return
	}
	err = k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
		stakes = stakes.Add(n.Stake)
		return false, nil
	})
	return
}

// EscrowInvariant: the compute module account balance == open task escrows + locked stakes.
func EscrowInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		escrow, stakes, err := k.Holdings(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "escrow-balance", err.Error()), true
		}
		bal := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.GetParams(ctx).StakeDenom).Amount
		broken := !bal.Equal(escrow.Add(stakes))
		return sdk.FormatInvariant(types.ModuleName, "escrow-balance",
			fmt.Sprintf("module balance %s, escrow %s + stakes %s", bal, escrow, stakes)), broken
	}
}

// CapacityInvariant: each node's active count per model equals its open assignments that have not revealed.
func CapacityInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		want := map[string]uint32{}
		_ = k.Active.Walk(ctx, nil, func(id uint64) (bool, error) {
			t, err := k.Tasks.Get(ctx, id)
			if err != nil {
				return true, err
			}
			for _, a := range t.Assignments {
				if a.RevealHeight == 0 {
					want[fmt.Sprintf("%s/%d", a.Worker, t.ModelId)]++
				}
			}
			return false, nil
		})
		msg, broken := "", false
		_ = k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
			for _, s := range n.Models {
				if w := want[fmt.Sprintf("%s/%d", n.Operator, s.ModelId)]; w != s.Active {
					msg += fmt.Sprintf("%s model %d: active %d, open assignments %d\n", n.Operator, s.ModelId, s.Active, w)
					broken = true
				}
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "capacity", msg), broken
	}
}
