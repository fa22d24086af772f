package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// CheckCredential returns nil when holder has a valid credential for jurisdiction at block
// time: present, not expired, and issued by an account that is still a KYC verifier of it.
func (k *Keeper) CheckCredential(ctx context.Context, holder sdk.AccAddress, jurisdiction string) error {
	c, err := k.Credentials.Get(ctx, collections.Join(holder, jurisdiction))
	if err != nil {
		return errorsmod.Wrapf(types.ErrNoCredential, "%s has no %s credential", holder, jurisdiction)
	}
	if now(ctx) >= c.ExpiresAt {
		return errorsmod.Wrapf(types.ErrNoCredential, "%s's %s credential expired at %d", holder, jurisdiction, c.ExpiresAt)
	}
	issuer, err := sdk.AccAddressFromBech32(c.Issuer)
	if err != nil {
		return errorsmod.Wrap(types.ErrNoCredential, "credential issuer is malformed")
	}
	v, err := k.Verifiers.Get(ctx, issuer)
	if err != nil || !v.HasKind(types.AttestationKind_ATTESTATION_KIND_KYC) || !v.Covers(jurisdiction) {
		return errorsmod.Wrapf(types.ErrNoCredential, "%s's %s credential was issued by %s, no longer a KYC verifier there", holder, jurisdiction, c.Issuer)
	}
	return nil
}

// issueCredential handles MsgIssueCredential.
func (k *Keeper) issueCredential(ctx context.Context, msg *types.MsgIssueCredential) (*types.MsgIssueCredentialResponse, error) {
	if !types.ValidJurisdiction(msg.Jurisdiction) {
		return nil, errorsmod.Wrapf(types.ErrInvalidCredential, "jurisdiction %q is not an ISO 3166 code", msg.Jurisdiction)
	}
	v, err := k.verifier(ctx, msg.Issuer, types.AttestationKind_ATTESTATION_KIND_KYC, msg.Jurisdiction)
	if err != nil {
		return nil, err
	}
	holder, err := parseAddr(msg.Holder, "holder")
	if err != nil {
		return nil, err
	}
	t := now(ctx)
	if msg.ExpiresAt <= t || msg.ExpiresAt-t > k.GetParams(ctx).MaxCredentialSeconds {
		return nil, errorsmod.Wrapf(types.ErrInvalidCredential, "expiry %d must be after the block time %d and at most %d s later",
			msg.ExpiresAt, t, k.GetParams(ctx).MaxCredentialSeconds)
	}
	c := types.Credential{Holder: holder.String(), Jurisdiction: msg.Jurisdiction, Issuer: v.Address, IssuedAt: t, ExpiresAt: msg.ExpiresAt}
	if err := k.Credentials.Set(ctx, collections.Join(holder, msg.Jurisdiction), c); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventCredentialIssued{Holder: c.Holder, Jurisdiction: c.Jurisdiction, Issuer: c.Issuer, ExpiresAt: c.ExpiresAt})
	return &types.MsgIssueCredentialResponse{}, nil
}

// revokeCredential handles MsgRevokeCredential.
func (k *Keeper) revokeCredential(ctx context.Context, msg *types.MsgRevokeCredential) (*types.MsgRevokeCredentialResponse, error) {
	// Any KYC verifier of the jurisdiction may revoke, so a credential outlives no issuer's absence.
	if _, err := k.verifier(ctx, msg.Issuer, types.AttestationKind_ATTESTATION_KIND_KYC, msg.Jurisdiction); err != nil {
		return nil, err
	}
	holder, err := parseAddr(msg.Holder, "holder")
	if err != nil {
		return nil, err
	}
	key := collections.Join(holder, msg.Jurisdiction)
	if has, _ := k.Credentials.Has(ctx, key); !has {
		return nil, errorsmod.Wrapf(types.ErrCredentialNotFound, "%s has no %s credential", msg.Holder, msg.Jurisdiction)
	}
	if err := k.Credentials.Remove(ctx, key); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventCredentialRevoked{Holder: holder.String(), Jurisdiction: msg.Jurisdiction, Issuer: msg.Issuer})
	return &types.MsgRevokeCredentialResponse{}, nil
}
