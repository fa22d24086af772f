// Package simulation holds x/health's part of the SDK simulation: a random valid genesis (with
// oracle and provider verifiers among the simulated accounts, which governance would otherwise
// appoint first), factories for recording, confirming and converting, and governance proposals.
package simulation

import (
	"fmt"
	"math/rand"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/btt-chain/btt/chain/x/health/types"
)

var (
	oracle   = types.VerificationSource_VERIFICATION_SOURCE_ORACLE
	provider = types.VerificationSource_VERIFICATION_SOURCE_PROVIDER
	device   = types.VerificationSource_VERIFICATION_SOURCE_DEVICE
)

// RandomParams returns valid params sized for a simulation: epochs of minutes to hours (so that
// points mature and several epochs pass within a run) and small budgets (so the budget binds).
func RandomParams(r *rand.Rand) types.Params {
	p := types.DefaultParams()
	p.EpochSeconds = uint64(300 + r.Intn(6*3600))
	p.EpochBudget = sdkmath.NewIntWithDecimal(int64(r.Intn(200)), 18)
	p.MaxAbttPerPoint = sdkmath.NewIntWithDecimal(int64(1+r.Intn(100)), 15)
	p.ProviderJurisdictions = []string{"CN"}
	return p
}

// RandomActivityTypes returns a one-confirmation and a two-confirmation type with random caps.
func RandomActivityTypes(r *rand.Rand) []types.ActivityType {
	return []types.ActivityType{
		{Code: "dental-checkup", Description: "Preventive dental check-up", Points: uint64(10 + r.Intn(200)),
			Sources: []types.VerificationSource{provider, oracle, device}, MaxPerEpoch: uint32(1 + r.Intn(3)), MaxPerYear: uint32(4 + r.Intn(20)), Confirmations: 1},
		{Code: "cleaning", Description: "Professional cleaning", Points: uint64(5 + r.Intn(50)),
			Sources: []types.VerificationSource{provider, oracle}, MaxPerEpoch: uint32(1 + r.Intn(2)), MaxPerYear: uint32(2 + r.Intn(10)), Confirmations: 2},
	}
}

// RandomizedGenState writes a random x/health genesis: about a fifth of the accounts are oracles
// or providers.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	gs := types.DefaultGenesis()
	gs.Params = RandomParams(r)
	gs.ActivityTypes = RandomActivityTypes(r)
	for i, acc := range simState.Accounts {
		if r.Intn(5) != 0 {
			continue
		}
		kind := oracle
		if r.Intn(2) == 0 {
			kind = provider
		}
		gs.Verifiers = append(gs.Verifiers, types.Verifier{Address: acc.Address.String(), Kind: kind, Name: fmt.Sprintf("sim verifier %d", i)})
	}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
