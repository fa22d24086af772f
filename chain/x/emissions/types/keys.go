package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name; its module account burns (Burner permission).
	ModuleName = "emissions"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
	// DevelopmentFund is the module account that receives the fee split.
	DevelopmentFund = "development_fund"
)

// Release sources tracked per calendar year since genesis.
const (
	SourceMining              = "mining"
	SourceMilestones          = "milestones"
	SourceEcosystemFund       = "ecosystem_fund"
	SourceCommunityIncentives = "community_incentives"
	SourceReserve             = "reserve"
	SourceDevelopmentFund     = "development_fund"
)

// Store prefixes.
var (
	ParamsKey         = collections.NewPrefix(0)
	GenesisTimeKey    = collections.NewPrefix(1)
	MiningPaidKey     = collections.NewPrefix(2)
	BurnedKey         = collections.NewPrefix(3)
	FeeSplitTotalKey  = collections.NewPrefix(4)
	MilestonesKey     = collections.NewPrefix(5)
	MilestoneSeqKey   = collections.NewPrefix(6)
	EpochRewardsKey   = collections.NewPrefix(7)
	NodeRewardsKey    = collections.NewPrefix(8)
	NodeRewardsByNode = collections.NewPrefix(9)
	ReleasedKey       = collections.NewPrefix(10)
	// VestingAccountsKey lists the genesis vesting accounts the supply query counts as locked.
	VestingAccountsKey = collections.NewPrefix(11)
	// Epoch payouts in progress: the payout state, its snapshot of x/compute's records and the
	// credited units per attested region.
	PayoutsKey           = collections.NewPrefix(12)
	PayoutRecordsKey     = collections.NewPrefix(13)
	PayoutRegionUnitsKey = collections.NewPrefix(14)
)
