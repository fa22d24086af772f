package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
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
	old, err := s.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if msg.Params.EpochIdentifier != old.EpochIdentifier {
		// The new epoch must exist, and x/compute moves to it too: epoch N is paid from
		// x/compute's records of epoch N, so both must count the same epoch.
		if _, err := s.k.epochsKeeper.GetEpochInfo(sdk.UnwrapSDKContext(ctx), msg.Params.EpochIdentifier); err != nil {
			return nil, types.ErrInvalidParams.Wrapf("epoch_identifier %q is not an x/epochs epoch", msg.Params.EpochIdentifier)
		}
		if err := s.k.computeKeeper.SetEpochIdentifier(ctx, msg.Params.EpochIdentifier); err != nil {
			return nil, types.ErrInvalidParams.Wrapf("x/compute epoch_identifier: %v", err)
		}
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventParamsUpdated{})
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
