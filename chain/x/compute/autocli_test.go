package compute_test

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
		{"q", "compute", "tasks", "--help"},
		{"q", "compute", "nodes", "--help"},
		{"tx", "compute", "submit-task", "--help"},
		{"tx", "compute", "register-node", "--help"},
		{"tx", "compute", "commit-result", "--help"},
		{"tx", "compute", "attest-node", "--help"},
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
