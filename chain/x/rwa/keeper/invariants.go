package keeper

import (
	"context"
	"fmt"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// RegisterInvariants registers the x/rwa invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k *Keeper) {
	ir.RegisterRoute(types.ModuleName, "escrow", EscrowInvariant(k))
	ir.RegisterRoute(types.ModuleName, "book", BookInvariant(k))
	ir.RegisterRoute(types.ModuleName, "shares", SharesInvariant(k))
}

// Escrow returns what resting orders hold: abtt of bids and shares of asks per asset.
func (k *Keeper) Escrow(ctx context.Context) (bids sdkmath.Int, asks map[uint64]sdkmath.Int, err error) {
	bids, asks = sdkmath.ZeroInt(), map[uint64]sdkmath.Int{}
	err = k.Orders.Walk(ctx, nil, func(_ uint64, o types.Order) (bool, error) {
		if o.Side == types.Side_SIDE_BUY {
			bids = bids.Add(o.Price.MulRaw(int64(o.Remaining)))
		} else {
			if _, ok := asks[o.AssetId]; !ok {
				asks[o.AssetId] = sdkmath.ZeroInt()
			}
			asks[o.AssetId] = asks[o.AssetId].Add(sdkmath.NewIntFromUint64(o.Remaining))
		}
		return false, nil
	})
	return
}

// EscrowInvariant: the module holds exactly the resting bids' abtt and the resting asks' shares.
func EscrowInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		bids, asks, err := k.Escrow(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "escrow", err.Error()), true
		}
		msg, broken := "", false
		if bal := k.bank.GetBalance(ctx, k.moduleAddr, types.BaseDenom).Amount; !bal.Equal(bids) {
			msg, broken = fmt.Sprintf("module holds %s abtt, resting bids escrow %s\n", bal, bids), true
		}
		_ = k.Assets.Walk(ctx, nil, func(id uint64, a types.Asset) (bool, error) {
			if a.Denom == "" {
				return false, nil
			}
			want, ok := asks[id]
			if !ok {
				want = sdkmath.ZeroInt()
			}
			if bal := k.bank.GetBalance(ctx, k.moduleAddr, a.Denom).Amount; !bal.Equal(want) {
				msg, broken = msg+fmt.Sprintf("module holds %s %s, resting asks escrow %s\n", bal, a.Denom, want), true
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "escrow", msg), broken
	}
}

// BookInvariant: no asset's book is crossed after matching (best bid < best ask), and every
// resting order is in the book index.
func BookInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := "", false
		_ = k.Assets.Walk(ctx, nil, func(id uint64, _ types.Asset) (bool, error) {
			bids, _ := k.Levels(ctx, id, types.Side_SIDE_BUY, 1)
			asks, _ := k.Levels(ctx, id, types.Side_SIDE_SELL, 1)
			if len(bids) == 1 && len(asks) == 1 && bids[0].Price.GTE(asks[0].Price) {
				msg, broken = msg+fmt.Sprintf("asset %d: best bid %s >= best ask %s\n", id, bids[0].Price, asks[0].Price), true
			}
			return false, nil
		})
		_ = k.Orders.Walk(ctx, nil, func(id uint64, o types.Order) (bool, error) {
			if has, _ := k.Book.Has(ctx, BookKey(o)); !has {
				msg, broken = msg+fmt.Sprintf("order %d is not in the book\n", id), true
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "book", msg), broken
	}
}

// SharesInvariant: a tokenized asset's share supply equals its share count (retired: zero).
func SharesInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := "", false
		_ = k.Assets.Walk(ctx, nil, func(id uint64, a types.Asset) (bool, error) {
			if a.Denom == "" {
				return false, nil
			}
			want := sdkmath.NewIntFromUint64(a.ShareCount)
			if a.Status == types.AssetStatus_ASSET_STATUS_RETIRED {
				want = sdkmath.ZeroInt()
			}
			if s := k.bank.GetSupply(ctx, a.Denom).Amount; !s.Equal(want) {
				msg, broken = msg+fmt.Sprintf("asset %d: supply %s, want %s\n", id, s, want), true
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "shares", msg), broken
	}
}
