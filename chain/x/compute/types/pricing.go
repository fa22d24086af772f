package types

import (
	sdkmath "cosmossdk.io/math"
)

// Task pricing: pure functions of the params, the model and the task, used by MsgSubmitTask
// (RequiredFee, SlotPrice) and by settlement (PaidUnits).

// RequiredFee is the minimum max_fee of a task: price_floor × (1 + premium) per worker slot,
// with k + 1 slots when k = 1 (room for a sampled re-execution).
func RequiredFee(p Params, model Model, urgency Urgency, k uint32) sdkmath.Int {
	slots := int64(k)
	if k == 1 {
		slots = 2
	}
	return SlotPrice(p, model, urgency).MulRaw(slots)
}

// SlotPrice is what one accepted worker costs the escrow: price floor plus the urgency premium
// (fixed at submission and stored in the task as slot_price).
func SlotPrice(p Params, model Model, urgency Urgency) sdkmath.Int {
	return model.PriceFloor.Add(p.Premium(urgency).MulInt(model.PriceFloor).TruncateInt())
}

// PaidUnits is how many of a task's compute units an accepted worker is credited with in its
// epoch record (what x/emissions pays and x/wgov counts): only units the client paid for at
// minPrice or more, min(units, floor(slot ÷ minPrice)); all of them when minPrice is 0. So a node
// that farms with tasks from its own second address pays at least minPrice per credited unit,
// and loses the development-fund share of it (and the burned premium), for each unit it claims.
func PaidUnits(units uint64, slot, minPrice sdkmath.Int) uint64 {
	if minPrice.IsNil() || !minPrice.IsPositive() {
		return units
	}
	if slot.IsNil() || !slot.IsPositive() {
		return 0
	}
	paid := slot.Quo(minPrice)
	if !paid.IsUint64() || paid.Uint64() >= units {
		return units
	}
	return paid.Uint64()
}
