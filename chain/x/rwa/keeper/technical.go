package keeper

import (
	"context"
	"strings"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

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
