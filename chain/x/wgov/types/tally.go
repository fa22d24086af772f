package types

import (
	"fmt"

	"cosmossdk.io/math"

	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
)

// ZeroOptionPowers returns all four options at zero.
func ZeroOptionPowers() OptionPowers {
	z := math.LegacyZeroDec()
	return OptionPowers{Yes: z, Abstain: z, No: z, NoWithVeto: z}
}

// Add adds amount to one option (unknown options are ignored, as x/gov rejects them at vote time).
func (o *OptionPowers) Add(option govv1.VoteOption, amount math.LegacyDec) {
	switch option {
	case govv1.OptionYes:
		o.Yes = o.Yes.Add(amount)
	case govv1.OptionAbstain:
		o.Abstain = o.Abstain.Add(amount)
	case govv1.OptionNo:
		o.No = o.No.Add(amount)
	case govv1.OptionNoWithVeto:
		o.NoWithVeto = o.NoWithVeto.Add(amount)
	}
}

// Sum is yes + abstain + no + no-with-veto.
func (o OptionPowers) Sum() math.LegacyDec {
	return o.Yes.Add(o.Abstain).Add(o.No).Add(o.NoWithVeto)
}

// Map returns the options as x/gov's results map.
func (o OptionPowers) Map() map[govv1.VoteOption]math.LegacyDec {
	return map[govv1.VoteOption]math.LegacyDec{
		govv1.OptionYes: o.Yes, govv1.OptionAbstain: o.Abstain, govv1.OptionNo: o.No, govv1.OptionNoWithVeto: o.NoWithVeto,
	}
}

func (o OptionPowers) apply(f func(math.LegacyDec) math.LegacyDec) OptionPowers {
	return OptionPowers{Yes: f(o.Yes), Abstain: f(o.Abstain), No: f(o.No), NoWithVeto: f(o.NoWithVeto)}
}

// ClassVotes is one class's input to the weighted tally: its total power and the power of its votes.
type ClassVotes struct {
	Class  VoterClass
	Total  math.LegacyDec
	Votes  OptionPowers
	Voters uint32
}

// CombineTally combines the classes' votes with the class weights. Each class contributes
// effective_weight × (votes ÷ total power) per option, where a class with no power hands
// its weight to the classes with power pro rata (effective_weight = weight ÷ Σ weights of the
// classes with power). It returns the per-class rows (in `classes` order), the weighted
// options and their sum, the weighted participation.
func CombineTally(weights ClassWeights, classes []ClassVotes) ([]ClassTally, OptionPowers, math.LegacyDec) {
	withPower := math.LegacyZeroDec()
	for _, c := range classes {
		if c.Total.IsPositive() {
			withPower = withPower.Add(weights.Of(c.Class))
		}
	}
	weighted := ZeroOptionPowers()
	rows := make([]ClassTally, 0, len(classes))
	for _, c := range classes {
		row := ClassTally{
			Class: c.Class, Weight: weights.Of(c.Class), EffectiveWeight: math.LegacyZeroDec(),
			TotalPower: c.Total, Votes: c.Votes, Fractions: ZeroOptionPowers(), Voters: c.Voters,
		}
		if c.Total.IsPositive() {
			total := c.Total
			row.Fractions = c.Votes.apply(func(v math.LegacyDec) math.LegacyDec { return v.Quo(total) })
			if withPower.IsPositive() {
				row.EffectiveWeight = row.Weight.Quo(withPower)
			}
			eff := row.EffectiveWeight
			contrib := row.Fractions.apply(func(f math.LegacyDec) math.LegacyDec { return f.Mul(eff) })
			weighted = OptionPowers{
				Yes: weighted.Yes.Add(contrib.Yes), Abstain: weighted.Abstain.Add(contrib.Abstain),
				No: weighted.No.Add(contrib.No), NoWithVeto: weighted.NoWithVeto.Add(contrib.NoWithVeto),
			}
		}
		rows = append(rows, row)
	}
	return rows, weighted, weighted.Sum()
}

// Scale multiplies every option by factor (x/gov compares against bonded tokens, so the weighted
// fractions are handed to it scaled by the total bonded).
func (o OptionPowers) Scale(factor math.LegacyDec) OptionPowers {
	return o.apply(func(v math.LegacyDec) math.LegacyDec { return v.Mul(factor) })
}

// Decision is the outcome of a tally under x/gov's rules.
type Decision struct {
	QuorumReached bool
	Vetoed        bool
	Passes        bool
	Outcome       string
}

// Decide applies x/gov's keeper.Tally rules, in its order, to results whose sum is the voting
// power and whose reference (the quorum's denominator) is `reference`: quorum on
// power ÷ reference; all abstain fails; veto on veto ÷ power > veto threshold; yes ÷ (power −
// abstain) > threshold passes. x/gov decides on the same numbers, so this explains its decision.
func Decide(results OptionPowers, reference, quorum, threshold, vetoThreshold math.LegacyDec) Decision {
	power := results.Sum()
	if !reference.IsPositive() {
		return Decision{Outcome: "rejected: nothing is bonded"}
	}
	participation := power.Quo(reference)
	if participation.LT(quorum) {
		return Decision{Outcome: fmt.Sprintf("rejected: weighted participation %s is below the quorum %s", participation, quorum)}
	}
	d := Decision{QuorumReached: true}
	if power.Sub(results.Abstain).IsZero() {
		d.Outcome = "rejected: every weighted vote abstains"
		return d
	}
	if veto := results.NoWithVeto.Quo(power); veto.GT(vetoThreshold) {
		d.Vetoed = true
		d.Outcome = fmt.Sprintf("rejected: weighted no-with-veto %s of the votes exceeds the veto threshold %s", veto, vetoThreshold)
		return d
	}
	yes := results.Yes.Quo(power.Sub(results.Abstain))
	if yes.GT(threshold) {
		d.Passes = true
		d.Outcome = fmt.Sprintf("passed: weighted yes %s of the non-abstaining votes exceeds the threshold %s", yes, threshold)
		return d
	}
	d.Outcome = fmt.Sprintf("rejected: weighted yes %s of the non-abstaining votes does not exceed the threshold %s", yes, threshold)
	return d
}
