package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// The ProjectedEthereumHeight query shows the height a new batch counts its timeout from and the timeout it gets.
func TestProjectedEthereumHeightQuery(t *testing.T) {
	// nothing observed: all zero
	f := setup(t)
	r, err := f.q.ProjectedEthereumHeight(f.ctx, &types.QueryProjectedEthereumHeightRequest{})
	require.NoError(t, err)
	require.Equal(t, types.QueryProjectedEthereumHeightResponse{}, *r)

	f = bootstrapped(t, nil)
	p := f.k.GetParams(f.ctx)
	r, err = f.q.ProjectedEthereumHeight(f.ctx, &types.QueryProjectedEthereumHeightRequest{})
	require.NoError(t, err)
	require.Equal(t, f.ethH, r.ObservedHeight)
	require.False(t, r.ObservedAt.IsZero())
	require.False(t, r.ObservedAt.After(f.ctx.BlockTime()))
	observedAt := r.ObservedAt

	// a day without Ethereum events: the projection runs on, the observation stays
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(24 * time.Hour))
	r, err = f.q.ProjectedEthereumHeight(f.ctx, &types.QueryProjectedEthereumHeightRequest{})
	require.NoError(t, err)
	want := f.ethH + uint64(f.ctx.BlockTime().Sub(observedAt)/p.EthereumBlockTime)
	require.Equal(t, want, r.ProjectedHeight)
	require.Equal(t, f.k.ProjectedEthereumHeight(f.ctx), r.ProjectedHeight)
	require.Equal(t, f.ethH, r.ObservedHeight)
	require.Equal(t, observedAt, r.ObservedAt)
	require.Equal(t, want+p.BatchTimeoutEthereumBlocks, r.BatchTimeout)

	// a batch made now gets exactly that timeout
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	require.NoError(t, f.send(alice, "abtt", bttAmt(1), sdkmath.ZeroInt()))
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	require.Equal(t, r.BatchTimeout, f.openBatches()[0].Timeout)

	// ethereum_block_time 0: no projection
	f.setParams(func(p *types.Params) { p.EthereumBlockTime = 0 })
	r, err = f.q.ProjectedEthereumHeight(f.ctx, &types.QueryProjectedEthereumHeightRequest{})
	require.NoError(t, err)
	require.Equal(t, f.ethH, r.ProjectedHeight)
	require.Equal(t, f.ethH+p.BatchTimeoutEthereumBlocks, r.BatchTimeout)
}
