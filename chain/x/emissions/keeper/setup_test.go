package keeper_test

import (
	"context"
	"encoding/json"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/testutil/testapp"
	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

const chainID = "btt-emissions-test-1"

var genesisTime = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

// fixture is a real BttApp booted from an allocation genesis with one validator.
type fixture struct {
	t         *testing.T
	app       *app.BttApp
	k         *keeper.Keeper
	ctx       sdk.Context
	authority string
	height    int64
}

// allocationGenesis builds the genesis 'bttd genesis allocate' writes, plus a gentx of
// the China Oral Industry Group staking 1M BTT of its vesting tokens.
func allocationGenesis(t *testing.T, bttApp *app.BttApp) map[string]json.RawMessage {
	t.Helper()
	return allocationGenesisWith(t, bttApp, 0)
}

// allocationGenesisWith is allocationGenesis with an emissions epoch length (0: a day).
func allocationGenesisWith(t *testing.T, bttApp *app.BttApp, emissionsEpoch time.Duration) map[string]json.RawMessage {
	t.Helper()
	appState, _ := app.TestGenesisWithValidator(t, bttApp, chainID, genesisTime, emissionsEpoch)
	return appState
}

func bootApp(t *testing.T, bttApp *app.BttApp, appState map[string]json.RawMessage, start time.Time, initialHeight int64) *fixture {
	t.Helper()
	testapp.InitChain(t, bttApp, chainID, start, appState, initialHeight)
	f := &fixture{t: t, app: bttApp, k: bttApp.EmissionsKeeper, authority: authtypes.NewModuleAddress(govtypes.ModuleName).String(), height: initialHeight}
	f.block(start)
	return f
}

func setup(t *testing.T) *fixture {
	t.Helper()
	bttApp := app.NewTestApp(t, baseapp.SetChainID(chainID))
	return bootApp(t, bttApp, allocationGenesis(t, bttApp), genesisTime, 1)
}

// block finalizes and commits one block at time tm, then points f.ctx at the new state.
func (f *fixture) block(tm time.Time) {
	f.t.Helper()
	testapp.CommitBlock(f.t, f.app, f.height, tm)
	f.height++
	f.ctx = testapp.UncachedContext(f.app, chainID, f.height, tm)
}

// at returns a context at block time tm on the current state.
func (f *fixture) at(tm time.Time) sdk.Context {
	return f.ctx.WithBlockTime(tm).WithEventManager(sdk.NewEventManager())
}

func (f *fixture) balance(addr sdk.AccAddress) sdkmath.Int {
	return f.app.BankKeeper.GetBalance(f.ctx, addr, tokenomics.BaseDenom).Amount
}

func (f *fixture) pool(name string) sdkmath.Int { return f.balance(authtypes.NewModuleAddress(name)) }

func (f *fixture) requireInvariants() {
	f.t.Helper()
	msg, broken := keeper.AllInvariants(f.k)(f.ctx)
	require.False(f.t, broken, msg)
}

// fakeCompute is an in-test ComputeKeeper standing in for x/compute (swapped into the app with
// SetEmissionsComputeForTest): it returns the records set for each epoch, so the payout rules are
// tested on chosen records. compute_integration_test.go runs the real x/compute.
type fakeCompute struct {
	records map[int64][]types.NodeEpochRecord
	// costPerUnit is the farming cost per credited unit; nil stands for a cost so high the
	// reward cap never binds (tests of the score split).
	costPerUnit *sdkmath.Int
}

func (c *fakeCompute) ComputeRecordsPage(_ context.Context, epoch int64, after string, limit int) ([]types.NodeEpochRecord, bool, error) {
	recs := append([]types.NodeEpochRecord(nil), c.records[epoch]...)
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Operator < recs[j].Operator })
	var out []types.NodeEpochRecord
	for i, r := range recs {
		if after != "" && r.Operator <= after {
			continue
		}
		if len(out) == limit {
			return out, true, nil
		}
		out = append(out, recs[i])
	}
	return out, false, nil
}

func (c *fakeCompute) SetEpochIdentifier(context.Context, string) error { return nil }

func (c *fakeCompute) FarmingCostPerUnit(context.Context) (sdkmath.Int, error) {
	if c.costPerUnit == nil {
		return types.OneBTT.MulRaw(1_000_000_000), nil
	}
	return *c.costPerUnit, nil
}

func collectionsJoin(epoch int64, operator string) collections.Pair[int64, string] {
	return collections.Join(epoch, operator)
}

func newAddr() sdk.AccAddress { return testapp.NewAddr() }

func btt(n int64) sdkmath.Int { return types.OneBTT.MulRaw(n) }
