package keeper

import (
	"context"
	"errors"
	"fmt"
	"math"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

func joinUnbond(t int64, op sdk.AccAddress) collections.Pair[int64, sdk.AccAddress] {
	return collections.Join(t, op)
}

// BeginBlocker records the epoch of params.epoch_identifier and jails, for params.jail_epochs,
// the ACTIVE nodes that have missed params.max_missed_heartbeats closed epochs in a row.
//
// A node's missed heartbeats are not counted by walking every node when an epoch closes: they
// follow from its last heartbeat epoch H (set at registration, heartbeat and unjailing) and the
// last closed epoch C: missed = C - H. The Heartbeats index (H, node) of ACTIVE nodes lets
// BeginBlock read only the nodes with C - H >= max_missed_heartbeats, at most
// params.max_heartbeat_jails_per_block of them per block (the rest stay in the index and are
// jailed in the next blocks; a due node is also jailed as soon as it heartbeats, and is never
// picked for a task meanwhile), so its cost does not grow with the node count.
// The outcome is that of the former walk, which charged one missed heartbeat per closed epoch
// without a heartbeat and jailed at max_missed_heartbeats until (first epoch after the jailing
// closure) + jail_epochs.
func (k *Keeper) BeginBlocker(ctx context.Context) error {
	epoch := k.CurrentEpoch(ctx)
	last, err := k.LastEpoch.Get(ctx)
	if err != nil {
		last = 0
	}
	if epoch > last {
		if err := k.LastEpoch.Set(ctx, epoch); err != nil {
			return err
		}
		if last == 0 {
			return nil
		}
		last = epoch
	}
	if last == 0 {
		return nil
	}
	p := k.GetParams(ctx)
	bound := last - 1 - int64(p.MaxMissedHeartbeats) // jail nodes whose last heartbeat epoch <= bound
	if bound < 0 {
		return nil
	}
	var due []collections.Pair[int64, sdk.AccAddress]
	err = k.Heartbeats.Walk(ctx, collections.NewPrefixUntilPairRange[int64, sdk.AccAddress](bound),
		func(key collections.Pair[int64, sdk.AccAddress]) (bool, error) {
			due = append(due, key)
			return len(due) >= int(p.MaxHeartbeatJailsPerBlock), nil
		})
	if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, key := range due {
		node, err := k.Nodes.Get(ctx, key.K2())
		if err != nil && !errors.Is(err, collections.ErrNotFound) {
			return err
		}
		if err != nil || node.LastHeartbeatEpoch != key.K1() || !k.jailIfMissed(sdkCtx, &node, last, p) {
			// A stale entry (cannot happen while the index is in step with the nodes): drop it so
			// that it never holds up the nodes behind it.
			k.Logger(ctx).Error("stale heartbeat index entry", "operator", key.K2().String(), "epoch", key.K1())
			if err := k.Heartbeats.Remove(ctx, key); err != nil {
				return err
			}
			continue
		}
		if err := k.setNode(ctx, key.K2(), node); err != nil {
			return err
		}
	}
	return nil
}

// missedHeartbeats is the number of closed epochs (before `current`) an ACTIVE node has had no
// heartbeat in; 0 for other nodes, whose count is kept in the node.
func missedHeartbeats(n types.Node, current int64) int64 {
	if n.Status != types.NodeStatus_NODE_STATUS_ACTIVE || current == 0 {
		return 0
	}
	return max(current-1-n.LastHeartbeatEpoch, 0)
}

// jailIfMissed jails an ACTIVE node that has missed params.max_missed_heartbeats closed epochs
// (current is the epoch BeginBlock last recorded). The jail term ends jail_epochs after the first
// epoch following the closure that reached the limit (or after the current epoch, if later).
func (k *Keeper) jailIfMissed(ctx sdk.Context, n *types.Node, current int64, p types.Params) bool {
	missed := missedHeartbeats(*n, current)
	if missed < int64(p.MaxMissedHeartbeats) {
		return false
	}
	n.MissedHeartbeats = uint32(min(missed, math.MaxUint32))
	n.Status = types.NodeStatus_NODE_STATUS_JAILED
	n.JailedUntilEpoch = max(n.LastHeartbeatEpoch+int64(p.MaxMissedHeartbeats)+1, current) + p.JailEpochs
	events.Emit(ctx, &types.EventNodeJailed{Operator: n.Operator, UntilEpoch: n.JailedUntilEpoch})
	return true
}

// WithMissedHeartbeats returns the node with missed_heartbeats as of the current epoch (an
// ACTIVE node's count is not stored: it follows from its last heartbeat epoch).
func (k *Keeper) WithMissedHeartbeats(ctx context.Context, n types.Node) types.Node {
	if n.Status == types.NodeStatus_NODE_STATUS_ACTIVE {
		last, err := k.LastEpoch.Get(ctx)
		if err == nil {
			n.MissedHeartbeats = uint32(min(missedHeartbeats(n, last), math.MaxUint32))
		}
	}
	return n
}

// EndBlocker handles due deadlines, assigns queued tasks, completes unbonding and prunes
// finished tasks. Each part works within a params budget and reads only index entries that are
// due, so its cost grows neither with the number of nodes nor with the length of the queue.
// Each task is processed in its own cached context: a task whose processing fails is logged,
// closed with a refund where possible and reported by an event, and never halts the chain.
func (k *Keeper) EndBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	p := k.GetParams(ctx)
	if err := k.handleDeadlines(sdkCtx, p); err != nil {
		return err
	}
	if err := k.assignQueued(sdkCtx, p); err != nil {
		return err
	}
	if err := k.completeUnbonding(sdkCtx, p); err != nil {
		return err
	}
	return k.pruneFinished(sdkCtx, p)
}

// completeUnbonding returns the stake of unbonding nodes whose delay is over and which hold no
// task (at most params.max_expirations_per_block looked at per block). A failing return is
// logged and retried in a later block; it never halts the chain.
func (k *Keeper) completeUnbonding(ctx sdk.Context, p types.Params) error {
	now := ctx.BlockTime().Unix()
	var due []collections.Pair[int64, sdk.AccAddress]
	rng := new(collections.Range[collections.Pair[int64, sdk.AccAddress]]).EndExclusive(collections.Join(now+1, sdk.AccAddress{}))
	if err := k.Unbonding.Walk(ctx, rng, func(key collections.Pair[int64, sdk.AccAddress]) (bool, error) {
		due = append(due, key)
		return len(due) >= int(p.MaxExpirationsPerBlock), nil
	}); err != nil {
		return err
	}
	for _, key := range due {
		cctx, write := ctx.CacheContext()
		done, err := k.unbondOne(cctx, key)
		if err != nil {
			k.Logger(ctx).Error("returning an unbonded node's stake failed", "operator", key.K2().String(), "err", err)
			events.Emit(ctx, &types.EventNodeUnbondFailed{Operator: key.K2().String(), Reason: err.Error()})
			continue
		}
		if done {
			write()
		}
	}
	return nil
}

func (k *Keeper) unbondOne(ctx sdk.Context, key collections.Pair[int64, sdk.AccAddress]) (done bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			done, err = false, fmt.Errorf("panic: %v", r)
		}
	}()
	node, err := k.Nodes.Get(ctx, key.K2())
	if err != nil {
		return false, err
	}
	for _, s := range node.Models {
		if s.Active > 0 {
			return false, nil // returned once its tasks are done
		}
	}
	if node.Stake.IsPositive() {
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, key.K2(), k.coins(ctx, node.Stake)); err != nil {
			return false, err
		}
	}
	if err := k.removeNode(ctx, key.K2()); err != nil {
		return false, err
	}
	if err := k.Unbonding.Remove(ctx, key); err != nil {
		return false, err
	}
	events.Emit(ctx, &types.EventNodeUnbonded{Operator: node.Operator, Amount: node.Stake})
	return true, nil
}
