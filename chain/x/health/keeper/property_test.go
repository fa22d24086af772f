package keeper_test

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/health/types"
)

// TestPropertyBudget drives random activities, conversions and epoch changes and checks after
// every step: each epoch's pool spend + the points outstanding at its start and not yet converted ×
// its rate stays within its budget; the pool lost exactly what the epochs spent; patients hold
// exactly what they converted; the supply never changes; the module invariants hold.
func TestPropertyBudget(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			r := rand.New(rand.NewSource(seed))
			f := setup(t)
			clinic := addr("clinic")
			f.addVerifier(clinic, providerSrc)
			f.setType(types.ActivityType{Code: "dental-checkup", Points: 100, Sources: []types.VerificationSource{providerSrc},
				MaxPerEpoch: 3, MaxPerYear: 1000, Confirmations: 1})
			f.setType(types.ActivityType{Code: "cleaning", Points: 37, Sources: []types.VerificationSource{providerSrc},
				MaxPerEpoch: 2, MaxPerYear: 1000, Confirmations: 1})
			// A tight budget (20 BTT a day) so that the rate drops below the maximum.
			f.setParams(func(p *types.Params) { p.EpochBudget = sdkmath.NewIntWithDecimal(20, 18) })
			patients := make([]sdk.AccAddress, 6)
			for i := range patients {
				patients[i] = addr(fmt.Sprintf("patient %d", i))
			}
			pool0 := f.balance(poolAddr())
			supply := f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount
			received := sdkmath.ZeroInt()
			n := 0
			for step := 0; step < 300; step++ {
				p := patients[r.Intn(len(patients))]
				switch op := r.Intn(10); {
				case op < 5:
					code := []string{"dental-checkup", "cleaning"}[r.Intn(2)]
					n++
					_, err := f.record(clinic, p, code, evidence(fmt.Sprint(seed, "/", n)), providerSrc)
					if err != nil {
						require.ErrorIs(t, err, types.ErrOverCap)
					}
				case op < 8:
					bal := f.points(p).Balance
					if bal == 0 {
						continue
					}
					pts := 1 + uint64(r.Int63n(int64(bal)))
					before := f.balance(p)
					res, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: p.String(), Points: pts})
					if err != nil {
						require.ErrorIs(t, err, types.ErrOverBudget)
						continue
					}
					amt, ok := sdkmath.NewIntFromString(res.Amount)
					require.True(t, ok)
					require.Equal(t, before.Add(amt), f.balance(p))
					received = received.Add(amt)
				default:
					f.advance(time.Duration(1+r.Intn(36)) * time.Hour)
				}
				// The property, for every epoch.
				spent := sdkmath.ZeroInt()
				require.NoError(t, f.k.Epochs.Walk(f.ctx, nil, func(e uint64, ec types.EpochConversion) (bool, error) {
					left := types.PointsValue(ec.PointsAtStart-ec.PointsConverted, ec.Rate)
					require.True(t, ec.Spent.Add(left).LTE(ec.Budget), "epoch %d: spent %s + outstanding %s > budget %s", e, ec.Spent, left, ec.Budget)
					spent = spent.Add(ec.Spent)
					return false, nil
				}))
				require.Equal(t, pool0.Sub(spent), f.balance(poolAddr()))
				require.Equal(t, spent, received)
				require.Equal(t, supply, f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount)
				if step%25 == 0 {
					f.checkInvariants()
				}
			}
			f.checkInvariants()
			issued, err := f.k.TotalIssued.Get(f.ctx)
			require.NoError(t, err)
			require.Positive(t, issued)
			require.True(t, received.IsPositive(), "some points converted")
		})
	}
}
