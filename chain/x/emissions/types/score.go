package types

import (
	"fmt"
	"sort"

	"cosmossdk.io/math"
)

// ScoreEpoch splits an epoch's budget among nodes by score = contribution × quality ×
// geography × energy:
//   - contribution = verified compute units paid for at x/compute's min_paid_price_per_unit or more
//     (x/compute credits only those in its records);
//   - quality = (1 - w) + w × uptime × accepted ÷ (accepted + rejected) (rate 1 when nothing was judged);
//   - geography = 1 + max_bonus × (1 - s ÷ threshold) for an attested region with share s < threshold
//     of the eligible compute units, else 1 (always 1 for an unattested node);
//   - energy = the energy class multiplier of an attested node, 1 for an unattested one.
//
// Nodes with no compute units or an uptime below min_uptime score 0. Payouts are
// floor(budget × score ÷ total score) in exact integer arithmetic on the 18-decimal
// scores, so they never add up to more than the budget; the remainder stays in the pool.
// Records come back sorted by operator, one per node (a duplicate operator is an error).
func ScoreEpoch(p Params, epoch int64, records []NodeEpochRecord, budget math.Int) ([]NodeReward, math.LegacyDec, math.Int, error) {
	sorted := make([]NodeEpochRecord, len(records))
	copy(sorted, records)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Operator < sorted[j].Operator })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Operator == sorted[i-1].Operator {
			return nil, math.LegacyZeroDec(), math.ZeroInt(), fmt.Errorf("duplicate record for node %s", sorted[i].Operator)
		}
	}
	eligible := func(r NodeEpochRecord) bool {
		return r.ComputeUnits > 0 && !r.Uptime.IsNil() && r.Uptime.GTE(p.MinUptime)
	}
	totalUnits := math.ZeroInt()
	regionUnits := map[string]math.Int{}
	for _, r := range sorted {
		if !eligible(r) {
			continue
		}
		u := math.NewIntFromUint64(r.ComputeUnits)
		totalUnits = totalUnits.Add(u)
		if !r.Attested {
			continue // a self-declared region is no region: it neither earns nor dilutes a bonus
		}
		if cur, ok := regionUnits[r.Region]; ok {
			regionUnits[r.Region] = cur.Add(u)
		} else {
			regionUnits[r.Region] = u
		}
	}
	one := math.LegacyOneDec()
	rewards := make([]NodeReward, 0, len(sorted))
	totalScore := math.LegacyZeroDec()
	for _, r := range sorted {
		uptime := r.Uptime
		if uptime.IsNil() {
			uptime = math.LegacyZeroDec()
		}
		nr := NodeReward{
			Epoch: epoch, Operator: r.Operator, ComputeUnits: r.ComputeUnits, Uptime: uptime,
			Accepted: r.Accepted, Rejected: r.Rejected, Region: r.Region, EnergyClass: r.EnergyClass,
			Contribution: math.LegacyZeroDec(), Quality: math.LegacyZeroDec(), Geography: math.LegacyZeroDec(),
			Energy: math.LegacyZeroDec(), Score: math.LegacyZeroDec(), Payout: math.ZeroInt(),
		}
		if eligible(r) {
			nr.Contribution = math.LegacyNewDecFromInt(math.NewIntFromUint64(r.ComputeUnits))
			rate := one
			if judged := r.Accepted + r.Rejected; judged > 0 {
				rate = math.LegacyNewDecFromInt(math.NewIntFromUint64(r.Accepted)).Quo(math.LegacyNewDecFromInt(math.NewIntFromUint64(judged)))
			}
			if uptime.GT(one) {
				uptime = one
			}
			nr.Quality = one.Sub(p.QualityWeight).Add(p.QualityWeight.Mul(uptime).Mul(rate))
			// Region and energy class are self-declared: their multipliers apply only when a
			// TECHNICAL verifier attested them (x/compute MsgAttestNode), neutral 1.0 otherwise.
			nr.Geography, nr.Energy = one, one
			if r.Attested {
				share := math.LegacyNewDecFromInt(regionUnits[r.Region]).Quo(math.LegacyNewDecFromInt(totalUnits))
				if share.LT(p.GeographyThresholdShare) {
					nr.Geography = one.Add(p.GeographyMaxBonus.Mul(one.Sub(share.Quo(p.GeographyThresholdShare))))
				}
				nr.Energy = p.EnergyMultiplierFor(r.EnergyClass)
			}
			nr.Score = nr.Contribution.Mul(nr.Quality).Mul(nr.Geography).Mul(nr.Energy)
		}
		totalScore = totalScore.Add(nr.Score)
		rewards = append(rewards, nr)
	}
	paid := math.ZeroInt()
	if totalScore.IsPositive() && budget.IsPositive() {
		total := math.NewIntFromBigInt(totalScore.BigInt())
		for i := range rewards {
			if !rewards[i].Score.IsPositive() {
				continue
			}
			rewards[i].Payout = budget.Mul(math.NewIntFromBigInt(rewards[i].Score.BigInt())).Quo(total)
			paid = paid.Add(rewards[i].Payout)
		}
	}
	return rewards, totalScore, paid, nil
}
