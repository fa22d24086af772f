package keeper

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/health/types"
)

// RegisterInvariants registers the x/health invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "budget", BudgetInvariant(k))
	ir.RegisterRoute(types.ModuleName, "points", PointsInvariant(k))
}

// BudgetInvariant: no epoch spent more than its budget, nor converted more points than were
// outstanding at its start (points earned in an epoch mature only at the next one). Unless
// governance cut an epoch's budget while it ran, spent + (points outstanding at its start and not
// yet converted) × rate <= budget also holds: the property test checks it.
func BudgetInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := "", false
		_ = k.Epochs.Walk(ctx, nil, func(e uint64, ec types.EpochConversion) (bool, error) {
			if ec.Spent.GT(ec.Budget) {
				msg, broken = msg+fmt.Sprintf("epoch %d spent %s > budget %s\n", e, ec.Spent, ec.Budget), true
			}
			if ec.PointsConverted > ec.PointsAtStart {
				msg, broken = msg+fmt.Sprintf("epoch %d converted %d points > %d outstanding at its start\n", e, ec.PointsConverted, ec.PointsAtStart), true
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "budget", msg), broken
	}
}

// PointsInvariant: the matured-points counter equals the patients' matured points, and the
// pending-points counters equal their pending points.
func PointsInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		cur, _ := getU64(ctx, k.CurrentEpoch)
		var matured uint64
		pending := map[uint64]uint64{}
		_ = k.Patients.Walk(ctx, nil, func(_ sdk.AccAddress, p types.PatientPoints) (bool, error) {
			matured += p.Balance
			if p.Pending > 0 {
				if p.PendingEpoch < cur {
					matured += p.Pending
				} else {
					pending[p.PendingEpoch] += p.Pending
				}
			}
			return false, nil
		})
		msg, broken := "", false
		if m, _ := getU64(ctx, k.MaturedPoints); m != matured {
			msg, broken = fmt.Sprintf("matured points %d, patients hold %d\n", m, matured), true
		}
		_ = k.PendingPoints.Walk(ctx, nil, func(e, pts uint64) (bool, error) {
			if pending[e] != pts {
				msg, broken = msg+fmt.Sprintf("epoch %d pending %d, patients hold %d\n", e, pts, pending[e]), true
			}
			delete(pending, e)
			return false, nil
		})
		for e, pts := range pending {
			if pts > 0 {
				msg, broken = msg+fmt.Sprintf("patients hold %d pending points of epoch %d, not counted\n", pts, e), true
			}
		}
		return sdk.FormatInvariant(types.ModuleName, "points", msg), broken
	}
}
