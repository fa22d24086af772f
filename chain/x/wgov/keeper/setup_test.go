package keeper_test

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/testutil/testapp"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	"github.com/btt-chain/btt/chain/x/wgov/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

const chainID = "btt-wgov-test-1"

// fixture is a real BttApp booted from an allocation genesis with one validator, operated by
// the China Oral Industry Group (an institution with in-class weight 10 of 19).
type fixture struct {
	t         *testing.T
	app       *app.BttApp
	k         *keeper.Keeper
	ctx       sdk.Context
	authority string
	operator  sdk.AccAddress
	height    int64
}

// setup boots the app at genesisTime; mutate (may be nil) edits the wgov genesis first.
func setup(t *testing.T, genesisTime time.Time, mutate func(*types.GenesisState)) *fixture {
	t.Helper()
	bttApp := app.NewTestApp(t, baseapp.SetChainID(chainID))
	appState, operator := app.TestGenesisWithValidator(t, bttApp, chainID, genesisTime, 0)
	if mutate != nil {
		gs := types.DefaultGenesis()
		bttApp.AppCodec().MustUnmarshalJSON(appState[types.ModuleName], gs)
		mutate(gs)
		appState[types.ModuleName] = bttApp.AppCodec().MustMarshalJSON(gs)
	}
	testapp.InitChain(t, bttApp, chainID, genesisTime, appState, 1)
	f := &fixture{t: t, app: bttApp, k: bttApp.WgovKeeper, operator: operator, height: 1,
		authority: authtypes.NewModuleAddress(govtypes.ModuleName).String()}
	f.block(genesisTime)
	return f
}

// block finalizes and commits one block at time tm, then points f.ctx at the new state.
func (f *fixture) block(tm time.Time) *abci.ResponseFinalizeBlock {
	f.t.Helper()
	res := testapp.CommitBlock(f.t, f.app, f.height, tm)
	f.height++
	f.ctx = testapp.UncachedContext(f.app, chainID, f.height, tm)
	return res
}

// at returns a context at block time tm on the current state.
func (f *fixture) at(tm time.Time) sdk.Context {
	return f.ctx.WithBlockTime(tm).WithEventManager(sdk.NewEventManager())
}

func btt(n int64) sdkmath.Int { return emissionstypes.OneBTT.MulRaw(n) }

func newAddr() sdk.AccAddress { return testapp.NewAddr() }

// fund pays addr out of the ecosystem growth fund (a test shortcut for a faucet).
func (f *fixture) fund(addr sdk.AccAddress, amount sdkmath.Int) {
	f.t.Helper()
	require.NoError(f.t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, tokenomics.EcosystemGrowthFundPool, addr,
		sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, amount))))
}

// delegate bonds amount of addr's tokens to the fixture's validator.
func (f *fixture) delegate(addr sdk.AccAddress, amount sdkmath.Int) {
	f.t.Helper()
	_, err := stakingkeeper.NewMsgServerImpl(f.app.StakingKeeper).Delegate(f.ctx, &stakingtypes.MsgDelegate{
		DelegatorAddress: addr.String(), ValidatorAddress: sdk.ValAddress(f.operator).String(),
		Amount: sdk.NewCoin(tokenomics.BaseDenom, amount),
	})
	require.NoError(f.t, err)
}

// holder is a new account with `stake` BTT bonded to the validator (and 100 BTT for fees and deposits).
func (f *fixture) holder(stake int64) sdk.AccAddress {
	addr := newAddr()
	f.fund(addr, btt(stake+100))
	f.delegate(addr, btt(stake))
	return addr
}

// propose submits a proposal with the min deposit from proposer (its voting period starts now).
func (f *fixture) propose(proposer sdk.AccAddress, msgs ...sdk.Msg) uint64 {
	f.t.Helper()
	anys := make([]*codectypes.Any, len(msgs))
	for i, m := range msgs {
		a, err := codectypes.NewAnyWithValue(m)
		require.NoError(f.t, err)
		anys[i] = a
	}
	params, err := f.app.GovKeeper.Params.Get(f.ctx)
	require.NoError(f.t, err)
	res, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).SubmitProposal(f.ctx, &govv1.MsgSubmitProposal{
		Messages: anys, InitialDeposit: params.MinDeposit, Proposer: proposer.String(), Title: "t", Summary: "s", Metadata: "test",
	})
	require.NoError(f.t, err)
	return res.ProposalId
}

func (f *fixture) vote(id uint64, voter sdk.AccAddress, option govv1.VoteOption) {
	f.t.Helper()
	_, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).Vote(f.ctx, govv1.NewMsgVote(voter, id, option, ""))
	require.NoError(f.t, err)
}

func (f *fixture) tally(id uint64) types.TallyBreakdown {
	f.t.Helper()
	res, err := keeper.NewQueryServerImpl(f.k).Tally(f.ctx, &types.QueryTallyRequest{ProposalId: id})
	require.NoError(f.t, err)
	return res.Tally
}

func (f *fixture) status(id uint64) govv1.ProposalStatus {
	p, err := f.app.GovKeeper.Proposals.Get(f.ctx, id)
	require.NoError(f.t, err)
	return p.Status
}

func (f *fixture) requireInvariants() {
	f.t.Helper()
	msg, broken := keeper.AllInvariants(f.k)(f.ctx)
	require.False(f.t, broken, msg)
}

func row(b types.TallyBreakdown, c types.VoterClass) types.ClassTally {
	for _, r := range b.Classes {
		if r.Class == c {
			return r
		}
	}
	panic("no row for class " + c.String())
}

var dec = sdkmath.LegacyMustNewDecFromStr

// requireNear checks a Dec to 1e-15 (Dec products truncate at 1e-18).
func requireNear(t *testing.T, want sdkmath.LegacyDec, got sdkmath.LegacyDec, what string) {
	t.Helper()
	require.True(t, got.Sub(want).Abs().LTE(dec("0.000000000000001")), "%s: want %s, got %s", what, want, got)
}

func frac(a, b int64) sdkmath.LegacyDec { return sdkmath.LegacyNewDec(a).QuoInt64(b) }

// fakeCompute stands in for x/compute's records in tests of the compute class window.
type fakeCompute struct {
	current int64
	records map[int64][]emissionstypes.NodeEpochRecord
}

func (c fakeCompute) CurrentEpoch(context.Context) int64 { return c.current }
func (c fakeCompute) ComputeRecords(_ context.Context, epoch int64) ([]emissionstypes.NodeEpochRecord, error) {
	return c.records[epoch], nil
}
func (c fakeCompute) EpochCreditedUnits(_ context.Context, epoch int64) uint64 {
	var total uint64
	for _, r := range c.records[epoch] {
		total += r.ComputeUnits
	}
	return total
}
func (c fakeCompute) CreditedUnits(_ context.Context, epoch int64, operator sdk.AccAddress) uint64 {
	for _, r := range c.records[epoch] {
		if r.Operator == operator.String() {
			return r.ComputeUnits
		}
	}
	return 0
}
