package types_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

var (
	dec       = math.LegacyMustNewDecFromStr
	quorum    = dec("0.334")
	threshold = dec("0.5")
	veto      = dec("0.334")
)

// roundWeights are easy-to-check weights: institutions 40%, compute 20%, holders 30%, community 10%.
var roundWeights = types.ClassWeights{Institutions: dec("0.4"), Compute: dec("0.2"), Holders: dec("0.3"), Community: dec("0.1")}

func votes(yes, abstain, no, veto string) types.OptionPowers {
	return types.OptionPowers{Yes: dec(yes), Abstain: dec(abstain), No: dec(no), NoWithVeto: dec(veto)}
}

func class(c types.VoterClass, total string, v types.OptionPowers) types.ClassVotes {
	return types.ClassVotes{Class: c, Total: dec(total), Votes: v}
}

// requireNear checks a Dec to 1e-15 (the Dec products truncate at 1e-18).
func requireNear(t *testing.T, want string, got math.LegacyDec, what string) {
	t.Helper()
	diff := got.Sub(dec(want)).Abs()
	require.True(t, diff.LTE(dec("0.000000000000001")), "%s: want %s, got %s", what, want, got)
}

func decide(w types.OptionPowers) types.Decision {
	return types.Decide(w, math.LegacyOneDec(), quorum, threshold, veto)
}

func TestTallyAllClassesHandComputed(t *testing.T) {
	// institutions 10 power: yes 6, no 4        -> yes .6 no .4
	// compute 100 units:     yes 50             -> yes .5
	// holders 1000 bonded:   yes 200 no 300 abstain 100 -> .2 / .3 / .1
	// community 5 seats:     yes 2 veto 1       -> yes .4 veto .2
	rows, w, participation := types.CombineTally(roundWeights, []types.ClassVotes{
		class(types.VOTER_CLASS_INSTITUTIONS, "10", votes("6", "0", "4", "0")),
		class(types.VOTER_CLASS_COMPUTE, "100", votes("50", "0", "0", "0")),
		class(types.VOTER_CLASS_HOLDERS, "1000", votes("200", "100", "300", "0")),
		class(types.VOTER_CLASS_COMMUNITY, "5", votes("2", "0", "0", "1")),
	})
	// yes = .4×.6 + .2×.5 + .3×.2 + .1×.4 = .44; no = .4×.4 + .3×.3 = .25; abstain .03; veto .02.
	require.Equal(t, dec("0.44"), w.Yes)
	require.Equal(t, dec("0.25"), w.No)
	require.Equal(t, dec("0.03"), w.Abstain)
	require.Equal(t, dec("0.02"), w.NoWithVeto)
	require.Equal(t, dec("0.74"), participation)
	for _, r := range rows {
		require.Equal(t, r.Weight, r.EffectiveWeight, "no empty class: weights unchanged")
	}
	require.Equal(t, dec("0.4"), rows[3].Fractions.Yes)
	// veto .02/.74 ≤ .334; yes .44/(.74-.03) = .6197 > .5
	d := decide(w)
	require.True(t, d.QuorumReached)
	require.False(t, d.Vetoed)
	require.True(t, d.Passes, d.Outcome)
}

func TestTallyEmptyClassesHandTheirWeightOn(t *testing.T) {
	// compute and community have no power: their 0.3 goes to institutions and holders pro rata,
	// institutions .4/.7 = 4/7, holders .3/.7 = 3/7.
	// institutions all no (10 of 10); holders yes 600 of 1000: holders alone would pass.
	rows, w, participation := types.CombineTally(roundWeights, []types.ClassVotes{
		class(types.VOTER_CLASS_INSTITUTIONS, "10", votes("0", "0", "10", "0")),
		class(types.VOTER_CLASS_COMPUTE, "0", types.ZeroOptionPowers()),
		class(types.VOTER_CLASS_HOLDERS, "1000", votes("600", "0", "0", "0")),
		class(types.VOTER_CLASS_COMMUNITY, "0", types.ZeroOptionPowers()),
	})
	requireNear(t, "0.571428571428571429", rows[0].EffectiveWeight, "institutions effective weight")
	require.True(t, rows[1].EffectiveWeight.IsZero())
	requireNear(t, "0.428571428571428571", rows[2].EffectiveWeight, "holders effective weight")
	require.True(t, rows[3].EffectiveWeight.IsZero())
	// yes = 3/7 × .6 = 0.257142857142857143; no = 4/7 = 0.571428571428571429
	requireNear(t, "0.257142857142857143", w.Yes, "weighted yes")
	requireNear(t, "0.571428571428571429", w.No, "weighted no")
	requireNear(t, "0.828571428571428571", participation, "participation")
	d := decide(w)
	require.True(t, d.QuorumReached)
	require.False(t, d.Passes, d.Outcome)
	require.Contains(t, d.Outcome, "does not exceed the threshold")

	// The holders class alone (the standard x/gov tally) would pass: yes .6 of 1000 bonded.
	holdersOnly := types.Decide(votes("600", "0", "0", "0"), dec("1000"), quorum, threshold, veto)
	require.True(t, holdersOnly.Passes)
}

func TestTallyVeto(t *testing.T) {
	// Only holders have power (effective weight 1): yes 600, veto 400 of 1000: veto .4 > .334.
	_, w, _ := types.CombineTally(roundWeights, []types.ClassVotes{
		class(types.VOTER_CLASS_INSTITUTIONS, "0", types.ZeroOptionPowers()),
		class(types.VOTER_CLASS_COMPUTE, "0", types.ZeroOptionPowers()),
		class(types.VOTER_CLASS_HOLDERS, "1000", votes("600", "0", "0", "400")),
		class(types.VOTER_CLASS_COMMUNITY, "0", types.ZeroOptionPowers()),
	})
	require.Equal(t, dec("0.6"), w.Yes)
	require.Equal(t, dec("0.4"), w.NoWithVeto)
	d := decide(w)
	require.True(t, d.QuorumReached)
	require.True(t, d.Vetoed)
	require.False(t, d.Passes)
}

func TestTallyQuorumFailure(t *testing.T) {
	// institutions 2 of 10 vote yes (.2), holders 100 of 1000 (.1); compute and community empty:
	// participation = 4/7 × .2 + 3/7 × .1 = 0.157142857142857143 < .334.
	_, w, participation := types.CombineTally(roundWeights, []types.ClassVotes{
		class(types.VOTER_CLASS_INSTITUTIONS, "10", votes("2", "0", "0", "0")),
		class(types.VOTER_CLASS_COMPUTE, "0", types.ZeroOptionPowers()),
		class(types.VOTER_CLASS_HOLDERS, "1000", votes("100", "0", "0", "0")),
		class(types.VOTER_CLASS_COMMUNITY, "0", types.ZeroOptionPowers()),
	})
	requireNear(t, "0.157142857142857143", participation, "participation")
	d := decide(w)
	require.False(t, d.QuorumReached)
	require.False(t, d.Passes)
	require.Contains(t, d.Outcome, "below the quorum")
}

func TestTallyAllAbstainAndNoPowerFail(t *testing.T) {
	_, w, _ := types.CombineTally(roundWeights, []types.ClassVotes{
		class(types.VOTER_CLASS_HOLDERS, "1000", votes("0", "1000", "0", "0")),
	})
	d := decide(w)
	require.True(t, d.QuorumReached)
	require.False(t, d.Passes)
	require.Contains(t, d.Outcome, "abstain")

	// No class has power at all: nothing is weighted, nothing passes.
	_, w, participation := types.CombineTally(roundWeights, []types.ClassVotes{
		class(types.VOTER_CLASS_INSTITUTIONS, "0", types.ZeroOptionPowers()),
	})
	require.True(t, participation.IsZero())
	require.False(t, decide(w).Passes)
	require.False(t, types.Decide(w, math.LegacyZeroDec(), quorum, threshold, veto).Passes)
}

func TestDefaultScheduleAndSwitchingDate(t *testing.T) {
	p := types.DefaultParams()
	require.NoError(t, p.Validate())
	at := func(s string) types.ClassWeights {
		tm, err := time.Parse(time.RFC3339, s)
		require.NoError(t, err)
		return p.WeightsAt(tm).Weights
	}
	// Before the first entry the first entry applies.
	require.Equal(t, dec("0.7"), at("2024-06-01T00:00:00Z").Institutions)
	require.Equal(t, dec("0.7"), at("2025-12-31T23:59:59Z").Institutions)
	require.Equal(t, dec("0.5"), at("2026-01-01T00:00:00Z").Institutions)
	require.Equal(t, dec("0.4"), at("2027-01-01T00:00:00Z").Institutions)
	require.Equal(t, dec("0.2"), at("2031-01-01T00:00:00Z").Institutions)
	// 2026: the remaining 50% split 25:35:10 -> compute 0.178571428571428571, holders .25, community the rest.
	w26 := at("2026-06-01T00:00:00Z")
	require.Equal(t, dec("0.178571428571428571"), w26.Compute)
	require.Equal(t, dec("0.25"), w26.Holders)
	require.Equal(t, dec("0.071428571428571429"), w26.Community)
	require.NoError(t, w26.Validate())

	// The same votes pass or fail depending on the weights in force: institutions all yes,
	// holders all no, compute and community empty. 2027 (inst .4, holders .3): yes = 4/7 -> passes;
	// 2028 (inst .2, holders .4): yes = 1/3 -> fails.
	classes := []types.ClassVotes{
		class(types.VOTER_CLASS_INSTITUTIONS, "19", votes("19", "0", "0", "0")),
		class(types.VOTER_CLASS_HOLDERS, "1000", votes("0", "0", "1000", "0")),
	}
	_, w27, _ := types.CombineTally(at("2027-12-31T23:59:59Z"), classes)
	requireNear(t, "0.571428571428571429", w27.Yes, "2027 yes")
	require.True(t, decide(w27).Passes)
	_, w28, _ := types.CombineTally(at("2028-01-01T00:00:00Z"), classes)
	requireNear(t, "0.333333333333333333", w28.Yes, "2028 yes")
	require.False(t, decide(w28).Passes)
}

func TestParamsValidation(t *testing.T) {
	bad := func(mut func(*types.Params)) error {
		p := types.DefaultParams()
		mut(&p)
		return p.Validate()
	}
	require.ErrorContains(t, bad(func(p *types.Params) { p.Schedule = nil }), "at least one entry")
	require.ErrorContains(t, bad(func(p *types.Params) { p.Schedule[1].Weights.Holders = dec("0.3") }), "sum to 1")
	require.ErrorContains(t, bad(func(p *types.Params) { p.Schedule[0].Weights.Compute = dec("-0.1") }), "[0, 1]")
	require.ErrorContains(t, bad(func(p *types.Params) { p.Schedule[2].StartTime = p.Schedule[1].StartTime }), "increase")
	require.ErrorContains(t, bad(func(p *types.Params) { p.ComputeEpochs = 0 }), "compute_epochs")
	require.ErrorContains(t, bad(func(p *types.Params) { p.Seats = 0 }), "seats")
	require.ErrorContains(t, bad(func(p *types.Params) { p.NominationPeriod = p.TermDuration }), "nomination_period")
	require.ErrorContains(t, bad(func(p *types.Params) { p.TermDuration = 0 }), "term_duration")
	require.ErrorContains(t, bad(func(p *types.Params) { p.NominationBond = math.NewInt(-1) }), "nomination_bond")
	require.ErrorContains(t, bad(func(p *types.Params) { p.NominationBond = math.Int{} }), "nomination_bond")
	require.ErrorContains(t, bad(func(p *types.Params) { p.BondRefundVotes = math.NewInt(-1) }), "bond_refund_votes")
	require.ErrorContains(t, bad(func(p *types.Params) { p.MaxCandidates = p.Seats - 1 }), "max_candidates")
	require.ErrorContains(t, bad(func(p *types.Params) { p.MaxCandidates = 1001 }), "max_candidates")
	require.ErrorContains(t, bad(func(p *types.Params) { p.MaxBallotPrunesPerBlock = 0 }), "max_ballot_prunes_per_block")
}
