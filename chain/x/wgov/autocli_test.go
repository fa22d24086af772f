package wgov_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/btt-chain/btt/chain/cmd/bttd/cmd"
)

// The autocli commands build (a proto field clashing with a CLI flag panics bttd at start-up).
func TestAutoCLICommands(t *testing.T) {
	for _, args := range [][]string{
		{"q", "wgov", "classes", "--help"},
		{"q", "wgov", "schedule", "--help"},
		{"q", "wgov", "tally", "--help"},
		{"q", "wgov", "election", "--help"},
		{"tx", "wgov", "nominate", "--help"},
		{"tx", "wgov", "vote-representative", "--help"},
		{"tx", "wgov", "recall-representative", "--help"},
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
