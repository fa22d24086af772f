package keeper

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// The task state machine, in one place:
//
//	submit (submitTask: escrow, QUEUED)
//	→ assign (EndBlock assignQueued / assign: k nodes by weighted deterministic sampling, COMMIT)
//	→ commit (commitResult; all committed or the commit deadline: openReveal, REVEAL)
//	→ reveal (revealResult; all revealed or the reveal deadline: settle)
//	→ settle (settle: pay the majority, penalise dissenters and silent workers, SETTLED; no
//	  majority: reassigned, or expire) / expire (timeout or no majority: refund, EXPIRED) /
//	  abort (a processing failure: refund, EXPIRED)
//	→ prune (pruneFinished, task_retention_blocks after it finished).
//
// Deadlines are read from the Deadlines index (handleDeadlines); each task is processed in its own
// cached context (processTask). msg_server.go checks the signer's address and delegates here;
// lifecycle.go runs the blocks (heartbeats and jailing, unbonding) and calls into this file.

// submitTask escrows the max fee of a MsgSubmitTask and queues the task (QUEUED): the model must
// exist and not be deprecated, the fee cover types.RequiredFee and at least k nodes other than
// the client serve the model.
func (k *Keeper) submitTask(ctx context.Context, client sdk.AccAddress, msg *types.MsgSubmitTask) (uint64, error) {
	p := k.GetParams(ctx)
	model, err := k.Models.Get(ctx, msg.ModelId)
	if err != nil {
		return 0, errorsmod.Wrapf(types.ErrModelNotFound, "model %d", msg.ModelId)
	}
	if model.Deprecated {
		return 0, errorsmod.Wrapf(types.ErrModelDeprecated, "model %d", msg.ModelId)
	}
	if msg.Urgency == types.Urgency_URGENCY_UNSPECIFIED || types.Urgency_name[int32(msg.Urgency)] == "" {
		return 0, errorsmod.Wrapf(types.ErrInvalidTask, "urgency must be ROUTINE, URGENT or STAT")
	}
	if len(msg.InputSha256) != sha256.Size {
		return 0, errorsmod.Wrap(types.ErrInvalidTask, "input_sha256 must be 32 bytes")
	}
	if len(msg.InputLocator) == 0 || len(msg.InputLocator) > 512 {
		return 0, errorsmod.Wrap(types.ErrInvalidTask, "input locator must be 1..512 characters")
	}
	if msg.PreferredRegion != "" && !regionRe.MatchString(msg.PreferredRegion) {
		return 0, errorsmod.Wrapf(types.ErrInvalidTask, "preferred region %q is not ISO 3166-2", msg.PreferredRegion)
	}
	if msg.Replication < 1 || msg.Replication > p.MaxReplication {
		return 0, errorsmod.Wrapf(types.ErrInvalidReplication, "k = %d, allowed 1..%d", msg.Replication, p.MaxReplication)
	}
	if req := types.RequiredFee(p, model, msg.Urgency, msg.Replication); msg.MaxFee.IsNil() || msg.MaxFee.LT(req) {
		return 0, errorsmod.Wrapf(types.ErrFeeTooLow, "need at least %s%s", req, p.StakeDenom)
	}
	if n := k.servableNodes(ctx, msg.ModelId, client); uint32(n) < msg.Replication {
		return 0, errorsmod.Wrapf(types.ErrInsufficientCapacity, "k = %d but only %d active nodes serve model %d", msg.Replication, n, msg.ModelId)
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, client, types.ModuleName, k.coins(ctx, msg.MaxFee)); err != nil {
		return 0, err
	}
	id, err := k.NextTask.Get(ctx)
	if err != nil {
		return 0, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	task := types.Task{
		Id: id, Client: msg.Client, ModelId: msg.ModelId, InputSha256: msg.InputSha256, InputLocator: msg.InputLocator,
		Urgency: msg.Urgency, Replication: msg.Replication, PreferredRegion: msg.PreferredRegion,
		Escrow: msg.MaxFee, MaxFee: msg.MaxFee, Status: types.TaskStatus_TASK_STATUS_QUEUED,
		SubmitHeight: sdkCtx.BlockHeight(), ExpiryHeight: sdkCtx.BlockHeight() + p.TaskTimeoutBlocks,
		SlotPrice: types.SlotPrice(p, model, msg.Urgency),
	}
	if err := k.saveTask(ctx, nil, task); err != nil {
		return 0, err
	}
	if err := k.NextTask.Set(ctx, id+1); err != nil {
		return 0, err
	}
	events.Emit(sdkCtx, &types.EventTaskSubmitted{TaskId: id, Client: msg.Client, ModelId: msg.ModelId, Amount: msg.MaxFee,
		Urgency: msg.Urgency, Replication: msg.Replication})
	return id, nil
}

// servableNodes counts active nodes (other than the client) serving a model with any capacity,
// from the Serving index (constant cost, whatever the number of nodes).
func (k *Keeper) servableNodes(ctx context.Context, modelID uint64, client sdk.AccAddress) int {
	n, err := k.Serving.Get(ctx, modelID)
	if err != nil {
		return 0
	}
	if node, err := k.Nodes.Get(ctx, client); err == nil && node.Status == types.NodeStatus_NODE_STATUS_ACTIVE {
		for _, s := range node.Models {
			if s.ModelId == modelID && s.Capacity > 0 && n > 0 {
				n--
			}
		}
	}
	return int(n)
}

func queueKey(t types.Task) collections.Pair[uint32, uint64] {
	// Higher urgency first: STAT (3) -> rank 0, URGENT -> 1, ROUTINE -> 2.
	return collections.Join(uint32(types.Urgency_URGENCY_STAT)-uint32(t.Urgency), t.Id)
}

func modelQueueKey(t types.Task) collections.Triple[uint64, uint32, uint64] {
	return collections.Join3(t.ModelId, uint32(types.Urgency_URGENCY_STAT)-uint32(t.Urgency), t.Id)
}

// assignQueued looks at up to params.max_queue_scan_per_block queued tasks and reads candidate
// nodes for at most params.max_assignments_per_block of them. It walks the queue by model, then
// urgency (STAT first), then id, starting where the previous block stopped (round robin); once a
// scan reaches the end, the next block starts again from the front. A model with no free node is
// skipped in one step, whatever the number of its queued tasks; a task that needs more nodes than
// its model has free is skipped from a counter read; a task that cannot be assigned stays queued.
// So a flood of unassignable tasks neither blocks the tasks behind it nor delays other models.
func (k *Keeper) assignQueued(ctx sdk.Context, p types.Params) error {
	type key = collections.Triple[uint64, uint32, uint64]
	var from *key // exclusive start; nil: the front of the queue
	if cursor, err := k.QueueCursor.Get(ctx); err == nil {
		from = &cursor
	} else if !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	next := func() (key, bool, error) {
		var rng collections.Ranger[key]
		if from != nil {
			rng = new(collections.Range[key]).StartExclusive(*from)
		}
		it, err := k.ModelQueue.Iterate(ctx, rng)
		if err != nil {
			return key{}, false, err
		}
		defer it.Close()
		if !it.Valid() {
			return key{}, false, nil
		}
		kk, err := it.Key()
		return kk, err == nil, err
	}
	scanned, tried, reachedEnd := 0, 0, false
	for scanned < int(p.MaxQueueScanPerBlock) && tried < int(p.MaxAssignmentsPerBlock) {
		qk, ok, err := next()
		if err != nil {
			return err
		}
		if !ok {
			reachedEnd = true
			break
		}
		free, err := k.FreeCount.Get(ctx, qk.K1())
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
		if free == 0 {
			// No free node for this model: skip all its queued tasks at once.
			skip := collections.Join3(qk.K1(), uint32(math.MaxUint32), uint64(math.MaxUint64))
			from = &skip
			continue
		}
		from = &qk
		scanned++
		task, err := k.Tasks.Get(ctx, qk.K3())
		if err != nil {
			k.Logger(ctx).Error("queued task missing", "task_id", qk.K3(), "err", err)
			continue
		}
		if task.Status != types.TaskStatus_TASK_STATUS_QUEUED || ctx.BlockHeight() >= task.ExpiryHeight {
			continue // expiry is handled by the deadline index
		}
		if free < uint64(needed(task)) {
			continue
		}
		tried++
		k.processTask(ctx, task.Id, func(ctx sdk.Context, task *types.Task) error {
			ok, err := k.assign(ctx, task, p)
			if err == nil && !ok {
				return errNoChange // stays queued; tried again in a later block
			}
			return err
		})
	}
	if reachedEnd || from == nil {
		return k.QueueCursor.Remove(ctx)
	}
	return k.QueueCursor.Set(ctx, *from)
}

func needed(task types.Task) int {
	if task.ReexecutionSampled {
		return 1
	}
	return int(task.Replication) - len(task.Assignments)
}

type cand struct {
	addr   sdk.AccAddress
	node   types.Node
	slot   int
	weight uint64
}

// candidates reads the nodes that could take a task from the free-capacity index: up to
// params.max_assignment_candidates in the task's preferred region, then up to as many of any
// region, starting at a seed-derived node address and wrapping, so that every free node has a
// chance whatever the number of nodes. Eligible: ACTIVE, serving the model with a free slot, not
// the client, not already on the task or on an earlier attempt.
func (k *Keeper) candidates(ctx sdk.Context, task *types.Task, p types.Params, seed []byte) ([]cand, error) {
	exclude := map[string]bool{task.Client: true}
	for _, a := range task.Assignments {
		exclude[a.Worker] = true
	}
	for _, w := range task.PastWorkers {
		exclude[w] = true
	}
	limit := int(p.MaxAssignmentCandidates)
	current, err := k.LastEpoch.Get(ctx)
	if err != nil {
		current = 0
	}
	seen := map[string]bool{}
	var out []cand
	consider := func(addr sdk.AccAddress) error {
		key := string(addr)
		if seen[key] {
			return nil
		}
		seen[key] = true
		node, err := k.Nodes.Get(ctx, addr)
		if err != nil {
			return err
		}
		if node.Status != types.NodeStatus_NODE_STATUS_ACTIVE || exclude[node.Operator] ||
			missedHeartbeats(node, current) >= int64(p.MaxMissedHeartbeats) { // due for jailing, not yet swept
			return nil
		}
		for j, s := range node.Models {
			if s.ModelId == task.ModelId && s.Active < s.Capacity {
				w := uint64(node.Reputation+1) * uint64(s.Capacity-s.Active)
				if task.PreferredRegion != "" && node.Region == task.PreferredRegion {
					w *= uint64(min(max(p.RegionBonus, 1), types.MaxRegionBonus))
				}
				out = append(out, cand{addr: addr, node: node, slot: j, weight: w})
			}
		}
		return nil
	}
	if task.PreferredRegion != "" {
		read := 0
		rng := collections.NewSuperPrefixedTripleRange[uint64, string, sdk.AccAddress](task.ModelId, task.PreferredRegion)
		if err := k.RegionFree.Walk(ctx, rng, func(key collections.Triple[uint64, string, sdk.AccAddress]) (bool, error) {
			read++
			return read >= limit, consider(key.K3())
		}); err != nil {
			return nil, err
		}
	}
	start := sdk.AccAddress(seed[:20])
	read := 0
	walk := func(rng collections.Ranger[collections.Pair[uint64, sdk.AccAddress]]) error {
		if read >= limit {
			return nil
		}
		return k.FreeSlots.Walk(ctx, rng, func(key collections.Pair[uint64, sdk.AccAddress]) (bool, error) {
			read++
			return read >= limit, consider(key.K2())
		})
	}
	if err := walk(collections.NewPrefixedPairRange[uint64, sdk.AccAddress](task.ModelId).StartInclusive(start)); err != nil {
		return nil, err
	}
	if err := walk(collections.NewPrefixedPairRange[uint64, sdk.AccAddress](task.ModelId).EndExclusive(start)); err != nil {
		return nil, err
	}
	return out, nil
}

// assign picks the nodes a task still needs by weighted deterministic sampling without
// replacement among the candidates (see candidates). Weight = (reputation + 1) × free slots,
// × params.region_bonus when the node is in the task's preferred region. The seed is
// sha256(block header hash ‖ height ‖ task id ‖ attempt), so every validator picks the same nodes.
// It returns false (and changes nothing) when too few nodes are eligible.
func (k *Keeper) assign(ctx sdk.Context, task *types.Task, p types.Params) (bool, error) {
	need := needed(*task)
	var seed [8]byte
	hb := sha256.New()
	hb.Write(ctx.HeaderHash())
	binary.BigEndian.PutUint64(seed[:], uint64(ctx.BlockHeight()))
	hb.Write(seed[:])
	binary.BigEndian.PutUint64(seed[:], task.Id)
	hb.Write(seed[:])
	binary.BigEndian.PutUint64(seed[:], uint64(task.Attempts))
	hb.Write(seed[:])
	base := hb.Sum(nil)
	cands, err := k.candidates(ctx, task, p, base)
	if err != nil {
		return false, err
	}
	if need < 1 || len(cands) < need {
		return false, nil
	}
	var picked []cand
	for round := 0; round < need; round++ {
		var total uint64
		for _, c := range cands {
			total += c.weight
		}
		if total == 0 {
			return false, nil
		}
		d := sha256.Sum256(append(append([]byte{}, base...), byte(round)))
		r := binary.BigEndian.Uint64(d[:8]) % total
		pick := 0
		for i, c := range cands {
			if r < c.weight {
				pick = i
				break
			}
			r -= c.weight
		}
		picked = append(picked, cands[pick])
		cands = append(cands[:pick], cands[pick+1:]...)
	}
	h := ctx.BlockHeight()
	workers := make([]string, 0, len(picked))
	for _, c := range picked {
		// Re-read the node: it is written through setNode, never from a stale copy.
		node, err := k.Nodes.Get(ctx, c.addr)
		if err != nil {
			return false, err
		}
		if node.Models[c.slot].Active >= node.Models[c.slot].Capacity {
			return false, errorsmod.Wrapf(types.ErrInsufficientCapacity, "node %s has no free slot", node.Operator)
		}
		node.Models[c.slot].Active++
		if err := k.setNode(ctx, c.addr, node); err != nil {
			return false, err
		}
		task.Assignments = append(task.Assignments, types.Assignment{
			Worker: node.Operator, Outcome: types.AssignmentOutcome_ASSIGNMENT_OUTCOME_PENDING,
			Reexecution: task.ReexecutionSampled,
		})
		workers = append(workers, node.Operator)
	}
	task.Status = types.TaskStatus_TASK_STATUS_COMMIT
	task.AssignedHeight = h
	task.CommitDeadline = h + p.CommitWindowBlocks
	task.RevealDeadline = 0
	events.Emit(ctx, &types.EventTaskAssigned{TaskId: task.Id, Workers: workers, CommitDeadline: task.CommitDeadline})
	return true, nil
}

// Commitment returns sha256(output_hash || salt || worker address bytes), the value a worker commits.
func Commitment(outputHash, salt []byte, worker sdk.AccAddress) []byte {
	h := sha256.New()
	h.Write(outputHash)
	h.Write(salt)
	h.Write(worker)
	return h.Sum(nil)
}

func findAssignment(task *types.Task, worker string) int {
	for i := range task.Assignments {
		if task.Assignments[i].Worker == worker {
			return i
		}
	}
	return -1
}

// commitResult records an assigned worker's commitment in the COMMIT phase (MsgCommitResult);
// once every worker has committed the reveal phase opens (REVEAL).
func (k *Keeper) commitResult(ctx context.Context, msg *types.MsgCommitResult) error {
	task, err := k.Tasks.Get(ctx, msg.TaskId)
	if err != nil {
		return errorsmod.Wrapf(types.ErrTaskNotFound, "task %d", msg.TaskId)
	}
	i := findAssignment(&task, msg.Worker)
	if i < 0 {
		return errorsmod.Wrapf(types.ErrNotAssigned, "task %d, worker %s", msg.TaskId, msg.Worker)
	}
	if len(task.Assignments[i].Commitment) > 0 {
		return errorsmod.Wrapf(types.ErrAlreadyCommitted, "task %d", msg.TaskId)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if task.Status != types.TaskStatus_TASK_STATUS_COMMIT || sdkCtx.BlockHeight() > task.CommitDeadline {
		return errorsmod.Wrapf(types.ErrCommitWindow, "task %d is %s, commit deadline %d, height %d", task.Id, task.Status, task.CommitDeadline, sdkCtx.BlockHeight())
	}
	if len(msg.Commitment) != sha256.Size {
		return errorsmod.Wrap(types.ErrInvalidCommitment, "commitment must be 32 bytes")
	}
	old := task
	task.Assignments[i].Commitment = msg.Commitment
	task.Assignments[i].CommitHeight = sdkCtx.BlockHeight()
	events.Emit(sdkCtx, &types.EventResultCommitted{TaskId: task.Id, Worker: msg.Worker})
	all := true
	for _, a := range task.Assignments {
		all = all && len(a.Commitment) > 0
	}
	if all {
		k.openReveal(sdkCtx, &task)
	}
	return k.saveTask(ctx, &old, task)
}

func (k *Keeper) openReveal(ctx sdk.Context, task *types.Task) {
	task.Status = types.TaskStatus_TASK_STATUS_REVEAL
	task.RevealDeadline = ctx.BlockHeight() + k.GetParams(ctx).RevealWindowBlocks
	events.Emit(ctx, &types.EventRevealOpened{TaskId: task.Id, RevealDeadline: task.RevealDeadline})
}

// revealResult checks a worker's reveal against its commitment in the REVEAL phase
// (MsgRevealResult) and frees its slot; once every worker has revealed the task is settled.
func (k *Keeper) revealResult(ctx context.Context, worker sdk.AccAddress, msg *types.MsgRevealResult) error {
	task, err := k.Tasks.Get(ctx, msg.TaskId)
	if err != nil {
		return errorsmod.Wrapf(types.ErrTaskNotFound, "task %d", msg.TaskId)
	}
	i := findAssignment(&task, msg.Worker)
	if i < 0 {
		return errorsmod.Wrapf(types.ErrNotAssigned, "task %d, worker %s", msg.TaskId, msg.Worker)
	}
	a := &task.Assignments[i]
	if len(a.Commitment) == 0 {
		return errorsmod.Wrapf(types.ErrNotCommitted, "task %d", msg.TaskId)
	}
	if a.RevealHeight > 0 {
		return errorsmod.Wrapf(types.ErrAlreadyRevealed, "task %d", msg.TaskId)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if task.Status != types.TaskStatus_TASK_STATUS_REVEAL || sdkCtx.BlockHeight() > task.RevealDeadline {
		return errorsmod.Wrapf(types.ErrRevealWindow, "task %d is %s, reveal deadline %d, height %d", task.Id, task.Status, task.RevealDeadline, sdkCtx.BlockHeight())
	}
	if len(msg.OutputHash) != sha256.Size || len(msg.Salt) != 32 {
		return errorsmod.Wrap(types.ErrCommitMismatch, "output_hash and salt must be 32 bytes each")
	}
	if !bytes.Equal(Commitment(msg.OutputHash, msg.Salt, worker), a.Commitment) {
		return errorsmod.Wrapf(types.ErrCommitMismatch, "task %d", msg.TaskId)
	}
	old := task
	a.OutputHash, a.Salt, a.RevealHeight = msg.OutputHash, msg.Salt, sdkCtx.BlockHeight()
	if err := k.releaseSlot(ctx, worker, task.ModelId); err != nil {
		return err
	}
	events.Emit(sdkCtx, &types.EventResultRevealed{TaskId: task.Id, Worker: msg.Worker, OutputHash: msg.OutputHash})
	all := true
	for _, x := range task.Assignments {
		all = all && x.RevealHeight > 0
	}
	if all {
		if err := k.settle(sdkCtx, &task); err != nil {
			return err
		}
	}
	return k.saveTask(ctx, &old, task)
}

// releaseSlot frees one unit of a node's capacity for a model.
func (k *Keeper) releaseSlot(ctx context.Context, op sdk.AccAddress, modelID uint64) error {
	node, err := k.Nodes.Get(ctx, op)
	if err != nil {
		return nil // node already gone (cannot happen while it holds a slot)
	}
	for i := range node.Models {
		if node.Models[i].ModelId == modelID && node.Models[i].Active > 0 {
			node.Models[i].Active--
		}
	}
	return k.setNode(ctx, op, node)
}

// handleDeadlines processes at most params.max_expirations_per_block tasks whose deadline
// (expiry of a queued task, commit or reveal deadline) is at or below the current height, oldest first.
func (k *Keeper) handleDeadlines(ctx sdk.Context, p types.Params) error {
	h := ctx.BlockHeight()
	var due []uint64
	rng := new(collections.Range[collections.Pair[int64, uint64]]).EndExclusive(collections.Join(h+1, uint64(0)))
	if err := k.Deadlines.Walk(ctx, rng, func(key collections.Pair[int64, uint64]) (bool, error) {
		due = append(due, key.K2())
		return len(due) >= int(p.MaxExpirationsPerBlock), nil
	}); err != nil {
		return err
	}
	for _, id := range due {
		k.processTask(ctx, id, func(ctx sdk.Context, task *types.Task) error {
			switch {
			case task.Status == types.TaskStatus_TASK_STATUS_QUEUED && h >= task.ExpiryHeight:
				if task.ReexecutionSampled {
					// No node was free for the sampled re-execution: the first result stands.
					return k.settle(ctx, task)
				}
				return k.expire(ctx, task, "timeout")
			case task.Status == types.TaskStatus_TASK_STATUS_COMMIT && h >= task.CommitDeadline:
				for _, a := range task.Assignments {
					if len(a.Commitment) > 0 {
						k.openReveal(ctx, task)
						return nil
					}
				}
				return k.settle(ctx, task)
			case task.Status == types.TaskStatus_TASK_STATUS_REVEAL && h >= task.RevealDeadline:
				return k.settle(ctx, task)
			}
			return nil
		})
	}
	return nil
}

// errNoChange, returned by a task function, discards its (empty) changes without an error.
var errNoChange = errors.New("no change")

// processTask runs fn on a task in a cached context and writes its changes (state and events)
// only if fn succeeds. On failure (an error or a panic) the changes are discarded, the error is
// logged, and the task is aborted with a refund in a second cached context; an event
// compute_task_failed says what happened. A task whose refund fails too is left as it was and
// retried when its deadline index entry is next reached.
func (k *Keeper) processTask(ctx sdk.Context, id uint64, fn func(sdk.Context, *types.Task) error) {
	err := k.inCache(ctx, id, fn)
	if err == nil {
		return
	}
	k.Logger(ctx).Error("compute task processing failed; changes discarded", "task_id", id, "err", err)
	refundErr := k.inCache(ctx, id, func(ctx sdk.Context, task *types.Task) error {
		return k.abort(ctx, task, "error: "+err.Error())
	})
	if refundErr != nil {
		k.Logger(ctx).Error("compute task refund failed; task left unchanged", "task_id", id, "err", refundErr)
	}
	events.Emit(ctx, &types.EventTaskFailed{TaskId: id, Reason: err.Error(), Refunded: refundErr == nil})
}

// inCache loads a task, runs fn on it in a cached context, saves the task (moving its index
// entries) and writes the cache only when everything succeeded. Panics are turned into errors.
func (k *Keeper) inCache(ctx sdk.Context, id uint64, fn func(sdk.Context, *types.Task) error) (err error) {
	cctx, write := ctx.CacheContext()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	task, err := k.Tasks.Get(cctx, id)
	if err != nil {
		return err
	}
	old := task
	if err := fn(cctx, &task); errors.Is(err, errNoChange) {
		return nil
	} else if err != nil {
		return err
	}
	if err := k.saveTask(cctx, &old, task); err != nil {
		return err
	}
	write()
	return nil
}

// settle judges the reveals of a task: the output hash revealed by a strict majority of the
// assigned workers is accepted. Without a majority the task is reassigned to fresh nodes while
// attempts and time remain, otherwise it expires with a full refund. A k = 1 task whose single
// reveal is sampled (params.reexecution_rate) goes back to the queue for one more node instead.
func (k *Keeper) settle(ctx sdk.Context, task *types.Task) error {
	p := k.GetParams(ctx)
	h := ctx.BlockHeight()
	epoch := k.CurrentEpoch(ctx)
	counts := map[string]int{}
	for _, a := range task.Assignments {
		if a.RevealHeight > 0 {
			counts[string(a.OutputHash)]++
		}
	}
	// A sampled re-executor that never revealed does not count: the first result then stands alone.
	judged := len(task.Assignments)
	for _, a := range task.Assignments {
		if task.ReexecutionSampled && a.Reexecution && a.RevealHeight == 0 {
			judged--
		}
	}
	var winner []byte
	for hsh, c := range counts {
		if 2*c > judged {
			winner = []byte(hsh)
		}
	}
	// k = 1 re-execution sampling: decided once, after the single reveal.
	if winner != nil && task.Replication == 1 && !task.ReexecutionSampled && len(task.Assignments) == 1 && p.ReexecutionRate.IsPositive() {
		d := sha256.Sum256(append(append([]byte("reexec"), ctx.HeaderHash()...), sdk.Uint64ToBigEndian(task.Id)...))
		draw := sdkmath.LegacyNewDec(int64(binary.BigEndian.Uint64(d[:8]) % 1_000_000)).QuoInt64(1_000_000)
		if draw.LT(p.ReexecutionRate) && h+p.CommitWindowBlocks+p.RevealWindowBlocks < task.ExpiryHeight {
			task.ReexecutionSampled = true
			task.Status = types.TaskStatus_TASK_STATUS_QUEUED
			events.Emit(ctx, &types.EventTaskReexecution{TaskId: task.Id})
			return nil // back in the queue (the caller's saveTask moves the index entries)
		}
	}
	model, err := k.Models.Get(ctx, task.ModelId)
	if err != nil {
		return err
	}
	// Judge every assignment; free the slots of those that never revealed.
	for i := range task.Assignments {
		a := &task.Assignments[i]
		addr := sdk.MustAccAddressFromBech32(a.Worker)
		if a.RevealHeight == 0 {
			if err := k.releaseSlot(ctx, addr, task.ModelId); err != nil {
				return err
			}
		}
		switch {
		case a.RevealHeight == 0:
			a.Outcome = types.AssignmentOutcome_ASSIGNMENT_OUTCOME_MISSED
			// Silence costs the same stake slice as dissent and at least as much reputation
			// (params validation), so it is never cheaper than revealing a minority answer.
			if err := k.penalize(ctx, addr, p.SilentPenalty, p.SlashFraction, epoch, "silent"); err != nil {
				return err
			}
		case winner == nil:
			a.Outcome = types.AssignmentOutcome_ASSIGNMENT_OUTCOME_NO_MAJORITY
		case bytes.Equal(a.OutputHash, winner):
			a.Outcome = types.AssignmentOutcome_ASSIGNMENT_OUTCOME_ACCEPTED
		default:
			a.Outcome = types.AssignmentOutcome_ASSIGNMENT_OUTCOME_REJECTED
			if err := k.penalize(ctx, addr, p.DissentPenalty, p.SlashFraction, epoch, "dissent"); err != nil {
				return err
			}
		}
	}
	if winner == nil {
		task.Attempts++
		if task.Attempts < p.MaxAttempts && h+p.CommitWindowBlocks+p.RevealWindowBlocks < task.ExpiryHeight {
			for _, a := range task.Assignments {
				task.PastWorkers = append(task.PastWorkers, a.Worker)
			}
			task.Assignments = nil
			task.ReexecutionSampled = false
			task.Status = types.TaskStatus_TASK_STATUS_QUEUED
			task.CommitDeadline, task.RevealDeadline = 0, 0
			events.Emit(ctx, &types.EventTaskReassigned{TaskId: task.Id, Attempt: task.Attempts})
			return nil
		}
		return k.expire(ctx, task, "no majority")
	}
	// Pay the accepted workers from escrow, at the slot price fixed at submission (tasks from
	// before it was stored: today's price). A payment the escrow cannot cover is an error, never
	// a draw on other tasks' escrow or on the stakes.
	slot := task.SlotPrice
	if slot.IsNil() || !slot.IsPositive() {
		slot = types.SlotPrice(p, model, task.Urgency)
	}
	premium := slot.Sub(model.PriceFloor)
	if premium.IsNegative() {
		premium = sdkmath.ZeroInt()
	}
	burnEach := p.PremiumBurnFraction.MulInt(premium).TruncateInt()
	var accepted []string
	burned, devTotal, paid := sdkmath.ZeroInt(), sdkmath.ZeroInt(), sdkmath.ZeroInt()
	for i := range task.Assignments {
		a := &task.Assignments[i]
		if a.Outcome != types.AssignmentOutcome_ASSIGNMENT_OUTCOME_ACCEPTED {
			continue
		}
		addr := sdk.MustAccAddressFromBech32(a.Worker)
		if task.Escrow.LT(slot) {
			return errorsmod.Wrapf(types.ErrEscrowShortfall, "task %d holds %s, slot price %s", task.Id, task.Escrow, slot)
		}
		gross := slot.Sub(burnEach)
		dev := p.DevFundShare.MulInt(gross).TruncateInt()
		net := gross.Sub(dev)
		if net.IsPositive() {
			if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, addr, k.coins(ctx, net)); err != nil {
				return err
			}
		}
		task.Escrow = task.Escrow.Sub(slot)
		burned, devTotal, paid = burned.Add(burnEach), devTotal.Add(dev), paid.Add(net)
		accepted = append(accepted, a.Worker)
		if err := k.reward(ctx, addr, p.AcceptReward, types.PaidUnits(model.ComputeUnits, slot, p.MinPaidPricePerUnit), epoch); err != nil {
			return err
		}
		events.Emit(ctx, &types.EventWorkerPaid{TaskId: task.Id, Worker: a.Worker, Amount: net})
	}
	if devTotal.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToModule(ctx, types.ModuleName, k.devFundModule, k.coins(ctx, devTotal)); err != nil {
			return err
		}
	}
	if burned.IsPositive() {
		if err := k.burn(ctx, burned); err != nil {
			return err
		}
	}
	refund := task.Escrow
	if refund.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sdk.MustAccAddressFromBech32(task.Client), k.coins(ctx, refund)); err != nil {
			return err
		}
	}
	task.Escrow = sdkmath.ZeroInt()
	task.ResultHash = winner
	task.Status = types.TaskStatus_TASK_STATUS_SETTLED
	task.SettledHeight = h
	events.Emit(ctx, &types.EventTaskSettled{TaskId: task.Id, ResultHash: winner, Workers: accepted, Amount: paid, DevFund: devTotal,
		Burned: burned, Refund: refund})
	return nil
}

func (k *Keeper) reward(ctx context.Context, addr sdk.AccAddress, rep uint32, units uint64, epoch int64) error {
	node, err := k.Nodes.Get(ctx, addr)
	if err == nil {
		node.Reputation = min(node.Reputation+rep, types.MaxReputation)
		if err := k.setNode(ctx, addr, node); err != nil {
			return err
		}
	}
	if err := k.addStats(ctx, epoch, addr, func(s *types.NodeEpochStats) { s.TasksAccepted++; s.ComputeUnits += units }); err != nil {
		return err
	}
	return k.addEpochUnits(ctx, epoch, units)
}

// penalize lowers a node's reputation and sends slash × stake to the development fund.
func (k *Keeper) penalize(ctx sdk.Context, addr sdk.AccAddress, rep uint32, slash sdkmath.LegacyDec, epoch int64, reason string) error {
	node, err := k.Nodes.Get(ctx, addr)
	if err == nil {
		if node.Reputation > rep {
			node.Reputation -= rep
		} else {
			node.Reputation = 0
		}
		amt := slash.MulInt(node.Stake).TruncateInt()
		if amt.IsPositive() {
			if err := k.bank.SendCoinsFromModuleToModule(ctx, types.ModuleName, k.devFundModule, k.coins(ctx, amt)); err != nil {
				return err
			}
			node.Stake = node.Stake.Sub(amt)
		}
		if err := k.setNode(ctx, addr, node); err != nil {
			return err
		}
		events.Emit(ctx, &types.EventNodeSlashed{Operator: node.Operator, Amount: amt, Reputation: node.Reputation, Reason: reason})
	}
	return k.addStats(ctx, epoch, addr, func(s *types.NodeEpochStats) {
		if reason == "silent" {
			s.TasksMissed++
		} else {
			s.TasksRejected++
		}
	})
}

func (k *Keeper) burn(ctx context.Context, amt sdkmath.Int) error {
	return k.burner.Burn(ctx, types.ModuleName, amt)
}

// expire refunds the whole remaining escrow to the client and closes the task.
func (k *Keeper) expire(ctx sdk.Context, task *types.Task, reason string) error {
	refund := task.Escrow
	if refund.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sdk.MustAccAddressFromBech32(task.Client), k.coins(ctx, refund)); err != nil {
			return err
		}
	}
	task.Escrow = sdkmath.ZeroInt()
	task.Status = types.TaskStatus_TASK_STATUS_EXPIRED
	task.SettledHeight = ctx.BlockHeight()
	events.Emit(ctx, &types.EventTaskExpired{TaskId: task.Id, Refund: refund, Reason: reason})
	return nil
}

// abort closes an open task after a processing failure: the slots its workers still hold are
// freed (without penalty) and the whole remaining escrow goes back to the client.
func (k *Keeper) abort(ctx sdk.Context, task *types.Task, reason string) error {
	if task.Status == types.TaskStatus_TASK_STATUS_SETTLED || task.Status == types.TaskStatus_TASK_STATUS_EXPIRED {
		return nil
	}
	if task.Status == types.TaskStatus_TASK_STATUS_COMMIT || task.Status == types.TaskStatus_TASK_STATUS_REVEAL {
		for _, a := range task.Assignments {
			if a.RevealHeight == 0 {
				w, err := sdk.AccAddressFromBech32(a.Worker)
				if err != nil {
					return err
				}
				if err := k.releaseSlot(ctx, w, task.ModelId); err != nil {
					return err
				}
			}
		}
	}
	return k.expire(ctx, task, reason)
}

// pruneFinished deletes up to params.max_prunes_per_block tasks that finished (settled or
// expired) at least params.task_retention_blocks ago; their history stays in the events.
func (k *Keeper) pruneFinished(ctx sdk.Context, p types.Params) error {
	if p.TaskRetentionBlocks <= 0 {
		return nil
	}
	upTo := ctx.BlockHeight() - p.TaskRetentionBlocks
	if upTo < 0 {
		return nil
	}
	var due []collections.Pair[int64, uint64]
	rng := new(collections.Range[collections.Pair[int64, uint64]]).EndExclusive(collections.Join(upTo+1, uint64(0)))
	if err := k.Finished.Walk(ctx, rng, func(key collections.Pair[int64, uint64]) (bool, error) {
		due = append(due, key)
		return len(due) >= int(p.MaxPrunesPerBlock), nil
	}); err != nil {
		return err
	}
	for _, key := range due {
		task, err := k.Tasks.Get(ctx, key.K2())
		if err == nil && task.Escrow.IsPositive() {
			// Never delete a task that still holds escrow (cannot happen for a finished task).
			k.Logger(ctx).Error("finished task still holds escrow; not pruned", "task_id", key.K2())
			continue
		}
		if err := k.Tasks.Remove(ctx, key.K2()); err != nil {
			return err
		}
		if err := k.Finished.Remove(ctx, key); err != nil {
			return err
		}
		events.Emit(ctx, &types.EventTaskPruned{TaskId: key.K2()})
	}
	return nil
}
