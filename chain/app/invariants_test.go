package app

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/tokenomics"
)

// The simulation's per-block invariant check: every BTT module's invariants are registered, and a
// broken one (here abtt minted outside the fixed supply) makes the check fail with its route.
func TestInvariantsEveryBlock(t *testing.T) {
	a := NewTestApp(t, baseapp.SetChainID("btt-inv-1"))
	modules := map[string]int{}
	for _, inv := range a.Invariants() {
		modules[inv.Module]++
	}
	for _, m := range []string{"emissions", "compute", "rwa", "wgov"} {
		require.Positive(t, modules[m], "no %s invariant registered", m)
	}

	start := time.Now().UTC().Truncate(time.Second)
	appState, _ := TestGenesisWithValidator(t, a, "btt-inv-1", start, 0)
	require.NoError(t, initChainFromState(a, "btt-inv-1", start, appState))
	a.AssertInvariantsEveryBlock()
	ctx := a.NewContext(false).WithBlockTime(start)
	require.NoError(t, a.checkInvariants(ctx))

	// ICS-20's module account may mint (vouchers); minting abtt breaks the fixed supply.
	require.NoError(t, a.BankKeeper.MintCoins(ctx, "transfer", sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, sdkmath.OneInt()))))
	err := a.checkInvariants(ctx)
	require.Error(t, err)
	require.True(t, strings.Contains(err.Error(), "emissions/fixed-supply"), err.Error())
}

func initChainFromState(a *BttApp, chainID string, start time.Time, appState map[string]json.RawMessage) error {
	bz, err := json.Marshal(appState)
	if err != nil {
		return err
	}
	_, err = a.InitChain(&abci.RequestInitChain{ChainId: chainID, Time: start, AppStateBytes: bz, InitialHeight: 1,
		ConsensusParams: simtestutil.DefaultConsensusParams})
	return err
}
