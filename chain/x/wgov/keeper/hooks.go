package keeper

import (
	"context"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
)

// Hooks keep the weight of a holder's ballot in the running election equal to its bonded stake
// when its delegations change (delegate, undelegate, redelegate): the delegator's transaction pays
// for updating the (at most seats) candidates its ballot names. Stake that changes without a
// delegation event (a slash, a validator leaving the active set) is reflected when the holder
// votes again or next changes a delegation.
type Hooks struct{ k *Keeper }

var _ stakingtypes.StakingHooks = Hooks{}

// Hooks returns x/wgov's staking hooks.
func (k *Keeper) Hooks() Hooks { return Hooks{k} }

func (h Hooks) refresh(ctx context.Context, del sdk.AccAddress, removed sdk.ValAddress) error {
	return h.k.RefreshBallot(ctx, del, removed)
}

// AfterDelegationModified runs after a delegation is created or its shares change.
func (h Hooks) AfterDelegationModified(ctx context.Context, del sdk.AccAddress, _ sdk.ValAddress) error {
	return h.refresh(ctx, del, nil)
}

// BeforeDelegationRemoved runs before a delegation is deleted: its stake no longer counts.
func (h Hooks) BeforeDelegationRemoved(ctx context.Context, del sdk.AccAddress, val sdk.ValAddress) error {
	return h.refresh(ctx, del, val)
}

func (Hooks) AfterValidatorCreated(context.Context, sdk.ValAddress) error   { return nil }
func (Hooks) BeforeValidatorModified(context.Context, sdk.ValAddress) error { return nil }
func (Hooks) AfterValidatorRemoved(context.Context, sdk.ConsAddress, sdk.ValAddress) error {
	return nil
}
func (Hooks) AfterValidatorBonded(context.Context, sdk.ConsAddress, sdk.ValAddress) error { return nil }
func (Hooks) AfterValidatorBeginUnbonding(context.Context, sdk.ConsAddress, sdk.ValAddress) error {
	return nil
}
func (Hooks) BeforeDelegationCreated(context.Context, sdk.AccAddress, sdk.ValAddress) error {
	return nil
}
func (Hooks) BeforeDelegationSharesModified(context.Context, sdk.AccAddress, sdk.ValAddress) error {
	return nil
}
func (Hooks) BeforeValidatorSlashed(context.Context, sdk.ValAddress, math.LegacyDec) error {
	return nil
}
func (Hooks) AfterUnbondingInitiated(context.Context, uint64) error { return nil }
