package keeper_test

import (
	"errors"
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// TestPropertySettlement pays random invoices (some with points) and refunds random parts, and
// checks for every invoice merchant credit + fee == amount and, over all of them, that the
// merchant's balance moved by Σ(amount - fee) - Σ refunds, the development fund by Σ fee, the
// payers by -Σ(amount - discount) + Σ refunds and the pool by -Σ discount: merchant + fee share +
// refunds == paid, with nothing created or lost.
func TestPropertySettlement(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			r := rand.New(rand.NewSource(seed))
			f := setup(t)
			payers := []sdk.AccAddress{addr("p1"), addr("p2"), addr("p3")}
			for _, p := range payers {
				f.earnPoints(p, 1)
			}
			f.earnPoints(payers[0], 1)
			m := f.merchant("clinic")
			for _, p := range payers {
				f.fund(p, sdkmath.NewIntWithDecimal(10_000, 18))
			}
			type snap struct{ m, dev, pool, payers sdkmath.Int }
			take := func() snap {
				s := snap{m: f.bal(m, "abtt"), dev: f.bal(devFund(), "abtt"), pool: f.bal(pool(), "abtt"), payers: sdkmath.ZeroInt()}
				for _, p := range payers {
					s.payers = s.payers.Add(f.bal(p, "abtt"))
				}
				return s
			}
			s0 := take()
			supply := f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount
			credit, fees, cash, discounts, refunds := sdkmath.ZeroInt(), sdkmath.ZeroInt(), sdkmath.ZeroInt(), sdkmath.ZeroInt(), sdkmath.ZeroInt()
			var paid []uint64
			for i := 0; i < 120; i++ {
				switch op := r.Intn(10); {
				case op < 5:
					amt := sdkmath.NewInt(1 + r.Int63n(1_000_000)).Mul(sdkmath.NewIntWithDecimal(1, 13))
					id := f.invoice(m, amt, fmt.Sprintf("inv-%d", i))
					payer := payers[r.Intn(len(payers))]
					var pts uint64
					if r.Intn(3) == 0 {
						pts = uint64(r.Intn(60))
					}
					res, err := f.pay(payer, id, amt, pts)
					if err != nil {
						require.True(t, errors.Is(err, types.ErrDiscountTooLarge) || isPointsErr(err), "%v", err)
						continue
					}
					inv, err := f.k.Invoices.Get(f.ctx, id)
					require.NoError(t, err)
					require.Equal(t, inv.Amount, inv.Amount.Sub(inv.Fee).Add(inv.Fee))
					require.Equal(t, res.Paid, inv.Amount.Sub(inv.Discount).String())
					credit, fees = credit.Add(inv.Amount.Sub(inv.Fee)), fees.Add(inv.Fee)
					cash, discounts = cash.Add(inv.Amount.Sub(inv.Discount)), discounts.Add(inv.Discount)
					paid = append(paid, id)
				case op < 8 && len(paid) > 0:
					id := paid[r.Intn(len(paid))]
					inv, err := f.k.Invoices.Get(f.ctx, id)
					require.NoError(t, err)
					left := inv.Refundable()
					amt := sdkmath.NewInt(1 + r.Int63n(1_000_000)).Mul(sdkmath.NewIntWithDecimal(1, 13))
					_, err = f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: id, Amount: amt})
					if amt.GT(left) {
						require.ErrorIs(t, err, types.ErrRefundTooLarge)
						continue
					}
					require.NoError(t, err)
					refunds = refunds.Add(amt)
				default:
					f.advance(time.Duration(1+r.Intn(6)) * time.Hour)
				}
				s := take()
				require.Equal(t, s0.m.Add(credit).Sub(refunds), s.m, "merchant")
				require.Equal(t, s0.dev.Add(fees), s.dev, "development fund")
				require.Equal(t, s0.payers.Sub(cash).Add(refunds), s.payers, "payers")
				require.Equal(t, s0.pool.Sub(discounts), s.pool, "pool")
				require.Equal(t, supply, f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount)
			}
			// merchant + fee share + refunds == paid (cash + points), over all invoices.
			require.Equal(t, cash.Add(discounts), credit.Sub(refunds).Add(fees).Add(refunds))
			require.NotEmpty(t, paid)
			require.True(t, discounts.IsPositive(), "some invoices were paid partly with points")
			require.True(t, refunds.IsPositive())
			f.checkInvariants()
		})
	}
}
