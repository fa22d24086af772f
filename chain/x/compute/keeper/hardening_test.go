package keeper_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/testutil"
	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

func (f *fixture) setParams(edit func(*types.Params)) {
	f.t.Helper()
	p := f.k.GetParams(f.ctx)
	edit(&p)
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(f.t, err)
}

// Issue 16 (2): 300 STAT tasks of one client that cannot be assigned (their model's only node is
// busy) must not keep another client's serviceable ROUTINE task waiting.
func TestQueueSpamDoesNotStarveOthers(t *testing.T) {
	f := setup(t)
	price := sdkmath.NewInt(1_000)
	busy := f.registerModel(price)
	other := f.registerModel(price)
	f.registerNode("busy-node", busy, 1, "CN-BJ")
	f.registerNode("free-node", other, 1, "CN-SH")
	spammer, clinic := addr("spammer"), addr("clinic")
	f.fund(spammer, bttAmt(10))
	f.fund(clinic, bttAmt(10))
	for i := 0; i < 301; i++ {
		_, err := f.submit(spammer, busy, 1, price.MulRaw(4), types.Urgency_URGENCY_STAT)
		require.NoError(t, err)
	}
	f.endBlock() // the first spam task takes the only node of its model; 300 stay queued
	id, err := f.submit(clinic, other, 1, price.MulRaw(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	for i := 0; i < 2 && f.task(id).Status == types.TaskStatus_TASK_STATUS_QUEUED; i++ {
		f.endBlock()
	}
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(id).Status, "serviceable task starved behind spam")
}

// Issue 16 (2): the store reads of an EndBlock that assigns one task do not grow with the number
// of registered nodes.
func TestEndBlockCostIndependentOfNodeCount(t *testing.T) {
	gasFor := func(nodes int) uint64 {
		f := setup(t)
		model := f.registerModel(sdkmath.NewInt(1_000))
		idle := f.registerModel(sdkmath.NewInt(1_000))
		for i := 0; i < 20; i++ {
			f.registerNode(fmt.Sprintf("served-%d", i), model, 1, "CN-BJ")
		}
		for i := 0; i < nodes; i++ {
			f.registerNode(fmt.Sprintf("idle-%d", i), idle, 1, "CN-SH")
		}
		clinic := addr("clinic")
		f.fund(clinic, bttAmt(10))
		_, err := f.submit(clinic, model, 3, sdkmath.NewInt(3_000), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		ctx := f.ctx.WithGasMeter(storetypes.NewInfiniteGasMeter())
		require.NoError(t, f.k.EndBlocker(ctx))
		return ctx.GasMeter().GasConsumed()
	}
	small, large := gasFor(0), gasFor(300)
	require.Less(t, large, small+small/10, "EndBlock gas grew with idle nodes: %d -> %d", small, large)
}

// Issue 16 (2): expirations are handled at most max_expirations_per_block per block, oldest first.
func TestExpirationsBoundedPerBlock(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.TaskTimeoutBlocks = 41; p.MaxExpirationsPerBlock = 2 })
	model := f.registerModel(sdkmath.NewInt(1_000))
	n := f.registerNode("n", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	var ids []uint64
	for i := 0; i < 6; i++ {
		id, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		ids = append(ids, id)
	}
	f.unbond(n) // nothing can be assigned: all six wait for their expiry
	expiry := f.task(ids[0]).ExpiryHeight
	for f.ctx.BlockHeight() < expiry {
		f.endBlock()
	}
	expired := func() int {
		n := 0
		for _, id := range ids {
			if f.task(id).Status == types.TaskStatus_TASK_STATUS_EXPIRED {
				n++
			}
		}
		return n
	}
	require.Equal(t, 0, expired())
	f.endBlock()
	require.Equal(t, 2, expired())
	f.endBlock()
	require.Equal(t, 4, expired())
	f.endBlock()
	require.Equal(t, 6, expired())
}

// Issue 16 (5): the slot price is fixed at submission; raising the premium before settlement
// pays what was escrowed, never other tasks' escrow.
func TestSlotPriceFixedAtSubmit(t *testing.T) {
	f := setup(t)
	price := bttAmt(1)
	model := f.registerModel(price)
	var ws []worker
	for _, n := range []string{"w1", "w2", "w3"} {
		ws = append(ws, f.registerNode(n, model, 1, "CN-BJ"))
	}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	p := f.k.GetParams(f.ctx)
	fee := price.Add(p.StatPremium.MulInt(price).TruncateInt()).MulRaw(3)
	id, err := f.submit(clinic, model, 3, fee, types.Urgency_URGENCY_STAT)
	require.NoError(t, err)
	f.endBlock()
	f.setParams(func(p *types.Params) { p.StatPremium = sdkmath.LegacyNewDec(10) })
	out := outputHash("ok")
	for _, w := range ws {
		require.NoError(t, f.commit(w, id, out))
	}
	before := f.balance(ws[0].addr)
	for _, w := range ws {
		require.NoError(t, f.reveal(w, id, out))
	}
	task := f.task(id)
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, task.Status)
	slot := fee.QuoRaw(3)
	gross := slot.Sub(p.PremiumBurnFraction.MulInt(slot.Sub(price)).TruncateInt())
	net := gross.Sub(p.DevFundShare.MulInt(gross).TruncateInt())
	require.Equal(t, before.Add(net), f.balance(ws[0].addr))
	f.checkInvariants()
	require.Equal(t, slot, task.SlotPrice)
}

// Issue 16 (5): a task whose processing fails in EndBlock (here: an escrow the module cannot
// pay back) is logged and reported by an event, leaves no partial state, and neither halts the
// chain nor stops the other tasks of the block.
func TestFailingTaskDoesNotHaltEndBlock(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.TaskTimeoutBlocks = 41 })
	model := f.registerModel(sdkmath.NewInt(1_000))
	n := f.registerNode("n", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	bad, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	good, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.unbond(n)
	// Corrupt the first queued task: its escrow exceeds what the module holds.
	task := f.task(bad)
	task.Escrow = bttAmt(1_000_000_000)
	require.NoError(t, f.k.Tasks.Set(f.ctx, bad, task))
	for f.ctx.BlockHeight() < task.ExpiryHeight {
		require.NoError(t, f.k.EndBlocker(f.ctx))
		f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1).WithHeaderHash(headerHash(f.ctx.BlockHeight() + 1)).
			WithEventManager(sdk.NewEventManager())
	}
	clinicBefore := f.balance(clinic)
	require.NoError(t, f.k.EndBlocker(f.ctx))
	require.Equal(t, task, f.task(bad), "failed task must be left untouched")
	require.Equal(t, types.TaskStatus_TASK_STATUS_EXPIRED, f.task(good).Status)
	require.Equal(t, clinicBefore.Add(sdkmath.NewInt(2_000)), f.balance(clinic))
	failed := testutil.TypedEvents[*types.EventTaskFailed](t, f.ctx.EventManager().ABCIEvents())
	require.NotEmpty(t, failed, "an EventTaskFailed is emitted")
	require.Equal(t, bad, failed[0].TaskId)
}

// Issue 16 (6): a settlement in EndBlock (a sampled re-execution that found no second node)
// rewards the worker; assigning that worker another task in the same EndBlock must not write
// back a stale copy of the node and lose the reward.
func TestEndBlockKeepsSettlementNodeUpdates(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.ReexecutionRate = sdkmath.LegacyOneDec(); p.TaskTimeoutBlocks = 60 })
	model := f.registerModel(sdkmath.NewInt(1_000))
	w := f.registerNode("w", model, 2, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	id, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	out := outputHash("r")
	require.NoError(t, f.commit(w, id, out))
	require.NoError(t, f.reveal(w, id, out))
	require.True(t, f.task(id).ReexecutionSampled)
	rep := f.node(w).Reputation
	for f.ctx.BlockHeight() < f.task(id).ExpiryHeight {
		f.endBlock()
	}
	second, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, f.task(id).Status)
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(second).Status)
	p := f.k.GetParams(f.ctx)
	require.Equal(t, rep+p.AcceptReward, f.node(w).Reputation, "reputation update lost")
}

// Issue 16 (8): region_bonus is bounded, so node weights cannot overflow.
func TestRegionBonusBounded(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.RegionBonus = math.MaxUint32
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.ErrorIs(t, err, types.ErrInvalidParams)
	p.RegionBonus = types.MaxRegionBonus
	require.NoError(t, p.Validate())
}

// Issue 16 (8): finished tasks are deleted task_retention_blocks after they finish, at most
// max_prunes_per_block per block; open tasks are kept.
func TestFinishedTasksPruned(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.TaskTimeoutBlocks = 41; p.TaskRetentionBlocks = 5; p.MaxPrunesPerBlock = 1 })
	model := f.registerModel(sdkmath.NewInt(1_000))
	n := f.registerNode("n", model, 1, "CN-BJ")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	var ids []uint64
	for i := 0; i < 3; i++ {
		id, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		ids = append(ids, id)
	}
	f.unbond(n)
	expiry := f.task(ids[0]).ExpiryHeight
	for f.ctx.BlockHeight() <= expiry {
		f.endBlock()
	}
	require.Equal(t, types.TaskStatus_TASK_STATUS_EXPIRED, f.task(ids[0]).Status)
	for f.ctx.BlockHeight() < expiry+5 {
		f.endBlock()
	}
	has := func(id uint64) bool { ok, err := f.k.Tasks.Has(f.ctx, id); require.NoError(t, err); return ok }
	require.True(t, has(ids[0]) && has(ids[1]) && has(ids[2]))
	f.endBlock()
	require.False(t, has(ids[0]))
	require.True(t, has(ids[1]) && has(ids[2]))
	f.endBlock()
	require.False(t, has(ids[1]))
	require.True(t, has(ids[2]))
	f.endBlock()
	require.False(t, has(ids[2]))
	_, err := f.q.Task(f.ctx, &types.QueryTaskRequest{Id: ids[1]})
	require.Error(t, err)
}

func (f *fixture) unbond(w worker) {
	f.t.Helper()
	_, err := f.ms.UnbondNode(f.ctx, &types.MsgUnbondNode{Operator: w.addr.String()})
	require.NoError(f.t, err)
}

// Issue 16 (5): a task from before slot_price existed is paid at today's price; if that exceeds
// its escrow, settlement fails with ErrEscrowShortfall, the task is closed with a full refund
// (its workers' slots freed) and compute_task_failed says so; nothing is drawn from other escrow.
func TestEscrowShortfallRefundsInsteadOfHalting(t *testing.T) {
	f := setup(t)
	price := bttAmt(1)
	model := f.registerModel(price)
	var ws []worker
	for _, n := range []string{"w1", "w2", "w3"} {
		ws = append(ws, f.registerNode(n, model, 1, "CN-BJ"))
	}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	fee := price.MulRaw(2).MulRaw(3)
	id, err := f.submit(clinic, model, 3, fee, types.Urgency_URGENCY_STAT)
	require.NoError(t, err)
	legacy := f.task(id)
	legacy.SlotPrice = sdkmath.Int{} // as stored before the field existed
	require.NoError(t, f.k.Tasks.Set(f.ctx, id, legacy))
	f.endBlock()
	f.setParams(func(p *types.Params) { p.StatPremium = sdkmath.LegacyNewDec(10) })
	out := outputHash("ok")
	for _, w := range ws {
		require.NoError(t, f.commit(w, id, out))
	}
	require.NoError(t, f.reveal(ws[0], id, out))
	require.NoError(t, f.reveal(ws[1], id, out)) // ws[2] stays silent: settled at the reveal deadline
	clinicBefore := f.balance(clinic)
	var failed *types.EventTaskFailed
	for f.task(id).Status == types.TaskStatus_TASK_STATUS_REVEAL {
		require.NoError(t, f.k.EndBlocker(f.ctx))
		for _, e := range testutil.TypedEvents[*types.EventTaskFailed](t, f.ctx.EventManager().ABCIEvents()) {
			failed = e
		}
		f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1).WithHeaderHash(headerHash(f.ctx.BlockHeight() + 1)).
			WithEventManager(sdk.NewEventManager())
		f.checkInvariants()
	}
	task := f.task(id)
	require.Equal(t, types.TaskStatus_TASK_STATUS_EXPIRED, task.Status)
	require.True(t, task.Escrow.IsZero())
	require.Equal(t, clinicBefore.Add(fee), f.balance(clinic))
	require.NotNil(t, failed, "an EventTaskFailed is emitted")
	require.Equal(t, id, failed.TaskId)
	require.True(t, failed.Refunded)
	require.Contains(t, failed.Reason, types.ErrEscrowShortfall.Error())
	for _, w := range ws {
		require.Zero(t, f.node(w).Models[0].Active)
	}
}

// Issue 16 (2): candidates are read through a bounded window of the free-capacity index, yet
// every free node can be chosen: 80 one-slot nodes take 80 tasks in one block, one each.
func TestBoundedCandidatesStillReachEveryNode(t *testing.T) {
	f := setup(t)
	model := f.registerModel(sdkmath.NewInt(1_000))
	var ws []worker
	for i := 0; i < 80; i++ {
		ws = append(ws, f.registerNode(fmt.Sprintf("node-%d", i), model, 1, "CN-BJ"))
	}
	require.Less(t, f.k.GetParams(f.ctx).MaxAssignmentCandidates, uint32(80))
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	var ids []uint64
	for i := 0; i < 80; i++ {
		id, err := f.submit(clinic, model, 1, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		ids = append(ids, id)
	}
	f.endBlock()
	for _, id := range ids {
		require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(id).Status, "task %d", id)
	}
	for _, w := range ws {
		require.Equal(t, uint32(1), f.node(w).Models[0].Active)
	}
	free, err := f.k.FreeCount.Has(f.ctx, model)
	require.NoError(t, err)
	require.False(t, free)
}

// Issue 16 (2): the queue is walked by model, and a model without a free node is skipped in one
// step: even with the smallest scan budget, 300 queued tasks of a busy model do not delay a task
// of another model by a single block.
func TestBusyModelSkippedInOneStep(t *testing.T) {
	f := setup(t)
	price := sdkmath.NewInt(1_000)
	busy := f.registerModel(price)
	other := f.registerModel(price)
	f.registerNode("busy-node", busy, 1, "CN-BJ")
	f.registerNode("free-node", other, 1, "CN-SH")
	spammer, clinic := addr("spammer"), addr("clinic")
	f.fund(spammer, bttAmt(10))
	f.fund(clinic, bttAmt(10))
	for i := 0; i < 301; i++ {
		_, err := f.submit(spammer, busy, 1, price.MulRaw(4), types.Urgency_URGENCY_STAT)
		require.NoError(t, err)
	}
	f.endBlock()
	f.setParams(func(p *types.Params) { p.MaxQueueScanPerBlock = 1; p.MaxAssignmentsPerBlock = 1 })
	id, err := f.submit(clinic, other, 1, price.MulRaw(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(id).Status)
}

// A v1 store (no secondary indexes, new params zero) is migrated to v2: params get their
// defaults and the indexes are rebuilt, after which tasks are assigned and expire as usual.
func TestMigrate1to2RebuildsIndexes(t *testing.T) {
	f := setup(t)
	model := f.registerModel(sdkmath.NewInt(1_000))
	f.registerNode("a", model, 1, "CN-BJ")
	f.registerNode("b", model, 2, "CN-SH")
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(10))
	active, err := f.submit(clinic, model, 2, sdkmath.NewInt(2_000), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	queued, err := f.submit(clinic, model, 2, sdkmath.NewInt(4_000), types.Urgency_URGENCY_STAT)
	require.NoError(t, err)
	// Turn the store into a v1 one.
	p := f.k.GetParams(f.ctx)
	p.MaxQueueScanPerBlock, p.MaxAssignmentsPerBlock, p.MaxAssignmentCandidates = 0, 0, 0
	p.MaxExpirationsPerBlock, p.TaskRetentionBlocks, p.MaxPrunesPerBlock = 0, 0, 0
	require.NoError(t, f.k.Params.Set(f.ctx, p))
	require.NoError(t, f.k.FreeSlots.Clear(f.ctx, nil))
	require.NoError(t, f.k.RegionFree.Clear(f.ctx, nil))
	require.NoError(t, f.k.FreeCount.Clear(f.ctx, nil))
	require.NoError(t, f.k.Serving.Clear(f.ctx, nil))
	require.NoError(t, f.k.ModelQueue.Clear(f.ctx, nil))
	require.NoError(t, f.k.Deadlines.Clear(f.ctx, nil))
	_, broken := keeper.IndexInvariant(f.k)(f.ctx)
	require.True(t, broken)

	require.NoError(t, keeper.NewMigrator(f.k).Migrate1to2(f.ctx))
	require.NoError(t, f.k.GetParams(f.ctx).Validate())
	require.Equal(t, types.DefaultParams().TaskRetentionBlocks, f.k.GetParams(f.ctx).TaskRetentionBlocks)
	f.checkInvariants()
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, f.task(active).Status)
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, f.task(queued).Status)
	f.endBlock()
	require.Equal(t, types.TaskStatus_TASK_STATUS_QUEUED, f.task(queued).Status) // b has one slot left, a none
}
