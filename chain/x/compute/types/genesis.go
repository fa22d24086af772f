package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis returns the default x/compute genesis.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextModelId: 1, NextTaskId: 1}
}

// Validate checks the genesis state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, n := range gs.Nodes {
		if _, err := sdk.AccAddressFromBech32(n.Operator); err != nil {
			return fmt.Errorf("node %q: %w", n.Operator, err)
		}
		if seen[n.Operator] {
			return fmt.Errorf("duplicate node %s", n.Operator)
		}
		seen[n.Operator] = true
		if n.Stake.IsNil() || n.Stake.IsNegative() {
			return fmt.Errorf("node %s: invalid stake", n.Operator)
		}
		if n.AttestedBy != "" {
			if _, err := sdk.AccAddressFromBech32(n.AttestedBy); err != nil {
				return fmt.Errorf("node %s: attested_by: %w", n.Operator, err)
			}
		}
	}
	models := map[uint64]bool{}
	for _, m := range gs.Models {
		if m.Id == 0 || m.Id >= gs.NextModelId || models[m.Id] {
			return fmt.Errorf("invalid or duplicate model id %d", m.Id)
		}
		models[m.Id] = true
	}
	tasks := map[uint64]bool{}
	for _, t := range gs.Tasks {
		if t.Id == 0 || t.Id >= gs.NextTaskId || tasks[t.Id] {
			return fmt.Errorf("invalid or duplicate task id %d", t.Id)
		}
		tasks[t.Id] = true
		if !models[t.ModelId] {
			return fmt.Errorf("task %d: unknown model %d", t.Id, t.ModelId)
		}
		if t.Escrow.IsNil() || t.Escrow.IsNegative() {
			return fmt.Errorf("task %d: invalid escrow", t.Id)
		}
		if !t.SlotPrice.IsNil() && t.SlotPrice.IsNegative() {
			return fmt.Errorf("task %d: negative slot price", t.Id)
		}
	}
	if gs.NextModelId == 0 || gs.NextTaskId == 0 {
		return fmt.Errorf("next ids start at 1")
	}
	return nil
}
