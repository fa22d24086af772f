package types

import (
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis is the genesis of a new chain: default params, nothing paid, no milestones.
func DefaultGenesis() *GenesisState {
	return &GenesisState{
		Params:          DefaultParams(),
		MiningPaid:      math.ZeroInt(),
		Burned:          math.ZeroInt(),
		FeeSplitTotal:   math.ZeroInt(),
		NextMilestoneId: 1,
	}
}

// Validate checks a genesis state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		v    math.Int
	}{{"mining_paid", gs.MiningPaid}, {"burned", gs.Burned}, {"fee_split_total", gs.FeeSplitTotal}} {
		if f.v.IsNil() || f.v.IsNegative() {
			return fmt.Errorf("%s must be a non-negative amount", f.name)
		}
	}
	if gs.MiningPaid.GT(MiningTotal) {
		return fmt.Errorf("mining_paid %s exceeds the mining allocation %s", gs.MiningPaid, MiningTotal)
	}
	ids := map[uint64]bool{}
	for _, m := range gs.Milestones {
		if err := m.ValidateFields(); err != nil {
			return err
		}
		if ids[m.Id] {
			return fmt.Errorf("milestone %d listed twice", m.Id)
		}
		if m.Id >= gs.NextMilestoneId {
			return fmt.Errorf("milestone %d is not below next_milestone_id %d", m.Id, gs.NextMilestoneId)
		}
		ids[m.Id] = true
	}
	epochs := map[int64]bool{}
	for _, e := range gs.EpochRewards {
		if epochs[e.Epoch] {
			return fmt.Errorf("epoch reward %d listed twice", e.Epoch)
		}
		epochs[e.Epoch] = true
	}
	for _, n := range gs.NodeRewards {
		if _, err := sdk.AccAddressFromBech32(n.Operator); err != nil {
			return fmt.Errorf("node reward operator: %w", err)
		}
	}
	for _, r := range gs.Released {
		if r.Year == 0 || r.Source == "" || r.Amount.IsNil() || r.Amount.IsNegative() {
			return fmt.Errorf("invalid released entry %v", r)
		}
	}
	return gs.validatePayouts()
}

// validatePayouts checks the payouts in progress and that every snapshot entry belongs to one.
func (gs GenesisState) validatePayouts() error {
	payouts := map[int64]bool{}
	for _, p := range gs.Payouts {
		if payouts[p.Epoch] {
			return fmt.Errorf("payout of epoch %d listed twice", p.Epoch)
		}
		payouts[p.Epoch] = true
		if _, ok := PayoutPhase_name[int32(p.Phase)]; !ok || p.Phase == PAYOUT_PHASE_UNSPECIFIED {
			return fmt.Errorf("payout of epoch %d: invalid phase %d", p.Epoch, p.Phase)
		}
		for _, v := range []math.Int{p.PeriodRemaining, p.Budget, p.RewardCapPerUnit, p.TotalUnits, p.Paid} {
			if v.IsNil() || v.IsNegative() {
				return fmt.Errorf("payout of epoch %d: amounts must be non-negative", p.Epoch)
			}
		}
		if p.TotalScore.IsNil() || p.TotalScore.IsNegative() || p.Paid.GT(p.Budget) {
			return fmt.Errorf("payout of epoch %d: invalid total score or paid above budget", p.Epoch)
		}
	}
	for _, r := range gs.PayoutRecords {
		if !payouts[r.Epoch] {
			return fmt.Errorf("payout record of %s for epoch %d without a payout", r.Operator, r.Epoch)
		}
		if _, err := sdk.AccAddressFromBech32(r.Operator); err != nil {
			return fmt.Errorf("payout record operator: %w", err)
		}
	}
	for _, u := range gs.PayoutRegionUnits {
		if !payouts[u.Epoch] || u.Units.IsNil() || u.Units.IsNegative() {
			return fmt.Errorf("invalid payout region units %v", u)
		}
	}
	return nil
}

// ValidateFields checks a milestone's own fields.
func (m Milestone) ValidateFields() error {
	if SubBudgetShare(m.SubBudget) == 0 {
		return fmt.Errorf("milestone %d: unknown sub-budget %v", m.Id, m.SubBudget)
	}
	if m.Amount.IsNil() || !m.Amount.IsPositive() {
		return fmt.Errorf("milestone %d: amount must be positive", m.Id)
	}
	if _, err := sdk.AccAddressFromBech32(m.Recipient); err != nil {
		return fmt.Errorf("milestone %d: recipient: %w", m.Id, err)
	}
	return nil
}
