package keeper

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// RegisterInvariants registers x/wgov's invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k *Keeper) {
	ir.RegisterRoute(types.ModuleName, "consistent-state", ConsistentStateInvariant(k))
}

// AllInvariants runs every invariant.
func AllInvariants(k *Keeper) sdk.Invariant { return ConsistentStateInvariant(k) }

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
