package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	storetypes "cosmossdk.io/store/types"

	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// supplyGas runs the supply query on a fresh gas meter and returns the gas it used.
func supplyGas(t *testing.T, f *fixture) (*types.QuerySupplyResponse, uint64) {
	t.Helper()
	ctx := f.ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
	resp, err := keeper.NewQueryServerImpl(f.k).Supply(ctx, &types.QuerySupplyRequest{})
	require.NoError(t, err)
	return resp, ctx.GasMeter().GasConsumed()
}

// The supply query must not walk every account: its cost does not grow with the number of
// accounts on chain, and it still counts the genesis vesting accounts' locked coins.
func TestSupplyQueryIsBounded(t *testing.T) {
	f := setup(t)
	before, gasBefore := supplyGas(t, f)
	require.Equal(t, btt(39_900_000).String(), before.VestingLocked.String())

	for i := 0; i < 300; i++ {
		acc := f.app.AccountKeeper.NewAccountWithAddress(f.ctx, newAddr())
		f.app.AccountKeeper.SetAccount(f.ctx, acc)
	}
	after, gasAfter := supplyGas(t, f)
	require.Equal(t, before.VestingLocked.String(), after.VestingLocked.String())
	require.Equal(t, gasBefore, gasAfter, "the supply query's gas grew with the number of accounts")
	f.requireInvariants()
}
