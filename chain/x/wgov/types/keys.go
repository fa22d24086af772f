package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name.
	ModuleName = "wgov"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
)

// Store prefixes.
var (
	ParamsKey          = collections.NewPrefix(0)
	InstitutionsKey    = collections.NewPrefix(1)
	TermKey            = collections.NewPrefix(2)
	RepresentativesKey = collections.NewPrefix(3)
	CandidatesKey      = collections.NewPrefix(4)
	BallotsKey         = collections.NewPrefix(5)
	TalliesKey         = collections.NewPrefix(6)
)
