package keeper_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/btt-chain/btt/chain/tokenomics"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/testutil/testapp"
	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

const testChainID = "btt-compute-test-1"

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

type fixture struct {
	t   *testing.T
	app *app.BttApp
	ctx sdk.Context
	k   *keeper.Keeper
	ms  types.MsgServer
	q   types.QueryServer
	gov string
}

func bttAmt(n int64) sdkmath.Int { return testapp.BTT(n) }

// setup boots a real BttApp from the default genesis, commits block 1 and returns an
// uncached context on the committed state; blocks are then driven with f.endBlock().
func setup(t *testing.T) *fixture {
	t.Helper()
	a := app.NewTestApp(t, baseapp.SetChainID(testChainID))
	testapp.InitChain(t, a, testChainID, t0, allocationGenesis(t, a), 1)
	testapp.CommitBlock(t, a, 1, t0)
	ctx := testapp.UncachedContext(a, testChainID, 2, t0.Add(time.Second))
	ctx = ctx.WithHeaderHash(headerHash(2))
	f := &fixture{t: t, app: a, ctx: ctx, k: a.ComputeKeeper, ms: keeper.NewMsgServerImpl(a.ComputeKeeper),
		q: keeper.NewQueryServerImpl(a.ComputeKeeper), gov: authtypes.NewModuleAddress(govtypes.ModuleName).String()}
	f.setEpoch(1)
	require.NoError(t, f.k.BeginBlocker(f.ctx))
	return f
}

func headerHash(h int64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(h))
	s := sha256.Sum256(b[:])
	return s[:]
}

// endBlock runs x/compute's end blocker at the current height and moves to the next block.
func (f *fixture) endBlock() {
	f.t.Helper()
	require.NoError(f.t, f.k.EndBlocker(f.ctx))
	h := f.ctx.BlockHeight() + 1
	f.ctx = f.ctx.WithBlockHeight(h).WithBlockTime(f.ctx.BlockTime().Add(time.Second)).WithHeaderHash(headerHash(h)).
		WithEventManager(sdk.NewEventManager())
	require.NoError(f.t, f.k.BeginBlocker(f.ctx))
	f.checkInvariants()
}

func (f *fixture) checkInvariants() {
	f.t.Helper()
	msg, broken := keeper.EscrowInvariant(f.k)(f.ctx)
	require.False(f.t, broken, msg)
	msg, broken = keeper.CapacityInvariant(f.k)(f.ctx)
	require.False(f.t, broken, msg)
	msg, broken = keeper.IndexInvariant(f.k)(f.ctx)
	require.False(f.t, broken, msg)
}

func (f *fixture) setEpoch(n int64) {
	id := f.k.GetParams(f.ctx).EpochIdentifier
	info, err := f.app.EpochsKeeper.GetEpochInfo(f.ctx, id)
	require.NoError(f.t, err)
	info.CurrentEpoch = n
	info.EpochCountingStarted = true
	require.NoError(f.t, f.app.EpochsKeeper.EpochInfo.Set(f.ctx, id, info))
}

func addr(name string) sdk.AccAddress { return testapp.AddrOf(name) }

func (f *fixture) fund(a sdk.AccAddress, amt sdkmath.Int) {
	coins := sdk.NewCoins(sdk.NewCoin("abtt", amt))
	// Test accounts are funded from the ecosystem growth fund, so the supply never changes.
	require.NoError(f.t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, tokenomics.EcosystemGrowthFundPool, a, coins))
}

func (f *fixture) balance(a sdk.AccAddress) sdkmath.Int {
	return f.app.BankKeeper.GetBalance(f.ctx, a, "abtt").Amount
}

func (f *fixture) moduleBalance(name string) sdkmath.Int {
	return f.balance(authtypes.NewModuleAddress(name))
}

func (f *fixture) burned() sdkmath.Int {
	b, err := f.app.EmissionsKeeper.Burned.Get(f.ctx)
	if err != nil {
		return sdkmath.ZeroInt()
	}
	return b
}

func devFund() string { return emissionstypes.DevelopmentFund }

func (f *fixture) registerModel(price sdkmath.Int) uint64 {
	f.t.Helper()
	res, err := f.ms.RegisterModel(f.ctx, &types.MsgRegisterModel{
		Authority: f.gov, Name: "caries-v1", OnnxSha256: make32(1), TaskType: "caries_detection",
		InputSpec: "png 1024x1024", OutputSpec: "boxes json", ComputeUnits: 10, PriceFloor: price,
		Canonicalization: "round-1e-3;json-sorted-keys;sha256",
	})
	require.NoError(f.t, err)
	return res.ModelId
}

func make32(seed byte) []byte {
	b := make([]byte, 32)
	for i := range b {
		b[i] = seed + byte(i)
	}
	return b
}

// worker is a scripted compute node.
type worker struct {
	addr sdk.AccAddress
	salt []byte
}

func (f *fixture) registerNode(name string, modelID uint64, capacity uint32, region string) worker {
	f.t.Helper()
	a := addr(name)
	f.fund(a, bttAmt(1_000))
	_, err := f.ms.RegisterNode(f.ctx, &types.MsgRegisterNode{
		Operator: a.String(), NodeClass: types.NodeClass_NODE_CLASS_HOME, Region: region, Hardware: "RTX 4090",
		EnergyClass: "A", X25519Pubkey: make32(7), Models: []types.ServedModel{{ModelId: modelID, Capacity: capacity}},
		Stake: bttAmt(100),
	})
	require.NoError(f.t, err)
	h := sha256.Sum256([]byte("salt" + name))
	return worker{addr: a, salt: h[:]}
}

func (f *fixture) commit(w worker, taskID uint64, output []byte) error {
	_, err := f.ms.CommitResult(f.ctx, &types.MsgCommitResult{Worker: w.addr.String(), TaskId: taskID,
		Commitment: keeper.Commitment(output, w.salt, w.addr)})
	return err
}

func (f *fixture) reveal(w worker, taskID uint64, output []byte) error {
	_, err := f.ms.RevealResult(f.ctx, &types.MsgRevealResult{Worker: w.addr.String(), TaskId: taskID, OutputHash: output, Salt: w.salt})
	return err
}

func (f *fixture) submit(client sdk.AccAddress, modelID uint64, k uint32, fee sdkmath.Int, urgency types.Urgency) (uint64, error) {
	res, err := f.ms.SubmitTask(f.ctx, &types.MsgSubmitTask{Client: client.String(), ModelId: modelID,
		InputSha256: make32(9), InputLocator: "ipfs://bafy-input", Urgency: urgency, Replication: k, MaxFee: fee})
	if err != nil {
		return 0, err
	}
	return res.TaskId, nil
}

func (f *fixture) task(id uint64) types.Task {
	t, err := f.k.Tasks.Get(f.ctx, id)
	require.NoError(f.t, err)
	return t
}

func (f *fixture) node(w worker) types.Node {
	n, err := f.k.Nodes.Get(f.ctx, w.addr)
	require.NoError(f.t, err)
	return n
}

func workerByAddr(ws []worker, a string) worker {
	for _, w := range ws {
		if w.addr.String() == a {
			return w
		}
	}
	panic(fmt.Sprintf("no worker %s", a))
}

func outputHash(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func sha256sum(b []byte) []byte { h := sha256.Sum256(b); return h[:] }

// allocationGenesis is the app's allocation genesis with one validator, at t0.
func allocationGenesis(t *testing.T, bttApp *app.BttApp) map[string]json.RawMessage {
	t.Helper()
	appState, _ := app.TestGenesisWithValidator(t, bttApp, testChainID, t0, time.Minute)
	return appState
}

type collectionsPair = collections.Pair[uint32, uint64]
