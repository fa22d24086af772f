package app

import (
	"encoding/json"
	"fmt"

	"github.com/cosmos/cosmos-sdk/codec"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"

	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

// GenesisState is the app state of the genesis file, keyed by module name.
type GenesisState map[string]json.RawMessage

// ValidateEpochIdentifiers checks what no single module's ValidateGenesis can: x/emissions
// and x/compute count the same x/epochs epoch (emissions pays epoch N from compute's records
// of epoch N), and x/epochs' genesis has that epoch. A module missing from the genesis is
// skipped (its defaults apply).
func ValidateEpochIdentifiers(cdc codec.JSONCodec, gs GenesisState) error {
	rawE, okE := gs[emissionstypes.ModuleName]
	rawC, okC := gs[computetypes.ModuleName]
	if !okE || !okC {
		return nil
	}
	var eg emissionstypes.GenesisState
	if err := cdc.UnmarshalJSON(rawE, &eg); err != nil {
		return fmt.Errorf("emissions genesis: %w", err)
	}
	var cg computetypes.GenesisState
	if err := cdc.UnmarshalJSON(rawC, &cg); err != nil {
		return fmt.Errorf("compute genesis: %w", err)
	}
	id := eg.Params.EpochIdentifier
	if cg.Params.EpochIdentifier != id {
		return fmt.Errorf("genesis: compute epoch_identifier %q must equal emissions epoch_identifier %q",
			cg.Params.EpochIdentifier, id)
	}
	if raw, ok := gs[epochstypes.ModuleName]; ok {
		var epg epochstypes.GenesisState
		if err := cdc.UnmarshalJSON(raw, &epg); err != nil {
			return fmt.Errorf("epochs genesis: %w", err)
		}
		for _, e := range epg.Epochs {
			if e.Identifier == id {
				return nil
			}
		}
		return fmt.Errorf("genesis: emissions and compute epoch_identifier %q is not an x/epochs epoch", id)
	}
	return nil
}
