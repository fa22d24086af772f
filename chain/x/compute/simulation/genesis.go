// Package simulation holds x/compute's part of the SDK simulation: a random but valid genesis,
// message factories for every user message (simsx style) and governance proposal messages.
package simulation

import (
	"encoding/json"
	"fmt"
	"math/rand"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// MaxSimNodes bounds the simulated nodes: each must heartbeat every epoch, and a simulated block
// carries only so many heartbeats.
const MaxSimNodes = 40

// Regions are the ISO 3166-2 regions simulated nodes declare.
var Regions = []string{"CN-BJ", "CN-SH", "CN-GD", "CN-SC", "HK-HK", "SG-01", "DE-BE"}

// EnergyClasses are the energy classes simulated nodes declare.
var EnergyClasses = []string{"A", "B", "C", "D", "E", "F", "G"}

func btt(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }

func randDec(r *rand.Rand, maxPermille int) sdkmath.LegacyDec {
	return sdkmath.LegacyNewDecWithPrec(int64(r.Intn(maxPermille+1)), 3)
}

// RandomParams returns valid params around the defaults, sized for a simulation: stakes the
// simulated accounts can afford, windows of a few blocks, short retention and unbonding.
func RandomParams(r *rand.Rand, epochIdentifier string) types.Params {
	p := types.DefaultParams()
	p.MinStakeHome = btt(1 + r.Int63n(100))
	p.MinStakeClinic = p.MinStakeHome.Add(btt(r.Int63n(200)))
	p.MinStakeHpc = p.MinStakeClinic.Add(btt(r.Int63n(500)))
	p.MinStakeDatacenter = p.MinStakeHpc.Add(btt(r.Int63n(1000)))
	p.MaxReplication = uint32(3 + r.Intn(5))
	p.CommitWindowBlocks = int64(2 + r.Intn(8))
	p.RevealWindowBlocks = int64(2 + r.Intn(8))
	p.TaskTimeoutBlocks = p.CommitWindowBlocks + p.RevealWindowBlocks + int64(5+r.Intn(60))
	p.MaxAttempts = uint32(1 + r.Intn(4))
	p.UrgentPremium = randDec(r, 1000)
	p.StatPremium = p.UrgentPremium.Add(randDec(r, 1000))
	p.PremiumBurnFraction = randDec(r, 1000)
	p.DevFundShare = randDec(r, 300)
	p.SlashFraction = randDec(r, 100)
	p.InitialReputation = uint32(1000 + r.Intn(9001))
	p.DissentPenalty = uint32(r.Intn(3000))
	p.SilentPenalty = p.DissentPenalty + uint32(r.Intn(2000))
	p.AcceptReward = uint32(r.Intn(500))
	p.ReexecutionRate = randDec(r, 500)
	p.EpochIdentifier = epochIdentifier
	p.MaxMissedHeartbeats = uint32(1 + r.Intn(5))
	p.JailEpochs = int64(1 + r.Intn(3))
	p.UnbondingDelaySeconds = int64(r.Intn(3 * 24 * 3600))
	p.RegionBonus = uint32(1 + r.Intn(5))
	p.MaxQueueScanPerBlock = uint32(10 + r.Intn(500))
	p.MaxAssignmentsPerBlock = uint32(5 + r.Intn(100))
	p.MaxAssignmentCandidates = p.MaxReplication + uint32(r.Intn(32))
	p.MaxExpirationsPerBlock = uint32(5 + r.Intn(200))
	p.TaskRetentionBlocks = int64(10 + r.Intn(200))
	p.MaxPrunesPerBlock = uint32(1 + r.Intn(100))
	if r.Intn(3) == 0 {
		p.MinPaidPricePerUnit = sdkmath.ZeroInt()
	} else {
		p.MinPaidPricePerUnit = sdkmath.NewIntWithDecimal(int64(1+r.Intn(20)), 15)
	}
	return p
}

// RandomModel returns a registrable model (id is set by the caller or the keeper).
func RandomModel(r *rand.Rand, n int) types.Model {
	sha := make([]byte, 32)
	r.Read(sha)
	taskTypes := []string{"caries-detection", "panoramic-analysis", "orthodontic-planning"}
	return types.Model{
		Name: fmt.Sprintf("sim-model-%d", n), OnnxSha256: sha, TaskType: taskTypes[r.Intn(len(taskTypes))],
		InputSpec: "image/png 512x512", OutputSpec: "labels", ComputeUnits: uint64(1 + r.Intn(100)),
		PriceFloor:       sdkmath.NewIntWithDecimal(int64(1+r.Intn(100)), 16),
		Canonicalization: "argmax-margin-0.1",
	}
}

// EpochIdentifierFrom returns x/emissions' epoch identifier from a generated genesis (the two
// modules must count the same epoch), or the default.
func EpochIdentifierFrom(simState *module.SimulationState) string {
	if raw, ok := simState.GenState["emissions"]; ok {
		var gs struct {
			Params struct {
				EpochIdentifier string `json:"epoch_identifier"`
			} `json:"params"`
		}
		if err := json.Unmarshal(raw, &gs); err == nil && gs.Params.EpochIdentifier != "" {
			return gs.Params.EpochIdentifier
		}
	}
	return types.DefaultParams().EpochIdentifier
}

// RandomizedGenState generates x/compute's genesis: random params and 2 to 5 models (models
// are registered only by governance, so tasks need some from the start). Nodes register, and
// tasks are submitted, by the simulated messages.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	gs := types.GenesisState{Params: RandomParams(r, EpochIdentifierFrom(simState)), NextTaskId: 1}
	n := 2 + r.Intn(4)
	for i := 1; i <= n; i++ {
		m := RandomModel(r, i)
		m.Id = uint64(i)
		gs.Models = append(gs.Models, m)
	}
	gs.NextModelId = uint64(n + 1)
	if err := gs.Validate(); err != nil {
		panic(err)
	}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(&gs)
}
