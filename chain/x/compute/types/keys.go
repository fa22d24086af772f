package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the compute module and of its module account,
	// which holds node stakes and task escrow.
	ModuleName = "compute"
	// StoreKey is the store key of the compute module.
	StoreKey = ModuleName
)

// Collection prefixes.
var (
	ParamsKey      = collections.NewPrefix(0)
	NodesKey       = collections.NewPrefix(1)
	ModelsKey      = collections.NewPrefix(2)
	ModelSeqKey    = collections.NewPrefix(3)
	TasksKey       = collections.NewPrefix(4)
	TaskSeqKey     = collections.NewPrefix(5)
	QueueKey       = collections.NewPrefix(6)
	ActiveTasksKey = collections.NewPrefix(7)
	EpochStatsKey  = collections.NewPrefix(8)
	LastEpochKey   = collections.NewPrefix(9)
	UnbondingKey   = collections.NewPrefix(10)
	ClientTasksKey = collections.NewPrefix(11)
	WorkerTasksKey = collections.NewPrefix(12)
	// Secondary indexes (rebuilt from nodes and tasks at genesis import).
	FreeSlotsKey   = collections.NewPrefix(13) // (model, node): ACTIVE node with a free slot for the model
	RegionFreeKey  = collections.NewPrefix(14) // (model, region, node): the same, by region
	FreeCountKey   = collections.NewPrefix(15) // model -> number of FreeSlots entries
	ServingKey     = collections.NewPrefix(16) // model -> number of ACTIVE nodes serving it
	DeadlinesKey   = collections.NewPrefix(17) // (height, task): next deadline of an open task
	FinishedKey    = collections.NewPrefix(18) // (settled height, task): finished tasks, for pruning
	QueueCursorKey = collections.NewPrefix(19) // model queue key where the previous block's scan stopped
	ModelQueueKey  = collections.NewPrefix(20) // (model, urgency rank, task) of QUEUED tasks
	HeartbeatsKey  = collections.NewPrefix(21) // (last heartbeat epoch, node) of ACTIVE nodes
	EpochUnitsKey  = collections.NewPrefix(22) // epoch -> credited compute units of all nodes (x/wgov's compute-class total)
)
