package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

func (m msgServer) SetPolkadotOrchestrator(ctx context.Context, msg *types.MsgSetPolkadotOrchestrator) (*types.MsgSetPolkadotOrchestratorResponse, error) {
	if err := m.Keeper.SetPolkadotOrchestrator(ctx, msg); err != nil {
		return nil, err
	}
	return &types.MsgSetPolkadotOrchestratorResponse{}, nil
}

func (m msgServer) PolkadotDepositClaim(ctx context.Context, msg *types.MsgPolkadotDepositClaim) (*types.MsgClaimResponse, error) {
	return m.PolkadotClaim(ctx, msg.Orchestrator, types.PolkadotClaim{Kind: &types.PolkadotClaim_Deposit{Deposit: &types.PolkadotDeposit{
		EventNonce: msg.EventNonce, BlockNumber: msg.BlockNumber, ExtrinsicIndex: msg.ExtrinsicIndex, CustodyId: msg.CustodyId,
		Sender: msg.Sender, Amount: msg.Amount, BttReceiver: msg.BttReceiver,
	}}})
}

func (m msgServer) PolkadotWithdrawalExecutedClaim(ctx context.Context, msg *types.MsgPolkadotWithdrawalExecutedClaim) (*types.MsgClaimResponse, error) {
	return m.PolkadotClaim(ctx, msg.Orchestrator, types.PolkadotClaim{Kind: &types.PolkadotClaim_WithdrawalExecuted{WithdrawalExecuted: &types.PolkadotWithdrawalExecuted{
		EventNonce: msg.EventNonce, BlockNumber: msg.BlockNumber, WithdrawalId: msg.WithdrawalId, Success: msg.Success,
	}}})
}

func (m msgServer) SendToPolkadot(ctx context.Context, msg *types.MsgSendToPolkadot) (*types.MsgSendToPolkadotResponse, error) {
	w, err := m.Keeper.SendToPolkadot(ctx, msg)
	if err != nil {
		return nil, err
	}
	return &types.MsgSendToPolkadotResponse{WithdrawalId: w.Id, CustodyId: w.CustodyId}, nil
}

func (m msgServer) ReleaseUnclaimablePolkadotDeposit(ctx context.Context, msg *types.MsgReleaseUnclaimablePolkadotDeposit) (*types.MsgReleaseUnclaimablePolkadotDepositResponse, error) {
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidSigner, "expected %s, got %s", m.authority, msg.Authority)
	}
	if err := m.ReleaseUnclaimablePolkadot(ctx, msg.EventNonce, msg.Receiver); err != nil {
		return nil, err
	}
	return &types.MsgReleaseUnclaimablePolkadotDepositResponse{}, nil
}

func (m msgServer) RefundUnclaimablePolkadotDeposit(ctx context.Context, msg *types.MsgRefundUnclaimablePolkadotDeposit) (*types.MsgRefundUnclaimablePolkadotDepositResponse, error) {
	if msg.Authority != m.authority {
		return nil, errorsmod.Wrapf(types.ErrInvalidSigner, "expected %s, got %s", m.authority, msg.Authority)
	}
	w, err := m.RefundUnclaimablePolkadot(ctx, msg.EventNonce)
	if err != nil {
		return nil, err
	}
	return &types.MsgRefundUnclaimablePolkadotDepositResponse{WithdrawalId: w.Id, CustodyId: w.CustodyId}, nil
}
