package keeper

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

type queryServer struct{ k *Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the Query service.
func NewQueryServerImpl(k *Keeper) types.QueryServer { return queryServer{k} }

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) Schedule(ctx context.Context, _ *types.QueryScheduleRequest) (*types.QueryScheduleResponse, error) {
	return q.k.Schedule(ctx)
}

func (q queryServer) Supply(ctx context.Context, _ *types.QuerySupplyRequest) (*types.QuerySupplyResponse, error) {
	return q.k.Supply(ctx)
}

func (q queryServer) EpochRewards(ctx context.Context, req *types.QueryEpochRewardsRequest) (*types.QueryEpochRewardsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	er, err := q.k.EpochRewards.Get(ctx, req.Epoch)
	if err != nil {
		return nil, status.Errorf(codes.NotFound, "%s", types.ErrEpochRewardNotFound.Wrapf("epoch %d", req.Epoch))
	}
	resp := &types.QueryEpochRewardsResponse{EpochReward: er}
	err = q.k.NodeRewards.Walk(ctx, collections.NewPrefixedPairRange[int64, string](req.Epoch), func(_ collections.Pair[int64, string], nr types.NodeReward) (bool, error) {
		resp.NodeRewards = append(resp.NodeRewards, nr)
		return false, nil
	})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return resp, nil
}

func (q queryServer) NodeRewards(ctx context.Context, req *types.QueryNodeRewardsRequest) (*types.QueryNodeRewardsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if _, err := sdk.AccAddressFromBech32(req.Node); err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "node: %v", err)
	}
	resp := &types.QueryNodeRewardsResponse{Total: math.ZeroInt()}
	_, page, err := query.CollectionPaginate(ctx, q.k.NodeRewardsByNode, req.Pagination,
		func(key collections.Pair[string, int64], _ collections.NoValue) (struct{}, error) {
			nr, err := q.k.NodeRewards.Get(ctx, collections.Join(key.K2(), key.K1()))
			if err != nil {
				return struct{}{}, err
			}
			resp.NodeRewards = append(resp.NodeRewards, nr)
			resp.Total = resp.Total.Add(nr.Payout)
			return struct{}{}, nil
		}, query.WithCollectionPaginationPairPrefix[string, int64](req.Node))
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	resp.Pagination = page
	return resp, nil
}

func (q queryServer) Milestones(ctx context.Context, _ *types.QueryMilestonesRequest) (*types.QueryMilestonesResponse, error) {
	resp := &types.QueryMilestonesResponse{}
	err := q.k.Milestones.Walk(ctx, nil, func(_ uint64, m types.Milestone) (bool, error) {
		resp.Milestones = append(resp.Milestones, m)
		return false, nil
	})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	gt, err := q.k.GenesisTimeOf(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	resp.Cap = types.FoundationCapAt(gt, sdk.UnwrapSDKContext(ctx).BlockTime())
	if resp.Released, _, err = q.k.FoundationReleased(ctx); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return resp, nil
}

// EpochPayouts lists the payouts in progress or queued (one per unpaid ended epoch: a few).
func (q queryServer) EpochPayouts(ctx context.Context, _ *types.QueryEpochPayoutsRequest) (*types.QueryEpochPayoutsResponse, error) {
	resp := &types.QueryEpochPayoutsResponse{}
	err := q.k.Payouts.Walk(ctx, nil, func(_ int64, p types.EpochPayout) (bool, error) {
		resp.Payouts = append(resp.Payouts, p)
		return false, nil
	})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return resp, nil
}
