package types

import (
	"fmt"
	"regexp"

	sdkmath "cosmossdk.io/math"
)

// DefaultParams: daily epochs; the pool pays at most 5,000 BTT a day for points (about 1.8M BTT
// a year, 7% of the 25.2M community incentives pool, leaving the rest for developer grants and
// adoption incentives); a point is worth at most 0.1 BTT; clinics with a Chinese KYC credential
// are providers.
func DefaultParams() Params {
	return Params{
		EpochSeconds:          86400,
		EpochBudget:           sdkmath.NewIntWithDecimal(5000, 18),
		MaxAbttPerPoint:       sdkmath.NewIntWithDecimal(1, 17),
		ProviderJurisdictions: []string{"CN"},
	}
}

var jurisdictionRe = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)

// MaxEpochBudget bounds the per-epoch budget (the whole 210M supply) so that products stay small.
var MaxEpochBudget = sdkmath.NewIntWithDecimal(210_000_000, 18)

// Validate checks the params.
func (p Params) Validate() error {
	if p.EpochSeconds < 1 || p.EpochSeconds > 366*86400 {
		return fmt.Errorf("epoch_seconds must be in [1, %d]", 366*86400)
	}
	if p.EpochBudget.IsNil() || p.EpochBudget.IsNegative() || p.EpochBudget.GT(MaxEpochBudget) {
		return fmt.Errorf("epoch_budget must be in [0, %s]", MaxEpochBudget)
	}
	if p.MaxAbttPerPoint.IsNil() || p.MaxAbttPerPoint.IsNegative() || p.MaxAbttPerPoint.GT(MaxEpochBudget) {
		return fmt.Errorf("max_abtt_per_point must be in [0, %s]", MaxEpochBudget)
	}
	seen := map[string]bool{}
	for _, j := range p.ProviderJurisdictions {
		if !jurisdictionRe.MatchString(j) {
			return fmt.Errorf("provider jurisdiction %q is not an ISO 3166 code such as CN or CN-BJ", j)
		}
		if seen[j] {
			return fmt.Errorf("provider jurisdiction %q listed twice", j)
		}
		seen[j] = true
	}
	return nil
}
