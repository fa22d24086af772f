package keeper_test

import (
	"crypto/sha256"
	"encoding/json"
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
	"github.com/btt-chain/btt/chain/x/health/keeper"
	"github.com/btt-chain/btt/chain/x/health/types"
	rwakeeper "github.com/btt-chain/btt/chain/x/rwa/keeper"
	rwatypes "github.com/btt-chain/btt/chain/x/rwa/types"
)

const testChainID = "btt-health-test-1"

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

type fixture struct {
	t   *testing.T
	app *app.BttApp
	ctx sdk.Context
	k   keeper.Keeper
	ms  types.MsgServer
	q   types.QueryServer
	gov string
}

// setup boots a real BttApp from the allocation genesis with one validator, commits block 1
// and returns an uncached context on the committed state.
func setup(t *testing.T) *fixture {
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
	f := &fixture{t: t, app: a, ctx: ctx, k: a.HealthKeeper, ms: keeper.NewMsgServerImpl(a.HealthKeeper),
		q: keeper.NewQueryServerImpl(a.HealthKeeper), gov: authtypes.NewModuleAddress(govtypes.ModuleName).String()}
	_, err = f.k.BeginEpoch(f.ctx)
	require.NoError(t, err)
	return f
}

func addr(name string) sdk.AccAddress {
	h := sha256.Sum256([]byte(name))
	return sdk.AccAddress(h[:20])
}

func evidence(s string) string { return types.EvidenceHashOf([]byte(s)) }

func (f *fixture) balance(a sdk.AccAddress) sdkmath.Int {
	return f.app.BankKeeper.GetBalance(f.ctx, a, "abtt").Amount
}

func poolAddr() sdk.AccAddress { return authtypes.NewModuleAddress(tokenomics.CommunityIncentivesPool) }

// advance moves the block time and starts the epoch it enters, as BeginBlock does.
func (f *fixture) advance(d time.Duration) {
	f.ctx = f.ctx.WithBlockTime(f.ctx.BlockTime().Add(d)).WithBlockHeight(f.ctx.BlockHeight() + 1).WithEventManager(sdk.NewEventManager())
	_, err := f.k.BeginEpoch(f.ctx)
	require.NoError(f.t, err)
}

func (f *fixture) checkInvariants() {
	f.t.Helper()
	for name, inv := range map[string]sdk.Invariant{
		"budget": keeper.BudgetInvariant(f.k), "points": keeper.PointsInvariant(f.k),
		"supply": emissionskeeper.FixedSupplyInvariant(f.app.EmissionsKeeper),
	} {
		msg, broken := inv(f.ctx)
		require.False(f.t, broken, "%s: %s", name, msg)
	}
}

// snapshot is the exported x/health state plus the bank balances: what a refused message must not change.
func (f *fixture) snapshot() string {
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(f.t, err)
	bank := f.app.BankKeeper.ExportGenesis(f.ctx)
	bz, err := json.Marshal([]any{gs, bank.Balances, bank.Supply})
	require.NoError(f.t, err)
	return string(bz)
}

// refused runs a handler on the uncached context and checks it fails with want and changes nothing.
func (f *fixture) refused(want error, run func() error) {
	f.t.Helper()
	before := f.snapshot()
	err := run()
	require.ErrorIs(f.t, err, want)
	require.Equal(f.t, before, f.snapshot(), "a refused message changed state: %v", err)
}

// kycClinic gives a clinic a valid x/rwa KYC credential for CN (issued by a KYC verifier).
func (f *fixture) kycClinic(clinic sdk.AccAddress) {
	f.t.Helper()
	rms := rwakeeper.NewMsgServerImpl(f.app.RwaKeeper)
	kyc := addr("kyc-desk")
	if _, err := f.app.RwaKeeper.Verifiers.Get(f.ctx, kyc); err != nil {
		_, err := rms.AddVerifier(f.ctx, &rwatypes.MsgAddVerifier{Authority: f.gov, Verifier: kyc.String(), Name: "KYC Desk",
			Kinds: []rwatypes.AttestationKind{rwatypes.AttestationKind_ATTESTATION_KIND_KYC}, Jurisdictions: []string{"CN"}})
		require.NoError(f.t, err)
	}
	_, err := rms.IssueCredential(f.ctx, &rwatypes.MsgIssueCredential{Issuer: kyc.String(), Holder: clinic.String(),
		Jurisdiction: "CN", ExpiresAt: f.ctx.BlockTime().Add(365 * day).Unix()})
	require.NoError(f.t, err)
}

func (f *fixture) addVerifier(a sdk.AccAddress, kind types.VerificationSource) {
	f.t.Helper()
	_, err := f.ms.AddVerifier(f.ctx, &types.MsgAddVerifier{Authority: f.gov, Verifier: a.String(), Kind: kind, Name: "verifier " + kind.String()})
	require.NoError(f.t, err)
}

func (f *fixture) setType(at types.ActivityType) {
	f.t.Helper()
	_, err := f.ms.SetActivityType(f.ctx, &types.MsgSetActivityType{Authority: f.gov, ActivityType: at})
	require.NoError(f.t, err)
}

func (f *fixture) setParams(mut func(*types.Params)) {
	f.t.Helper()
	p, err := f.k.Params.Get(f.ctx)
	require.NoError(f.t, err)
	mut(&p)
	_, err = f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(f.t, err)
}

// device registers a device and returns its key.
func (f *fixture) device(id string) *secp256k1.PrivKey {
	f.t.Helper()
	key := secp256k1.GenPrivKeyFromSecret([]byte("device " + id))
	_, err := f.ms.RegisterDevice(f.ctx, &types.MsgRegisterDevice{Authority: f.gov, DeviceId: id, PubKey: key.PubKey().Bytes(), Name: "scanner " + id})
	require.NoError(f.t, err)
	return key
}

// reading builds a device-signed MsgRecordActivity submitted by relayer.
func reading(key *secp256k1.PrivKey, chainID, deviceID string, nonce uint64, relayer, patient sdk.AccAddress, code, ev string) *types.MsgRecordActivity {
	sig, err := key.Sign(types.DeviceSignBytes(chainID, deviceID, nonce, patient.String(), code, ev))
	if err != nil {
		panic(err)
	}
	return &types.MsgRecordActivity{Signer: relayer.String(), Patient: patient.String(), ActivityCode: code, EvidenceHash: ev,
		Source: types.VerificationSource_VERIFICATION_SOURCE_DEVICE, DeviceId: deviceID, Nonce: nonce, DeviceSignature: sig}
}

func (f *fixture) record(signer, patient sdk.AccAddress, code, ev string, src types.VerificationSource) (*types.MsgRecordActivityResponse, error) {
	return f.ms.RecordActivity(f.ctx, &types.MsgRecordActivity{Signer: signer.String(), Patient: patient.String(), ActivityCode: code,
		EvidenceHash: ev, Source: src})
}

func (f *fixture) points(p sdk.AccAddress) types.PatientPoints {
	pp, err := f.k.PatientPoints(f.ctx, p)
	require.NoError(f.t, err)
	return pp
}

const (
	oracleSrc   = types.VerificationSource_VERIFICATION_SOURCE_ORACLE
	providerSrc = types.VerificationSource_VERIFICATION_SOURCE_PROVIDER
	deviceSrc   = types.VerificationSource_VERIFICATION_SOURCE_DEVICE
)
