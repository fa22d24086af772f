package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/genesis"
	"github.com/btt-chain/btt/chain/testutil"
	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

const day = 24 * time.Hour

func TestSupplyAtGenesis(t *testing.T) {
	f := setup(t)
	gt, err := f.k.GenesisTimeOf(f.ctx)
	require.NoError(t, err)
	require.Equal(t, genesisTime, gt)
	resp, err := keeper.NewQueryServerImpl(f.k).Supply(f.ctx, &types.QuerySupplyRequest{})
	require.NoError(t, err)
	require.Equal(t, tokenomics.TotalSupply.String(), resp.Total.String())
	require.True(t, resp.Burned.IsZero())
	require.Equal(t, tokenomics.TotalSupply.String(), resp.TotalPlusBurned.String())
	require.Equal(t, btt(39_900_000).String(), resp.VestingLocked.String()) // 10+3+3+2+1 = 19%
	require.Equal(t, btt(170_100_000).String(), resp.PoolsTotal.String())   // 17+30+12+7+15 = 81%
	require.True(t, resp.Circulating.IsZero())
	require.Len(t, resp.Pools, 7) // the five pools, the development fund, the institutions' fee budget
	f.requireInvariants()
}

func TestEpochPayoutFollowsComputeScores(t *testing.T) {
	f := setup(t)
	a, b, c := newAddr(), newAddr(), newAddr()
	fc := &fakeCompute{records: map[int64][]types.NodeEpochRecord{1: {
		{Operator: a.String(), ComputeUnits: 300, Uptime: sdkmath.LegacyOneDec(), Accepted: 30, Region: "CN-BJ", EnergyClass: "D"},
		{Operator: b.String(), ComputeUnits: 100, Uptime: sdkmath.LegacyOneDec(), Accepted: 10, Region: "CN-BJ", EnergyClass: "D"},
		{Operator: c.String(), ComputeUnits: 0, Uptime: sdkmath.LegacyOneDec(), Region: "CN-SH"},
		// Neither a malformed operator nor a module account takes a share.
		{Operator: "btt1bad", ComputeUnits: 1000, Uptime: sdkmath.LegacyOneDec()},
		{Operator: authtypes.NewModuleAddress(tokenomics.FoundationPool).String(), ComputeUnits: 1000, Uptime: sdkmath.LegacyOneDec()},
	}}}
	f.app.SetEmissionsComputeForTest(fc)
	defer f.app.SetEmissionsComputeForTest(nil)

	poolBefore := f.pool(tokenomics.MiningRewardsPool)
	ctx := f.at(genesisTime.Add(day))
	er, err := f.k.PayEpoch(ctx, 1, day)
	require.NoError(t, err)
	require.Equal(t, uint32(1), er.Period)
	require.Equal(t, int64(729), er.EpochsLeftInPeriod)
	require.Equal(t, types.PeriodBudgets[0].QuoRaw(729).String(), er.Budget.String())
	require.True(t, er.Paid.Add(er.CarriedForward).Equal(er.Budget))
	// 300 : 100 → 3/4 and 1/4 of the budget, floored.
	require.Equal(t, er.Budget.MulRaw(3).QuoRaw(4).String(), f.app.BankKeeper.GetBalance(ctx, a, "abtt").Amount.String())
	require.Equal(t, er.Budget.QuoRaw(4).String(), f.app.BankKeeper.GetBalance(ctx, b, "abtt").Amount.String())
	require.True(t, f.app.BankKeeper.GetBalance(ctx, c, "abtt").IsZero())
	epochEvents := testutil.TypedEvents[*types.EventEpochReward](t, ctx.EventManager().ABCIEvents())
	require.Len(t, epochEvents, 1)
	require.Equal(t, types.EventEpochReward{Epoch: 1, Budget: sdk.NewCoin("abtt", er.Budget), Paid: sdk.NewCoin("abtt", er.Paid),
		CarriedForward: sdk.NewCoin("abtt", er.CarriedForward), Nodes: er.NodeCount}, *epochEvents[0])
	paidTo := map[string]sdkmath.Int{}
	for _, ev := range testutil.TypedEvents[*types.EventNodeReward](t, ctx.EventManager().ABCIEvents()) {
		require.Equal(t, int64(1), ev.Epoch)
		paidTo[ev.Operator] = ev.Amount.Amount
	}
	require.Len(t, paidTo, 3)
	require.Equal(t, f.app.BankKeeper.GetBalance(ctx, a, "abtt").Amount.String(), paidTo[a.String()].String())
	require.True(t, paidTo[c.String()].IsZero())
	require.Equal(t, poolBefore.Sub(er.Paid).String(), f.app.BankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(tokenomics.MiningRewardsPool), "abtt").Amount.String())

	q := keeper.NewQueryServerImpl(f.k)
	resp, err := q.EpochRewards(ctx, &types.QueryEpochRewardsRequest{Epoch: 1})
	require.NoError(t, err)
	require.Len(t, resp.NodeRewards, 3)
	sum := sdkmath.ZeroInt()
	for _, nr := range resp.NodeRewards {
		sum = sum.Add(nr.Payout)
	}
	require.True(t, sum.Equal(resp.EpochReward.Paid))
	nodeResp, err := q.NodeRewards(ctx, &types.QueryNodeRewardsRequest{Node: a.String(), Pagination: &query.PageRequest{Limit: 10}})
	require.NoError(t, err)
	require.Len(t, nodeResp.NodeRewards, 1)
	require.Equal(t, "300.000000000000000000", nodeResp.NodeRewards[0].Contribution.String())
	require.True(t, nodeResp.Total.Equal(nodeResp.NodeRewards[0].Payout))
	_, err = q.EpochRewards(ctx, &types.QueryEpochRewardsRequest{Epoch: 99})
	require.Error(t, err)
	_, err = q.NodeRewards(ctx, &types.QueryNodeRewardsRequest{Node: "nope"})
	require.Error(t, err)

	msg, broken := keeper.AllInvariants(f.k)(ctx)
	require.False(t, broken, msg)
}

func TestEpochWithoutNodesCarriesForward(t *testing.T) {
	f := setup(t)
	// x/compute has no nodes (or, with no compute keeper, no records): nobody earns, the budget stays in the pool.
	ctx := f.at(genesisTime.Add(day))
	er1, err := f.k.PayEpoch(ctx, 1, day)
	require.NoError(t, err)
	require.True(t, er1.Paid.IsZero())
	require.True(t, er1.CarriedForward.Equal(er1.Budget))
	require.True(t, er1.Budget.IsPositive())
	er2, err := f.k.PayEpoch(f.at(genesisTime.Add(2*day)), 2, day)
	require.NoError(t, err)
	// Same remaining budget over one epoch fewer: the carried budget is in it.
	require.True(t, er2.PeriodRemaining.Equal(er1.PeriodRemaining))
	require.True(t, er2.Budget.GT(er1.Budget))
	require.Equal(t, types.PeriodBudgets[0].QuoRaw(728).String(), er2.Budget.String())

	// A faulty compute record set (a duplicate node) pays nothing through the hook and halts
	// nothing: the payout is aborted.
	a := newAddr()
	rec := types.NodeEpochRecord{Operator: a.String(), ComputeUnits: 1, Uptime: sdkmath.LegacyOneDec()}
	f.app.SetEmissionsComputeForTest(&fakeCompute{records: map[int64][]types.NodeEpochRecord{3: {rec, rec}}})
	defer f.app.SetEmissionsComputeForTest(nil)
	ctx3 := f.at(genesisTime.Add(3 * day))
	require.NoError(t, f.k.Hooks().AfterEpochEnd(ctx3, genesis.EmissionsEpochIdentifier, 3))
	has, err := f.k.EpochRewards.Has(ctx3, 3)
	require.NoError(t, err)
	require.False(t, has)
	require.True(t, f.app.BankKeeper.GetBalance(ctx3, a, "abtt").IsZero())
	// The next blocks' steps abort the payout and record it with its reason, nothing paid
	// (epoch 2 was paid in ctx3's block, which used up that block's step).
	next := ctx3
	for i := 0; i < 3; i++ {
		next = next.WithBlockHeight(next.BlockHeight() + 1)
		f.k.PayoutStep(next)
	}
	er3, err := f.k.EpochRewards.Get(next, 3)
	require.NoError(t, err)
	require.Contains(t, er3.AbortReason, "duplicate record")
	require.True(t, er3.Paid.IsZero() && er3.CarriedForward.Equal(er3.Budget))
	require.True(t, f.app.BankKeeper.GetBalance(next, a, "abtt").IsZero())
	// Another identifier is ignored.
	require.NoError(t, f.k.Hooks().AfterEpochEnd(ctx3, "week", 4))
	has, err = f.k.EpochRewards.Has(ctx3, 4)
	require.NoError(t, err)
	require.False(t, has)
}

func TestEpochsModuleDrivesPayouts(t *testing.T) {
	f := setup(t)
	params, err := f.k.GetParams(f.ctx)
	require.NoError(t, err)
	params.EpochIdentifier = "minute"
	_, err = keeper.NewMsgServerImpl(f.k).UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: params})
	require.NoError(t, err)
	a := newAddr()
	recs := map[int64][]types.NodeEpochRecord{}
	for e := int64(1); e <= 5; e++ {
		recs[e] = []types.NodeEpochRecord{{Operator: a.String(), ComputeUnits: 10, Uptime: sdkmath.LegacyOneDec(), Accepted: 1}}
	}
	f.app.SetEmissionsComputeForTest(&fakeCompute{records: recs})
	defer f.app.SetEmissionsComputeForTest(nil)
	for i := 1; i <= 4; i++ {
		f.block(genesisTime.Add(time.Duration(i) * 61 * time.Second))
	}
	paid := sdkmath.ZeroInt()
	n := 0
	require.NoError(t, f.k.EpochRewards.Walk(f.ctx, nil, func(_ int64, er types.EpochReward) (bool, error) {
		paid = paid.Add(er.Paid)
		n++
		return false, nil
	}))
	require.GreaterOrEqual(t, n, 3)
	require.True(t, paid.IsPositive())
	require.Equal(t, paid.String(), f.balance(a).String())
	mp, err := f.k.MiningPaid.Get(f.ctx)
	require.NoError(t, err)
	require.True(t, mp.Equal(paid))
	f.requireInvariants()
}

func TestMilestones(t *testing.T) {
	f := setup(t)
	ms := keeper.NewMsgServerImpl(f.k)
	rcpt := newAddr()
	add := func(ctx sdk.Context, sb types.SubBudget, amt sdkmath.Int) uint64 {
		resp, err := ms.AddMilestone(ctx, &types.MsgAddMilestone{Authority: f.authority, SubBudget: sb, Amount: amt, Recipient: rcpt.String(), Description: "m"})
		require.NoError(t, err)
		return resp.Id
	}
	release := func(ctx sdk.Context, id uint64) error {
		_, err := ms.ReleaseMilestone(ctx, &types.MsgReleaseMilestone{Authority: f.authority, Id: id})
		return err
	}
	ctx0 := f.at(genesisTime.Add(time.Hour))
	core := add(ctx0, types.SUB_BUDGET_CORE_PROTOCOL, btt(5_000_000))
	require.Equal(t, uint64(1), core)
	// Month 0: the cap is zero.
	require.ErrorIs(t, release(ctx0, core), types.ErrFoundationCap)

	// Month 12: cap 35.7M × 12/48 = 8.925M.
	ctx12 := f.at(genesisTime.AddDate(1, 0, 0))
	require.NoError(t, release(ctx12, core))
	require.Equal(t, btt(5_000_000).String(), f.app.BankKeeper.GetBalance(ctx12, rcpt, "abtt").Amount.String())
	require.ErrorIs(t, release(ctx12, core), types.ErrMilestoneReleased)
	second := add(ctx12, types.SUB_BUDGET_AI_INTEGRATION, btt(4_000_000))
	require.ErrorIs(t, release(ctx12, second), types.ErrFoundationCap)
	require.ErrorIs(t, release(ctx12, 99), types.ErrMilestoneNotFound)

	// Month 48: the whole 35.7M is open, but research keeps to 2/17 (4.2M).
	ctx48 := f.at(genesisTime.AddDate(4, 0, 0))
	require.NoError(t, release(ctx48, second))
	r1 := add(ctx48, types.SUB_BUDGET_RESEARCH, btt(3_000_000))
	r2 := add(ctx48, types.SUB_BUDGET_RESEARCH, btt(1_500_000))
	require.NoError(t, release(ctx48, r1))
	require.ErrorIs(t, release(ctx48, r2), types.ErrSubBudgetCap)
	// A milestone larger than its sub-budget is refused when added.
	_, err := ms.AddMilestone(ctx48, &types.MsgAddMilestone{Authority: f.authority, SubBudget: types.SUB_BUDGET_RESEARCH, Amount: btt(4_200_001), Recipient: rcpt.String()})
	require.ErrorIs(t, err, types.ErrSubBudgetCap)
	_, err = ms.AddMilestone(ctx48, &types.MsgAddMilestone{Authority: f.authority, SubBudget: types.SUB_BUDGET_UNSPECIFIED, Amount: btt(1), Recipient: rcpt.String()})
	require.ErrorIs(t, err, types.ErrInvalidMilestone)

	resp, err := keeper.NewQueryServerImpl(f.k).Milestones(ctx48, &types.QueryMilestonesRequest{})
	require.NoError(t, err)
	require.Len(t, resp.Milestones, 4)
	require.Equal(t, btt(12_000_000).String(), resp.Released.String())
	require.Equal(t, types.FoundationTotal.String(), resp.Cap.String())
	require.Equal(t, btt(35_700_000-12_000_000).String(), f.app.BankKeeper.GetBalance(ctx48, authtypes.NewModuleAddress(tokenomics.FoundationPool), "abtt").Amount.String())

	sched, err := keeper.NewQueryServerImpl(f.k).Schedule(ctx48, &types.QueryScheduleRequest{})
	require.NoError(t, err)
	require.Equal(t, uint32(5), sched.CurrentYear)
	require.Equal(t, btt(5_000_000).String(), sched.Years[1].Milestones.String())
	require.Equal(t, btt(7_000_000).String(), sched.Years[4].Milestones.String())
}

func TestGovOnlyMessages(t *testing.T) {
	f := setup(t)
	ms := keeper.NewMsgServerImpl(f.k)
	rcpt := newAddr().String()
	for _, outsider := range []string{newAddr().String(), "", rcpt} {
		coins := sdk.NewCoins(sdk.NewCoin("abtt", btt(1)))
		_, err := ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: outsider, Params: types.DefaultParams()})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
		_, err = ms.AddMilestone(f.ctx, &types.MsgAddMilestone{Authority: outsider, SubBudget: types.SUB_BUDGET_RESEARCH, Amount: btt(1), Recipient: rcpt})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
		_, err = ms.ReleaseMilestone(f.ctx, &types.MsgReleaseMilestone{Authority: outsider, Id: 1})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
		_, err = ms.SpendEcosystemFund(f.ctx, &types.MsgSpendEcosystemFund{Authority: outsider, Recipient: rcpt, Amount: coins})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
		_, err = ms.SpendCommunityIncentives(f.ctx, &types.MsgSpendCommunityIncentives{Authority: outsider, Recipient: rcpt, Amount: coins})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
		_, err = ms.SpendReserve(f.ctx, &types.MsgSpendReserve{Authority: outsider, Recipient: rcpt, Amount: coins})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
		_, err = ms.SpendDevelopmentFund(f.ctx, &types.MsgSpendDevelopmentFund{Authority: outsider, Recipient: rcpt, Amount: coins})
		require.ErrorIs(t, err, types.ErrInvalidAuthority)
	}
	bad := types.DefaultParams()
	bad.BurnFraction = sdkmath.LegacyMustNewDecFromStr("2")
	_, err := ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: bad})
	require.ErrorIs(t, err, types.ErrInvalidParams)
}

func TestFundSpends(t *testing.T) {
	f := setup(t)
	ms := keeper.NewMsgServerImpl(f.k)
	rcpt := newAddr()
	coins := func(n int64) sdk.Coins { return sdk.NewCoins(sdk.NewCoin("abtt", btt(n))) }
	_, err := ms.SpendEcosystemFund(f.ctx, &types.MsgSpendEcosystemFund{Authority: f.authority, Recipient: rcpt.String(), Amount: coins(100), Purpose: "listing"})
	require.NoError(t, err)
	_, err = ms.SpendCommunityIncentives(f.ctx, &types.MsgSpendCommunityIncentives{Authority: f.authority, Recipient: rcpt.String(), Amount: coins(20)})
	require.NoError(t, err)
	_, err = ms.SpendReserve(f.ctx, &types.MsgSpendReserve{Authority: f.authority, Recipient: rcpt.String(), Amount: coins(3)})
	require.NoError(t, err)
	require.Equal(t, btt(123).String(), f.balance(rcpt).String())
	// 500 BTT of the fund became the institutions' fee budget at genesis (tokenomics.InstitutionFeeBudget).
	require.Equal(t, btt(14_700_000-500-100).String(), f.pool(tokenomics.EcosystemGrowthFundPool).String())
	require.Equal(t, btt(25_200_000-20).String(), f.pool(tokenomics.CommunityIncentivesPool).String())
	require.Equal(t, btt(31_500_000-3).String(), f.pool(tokenomics.UnallocatedReserve).String())

	// More than the pool holds, a zero amount, a bad or blocked recipient: refused, nothing moves.
	_, err = ms.SpendEcosystemFund(f.ctx, &types.MsgSpendEcosystemFund{Authority: f.authority, Recipient: rcpt.String(), Amount: coins(14_700_000)})
	require.ErrorIs(t, err, types.ErrInvalidSpend)
	_, err = ms.SpendEcosystemFund(f.ctx, &types.MsgSpendEcosystemFund{Authority: f.authority, Recipient: rcpt.String(), Amount: sdk.NewCoins()})
	require.ErrorIs(t, err, types.ErrInvalidSpend)
	_, err = ms.SpendReserve(f.ctx, &types.MsgSpendReserve{Authority: f.authority, Recipient: "btt1bad", Amount: coins(1)})
	require.ErrorIs(t, err, types.ErrInvalidSpend)
	_, err = ms.SpendReserve(f.ctx, &types.MsgSpendReserve{Authority: f.authority, Recipient: authtypes.NewModuleAddress(tokenomics.MiningRewardsPool).String(), Amount: coins(1)})
	require.ErrorIs(t, err, types.ErrInvalidSpend)
	require.Equal(t, btt(123).String(), f.balance(rcpt).String())

	sched, err := keeper.NewQueryServerImpl(f.k).Schedule(f.ctx, &types.QueryScheduleRequest{})
	require.NoError(t, err)
	require.Len(t, sched.Years, 9)
	require.Equal(t, btt(123).String(), sched.Years[0].Funds.String())
	require.Equal(t, uint32(22), sched.Years[0].SeedPercent)
	require.Equal(t, uint32(23), sched.Years[5].SeedPercent)
	require.Equal(t, btt(12_600_000).String(), sched.Years[0].MiningScheduled.String())
	require.True(t, sched.Years[8].MiningScheduled.IsZero())
	// Vesting unlocks over the years add up to the 19% of institutional allocations.
	vest := sdkmath.ZeroInt()
	for _, y := range sched.Years {
		vest = vest.Add(y.VestingUnlocks)
	}
	require.Equal(t, btt(39_900_000).String(), vest.String())
	require.True(t, sched.Years[0].VestingUnlocks.IsPositive()) // cliffs at month 3 and 6
	f.requireInvariants()
}

func TestFeeSplitAndBurn(t *testing.T) {
	f := setup(t)
	ms := keeper.NewMsgServerImpl(f.k)
	user := newAddr()
	_, err := ms.SpendEcosystemFund(f.ctx, &types.MsgSpendEcosystemFund{Authority: f.authority, Recipient: user.String(), Amount: sdk.NewCoins(sdk.NewCoin("abtt", btt(1000)))})
	require.NoError(t, err)
	require.NoError(t, f.app.BankKeeper.SendCoinsFromAccountToModule(f.ctx, user, authtypes.FeeCollectorName, sdk.NewCoins(sdk.NewCoin("abtt", btt(500)))))
	devBefore := f.pool(types.DevelopmentFund)
	// The next block's BeginBlock moves 10% of the fees to the development fund before x/distribution.
	f.block(genesisTime.Add(10 * time.Second))
	require.Equal(t, devBefore.Add(btt(50)).String(), f.pool(types.DevelopmentFund).String())
	total, err := f.k.FeeSplitTotal.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, btt(50).String(), total.String())
	require.True(t, f.pool(authtypes.FeeCollectorName).IsZero()) // distribution took the rest

	// Governance spends the development fund; more than it holds is refused.
	rcpt := newAddr()
	_, err = ms.SpendDevelopmentFund(f.ctx, &types.MsgSpendDevelopmentFund{Authority: f.authority, Recipient: rcpt.String(), Amount: sdk.NewCoins(sdk.NewCoin("abtt", btt(20))), Purpose: "audit"})
	require.NoError(t, err)
	require.Equal(t, btt(20).String(), f.balance(rcpt).String())
	_, err = ms.SpendDevelopmentFund(f.ctx, &types.MsgSpendDevelopmentFund{Authority: f.authority, Recipient: rcpt.String(), Amount: sdk.NewCoins(sdk.NewCoin("abtt", btt(31)))})
	require.ErrorIs(t, err, types.ErrInvalidSpend)

	// Burns: another module burns half (burn_fraction 0.5) of a 100 BTT fee it holds.
	require.NoError(t, f.app.BankKeeper.SendCoinsFromAccountToModule(f.ctx, user, authtypes.FeeCollectorName, sdk.NewCoins(sdk.NewCoin("abtt", btt(100)))))
	burned, err := f.k.BurnFee(f.ctx, authtypes.FeeCollectorName, btt(100))
	require.NoError(t, err)
	require.Equal(t, btt(50).String(), burned.String())
	burns := testutil.TypedEvents[*types.EventBurn](t, f.ctx.EventManager().ABCIEvents())
	require.NotEmpty(t, burns)
	require.Equal(t, types.EventBurn{FromModule: authtypes.FeeCollectorName, Amount: sdk.NewCoin("abtt", btt(50))}, *burns[len(burns)-1])
	require.Equal(t, btt(50).String(), f.pool(authtypes.FeeCollectorName).String())
	require.Equal(t, tokenomics.TotalSupply.Sub(btt(50)).String(), f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount.String())
	_, err = f.k.BurnFee(f.ctx, authtypes.FeeCollectorName, btt(1000)) // more than it holds
	require.ErrorIs(t, err, types.ErrInvalidBurn)
	require.ErrorIs(t, f.k.Burn(f.ctx, authtypes.FeeCollectorName, sdkmath.NewInt(-1)), types.ErrInvalidBurn)

	resp, err := keeper.NewQueryServerImpl(f.k).Supply(f.ctx, &types.QuerySupplyRequest{})
	require.NoError(t, err)
	require.Equal(t, btt(50).String(), resp.Burned.String())
	require.Equal(t, tokenomics.TotalSupply.String(), resp.TotalPlusBurned.String())
	f.requireInvariants()
}

func TestGenesisRoundTrip(t *testing.T) {
	f := setup(t)
	ms := keeper.NewMsgServerImpl(f.k)
	a := newAddr()
	f.app.SetEmissionsComputeForTest(&fakeCompute{records: map[int64][]types.NodeEpochRecord{1: {{Operator: a.String(), ComputeUnits: 5, Uptime: sdkmath.LegacyOneDec(), Region: "CN-BJ", EnergyClass: "B"}}}})
	ctx := f.at(genesisTime.AddDate(1, 0, 0))
	_, err := f.k.PayEpoch(ctx, 1, day)
	require.NoError(t, err)
	f.app.SetEmissionsComputeForTest(nil)
	resp, err := ms.AddMilestone(ctx, &types.MsgAddMilestone{Authority: f.authority, SubBudget: types.SUB_BUDGET_SECURITY_COMPLIANCE, Amount: btt(10), Recipient: a.String(), Description: "audit"})
	require.NoError(t, err)
	_, err = ms.ReleaseMilestone(ctx, &types.MsgReleaseMilestone{Authority: f.authority, Id: resp.Id})
	require.NoError(t, err)
	_, err = ms.AddMilestone(ctx, &types.MsgAddMilestone{Authority: f.authority, SubBudget: types.SUB_BUDGET_RESEARCH, Amount: btt(7), Recipient: a.String()})
	require.NoError(t, err)
	require.NoError(t, f.app.BankKeeper.SendCoinsFromAccountToModule(ctx, a, authtypes.FeeCollectorName, sdk.NewCoins(sdk.NewCoin("abtt", btt(4)))))
	_, err = f.k.BurnFee(ctx, authtypes.FeeCollectorName, btt(4))
	require.NoError(t, err)

	exported, err := f.k.ExportGenesis(ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.Len(t, exported.NodeRewards, 1)
	require.Equal(t, uint64(3), exported.NextMilestoneId)

	// JSON through the codec, into a fresh app's keeper, and out again.
	cdc := f.app.AppCodec()
	bz, err := cdc.MarshalJSON(exported)
	require.NoError(t, err)
	var imported types.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(bz, &imported))
	fresh := app.NewTestApp(t, baseapp.SetChainID(chainID))
	freshCtx := fresh.NewUncachedContext(false, ctx.BlockHeader()).WithBlockTime(time.Unix(0, 0))
	require.NoError(t, fresh.EmissionsKeeper.InitGenesis(freshCtx, &imported))
	again, err := fresh.EmissionsKeeper.ExportGenesis(freshCtx)
	require.NoError(t, err)
	bz2, err := cdc.MarshalJSON(again)
	require.NoError(t, err)
	require.JSONEq(t, string(bz), string(bz2))
	// The next milestone id continues where the exported chain stopped.
	id, err := fresh.EmissionsKeeper.AddMilestone(freshCtx, types.SUB_BUDGET_RESEARCH, btt(1), a.String(), "")
	require.NoError(t, err)
	require.Equal(t, uint64(3), id)
}
