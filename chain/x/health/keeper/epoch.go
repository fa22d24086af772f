package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	"github.com/btt-chain/btt/chain/x/health/types"
)

// epochNow returns the points epoch of the block time.
func (k Keeper) epochNow(ctx context.Context, p types.Params) (uint64, error) {
	gt, err := k.genesisTime(ctx)
	if err != nil {
		return 0, err
	}
	return types.EpochAt(gt, sdk.UnwrapSDKContext(ctx).BlockTime(), p.EpochSeconds), nil
}

// BeginEpoch starts the block time's epoch if it has not started yet: the points earned in
// earlier epochs mature, and the epoch's rate is fixed from the budget and the matured points
// outstanding (EpochRate), so converting all of them costs at most the budget. It runs at the
// start of every block and before every state change that reads the epoch; it is idempotent.
func (k Keeper) BeginEpoch(ctx context.Context) (types.EpochConversion, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return types.EpochConversion{}, err
	}
	now, err := k.epochNow(ctx, p)
	if err != nil {
		return types.EpochConversion{}, err
	}
	cur, err := getU64(ctx, k.CurrentEpoch)
	if err != nil {
		return types.EpochConversion{}, err
	}
	if cur >= now {
		return k.Epochs.Get(ctx, cur)
	}
	// Mature what was earned before this epoch (ascending epochs: deterministic).
	matured, err := getU64(ctx, k.MaturedPoints)
	if err != nil {
		return types.EpochConversion{}, err
	}
	var done []uint64
	err = k.PendingPoints.Walk(ctx, nil, func(e, pts uint64) (bool, error) {
		if e >= now {
			return true, nil
		}
		matured += pts
		done = append(done, e)
		return false, nil
	})
	if err != nil {
		return types.EpochConversion{}, err
	}
	for _, e := range done {
		if err := k.PendingPoints.Remove(ctx, e); err != nil {
			return types.EpochConversion{}, err
		}
	}
	if err := k.MaturedPoints.Set(ctx, matured); err != nil {
		return types.EpochConversion{}, err
	}
	gt, err := k.genesisTime(ctx)
	if err != nil {
		return types.EpochConversion{}, err
	}
	ec := types.EpochConversion{
		Epoch: now, Budget: p.EpochBudget, Spent: sdkmath.ZeroInt(),
		Rate:          types.EpochRate(p.EpochBudget, p.MaxAbttPerPoint, matured),
		PointsAtStart: matured, StartTime: types.EpochStart(gt, now, p.EpochSeconds),
	}
	if err := k.Epochs.Set(ctx, now, ec); err != nil {
		return types.EpochConversion{}, err
	}
	if err := k.CurrentEpoch.Set(ctx, now); err != nil {
		return types.EpochConversion{}, err
	}
	return ec, emit(ctx, &types.EventEpochStarted{Epoch: now, Rate: ec.Rate.String(), Budget: ec.Budget.String(), PointsAtStart: matured})
}

// patient returns a patient's points with pending points of earlier epochs moved to the balance
// (the global MaturedPoints counted them when their epoch ended).
func (k Keeper) patient(ctx context.Context, addr sdk.AccAddress, currentEpoch uint64) (types.PatientPoints, error) {
	pp, err := k.Patients.Get(ctx, addr)
	if err != nil {
		if !errorsIsNotFound(err) {
			return pp, err
		}
		return types.PatientPoints{Patient: addr.String()}, nil
	}
	if pp.Pending > 0 && pp.PendingEpoch < currentEpoch {
		pp.Balance += pp.Pending
		pp.Pending, pp.PendingEpoch = 0, 0
	}
	return pp, nil
}

// PatientPoints returns a patient's points as of now (read-only).
func (k Keeper) PatientPoints(ctx context.Context, addr sdk.AccAddress) (types.PatientPoints, error) {
	cur, err := getU64(ctx, k.CurrentEpoch)
	if err != nil {
		return types.PatientPoints{}, err
	}
	return k.patient(ctx, addr, cur)
}

// creditPoints credits an activity's points to its patient as pending points of the epoch.
func (k Keeper) creditPoints(ctx context.Context, a *types.Activity, epoch uint64) error {
	addr, err := sdk.AccAddressFromBech32(a.Patient)
	if err != nil {
		return err
	}
	pp, err := k.patient(ctx, addr, epoch)
	if err != nil {
		return err
	}
	pp.Pending += a.Points
	pp.PendingEpoch = epoch
	pp.Earned += a.Points
	if err := k.Patients.Set(ctx, addr, pp); err != nil {
		return err
	}
	pend, err := k.PendingPoints.Get(ctx, epoch)
	if err != nil && !errorsIsNotFound(err) {
		return err
	}
	if err := k.PendingPoints.Set(ctx, epoch, pend+a.Points); err != nil {
		return err
	}
	total, err := getU64(ctx, k.TotalIssued)
	if err != nil {
		return err
	}
	if err := k.TotalIssued.Set(ctx, total+a.Points); err != nil {
		return err
	}
	a.Credited = true
	return emit(ctx, &types.EventPointsCredited{ActivityId: a.Id, Patient: a.Patient, Points: a.Points, Epoch: epoch})
}

// Redeem pays points × the epoch's rate from the community incentives pool to recipient: the
// patient itself (MsgConvertPoints, purpose "convert") or a merchant (x/payfi discount, purpose
// "discount"). First come, first served: refused when the epoch's spend would pass its budget.
// Returns the abtt paid.
func (k Keeper) Redeem(ctx context.Context, patient, recipient sdk.AccAddress, points uint64, purpose string) (sdkmath.Int, error) {
	if points == 0 {
		return sdkmath.ZeroInt(), types.ErrInvalidConversion.Wrap("points must be positive")
	}
	ec, err := k.BeginEpoch(ctx)
	if err != nil {
		return sdkmath.ZeroInt(), err
	}
	pp, err := k.patient(ctx, patient, ec.Epoch)
	if err != nil {
		return sdkmath.ZeroInt(), err
	}
	if pp.Balance < points {
		return sdkmath.ZeroInt(), types.ErrInsufficientPoints.Wrapf("%s has %d matured points (and %d pending until the next epoch), asked %d",
			patient, pp.Balance, pp.Pending, points)
	}
	amount := types.PointsValue(points, ec.Rate)
	if !amount.IsPositive() {
		return sdkmath.ZeroInt(), types.ErrInvalidConversion.Wrapf("epoch %d's rate is zero (budget %s)", ec.Epoch, ec.Budget)
	}
	if ec.Spent.Add(amount).GT(ec.Budget) {
		return sdkmath.ZeroInt(), types.ErrOverBudget.Wrapf("epoch %d: %d points at %s abtt each = %s abtt, but only %s of the %s abtt budget is left; try %d points or wait for epoch %d",
			ec.Epoch, points, ec.Rate, amount, ec.Budget.Sub(ec.Spent), ec.Budget, ec.Budget.Sub(ec.Spent).Quo(ec.Rate).Uint64(), ec.Epoch+1)
	}
	if err := k.pools.SpendPool(ctx, k.pool, types.SourceHealthPoints, recipient.String(),
		sdk.NewCoins(sdk.NewCoin(types.BaseDenom, amount)), "health points "+purpose); err != nil {
		return sdkmath.ZeroInt(), types.ErrOverBudget.Wrapf("community incentives pool: %v", err)
	}
	pp.Balance -= points
	if purpose == "discount" {
		pp.Redeemed += points
	} else {
		pp.Converted += points
	}
	if err := k.Patients.Set(ctx, patient, pp); err != nil {
		return sdkmath.ZeroInt(), err
	}
	matured, err := getU64(ctx, k.MaturedPoints)
	if err != nil {
		return sdkmath.ZeroInt(), err
	}
	if err := k.MaturedPoints.Set(ctx, matured-points); err != nil {
		return sdkmath.ZeroInt(), err
	}
	ec.Spent = ec.Spent.Add(amount)
	ec.PointsConverted += points
	if err := k.Epochs.Set(ctx, ec.Epoch, ec); err != nil {
		return sdkmath.ZeroInt(), err
	}
	return amount, emit(ctx, &types.EventPointsConverted{Patient: patient.String(), Recipient: recipient.String(),
		Points: points, Amount: amount.String(), Epoch: ec.Epoch, Purpose: purpose})
}

// QuoteDiscount returns what points would be worth now (points × the current epoch's rate).
func (k Keeper) QuoteDiscount(ctx context.Context, points uint64) (sdkmath.Int, error) {
	ec, err := k.BeginEpoch(ctx)
	if err != nil {
		return sdkmath.ZeroInt(), err
	}
	return types.PointsValue(points, ec.Rate), nil
}

// CapsAllow reports whether patient may record one more activity of type at in the current
// epoch and year (read-only; the simulation sizes its messages with it).
func (k Keeper) CapsAllow(ctx context.Context, patient sdk.AccAddress, at types.ActivityType) bool {
	cur, err := getU64(ctx, k.CurrentEpoch)
	if err != nil {
		return false
	}
	gt, err := k.genesisTime(ctx)
	if err != nil {
		return false
	}
	year := emissionstypes.YearAt(gt, sdk.UnwrapSDKContext(ctx).BlockTime())
	ne, _ := k.Usage.Get(ctx, collections.Join3(patient, at.Code, fmt.Sprintf("e%d", cur)))
	ny, _ := k.Usage.Get(ctx, collections.Join3(patient, at.Code, fmt.Sprintf("y%d", year)))
	return ne < at.MaxPerEpoch && (at.MaxPerYear == 0 || ny < at.MaxPerYear)
}

// CurrentConversion returns the epoch in force: its rate, budget and spend (read-only).
func (k Keeper) CurrentConversion(ctx context.Context) (types.EpochConversion, error) {
	return k.currentEpoch(ctx)
}
