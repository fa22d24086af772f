package keeper_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	healthkeeper "github.com/btt-chain/btt/chain/x/health/keeper"
	healthtypes "github.com/btt-chain/btt/chain/x/health/types"
	"github.com/btt-chain/btt/chain/x/payfi/keeper"
	"github.com/btt-chain/btt/chain/x/payfi/types"
	rwakeeper "github.com/btt-chain/btt/chain/x/rwa/keeper"
	rwatypes "github.com/btt-chain/btt/chain/x/rwa/types"
)

const testChainID = "btt-payfi-test-1"

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

type fixture struct {
	t   testing.TB
	app *app.BttApp
	ctx sdk.Context
	k   keeper.Keeper
	ms  types.MsgServer
	q   types.QueryServer
	hms healthtypes.MsgServer
	gov string
}

func setup(t testing.TB) *fixture {
	t.Helper()
	a := app.NewTestApp(t, baseapp.SetChainID(testChainID))
	appState, _ := app.TestGenesisWithValidator(t, a, testChainID, t0, time.Minute)
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
	f := &fixture{t: t, app: a, ctx: ctx, k: a.PayfiKeeper, ms: keeper.NewMsgServerImpl(a.PayfiKeeper),
		q: keeper.NewQueryServerImpl(a.PayfiKeeper), hms: healthkeeper.NewMsgServerImpl(a.HealthKeeper),
		gov: authtypes.NewModuleAddress(govtypes.ModuleName).String()}
	_, err = a.HealthKeeper.BeginEpoch(f.ctx)
	require.NoError(t, err)
	return f
}

func addr(name string) sdk.AccAddress {
	h := sha256.Sum256([]byte(name))
	return sdk.AccAddress(h[:20])
}

func btt(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }

func (f *fixture) fund(a sdk.AccAddress, amt sdkmath.Int) {
	// Test accounts are funded from the ecosystem growth fund, so the supply never changes.
	require.NoError(f.t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, tokenomics.EcosystemGrowthFundPool, a,
		sdk.NewCoins(sdk.NewCoin("abtt", amt))))
}

func (f *fixture) bal(a sdk.AccAddress, denom string) sdkmath.Int {
	return f.app.BankKeeper.GetBalance(f.ctx, a, denom).Amount
}

func devFund() sdk.AccAddress { return authtypes.NewModuleAddress(emissionstypes.DevelopmentFund) }
func pool() sdk.AccAddress    { return authtypes.NewModuleAddress(tokenomics.CommunityIncentivesPool) }

func (f *fixture) advance(d time.Duration) {
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(d)).WithBlockHeight(f.ctx.BlockHeight() + 1).WithEventManager(sdk.NewEventManager())
	_, err := f.app.HealthKeeper.BeginEpoch(f.ctx)
	require.NoError(f.t, err)
}

func (f *fixture) checkInvariants() {
	f.t.Helper()
	for name, inv := range map[string]sdk.Invariant{
		"settlement": keeper.SettlementInvariant(f.k),
		"budget":     healthkeeper.BudgetInvariant(f.app.HealthKeeper), "points": healthkeeper.PointsInvariant(f.app.HealthKeeper),
		"supply": emissionskeeper.FixedSupplyInvariant(f.app.EmissionsKeeper),
	} {
		msg, broken := inv(f.ctx)
		require.False(f.t, broken, "%s: %s", name, msg)
	}
}

func (f *fixture) snapshot() string {
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(f.t, err)
	hs, err := f.app.HealthKeeper.ExportGenesis(f.ctx)
	require.NoError(f.t, err)
	bank := f.app.BankKeeper.ExportGenesis(f.ctx)
	bz, err := json.Marshal([]any{gs, hs.Patients, hs.Epochs, bank.Balances, bank.Supply})
	require.NoError(f.t, err)
	return string(bz)
}

func (f *fixture) refused(want error, run func() error) {
	f.t.Helper()
	before := f.snapshot()
	err := run()
	require.ErrorIs(f.t, err, want)
	require.Equal(f.t, before, f.snapshot(), "a refused message changed state: %v", err)
}

// kyc gives holder a valid x/rwa KYC credential for CN-BJ.
func (f *fixture) kyc(holder sdk.AccAddress) {
	f.t.Helper()
	rms := rwakeeper.NewMsgServerImpl(f.app.RwaKeeper)
	desk := addr("kyc-desk")
	if _, err := f.app.RwaKeeper.Verifiers.Get(f.ctx, desk); err != nil {
		_, err := rms.AddVerifier(f.ctx, &rwatypes.MsgAddVerifier{Authority: f.gov, Verifier: desk.String(), Name: "KYC Desk",
			Kinds: []rwatypes.AttestationKind{rwatypes.AttestationKind_ATTESTATION_KIND_KYC}, Jurisdictions: []string{"CN-BJ"}})
		require.NoError(f.t, err)
	}
	_, err := rms.IssueCredential(f.ctx, &rwatypes.MsgIssueCredential{Issuer: desk.String(), Holder: holder.String(),
		Jurisdiction: "CN-BJ", ExpiresAt: f.ctx.BlockTime().Add(365 * day).Unix()})
	require.NoError(f.t, err)
}

func merchantMsg(m sdk.AccAddress) *types.MsgRegisterMerchant {
	return &types.MsgRegisterMerchant{Merchant: m.String(), Name: "Chaoyang Dental Clinic", Jurisdiction: "CN-BJ",
		AcceptedDenoms: []string{"ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2"},
		RefundPolicy:   types.RefundPolicy{Refundable: true, WindowSeconds: 30 * 24 * 3600, Terms: "30 days"}, AcceptsPoints: true}
}

// merchant registers a credentialed clinic.
func (f *fixture) merchant(name string) sdk.AccAddress {
	f.t.Helper()
	m := addr(name)
	f.kyc(m)
	_, err := f.ms.RegisterMerchant(f.ctx, merchantMsg(m))
	require.NoError(f.t, err)
	return m
}

func (f *fixture) invoiceMsg(m sdk.AccAddress, amt sdkmath.Int, key string) *types.MsgCreateInvoice {
	return &types.MsgCreateInvoice{Merchant: m.String(), Amount: amt, Denom: "abtt", Reference: "RF18 INV-" + key,
		ExpiresAt: f.ctx.BlockTime().Add(day).Unix(), IdempotencyKey: key}
}

func (f *fixture) invoice(m sdk.AccAddress, amt sdkmath.Int, key string) uint64 {
	f.t.Helper()
	res, err := f.ms.CreateInvoice(f.ctx, f.invoiceMsg(m, amt, key))
	require.NoError(f.t, err)
	return res.InvoiceId
}

func (f *fixture) pay(payer sdk.AccAddress, id uint64, amt sdkmath.Int, points uint64) (*types.MsgPayInvoiceResponse, error) {
	return f.ms.PayInvoice(f.ctx, &types.MsgPayInvoice{Payer: payer.String(), InvoiceId: id, Amount: amt, Denom: "abtt", Points: points})
}

// earnPoints gives patient matured x/health points: a provider records check-ups (each in its own
// epoch, the default cap being one a day) and the epoch advances.
func (f *fixture) earnPoints(patient sdk.AccAddress, checkups int) {
	f.t.Helper()
	clinic := addr("points-clinic")
	hk := f.app.HealthKeeper
	if ok, _ := hk.Verifiers.Has(f.ctx, clinic); !ok {
		_, err := f.hms.AddVerifier(f.ctx, &healthtypes.MsgAddVerifier{Authority: f.gov, Verifier: clinic.String(),
			Kind: healthtypes.VerificationSource_VERIFICATION_SOURCE_PROVIDER, Name: "clinic"})
		require.NoError(f.t, err)
	}
	for i := 0; i < checkups; i++ {
		n, _ := hk.NextActivity.Get(f.ctx)
		_, err := f.hms.RecordActivity(f.ctx, &healthtypes.MsgRecordActivity{Signer: clinic.String(), Patient: patient.String(),
			ActivityCode: "dental-checkup", EvidenceHash: healthtypes.EvidenceHashOf([]byte(fmt.Sprintf("%s/%d", patient, n))),
			Source: healthtypes.VerificationSource_VERIFICATION_SOURCE_PROVIDER})
		require.NoError(f.t, err)
		f.advance(day)
	}
}

func merchantKey(name string) *secp256k1.PrivKey {
	return secp256k1.GenPrivKeyFromSecret([]byte(name))
}
