package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

type msgServer struct{ k *Keeper }

var _ types.MsgServer = msgServer{}

// NewMsgServerImpl returns the Msg service.
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
	events.Emit(ctx, &types.EventParamsUpdated{})
	return &types.MsgUpdateParamsResponse{}, nil
}

func (s msgServer) SetInstitutions(ctx context.Context, msg *types.MsgSetInstitutions) (*types.MsgSetInstitutionsResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.SetInstitutions(ctx, msg.Institutions); err != nil {
		return nil, err
	}
	return &types.MsgSetInstitutionsResponse{}, nil
}

// SetInstitutions replaces the institutions class.
func (k *Keeper) SetInstitutions(ctx context.Context, list []types.Institution) error {
	if err := types.ValidateInstitutions(list); err != nil {
		return types.ErrInvalidInstitutions.Wrap(err.Error())
	}
	if err := k.Institutions.Clear(ctx, nil); err != nil {
		return err
	}
	for _, in := range list {
		in.Address = sdk.MustAccAddressFromBech32(in.Address).String()
		if err := k.Institutions.Set(ctx, in.Address, in); err != nil {
			return err
		}
	}
	events.Emit(ctx, &types.EventInstitutionsSet{Count: uint64(len(list))})
	return nil
}

func (s msgServer) Nominate(ctx context.Context, msg *types.MsgNominate) (*types.MsgNominateResponse, error) {
	if err := s.k.Nominate(ctx, msg.Candidate, msg.Statement); err != nil {
		return nil, err
	}
	return &types.MsgNominateResponse{}, nil
}

func (s msgServer) VoteRepresentative(ctx context.Context, msg *types.MsgVoteRepresentative) (*types.MsgVoteRepresentativeResponse, error) {
	if err := s.k.VoteRepresentative(ctx, msg.Voter, msg.Candidates); err != nil {
		return nil, err
	}
	return &types.MsgVoteRepresentativeResponse{}, nil
}

func (s msgServer) RecallRepresentative(ctx context.Context, msg *types.MsgRecallRepresentative) (*types.MsgRecallRepresentativeResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := s.k.Recall(ctx, msg.Representative, msg.Reason); err != nil {
		return nil, err
	}
	return &types.MsgRecallRepresentativeResponse{}, nil
}
