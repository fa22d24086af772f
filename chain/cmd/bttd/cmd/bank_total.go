package cmd

import (
	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
)

const flagDenom = "denom"

// bankTotalCmd is `bttd q bank total [--denom D]`: the whole supply, or the supply
// of one denom as a bare integer so that scripts and auditors can compare it
// directly (e.g. against 210000000000000000000000000 for abtt).
func bankTotalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "total",
		Short: "Query the total supply of coins, or of one denom with --denom (prints the bare amount)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			clientCtx, err := client.GetClientQueryContext(cmd)
			if err != nil {
				return err
			}
			queryClient := banktypes.NewQueryClient(clientCtx)
			denom, err := cmd.Flags().GetString(flagDenom)
			if err != nil {
				return err
			}
			if denom == "" {
				res, err := queryClient.TotalSupply(cmd.Context(), &banktypes.QueryTotalSupplyRequest{})
				if err != nil {
					return err
				}
				return clientCtx.PrintProto(res)
			}
			res, err := queryClient.SupplyOf(cmd.Context(), &banktypes.QuerySupplyOfRequest{Denom: denom})
			if err != nil {
				return err
			}
			return clientCtx.PrintString(res.Amount.Amount.String() + "\n")
		},
	}
	cmd.Flags().String(flagDenom, "", "only this denom; prints the bare integer amount")
	flags.AddQueryFlagsToCmd(cmd)
	return cmd
}

// addBankTotalCmd attaches bankTotalCmd under `query bank` (built by autocli).
func addBankTotalCmd(rootCmd *cobra.Command) {
	for _, q := range rootCmd.Commands() {
		if q.Name() != "query" {
			continue
		}
		for _, bank := range q.Commands() {
			if bank.Name() != "bank" {
				continue
			}
			// autocli gives total-supply the alias "total"; the explicit command wins.
			for _, sub := range bank.Commands() {
				aliases := sub.Aliases[:0]
				for _, a := range sub.Aliases {
					if a != "total" {
						aliases = append(aliases, a)
					}
				}
				sub.Aliases = aliases
			}
			bank.AddCommand(bankTotalCmd())
		}
	}
}
