package types_test

import (
	"testing"

	sdkmath "cosmossdk.io/math"
	"github.com/stretchr/testify/require"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

func TestSlotPriceAddsUrgencyPremium(t *testing.T) {
	p := types.DefaultParams() // +50 % URGENT, +100 % STAT
	m := types.Model{PriceFloor: sdkmath.NewInt(1000)}
	require.Equal(t, sdkmath.NewInt(1000), types.SlotPrice(p, m, types.Urgency_URGENCY_ROUTINE))
	require.Equal(t, sdkmath.NewInt(1500), types.SlotPrice(p, m, types.Urgency_URGENCY_URGENT))
	require.Equal(t, sdkmath.NewInt(2000), types.SlotPrice(p, m, types.Urgency_URGENCY_STAT))
	// the premium is truncated to whole abtt
	require.Equal(t, sdkmath.NewInt(4), types.SlotPrice(p, types.Model{PriceFloor: sdkmath.NewInt(3)}, types.Urgency_URGENCY_URGENT))
}

func TestRequiredFeeSlots(t *testing.T) {
	p := types.DefaultParams()
	m := types.Model{PriceFloor: sdkmath.NewInt(1000)}
	// k = 1 pays for two slots (room for a sampled re-execution), k > 1 for k slots
	require.Equal(t, sdkmath.NewInt(2000), types.RequiredFee(p, m, types.Urgency_URGENCY_ROUTINE, 1))
	require.Equal(t, sdkmath.NewInt(2000), types.RequiredFee(p, m, types.Urgency_URGENCY_ROUTINE, 2))
	require.Equal(t, sdkmath.NewInt(4500), types.RequiredFee(p, m, types.Urgency_URGENCY_URGENT, 3))
	require.Equal(t, sdkmath.NewInt(10000), types.RequiredFee(p, m, types.Urgency_URGENCY_STAT, 5))
}

func TestPaidUnits(t *testing.T) {
	minPrice := sdkmath.NewInt(100)
	// no minimum price: every unit is credited
	require.Equal(t, uint64(7), types.PaidUnits(7, sdkmath.NewInt(1), sdkmath.ZeroInt()))
	require.Equal(t, uint64(7), types.PaidUnits(7, sdkmath.NewInt(1), sdkmath.Int{}))
	// a slot price below the minimum credits nothing; an empty or zero slot price neither
	require.Equal(t, uint64(0), types.PaidUnits(7, sdkmath.NewInt(99), minPrice))
	require.Equal(t, uint64(0), types.PaidUnits(7, sdkmath.ZeroInt(), minPrice))
	require.Equal(t, uint64(0), types.PaidUnits(7, sdkmath.Int{}, minPrice))
	// floor(slot ÷ minPrice), at most the model's units
	require.Equal(t, uint64(3), types.PaidUnits(7, sdkmath.NewInt(399), minPrice))
	require.Equal(t, uint64(7), types.PaidUnits(7, sdkmath.NewInt(700), minPrice))
	require.Equal(t, uint64(7), types.PaidUnits(7, sdkmath.NewInt(1_000_000), minPrice))
	// a quotient beyond uint64 still gives the model's units
	require.Equal(t, uint64(7), types.PaidUnits(7, sdkmath.NewIntWithDecimal(1, 40), sdkmath.NewInt(1)))
}
