package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// Secondary indexes. Every write of a node goes through setNode / removeNode and every write of
// a task through saveTask, which keep these in step with the primary records:
//
//   - FreeSlots (model, node) and RegionFree (model, region, node): ACTIVE nodes with a free slot
//     for the model, with FreeCount[model] = number of such entries. Assignment reads at most
//     params.max_assignment_candidates of them, never the whole node set.
//   - Serving[model]: number of ACTIVE nodes serving the model (SubmitTask's capacity check).
//   - Queue (urgency rank, id) and ModelQueue (model, urgency rank, id) of QUEUED tasks; Active of
//     COMMIT / REVEAL tasks.
//   - Deadlines (height, id): the height at which an open task next needs EndBlock (expiry of a
//     queued task, commit or reveal deadline); EndBlock walks only heights <= the current one.
//   - Finished (settled height, id) of SETTLED / EXPIRED tasks, for pruning.
//   - Heartbeats (last heartbeat epoch, node) of ACTIVE nodes: BeginBlock jails the nodes whose
//     last heartbeat is max_missed_heartbeats or more closed epochs old, reading only those.

func (k *Keeper) indexNode(ctx context.Context, addr sdk.AccAddress, n types.Node, add bool) error {
	return k.indexNodeEntries(ctx, addr, n, add, true)
}

// indexNodeEntries adds or removes a node's index entries; withHeartbeat false leaves its
// Heartbeats entry alone (setNode, when the entry does not change).
func (k *Keeper) indexNodeEntries(ctx context.Context, addr sdk.AccAddress, n types.Node, add, withHeartbeat bool) error {
	if n.Status != types.NodeStatus_NODE_STATUS_ACTIVE {
		return nil
	}
	if withHeartbeat {
		hb := collections.Join(n.LastHeartbeatEpoch, addr)
		if add {
			if err := k.Heartbeats.Set(ctx, hb); err != nil {
				return err
			}
		} else if err := k.Heartbeats.Remove(ctx, hb); err != nil {
			return err
		}
	}
	bump := func(m collections.Map[uint64, uint64], id uint64) error {
		c, err := m.Get(ctx, id)
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
		switch {
		case add:
			c++
		case c > 0:
			c--
		}
		if c == 0 {
			return m.Remove(ctx, id)
		}
		return m.Set(ctx, id, c)
	}
	for _, s := range n.Models {
		if s.Capacity == 0 {
			continue
		}
		if err := bump(k.Serving, s.ModelId); err != nil {
			return err
		}
		if s.Active >= s.Capacity {
			continue
		}
		if err := bump(k.FreeCount, s.ModelId); err != nil {
			return err
		}
		if add {
			if err := k.FreeSlots.Set(ctx, collections.Join(s.ModelId, addr)); err != nil {
				return err
			}
			if err := k.RegionFree.Set(ctx, collections.Join3(s.ModelId, n.Region, addr)); err != nil {
				return err
			}
		} else {
			if err := k.FreeSlots.Remove(ctx, collections.Join(s.ModelId, addr)); err != nil {
				return err
			}
			if err := k.RegionFree.Remove(ctx, collections.Join3(s.ModelId, n.Region, addr)); err != nil {
				return err
			}
		}
	}
	return nil
}

// setNode writes a node and updates its index entries.
func (k *Keeper) setNode(ctx context.Context, addr sdk.AccAddress, n types.Node) error {
	old, err := k.Nodes.Get(ctx, addr)
	// The Heartbeats entry stays as it is when the node stays ACTIVE with the same last heartbeat.
	moveHB := true
	switch {
	case err == nil:
		moveHB = old.Status != types.NodeStatus_NODE_STATUS_ACTIVE || n.Status != types.NodeStatus_NODE_STATUS_ACTIVE ||
			old.LastHeartbeatEpoch != n.LastHeartbeatEpoch
		if err := k.indexNodeEntries(ctx, addr, old, false, moveHB); err != nil {
			return err
		}
	case !errors.Is(err, collections.ErrNotFound):
		return err
	}
	if err := k.Nodes.Set(ctx, addr, n); err != nil {
		return err
	}
	return k.indexNodeEntries(ctx, addr, n, true, moveHB)
}

// removeNode deletes a node and its index entries.
func (k *Keeper) removeNode(ctx context.Context, addr sdk.AccAddress) error {
	old, err := k.Nodes.Get(ctx, addr)
	if err != nil {
		return err
	}
	if err := k.indexNode(ctx, addr, old, false); err != nil {
		return err
	}
	return k.Nodes.Remove(ctx, addr)
}

func (k *Keeper) indexTask(ctx context.Context, t types.Task, add bool) error {
	set := func(fn func() error, rm func() error) error {
		if add {
			return fn()
		}
		return rm()
	}
	deadline := func(h int64) error {
		key := collections.Join(h, t.Id)
		return set(func() error { return k.Deadlines.Set(ctx, key) }, func() error { return k.Deadlines.Remove(ctx, key) })
	}
	switch t.Status {
	case types.TaskStatus_TASK_STATUS_QUEUED:
		key := queueKey(t)
		if err := set(func() error { return k.Queue.Set(ctx, key) }, func() error { return k.Queue.Remove(ctx, key) }); err != nil {
			return err
		}
		mkey := modelQueueKey(t)
		if err := set(func() error { return k.ModelQueue.Set(ctx, mkey) }, func() error { return k.ModelQueue.Remove(ctx, mkey) }); err != nil {
			return err
		}
		return deadline(t.ExpiryHeight)
	case types.TaskStatus_TASK_STATUS_COMMIT, types.TaskStatus_TASK_STATUS_REVEAL:
		if err := set(func() error { return k.Active.Set(ctx, t.Id) }, func() error { return k.Active.Remove(ctx, t.Id) }); err != nil {
			return err
		}
		if t.Status == types.TaskStatus_TASK_STATUS_COMMIT {
			return deadline(t.CommitDeadline)
		}
		return deadline(t.RevealDeadline)
	case types.TaskStatus_TASK_STATUS_SETTLED, types.TaskStatus_TASK_STATUS_EXPIRED:
		key := collections.Join(t.SettledHeight, t.Id)
		return set(func() error { return k.Finished.Set(ctx, key) }, func() error { return k.Finished.Remove(ctx, key) })
	}
	return nil
}

// saveTask writes a task and moves its index entries from those of old (nil for a new task).
// Only scalar fields of old are read, so a shallow copy taken before the changes is enough.
func (k *Keeper) saveTask(ctx context.Context, old *types.Task, t types.Task) error {
	if old != nil {
		if err := k.indexTask(ctx, *old, false); err != nil {
			return err
		}
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return k.indexTask(ctx, t, true)
}
