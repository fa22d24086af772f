package types_test

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// randomClasses draws the four classes with random totals (some empty) and votes that never
// exceed the total.
func randomClasses(r *rand.Rand) []types.ClassVotes {
	out := make([]types.ClassVotes, 0, len(types.Classes))
	for _, c := range types.Classes {
		total := int64(0)
		if r.Intn(4) > 0 {
			total = 1 + r.Int63n(1_000_000)
		}
		v := types.ZeroOptionPowers()
		left := total
		for _, add := range []*math.LegacyDec{&v.Yes, &v.Abstain, &v.No, &v.NoWithVeto} {
			n := int64(0)
			if left > 0 {
				n = r.Int63n(left + 1)
			}
			left -= n
			*add = math.LegacyNewDec(n)
		}
		out = append(out, types.ClassVotes{Class: c, Total: math.LegacyNewDec(total), Votes: v})
	}
	return out
}

func randomWeights(r *rand.Rand) types.ClassWeights {
	return types.WeightsWithInstitutions(math.LegacyNewDec(r.Int63n(101)).QuoInt64(100))
}

// Over random tallies: effective weights of the classes with power sum to 1 (when their scheduled
// weights do not all vanish), participation stays in [0, 1], and turning a class's no votes into
// yes votes never turns a passing proposal into a failing one.
func TestCombineTallyProperties(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	tolerance := dec("0.000000000000001")
	for i := 0; i < 2000; i++ {
		weights, classes := randomWeights(r), randomClasses(r)
		rows, w, participation := types.CombineTally(weights, classes)
		sumEff, sumWithPower := math.LegacyZeroDec(), math.LegacyZeroDec()
		for _, row := range rows {
			sumEff = sumEff.Add(row.EffectiveWeight)
			if row.TotalPower.IsPositive() {
				sumWithPower = sumWithPower.Add(row.Weight)
			} else {
				require.True(t, row.EffectiveWeight.IsZero())
			}
		}
		if sumWithPower.IsPositive() {
			require.True(t, sumEff.Sub(math.LegacyOneDec()).Abs().LTE(tolerance), "effective weights sum to %s", sumEff)
		}
		require.False(t, participation.IsNegative())
		require.True(t, participation.LTE(math.LegacyOneDec().Add(tolerance)), "participation %s", participation)
		require.Equal(t, w.Sum(), participation)

		before := decide(w)
		k := r.Intn(len(classes))
		classes[k].Votes.Yes = classes[k].Votes.Yes.Add(classes[k].Votes.No)
		classes[k].Votes.No = math.LegacyZeroDec()
		_, w2, _ := types.CombineTally(weights, classes)
		if before.Passes {
			require.True(t, decide(w2).Passes, "more yes votes cannot make it fail (case %d)", i)
		}
	}
}
