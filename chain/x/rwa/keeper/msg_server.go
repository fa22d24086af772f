package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

type msgServer struct{ *Keeper }

// NewMsgServerImpl returns the x/rwa Msg service.
func NewMsgServerImpl(k *Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

func (m msgServer) AddVerifier(ctx context.Context, msg *types.MsgAddVerifier) (*types.MsgAddVerifierResponse, error) {
	return m.addVerifier(ctx, msg)
}

func (m msgServer) RemoveVerifier(ctx context.Context, msg *types.MsgRemoveVerifier) (*types.MsgRemoveVerifierResponse, error) {
	return m.removeVerifier(ctx, msg)
}

func (m msgServer) IssueCredential(ctx context.Context, msg *types.MsgIssueCredential) (*types.MsgIssueCredentialResponse, error) {
	return m.issueCredential(ctx, msg)
}

func (m msgServer) RevokeCredential(ctx context.Context, msg *types.MsgRevokeCredential) (*types.MsgRevokeCredentialResponse, error) {
	return m.revokeCredential(ctx, msg)
}

func (m msgServer) RegisterAsset(ctx context.Context, msg *types.MsgRegisterAsset) (*types.MsgRegisterAssetResponse, error) {
	return m.registerAsset(ctx, msg)
}

func (m msgServer) AttestAsset(ctx context.Context, msg *types.MsgAttestAsset) (*types.MsgAttestAssetResponse, error) {
	return m.attestAsset(ctx, msg)
}

func (m msgServer) Tokenize(ctx context.Context, msg *types.MsgTokenize) (*types.MsgTokenizeResponse, error) {
	return m.tokenize(ctx, msg)
}

func (m msgServer) RetireAsset(ctx context.Context, msg *types.MsgRetireAsset) (*types.MsgRetireAssetResponse, error) {
	return m.retireAsset(ctx, msg)
}

func (m msgServer) UpdateValuation(ctx context.Context, msg *types.MsgUpdateValuation) (*types.MsgUpdateValuationResponse, error) {
	return m.updateValuation(ctx, msg)
}

func (m msgServer) PlaceOrder(ctx context.Context, msg *types.MsgPlaceOrder) (*types.MsgPlaceOrderResponse, error) {
	owner, err := parseAddr(msg.Owner, "owner")
	if err != nil {
		return nil, err
	}
	filled, rest, stopped, id, err := m.Keeper.PlaceOrder(ctx, owner, msg.AssetId, msg.Side, msg.Price, msg.Quantity)
	if err != nil {
		return nil, err
	}
	return &types.MsgPlaceOrderResponse{OrderId: id, Filled: filled, Remaining: rest, Stopped: stopped}, nil
}

func (m msgServer) PruneLapsedOrders(ctx context.Context, msg *types.MsgPruneLapsedOrders) (*types.MsgPruneLapsedOrdersResponse, error) {
	if _, err := parseAddr(msg.Signer, "signer"); err != nil {
		return nil, err
	}
	visited, cancelled, err := m.Keeper.PruneLapsedOrders(ctx, msg.AssetId, msg.Side, msg.Limit)
	if err != nil {
		return nil, err
	}
	return &types.MsgPruneLapsedOrdersResponse{Visited: visited, Cancelled: cancelled}, nil
}

func (m msgServer) CancelOrder(ctx context.Context, msg *types.MsgCancelOrder) (*types.MsgCancelOrderResponse, error) {
	return m.cancelOrder(ctx, msg)
}

func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidParams, err.Error())
	}
	if err := m.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventParamsUpdated{})
	return &types.MsgUpdateParamsResponse{}, nil
}
