package keeper_test

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// TestPropertyPolkadotVouchers runs random sequences of deposits (some unclaimable), withdrawals, executed
// claims (success and failure, some for withdrawals no longer pending), releases and timeouts against a model
// of the custody on Polkadot, and checks at every step the bridge/polkadot-vouchers invariant and that the
// custody balance BTT records equals the model's, that the pending-withdrawal indexes match the pending
// withdrawals, and that the fee collector holds exactly the withdrawal fees paid (refused sends change nothing).
func TestPropertyPolkadotVouchers(t *testing.T) {
	kinds := map[string]int{}
	for seed := int64(1); seed <= 3; seed++ {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			for k, n := range runPolkadotProperty(t, seed, 120) {
				kinds[k] += n
			}
		})
	}
	t.Logf("steps: %v", kinds)
	for _, k := range []string{"deposit", "unclaimable", "send", "executed", "failed", "timeout", "release", "refund", "capped"} {
		require.Positive(t, kinds[k], k)
	}
}

func runPolkadotProperty(t *testing.T, seed int64, steps int) map[string]int {
	f := setup(t)
	v0 := f.vals[0]
	p := f.k.GetParams(f.ctx)
	p.Polkadot.WithdrawalTimeoutBlocks = 5
	p.Polkadot.MinWithdrawalFee = wnd(1)
	p.Polkadot.MaxPendingWithdrawals, p.Polkadot.MaxPendingWithdrawalsPerSender = 8, 3 // so the caps are hit
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	c := f.dotBootstrap()
	r := rand.New(rand.NewSource(seed))
	users := []sdk.AccAddress{addr("pu1"), addr("pu2"), addr("pu3")}
	custody := sdkmath.ZeroInt() // planck on Polkadot in the custody account (the model)
	fees := sdkmath.ZeroInt()    // withdrawal fees paid (the fee collector's bridge/dot/wnd)
	nonce := uint64(0)
	count := map[string]int{}
	var unclaimable []uint64
	for i := 0; i < steps; i++ {
		switch op := r.Intn(8); {
		case op <= 1: // deposit (1 in 5 with a bad receiver)
			nonce++
			amt := wnd(int64(10 + r.Intn(500)))
			recv := users[r.Intn(len(users))].String()
			if r.Intn(5) == 0 {
				recv = "not-an-address"
				unclaimable = append(unclaimable, nonce)
				count["unclaimable"]++
			}
			_, err := f.dotDeposit(v0, nonce, c.Id, amt, recv)
			require.NoError(t, err)
			custody = custody.Add(amt)
			count["deposit"]++
		case op <= 3: // send (may be refused: not enough vouchers or custody dust)
			u := users[r.Intn(len(users))]
			bal := f.wndBalance(u)
			if bal.LT(wnd(10)) {
				continue
			}
			amt := sdkmath.NewInt(r.Int63n(bal.Int64() - wnd(10).Int64() + 1)).Add(wnd(10))
			fee := wnd(int64(r.Intn(3))) // 0 is below the minimum
			before, idx := f.exportState(), f.dotIndexes()
			if _, err := f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: u.String(), Destination: aliceSS58,
				Amount: sdk.NewCoin(types.PolkadotVoucherDenom, amt), Fee: sdk.NewCoin(types.PolkadotVoucherDenom, fee)}); err != nil {
				require.Equal(t, before, f.exportState())
				require.Equal(t, idx, f.dotIndexes())
				if types.ErrTooManyPendingPolkadot.Is(err) || types.ErrTooManyPendingPolkadotOfSender.Is(err) {
					count["capped"]++
				}
				continue
			}
			fees = fees.Add(fee)
			count["send"]++
		case op <= 5: // the multisig runs (or fails) a pending withdrawal, or a stale one is claimed again
			pend, err := f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
			require.NoError(t, err)
			var w types.PolkadotWithdrawal
			if len(pend.Withdrawals) > 0 && r.Intn(4) != 0 {
				w = pend.Withdrawals[r.Intn(len(pend.Withdrawals))]
			} else if next, err := f.k.Polkadot.NextWithdrawal.Get(f.ctx); err == nil && next > 1 {
				// some earlier withdrawal id, likely finished (its claim must change nothing but counters)
				w.Id = uint64(1 + r.Intn(int(next-1)))
			}
			if w.Id == 0 {
				continue
			}
			success := r.Intn(4) != 0
			stored, getErr := f.k.Polkadot.Withdrawals.Get(f.ctx, w.Id)
			nonce++
			_, err = f.dotExecuted(v0, nonce, w.Id, success)
			require.NoError(t, err)
			if getErr == nil && success && (stored.Status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING ||
				stored.Status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT) {
				custody = custody.Sub(stored.Amount)
			}
			if success {
				count["executed"]++
			} else {
				count["failed"]++
			}
		case op == 6: // blocks pass (timeouts)
			pendBefore, _ := f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
			for j := 0; j < 3; j++ {
				f.endBlock()
			}
			pendAfter, _ := f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
			count["timeout"] += len(pendBefore.Withdrawals) - len(pendAfter.Withdrawals)
		default: // governance releases an unclaimable deposit or pays it back on Polkadot (both refused while a refund of it is pending)
			if len(unclaimable) == 0 {
				continue
			}
			at := r.Intn(len(unclaimable))
			n := unclaimable[at]
			u, err := f.k.Polkadot.Unclaimable.Get(f.ctx, n)
			if err != nil { // paid back by an executed refund
				unclaimable = append(unclaimable[:at], unclaimable[at+1:]...)
				continue
			}
			before, idx := f.exportState(), f.dotIndexes()
			if r.Intn(2) == 0 {
				_, err = f.ms.ReleaseUnclaimablePolkadotDeposit(f.ctx, &types.MsgReleaseUnclaimablePolkadotDeposit{Authority: f.gov,
					EventNonce: n, Receiver: users[0].String()})
			} else {
				_, err = f.ms.RefundUnclaimablePolkadotDeposit(f.ctx, &types.MsgRefundUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: n})
			}
			switch {
			case u.RefundWithdrawalId != 0:
				require.True(t, types.ErrInvalidRequest.Is(err), "deposit %d is being refunded: %v", n, err)
				require.Equal(t, before, f.exportState())
				require.Equal(t, idx, f.dotIndexes())
				count["refused-while-refunding"]++
			case types.ErrPolkadotCustodyFunds.Is(err): // a refund the custody cannot pay free of pending withdrawals
				require.Equal(t, before, f.exportState())
				count["refund-unfunded"]++
			case err != nil:
				t.Fatalf("deposit %d: %v", n, err)
			default:
				if _, held := f.k.Polkadot.Unclaimable.Get(f.ctx, n); held != nil {
					unclaimable = append(unclaimable[:at], unclaimable[at+1:]...)
					count["release"]++
				} else {
					count["refund"]++
				}
			}
		}
		f.checkDot()
		require.True(t, custody.Equal(f.custody(0).Balance), "step %d: model custody %s, BTT records %s", i, custody, f.custody(0).Balance)
		require.False(t, f.custody(0).Balance.IsNegative())
		require.True(t, fees.Equal(f.feeCollectorWnd()), "step %d: fees paid %s, fee collector holds %s", i, fees, f.feeCollectorWnd())
	}
	f.allInvariants()
	return count
}
