package types_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// Issue 16 (3): energy class and region are self-declared; only a node whose class and region a
// TECHNICAL verifier attested gets the energy and geography multipliers. An unattested node in a
// small region with class A scores with 1.0 and 1.0, and its region does not count as a region
// (failed before the fix: 1.25 geography and 1.3 energy from self-declared data).
func TestUnattestedNodeHasNeutralMultipliers(t *testing.T) {
	p := types.DefaultParams()
	p.DefaultEnergyMultiplier = math.LegacyMustNewDecFromStr("0.9")
	recs := []types.NodeEpochRecord{
		{Operator: "a", ComputeUnits: 900, Uptime: math.LegacyOneDec(), Region: "CN-BJ", EnergyClass: "C", Attested: true},
		// Self-declared small region and class A, unattested.
		{Operator: "b", ComputeUnits: 50, Uptime: math.LegacyOneDec(), Region: "CN-XZ", EnergyClass: "A"},
		// Attested small region and class A.
		{Operator: "c", ComputeUnits: 50, Uptime: math.LegacyOneDec(), Region: "CN-XZ", EnergyClass: "A", Attested: true},
	}
	rewards, _, _, err := types.ScoreEpoch(p, 1, recs, types.OneBTT.MulRaw(1000), math.Int{})
	require.NoError(t, err)
	require.Equal(t, "1.000000000000000000", rewards[1].Geography.String())
	require.Equal(t, "1.000000000000000000", rewards[1].Energy.String())
	require.Equal(t, "50.000000000000000000", rewards[1].Score.String())
	// c's region share counts only attested units in CN-XZ: 50 / 1000 = 5 % → 1.25; class A 1.3.
	require.Equal(t, "1.250000000000000000", rewards[2].Geography.String())
	require.Equal(t, "1.300000000000000000", rewards[2].Energy.String())
}

// The revenue side of the farming arithmetic (x/emissions/README.md): in years 1-2 a daily epoch's budget is
// about 34,500 BTT, so a credited unit earns more than its minimum farming cost (0.005 BTT =
// x/compute dev_fund_share 5 % × min_paid_price_per_unit 0.1 BTT) while the network credits fewer
// than about 6.9M units a day, and less above that.
func TestFarmingBreakEvenVolume(t *testing.T) {
	gt := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	_, _, _, budget := types.EpochBudget(gt, gt.Add(24*time.Hour), 24*time.Hour, math.ZeroInt())
	require.Equal(t, "34567", budget.Quo(types.OneBTT).String()) // 25.2M ÷ the 729 epochs left after the first day
	cost := types.OneBTT.QuoRaw(200)                             // 0.005 BTT per credited unit
	p := types.DefaultParams()
	perUnit := func(units uint64) math.Int {
		// One farmer with 1,000 units among honest nodes, all unattested with perfect quality.
		recs := []types.NodeEpochRecord{
			{Operator: "farmer", ComputeUnits: 1000, Uptime: math.LegacyOneDec(), Accepted: 100},
			{Operator: "honest", ComputeUnits: units - 1000, Uptime: math.LegacyOneDec(), Accepted: 100},
		}
		rewards, _, _, err := types.ScoreEpoch(p, 1, recs, budget, math.Int{})
		require.NoError(t, err)
		return rewards[0].Payout.QuoRaw(1000)
	}
	require.True(t, perUnit(7_000_000).LT(cost), "above the break-even volume farming loses")
	require.True(t, perUnit(6_800_000).GT(cost), "below it, it still pays")
}
