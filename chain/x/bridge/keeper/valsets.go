package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// CurrentValset is the valset the bonded validators with an orchestrator form now (nonce 0, this height),
// with the share of the bonded power they hold. ok is false when no bonded validator has one.
func (k Keeper) CurrentValset(ctx context.Context) (vs types.Valset, registered sdkmath.LegacyDec, ok bool, err error) {
	orchs := map[string]types.Orchestrator{}
	if err = k.Orchestrators.Walk(ctx, nil, func(v string, o types.Orchestrator) (bool, error) {
		orchs[v] = o
		return false, nil
	}); err != nil {
		return
	}
	var members []types.Member
	regPower := int64(0)
	if err = k.staking.IterateLastValidatorPowers(ctx, func(op sdk.ValAddress, power int64) bool {
		o, has := orchs[op.String()]
		if !has || power <= 0 {
			return false
		}
		v, bonded := k.bondedValidator(ctx, op.String())
		_ = v
		if !bonded {
			return false
		}
		addr, perr := types.ParseEthAddress(o.EthAddress)
		if perr != nil {
			return false
		}
		members = append(members, types.Member{EthAddress: addr, Power: uint64(power)})
		regPower += power
		return false
	}); err != nil {
		return
	}
	total, err := k.staking.GetLastTotalPower(ctx)
	if err != nil {
		return
	}
	registered = sdkmath.LegacyZeroDec()
	if total.IsPositive() {
		registered = sdkmath.LegacyNewDec(regPower).QuoInt(total)
	}
	vs = types.Valset{Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	if len(members) == 0 {
		return vs, registered, false, nil
	}
	ev, err := types.NormalisePowers(members, 0)
	if err != nil {
		return vs, registered, false, err
	}
	for i, a := range ev.Validators {
		vs.Members = append(vs.Members, types.ValsetMember{EthAddress: a.Hex(), Power: ev.Powers[i]})
	}
	return vs, registered, len(vs.Members) > 0, nil
}

// LatestValset returns the newest stored valset.
func (k Keeper) LatestValset(ctx context.Context) (types.Valset, bool, error) {
	it, err := k.Valsets.Iterate(ctx, new(collections.Range[uint64]).Descending())
	if err != nil {
		return types.Valset{}, false, err
	}
	defer it.Close()
	if !it.Valid() {
		return types.Valset{}, false, nil
	}
	v, err := it.Value()
	return v, err == nil, err
}

// valsetChanged says whether current differs from latest enough to be stored: another membership, or a
// total normalised power movement above threshold × 2^32.
func valsetChanged(latest, current types.Valset, threshold sdkmath.LegacyDec) bool {
	old := map[string]uint64{}
	for _, m := range latest.Members {
		old[m.EthAddress] = m.Power
	}
	if len(old) != len(current.Members) {
		return true
	}
	diff := sdkmath.ZeroInt()
	for _, m := range current.Members {
		p, ok := old[m.EthAddress]
		if !ok {
			return true
		}
		d := sdkmath.NewIntFromUint64(m.Power).Sub(sdkmath.NewIntFromUint64(p)).Abs()
		diff = diff.Add(d)
	}
	limit := threshold.MulInt(sdkmath.NewIntFromUint64(types.TotalPower))
	return sdkmath.LegacyNewDecFromInt(diff).GT(limit)
}

// MaybeCreateValset stores a new valset when the rules of the README say so (EndBlock).
func (k Keeper) MaybeCreateValset(ctx context.Context) error {
	current, registered, ok, err := k.CurrentValset(ctx)
	if err != nil || !ok {
		return err
	}
	latest, found, err := k.LatestValset(ctx)
	if err != nil {
		return err
	}
	if !found {
		if !registered.GT(sdkmath.LegacyNewDecWithPrec(2, 0).QuoInt64(3)) {
			return nil
		}
	} else if !valsetChanged(latest, current, k.GetParams(ctx).ValsetChangeThreshold) {
		return nil
	}
	current.Nonce = latest.Nonce + 1
	if ev, err := current.ToEth(); err != nil {
		return err
	} else if err := ev.Validate(); err != nil {
		// A set the contract would refuse (e.g. total power under the threshold after flooring) is not stored.
		k.Logger(ctx).Error("valset not stored", "err", err)
		return nil
	}
	if err := k.Valsets.Set(ctx, current.Nonce, current); err != nil {
		return err
	}
	k.emit(ctx, &types.EventValsetCreated{Valset: &current})
	return nil
}

// ConfirmValset records an orchestrator's signature over a valset checkpoint.
func (k Keeper) ConfirmValset(ctx context.Context, msg *types.MsgConfirmValset) error {
	o, err := k.orchestratorValidator(ctx, msg.Orchestrator)
	if err != nil {
		return err
	}
	bridgeID, err := k.bridgeID(ctx)
	if err != nil {
		return err
	}
	vs, err := k.Valsets.Get(ctx, msg.Nonce)
	if err != nil {
		return errorsmod.Wrapf(types.ErrValsetNotFound, "nonce %d", msg.Nonce)
	}
	if has, err := k.ValsetConfirms.Has(ctx, collections.Join(msg.Nonce, o.Validator)); err != nil {
		return err
	} else if has {
		return errorsmod.Wrapf(types.ErrDuplicateConfirm, "valset %d by %s", msg.Nonce, o.Validator)
	}
	ev, err := vs.ToEth()
	if err != nil {
		return err
	}
	digest, err := ev.Checkpoint(bridgeID)
	if err != nil {
		return err
	}
	if err := k.checkSignature(o, msg.EthSigner, msg.Signature, digest); err != nil {
		return err
	}
	if err := k.ValsetConfirms.Set(ctx, collections.Join(msg.Nonce, o.Validator),
		types.Confirm{Validator: o.Validator, EthSigner: o.EthAddress, Signature: msg.Signature}); err != nil {
		return err
	}
	k.emit(ctx, &types.EventValsetConfirmed{Nonce: msg.Nonce, Validator: o.Validator, EthSigner: o.EthAddress})
	return nil
}

// checkSignature checks that ethSigner is o's Ethereum key and that signature is its over digest.
func (k Keeper) checkSignature(o types.Orchestrator, ethSigner, signature string, digest [32]byte) error {
	signer, err := types.ParseEthAddress(ethSigner)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidEthAddress, err.Error())
	}
	if !sameAddress(signer.Hex(), o.EthAddress) {
		return errorsmod.Wrapf(types.ErrInvalidSignature, "eth_signer %s is not %s's registered key %s", signer.Hex(), o.Validator, o.EthAddress)
	}
	sig, err := types.ParseSignature(signature)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidSignature, err.Error())
	}
	rec, err := types.RecoverSigner(digest, sig)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidSignature, err.Error())
	}
	if rec != signer {
		return errorsmod.Wrapf(types.ErrInvalidSignature, "signature recovers to %s, not %s (wrong digest or bridge id?)", rec.Hex(), signer.Hex())
	}
	return nil
}

// BondedValidators lists the validators of the last bonded set (in store order).
func (k Keeper) BondedValidators(ctx context.Context) []sdk.ValAddress {
	var out []sdk.ValAddress
	_ = k.staking.IterateLastValidatorPowers(ctx, func(op sdk.ValAddress, _ int64) bool {
		out = append(out, op)
		return false
	})
	return out
}

// PruneValsets deletes, with their confirms, the valsets below the one the contract holds (the last
// observed valset nonce) that are out of their signing window and that no unexecuted batch refers to
// (a batch's signers are the newest valset at its height).
func (k Keeper) PruneValsets(ctx context.Context) error {
	keepFrom := getOr(ctx, k.LastObservedValset)
	if keepFrom <= 1 {
		return nil
	}
	if err := k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
		vs, ok, err := k.valsetAt(ctx, b.Height)
		if err == nil && ok && vs.Nonce < keepFrom {
			keepFrom = vs.Nonce
		}
		return false, err
	}); err != nil {
		return err
	}
	windowStart := sdk.UnwrapSDKContext(ctx).BlockHeight() - int64(k.GetParams(ctx).SignedWindowBlocks)
	var prune []uint64
	if err := k.Valsets.Walk(ctx, new(collections.Range[uint64]).EndExclusive(keepFrom), func(n uint64, v types.Valset) (bool, error) {
		if v.Height < windowStart {
			prune = append(prune, n)
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, n := range prune {
		if err := k.Valsets.Remove(ctx, n); err != nil {
			return err
		}
		if err := k.ValsetConfirms.Clear(ctx, collections.NewPrefixedPairRange[uint64, string](n)); err != nil {
			return err
		}
	}
	return nil
}
