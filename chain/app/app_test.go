package app_test

import (
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/tokenomics"
)

const chainID = "btt-apptest-1"

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
	appState, operator := app.TestGenesisWithValidator(t, bttApp, chainID, start, 0)
	stateBz, err := json.Marshal(appState)
	require.NoError(t, err)
	initAndRun(t, bttApp, stateBz, start, 1, 3)

	ctx := bttApp.NewContext(true)
	require.Equal(t, tokenomics.TotalSupply.String(), bttApp.BankKeeper.GetSupply(ctx, tokenomics.BaseDenom).Amount.String())

	val, err := bttApp.StakingKeeper.GetValidator(ctx, sdk.ValAddress(operator))
	require.NoError(t, err)
	require.Equal(t, sdkmath.NewIntWithDecimal(1_000_000, 18).String(), val.Tokens.String())
	// Power is counted in whole BTT.
	require.Equal(t, int64(1_000_000), val.ConsensusPower(app.PowerReduction))
	// The stake is vesting tokens: the operator's remaining balance is still all locked.
	require.True(t, bttApp.BankKeeper.SpendableCoins(ctx, operator).IsZero())
	for _, pool := range tokenomics.PoolNames() {
		a, _ := tokenomics.Lookup(pool)
		want := a.Amount()
		if pool == tokenomics.InstitutionFeeBudgetFrom {
			want = want.Sub(tokenomics.InstitutionFeeBudgetTotal())
		}
		bal := bttApp.BankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(pool), tokenomics.BaseDenom)
		require.Equal(t, want.String(), bal.Amount.String(), pool)
	}

	exported, err := bttApp.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	require.Len(t, exported.Validators, 1)

	restarted := app.NewTestApp(t, baseapp.SetChainID(chainID))
	initAndRun(t, restarted, exported.AppState, start, exported.Height, 1)
	ctx2 := restarted.NewContext(true)
	require.Equal(t, tokenomics.TotalSupply.String(), restarted.BankKeeper.GetSupply(ctx2, tokenomics.BaseDenom).Amount.String())
	// The supply query's genesis vesting accounts are indexed again from the exported accounts.
	s1, err := bttApp.EmissionsKeeper.Supply(ctx.WithBlockTime(start))
	require.NoError(t, err)
	s2, err := restarted.EmissionsKeeper.Supply(ctx2.WithBlockTime(start))
	require.NoError(t, err)
	require.True(t, s1.VestingLocked.IsPositive())
	require.Equal(t, s1.VestingLocked.String(), s2.VestingLocked.String())
	require.Equal(t, s1.PoolsTotal.String(), s2.PoolsTotal.String())
	for _, pool := range tokenomics.PoolNames() {
		require.Equal(t,
			bttApp.BankKeeper.GetBalance(ctx, authtypes.NewModuleAddress(pool), tokenomics.BaseDenom).String(),
			restarted.BankKeeper.GetBalance(ctx2, authtypes.NewModuleAddress(pool), tokenomics.BaseDenom).String())
	}
}

func TestPoolsAreBlockedFromPlainSends(t *testing.T) {
	blocked := app.BlockedAddresses()
	for _, pool := range tokenomics.PoolNames() {
		require.True(t, blocked[authtypes.NewModuleAddress(pool).String()], pool)
	}
	// No module may mint abtt: IBC transfer mints only vouchers for foreign denoms, x/rwa only
	// asset shares rwa/{id}, x/bridge only Ethereum token vouchers bridge/eth/0x… (its BTT is escrowed).
	for name, perms := range app.GetMaccPerms() {
		for _, p := range perms {
			if p == authtypes.Minter {
				require.Contains(t, []string{"transfer", "rwa", "bridge"}, name)
			}
		}
	}
}
