package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"

	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// tallyGas fills x/compute (the app's real keeper) with n nodes' credited units in the current
// epoch, has one of them vote, and returns the gas of the live tally and its compute-class row.
func tallyGas(t *testing.T, n int) (uint64, types.ClassTally) {
	t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	f := setup(t, t0, nil)
	ck := f.app.ComputeKeeper
	epoch := ck.CurrentEpoch(f.ctx)
	var voter sdk.AccAddress
	var total uint64
	for i := 0; i < n; i++ {
		a := newAddr()
		units := uint64(10 + i%7)
		require.NoError(t, ck.EpochStats.Set(f.ctx, collections.Join(epoch, a),
			computetypes.NodeEpochStats{Epoch: epoch, Node: a.String(), ComputeUnits: units, TasksAccepted: 1, Heartbeats: 1}))
		total += units
		if i == 0 {
			voter = a
		}
	}
	require.NoError(t, ck.EpochUnits.Set(f.ctx, epoch, total))
	f.fund(voter, btt(100))
	id := f.propose(voter)
	f.vote(id, voter, govv1.OptionYes)
	p, err := f.app.GovKeeper.Proposals.Get(f.ctx, id)
	require.NoError(t, err)
	ctx := f.ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	b, err := f.k.LiveTally(ctx, p)
	require.NoError(t, err)
	compute := row(b, types.VOTER_CLASS_COMPUTE)
	// The class total is every node's credited units, the same as the member list sums.
	powers, err := f.k.ComputePowers(f.ctx)
	require.NoError(t, err)
	require.Len(t, powers, n)
	require.Equal(t, sumDec(powers).String(), compute.TotalPower.String())
	require.Equal(t, uint32(1), compute.Voters)
	requireNear(t, frac(10, int64(total)), compute.Fractions.Yes, "the voter's 10 units of all")
	return ctx.GasMeter().GasConsumed(), compute
}

// Issue 16, bounded work at 50,000 nodes: a proposal's tally reads the compute class's total
// from x/compute's per-epoch totals and each voter's own units; its gas does not grow with the
// number of nodes. (Failed before: the tally read every node's record of the last 30 epochs,
// with a node lookup each, in the block that ends the voting period.)
func TestTallyCostDoesNotGrowWithNodes(t *testing.T) {
	few, _ := tallyGas(t, 5)
	many, _ := tallyGas(t, 500)
	require.InDelta(t, float64(few), float64(many), 2000, "tally gas with 5 nodes %d, with 500 nodes %d", few, many)
}

func sumDec(m map[string]sdkmath.LegacyDec) sdkmath.LegacyDec {
	total := sdkmath.LegacyZeroDec()
	for _, v := range m {
		total = total.Add(v)
	}
	return total
}
