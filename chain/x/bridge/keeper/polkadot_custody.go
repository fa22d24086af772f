package keeper

import (
	"bytes"
	"context"
	"slices"
	"sort"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// CurrentPolkadotMembers returns the custody the bonded, unjailed validators with a Polkadot key would form
// now (members: the max_custody_members of most power, ids sorted; id 0, balance 0) and whether their power is
// more than 2/3 of the bonded power.
func (k Keeper) CurrentPolkadotMembers(ctx context.Context) (types.PolkadotCustody, bool, error) {
	type member struct {
		account [32]byte
		power   int64
	}
	var ms []member
	regPower := sdkmath.ZeroInt()
	if err := k.staking.IterateLastValidatorPowers(ctx, func(op sdk.ValAddress, power int64) bool {
		if power <= 0 {
			return false
		}
		o, err := k.Polkadot.Orchestrators.Get(ctx, op.String())
		if err != nil {
			return false
		}
		if _, bonded := k.bondedValidator(ctx, op.String()); !bonded {
			return false
		}
		a, err := types.ParsePolkadotAccount(o.PolkadotAccount)
		if err != nil {
			return false
		}
		ms = append(ms, member{a, power})
		return false
	}); err != nil {
		return types.PolkadotCustody{}, false, err
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].power != ms[j].power {
			return ms[i].power > ms[j].power
		}
		return bytes.Compare(ms[i].account[:], ms[j].account[:]) < 0
	})
	if max := int(k.polkadotParams(ctx).MaxCustodyMembers); len(ms) > max {
		ms = ms[:max]
	}
	ids := make([][32]byte, len(ms))
	for i, m := range ms {
		ids[i] = m.account
		regPower = regPower.AddRaw(m.power)
	}
	sort.Slice(ids, func(i, j int) bool { return bytes.Compare(ids[i][:], ids[j][:]) < 0 })
	c := types.PolkadotCustody{Height: sdk.UnwrapSDKContext(ctx).BlockHeight(), Balance: sdkmath.ZeroInt()}
	if len(ids) == 0 {
		return c, false, nil
	}
	for _, id := range ids {
		c.Members = append(c.Members, types.AccountHex(id))
	}
	c.Threshold = uint32(types.MultisigThreshold(len(ids)))
	c.Account = types.AccountHex(types.MultisigAccount(ids, uint16(c.Threshold)))
	total, err := k.staking.GetLastTotalPower(ctx)
	if err != nil {
		return c, false, err
	}
	return c, total.IsPositive() && regPower.MulRaw(3).GT(total.MulRaw(2)), nil
}

// MaybeRotatePolkadotCustody makes the custody of the current members the current one (EndBlock) when it
// differs from the current custody and its members hold more than 2/3 of the bonded power. A member set that
// had a custody before gets that custody back (same multisig account), else a new custody id.
func (k Keeper) MaybeRotatePolkadotCustody(ctx context.Context) error {
	next, enough, err := k.CurrentPolkadotMembers(ctx)
	if err != nil || !enough {
		return err
	}
	current, ok, err := k.CurrentPolkadotCustody(ctx)
	if err != nil {
		return err
	}
	if ok && current.Account == next.Account {
		return nil
	}
	var existing *types.PolkadotCustody
	last := uint64(0)
	if err := k.Polkadot.Custodies.Walk(ctx, nil, func(id uint64, c types.PolkadotCustody) (bool, error) {
		last = id
		if c.Account == next.Account && slices.Equal(c.Members, next.Members) {
			existing = &c
		}
		return false, nil
	}); err != nil {
		return err
	}
	if existing != nil {
		if err := k.Polkadot.CurrentCustody.Set(ctx, existing.Id); err != nil {
			return err
		}
		k.emit(ctx, &types.EventPolkadotCustodyCreated{Custody: existing})
		return nil
	}
	next.Id = last + 1
	if err := k.Polkadot.Custodies.Set(ctx, next.Id, next); err != nil {
		return err
	}
	if err := k.Polkadot.CurrentCustody.Set(ctx, next.Id); err != nil {
		return err
	}
	k.emit(ctx, &types.EventPolkadotCustodyCreated{Custody: &next})
	return nil
}

// MigratePolkadotCustodies makes, for each custody that is not the current one and has at least the
// existential deposit free and no pending migration, a MIGRATION withdrawal of all its free planck to the
// current custody (EndBlock). It walks the custodies only (their free planck and pending migration come from
// the Reserved and Migrating indexes), not the pending withdrawals.
func (k Keeper) MigratePolkadotCustodies(ctx context.Context) error {
	current, ok, err := k.CurrentPolkadotCustody(ctx)
	if err != nil || !ok {
		return err
	}
	ed := k.polkadotParams(ctx).ExistentialDeposit
	type move struct {
		from types.PolkadotCustody
		free sdkmath.Int
	}
	var moves []move
	if err := k.Polkadot.Custodies.Walk(ctx, nil, func(id uint64, c types.PolkadotCustody) (bool, error) {
		if id == current.Id {
			return false, nil
		}
		if migrating, err := k.Polkadot.Migrating.Has(ctx, id); err != nil || migrating {
			return err != nil, err
		}
		free, err := k.available(ctx, c)
		if err != nil {
			return true, err
		}
		if free.GTE(ed) {
			moves = append(moves, move{c, free})
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, m := range moves {
		if _, err := k.addWithdrawal(ctx, types.PolkadotWithdrawal{
			Kind: types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION, DestinationAccount: current.Account,
			Amount: m.free, CustodyId: m.from.Id, ToCustodyId: current.Id,
		}); err != nil {
			return err
		}
	}
	return nil
}

// PolkadotBridgeState is the state a checkpoint at this height commits to.
func (k Keeper) PolkadotBridgeState(ctx context.Context) (types.PolkadotBridgeState, error) {
	s := types.PolkadotBridgeState{
		Height:                  sdk.UnwrapSDKContext(ctx).BlockHeight(),
		VouchersOutstanding:     k.bank.GetSupply(ctx, types.PolkadotVoucherDenom).Amount,
		NextWithdrawalId:        max(getOr(ctx, k.Polkadot.NextWithdrawal), 1),
		LastObservedEventNonce:  getOr(ctx, k.Polkadot.LastObservedNonce),
		LastObservedBlockNumber: getOr(ctx, k.Polkadot.LastObservedBlock),
		Totals:                  k.PolkadotTotals(ctx),
	}
	c, ok, err := k.CurrentPolkadotCustody(ctx)
	if err != nil {
		return s, err
	}
	if ok {
		s.CustodyId, s.CustodyAccount = c.Id, c.Account
	}
	return s, nil
}

// MaybePolkadotCheckpoint stores a checkpoint every checkpoint_blocks blocks and prunes the oldest beyond
// checkpoints_kept (EndBlock).
func (k Keeper) MaybePolkadotCheckpoint(ctx context.Context) error {
	p := k.polkadotParams(ctx)
	h := sdk.UnwrapSDKContext(ctx).BlockHeight()
	if p.CheckpointBlocks == 0 || h <= 0 || uint64(h)%p.CheckpointBlocks != 0 {
		return nil
	}
	s, err := k.PolkadotBridgeState(ctx)
	if err != nil {
		return err
	}
	hash, err := s.Hash()
	if err != nil {
		return err
	}
	cp := types.PolkadotCheckpoint{Height: h, BridgeStateHash: hash, State: s}
	if err := k.Polkadot.Checkpoints.Set(ctx, h, cp); err != nil {
		return err
	}
	k.emit(ctx, &types.EventPolkadotCheckpoint{Checkpoint: &cp})
	// Prune: keep the newest checkpoints_kept.
	var heights []int64
	if err := k.Polkadot.Checkpoints.Walk(ctx, nil, func(height int64, _ types.PolkadotCheckpoint) (bool, error) {
		heights = append(heights, height)
		return false, nil
	}); err != nil {
		return err
	}
	for i := 0; i+int(p.CheckpointsKept) < len(heights); i++ {
		if err := k.Polkadot.Checkpoints.Remove(ctx, heights[i]); err != nil {
			return err
		}
	}
	return nil
}

// PolkadotEndBlocker: observe Polkadot attestations that reached quorum through power changes, time out
// withdrawals, rotate the custody, make migrations, store a checkpoint, prune attestations. Each step runs in
// its own cache context: a failing step is logged and leaves no trace.
func (k Keeper) PolkadotEndBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"polkadot-attestations", k.ProcessPolkadotAttestations},
		{"polkadot-timeouts", k.TimeoutPolkadotWithdrawals},
		{"polkadot-custody", k.MaybeRotatePolkadotCustody},
		{"polkadot-migrations", k.MigratePolkadotCustodies},
		{"polkadot-checkpoint", k.MaybePolkadotCheckpoint},
		{"polkadot-prune-attestations", k.PrunePolkadotAttestations},
	}
	for _, step := range steps {
		cache, write := sdkCtx.CacheContext()
		if err := step.run(cache); err != nil {
			k.Logger(ctx).Error("x/bridge end block step failed", "step", step.name, "height", sdkCtx.BlockHeight(), "err", err)
			continue
		}
		write()
	}
	return nil
}

var _ = collections.ErrNotFound
