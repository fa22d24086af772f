package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

type msgServer struct{ Keeper }

// NewMsgServerImpl returns the x/bridge Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

func (m msgServer) SetOrchestrator(ctx context.Context, msg *types.MsgSetOrchestrator) (*types.MsgSetOrchestratorResponse, error) {
	if err := m.Keeper.SetOrchestrator(ctx, msg); err != nil {
		return nil, err
	}
	return &types.MsgSetOrchestratorResponse{}, nil
}

func (m msgServer) ConfirmValset(ctx context.Context, msg *types.MsgConfirmValset) (*types.MsgConfirmValsetResponse, error) {
	if err := m.Keeper.ConfirmValset(ctx, msg); err != nil {
		return nil, err
	}
	return &types.MsgConfirmValsetResponse{}, nil
}

func (m msgServer) SendToEthereum(ctx context.Context, msg *types.MsgSendToEthereum) (*types.MsgSendToEthereumResponse, error) {
	id, err := m.Keeper.SendToEthereum(ctx, msg)
	if err != nil {
		return nil, err
	}
	return &types.MsgSendToEthereumResponse{TransferId: id}, nil
}

func (m msgServer) CancelSendToEthereum(ctx context.Context, msg *types.MsgCancelSendToEthereum) (*types.MsgCancelSendToEthereumResponse, error) {
	if err := m.Keeper.CancelSendToEthereum(ctx, msg); err != nil {
		return nil, err
	}
	return &types.MsgCancelSendToEthereumResponse{}, nil
}

func (m msgServer) RequestBatch(ctx context.Context, msg *types.MsgRequestBatch) (*types.MsgRequestBatchResponse, error) {
	b, err := m.Keeper.RequestBatch(ctx, msg)
	if err != nil {
		return nil, err
	}
	return &types.MsgRequestBatchResponse{BatchNonce: b.Nonce, TokenContract: b.TokenContract}, nil
}

func (m msgServer) ConfirmBatch(ctx context.Context, msg *types.MsgConfirmBatch) (*types.MsgConfirmBatchResponse, error) {
	if err := m.Keeper.ConfirmBatch(ctx, msg); err != nil {
		return nil, err
	}
	return &types.MsgConfirmBatchResponse{}, nil
}

func (m msgServer) DepositClaim(ctx context.Context, msg *types.MsgDepositClaim) (*types.MsgClaimResponse, error) {
	c := msg.Claim
	return m.Claim(ctx, msg.Orchestrator, types.Claim{Kind: &types.Claim_Deposit{Deposit: &c}})
}

func (m msgServer) BatchExecutedClaim(ctx context.Context, msg *types.MsgBatchExecutedClaim) (*types.MsgClaimResponse, error) {
	c := msg.Claim
	return m.Claim(ctx, msg.Orchestrator, types.Claim{Kind: &types.Claim_BatchExecuted{BatchExecuted: &c}})
}

func (m msgServer) ValsetUpdatedClaim(ctx context.Context, msg *types.MsgValsetUpdatedClaim) (*types.MsgClaimResponse, error) {
	c := msg.Claim
	return m.Claim(ctx, msg.Orchestrator, types.Claim{Kind: &types.Claim_ValsetUpdated{ValsetUpdated: &c}})
}

func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidSigner, "expected %s, got %s", m.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidParams, err.Error())
	}
	if err := m.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, nil
}

func (m msgServer) ReleaseUnclaimableDeposit(ctx context.Context, msg *types.MsgReleaseUnclaimableDeposit) (*types.MsgReleaseUnclaimableDepositResponse, error) {
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidSigner, "expected %s, got %s", m.authority, msg.Authority)
	}
	if err := m.Keeper.ReleaseUnclaimable(ctx, msg.EventNonce, msg.Receiver); err != nil {
		return nil, err
	}
	return &types.MsgReleaseUnclaimableDepositResponse{}, nil
}
