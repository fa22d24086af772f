package app_test

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/btt-chain/btt/chain/tokenomics"
)

// sendAtSeq is a bank send from f.operator signed offline with an explicit sequence, as the
// benches pre-sign them.
func (f *chainFixture) sendAtSeq(seq uint64, to sdk.AccAddress) []byte {
	f.t.Helper()
	txCfg := f.app.TxConfig()
	acc := f.app.AccountKeeper.GetAccount(f.ctx, f.operator)
	require.NotNil(f.t, acc)
	b := txCfg.NewTxBuilder()
	require.NoError(f.t, b.SetMsgs(banktypes.NewMsgSend(f.operator, to, sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, sdkmath.NewInt(1000))))))
	b.SetGasLimit(200_000)
	b.SetFeeAmount(sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, sdkmath.NewInt(200_000).MulRaw(1_000_000_000))))
	pub := f.key.PubKey()
	require.NoError(f.t, b.SetSignatures(signingtypes.SignatureV2{PubKey: pub,
		Data: &signingtypes.SingleSignatureData{SignMode: signingtypes.SignMode_SIGN_MODE_DIRECT}, Sequence: seq}))
	sig, err := clienttx.SignWithPrivKey(context.Background(), signingtypes.SignMode_SIGN_MODE_DIRECT,
		authsigning.SignerData{ChainID: chainID, AccountNumber: acc.GetAccountNumber(), Sequence: seq,
			PubKey: pub, Address: f.operator.String()}, b, f.key, txCfg, seq)
	require.NoError(f.t, err)
	require.NoError(f.t, b.SetSignatures(sig))
	bz, err := txCfg.TxEncoder()(b.GetTx())
	require.NoError(f.t, err)
	return bz
}

// TestPrepareProposalOrdersAccountSequences: CometBFT's mempool can hand one account's txs to the
// proposer out of order (n+1 before n: the tx is appended to the mempool's list after CheckTx,
// outside the ABCI mutex, so two peers' copies can swap). In that order n+1 fails in the block with
// "account sequence mismatch"; the proposal handler puts them back in sequence order within their
// slots and leaves out a tx after a gap and one whose sequence is already used.
func TestPrepareProposalOrdersAccountSequences(t *testing.T) {
	f := bootChain(t)
	f.fundFromEcosystem(f.operator, bttAmt(100))
	f.block(f.now.Add(time.Second), nil)
	seq := f.app.AccountKeeper.GetAccount(f.ctx, f.operator).GetSequence()
	to := sdk.AccAddress([]byte("recipient___________"))

	tx0, tx1, tx2 := f.sendAtSeq(seq, to), f.sendAtSeq(seq+1, to), f.sendAtSeq(seq+2, to)
	gap := f.sendAtSeq(seq+4, to)
	stale := f.sendAtSeq(seq-1, to) // already used (the fixture's operator signed at genesis)
	if seq == 0 {
		stale = nil
	}

	in := [][]byte{tx1, tx0, gap, tx2}
	if stale != nil {
		in = append([][]byte{stale}, in...)
	}
	res, err := f.app.PrepareProposal(&abci.RequestPrepareProposal{Txs: in, MaxTxBytes: 1 << 20, Height: f.height, Time: f.now.Add(time.Second)})
	require.NoError(t, err)
	require.Equal(t, [][]byte{tx0, tx1, tx2}, res.Txs, "the account's txs in sequence order, the gap and the stale tx left out")

	results := f.blockTxs(f.now.Add(time.Second), nil, res.Txs...)
	for i, r := range results {
		require.Equal(t, uint32(0), r.Code, "tx %d: %s", i, r.Log)
	}
	require.Equal(t, seq+3, f.app.AccountKeeper.GetAccount(f.ctx, f.operator).GetSequence())

	// The same account's txs out of order in a block (what the proposer reaped before the fix):
	// the first fails with a sequence mismatch.
	a, b := f.sendAtSeq(seq+4, to), f.sendAtSeq(seq+3, to)
	results = f.blockTxs(f.now.Add(time.Second), nil, a, b)
	require.NotEqual(t, uint32(0), results[0].Code)
	require.Contains(t, results[0].Log, "account sequence mismatch")
	require.Equal(t, uint32(0), results[1].Code, results[1].Log)
}
