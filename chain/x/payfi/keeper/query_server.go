package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the x/payfi Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) Merchants(ctx context.Context, req *types.QueryMerchantsRequest) (*types.QueryMerchantsResponse, error) {
	ms, page, err := query.CollectionPaginate(ctx, q.k.Merchants, req.GetPagination(),
		func(_ sdk.AccAddress, m types.Merchant) (types.Merchant, error) { return m, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryMerchantsResponse{Merchants: ms, Pagination: page}, nil
}

func (q queryServer) Merchant(ctx context.Context, req *types.QueryMerchantRequest) (*types.QueryMerchantResponse, error) {
	addr, err := sdk.AccAddressFromBech32(req.GetAddress())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	m, err := q.k.Merchants.Get(ctx, addr)
	if err != nil {
		return nil, types.ErrMerchantNotFound.Wrapf("%s", req.Address)
	}
	return &types.QueryMerchantResponse{Merchant: m, KycValid: q.k.credentials.CheckCredential(ctx, addr, m.Jurisdiction) == nil}, nil
}

func (q queryServer) Invoice(ctx context.Context, req *types.QueryInvoiceRequest) (*types.QueryInvoiceResponse, error) {
	inv, err := q.k.Invoices.Get(ctx, req.GetId())
	if err != nil {
		return nil, types.ErrInvoiceNotFound.Wrapf("invoice %d", req.GetId())
	}
	return &types.QueryInvoiceResponse{Invoice: inv, Expired: Expired(ctx, inv)}, nil
}

func (q queryServer) MerchantInvoices(ctx context.Context, req *types.QueryMerchantInvoicesRequest) (*types.QueryMerchantInvoicesResponse, error) {
	addr, err := sdk.AccAddressFromBech32(req.GetMerchant())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	invs, page, err := query.CollectionPaginate(ctx, q.k.ByMerchant, req.GetPagination(),
		func(key collections.Pair[sdk.AccAddress, uint64], _ collections.NoValue) (types.Invoice, error) {
			return q.k.Invoices.Get(ctx, key.K2())
		}, query.WithCollectionPaginationPairPrefix[sdk.AccAddress, uint64](addr))
	if err != nil {
		return nil, err
	}
	return &types.QueryMerchantInvoicesResponse{Invoices: invs, Pagination: page}, nil
}
