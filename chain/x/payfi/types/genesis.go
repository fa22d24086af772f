package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis returns the default x/payfi genesis.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextInvoiceId: 1}
}

// Validate checks a merchant's fields.
func (m Merchant) Validate() error {
	if _, err := sdk.AccAddressFromBech32(m.Address); err != nil {
		return fmt.Errorf("address: %w", err)
	}
	if len(m.Name) == 0 || len(m.Name) > 128 {
		return fmt.Errorf("name must be 1-128 characters")
	}
	if err := ValidateJurisdiction(m.Jurisdiction); err != nil {
		return err
	}
	if _, err := sdk.AccAddressFromBech32(m.SettlementAddress); err != nil {
		return fmt.Errorf("settlement address: %w", err)
	}
	if err := ValidateAcceptedDenoms(m.AcceptedDenoms); err != nil {
		return err
	}
	if len(m.RefundPolicy.Terms) > 256 {
		return fmt.Errorf("refund terms longer than 256 characters")
	}
	return nil
}

// Validate checks the genesis state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	ms := map[string]bool{}
	for _, m := range gs.Merchants {
		if err := m.Validate(); err != nil {
			return fmt.Errorf("merchant %s: %w", m.Address, err)
		}
		if ms[m.Address] {
			return fmt.Errorf("merchant %s listed twice", m.Address)
		}
		ms[m.Address] = true
	}
	if gs.NextInvoiceId == 0 {
		return fmt.Errorf("next_invoice_id must be at least 1")
	}
	ids, keys := map[uint64]bool{}, map[string]bool{}
	for _, inv := range gs.Invoices {
		if inv.Id == 0 || inv.Id >= gs.NextInvoiceId || ids[inv.Id] {
			return fmt.Errorf("invoice id %d must be unique and in [1, %d)", inv.Id, gs.NextInvoiceId)
		}
		ids[inv.Id] = true
		if !ms[inv.Merchant] {
			return fmt.Errorf("invoice %d: merchant %s not registered", inv.Id, inv.Merchant)
		}
		k := inv.Merchant + "/" + inv.IdempotencyKey
		if keys[k] {
			return fmt.Errorf("invoice %d: idempotency key %q reused", inv.Id, inv.IdempotencyKey)
		}
		keys[k] = true
		if err := inv.CheckAmounts(); err != nil {
			return fmt.Errorf("invoice %d: %w", inv.Id, err)
		}
	}
	return nil
}

// CheckAmounts checks an invoice's amounts: positive amount; an open invoice has no fee, discount
// or refund; a paid one has fee + discount <= amount and refunds <= amount - discount.
func (inv Invoice) CheckAmounts() error {
	if inv.Amount.IsNil() || !inv.Amount.IsPositive() || inv.Fee.IsNil() || inv.Discount.IsNil() || inv.Refunded.IsNil() {
		return fmt.Errorf("amounts must be set and the amount positive")
	}
	if inv.Fee.IsNegative() || inv.Discount.IsNegative() || inv.Refunded.IsNegative() {
		return fmt.Errorf("negative fee, discount or refund")
	}
	switch inv.Status {
	case InvoiceStatus_INVOICE_STATUS_OPEN:
		if !inv.Fee.IsZero() || !inv.Discount.IsZero() || !inv.Refunded.IsZero() || inv.PointsUsed != 0 {
			return fmt.Errorf("an open invoice has no fee, discount or refund")
		}
	case InvoiceStatus_INVOICE_STATUS_PAID:
		if inv.Fee.Add(inv.Discount).GT(inv.Amount) {
			return fmt.Errorf("fee + discount > amount")
		}
		if inv.Refunded.GT(inv.Amount.Sub(inv.Discount)) {
			return fmt.Errorf("refunded %s > paid %s", inv.Refunded, inv.Amount.Sub(inv.Discount))
		}
	default:
		return fmt.Errorf("status %s", inv.Status)
	}
	return nil
}
