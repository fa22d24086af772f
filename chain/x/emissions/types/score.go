package types

import (
	"fmt"
	"sort"

	"cosmossdk.io/math"
)

// An epoch's score = contribution × quality × geography × energy per node:
//   - contribution = verified compute units paid for at x/compute's min_paid_price_per_unit or more
//     (x/compute credits only those in its records);
//   - quality = (1 - w) + w × uptime × accepted ÷ (accepted + rejected) (rate 1 when nothing was judged);
//   - geography = 1 + max_bonus × (1 - s ÷ threshold) for an attested region with share s < threshold
//     of the eligible compute units, else 1 (always 1 for an unattested node);
//   - energy = the energy class multiplier of an attested node, 1 for an unattested one.
//
// Nodes with no compute units or an uptime below min_uptime score 0. Payouts are
// min(floor(budget × score ÷ total score), cap per unit × units) in exact integer arithmetic on
// the 18-decimal scores, so they never add up to more than the budget; the remainder stays in
// the pool. The keeper pays an epoch over several blocks with these same functions (UnitTotals
// as it snapshots, NodeScore as it sums and pays, NodePayout as it pays); ScoreEpoch composes
// them in one call and is the reference the keeper is tested against.

// Eligible reports whether a record earns a score at all.
func Eligible(p Params, r NodeEpochRecord) bool {
	return r.ComputeUnits > 0 && !r.Uptime.IsNil() && r.Uptime.GTE(p.MinUptime)
}

// UnitTotals are an epoch's credited units over the eligible nodes, in all and per attested region.
type UnitTotals struct {
	Total    math.Int
	ByRegion map[string]math.Int
}

// NewUnitTotals returns empty totals.
func NewUnitTotals() UnitTotals {
	return UnitTotals{Total: math.ZeroInt(), ByRegion: map[string]math.Int{}}
}

// Add counts one record: its units count in the total when eligible, and in its region only
// when the region is attested (a self-declared region neither earns nor dilutes a bonus).
// It returns the units added to the record's region (zero when none).
func (t *UnitTotals) Add(p Params, r NodeEpochRecord) math.Int {
	if !Eligible(p, r) {
		return math.ZeroInt()
	}
	u := math.NewIntFromUint64(r.ComputeUnits)
	t.Total = t.Total.Add(u)
	if !r.Attested {
		return math.ZeroInt()
	}
	if cur, ok := t.ByRegion[r.Region]; ok {
		t.ByRegion[r.Region] = cur.Add(u)
	} else {
		t.ByRegion[r.Region] = u
	}
	return u
}

// NodeScore is a record's reward entry with every score component and the score filled in
// (payout zero). totalUnits and regionUnits are the epoch's UnitTotals for the record's region.
func NodeScore(p Params, epoch int64, r NodeEpochRecord, totalUnits, regionUnits math.Int) NodeReward {
	uptime := r.Uptime
	if uptime.IsNil() {
		uptime = math.LegacyZeroDec()
	}
	nr := NodeReward{
		Epoch: epoch, Operator: r.Operator, ComputeUnits: r.ComputeUnits, Uptime: uptime,
		Accepted: r.Accepted, Rejected: r.Rejected, Region: r.Region, EnergyClass: r.EnergyClass, Attested: r.Attested,
		Contribution: math.LegacyZeroDec(), Quality: math.LegacyZeroDec(), Geography: math.LegacyZeroDec(),
		Energy: math.LegacyZeroDec(), Score: math.LegacyZeroDec(), Payout: math.ZeroInt(),
	}
	if !Eligible(p, r) {
		return nr
	}
	one := math.LegacyOneDec()
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
	if r.Attested && totalUnits.IsPositive() {
		share := math.LegacyNewDecFromInt(regionUnits).Quo(math.LegacyNewDecFromInt(totalUnits))
		if share.LT(p.GeographyThresholdShare) {
			nr.Geography = one.Add(p.GeographyMaxBonus.Mul(one.Sub(share.Quo(p.GeographyThresholdShare))))
		}
		nr.Energy = p.EnergyMultiplierFor(r.EnergyClass)
	}
	nr.Score = nr.Contribution.Mul(nr.Quality).Mul(nr.Geography).Mul(nr.Energy)
	return nr
}

// NodePayout is a node's share floor(budget × score ÷ totalScore) (exact integers on the
// 18-decimal values), lowered to capPerUnit × units when above it. A nil or zero capPerUnit is no
// cap: the keeper sets one only while paying for one's own tasks costs something (x/compute's
// farming cost per unit is positive).
func NodePayout(budget math.Int, score, totalScore math.LegacyDec, capPerUnit math.Int, units uint64) (payout math.Int, capped bool) {
	if !score.IsPositive() || !totalScore.IsPositive() || !budget.IsPositive() {
		return math.ZeroInt(), false
	}
	payout = budget.Mul(math.NewIntFromBigInt(score.BigInt())).Quo(math.NewIntFromBigInt(totalScore.BigInt()))
	if !capPerUnit.IsNil() && capPerUnit.IsPositive() {
		if limit := capPerUnit.Mul(math.NewIntFromUint64(units)); payout.GT(limit) {
			return limit, true
		}
	}
	return payout, false
}

// ScoreEpoch splits an epoch's budget among nodes by score in one call (see above), with a
// payout cap of capPerUnit per credited unit (nil or zero: no cap). Records come back sorted by
// operator, one per node (a duplicate operator is an error).
func ScoreEpoch(p Params, epoch int64, records []NodeEpochRecord, budget, capPerUnit math.Int) ([]NodeReward, math.LegacyDec, math.Int, error) {
	sorted := make([]NodeEpochRecord, len(records))
	copy(sorted, records)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Operator < sorted[j].Operator })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Operator == sorted[i-1].Operator {
			return nil, math.LegacyZeroDec(), math.ZeroInt(), fmt.Errorf("duplicate record for node %s", sorted[i].Operator)
		}
	}
	totals := NewUnitTotals()
	for _, r := range sorted {
		totals.Add(p, r)
	}
	rewards := make([]NodeReward, 0, len(sorted))
	totalScore := math.LegacyZeroDec()
	for _, r := range sorted {
		nr := NodeScore(p, epoch, r, totals.Total, totals.RegionUnits(r.Region))
		totalScore = totalScore.Add(nr.Score)
		rewards = append(rewards, nr)
	}
	paid := math.ZeroInt()
	for i := range rewards {
		rewards[i].Payout, rewards[i].Capped = NodePayout(budget, rewards[i].Score, totalScore, capPerUnit, rewards[i].ComputeUnits)
		paid = paid.Add(rewards[i].Payout)
	}
	return rewards, totalScore, paid, nil
}

// RegionUnits returns a region's attested units (zero when none).
func (t UnitTotals) RegionUnits(region string) math.Int {
	if u, ok := t.ByRegion[region]; ok {
		return u
	}
	return math.ZeroInt()
}

// RecordOf turns a snapshot entry back into the record it was taken from.
func RecordOf(nr NodeReward) NodeEpochRecord {
	return NodeEpochRecord{
		Operator: nr.Operator, ComputeUnits: nr.ComputeUnits, Uptime: nr.Uptime, Accepted: nr.Accepted,
		Rejected: nr.Rejected, Region: nr.Region, EnergyClass: nr.EnergyClass, Attested: nr.Attested,
	}
}

// SnapshotOf is the record kept in state while an epoch is paid (score fields zero).
func SnapshotOf(epoch int64, r NodeEpochRecord) NodeReward {
	uptime := r.Uptime
	if uptime.IsNil() {
		uptime = math.LegacyZeroDec()
	}
	z := math.LegacyZeroDec()
	return NodeReward{
		Epoch: epoch, Operator: r.Operator, ComputeUnits: r.ComputeUnits, Uptime: uptime, Accepted: r.Accepted,
		Rejected: r.Rejected, Region: r.Region, EnergyClass: r.EnergyClass, Attested: r.Attested,
		Contribution: z, Quality: z, Geography: z, Energy: z, Score: z, Payout: math.ZeroInt(),
	}
}
