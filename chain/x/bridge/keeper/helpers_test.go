package keeper_test

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdked25519 "github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/bridge/keeper"
	"github.com/btt-chain/btt/chain/x/bridge/types"
)

const testChainID = "btt-bridge-test-1"

var (
	t0         = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	testBridge = "0x" + hex.EncodeToString(crypto.Keccak256([]byte("btt-bridge-test")))
	bridgeAddr = "0x1111111111111111111111111111111111111111"
	wbttAddr   = common.HexToAddress("0x2222222222222222222222222222222222222222").Hex()
	usdcAddr   = common.HexToAddress("0x3333333333333333333333333333333333333333").Hex()
	ethUser    = common.HexToAddress("0x4444444444444444444444444444444444444444").Hex()
)

type val struct {
	operator sdk.AccAddress
	valoper  string
	orch     sdk.AccAddress
	eth      *ecdsa.PrivateKey
	ethAddr  string
}

type fixture struct {
	t    *testing.T
	app  *app.BttApp
	ctx  sdk.Context
	k    keeper.Keeper
	ms   types.MsgServer
	q    types.QueryServer
	gov  string
	vals []*val
	// evNonce is the next Ethereum event nonce the fake contract emits.
	evNonce uint64
	ethH    uint64
}

func bttAmt(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }

func addr(name string) sdk.AccAddress {
	h := sha256.Sum256([]byte(name))
	return sdk.AccAddress(h[:20])
}

func ethKey(name string) *ecdsa.PrivateKey {
	h := sha256.Sum256([]byte("eth:" + name))
	k, err := crypto.ToECDSA(h[:])
	if err != nil {
		panic(err)
	}
	return k
}

// setup boots a BttApp with one genesis validator, sets the bridge params (id, contracts) and returns a
// fixture whose first validator (vals[0]) has no orchestrator yet.
func setup(t *testing.T) *fixture {
	t.Helper()
	a := app.NewTestApp(t, baseapp.SetChainID(testChainID))
	appState, operator := app.TestGenesisWithValidator(t, a, testChainID, t0, time.Minute)
	state, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = a.InitChain(&abci.RequestInitChain{ChainId: testChainID, Time: t0, AppStateBytes: state,
		ConsensusParams: simtestutil.DefaultConsensusParams, InitialHeight: 1})
	require.NoError(t, err)
	_, err = a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: 1, Time: t0})
	require.NoError(t, err)
	_, err = a.Commit()
	require.NoError(t, err)
	ctx := a.NewUncachedContext(false, cmtproto.Header{ChainID: testChainID, Height: 2, Time: t0.Add(time.Second)})
	f := &fixture{t: t, app: a, ctx: ctx, k: a.BridgeKeeper, ms: keeper.NewMsgServerImpl(a.BridgeKeeper),
		q: keeper.NewQueryServerImpl(a.BridgeKeeper), gov: authtypes.NewModuleAddress(govtypes.ModuleName).String(), evNonce: 1, ethH: 100}
	p := types.DefaultParams()
	p.BridgeId, p.BridgeContract, p.WrappedBttContract = testBridge, bridgeAddr, wbttAddr
	p.AutoBatchBlocks = 0
	p.MinBridgeFees = nil                           // most tests send with no fee; hardening_test.go sets a minimum
	p.Polkadot.MinWithdrawalFee = sdkmath.ZeroInt() // likewise for Polkadot withdrawals; polkadot_spam_test.go sets one
	_, err = f.ms.UpdateParams(ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	f.vals = append(f.vals, &val{operator: operator, valoper: sdk.ValAddress(operator).String(), orch: addr("orch0"),
		eth: ethKey("v0"), ethAddr: crypto.PubkeyToAddress(ethKey("v0").PublicKey).Hex()})
	return f
}

func (f *fixture) fund(a sdk.AccAddress, amt sdkmath.Int) {
	require.NoError(f.t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, tokenomics.EcosystemGrowthFundPool, a,
		sdk.NewCoins(sdk.NewCoin("abtt", amt))))
}

func (f *fixture) balance(a sdk.AccAddress, denom string) sdkmath.Int {
	return f.app.BankKeeper.GetBalance(f.ctx, a, denom).Amount
}

// addValidator creates and bonds a validator with stake BTT (staking's EndBlocker runs).
func (f *fixture) addValidator(name string, stake int64) *val {
	op := addr("op:" + name)
	f.fund(op, bttAmt(stake+10))
	pk := sdked25519.GenPrivKeyFromSecret([]byte(name)).PubKey()
	msg, err := stakingtypes.NewMsgCreateValidator(sdk.ValAddress(op).String(), pk, sdk.NewCoin("abtt", bttAmt(stake)),
		stakingtypes.NewDescription(name, "", "", "", ""),
		stakingtypes.NewCommissionRates(sdkmath.LegacyNewDecWithPrec(5, 2), sdkmath.LegacyNewDecWithPrec(20, 2), sdkmath.LegacyNewDecWithPrec(1, 2)),
		sdkmath.OneInt())
	require.NoError(f.t, err)
	_, err = stakingkeeper.NewMsgServerImpl(f.app.StakingKeeper).CreateValidator(f.ctx, msg)
	require.NoError(f.t, err)
	_, err = f.app.StakingKeeper.EndBlocker(f.ctx)
	require.NoError(f.t, err)
	v := &val{operator: op, valoper: sdk.ValAddress(op).String(), orch: addr("orch:" + name), eth: ethKey(name),
		ethAddr: crypto.PubkeyToAddress(ethKey(name).PublicKey).Hex()}
	f.vals = append(f.vals, v)
	return v
}

func sign(key *ecdsa.PrivateKey, digest [32]byte) string {
	h := types.SignedMessageHash(digest)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		panic(err)
	}
	sig[64] += 27
	return "0x" + hex.EncodeToString(sig)
}

func bridgeID(s string) [32]byte {
	id, _, err := types.ParseBridgeID(s)
	if err != nil {
		panic(err)
	}
	return id
}

func (f *fixture) setOrchMsg(v *val) *types.MsgSetOrchestrator {
	d, err := keeper.SetOrchestratorDigest(bridgeID(testBridge), v.valoper, v.orch.String())
	require.NoError(f.t, err)
	return &types.MsgSetOrchestrator{Operator: v.operator.String(), Orchestrator: v.orch.String(), EthAddress: v.ethAddr, EthSignature: sign(v.eth, d)}
}

func (f *fixture) register(v *val) {
	_, err := f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(v))
	require.NoError(f.t, err)
}

// nextBlock moves to the next block and runs x/bridge's EndBlocker there.
func (f *fixture) endBlock() {
	require.NoError(f.t, f.k.EndBlocker(f.ctx))
	require.NoError(f.t, f.k.PolkadotEndBlocker(f.ctx))
	f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1).WithBlockTime(f.ctx.BlockTime().Add(5 * time.Second))
}

func (f *fixture) checkInvariant() {
	require.NoError(f.t, f.k.CheckEscrow(f.ctx))
	require.NoError(f.t, f.k.CheckPendingIndex(f.ctx))
}

func (f *fixture) valsetCheckpoint(nonce uint64) [32]byte {
	vs, err := f.k.Valsets.Get(f.ctx, nonce)
	require.NoError(f.t, err)
	ev, err := vs.ToEth()
	require.NoError(f.t, err)
	d, err := ev.Checkpoint(bridgeID(testBridge))
	require.NoError(f.t, err)
	return d
}

// claimAll makes every registered validator in vs attest claim (built for the fixture's next event nonce).
func (f *fixture) claimAll(vs []*val, mk func(nonce uint64) types.Claim) {
	n := f.evNonce
	f.evNonce++
	for _, v := range vs {
		_, err := f.claim(v, mk(n))
		require.NoError(f.t, err)
	}
}

func (f *fixture) claim(v *val, c types.Claim) (*types.MsgClaimResponse, error) {
	switch k := c.Kind.(type) {
	case *types.Claim_Deposit:
		return f.ms.DepositClaim(f.ctx, &types.MsgDepositClaim{Orchestrator: v.orch.String(), Claim: *k.Deposit})
	case *types.Claim_BatchExecuted:
		return f.ms.BatchExecutedClaim(f.ctx, &types.MsgBatchExecutedClaim{Orchestrator: v.orch.String(), Claim: *k.BatchExecuted})
	case *types.Claim_ValsetUpdated:
		return f.ms.ValsetUpdatedClaim(f.ctx, &types.MsgValsetUpdatedClaim{Orchestrator: v.orch.String(), Claim: *k.ValsetUpdated})
	}
	panic("empty claim")
}

func (f *fixture) deposit(nonce uint64, token string, amt sdkmath.Int, receiver string) types.Claim {
	f.ethH++
	return types.Claim{Kind: &types.Claim_Deposit{Deposit: &types.DepositClaim{EventNonce: nonce, EthereumHeight: f.ethH,
		TokenContract: token, Amount: amt, EthereumSender: ethUser, BttReceiver: receiver}}}
}

func (f *fixture) executed(nonce uint64, token string, batch uint64) types.Claim {
	f.ethH++
	return types.Claim{Kind: &types.Claim_BatchExecuted{BatchExecuted: &types.BatchExecutedClaim{EventNonce: nonce, EthereumHeight: f.ethH,
		TokenContract: token, BatchNonce: batch}}}
}

func (f *fixture) valsetUpdated(nonce, valsetNonce uint64, members []types.ValsetMember) types.Claim {
	f.ethH++
	return types.Claim{Kind: &types.Claim_ValsetUpdated{ValsetUpdated: &types.ValsetUpdatedClaim{EventNonce: nonce, EthereumHeight: f.ethH,
		ValsetNonce: valsetNonce, Members: members}}}
}

// bootstrap registers vals[0], stores valset 1 and has the contract's genesis ValsetUpdatedEvent (event 1)
// observed, so that batches can be made (an Ethereum height is known).
func (f *fixture) bootstrap() {
	f.register(f.vals[0])
	f.endBlock()
	vs, err := f.k.Valsets.Get(f.ctx, 1)
	require.NoError(f.t, err)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.valsetUpdated(n, 1, vs.Members) })
	require.Equal(f.t, uint64(1), f.lastObserved())
}

func (f *fixture) lastObserved() uint64 {
	r, err := f.q.LastObserved(f.ctx, &types.QueryLastObservedRequest{})
	require.NoError(f.t, err)
	return r.EventNonce
}

// exportState is the module's exported genesis (for unchanged-state assertions).
func (f *fixture) exportState() *types.GenesisState {
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(f.t, err)
	return gs
}

func keeperEthAddr(v *val) string { return crypto.PubkeyToAddress(v.eth.PublicKey).Hex() }

// allInvariants checks every invariant the app registers (x/emissions' fixed supply with burns
// included, and x/bridge's escrow).
func (f *fixture) allInvariants() {
	f.t.Helper()
	for _, inv := range f.app.Invariants() {
		msg, broken := inv.Invariant(f.ctx)
		require.False(f.t, broken, "%s/%s: %s", inv.Module, inv.Route, msg)
	}
}
