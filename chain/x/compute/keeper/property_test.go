package keeper_test

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
)

// Over random sequences of submits, commits (honest, dissenting, silent), reveals, expiries,
// reassignments and slashes: balances + module holdings + development fund + burned never change,
// the module balance always equals open escrow + locked stakes, and every closed task's escrow is zero.
func TestPropertyFundsConserved(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		f := setup(t)
		rng := rand.New(rand.NewSource(seed))
		p := f.k.GetParams(f.ctx)
		p.CommitWindowBlocks, p.RevealWindowBlocks, p.TaskTimeoutBlocks = 3, 3, 30
		p.ReexecutionRate = sdkmath.LegacyNewDecWithPrec(5, 1)
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
		require.NoError(t, err)
		model := f.registerModel(bttAmt(1))
		var ws []worker
		for _, n := range []string{"a", "b", "c", "d", "e", "f", "g"} {
			ws = append(ws, f.registerNode(n, model, uint32(1+rng.Intn(2)), []string{"CN-BJ", "CN-SH"}[rng.Intn(2)]))
		}
		clients := []sdk.AccAddress{addr("c1"), addr("c2")}
		for _, c := range clients {
			f.fund(c, bttAmt(1_000))
		}
		var accounts []sdk.AccAddress
		accounts = append(accounts, clients...)
		for _, w := range ws {
			accounts = append(accounts, w.addr)
		}
		total := func() sdkmath.Int {
			s := f.moduleBalance(types.ModuleName).Add(f.moduleBalance(devFund())).Add(f.burned())
			for _, a := range accounts {
				s = s.Add(f.balance(a))
			}
			return s
		}
		start := total()
		submitted, settled := 0, 0
		for step := 0; step < 120; step++ {
			if rng.Intn(3) == 0 {
				k := uint32(1 + rng.Intn(3))
				u := types.Urgency(1 + rng.Intn(3))
				model, _ := f.k.Models.Get(f.ctx, model)
				fee := types.RequiredFee(p, model, u, k).Add(sdkmath.NewInt(rng.Int63n(1e18)))
				if _, err := f.submit(clients[rng.Intn(2)], model.Id, k, fee, u); err == nil {
					submitted++
				}
			}
			// Scripted workers act on their tasks.
			_ = f.k.Active.Walk(f.ctx, nil, func(id uint64) (bool, error) {
				task := f.task(id)
				for _, a := range task.Assignments {
					w := workerByAddr(ws, a.Worker)
					out := outputHash("honest")
					if w.addr.String() == ws[0].addr.String() {
						out = outputHash("liar") // one node always dissents
					}
					switch r := rng.Intn(10); {
					case r == 0: // silent this block
					case task.Status == types.TaskStatus_TASK_STATUS_COMMIT && len(a.Commitment) == 0:
						_ = f.inTx(func() error { return f.commit(w, id, out) })
					case task.Status == types.TaskStatus_TASK_STATUS_REVEAL && a.RevealHeight == 0 && len(a.Commitment) > 0:
						_ = f.inTx(func() error { return f.reveal(w, id, out) })
					}
					task = f.task(id)
				}
				return false, nil
			})
			f.endBlock()
			require.True(t, start.Equal(total()), "step %d: total %s != %s", step, total(), start)
		}
		for i := 0; i < 40; i++ { // drain
			f.endBlock()
		}
		require.NoError(t, f.k.Tasks.Walk(f.ctx, nil, func(_ uint64, task types.Task) (bool, error) {
			require.True(t, task.Status == types.TaskStatus_TASK_STATUS_SETTLED || task.Status == types.TaskStatus_TASK_STATUS_EXPIRED, task.Status.String())
			require.True(t, task.Escrow.IsZero())
			if task.Status == types.TaskStatus_TASK_STATUS_SETTLED {
				settled++
			}
			return false, nil
		}))
		escrow, stakes, err := f.k.Holdings(f.ctx)
		require.NoError(t, err)
		require.True(t, escrow.IsZero())
		require.True(t, stakes.Equal(f.moduleBalance(types.ModuleName)))
		require.True(t, start.Equal(total()))
		require.Greater(t, submitted, 20)
		require.Greater(t, settled, 5)
		require.True(t, f.node(ws[0]).Stake.LT(bttAmt(100)), "the dissenter was slashed")
	}
}

// inTx runs fn on a cache context and writes it only on success, as a transaction would.
func (f *fixture) inTx(fn func() error) error {
	parent := f.ctx
	cctx, write := parent.CacheContext()
	f.ctx = cctx
	err := fn()
	f.ctx = parent
	if err == nil {
		write()
	}
	return err
}
