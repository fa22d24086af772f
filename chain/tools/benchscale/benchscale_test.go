// Package benchscale measures the per-block cost (BeginBlock + EndBlock of every module) of a
// full BttApp holding many compute nodes and queued tasks. It runs only with BENCH_SCALE=1
// (`make bench-scale`); the node counts are BENCH_SCALE_NODES (default 1000,10000,50000).
package benchscale_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/btt-chain/btt/chain/allocation"
	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

const (
	chainID    = "btt-bench-scale-1"
	tasks      = 10_000
	clients    = 100
	blocks     = 50
	blockTime  = time.Second
	epochLen   = 20 * time.Second // emissions / compute epoch: 2 boundaries in 50 blocks
	nodeStake  = 100
	taskMaxFee = 10_000
	minSlots   = 6_000
)

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

type result struct {
	nodes                        int
	genTime                      time.Duration
	mean, median, p95, max       float64 // ms
	steadyMean, boundaryMax      float64 // ms: mean of the blocks without an epoch boundary; max of those with one
	gasMean, gasMax, gasBoundary uint64
	boundaries, assigned, queued int
}

func btt(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }

func addr(kind string, i int) sdk.AccAddress {
	h := sha256.Sum256([]byte(kind + strconv.Itoa(i)))
	return sdk.AccAddress(h[:20])
}

func headerHash(h int64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(h))
	s := sha256.Sum256(b[:])
	return s[:]
}

func TestBenchScale(t *testing.T) {
	if os.Getenv("BENCH_SCALE") == "" {
		t.Skip("set BENCH_SCALE=1 (make bench-scale)")
	}
	counts := []int{1_000, 10_000, 50_000}
	if s := os.Getenv("BENCH_SCALE_NODES"); s != "" {
		counts = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			require.NoError(t, err)
			counts = append(counts, n)
		}
	}
	var results []result
	for _, n := range counts {
		r := run(t, n)
		t.Logf("nodes=%d done: generation %s, mean %.2f ms", n, r.genTime.Round(time.Second), r.mean)
		results = append(results, r)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n| nodes | queued tasks | blocks | mean ms | median ms | p95 ms | max ms | mean ms, non-boundary blocks | epoch-boundary block ms (max) | gas / block (mean) | gas / non-boundary block (max) | gas at boundary (max) |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d |\n",
			r.nodes, tasks, blocks, r.mean, r.median, r.p95, r.max, r.steadyMean, r.boundaryMax, r.gasMean, r.gasMax, r.gasBoundary)
	}
	for _, r := range results {
		fmt.Fprintf(&b, "\nnodes=%d: state generation %s; %d epoch boundaries; %d tasks assigned during the run, %d still queued\n",
			r.nodes, r.genTime.Round(time.Second), r.boundaries, r.assigned, r.queued)
	}
	fmt.Println(b.String())
}

func run(t *testing.T, nodes int) result {
	a := app.NewTestApp(t, baseapp.SetChainID(chainID))
	appState, _ := app.TestGenesisWithValidator(t, a, chainID, t0, epochLen)
	state, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = a.InitChain(&abci.RequestInitChain{ChainId: chainID, Time: t0, AppStateBytes: state,
		ConsensusParams: simtestutil.DefaultConsensusParams, InitialHeight: 1})
	require.NoError(t, err)
	_, err = a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: 1, Time: t0})
	require.NoError(t, err)
	_, err = a.Commit()
	require.NoError(t, err)

	// State generation in one block context, through the msg server (indexes kept by the keeper).
	start := time.Now()
	height := int64(2)
	now := t0.Add(blockTime)
	ctx := a.NewUncachedContext(false, cmtproto.Header{ChainID: chainID, Height: height, Time: now}).
		WithHeaderHash(headerHash(height)).WithGasMeter(storetypes.NewInfiniteGasMeter())
	_, err = a.BeginBlocker(ctx)
	require.NoError(t, err)
	ms := keeper.NewMsgServerImpl(a.ComputeKeeper)
	gov := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	res, err := ms.RegisterModel(ctx, &types.MsgRegisterModel{
		Authority: gov, Name: "caries-v1", OnnxSha256: bytes32(1), TaskType: "caries_detection",
		InputSpec: "png 1024x1024", OutputSpec: "boxes json", ComputeUnits: 10, PriceFloor: sdkmath.NewInt(1_000),
		Canonicalization: "round-1e-3;json-sorted-keys;sha256",
	})
	require.NoError(t, err)
	model := res.ModelId
	regions := []string{"CN-BJ", "CN-SH", "CN-GD", "US-CA", "DE-BE"}
	// Enough free slots in total for every block of the run to assign its full budget, whatever
	// the node count, so that each configuration does the same assignment work.
	capacity := uint32(max(1, (minSlots+nodes-1)/nodes))
	for i := 0; i < nodes; i++ {
		op := addr("node", i)
		fund(t, a, ctx, op, btt(nodeStake+1))
		_, err := ms.RegisterNode(ctx, &types.MsgRegisterNode{
			Operator: op.String(), NodeClass: types.NodeClass_NODE_CLASS_HOME, Region: regions[i%len(regions)],
			Hardware: "RTX 4090", EnergyClass: "A", X25519Pubkey: bytes32(7),
			Models: []types.ServedModel{{ModelId: model, Capacity: capacity}}, Stake: btt(nodeStake),
		})
		require.NoError(t, err)
	}
	for c := 0; c < clients; c++ {
		fund(t, a, ctx, addr("client", c), btt(1))
	}
	for i := 0; i < tasks; i++ {
		_, err := ms.SubmitTask(ctx, &types.MsgSubmitTask{Client: addr("client", i%clients).String(), ModelId: model,
			InputSha256: bytes32(9), InputLocator: "ipfs://bafy-input", Urgency: types.Urgency(1 + i%3),
			Replication: 1, MaxFee: sdkmath.NewInt(taskMaxFee)})
		require.NoError(t, err)
	}
	_, err = a.EndBlocker(ctx)
	require.NoError(t, err)
	a.CommitMultiStore().Commit()
	genTime := time.Since(start)

	epochOf := func(ctx sdk.Context) int64 { return a.ComputeKeeper.CurrentEpoch(ctx) }
	var durs, steady []float64
	var gsum uint64
	r := result{nodes: nodes, genTime: genTime}
	for b := 0; b < blocks; b++ {
		height++
		now = now.Add(blockTime)
		// Like FinalizeBlock: the block works on a cache of the committed store, written at commit.
		cms := a.CommitMultiStore().CacheMultiStore()
		ctx := a.NewUncachedContext(false, cmtproto.Header{ChainID: chainID, Height: height, Time: now}).
			WithMultiStore(cms).WithHeaderHash(headerHash(height)).WithGasMeter(storetypes.NewInfiniteGasMeter()).
			WithEventManager(sdk.NewEventManager())
		before := epochOf(ctx)
		s := time.Now()
		_, err := a.BeginBlocker(ctx)
		require.NoError(t, err)
		mid := time.Since(s)
		_, err = a.EndBlocker(ctx)
		require.NoError(t, err)
		d := float64(time.Since(s).Microseconds()) / 1000
		if os.Getenv("BENCH_SCALE_VERBOSE") != "" {
			t.Logf("block %d epoch %d: begin %.2f ms, total %.2f ms, gas %d", height, epochOf(ctx), float64(mid.Microseconds())/1000, d, ctx.GasMeter().GasConsumed())
		}
		gas := ctx.GasMeter().GasConsumed()
		durs = append(durs, d)
		gsum += gas
		if epochOf(ctx) != before {
			r.boundaries++
			r.boundaryMax = max(r.boundaryMax, d)
			r.gasBoundary = max(r.gasBoundary, gas)
		} else {
			steady = append(steady, d)
			r.gasMax = max(r.gasMax, gas)
		}
		cms.Write()
		a.CommitMultiStore().Commit()
	}
	require.Positive(t, r.boundaries, "no epoch boundary in the run")
	sorted := append([]float64(nil), durs...)
	sort.Float64s(sorted)
	mean := func(xs []float64) float64 {
		var sum float64
		for _, x := range xs {
			sum += x
		}
		return sum / float64(len(xs))
	}
	r.mean, r.steadyMean = mean(durs), mean(steady)
	r.median = sorted[len(sorted)/2]
	r.p95 = sorted[(len(sorted)*95+99)/100-1]
	r.max = sorted[len(sorted)-1]
	r.gasMean = gsum / uint64(len(durs))
	ctx = a.NewUncachedContext(false, cmtproto.Header{ChainID: chainID, Height: height, Time: now})
	for i := uint64(1); i <= tasks; i++ {
		tk, err := a.ComputeKeeper.Tasks.Get(ctx, i)
		if err != nil {
			continue
		}
		if tk.Status == types.TaskStatus_TASK_STATUS_QUEUED {
			r.queued++
		} else {
			r.assigned++
		}
	}
	return r
}

func fund(t *testing.T, a *app.BttApp, ctx sdk.Context, to sdk.AccAddress, amt sdkmath.Int) {
	require.NoError(t, a.BankKeeper.SendCoinsFromModuleToAccount(ctx, allocation.EcosystemGrowthFundPool, to,
		sdk.NewCoins(sdk.NewCoin(allocation.BaseDenom, amt))))
}

func bytes32(seed byte) []byte {
	b := make([]byte, 32)
	for i := range b {
		b[i] = seed + byte(i)
	}
	return b
}
