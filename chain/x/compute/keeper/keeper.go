// Package keeper implements x/compute: the staked node registry, the model registry,
// task escrow, deterministic assignment, commit-reveal settlement and per-epoch node records.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	collcodec "cosmossdk.io/collections/codec"
	"cosmossdk.io/core/store"
	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// Keeper of x/compute.
type Keeper struct {
	cdc       codec.BinaryCodec
	authority string
	// devFundModule receives the development-fund share of payments and slashed stake.
	devFundModule string

	bank   types.BankKeeper
	auth   types.AccountKeeper
	epochs types.EpochsKeeper
	// burner (x/emissions) burns the burned part of urgency premiums and counts it.
	burner types.Burner
	// verifiers (x/rwa) says who may attest a node's region and energy class.
	verifiers types.VerifierKeeper
	// paramsCheck is an app-level check of new params (x/emissions' epoch identifier).
	paramsCheck ParamsCheck

	Schema    collections.Schema
	Params    collections.Item[types.Params]
	Nodes     collections.Map[sdk.AccAddress, types.Node]
	Models    collections.Map[uint64, types.Model]
	NextModel collections.Item[uint64]
	Tasks     collections.Map[uint64, types.Task]
	NextTask  collections.Item[uint64]
	// Queue holds QUEUED tasks ordered by (urgency rank, id): STAT first, then URGENT, then ROUTINE.
	Queue collections.KeySet[collections.Pair[uint32, uint64]]
	// Active holds tasks in the COMMIT or REVEAL phase.
	Active     collections.KeySet[uint64]
	EpochStats collections.Map[collections.Pair[int64, sdk.AccAddress], types.NodeEpochStats]
	// EpochUnits is the sum of every node's credited compute units in an epoch (derived from
	// EpochStats, rebuilt at InitGenesis), so x/wgov's compute-class total reads one entry per
	// epoch instead of every node's record.
	EpochUnits collections.Map[int64, uint64]
	LastEpoch  collections.Item[int64]
	// Unbonding holds (unbond unix time, operator) of UNBONDING nodes.
	Unbonding collections.KeySet[collections.Pair[int64, sdk.AccAddress]]

	// Secondary indexes (see index.go); rebuilt from nodes and tasks at genesis import.
	FreeSlots   collections.KeySet[collections.Pair[uint64, sdk.AccAddress]]
	RegionFree  collections.KeySet[collections.Triple[uint64, string, sdk.AccAddress]]
	FreeCount   collections.Map[uint64, uint64]
	Serving     collections.Map[uint64, uint64]
	Deadlines   collections.KeySet[collections.Pair[int64, uint64]]
	Finished    collections.KeySet[collections.Pair[int64, uint64]]
	QueueCursor collections.Item[collections.Triple[uint64, uint32, uint64]]
	ModelQueue  collections.KeySet[collections.Triple[uint64, uint32, uint64]]
	// Heartbeats holds (last heartbeat epoch, operator) of ACTIVE nodes: BeginBlock reads only
	// the nodes whose last heartbeat is old enough to be jailed, never the whole node set.
	Heartbeats collections.KeySet[collections.Pair[int64, sdk.AccAddress]]
}

var modelQueueCodec = collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, collections.Uint64Key)

// ParamsCheck is an app-level check that MsgUpdateParams runs on new params after their own
// validation (the app checks that the epoch identifier equals x/emissions').
type ParamsCheck func(context.Context, types.Params) error

// NewKeeper returns the x/compute keeper. devFundModule names the module account that
// receives the development-fund share and slashed stake; burner (x/emissions) burns and counts
// the burned part of urgency premiums; verifiers (x/rwa) says who may attest a node; paramsCheck
// is run on the params of every MsgUpdateParams. Every dependency is required: a nil one panics
// here, at construction, instead of silently changing what the module does.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority, devFundModule string,
	ak types.AccountKeeper, bk types.BankKeeper, ek types.EpochsKeeper,
	burner types.Burner, verifiers types.VerifierKeeper, paramsCheck ParamsCheck,
) *Keeper {
	if _, err := sdk.AccAddressFromBech32(authority); err != nil {
		panic(fmt.Errorf("invalid compute authority: %w", err))
	}
	if devFundModule == "" {
		panic("x/compute: no development fund module account")
	}
	for name, dep := range map[string]any{
		"account keeper": ak, "bank keeper": bk, "epochs keeper": ek,
		"burner": burner, "verifier keeper": verifiers,
	} {
		if dep == nil {
			panic(fmt.Errorf("x/compute: nil %s", name))
		}
	}
	if paramsCheck == nil {
		panic("x/compute: nil params check")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := &Keeper{
		cdc: cdc, authority: authority, devFundModule: devFundModule, bank: bk, auth: ak, epochs: ek,
		burner: burner, verifiers: verifiers, paramsCheck: paramsCheck,
		Params:     collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Nodes:      collections.NewMap(sb, types.NodesKey, "nodes", sdk.AccAddressKey, codec.CollValue[types.Node](cdc)),
		Models:     collections.NewMap(sb, types.ModelsKey, "models", collections.Uint64Key, codec.CollValue[types.Model](cdc)),
		NextModel:  collections.NewItem(sb, types.ModelSeqKey, "next_model", collections.Uint64Value),
		Tasks:      collections.NewMap(sb, types.TasksKey, "tasks", collections.Uint64Key, codec.CollValue[types.Task](cdc)),
		NextTask:   collections.NewItem(sb, types.TaskSeqKey, "next_task", collections.Uint64Value),
		Queue:      collections.NewKeySet(sb, types.QueueKey, "queue", collections.PairKeyCodec(collections.Uint32Key, collections.Uint64Key)),
		Active:     collections.NewKeySet(sb, types.ActiveTasksKey, "active", collections.Uint64Key),
		EpochStats: collections.NewMap(sb, types.EpochStatsKey, "epoch_stats", collections.PairKeyCodec(collections.Int64Key, sdk.AccAddressKey), codec.CollValue[types.NodeEpochStats](cdc)),
		EpochUnits: collections.NewMap(sb, types.EpochUnitsKey, "epoch_units", collections.Int64Key, collections.Uint64Value),
		LastEpoch:  collections.NewItem(sb, types.LastEpochKey, "last_epoch", collections.Int64Value),
		Unbonding:  collections.NewKeySet(sb, types.UnbondingKey, "unbonding", collections.PairKeyCodec(collections.Int64Key, sdk.AccAddressKey)),
		FreeSlots:  collections.NewKeySet(sb, types.FreeSlotsKey, "free_slots", collections.PairKeyCodec(collections.Uint64Key, sdk.AccAddressKey)),
		RegionFree: collections.NewKeySet(sb, types.RegionFreeKey, "region_free",
			collections.TripleKeyCodec(collections.Uint64Key, collections.StringKey, sdk.AccAddressKey)),
		FreeCount:   collections.NewMap(sb, types.FreeCountKey, "free_count", collections.Uint64Key, collections.Uint64Value),
		Serving:     collections.NewMap(sb, types.ServingKey, "serving", collections.Uint64Key, collections.Uint64Value),
		Deadlines:   collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		Finished:    collections.NewKeySet(sb, types.FinishedKey, "finished", collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		QueueCursor: collections.NewItem(sb, types.QueueCursorKey, "queue_cursor", collcodec.KeyToValueCodec(modelQueueCodec)),
		ModelQueue:  collections.NewKeySet(sb, types.ModelQueueKey, "model_queue", modelQueueCodec),
		Heartbeats:  collections.NewKeySet(sb, types.HeartbeatsKey, "heartbeats", collections.PairKeyCodec(collections.Int64Key, sdk.AccAddressKey)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the gov authority.
func (k *Keeper) Authority() string { return k.authority }

// Logger returns the module logger.
func (k *Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

// GetParams returns the params.
func (k *Keeper) GetParams(ctx context.Context) types.Params {
	p, err := k.Params.Get(ctx)
	if err != nil {
		panic(err)
	}
	return p
}

// CurrentEpoch returns the current x/epochs epoch number of params.epoch_identifier (0 before it starts).
func (k *Keeper) CurrentEpoch(ctx context.Context) int64 {
	info, err := k.epochs.GetEpochInfo(sdk.UnwrapSDKContext(ctx), k.GetParams(ctx).EpochIdentifier)
	if err != nil {
		return 0
	}
	return info.CurrentEpoch
}

func (k *Keeper) coins(ctx context.Context, amt sdkmath.Int) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(k.GetParams(ctx).StakeDenom, amt))
}

func (k *Keeper) addStats(ctx context.Context, epoch int64, node sdk.AccAddress, f func(*types.NodeEpochStats)) error {
	key := collections.Join(epoch, node)
	s, err := k.EpochStats.Get(ctx, key)
	if err != nil {
		s = types.NodeEpochStats{Epoch: epoch, Node: node.String()}
	}
	f(&s)
	return k.EpochStats.Set(ctx, key, s)
}

// ---- Keeper interface for x/emissions and weighted governance ----

// GetNode returns a node (class, region, energy class, reputation, status, stake).
func (k *Keeper) GetNode(ctx context.Context, operator sdk.AccAddress) (types.Node, bool) {
	n, err := k.Nodes.Get(ctx, operator)
	return n, err == nil
}

// addEpochUnits adds credited units to the epoch's total.
func (k *Keeper) addEpochUnits(ctx context.Context, epoch int64, units uint64) error {
	if units == 0 {
		return nil
	}
	cur, err := k.EpochUnits.Get(ctx, epoch)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	return k.EpochUnits.Set(ctx, epoch, cur+units)
}

// EpochCreditedUnits is the credited compute units of all nodes in an epoch.
func (k *Keeper) EpochCreditedUnits(ctx context.Context, epoch int64) uint64 {
	u, err := k.EpochUnits.Get(ctx, epoch)
	if err != nil {
		return 0
	}
	return u
}

// CreditedUnits is one node's credited compute units in an epoch.
func (k *Keeper) CreditedUnits(ctx context.Context, epoch int64, operator sdk.AccAddress) uint64 {
	return k.GetNodeEpochStats(ctx, epoch, operator).ComputeUnits
}

// GetNodeEpochStats returns one node's record for one epoch (zero record if none).
func (k *Keeper) GetNodeEpochStats(ctx context.Context, epoch int64, operator sdk.AccAddress) types.NodeEpochStats {
	s, err := k.EpochStats.Get(ctx, collections.Join(epoch, operator))
	if err != nil {
		return types.NodeEpochStats{Epoch: epoch, Node: operator.String()}
	}
	return s
}

// IterateNodeEpochStats calls cb for every node record of an epoch, in operator address order.
// Records of epoch N are complete when x/epochs' AfterEpochEnd(N) hook runs.
func (k *Keeper) IterateNodeEpochStats(ctx context.Context, epoch int64, cb func(types.NodeEpochStats) (stop bool)) error {
	rng := collections.NewPrefixedPairRange[int64, sdk.AccAddress](epoch)
	it, err := k.EpochStats.Iterate(ctx, rng)
	if err != nil {
		return err
	}
	defer it.Close()
	for ; it.Valid(); it.Next() {
		v, err := it.Value()
		if err != nil {
			return err
		}
		if cb(v) {
			return nil
		}
	}
	return nil
}

// NodeUptime returns heartbeat epochs ÷ expected epochs over the last `window` closed epochs
// before `epoch` (counting only epochs since the node registered), as a LegacyDec in [0, 1].
func (k *Keeper) NodeUptime(ctx context.Context, operator sdk.AccAddress, epoch, window int64) sdkmath.LegacyDec {
	var beats, expected int64
	for e := epoch - window; e < epoch; e++ {
		if e < 1 {
			continue
		}
		expected++
		if k.GetNodeEpochStats(ctx, e, operator).Heartbeats > 0 {
			beats++
		}
	}
	if expected == 0 {
		return sdkmath.LegacyZeroDec()
	}
	return sdkmath.LegacyNewDec(beats).QuoInt64(expected)
}
