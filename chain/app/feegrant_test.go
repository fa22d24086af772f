package app_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"

	"github.com/btt-chain/btt/chain/tokenomics"
)

// signedTx signs msgs with f.key (direct mode) paying fee, through granter when set.
func (f *chainFixture) signedTx(fee sdkmath.Int, granter sdk.AccAddress, msgs ...sdk.Msg) []byte {
	f.t.Helper()
	txCfg := f.app.TxConfig()
	acc := f.app.AccountKeeper.GetAccount(f.ctx, f.operator)
	require.NotNil(f.t, acc)
	b := txCfg.NewTxBuilder()
	require.NoError(f.t, b.SetMsgs(msgs...))
	b.SetGasLimit(300_000)
	b.SetFeeAmount(sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, fee)))
	if granter != nil {
		b.SetFeeGranter(granter)
	}
	pub := f.key.PubKey()
	require.NoError(f.t, b.SetSignatures(signingtypes.SignatureV2{PubKey: pub,
		Data: &signingtypes.SingleSignatureData{SignMode: signingtypes.SignMode_SIGN_MODE_DIRECT}, Sequence: acc.GetSequence()}))
	sig, err := clienttx.SignWithPrivKey(context.Background(), signingtypes.SignMode_SIGN_MODE_DIRECT,
		authsigning.SignerData{ChainID: chainID, AccountNumber: acc.GetAccountNumber(), Sequence: acc.GetSequence(),
			PubKey: pub, Address: f.operator.String()}, b, f.key, txCfg, acc.GetSequence())
	require.NoError(f.t, err)
	require.NoError(f.t, b.SetSignatures(sig))
	bz, err := txCfg.TxEncoder()(b.GetTx())
	require.NoError(f.t, err)
	return bz
}

// TestVestingInstitutionVotesWithGenesisFeeGrant: China Oral's allocation is all vesting with
// a 6-month cliff, so on day one it cannot pay a vote's fee itself; with fee_granter set to the
// institution fee budget its signed vote goes through the ante handler and is counted.
func TestVestingInstitutionVotesWithGenesisFeeGrant(t *testing.T) {
	f := bootChain(t)
	require.True(t, f.app.BankKeeper.SpendableCoins(f.ctx, f.operator).IsZero(), "the institution must be before its cliff")

	proposer := sdk.AccAddress([]byte("proposer____________"))
	f.fundFromEcosystem(proposer, bttAmt(100))
	id := f.submitProposal(proposer, bttAmt(10))
	f.block(f.now.Add(time.Second), nil)
	fee := sdkmath.NewInt(300_000).MulRaw(1_000_000_000) // 300k gas at 1e9 abtt/gas
	vote := govv1.NewMsgVote(f.operator, id, govv1.OptionYes, "")

	// Without a granter the fee cannot be paid from locked coins.
	res := f.blockTxs(f.now.Add(time.Second), nil, f.signedTx(fee, nil, vote))
	require.NotEqual(t, uint32(0), res[0].Code)
	require.Contains(t, res[0].Log, "insufficient funds")

	budget := tokenomics.InstitutionFeeBudgetAddress()
	budgetBefore := f.app.BankKeeper.GetBalance(f.ctx, budget, tokenomics.BaseDenom).Amount
	require.Equal(t, tokenomics.InstitutionFeeBudgetTotal().String(), budgetBefore.String())
	res = f.blockTxs(f.now.Add(time.Second), nil, f.signedTx(fee, budget, vote))
	require.Equal(t, uint32(0), res[0].Code, res[0].Log)
	_, err := f.app.GovKeeper.Votes.Get(f.ctx, collectionsJoin(id, f.operator))
	require.NoError(t, err, "the vote was not recorded")
	require.Equal(t, budgetBefore.Sub(fee).String(), f.app.BankKeeper.GetBalance(f.ctx, budget, tokenomics.BaseDenom).Amount.String())
	// The vesting coins did not move.
	require.True(t, f.app.BankKeeper.SpendableCoins(f.ctx, f.operator).IsZero())
	f.requireSupplyHolds()

	// The allowance pays only the listed messages: a bank send is refused by the ante handler.
	send := banktypes.NewMsgSend(f.operator, proposer, sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, sdkmath.OneInt())))
	res = f.blockTxs(f.now.Add(time.Second), nil, f.signedTx(fee, budget, send))
	require.NotEqual(t, uint32(0), res[0].Code)
	require.Contains(t, res[0].Log, "does not allow to pay fees")
}

func collectionsJoin(id uint64, voter sdk.AccAddress) collections.Pair[uint64, sdk.AccAddress] {
	return collections.Join(id, voter)
}
