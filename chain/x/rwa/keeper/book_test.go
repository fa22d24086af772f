package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/testutil"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

func TestOrderBadInput(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	investor, stranger := addr("investor"), addr("stranger")
	f.fund(investor, bttAmt(10))
	f.fund(stranger, bttAmt(10))
	f.credential(ac, investor, time.Hour)

	f.refused(types.ErrNoCredential, func() error { _, err := f.place(stranger, id, buy, 100, 1); return err })
	f.refused(types.ErrInvalidOrder, func() error { _, err := f.place(investor, id, buy, 0, 1); return err })
	f.refused(types.ErrInvalidOrder, func() error { _, err := f.place(investor, id, buy, 100, 0); return err })
	f.refused(types.ErrInvalidOrder, func() error { _, err := f.place(investor, id, buy, -5, 1); return err })
	f.refused(types.ErrInvalidOrder, func() error { _, err := f.place(investor, id, buy, 100, 1001); return err })
	f.refused(types.ErrInvalidOrder, func() error { _, err := f.place(investor, id, types.Side_SIDE_UNSPECIFIED, 100, 1); return err })
	f.refused(types.ErrInvalidOrder, func() error {
		_, err := f.ms.PlaceOrder(f.ctx, &types.MsgPlaceOrder{Owner: investor.String(), AssetId: id, Side: buy, Price: types.MaxPrice.AddRaw(1), Quantity: 1})
		return err
	})
	f.refused(types.ErrAssetNotFound, func() error { _, err := f.place(investor, 42, buy, 100, 1); return err })
	f.refused(types.ErrInsufficientFunds, func() error { _, err := f.place(investor, id, buy, 1e18, 11); return err })
	f.refused(types.ErrInsufficientFunds, func() error { _, err := f.place(investor, id, sell, 100, 1); return err })

	// An expired credential refuses too.
	o := f.mustPlace(investor, id, buy, 100, 1)
	f.refused(types.ErrNotOrderOwner, func() error {
		_, err := f.ms.CancelOrder(f.ctx, &types.MsgCancelOrder{Owner: ac.clinic.String(), OrderId: o.OrderId})
		return err
	})
	f.refused(types.ErrOrderNotFound, func() error {
		_, err := f.ms.CancelOrder(f.ctx, &types.MsgCancelOrder{Owner: investor.String(), OrderId: 999})
		return err
	})
	f.advance(time.Hour)
	f.refused(types.ErrNoCredential, func() error { _, err := f.place(investor, id, buy, 100, 1); return err })

	// An unverified (pending) asset has no book.
	r, err := f.ms.RegisterAsset(f.ctx, registerMsg(ac.clinic, 10))
	require.NoError(t, err)
	f.refused(types.ErrAssetNotTokenized, func() error { _, err := f.place(ac.clinic, r.AssetId, sell, 100, 1); return err })

	// Too many open orders.
	p := f.k.GetParams(f.ctx)
	p.MaxOpenOrdersPerAccount = 2
	_, err = f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	f.mustPlace(ac.clinic, id, sell, 1000, 1)
	f.mustPlace(ac.clinic, id, sell, 1001, 1)
	f.refused(types.ErrTooManyOrders, func() error { _, err := f.place(ac.clinic, id, sell, 1002, 1); return err })
	f.checkInvariants()
}

func TestMatchingPriceTimePriorityAndFees(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	denom := types.ShareDenom(id)
	alice, bob := addr("alice"), addr("bob")
	for _, a := range []sdk.AccAddress{alice, bob} {
		f.fund(a, bttAmt(100))
		f.credential(ac, a, 24*time.Hour)
	}
	price := func(n int64) int64 { return n * 1e15 } // n milli-BTT per share
	// Asks: 10 @ 1.2, 10 @ 1.0 (first), 5 @ 1.0 (second), 10 @ 1.1.
	a1 := f.mustPlace(ac.clinic, id, sell, price(1200), 10)
	a2 := f.mustPlace(ac.clinic, id, sell, price(1000), 10)
	require.NoError(t, f.app.BankKeeper.SendCoins(f.ctx, ac.clinic, bob, sdk.NewCoins(sdk.NewInt64Coin(denom, 50))))
	a3 := f.mustPlace(bob, id, sell, price(1000), 5)
	a4 := f.mustPlace(bob, id, sell, price(1100), 10)
	require.Equal(t, uint64(0), a1.Filled)

	book, err := f.q.OrderBook(f.ctx, &types.QueryOrderBookRequest{AssetId: id})
	require.NoError(t, err)
	require.Len(t, book.Asks, 3)
	require.Equal(t, types.PriceLevel{Price: sdkmath.NewInt(price(1000)), Quantity: 15, Orders: 2}, book.Asks[0])
	require.Equal(t, sdkmath.NewInt(price(1100)), book.Asks[1].Price)
	require.Empty(t, book.Bids)

	// Alice buys 18 up to 1.1: a2 (10 @ 1.0) first, then a3 (5 @ 1.0), then 3 of a4 @ 1.1.
	p := f.k.GetParams(f.ctx)
	aliceBefore, clinicBefore, bobBefore := f.balance(alice, "abtt"), f.balance(ac.clinic, "abtt"), f.balance(bob, "abtt")
	burnedBefore, devBefore := f.burned(), f.balance(devFundAddr(), "abtt")
	f.ctx = f.ctx.WithEventManager(sdk.NewEventManager())
	res := f.mustPlace(alice, id, buy, price(1100), 18)
	require.Equal(t, uint64(18), res.Filled)
	require.Equal(t, uint64(0), res.Remaining)
	trades, err := f.q.Trades(f.ctx, &types.QueryTradesRequest{AssetId: id})
	require.NoError(t, err)
	require.Len(t, trades.Trades, 3)
	require.Equal(t, []uint64{a2.OrderId, a3.OrderId, a4.OrderId}, []uint64{trades.Trades[0].SellOrderId, trades.Trades[1].SellOrderId, trades.Trades[2].SellOrderId})
	require.Equal(t, []uint64{10, 5, 3}, []uint64{trades.Trades[0].Quantity, trades.Trades[1].Quantity, trades.Trades[2].Quantity})
	fills := testutil.TypedEvents[*types.EventOrderFill](t, f.ctx.EventManager().ABCIEvents())
	require.Len(t, fills, 3, "one event per fill")
	for i, fill := range fills {
		require.Equal(t, trades.Trades[i].Id, fill.TradeId)
		require.Equal(t, trades.Trades[i].Quantity, fill.Quantity)
		require.Equal(t, trades.Trades[i].Price, fill.Price)
		require.Equal(t, trades.Trades[i].Fee, fill.Fee)
		require.Equal(t, fill.Fee, fill.Burned.Add(fill.DevFund))
		require.Equal(t, types.Side_SIDE_BUY, fill.Side)
	}

	fee := func(n sdkmath.Int) sdkmath.Int { return p.TradeFeeRate.MulInt(n).Ceil().TruncateInt() }
	n1, n2, n3 := sdkmath.NewInt(price(1000)).MulRaw(10), sdkmath.NewInt(price(1000)).MulRaw(5), sdkmath.NewInt(price(1100)).MulRaw(3)
	paid := n1.Add(n2).Add(n3)
	require.Equal(t, aliceBefore.Sub(paid), f.balance(alice, "abtt"), "alice pays the makers' prices (price improvement refunded)")
	require.Equal(t, sdkmath.NewInt(18), f.balance(alice, denom))
	require.Equal(t, clinicBefore.Add(n1).Sub(fee(n1)), f.balance(ac.clinic, "abtt"))
	require.Equal(t, bobBefore.Add(n2).Sub(fee(n2)).Add(n3).Sub(fee(n3)), f.balance(bob, "abtt"))
	totalFee := fee(n1).Add(fee(n2)).Add(fee(n3))
	burned := p.TradeFeeBurnFraction.MulInt(fee(n1)).TruncateInt().Add(p.TradeFeeBurnFraction.MulInt(fee(n2)).TruncateInt()).
		Add(p.TradeFeeBurnFraction.MulInt(fee(n3)).TruncateInt())
	require.Equal(t, burnedBefore.Add(burned), f.burned())
	require.Equal(t, devBefore.Add(totalFee.Sub(burned)), f.balance(devFundAddr(), "abtt"))

	// a4 has 7 left; a partial fill keeps its time priority.
	o, err := f.q.Order(f.ctx, &types.QueryOrderRequest{Id: a4.OrderId})
	require.NoError(t, err)
	require.Equal(t, uint64(7), o.Order.Remaining)
	_, err = f.q.Order(f.ctx, &types.QueryOrderRequest{Id: a2.OrderId})
	require.ErrorIs(t, err, types.ErrOrderNotFound)

	// A bid below the best ask rests; a sell crossing it fills at the bid's price, remainder rests.
	b1 := f.mustPlace(alice, id, buy, price(900), 4)
	require.Equal(t, uint64(4), b1.Remaining)
	s := f.mustPlace(bob, id, sell, price(800), 6)
	require.Equal(t, uint64(4), s.Filled)
	require.Equal(t, uint64(2), s.Remaining)
	trades, err = f.q.Trades(f.ctx, &types.QueryTradesRequest{AssetId: id})
	require.NoError(t, err)
	last := trades.Trades[len(trades.Trades)-1]
	require.Equal(t, sdkmath.NewInt(price(900)), last.Price)
	require.Equal(t, types.Side_SIDE_SELL, last.TakerSide)
	book, err = f.q.OrderBook(f.ctx, &types.QueryOrderBookRequest{AssetId: id})
	require.NoError(t, err)
	require.Empty(t, book.Bids)
	require.Equal(t, sdkmath.NewInt(price(800)), book.Asks[0].Price)

	orders, err := f.q.Orders(f.ctx, &types.QueryOrdersRequest{Owner: bob.String()})
	require.NoError(t, err)
	require.Len(t, orders.Orders, 2)

	// Cancel returns the escrow.
	bobShares := f.balance(bob, denom)
	_, err = f.ms.CancelOrder(f.ctx, &types.MsgCancelOrder{Owner: bob.String(), OrderId: s.OrderId})
	require.NoError(t, err)
	require.Equal(t, bobShares.AddRaw(2), f.balance(bob, denom))
	f.checkInvariants()
}

// A resting order whose owner lost the credential is cancelled (escrow returned) at matching time,
// never traded with; the revoked account can no longer place orders.
func TestRevokedCredentialBlocksTrading(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 100)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	f.credential(ac, alice, 24*time.Hour)
	bid := f.mustPlace(alice, id, buy, 1e15, 10)
	_, err := f.ms.RevokeCredential(f.ctx, &types.MsgRevokeCredential{Issuer: ac.kyc.String(), Holder: alice.String(), Jurisdiction: jur})
	require.NoError(t, err)
	f.refused(types.ErrNoCredential, func() error { _, err := f.place(alice, id, buy, 1e15, 1); return err })
	before := f.balance(alice, "abtt")
	res := f.mustPlace(ac.clinic, id, sell, 1e15, 10)
	require.Equal(t, uint64(0), res.Filled)
	require.Equal(t, uint64(10), res.Remaining)
	require.Equal(t, before.Add(sdkmath.NewInt(1e16)), f.balance(alice, "abtt"), "the revoked bid's escrow is returned")
	require.True(t, f.balance(alice, types.ShareDenom(id)).IsZero())
	_, err = f.q.Order(f.ctx, &types.QueryOrderRequest{Id: bid.OrderId})
	require.ErrorIs(t, err, types.ErrOrderNotFound)
	f.checkInvariants()
}

func TestGenesisRoundTrip(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	f.credential(ac, alice, time.Hour)
	f.mustPlace(ac.clinic, id, sell, 2e15, 10)
	f.mustPlace(ac.clinic, id, sell, 3e15, 10)
	f.mustPlace(alice, id, buy, 2e15, 4)
	f.mustPlace(alice, id, buy, 1e15, 3)
	_, err := f.ms.UpdateValuation(f.ctx, &types.MsgUpdateValuation{Verifier: ac.engineer.String(), AssetId: id, Value: sdkmath.NewInt(9), Currency: "CNY"})
	require.NoError(t, err)
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Orders, 3)
	require.Len(t, gs.Trades, 1)

	g := setup(t)
	require.NoError(t, g.k.InitGenesis(g.ctx, *gs))
	again, err := g.k.ExportGenesis(g.ctx)
	require.NoError(t, err)
	require.Equal(t, gs, again)
	bookF, err := f.q.OrderBook(f.ctx, &types.QueryOrderBookRequest{AssetId: id})
	require.NoError(t, err)
	bookG, err := g.q.OrderBook(g.ctx, &types.QueryOrderBookRequest{AssetId: id})
	require.NoError(t, err)
	require.Equal(t, bookF, bookG)
	ordersF, _ := f.q.Orders(f.ctx, &types.QueryOrdersRequest{Owner: alice.String()})
	ordersG, _ := g.q.Orders(g.ctx, &types.QueryOrdersRequest{Owner: alice.String()})
	require.Equal(t, ordersF.Orders, ordersG.Orders)

	bad := *gs
	bad.NextOrderId = 1
	require.Error(t, bad.Validate())
	require.NoError(t, types.DefaultGenesis().Validate())
}
