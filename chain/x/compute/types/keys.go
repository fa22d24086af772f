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
)
