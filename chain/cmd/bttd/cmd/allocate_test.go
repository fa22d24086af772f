package cmd_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	svrcmd "github.com/cosmos/cosmos-sdk/server/cmd"
	sdk "github.com/cosmos/cosmos-sdk/types"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/cmd/bttd/cmd"
	"github.com/btt-chain/btt/chain/genesis"
	alloctypes "github.com/btt-chain/btt/chain/genesis/types"
	"github.com/btt-chain/btt/chain/tokenomics"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
)

func runBttd(t *testing.T, home string, args ...string) {
	t.Helper()
	root := cmd.NewRootCmd()
	root.SetArgs(append(args, "--home", home))
	require.NoError(t, svrcmd.Execute(root, "BTTD", home))
}

// TestAllocateSetsBlockMaxGas: 'bttd init' leaves CometBFT's max_gas -1 (unlimited); 'bttd genesis
// allocate', which every localnet and testnet genesis goes through, bounds it. The result passes
// 'bttd genesis validate', which also refuses differing compute/emissions epoch identifiers.
func TestAllocateSetsBlockMaxGas(t *testing.T) {
	home := t.TempDir()
	runBttd(t, home, "init", "node0", "--chain-id", "btt-cmdtest-1")

	cfg := alloctypes.AllocationConfig{
		ChainId: "btt-cmdtest-1", GenesisTime: time.Now().UTC().Truncate(time.Second),
		Network: alloctypes.NetworkParams{
			GovVotingPeriod: time.Minute, GovExpeditedVotingPeriod: 30 * time.Second,
			GovMinDeposit: sdkmath.NewIntWithDecimal(10, 18), UnbondingTime: time.Hour, MaxValidators: 10,
		},
	}
	for _, a := range tokenomics.Table {
		if a.Kind == tokenomics.Vesting {
			cfg.Recipients = append(cfg.Recipients, alloctypes.Recipient{Allocation: a.ID,
				Address: sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()).String()})
		}
	}
	bz, err := app.NewTestApp(t).AppCodec().MarshalJSON(&cfg)
	require.NoError(t, err)
	cfgPath := filepath.Join(t.TempDir(), "allocation.json")
	require.NoError(t, os.WriteFile(cfgPath, bz, 0o600))
	runBttd(t, home, "genesis", "allocate", cfgPath)

	genPath := filepath.Join(home, "config", "genesis.json")
	gen, err := genutiltypes.AppGenesisFromFile(genPath)
	require.NoError(t, err)
	require.Equal(t, genesis.BlockMaxGas, gen.Consensus.Params.Block.MaxGas)
	runBttd(t, home, "genesis", "validate")

	// 'bttd genesis validate' refuses compute and emissions counting different epochs.
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(gen.AppState, &state))
	var cg computetypes.GenesisState
	cdc := app.NewTestApp(t).AppCodec()
	require.NoError(t, cdc.UnmarshalJSON(state[computetypes.ModuleName], &cg))
	cg.Params.EpochIdentifier = "day"
	state[computetypes.ModuleName], err = cdc.MarshalJSON(&cg)
	require.NoError(t, err)
	gen.AppState, err = json.Marshal(state)
	require.NoError(t, err)
	require.NoError(t, gen.SaveAs(genPath))
	root := cmd.NewRootCmd()
	root.SetArgs([]string{"genesis", "validate", "--home", home})
	err = svrcmd.Execute(root, "BTTD", home)
	require.Error(t, err)
	require.Contains(t, err.Error(), "epoch_identifier")
	require.Equal(t, int64(100_000_000), genesis.BlockMaxGas)
}
