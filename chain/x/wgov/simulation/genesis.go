// Package simulation holds x/wgov's part of the SDK simulation: a random but valid genesis (short
// terms, so that elections are held, counted and bonds settled within a run), message factories
// for nominations and representative ballots, and the governance messages as proposal payloads.
package simulation

import (
	"fmt"
	"math/rand"
	"time"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// RandomParams returns valid params with terms of 2 to 10 days (simulated blocks are 1.4 to 2.8
// hours apart), a random institutions weight schedule and small bonds.
func RandomParams(r *rand.Rand) types.Params {
	p := types.DefaultParams()
	if r.Intn(2) == 0 {
		p.Schedule = []types.ScheduleEntry{{
			StartTime: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
			Weights:   types.WeightsWithInstitutions(math.LegacyNewDecWithPrec(int64(r.Intn(1001)), 3)),
		}}
	}
	p.ComputeEpochs = uint32(1 + r.Intn(30))
	p.TermDuration = time.Duration(2+r.Intn(9)) * 24 * time.Hour
	p.NominationPeriod = p.TermDuration * time.Duration(2+r.Intn(6)) / 10
	p.Seats = uint32(1 + r.Intn(9))
	p.MaxCandidates = p.Seats + uint32(r.Intn(20))
	p.NominationBond = math.NewIntWithDecimal(int64(r.Intn(200)), 18)
	p.BondRefundVotes = math.NewIntWithDecimal(int64(r.Intn(5000)), 18)
	p.MaxBallotPrunesPerBlock = uint32(1 + r.Intn(50))
	return p
}

// RandomInstitutions returns 0 to 5 institutions among accs with weights 1 to 10.
func RandomInstitutions(r *rand.Rand, accs []simtypes.Account) []types.Institution {
	var out []types.Institution
	n := min(r.Intn(6), len(accs))
	for _, i := range r.Perm(len(accs))[:n] {
		out = append(out, types.Institution{Address: accs[i].Address.String(), Weight: math.LegacyNewDec(int64(1 + r.Intn(10))), Name: fmt.Sprintf("sim institution %d", i)})
	}
	return out
}

// RandomizedGenState generates x/wgov's genesis: random params and institutions; the first term
// starts at the first block.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	gs := types.DefaultGenesis()
	gs.Params = RandomParams(r)
	gs.Institutions = RandomInstitutions(r, simState.Accounts)
	if err := gs.Validate(); err != nil {
		panic(err)
	}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
