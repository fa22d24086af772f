package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

type queryServer struct{ *Keeper }

// NewQueryServerImpl returns the x/rwa Query service.
func NewQueryServerImpl(k *Keeper) types.QueryServer { return queryServer{k} }

var _ types.QueryServer = queryServer{}

const defaultBookDepth = 100

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	return &types.QueryParamsResponse{Params: q.GetParams(ctx)}, nil
}

func (q queryServer) Verifiers(ctx context.Context, req *types.QueryVerifiersRequest) (*types.QueryVerifiersResponse, error) {
	vs, page, err := query.CollectionPaginate(ctx, q.Keeper.Verifiers, req.GetPagination(),
		func(_ sdk.AccAddress, v types.Verifier) (types.Verifier, error) { return v, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryVerifiersResponse{Verifiers: vs, Pagination: page}, nil
}

func (q queryServer) Verifier(ctx context.Context, req *types.QueryVerifierRequest) (*types.QueryVerifierResponse, error) {
	a, err := sdk.AccAddressFromBech32(req.GetAddress())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	v, err := q.Keeper.Verifiers.Get(ctx, a)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrVerifierNotFound, "%s", req.Address)
	}
	return &types.QueryVerifierResponse{Verifier: v}, nil
}

func (q queryServer) status(ctx context.Context, c types.Credential) types.CredentialStatus {
	return types.CredentialStatus{Credential: c, Valid: q.CheckCredential(ctx, sdk.MustAccAddressFromBech32(c.Holder), c.Jurisdiction) == nil}
}

func (q queryServer) Credentials(ctx context.Context, req *types.QueryCredentialsRequest) (*types.QueryCredentialsResponse, error) {
	a, err := sdk.AccAddressFromBech32(req.GetHolder())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	var out []types.CredentialStatus
	err = q.Keeper.Credentials.Walk(ctx, collections.NewPrefixedPairRange[sdk.AccAddress, string](a),
		func(_ collections.Pair[sdk.AccAddress, string], c types.Credential) (bool, error) {
			out = append(out, q.status(ctx, c))
			return false, nil
		})
	if err != nil {
		return nil, err
	}
	return &types.QueryCredentialsResponse{Credentials: out}, nil
}

func (q queryServer) Credential(ctx context.Context, req *types.QueryCredentialRequest) (*types.QueryCredentialResponse, error) {
	a, err := sdk.AccAddressFromBech32(req.GetHolder())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	c, err := q.Keeper.Credentials.Get(ctx, collections.Join(a, req.Jurisdiction))
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrCredentialNotFound, "%s has no %s credential", req.Holder, req.Jurisdiction)
	}
	return &types.QueryCredentialResponse{Credential: q.status(ctx, c)}, nil
}

func (q queryServer) Assets(ctx context.Context, req *types.QueryAssetsRequest) (*types.QueryAssetsResponse, error) {
	if req == nil {
		req = &types.QueryAssetsRequest{}
	}
	assets, page, err := query.CollectionFilteredPaginate(ctx, q.Keeper.Assets, req.Pagination,
		func(_ uint64, a types.Asset) (bool, error) {
			return (req.AssetClass == types.AssetClass_ASSET_CLASS_UNSPECIFIED || a.AssetClass == req.AssetClass) &&
				(req.Status == types.AssetStatus_ASSET_STATUS_UNSPECIFIED || a.Status == req.Status) &&
				(req.Owner == "" || a.Owner == req.Owner), nil
		}, func(_ uint64, a types.Asset) (types.Asset, error) { return a, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryAssetsResponse{Assets: assets, Pagination: page}, nil
}

func (q queryServer) Asset(ctx context.Context, req *types.QueryAssetRequest) (*types.QueryAssetResponse, error) {
	a, err := q.Keeper.Assets.Get(ctx, req.GetId())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", req.GetId())
	}
	return &types.QueryAssetResponse{Asset: a}, nil
}

func (q queryServer) Valuations(ctx context.Context, req *types.QueryValuationsRequest) (*types.QueryValuationsResponse, error) {
	if has, _ := q.Keeper.Assets.Has(ctx, req.GetAssetId()); !has {
		return nil, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", req.GetAssetId())
	}
	vs, page, err := query.CollectionPaginate(ctx, q.Keeper.Valuations, req.Pagination,
		func(_ collections.Pair[uint64, uint64], v types.Valuation) (types.Valuation, error) { return v, nil },
		query.WithCollectionPaginationPairPrefix[uint64, uint64](req.AssetId))
	if err != nil {
		return nil, err
	}
	return &types.QueryValuationsResponse{Valuations: vs, Pagination: page}, nil
}

func (q queryServer) OrderBook(ctx context.Context, req *types.QueryOrderBookRequest) (*types.QueryOrderBookResponse, error) {
	if has, _ := q.Keeper.Assets.Has(ctx, req.GetAssetId()); !has {
		return nil, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", req.GetAssetId())
	}
	depth := int(req.Depth)
	if depth == 0 || depth > defaultBookDepth {
		depth = defaultBookDepth
	}
	bids, err := q.Levels(ctx, req.AssetId, types.Side_SIDE_BUY, depth)
	if err != nil {
		return nil, err
	}
	asks, err := q.Levels(ctx, req.AssetId, types.Side_SIDE_SELL, depth)
	if err != nil {
		return nil, err
	}
	return &types.QueryOrderBookResponse{Bids: bids, Asks: asks}, nil
}

func (q queryServer) Order(ctx context.Context, req *types.QueryOrderRequest) (*types.QueryOrderResponse, error) {
	o, err := q.Keeper.Orders.Get(ctx, req.GetId())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrOrderNotFound, "order %d (filled, cancelled or never placed)", req.GetId())
	}
	return &types.QueryOrderResponse{Order: o}, nil
}

func (q queryServer) Orders(ctx context.Context, req *types.QueryOrdersRequest) (*types.QueryOrdersResponse, error) {
	a, err := sdk.AccAddressFromBech32(req.GetOwner())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	orders, page, err := query.CollectionPaginate(ctx, q.Keeper.OwnerOrders, req.Pagination,
		func(key collections.Pair[sdk.AccAddress, uint64], _ collections.NoValue) (types.Order, error) {
			return q.Keeper.Orders.Get(ctx, key.K2())
		}, query.WithCollectionPaginationPairPrefix[sdk.AccAddress, uint64](a))
	if err != nil {
		return nil, err
	}
	return &types.QueryOrdersResponse{Orders: orders, Pagination: page}, nil
}

func (q queryServer) Trades(ctx context.Context, req *types.QueryTradesRequest) (*types.QueryTradesResponse, error) {
	ts, page, err := query.CollectionPaginate(ctx, q.Keeper.Trades, req.GetPagination(),
		func(_ collections.Pair[uint64, uint64], t types.Trade) (types.Trade, error) { return t, nil },
		query.WithCollectionPaginationPairPrefix[uint64, uint64](req.GetAssetId()))
	if err != nil {
		return nil, err
	}
	return &types.QueryTradesResponse{Trades: ts, Pagination: page}, nil
}
