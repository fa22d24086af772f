package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// Heartbeats once per epoch; missed heartbeats jail a node for params.jail_epochs; uptime from records.
func TestHeartbeatsAndJailing(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	w := f.registerNode("w1", model, 1, "CN-BJ")
	_, err := f.ms.Heartbeat(f.ctx, &types.MsgHeartbeat{Operator: w.addr.String()})
	require.ErrorIs(t, err, types.ErrAlreadyHeartbeat) // registration counts for epoch 1
	f.setEpoch(2)
	f.endBlock()
	_, err = f.ms.Heartbeat(f.ctx, &types.MsgHeartbeat{Operator: w.addr.String()})
	require.NoError(t, err)
	p := f.k.GetParams(f.ctx)
	for e := int64(3); e <= 2+int64(p.MaxMissedHeartbeats); e++ {
		f.setEpoch(e)
		f.endBlock()
		require.Equal(t, types.NodeStatus_NODE_STATUS_ACTIVE, f.node(w).Status, "epoch %d", e)
	}
	f.setEpoch(3 + int64(p.MaxMissedHeartbeats))
	f.endBlock()
	n := f.node(w)
	require.Equal(t, types.NodeStatus_NODE_STATUS_JAILED, n.Status)
	require.Equal(t, p.MaxMissedHeartbeats, n.MissedHeartbeats)
	// A jailed node takes no tasks.
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	_, err = f.submit(clinic, model, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.ErrorIs(t, err, types.ErrInsufficientCapacity)
	_, err = f.ms.Heartbeat(f.ctx, &types.MsgHeartbeat{Operator: w.addr.String()})
	require.ErrorIs(t, err, types.ErrNodeJailed)
	f.setEpoch(n.JailedUntilEpoch)
	f.endBlock()
	_, err = f.ms.Heartbeat(f.ctx, &types.MsgHeartbeat{Operator: w.addr.String()})
	require.NoError(t, err)
	require.Equal(t, types.NodeStatus_NODE_STATUS_ACTIVE, f.node(w).Status)
	// Uptime over epochs 1..6: heartbeats in 1 and 2 only.
	up := f.k.NodeUptime(f.ctx, w.addr, 7, 6)
	require.Equal(t, sdkmath.LegacyNewDec(2).QuoInt64(6).String(), up.String())
	recs, err := f.k.ComputeRecords(f.ctx, 3)
	require.NoError(t, err)
	require.Empty(t, recs)
}

// Unbonding returns the stake only after the delay and once the node holds no task.
func TestUnbondingDelay(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.UnbondingDelaySeconds = 5
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	model := f.registerModel(bttAmt(1))
	w := f.registerNode("w1", model, 1, "CN-BJ")
	other := f.registerNode("w2", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	id, err := f.submit(clinic, model, 2, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	before := f.balance(w.addr)
	res, err := f.ms.UnbondNode(f.ctx, &types.MsgUnbondNode{Operator: w.addr.String()})
	require.NoError(t, err)
	require.Equal(t, f.ctx.BlockTime().Unix()+5, res.UnbondTime)
	_, err = f.ms.UnbondNode(f.ctx, &types.MsgUnbondNode{Operator: w.addr.String()})
	require.ErrorIs(t, err, types.ErrNodeNotActive)
	for i := 0; i < 8; i++ {
		f.endBlock()
	}
	// Still holding its task: not returned yet.
	require.Equal(t, types.NodeStatus_NODE_STATUS_UNBONDING, f.node(w).Status)
	out := outputHash("x")
	require.NoError(t, f.commit(w, id, out))
	require.NoError(t, f.commit(other, id, out))
	require.NoError(t, f.reveal(w, id, out))
	require.NoError(t, f.reveal(other, id, out))
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, f.task(id).Status)
	earned := f.balance(w.addr).Sub(before)
	f.endBlock()
	_, err = f.k.Nodes.Get(f.ctx, w.addr)
	require.Error(t, err)
	require.Equal(t, before.Add(earned).Add(bttAmt(100)), f.balance(w.addr))
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(time.Hour))
	f.endBlock()
}

// The same chain state and block hash give the same assignment; load spreads over the nodes.
func TestAssignmentDeterministicAndSpread(t *testing.T) {
	run := func() ([][]string, map[string]int) {
		f := setup(t)
		model := f.registerModel(bttAmt(1))
		for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
			f.registerNode(n, model, 1000, "CN-BJ")
		}
		clinic := addr("clinic")
		f.fund(clinic, bttAmt(1000))
		var picks [][]string
		load := map[string]int{}
		for i := 0; i < 60; i++ {
			id, err := f.submit(clinic, model, 3, bttAmt(3), types.Urgency_URGENCY_ROUTINE)
			require.NoError(t, err)
			f.endBlock()
			var ws []string
			for _, a := range f.task(id).Assignments {
				ws = append(ws, a.Worker)
				load[a.Worker]++
			}
			picks = append(picks, ws)
		}
		return picks, load
	}
	a, load := run()
	b, _ := run()
	require.Equal(t, a, b)
	require.Len(t, load, 8)
	for w, n := range load {
		require.Greater(t, n, 8, "node %s got %d of 180 slots", w, n) // fair share is 22.5
	}
}

// Region affinity: nodes in the task's preferred region are weighted params.region_bonus times.
func TestRegionAffinity(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	bj := f.registerNode("bj", model, 1000, "CN-BJ")
	f.registerNode("sh", model, 1000, "CN-SH")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(1000))
	p := f.k.GetParams(f.ctx)
	p.RegionBonus = 20
	p.CommitWindowBlocks = 100 // no task times out (and gets reassigned) during the test
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	hits := 0
	for i := 0; i < 40; i++ {
		res, err := f.ms.SubmitTask(f.ctx, &types.MsgSubmitTask{Client: clinic.String(), ModelId: model, InputSha256: make32(1),
			InputLocator: "ipfs://x", Urgency: types.Urgency_URGENCY_ROUTINE, Replication: 1, MaxFee: bttAmt(2), PreferredRegion: "CN-BJ"})
		require.NoError(t, err)
		f.endBlock()
		if f.task(res.TaskId).Assignments[0].Worker == bj.addr.String() {
			hits++
		}
	}
	require.Greater(t, hits, 30)
}

// Genesis export → import into a fresh app → export gives the same state, indexes included.
func TestGenesisRoundTrip(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	ws := []worker{f.registerNode("a", model, 1, "CN-BJ"), f.registerNode("b", model, 1, "CN-BJ"), f.registerNode("c", model, 1, "CN-BJ")}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	firstID, err := f.submit(clinic, model, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	activeID, err := f.submit(clinic, model, 2, bttAmt(3), types.Urgency_URGENCY_URGENT)
	require.NoError(t, err)
	f.endBlock()
	_, err = f.submit(clinic, model, 3, bttAmt(3), types.Urgency_URGENCY_ROUTINE) // queued: nodes busy
	require.NoError(t, err)
	task := f.task(activeID)
	require.NoError(t, f.commit(workerByAddr(ws, task.Assignments[0].Worker), activeID, outputHash("z")))
	_ = firstID
	_, err = f.ms.UnbondNode(f.ctx, &types.MsgUnbondNode{Operator: f.task(firstID).Assignments[0].Worker})
	require.NoError(t, err)
	f.endBlock()
	// An attested node and a non-default min paid price travel too.
	n, _ := f.k.GetNode(f.ctx, ws[2].addr)
	n.AttestedBy, n.AttestedHeight = addr("tech-verifier").String(), f.ctx.BlockHeight()
	require.NoError(t, f.k.Nodes.Set(f.ctx, ws[2].addr, n))
	f.setParams(func(p *types.Params) { p.MinPaidPricePerUnit = sdkmath.NewInt(12345) })

	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	require.Contains(t, string(f.app.AppCodec().MustMarshalJSON(gs)), addr("tech-verifier").String())
	badNode := *gs
	badNode.Nodes = append([]types.Node(nil), gs.Nodes...)
	badNode.Nodes[0].AttestedBy = "not-an-address"
	require.Error(t, badNode.Validate())
	cdc := f.app.AppCodec()
	bz := cdc.MustMarshalJSON(gs)

	g := setup(t)
	var imported types.GenesisState
	cdc.MustUnmarshalJSON(bz, &imported)
	require.NoError(t, g.k.InitGenesis(g.ctx, imported))
	gs2, err := g.k.ExportGenesis(g.ctx)
	require.NoError(t, err)
	require.Equal(t, string(bz), string(cdc.MustMarshalJSON(gs2)))
	// The secondary indexes are rebuilt from the imported nodes and tasks.
	msg, broken := keeper.IndexInvariant(g.k)(g.ctx)
	require.False(t, broken, msg)
	for _, k := range []func(*fixture) int{
		func(x *fixture) int {
			n := 0
			_ = x.k.Queue.Walk(x.ctx, nil, func(_ collectionsPair) (bool, error) { n++; return false, nil })
			return n
		},
	} {
		require.Equal(t, k(f), k(g))
	}
	qa, _ := f.k.Active.Has(f.ctx, activeID)
	qb, _ := g.k.Active.Has(g.ctx, activeID)
	require.Equal(t, qa, qb)
	// Default genesis validates; a broken one does not.
	require.NoError(t, types.DefaultGenesis().Validate())
	bad := *gs
	bad.NextTaskId = 1
	require.Error(t, bad.Validate())
}

// MsgUpdateNode changes declared data; a model with tasks in progress cannot be dropped.
// MsgDeprecateModel is gov-only and stops new tasks and new nodes for the model.
func TestUpdateNodeAndDeprecateModel(t *testing.T) {
	f := setup(t)
	m1 := f.registerModel(bttAmt(1))
	m2 := f.registerModel(bttAmt(1))
	w := f.registerNode("w1", m1, 2, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	_, err := f.submit(clinic, m1, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	upd := &types.MsgUpdateNode{Operator: w.addr.String(), Region: "CN-SH", Hardware: "H100", EnergyClass: "B", X25519Pubkey: make32(4),
		Models: []types.ServedModel{{ModelId: m2, Capacity: 3}}}
	_, err = f.ms.UpdateNode(f.ctx, upd)
	require.ErrorIs(t, err, types.ErrNodeBusy)
	upd.Models = append(upd.Models, types.ServedModel{ModelId: m1, Capacity: 1})
	_, err = f.ms.UpdateNode(f.ctx, upd)
	require.NoError(t, err)
	n := f.node(w)
	require.Equal(t, "CN-SH", n.Region)
	require.Equal(t, []types.ServedModel{{ModelId: m2, Capacity: 3}, {ModelId: m1, Capacity: 1, Active: 1}}, n.Models)
	_, err = f.ms.UpdateNode(f.ctx, &types.MsgUpdateNode{Operator: clinic.String(), Region: "CN-SH", Hardware: "x", EnergyClass: "B", X25519Pubkey: make32(4), Models: upd.Models})
	require.ErrorIs(t, err, types.ErrNodeNotFound)

	_, err = f.ms.DeprecateModel(f.ctx, &types.MsgDeprecateModel{Authority: clinic.String(), ModelId: m2})
	require.ErrorIs(t, err, types.ErrInvalidSigner)
	_, err = f.ms.DeprecateModel(f.ctx, &types.MsgDeprecateModel{Authority: f.gov, ModelId: m2})
	require.NoError(t, err)
	_, err = f.ms.DeprecateModel(f.ctx, &types.MsgDeprecateModel{Authority: f.gov, ModelId: m2})
	require.ErrorIs(t, err, types.ErrModelDeprecated)
	_, err = f.ms.DeprecateModel(f.ctx, &types.MsgDeprecateModel{Authority: f.gov, ModelId: 77})
	require.ErrorIs(t, err, types.ErrModelNotFound)
	_, err = f.submit(clinic, m2, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.ErrorIs(t, err, types.ErrModelDeprecated)
	_, err = f.ms.UpdateNode(f.ctx, upd)
	require.ErrorIs(t, err, types.ErrModelDeprecated)
	ms, err := f.q.Models(f.ctx, &types.QueryModelsRequest{})
	require.NoError(t, err)
	require.Len(t, ms.Models, 2)
	mr, err := f.q.Model(f.ctx, &types.QueryModelRequest{Id: m2})
	require.NoError(t, err)
	require.True(t, mr.Model.Deprecated)
	_, err = f.q.Node(f.ctx, &types.QueryNodeRequest{Operator: clinic.String()})
	require.ErrorIs(t, err, types.ErrNodeNotFound)
	pr, err := f.q.Params(f.ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, f.k.GetParams(f.ctx), pr.Params)
}
