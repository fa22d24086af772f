package keeper_test

import (
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// TestPropertyEscrowMatchesWrappedSupply runs random sequences of send / cancel / batch / execute /
// deposit / timeout against a model of wBTT on Ethereum, and checks at every step that the escrowed
// BTT == wBTT on Ethereum + transfers in flight + unclaimable wBTT deposits, that the invariant holds
// and that the BTT supply never moves.
func TestPropertyEscrowMatchesWrappedSupply(t *testing.T) {
	var total [3]int
	for seed := int64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			c := runProperty(t, seed, 150)
			for i := range c {
				total[i] += c[i]
			}
		})
	}
	t.Logf("executed %d batches, %d wBTT deposits, %d timeouts", total[0], total[1], total[2])
	for _, n := range total {
		require.Positive(t, n, "every kind of step ran")
	}
}

func runProperty(t *testing.T, seed int64, steps int) [3]int {
	f := setup(t)
	f.bootstrap()
	r := rand.New(rand.NewSource(seed))
	users := []sdk.AccAddress{addr("u1"), addr("u2"), addr("u3")}
	for _, u := range users {
		f.fund(u, bttAmt(1_000_000))
	}
	supply := f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount
	wbttOnEth, unclaimable := sdkmath.ZeroInt(), sdkmath.ZeroInt()
	executed, deposits, timeouts := 0, 0, 0

	for i := 0; i < steps; i++ {
		switch op := r.Intn(7); op {
		case 0, 1: // send
			u := users[r.Intn(len(users))]
			_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: u.String(), EthDestination: ethUser,
				Amount: sdk.NewCoin("abtt", sdkmath.NewInt(1+r.Int63n(1e15))), BridgeFee: sdk.NewCoin("abtt", sdkmath.NewInt(r.Int63n(1e12)))})
			require.NoError(t, err)
		case 2: // cancel a random pending transfer
			var ids []types.OutgoingTransfer
			_ = f.k.Pending.Walk(f.ctx, nil, func(_ uint64, tr types.OutgoingTransfer) (bool, error) {
				ids = append(ids, tr)
				return false, nil
			})
			if len(ids) > 0 {
				tr := ids[r.Intn(len(ids))]
				_, err := f.ms.CancelSendToEthereum(f.ctx, &types.MsgCancelSendToEthereum{Sender: tr.Sender, TransferId: tr.Id})
				require.NoError(t, err)
			}
		case 3: // batch
			_, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: users[0].String(), Denom: "abtt"})
			if err != nil && !types.ErrBatchNotProfitable.Is(err) && !types.ErrTooManyOpenBatches.Is(err) {
				require.ErrorIs(t, err, types.ErrNoPendingTransfers)
			}
		case 4: // execute a random unexecuted batch on Ethereum (if the contract would: newer than the last executed)
			var bs []types.OutgoingBatch
			_ = f.k.Batches.Walk(f.ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
				bs = append(bs, b)
				return false, nil
			})
			if len(bs) > 0 {
				b := bs[r.Intn(len(bs))]
				if b.Timeout > f.ethH+1 {
					f.claimAll(f.vals, func(n uint64) types.Claim { return f.executed(n, b.TokenContract, b.Nonce) })
					for _, tr := range b.Transfers {
						wbttOnEth = wbttOnEth.Add(tr.Total())
					}
					executed++
				}
			}
		case 5: // deposit wBTT back (sometimes to an undecodable receiver)
			if wbttOnEth.IsPositive() {
				amt := sdkmath.NewIntFromBigInt(new(big.Int).Rand(r, wbttOnEth.BigInt())).AddRaw(1)
				deposits++
				receiver := users[r.Intn(len(users))].String()
				bad := r.Intn(5) == 0
				if bad {
					receiver = "btt1notanaddress"
				}
				f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, wbttAddr, amt, receiver) })
				wbttOnEth = wbttOnEth.Sub(amt)
				if bad {
					unclaimable = unclaimable.Add(amt)
				}
			}
		case 6: // time passes on Ethereum (an observed event far ahead) and blocks on BTT
			f.ethH += uint64(r.Intn(400))
			f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(1), users[0].String()) })
			before, _ := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
			f.endBlock()
			after, _ := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
			timeouts += len(before.Batches) - len(after.Batches)
		}
		inFlight, err := f.k.InFlight(f.ctx)
		require.NoError(t, err)
		want := wbttOnEth.Add(unclaimable)
		if v, ok := inFlight["abtt"]; ok {
			want = want.Add(v)
		}
		require.Equal(t, want.String(), f.balance(f.k.ModuleAddress(), "abtt").String(), "step %d", i)
		require.NoError(t, f.k.CheckEscrow(f.ctx), "step %d", i)
		require.NoError(t, f.k.CheckPendingIndex(f.ctx), "step %d", i)
		require.Equal(t, supply.String(), f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount.String())
	}
	f.allInvariants()
	return [3]int{executed, deposits, timeouts}
}
