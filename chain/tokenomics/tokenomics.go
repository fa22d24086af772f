// Package tokenomics holds BTT's chain-wide constants: the denom and its decimals, the fixed
// supply (210,000,000 BTT minted once at genesis), and the seed's allocation table with each
// line's pool or vesting schedule. chain/genesis turns them into a genesis; the modules read them.
package tokenomics

import (
	"fmt"
	"time"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

// Pool module accounts. They hold their allocation from genesis and release it
// only through the rules of the module that owns them.
const (
	FoundationPool          = "foundation"
	MiningRewardsPool       = "mining_rewards_pool"
	CommunityIncentivesPool = "community_incentives"
	EcosystemGrowthFundPool = "ecosystem_growth_fund"
	// UnallocatedReserve holds the 15% (31.5M BTT) that the seed's table leaves
	// unassigned: its nine lines add up to 85% of a supply it fixes at 210M. Minting
	// only 178.5M would break the fixed supply and scaling the lines up would break
	// each line, so the gap is held in plain sight, spendable only by governance.
	UnallocatedReserve = "unallocated_reserve"
)

// Institutional vesting allocations.
const (
	ChinaOralIndustryGroup = "china_oral_industry_group"
	VisionFutureCapital    = "vision_future_capital"
	YueyaEraMedical        = "yueya_era_medical"
	BellaSmileGroup        = "bellasmile_group"
	StrategicInvestors     = "strategic_investors"
)

const (
	// BaseDenom is the base unit of BTT.
	BaseDenom = "abtt"
	// Decimals between BTT and abtt.
	Decimals = 18
	// TotalSupplyBTT is the whole supply, minted once at genesis.
	TotalSupplyBTT = 210_000_000
)

// TotalSupply is 210,000,000 BTT in abtt (2.1e26).
var TotalSupply = sdkmath.NewInt(TotalSupplyBTT).Mul(sdkmath.NewIntWithDecimal(1, Decimals))

// Kind says how an allocation is held at genesis.
type Kind int

const (
	// Vesting allocations go to a PeriodicVestingAccount of a named recipient.
	Vesting Kind = iota
	// Pool allocations go to a module account.
	Pool
)

// Allocation is one line of the seed's genesis allocation table.
type Allocation struct {
	ID      string
	Name    string
	Percent int64
	Kind    Kind
	// CliffMonths and EndMonths describe cliff-then-linear vesting: nothing
	// unlocks before the cliff; at the cliff the linear share accrued since
	// genesis unlocks at once; then one more share each month until EndMonths.
	CliffMonths int
	EndMonths   int
	// CarveOutAllowed says whether liquid accounts may be carved out of this pool.
	// The foundation pool (milestone-gated) and the mining pool (emission-scheduled)
	// never allow it: a carve-out would bypass their release rules.
	CarveOutAllowed bool
}

// Amount is the allocation's exact share of the total supply in abtt.
func (a Allocation) Amount() sdkmath.Int {
	return TotalSupply.MulRaw(a.Percent).QuoRaw(100)
}

// Table is the seed's nine allocations (seed 004, DESIGN §2) plus the reserve for
// the 15% the seed leaves unassigned. Percentages add up to 100.
var Table = []Allocation{
	{ID: ChinaOralIndustryGroup, Name: "China Oral Industry Group", Percent: 10, Kind: Vesting, CliffMonths: 6, EndMonths: 36},
	{ID: VisionFutureCapital, Name: "Vision Future Capital", Percent: 3, Kind: Vesting, CliffMonths: 3, EndMonths: 30},
	{ID: YueyaEraMedical, Name: "Yueya Era Medical", Percent: 3, Kind: Vesting, CliffMonths: 3, EndMonths: 30},
	{ID: BellaSmileGroup, Name: "BellaSmile Group", Percent: 2, Kind: Vesting, CliffMonths: 3, EndMonths: 30},
	{ID: StrategicInvestors, Name: "Strategic Investors", Percent: 1, Kind: Vesting, CliffMonths: 3, EndMonths: 30},
	{ID: FoundationPool, Name: "Foundation & Technical Development", Percent: 17, Kind: Pool},
	{ID: MiningRewardsPool, Name: "Mining Rewards Pool", Percent: 30, Kind: Pool},
	{ID: CommunityIncentivesPool, Name: "Community Incentives", Percent: 12, Kind: Pool, CarveOutAllowed: true},
	{ID: EcosystemGrowthFundPool, Name: "Ecosystem Growth Fund", Percent: 7, Kind: Pool, CarveOutAllowed: true},
	{ID: UnallocatedReserve, Name: "Unallocated Reserve (seed remainder, governance only)", Percent: 15, Kind: Pool},
}

// Lookup returns the allocation with the given id.
func Lookup(id string) (Allocation, bool) {
	for _, a := range Table {
		if a.ID == id {
			return a, true
		}
	}
	return Allocation{}, false
}

// PoolNames returns the module account names of the pool allocations, in table order.
func PoolNames() []string {
	var names []string
	for _, a := range Table {
		if a.Kind == Pool {
			names = append(names, a.ID)
		}
	}
	return names
}

// Tranche is one vesting step: Amount unlocks at Time.
type Tranche struct {
	Time   time.Time
	Amount sdkmath.Int
}

// UnlockedAfterMonths is what a vesting allocation of `total` has unlocked
// `months` calendar months after its start: zero before the cliff, then
// floor(total × months ÷ end), all of it from EndMonths on. Flooring at every
// month and taking differences makes the tranches add up to total exactly.
func (a Allocation) UnlockedAfterMonths(total sdkmath.Int, months int) sdkmath.Int {
	switch {
	case months < a.CliffMonths:
		return sdkmath.ZeroInt()
	case months >= a.EndMonths:
		return total
	default:
		return total.MulRaw(int64(months)).QuoRaw(int64(a.EndMonths))
	}
}

// Schedule returns the vesting tranches of a vesting allocation of `total`
// starting at `start`: the cliff tranche, then one per month to EndMonths.
func (a Allocation) Schedule(total sdkmath.Int, start time.Time) ([]Tranche, error) {
	if a.Kind != Vesting {
		return nil, fmt.Errorf("allocation %s does not vest", a.ID)
	}
	if a.CliffMonths < 1 || a.EndMonths < a.CliffMonths {
		return nil, fmt.Errorf("allocation %s: invalid vesting months %d..%d", a.ID, a.CliffMonths, a.EndMonths)
	}
	start = start.UTC()
	tranches := make([]Tranche, 0, a.EndMonths-a.CliffMonths+1)
	prev := sdkmath.ZeroInt()
	for m := a.CliffMonths; m <= a.EndMonths; m++ {
		unlocked := a.UnlockedAfterMonths(total, m)
		tranches = append(tranches, Tranche{Time: start.AddDate(0, m, 0), Amount: unlocked.Sub(prev)})
		prev = unlocked
	}
	return tranches, nil
}

// DenomMetadata is the bank metadata of BTT: base abtt, display btt, 18 decimals.
func DenomMetadata() banktypes.Metadata {
	return banktypes.Metadata{
		Description: "BTT, the native token of BTT chain: 210,000,000 minted once at genesis",
		DenomUnits: []*banktypes.DenomUnit{
			{Denom: BaseDenom, Exponent: 0, Aliases: []string{"attobtt"}},
			{Denom: "btt", Exponent: Decimals, Aliases: []string{"BTT"}},
		},
		Base:    BaseDenom,
		Display: "btt",
		Name:    "BTT",
		Symbol:  "BTT",
	}
}

// InstitutionFeeBudget names the account that pays the institutions' fees before their
// vesting cliffs. The five institutional allocations are all PeriodicVestingAccounts, so
// before the cliff (3 or 6 months) they hold no spendable abtt and could not pay the fee
// of a vote, an unjail or a validator edit. x/feegrant lets another account pay: at genesis
// each institution gets a fee allowance from this account.
//
// The account is a plain account (not a module account: nothing needs a module to move its
// coins) at the deterministic address sha256("institution_fee_budget")[:20], the same
// derivation as a module address, for which nobody holds a private key. Its abtt can
// therefore leave only as fees of the granted messages. It is funded at genesis by a carve-out
// of InstitutionFeeBudgetTotal from the ecosystem growth fund, so nothing is minted and
// `total supply + burned == 210M` holds; the budget equals the sum of the allowances' spend
// limits, so no allowance can be refused for lack of funds and nothing is left stranded
// beyond what institutions leave unused.
const InstitutionFeeBudget = "institution_fee_budget"

// InstitutionFeeAllowanceBTT is each institution's fee spend limit in BTT. At the localnet's
// minimum gas price (1e9 abtt/gas) a 200,000-gas vote costs 0.0002 BTT, so 100 BTT pays for
// about 500,000 such transactions: ample until the cliff, yet a negligible share of the fund.
const InstitutionFeeAllowanceBTT = 100

// InstitutionFeeAllowance is InstitutionFeeAllowanceBTT in abtt.
var InstitutionFeeAllowance = sdkmath.NewIntWithDecimal(InstitutionFeeAllowanceBTT, Decimals)

// InstitutionFeeBudgetFrom is the pool that funds the fee budget.
const InstitutionFeeBudgetFrom = EcosystemGrowthFundPool

// InstitutionFeeBudgetAddress is the fee budget account's address.
func InstitutionFeeBudgetAddress() sdk.AccAddress {
	return authtypes.NewModuleAddress(InstitutionFeeBudget)
}

// InstitutionFeeBudgetTotal is what the fee budget account receives: one allowance per
// institutional (vesting) allocation.
func InstitutionFeeBudgetTotal() sdkmath.Int {
	n := int64(0)
	for _, a := range Table {
		if a.Kind == Vesting {
			n++
		}
	}
	return InstitutionFeeAllowance.MulRaw(n)
}
