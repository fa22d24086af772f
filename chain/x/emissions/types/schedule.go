package types

import (
	"time"

	"cosmossdk.io/math"
)

// OneBTT is 1 BTT in abtt.
var OneBTT = math.NewIntWithDecimal(1, 18)

func btt(n int64) math.Int { return math.NewInt(n).Mul(OneBTT) }

// PeriodBudgets are the mining budgets of the four two-year periods (seed 004):
// 25.2M, 18.9M, 12.6M and 6.3M BTT, 63M in all.
var PeriodBudgets = []math.Int{
	btt(25_200_000), btt(18_900_000), btt(12_600_000), btt(6_300_000),
}

// NumPeriods is the number of two-year mining periods.
const NumPeriods = 4

// MiningTotal is the whole mining allocation, 63M BTT.
var MiningTotal = btt(63_000_000)

// FoundationTotal is the foundation allocation, 35.7M BTT, released over at least 48 months.
var FoundationTotal = btt(35_700_000)

// FoundationReleaseMonths is the shortest release of the foundation allocation.
const FoundationReleaseMonths = 48

// SeedReleasePercent is the seed's release table by calendar year since genesis:
// 22/18/15/12/10% for years 1-5 and 23% for "2030+", shown on year 6.
var SeedReleasePercent = []uint32{22, 18, 15, 12, 10, 23}

// PeriodEnd is the end of two-year period k (1-based): genesis + 2k years.
func PeriodEnd(genesis time.Time, k int) time.Time { return genesis.AddDate(2*k, 0, 0) }

// PeriodAt is the two-year period (1..4) that t falls in, or 0 from year 8 on.
// Times before genesis count as period 1.
func PeriodAt(genesis, t time.Time) int {
	for k := 1; k <= NumPeriods; k++ {
		if t.Before(PeriodEnd(genesis, k)) {
			return k
		}
	}
	return 0
}

// CumulativeBudget is the sum of the budgets of periods 1..k.
func CumulativeBudget(k int) math.Int {
	sum := math.ZeroInt()
	for i := 0; i < k && i < NumPeriods; i++ {
		sum = sum.Add(PeriodBudgets[i])
	}
	return sum
}

// MiningCapAt is the most the mining pool may have paid by time t: the budgets of
// every period up to and including the current one (unearned budget carries forward).
// From year 8 on it is the whole 63M.
func MiningCapAt(genesis, t time.Time) math.Int {
	k := PeriodAt(genesis, t)
	if k == 0 {
		return MiningTotal
	}
	return CumulativeBudget(k)
}

// EpochBudget is the mining budget of an epoch that ends at `now`: what remains of the
// current period's cumulative budget after `paid`, divided by the epochs left in the
// period (this one included, ceil((period end - now) / epoch duration)). The last
// epoch of a period gets all that remains, so nothing is lost to rounding. From year
// 8 on the budget is zero.
func EpochBudget(genesis, now time.Time, epochDuration time.Duration, paid math.Int) (period int, epochsLeft int64, remaining, budget math.Int) {
	period = PeriodAt(genesis, now)
	if period == 0 {
		return 0, 0, math.ZeroInt(), math.ZeroInt()
	}
	remaining = CumulativeBudget(period).Sub(paid)
	if remaining.IsNegative() {
		remaining = math.ZeroInt()
	}
	left := PeriodEnd(genesis, period).Sub(now)
	epochsLeft = 1
	if epochDuration > 0 && left > epochDuration {
		epochsLeft = int64(left / epochDuration)
		if left%epochDuration != 0 {
			epochsLeft++
		}
	}
	return period, epochsLeft, remaining, remaining.QuoRaw(epochsLeft)
}

// MonthsSince is the number of whole calendar months from genesis to t (0 before genesis),
// counted up to limit.
func MonthsSince(genesis, t time.Time, limit int) int {
	m := 0
	for m < limit && !genesis.AddDate(0, m+1, 0).After(t) {
		m++
	}
	return m
}

// FoundationCapAt is 35.7M BTT × min(1, months since genesis ÷ 48).
func FoundationCapAt(genesis, t time.Time) math.Int {
	m := MonthsSince(genesis, t, FoundationReleaseMonths)
	return FoundationTotal.MulRaw(int64(m)).QuoRaw(FoundationReleaseMonths)
}

// SubBudgetShare is a foundation sub-budget's share of the foundation's 17 parts.
func SubBudgetShare(sb SubBudget) int64 {
	switch sb {
	case SUB_BUDGET_CORE_PROTOCOL:
		return 7
	case SUB_BUDGET_AI_INTEGRATION:
		return 5
	case SUB_BUDGET_SECURITY_COMPLIANCE:
		return 3
	case SUB_BUDGET_RESEARCH:
		return 2
	}
	return 0
}

// SubBudgetCap is a sub-budget's share of the foundation allocation (7/5/3/2 of 17).
func SubBudgetCap(sb SubBudget) math.Int {
	return FoundationTotal.MulRaw(SubBudgetShare(sb)).QuoRaw(17)
}

// YearAt is the calendar year since genesis (1-based) that t falls in; 1 before genesis.
func YearAt(genesis, t time.Time) uint32 {
	y := uint32(1)
	for !genesis.AddDate(int(y), 0, 0).After(t) {
		y++
	}
	return y
}
