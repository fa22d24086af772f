package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// EpochUnits (x/wgov's compute-class total) follows every credited unit and is rebuilt by the
// 4 -> 5 migration from the node records (which also sets max_heartbeat_jails_per_block) (InitGenesis rebuilds it the same way from the records).
func TestEpochUnitsFollowCreditedUnits(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.ReexecutionRate = sdkmath.LegacyZeroDec() })
	p := f.k.GetParams(f.ctx)
	model := f.registerModel(p.MinPaidPricePerUnit.MulRaw(10))
	a := f.registerNode("node-a", model, 1, "CN-BJ")
	b := f.registerNode("node-b", model, 1, "CN-SH")
	client := worker{addr: addr("clinic")}
	f.fund(client.addr, bttAmt(100))
	f.settleK1(client, model, p.MinPaidPricePerUnit.MulRaw(10), map[string]worker{a.addr.String(): a, b.addr.String(): b})
	f.settleK1(client, model, p.MinPaidPricePerUnit.MulRaw(10), map[string]worker{a.addr.String(): a, b.addr.String(): b})
	epoch := f.k.CurrentEpoch(f.ctx)
	want := f.k.CreditedUnits(f.ctx, epoch, a.addr) + f.k.CreditedUnits(f.ctx, epoch, b.addr)
	require.Equal(t, uint64(20), want)
	require.Equal(t, want, f.k.EpochCreditedUnits(f.ctx, epoch))

	// The migration rebuilds the totals from the records, and sets the jail budget (a constant before).
	old := f.k.GetParams(f.ctx)
	old.MaxHeartbeatJailsPerBlock = 0
	require.NoError(t, f.k.Params.Set(f.ctx, old))
	require.NoError(t, f.k.EpochUnits.Remove(f.ctx, epoch))
	require.Zero(t, f.k.EpochCreditedUnits(f.ctx, epoch))
	require.NoError(t, keeper.NewMigrator(f.k).Migrate4to5(f.ctx))
	require.Equal(t, want, f.k.EpochCreditedUnits(f.ctx, epoch))
	require.Equal(t, uint32(200), f.k.GetParams(f.ctx).MaxHeartbeatJailsPerBlock)

}
