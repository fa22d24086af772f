package types

import "cosmossdk.io/collections"

// Collection prefixes of the batch hardening (issue 14), from 60 (the Polkadot side uses 40-52) so they never meet the prefixes other x/bridge
// work adds.
var (
	// LastObservedTimeKey: the BTT block time (unix ns) at which last_observed_ethereum_height was last raised.
	LastObservedTimeKey = collections.NewPrefix(60)
	// AutoBatchCursorKey: the last token the automatic batcher looked at (round robin).
	AutoBatchCursorKey = collections.NewPrefix(61)
)
