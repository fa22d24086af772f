package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// runUntil ends blocks until the task reaches status (at most 100 blocks).
func (f *fixture) runUntil(id uint64, status types.TaskStatus) {
	f.t.Helper()
	for i := 0; i < 100 && f.task(id).Status != status; i++ {
		f.endBlock()
	}
	require.Equal(f.t, status, f.task(id).Status)
}

// Issue 16 (3): staying silent must not be cheaper than revealing a minority answer. One task,
// k = 5: three agree, one dissents, one never commits. The silent worker must lose at least as
// much reputation and stake as the dissenter. (Failed before the fix: silent lost 500 reputation
// and no stake, the dissenter 1,000 and 1 % of its stake.)
func TestSilentNotCheaperThanDissent(t *testing.T) {
	f := setup(t)
	price := bttAmt(1)
	model := f.registerModel(price)
	var ws []worker
	for _, n := range []string{"s1", "s2", "s3", "s4", "s5"} {
		ws = append(ws, f.registerNode(n, model, 1, "CN-BJ"))
	}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	id, err := f.submit(clinic, model, 5, price.MulRaw(5), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	task := f.task(id)
	require.Len(t, task.Assignments, 5)
	byAddr := map[string]worker{}
	for _, w := range ws {
		byAddr[w.addr.String()] = w
	}
	var agree []worker
	var dissenter, silent worker
	for i, a := range task.Assignments {
		w := byAddr[a.Worker]
		switch {
		case i < 3:
			agree = append(agree, w)
		case i == 3:
			dissenter = w
		default:
			silent = w
		}
	}
	good, bad := outputHash("ok"), outputHash("other")
	for _, w := range agree {
		require.NoError(t, f.commit(w, id, good))
	}
	require.NoError(t, f.commit(dissenter, id, bad))
	f.runUntil(id, types.TaskStatus_TASK_STATUS_REVEAL)
	for _, w := range agree {
		require.NoError(t, f.reveal(w, id, good))
	}
	require.NoError(t, f.reveal(dissenter, id, bad))
	f.runUntil(id, types.TaskStatus_TASK_STATUS_SETTLED)

	p := f.k.GetParams(f.ctx)
	d, ok := f.k.GetNode(f.ctx, dissenter.addr)
	require.True(t, ok)
	s, ok := f.k.GetNode(f.ctx, silent.addr)
	require.True(t, ok)
	repLoss := func(n types.Node) uint32 { return p.InitialReputation - n.Reputation }
	stakeLoss := func(n types.Node) sdkmath.Int { return bttAmt(100).Sub(n.Stake) }
	require.Positive(t, repLoss(d))
	require.True(t, stakeLoss(d).IsPositive())
	require.GreaterOrEqual(t, repLoss(s), repLoss(d), "silent reputation loss below the dissenter's")
	require.True(t, stakeLoss(s).GTE(stakeLoss(d)), "silent stake loss %s below the dissenter's %s", stakeLoss(s), stakeLoss(d))
}

// Params with a silent penalty below the dissent penalty are refused.
func TestParamsSilentPenaltyAtLeastDissent(t *testing.T) {
	p := types.DefaultParams()
	require.NoError(t, p.Validate())
	p.SilentPenalty = p.DissentPenalty - 1
	require.Error(t, p.Validate())
}
