package keeper

import (
	"context"
	"strings"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// verifier returns the signer's verifier record, checked for kind and jurisdiction.
func (k *Keeper) verifier(ctx context.Context, addr string, kind types.AttestationKind, jurisdiction string) (types.Verifier, error) {
	a, err := parseAddr(addr, "verifier")
	if err != nil {
		return types.Verifier{}, err
	}
	v, err := k.Verifiers.Get(ctx, a)
	if err != nil {
		return v, errorsmod.Wrapf(types.ErrVerifierNotFound, "%s", addr)
	}
	if !v.HasKind(kind) {
		return v, errorsmod.Wrapf(types.ErrNotAuthorizedKind, "%s may not attest %s", addr, kind)
	}
	if !v.Covers(jurisdiction) {
		return v, errorsmod.Wrapf(types.ErrWrongJurisdiction, "%s does not cover %s", addr, jurisdiction)
	}
	return v, nil
}

// addVerifier handles MsgAddVerifier.
func (k *Keeper) addVerifier(ctx context.Context, msg *types.MsgAddVerifier) (*types.MsgAddVerifierResponse, error) {
	if err := k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	a, err := parseAddr(msg.Verifier, "verifier")
	if err != nil {
		return nil, err
	}
	if len(msg.Name) == 0 || len(msg.Name) > 128 {
		return nil, errorsmod.Wrap(types.ErrInvalidVerifier, "name must be 1..128 characters")
	}
	if len(msg.Kinds) == 0 || len(msg.Kinds) > 3 {
		return nil, errorsmod.Wrap(types.ErrInvalidVerifier, "a verifier attests 1..3 kinds")
	}
	seenKind := map[types.AttestationKind]bool{}
	for _, kd := range msg.Kinds {
		if kd < types.AttestationKind_ATTESTATION_KIND_REGULATORY || kd > types.AttestationKind_ATTESTATION_KIND_KYC || seenKind[kd] {
			return nil, errorsmod.Wrapf(types.ErrInvalidVerifier, "invalid or repeated kind %s", kd)
		}
		seenKind[kd] = true
	}
	if len(msg.Jurisdictions) == 0 || len(msg.Jurisdictions) > 64 {
		return nil, errorsmod.Wrap(types.ErrInvalidVerifier, "a verifier covers 1..64 jurisdictions")
	}
	seenJ := map[string]bool{}
	for _, j := range msg.Jurisdictions {
		if !types.ValidJurisdiction(j) || seenJ[j] {
			return nil, errorsmod.Wrapf(types.ErrInvalidVerifier, "jurisdiction %q is repeated or not an ISO 3166 code such as CN or CN-BJ", j)
		}
		seenJ[j] = true
	}
	if has, _ := k.Verifiers.Has(ctx, a); has {
		return nil, errorsmod.Wrapf(types.ErrVerifierExists, "%s", msg.Verifier)
	}
	v := types.Verifier{Address: a.String(), Name: msg.Name, Kinds: msg.Kinds, Jurisdictions: msg.Jurisdictions, AddedAt: now(ctx)}
	if err := k.Verifiers.Set(ctx, a, v); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventVerifierAdded{Verifier: v.Address})
	return &types.MsgAddVerifierResponse{}, nil
}

// removeVerifier handles MsgRemoveVerifier.
func (k *Keeper) removeVerifier(ctx context.Context, msg *types.MsgRemoveVerifier) (*types.MsgRemoveVerifierResponse, error) {
	if err := k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	a, err := parseAddr(msg.Verifier, "verifier")
	if err != nil {
		return nil, err
	}
	if has, _ := k.Verifiers.Has(ctx, a); !has {
		return nil, errorsmod.Wrapf(types.ErrVerifierNotFound, "%s", msg.Verifier)
	}
	if err := k.Verifiers.Remove(ctx, a); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventVerifierRemoved{Verifier: a.String()})
	return &types.MsgRemoveVerifierResponse{}, nil
}

// IsTechnicalVerifierFor reports whether addr is a registered verifier of kind TECHNICAL that
// works in region (an ISO 3166-2 code such as CN-BJ) or in its country (CN). Read-only; x/compute
// uses it to accept attestations of a node's region and energy class.
func (k *Keeper) IsTechnicalVerifierFor(ctx context.Context, addr sdk.AccAddress, region string) bool {
	v, err := k.Verifiers.Get(ctx, addr)
	if err != nil || !v.HasKind(types.AttestationKind_ATTESTATION_KIND_TECHNICAL) {
		return false
	}
	if v.Covers(region) {
		return true
	}
	country, _, ok := strings.Cut(region, "-")
	return ok && country != "" && v.Covers(country)
}
