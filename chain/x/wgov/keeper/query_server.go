package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

type queryServer struct{ k *Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the Query service.
func NewQueryServerImpl(k *Keeper) types.QueryServer { return queryServer{k} }

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func members(m map[string]math.LegacyDec) []types.ClassMember {
	out := make([]types.ClassMember, 0, len(m))
	for _, a := range sortedKeys(m) {
		out = append(out, types.ClassMember{Address: a, Power: m[a]})
	}
	return out
}

func (q queryServer) Classes(ctx context.Context, _ *types.QueryClassesRequest) (*types.QueryClassesResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	weights := params.WeightsAt(sdk.UnwrapSDKContext(ctx).BlockTime()).Weights
	powers, err := q.k.loadClassPowers(ctx)
	if err != nil {
		return nil, err
	}
	bonded, err := q.k.stakingKeeper.TotalBondedTokens(ctx)
	if err != nil {
		return nil, err
	}
	// Holders: each bonded validator's operator with its bonded tokens, the power it casts
	// when none of its delegators votes themselves.
	validators := map[string]math.LegacyDec{}
	var inner error
	if err := q.k.stakingKeeper.IterateBondedValidatorsByPower(ctx, func(_ int64, v stakingtypes.ValidatorI) bool {
		bz, err := q.k.stakingKeeper.ValidatorAddressCodec().StringToBytes(v.GetOperator())
		if err != nil {
			inner = err
			return true
		}
		validators[sdk.AccAddress(bz).String()] = math.LegacyNewDecFromInt(v.GetBondedTokens())
		return false
	}); err != nil {
		return nil, err
	}
	if inner != nil {
		return nil, inner
	}
	resp := &types.QueryClassesResponse{}
	for _, c := range types.Classes {
		row := types.ClassPower{Class: c, Weight: weights.Of(c)}
		switch c {
		case types.VOTER_CLASS_INSTITUTIONS:
			row.TotalPower, row.Members = sumPowers(powers.institutions), members(powers.institutions)
		case types.VOTER_CLASS_COMPUTE:
			compute, err := q.k.ComputePowers(ctx)
			if err != nil {
				return nil, err
			}
			row.TotalPower, row.Members = sumPowers(compute), members(compute)
		case types.VOTER_CLASS_HOLDERS:
			row.TotalPower, row.Members = math.LegacyNewDecFromInt(bonded), members(validators)
		case types.VOTER_CLASS_COMMUNITY:
			row.TotalPower, row.Members = sumPowers(powers.community), members(powers.community)
		}
		resp.Classes = append(resp.Classes, row)
	}
	err = q.k.Institutions.Walk(ctx, nil, func(_ string, in types.Institution) (bool, error) {
		resp.Institutions = append(resp.Institutions, in)
		return false, nil
	})
	return resp, err
}

func (q queryServer) Schedule(ctx context.Context, _ *types.QueryScheduleRequest) (*types.QueryScheduleResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	return &types.QueryScheduleResponse{Schedule: params.Schedule, Current: params.WeightsAt(now).Weights, Now: now}, nil
}

func (q queryServer) Tally(ctx context.Context, req *types.QueryTallyRequest) (*types.QueryTallyResponse, error) {
	if req == nil {
		return nil, types.ErrNoTally.Wrap("empty request")
	}
	proposal, err := q.k.govKeeper.Proposals.Get(ctx, req.ProposalId)
	switch {
	case err == nil && proposal.Status == govv1.StatusVotingPeriod:
		b, err := q.k.LiveTally(ctx, proposal)
		if err != nil {
			return nil, err
		}
		return &types.QueryTallyResponse{Tally: b}, nil
	case err != nil && !errors.Is(err, collections.ErrNotFound):
		return nil, err
	}
	b, err := q.k.Tallies.Get(ctx, req.ProposalId)
	if errors.Is(err, collections.ErrNotFound) {
		if proposal.Id == 0 {
			return nil, types.ErrProposalNotFound.Wrapf("proposal %d", req.ProposalId)
		}
		return nil, types.ErrNoTally.Wrapf("proposal %d is %s and has no weighted tally", req.ProposalId, proposal.Status)
	} else if err != nil {
		return nil, err
	}
	return &types.QueryTallyResponse{Tally: b}, nil
}

func (q queryServer) Election(ctx context.Context, _ *types.QueryElectionRequest) (*types.QueryElectionResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	term, err := q.k.CurrentTerm(ctx)
	if err != nil {
		return nil, err
	}
	standing, ballots, err := q.k.ElectionStanding(ctx)
	if err != nil {
		return nil, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	resp := &types.QueryElectionResponse{
		Term: term, Seats: params.Seats, Candidates: standing, Ballots: ballots,
		NominationOpen: NominationOpen(term, now), VotingOpen: VotingOpen(term, now),
	}
	err = q.k.Representatives.Walk(ctx, nil, func(_ string, r types.Representative) (bool, error) {
		resp.Representatives = append(resp.Representatives, r)
		return false, nil
	})
	return resp, err
}
