package keeper_test

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// Issue 16 (bench-scale): closing an epoch must not walk every registered node. BeginBlock gas
// at an epoch boundary is the same with 0 and with 300 nodes that heartbeated (nothing to charge).
func TestBeginBlockEpochCloseCostIndependentOfNodeCount(t *testing.T) {
	gasFor := func(nodes int) uint64 {
		f := setup(t)
		model := f.registerModel(sdkmath.NewInt(1_000))
		for i := 0; i < 5; i++ {
			f.registerNode(fmt.Sprintf("base-%d", i), model, 1, "CN-BJ")
		}
		for i := 0; i < nodes; i++ {
			f.registerNode(fmt.Sprintf("idle-%d", i), model, 1, "CN-SH")
		}
		f.setEpoch(2)
		ctx := f.ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
		require.NoError(t, f.k.BeginBlocker(ctx))
		return ctx.GasMeter().GasConsumed()
	}
	small, large := gasFor(0), gasFor(300)
	require.Less(t, large, small+small/10, "BeginBlock gas at an epoch boundary grew with nodes: %d -> %d", small, large)
}

// refNode replays the pre-sweep rule (BeginBlock walked every node when an epoch closed: an
// ACTIVE node without a heartbeat in the closed epoch got a missed heartbeat and was jailed for
// jail_epochs at max_missed_heartbeats in a row) as the reference for the indexed sweep.
type refNode struct {
	status      types.NodeStatus
	missed      uint32
	lastHB      int64
	jailedUntil int64
}

// Issue 16: the indexed, lazily charged missed-heartbeat accounting gives the same status,
// jail term and missed count as the old full walk, for nodes with random heartbeat patterns.
func TestMissedHeartbeatsMatchFullWalk(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	model := f.registerModel(sdkmath.NewInt(1_000))
	rng := rand.New(rand.NewSource(16))
	const nodes, epochs = 24, 30
	ws := make([]worker, nodes)
	refs := make([]refNode, nodes)
	beatProb := make([]int, nodes)
	for i := range ws {
		ws[i] = f.registerNode(fmt.Sprintf("hb-%d", i), model, 1, "CN-BJ")
		refs[i] = refNode{status: types.NodeStatus_NODE_STATUS_ACTIVE, lastHB: 1}
		beatProb[i] = []int{0, 20, 50, 80, 100}[i%5]
	}
	for e := int64(2); e <= epochs; e++ {
		f.setEpoch(e)
		f.endBlock() // BeginBlock of the first block of epoch e closes epoch e-1
		for i := range refs {
			r := &refs[i]
			if r.status == types.NodeStatus_NODE_STATUS_ACTIVE && r.lastHB < e-1 {
				r.missed++
				if r.missed >= p.MaxMissedHeartbeats {
					r.status, r.jailedUntil = types.NodeStatus_NODE_STATUS_JAILED, e+p.JailEpochs
				}
			}
		}
		for i := range ws {
			// A few blocks inside the epoch, then maybe a heartbeat.
			if rng.Intn(100) >= beatProb[i] {
				continue
			}
			_, err := f.ms.Heartbeat(f.ctx, &types.MsgHeartbeat{Operator: ws[i].addr.String()})
			r := &refs[i]
			if r.status == types.NodeStatus_NODE_STATUS_JAILED && e < r.jailedUntil {
				require.ErrorIs(t, err, types.ErrNodeJailed, "node %d epoch %d", i, e)
				continue
			}
			require.NoError(t, err, "node %d epoch %d", i, e)
			r.status, r.lastHB, r.missed = types.NodeStatus_NODE_STATUS_ACTIVE, e, 0
		}
		f.endBlock()
		f.endBlock()
		for i, w := range ws {
			res, err := f.q.Node(f.ctx, &types.QueryNodeRequest{Operator: w.addr.String()})
			require.NoError(t, err)
			n, r := res.Node, refs[i]
			require.Equal(t, r.status, n.Status, "node %d epoch %d", i, e)
			require.Equal(t, r.missed, n.MissedHeartbeats, "node %d epoch %d", i, e)
			if r.status == types.NodeStatus_NODE_STATUS_JAILED {
				require.Equal(t, r.jailedUntil, n.JailedUntilEpoch, "node %d epoch %d", i, e)
			}
		}
	}
	// Uptime seen by x/emissions (ComputeRecords) comes from the per-epoch heartbeat records.
	for e := int64(2); e < epochs; e++ {
		recs, err := f.k.ComputeRecords(f.ctx, e)
		require.NoError(t, err)
		for _, rec := range recs {
			require.True(t, rec.Uptime.Equal(sdkmath.LegacyOneDec()))
		}
	}
}

// More nodes due for jailing than params.max_heartbeat_jails_per_block: BeginBlock jails at most that many
// per block, oldest heartbeat first, and the rest in the next blocks with the same jail term; a
// node not yet reached is not picked for a task, and its own heartbeat finds it jailed.
func TestMissedHeartbeatJailsBoundedPerBlock(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	model := f.registerModel(sdkmath.NewInt(1_000))
	n := int(f.k.GetParams(f.ctx).MaxHeartbeatJailsPerBlock) + 50
	ws := make([]worker, n)
	for i := range ws {
		ws[i] = f.registerNode(fmt.Sprintf("j-%d", i), model, 1, "CN-BJ")
	}
	jailed := func() int {
		c := 0
		for _, w := range ws {
			if f.node(w).Status == types.NodeStatus_NODE_STATUS_JAILED {
				c++
			}
		}
		return c
	}
	last := 1 + int64(p.MaxMissedHeartbeats) // closing this epoch reaches the limit
	for e := int64(2); e <= last; e++ {
		f.setEpoch(e)
		f.endBlock()
	}
	require.Equal(t, 0, jailed())
	f.setEpoch(last + 1)
	f.endBlock()
	require.Equal(t, int(f.k.GetParams(f.ctx).MaxHeartbeatJailsPerBlock), jailed())
	// A task submitted now finds a servable node in the index but is not assigned to a due node.
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	id, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	var pending worker
	for _, w := range ws {
		if f.node(w).Status == types.NodeStatus_NODE_STATUS_ACTIVE {
			pending = w
			break
		}
	}
	_, err = f.ms.Heartbeat(f.ctx, &types.MsgHeartbeat{Operator: pending.addr.String()})
	require.ErrorIs(t, err, types.ErrNodeJailed)
	f.endBlock()
	require.Equal(t, n, jailed())
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, f.task(id).Status)
	for _, w := range ws {
		nd := f.node(w)
		require.Equal(t, last+1+p.JailEpochs, nd.JailedUntilEpoch)
		require.Equal(t, p.MaxMissedHeartbeats, nd.MissedHeartbeats)
	}
}

// A v2 store (no Heartbeats index) is migrated to v3: the index is built from the ACTIVE nodes
// and missed heartbeats are then charged as before.
func TestMigrate2to3BuildsHeartbeatIndex(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	model := f.registerModel(sdkmath.NewInt(1_000))
	a := f.registerNode("a", model, 1, "CN-BJ")
	b := f.registerNode("b", model, 1, "CN-SH")
	f.unbond(b)
	require.NoError(t, f.k.Heartbeats.Clear(f.ctx, nil))
	_, broken := keeper.IndexInvariant(f.k)(f.ctx)
	require.True(t, broken)
	require.NoError(t, keeper.NewMigrator(f.k).Migrate2to3(f.ctx))
	f.checkInvariants()
	for e := int64(2); e <= 2+int64(p.MaxMissedHeartbeats); e++ {
		f.setEpoch(e)
		f.endBlock()
	}
	require.Equal(t, types.NodeStatus_NODE_STATUS_JAILED, f.node(a).Status)
	require.Equal(t, types.NodeStatus_NODE_STATUS_UNBONDING, f.node(b).Status)
}

// A stale Heartbeats entry (no such node, or not the node's entry) is dropped by BeginBlock
// instead of halting the chain or holding up the sweep.
func TestStaleHeartbeatEntryDropped(t *testing.T) {
	f := setup(t)
	model := f.registerModel(sdkmath.NewInt(1_000))
	w := f.registerNode("w", model, 1, "CN-BJ")
	f.setEpoch(6)
	f.endBlock()
	require.Equal(t, types.NodeStatus_NODE_STATUS_JAILED, f.node(w).Status)
	require.NoError(t, f.k.Heartbeats.Set(f.ctx, collections.Join(int64(0), addr("ghost"))))
	require.NoError(t, f.k.Heartbeats.Set(f.ctx, collections.Join(int64(1), w.addr)))
	f.endBlock() // checks the index invariant after BeginBlock
	require.Equal(t, types.NodeStatus_NODE_STATUS_JAILED, f.node(w).Status)
}
