package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// valsetAt returns the newest valset stored at or before a height.
func (k Keeper) valsetAt(ctx context.Context, height int64) (types.Valset, bool, error) {
	var found types.Valset
	ok := false
	err := k.Valsets.Walk(ctx, new(collections.Range[uint64]).Descending(), func(_ uint64, v types.Valset) (bool, error) {
		if v.Height <= height {
			found, ok = v, true
			return true, nil
		}
		return false, nil
	})
	return found, ok, err
}

// slashMissing slashes each still-bonded validator of a valset's members for which confirmed is false.
func (k Keeper) slashMissing(ctx context.Context, members types.Valset, reason string, nonce uint64,
	confirmed func(validator string) (bool, error),
) error {
	frac := k.GetParams(ctx).SlashFractionMissedConfirm
	for _, m := range members.Members {
		o, ok := k.OrchestratorByEthAddress(ctx, m.EthAddress)
		if !ok {
			continue
		}
		val, bonded := k.bondedValidator(ctx, o.Validator)
		if !bonded {
			continue
		}
		done, err := confirmed(o.Validator)
		if err != nil {
			return err
		}
		if done {
			continue
		}
		// One validator's slash failing (e.g. no signing info) must not halt the chain: log it.
		cache, write := sdk.UnwrapSDKContext(ctx).CacheContext()
		if err := k.slashAndJail(cache, val, reason, nonce, frac); err != nil {
			k.Logger(ctx).Error("bridge slash failed", "validator", o.Validator, "reason", reason, "err", err)
			continue
		}
		write()
	}
	return nil
}

// SlashMissedConfirms slashes the members that did not sign a valset or batch made exactly
// signed_window_blocks ago (EndBlock, when slashing is enabled).
func (k Keeper) SlashMissedConfirms(ctx context.Context) error {
	p := k.GetParams(ctx)
	if !p.SlashingEnabled {
		return nil
	}
	target := sdk.UnwrapSDKContext(ctx).BlockHeight() - int64(p.SignedWindowBlocks)
	if target <= 0 {
		return nil
	}
	var valsets []types.Valset
	if err := k.Valsets.Walk(ctx, new(collections.Range[uint64]).Descending(), func(_ uint64, v types.Valset) (bool, error) {
		if v.Height < target {
			return true, nil
		}
		if v.Height == target {
			valsets = append(valsets, v)
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, v := range valsets {
		if err := k.slashMissing(ctx, v, types.SlashMissedValsetConfirm, v.Nonce, func(val string) (bool, error) {
			return k.ValsetConfirms.Has(ctx, collections.Join(v.Nonce, val))
		}); err != nil {
			return err
		}
	}
	var batches []types.OutgoingBatch
	if err := k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
		if b.Height == target {
			batches = append(batches, b)
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, b := range batches {
		vs, ok, err := k.valsetAt(ctx, b.Height)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if err := k.slashMissing(ctx, vs, types.SlashMissedBatchConfirm, b.Nonce, func(val string) (bool, error) {
			return k.BatchConfirms.Has(ctx, collections.Join3(b.TokenContract, b.Nonce, val))
		}); err != nil {
			return err
		}
	}
	return nil
}

// EndBlocker: observe attestations that reached a quorum through power changes, time out batches,
// store a new valset when due, make the automatic batches, slash missed confirms, prune attestations.
// Each step runs in its own cache context: a step that fails is logged and leaves no trace, and the
// chain goes on (a bridge fault must not halt BTT).
func (k Keeper) EndBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	p := k.GetParams(ctx)
	h := sdkCtx.BlockHeight()
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"attestations", k.ProcessAttestations},
		{"timeouts", k.TimeoutBatches},
		{"valset", k.MaybeCreateValset},
		{"auto-batch", func(c context.Context) error {
			if p.AutoBatchBlocks > 0 && h > 0 && uint64(h)%p.AutoBatchBlocks == 0 {
				return k.AutoBatch(c)
			}
			return nil
		}},
		{"slashing", k.SlashMissedConfirms},
		{"prune-attestations", k.PruneAttestations},
		{"prune-valsets", k.PruneValsets},
	}
	for _, step := range steps {
		cache, write := sdkCtx.CacheContext()
		if err := step.run(cache); err != nil {
			k.Logger(ctx).Error("x/bridge end block step failed", "step", step.name, "height", h, "err", err)
			continue
		}
		write()
	}
	return nil
}
