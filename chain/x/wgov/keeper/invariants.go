package keeper

import (
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// RegisterInvariants registers x/wgov's invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k *Keeper) {
	ir.RegisterRoute(types.ModuleName, "consistent-state", ConsistentStateInvariant(k))
	ir.RegisterRoute(types.ModuleName, "bonds-backed", BondsBackedInvariant(k))
}

// AllInvariants runs every invariant.
func AllInvariants(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		for _, inv := range []sdk.Invariant{ConsistentStateInvariant(k), BondsBackedInvariant(k)} {
			if msg, broken := inv(ctx); broken {
				return msg, true
			}
		}
		return sdk.FormatInvariant(types.ModuleName, "all", "ok"), false
	}
}

// BondsBackedInvariant: the wgov module account holds at least the candidates' nomination bonds.
func BondsBackedInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		total := math.ZeroInt()
		if err := k.Candidates.Walk(ctx, nil, func(_ string, c types.Candidate) (bool, error) {
			if !c.Bond.IsNil() {
				total = total.Add(c.Bond)
			}
			return false, nil
		}); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "bonds-backed", err.Error()), true
		}
		held := k.bankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(types.ModuleName), types.BondDenom).Amount
		if held.LT(total) {
			return sdk.FormatInvariant(types.ModuleName, "bonds-backed",
				fmt.Sprintf("module holds %s%s, candidates' bonds total %s", held, types.BondDenom, total)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "bonds-backed", "ok"), false
	}
}

// ConsistentStateInvariant: the params and institutions are valid, representatives fill at most
// the seats, and every ballot names only candidates (what the genesis validation checks).
func ConsistentStateInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		gs, err := k.ExportGenesis(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "consistent-state", err.Error()), true
		}
		if err := gs.Validate(); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "consistent-state", fmt.Sprintf("state is invalid: %v", err)), true
		}
		return sdk.FormatInvariant(types.ModuleName, "consistent-state", "ok"), false
	}
}
