package keeper_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// dotEndBlockGas runs the whole x/bridge end block (Ethereum and Polkadot steps) with a fresh gas meter and
// returns the store gas it used, then moves to the next block.
func (f *fixture) dotEndBlockGas() uint64 {
	f.t.Helper()
	ctx := f.ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	require.NoError(f.t, f.k.EndBlocker(ctx))
	require.NoError(f.t, f.k.PolkadotEndBlocker(ctx))
	f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1).WithBlockTime(f.ctx.BlockTime().Add(5e9))
	return ctx.GasMeter().GasConsumed()
}

func (f *fixture) setDotParams(edit func(p *types.PolkadotParams)) {
	f.t.Helper()
	p := f.k.GetParams(f.ctx)
	edit(&p.Polkadot)
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(f.t, err)
}

func (f *fixture) sendDot(from sdk.AccAddress, amt, fee sdkmath.Int) (*types.MsgSendToPolkadotResponse, error) {
	return f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: from.String(), Destination: aliceSS58,
		Amount: sdk.NewCoin(types.PolkadotVoucherDenom, amt), Fee: sdk.NewCoin(types.PolkadotVoucherDenom, fee)})
}

// dotIndexes dumps the pending-withdrawal indexes (not in the exported genesis: derived).
func (f *fixture) dotIndexes() string {
	f.t.Helper()
	s := f.k.Polkadot
	var b strings.Builder
	fmt.Fprintf(&b, "count=%d;", func() uint64 { n, _ := s.PendingCount.Get(f.ctx); return n }())
	require.NoError(f.t, s.PendingByTimeout.Walk(f.ctx, nil, func(k collections.Pair[int64, uint64]) (bool, error) {
		fmt.Fprintf(&b, "t%d/%d;", k.K1(), k.K2())
		return false, nil
	}))
	require.NoError(f.t, s.Reserved.Walk(f.ctx, nil, func(id uint64, r sdkmath.Int) (bool, error) {
		fmt.Fprintf(&b, "r%d=%s;", id, r)
		return false, nil
	}))
	require.NoError(f.t, s.Migrating.Walk(f.ctx, nil, func(c, id uint64) (bool, error) {
		fmt.Fprintf(&b, "m%d=%d;", c, id)
		return false, nil
	}))
	require.NoError(f.t, s.PendingBySender.Walk(f.ctx, nil, func(a string, n uint64) (bool, error) {
		fmt.Fprintf(&b, "s%s=%d;", a, n)
		return false, nil
	}))
	return b.String()
}

func (f *fixture) feeCollectorWnd() sdkmath.Int {
	return f.wndBalance(authtypes.NewModuleAddress(authtypes.FeeCollectorName))
}

// pendingGas makes n withdrawals (none due for a long time) on a fresh chain and returns the gas of the next
// end block.
func pendingGas(t *testing.T, n int) uint64 {
	f := setup(t)
	f.setDotParams(func(p *types.PolkadotParams) {
		p.WithdrawalTimeoutBlocks = 100_000
		p.MaxPendingWithdrawals, p.MaxPendingWithdrawalsPerSender = 1000, 1000
	})
	c := f.dotBootstrap()
	user := addr("spammer")
	_, err := f.dotDeposit(f.vals[0], 1, c.Id, wnd(int64(20*n+1000)), user.String())
	require.NoError(t, err)
	for i := 0; i < n; i++ {
		_, err := f.sendDot(user, wnd(10), sdkmath.ZeroInt())
		require.NoError(t, err)
	}
	f.dotEndBlockGas() // the block of the withdrawals
	gas := f.dotEndBlockGas()
	f.checkDot()
	return gas
}

// The end block's work does not grow with the pending withdrawals (before the timeout index it walked them all:
// 80,934 gas with 10 pending, 2,511,273 with 500).
func TestPolkadotEndBlockGasFlat(t *testing.T) {
	small, large := pendingGas(t, 10), pendingGas(t, 500)
	t.Logf("end block gas: %d with 10 pending withdrawals, %d with 500", small, large)
	// the only difference allowed: the reserved sum's decimal bytes (a few gas per byte)
	require.InDelta(t, float64(small), float64(large), 30)
}

// A MsgSendToPolkadot's cost does not grow with the pending withdrawals either (payingCustody reads the
// reserved index).
func TestPolkadotSendGasFlat(t *testing.T) {
	f := setup(t)
	f.setDotParams(func(p *types.PolkadotParams) { p.MaxPendingWithdrawals, p.MaxPendingWithdrawalsPerSender = 1000, 1000 })
	c := f.dotBootstrap()
	user := addr("spammer")
	_, err := f.dotDeposit(f.vals[0], 1, c.Id, wnd(20_000), user.String())
	require.NoError(t, err)
	gasAt := map[int]uint64{}
	for i := 1; i <= 300; i++ {
		ctx := f.ctx
		f.ctx = ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
		_, err := f.sendDot(user, wnd(10), sdkmath.ZeroInt())
		require.NoError(t, err)
		gasAt[i] = f.ctx.GasMeter().GasConsumed()
		f.ctx = ctx
	}
	t.Logf("MsgSendToPolkadot gas: %d (withdrawal 10), %d (withdrawal 300)", gasAt[10], gasAt[300])
	require.InDelta(t, float64(gasAt[10]), float64(gasAt[300]), 100)
}

// The caps refuse the (cap+1)th pending withdrawal, of a sender and of all, with nothing changed; a finished
// withdrawal frees its slot; migrations are not counted.
func TestPolkadotPendingCaps(t *testing.T) {
	f := setup(t)
	f.setDotParams(func(p *types.PolkadotParams) { p.MaxPendingWithdrawals, p.MaxPendingWithdrawalsPerSender = 5, 3 })
	c := f.dotBootstrap()
	a, b := addr("dot-a"), addr("dot-b")
	_, err := f.dotDeposit(f.vals[0], 1, c.Id, wnd(1000), a.String())
	require.NoError(t, err)
	_, err = f.dotDeposit(f.vals[0], 2, c.Id, wnd(1000), b.String())
	require.NoError(t, err)
	refused := func(from sdk.AccAddress, want error) {
		t.Helper()
		before, idx, bal := f.exportState(), f.dotIndexes(), f.wndBalance(from)
		_, err := f.sendDot(from, wnd(10), sdkmath.ZeroInt())
		require.ErrorIs(t, err, want)
		require.Equal(t, before, f.exportState())
		require.Equal(t, idx, f.dotIndexes())
		require.Equal(t, bal, f.wndBalance(from))
	}
	var ids []uint64
	for i := 0; i < 3; i++ {
		r, err := f.sendDot(a, wnd(10), sdkmath.ZeroInt())
		require.NoError(t, err)
		ids = append(ids, r.WithdrawalId)
	}
	refused(a, types.ErrTooManyPendingPolkadotOfSender) // a's 4th
	for i := 0; i < 2; i++ {
		_, err := f.sendDot(b, wnd(10), sdkmath.ZeroInt())
		require.NoError(t, err)
	}
	refused(b, types.ErrTooManyPendingPolkadot) // the 6th of all
	f.checkDot()
	require.Contains(t, f.dotIndexes(), "count=5;")
	// one of a's executes: a may send again (and that fills the global cap again)
	_, err = f.dotExecuted(f.vals[0], 3, ids[0], true)
	require.NoError(t, err)
	_, err = f.sendDot(a, wnd(10), sdkmath.ZeroInt())
	require.NoError(t, err)
	refused(b, types.ErrTooManyPendingPolkadot)
	f.checkDot()
	f.allInvariants()
}

// The fee: at least min_withdrawal_fee, bridge/dot/wnd, paid on top of the amount to the fee collector, never
// refunded; the amount alone is burned and refunded at timeout.
func TestPolkadotWithdrawalFee(t *testing.T) {
	f := setup(t)
	minFee := types.DefaultMinPolkadotWithdrawalFee // 0.01 WND
	f.setDotParams(func(p *types.PolkadotParams) { p.MinWithdrawalFee, p.WithdrawalTimeoutBlocks = minFee, 3 })
	c := f.dotBootstrap()
	user := addr("dot-user")
	_, err := f.dotDeposit(f.vals[0], 1, c.Id, wnd(200), user.String())
	require.NoError(t, err)
	_, err = f.dotDeposit(f.vals[0], 2, c.Id, wnd(100), addr("other").String()) // the custody can pay 195 and keep the ED
	require.NoError(t, err)
	supply := func() sdkmath.Int { return f.app.BankKeeper.GetSupply(f.ctx, types.PolkadotVoucherDenom).Amount }

	before, idx := f.exportState(), f.dotIndexes()
	for _, tc := range []struct {
		fee  sdk.Coin
		want error
	}{
		{sdk.NewCoin(types.PolkadotVoucherDenom, minFee.SubRaw(1)), types.ErrPolkadotWithdrawalFeeTooLow},
		{sdk.Coin{}, types.ErrPolkadotWithdrawalFeeTooLow}, // an old client that sets no fee
		{sdk.NewCoin("abtt", minFee), types.ErrInvalidTransfer},
		{sdk.Coin{Denom: types.PolkadotVoucherDenom, Amount: sdkmath.NewInt(-1)}, types.ErrInvalidTransfer},
		// 200 WND-milli held: 195 + the fee (10) is more
		{sdk.NewCoin(types.PolkadotVoucherDenom, minFee), types.ErrInsufficientFunds},
	} {
		amt := wnd(100)
		if tc.want == types.ErrInsufficientFunds {
			amt = wnd(195)
		}
		_, err := f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58,
			Amount: sdk.NewCoin(types.PolkadotVoucherDenom, amt), Fee: tc.fee})
		require.ErrorIs(t, err, tc.want, "%+v", tc.fee)
		require.Equal(t, before, f.exportState())
		require.Equal(t, idx, f.dotIndexes())
		require.Equal(t, wnd(200), f.wndBalance(user))
		require.True(t, f.feeCollectorWnd().IsZero())
	}

	// 100 + the minimum fee: the user pays 110, the fee collector gets 10, 100 are burned
	r, err := f.sendDot(user, wnd(100), minFee)
	require.NoError(t, err)
	require.Equal(t, wnd(90), f.wndBalance(user))
	require.Equal(t, minFee, f.feeCollectorWnd())
	require.Equal(t, wnd(200), supply())
	w := f.withdrawal(r.WithdrawalId)
	require.Equal(t, minFee, w.Fee)
	require.Equal(t, wnd(100), w.Amount)
	f.checkDot()

	// a higher fee is accepted; it all goes to the fee collector
	r2, err := f.sendDot(user, wnd(10), wnd(20))
	require.NoError(t, err)
	require.Equal(t, wnd(60), f.wndBalance(user))
	require.Equal(t, minFee.Add(wnd(20)), f.feeCollectorWnd())
	f.checkDot()

	// both time out: the amounts come back exactly, the fees do not
	for f.ctx.BlockHeight() <= f.withdrawal(r2.WithdrawalId).TimeoutHeight {
		f.endBlock()
	}
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT, f.withdrawal(r.WithdrawalId).Status)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT, f.withdrawal(r2.WithdrawalId).Status)
	require.Equal(t, wnd(170), f.wndBalance(user))
	require.Equal(t, minFee.Add(wnd(20)), f.feeCollectorWnd())
	require.Equal(t, "count=0;", f.dotIndexes())
	f.checkDot()
	f.allInvariants()
}

// Withdrawals made under different timeouts each time out in exactly their block (the timeout index is ordered
// by height, not id), refunded exactly; a genesis export/import rebuilds the same indexes, migration included.
func TestPolkadotTimeoutIndexAndGenesis(t *testing.T) {
	f := setup(t)
	f.setDotParams(func(p *types.PolkadotParams) { p.WithdrawalTimeoutBlocks = 20 })
	c := f.dotBootstrap()
	user := addr("dot-user")
	_, err := f.dotDeposit(f.vals[0], 1, c.Id, wnd(1000), user.String())
	require.NoError(t, err)
	late, err := f.sendDot(user, wnd(100), sdkmath.ZeroInt()) // times out at h+20
	require.NoError(t, err)
	f.setDotParams(func(p *types.PolkadotParams) { p.WithdrawalTimeoutBlocks = 5 })
	early, err := f.sendDot(user, wnd(50), sdkmath.ZeroInt()) // a higher id, times out at h+5
	require.NoError(t, err)
	require.Less(t, f.withdrawal(early.WithdrawalId).TimeoutHeight, f.withdrawal(late.WithdrawalId).TimeoutHeight)

	f.setDotParams(func(p *types.PolkadotParams) { p.WithdrawalTimeoutBlocks = 50 }) // the migration outlives both

	// a second validator with a Polkadot key takes over: custody 2, and custody 1's free planck migrates
	v1 := f.addValidator("v1", 100_000)
	f.registerDot(v1, "v1")
	f.endBlock()
	f.endBlock()
	require.Equal(t, uint64(2), f.custody(0).Id)
	pend, err := f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
	require.NoError(t, err)
	require.Len(t, pend.Withdrawals, 3)
	mig := pend.Withdrawals[2]
	require.Equal(t, types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION, mig.Kind)
	require.Equal(t, wnd(850), mig.Amount) // 1000 less the two pending withdrawals
	f.checkDot()
	require.Contains(t, f.dotIndexes(), fmt.Sprintf("m1=%d;", mig.Id))
	require.Contains(t, f.dotIndexes(), "count=2;")

	// genesis round trip: the indexes are rebuilt the same
	gs := f.exportState()
	require.NoError(t, gs.Validate())
	g := setup(t)
	require.NoError(t, g.k.InitGenesis(g.ctx, *gs))
	require.Equal(t, f.dotIndexes(), g.dotIndexes())
	require.NoError(t, g.k.CheckPolkadotPendingIndexes(g.ctx))

	for f.ctx.BlockHeight() < f.withdrawal(early.WithdrawalId).TimeoutHeight {
		require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING, f.withdrawal(early.WithdrawalId).Status)
		f.endBlock()
	}
	f.endBlock()
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT, f.withdrawal(early.WithdrawalId).Status)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING, f.withdrawal(late.WithdrawalId).Status)
	require.Equal(t, wnd(900), f.wndBalance(user))
	f.checkDot()

	// the migration executes: custody 2 holds it; the late withdrawal still times out on its own
	_, err = f.dotExecuted(f.vals[0], 2, mig.Id, true)
	require.NoError(t, err)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED, f.withdrawal(mig.Id).Status)
	require.True(t, wnd(850).Equal(f.custody(2).Balance))
	require.NotContains(t, f.dotIndexes(), "m1=")
	f.checkDot()
	for f.ctx.BlockHeight() <= f.withdrawal(late.WithdrawalId).TimeoutHeight {
		f.endBlock()
	}
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT, f.withdrawal(late.WithdrawalId).Status)
	require.Equal(t, wnd(1000), f.wndBalance(user))
	f.checkDot()
	f.allInvariants()
}
