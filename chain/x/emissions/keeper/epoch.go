package keeper

import (
	"context"
	"strconv"
	"time"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// Hooks are x/emissions' x/epochs hooks.
type Hooks struct{ k *Keeper }

var _ epochstypes.EpochHooks = Hooks{}

// Hooks returns the x/epochs hooks that pay each epoch's mining budget.
func (k *Keeper) Hooks() Hooks { return Hooks{k} }

// AfterEpochEnd pays the ended epoch's mining budget when the identifier is the emissions one.
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
	// Pay in a cached context: a failure (a bad record from x/compute, say) pays nothing,
	// carries the budget forward and never halts the chain.
	cacheCtx, write := sdkCtx.CacheContext()
	if _, err := h.k.PayEpoch(cacheCtx, epoch, info.Duration); err != nil {
		h.k.Logger(ctx).Error("epoch payout failed; budget carries forward", "epoch", epoch, "err", err)
		sdkCtx.EventManager().EmitEvent(sdk.NewEvent(types.EventTypeEpochSkipped,
			sdk.NewAttribute(types.AttrEpoch, strconv.FormatInt(epoch, 10)), sdk.NewAttribute(types.AttrReason, err.Error())))
		return nil
	}
	write()
	return nil
}

// BeforeEpochStart does nothing.
func (h Hooks) BeforeEpochStart(context.Context, string, int64) error { return nil }

// PayEpoch computes the budget of the epoch ending now, splits it among x/compute's
// nodes by score, pays them from the mining pool and records every component.
func (k *Keeper) PayEpoch(ctx context.Context, epoch int64, epochDuration time.Duration) (types.EpochReward, error) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	now := sdkCtx.BlockTime()
	params, err := k.Params.Get(ctx)
	if err != nil {
		return types.EpochReward{}, err
	}
	gt, err := k.GenesisTimeOf(ctx)
	if err != nil {
		return types.EpochReward{}, err
	}
	paid, err := getInt(ctx, k.MiningPaid)
	if err != nil {
		return types.EpochReward{}, err
	}
	period, left, remaining, budget := types.EpochBudget(gt, now, epochDuration, paid)
	// Never promise more than the pool holds.
	if pool := k.bankKeeper.GetBalance(ctx, k.accountKeeper.GetModuleAddress(MiningRewardsPool), BaseDenom).Amount; budget.GT(pool) {
		budget = pool
	}
	var records []types.NodeEpochRecord
	if k.computeKeeper != nil && budget.IsPositive() {
		if records, err = k.computeKeeper.ComputeRecords(ctx, epoch); err != nil {
			return types.EpochReward{}, err
		}
	}
	// A record whose operator is not an account that may receive funds (a malformed
	// address, a module account) takes no share: it could never be paid.
	valid := records[:0:0]
	for _, r := range records {
		if addr, err := sdk.AccAddressFromBech32(r.Operator); err == nil && !k.bankKeeper.BlockedAddr(addr) {
			valid = append(valid, r)
		}
	}
	rewards, totalScore, epochPaid, err := types.ScoreEpoch(params, epoch, valid, budget)
	if err != nil {
		return types.EpochReward{}, err
	}
	for _, nr := range rewards {
		if nr.Payout.IsPositive() {
			addr := sdk.MustAccAddressFromBech32(nr.Operator)
			if err := k.bankKeeper.SendCoinsFromModuleToAccount(ctx, MiningRewardsPool, addr, bttCoins(nr.Payout)); err != nil {
				return types.EpochReward{}, err
			}
		}
		if err := k.NodeRewards.Set(ctx, collections.Join(epoch, nr.Operator), nr); err != nil {
			return types.EpochReward{}, err
		}
		if err := k.NodeRewardsByNode.Set(ctx, collections.Join(nr.Operator, epoch)); err != nil {
			return types.EpochReward{}, err
		}
		sdkCtx.EventManager().EmitEvent(sdk.NewEvent(types.EventTypeNodeReward,
			sdk.NewAttribute(types.AttrEpoch, strconv.FormatInt(epoch, 10)),
			sdk.NewAttribute(types.AttrOperator, nr.Operator),
			sdk.NewAttribute(types.AttrScore, nr.Score.String()),
			sdk.NewAttribute(types.AttrAmount, fmtInt(nr.Payout))))
	}
	if err := k.MiningPaid.Set(ctx, paid.Add(epochPaid)); err != nil {
		return types.EpochReward{}, err
	}
	if err := k.recordRelease(ctx, types.SourceMining, epochPaid); err != nil {
		return types.EpochReward{}, err
	}
	er := types.EpochReward{
		Epoch: epoch, Time: now, Period: uint32(period), EpochsLeftInPeriod: left, PeriodRemaining: remaining,
		Budget: budget, Paid: epochPaid, CarriedForward: budget.Sub(epochPaid), TotalScore: totalScore,
		NodeCount: uint32(len(rewards)),
	}
	if err := k.EpochRewards.Set(ctx, epoch, er); err != nil {
		return types.EpochReward{}, err
	}
	sdkCtx.EventManager().EmitEvent(sdk.NewEvent(types.EventTypeEpochReward,
		sdk.NewAttribute(types.AttrEpoch, strconv.FormatInt(epoch, 10)),
		sdk.NewAttribute(types.AttrBudget, fmtInt(budget)),
		sdk.NewAttribute(types.AttrPaid, fmtInt(epochPaid)),
		sdk.NewAttribute(types.AttrCarried, fmtInt(er.CarriedForward)),
		sdk.NewAttribute(types.AttrNodes, strconv.Itoa(len(rewards)))))
	return er, nil
}
