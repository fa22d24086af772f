package types

import (
	"fmt"

	sdkmath "cosmossdk.io/math"
)

// DefaultParams: 0.5% of every payment to the development fund (seed 004: a portion of payment
// processing fees), points pay at most half an invoice, invoices live at most 90 days.
func DefaultParams() Params {
	return Params{
		FeeShare:          sdkmath.LegacyNewDecWithPrec(5, 3),
		MaxPointsDiscount: sdkmath.LegacyNewDecWithPrec(5, 1),
		MaxInvoiceSeconds: 90 * 24 * 3600,
	}
}

// Validate checks the params.
func (p Params) Validate() error {
	for _, f := range []struct {
		name string
		d    sdkmath.LegacyDec
	}{{"fee_share", p.FeeShare}, {"max_points_discount", p.MaxPointsDiscount}} {
		if f.d.IsNil() || f.d.IsNegative() || f.d.GT(sdkmath.LegacyOneDec()) {
			return fmt.Errorf("%s must be in [0, 1]", f.name)
		}
	}
	if p.FeeShare.Add(p.MaxPointsDiscount).GT(sdkmath.LegacyOneDec()) {
		return fmt.Errorf("fee_share + max_points_discount must be at most 1 (the payer always pays the fee)")
	}
	if p.MaxInvoiceSeconds < 60 || p.MaxInvoiceSeconds > 5*365*24*3600 {
		return fmt.Errorf("max_invoice_seconds must be in [60, 5 years]")
	}
	return nil
}
