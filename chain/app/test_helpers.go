package app

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/genesis"
	alloctypes "github.com/btt-chain/btt/chain/genesis/types"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

// NewTestApp returns an in-memory BttApp for tests of code that needs the app's codecs and modules.
func NewTestApp(t testing.TB, baseAppOptions ...func(*baseapp.BaseApp)) *BttApp {
	t.Helper()
	return NewBttApp(log.NewNopLogger(), dbm.NewMemDB(), nil, true, simtestutil.NewAppOptionsWithFlagHome(t.TempDir()), baseAppOptions...)
}

// TestGenesisWithValidator builds the genesis 'bttd genesis allocate' writes for chainID
// starting at genesisTime (emissionsEpoch 0: the default day), plus a gentx in which the
// China Oral Industry Group stakes 1,000,000 BTT of its vesting tokens. It returns the
// app state and the validator operator's account.
func TestGenesisWithValidator(t testing.TB, bttApp *BttApp, chainID string, genesisTime time.Time, emissionsEpoch time.Duration) (map[string]json.RawMessage, sdk.AccAddress) {
	t.Helper()
	appState, key := TestGenesisWithValidatorKey(t, bttApp, chainID, genesisTime, emissionsEpoch)
	return appState, sdk.AccAddress(key.PubKey().Address())
}

// TestGenesisWithValidatorKey is TestGenesisWithValidator returning the operator's private key
// (the China Oral Industry Group's account), for tests that sign transactions.
func TestGenesisWithValidatorKey(t testing.TB, bttApp *BttApp, chainID string, genesisTime time.Time, emissionsEpoch time.Duration) (map[string]json.RawMessage, *secp256k1.PrivKey) {
	t.Helper()
	cdc := bttApp.AppCodec()
	cfg := &alloctypes.AllocationConfig{
		ChainId: chainID, GenesisTime: genesisTime,
		Network: alloctypes.NetworkParams{
			GovVotingPeriod: time.Minute, GovExpeditedVotingPeriod: 30 * time.Second,
			GovMinDeposit: sdkmath.NewIntWithDecimal(10, 18), UnbondingTime: time.Hour, MaxValidators: 10,
			EmissionsEpoch: emissionsEpoch,
		},
	}
	operatorKey := secp256k1.GenPrivKey()
	for _, a := range tokenomics.Table {
		if a.Kind != tokenomics.Vesting {
			continue
		}
		key := operatorKey
		if a.ID != tokenomics.ChinaOralIndustryGroup {
			key = secp256k1.GenPrivKey()
		}
		cfg.Recipients = append(cfg.Recipients, alloctypes.Recipient{Allocation: a.ID, Address: sdk.AccAddress(key.PubKey().Address()).String()})
	}
	appState := bttApp.DefaultGenesis()
	require.NoError(t, genesis.ApplyToGenesis(cdc, appState, cfg))

	operator := sdk.AccAddress(operatorKey.PubKey().Address())
	msg, err := stakingtypes.NewMsgCreateValidator(
		sdk.ValAddress(operator).String(), ed25519.GenPrivKey().PubKey(),
		sdk.NewCoin(tokenomics.BaseDenom, sdkmath.NewIntWithDecimal(1_000_000, 18)),
		stakingtypes.NewDescription("val0", "", "", "", ""),
		stakingtypes.NewCommissionRates(sdkmath.LegacyNewDecWithPrec(5, 2), sdkmath.LegacyNewDecWithPrec(20, 2), sdkmath.LegacyNewDecWithPrec(1, 2)),
		sdkmath.OneInt(),
	)
	require.NoError(t, err)
	// The China Oral account is the first of the allocation table, so its account number is 0.
	gentx, err := simtestutil.GenSignedMockTx(rand.New(rand.NewSource(1)), bttApp.TxConfig(), []sdk.Msg{msg},
		sdk.NewCoins(), 1_000_000, chainID, []uint64{0}, []uint64{0}, operatorKey)
	require.NoError(t, err)
	genutilState := genutiltypes.NewGenesisStateFromTx(bttApp.TxConfig().TxJSONEncoder(), []sdk.Tx{gentx})
	return genutiltypes.SetGenesisStateInAppState(cdc, appState, genutilState), operatorKey
}

// SetEmissionsComputeForTest makes x/emissions read ck instead of x/compute's records (a test of
// the payout rules with chosen records); nil restores x/compute.
func (app *BttApp) SetEmissionsComputeForTest(ck emissionstypes.ComputeKeeper) {
	if ck == nil {
		ck = app.ComputeKeeper
	}
	app.emissionsCompute = ck
}
