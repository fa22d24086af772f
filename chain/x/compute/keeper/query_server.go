package keeper

import (
	"context"
	"sort"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

type queryServer struct{ *Keeper }

// NewQueryServerImpl returns the x/compute Query service.
func NewQueryServerImpl(k *Keeper) types.QueryServer { return queryServer{k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	return &types.QueryParamsResponse{Params: q.GetParams(ctx)}, nil
}

func (q queryServer) Nodes(ctx context.Context, req *types.QueryNodesRequest) (*types.QueryNodesResponse, error) {
	if req == nil {
		req = &types.QueryNodesRequest{}
	}
	nodes, page, err := query.CollectionFilteredPaginate(ctx, q.Keeper.Nodes, req.Pagination,
		func(_ sdk.AccAddress, n types.Node) (bool, error) {
			if req.NodeClass != types.NodeClass_NODE_CLASS_UNSPECIFIED && n.NodeClass != req.NodeClass {
				return false, nil
			}
			if req.Region != "" && n.Region != req.Region {
				return false, nil
			}
			if req.Status != types.NodeStatus_NODE_STATUS_UNSPECIFIED && n.Status != req.Status {
				return false, nil
			}
			if req.ModelId != 0 {
				for _, s := range n.Models {
					if s.ModelId == req.ModelId {
						return true, nil
					}
				}
				return false, nil
			}
			return true, nil
		}, func(_ sdk.AccAddress, n types.Node) (types.Node, error) { return q.WithMissedHeartbeats(ctx, n), nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryNodesResponse{Nodes: nodes, Pagination: page}, nil
}

func (q queryServer) Node(ctx context.Context, req *types.QueryNodeRequest) (*types.QueryNodeResponse, error) {
	addr, err := sdk.AccAddressFromBech32(req.GetOperator())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	n, err := q.Keeper.Nodes.Get(ctx, addr)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrNodeNotFound, req.Operator)
	}
	return &types.QueryNodeResponse{Node: q.WithMissedHeartbeats(ctx, n)}, nil
}

func (q queryServer) Models(ctx context.Context, req *types.QueryModelsRequest) (*types.QueryModelsResponse, error) {
	models, page, err := query.CollectionPaginate(ctx, q.Keeper.Models, req.GetPagination(),
		func(_ uint64, m types.Model) (types.Model, error) { return m, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryModelsResponse{Models: models, Pagination: page}, nil
}

func (q queryServer) Model(ctx context.Context, req *types.QueryModelRequest) (*types.QueryModelResponse, error) {
	m, err := q.Keeper.Models.Get(ctx, req.GetId())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrModelNotFound, "model %d", req.GetId())
	}
	return &types.QueryModelResponse{Model: m}, nil
}

func (q queryServer) Tasks(ctx context.Context, req *types.QueryTasksRequest) (*types.QueryTasksResponse, error) {
	if req == nil {
		req = &types.QueryTasksRequest{}
	}
	tasks, page, err := query.CollectionFilteredPaginate(ctx, q.Keeper.Tasks, req.Pagination,
		func(_ uint64, t types.Task) (bool, error) {
			if req.Client != "" && t.Client != req.Client {
				return false, nil
			}
			if req.Status != types.TaskStatus_TASK_STATUS_UNSPECIFIED && t.Status != req.Status {
				return false, nil
			}
			if req.Worker != "" {
				return findAssignment(&t, req.Worker) >= 0, nil
			}
			return true, nil
		}, func(_ uint64, t types.Task) (types.Task, error) { return t, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryTasksResponse{Tasks: tasks, Pagination: page}, nil
}

func (q queryServer) Task(ctx context.Context, req *types.QueryTaskRequest) (*types.QueryTaskResponse, error) {
	t, err := q.Keeper.Tasks.Get(ctx, req.GetId())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrTaskNotFound, "task %d", req.GetId())
	}
	return &types.QueryTaskResponse{Task: t}, nil
}

func (q queryServer) NodeEpochStats(ctx context.Context, req *types.QueryNodeEpochStatsRequest) (*types.QueryNodeEpochStatsResponse, error) {
	addr, err := sdk.AccAddressFromBech32(req.GetOperator())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	if req.Epoch > 0 {
		return &types.QueryNodeEpochStatsResponse{Stats: []types.NodeEpochStats{q.GetNodeEpochStats(ctx, req.Epoch, addr)}}, nil
	}
	var out []types.NodeEpochStats
	err = q.EpochStats.Walk(ctx, nil, func(key collections.Pair[int64, sdk.AccAddress], s types.NodeEpochStats) (bool, error) {
		if key.K2().Equals(addr) {
			out = append(out, s)
		}
		return len(out) >= 1000, nil
	})
	if err != nil {
		return nil, err
	}
	return &types.QueryNodeEpochStatsResponse{Stats: out}, nil
}

func (q queryServer) CapacityByRegion(ctx context.Context, _ *types.QueryCapacityByRegionRequest) (*types.QueryCapacityByRegionResponse, error) {
	regions := map[string]*types.RegionCapacity{}
	err := q.Keeper.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
		if n.Status != types.NodeStatus_NODE_STATUS_ACTIVE {
			return false, nil
		}
		r := regions[n.Region]
		if r == nil {
			r = &types.RegionCapacity{Region: n.Region}
			regions[n.Region] = r
		}
		r.Nodes++
		for _, s := range n.Models {
			r.Capacity += uint64(s.Capacity)
			if s.Capacity > s.Active {
				r.Free += uint64(s.Capacity - s.Active)
			}
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]types.RegionCapacity, 0, len(regions))
	for _, r := range regions {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Region < out[j].Region })
	return &types.QueryCapacityByRegionResponse{Regions: out}, nil
}
