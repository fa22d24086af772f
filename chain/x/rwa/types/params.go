package types

import (
	"fmt"
	"regexp"

	sdkmath "cosmossdk.io/math"
)

// MaxPrice bounds an order's price (abtt per share) so that price × quantity always fits an Int.
var MaxPrice = sdkmath.NewIntWithDecimal(1, 36)

// DefaultMaxMakersPerOrder is the default bound on the resting orders one incoming order visits.
const DefaultMaxMakersPerOrder = 100

// maxWorkBound caps the per-message and per-block work params.
const maxWorkBound = 10_000

// DefaultParams returns the default x/rwa params.
func DefaultParams() Params {
	return Params{
		TokenizeFee:             sdkmath.NewIntWithDecimal(100, 18), // 100 BTT
		TokenizeBurnFraction:    sdkmath.LegacyNewDecWithPrec(5, 1), // half burned, half to the development fund
		TradeFeeRate:            sdkmath.LegacyNewDecWithPrec(2, 3), // 0.2 % of each fill's notional
		TradeFeeBurnFraction:    sdkmath.LegacyNewDecWithPrec(5, 1),
		MaxCredentialSeconds:    2 * 365 * 24 * 3600,
		MaxOpenOrdersPerAccount: 20_000,
		MaxMakersPerOrder:       DefaultMaxMakersPerOrder,
		MaxPrunePerMsg:          500,
		TradeRetentionSeconds:   180 * 24 * 3600, // 180 days
		MaxTradePrunesPerBlock:  200,
	}
}

func fraction(name string, d sdkmath.LegacyDec) error {
	if d.IsNil() || d.IsNegative() || d.GT(sdkmath.LegacyOneDec()) {
		return fmt.Errorf("%s must be in [0, 1]", name)
	}
	return nil
}

// Validate checks the params.
func (p Params) Validate() error {
	if p.TokenizeFee.IsNil() || p.TokenizeFee.IsNegative() {
		return fmt.Errorf("tokenize fee must not be negative")
	}
	if err := fraction("tokenize burn fraction", p.TokenizeBurnFraction); err != nil {
		return err
	}
	if err := fraction("trade fee rate", p.TradeFeeRate); err != nil {
		return err
	}
	if err := fraction("trade fee burn fraction", p.TradeFeeBurnFraction); err != nil {
		return err
	}
	if p.MaxCredentialSeconds < 1 {
		return fmt.Errorf("max credential seconds must be positive")
	}
	if p.MaxOpenOrdersPerAccount < 1 {
		return fmt.Errorf("max open orders per account must be positive")
	}
	for _, b := range []struct {
		name string
		v    uint32
	}{{"max makers per order", p.MaxMakersPerOrder}, {"max prune per msg", p.MaxPrunePerMsg}, {"max trade prunes per block", p.MaxTradePrunesPerBlock}} {
		if b.v < 1 || b.v > maxWorkBound {
			return fmt.Errorf("%s must be in [1, %d], got %d", b.name, maxWorkBound, b.v)
		}
	}
	if p.TradeRetentionSeconds < 1 {
		return fmt.Errorf("trade retention seconds must be positive")
	}
	return nil
}

var (
	jurisdictionRe = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)
	currencyRe     = regexp.MustCompile(`^[A-Z]{3}$`)
)

// ValidJurisdiction: ISO 3166-1 alpha-2 (CN) or ISO 3166-2 (CN-BJ).
func ValidJurisdiction(j string) bool { return jurisdictionRe.MatchString(j) }

// ValidCurrency: an ISO 4217 code (CNY).
func ValidCurrency(c string) bool { return currencyRe.MatchString(c) }

// HasKind reports whether the verifier may attest kind.
func (v Verifier) HasKind(kind AttestationKind) bool {
	for _, k := range v.Kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// Covers reports whether the verifier works in jurisdiction.
func (v Verifier) Covers(jurisdiction string) bool {
	for _, j := range v.Jurisdictions {
		if j == jurisdiction {
			return true
		}
	}
	return false
}
