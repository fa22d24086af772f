package payfi_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/btt-chain/btt/chain/cmd/bttd/cmd"
)

// The autocli commands build (a proto field clashing with a CLI flag panics bttd at start-up)
// and take their positional arguments.
func TestAutoCLICommands(t *testing.T) {
	for _, args := range [][]string{
		{"q", "payfi", "invoice", "--help"},
		{"q", "payfi", "merchant", "--help"},
		{"q", "payfi", "merchant-invoices", "--help"},
		{"tx", "payfi", "register-merchant", "--help"},
		{"tx", "payfi", "create-invoice", "--help"},
		{"tx", "payfi", "pay-invoice", "--help"},
		{"tx", "payfi", "refund", "--help"},
	} {
		root := cmd.NewRootCmd()
		var out bytes.Buffer
		root.SetOut(&out)
		root.SetErr(&out)
		root.SetArgs(args)
		require.NoError(t, root.Execute(), args)
		require.Contains(t, out.String(), "Usage:")
	}
}
