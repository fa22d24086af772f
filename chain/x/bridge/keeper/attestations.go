package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

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
	return k.ethAttestations().record(ctx, k, val, nonce, hash, func(height int64) types.Attestation {
		return types.Attestation{EventNonce: nonce, ClaimHash: hash, Claim: claim, Height: height}
	})
}

// ProcessAttestations applies, in event-nonce order, every attestation that follows the last observed
// nonce and has a quorum (after a claim and in EndBlock, as powers change).
func (k Keeper) ProcessAttestations(ctx context.Context) error {
	return k.ethAttestations().process(ctx, k)
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
	return k.ethAttestations().prune(ctx, k.GetParams(ctx).AttestationsKept)
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
