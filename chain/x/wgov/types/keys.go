package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name.
	ModuleName = "wgov"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
	// BondDenom is the denom of nomination bonds.
	BondDenom = "abtt"
)

// Store prefixes.
var (
	ParamsKey          = collections.NewPrefix(0)
	InstitutionsKey    = collections.NewPrefix(1)
	TermKey            = collections.NewPrefix(2)
	RepresentativesKey = collections.NewPrefix(3)
	CandidatesKey      = collections.NewPrefix(4)
	// Prefix 5 held ballots keyed by voter alone (before ballots carried their term); unused.
	TalliesKey = collections.NewPrefix(6)
	// BallotsKey: ballots keyed by (term, voter), so that past elections' ballots are pruned
	// oldest first without touching the running election's.
	BallotsKey = collections.NewPrefix(7)
)
