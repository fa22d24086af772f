package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis: default params, one example activity type (a dental check-up confirmed by a
// clinic or an oracle, or read by a registered device), no verifiers, devices or points.
func DefaultGenesis() *GenesisState {
	return &GenesisState{
		Params: DefaultParams(),
		ActivityTypes: []ActivityType{{
			Code: "dental-checkup", Description: "Preventive dental check-up", Points: 100,
			Sources:     []VerificationSource{VerificationSource_VERIFICATION_SOURCE_PROVIDER, VerificationSource_VERIFICATION_SOURCE_ORACLE, VerificationSource_VERIFICATION_SOURCE_DEVICE},
			MaxPerEpoch: 1, MaxPerYear: 4, Confirmations: 1,
		}},
		NextActivityId: 1,
	}
}

// Validate checks the genesis state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	codes := map[string]bool{}
	for _, t := range gs.ActivityTypes {
		if err := t.Validate(); err != nil {
			return fmt.Errorf("activity type %q: %w", t.Code, err)
		}
		if codes[t.Code] {
			return fmt.Errorf("activity type %q listed twice", t.Code)
		}
		codes[t.Code] = true
	}
	seen := map[string]bool{}
	for _, v := range gs.Verifiers {
		if _, err := sdk.AccAddressFromBech32(v.Address); err != nil {
			return fmt.Errorf("verifier %q: %w", v.Address, err)
		}
		if v.Kind != VerificationSource_VERIFICATION_SOURCE_ORACLE && v.Kind != VerificationSource_VERIFICATION_SOURCE_PROVIDER {
			return fmt.Errorf("verifier %s: kind must be ORACLE or PROVIDER", v.Address)
		}
		if seen[v.Address] {
			return fmt.Errorf("verifier %s listed twice", v.Address)
		}
		seen[v.Address] = true
	}
	devs := map[string]bool{}
	for _, d := range gs.Devices {
		if err := ValidateDeviceID(d.Id); err != nil {
			return err
		}
		if len(d.PubKey) != 33 {
			return fmt.Errorf("device %s: public key must be 33 bytes", d.Id)
		}
		if devs[d.Id] {
			return fmt.Errorf("device %s listed twice", d.Id)
		}
		devs[d.Id] = true
	}
	evidence := map[string]bool{}
	for _, a := range gs.Activities {
		if a.Id == 0 || a.Id >= gs.NextActivityId {
			return fmt.Errorf("activity id %d must be in [1, next_activity_id %d)", a.Id, gs.NextActivityId)
		}
		if _, err := sdk.AccAddressFromBech32(a.Patient); err != nil {
			return fmt.Errorf("activity %d patient: %w", a.Id, err)
		}
		if err := ValidateEvidenceHash(a.EvidenceHash); err != nil {
			return fmt.Errorf("activity %d: %w", a.Id, err)
		}
		if evidence[a.EvidenceHash] {
			return fmt.Errorf("activity %d: evidence hash recorded twice", a.Id)
		}
		evidence[a.EvidenceHash] = true
	}
	if gs.NextActivityId == 0 {
		return fmt.Errorf("next_activity_id must be at least 1")
	}
	var matured uint64
	patients := map[string]bool{}
	for _, p := range gs.Patients {
		if _, err := sdk.AccAddressFromBech32(p.Patient); err != nil {
			return fmt.Errorf("patient %q: %w", p.Patient, err)
		}
		if patients[p.Patient] {
			return fmt.Errorf("patient %s listed twice", p.Patient)
		}
		patients[p.Patient] = true
		matured += p.Balance
		if p.Pending > 0 && p.PendingEpoch < gs.CurrentEpoch {
			matured += p.Pending
		}
	}
	if matured != gs.MaturedPoints {
		return fmt.Errorf("matured_points %d differs from the patients' matured points %d", gs.MaturedPoints, matured)
	}
	for _, e := range gs.Epochs {
		if e.Rate.IsNil() || e.Budget.IsNil() || e.Spent.IsNil() || e.Spent.GT(e.Budget) || e.Rate.IsNegative() || e.Spent.IsNegative() {
			return fmt.Errorf("epoch %d: spent must be within its budget", e.Epoch)
		}
	}
	return nil
}
