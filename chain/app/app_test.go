package app_test

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/allocation"
	"github.com/btt-chain/btt/chain/allocation/types"
	"github.com/btt-chain/btt/chain/app"
)

const chainID = "btt-apptest-1"

// genesisWithValidator builds an allocation genesis in which the China Oral
// Industry Group stakes 1,000,000 BTT of its vesting tokens through a gentx.
func genesisWithValidator(t *testing.T, bttApp *app.BttApp, start time.Time) (map[string]json.RawMessage, sdk.AccAddress) {
	t.Helper()
	cdc := bttApp.AppCodec()
	privs := map[string]cryptotypes.PrivKey{}
	cfg := &types.AllocationConfig{
		ChainId:     chainID,
		GenesisTime: start,
		Network: types.NetworkParams{
			GovVotingPeriod: time.Minute, GovExpeditedVotingPeriod: 30 * time.Second,
			GovMinDeposit: sdkmath.NewIntWithDecimal(10, 18), UnbondingTime: time.Hour, MaxValidators: 10,
		},
	}
	for _, a := range allocation.Table {
		if a.Kind == allocation.Vesting {
			privs[a.ID] = secp256k1.GenPrivKey()
			cfg.Recipients = append(cfg.Recipients, types.Recipient{Allocation: a.ID, Address: sdk.AccAddress(privs[a.ID].PubKey().Address()).String()})
		}
	}
	appState := bttApp.DefaultGenesis()
	require.NoError(t, allocation.ApplyToGenesis(cdc, appState, cfg))

	operatorKey := privs[allocation.ChinaOralIndustryGroup]
	operator := sdk.AccAddress(operatorKey.PubKey().Address())
	msg, err := stakingtypes.NewMsgCreateValidator(
		sdk.ValAddress(operator).String(), ed25519.GenPrivKey().PubKey(),
		sdk.NewCoin(allocation.BaseDenom, sdkmath.NewIntWithDecimal(1_000_000, 18)),
		stakingtypes.NewDescription("val0", "", "", "", ""),
		stakingtypes.NewCommissionRates(sdkmath.LegacyNewDecWithPrec(5, 2), sdkmath.LegacyNewDecWithPrec(20, 2), sdkmath.LegacyNewDecWithPrec(1, 2)),
		sdkmath.OneInt(),
	)
	require.NoError(t, err)
	// The China Oral account is the first of the table, so its account number is 0.
	gentx, err := simtestutil.GenSignedMockTx(rand.New(rand.NewSource(1)), bttApp.TxConfig(), []sdk.Msg{msg},
		sdk.NewCoins(), 1_000_000, chainID, []uint64{0}, []uint64{0}, operatorKey)
	require.NoError(t, err)
	genutilState := genutiltypes.NewGenesisStateFromTx(bttApp.TxConfig().TxJSONEncoder(), []sdk.Tx{gentx})
	appState = genutiltypes.SetGenesisStateInAppState(cdc, appState, genutilState)
	require.NoError(t, bttApp.BasicModuleManager.ValidateGenesis(cdc, bttApp.TxConfig(), appState))
	return appState, operator
}

func initAndRun(t *testing.T, bttApp *app.BttApp, appState []byte, start time.Time, initialHeight int64, blocks int) {
	t.Helper()
	_, err := bttApp.InitChain(&abci.RequestInitChain{
		ChainId: chainID, Time: start, AppStateBytes: appState, InitialHeight: initialHeight,
		ConsensusParams: simtestutil.DefaultConsensusParams,
	})
	require.NoError(t, err)
	for h := initialHeight; h < initialHeight+int64(blocks); h++ {
		_, err := bttApp.FinalizeBlock(&abci.RequestFinalizeBlock{Height: h, Time: start.Add(time.Duration(h) * time.Second)})
		require.NoError(t, err)
		_, err = bttApp.Commit()
		require.NoError(t, err)
	}
}

// TestAppRunsFromAllocationGenesisAndExports boots the app from a genesis built
// by 'bttd genesis allocate' plus a gentx, produces blocks, and checks that the
// supply is exactly 210M BTT, the stake came out of the vesting allocation, and
// an exported genesis starts a new chain with the same balances.
func TestAppRunsFromAllocationGenesisAndExports(t *testing.T) {
	start := time.Now().UTC().Truncate(time.Second)
	bttApp := app.NewTestApp(t, baseapp.SetChainID(chainID))
	appState, operator := genesisWithValidator(t, bttApp, start)
	stateBz, err := json.Marshal(appState)
	require.NoError(t, err)
	initAndRun(t, bttApp, stateBz, start, 1, 3)

	ctx := bttApp.NewContext(true)
	require.Equal(t, allocation.TotalSupply.String(), bttApp.BankKeeper.GetSupply(ctx, allocation.BaseDenom).Amount.String())

	val, err := bttApp.StakingKeeper.GetValidator(ctx, sdk.ValAddress(operator))
	require.NoError(t, err)
	require.Equal(t, sdkmath.NewIntWithDecimal(1_000_000, 18).String(), val.Tokens.String())
	// Power is counted in whole BTT.
	require.Equal(t, int64(1_000_000), val.ConsensusPower(app.PowerReduction))
	// The stake is vesting tokens: the operator's remaining balance is still all locked.
	require.True(t, bttApp.BankKeeper.SpendableCoins(ctx, operator).IsZero())
	for _, pool := range allocation.PoolNames() {
		a, _ := allocation.Lookup(pool)
		bal := bttApp.BankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(pool), allocation.BaseDenom)
		require.Equal(t, a.Amount().String(), bal.Amount.String(), pool)
	}

	exported, err := bttApp.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	require.Len(t, exported.Validators, 1)

	restarted := app.NewTestApp(t, baseapp.SetChainID(chainID))
	initAndRun(t, restarted, exported.AppState, start, exported.Height, 1)
	ctx2 := restarted.NewContext(true)
	require.Equal(t, allocation.TotalSupply.String(), restarted.BankKeeper.GetSupply(ctx2, allocation.BaseDenom).Amount.String())
	for _, pool := range allocation.PoolNames() {
		require.Equal(t,
			bttApp.BankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(pool), allocation.BaseDenom).String(),
			restarted.BankKeeper.GetBalance(ctx2, authtypes.NewModuleAddress(pool), allocation.BaseDenom).String())
	}
}

func TestPoolsAreBlockedFromPlainSends(t *testing.T) {
	blocked := app.BlockedAddresses()
	for _, pool := range allocation.PoolNames() {
		require.True(t, blocked[authtypes.NewModuleAddress(pool).String()], pool)
	}
	// No module may mint abtt except IBC transfer, which mints only vouchers for foreign denoms.
	for name, perms := range app.GetMaccPerms() {
		for _, p := range perms {
			if p == authtypes.Minter {
				require.Equal(t, "transfer", name)
			}
		}
	}
}
