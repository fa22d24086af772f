package app_test

import (
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
)

// chainFixture is the real app booted from the allocation genesis with one validator,
// driven block by block.
type chainFixture struct {
	t        *testing.T
	app      *app.BttApp
	operator sdk.AccAddress
	key      *secp256k1.PrivKey
	height   int64
	now      time.Time
	ctx      sdk.Context
}

func bootChain(t *testing.T) *chainFixture {
	t.Helper()
	start := time.Now().UTC().Truncate(time.Second)
	bttApp := app.NewTestApp(t, baseapp.SetChainID(chainID))
	appState, key := app.TestGenesisWithValidatorKey(t, bttApp, chainID, start, 0)
	operator := sdk.AccAddress(key.PubKey().Address())
	stateBz, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = bttApp.InitChain(&abci.RequestInitChain{
		ChainId: chainID, Time: start, AppStateBytes: stateBz, InitialHeight: 1,
		ConsensusParams: simtestutil.DefaultConsensusParams,
	})
	require.NoError(t, err)
	f := &chainFixture{t: t, app: bttApp, operator: operator, key: key, height: 1, now: start}
	f.block(start, nil)
	return f
}

// block finalizes and commits one block at tm (with the given misbehaviour), then points
// f.ctx at the new state.
func (f *chainFixture) block(tm time.Time, misbehavior []abci.Misbehavior) {
	f.t.Helper()
	f.blockTxs(tm, misbehavior)
}

// blockTxs is block with transactions; it returns their results.
func (f *chainFixture) blockTxs(tm time.Time, misbehavior []abci.Misbehavior, txs ...[]byte) []*abci.ExecTxResult {
	f.t.Helper()
	res, err := f.app.FinalizeBlock(&abci.RequestFinalizeBlock{Height: f.height, Time: tm, Misbehavior: misbehavior, Txs: txs})
	require.NoError(f.t, err)
	_, err = f.app.Commit()
	require.NoError(f.t, err)
	f.height++
	f.now = tm
	f.ctx = f.app.NewUncachedContext(false, cmtproto.Header{ChainID: chainID, Height: f.height, Time: tm})
	return res.TxResults
}

// requireSupplyHolds asserts bank total supply of abtt + x/emissions' burned total == 2.1e26
// and x/emissions' invariants, and returns the burned total.
func (f *chainFixture) requireSupplyHolds() sdkmath.Int {
	f.t.Helper()
	supply := f.app.BankKeeper.GetSupply(f.ctx, tokenomics.BaseDenom).Amount
	burned, err := f.app.EmissionsKeeper.Burned.Get(f.ctx)
	require.NoError(f.t, err)
	require.Equal(f.t, tokenomics.TotalSupply.String(), supply.Add(burned).String(),
		"total supply %s + burned %s", supply, burned)
	msg, broken := emissionskeeper.AllInvariants(f.app.EmissionsKeeper)(f.ctx)
	require.False(f.t, broken, msg)
	resp, err := f.app.EmissionsKeeper.Supply(f.ctx)
	require.NoError(f.t, err)
	require.Equal(f.t, tokenomics.TotalSupply.String(), resp.TotalPlusBurned.String())
	return burned
}

// fundFromEcosystem gives addr liquid abtt out of the ecosystem fund (no minting).
func (f *chainFixture) fundFromEcosystem(addr sdk.AccAddress, amt sdkmath.Int) {
	f.t.Helper()
	require.NoError(f.t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, tokenomics.EcosystemGrowthFundPool, addr,
		sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, amt))))
}

func bttAmt(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }

func (f *chainFixture) submitProposal(proposer sdk.AccAddress, deposit sdkmath.Int) uint64 {
	f.t.Helper()
	msg, err := govv1.NewMsgSubmitProposal(nil, sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, deposit)),
		proposer.String(), "burn-test", "burn test", "a proposal whose deposit is burned", false)
	require.NoError(f.t, err)
	res, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).SubmitProposal(f.ctx, msg)
	require.NoError(f.t, err)
	return res.ProposalId
}

func TestVetoedProposalBurnIsCounted(t *testing.T) {
	f := bootChain(t)
	before := f.requireSupplyHolds()
	// The operator (China Oral, an institution and the only validator) proposes and vetoes.
	f.fundFromEcosystem(f.operator, bttAmt(100))
	id := f.submitProposal(f.operator, bttAmt(10))
	_, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).Vote(f.ctx, govv1.NewMsgVote(f.operator, id, govv1.OptionNoWithVeto, ""))
	require.NoError(t, err)
	f.block(f.now.Add(time.Second), nil)
	// Voting period is a minute: the next block after it ends tallies the veto and burns the deposit.
	f.block(f.now.Add(2*time.Minute), nil)
	p, err := f.app.GovKeeper.Proposals.Get(f.ctx, id)
	require.NoError(t, err)
	require.Equal(t, govv1.StatusRejected, p.Status)
	burned := f.requireSupplyHolds()
	require.Equal(t, bttAmt(10).String(), burned.Sub(before).String())
}

func TestCancelledProposalBurnIsCounted(t *testing.T) {
	f := bootChain(t)
	before := f.requireSupplyHolds()
	f.fundFromEcosystem(f.operator, bttAmt(100))
	id := f.submitProposal(f.operator, bttAmt(10))
	f.block(f.now.Add(time.Second), nil)
	_, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).CancelProposal(f.ctx, govv1.NewMsgCancelProposal(id, f.operator.String()))
	require.NoError(t, err)
	f.block(f.now.Add(time.Second), nil)
	burned := f.requireSupplyHolds()
	// proposal_cancel_ratio 0.5 of the 10 BTT deposit is burned.
	require.Equal(t, bttAmt(5).String(), burned.Sub(before).String())
}

func TestDoubleSignSlashBurnIsCounted(t *testing.T) {
	f := bootChain(t)
	f.block(f.now.Add(time.Second), nil)
	before := f.requireSupplyHolds()
	val, err := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(f.operator))
	require.NoError(t, err)
	consAddr, err := val.GetConsAddr()
	require.NoError(t, err)
	tokens := val.Tokens
	// CometBFT reports a duplicate vote at the previous height; x/evidence slashes it.
	f.block(f.now.Add(time.Second), []abci.Misbehavior{{
		Type:             abci.MisbehaviorType_DUPLICATE_VOTE,
		Validator:        abci.Validator{Address: consAddr, Power: val.ConsensusPower(app.PowerReduction)},
		Height:           f.height - 1,
		Time:             f.now,
		TotalVotingPower: val.ConsensusPower(app.PowerReduction),
	}})
	val, err = f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(f.operator))
	require.NoError(t, err)
	require.True(t, val.Jailed)
	slashed := tokens.Sub(val.Tokens)
	require.True(t, slashed.IsPositive(), "the validator was not slashed")
	burned := f.requireSupplyHolds()
	require.Equal(t, slashed.String(), burned.Sub(before).String())
}
