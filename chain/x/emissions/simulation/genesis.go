// Package simulation holds x/emissions' part of the SDK simulation: a random but valid genesis
// and its governance-only messages as proposal payloads (it has no user message).
package simulation

import (
	"math/rand"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// EpochIdentifiers are the x/epochs epochs (of its default genesis) the simulation may pay by.
// Simulated blocks are 1.4 to 2.8 hours apart, so a day epoch ends every ten blocks or so.
var EpochIdentifiers = []string{"day", "day", "day", "week"}

func frac(r *rand.Rand) math.LegacyDec { return math.LegacyNewDecWithPrec(int64(r.Intn(1001)), 3) }

// RandomParams perturbs the default params (so that params added later keep their defaults and
// are simulated with them) and falls back to the defaults if the result does not validate.
func RandomParams(r *rand.Rand, epochIdentifier string) types.Params {
	p := types.DefaultParams()
	p.EpochIdentifier = epochIdentifier
	p.QualityWeight = frac(r)
	p.MinUptime = math.LegacyNewDecWithPrec(int64(r.Intn(801)), 3)
	p.GeographyMaxBonus = math.LegacyNewDecWithPrec(int64(r.Intn(2001)), 3)
	p.GeographyThresholdShare = math.LegacyNewDecWithPrec(int64(1+r.Intn(1000)), 3)
	p.FeeSplitFraction = frac(r)
	p.BurnFraction = frac(r)
	for i := range p.EnergyMultipliers {
		p.EnergyMultipliers[i].Multiplier = math.LegacyNewDecWithPrec(int64(500+r.Intn(1001)), 3)
	}
	// Short retention, so that pruning runs within a simulation.
	p.EpochRecordRetention = uint64(r.Intn(20))
	p.PruneRecordsPerBlock = uint32(1 + r.Intn(50))
	if p.Validate() != nil {
		d := types.DefaultParams()
		d.EpochIdentifier = epochIdentifier
		return d
	}
	return p
}

// RandomizedGenState generates x/emissions' genesis: random params, nothing paid or burned yet
// (the app's simulation genesis fills the pools so that balances + burned = 210M BTT), genesis
// time = the chain's.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	gs := types.DefaultGenesis()
	gs.Params = RandomParams(r, EpochIdentifiers[r.Intn(len(EpochIdentifiers))])
	if err := gs.Validate(); err != nil {
		panic(err)
	}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
