// Package simulation holds x/payfi's part of the SDK simulation: random params, factories for
// every user message (merchants need x/rwa credentials, which x/rwa's simulated genesis issues)
// and the params proposal.
package simulation

import (
	"math/rand"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// RandomParams returns valid params: a fee share up to 5%, a points share up to 50%, invoices
// living an hour to 30 days.
func RandomParams(r *rand.Rand) types.Params {
	return types.Params{
		FeeShare:          sdkmath.LegacyNewDecWithPrec(int64(r.Intn(51)), 3),
		MaxPointsDiscount: sdkmath.LegacyNewDecWithPrec(int64(r.Intn(501)), 3),
		MaxInvoiceSeconds: uint64(3600 + r.Intn(30*24*3600)),
	}
}

// RandomizedGenState writes a random x/payfi genesis (no merchants: they register during the run).
func RandomizedGenState(simState *module.SimulationState) {
	gs := types.DefaultGenesis()
	gs.Params = RandomParams(simState.Rand)
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
