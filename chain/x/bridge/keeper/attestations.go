package keeper

import (
	"context"
	"fmt"
	"slices"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// voteOf returns the claim hash validator attested for an event nonce, if any.
func (k Keeper) voteOf(ctx context.Context, nonce uint64, validator string) (string, bool, error) {
	hash, found := "", false
	err := k.Attestations.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](nonce),
		func(_ collections.Pair[uint64, string], a types.Attestation) (bool, error) {
			if slices.Contains(a.Votes, validator) {
				hash, found = a.ClaimHash, true
				return true, nil
			}
			return false, nil
		})
	return hash, found, err
}

// Claim handles one orchestrator's attestation of an Ethereum event (the three claim messages).
func (k Keeper) Claim(ctx context.Context, orchestrator string, claim types.Claim) (*types.MsgClaimResponse, error) {
	o, err := k.orchestratorValidator(ctx, orchestrator)
	if err != nil {
		return nil, err
	}
	val, bonded := k.bondedValidator(ctx, o.Validator)
	if !bonded {
		return nil, errorsmod.Wrapf(types.ErrValidatorNotBonded, "%s's validator %s is not bonded (or is jailed)", orchestrator, o.Validator)
	}
	if err := claim.Validate(); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidClaim, err.Error())
	}
	hash, err := claim.Hash()
	if err != nil {
		return nil, err
	}
	nonce := claim.EventNonce()
	last, err := k.EventNonces.Get(ctx, o.Validator)
	if err != nil && !errorsmod.IsOf(err, collections.ErrNotFound) {
		return nil, err
	}
	if nonce <= last {
		voted, found, err := k.voteOf(ctx, nonce, o.Validator)
		if err != nil {
			return nil, err
		}
		if found && voted == hash {
			return nil, errorsmod.Wrapf(types.ErrDuplicateClaim, "%s already attested event %d with this claim", o.Validator, nonce)
		}
		if found {
			// Two different claims for one event: the validator's orchestrator lied once.
			if err := k.slashAndJail(ctx, val, types.SlashConflictingClaim, nonce, k.GetParams(ctx).SlashFractionConflictingClaim); err != nil {
				return nil, err
			}
			return &types.MsgClaimResponse{Conflicting: true}, nil
		}
		return nil, errorsmod.Wrapf(types.ErrNonContiguousEventNonce, "%s's last attested event nonce is %d; expected %d, got %d", o.Validator, last, last+1, nonce)
	}
	if nonce != last+1 {
		return nil, errorsmod.Wrapf(types.ErrNonContiguousEventNonce, "%s's last attested event nonce is %d; expected %d, got %d", o.Validator, last, last+1, nonce)
	}
	key := collections.Join(nonce, hash)
	att, err := k.Attestations.Get(ctx, key)
	if err != nil {
		if !errorsmod.IsOf(err, collections.ErrNotFound) {
			return nil, err
		}
		att = types.Attestation{EventNonce: nonce, ClaimHash: hash, Claim: claim, Height: sdk.UnwrapSDKContext(ctx).BlockHeight()}
	}
	att.Votes = append(att.Votes, o.Validator)
	if err := k.Attestations.Set(ctx, key, att); err != nil {
		return nil, err
	}
	if err := k.EventNonces.Set(ctx, o.Validator, nonce); err != nil {
		return nil, err
	}
	k.emit(ctx, &types.EventClaim{EventNonce: nonce, ClaimHash: hash, Validator: o.Validator})
	if err := k.ProcessAttestations(ctx); err != nil {
		return nil, err
	}
	att, err = k.Attestations.Get(ctx, key)
	if err != nil {
		return nil, err
	}
	return &types.MsgClaimResponse{Observed: att.Observed}, nil
}

// hasQuorum says whether the bonded power of an attestation's voters is at least 2/3 of the bonded power.
func (k Keeper) hasQuorum(ctx context.Context, a types.Attestation) (bool, error) {
	total, err := k.staking.GetLastTotalPower(ctx)
	if err != nil || !total.IsPositive() {
		return false, err
	}
	voted := sdkmath.ZeroInt()
	for _, v := range a.Votes {
		if _, bonded := k.bondedValidator(ctx, v); bonded {
			voted = voted.AddRaw(k.lastPower(ctx, v))
		}
	}
	return voted.MulRaw(3).GTE(total.MulRaw(2)), nil
}

// ProcessAttestations applies, in event-nonce order, every attestation that follows the last observed
// nonce and has a quorum (after a claim and in EndBlock, as powers change).
func (k Keeper) ProcessAttestations(ctx context.Context) error {
	for {
		next := getOr(ctx, k.LastObservedNonce) + 1
		var winner *types.Attestation
		err := k.Attestations.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](next),
			func(_ collections.Pair[uint64, string], a types.Attestation) (bool, error) {
				ok, err := k.hasQuorum(ctx, a)
				if err != nil {
					return true, err
				}
				if ok {
					winner = &a
					return true, nil
				}
				return false, nil
			})
		if err != nil {
			return err
		}
		if winner == nil {
			return nil
		}
		if err := k.observe(ctx, *winner); err != nil {
			return err
		}
	}
}

// observe marks an attestation observed and applies its claim; a claim that cannot be applied (it should
// not happen with an honest contract) changes nothing but the observed counters, and is logged.
func (k Keeper) observe(ctx context.Context, a types.Attestation) error {
	a.Observed = true
	if err := k.Attestations.Set(ctx, collections.Join(a.EventNonce, a.ClaimHash), a); err != nil {
		return err
	}
	if err := k.LastObservedNonce.Set(ctx, a.EventNonce); err != nil {
		return err
	}
	if h := a.Claim.EthereumHeight(); h > getOr(ctx, k.LastObservedHeight) {
		if err := k.LastObservedHeight.Set(ctx, h); err != nil {
			return err
		}
		if err := k.LastObservedTime.Set(ctx, sdk.UnwrapSDKContext(ctx).BlockTime().UnixNano()); err != nil {
			return err
		}
	}
	claim := a.Claim
	k.emit(ctx, &types.EventAttestationObserved{EventNonce: a.EventNonce, ClaimHash: a.ClaimHash, Claim: &claim})
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	cache, write := sdkCtx.CacheContext()
	if err := k.apply(cache, a); err != nil {
		k.Logger(ctx).Error("observed claim not applied", "event_nonce", a.EventNonce, "claim_hash", a.ClaimHash, "err", err)
		return nil
	}
	write()
	return nil
}

func (k Keeper) apply(ctx sdk.Context, a types.Attestation) error {
	switch c := a.Claim.Kind.(type) {
	case *types.Claim_Deposit:
		return k.applyDeposit(ctx, *c.Deposit)
	case *types.Claim_BatchExecuted:
		return k.applyBatchExecuted(ctx, *c.BatchExecuted)
	case *types.Claim_ValsetUpdated:
		if err := k.LastObservedValset.Set(ctx, c.ValsetUpdated.ValsetNonce); err != nil {
			return err
		}
		k.emit(ctx, &types.EventValsetObserved{ValsetNonce: c.ValsetUpdated.ValsetNonce})
		return nil
	}
	return fmt.Errorf("empty claim")
}

// PruneAttestations deletes the attestations more than attestations_kept nonces below the last observed one.
func (k Keeper) PruneAttestations(ctx context.Context) error {
	last := getOr(ctx, k.LastObservedNonce)
	kept := k.GetParams(ctx).AttestationsKept
	if last <= kept {
		return nil
	}
	return k.Attestations.Clear(ctx, new(collections.Range[collections.Pair[uint64, string]]).
		EndExclusive(collections.Join(last-kept+1, "")))
}

// slashAndJail slashes a bonded validator by fraction of its power and jails it for params.jail_duration,
// and emits EventOrchestratorSlashed; nothing happens while slashing is disabled.
func (k Keeper) slashAndJail(ctx context.Context, val interface {
	GetConsAddr() ([]byte, error)
	GetOperator() string
}, reason string, nonce uint64, fraction sdkmath.LegacyDec) error {
	p := k.GetParams(ctx)
	if !p.SlashingEnabled {
		return nil
	}
	cons, err := val.GetConsAddr()
	if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	power := k.lastPower(ctx, val.GetOperator())
	if _, err := k.staking.Slash(ctx, cons, sdkCtx.BlockHeight(), power, fraction); err != nil {
		return err
	}
	if err := k.slashing.Jail(ctx, cons); err != nil {
		return err
	}
	if err := k.slashing.JailUntil(ctx, cons, sdkCtx.BlockTime().Add(p.JailDuration)); err != nil {
		return err
	}
	k.emit(ctx, &types.EventOrchestratorSlashed{Validator: val.GetOperator(), Reason: reason, Nonce: nonce})
	return nil
}
