package types

import (
	"fmt"
	"regexp"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

var (
	// referenceRe: ISO 20022 remittance reference characters (the SWIFT "x" set), 1-35 long.
	referenceRe      = regexp.MustCompile(`^[A-Za-z0-9/\-?:().,'+ ]{1,35}$`)
	idempotencyKeyRe = regexp.MustCompile(`^[A-Za-z0-9._:\-]{1,64}$`)
	jurisdictionRe   = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)
)

// MaxAmount bounds an invoice amount (10^36 base units).
var MaxAmount = sdkmath.NewIntWithDecimal(1, 36)

// ValidateReference checks an ISO 20022-style payment reference.
func ValidateReference(r string) error {
	if !referenceRe.MatchString(r) {
		return fmt.Errorf("reference %q must be 1-35 of A-Z a-z 0-9 / - ? : ( ) . , ' + space", r)
	}
	return nil
}

// ValidateIdempotencyKey checks an idempotency key.
func ValidateIdempotencyKey(k string) error {
	if !idempotencyKeyRe.MatchString(k) {
		return fmt.Errorf("idempotency key %q must be 1-64 of A-Z a-z 0-9 . _ : -", k)
	}
	return nil
}

// ValidateJurisdiction checks an ISO 3166-1 or 3166-2 code.
func ValidateJurisdiction(j string) error {
	if !jurisdictionRe.MatchString(j) {
		return fmt.Errorf("jurisdiction %q is not an ISO 3166 code such as CN or CN-BJ", j)
	}
	return nil
}

// Accepts reports whether the merchant takes denom: abtt always, others when listed.
func (m Merchant) Accepts(denom string) bool {
	if denom == BaseDenom {
		return true
	}
	for _, d := range m.AcceptedDenoms {
		if d == denom {
			return true
		}
	}
	return false
}

// ValidateAcceptedDenoms checks a merchant's extra denoms (IBC vouchers ibc/..., bridged assets).
func ValidateAcceptedDenoms(ds []string) error {
	if len(ds) > 16 {
		return fmt.Errorf("at most 16 accepted denoms")
	}
	seen := map[string]bool{}
	for _, d := range ds {
		if err := sdk.ValidateDenom(d); err != nil {
			return fmt.Errorf("accepted denom %q: %w", d, err)
		}
		if d == BaseDenom {
			return fmt.Errorf("%s is always accepted; do not list it", BaseDenom)
		}
		if seen[d] {
			return fmt.Errorf("accepted denom %q listed twice", d)
		}
		seen[d] = true
	}
	return nil
}

// Fee is the development fund's share of an amount, rounded down.
func Fee(amount sdkmath.Int, feeShare sdkmath.LegacyDec) sdkmath.Int {
	return sdkmath.LegacyNewDecFromInt(amount).Mul(feeShare).TruncateInt()
}

// MaxDiscount is the most points may pay of an amount: floor(amount × max_points_discount),
// and never more than amount - fee (the payer always pays the fee).
func MaxDiscount(amount, fee sdkmath.Int, maxShare sdkmath.LegacyDec) sdkmath.Int {
	d := sdkmath.LegacyNewDecFromInt(amount).Mul(maxShare).TruncateInt()
	return sdkmath.MinInt(d, amount.Sub(fee))
}

// Settlement splits a payment: the payer pays Cash = amount - discount, of which Fee goes to the
// development fund and the rest to the merchant; the pool pays Discount to the merchant. So
// MerchantCredit + Fee == Amount and Cash + Discount == Amount.
type Settlement struct {
	Amount, Fee, Discount, Cash, MerchantCredit, PayerToMerchant sdkmath.Int
}

// Settle computes a settlement; discount must lie in [0, MaxDiscount].
func Settle(amount, discount sdkmath.Int, feeShare sdkmath.LegacyDec) Settlement {
	fee := Fee(amount, feeShare)
	cash := amount.Sub(discount)
	return Settlement{Amount: amount, Fee: fee, Discount: discount, Cash: cash,
		MerchantCredit: amount.Sub(fee), PayerToMerchant: cash.Sub(fee)}
}

// Refundable is what can still be refunded on a paid invoice: what the payer paid in cash
// (amount - discount) minus the refunds so far.
func (inv Invoice) Refundable() sdkmath.Int {
	return inv.Amount.Sub(inv.Discount).Sub(inv.Refunded)
}
