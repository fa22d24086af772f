package types_test

import (
	"testing"

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
	rewards, _, _, err := types.ScoreEpoch(p, 1, recs, types.OneBTT.MulRaw(1000))
	require.NoError(t, err)
	require.Equal(t, "1.000000000000000000", rewards[1].Geography.String())
	require.Equal(t, "1.000000000000000000", rewards[1].Energy.String())
	require.Equal(t, "50.000000000000000000", rewards[1].Score.String())
	// c's region share counts only attested units in CN-XZ: 50 / 1000 = 5 % → 1.25; class A 1.3.
	require.Equal(t, "1.250000000000000000", rewards[2].Geography.String())
	require.Equal(t, "1.300000000000000000", rewards[2].Energy.String())
}
