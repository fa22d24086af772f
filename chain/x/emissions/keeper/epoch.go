package keeper

import (
	"context"
	"errors"
	"math"
	"time"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// Hooks are x/emissions' x/epochs hooks.
type Hooks struct{ k *Keeper }

var _ epochstypes.EpochHooks = Hooks{}

// Hooks returns the x/epochs hooks that pay each epoch's mining budget.
func (k *Keeper) Hooks() Hooks { return Hooks{k} }

// AfterEpochEnd queues the ended epoch's payout when the identifier is the emissions one and
// takes this block's payout step, so a small network is paid in the epoch end's own block.
// Nothing here can halt the chain: failures are logged and the budget carries forward.
func (h Hooks) AfterEpochEnd(ctx context.Context, identifier string, epoch int64) error {
	params, err := h.k.Params.Get(ctx)
	if err != nil || identifier != params.EpochIdentifier {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	info, err := h.k.epochsKeeper.GetEpochInfo(sdkCtx, identifier)
	if err != nil {
		return err
	}
	if err := h.k.QueueEpochPayout(ctx, epoch, sdkCtx.BlockTime(), info.Duration); err != nil {
		h.k.Logger(ctx).Error("epoch payout not queued; budget carries forward", "epoch", epoch, "err", err)
		emitSkipped(sdkCtx, epoch, err.Error())
		return nil
	}
	h.k.PayoutStep(ctx)
	return nil
}

// BeforeEpochStart does nothing.
func (h Hooks) BeforeEpochStart(context.Context, string, int64) error { return nil }

func emitSkipped(ctx sdk.Context, epoch int64, reason string) {
	events.Emit(ctx, &types.EventEpochSkipped{Epoch: epoch, Reason: reason})
}

// QueueEpochPayout queues the payout of an epoch that ended at endedAt. Its budget is fixed
// when its payout starts, after every earlier epoch's payout has finished.
func (k *Keeper) QueueEpochPayout(ctx context.Context, epoch int64, endedAt time.Time, duration time.Duration) error {
	if has, err := k.Payouts.Has(ctx, epoch); err != nil || has {
		if err == nil {
			err = types.ErrPayout.Wrapf("epoch %d is already being paid", epoch)
		}
		return err
	}
	if has, err := k.EpochRewards.Has(ctx, epoch); err != nil || has {
		if err == nil {
			err = types.ErrPayout.Wrapf("epoch %d was already paid", epoch)
		}
		return err
	}
	zero := sdkmath.ZeroInt()
	return k.Payouts.Set(ctx, epoch, types.EpochPayout{
		Epoch: epoch, EndedAt: endedAt.UTC(), EpochDuration: duration, Phase: types.PAYOUT_PHASE_QUEUED,
		PeriodRemaining: zero, Budget: zero, RewardCapPerUnit: zero, TotalUnits: zero, Paid: zero,
		TotalScore: sdkmath.LegacyZeroDec(),
	})
}

// PayoutStep does this block's payout work: at most params.payout_records_per_block records of
// the oldest payout in progress, once per block (the x/epochs hook and BeginBlock both call it).
// A failing step is rolled back and its payout aborted: what was paid stays paid, the rest of
// the budget carries forward, and the chain goes on.
func (k *Keeper) PayoutStep(ctx context.Context) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	p, ok, err := k.oldestPayout(ctx)
	if err != nil || !ok {
		if err != nil {
			k.Logger(ctx).Error("reading epoch payouts", "err", err)
		}
		return
	}
	height := sdkCtx.BlockHeight()
	if p.LastHeight == height {
		return
	}
	// A payout that finished earlier in this block also used up the block's step.
	if prev, err := k.EpochRewards.Get(ctx, p.Epoch-1); err == nil && prev.CompletedHeight == height {
		return
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		k.Logger(ctx).Error("reading params", "err", err)
		return
	}
	cacheCtx, write := sdkCtx.CacheContext()
	if err := k.advancePayout(cacheCtx, p, int(params.PayoutRecordsPerBlock)); err != nil {
		k.Logger(ctx).Error("epoch payout step failed; aborting the payout, the rest of the budget carries forward",
			"epoch", p.Epoch, "err", err)
		p.Phase, p.AbortReason, p.Cursor, p.LastHeight = types.PAYOUT_PHASE_ABORT, err.Error(), "", height
		if err := k.Payouts.Set(ctx, p.Epoch, p); err != nil {
			k.Logger(ctx).Error("recording the payout abort", "epoch", p.Epoch, "err", err)
		}
		emitSkipped(sdkCtx, p.Epoch, err.Error())
		return
	}
	write()
}

// PayEpoch queues an epoch ending now and runs its whole payout at once. Tests and tools use
// it; the chain pays through the hook and PayoutStep, a bounded step per block, with the same result.
func (k *Keeper) PayEpoch(ctx context.Context, epoch int64, epochDuration time.Duration) (types.EpochReward, error) {
	if err := k.QueueEpochPayout(ctx, epoch, sdk.UnwrapSDKContext(ctx).BlockTime(), epochDuration); err != nil {
		return types.EpochReward{}, err
	}
	for {
		p, err := k.Payouts.Get(ctx, epoch)
		if errors.Is(err, collections.ErrNotFound) {
			return k.EpochRewards.Get(ctx, epoch)
		}
		if err != nil {
			return types.EpochReward{}, err
		}
		if p.Phase == types.PAYOUT_PHASE_ABORT {
			return types.EpochReward{}, errors.New(p.AbortReason)
		}
		if err := k.advancePayout(ctx, p, math.MaxInt); err != nil {
			return types.EpochReward{}, err
		}
	}
}

func (k *Keeper) oldestPayout(ctx context.Context) (types.EpochPayout, bool, error) {
	it, err := k.Payouts.Iterate(ctx, nil)
	if err != nil {
		return types.EpochPayout{}, false, err
	}
	defer it.Close()
	if !it.Valid() {
		return types.EpochPayout{}, false, nil
	}
	p, err := it.Value()
	return p, err == nil, err
}

// advancePayout walks the payout's phases with a budget of `budget` records and saves it
// (or finishes it). Starting a queued payout and moving between phases cost nothing.
func (k *Keeper) advancePayout(ctx context.Context, p types.EpochPayout, budget int) error {
	p.LastHeight = sdk.UnwrapSDKContext(ctx).BlockHeight()
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	for {
		var done bool
		var used int
		switch p.Phase {
		case types.PAYOUT_PHASE_QUEUED:
			if err := k.startPayout(ctx, &p); err != nil {
				return err
			}
			continue
		case types.PAYOUT_PHASE_SNAPSHOT:
			used, done, err = k.snapshotRecords(ctx, &p, params, budget)
			if done {
				p.Phase, p.Cursor = types.PAYOUT_PHASE_SCORE, ""
			}
		case types.PAYOUT_PHASE_SCORE:
			used, done, err = k.sumScores(ctx, &p, params, budget)
			if done {
				p.Phase, p.Cursor = types.PAYOUT_PHASE_PAY, ""
			}
		case types.PAYOUT_PHASE_PAY:
			used, done, err = k.payRecords(ctx, &p, params, budget)
			if err == nil && done {
				return k.finishPayout(ctx, p)
			}
		case types.PAYOUT_PHASE_ABORT:
			used, done, err = k.dropRecords(ctx, p.Epoch, budget)
			if err == nil && done {
				return k.finishPayout(ctx, p)
			}
		default:
			return types.ErrPayout.Wrapf("payout of epoch %d in unknown phase %d", p.Epoch, p.Phase)
		}
		if err != nil {
			return err
		}
		budget -= used
		if budget <= 0 || !done {
			return k.Payouts.Set(ctx, p.Epoch, p)
		}
	}
}

// startPayout fixes the budget from the schedule at the epoch's end (after every earlier
// epoch was paid, so MiningPaid is final) and the reward cap per credited unit.
func (k *Keeper) startPayout(ctx context.Context, p *types.EpochPayout) error {
	gt, err := k.GenesisTimeOf(ctx)
	if err != nil {
		return err
	}
	paid, err := getInt(ctx, k.MiningPaid)
	if err != nil {
		return err
	}
	period, left, remaining, budget := types.EpochBudget(gt, p.EndedAt, p.EpochDuration, paid)
	// Never promise more than the pool holds.
	if pool := k.bankKeeper.GetBalance(ctx, k.accountKeeper.GetModuleAddress(MiningRewardsPool), BaseDenom).Amount; budget.GT(pool) {
		budget = pool
	}
	p.Period, p.EpochsLeftInPeriod, p.PeriodRemaining, p.Budget = uint32(period), left, remaining, budget
	p.RewardCapPerUnit = sdkmath.ZeroInt()
	if !budget.IsPositive() {
		// Nothing to pay: nothing to snapshot.
		p.Phase = types.PAYOUT_PHASE_PAY
		return nil
	}
	cost, err := k.computeKeeper.FarmingCostPerUnit(ctx)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	// With a zero farming cost (x/compute's min_paid_price_per_unit or dev_fund_share set to 0 by
	// governance) self-paid work costs nothing and no cap can make it lose money: payouts are then
	// uncapped (cap 0) rather than all zero. A positive cost caps at 1 abtt per unit at least.
	if cost.IsPositive() {
		p.RewardCapPerUnit = sdkmath.MaxInt(params.RewardCapRatio.MulInt(cost).TruncateInt(), sdkmath.OneInt())
	}
	p.Phase = types.PAYOUT_PHASE_SNAPSHOT
	return nil
}

// snapshotRecords copies up to budget of x/compute's records into the payout snapshot and adds
// their credited units to the totals. Region, energy class and attestation are read live by
// x/compute, so the later phases must all see the same copy.
func (k *Keeper) snapshotRecords(ctx context.Context, p *types.EpochPayout, params types.Params, budget int) (int, bool, error) {
	records, more, err := k.computeKeeper.ComputeRecordsPage(ctx, p.Epoch, p.Cursor, budget)
	if err != nil {
		return 0, false, err
	}
	for _, r := range records {
		p.Cursor = r.Operator
		// A record whose operator is not an account that may receive funds (a malformed
		// address, a module account) takes no share: it could never be paid.
		addr, err := sdk.AccAddressFromBech32(r.Operator)
		if err != nil || k.bankKeeper.BlockedAddr(addr) {
			continue
		}
		key := collections.Join(p.Epoch, r.Operator)
		if has, err := k.PayoutRecords.Has(ctx, key); err != nil || has {
			if err == nil {
				err = types.ErrPayout.Wrapf("duplicate record for node %s", r.Operator)
			}
			return 0, false, err
		}
		if err := k.PayoutRecords.Set(ctx, key, types.SnapshotOf(p.Epoch, r)); err != nil {
			return 0, false, err
		}
		p.NodeCount++
		totals := types.NewUnitTotals()
		if regionAdd := totals.Add(params, r); regionAdd.IsPositive() {
			rk := collections.Join(p.Epoch, r.Region)
			cur, err := k.PayoutRegionUnits.Get(ctx, rk)
			if errors.Is(err, collections.ErrNotFound) {
				cur, err = sdkmath.ZeroInt(), nil
			}
			if err != nil {
				return 0, false, err
			}
			if err := k.PayoutRegionUnits.Set(ctx, rk, cur.Add(regionAdd)); err != nil {
				return 0, false, err
			}
		}
		p.TotalUnits = p.TotalUnits.Add(totals.Total)
	}
	return len(records), !more, nil
}

// walkSnapshot calls fn for up to budget snapshot records of the epoch after cursor, in
// operator order; it returns how many it visited and whether the walk reached the end.
func (k *Keeper) walkSnapshot(ctx context.Context, epoch int64, cursor string, budget int, fn func(types.NodeReward) error) (int, bool, error) {
	rng := collections.NewPrefixedPairRange[int64, string](epoch)
	if cursor != "" {
		rng = rng.StartExclusive(cursor)
	}
	it, err := k.PayoutRecords.Iterate(ctx, rng)
	if err != nil {
		return 0, false, err
	}
	var batch []types.NodeReward
	for ; it.Valid() && len(batch) < budget; it.Next() {
		v, err := it.Value()
		if err != nil {
			it.Close()
			return 0, false, err
		}
		batch = append(batch, v)
	}
	done := !it.Valid()
	it.Close()
	for _, r := range batch {
		if err := fn(r); err != nil {
			return 0, false, err
		}
	}
	return len(batch), done, nil
}

func (k *Keeper) regionUnits(ctx context.Context, epoch int64, r types.NodeReward) (sdkmath.Int, error) {
	if !r.Attested {
		return sdkmath.ZeroInt(), nil
	}
	u, err := k.PayoutRegionUnits.Get(ctx, collections.Join(epoch, r.Region))
	if errors.Is(err, collections.ErrNotFound) {
		return sdkmath.ZeroInt(), nil
	}
	return u, err
}

func (k *Keeper) score(ctx context.Context, p *types.EpochPayout, params types.Params, r types.NodeReward) (types.NodeReward, error) {
	ru, err := k.regionUnits(ctx, p.Epoch, r)
	if err != nil {
		return types.NodeReward{}, err
	}
	return types.NodeScore(params, p.Epoch, types.RecordOf(r), p.TotalUnits, ru), nil
}

// sumScores adds up to budget records' scores to the total the payouts are shares of.
func (k *Keeper) sumScores(ctx context.Context, p *types.EpochPayout, params types.Params, budget int) (int, bool, error) {
	return k.walkSnapshot(ctx, p.Epoch, p.Cursor, budget, func(r types.NodeReward) error {
		nr, err := k.score(ctx, p, params, r)
		if err != nil {
			return err
		}
		p.TotalScore = p.TotalScore.Add(nr.Score)
		p.Cursor = r.Operator
		return nil
	})
}

// payRecords pays up to budget nodes their share, records their rewards and drops their
// snapshot entries. One node's failing send pays that node nothing (logged, in its record)
// and the payout goes on.
func (k *Keeper) payRecords(ctx context.Context, p *types.EpochPayout, params types.Params, budget int) (int, bool, error) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	stepPaid := sdkmath.ZeroInt()
	used, done, err := k.walkSnapshot(ctx, p.Epoch, "", budget, func(r types.NodeReward) error {
		nr, err := k.score(ctx, p, params, r)
		if err != nil {
			return err
		}
		nr.Payout, nr.Capped = types.NodePayout(p.Budget, nr.Score, p.TotalScore, p.RewardCapPerUnit, nr.ComputeUnits)
		if nr.Payout.IsPositive() {
			cacheCtx, write := sdkCtx.CacheContext()
			if err := k.bankKeeper.SendCoinsFromModuleToAccount(cacheCtx, MiningRewardsPool,
				sdk.MustAccAddressFromBech32(nr.Operator), bttCoins(nr.Payout)); err != nil {
				k.Logger(ctx).Error("node reward not paid", "epoch", p.Epoch, "operator", nr.Operator, "err", err)
				nr.Payout, nr.Capped = sdkmath.ZeroInt(), false
			} else {
				write()
			}
		}
		if nr.Capped {
			p.CappedNodes++
		}
		p.Paid = p.Paid.Add(nr.Payout)
		stepPaid = stepPaid.Add(nr.Payout)
		key := collections.Join(p.Epoch, nr.Operator)
		if err := k.NodeRewards.Set(ctx, key, nr); err != nil {
			return err
		}
		if err := k.NodeRewardsByNode.Set(ctx, collections.Join(nr.Operator, p.Epoch)); err != nil {
			return err
		}
		if err := k.PayoutRecords.Remove(ctx, key); err != nil {
			return err
		}
		events.Emit(sdkCtx, &types.EventNodeReward{Epoch: p.Epoch, Operator: nr.Operator, Score: nr.Score, Amount: bttCoin(nr.Payout)})
		return nil
	})
	if err != nil {
		return 0, false, err
	}
	if p.Paid.GT(p.Budget) {
		return 0, false, types.ErrPayout.Wrapf("epoch %d paid %s above its budget %s", p.Epoch, p.Paid, p.Budget)
	}
	if err := addInt(ctx, k.MiningPaid, stepPaid); err != nil {
		return 0, false, err
	}
	return used, done, k.recordRelease(ctx, types.SourceMining, stepPaid)
}

// dropRecords removes up to budget snapshot records of an aborted payout.
func (k *Keeper) dropRecords(ctx context.Context, epoch int64, budget int) (int, bool, error) {
	return k.walkSnapshot(ctx, epoch, "", budget, func(r types.NodeReward) error {
		return k.PayoutRecords.Remove(ctx, collections.Join(epoch, r.Operator))
	})
}

// finishPayout records the epoch's reward summary and drops the payout and its region totals
// (one entry per attested region, a bounded set).
func (k *Keeper) finishPayout(ctx context.Context, p types.EpochPayout) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	var regions []string
	err := k.PayoutRegionUnits.Walk(ctx, collections.NewPrefixedPairRange[int64, string](p.Epoch),
		func(key collections.Pair[int64, string], _ sdkmath.Int) (bool, error) {
			regions = append(regions, key.K2())
			return false, nil
		})
	if err != nil {
		return err
	}
	for _, r := range regions {
		if err := k.PayoutRegionUnits.Remove(ctx, collections.Join(p.Epoch, r)); err != nil {
			return err
		}
	}
	er := types.EpochReward{
		Epoch: p.Epoch, Time: p.EndedAt, Period: p.Period, EpochsLeftInPeriod: p.EpochsLeftInPeriod,
		PeriodRemaining: p.PeriodRemaining, Budget: p.Budget, Paid: p.Paid, CarriedForward: p.Budget.Sub(p.Paid),
		TotalScore: p.TotalScore, NodeCount: p.NodeCount, RewardCapPerUnit: p.RewardCapPerUnit,
		CappedNodes: p.CappedNodes, CompletedHeight: sdkCtx.BlockHeight(), AbortReason: p.AbortReason,
	}
	if err := k.EpochRewards.Set(ctx, p.Epoch, er); err != nil {
		return err
	}
	if err := k.Payouts.Remove(ctx, p.Epoch); err != nil {
		return err
	}
	events.Emit(sdkCtx, &types.EventEpochReward{Epoch: p.Epoch, Budget: bttCoin(p.Budget), Paid: bttCoin(p.Paid),
		CarriedForward: bttCoin(er.CarriedForward), Nodes: p.NodeCount})
	return nil
}
