package keeper

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"cosmossdk.io/collections"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// RegisterInvariants registers the x/compute invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k *Keeper) {
	ir.RegisterRoute(types.ModuleName, "escrow-balance", EscrowInvariant(k))
	ir.RegisterRoute(types.ModuleName, "capacity", CapacityInvariant(k))
	ir.RegisterRoute(types.ModuleName, "indexes", IndexInvariant(k))
}

// Holdings returns the sum of open task escrows and the sum of locked node stakes.
func (k *Keeper) Holdings(ctx context.Context) (escrow, stakes sdkmath.Int, err error) {
	escrow, stakes = sdkmath.ZeroInt(), sdkmath.ZeroInt()
	err = k.Tasks.Walk(ctx, nil, func(_ uint64, t types.Task) (bool, error) {
		escrow = escrow.Add(t.Escrow)
		return false, nil
	})
	if err != nil {
		return
	}
	err = k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
		stakes = stakes.Add(n.Stake)
		return false, nil
	})
	return
}

// EscrowInvariant: the compute module account balance == open task escrows + locked stakes.
func EscrowInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		escrow, stakes, err := k.Holdings(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "escrow-balance", err.Error()), true
		}
		bal := k.bank.GetBalance(ctx, k.auth.GetModuleAddress(types.ModuleName), k.GetParams(ctx).StakeDenom).Amount
		broken := !bal.Equal(escrow.Add(stakes))
		return sdk.FormatInvariant(types.ModuleName, "escrow-balance",
			fmt.Sprintf("module balance %s, escrow %s + stakes %s", bal, escrow, stakes)), broken
	}
}

// CapacityInvariant: each node's active count per model equals its open assignments that have not revealed.
func CapacityInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		want := map[string]uint32{}
		_ = k.Active.Walk(ctx, nil, func(id uint64) (bool, error) {
			t, err := k.Tasks.Get(ctx, id)
			if err != nil {
				return true, err
			}
			for _, a := range t.Assignments {
				if a.RevealHeight == 0 {
					want[fmt.Sprintf("%s/%d", a.Worker, t.ModelId)]++
				}
			}
			return false, nil
		})
		msg, broken := "", false
		_ = k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
			for _, s := range n.Models {
				if w := want[fmt.Sprintf("%s/%d", n.Operator, s.ModelId)]; w != s.Active {
					msg += fmt.Sprintf("%s model %d: active %d, open assignments %d\n", n.Operator, s.ModelId, s.Active, w)
					broken = true
				}
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "capacity", msg), broken
	}
}

// IndexInvariant: the secondary indexes (free capacity by model and region, serving counts,
// queue, active set, deadlines, finished tasks) match what the nodes and tasks say.
func IndexInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		var problems []string
		check := func(name string, want map[string]bool, got []string) {
			for _, g := range got {
				if !want[g] {
					problems = append(problems, fmt.Sprintf("%s: unexpected entry %s", name, g))
				}
				delete(want, g)
			}
			missing := make([]string, 0, len(want))
			for w := range want {
				missing = append(missing, w)
			}
			sort.Strings(missing)
			for _, w := range missing {
				problems = append(problems, fmt.Sprintf("%s: missing entry %s", name, w))
			}
		}
		free, region, counts, serving := map[string]bool{}, map[string]bool{}, map[uint64]uint64{}, map[uint64]uint64{}
		heartbeats := map[string]bool{}
		_ = k.Nodes.Walk(ctx, nil, func(addr sdk.AccAddress, n types.Node) (bool, error) {
			if n.Status != types.NodeStatus_NODE_STATUS_ACTIVE {
				return false, nil
			}
			heartbeats[fmt.Sprintf("%d/%s", n.LastHeartbeatEpoch, addr)] = true
			for _, s := range n.Models {
				if s.Capacity == 0 {
					continue
				}
				serving[s.ModelId]++
				if s.Active < s.Capacity {
					counts[s.ModelId]++
					free[fmt.Sprintf("%d/%s", s.ModelId, addr)] = true
					region[fmt.Sprintf("%d/%s/%s", s.ModelId, n.Region, addr)] = true
				}
			}
			return false, nil
		})
		countSet := func(m map[uint64]uint64) map[string]bool {
			out := map[string]bool{}
			for id, c := range m {
				out[fmt.Sprintf("%d=%d", id, c)] = true
			}
			return out
		}
		var got []string
		_ = k.FreeSlots.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress]) (bool, error) {
			got = append(got, fmt.Sprintf("%d/%s", key.K1(), key.K2()))
			return false, nil
		})
		check("free_slots", free, got)
		got = nil
		_ = k.RegionFree.Walk(ctx, nil, func(key collections.Triple[uint64, string, sdk.AccAddress]) (bool, error) {
			got = append(got, fmt.Sprintf("%d/%s/%s", key.K1(), key.K2(), key.K3()))
			return false, nil
		})
		check("region_free", region, got)
		got = nil
		_ = k.Heartbeats.Walk(ctx, nil, func(key collections.Pair[int64, sdk.AccAddress]) (bool, error) {
			got = append(got, fmt.Sprintf("%d/%s", key.K1(), key.K2()))
			return false, nil
		})
		check("heartbeats", heartbeats, got)
		for _, c := range []struct {
			name string
			m    collections.Map[uint64, uint64]
			want map[uint64]uint64
		}{{"free_count", k.FreeCount, counts}, {"serving", k.Serving, serving}} {
			got = nil
			_ = c.m.Walk(ctx, nil, func(id, n uint64) (bool, error) {
				got = append(got, fmt.Sprintf("%d=%d", id, n))
				return false, nil
			})
			check(c.name, countSet(c.want), got)
		}
		queue, modelQueue, active := map[string]bool{}, map[string]bool{}, map[string]bool{}
		deadlines, finished := map[string]bool{}, map[string]bool{}
		_ = k.Tasks.Walk(ctx, nil, func(id uint64, t types.Task) (bool, error) {
			switch t.Status {
			case types.TaskStatus_TASK_STATUS_QUEUED:
				q := queueKey(t)
				queue[fmt.Sprintf("%d/%d", q.K1(), q.K2())] = true
				mq := modelQueueKey(t)
				modelQueue[fmt.Sprintf("%d/%d/%d", mq.K1(), mq.K2(), mq.K3())] = true
				deadlines[fmt.Sprintf("%d/%d", t.ExpiryHeight, id)] = true
			case types.TaskStatus_TASK_STATUS_COMMIT:
				active[fmt.Sprint(id)] = true
				deadlines[fmt.Sprintf("%d/%d", t.CommitDeadline, id)] = true
			case types.TaskStatus_TASK_STATUS_REVEAL:
				active[fmt.Sprint(id)] = true
				deadlines[fmt.Sprintf("%d/%d", t.RevealDeadline, id)] = true
			case types.TaskStatus_TASK_STATUS_SETTLED, types.TaskStatus_TASK_STATUS_EXPIRED:
				finished[fmt.Sprintf("%d/%d", t.SettledHeight, id)] = true
			}
			return false, nil
		})
		got = nil
		_ = k.Queue.Walk(ctx, nil, func(key collections.Pair[uint32, uint64]) (bool, error) {
			got = append(got, fmt.Sprintf("%d/%d", key.K1(), key.K2()))
			return false, nil
		})
		check("queue", queue, got)
		got = nil
		_ = k.ModelQueue.Walk(ctx, nil, func(key collections.Triple[uint64, uint32, uint64]) (bool, error) {
			got = append(got, fmt.Sprintf("%d/%d/%d", key.K1(), key.K2(), key.K3()))
			return false, nil
		})
		check("model_queue", modelQueue, got)
		got = nil
		_ = k.Active.Walk(ctx, nil, func(id uint64) (bool, error) { got = append(got, fmt.Sprint(id)); return false, nil })
		check("active", active, got)
		for _, c := range []struct {
			name string
			s    collections.KeySet[collections.Pair[int64, uint64]]
			want map[string]bool
		}{{"deadlines", k.Deadlines, deadlines}, {"finished", k.Finished, finished}} {
			got = nil
			_ = c.s.Walk(ctx, nil, func(key collections.Pair[int64, uint64]) (bool, error) {
				got = append(got, fmt.Sprintf("%d/%d", key.K1(), key.K2()))
				return false, nil
			})
			check(c.name, c.want, got)
		}
		return sdk.FormatInvariant(types.ModuleName, "indexes", strings.Join(problems, "\n")), len(problems) > 0
	}
}
