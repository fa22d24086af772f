package types

import (
	"fmt"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis is the default params and empty state.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextTransferId: 1, WrappedBttOutstanding: sdkmath.ZeroInt(), Polkadot: DefaultPolkadotGenesis()}
}

func validTransfer(t OutgoingTransfer) error {
	if t.Id == 0 {
		return fmt.Errorf("transfer id must be positive")
	}
	if _, err := sdk.AccAddressFromBech32(t.Sender); err != nil {
		return fmt.Errorf("transfer %d sender: %w", t.Id, err)
	}
	if _, err := ParseEthAddress(t.EthDestination); err != nil {
		return fmt.Errorf("transfer %d destination: %w", t.Id, err)
	}
	if _, err := ParseEthAddress(t.TokenContract); err != nil {
		return fmt.Errorf("transfer %d token: %w", t.Id, err)
	}
	if err := sdk.ValidateDenom(t.Denom); err != nil {
		return fmt.Errorf("transfer %d: %w", t.Id, err)
	}
	if t.Amount.IsNil() || !t.Amount.IsPositive() || t.Fee.IsNil() || t.Fee.IsNegative() {
		return fmt.Errorf("transfer %d: amount must be positive and fee not negative", t.Id)
	}
	return nil
}

// Validate checks the genesis state's shape and its internal references.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if gs.WrappedBttOutstanding.IsNil() || gs.WrappedBttOutstanding.IsNegative() {
		return fmt.Errorf("wrapped_btt_outstanding must not be negative")
	}
	vals, orchs, eths := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, o := range gs.Orchestrators {
		if _, err := sdk.ValAddressFromBech32(o.Validator); err != nil {
			return fmt.Errorf("orchestrator validator %q: %w", o.Validator, err)
		}
		if _, err := sdk.AccAddressFromBech32(o.Orchestrator); err != nil {
			return fmt.Errorf("orchestrator %q: %w", o.Orchestrator, err)
		}
		a, err := ParseEthAddress(o.EthAddress)
		if err != nil {
			return fmt.Errorf("orchestrator eth address: %w", err)
		}
		if vals[o.Validator] || orchs[o.Orchestrator] || eths[a.Hex()] {
			return fmt.Errorf("duplicate orchestrator registration for %s", o.Validator)
		}
		vals[o.Validator], orchs[o.Orchestrator], eths[a.Hex()] = true, true, true
	}
	valsets := map[uint64]bool{}
	for _, v := range gs.Valsets {
		if v.Nonce == 0 || valsets[v.Nonce] {
			return fmt.Errorf("valset nonce %d zero or duplicate", v.Nonce)
		}
		valsets[v.Nonce] = true
		ev, err := v.ToEth()
		if err != nil {
			return fmt.Errorf("valset %d: %w", v.Nonce, err)
		}
		if err := ev.Validate(); err != nil {
			return fmt.Errorf("valset %d: %w", v.Nonce, err)
		}
	}
	for _, c := range gs.ValsetConfirms {
		if !valsets[c.Nonce] {
			return fmt.Errorf("confirms of unknown valset %d", c.Nonce)
		}
	}
	ids := map[uint64]bool{}
	checkTransfer := func(t OutgoingTransfer) error {
		if err := validTransfer(t); err != nil {
			return err
		}
		if ids[t.Id] || t.Id >= gs.NextTransferId {
			return fmt.Errorf("transfer id %d duplicate or not below next_transfer_id %d", t.Id, gs.NextTransferId)
		}
		ids[t.Id] = true
		return nil
	}
	for _, t := range gs.PendingTransfers {
		if err := checkTransfer(t); err != nil {
			return err
		}
	}
	lastNonce := map[string]uint64{}
	for _, n := range gs.LastBatchNonces {
		lastNonce[n.TokenContract] = n.Nonce
	}
	batches := map[string]bool{}
	for _, b := range gs.Batches {
		key := fmt.Sprintf("%s/%d", b.TokenContract, b.Nonce)
		if b.Nonce == 0 || batches[key] || b.Nonce > lastNonce[b.TokenContract] {
			return fmt.Errorf("batch %s zero, duplicate or above its token's last batch nonce", key)
		}
		batches[key] = true
		if len(b.Transfers) == 0 {
			return fmt.Errorf("batch %s is empty", key)
		}
		for _, t := range b.Transfers {
			if err := checkTransfer(t); err != nil {
				return err
			}
			if t.TokenContract != b.TokenContract {
				return fmt.Errorf("batch %s holds a transfer of another token", key)
			}
		}
	}
	for _, c := range gs.BatchConfirms {
		if !batches[fmt.Sprintf("%s/%d", c.TokenContract, c.Nonce)] {
			return fmt.Errorf("confirms of unknown batch %s/%d", c.TokenContract, c.Nonce)
		}
	}
	atts := map[string]bool{}
	for _, a := range gs.Attestations {
		if err := a.Claim.Validate(); err != nil {
			return fmt.Errorf("attestation %d: %w", a.EventNonce, err)
		}
		h, err := a.Claim.Hash()
		if err != nil || h != a.ClaimHash || a.Claim.EventNonce() != a.EventNonce {
			return fmt.Errorf("attestation %d: claim hash or nonce does not match its claim", a.EventNonce)
		}
		if atts[h] {
			return fmt.Errorf("duplicate attestation %d/%s", a.EventNonce, h)
		}
		atts[h] = true
	}
	for _, d := range gs.TokenDenoms {
		if _, err := ParseEthAddress(d.TokenContract); err != nil {
			return fmt.Errorf("token denom: %w", err)
		}
		if d.Denom != VoucherDenom(d.TokenContract) {
			return fmt.Errorf("token denom %q must be %q", d.Denom, VoucherDenom(d.TokenContract))
		}
	}
	if gs.NextTransferId == 0 {
		return fmt.Errorf("next_transfer_id must be positive")
	}
	if err := optionalEth("auto_batch_cursor", gs.AutoBatchCursor); err != nil {
		return err
	}
	if err := gs.Polkadot.Validate(); err != nil {
		return fmt.Errorf("polkadot: %w", err)
	}
	return nil
}
