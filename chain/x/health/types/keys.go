package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of x/health. It has no module account: points are paid in BTT
	// from the community incentives pool through x/emissions' SpendPool.
	ModuleName = "health"
	// StoreKey is the store key of x/health.
	StoreKey = ModuleName
	// BaseDenom is the denom points convert to.
	BaseDenom = "abtt"
	// SourceHealthPoints names x/health's spends in x/emissions' release records.
	SourceHealthPoints = "community_incentives"
	// DeviceRecorderPrefix starts Activity.recorded_by for device readings.
	DeviceRecorderPrefix = "device:"
)

// Collection prefixes.
var (
	ParamsKey        = collections.NewPrefix(0)
	ActivityTypesKey = collections.NewPrefix(1)
	VerifiersKey     = collections.NewPrefix(2)
	DevicesKey       = collections.NewPrefix(3)
	ActivitiesKey    = collections.NewPrefix(4)
	ActivitySeqKey   = collections.NewPrefix(5)
	EvidenceKey      = collections.NewPrefix(6)
	PatientsKey      = collections.NewPrefix(7)
	EpochsKey        = collections.NewPrefix(8)
	UsageKey         = collections.NewPrefix(9)
	PendingPointsKey = collections.NewPrefix(10)
	MaturedPointsKey = collections.NewPrefix(11)
	CurrentEpochKey  = collections.NewPrefix(12)
	TotalIssuedKey   = collections.NewPrefix(13)
)
