package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Validate checks the Polkadot state's shape and references.
func (g PolkadotGenesis) Validate() error {
	if g.NextWithdrawalId == 0 {
		return fmt.Errorf("next_withdrawal_id must be positive")
	}
	for _, i := range []struct {
		name string
		v    interface{ IsNil() bool }
	}{{"credited", g.Totals.Credited}, {"executed", g.Totals.Executed}, {"overdrawn", g.Totals.Overdrawn}} {
		if i.v.IsNil() {
			return fmt.Errorf("totals.%s must be set", i.name)
		}
	}
	if g.Totals.Credited.IsNegative() || g.Totals.Executed.IsNegative() || g.Totals.Overdrawn.IsNegative() {
		return fmt.Errorf("totals must not be negative")
	}
	vals, orchs, keys := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, o := range g.Orchestrators {
		if _, err := sdk.ValAddressFromBech32(o.Validator); err != nil {
			return fmt.Errorf("polkadot orchestrator validator %q: %w", o.Validator, err)
		}
		if _, err := sdk.AccAddressFromBech32(o.Orchestrator); err != nil {
			return fmt.Errorf("polkadot orchestrator %q: %w", o.Orchestrator, err)
		}
		a, err := ParsePolkadotAccount(o.PolkadotAccount)
		if err != nil {
			return fmt.Errorf("polkadot orchestrator %s: %w", o.Validator, err)
		}
		if o.KeyType != PolkadotKeyEcdsa || len(o.PublicKey) != 33 || EcdsaAccountID(o.PublicKey) != a {
			return fmt.Errorf("polkadot orchestrator %s: key does not match its account", o.Validator)
		}
		if vals[o.Validator] || orchs[o.Orchestrator] || keys[AccountHex(a)] {
			return fmt.Errorf("duplicate polkadot orchestrator registration for %s", o.Validator)
		}
		vals[o.Validator], orchs[o.Orchestrator], keys[AccountHex(a)] = true, true, true
	}
	custodies := map[uint64]bool{}
	for _, c := range g.Custodies {
		if c.Id == 0 || custodies[c.Id] {
			return fmt.Errorf("custody id %d zero or duplicate", c.Id)
		}
		custodies[c.Id] = true
		if len(c.Members) == 0 || c.Threshold != uint32(MultisigThreshold(len(c.Members))) {
			return fmt.Errorf("custody %d: threshold %d is not ceil(2n/3) of %d members", c.Id, c.Threshold, len(c.Members))
		}
		ids := make([][32]byte, len(c.Members))
		for i, m := range c.Members {
			a, err := ParsePolkadotAccount(m)
			if err != nil {
				return fmt.Errorf("custody %d member: %w", c.Id, err)
			}
			ids[i] = a
		}
		if AccountHex(MultisigAccount(ids, uint16(c.Threshold))) != c.Account {
			return fmt.Errorf("custody %d: account is not the multisig of its members", c.Id)
		}
		if c.Balance.IsNil() {
			return fmt.Errorf("custody %d: balance must be set", c.Id)
		}
	}
	if g.CurrentCustodyId != 0 && !custodies[g.CurrentCustodyId] {
		return fmt.Errorf("current custody %d unknown", g.CurrentCustodyId)
	}
	ws := map[uint64]bool{}
	pendingRefunds := map[uint64]uint64{} // withdrawal id -> its deposit's event nonce
	for _, w := range g.Withdrawals {
		if w.Id == 0 || w.Id >= g.NextWithdrawalId || ws[w.Id] {
			return fmt.Errorf("withdrawal id %d zero, duplicate or not below next_withdrawal_id", w.Id)
		}
		ws[w.Id] = true
		if !custodies[w.CustodyId] {
			return fmt.Errorf("withdrawal %d: unknown custody %d", w.Id, w.CustodyId)
		}
		if w.Amount.IsNil() || !w.Amount.IsPositive() {
			return fmt.Errorf("withdrawal %d: amount must be positive", w.Id)
		}
		if _, err := ParsePolkadotAccount(w.DestinationAccount); err != nil {
			return fmt.Errorf("withdrawal %d: %w", w.Id, err)
		}
		switch w.Kind {
		case PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER:
			if _, err := sdk.AccAddressFromBech32(w.Sender); err != nil {
				return fmt.Errorf("withdrawal %d sender: %w", w.Id, err)
			}
		case PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION:
			if !custodies[w.ToCustodyId] {
				return fmt.Errorf("migration %d: unknown custody %d", w.Id, w.ToCustodyId)
			}
		case PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_REFUND:
			if w.RefundEventNonce == 0 {
				return fmt.Errorf("refund %d: refund_event_nonce must be set", w.Id)
			}
			if w.Status == PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING {
				pendingRefunds[w.Id] = w.RefundEventNonce
			}
		default:
			return fmt.Errorf("withdrawal %d: kind unspecified", w.Id)
		}
		if w.Status == PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_UNSPECIFIED {
			return fmt.Errorf("withdrawal %d: status unspecified", w.Id)
		}
	}
	atts := map[string]bool{}
	for _, a := range g.Attestations {
		if err := a.Claim.Validate(); err != nil {
			return fmt.Errorf("polkadot attestation %d: %w", a.EventNonce, err)
		}
		h, err := a.Claim.Hash()
		if err != nil || h != a.ClaimHash || a.Claim.EventNonce() != a.EventNonce {
			return fmt.Errorf("polkadot attestation %d: claim hash or nonce does not match its claim", a.EventNonce)
		}
		if atts[h] {
			return fmt.Errorf("duplicate polkadot attestation %d/%s", a.EventNonce, h)
		}
		atts[h] = true
	}
	for _, n := range g.EventNonces {
		if _, err := sdk.ValAddressFromBech32(n.Validator); err != nil {
			return fmt.Errorf("polkadot event nonce validator %q: %w", n.Validator, err)
		}
	}
	for _, u := range g.UnclaimableDeposits {
		if u.EventNonce != u.Deposit.EventNonce || u.Deposit.Amount.IsNil() || !u.Deposit.Amount.IsPositive() {
			return fmt.Errorf("unclaimable polkadot deposit %d is malformed", u.EventNonce)
		}
		if u.RefundWithdrawalId != 0 && pendingRefunds[u.RefundWithdrawalId] != u.EventNonce {
			return fmt.Errorf("unclaimable polkadot deposit %d: refund withdrawal %d is not a pending refund of it", u.EventNonce, u.RefundWithdrawalId)
		}
	}
	for _, c := range g.Checkpoints {
		h, err := c.State.Hash()
		if err != nil || h != c.BridgeStateHash || c.State.Height != c.Height {
			return fmt.Errorf("polkadot checkpoint %d: hash or height does not match its state", c.Height)
		}
	}
	return nil
}
