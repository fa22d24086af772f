package keeper_test

import (
	"crypto/sha256"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/testutil/testapp"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	"github.com/btt-chain/btt/chain/x/rwa/keeper"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

const testChainID = "btt-rwa-test-1"

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

type fixture struct {
	t   *testing.T
	app *app.BttApp
	ctx sdk.Context
	k   *keeper.Keeper
	ms  types.MsgServer
	q   types.QueryServer
	gov string
}

func bttAmt(n int64) sdkmath.Int { return testapp.BTT(n) }

// setup boots a real BttApp from the allocation genesis with one validator, commits block 1
// and returns an uncached context on the committed state.
func setup(t *testing.T) *fixture {
	t.Helper()
	a := app.NewTestApp(t, baseapp.SetChainID(testChainID))
	appState, _ := app.TestGenesisWithValidator(t, a, testChainID, t0, time.Minute)
	testapp.InitChain(t, a, testChainID, t0, appState, 1)
	testapp.CommitBlock(t, a, 1, t0)
	ctx := testapp.UncachedContext(a, testChainID, 2, t0.Add(time.Second))
	return &fixture{t: t, app: a, ctx: ctx, k: a.RwaKeeper, ms: keeper.NewMsgServerImpl(a.RwaKeeper),
		q: keeper.NewQueryServerImpl(a.RwaKeeper), gov: authtypes.NewModuleAddress(govtypes.ModuleName).String()}
}

func addr(name string) sdk.AccAddress { return testapp.AddrOf(name) }

func (f *fixture) fund(a sdk.AccAddress, amt sdkmath.Int) {
	// Test accounts are funded from the ecosystem growth fund, so the supply never changes.
	require.NoError(f.t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, tokenomics.EcosystemGrowthFundPool, a,
		sdk.NewCoins(sdk.NewCoin("abtt", amt))))
}

func (f *fixture) balance(a sdk.AccAddress, denom string) sdkmath.Int {
	return f.app.BankKeeper.GetBalance(f.ctx, a, denom).Amount
}

func (f *fixture) burned() sdkmath.Int {
	b, err := f.app.EmissionsKeeper.Burned.Get(f.ctx)
	if err != nil {
		return sdkmath.ZeroInt()
	}
	return b
}

func devFundAddr() sdk.AccAddress { return authtypes.NewModuleAddress(emissionstypes.DevelopmentFund) }

func (f *fixture) advance(d time.Duration) {
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(d)).WithBlockHeight(f.ctx.BlockHeight() + 1).WithEventManager(sdk.NewEventManager())
}

// checkInvariants runs x/rwa's invariants and x/emissions' fixed-supply invariant.
func (f *fixture) checkInvariants() {
	f.t.Helper()
	for name, inv := range map[string]sdk.Invariant{
		"escrow": keeper.EscrowInvariant(f.k), "book": keeper.BookInvariant(f.k), "shares": keeper.SharesInvariant(f.k),
		"supply": emissionskeeper.FixedSupplyInvariant(f.app.EmissionsKeeper),
	} {
		msg, broken := inv(f.ctx)
		require.False(f.t, broken, "%s: %s", name, msg)
	}
}

// snapshot is the exported x/rwa state plus the bank balances and supply: what a refused message must not change.
func (f *fixture) snapshot() string {
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(f.t, err)
	bank := f.app.BankKeeper.ExportGenesis(f.ctx)
	bz, err := json.Marshal([]any{gs, bank.Balances, bank.Supply, bank.DenomMetadata, f.burned().String()})
	require.NoError(f.t, err)
	return string(bz)
}

// refused runs a message handler directly on the committed-state context (no cache) and checks
// that it fails with want and that nothing changed.
func (f *fixture) refused(want error, run func() error) {
	f.t.Helper()
	before := f.snapshot()
	err := run()
	require.ErrorIs(f.t, err, want)
	require.Equal(f.t, before, f.snapshot(), "a refused message changed state: %v", err)
}

const jur = "CN-BJ"

// actors: a regulator, an engineer (technical), a KYC desk, a clinic (owner) and investors.
type actors struct {
	regulator, engineer, kyc, clinic sdk.AccAddress
}

func (f *fixture) addVerifier(a sdk.AccAddress, name string, kinds ...types.AttestationKind) {
	f.t.Helper()
	_, err := f.ms.AddVerifier(f.ctx, &types.MsgAddVerifier{Authority: f.gov, Verifier: a.String(), Name: name, Kinds: kinds, Jurisdictions: []string{jur}})
	require.NoError(f.t, err)
}

func (f *fixture) actors() actors {
	f.t.Helper()
	ac := actors{regulator: addr("regulator"), engineer: addr("engineer"), kyc: addr("kyc"), clinic: addr("clinic")}
	f.addVerifier(ac.regulator, "Beijing Medical Device Authority", types.AttestationKind_ATTESTATION_KIND_REGULATORY)
	f.addVerifier(ac.engineer, "Imaging Equipment Lab", types.AttestationKind_ATTESTATION_KIND_TECHNICAL)
	f.addVerifier(ac.kyc, "KYC Desk", types.AttestationKind_ATTESTATION_KIND_KYC)
	f.fund(ac.clinic, bttAmt(1_000))
	return ac
}

func (f *fixture) credential(ac actors, holder sdk.AccAddress, ttl time.Duration) {
	f.t.Helper()
	_, err := f.ms.IssueCredential(f.ctx, &types.MsgIssueCredential{Issuer: ac.kyc.String(), Holder: holder.String(), Jurisdiction: jur,
		ExpiresAt: f.ctx.BlockTime().Add(ttl).Unix()})
	require.NoError(f.t, err)
}

func registerMsg(owner sdk.AccAddress, shares uint64) *types.MsgRegisterAsset {
	h := sha256.Sum256([]byte("documents of the CBCT scanner"))
	return &types.MsgRegisterAsset{Owner: owner.String(), AssetClass: types.AssetClass_ASSET_CLASS_EQUIPMENT, Name: "CBCT scanner, Chaoyang clinic",
		Jurisdiction: jur, DocumentsSha256: h[:], DocumentsUri: "ipfs://bafy-cbct-docs", AppraisedValue: sdkmath.NewInt(250_000_000),
		Currency: "CNY", ShareCount: shares}
}

func (f *fixture) attest(v sdk.AccAddress, id uint64, kind types.AttestationKind, d types.Decision, reason string) (*types.MsgAttestAssetResponse, error) {
	return f.ms.AttestAsset(f.ctx, &types.MsgAttestAsset{Verifier: v.String(), AssetId: id, Kind: kind, Decision: d, Reason: reason})
}

// tokenizedAsset registers, verifies and tokenizes an asset of the clinic; the clinic is credentialed.
func (f *fixture) tokenizedAsset(ac actors, shares uint64) uint64 {
	f.t.Helper()
	res, err := f.ms.RegisterAsset(f.ctx, registerMsg(ac.clinic, shares))
	require.NoError(f.t, err)
	_, err = f.attest(ac.regulator, res.AssetId, types.AttestationKind_ATTESTATION_KIND_REGULATORY, types.Decision_DECISION_APPROVE, "")
	require.NoError(f.t, err)
	_, err = f.attest(ac.engineer, res.AssetId, types.AttestationKind_ATTESTATION_KIND_TECHNICAL, types.Decision_DECISION_APPROVE, "")
	require.NoError(f.t, err)
	_, err = f.ms.Tokenize(f.ctx, &types.MsgTokenize{Owner: ac.clinic.String(), AssetId: res.AssetId})
	require.NoError(f.t, err)
	f.credential(ac, ac.clinic, 365*24*time.Hour)
	return res.AssetId
}

func (f *fixture) place(owner sdk.AccAddress, asset uint64, side types.Side, price int64, qty uint64) (*types.MsgPlaceOrderResponse, error) {
	return f.ms.PlaceOrder(f.ctx, &types.MsgPlaceOrder{Owner: owner.String(), AssetId: asset, Side: side, Price: sdkmath.NewInt(price), Quantity: qty})
}

func (f *fixture) mustPlace(owner sdk.AccAddress, asset uint64, side types.Side, price int64, qty uint64) *types.MsgPlaceOrderResponse {
	f.t.Helper()
	res, err := f.place(owner, asset, side, price, qty)
	require.NoError(f.t, err)
	return res
}

// inTx runs fn on a cache context and writes it only on success, as a transaction would.
func (f *fixture) inTx(fn func() error) error {
	parent := f.ctx
	cctx, write := parent.CacheContext()
	f.ctx = cctx
	err := fn()
	f.ctx = parent
	if err == nil {
		write()
	}
	return err
}

const (
	buy  = types.Side_SIDE_BUY
	sell = types.Side_SIDE_SELL
)

func collectionsJoin(a, b uint64) collections.Pair[uint64, uint64] { return collections.Join(a, b) }
