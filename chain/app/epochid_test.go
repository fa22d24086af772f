package app_test

import (
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/baseapp"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"

	"github.com/btt-chain/btt/chain/app"
	computekeeper "github.com/btt-chain/btt/chain/x/compute/keeper"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

// x/emissions pays epoch N from x/compute's records of epoch N, so both must count the same
// x/epochs epoch: a genesis where they differ is refused at InitChain.
func TestInitChainRefusesDifferentEpochIdentifiers(t *testing.T) {
	start := time.Now().UTC().Truncate(time.Second)
	bttApp := app.NewTestApp(t, baseapp.SetChainID(chainID))
	appState, _ := app.TestGenesisWithValidator(t, bttApp, chainID, start, 0)
	cdc := bttApp.AppCodec()
	var cg computetypes.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState[computetypes.ModuleName], &cg))
	cg.Params.EpochIdentifier = "day"
	var err error
	appState[computetypes.ModuleName], err = cdc.MarshalJSON(&cg)
	require.NoError(t, err)
	stateBz, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = bttApp.InitChain(&abci.RequestInitChain{
		ChainId: chainID, Time: start, AppStateBytes: stateBz, InitialHeight: 1,
		ConsensusParams: simtestutil.DefaultConsensusParams,
	})
	require.Error(t, err)
	require.Contains(t, err.Error(), "epoch_identifier")
}

func TestUpdateParamsKeepsEpochIdentifiersEqual(t *testing.T) {
	f := bootChain(t)
	authority := authtypes.NewModuleAddress(govtypes.ModuleName).String()

	// x/compute alone cannot move away from x/emissions' epoch.
	cp := f.app.ComputeKeeper.GetParams(f.ctx)
	require.Equal(t, "emissions", cp.EpochIdentifier)
	cp.EpochIdentifier = "day"
	_, err := computekeeper.NewMsgServerImpl(f.app.ComputeKeeper).UpdateParams(f.ctx,
		&computetypes.MsgUpdateParams{Authority: authority, Params: cp})
	require.ErrorIs(t, err, computetypes.ErrInvalidParams)
	require.Equal(t, "emissions", f.app.ComputeKeeper.GetParams(f.ctx).EpochIdentifier)

	// An epoch x/epochs does not have is refused.
	ep, err := f.app.EmissionsKeeper.Params.Get(f.ctx)
	require.NoError(t, err)
	ep.EpochIdentifier = "fortnight"
	_, err = emissionskeeper.NewMsgServerImpl(f.app.EmissionsKeeper).UpdateParams(f.ctx,
		&emissionstypes.MsgUpdateParams{Authority: authority, Params: ep})
	require.ErrorIs(t, err, emissionstypes.ErrInvalidParams)

	// x/emissions' MsgUpdateParams moves both.
	ep.EpochIdentifier = "day"
	_, err = emissionskeeper.NewMsgServerImpl(f.app.EmissionsKeeper).UpdateParams(f.ctx,
		&emissionstypes.MsgUpdateParams{Authority: authority, Params: ep})
	require.NoError(t, err)
	require.Equal(t, "day", f.app.ComputeKeeper.GetParams(f.ctx).EpochIdentifier)
	// and x/compute's own params update still works while the identifier agrees.
	cp = f.app.ComputeKeeper.GetParams(f.ctx)
	_, err = computekeeper.NewMsgServerImpl(f.app.ComputeKeeper).UpdateParams(f.ctx,
		&computetypes.MsgUpdateParams{Authority: authority, Params: cp})
	require.NoError(t, err)
}
