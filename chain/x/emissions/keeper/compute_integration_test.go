package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/genesis"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// TestEpochPaysFromXComputeRecords runs the app as wired (the real x/compute keeper
// behind types.ComputeKeeper) on a genesis with a 10 s emissions epoch and x/compute
// records for epoch 1, and checks that the end of epoch 1 pays the two nodes in
// proportion to their recorded compute units, each up to the reward cap per credited unit
// (0.8 × x/compute's dev_fund_share 5% × min_paid_price_per_unit 0.1 BTT = 0.004 BTT).
func TestEpochPaysFromXComputeRecords(t *testing.T) {
	bttApp := app.NewTestApp(t, baseapp.SetChainID(chainID))
	cdc := bttApp.AppCodec()
	appState := allocationGenesisWith(t, bttApp, 10*time.Second)
	a, b := newAddr(), newAddr()
	var computeGen computetypes.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState[computetypes.ModuleName], &computeGen))
	require.Equal(t, genesis.EmissionsEpochIdentifier, computeGen.Params.EpochIdentifier)
	computeGen.EpochStats = []computetypes.NodeEpochStats{
		{Epoch: 1, Node: a.String(), ComputeUnits: 600, TasksAccepted: 6, Heartbeats: 1},
		{Epoch: 1, Node: b.String(), ComputeUnits: 200, TasksAccepted: 2, Heartbeats: 1},
	}
	appState[computetypes.ModuleName] = cdc.MustMarshalJSON(&computeGen)
	f := bootApp(t, bttApp, appState, genesisTime, 1)
	for i := 1; i <= 3; i++ {
		f.block(genesisTime.Add(time.Duration(i) * 6 * time.Second))
	}
	er, err := f.k.EpochRewards.Get(f.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, uint32(2), er.NodeCount)
	require.True(t, er.Paid.IsPositive())
	require.True(t, er.Paid.Add(er.CarriedForward).Equal(er.Budget))
	capPerUnit := types.OneBTT.QuoRaw(250)
	require.Equal(t, capPerUnit.String(), er.RewardCapPerUnit.String())
	share := func(num int64, units int64) sdkmath.Int {
		return sdkmath.MinInt(er.Budget.MulRaw(num).QuoRaw(4), capPerUnit.MulRaw(units))
	}
	require.Equal(t, share(3, 600).String(), f.balance(a).String())
	require.Equal(t, share(1, 200).String(), f.balance(b).String())
	require.True(t, er.Paid.Equal(share(3, 600).Add(share(1, 200))))
	nr, err := f.k.NodeRewards.Get(f.ctx, collectionsJoin(1, a.String()))
	require.NoError(t, err)
	require.Equal(t, uint64(600), nr.ComputeUnits)
	require.Equal(t, sdkmath.LegacyOneDec().String(), nr.Uptime.String())
	mp, err := f.k.MiningPaid.Get(f.ctx)
	require.NoError(t, err)
	require.True(t, mp.GTE(er.Paid))
	require.True(t, types.MiningCapAt(genesisTime, f.ctx.BlockTime()).GTE(mp))
	f.requireInvariants()
}
