package keeper_test

// Issue 14 hardening: batch spam bounds (fee rule, open-batch cap, minimum bridge fee, bounded auto-batcher)
// and batch timeouts projected over a quiet Ethereum.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	storetypes "cosmossdk.io/store/types"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

func (f *fixture) setParams(mut func(p *types.Params)) {
	f.t.Helper()
	p := f.k.GetParams(f.ctx)
	mut(&p)
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(f.t, err)
}

// bootstrapped is setup with the params changed by mut, then bootstrap (an Ethereum height observed).
func bootstrapped(t *testing.T, mut func(p *types.Params)) *fixture {
	f := setup(t)
	if mut != nil {
		f.setParams(mut)
	}
	f.bootstrap()
	return f
}

func (f *fixture) send(from sdk.AccAddress, denom string, amt, fee sdkmath.Int) error {
	_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: from.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin(denom, amt), BridgeFee: sdk.NewCoin(denom, fee)})
	return err
}

func (f *fixture) openBatches() []types.OutgoingBatch {
	f.t.Helper()
	r, err := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	require.NoError(f.t, err)
	return r.Batches
}

// endBlockGas runs x/bridge's EndBlocker with a fresh gas meter and returns the store gas it used: a
// deterministic measure of the per-block work.
func (f *fixture) endBlockGas() uint64 {
	f.t.Helper()
	ctx := f.ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	require.NoError(f.t, f.k.EndBlocker(ctx))
	gas := ctx.GasMeter().GasConsumed()
	f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1).WithBlockTime(f.ctx.BlockTime().Add(5 * time.Second))
	return gas
}

// One account loops "send the minimum fee, request a batch": the open batches, the confirms a validator owes
// and the per-block work stay bounded whatever the number of rounds.
func TestBatchSpamIsBounded(t *testing.T) {
	f := bootstrapped(t, func(p *types.Params) {
		p.MinBridgeFees = sdk.NewCoins(sdk.NewCoin("abtt", types.DefaultMinBridgeFeeAbtt))
		p.MaxOpenBatchesPerToken = 3
		p.AutoBatchBlocks = 1
	})
	spammer := addr("spammer")
	f.fund(spammer, bttAmt(1000))
	minFee := types.DefaultMinBridgeFeeAbtt

	made, refusedFee, refusedCap := 0, 0, 0
	spam := func(rounds int) {
		for i := 0; i < rounds; i++ {
			require.NoError(t, f.send(spammer, "abtt", sdkmath.OneInt(), minFee))
			_, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: spammer.String(), Denom: "abtt"})
			switch {
			case err == nil:
				made++
			case types.ErrBatchNotProfitable.Is(err):
				refusedFee++
			case types.ErrTooManyOpenBatches.Is(err):
				refusedCap++
			default:
				t.Fatalf("unexpected error: %v", err)
			}
		}
	}
	spam(20)
	gasSmall := f.endBlockGas()
	spam(180)
	gasLarge := f.endBlockGas()

	// Batches need strictly growing fees: 1, then 2, then 3 transfers' worth; then the cap holds.
	require.Equal(t, 3, made)
	require.Positive(t, refusedFee)
	require.Positive(t, refusedCap)
	bs := f.openBatches()
	require.Len(t, bs, 3)
	for i, b := range bs {
		require.Equal(t, minFee.MulRaw(int64(i+1)), b.TotalFees())
	}
	// the validator owes confirms for at most max_open_batches_per_token batches of the token
	owed, err := f.q.PendingBatchConfirms(f.ctx, &types.QueryPendingBatchConfirmsRequest{Orchestrator: f.vals[0].orch.String()})
	require.NoError(t, err)
	require.Len(t, owed.Batches, 3)
	// 194 transfers wait in the pool; the end block's work did not grow with them (no batch walk over the pool,
	// the auto-batcher seeks the fee index once per token).
	pending := 0
	require.NoError(t, f.k.Pending.Walk(f.ctx, nil, func(uint64, types.OutgoingTransfer) (bool, error) {
		pending++
		return false, nil
	}))
	require.Equal(t, 200-1-2-3, pending)
	t.Logf("end block gas with 14 pending: %d, with 194 pending: %d", gasSmall, gasLarge)
	require.LessOrEqual(t, gasLarge, gasSmall+gasSmall/10)
	f.checkInvariant()
	f.allInvariants()
}

func TestRequestBatchFeeRule(t *testing.T) {
	f := bootstrapped(t, nil)
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.NewInt(50)))
	_, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)

	// equal fees: refused, nothing changes
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.NewInt(50)))
	before := f.exportState()
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	f.refused(before, err, types.ErrBatchNotProfitable)
	require.Contains(t, err.Error(), "do not exceed 50")

	// strictly more: accepted
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.NewInt(1)))
	r, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	require.Equal(t, uint64(2), r.BatchNonce)
	require.Len(t, f.openBatches(), 2)

	// the rule is per token: a voucher's first batch does not compete with wBTT's
	bob := addr("bob")
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(1000), bob.String()) })
	require.NoError(t, f.send(bob, types.VoucherDenom(usdcAddr), sdkmath.NewInt(10), sdkmath.ZeroInt()))
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: bob.String(), Denom: types.VoucherDenom(usdcAddr)})
	require.NoError(t, err)
	f.checkInvariant()
}

func TestRequestBatchOpenCap(t *testing.T) {
	f := bootstrapped(t, func(p *types.Params) { p.MaxOpenBatchesPerToken = 1 })
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.NewInt(1)))
	_, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	// far higher fees, but the cap is reached: refused, nothing changes
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), bttAmt(5)))
	before := f.exportState()
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	f.refused(before, err, types.ErrTooManyOpenBatches)
	require.Contains(t, err.Error(), "max_open_batches_per_token 1")
	// once the open batch executes, the next one is made
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.executed(n, wbttAddr, 1) })
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	f.checkInvariant()
}

func TestSendToEthereumMinimumFee(t *testing.T) {
	f := bootstrapped(t, func(p *types.Params) {
		p.MinBridgeFees = sdk.NewCoins(sdk.NewCoin("abtt", sdkmath.NewInt(1000)), sdk.NewCoin(types.VoucherDenom(usdcAddr), sdkmath.NewInt(7)))
	})
	alice, bob := addr("alice"), addr("bob")
	f.fund(alice, bttAmt(10))
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(1000), bob.String()) })

	before := f.exportState()
	balance := f.balance(alice, "abtt")
	err := f.send(alice, "abtt", bttAmt(1), sdkmath.NewInt(999))
	f.refused(before, err, types.ErrBridgeFeeTooLow)
	require.Contains(t, err.Error(), "below params.min_bridge_fees 1000abtt")
	require.Equal(t, balance, f.balance(alice, "abtt"))
	err = f.send(bob, types.VoucherDenom(usdcAddr), sdkmath.NewInt(10), sdkmath.NewInt(6))
	f.refused(before, err, types.ErrBridgeFeeTooLow)
	require.Equal(t, sdkmath.NewInt(1000), f.balance(bob, types.VoucherDenom(usdcAddr)))

	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.NewInt(1000)))
	require.NoError(t, f.send(bob, types.VoucherDenom(usdcAddr), sdkmath.NewInt(10), sdkmath.NewInt(7)))
	f.checkInvariant()
}

// The auto-batcher looks at no more than auto_batch_max_tokens tokens with pending transfers per run, round robin.
func TestAutoBatchBoundedRoundRobin(t *testing.T) {
	f := bootstrapped(t, func(p *types.Params) { p.AutoBatchMaxTokens = 2 })
	bob := addr("bob")
	f.fund(bob, bttAmt(10))
	tokens := []string{
		"0x5000000000000000000000000000000000000001", "0x5000000000000000000000000000000000000002",
		"0x5000000000000000000000000000000000000003", "0x5000000000000000000000000000000000000004",
	}
	for _, tok := range tokens {
		f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, tok, sdkmath.NewInt(100), bob.String()) })
		require.NoError(t, f.send(bob, types.VoucherDenom(tok), sdkmath.NewInt(10), sdkmath.ZeroInt()))
	}
	require.NoError(t, f.send(bob, "abtt", bttAmt(1), sdkmath.ZeroInt()))
	// five tokens with pending transfers (wBTT and four vouchers), also a voucher with none (usdc never sent)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(100), bob.String()) })

	counts := []int{}
	for run := 0; run < 3; run++ {
		require.NoError(t, f.k.AutoBatch(f.ctx))
		counts = append(counts, len(f.openBatches()))
	}
	require.Equal(t, []int{2, 4, 5}, counts)
	seen := map[string]bool{}
	for _, b := range f.openBatches() {
		require.False(t, seen[b.TokenContract])
		seen[b.TokenContract] = true
	}
	require.Len(t, seen, 5)
	// nothing pending: a run changes nothing
	before := f.exportState()
	require.NoError(t, f.k.AutoBatch(f.ctx))
	require.Equal(t, before, f.exportState())
	f.checkInvariant()
}

// After a long quiet spell (no Ethereum event observed for a day) a new batch's timeout counts from the
// projected Ethereum height, not the stale observed one; timeouts themselves still use the observed height.
func TestBatchTimeoutAfterQuietSpell(t *testing.T) {
	f := bootstrapped(t, nil)
	observed := f.k.ProjectedEthereumHeight(f.ctx)
	require.Equal(t, f.ethH, observed)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.ZeroInt()))

	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(24 * time.Hour))
	p := f.k.GetParams(f.ctx)
	wantEth := observed + uint64(24*time.Hour/p.EthereumBlockTime) // 7200 blocks of 12 s
	require.Equal(t, wantEth, f.k.ProjectedEthereumHeight(f.ctx))
	_, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	b := f.openBatches()[0]
	require.Equal(t, wantEth+p.BatchTimeoutEthereumBlocks, b.Timeout)
	// the old rule would have given observed + 600, already passed on Ethereum (observed + 7200)
	require.Less(t, observed+p.BatchTimeoutEthereumBlocks, wantEth)

	// BTT's end block does not time it out on the projection
	f.endBlock()
	require.Len(t, f.openBatches(), 1)
	// an observed event past the timeout does
	f.ethH = b.Timeout
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(1), alice.String()) })
	f.endBlock()
	require.Empty(t, f.openBatches())
	// the observation restarts the projection at the new height
	require.Equal(t, f.ethH+uint64(5*time.Second/p.EthereumBlockTime), f.k.ProjectedEthereumHeight(f.ctx))

	// with ethereum_block_time 0 there is no projection
	f.setParams(func(p *types.Params) { p.EthereumBlockTime = 0 })
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(time.Hour))
	require.Equal(t, f.ethH, f.k.ProjectedEthereumHeight(f.ctx))

	// the observation time round-trips through genesis
	gs := f.exportState()
	require.False(t, gs.LastObservedEthereumHeightTime.IsZero())
	require.NoError(t, gs.Validate())
	f.checkInvariant()
}
