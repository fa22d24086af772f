package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// InitGenesis imports the x/compute state and rebuilds its indexes.
func (k *Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	k.auth.GetModuleAccount(ctx, types.ModuleName)
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	if err := k.NextModel.Set(ctx, gs.NextModelId); err != nil {
		return err
	}
	if err := k.NextTask.Set(ctx, gs.NextTaskId); err != nil {
		return err
	}
	if err := k.LastEpoch.Set(ctx, gs.LastEpoch); err != nil {
		return err
	}
	for _, n := range gs.Nodes {
		addr := sdk.MustAccAddressFromBech32(n.Operator)
		if err := k.setNode(ctx, addr, n); err != nil {
			return err
		}
		if n.Status == types.NodeStatus_NODE_STATUS_UNBONDING {
			if err := k.Unbonding.Set(ctx, joinUnbond(n.UnbondTime, addr)); err != nil {
				return err
			}
		}
	}
	for _, m := range gs.Models {
		if err := k.Models.Set(ctx, m.Id, m); err != nil {
			return err
		}
	}
	for _, t := range gs.Tasks {
		if err := k.saveTask(ctx, nil, t); err != nil { // also the queue, deadline and pruning indexes
			return err
		}
	}
	for _, s := range gs.EpochStats {
		if err := k.EpochStats.Set(ctx, collections.Join(s.Epoch, sdk.MustAccAddressFromBech32(s.Node)), s); err != nil {
			return err
		}
		if err := k.addEpochUnits(ctx, s.Epoch, s.ComputeUnits); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis exports the x/compute state.
func (k *Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{Params: k.GetParams(ctx)}
	var err error
	if gs.NextModelId, err = k.NextModel.Get(ctx); err != nil {
		return nil, err
	}
	if gs.NextTaskId, err = k.NextTask.Get(ctx); err != nil {
		return nil, err
	}
	gs.LastEpoch, _ = k.LastEpoch.Get(ctx)
	if err := k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
		gs.Nodes = append(gs.Nodes, n)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Models.Walk(ctx, nil, func(_ uint64, m types.Model) (bool, error) {
		gs.Models = append(gs.Models, m)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Tasks.Walk(ctx, nil, func(_ uint64, t types.Task) (bool, error) {
		gs.Tasks = append(gs.Tasks, t)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.EpochStats.Walk(ctx, nil, func(_ collections.Pair[int64, sdk.AccAddress], s types.NodeEpochStats) (bool, error) {
		gs.EpochStats = append(gs.EpochStats, s)
		return false, nil
	}); err != nil {
		return nil, err
	}
	return gs, nil
}
