package app

import "encoding/json"

// GenesisState is the app state of the genesis file, keyed by module name.
type GenesisState map[string]json.RawMessage
