// Package keeper holds x/emissions' state and rules: the mining schedule and
// score-weighted epoch payouts, foundation milestones, fund spends, the fee split
// and burns.
package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// BaseDenom is the denom x/emissions pays and burns.
const BaseDenom = tokenomics.BaseDenom

// Pool module account names (chain/genesis fills them at genesis).
const (
	FoundationPool          = tokenomics.FoundationPool
	MiningRewardsPool       = tokenomics.MiningRewardsPool
	CommunityIncentivesPool = tokenomics.CommunityIncentivesPool
	EcosystemGrowthFundPool = tokenomics.EcosystemGrowthFundPool
	UnallocatedReserve      = tokenomics.UnallocatedReserve
)

// Keeper is the x/emissions keeper.
type Keeper struct {
	cdc           codec.BinaryCodec
	authority     string
	accountKeeper types.AccountKeeper
	bankKeeper    types.BankKeeper
	epochsKeeper  types.EpochsKeeper
	computeKeeper types.ComputeKeeper
	feeCollector  string

	Schema        collections.Schema
	Params        collections.Item[types.Params]
	GenesisTime   collections.Item[int64] // unix nanoseconds
	MiningPaid    collections.Item[math.Int]
	Burned        collections.Item[math.Int]
	FeeSplitTotal collections.Item[math.Int]
	Milestones    collections.Map[uint64, types.Milestone]
	MilestoneSeq  collections.Sequence
	EpochRewards  collections.Map[int64, types.EpochReward]
	NodeRewards   collections.Map[collections.Pair[int64, string], types.NodeReward]
	// NodeRewardsByNode indexes NodeRewards by (operator, epoch) for node-rewards queries.
	NodeRewardsByNode collections.KeySet[collections.Pair[string, int64]]
	// Released is what each source released, by calendar year since genesis.
	Released collections.Map[collections.Pair[uint32, string], math.Int]
	// VestingAccounts are the vesting accounts present at genesis (the institutions): the
	// supply query sums their still-vesting coins instead of walking every account.
	VestingAccounts collections.KeySet[sdk.AccAddress]
	// Payouts are the epoch payouts in progress or queued, by epoch (paid lowest first).
	Payouts collections.Map[int64, types.EpochPayout]
	// PayoutRecords is the snapshot of x/compute's records an epoch is paid from, by (epoch, operator).
	PayoutRecords collections.Map[collections.Pair[int64, string], types.NodeReward]
	// PayoutRegionUnits are the snapshot's credited units per attested region, by (epoch, region).
	PayoutRegionUnits collections.Map[collections.Pair[int64, string], math.Int]
}

// NewKeeper returns the x/emissions keeper. Every dependency is required; ck is x/compute, whose
// records each epoch's mining budget is paid from.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority string,
	ak types.AccountKeeper, bk types.BankKeeper, ek types.EpochsKeeper, ck types.ComputeKeeper, feeCollector string,
) *Keeper {
	if ak == nil || bk == nil || ek == nil || ck == nil {
		panic("x/emissions: NewKeeper needs the account, bank, epochs and compute keepers")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := &Keeper{
		cdc: cdc, authority: authority, accountKeeper: ak, bankKeeper: bk, epochsKeeper: ek, computeKeeper: ck,
		feeCollector:  feeCollector,
		Params:        collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		GenesisTime:   collections.NewItem(sb, types.GenesisTimeKey, "genesis_time", collections.Int64Value),
		MiningPaid:    collections.NewItem(sb, types.MiningPaidKey, "mining_paid", sdk.IntValue),
		Burned:        collections.NewItem(sb, types.BurnedKey, "burned", sdk.IntValue),
		FeeSplitTotal: collections.NewItem(sb, types.FeeSplitTotalKey, "fee_split_total", sdk.IntValue),
		Milestones:    collections.NewMap(sb, types.MilestonesKey, "milestones", collections.Uint64Key, codec.CollValue[types.Milestone](cdc)),
		MilestoneSeq:  collections.NewSequence(sb, types.MilestoneSeqKey, "milestone_seq"),
		EpochRewards:  collections.NewMap(sb, types.EpochRewardsKey, "epoch_rewards", collections.Int64Key, codec.CollValue[types.EpochReward](cdc)),
		NodeRewards: collections.NewMap(sb, types.NodeRewardsKey, "node_rewards",
			collections.PairKeyCodec(collections.Int64Key, collections.StringKey), codec.CollValue[types.NodeReward](cdc)),
		NodeRewardsByNode: collections.NewKeySet(sb, types.NodeRewardsByNode, "node_rewards_by_node",
			collections.PairKeyCodec(collections.StringKey, collections.Int64Key)),
		Released: collections.NewMap(sb, types.ReleasedKey, "released",
			collections.PairKeyCodec(collections.Uint32Key, collections.StringKey), sdk.IntValue),
		VestingAccounts: collections.NewKeySet(sb, types.VestingAccountsKey, "vesting_accounts", sdk.AccAddressKey),
		Payouts:         collections.NewMap(sb, types.PayoutsKey, "payouts", collections.Int64Key, codec.CollValue[types.EpochPayout](cdc)),
		PayoutRecords: collections.NewMap(sb, types.PayoutRecordsKey, "payout_records",
			collections.PairKeyCodec(collections.Int64Key, collections.StringKey), codec.CollValue[types.NodeReward](cdc)),
		PayoutRegionUnits: collections.NewMap(sb, types.PayoutRegionUnitsKey, "payout_region_units",
			collections.PairKeyCodec(collections.Int64Key, collections.StringKey), sdk.IntValue),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// GetAuthority returns the governance authority.
func (k *Keeper) GetAuthority() string { return k.authority }

// Logger returns the module logger.
func (k *Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

// GetParams returns the params.
func (k *Keeper) GetParams(ctx context.Context) (types.Params, error) { return k.Params.Get(ctx) }

// GenesisTimeOf returns the time years and periods are measured from.
func (k *Keeper) GenesisTimeOf(ctx context.Context) (time.Time, error) {
	ns, err := k.GenesisTime.Get(ctx)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(0, ns).UTC(), nil
}

func getInt(ctx context.Context, item collections.Item[math.Int]) (math.Int, error) {
	v, err := item.Get(ctx)
	if err != nil {
		return math.ZeroInt(), err
	}
	return v, nil
}

func addInt(ctx context.Context, item collections.Item[math.Int], amt math.Int) error {
	v, err := getInt(ctx, item)
	if err != nil {
		return err
	}
	return item.Set(ctx, v.Add(amt))
}

// recordRelease adds amt to source's release in the current calendar year since genesis.
func (k *Keeper) recordRelease(ctx context.Context, source string, amt math.Int) error {
	if !amt.IsPositive() {
		return nil
	}
	gt, err := k.GenesisTimeOf(ctx)
	if err != nil {
		return err
	}
	key := collections.Join(types.YearAt(gt, sdk.UnwrapSDKContext(ctx).BlockTime()), source)
	cur, err := k.Released.Get(ctx, key)
	if err != nil {
		cur = math.ZeroInt()
	}
	return k.Released.Set(ctx, key, cur.Add(amt))
}

func (k *Keeper) checkAuthority(authority string) error {
	if authority != k.authority {
		return types.ErrInvalidAuthority.Wrapf("expected %s, got %s", k.authority, authority)
	}
	return nil
}

func bttCoins(amt math.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(BaseDenom, amt)) }

// bttCoin is amt abtt as a coin (for events; unlike sdk.NewCoin it never panics).
func bttCoin(amt math.Int) sdk.Coin { return sdk.Coin{Denom: BaseDenom, Amount: amt} }
