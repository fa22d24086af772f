package cmd

import (
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"

	"github.com/btt-chain/btt/chain/genesis"
	"github.com/btt-chain/btt/chain/genesis/types"
	"github.com/btt-chain/btt/chain/tokenomics"
)

// AllocateCmd writes the seed's nine genesis allocations into the node's genesis file.
func AllocateCmd(defaultNodeHome string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "allocate CONFIG_JSON",
		Short: "Write the fixed 210,000,000 BTT genesis allocation into genesis.json",
		Long: `Replace the accounts, balances and supply of genesis.json with the nine seed
allocations plus the reserve: five institutional PeriodicVestingAccounts (recipients from CONFIG_JSON),
the foundation, mining rewards, community incentives and ecosystem growth pools as
module accounts, and optional liquid carve-outs taken from the community or ecosystem
pool. The 15% the seed leaves unassigned goes to the governance-only
unallocated_reserve module account. The total is exactly 210,000,000 BTT. Also sets genesis_time, chain_id, the BTT
denom metadata, the network parameters of CONFIG_JSON and the block max_gas. Run after 'bttd init' and
before 'bttd genesis gentx'.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			clientCtx := client.GetClientContextFromCmd(cmd)
			serverCtx := server.GetServerContextFromCmd(cmd)
			genFile := serverCtx.Config.GenesisFile()

			bz, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("read allocation config: %w", err)
			}
			var cfg types.AllocationConfig
			if err := clientCtx.Codec.UnmarshalJSON(bz, &cfg); err != nil {
				return fmt.Errorf("parse allocation config %s: %w", args[0], err)
			}

			appGenesis, err := genutiltypes.AppGenesisFromFile(genFile)
			if err != nil {
				return fmt.Errorf("read genesis (run 'bttd init' first): %w", err)
			}
			var appState map[string]json.RawMessage
			if err := json.Unmarshal(appGenesis.AppState, &appState); err != nil {
				return fmt.Errorf("parse genesis app_state: %w", err)
			}
			if err := genesis.ApplyToGenesis(clientCtx.Codec, appState, &cfg); err != nil {
				return err
			}
			if appGenesis.AppState, err = json.MarshalIndent(appState, "", "  "); err != nil {
				return err
			}
			// Bound the block gas (CometBFT's default -1 is unlimited): see genesis.BlockMaxGas.
			if appGenesis.Consensus == nil {
				appGenesis.Consensus = &genutiltypes.ConsensusGenesis{}
			}
			if appGenesis.Consensus.Params == nil {
				appGenesis.Consensus.Params = cmttypes.DefaultConsensusParams()
			}
			appGenesis.Consensus.Params.Block.MaxGas = genesis.BlockMaxGas
			if err := appGenesis.Consensus.Params.ValidateBasic(); err != nil {
				return fmt.Errorf("consensus params: %w", err)
			}
			appGenesis.ChainID = cfg.ChainId
			appGenesis.GenesisTime = cfg.GenesisTime.UTC()
			if err := genutil.ExportGenesisFile(appGenesis, genFile); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote the %s abtt allocation to %s\n", tokenomics.TotalSupply, genFile)
			return nil
		},
	}
	cmd.Flags().String(flags.FlagHome, defaultNodeHome, "The application home directory")
	return cmd
}

// AllocationTableCmd prints the fixed allocation table.
func AllocationTableCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "allocation-table",
		Short: "Print the fixed genesis allocation table (ids, shares, amounts, vesting)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 2, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tNAME\tPERCENT\tABTT\tHELD AS")
			for _, a := range tokenomics.Table {
				held := "module account"
				if a.Kind == tokenomics.Vesting {
					held = fmt.Sprintf("vesting: %d-month cliff, linear to month %d", a.CliffMonths, a.EndMonths)
				}
				fmt.Fprintf(w, "%s\t%s\t%d%%\t%s\t%s\n", a.ID, a.Name, a.Percent, a.Amount(), held)
			}
			return w.Flush()
		},
	}
}
