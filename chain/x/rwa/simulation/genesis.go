// Package simulation holds x/rwa's part of the SDK simulation: a random but valid genesis (with
// verifiers and credentials, which governance would otherwise have to appoint first), message
// factories for every user message and the governance messages as proposal payloads.
package simulation

import (
	"fmt"
	"math/rand"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// Jurisdictions are those of simulated assets, verifiers and credentials (CN also covers the
// CN-xx regions of x/compute's simulated nodes for technical attestations).
var Jurisdictions = []string{"CN", "CN-BJ", "CN-SH"}

var (
	regulatory = types.AttestationKind_ATTESTATION_KIND_REGULATORY
	technical  = types.AttestationKind_ATTESTATION_KIND_TECHNICAL
	kyc        = types.AttestationKind_ATTESTATION_KIND_KYC
)

// RandomParams returns valid params sized for a simulation: small fees, credentials that lapse
// within a run, small work bounds so the bounded paths (stopped orders, pruning) are reached.
func RandomParams(r *rand.Rand) types.Params {
	p := types.DefaultParams()
	p.TokenizeFee = sdkmath.NewIntWithDecimal(int64(r.Intn(20)), 18)
	p.TokenizeBurnFraction = sdkmath.LegacyNewDecWithPrec(int64(r.Intn(1001)), 3)
	p.TradeFeeRate = sdkmath.LegacyNewDecWithPrec(int64(r.Intn(51)), 3)
	p.TradeFeeBurnFraction = sdkmath.LegacyNewDecWithPrec(int64(r.Intn(1001)), 3)
	p.MaxCredentialSeconds = int64(24*3600 + r.Intn(60*24*3600))
	p.MaxOpenOrdersPerAccount = uint32(2 + r.Intn(50))
	p.MaxMakersPerOrder = uint32(1 + r.Intn(20))
	p.MaxPrunePerMsg = uint32(1 + r.Intn(50))
	p.TradeRetentionSeconds = int64(3600 + r.Intn(20*24*3600))
	p.MaxTradePrunesPerBlock = uint32(1 + r.Intn(20))
	return p
}

// RandomVerifier returns a verifier of random kinds and jurisdictions.
func RandomVerifier(r *rand.Rand, addr string, addedAt int64) types.Verifier {
	v := types.Verifier{Address: addr, Name: fmt.Sprintf("sim verifier %d", r.Intn(1000)), AddedAt: addedAt}
	for _, k := range []types.AttestationKind{regulatory, technical, kyc} {
		if r.Intn(2) == 0 {
			v.Kinds = append(v.Kinds, k)
		}
	}
	if len(v.Kinds) == 0 {
		v.Kinds = []types.AttestationKind{types.AttestationKind(1 + r.Intn(3))}
	}
	for _, j := range Jurisdictions {
		if r.Intn(2) == 0 {
			v.Jurisdictions = append(v.Jurisdictions, j)
		}
	}
	if len(v.Jurisdictions) == 0 {
		v.Jurisdictions = []string{Jurisdictions[r.Intn(len(Jurisdictions))]}
	}
	return v
}

// RandomizedGenState generates x/rwa's genesis: random params; 3 to 8 verifiers among the
// simulated accounts (the first two cover every kind and jurisdiction between them, so every
// path has a verifier); KYC credentials for about a third of the accounts.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	t := simState.GenTimestamp.Unix()
	gs := types.DefaultGenesis()
	gs.Params = RandomParams(r)
	accs := simState.Accounts
	n := min(3+r.Intn(6), len(accs))
	for i := 0; i < n; i++ {
		v := RandomVerifier(r, accs[i].Address.String(), t)
		switch i {
		case 0:
			v.Kinds, v.Jurisdictions = []types.AttestationKind{regulatory, kyc}, Jurisdictions
		case 1:
			v.Kinds, v.Jurisdictions = []types.AttestationKind{technical, kyc}, Jurisdictions
		}
		gs.Verifiers = append(gs.Verifiers, v)
	}
	for _, acc := range accs {
		if r.Intn(3) != 0 || len(gs.Verifiers) < 2 {
			continue
		}
		issuer := gs.Verifiers[r.Intn(2)]
		gs.Credentials = append(gs.Credentials, types.Credential{
			Holder: acc.Address.String(), Jurisdiction: Jurisdictions[r.Intn(len(Jurisdictions))], Issuer: issuer.Address,
			IssuedAt: t, ExpiresAt: t + 1 + r.Int63n(gs.Params.MaxCredentialSeconds),
		})
	}
	if err := gs.Validate(); err != nil {
		panic(err)
	}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
