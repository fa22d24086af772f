package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// PlaceOrder validates and escrows a limit order, matches it against the opposite side of the
// asset's book in price-time priority (each fill at the resting order's price), and rests what
// is left. It returns the quantity filled, the quantity resting and the order id.
func (k Keeper) PlaceOrder(ctx context.Context, owner sdk.AccAddress, assetID uint64, side types.Side, price sdkmath.Int, quantity uint64) (filled, remaining, id uint64, err error) {
	a, err := k.Assets.Get(ctx, assetID)
	if err != nil {
		return 0, 0, 0, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", assetID)
	}
	switch {
	case a.Status != types.AssetStatus_ASSET_STATUS_TOKENIZED:
		return 0, 0, 0, errorsmod.Wrapf(types.ErrAssetNotTokenized, "asset %d is %s", assetID, a.Status)
	case side != types.Side_SIDE_BUY && side != types.Side_SIDE_SELL:
		return 0, 0, 0, errorsmod.Wrapf(types.ErrInvalidOrder, "side must be BUY or SELL, got %s", side)
	case price.IsNil() || !price.IsPositive() || price.GT(types.MaxPrice):
		return 0, 0, 0, errorsmod.Wrapf(types.ErrInvalidOrder, "price must be 1..%s abtt per share", types.MaxPrice)
	case quantity == 0 || quantity > a.ShareCount:
		return 0, 0, 0, errorsmod.Wrapf(types.ErrInvalidOrder, "quantity must be 1..%d shares", a.ShareCount)
	}
	if err := k.CheckCredential(ctx, owner, a.Jurisdiction); err != nil {
		return 0, 0, 0, err
	}
	p := k.GetParams(ctx)
	if n, _ := k.OpenOrders.Get(ctx, owner); n >= uint64(p.MaxOpenOrdersPerAccount) {
		return 0, 0, 0, errorsmod.Wrapf(types.ErrTooManyOrders, "%s has %d resting orders", owner, n)
	}
	order := types.Order{AssetId: assetID, Owner: owner.String(), Side: side, Price: price, Quantity: quantity, Remaining: quantity,
		PlacedAt: now(ctx), PlacedHeight: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	escrow := escrowOf(order, quantity)
	if have := k.bank.SpendableCoin(ctx, owner, escrow[0].Denom).Amount; have.LT(escrow[0].Amount) {
		return 0, 0, 0, errorsmod.Wrapf(types.ErrInsufficientFunds, "order needs %s, spendable %s%s", escrow, have, escrow[0].Denom)
	}
	if order.Id, err = nextID(ctx, k.NextOrder); err != nil {
		return 0, 0, 0, err
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, owner, types.ModuleName, escrow); err != nil {
		return 0, 0, 0, err
	}
	emit(ctx, types.EventOrderPlaced, sdk.NewAttribute(types.AttrOrderID, u64(order.Id)), sdk.NewAttribute(types.AttrAssetID, u64(assetID)),
		sdk.NewAttribute(types.AttrOwner, order.Owner), sdk.NewAttribute(types.AttrSide, side.String()),
		sdk.NewAttribute(types.AttrPrice, price.String()), sdk.NewAttribute(types.AttrQuantity, u64(quantity)))

	if err := k.match(ctx, a, &order, p); err != nil {
		return 0, 0, 0, err
	}
	if order.Remaining > 0 {
		if err := k.restOrder(ctx, order); err != nil {
			return 0, 0, 0, err
		}
	}
	return order.Quantity - order.Remaining, order.Remaining, order.Id, nil
}

func crosses(taker, maker types.Order) bool {
	if taker.Side == types.Side_SIDE_BUY {
		return maker.Price.LTE(taker.Price)
	}
	return maker.Price.GTE(taker.Price)
}

// match fills taker against resting makers until it is filled or the book no longer crosses.
// A maker whose owner no longer holds a valid credential is cancelled (its escrow returned)
// instead of traded with.
func (k Keeper) match(ctx context.Context, a types.Asset, taker *types.Order, p types.Params) error {
	opposite := types.Side_SIDE_SELL
	if taker.Side == types.Side_SIDE_SELL {
		opposite = types.Side_SIDE_BUY
	}
	for taker.Remaining > 0 {
		// Collect a batch first: the book must not change under an open iterator.
		// It reads only as many makers as could fill the taker (at most 32 per batch).
		var makers []types.Order
		var offered uint64
		err := k.iterateBook(ctx, a.Id, opposite, func(o types.Order) (bool, error) {
			if !crosses(*taker, o) {
				return true, nil
			}
			makers = append(makers, o)
			offered += o.Remaining
			return offered >= taker.Remaining || len(makers) >= 32, nil
		})
		if err != nil {
			return err
		}
		if len(makers) == 0 {
			return nil
		}
		for _, maker := range makers {
			if taker.Remaining == 0 {
				return nil
			}
			if err := k.CheckCredential(ctx, sdk.MustAccAddressFromBech32(maker.Owner), a.Jurisdiction); err != nil {
				if err := k.cancel(ctx, maker, "owner's credential is no longer valid"); err != nil {
					return err
				}
				continue
			}
			if err := k.fill(ctx, taker, maker, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// fill trades min(taker, maker remaining) at the maker's price. Everything settles out of the
// module's escrow: the buyer receives shares, the seller the notional less the trade fee, the fee
// is split between burn and development fund, and a buying taker gets back its price improvement.
func (k Keeper) fill(ctx context.Context, taker *types.Order, maker types.Order, p types.Params) error {
	q := min(taker.Remaining, maker.Remaining)
	qty := sdkmath.NewIntFromUint64(q)
	notional := maker.Price.Mul(qty)
	fee := p.TradeFeeRate.MulInt(notional).TruncateInt()
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
	emit(ctx, types.EventOrderFill, sdk.NewAttribute(types.AttrTradeID, u64(t.Id)), sdk.NewAttribute(types.AttrAssetID, u64(t.AssetId)),
		sdk.NewAttribute(types.AttrBuyOrder, u64(t.BuyOrderId)), sdk.NewAttribute(types.AttrSellOrder, u64(t.SellOrderId)),
		sdk.NewAttribute(types.AttrBuyer, t.Buyer), sdk.NewAttribute(types.AttrSeller, t.Seller),
		sdk.NewAttribute(types.AttrPrice, t.Price.String()), sdk.NewAttribute(types.AttrQuantity, u64(q)),
		sdk.NewAttribute(types.AttrFee, fee.String()), sdk.NewAttribute(types.AttrBurned, burned.String()),
		sdk.NewAttribute(types.AttrDevFund, dev.String()), sdk.NewAttribute(types.AttrRefund, refund.String()),
		sdk.NewAttribute(types.AttrSide, taker.Side.String()))
	return nil
}

// cancel removes a resting order and returns its escrow to the owner.
func (k Keeper) cancel(ctx context.Context, o types.Order, reason string) error {
	if err := k.removeOrder(ctx, o); err != nil {
		return err
	}
	refund := escrowOf(o, o.Remaining)
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sdk.MustAccAddressFromBech32(o.Owner), refund); err != nil {
		return err
	}
	emit(ctx, types.EventOrderCancelled, sdk.NewAttribute(types.AttrOrderID, u64(o.Id)), sdk.NewAttribute(types.AttrAssetID, u64(o.AssetId)),
		sdk.NewAttribute(types.AttrOwner, o.Owner), sdk.NewAttribute(types.AttrRemaining, u64(o.Remaining)),
		sdk.NewAttribute(types.AttrRefund, refund.String()), sdk.NewAttribute(types.AttrReason, reason))
	return nil
}
