package keeper_test

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/authz"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	ibctransfertypes "github.com/cosmos/ibc-go/v10/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v10/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v10/modules/core/04-channel/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/rwa/keeper"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// In-process end to end with signed transactions: verifiers from genesis; a clinic registers an
// asset, two verifiers approve it, the clinic tokenizes it, a KYC verifier credentials an investor,
// the investor buys shares on the book. Shares then cannot reach an uncredentialed account by
// MsgSend, MsgMultiSend, authz MsgExec or an ICS-20 MsgTransfer out (its escrow send); after revocation
// the investor's orders are refused.
func TestEndToEndSignedTxs(t *testing.T) {
	type acct struct {
		priv     cryptotypes.PrivKey
		addr     sdk.AccAddress
		num, seq uint64
	}
	key := func() *acct {
		priv := secp256k1.GenPrivKey()
		return &acct{priv: priv, addr: sdk.AccAddress(priv.PubKey().Address())}
	}
	regulator, engineer, kycDesk, clinic, investor, stranger := key(), key(), key(), key(), key(), key()

	a := app.NewTestApp(t, baseapp.SetChainID(testChainID))
	appState, _ := app.TestGenesisWithValidator(t, a, testChainID, t0, time.Minute)
	cdc := a.AppCodec()
	var rg types.GenesisState
	cdc.MustUnmarshalJSON(appState[types.ModuleName], &rg)
	for _, v := range []struct {
		a    *acct
		kind types.AttestationKind
	}{{regulator, regulatory}, {engineer, technical}, {kycDesk, kyc}} {
		rg.Verifiers = append(rg.Verifiers, types.Verifier{Address: v.a.addr.String(), Name: v.kind.String(), Kinds: []types.AttestationKind{v.kind}, Jurisdictions: []string{jur}})
	}
	appState[types.ModuleName] = cdc.MustMarshalJSON(&rg)
	bz, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = a.InitChain(&abci.RequestInitChain{ChainId: testChainID, Time: t0, AppStateBytes: bz,
		ConsensusParams: simtestutil.DefaultConsensusParams, InitialHeight: 1})
	require.NoError(t, err)

	height, now := int64(1), t0
	block := func(txs ...[]byte) []*abci.ExecTxResult {
		res, err := a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: height, Time: now, Txs: txs})
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
	for _, ac := range []*acct{regulator, engineer, kycDesk, clinic, investor, stranger} {
		c := ctx()
		require.NoError(t, a.BankKeeper.SendCoinsFromModuleToAccount(c, tokenomics.EcosystemGrowthFundPool, ac.addr, sdk.NewCoins(sdk.NewCoin("abtt", bttAmt(1_000)))))
		ac.num = a.AccountKeeper.GetAccount(c, ac.addr).GetAccountNumber()
	}
	rnd := rand.New(rand.NewSource(7))
	tx := func(from *acct, msgs ...sdk.Msg) []byte {
		stx, err := simtestutil.GenSignedMockTx(rnd, a.TxConfig(), msgs, sdk.NewCoins(), 2_000_000, testChainID,
			[]uint64{from.num}, []uint64{from.seq}, from.priv)
		require.NoError(t, err)
		from.seq++
		b, err := a.TxConfig().TxEncoder()(stx)
		require.NoError(t, err)
		return b
	}
	ok := func(rs []*abci.ExecTxResult) {
		t.Helper()
		for _, r := range rs {
			require.Equal(t, uint32(0), r.Code, r.Log)
		}
	}
	refused := func(rs []*abci.ExecTxResult, want uint32) {
		t.Helper()
		require.Len(t, rs, 1)
		require.Equal(t, types.ModuleName, rs[0].Codespace, rs[0].Log)
		require.Equal(t, want, rs[0].Code, rs[0].Log)
	}
	invariants := func() {
		t.Helper()
		c := ctx()
		for _, inv := range []sdk.Invariant{keeper.EscrowInvariant(a.RwaKeeper), keeper.BookInvariant(a.RwaKeeper), keeper.SharesInvariant(a.RwaKeeper),
			emissionskeeper.FixedSupplyInvariant(a.EmissionsKeeper)} {
			msg, broken := inv(c)
			require.False(t, broken, msg)
		}
	}

	reg := registerMsg(clinic.addr, 1_000)
	ok(block(tx(clinic, reg)))
	refused(block(tx(clinic, &types.MsgTokenize{Owner: clinic.addr.String(), AssetId: 1})), types.ErrAssetNotVerified.ABCICode())
	refused(block(tx(engineer, &types.MsgAttestAsset{Verifier: engineer.addr.String(), AssetId: 1, Kind: regulatory, Decision: approve})), types.ErrNotAuthorizedKind.ABCICode())
	ok(block(
		tx(regulator, &types.MsgAttestAsset{Verifier: regulator.addr.String(), AssetId: 1, Kind: regulatory, Decision: approve}),
		tx(engineer, &types.MsgAttestAsset{Verifier: engineer.addr.String(), AssetId: 1, Kind: technical, Decision: approve}),
	))
	burnedBefore, err := a.EmissionsKeeper.Burned.Get(ctx())
	require.NoError(t, err)
	ok(block(tx(clinic, &types.MsgTokenize{Owner: clinic.addr.String(), AssetId: 1})))
	refused(block(tx(clinic, &types.MsgTokenize{Owner: clinic.addr.String(), AssetId: 1})), types.ErrAlreadyTokenized.ABCICode())
	burned, err := a.EmissionsKeeper.Burned.Get(ctx())
	require.NoError(t, err)
	p := a.RwaKeeper.GetParams(ctx())
	require.Equal(t, burnedBefore.Add(p.TokenizeBurnFraction.MulInt(p.TokenizeFee).TruncateInt()), burned, "tokenize fee burned")

	expires := now.Add(24 * time.Hour).Unix()
	ok(block(
		tx(kycDesk, &types.MsgIssueCredential{Issuer: kycDesk.addr.String(), Holder: clinic.addr.String(), Jurisdiction: jur, ExpiresAt: expires}),
		tx(kycDesk, &types.MsgIssueCredential{Issuer: kycDesk.addr.String(), Holder: investor.addr.String(), Jurisdiction: jur, ExpiresAt: expires}),
	))
	price := sdkmath.NewInt(2e15) // 0.002 BTT per share
	ok(block(tx(clinic, &types.MsgPlaceOrder{Owner: clinic.addr.String(), AssetId: 1, Side: sell, Price: price, Quantity: 400})))
	refused(block(tx(stranger, &types.MsgPlaceOrder{Owner: stranger.addr.String(), AssetId: 1, Side: buy, Price: price, Quantity: 1})), types.ErrNoCredential.ABCICode())
	ok(block(tx(investor, &types.MsgPlaceOrder{Owner: investor.addr.String(), AssetId: 1, Side: buy, Price: price, Quantity: 150})))
	shares := func(who *acct) int64 { return a.BankKeeper.GetBalance(ctx(), who.addr, "rwa/1").Amount.Int64() }
	require.Equal(t, int64(150), shares(investor))
	invariants()

	denom := "rwa/1"
	ten := sdk.NewCoins(sdk.NewInt64Coin(denom, 10))
	// MsgSend to an uncredentialed account.
	refused(block(tx(investor, &banktypes.MsgSend{FromAddress: investor.addr.String(), ToAddress: stranger.addr.String(), Amount: ten})),
		types.ErrTransferNotCompliant.ABCICode())
	// MsgMultiSend with one uncredentialed output.
	refused(block(tx(investor, &banktypes.MsgMultiSend{
		Inputs:  []banktypes.Input{banktypes.NewInput(investor.addr, sdk.NewCoins(sdk.NewInt64Coin(denom, 20)))},
		Outputs: []banktypes.Output{banktypes.NewOutput(clinic.addr, ten), banktypes.NewOutput(stranger.addr, ten)},
	})), types.ErrTransferNotCompliant.ABCICode())
	// authz: the investor lets the stranger send on its behalf; MsgExec of a send to the stranger is refused.
	grant, err := authz.NewMsgGrant(investor.addr, stranger.addr, authz.NewGenericAuthorization(sdk.MsgTypeURL(&banktypes.MsgSend{})), nil)
	require.NoError(t, err)
	ok(block(tx(investor, grant)))
	exec := authz.NewMsgExec(stranger.addr, []sdk.Msg{&banktypes.MsgSend{FromAddress: investor.addr.String(), ToAddress: stranger.addr.String(), Amount: ten}})
	refused(block(tx(stranger, &exec)), types.ErrTransferNotCompliant.ABCICode())
	// The ICS-20 escrow account of a channel is the receiver of a transfer out: a plain send to it
	// and the transfer keeper's own send path (SendTransfer -> EscrowCoin) are both refused.
	escrow := ibctransfertypes.GetEscrowAddress(ibctransfertypes.PortID, "channel-0")
	refused(block(tx(investor, &banktypes.MsgSend{FromAddress: investor.addr.String(), ToAddress: escrow.String(), Amount: ten})),
		types.ErrTransferNotCompliant.ABCICode())
	// A signed ICS-20 MsgTransfer over an open channel (set in state; no counterparty is needed
	// because the escrow send comes before the packet is sent) is refused by the restriction.
	c := ctx()
	a.IBCKeeper.ChannelKeeper.SetChannel(c, ibctransfertypes.PortID, "channel-0", channeltypes.NewChannel(channeltypes.OPEN, channeltypes.UNORDERED,
		channeltypes.NewCounterparty(ibctransfertypes.PortID, "channel-7"), []string{"connection-0"}, ibctransfertypes.V1))
	refused(block(tx(investor, ibctransfertypes.NewMsgTransfer(ibctransfertypes.PortID, "channel-0", sdk.NewInt64Coin(denom, 10),
		investor.addr.String(), "cosmos1receiver", clienttypes.ZeroHeight(), uint64(now.Add(time.Hour).UnixNano()), ""))),
		types.ErrTransferNotCompliant.ABCICode())
	c = ctx()
	token, err := a.TransferKeeper.TokenFromCoin(c, sdk.NewInt64Coin(denom, 10))
	require.NoError(t, err)
	err = a.TransferKeeper.SendTransfer(c, ibctransfertypes.PortID, "channel-0", token, investor.addr)
	require.ErrorIs(t, err, types.ErrTransferNotCompliant)
	require.True(t, a.BankKeeper.GetBalance(c, escrow, denom).Amount.IsZero())
	require.Equal(t, int64(150), shares(investor))
	require.Equal(t, int64(0), shares(stranger))

	// Between credentialed accounts every path works: a send and an authz exec back to the clinic.
	ok(block(tx(investor, &banktypes.MsgSend{FromAddress: investor.addr.String(), ToAddress: clinic.addr.String(), Amount: ten})))
	grant2, err := authz.NewMsgGrant(investor.addr, clinic.addr, authz.NewGenericAuthorization(sdk.MsgTypeURL(&banktypes.MsgSend{})), nil)
	require.NoError(t, err)
	ok(block(tx(investor, grant2)))
	exec2 := authz.NewMsgExec(clinic.addr, []sdk.Msg{&banktypes.MsgSend{FromAddress: investor.addr.String(), ToAddress: clinic.addr.String(), Amount: ten}})
	ok(block(tx(clinic, &exec2)))
	require.Equal(t, int64(130), shares(investor))

	// A resting bid of the investor, below the clinic's ask.
	ok(block(tx(investor, &types.MsgPlaceOrder{Owner: investor.addr.String(), AssetId: 1, Side: buy, Price: sdkmath.NewInt(1e15), Quantity: 5})))
	// Revocation blocks further trades and transfers.
	ok(block(tx(kycDesk, &types.MsgRevokeCredential{Issuer: kycDesk.addr.String(), Holder: investor.addr.String(), Jurisdiction: jur})))
	refused(block(tx(investor, &types.MsgPlaceOrder{Owner: investor.addr.String(), AssetId: 1, Side: buy, Price: price, Quantity: 1})), types.ErrNoCredential.ABCICode())
	refused(block(tx(investor, &banktypes.MsgSend{FromAddress: investor.addr.String(), ToAddress: clinic.addr.String(), Amount: ten})),
		types.ErrTransferNotCompliant.ABCICode())
	// Anyone (here the uncredentialed stranger) prunes the now-lapsed bid; its escrow goes back to the investor.
	refused(block(tx(stranger, &types.MsgPruneLapsedOrders{Signer: stranger.addr.String(), AssetId: 1, Side: buy, Limit: 0})), types.ErrInvalidPrune.ABCICode())
	btt0 := a.BankKeeper.GetBalance(ctx(), investor.addr, "abtt").Amount
	ok(block(tx(stranger, &types.MsgPruneLapsedOrders{Signer: stranger.addr.String(), AssetId: 1, Side: buy, Limit: 10})))
	require.Equal(t, btt0.Add(sdkmath.NewInt(5e15)), a.BankKeeper.GetBalance(ctx(), investor.addr, "abtt").Amount)
	n, err := a.RwaKeeper.OpenOrders.Get(ctx(), investor.addr)
	require.Error(t, err, "no resting order left: %d", n)
	invariants()
}
