package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/testutil"
	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// A clinic submits k = 3; two workers agree, one dissents: the two are paid (minus the
// development-fund share), the dissenter loses reputation and stake, the clinic gets the refund.
func TestTaskLifecycleWithDissenter(t *testing.T) {
	f := setup(t)
	price := bttAmt(1)
	model := f.registerModel(price)
	var ws []worker
	for _, n := range []string{"w1", "w2", "w3", "w4"} {
		ws = append(ws, f.registerNode(n, model, 2, "CN-BJ"))
	}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	fee := bttAmt(5) // required 3
	id, err := f.submit(clinic, model, 3, fee, types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	require.Equal(t, bttAmt(95), f.balance(clinic))
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, f.task(id).Status)
	f.endBlock()

	task := f.task(id)
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, task.Status)
	require.Len(t, task.Assignments, 3)
	good, bad := outputHash("caries: tooth 36"), outputHash("caries: none")
	assigned := []worker{}
	for _, a := range task.Assignments {
		assigned = append(assigned, workerByAddr(ws, a.Worker))
	}
	require.NoError(t, f.commit(assigned[0], id, good))
	require.NoError(t, f.commit(assigned[1], id, good))
	// Reveals are refused until everyone committed (or the commit window closed).
	require.ErrorIs(t, f.reveal(assigned[0], id, good), types.ErrRevealWindow)
	require.NoError(t, f.commit(assigned[2], id, bad))
	require.Equal(t, types.TaskStatus_TASK_STATUS_REVEAL, f.task(id).Status)
	f.endBlock()
	devBefore := f.moduleBalance(devFund())
	before := []sdkmath.Int{f.balance(assigned[0].addr), f.balance(assigned[1].addr), f.balance(assigned[2].addr)}
	repBefore := f.node(assigned[2]).Reputation
	require.NoError(t, f.reveal(assigned[0], id, good))
	require.NoError(t, f.reveal(assigned[2], id, bad))
	require.NoError(t, f.reveal(assigned[1], id, good))

	task = f.task(id)
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, task.Status)
	require.Equal(t, good, task.ResultHash)
	require.True(t, task.Escrow.IsZero())
	p := f.k.GetParams(f.ctx)
	dev := p.DevFundShare.MulInt(price).TruncateInt()
	net := price.Sub(dev)
	require.Equal(t, before[0].Add(net), f.balance(assigned[0].addr))
	require.Equal(t, before[1].Add(net), f.balance(assigned[1].addr))
	require.Equal(t, before[2], f.balance(assigned[2].addr))
	// Clinic paid exactly two slots.
	require.Equal(t, bttAmt(100).Sub(price.MulRaw(2)), f.balance(clinic))
	slash := p.SlashFraction.MulInt(bttAmt(100)).TruncateInt()
	require.Equal(t, bttAmt(100).Sub(slash), f.node(assigned[2]).Stake)
	require.Equal(t, devBefore.Add(dev.MulRaw(2)).Add(slash), f.moduleBalance(devFund()))
	require.Equal(t, repBefore-p.DissentPenalty, f.node(assigned[2]).Reputation)
	require.Equal(t, types.AssignmentOutcome_ASSIGNMENT_OUTCOME_REJECTED, task.Assignments[2].Outcome)
	f.checkInvariants()

	// The settlement's typed events say the same.
	events := f.ctx.EventManager().ABCIEvents()
	settled := testutil.TypedEvents[*types.EventTaskSettled](t, events)
	require.Len(t, settled, 1)
	require.Equal(t, types.EventTaskSettled{TaskId: id, ResultHash: good, Workers: []string{assigned[0].addr.String(), assigned[1].addr.String()},
		Amount: net.MulRaw(2), DevFund: dev.MulRaw(2), Burned: sdkmath.ZeroInt(), Refund: fee.Sub(price.MulRaw(2))}, *settled[0])
	paid := testutil.TypedEvents[*types.EventWorkerPaid](t, events)
	require.Len(t, paid, 2)
	require.Equal(t, types.EventWorkerPaid{TaskId: id, Worker: assigned[0].addr.String(), Amount: net}, *paid[0])
	slashed := testutil.TypedEvents[*types.EventNodeSlashed](t, events)
	require.Len(t, slashed, 1)
	require.Equal(t, types.EventNodeSlashed{Operator: assigned[2].addr.String(), Amount: slash, Reputation: repBefore - p.DissentPenalty, Reason: "dissent"}, *slashed[0])

	// Records for emissions / weighted governance.
	recs, err := f.k.ComputeRecords(f.ctx, 1)
	require.NoError(t, err)
	byOp := map[string]uint64{}
	for _, r := range recs {
		byOp[r.Operator] = r.ComputeUnits
		require.True(t, r.Uptime.Equal(sdkmath.LegacyOneDec()))
		require.Equal(t, "CN-BJ", r.Region)
	}
	require.Len(t, recs, 4)
	require.Equal(t, uint64(10), byOp[assigned[0].addr.String()])
	require.Equal(t, uint64(0), byOp[assigned[2].addr.String()])
	st := f.k.GetNodeEpochStats(f.ctx, 1, assigned[2].addr)
	require.Equal(t, uint64(1), st.TasksRejected)

	// Queries.
	tr, err := f.q.Task(f.ctx, &types.QueryTaskRequest{Id: id})
	require.NoError(t, err)
	require.Len(t, tr.Task.Assignments, 3)
	tl, err := f.q.Tasks(f.ctx, &types.QueryTasksRequest{Worker: assigned[0].addr.String()})
	require.NoError(t, err)
	require.Len(t, tl.Tasks, 1)
	tl, err = f.q.Tasks(f.ctx, &types.QueryTasksRequest{Client: clinic.String(), Status: types.TaskStatus_TASK_STATUS_QUEUED})
	require.NoError(t, err)
	require.Len(t, tl.Tasks, 0)
	nl, err := f.q.Nodes(f.ctx, &types.QueryNodesRequest{Region: "CN-BJ", ModelId: model, Status: types.NodeStatus_NODE_STATUS_ACTIVE})
	require.NoError(t, err)
	require.Len(t, nl.Nodes, 4)
	cap, err := f.q.CapacityByRegion(f.ctx, &types.QueryCapacityByRegionRequest{})
	require.NoError(t, err)
	require.Equal(t, []types.RegionCapacity{{Region: "CN-BJ", Nodes: 4, Capacity: 8, Free: 8}}, cap.Regions)
	es, err := f.q.NodeEpochStats(f.ctx, &types.QueryNodeEpochStatsRequest{Operator: assigned[0].addr.String()})
	require.NoError(t, err)
	require.Len(t, es.Stats, 1)
}

// Every bad input is refused with its registered error and leaves balances and state unchanged.
func TestBadInputChangesNothing(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	ws := []worker{f.registerNode("w1", model, 1, "CN-BJ"), f.registerNode("w2", model, 1, "CN-SH"), f.registerNode("w3", model, 1, "CN-GD")}
	outsider := f.registerNode("outsider", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	dep := f.registerModel(bttAmt(1))
	p := f.k.GetParams(f.ctx)
	p.MaxAttempts = 1
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	_, err = f.ms.DeprecateModel(f.ctx, &types.MsgDeprecateModel{Authority: f.gov, ModelId: dep})
	require.NoError(t, err)

	snapshot := func() []string {
		gs, err := f.k.ExportGenesis(f.ctx)
		require.NoError(t, err)
		return []string{gs.String(), f.balance(clinic).String(), f.moduleBalance(types.ModuleName).String()}
	}
	refused := func(want error, fn func() error) {
		t.Helper()
		before := snapshot()
		cctx := f.ctx
		f.ctx, _ = cctx.CacheContext() // as in a tx: a failing message's writes are dropped
		err := fn()
		f.ctx = cctx
		require.ErrorIs(t, err, want)
		require.Equal(t, before, snapshot())
	}
	submit := func(m uint64, k uint32, fee sdkmath.Int) func() error {
		return func() error { _, err := f.submit(clinic, m, k, fee, types.Urgency_URGENCY_ROUTINE); return err }
	}
	refused(types.ErrModelNotFound, submit(99, 1, bttAmt(2)))
	refused(types.ErrModelDeprecated, submit(dep, 1, bttAmt(2)))
	refused(types.ErrInvalidReplication, submit(model, 0, bttAmt(2)))
	refused(types.ErrInvalidReplication, submit(model, 8, bttAmt(20)))
	refused(types.ErrInsufficientCapacity, submit(model, 5, bttAmt(20)))
	refused(types.ErrFeeTooLow, submit(model, 3, bttAmt(2)))
	refused(types.ErrFeeTooLow, submit(model, 1, bttAmt(1))) // k = 1 escrows room for a re-execution
	refused(types.ErrNodeExists, func() error {
		_, err := f.ms.RegisterNode(f.ctx, &types.MsgRegisterNode{Operator: ws[0].addr.String(), NodeClass: types.NodeClass_NODE_CLASS_HOME,
			Region: "CN-BJ", Hardware: "x", EnergyClass: "A", X25519Pubkey: make32(1), Models: []types.ServedModel{{ModelId: model, Capacity: 1}}, Stake: bttAmt(100)})
		return err
	})
	refused(types.ErrStakeTooLow, func() error {
		_, err := f.ms.RegisterNode(f.ctx, &types.MsgRegisterNode{Operator: clinic.String(), NodeClass: types.NodeClass_NODE_CLASS_CLINIC,
			Region: "CN-BJ", Hardware: "x", EnergyClass: "A", X25519Pubkey: make32(1), Models: []types.ServedModel{{ModelId: model, Capacity: 1}}, Stake: bttAmt(100)})
		return err
	})
	refused(types.ErrInvalidNode, func() error {
		_, err := f.ms.RegisterNode(f.ctx, &types.MsgRegisterNode{Operator: clinic.String(), NodeClass: types.NodeClass_NODE_CLASS_HOME,
			Region: "Beijing", Hardware: "x", EnergyClass: "A", X25519Pubkey: make32(1), Models: []types.ServedModel{{ModelId: model, Capacity: 1}}, Stake: bttAmt(100)})
		return err
	})
	refused(types.ErrInvalidSigner, func() error {
		_, err := f.ms.RegisterModel(f.ctx, &types.MsgRegisterModel{Authority: clinic.String(), Name: "m", OnnxSha256: make32(1),
			TaskType: "x", ComputeUnits: 1, PriceFloor: bttAmt(1), Canonicalization: "r"})
		return err
	})
	refused(types.ErrInvalidSigner, func() error {
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: clinic.String(), Params: types.DefaultParams()})
		return err
	})

	// A task k = 3 assigned to the three others (the outsider gets taken out first).
	_, err = f.ms.UnbondNode(f.ctx, &types.MsgUnbondNode{Operator: outsider.addr.String()})
	require.NoError(t, err)
	id, err := f.submit(clinic, model, 3, bttAmt(3), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(id).Status)
	out := outputHash("ok")
	refused(types.ErrNotAssigned, func() error { return f.commit(outsider, id, out) })
	refused(types.ErrNotCommitted, func() error { return f.reveal(ws[0], id, out) })
	require.NoError(t, f.commit(ws[0], id, out))
	refused(types.ErrAlreadyCommitted, func() error { return f.commit(ws[0], id, out) })
	refused(types.ErrRevealWindow, func() error { return f.reveal(ws[0], id, out) })
	refused(types.ErrTaskNotFound, func() error { return f.commit(ws[0], 999, out) })
	require.NoError(t, f.commit(ws[1], id, out))
	// ws[2] stays silent until the commit window is over.
	for f.ctx.BlockHeight() <= f.task(id).CommitDeadline {
		f.endBlock()
	}
	refused(types.ErrCommitWindow, func() error { return f.commit(ws[2], id, out) })
	require.Equal(t, types.TaskStatus_TASK_STATUS_REVEAL, f.task(id).Status)
	refused(types.ErrNotAssigned, func() error { return f.reveal(outsider, id, out) })
	refused(types.ErrCommitMismatch, func() error { return f.reveal(ws[0], id, outputHash("other")) })
	require.NoError(t, f.reveal(ws[0], id, out))
	refused(types.ErrAlreadyRevealed, func() error { return f.reveal(ws[0], id, out) })
	for f.ctx.BlockHeight() <= f.task(id).RevealDeadline {
		f.endBlock()
	}
	// Late reveal: at the reveal deadline one reveal of three is no majority; with
	// max_attempts = 1 the task expired (full refund) and keeps its assignments.
	require.Equal(t, types.TaskStatus_TASK_STATUS_EXPIRED, f.task(id).Status)
	refused(types.ErrRevealWindow, func() error { return f.reveal(ws[1], id, out) })
	refused(types.ErrCommitWindow, func() error { return f.commit(ws[2], id, out) })
	require.Equal(t, bttAmt(100), f.balance(clinic))
}

// The client's own node is never assigned to its task.
func TestNeverAssignsClientsOwnNode(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	own := f.registerNode("clinic-node", model, 10, "CN-BJ")
	other := f.registerNode("w1", model, 10, "CN-BJ")
	f.fund(own.addr, bttAmt(100))
	// k = 2 cannot be served: only one node is not the client's.
	_, err := f.submit(own.addr, model, 2, bttAmt(10), types.Urgency_URGENCY_ROUTINE)
	require.ErrorIs(t, err, types.ErrInsufficientCapacity)
	for i := 0; i < 5; i++ {
		id, err := f.submit(own.addr, model, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		f.endBlock()
		task := f.task(id)
		require.Len(t, task.Assignments, 1)
		require.Equal(t, other.addr.String(), task.Assignments[0].Worker)
	}
}

// A queued task that never finds enough free nodes expires with a full refund.
func TestQueuedTaskExpiresWithFullRefund(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	f.registerNode("w1", model, 1, "CN-BJ")
	f.registerNode("w2", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	first, err := f.submit(clinic, model, 2, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	second, err := f.submit(clinic, model, 2, bttAmt(7), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(first).Status)
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, f.task(second).Status)
	// Nobody ever commits to the first task; the second one waits in the queue until its expiry
	// (the first task's reassignment attempts find no fresh nodes either).
	p := f.k.GetParams(f.ctx)
	for f.ctx.BlockHeight() <= f.task(second).ExpiryHeight {
		f.endBlock()
	}
	require.Equal(t, types.TaskStatus_TASK_STATUS_EXPIRED, f.task(second).Status)
	require.Equal(t, types.TaskStatus_TASK_STATUS_EXPIRED, f.task(first).Status)
	require.Equal(t, bttAmt(100), f.balance(clinic))
	// The module holds just the two stakes, each 100 BTT less slash_fraction per silence.
	n1, _ := f.k.GetNode(f.ctx, addr("w1"))
	n2, _ := f.k.GetNode(f.ctx, addr("w2"))
	require.True(t, n1.Stake.LT(bttAmt(100)) && n2.Stake.LT(bttAmt(100)))
	require.Equal(t, n1.Stake.Add(n2.Stake).String(), f.moduleBalance(types.ModuleName).String())
	_ = p
}

// Higher urgency is assigned first; URGENT/STAT pay a premium of which a part is burned through x/emissions.
func TestUrgencyOrderAndPremiumBurn(t *testing.T) {
	f := setup(t)
	price := bttAmt(10)
	model := f.registerModel(price)
	w := f.registerNode("w1", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(1000))
	p := f.k.GetParams(f.ctx)
	p.ReexecutionRate = sdkmath.LegacyZeroDec()
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	routine, err := f.submit(clinic, model, 1, bttAmt(20), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	stat, err := f.submit(clinic, model, 1, bttAmt(40), types.Urgency_URGENCY_STAT)
	require.NoError(t, err)
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, f.task(routine).Status)
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(stat).Status)
	burnedBefore, wBefore := f.burned(), f.balance(w.addr)
	out := outputHash("pano")
	require.NoError(t, f.commit(w, stat, out))
	require.NoError(t, f.reveal(w, stat, out))
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, f.task(stat).Status)
	premium := p.StatPremium.MulInt(price).TruncateInt()
	burn := p.PremiumBurnFraction.MulInt(premium).TruncateInt()
	gross := price.Add(premium).Sub(burn)
	net := gross.Sub(p.DevFundShare.MulInt(gross).TruncateInt())
	require.Equal(t, burnedBefore.Add(burn), f.burned())
	require.Equal(t, wBefore.Add(net), f.balance(w.addr))
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(routine).Status)
}

// With k = 1 and a re-execution rate of 1, a second node re-executes after the reveal; both are paid when they agree.
func TestK1ReexecutionSampling(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	ws := []worker{f.registerNode("w1", model, 1, "CN-BJ"), f.registerNode("w2", model, 1, "CN-BJ")}
	p := f.k.GetParams(f.ctx)
	p.ReexecutionRate = sdkmath.LegacyOneDec()
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	id, err := f.submit(clinic, model, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	first := workerByAddr(ws, f.task(id).Assignments[0].Worker)
	out := outputHash("ortho")
	require.NoError(t, f.commit(first, id, out))
	require.NoError(t, f.reveal(first, id, out))
	task := f.task(id)
	require.True(t, task.ReexecutionSampled)
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, task.Status)
	f.endBlock()
	task = f.task(id)
	require.Len(t, task.Assignments, 2)
	require.True(t, task.Assignments[1].Reexecution)
	second := workerByAddr(ws, task.Assignments[1].Worker)
	require.NotEqual(t, first.addr, second.addr)
	require.NoError(t, f.commit(second, id, out))
	require.NoError(t, f.reveal(second, id, out))
	task = f.task(id)
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, task.Status)
	for _, a := range task.Assignments {
		require.Equal(t, types.AssignmentOutcome_ASSIGNMENT_OUTCOME_ACCEPTED, a.Outcome)
	}
	require.Equal(t, bttAmt(8), f.balance(clinic))
}

// Silent workers lose reputation; when no majority is reached the task is reassigned to fresh nodes.
func TestSilentWorkersAndReassignment(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	var ws []worker
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		ws = append(ws, f.registerNode(n, model, 1, "CN-BJ"))
	}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	id, err := f.submit(clinic, model, 3, bttAmt(3), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	first := f.task(id).Assignments
	deadline := f.task(id).CommitDeadline
	for f.ctx.BlockHeight() <= deadline {
		f.endBlock()
	}
	task := f.task(id)
	require.Equal(t, uint32(1), task.Attempts)
	require.Len(t, task.PastWorkers, 3)
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, task.Status) // reassigned in the same end block
	for _, a := range first {
		require.Equal(t, f.k.GetParams(f.ctx).InitialReputation-f.k.GetParams(f.ctx).SilentPenalty, f.node(workerByAddr(ws, a.Worker)).Reputation)
		require.Equal(t, uint64(1), f.k.GetNodeEpochStats(f.ctx, 1, workerByAddr(ws, a.Worker).addr).TasksMissed)
		require.Equal(t, -1, indexOf(task.Assignments, a.Worker))
	}
	out := outputHash("ok")
	for _, a := range task.Assignments {
		require.NoError(t, f.commit(workerByAddr(ws, a.Worker), id, out))
	}
	for _, a := range task.Assignments {
		require.NoError(t, f.reveal(workerByAddr(ws, a.Worker), id, out))
	}
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, f.task(id).Status)
	require.Equal(t, bttAmt(7), f.balance(clinic))
}

func indexOf(as []types.Assignment, w string) int {
	for i, a := range as {
		if a.Worker == w {
			return i
		}
	}
	return -1
}

func TestParamsValidationAndCommitmentLayout(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	p := types.DefaultParams()
	p.DevFundShare = sdkmath.LegacyNewDec(2)
	require.Error(t, p.Validate())
	f := setup(t)
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.ErrorIs(t, err, types.ErrInvalidParams)
	// sha256(output_hash || salt || address bytes), no separators.
	w := addr("w")
	out, salt := make32(1), make32(2)
	buf := append(append(append([]byte{}, out...), salt...), w...)
	require.Len(t, buf, 84)
	require.Equal(t, sha256sum(buf), keeper.Commitment(out, salt, w))
}

// A sampled re-execution that cannot run (no free node) or whose re-executor stays silent
// leaves the first result standing: the first worker is paid, the silent re-executor is penalised.
func TestK1ReexecutionFallbacks(t *testing.T) {
	for _, silent := range []bool{false, true} {
		f := setup(t)
		model := f.registerModel(bttAmt(1))
		ws := []worker{f.registerNode("w1", model, 1, "CN-BJ")}
		if silent {
			ws = append(ws, f.registerNode("w2", model, 1, "CN-BJ"))
		}
		p := f.k.GetParams(f.ctx)
		p.ReexecutionRate = sdkmath.LegacyOneDec()
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
		require.NoError(t, err)
		clinic := addr("clinic")
		f.fund(clinic, bttAmt(10))
		id, err := f.submit(clinic, model, 1, bttAmt(2), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		f.endBlock()
		first := workerByAddr(ws, f.task(id).Assignments[0].Worker)
		before := f.balance(first.addr)
		out := outputHash("ok")
		require.NoError(t, f.commit(first, id, out))
		require.NoError(t, f.reveal(first, id, out))
		require.True(t, f.task(id).ReexecutionSampled)
		expiry := f.task(id).ExpiryHeight
		for f.ctx.BlockHeight() <= expiry && f.task(id).Status != types.TaskStatus_TASK_STATUS_SETTLED {
			f.endBlock()
		}
		task := f.task(id)
		require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, task.Status, "silent=%v", silent)
		require.Equal(t, out, task.ResultHash)
		require.True(t, f.balance(first.addr).GT(before))
		require.Equal(t, bttAmt(9), f.balance(clinic))
		if silent {
			require.Len(t, task.Assignments, 2)
			require.Equal(t, types.AssignmentOutcome_ASSIGNMENT_OUTCOME_MISSED, task.Assignments[1].Outcome)
		} else {
			require.Len(t, task.Assignments, 1)
		}
	}
}
