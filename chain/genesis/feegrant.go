package genesis

import (
	"cosmossdk.io/x/feegrant"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/tokenomics"
)

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

// InstitutionFeeGrants returns the genesis fee allowances: each recipient of a vesting
// allocation may have tokenomics.InstitutionFeeBudget pay up to
// tokenomics.InstitutionFeeAllowance of fees for
// InstitutionFeeAllowedMsgs. They do not expire: an institution that never spends it keeps it.
func InstitutionFeeGrants(recipients []sdk.AccAddress) ([]feegrant.Grant, error) {
	granter := tokenomics.InstitutionFeeBudgetAddress()
	var grants []feegrant.Grant
	for _, grantee := range recipients {
		basic := &feegrant.BasicAllowance{SpendLimit: coins(tokenomics.InstitutionFeeAllowance)}
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
