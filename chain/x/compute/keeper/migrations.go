package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// Migrator runs the x/compute store migrations.
type Migrator struct{ k *Keeper }

// NewMigrator returns the x/compute migrator.
func NewMigrator(k *Keeper) Migrator { return Migrator{k} }

// Migrate1to2 moves a v1 store to v2 (issue 16 hardening): the new params get their defaults,
// and the secondary indexes (free capacity, serving counts, model queue, deadlines, finished
// tasks) are rebuilt from the nodes and tasks. It walks the whole store once, in the upgrade block.
// Tasks keep an empty slot_price; settle then uses today's price, capped by the task's escrow.
func (m Migrator) Migrate1to2(ctx sdk.Context) error {
	return m.k.migrate1to2(ctx)
}

// Migrate3to4 moves a v3 store to v4 (issue 16, reward farming): min_paid_price_per_unit gets its
// default (only work paid for at that price earns emissions / compute voting power) and
// silent_penalty is raised to dissent_penalty where it was lower (silence is never cheaper than a
// minority answer). Nodes gain attested_by / attested_height, empty (unattested) until a TECHNICAL
// verifier attests them; no node is rewritten.
func (m Migrator) Migrate3to4(ctx sdk.Context) error {
	p := m.k.GetParams(ctx)
	fillV4Params(&p)
	if err := p.Validate(); err != nil {
		return err
	}
	return m.k.Params.Set(ctx, p)
}

// fillV4Params sets the version 4 params of a store from before version 4 (which had no
// min_paid_price_per_unit, so whatever decodes there is not a choice of governance).
func fillV4Params(p *types.Params) {
	p.MinPaidPricePerUnit = types.DefaultMinPaidPricePerUnit
	p.SilentPenalty = max(p.SilentPenalty, p.DissentPenalty)
	fillV5Params(p)
}

// fillV5Params sets the version 5 param (max_heartbeat_jails_per_block, a constant before) where
// it is unset. Earlier migrations call it too, since today's Validate checks it.
func fillV5Params(p *types.Params) {
	if p.MaxHeartbeatJailsPerBlock == 0 {
		p.MaxHeartbeatJailsPerBlock = types.DefaultParams().MaxHeartbeatJailsPerBlock
	}
}

func (k *Keeper) migrate1to2(ctx context.Context) error {
	p := k.GetParams(ctx)
	d := types.DefaultParams()
	if p.MaxQueueScanPerBlock == 0 {
		p.MaxQueueScanPerBlock = d.MaxQueueScanPerBlock
	}
	if p.MaxAssignmentsPerBlock == 0 {
		p.MaxAssignmentsPerBlock = d.MaxAssignmentsPerBlock
	}
	if p.MaxAssignmentCandidates == 0 {
		p.MaxAssignmentCandidates = max(d.MaxAssignmentCandidates, p.MaxReplication)
	}
	if p.MaxExpirationsPerBlock == 0 {
		p.MaxExpirationsPerBlock = d.MaxExpirationsPerBlock
	}
	if p.TaskRetentionBlocks == 0 {
		p.TaskRetentionBlocks = d.TaskRetentionBlocks
	}
	if p.MaxPrunesPerBlock == 0 {
		p.MaxPrunesPerBlock = d.MaxPrunesPerBlock
	}
	p.RegionBonus = min(max(p.RegionBonus, 1), types.MaxRegionBonus)
	// Today's Validate also checks the version 4 params; the 3 -> 4 migration runs later anyway.
	fillV4Params(&p)
	if err := p.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, p); err != nil {
		return err
	}
	for _, clear := range []func() error{
		func() error { return k.FreeSlots.Clear(ctx, nil) }, func() error { return k.RegionFree.Clear(ctx, nil) },
		func() error { return k.FreeCount.Clear(ctx, nil) }, func() error { return k.Serving.Clear(ctx, nil) },
		func() error { return k.Queue.Clear(ctx, nil) }, func() error { return k.ModelQueue.Clear(ctx, nil) },
		func() error { return k.Active.Clear(ctx, nil) }, func() error { return k.Deadlines.Clear(ctx, nil) },
		func() error { return k.Finished.Clear(ctx, nil) }, func() error { return k.QueueCursor.Remove(ctx) },
	} {
		if err := clear(); err != nil {
			return err
		}
	}
	type nodeAt struct {
		addr sdk.AccAddress
		node types.Node
	}
	var nodes []nodeAt
	if err := k.Nodes.Walk(ctx, nil, func(addr sdk.AccAddress, n types.Node) (bool, error) {
		nodes = append(nodes, nodeAt{addr, n})
		return false, nil
	}); err != nil {
		return err
	}
	for _, n := range nodes {
		if err := k.indexNode(ctx, n.addr, n.node, true); err != nil {
			return err
		}
	}
	var tasks []types.Task
	if err := k.Tasks.Walk(ctx, nil, func(_ uint64, t types.Task) (bool, error) {
		tasks = append(tasks, t)
		return false, nil
	}); err != nil {
		return err
	}
	for _, t := range tasks {
		if err := k.indexTask(ctx, t, true); err != nil {
			return err
		}
	}
	return nil
}

// Migrate2to3 moves a v2 store to v3 (issue 16, bounded epoch close): it builds the Heartbeats
// index (last heartbeat epoch, node) of ACTIVE nodes, which BeginBlock now reads instead of
// walking every node when an epoch closes. It walks the nodes once, in the upgrade block.
func (m Migrator) Migrate2to3(ctx sdk.Context) error {
	return m.k.migrate2to3(ctx)
}

func (k *Keeper) migrate2to3(ctx context.Context) error {
	if err := k.Heartbeats.Clear(ctx, nil); err != nil {
		return err
	}
	var keys []collections.Pair[int64, sdk.AccAddress]
	if err := k.Nodes.Walk(ctx, nil, func(addr sdk.AccAddress, n types.Node) (bool, error) {
		if n.Status == types.NodeStatus_NODE_STATUS_ACTIVE {
			keys = append(keys, collections.Join(n.LastHeartbeatEpoch, addr))
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, key := range keys {
		if err := k.Heartbeats.Set(ctx, key); err != nil {
			return err
		}
	}
	return nil
}

// Migrate4to5 sets max_heartbeat_jails_per_block (200, the former constant) and builds the
// per-epoch credited-unit totals (EpochUnits) from the node records, so x/wgov's compute-class
// total no longer walks every node's record at each tally. It walks the records once, in the
// upgrade block.
func (m Migrator) Migrate4to5(ctx sdk.Context) error {
	p := m.k.GetParams(ctx)
	fillV5Params(&p)
	if err := p.Validate(); err != nil {
		return err
	}
	if err := m.k.Params.Set(ctx, p); err != nil {
		return err
	}
	totals := map[int64]uint64{}
	var epochs []int64
	err := m.k.EpochStats.Walk(ctx, nil, func(_ collections.Pair[int64, sdk.AccAddress], s types.NodeEpochStats) (bool, error) {
		if _, ok := totals[s.Epoch]; !ok {
			epochs = append(epochs, s.Epoch) // the walk is in epoch order
		}
		totals[s.Epoch] += s.ComputeUnits
		return false, nil
	})
	if err != nil {
		return err
	}
	for _, e := range epochs {
		if totals[e] == 0 {
			continue
		}
		if err := m.k.EpochUnits.Set(ctx, e, totals[e]); err != nil {
			return err
		}
	}
	return nil
}
