package keeper_test

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// In-process end to end: a model in genesis; three scripted workers register, a clinic submits
// k = 3, the workers commit and reveal in signed transactions (one with a different output hash);
// the two honest workers are paid, the dissenter is slashed, the clinic is refunded, and at the
// end of the emissions epoch x/emissions pays mining rewards from x/compute's records.
func TestEndToEndSignedTxs(t *testing.T) {
	a := app.NewTestApp(t, baseapp.SetChainID(testChainID))
	appState := allocationGenesis(t, a)
	cdc := a.AppCodec()
	var cg types.GenesisState
	cdc.MustUnmarshalJSON(appState[types.ModuleName], &cg)
	cg.Models = []types.Model{{Id: 1, Name: "caries-v1", OnnxSha256: make32(3), TaskType: "caries_detection", ComputeUnits: 10,
		PriceFloor: bttAmt(1), Canonicalization: "round-1e-3;sha256"}}
	cg.NextModelId = 2
	cg.Params.ReexecutionRate = sdkmath.LegacyZeroDec()
	appState[types.ModuleName] = cdc.MustMarshalJSON(&cg)
	bz, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = a.InitChain(&abci.RequestInitChain{ChainId: testChainID, Time: t0, AppStateBytes: bz,
		ConsensusParams: simtestutil.DefaultConsensusParams, InitialHeight: 1})
	require.NoError(t, err)

	height, now := int64(1), t0
	type acct struct {
		priv     cryptotypes.PrivKey
		addr     sdk.AccAddress
		num, seq uint64
	}
	block := func(txs ...[]byte) []*abci.ExecTxResult {
		res, err := a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: height, Time: now, Txs: txs, Hash: headerHash(height)})
		require.NoError(t, err)
		_, err = a.Commit()
		require.NoError(t, err)
		height++
		now = now.Add(5 * time.Second)
		return res.TxResults
	}
	block()
	ctx := func() sdk.Context {
		return a.NewUncachedContext(false, cmtproto.Header{ChainID: testChainID, Height: height, Time: now})
	}
	newAcct := func(fund sdkmath.Int) *acct {
		priv := secp256k1.GenPrivKey()
		ad := sdk.AccAddress(priv.PubKey().Address())
		c := ctx()
		require.NoError(t, a.BankKeeper.SendCoinsFromModuleToAccount(c, tokenomics.EcosystemGrowthFundPool, ad, sdk.NewCoins(sdk.NewCoin("abtt", fund))))
		return &acct{priv: priv, addr: ad, num: a.AccountKeeper.GetAccount(c, ad).GetAccountNumber()}
	}
	rnd := rand.New(rand.NewSource(7))
	tx := func(from *acct, msg sdk.Msg) []byte {
		stx, err := simtestutil.GenSignedMockTx(rnd, a.TxConfig(), []sdk.Msg{msg}, sdk.NewCoins(), 1_000_000, testChainID,
			[]uint64{from.num}, []uint64{from.seq}, from.priv)
		require.NoError(t, err)
		from.seq++
		b, err := a.TxConfig().TxEncoder()(stx)
		require.NoError(t, err)
		return b
	}
	ok := func(rs []*abci.ExecTxResult) {
		for _, r := range rs {
			require.Equal(t, uint32(0), r.Code, r.Log)
		}
	}
	clinic := newAcct(bttAmt(100))
	workers := []*acct{newAcct(bttAmt(1000)), newAcct(bttAmt(1000)), newAcct(bttAmt(1000))}
	var txs [][]byte
	for _, w := range workers {
		txs = append(txs, tx(w, &types.MsgRegisterNode{Operator: w.addr.String(), NodeClass: types.NodeClass_NODE_CLASS_HOME,
			Region: "CN-BJ", Hardware: "RTX 4090", EnergyClass: "A", X25519Pubkey: make32(5),
			Models: []types.ServedModel{{ModelId: 1, Capacity: 2}}, Stake: bttAmt(100)}))
	}
	ok(block(txs...))
	ok(block(tx(clinic, &types.MsgSubmitTask{Client: clinic.addr.String(), ModelId: 1, InputSha256: make32(8),
		InputLocator: "ipfs://bafy", Urgency: types.Urgency_URGENCY_ROUTINE, Replication: 3, MaxFee: bttAmt(5)})))
	task, err := a.ComputeKeeper.Tasks.Get(ctx(), 1)
	require.NoError(t, err)
	require.Equal(t, types.TaskStatus_TASK_STATUS_COMMIT, task.Status)
	require.Len(t, task.Assignments, 3)

	good, bad := outputHash("tooth 36: caries"), outputHash("nothing")
	outputs := map[string][]byte{workers[0].addr.String(): good, workers[1].addr.String(): good, workers[2].addr.String(): bad}
	salts := map[string][]byte{}
	txs = nil
	for _, w := range workers {
		salts[w.addr.String()] = sha256sum(w.addr)
		txs = append(txs, tx(w, &types.MsgCommitResult{Worker: w.addr.String(), TaskId: 1,
			Commitment: keeper.Commitment(outputs[w.addr.String()], salts[w.addr.String()], w.addr)}))
	}
	ok(block(txs...))
	before := map[string]sdkmath.Int{}
	for _, w := range workers {
		before[w.addr.String()] = a.BankKeeper.GetBalance(ctx(), w.addr, "abtt").Amount
	}
	txs = nil
	for _, w := range workers {
		txs = append(txs, tx(w, &types.MsgRevealResult{Worker: w.addr.String(), TaskId: 1,
			OutputHash: outputs[w.addr.String()], Salt: salts[w.addr.String()]}))
	}
	ok(block(txs...))

	c := ctx()
	task, err = a.ComputeKeeper.Tasks.Get(c, 1)
	require.NoError(t, err)
	require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, task.Status)
	net := bttAmt(1).Sub(sdkmath.LegacyNewDecWithPrec(5, 2).MulInt(bttAmt(1)).TruncateInt())
	require.Equal(t, before[workers[0].addr.String()].Add(net), a.BankKeeper.GetBalance(c, workers[0].addr, "abtt").Amount)
	require.Equal(t, before[workers[1].addr.String()].Add(net), a.BankKeeper.GetBalance(c, workers[1].addr, "abtt").Amount)
	require.Equal(t, before[workers[2].addr.String()], a.BankKeeper.GetBalance(c, workers[2].addr, "abtt").Amount)
	require.Equal(t, bttAmt(98), a.BankKeeper.GetBalance(c, clinic.addr, "abtt").Amount)
	n, err := a.ComputeKeeper.Nodes.Get(c, workers[2].addr)
	require.NoError(t, err)
	require.Equal(t, bttAmt(99), n.Stake)
	msg, broken := keeper.EscrowInvariant(a.ComputeKeeper)(c)
	require.False(t, broken, msg)

	// A refused message in a tx fails the tx and changes nothing.
	res := block(tx(workers[0], &types.MsgRevealResult{Worker: workers[0].addr.String(), TaskId: 1, OutputHash: good, Salt: salts[workers[0].addr.String()]}))
	require.Equal(t, types.ErrAlreadyRevealed.ABCICode(), res[0].Code)
	require.Equal(t, types.ModuleName, res[0].Codespace)

	// Past the 1-minute emissions epoch, x/emissions pays the honest workers from their compute records.
	epoch := a.ComputeKeeper.CurrentEpoch(ctx())
	for i := 0; i < 14; i++ {
		block()
	}
	require.Greater(t, a.ComputeKeeper.CurrentEpoch(ctx()), epoch)
	c = ctx()
	for i, w := range workers {
		r, err := a.EmissionsKeeper.NodeRewards.Get(c, collections.Join(epoch, w.addr.String()))
		if i < 2 {
			require.NoError(t, err, "worker %d has a reward record", i)
			require.True(t, r.Payout.IsPositive(), "worker %d payout %s", i, r.Payout)
			t.Logf("worker %d: epoch %d payout %s abtt (units %d)", i, epoch, r.Payout, r.ComputeUnits)
		} else if err == nil {
			require.True(t, r.Payout.IsZero(), "the dissenter earned %s", r.Payout)
		}
	}
}
