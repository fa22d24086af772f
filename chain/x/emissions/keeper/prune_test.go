package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

func (f *fixture) addEpochRecords(epoch int64, nodes int) {
	f.t.Helper()
	z, zd := sdkmath.ZeroInt(), sdkmath.LegacyZeroDec()
	require.NoError(f.t, f.k.EpochRewards.Set(f.ctx, epoch, types.EpochReward{Epoch: epoch, Time: genesisTime,
		PeriodRemaining: z, Budget: z, Paid: z, CarriedForward: z, TotalScore: zd, NodeCount: uint32(nodes)}))
	for i := 0; i < nodes; i++ {
		op := newAddr().String()
		require.NoError(f.t, f.k.NodeRewards.Set(f.ctx, collections.Join(epoch, op), types.NodeReward{Epoch: epoch, Operator: op,
			Uptime: zd, Contribution: zd, Quality: zd, Geography: zd, Energy: zd, Score: zd, Payout: z}))
		require.NoError(f.t, f.k.NodeRewardsByNode.Set(f.ctx, collections.Join(op, epoch)))
	}
}

func (f *fixture) countRecords() (epochs, nodes, index int) {
	f.t.Helper()
	require.NoError(f.t, f.k.EpochRewards.Walk(f.ctx, nil, func(int64, types.EpochReward) (bool, error) { epochs++; return false, nil }))
	require.NoError(f.t, f.k.NodeRewards.Walk(f.ctx, nil, func(collections.Pair[int64, string], types.NodeReward) (bool, error) {
		nodes++
		return false, nil
	}))
	require.NoError(f.t, f.k.NodeRewardsByNode.Walk(f.ctx, nil, func(collections.Pair[string, int64]) (bool, error) { index++; return false, nil }))
	return
}

// Epoch records older than epoch_record_retention epochs are pruned at the start of blocks,
// at most prune_records_per_block per block.
func TestOldEpochRecordsArePrunedBoundedPerBlock(t *testing.T) {
	f := setup(t)
	params, err := f.k.GetParams(f.ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(730), params.EpochRecordRetention)
	require.Equal(t, uint32(500), params.PruneRecordsPerBlock)
	params.EpochRecordRetention = 2
	params.PruneRecordsPerBlock = 3
	_, err = keeper.NewMsgServerImpl(f.k).UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: params})
	require.NoError(t, err)

	for e := int64(1); e <= 6; e++ {
		f.addEpochRecords(e, 2)
	}
	// Epochs 1-4 (4 epoch + 8 node records) go, 5 and 6 stay; 3 records a block: 4 blocks.
	tm := genesisTime.Add(time.Minute)
	for i := 0; i < 3; i++ {
		before, nodesBefore, _ := f.countRecords()
		tm = tm.Add(time.Second)
		f.block(tm)
		after, nodesAfter, _ := f.countRecords()
		require.Equal(t, 3, before-after+nodesBefore-nodesAfter, "block %d", i)
	}
	tm = tm.Add(time.Second)
	f.block(tm)
	epochs, nodes, index := f.countRecords()
	require.Equal(t, []int{2, 4, 4}, []int{epochs, nodes, index})
	for _, e := range []int64{5, 6} {
		has, err := f.k.EpochRewards.Has(f.ctx, e)
		require.NoError(t, err)
		require.True(t, has)
	}
	// Nothing more to prune.
	f.block(tm.Add(time.Second))
	epochs, nodes, _ = f.countRecords()
	require.Equal(t, []int{2, 4}, []int{epochs, nodes})

	// 0 keeps everything; a zero per-block bound with a retention is refused.
	params.PruneRecordsPerBlock = 0
	require.Error(t, params.Validate())
	params.EpochRecordRetention = 0
	require.NoError(t, params.Validate())
}

// A failing fee split or pruning is logged and skipped: the block still commits.
func TestBeginBlockFailureDoesNotHaltTheChain(t *testing.T) {
	f := setup(t)
	require.NoError(t, f.k.Params.Remove(f.ctx))
	f.block(genesisTime.Add(time.Minute))
	f.block(genesisTime.Add(2 * time.Minute))
}
