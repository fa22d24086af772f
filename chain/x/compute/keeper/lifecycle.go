package keeper

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// MaxQueueScanPerBlock bounds the queued tasks examined (expired or assigned) in one EndBlock.
const MaxQueueScanPerBlock = 256

func queueKey(t types.Task) collections.Pair[uint32, uint64] {
	// Higher urgency first: STAT (3) -> rank 0, URGENT -> 1, ROUTINE -> 2.
	return collections.Join(uint32(types.Urgency_URGENCY_STAT)-uint32(t.Urgency), t.Id)
}

func joinUnbond(t int64, op sdk.AccAddress) collections.Pair[int64, sdk.AccAddress] {
	return collections.Join(t, op)
}

// servableNodes counts active nodes (other than the client) serving a model with any capacity.
func (k Keeper) servableNodes(ctx context.Context, modelID uint64, client sdk.AccAddress) int {
	n := 0
	_ = k.Nodes.Walk(ctx, nil, func(addr sdk.AccAddress, node types.Node) (bool, error) {
		if node.Status != types.NodeStatus_NODE_STATUS_ACTIVE || addr.Equals(client) {
			return false, nil
		}
		for _, s := range node.Models {
			if s.ModelId == modelID && s.Capacity > 0 {
				n++
			}
		}
		return false, nil
	})
	return n
}

// releaseSlot frees one unit of a node's capacity for a model.
func (k Keeper) releaseSlot(ctx context.Context, op sdk.AccAddress, modelID uint64) error {
	node, err := k.Nodes.Get(ctx, op)
	if err != nil {
		return nil // node already gone (cannot happen while it holds a slot)
	}
	for i := range node.Models {
		if node.Models[i].ModelId == modelID && node.Models[i].Active > 0 {
			node.Models[i].Active--
		}
	}
	return k.Nodes.Set(ctx, op, node)
}

// BeginBlocker closes heartbeat accounting when the epoch of params.epoch_identifier changes:
// an ACTIVE node without a heartbeat in the closed epoch gets a missed heartbeat, and is jailed
// for params.jail_epochs after params.max_missed_heartbeats in a row.
func (k Keeper) BeginBlocker(ctx context.Context) error {
	epoch := k.CurrentEpoch(ctx)
	last, err := k.LastEpoch.Get(ctx)
	if err != nil {
		last = 0
	}
	if epoch <= last {
		return nil
	}
	if err := k.LastEpoch.Set(ctx, epoch); err != nil {
		return err
	}
	if last == 0 {
		return nil
	}
	p := k.GetParams(ctx)
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	type upd struct {
		addr sdk.AccAddress
		node types.Node
	}
	var updates []upd
	err = k.Nodes.Walk(ctx, nil, func(addr sdk.AccAddress, node types.Node) (bool, error) {
		if node.Status != types.NodeStatus_NODE_STATUS_ACTIVE || node.LastHeartbeatEpoch >= last {
			return false, nil
		}
		node.MissedHeartbeats++
		if node.MissedHeartbeats >= p.MaxMissedHeartbeats {
			node.Status = types.NodeStatus_NODE_STATUS_JAILED
			node.JailedUntilEpoch = epoch + p.JailEpochs
			sdkCtx.EventManager().EmitEvent(sdk.NewEvent(types.EventNodeJailed,
				sdk.NewAttribute(types.AttrOperator, node.Operator), sdk.NewAttribute("until_epoch", strconv.FormatInt(node.JailedUntilEpoch, 10))))
		}
		updates = append(updates, upd{addr, node})
		return false, nil
	})
	if err != nil {
		return err
	}
	for _, u := range updates {
		if err := k.Nodes.Set(ctx, u.addr, u.node); err != nil {
			return err
		}
	}
	return nil
}

// EndBlocker advances task deadlines, expires and assigns queued tasks, and completes unbonding.
func (k Keeper) EndBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	h := sdkCtx.BlockHeight()
	// 1. Deadlines of tasks in progress.
	var active []uint64
	if err := k.Active.Walk(ctx, nil, func(id uint64) (bool, error) { active = append(active, id); return false, nil }); err != nil {
		return err
	}
	for _, id := range active {
		task, err := k.Tasks.Get(ctx, id)
		if err != nil {
			return err
		}
		switch {
		case task.Status == types.TaskStatus_TASK_STATUS_COMMIT && h >= task.CommitDeadline:
			committed := false
			for _, a := range task.Assignments {
				committed = committed || len(a.Commitment) > 0
			}
			if committed {
				k.openReveal(sdkCtx, &task)
			} else if err := k.settle(sdkCtx, &task); err != nil {
				return err
			}
		case task.Status == types.TaskStatus_TASK_STATUS_REVEAL && h >= task.RevealDeadline:
			if err := k.settle(sdkCtx, &task); err != nil {
				return err
			}
		default:
			continue
		}
		if err := k.Tasks.Set(ctx, id, task); err != nil {
			return err
		}
	}
	// 2. Expire and assign queued tasks, highest urgency first.
	// At most MaxQueueScanPerBlock queued tasks (in urgency, then id order) are looked at per block,
	// so that a long queue cannot make EndBlock (which is not gas-metered) unbounded.
	var queued []collections.Pair[uint32, uint64]
	if err := k.Queue.Walk(ctx, nil, func(key collections.Pair[uint32, uint64]) (bool, error) {
		queued = append(queued, key)
		return len(queued) >= MaxQueueScanPerBlock, nil
	}); err != nil {
		return err
	}
	if len(queued) > 0 {
		pool, err := k.loadPool(ctx)
		if err != nil {
			return err
		}
		for _, key := range queued {
			task, err := k.Tasks.Get(ctx, key.K2())
			if err != nil {
				return err
			}
			if h >= task.ExpiryHeight {
				if err := k.Queue.Remove(ctx, key); err != nil {
					return err
				}
				if task.ReexecutionSampled {
					// No node was free for the sampled re-execution: the first result stands.
					if err := k.settle(sdkCtx, &task); err != nil {
						return err
					}
				} else if err := k.expire(sdkCtx, &task, "timeout"); err != nil {
					return err
				}
			} else if ok := k.assign(sdkCtx, &task, pool); ok {
				if err := k.Queue.Remove(ctx, key); err != nil {
					return err
				}
				if err := k.Active.Set(ctx, task.Id); err != nil {
					return err
				}
			} else {
				continue
			}
			if err := k.Tasks.Set(ctx, task.Id, task); err != nil {
				return err
			}
		}
		if err := pool.save(ctx, k); err != nil {
			return err
		}
	}
	// 3. Unbonding nodes whose delay is over and which hold no task get their stake back.
	return k.completeUnbonding(sdkCtx)
}

func (k Keeper) completeUnbonding(ctx sdk.Context) error {
	now := ctx.BlockTime().Unix()
	var due []collections.Pair[int64, sdk.AccAddress]
	rng := new(collections.Range[collections.Pair[int64, sdk.AccAddress]]).EndExclusive(collections.Join(now+1, sdk.AccAddress{}))
	if err := k.Unbonding.Walk(ctx, rng, func(key collections.Pair[int64, sdk.AccAddress]) (bool, error) {
		due = append(due, key)
		return false, nil
	}); err != nil {
		return err
	}
	for _, key := range due {
		node, err := k.Nodes.Get(ctx, key.K2())
		if err != nil {
			return err
		}
		busy := false
		for _, s := range node.Models {
			busy = busy || s.Active > 0
		}
		if busy {
			continue // returned once its tasks are done
		}
		if node.Stake.IsPositive() {
			if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, key.K2(), k.coins(ctx, node.Stake)); err != nil {
				return err
			}
		}
		if err := k.Nodes.Remove(ctx, key.K2()); err != nil {
			return err
		}
		if err := k.Unbonding.Remove(ctx, key); err != nil {
			return err
		}
		ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventNodeUnbonded,
			sdk.NewAttribute(types.AttrOperator, node.Operator), sdk.NewAttribute(types.AttrAmount, node.Stake.String())))
	}
	return nil
}

// nodePool is the in-memory view of nodes used while assigning in one EndBlock.
type nodePool struct {
	addrs   []sdk.AccAddress
	nodes   []types.Node
	touched map[int]bool
}

func (k Keeper) loadPool(ctx context.Context) (*nodePool, error) {
	p := &nodePool{touched: map[int]bool{}}
	err := k.Nodes.Walk(ctx, nil, func(addr sdk.AccAddress, node types.Node) (bool, error) {
		p.addrs = append(p.addrs, addr)
		p.nodes = append(p.nodes, node)
		return false, nil
	})
	return p, err
}

func (p *nodePool) save(ctx context.Context, k Keeper) error {
	idx := make([]int, 0, len(p.touched))
	for i := range p.touched {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		if err := k.Nodes.Set(ctx, p.addrs[i], p.nodes[i]); err != nil {
			return err
		}
	}
	return nil
}

// assign picks the nodes a task still needs by weighted deterministic sampling without
// replacement. Eligible: ACTIVE, serving the model with free capacity, not the client, not
// already on the task or on an earlier attempt. Weight = (reputation + 1) × free slots,
// × params.region_bonus when the node is in the task's preferred region. The seed is
// sha256(block header hash ‖ height ‖ task id ‖ attempt), so every validator picks the same nodes.
// It returns false (and changes nothing) when too few nodes are eligible.
func (k Keeper) assign(ctx sdk.Context, task *types.Task, pool *nodePool) bool {
	p := k.GetParams(ctx)
	need := int(task.Replication) - len(task.Assignments)
	if task.ReexecutionSampled {
		need = 1
	}
	exclude := map[string]bool{task.Client: true}
	for _, a := range task.Assignments {
		exclude[a.Worker] = true
	}
	for _, w := range task.PastWorkers {
		exclude[w] = true
	}
	type cand struct {
		idx, slot int
		weight    uint64
	}
	var cands []cand
	for i, n := range pool.nodes {
		if n.Status != types.NodeStatus_NODE_STATUS_ACTIVE || exclude[n.Operator] {
			continue
		}
		for j, s := range n.Models {
			if s.ModelId == task.ModelId && s.Active < s.Capacity {
				w := uint64(n.Reputation+1) * uint64(s.Capacity-s.Active)
				if task.PreferredRegion != "" && n.Region == task.PreferredRegion {
					w *= uint64(p.RegionBonus)
				}
				cands = append(cands, cand{i, j, w})
			}
		}
	}
	if len(cands) < need {
		return false
	}
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
	var picked []cand
	for round := 0; round < need; round++ {
		var total uint64
		for _, c := range cands {
			total += c.weight
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
		pool.nodes[c.idx].Models[c.slot].Active++
		pool.touched[c.idx] = true
		task.Assignments = append(task.Assignments, types.Assignment{
			Worker: pool.nodes[c.idx].Operator, Outcome: types.AssignmentOutcome_ASSIGNMENT_OUTCOME_PENDING,
			Reexecution: task.ReexecutionSampled,
		})
		workers = append(workers, pool.nodes[c.idx].Operator)
	}
	task.Status = types.TaskStatus_TASK_STATUS_COMMIT
	task.AssignedHeight = h
	task.CommitDeadline = h + p.CommitWindowBlocks
	task.RevealDeadline = 0
	ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventTaskAssigned,
		sdk.NewAttribute(types.AttrTaskID, strconv.FormatUint(task.Id, 10)), sdk.NewAttribute(types.AttrWorkers, strings.Join(workers, ",")),
		sdk.NewAttribute("commit_deadline", strconv.FormatInt(task.CommitDeadline, 10))))
	return true
}

// expire refunds the whole remaining escrow to the client and closes the task.
func (k Keeper) expire(ctx sdk.Context, task *types.Task, reason string) error {
	refund := task.Escrow
	if refund.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sdk.MustAccAddressFromBech32(task.Client), k.coins(ctx, refund)); err != nil {
			return err
		}
	}
	task.Escrow = sdkmath.ZeroInt()
	task.Status = types.TaskStatus_TASK_STATUS_EXPIRED
	task.SettledHeight = ctx.BlockHeight()
	ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventTaskExpired,
		sdk.NewAttribute(types.AttrTaskID, strconv.FormatUint(task.Id, 10)), sdk.NewAttribute(types.AttrRefund, refund.String()),
		sdk.NewAttribute(types.AttrReason, reason)))
	return nil
}

// settle judges the reveals of a task: the output hash revealed by a strict majority of the
// assigned workers is accepted. Without a majority the task is reassigned to fresh nodes while
// attempts and time remain, otherwise it expires with a full refund. A k = 1 task whose single
// reveal is sampled (params.reexecution_rate) goes back to the queue for one more node instead.
func (k Keeper) settle(ctx sdk.Context, task *types.Task) error {
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
			ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventTaskReexecution, sdk.NewAttribute(types.AttrTaskID, strconv.FormatUint(task.Id, 10))))
			if err := k.Active.Remove(ctx, task.Id); err != nil {
				return err
			}
			return k.Queue.Set(ctx, queueKey(*task))
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
			if err := k.penalize(ctx, addr, p.SilentPenalty, sdkmath.LegacyZeroDec(), epoch, "silent"); err != nil {
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
		if err := k.Active.Remove(ctx, task.Id); err != nil {
			return err
		}
		task.Attempts++
		if task.Attempts < p.MaxAttempts && h+p.CommitWindowBlocks+p.RevealWindowBlocks < task.ExpiryHeight {
			for _, a := range task.Assignments {
				task.PastWorkers = append(task.PastWorkers, a.Worker)
			}
			task.Assignments = nil
			task.ReexecutionSampled = false
			task.Status = types.TaskStatus_TASK_STATUS_QUEUED
			task.CommitDeadline, task.RevealDeadline = 0, 0
			ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventTaskReassigned,
				sdk.NewAttribute(types.AttrTaskID, strconv.FormatUint(task.Id, 10)), sdk.NewAttribute("attempt", strconv.FormatUint(uint64(task.Attempts), 10))))
			return k.Queue.Set(ctx, queueKey(*task))
		}
		return k.expire(ctx, task, "no majority")
	}
	// Pay the accepted workers from escrow.
	slot := slotPrice(p, model, task.Urgency)
	premium := slot.Sub(model.PriceFloor)
	burnEach := p.PremiumBurnFraction.MulInt(premium).TruncateInt()
	var accepted []string
	burned, devTotal, paid := sdkmath.ZeroInt(), sdkmath.ZeroInt(), sdkmath.ZeroInt()
	for i := range task.Assignments {
		a := &task.Assignments[i]
		if a.Outcome != types.AssignmentOutcome_ASSIGNMENT_OUTCOME_ACCEPTED {
			continue
		}
		addr := sdk.MustAccAddressFromBech32(a.Worker)
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
		if err := k.reward(ctx, addr, p.AcceptReward, model.ComputeUnits, epoch); err != nil {
			return err
		}
		ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventWorkerPaid,
			sdk.NewAttribute(types.AttrTaskID, strconv.FormatUint(task.Id, 10)), sdk.NewAttribute(types.AttrWorker, a.Worker),
			sdk.NewAttribute(types.AttrAmount, net.String())))
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
	if err := k.Active.Remove(ctx, task.Id); err != nil {
		return err
	}
	ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventTaskSettled,
		sdk.NewAttribute(types.AttrTaskID, strconv.FormatUint(task.Id, 10)), sdk.NewAttribute(types.AttrResultHash, hex.EncodeToString(winner)),
		sdk.NewAttribute(types.AttrWorkers, strings.Join(accepted, ",")), sdk.NewAttribute(types.AttrAmount, paid.String()),
		sdk.NewAttribute(types.AttrDevFund, devTotal.String()), sdk.NewAttribute(types.AttrBurned, burned.String()),
		sdk.NewAttribute(types.AttrRefund, refund.String())))
	return nil
}

func (k Keeper) burn(ctx context.Context, amt sdkmath.Int) error {
	if k.burner != nil {
		return k.burner.Burn(ctx, types.ModuleName, amt)
	}
	return k.bank.BurnCoins(ctx, types.ModuleName, k.coins(ctx, amt))
}

func (k Keeper) reward(ctx context.Context, addr sdk.AccAddress, rep uint32, units uint64, epoch int64) error {
	node, err := k.Nodes.Get(ctx, addr)
	if err == nil {
		node.Reputation = min(node.Reputation+rep, types.MaxReputation)
		if err := k.Nodes.Set(ctx, addr, node); err != nil {
			return err
		}
	}
	return k.addStats(ctx, epoch, addr, func(s *types.NodeEpochStats) { s.TasksAccepted++; s.ComputeUnits += units })
}

// penalize lowers a node's reputation and sends slash × stake to the development fund.
func (k Keeper) penalize(ctx sdk.Context, addr sdk.AccAddress, rep uint32, slash sdkmath.LegacyDec, epoch int64, reason string) error {
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
		if err := k.Nodes.Set(ctx, addr, node); err != nil {
			return err
		}
		ctx.EventManager().EmitEvent(sdk.NewEvent(types.EventNodeSlashed,
			sdk.NewAttribute(types.AttrOperator, node.Operator), sdk.NewAttribute(types.AttrAmount, amt.String()),
			sdk.NewAttribute("reputation", strconv.FormatUint(uint64(node.Reputation), 10)), sdk.NewAttribute(types.AttrReason, reason)))
	}
	return k.addStats(ctx, epoch, addr, func(s *types.NodeEpochStats) {
		if reason == "silent" {
			s.TasksMissed++
		} else {
			s.TasksRejected++
		}
	})
}
