package bridge_test

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
		{"q", "bridge", "params", "--help"},
		{"q", "bridge", "orchestrator", "--help"},
		{"q", "bridge", "current-valset", "--help"},
		{"q", "bridge", "batch", "--help"},
		{"q", "bridge", "batch-confirms", "--help"},
		{"q", "bridge", "pending-valset-confirms", "--help"},
		{"q", "bridge", "last-event-nonce", "--help"},
		{"q", "bridge", "escrow", "--help"},
		{"tx", "bridge", "set-orchestrator", "--help"},
		{"tx", "bridge", "confirm-valset", "--help"},
		{"tx", "bridge", "confirm-batch", "--help"},
		{"tx", "bridge", "send-to-ethereum", "--help"},
		{"tx", "bridge", "cancel-send-to-ethereum", "--help"},
		{"tx", "bridge", "request-batch", "--help"},
		{"tx", "bridge", "deposit-claim", "--help"},
		{"tx", "bridge", "batch-executed-claim", "--help"},
		{"tx", "bridge", "valset-updated-claim", "--help"},
		{"tx", "bridge", "release-unclaimable-deposit", "--help"},
		{"q", "bridge", "polkadot-custody", "--help"},
		{"q", "bridge", "polkadot-custodies", "--help"},
		{"q", "bridge", "polkadot-orchestrators", "--help"},
		{"q", "bridge", "polkadot-withdrawal", "--help"},
		{"q", "bridge", "polkadot-pending-withdrawals", "--help"},
		{"q", "bridge", "polkadot-checkpoints", "--help"},
		{"q", "bridge", "polkadot-checkpoint", "--help"},
		{"q", "bridge", "polkadot-unclaimable-deposits", "--help"},
		{"q", "bridge", "polkadot-last-event-nonce", "--help"},
		{"q", "bridge", "polkadot-state", "--help"},
		{"q", "bridge", "polkadot-attestations", "--help"},
		{"q", "bridge", "projected-ethereum-height", "--help"},
		{"tx", "bridge", "set-polkadot-orchestrator", "--help"},
		{"tx", "bridge", "polkadot-deposit-claim", "--help"},
		{"tx", "bridge", "polkadot-withdrawal-executed-claim", "--help"},
		{"tx", "bridge", "send-to-polkadot", "--help"},
		{"tx", "bridge", "release-unclaimable-polkadot-deposit", "--help"},
	} {
		root := cmd.NewRootCmd()
		var out bytes.Buffer
		root.SetOut(&out)
		root.SetErr(&out)
		root.SetArgs(args)
		require.NoError(t, root.Execute(), args)
		require.Contains(t, out.String(), "Usage:", args)
	}
}
