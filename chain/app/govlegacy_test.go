package app

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/baseapp"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	govv1beta1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1beta1"
)

// Found by the simulation: without a legacy router, a v1beta1 text proposal (MsgExecLegacyContent,
// what wallets on the v1beta1 API send) made x/gov dereference a nil router and panic.
func TestLegacyTextProposal(t *testing.T) {
	a := NewTestApp(t, baseapp.SetChainID("btt-legacy-1"))
	start := time.Now().UTC().Truncate(time.Second)
	appState, _ := TestGenesisWithValidator(t, a, "btt-legacy-1", start, 0)
	require.NoError(t, initChainFromState(a, "btt-legacy-1", start, appState))
	ctx := a.NewContext(false).WithBlockTime(start)
	gov := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	content, err := govv1.NewLegacyContent(govv1beta1.NewTextProposal("Signal", "A text proposal"), gov)
	require.NoError(t, err)

	srv := govkeeper.NewMsgServerImpl(&a.GovKeeper)
	_, err = srv.ExecLegacyContent(ctx, content)
	require.NoError(t, err)

}
