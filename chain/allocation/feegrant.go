package allocation

import (
	sdkmath "cosmossdk.io/math"
	"cosmossdk.io/x/feegrant"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
)

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

// InstitutionFeeAllowedMsgs are the only messages whose fees the allowance pays: governance
// votes and deposits, validator upkeep (edit, unjail, delegating vesting tokens, withdrawing
// rewards and commission, which gives the institution liquid abtt of its own) and x/wgov's
// community-representative election.
var InstitutionFeeAllowedMsgs = []string{
	"/cosmos.gov.v1.MsgVote",
	"/cosmos.gov.v1.MsgVoteWeighted",
	"/cosmos.gov.v1.MsgDeposit",
	"/cosmos.gov.v1beta1.MsgVote",
	"/cosmos.gov.v1beta1.MsgVoteWeighted",
	"/cosmos.gov.v1beta1.MsgDeposit",
	"/cosmos.staking.v1beta1.MsgEditValidator",
	"/cosmos.staking.v1beta1.MsgDelegate",
	"/cosmos.slashing.v1beta1.MsgUnjail",
	"/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
	"/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission",
	"/btt.wgov.v1.MsgNominate",
	"/btt.wgov.v1.MsgVoteRepresentative",
}

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

// InstitutionFeeGrants returns the genesis fee allowances: each recipient of a vesting
// allocation may have InstitutionFeeBudget pay up to InstitutionFeeAllowance of fees for
// InstitutionFeeAllowedMsgs. They do not expire: an institution that never spends it keeps it.
func InstitutionFeeGrants(recipients []sdk.AccAddress) ([]feegrant.Grant, error) {
	granter := InstitutionFeeBudgetAddress()
	var grants []feegrant.Grant
	for _, grantee := range recipients {
		basic := &feegrant.BasicAllowance{SpendLimit: coins(InstitutionFeeAllowance)}
		allowed, err := feegrant.NewAllowedMsgAllowance(basic, InstitutionFeeAllowedMsgs)
		if err != nil {
			return nil, err
		}
		g, err := feegrant.NewGrant(granter, grantee, allowed)
		if err != nil {
			return nil, err
		}
		grants = append(grants, g)
	}
	return grants, nil
}
