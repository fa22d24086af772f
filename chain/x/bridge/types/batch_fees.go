package types

import sdkmath "cosmossdk.io/math"

// TotalFees is the sum of a batch's bridge fees (what its relayer earns).
func (b OutgoingBatch) TotalFees() sdkmath.Int {
	total := sdkmath.ZeroInt()
	for _, t := range b.Transfers {
		total = total.Add(t.Fee)
	}
	return total
}
