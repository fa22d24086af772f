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

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

const (
	chainID    = "btt-bench-scale-1"
	tasks      = 10_000
	clients    = 100
	minBlocks  = 50
	maxBlocks  = 600
	blockTime  = time.Second
	epochLen   = 20 * time.Second // emissions / compute epoch: a boundary every 20 blocks
	nodeStake  = 100
	taskMaxFee = 10_000
	minSlots   = 6_000
)

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

type result struct {
	nodes                        int
	genTime                      time.Duration
	blocks                       int
	mean, median, p95, max       float64 // ms, all blocks
	otherMean, payoutMean        float64 // ms: blocks without / with an emissions payout step
	payoutMedian, payoutMax      float64 // ms
	gasMean, gasOther, gasPayout uint64  // mean of all blocks; max without / with a payout step
	boundaries, assigned, queued int
	payoutBlocks                 int // blocks the first epoch's payout (every node) took
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
	fmt.Fprintf(&b, "\n| nodes | queued tasks | blocks | mean ms | median ms | p95 ms | max ms | mean ms, blocks without payout | mean / median / max ms, payout blocks | gas / block (mean) | gas, blocks without payout (max) | gas, payout blocks (max) | blocks to pay every node |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f / %.2f / %.2f | %d | %d | %d | %d |\n",
			r.nodes, tasks, r.blocks, r.mean, r.median, r.p95, r.max, r.otherMean, r.payoutMean, r.payoutMedian, r.payoutMax,
			r.gasMean, r.gasOther, r.gasPayout, r.payoutBlocks)
	}
	for _, r := range results {
		fmt.Fprintf(&b, "\nnodes=%d: state generation %s; %d epoch boundaries; at the end %d tasks out of the queue (assigned or finished), %d queued\n",
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
	payoutsPending := func(ctx sdk.Context) bool {
		it, err := a.EmissionsKeeper.Payouts.Iterate(ctx, nil)
		require.NoError(t, err)
		defer it.Close()
		return it.Valid()
	}
	firstPaid := func(ctx sdk.Context) bool {
		has, err := a.EmissionsKeeper.EpochRewards.Has(ctx, 1)
		require.NoError(t, err)
		return has
	}
	var durs, other, payout []float64
	var firstBoundary int64
	var gsum uint64
	r := result{nodes: nodes, genTime: genTime}
	// Run at least minBlocks, and on until the first epoch (all nodes registered in it, so
	// all have a record) is paid: its payout is spread over blocks.
	for b := 0; b < maxBlocks && (b < minBlocks || !firstPaid(a.NewUncachedContext(false, cmtproto.Header{Height: height}))); b++ {
		height++
		now = now.Add(blockTime)
		// Like FinalizeBlock: the block works on a cache of the committed store, written at commit.
		cms := a.CommitMultiStore().CacheMultiStore()
		ctx := a.NewUncachedContext(false, cmtproto.Header{ChainID: chainID, Height: height, Time: now}).
			WithMultiStore(cms).WithHeaderHash(headerHash(height)).WithGasMeter(storetypes.NewInfiniteGasMeter()).
			WithEventManager(sdk.NewEventManager())
		before := epochOf(ctx)
		paying := payoutsPending(ctx)
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
			if firstBoundary == 0 {
				firstBoundary = height
			}
		}
		// A payout step ran if a payout was pending or the epoch ended in this block.
		if paying || epochOf(ctx) != before {
			payout = append(payout, d)
			r.gasPayout = max(r.gasPayout, gas)
		} else {
			other = append(other, d)
			r.gasOther = max(r.gasOther, gas)
		}
		if r.payoutBlocks == 0 && firstPaid(ctx) {
			r.payoutBlocks = int(height - firstBoundary + 1)
		}
		cms.Write()
		a.CommitMultiStore().Commit()
	}
	r.blocks = len(durs)
	require.Positive(t, r.payoutBlocks, "the first epoch was not paid within %d blocks", maxBlocks)
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
	r.mean, r.otherMean, r.payoutMean = mean(durs), mean(other), mean(payout)
	sortedPayout := append([]float64(nil), payout...)
	sort.Float64s(sortedPayout)
	r.payoutMedian, r.payoutMax = sortedPayout[len(sortedPayout)/2], sortedPayout[len(sortedPayout)-1]
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
	require.NoError(t, a.BankKeeper.SendCoinsFromModuleToAccount(ctx, tokenomics.EcosystemGrowthFundPool, to,
		sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, amt))))
}

func bytes32(seed byte) []byte {
	b := make([]byte, 32)
	for i := range b {
		b[i] = seed + byte(i)
	}
	return b
}
