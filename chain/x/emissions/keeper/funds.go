package keeper

import (
	"context"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// AddMilestone stores a new foundation milestone and returns its id.
func (k *Keeper) AddMilestone(ctx context.Context, sb types.SubBudget, amount math.Int, recipient, description string) (uint64, error) {
	id, err := k.MilestoneSeq.Next(ctx)
	if err != nil {
		return 0, err
	}
	m := types.Milestone{Id: id, SubBudget: sb, Amount: amount, Recipient: recipient, Description: description}
	if err := m.ValidateFields(); err != nil {
		return 0, types.ErrInvalidMilestone.Wrap(err.Error())
	}
	if amount.GT(types.SubBudgetCap(sb)) {
		return 0, types.ErrSubBudgetCap.Wrapf("milestone amount %s exceeds the %v sub-budget %s", amount, sb, types.SubBudgetCap(sb))
	}
	if err := k.Milestones.Set(ctx, id, m); err != nil {
		return 0, err
	}
	events.Emit(ctx, &types.EventMilestoneAdded{MilestoneId: id, SubBudget: sb, Amount: bttCoin(amount), Recipient: recipient})
	return id, nil
}

// FoundationReleased returns the total released and the released amount per sub-budget.
func (k *Keeper) FoundationReleased(ctx context.Context) (math.Int, map[types.SubBudget]math.Int, error) {
	total := math.ZeroInt()
	per := map[types.SubBudget]math.Int{}
	err := k.Milestones.Walk(ctx, nil, func(_ uint64, m types.Milestone) (bool, error) {
		if m.Released {
			total = total.Add(m.Amount)
			if cur, ok := per[m.SubBudget]; ok {
				per[m.SubBudget] = cur.Add(m.Amount)
			} else {
				per[m.SubBudget] = m.Amount
			}
		}
		return false, nil
	})
	return total, per, err
}

// ReleaseMilestone pays a milestone from the foundation pool if the 48-month cap and
// its sub-budget allow it.
func (k *Keeper) ReleaseMilestone(ctx context.Context, id uint64) error {
	m, err := k.Milestones.Get(ctx, id)
	if err != nil {
		return types.ErrMilestoneNotFound.Wrapf("milestone %d", id)
	}
	if m.Released {
		return types.ErrMilestoneReleased.Wrapf("milestone %d", id)
	}
	gt, err := k.GenesisTimeOf(ctx)
	if err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	total, per, err := k.FoundationReleased(ctx)
	if err != nil {
		return err
	}
	if limit := types.FoundationCapAt(gt, sdkCtx.BlockTime()); total.Add(m.Amount).GT(limit) {
		return types.ErrFoundationCap.Wrapf("released %s + %s would exceed the cap %s at month %d of 48",
			total, m.Amount, limit, types.MonthsSince(gt, sdkCtx.BlockTime(), types.FoundationReleaseMonths))
	}
	sub := per[m.SubBudget]
	if sub.IsNil() {
		sub = math.ZeroInt()
	}
	if limit := types.SubBudgetCap(m.SubBudget); sub.Add(m.Amount).GT(limit) {
		return types.ErrSubBudgetCap.Wrapf("%v released %s + %s would exceed %s", m.SubBudget, sub, m.Amount, limit)
	}
	if err := k.bankKeeper.SendCoinsFromModuleToAccount(ctx, FoundationPool, sdk.MustAccAddressFromBech32(m.Recipient), bttCoins(m.Amount)); err != nil {
		return err
	}
	m.Released = true
	m.ReleasedAt = sdkCtx.BlockTime()
	if err := k.Milestones.Set(ctx, id, m); err != nil {
		return err
	}
	if err := k.recordRelease(ctx, types.SourceMilestones, m.Amount); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventMilestoneReleased{MilestoneId: id, SubBudget: m.SubBudget, Amount: bttCoin(m.Amount), Recipient: m.Recipient})
	return nil
}

// SpendPool pays coins from a governance-controlled pool to a recipient.
func (k *Keeper) SpendPool(ctx context.Context, pool, source, recipient string, amount sdk.Coins, purpose string) error {
	addr, err := sdk.AccAddressFromBech32(recipient)
	if err != nil {
		return types.ErrInvalidSpend.Wrapf("recipient: %v", err)
	}
	if !amount.IsValid() || amount.IsZero() {
		return types.ErrInvalidSpend.Wrapf("amount %s must be positive and valid", amount)
	}
	if err := k.bankKeeper.SendCoinsFromModuleToAccount(ctx, pool, addr, amount); err != nil {
		return types.ErrInvalidSpend.Wrap(err.Error())
	}
	if err := k.recordRelease(ctx, source, amount.AmountOf(BaseDenom)); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventFundSpend{Pool: pool, Recipient: recipient, Amount: amount, Purpose: purpose})
	return nil
}

// ApplyFeeSplit moves params.fee_split_fraction of the fee collector's abtt to the
// development fund. It runs at the start of every block, before x/distribution hands
// the rest of the fees to validators and delegators.
func (k *Keeper) ApplyFeeSplit(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	bal := k.bankKeeper.GetBalance(ctx, k.accountKeeper.GetModuleAddress(k.feeCollector), BaseDenom).Amount
	share := math.LegacyNewDecFromInt(bal).Mul(params.FeeSplitFraction).TruncateInt()
	if !share.IsPositive() {
		return nil
	}
	if err := k.bankKeeper.SendCoinsFromModuleToModule(ctx, k.feeCollector, types.DevelopmentFund, bttCoins(share)); err != nil {
		return err
	}
	if err := addInt(ctx, k.FeeSplitTotal, share); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventFeeSplit{Amount: bttCoin(share), Fee: bttCoin(bal)})
	return nil
}

// BurnFee burns params.burn_fraction of an abtt fee held by module account fromModule
// (tokenization, premium compute) and returns the amount burned. The rest stays with
// the caller. Total burned is tracked for the supply invariant.
func (k *Keeper) BurnFee(ctx context.Context, fromModule string, fee math.Int) (math.Int, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return math.ZeroInt(), err
	}
	if fee.IsNil() || fee.IsNegative() {
		return math.ZeroInt(), types.ErrInvalidBurn.Wrapf("fee %v", fee)
	}
	burn := math.LegacyNewDecFromInt(fee).Mul(params.BurnFraction).TruncateInt()
	return burn, k.Burn(ctx, fromModule, burn)
}

// Burn burns amt abtt held by module account fromModule and adds it to the total burned.
func (k *Keeper) Burn(ctx context.Context, fromModule string, amt math.Int) error {
	if amt.IsNil() || amt.IsNegative() {
		return types.ErrInvalidBurn.Wrapf("amount %v", amt)
	}
	if amt.IsZero() {
		return nil
	}
	coins := bttCoins(amt)
	if fromModule != types.ModuleName {
		if err := k.bankKeeper.SendCoinsFromModuleToModule(ctx, fromModule, types.ModuleName, coins); err != nil {
			return types.ErrInvalidBurn.Wrap(err.Error())
		}
	}
	if err := k.bankKeeper.BurnCoins(ctx, types.ModuleName, coins); err != nil {
		return err
	}
	return k.RecordBurn(ctx, fromModule, amt)
}

// RecordBurn adds amt abtt, already burned by module account fromModule through the bank
// keeper, to the total burned and emits a burn event. It is the one accounting point of
// every abtt burn: x/emissions' own Burn calls it, and the app gives x/gov and x/staking
// (vetoed and cancelled deposits, slashed stake) a bank keeper whose BurnCoins calls it.
func (k *Keeper) RecordBurn(ctx context.Context, fromModule string, amt math.Int) error {
	if amt.IsNil() || amt.IsNegative() {
		return types.ErrInvalidBurn.Wrapf("amount %v", amt)
	}
	if amt.IsZero() {
		return nil
	}
	if err := addInt(ctx, k.Burned, amt); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventBurn{FromModule: fromModule, Amount: bttCoin(amt)})
	return nil
}
