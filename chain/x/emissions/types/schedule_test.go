package types_test

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

var genesis = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

func TestPeriodsSumTo63M(t *testing.T) {
	sum := math.ZeroInt()
	for _, b := range types.PeriodBudgets {
		sum = sum.Add(b)
	}
	require.Equal(t, "63000000000000000000000000", sum.String())
	require.True(t, sum.Equal(types.MiningTotal))
	// The mining pool of the genesis allocation is exactly the schedule.
	mining, ok := tokenomics.Lookup(tokenomics.MiningRewardsPool)
	require.True(t, ok)
	require.True(t, mining.Amount().Equal(types.MiningTotal))
	require.True(t, types.CumulativeBudget(4).Equal(types.MiningTotal))
	// The foundation sub-budgets 7/5/3/2 of 17 add up to the whole 35.7M.
	subs := types.SubBudgetCap(types.SUB_BUDGET_CORE_PROTOCOL).Add(types.SubBudgetCap(types.SUB_BUDGET_AI_INTEGRATION)).
		Add(types.SubBudgetCap(types.SUB_BUDGET_SECURITY_COMPLIANCE)).Add(types.SubBudgetCap(types.SUB_BUDGET_RESEARCH))
	require.True(t, subs.Equal(types.FoundationTotal))
	require.Equal(t, types.OneBTT.MulRaw(14_700_000).String(), types.SubBudgetCap(types.SUB_BUDGET_CORE_PROTOCOL).String())
}

func TestPeriodBoundaries(t *testing.T) {
	day := 24 * time.Hour
	require.Equal(t, 1, types.PeriodAt(genesis, genesis))
	require.Equal(t, 1, types.PeriodAt(genesis, genesis.AddDate(2, 0, 0).Add(-time.Nanosecond)))
	require.Equal(t, 2, types.PeriodAt(genesis, genesis.AddDate(2, 0, 0)))
	require.Equal(t, 4, types.PeriodAt(genesis, genesis.AddDate(8, 0, 0).Add(-time.Second)))
	require.Equal(t, 0, types.PeriodAt(genesis, genesis.AddDate(8, 0, 0)))

	// First epoch of year 1: 25.2M over the days of the two years.
	days := int64(genesis.AddDate(2, 0, 0).Sub(genesis) / day) // 730: no 29 February between 2025-03 and 2027-03
	p, left, rem, b := types.EpochBudget(genesis, genesis.Add(day), day, math.ZeroInt())
	require.Equal(t, 1, p)
	require.Equal(t, days-1, left)
	require.True(t, rem.Equal(types.PeriodBudgets[0]))
	require.True(t, b.Equal(types.PeriodBudgets[0].QuoRaw(days-1)))

	// The last epoch of a period gets all that remains of it.
	_, left, _, b = types.EpochBudget(genesis, genesis.AddDate(2, 0, 0).Add(-time.Hour), day, types.OneBTT)
	require.Equal(t, int64(1), left)
	require.True(t, b.Equal(types.PeriodBudgets[0].Sub(types.OneBTT)))

	// Period 2 starts with its own budget (plus anything period 1 left unpaid).
	_, _, rem, _ = types.EpochBudget(genesis, genesis.AddDate(2, 0, 0), day, types.PeriodBudgets[0])
	require.True(t, rem.Equal(types.PeriodBudgets[1]))
	_, _, rem, _ = types.EpochBudget(genesis, genesis.AddDate(2, 0, 0), day, types.PeriodBudgets[0].Sub(types.OneBTT))
	require.True(t, rem.Equal(types.PeriodBudgets[1].Add(types.OneBTT)))

	// Nothing from year 8 on.
	p, _, _, b = types.EpochBudget(genesis, genesis.AddDate(8, 0, 0), day, math.ZeroInt())
	require.Equal(t, 0, p)
	require.True(t, b.IsZero())
	require.True(t, types.MiningCapAt(genesis, genesis.AddDate(9, 0, 0)).Equal(types.MiningTotal))
	require.True(t, types.MiningCapAt(genesis, genesis).Equal(types.PeriodBudgets[0]))
}

// simulate pays every epoch end from the first day to past year 8; pay(b) says how much of
// each budget nodes earn. It returns the total paid and each period's total.
func simulate(t *testing.T, step time.Duration, pay func(epoch int, b math.Int) math.Int) (math.Int, []math.Int) {
	t.Helper()
	paid := math.ZeroInt()
	perPeriod := []math.Int{math.ZeroInt(), math.ZeroInt(), math.ZeroInt(), math.ZeroInt()}
	end := genesis.AddDate(9, 0, 0)
	for i, now := 1, genesis.Add(step); now.Before(end); i, now = i+1, now.Add(step) {
		p, _, rem, b := types.EpochBudget(genesis, now, step, paid)
		require.True(t, b.LTE(rem))
		got := pay(i, b)
		require.True(t, got.LTE(b))
		paid = paid.Add(got)
		if p > 0 {
			perPeriod[p-1] = perPeriod[p-1].Add(got)
		}
		require.True(t, paid.LTE(types.MiningCapAt(genesis, now)), "paid above the cap at %s", now)
	}
	return paid, perPeriod
}

func TestEightYearsOfDailyEpochsPayExactly63M(t *testing.T) {
	paid, perPeriod := simulate(t, 24*time.Hour, func(_ int, b math.Int) math.Int { return b })
	require.Equal(t, types.MiningTotal.String(), paid.String())
	for i := range perPeriod {
		require.Equal(t, types.PeriodBudgets[i].String(), perPeriod[i].String(), "period %d", i+1)
	}
}

func TestUnearnedBudgetCarriesForward(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	// Nodes earn a random share of most budgets and nothing on some days; the last epoch
	// before year 8 (the only one with one epoch left in period 4) is fully earned.
	lastDay := genesis.AddDate(8, 0, 0)
	paid, _ := simulate(t, 24*time.Hour, func(i int, b math.Int) math.Int {
		now := genesis.Add(time.Duration(i) * 24 * time.Hour)
		if !now.Add(24 * time.Hour).Before(lastDay) {
			return b
		}
		switch rng.Intn(4) {
		case 0:
			return math.ZeroInt()
		default:
			return b.MulRaw(int64(rng.Intn(1000))).QuoRaw(1000)
		}
	})
	require.Equal(t, types.MiningTotal.String(), paid.String())
}

func TestScoreSplitIsExact(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	p := types.DefaultParams()
	classes := []string{"A", "B", "C", "D", "E", "F", "G", "X"}
	regions := []string{"CN-BJ", "CN-SH", "CN-GD", "US-CA", "DE-BE"}
	for round := 0; round < 200; round++ {
		n := 1 + rng.Intn(40)
		var recs []types.NodeEpochRecord
		for i := 0; i < n; i++ {
			recs = append(recs, types.NodeEpochRecord{
				Operator:     fmt.Sprintf("node%03d", i),
				ComputeUnits: uint64(rng.Intn(100000)),
				Uptime:       math.LegacyNewDecWithPrec(int64(rng.Intn(1001)), 3),
				Accepted:     uint64(rng.Intn(500)), Rejected: uint64(rng.Intn(50)),
				Region: regions[rng.Intn(len(regions))], EnergyClass: classes[rng.Intn(len(classes))],
			})
		}
		budget := math.NewInt(rng.Int63()).MulRaw(int64(1 + rng.Intn(1_000_000)))
		rewards, total, paid, err := types.ScoreEpoch(p, 9, recs, budget, math.Int{})
		require.NoError(t, err)
		sum := math.ZeroInt()
		scoreSum := math.LegacyZeroDec()
		for i, r := range rewards {
			sum = sum.Add(r.Payout)
			scoreSum = scoreSum.Add(r.Score)
			if i > 0 {
				require.Less(t, rewards[i-1].Operator, r.Operator)
			}
			// Each payout is floor(budget × score ÷ total).
			if total.IsPositive() {
				want := budget.Mul(math.NewIntFromBigInt(r.Score.BigInt())).Quo(math.NewIntFromBigInt(total.BigInt()))
				require.Equal(t, want.String(), r.Payout.String())
			}
		}
		require.True(t, sum.Equal(paid))
		require.True(t, scoreSum.Equal(total))
		require.True(t, paid.LTE(budget))
		if total.IsPositive() {
			// Flooring loses less than 1 abtt per paid node: the remainder stays in the pool.
			require.True(t, budget.Sub(paid).LT(math.NewInt(int64(len(rewards)))), "remainder %s", budget.Sub(paid))
		} else {
			require.True(t, paid.IsZero())
		}
	}
}

func TestScoreComponents(t *testing.T) {
	p := types.DefaultParams()
	recs := []types.NodeEpochRecord{
		// Big region, class A, perfect quality.
		{Operator: "a", ComputeUnits: 900, Uptime: math.LegacyOneDec(), Accepted: 10, Region: "CN-BJ", EnergyClass: "A", Attested: true},
		// Small region (5% share < 10% threshold): bonus 1 + 0.5 × (1 - 0.5) = 1.25; quality 0.8 × 0.5.
		{Operator: "b", ComputeUnits: 50, Uptime: math.LegacyMustNewDecFromStr("0.8"), Accepted: 1, Rejected: 1, Region: "CN-XZ", EnergyClass: "G", Attested: true},
		{Operator: "c", ComputeUnits: 50, Uptime: math.LegacyOneDec(), Region: "CN-BJ", Attested: true},
		// Uptime below the minimum: not eligible.
		{Operator: "d", ComputeUnits: 1000, Uptime: math.LegacyMustNewDecFromStr("0.49"), Region: "US-CA"},
		// No compute: not eligible.
		{Operator: "e", Uptime: math.LegacyOneDec(), Region: "US-CA"},
	}
	rewards, total, paid, err := types.ScoreEpoch(p, 1, recs, types.OneBTT.MulRaw(1000), math.Int{})
	require.NoError(t, err)
	require.Len(t, rewards, 5)
	require.Equal(t, "1170.000000000000000000", rewards[0].Score.String()) // 900 × 1 × 1 × 1.3
	require.Equal(t, "1.250000000000000000", rewards[1].Geography.String())
	require.Equal(t, "0.400000000000000000", rewards[1].Quality.String())
	require.Equal(t, "17.500000000000000000", rewards[1].Score.String()) // 50 × 0.4 × 1.25 × 0.7
	require.Equal(t, "50.000000000000000000", rewards[2].Score.String()) // default class 1.0; no judged results → rate 1
	require.True(t, rewards[3].Score.IsZero() && rewards[3].Payout.IsZero())
	require.True(t, rewards[4].Score.IsZero() && rewards[4].Payout.IsZero())
	require.Equal(t, "1237.500000000000000000", total.String())
	require.True(t, paid.LTE(types.OneBTT.MulRaw(1000)))

	_, _, _, err = types.ScoreEpoch(p, 1, append(recs, recs[0]), types.OneBTT, math.Int{})
	require.Error(t, err)
}

func TestFoundationCap(t *testing.T) {
	require.True(t, types.FoundationCapAt(genesis, genesis).IsZero())
	require.True(t, types.FoundationCapAt(genesis, genesis.AddDate(0, 1, 0).Add(-time.Second)).IsZero())
	require.Equal(t, types.FoundationTotal.QuoRaw(48).String(), types.FoundationCapAt(genesis, genesis.AddDate(0, 1, 0)).String())
	require.Equal(t, types.FoundationTotal.QuoRaw(4).String(), types.FoundationCapAt(genesis, genesis.AddDate(1, 0, 0)).String())
	require.True(t, types.FoundationCapAt(genesis, genesis.AddDate(4, 0, 0)).Equal(types.FoundationTotal))
	require.True(t, types.FoundationCapAt(genesis, genesis.AddDate(20, 0, 0)).Equal(types.FoundationTotal))
	require.Equal(t, uint32(1), types.YearAt(genesis, genesis))
	require.Equal(t, uint32(2), types.YearAt(genesis, genesis.AddDate(1, 0, 0)))
}

func TestParamsAndGenesisValidate(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	require.NoError(t, types.DefaultGenesis().Validate())
	bad := types.DefaultParams()
	bad.FeeSplitFraction = math.LegacyMustNewDecFromStr("1.5")
	require.Error(t, bad.Validate())
	bad = types.DefaultParams()
	bad.EnergyMultipliers = append(bad.EnergyMultipliers, bad.EnergyMultipliers[0])
	require.Error(t, bad.Validate())
	bad = types.DefaultParams()
	bad.EpochIdentifier = ""
	require.Error(t, bad.Validate())
	gs := types.DefaultGenesis()
	gs.MiningPaid = types.MiningTotal.AddRaw(1)
	require.Error(t, gs.Validate())
}
