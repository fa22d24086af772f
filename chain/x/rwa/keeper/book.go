package keeper

import (
	"context"
	"encoding/binary"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// PlaceOrder validates and escrows a limit order, matches it against the opposite side of the
// asset's book in price-time priority (each fill at the resting order's price), and rests what
// is left. It returns the quantity filled, the quantity resting, the quantity stopped (matching
// visited params.max_makers_per_order resting orders while the book still crossed: that rest is
// refunded instead of resting across the book) and the order id.
func (k *Keeper) PlaceOrder(ctx context.Context, owner sdk.AccAddress, assetID uint64, side types.Side, price sdkmath.Int, quantity uint64) (filled, remaining, stopped, id uint64, err error) {
	a, err := k.Assets.Get(ctx, assetID)
	if err != nil {
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", assetID)
	}
	switch {
	case a.Status != types.AssetStatus_ASSET_STATUS_TOKENIZED:
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrAssetNotTokenized, "asset %d is %s", assetID, a.Status)
	case side != types.Side_SIDE_BUY && side != types.Side_SIDE_SELL:
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrInvalidOrder, "side must be BUY or SELL, got %s", side)
	case price.IsNil() || !price.IsPositive() || price.GT(types.MaxPrice):
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrInvalidOrder, "price must be 1..%s abtt per share", types.MaxPrice)
	case quantity == 0 || quantity > a.ShareCount:
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrInvalidOrder, "quantity must be 1..%d shares", a.ShareCount)
	}
	if err := k.CheckCredential(ctx, owner, a.Jurisdiction); err != nil {
		return 0, 0, 0, 0, err
	}
	p := k.GetParams(ctx)
	if n, _ := k.OpenOrders.Get(ctx, owner); n >= uint64(p.MaxOpenOrdersPerAccount) {
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrTooManyOrders, "%s has %d resting orders", owner, n)
	}
	order := types.Order{AssetId: assetID, Owner: owner.String(), Side: side, Price: price, Quantity: quantity, Remaining: quantity,
		PlacedAt: now(ctx), PlacedHeight: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	escrow := escrowOf(order, quantity)
	if have := k.bank.SpendableCoin(ctx, owner, escrow[0].Denom).Amount; have.LT(escrow[0].Amount) {
		return 0, 0, 0, 0, errorsmod.Wrapf(types.ErrInsufficientFunds, "order needs %s, spendable %s%s", escrow, have, escrow[0].Denom)
	}
	if order.Id, err = nextID(ctx, k.NextOrder); err != nil {
		return 0, 0, 0, 0, err
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, owner, types.ModuleName, escrow); err != nil {
		return 0, 0, 0, 0, err
	}
	events.Emit(ctx, &types.EventOrderPlaced{OrderId: order.Id, AssetId: assetID, Owner: order.Owner, Side: side, Price: price, Quantity: quantity})

	halted, err := k.match(ctx, a, &order, p)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	filled = order.Quantity - order.Remaining
	if halted && order.Remaining > 0 {
		// The book may still cross: refund the rest rather than rest it across the book.
		stopped = order.Remaining
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, owner, escrowOf(order, stopped)); err != nil {
			return 0, 0, 0, 0, err
		}
		events.Emit(ctx, &types.EventOrderStopped{OrderId: order.Id, AssetId: assetID, Owner: order.Owner, Filled: filled, Remaining: stopped,
			Reason: fmt.Sprintf("visited %d resting orders (max_makers_per_order)", p.MaxMakersPerOrder)})
		return filled, 0, stopped, order.Id, nil
	}
	if order.Remaining > 0 {
		if err := k.restOrder(ctx, order); err != nil {
			return 0, 0, 0, 0, err
		}
	}
	return filled, order.Remaining, 0, order.Id, nil
}

func crosses(taker, maker types.Order) bool {
	if taker.Side == types.Side_SIDE_BUY {
		return maker.Price.LTE(taker.Price)
	}
	return maker.Price.GTE(taker.Price)
}

// match fills taker against resting makers until it is filled or the book no longer crosses.
// A maker whose owner no longer holds a valid credential is cancelled (its escrow returned)
// instead of traded with. Every maker visited (filled or cancelled) counts against
// params.max_makers_per_order; halted says matching stopped at that bound with the taker unfilled,
// so a wall of lapsed 1-share orders costs each taker a bounded amount of work, and the
// cancellations it paid for stay done.
func (k *Keeper) match(ctx context.Context, a types.Asset, taker *types.Order, p types.Params) (halted bool, err error) {
	opposite := types.Side_SIDE_SELL
	if taker.Side == types.Side_SIDE_SELL {
		opposite = types.Side_SIDE_BUY
	}
	budget := int(p.MaxMakersPerOrder)
	for taker.Remaining > 0 {
		if budget <= 0 {
			// Out of budget: stop only if the book still crosses (else the rest may rest).
			crossed := false
			if err := k.iterateBook(ctx, a.Id, opposite, func(o types.Order) (bool, error) {
				crossed = crosses(*taker, o)
				return true, nil
			}); err != nil {
				return false, err
			}
			return crossed, nil
		}
		// Collect a batch first: the book must not change under an open iterator.
		// It reads only as many makers as could fill the taker (at most 32 per batch, and the budget).
		var makers []types.Order
		var offered uint64
		err := k.iterateBook(ctx, a.Id, opposite, func(o types.Order) (bool, error) {
			if !crosses(*taker, o) {
				return true, nil
			}
			makers = append(makers, o)
			offered += o.Remaining
			return offered >= taker.Remaining || len(makers) >= min(32, budget), nil
		})
		if err != nil {
			return false, err
		}
		if len(makers) == 0 {
			return false, nil
		}
		for _, maker := range makers {
			if taker.Remaining == 0 {
				return false, nil
			}
			budget--
			if k.CheckCredential(ctx, sdk.MustAccAddressFromBech32(maker.Owner), a.Jurisdiction) != nil {
				if err := k.cancel(ctx, maker, "owner's credential is no longer valid"); err != nil {
					return false, err
				}
				continue
			}
			if err := k.fill(ctx, taker, maker, p); err != nil {
				return false, err
			}
		}
	}
	return false, nil
}

// PruneLapsedOrders visits up to limit resting orders of one side of an asset's book, best price
// first, and cancels those whose owner no longer holds a valid credential for the asset's
// jurisdiction (escrow returned to the owner). Anyone may call it.
func (k *Keeper) PruneLapsedOrders(ctx context.Context, assetID uint64, side types.Side, limit uint32) (visited, cancelled uint32, err error) {
	a, err := k.Assets.Get(ctx, assetID)
	if err != nil {
		return 0, 0, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", assetID)
	}
	if side != types.Side_SIDE_BUY && side != types.Side_SIDE_SELL {
		return 0, 0, errorsmod.Wrapf(types.ErrInvalidPrune, "side must be BUY or SELL, got %s", side)
	}
	if maxLimit := k.GetParams(ctx).MaxPrunePerMsg; limit == 0 || limit > maxLimit {
		return 0, 0, errorsmod.Wrapf(types.ErrInvalidPrune, "limit must be 1..%d, got %d", maxLimit, limit)
	}
	var lapsed []types.Order
	if err := k.iterateBook(ctx, a.Id, side, func(o types.Order) (bool, error) {
		visited++
		if k.CheckCredential(ctx, sdk.MustAccAddressFromBech32(o.Owner), a.Jurisdiction) != nil {
			lapsed = append(lapsed, o)
		}
		return visited >= limit, nil
	}); err != nil {
		return 0, 0, err
	}
	for _, o := range lapsed {
		if err := k.cancel(ctx, o, "owner's credential is no longer valid (pruned)"); err != nil {
			return 0, 0, err
		}
		cancelled++
	}
	return visited, cancelled, nil
}

// PruneTrades deletes at most params.max_trade_prunes_per_block trade records older than
// params.trade_retention_seconds, oldest first (trade ids increase with time). The trades stay
// in the rwa_order_fill events. It never fails the block for one record: a record it cannot
// delete is logged and left for the next block.
func (k *Keeper) PruneTrades(ctx context.Context) {
	p := k.GetParams(ctx)
	cutoff := now(ctx) - p.TradeRetentionSeconds
	type ref struct{ id, asset uint64 }
	var old []ref
	err := k.TradeIndex.Walk(ctx, nil, func(id, asset uint64) (bool, error) {
		if uint32(len(old)) >= p.MaxTradePrunesPerBlock {
			return true, nil
		}
		t, err := k.Trades.Get(ctx, collections.Join(asset, id))
		if err == nil && t.Time > cutoff {
			return true, nil
		}
		old = append(old, ref{id, asset}) // expired, or an index entry without its trade
		return false, nil
	})
	if err != nil {
		k.Logger(ctx).Error("walking the trade index", "err", err)
		return
	}
	for _, r := range old {
		if err := k.Trades.Remove(ctx, collections.Join(r.asset, r.id)); err != nil {
			k.Logger(ctx).Error("pruning a trade record", "trade", r.id, "err", err)
			return
		}
		if err := k.TradeIndex.Remove(ctx, r.id); err != nil {
			k.Logger(ctx).Error("pruning a trade record", "trade", r.id, "err", err)
			return
		}
	}
	if len(old) > 0 {
		events.Emit(ctx, &types.EventTradesPruned{Count: uint64(len(old)), TradeId: old[len(old)-1].id})
	}
}

// fill trades min(taker, maker remaining) at the maker's price. Everything settles out of the
// module's escrow: the buyer receives shares, the seller the notional less the trade fee, the fee
// is split between burn and development fund, and a buying taker gets back its price improvement.
func (k *Keeper) fill(ctx context.Context, taker *types.Order, maker types.Order, p types.Params) error {
	q := min(taker.Remaining, maker.Remaining)
	qty := sdkmath.NewIntFromUint64(q)
	notional := maker.Price.Mul(qty)
	// Rounded up: every trade pays at least 1 abtt when the rate is positive (never more than the
	// notional, since the rate is at most 1).
	fee := p.TradeFeeRate.MulInt(notional).Ceil().TruncateInt()
	buy, sell := *taker, maker
	if taker.Side == types.Side_SIDE_SELL {
		buy, sell = maker, *taker
	}
	buyer, seller := sdk.MustAccAddressFromBech32(buy.Owner), sdk.MustAccAddressFromBech32(sell.Owner)
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, buyer, shares(maker.AssetId, q)); err != nil {
		return err
	}
	if proceeds := notional.Sub(fee); proceeds.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, seller, btt(proceeds)); err != nil {
			return err
		}
	}
	refund := sdkmath.ZeroInt()
	if taker.Side == types.Side_SIDE_BUY {
		if refund = taker.Price.Sub(maker.Price).Mul(qty); refund.IsPositive() {
			if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, buyer, btt(refund)); err != nil {
				return err
			}
		}
	}
	burned, dev, err := k.splitFee(ctx, fee, p.TradeFeeBurnFraction)
	if err != nil {
		return err
	}
	taker.Remaining -= q
	maker.Remaining -= q
	if maker.Remaining == 0 {
		if err := k.removeOrder(ctx, maker); err != nil {
			return err
		}
	} else if err := k.Orders.Set(ctx, maker.Id, maker); err != nil {
		return err
	}
	tradeID, err := nextID(ctx, k.NextTrade)
	if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	t := types.Trade{Id: tradeID, AssetId: maker.AssetId, BuyOrderId: buy.Id, SellOrderId: sell.Id, Buyer: buy.Owner, Seller: sell.Owner,
		Price: maker.Price, Quantity: q, Fee: fee, TakerSide: taker.Side, Time: sdkCtx.BlockTime().Unix(), BlockHeight: sdkCtx.BlockHeight()}
	if err := k.Trades.Set(ctx, collections.Join(t.AssetId, t.Id), t); err != nil {
		return err
	}
	if err := k.TradeIndex.Set(ctx, t.Id, t.AssetId); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventOrderFill{TradeId: t.Id, AssetId: t.AssetId, BuyOrderId: t.BuyOrderId, SellOrderId: t.SellOrderId,
		Buyer: t.Buyer, Seller: t.Seller, Price: t.Price, Quantity: q, Fee: fee, Burned: burned, DevFund: dev, Refund: refund,
		Side: taker.Side})
	return nil
}

// cancel removes a resting order and returns its escrow to the owner.
func (k *Keeper) cancel(ctx context.Context, o types.Order, reason string) error {
	if err := k.removeOrder(ctx, o); err != nil {
		return err
	}
	refund := escrowOf(o, o.Remaining)
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sdk.MustAccAddressFromBech32(o.Owner), refund); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventOrderCancelled{OrderId: o.Id, AssetId: o.AssetId, Owner: o.Owner, Remaining: o.Remaining, Refund: refund,
		Reason: reason})
	return nil
}

// cancelOrder handles MsgCancelOrder.
func (k *Keeper) cancelOrder(ctx context.Context, msg *types.MsgCancelOrder) (*types.MsgCancelOrderResponse, error) {
	owner, err := parseAddr(msg.Owner, "owner")
	if err != nil {
		return nil, err
	}
	o, err := k.Orders.Get(ctx, msg.OrderId)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrOrderNotFound, "order %d", msg.OrderId)
	}
	if o.Owner != owner.String() {
		return nil, errorsmod.Wrapf(types.ErrNotOrderOwner, "order %d belongs to %s", o.Id, o.Owner)
	}
	if err := k.cancel(ctx, o, "cancelled by owner"); err != nil {
		return nil, err
	}
	return &types.MsgCancelOrderResponse{}, nil
}

const priceBytes = 16 // MaxPrice (1e36) < 2^120

// BookPrefix is the book key prefix of one asset's side.
func BookPrefix(assetID uint64, side types.Side) []byte {
	b := make([]byte, 9, 9+priceBytes+8)
	binary.BigEndian.PutUint64(b, assetID)
	b[8] = byte(side)
	return b
}

// BookKey orders resting orders of one asset and side by priority: asks by ascending price,
// bids by descending price (stored as 2^128-1-price), then by order id (time).
func BookKey(o types.Order) []byte {
	p := o.Price.BigInt().FillBytes(make([]byte, priceBytes))
	if o.Side == types.Side_SIDE_BUY {
		for i := range p {
			p[i] = ^p[i]
		}
	}
	b := append(BookPrefix(o.AssetId, o.Side), p...)
	return binary.BigEndian.AppendUint64(b, o.Id)
}

// OrderIDOfBookKey returns the order id at the end of a book key.
func OrderIDOfBookKey(key []byte) uint64 { return binary.BigEndian.Uint64(key[len(key)-8:]) }

// iterateBook calls cb with the resting orders of one asset and side in priority order.
func (k *Keeper) iterateBook(ctx context.Context, assetID uint64, side types.Side, cb func(types.Order) (stop bool, err error)) error {
	it, err := k.Book.Iterate(ctx, new(collections.Range[[]byte]).Prefix(BookPrefix(assetID, side)))
	if err != nil {
		return err
	}
	defer it.Close()
	for ; it.Valid(); it.Next() {
		key, err := it.Key()
		if err != nil {
			return err
		}
		o, err := k.Orders.Get(ctx, OrderIDOfBookKey(key))
		if err != nil {
			return err
		}
		stop, err := cb(o)
		if err != nil || stop {
			return err
		}
	}
	return nil
}

func (k *Keeper) restOrder(ctx context.Context, o types.Order) error {
	owner := sdk.MustAccAddressFromBech32(o.Owner)
	if err := k.Orders.Set(ctx, o.Id, o); err != nil {
		return err
	}
	if err := k.Book.Set(ctx, BookKey(o)); err != nil {
		return err
	}
	if err := k.OwnerOrders.Set(ctx, collections.Join(owner, o.Id)); err != nil {
		return err
	}
	n, _ := k.OpenOrders.Get(ctx, owner)
	return k.OpenOrders.Set(ctx, owner, n+1)
}

func (k *Keeper) removeOrder(ctx context.Context, o types.Order) error {
	owner := sdk.MustAccAddressFromBech32(o.Owner)
	if err := k.Orders.Remove(ctx, o.Id); err != nil {
		return err
	}
	if err := k.Book.Remove(ctx, BookKey(o)); err != nil {
		return err
	}
	if err := k.OwnerOrders.Remove(ctx, collections.Join(owner, o.Id)); err != nil {
		return err
	}
	n, _ := k.OpenOrders.Get(ctx, owner)
	if n <= 1 {
		return k.OpenOrders.Remove(ctx, owner)
	}
	return k.OpenOrders.Set(ctx, owner, n-1)
}

// escrowOf is what a resting order holds in the module: abtt for a bid, shares for an ask.
func escrowOf(o types.Order, remaining uint64) sdk.Coins {
	if o.Side == types.Side_SIDE_BUY {
		return btt(o.Price.Mul(sdkmath.NewIntFromUint64(remaining)))
	}
	return shares(o.AssetId, remaining)
}

// Levels aggregates one side of an asset's book by price, best first, up to depth levels.
func (k *Keeper) Levels(ctx context.Context, assetID uint64, side types.Side, depth int) ([]types.PriceLevel, error) {
	var levels []types.PriceLevel
	err := k.iterateBook(ctx, assetID, side, func(o types.Order) (bool, error) {
		if n := len(levels); n > 0 && levels[n-1].Price.Equal(o.Price) {
			levels[n-1].Quantity += o.Remaining
			levels[n-1].Orders++
			return false, nil
		}
		if len(levels) == depth {
			return true, nil
		}
		levels = append(levels, types.PriceLevel{Price: o.Price, Quantity: o.Remaining, Orders: 1})
		return false, nil
	})
	return levels, err
}
