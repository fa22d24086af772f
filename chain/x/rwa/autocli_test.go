package rwa_test

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
		{"q", "rwa", "assets", "--help"},
		{"q", "rwa", "order-book", "--help"},
		{"q", "rwa", "credential", "--help"},
		{"tx", "rwa", "register-asset", "--help"},
		{"tx", "rwa", "attest-asset", "--help"},
		{"tx", "rwa", "place-order", "--help"},
		{"tx", "rwa", "update-valuation", "--help"},
		{"tx", "rwa", "issue-credential", "--help"},
		{"tx", "rwa", "add-verifier", "--help"},
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
