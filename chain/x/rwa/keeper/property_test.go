package keeper_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// Over random sequences of buys, sells and cancels from five traders (one of whom loses the
// credential midway): shares and BTT are conserved (balances + escrow + development fund + burned
// constant), the book is never left crossed, and every fill respects price-time priority: it
// trades with the best-priced, then earliest, resting order that crossed at that moment.
func TestPropertyOrderBook(t *testing.T) {
	for seed := int64(1); seed <= 4; seed++ {
		f := setup(t)
		rng := rand.New(rand.NewSource(seed))
		ac := f.actors()
		id := f.tokenizedAsset(ac, 10_000)
		denom := types.ShareDenom(id)
		traders := []sdk.AccAddress{ac.clinic}
		for _, n := range []string{"t1", "t2", "t3", "t4"} {
			a := addr(n)
			f.fund(a, bttAmt(1_000))
			f.credential(ac, a, 24*time.Hour)
			require.NoError(t, f.app.BankKeeper.SendCoins(f.ctx, ac.clinic, a, sdk.NewCoins(sdk.NewInt64Coin(denom, 1_000))))
			traders = append(traders, a)
		}
		watched := append([]sdk.AccAddress{f.k.ModuleAddress(), devFundAddr()}, traders...)
		total := func(denom string) sdkmath.Int {
			s := sdkmath.ZeroInt()
			for _, a := range watched {
				s = s.Add(f.balance(a, denom))
			}
			if denom == "abtt" {
				s = s.Add(f.burned())
			}
			return s
		}
		startBTT, startShares := total("abtt"), total(denom)
		fills, cancels := 0, 0
		for step := 0; step < 300; step++ {
			if step == 150 {
				_, err := f.ms.RevokeCredential(f.ctx, &types.MsgRevokeCredential{Issuer: ac.kyc.String(), Holder: traders[4].String(), Jurisdiction: jur})
				require.NoError(t, err)
			}
			who := traders[rng.Intn(len(traders))]
			if rng.Intn(6) == 0 {
				orders, err := f.q.Orders(f.ctx, &types.QueryOrdersRequest{Owner: who.String()})
				require.NoError(t, err)
				if len(orders.Orders) > 0 {
					o := orders.Orders[rng.Intn(len(orders.Orders))]
					require.NoError(t, f.inTx(func() error {
						_, err := f.ms.CancelOrder(f.ctx, &types.MsgCancelOrder{Owner: who.String(), OrderId: o.Id})
						return err
					}))
					cancels++
				}
			} else {
				side := []types.Side{buy, sell}[rng.Intn(2)]
				price := int64(90+rng.Intn(21)) * 1e15
				qty := uint64(1 + rng.Intn(40))
				// Expected fills: the crossing resting orders of the other side in priority order.
				expect := expectedMakers(t, f, id, side, sdkmath.NewInt(price), qty)
				nextTrade, err := f.k.NextTrade.Get(f.ctx)
				require.NoError(t, err)
				var res *types.MsgPlaceOrderResponse
				err = f.inTx(func() error {
					var err error
					res, err = f.place(who, id, side, price, qty)
					return err
				})
				if err != nil {
					require.ErrorIs(t, err, types.ErrNoCredential)
					require.Equal(t, traders[4], who)
					continue
				}
				got := []uint64{}
				var filled uint64
				for tid := nextTrade; ; tid++ {
					tr, err := f.k.Trades.Get(f.ctx, collectionsJoin(id, tid))
					if err != nil {
						break
					}
					maker := tr.SellOrderId
					if side == sell {
						maker = tr.BuyOrderId
					}
					got = append(got, maker)
					filled += tr.Quantity
					fills++
				}
				require.Equal(t, res.Filled, filled)
				eligible := eligibleMakers(expect, f)
				require.LessOrEqual(t, len(got), len(eligible))
				require.Equal(t, eligible[:len(got)], got, "step %d: fills out of priority", step)
				if res.Remaining > 0 {
					require.Len(t, got, len(eligible), "step %d: order rests while a crossing order is left", step)
				}
			}
			f.checkInvariants()
			require.True(t, startBTT.Equal(total("abtt")), "step %d: BTT %s != %s", step, total("abtt"), startBTT)
			require.True(t, startShares.Equal(total(denom)), "step %d: shares not conserved", step)
		}
		require.Greater(t, fills, 50)
		require.Greater(t, cancels, 10)
		require.True(t, f.burned().IsPositive())
	}
}

// expectedMakers lists the resting orders a new order would trade with, in price-time priority,
// by a plain scan of the book (not the matching code): best price first, then lowest id.
func expectedMakers(t *testing.T, f *fixture, asset uint64, side types.Side, price sdkmath.Int, qty uint64) []types.Order {
	var all []types.Order
	require.NoError(t, f.k.Orders.Walk(f.ctx, nil, func(_ uint64, o types.Order) (bool, error) {
		if o.AssetId == asset && o.Side != side && ((side == buy && o.Price.LTE(price)) || (side == sell && o.Price.GTE(price))) {
			all = append(all, o)
		}
		return false, nil
	}))
	better := func(a, b types.Order) bool {
		if !a.Price.Equal(b.Price) {
			return (side == buy && a.Price.LT(b.Price)) || (side == sell && a.Price.GT(b.Price))
		}
		return a.Id < b.Id
	}
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && better(all[j], all[j-1]); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	return all
}

// eligibleMakers returns the ids of the expected makers whose owner still holds a valid credential
// (the others are cancelled at matching time instead of traded with).
func eligibleMakers(expect []types.Order, f *fixture) []uint64 {
	want := []uint64{}
	for _, o := range expect {
		if f.k.CheckCredential(f.ctx, sdk.MustAccAddressFromBech32(o.Owner), jur) == nil {
			want = append(want, o.Id)
		}
	}
	return want
}
