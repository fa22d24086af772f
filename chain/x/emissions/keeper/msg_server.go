package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

type msgServer struct{ k *Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the Msg service. Every message is governance-only.
func NewMsgServerImpl(k *Keeper) types.MsgServer { return msgServer{k} }

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, types.ErrInvalidParams.Wrap(err.Error())
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	sdk.UnwrapSDKContext(ctx).EventManager().EmitEvent(sdk.NewEvent(types.EventTypeParamsUpdated))
	return &types.MsgUpdateParamsResponse{}, nil
}

func (s msgServer) AddMilestone(ctx context.Context, msg *types.MsgAddMilestone) (*types.MsgAddMilestoneResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	id, err := s.k.AddMilestone(ctx, msg.SubBudget, msg.Amount, msg.Recipient, msg.Description)
	if err != nil {
		return nil, err
	}
	return &types.MsgAddMilestoneResponse{Id: id}, nil
}

func (s msgServer) ReleaseMilestone(ctx context.Context, msg *types.MsgReleaseMilestone) (*types.MsgReleaseMilestoneResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.ReleaseMilestone(ctx, msg.Id); err != nil {
		return nil, err
	}
	return &types.MsgReleaseMilestoneResponse{}, nil
}

func (s msgServer) SpendEcosystemFund(ctx context.Context, msg *types.MsgSpendEcosystemFund) (*types.MsgSpendEcosystemFundResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.SpendPool(ctx, EcosystemGrowthFundPool, types.SourceEcosystemFund, msg.Recipient, msg.Amount, msg.Purpose); err != nil {
		return nil, err
	}
	return &types.MsgSpendEcosystemFundResponse{}, nil
}

func (s msgServer) SpendCommunityIncentives(ctx context.Context, msg *types.MsgSpendCommunityIncentives) (*types.MsgSpendCommunityIncentivesResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.SpendPool(ctx, CommunityIncentivesPool, types.SourceCommunityIncentives, msg.Recipient, msg.Amount, msg.Purpose); err != nil {
		return nil, err
	}
	return &types.MsgSpendCommunityIncentivesResponse{}, nil
}

func (s msgServer) SpendReserve(ctx context.Context, msg *types.MsgSpendReserve) (*types.MsgSpendReserveResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.SpendPool(ctx, UnallocatedReserve, types.SourceReserve, msg.Recipient, msg.Amount, msg.Purpose); err != nil {
		return nil, err
	}
	return &types.MsgSpendReserveResponse{}, nil
}

func (s msgServer) SpendDevelopmentFund(ctx context.Context, msg *types.MsgSpendDevelopmentFund) (*types.MsgSpendDevelopmentFundResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.SpendPool(ctx, types.DevelopmentFund, types.SourceDevelopmentFund, msg.Recipient, msg.Amount, msg.Purpose); err != nil {
		return nil, err
	}
	return &types.MsgSpendDevelopmentFundResponse{}, nil
}
