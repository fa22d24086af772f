package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// InitGenesis loads the genesis state and rebuilds the book and owner indexes from the orders.
func (k *Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, v := range gs.Verifiers {
		if err := k.Verifiers.Set(ctx, sdk.MustAccAddressFromBech32(v.Address), v); err != nil {
			return err
		}
	}
	for _, c := range gs.Credentials {
		if err := k.Credentials.Set(ctx, collections.Join(sdk.MustAccAddressFromBech32(c.Holder), c.Jurisdiction), c); err != nil {
			return err
		}
	}
	for _, a := range gs.Assets {
		if err := k.Assets.Set(ctx, a.Id, a); err != nil {
			return err
		}
	}
	for _, v := range gs.Valuations {
		if err := k.Valuations.Set(ctx, collections.Join(v.AssetId, v.Seq), v); err != nil {
			return err
		}
	}
	for _, o := range gs.Orders {
		if err := k.restOrder(ctx, o); err != nil {
			return err
		}
	}
	for _, t := range gs.Trades {
		if err := k.Trades.Set(ctx, collections.Join(t.AssetId, t.Id), t); err != nil {
			return err
		}
		if err := k.TradeIndex.Set(ctx, t.Id, t.AssetId); err != nil {
			return err
		}
	}
	if err := k.NextAsset.Set(ctx, gs.NextAssetId); err != nil {
		return err
	}
	if err := k.NextOrder.Set(ctx, gs.NextOrderId); err != nil {
		return err
	}
	return k.NextTrade.Set(ctx, gs.NextTradeId)
}

func values[K, V any](ctx context.Context, m collections.Map[K, V]) ([]V, error) {
	var out []V
	err := m.Walk(ctx, nil, func(_ K, v V) (bool, error) {
		out = append(out, v)
		return false, nil
	})
	return out, err
}

// ExportGenesis exports the state in key order.
func (k *Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{Params: k.GetParams(ctx)}
	var err error
	if gs.Verifiers, err = values(ctx, k.Verifiers); err != nil {
		return nil, err
	}
	if gs.Credentials, err = values(ctx, k.Credentials); err != nil {
		return nil, err
	}
	if gs.Assets, err = values(ctx, k.Assets); err != nil {
		return nil, err
	}
	if gs.Valuations, err = values(ctx, k.Valuations); err != nil {
		return nil, err
	}
	if gs.Orders, err = values(ctx, k.Orders); err != nil {
		return nil, err
	}
	if gs.Trades, err = values(ctx, k.Trades); err != nil {
		return nil, err
	}
	if gs.NextAssetId, err = k.NextAsset.Get(ctx); err != nil {
		return nil, err
	}
	if gs.NextOrderId, err = k.NextOrder.Get(ctx); err != nil {
		return nil, err
	}
	if gs.NextTradeId, err = k.NextTrade.Get(ctx); err != nil {
		return nil, err
	}
	return gs, nil
}
