package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// Every trade pays at least 1 abtt of fee when the fee rate is positive: the fee rounds up.
func TestTradeFeeRoundsUp(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	alice := addr("alice")
	f.fund(alice, bttAmt(1))
	f.credential(ac, alice, 24*time.Hour)
	f.mustPlace(ac.clinic, id, sell, 1, 100) // 100 shares at 1 abtt: notional 100 abtt, 0.2% = 0.2 abtt
	clinicBefore := f.balance(ac.clinic, "abtt")
	burnedBefore, devBefore := f.burned(), f.balance(devFundAddr(), "abtt")
	res := f.mustPlace(alice, id, buy, 1, 100)
	require.Equal(t, uint64(100), res.Filled)
	trades, err := f.q.Trades(f.ctx, &types.QueryTradesRequest{AssetId: id})
	require.NoError(t, err)
	require.Len(t, trades.Trades, 1)
	require.Equal(t, sdkmath.OneInt(), trades.Trades[0].Fee, "ceil(0.2) = 1 abtt")
	require.Equal(t, clinicBefore.AddRaw(99), f.balance(ac.clinic, "abtt"))
	paid := f.burned().Sub(burnedBefore).Add(f.balance(devFundAddr(), "abtt").Sub(devBefore))
	require.Equal(t, sdkmath.OneInt(), paid, "burned + development fund == fee")
	f.checkInvariants()
}

// wall rests n 1-share asks at price from an account whose credential then lapses.
func (f *fixture) wall(ac actors, id uint64, n int, price int64) sdk.AccAddress {
	f.t.Helper()
	waller := addr("waller")
	f.credential(ac, waller, time.Hour)
	require.NoError(f.t, f.app.BankKeeper.SendCoins(f.ctx, ac.clinic, waller, sdk.NewCoins(sdk.NewInt64Coin(types.ShareDenom(id), int64(n)))))
	for i := 0; i < n; i++ {
		f.mustPlace(waller, id, sell, price, 1)
	}
	return waller
}

func (f *fixture) restingOf(owner sdk.AccAddress) int {
	f.t.Helper()
	res, err := f.q.Orders(f.ctx, &types.QueryOrdersRequest{Owner: owner.String()})
	require.NoError(f.t, err)
	return len(res.Orders)
}

// A taker pays for a bounded number of lapsed makers: the order stops cleanly (its remainder refunded,
// the book not crossed), the cancellations it paid for stick, and the next orders get through the wall.
func TestLapsedWallBoundsTakerWork(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	const n = 150
	waller := f.wall(ac, id, n, 1e15)
	f.mustPlace(ac.clinic, id, sell, 2e15, 10) // real liquidity behind the wall
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	f.credential(ac, alice, 365*24*time.Hour)
	f.advance(2 * time.Hour) // the waller's credential lapses

	before := f.balance(alice, "abtt")
	var res *types.MsgPlaceOrderResponse
	require.NoError(t, f.inTx(func() error { var err error; res, err = f.place(alice, id, buy, 2e15, 10); return err }))
	require.Equal(t, uint64(0), res.Filled)
	require.Equal(t, uint64(0), res.Remaining, "a stopped taker does not rest across the book")
	require.Equal(t, uint64(10), res.Stopped)
	require.Equal(t, before, f.balance(alice, "abtt"), "the stopped order's escrow is refunded")
	left := f.restingOf(waller)
	require.Greater(t, left, 0, "one taker order paid for the whole wall")
	require.Less(t, left, n, "the cancellations the taker paid for are kept")
	require.Equal(t, n-int(f.k.GetParams(f.ctx).MaxMakersPerOrder), left, "exactly max_makers_per_order makers visited")
	f.checkInvariants()

	// Taker orders keep eating the wall until the real ask fills.
	for i := 0; i < 10 && f.restingOf(waller) > 0; i++ {
		require.NoError(t, f.inTx(func() error { var err error; res, err = f.place(alice, id, buy, 2e15, 10); return err }))
	}
	require.Zero(t, f.restingOf(waller))
	require.Equal(t, uint64(10), res.Filled, "the order that got past the wall fills against the real ask")
	require.Equal(t, sdkmath.NewInt(10), f.balance(alice, types.ShareDenom(id)))
	require.Equal(t, sdkmath.NewInt(n), f.balance(waller, types.ShareDenom(id)), "every lapsed ask's shares went back to the waller")
	f.checkInvariants()
}

// Trade records are pruned once older than the retention, at the end of a block.
func TestTradeRecordsArePrunedAfterRetention(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	f.credential(ac, alice, 365*24*time.Hour)
	f.mustPlace(ac.clinic, id, sell, 1e15, 5)
	f.mustPlace(alice, id, buy, 1e15, 5)
	trades, err := f.q.Trades(f.ctx, &types.QueryTradesRequest{AssetId: id})
	require.NoError(t, err)
	require.Len(t, trades.Trades, 1)
	f.advance(3 * 365 * 24 * time.Hour)
	_, err = f.app.EndBlocker(f.ctx)
	require.NoError(t, err)
	trades, err = f.q.Trades(f.ctx, &types.QueryTradesRequest{AssetId: id})
	require.NoError(t, err)
	require.Empty(t, trades.Trades, "a trade 3 years old is pruned")
}

// Anyone may prune the lapsed orders of a book side, a bounded number per message; valid orders stay.
func TestPruneLapsedOrders(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	waller := f.wall(ac, id, 30, 1e15)
	keep := f.mustPlace(ac.clinic, id, sell, 1e15, 5) // valid, behind the wall at the same price
	f.advance(2 * time.Hour)
	janitor := addr("janitor") // no credential, no funds: pruning needs neither

	bad := []struct {
		msg  *types.MsgPruneLapsedOrders
		want error
	}{
		{&types.MsgPruneLapsedOrders{Signer: "nope", AssetId: id, Side: sell, Limit: 10}, sdkerrors.ErrInvalidAddress},
		{&types.MsgPruneLapsedOrders{Signer: janitor.String(), AssetId: 99, Side: sell, Limit: 10}, types.ErrAssetNotFound},
		{&types.MsgPruneLapsedOrders{Signer: janitor.String(), AssetId: id, Side: types.Side_SIDE_UNSPECIFIED, Limit: 10}, types.ErrInvalidPrune},
		{&types.MsgPruneLapsedOrders{Signer: janitor.String(), AssetId: id, Side: sell, Limit: 0}, types.ErrInvalidPrune},
		{&types.MsgPruneLapsedOrders{Signer: janitor.String(), AssetId: id, Side: sell, Limit: f.k.GetParams(f.ctx).MaxPrunePerMsg + 1}, types.ErrInvalidPrune},
	}
	for _, tc := range bad {
		f.refused(tc.want, func() error { _, err := f.ms.PruneLapsedOrders(f.ctx, tc.msg); return err })
	}

	res, err := f.ms.PruneLapsedOrders(f.ctx, &types.MsgPruneLapsedOrders{Signer: janitor.String(), AssetId: id, Side: sell, Limit: 20})
	require.NoError(t, err)
	require.Equal(t, &types.MsgPruneLapsedOrdersResponse{Visited: 20, Cancelled: 20}, res)
	require.Equal(t, 10, f.restingOf(waller))
	res, err = f.ms.PruneLapsedOrders(f.ctx, &types.MsgPruneLapsedOrders{Signer: janitor.String(), AssetId: id, Side: sell, Limit: 100})
	require.NoError(t, err)
	require.Equal(t, &types.MsgPruneLapsedOrdersResponse{Visited: 11, Cancelled: 10}, res)
	require.Zero(t, f.restingOf(waller))
	require.Equal(t, sdkmath.NewInt(30), f.balance(waller, types.ShareDenom(id)), "the escrowed shares went back to the lapsed owner")
	_, err = f.q.Order(f.ctx, &types.QueryOrderRequest{Id: keep.OrderId})
	require.NoError(t, err, "a valid order is not pruned")
	f.checkInvariants()
}

// Pruning is bounded per block: at most max_trade_prunes_per_block records go in one EndBlock.
func TestTradePruningIsBoundedPerBlock(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	p := f.k.GetParams(f.ctx)
	p.MaxTradePrunesPerBlock = 2
	p.TradeRetentionSeconds = 3600
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	f.credential(ac, alice, 365*24*time.Hour)
	for i := 0; i < 5; i++ {
		f.mustPlace(ac.clinic, id, sell, 1e15, 1)
		f.mustPlace(alice, id, buy, 1e15, 1)
	}
	count := func() int {
		trades, err := f.q.Trades(f.ctx, &types.QueryTradesRequest{AssetId: id})
		require.NoError(t, err)
		return len(trades.Trades)
	}
	require.Equal(t, 5, count())
	f.advance(30 * time.Minute)
	f.mustPlace(ac.clinic, id, sell, 1e15, 1)
	f.mustPlace(alice, id, buy, 1e15, 1) // a 6th, younger trade
	_, err = f.app.EndBlocker(f.ctx)
	require.NoError(t, err)
	require.Equal(t, 6, count(), "nothing older than the retention yet")
	f.advance(45 * time.Minute)
	for _, want := range []int{4, 2, 1, 1} {
		_, err = f.app.EndBlocker(f.ctx)
		require.NoError(t, err)
		require.Equal(t, want, count())
	}
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.Len(t, gs.Trades, 1)
	require.NoError(t, gs.Validate())
}

// At the maker bound an order stops only while the book still crosses; otherwise its rest rests.
func TestMakerBoundStopsOnlyACrossingRest(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	p := f.k.GetParams(f.ctx)
	p.MaxMakersPerOrder = 3
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	f.credential(ac, alice, 24*time.Hour)
	for i := 0; i < 3; i++ {
		f.mustPlace(ac.clinic, id, sell, 1e15, 1)
	}
	res := f.mustPlace(alice, id, buy, 1e15, 5)
	require.Equal(t, &types.MsgPlaceOrderResponse{OrderId: res.OrderId, Filled: 3, Remaining: 2}, res, "nothing crosses after 3 makers: the rest rests")
	_, err = f.ms.CancelOrder(f.ctx, &types.MsgCancelOrder{Owner: alice.String(), OrderId: res.OrderId})
	require.NoError(t, err)
	for i := 0; i < 4; i++ {
		f.mustPlace(ac.clinic, id, sell, 1e15, 1)
	}
	before := f.balance(alice, "abtt")
	res = f.mustPlace(alice, id, buy, 1e15, 5)
	require.Equal(t, &types.MsgPlaceOrderResponse{OrderId: res.OrderId, Filled: 3, Remaining: 0, Stopped: 2}, res, "a 4th ask still crosses: stopped")
	require.Equal(t, before.Sub(sdkmath.NewInt(3e15)), f.balance(alice, "abtt"), "only the 3 fills are paid; the stopped rest is refunded")
	f.checkInvariants()
}
