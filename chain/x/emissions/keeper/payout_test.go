package keeper_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// minuteEpochs switches emissions to one-minute epochs paying at most perBlock records a block.
func (f *fixture) minuteEpochs(perBlock uint32) types.Params {
	f.t.Helper()
	params, err := f.k.GetParams(f.ctx)
	require.NoError(f.t, err)
	params.EpochIdentifier = "minute"
	params.PayoutRecordsPerBlock = perBlock
	_, err = keeper.NewMsgServerImpl(f.k).UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: params})
	require.NoError(f.t, err)
	return params
}

// randomRecords are n nodes' records with mixed units, uptimes, verdicts, regions and attestations.
func randomRecords(r *rand.Rand, n int) []types.NodeEpochRecord {
	regions := []string{"CN-BJ", "CN-SH", "DE-BE", "BR-SP"}
	out := make([]types.NodeEpochRecord, n)
	for i := range out {
		uptime := sdkmath.LegacyOneDec()
		if r.Intn(8) == 0 {
			uptime = sdkmath.LegacyZeroDec() // no heartbeat: ineligible
		}
		units := uint64(r.Intn(1000))
		if r.Intn(10) == 0 {
			units = 0
		}
		out[i] = types.NodeEpochRecord{
			Operator: newAddr().String(), ComputeUnits: units, Uptime: uptime,
			Accepted: uint64(r.Intn(20)), Rejected: uint64(r.Intn(3)),
			Region: regions[r.Intn(len(regions))], EnergyClass: string(rune('A' + r.Intn(7))), Attested: r.Intn(2) == 0,
		}
	}
	return out
}

func (f *fixture) nodeRewardsOf(epoch int64) int {
	n := 0
	require.NoError(f.t, f.k.NodeRewards.Walk(f.ctx, collections.NewPrefixedPairRange[int64, string](epoch),
		func(collections.Pair[int64, string], types.NodeReward) (bool, error) { n++; return false, nil }))
	return n
}

func (f *fixture) snapshotSize(epoch int64) int {
	n := 0
	require.NoError(f.t, f.k.PayoutRecords.Walk(f.ctx, collections.NewPrefixedPairRange[int64, string](epoch),
		func(collections.Pair[int64, string], types.NodeReward) (bool, error) { n++; return false, nil }))
	return n
}

// Issue 16, bounded epoch boundary: an epoch's payout is spread over blocks, each handling at
// most payout_records_per_block records (snapshot, score sum and payment each walk every node
// once), and the result is exactly the one-shot split (types.ScoreEpoch) of the same records,
// budget and cap. (Before: x/emissions paid every node in the epoch end's block.)
func TestEpochPaidOverBlocksEqualsOneShot(t *testing.T) {
	f := setup(t)
	const perBlock, nodes = 10, 120
	params := f.minuteEpochs(perBlock)
	records := randomRecords(rand.New(rand.NewSource(7)), nodes)
	// A cost per unit that makes the cap bind for some nodes and not others.
	cost := types.OneBTT.QuoRaw(2000)
	f.app.SetEmissionsComputeForTest(&fakeCompute{records: map[int64][]types.NodeEpochRecord{1: records}, costPerUnit: &cost})
	defer f.app.SetEmissionsComputeForTest(nil)

	tm := genesisTime.Add(61 * time.Second) // epoch 1 ends in this block
	f.block(tm)
	started := f.height - 1
	blocks := 1
	for {
		if _, err := f.k.EpochRewards.Get(f.ctx, 1); err == nil {
			break
		}
		paidBefore, leftBefore := f.nodeRewardsOf(1), f.snapshotSize(1)
		tm = tm.Add(time.Second)
		f.block(tm)
		blocks++
		require.LessOrEqual(t, f.nodeRewardsOf(1)-paidBefore, perBlock, "at most %d nodes paid in one block", perBlock)
		require.LessOrEqual(t, leftBefore-f.snapshotSize(1), perBlock)
		f.requireInvariants()
		require.Less(t, blocks, 100, "payout never finished")
	}
	er, err := f.k.EpochRewards.Get(f.ctx, 1)
	require.NoError(t, err)
	// Snapshot, score sum and payment each take ceil(nodes ÷ perBlock) steps, one step a block.
	require.Equal(t, 3*nodes/perBlock, blocks)
	require.Equal(t, started+int64(blocks)-1, er.CompletedHeight)
	require.Zero(t, f.snapshotSize(1))
	payouts, err := f.k.Payouts.Has(f.ctx, 1)
	require.NoError(t, err)
	require.False(t, payouts)

	params.PayoutRecordsPerBlock = perBlock
	want, wantScore, wantPaid, err := types.ScoreEpoch(params, 1, records, er.Budget, er.RewardCapPerUnit)
	require.NoError(t, err)
	require.Equal(t, params.RewardCapRatio.MulInt(cost).TruncateInt().String(), er.RewardCapPerUnit.String())
	require.Equal(t, wantPaid.String(), er.Paid.String())
	require.Equal(t, wantScore.String(), er.TotalScore.String())
	require.Equal(t, uint32(nodes), er.NodeCount)
	capped := uint32(0)
	for _, w := range want {
		got, err := f.k.NodeRewards.Get(f.ctx, collections.Join(int64(1), w.Operator))
		require.NoError(t, err)
		require.Equal(t, w.String(), got.String(), "node %s", w.Operator)
		require.Equal(t, w.Payout.String(), f.balance(sdkAddr(t, w.Operator)).String())
		if w.Capped {
			capped++
		}
	}
	require.Equal(t, capped, er.CappedNodes)
	require.Positive(t, capped, "the cap binds for some nodes")
	require.Less(t, capped, uint32(nodes))
	require.True(t, er.CarriedForward.Equal(er.Budget.Sub(er.Paid)))
}

// A payout in progress takes one step per block however often it is called; an epoch that
// ends meanwhile waits its turn and its budget is fixed when it starts (after the previous
// epoch's payments); a payout that fails (a duplicate record) is aborted, pays nothing, is
// recorded with its reason and does not stop the epochs after it. Export mid-payout keeps it all.
func TestPayoutQueueOneStepPerBlockAndAbort(t *testing.T) {
	f := setup(t)
	f.minuteEpochs(5)
	rng := rand.New(rand.NewSource(11))
	dup := randomRecords(rng, 3)
	dup = append(dup, dup[1])
	recs := map[int64][]types.NodeEpochRecord{1: randomRecords(rng, 20), 2: dup, 3: randomRecords(rng, 4)}
	f.app.SetEmissionsComputeForTest(&fakeCompute{records: recs})
	defer f.app.SetEmissionsComputeForTest(nil)

	tm := genesisTime.Add(61 * time.Second)
	f.block(tm) // epoch 1 ends: snapshot starts
	// One step per block: a second call in the same block does nothing.
	f.k.PayoutStep(f.ctx)
	p1, err := f.k.Payouts.Get(f.ctx, 1)
	require.NoError(t, err)
	f.k.PayoutStep(f.ctx)
	again, err := f.k.Payouts.Get(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, p1.String(), again.String())

	tm = tm.Add(61 * time.Second)
	f.block(tm) // epoch 2 ends while epoch 1 is still being paid
	p2, err := f.k.Payouts.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Equal(t, types.PAYOUT_PHASE_QUEUED, p2.Phase)
	require.True(t, p2.Budget.IsZero(), "a queued epoch's budget is fixed when its payout starts")

	// Export in the middle of it: the payouts and their snapshot are in the genesis and load back.
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Payouts, 2)
	require.NotEmpty(t, gs.PayoutRecords)
	require.NoError(t, f.k.InitGenesis(f.ctx, gs))
	gs2, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.Equal(t, gs.String(), gs2.String())

	var skipped bool
	for i := 0; i < 40; i++ {
		tm = tm.Add(time.Second)
		f.block(tm)
		f.requireInvariants()
		if er, err := f.k.EpochRewards.Get(f.ctx, 2); err == nil {
			skipped = true
			require.NotEmpty(t, er.AbortReason)
			require.Contains(t, er.AbortReason, "duplicate record")
			require.True(t, er.Paid.IsZero())
			require.True(t, er.CarriedForward.Equal(er.Budget))
			require.Zero(t, f.snapshotSize(2))
			break
		}
	}
	require.True(t, skipped, "the faulty epoch's payout ended")
	er1, err := f.k.EpochRewards.Get(f.ctx, 1)
	require.NoError(t, err)
	require.True(t, er1.Paid.IsPositive())
	require.Empty(t, er1.AbortReason)
	er2, err := f.k.EpochRewards.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Greater(t, er2.CompletedHeight, er1.CompletedHeight)
	for _, r := range recs[2][:3] {
		require.True(t, f.balance(sdkAddr(t, r.Operator)).IsZero(), "nothing paid from the aborted epoch")
	}
	// Epoch 3 ends later and is paid as usual.
	tm = genesisTime.Add(3*61*time.Second + time.Second)
	for i := 0; i < 10; i++ {
		f.block(tm)
		tm = tm.Add(time.Second)
	}
	er3, err := f.k.EpochRewards.Get(f.ctx, 3)
	require.NoError(t, err)
	require.Empty(t, er3.AbortReason)
	mp, err := f.k.MiningPaid.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, er1.Paid.Add(er3.Paid).String(), mp.String())
}

func sdkAddr(t *testing.T, bech string) sdk.AccAddress {
	t.Helper()
	a, err := sdk.AccAddressFromBech32(bech)
	require.NoError(t, err)
	return a
}

// A version-1 store has neither payout_records_per_block nor reward_cap_ratio: the 1 -> 2
// migration sets their defaults and keeps the rest.
func TestMigrate1to2Params(t *testing.T) {
	f := setup(t)
	p, err := f.k.GetParams(f.ctx)
	require.NoError(t, err)
	p.PayoutRecordsPerBlock, p.RewardCapRatio, p.MinUptime = 0, sdkmath.LegacyDec{}, sdkmath.LegacyNewDecWithPrec(3, 1)
	require.NoError(t, f.k.Params.Set(f.ctx, p))
	require.NoError(t, keeper.NewMigrator(f.k).Migrate1to2(f.ctx))
	got, err := f.k.GetParams(f.ctx)
	require.NoError(t, err)
	require.Equal(t, types.DefaultPayoutRecordsPerBlock, got.PayoutRecordsPerBlock)
	require.Equal(t, types.DefaultRewardCapRatio.String(), got.RewardCapRatio.String())
	require.Equal(t, "0.300000000000000000", got.MinUptime.String())
}

// Governance may set x/compute's min_paid_price_per_unit (or dev_fund_share) to 0: self-paid work
// then costs nothing, so no cap can make farming lose money, and payouts are uncapped (the cap is
// recorded as 0) rather than all zero. (The simulation found every payout at 0 before.)
func TestZeroFarmingCostMeansNoCap(t *testing.T) {
	f := setup(t)
	f.minuteEpochs(500)
	records := randomRecords(rand.New(rand.NewSource(3)), 20)
	zero := sdkmath.ZeroInt()
	f.app.SetEmissionsComputeForTest(&fakeCompute{records: map[int64][]types.NodeEpochRecord{1: records}, costPerUnit: &zero})
	defer f.app.SetEmissionsComputeForTest(nil)
	f.block(genesisTime.Add(61 * time.Second))
	er, err := f.k.EpochRewards.Get(f.ctx, 1)
	require.NoError(t, err)
	require.True(t, er.RewardCapPerUnit.IsZero())
	require.Zero(t, er.CappedNodes)
	params, err := f.k.GetParams(f.ctx)
	require.NoError(t, err)
	want, _, wantPaid, err := types.ScoreEpoch(params, 1, records, er.Budget, sdkmath.Int{})
	require.NoError(t, err)
	require.True(t, wantPaid.IsPositive())
	require.Equal(t, wantPaid.String(), er.Paid.String())
	for _, w := range want {
		require.Equal(t, w.Payout.String(), f.balance(sdkAddr(t, w.Operator)).String())
	}
}
