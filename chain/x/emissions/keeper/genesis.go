package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	vestexported "github.com/cosmos/cosmos-sdk/x/auth/vesting/exported"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// InitGenesis loads the genesis state. A zero genesis_time means the chain's genesis block time.
func (k *Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return types.ErrInvalidGenesis.Wrap(err.Error())
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	gt := gs.GenesisTime
	if gt.IsZero() || gt.Unix() <= 0 {
		gt = sdk.UnwrapSDKContext(ctx).BlockTime()
	}
	if err := k.GenesisTime.Set(ctx, gt.UTC().UnixNano()); err != nil {
		return err
	}
	if err := k.MiningPaid.Set(ctx, gs.MiningPaid); err != nil {
		return err
	}
	if err := k.Burned.Set(ctx, gs.Burned); err != nil {
		return err
	}
	if err := k.FeeSplitTotal.Set(ctx, gs.FeeSplitTotal); err != nil {
		return err
	}
	next := gs.NextMilestoneId
	if next == 0 {
		next = 1
	}
	if err := k.MilestoneSeq.Set(ctx, next); err != nil {
		return err
	}
	for _, m := range gs.Milestones {
		if err := k.Milestones.Set(ctx, m.Id, m); err != nil {
			return err
		}
	}
	for _, e := range gs.EpochRewards {
		if err := k.EpochRewards.Set(ctx, e.Epoch, e); err != nil {
			return err
		}
	}
	for _, n := range gs.NodeRewards {
		if err := k.NodeRewards.Set(ctx, collections.Join(n.Epoch, n.Operator), n); err != nil {
			return err
		}
		if err := k.NodeRewardsByNode.Set(ctx, collections.Join(n.Operator, n.Epoch)); err != nil {
			return err
		}
	}
	for _, r := range gs.Released {
		if err := k.Released.Set(ctx, collections.Join(r.Year, r.Source), r.Amount); err != nil {
			return err
		}
	}
	for _, p := range gs.Payouts {
		if err := k.Payouts.Set(ctx, p.Epoch, p); err != nil {
			return err
		}
	}
	for _, r := range gs.PayoutRecords {
		if err := k.PayoutRecords.Set(ctx, collections.Join(r.Epoch, r.Operator), r); err != nil {
			return err
		}
	}
	for _, u := range gs.PayoutRegionUnits {
		if err := k.PayoutRegionUnits.Set(ctx, collections.Join(u.Epoch, u.Region), u.Units); err != nil {
			return err
		}
	}
	return k.indexVestingAccounts(ctx)
}

// indexVestingAccounts records the vesting accounts of the genesis (x/auth's InitGenesis runs
// first). This is the only walk of all accounts, once, over the genesis file's accounts; the
// supply query then reads only these. An imported (exported) genesis is indexed the same way.
func (k *Keeper) indexVestingAccounts(ctx context.Context) error {
	var addrs []sdk.AccAddress
	k.accountKeeper.IterateAccounts(ctx, func(acc sdk.AccountI) bool {
		if _, ok := acc.(vestexported.VestingAccount); ok {
			addrs = append(addrs, acc.GetAddress())
		}
		return false
	})
	for _, a := range addrs {
		if err := k.VestingAccounts.Set(ctx, a); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis exports the state; InitGenesis of the result restores it exactly.
func (k *Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	ns, err := k.GenesisTime.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs.GenesisTime = time.Unix(0, ns).UTC()
	if gs.MiningPaid, err = getInt(ctx, k.MiningPaid); err != nil {
		return nil, err
	}
	if gs.Burned, err = getInt(ctx, k.Burned); err != nil {
		return nil, err
	}
	if gs.FeeSplitTotal, err = getInt(ctx, k.FeeSplitTotal); err != nil {
		return nil, err
	}
	if gs.NextMilestoneId, err = k.MilestoneSeq.Peek(ctx); err != nil {
		return nil, err
	}
	if err := k.Milestones.Walk(ctx, nil, func(_ uint64, m types.Milestone) (bool, error) {
		gs.Milestones = append(gs.Milestones, m)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.EpochRewards.Walk(ctx, nil, func(_ int64, e types.EpochReward) (bool, error) {
		gs.EpochRewards = append(gs.EpochRewards, e)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.NodeRewards.Walk(ctx, nil, func(_ collections.Pair[int64, string], n types.NodeReward) (bool, error) {
		gs.NodeRewards = append(gs.NodeRewards, n)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Released.Walk(ctx, nil, func(key collections.Pair[uint32, string], v math.Int) (bool, error) {
		gs.Released = append(gs.Released, types.Released{Year: key.K1(), Source: key.K2(), Amount: v})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Payouts.Walk(ctx, nil, func(_ int64, p types.EpochPayout) (bool, error) {
		gs.Payouts = append(gs.Payouts, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.PayoutRecords.Walk(ctx, nil, func(_ collections.Pair[int64, string], r types.NodeReward) (bool, error) {
		gs.PayoutRecords = append(gs.PayoutRecords, r)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.PayoutRegionUnits.Walk(ctx, nil, func(key collections.Pair[int64, string], v math.Int) (bool, error) {
		gs.PayoutRegionUnits = append(gs.PayoutRegionUnits, types.RegionUnits{Epoch: key.K1(), Region: key.K2(), Units: v})
		return false, nil
	}); err != nil {
		return nil, err
	}
	return gs, nil
}
