package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// PruneEpochRecords deletes the epoch and node reward records of epochs older than the
// latest params.epoch_record_retention recorded epochs, oldest first, at most
// params.prune_records_per_block records per call (a backlog is worked off over several
// blocks). An epoch's EpochReward goes last, once none of its NodeRewards remain. It returns
// the number of records deleted.
func (k *Keeper) PruneEpochRecords(ctx context.Context) (int, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	if params.EpochRecordRetention == 0 || params.PruneRecordsPerBlock == 0 {
		return 0, nil
	}
	// The latest recorded epoch.
	it, err := k.EpochRewards.Iterate(ctx, new(collections.Range[int64]).Descending())
	if err != nil {
		return 0, err
	}
	if !it.Valid() {
		it.Close()
		return 0, nil
	}
	latest, err := it.Key()
	it.Close()
	if err != nil {
		return 0, err
	}
	if uint64(latest) <= params.EpochRecordRetention {
		return 0, nil
	}
	cutoff := latest - int64(params.EpochRecordRetention) // prune epochs <= cutoff
	budget := int(params.PruneRecordsPerBlock)
	deleted := 0

	var epochs []int64
	err = k.EpochRewards.Walk(ctx, new(collections.Range[int64]).EndInclusive(cutoff), func(e int64, _ types.EpochReward) (bool, error) {
		epochs = append(epochs, e)
		return len(epochs) >= budget, nil
	})
	if err != nil {
		return 0, err
	}
	for _, e := range epochs {
		var keys []collections.Pair[int64, string]
		err := k.NodeRewards.Walk(ctx, collections.NewPrefixedPairRange[int64, string](e), func(key collections.Pair[int64, string], _ types.NodeReward) (bool, error) {
			keys = append(keys, key)
			return deleted+len(keys) >= budget, nil
		})
		if err != nil {
			return deleted, err
		}
		for _, key := range keys {
			if err := k.NodeRewards.Remove(ctx, key); err != nil {
				return deleted, err
			}
			if err := k.NodeRewardsByNode.Remove(ctx, collections.Join(key.K2(), key.K1())); err != nil {
				return deleted, err
			}
			deleted++
		}
		if deleted >= budget {
			// This epoch may still have node rewards: its EpochReward stays until they are gone.
			return deleted, nil
		}
		if err := k.EpochRewards.Remove(ctx, e); err != nil {
			return deleted, err
		}
		deleted++
		if deleted >= budget {
			return deleted, nil
		}
	}
	return deleted, nil
}

// BeginBlock runs the fee split, takes the block's epoch payout step, then prunes old epoch
// records. Each runs in a cached context and a failure is logged and skipped (a failing payout
// step aborts that payout), never returned: none may halt the chain.
func (k *Keeper) BeginBlock(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	splitCtx, writeSplit := sdkCtx.CacheContext()
	if err := k.ApplyFeeSplit(splitCtx); err != nil {
		k.Logger(ctx).Error("fee split failed; the fees stay with the fee collector this block", "err", err)
	} else {
		writeSplit()
	}
	// Continue an epoch payout in progress (bounded; a no-op when the x/epochs hook already
	// took this block's step).
	k.PayoutStep(ctx)
	cacheCtx, write := sdkCtx.CacheContext()
	n, err := k.PruneEpochRecords(cacheCtx)
	if err != nil {
		k.Logger(ctx).Error("pruning epoch records failed; skipped this block", "err", err)
		return nil
	}
	if n > 0 {
		write()
		events.Emit(sdkCtx, &types.EventEpochRecordsPruned{Count: uint64(n)})
	}
	return nil
}
