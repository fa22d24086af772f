package health_test

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
		{"q", "health", "schedule", "--help"},
		{"q", "health", "patient", "--help"},
		{"q", "health", "activity-types", "--help"},
		{"tx", "health", "record-activity", "--help"},
		{"tx", "health", "confirm-activity", "--help"},
		{"tx", "health", "convert-points", "--help"},
		{"tx", "health", "register-device", "--help"},
		{"tx", "health", "add-verifier", "--help"},
		{"tx", "health", "set-activity-type", "--help"},
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
