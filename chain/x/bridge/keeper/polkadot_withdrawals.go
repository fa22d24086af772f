package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// reservedOf returns the planck of a custody's pending withdrawals (the Reserved index: one read).
func (k Keeper) reservedOf(ctx context.Context, custody uint64) (sdkmath.Int, error) {
	r, err := k.Polkadot.Reserved.Get(ctx, custody)
	if errors.Is(err, collections.ErrNotFound) {
		return sdkmath.ZeroInt(), nil
	}
	return r, err
}

// available is a custody's balance less its pending withdrawals.
func (k Keeper) available(ctx context.Context, c types.PolkadotCustody) (sdkmath.Int, error) {
	r, err := k.reservedOf(ctx, c.Id)
	if err != nil {
		return sdkmath.Int{}, err
	}
	return c.Balance.Sub(r), nil
}

// addCount adds delta to a counter item.
func addCount(ctx context.Context, item collections.Item[uint64], delta int64) error {
	return item.Set(ctx, uint64(int64(getOr(ctx, item))+delta))
}

// indexPending adds a pending withdrawal to the pending indexes: Pending, PendingByTimeout, its custody's
// Reserved, Migrating (a migration) or PendingCount and PendingBySender (a user withdrawal).
func (k Keeper) indexPending(ctx context.Context, w types.PolkadotWithdrawal) error {
	s := k.Polkadot
	if err := s.Pending.Set(ctx, w.Id); err != nil {
		return err
	}
	if err := s.PendingByTimeout.Set(ctx, collections.Join(w.TimeoutHeight, w.Id)); err != nil {
		return err
	}
	r, err := k.reservedOf(ctx, w.CustodyId)
	if err != nil {
		return err
	}
	if err := s.Reserved.Set(ctx, w.CustodyId, r.Add(w.Amount)); err != nil {
		return err
	}
	if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION {
		return s.Migrating.Set(ctx, w.CustodyId, w.Id)
	}
	if w.Kind != types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER {
		return nil // a refund is made by governance: outside the users' caps
	}
	if err := addCount(ctx, s.PendingCount, 1); err != nil {
		return err
	}
	n, err := k.pendingOfSender(ctx, w.Sender)
	if err != nil {
		return err
	}
	return s.PendingBySender.Set(ctx, w.Sender, n+1)
}

// unindexPending removes a withdrawal that is no longer pending from the pending indexes.
func (k Keeper) unindexPending(ctx context.Context, w types.PolkadotWithdrawal) error {
	s := k.Polkadot
	if err := s.Pending.Remove(ctx, w.Id); err != nil {
		return err
	}
	if err := s.PendingByTimeout.Remove(ctx, collections.Join(w.TimeoutHeight, w.Id)); err != nil {
		return err
	}
	r, err := k.reservedOf(ctx, w.CustodyId)
	if err != nil {
		return err
	}
	if r = r.Sub(w.Amount); r.IsZero() {
		err = s.Reserved.Remove(ctx, w.CustodyId)
	} else {
		err = s.Reserved.Set(ctx, w.CustodyId, r)
	}
	if err != nil {
		return err
	}
	if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION {
		return s.Migrating.Remove(ctx, w.CustodyId)
	}
	if w.Kind != types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER {
		return nil
	}
	if err := addCount(ctx, s.PendingCount, -1); err != nil {
		return err
	}
	n, err := k.pendingOfSender(ctx, w.Sender)
	if err != nil {
		return err
	}
	if n <= 1 {
		return s.PendingBySender.Remove(ctx, w.Sender)
	}
	return s.PendingBySender.Set(ctx, w.Sender, n-1)
}

// pendingOfSender is the number of pending user withdrawals of a sender.
func (k Keeper) pendingOfSender(ctx context.Context, sender string) (uint64, error) {
	n, err := k.Polkadot.PendingBySender.Get(ctx, sender)
	if errors.Is(err, collections.ErrNotFound) {
		return 0, nil
	}
	return n, err
}

// payingCustody picks the custody that pays amount: the current one if it can, else the oldest one that can.
// A custody can pay if, after all its pending withdrawals and this one, it keeps nothing or at least the
// existential deposit (a transfer that left dust below it would make Polkadot reap the dust). It reads the
// Reserved index: its cost does not grow with the pending withdrawals.
func (k Keeper) payingCustody(ctx context.Context, amount sdkmath.Int) (types.PolkadotCustody, error) {
	ed := k.polkadotParams(ctx).ExistentialDeposit
	can := func(c types.PolkadotCustody) (bool, error) {
		free, err := k.available(ctx, c)
		if err != nil {
			return false, err
		}
		left := free.Sub(amount)
		return left.IsZero() || left.GTE(ed), nil
	}
	current, ok, err := k.CurrentPolkadotCustody(ctx)
	if err != nil {
		return current, err
	}
	if !ok {
		return current, errorsmod.Wrap(types.ErrPolkadotCustodyNotFound, "no Polkadot custody yet")
	}
	if yes, err := can(current); err != nil || yes {
		return current, err
	}
	var found *types.PolkadotCustody
	if err := k.Polkadot.Custodies.Walk(ctx, nil, func(_ uint64, c types.PolkadotCustody) (bool, error) {
		yes, err := can(c)
		if yes {
			found = &c
		}
		return yes, err
	}); err != nil {
		return current, err
	}
	if found == nil {
		free, err := k.available(ctx, current)
		if err != nil {
			return current, err
		}
		return current, errorsmod.Wrapf(types.ErrPolkadotCustodyFunds,
			"no custody holds %s planck free (the current one, %d, holds %s of which %s free; funds may be migrating)",
			amount, current.Id, current.Balance, free)
	}
	return *found, nil
}

func (k Keeper) nextWithdrawalID(ctx context.Context) (uint64, error) {
	id := getOr(ctx, k.Polkadot.NextWithdrawal)
	if id == 0 {
		id = 1
	}
	return id, k.Polkadot.NextWithdrawal.Set(ctx, id+1)
}

// addWithdrawal stores a new pending withdrawal and emits EventPolkadotWithdrawalCreated.
func (k Keeper) addWithdrawal(ctx context.Context, w types.PolkadotWithdrawal) (types.PolkadotWithdrawal, error) {
	id, err := k.nextWithdrawalID(ctx)
	if err != nil {
		return w, err
	}
	h := sdk.UnwrapSDKContext(ctx).BlockHeight()
	w.Id, w.CreatedHeight, w.Status = id, h, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING
	w.TimeoutHeight = h + int64(k.polkadotParams(ctx).WithdrawalTimeoutBlocks)
	if w.Fee.IsNil() {
		w.Fee = sdkmath.ZeroInt()
	}
	if err := k.Polkadot.Withdrawals.Set(ctx, id, w); err != nil {
		return w, err
	}
	if err := k.indexPending(ctx, w); err != nil {
		return w, err
	}
	k.emit(ctx, &types.EventPolkadotWithdrawalCreated{Withdrawal: &w})
	return w, nil
}

// SendToPolkadot burns the sender's vouchers, pays the fee to the fee collector and makes a user withdrawal to
// the SS58 destination. Every check comes before the first write: a refused message changes nothing.
func (k Keeper) SendToPolkadot(ctx context.Context, msg *types.MsgSendToPolkadot) (types.PolkadotWithdrawal, error) {
	sender, err := sdk.AccAddressFromBech32(msg.Sender)
	if err != nil {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrInvalidRequest, "sender: %s", err)
	}
	_, dest, err := types.DecodeSS58(msg.Destination)
	if err != nil {
		return types.PolkadotWithdrawal{}, errorsmod.Wrap(types.ErrInvalidPolkadotAddress, err.Error())
	}
	if msg.Amount.Denom != types.PolkadotVoucherDenom {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrUnknownDenom, "%q: only %s goes to Polkadot", msg.Amount.Denom, types.PolkadotVoucherDenom)
	}
	if msg.Amount.Amount.IsNil() || !msg.Amount.Amount.IsPositive() {
		return types.PolkadotWithdrawal{}, errorsmod.Wrap(types.ErrInvalidTransfer, "amount must be positive")
	}
	p := k.polkadotParams(ctx)
	if msg.Amount.Amount.LT(p.ExistentialDeposit) {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrBelowExistentialDeposit, "%s planck < %s", msg.Amount.Amount, p.ExistentialDeposit)
	}
	// The fee: an unset fee (no denom, no amount) is 0; else it must be bridge/dot/wnd and not negative.
	fee := msg.Fee.Amount
	if fee.IsNil() {
		fee = sdkmath.ZeroInt()
	}
	if fee.IsNegative() || (msg.Fee.Denom != "" && msg.Fee.Denom != types.PolkadotVoucherDenom) || (fee.IsPositive() && msg.Fee.Denom == "") {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrInvalidTransfer, "fee %s%s must be a non-negative amount of %s", fee, msg.Fee.Denom, types.PolkadotVoucherDenom)
	}
	if min := p.MinFee(); fee.LT(min) {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrPolkadotWithdrawalFeeTooLow, "fee %s planck is below params.polkadot.min_withdrawal_fee %s", fee, min)
	}
	// The caps (0 only in params stored before they existed: no cap).
	if n := getOr(ctx, k.Polkadot.PendingCount); p.MaxPendingWithdrawals > 0 && n >= p.MaxPendingWithdrawals {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrTooManyPendingPolkadot, "%d pending, params.polkadot.max_pending_withdrawals is %d", n, p.MaxPendingWithdrawals)
	}
	n, err := k.pendingOfSender(ctx, sender.String())
	if err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	if p.MaxPendingWithdrawalsPerSender > 0 && n >= p.MaxPendingWithdrawalsPerSender {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrTooManyPendingPolkadotOfSender, "%s has %d pending, params.polkadot.max_pending_withdrawals_per_sender is %d",
			sender, n, p.MaxPendingWithdrawalsPerSender)
	}
	custody, err := k.payingCustody(ctx, msg.Amount.Amount)
	if err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	if bal := k.bank.GetBalance(ctx, sender, types.PolkadotVoucherDenom); bal.Amount.LT(msg.Amount.Amount.Add(fee)) {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrInsufficientFunds, "%s holds %s, needs %s + fee %s", sender, bal, msg.Amount.Amount, fee)
	}
	coins := sdk.NewCoins(msg.Amount)
	if err := k.bank.SendCoinsFromAccountToModule(ctx, sender, types.ModuleName, coins); err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	if err := k.bank.BurnCoins(ctx, types.ModuleName, coins); err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	if fee.IsPositive() {
		if err := k.bank.SendCoinsFromAccountToModule(ctx, sender, authtypes.FeeCollectorName, polkadotCoins(fee)); err != nil {
			return types.PolkadotWithdrawal{}, err
		}
	}
	return k.addWithdrawal(ctx, types.PolkadotWithdrawal{
		Kind: types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER, Sender: sender.String(),
		DestinationAccount: types.AccountHex(dest), Destination: msg.Destination, Amount: msg.Amount.Amount, CustodyId: custody.Id,
		Fee: fee,
	})
}

// finishWithdrawal sets a pending withdrawal's final status, drops it from the pending index, refunds a user
// withdrawal that did not execute, and emits EventPolkadotWithdrawalFinished.
func (k Keeper) finishWithdrawal(ctx context.Context, w types.PolkadotWithdrawal, status types.PolkadotWithdrawalStatus) error {
	w.Status, w.FinishedHeight = status, sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.Polkadot.Withdrawals.Set(ctx, w.Id, w); err != nil {
		return err
	}
	if err := k.unindexPending(ctx, w); err != nil {
		return err
	}
	refunded := false
	if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_REFUND {
		if err := k.settleRefund(ctx, w, status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED); err != nil {
			return err
		}
	}
	if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER &&
		(status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_FAILED || status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT) {
		to, err := sdk.AccAddressFromBech32(w.Sender)
		if err != nil {
			return err
		}
		k.registerPolkadotVoucher(ctx)
		if err := k.bank.MintCoins(ctx, types.ModuleName, polkadotCoins(w.Amount)); err != nil {
			return err
		}
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, to, polkadotCoins(w.Amount)); err != nil {
			return err
		}
		refunded = true
	}
	k.emit(ctx, &types.EventPolkadotWithdrawalFinished{WithdrawalId: w.Id, Kind: w.Kind, Status: status, Refunded: refunded})
	return nil
}

// payOut moves an executed withdrawal's planck out of its custody (into the receiving custody for a migration).
func (k Keeper) payOut(ctx context.Context, w types.PolkadotWithdrawal) error {
	if err := k.addCustodyBalance(ctx, w.CustodyId, w.Amount.Neg()); err != nil {
		return err
	}
	if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION {
		return k.addCustodyBalance(ctx, w.ToCustodyId, w.Amount)
	}
	return nil
}

// applyWithdrawalExecuted applies an observed executed claim: success pays the withdrawal out of its custody,
// failure refunds a user withdrawal (a failed migration is made again by EndBlock). A success for a
// withdrawal that timed out is recorded (the custody paid it; for a user withdrawal the refund was already
// made, counted in totals.overdrawn). Any other withdrawal (unknown, already executed or failed) is refused.
func (k Keeper) applyWithdrawalExecuted(ctx sdk.Context, c types.PolkadotWithdrawalExecuted) error {
	w, err := k.Polkadot.Withdrawals.Get(ctx, c.WithdrawalId)
	if err != nil {
		return fmt.Errorf("executed withdrawal %d is unknown: %w", c.WithdrawalId, err)
	}
	user := w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER
	switch {
	case w.Status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING && c.Success:
		if err := k.payOut(ctx, w); err != nil {
			return err
		}
		if user {
			if err := k.updatePolkadotTotals(ctx, func(t *types.PolkadotTotals) { t.Executed = t.Executed.Add(w.Amount) }); err != nil {
				return err
			}
		}
		return k.finishWithdrawal(ctx, w, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED)
	case w.Status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING:
		return k.finishWithdrawal(ctx, w, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_FAILED)
	case w.Status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT && c.Success:
		if err := k.payOut(ctx, w); err != nil {
			return err
		}
		if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_REFUND {
			if err := k.settleRefund(ctx, w, true); err != nil {
				return err
			}
		}
		if user {
			if err := k.updatePolkadotTotals(ctx, func(t *types.PolkadotTotals) { t.Overdrawn = t.Overdrawn.Add(w.Amount) }); err != nil {
				return err
			}
		}
		w.Status, w.FinishedHeight = types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT, ctx.BlockHeight()
		if err := k.Polkadot.Withdrawals.Set(ctx, w.Id, w); err != nil {
			return err
		}
		k.emit(ctx, &types.EventPolkadotWithdrawalFinished{WithdrawalId: w.Id, Kind: w.Kind, Status: w.Status})
		return nil
	}
	return fmt.Errorf("withdrawal %d is %s, not pending", w.Id, w.Status)
}

// TimeoutPolkadotWithdrawals finishes the pending withdrawals whose timeout_height is reached (EndBlock):
// user withdrawals are refunded; a migration is made again. It reads the PendingByTimeout index up to this
// height, so withdrawals not yet due cost nothing.
func (k Keeper) TimeoutPolkadotWithdrawals(ctx context.Context) error {
	h := sdk.UnwrapSDKContext(ctx).BlockHeight()
	var due []uint64
	if err := k.Polkadot.PendingByTimeout.Walk(ctx, collections.NewPrefixUntilPairRange[int64, uint64](h),
		func(key collections.Pair[int64, uint64]) (bool, error) {
			due = append(due, key.K2())
			return false, nil
		}); err != nil {
		return err
	}
	for _, id := range due {
		w, err := k.Polkadot.Withdrawals.Get(ctx, id)
		if err != nil {
			return err
		}
		if err := k.finishWithdrawal(ctx, w, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT); err != nil {
			return err
		}
	}
	return nil
}

// PendingPolkadotAmount is the planck of the pending user withdrawals (burned, not yet executed).
func (k Keeper) PendingPolkadotAmount(ctx context.Context) (sdkmath.Int, error) {
	sum := sdkmath.ZeroInt()
	err := k.Polkadot.Pending.Walk(ctx, nil, func(id uint64) (bool, error) {
		w, err := k.Polkadot.Withdrawals.Get(ctx, id)
		if err != nil {
			return true, err
		}
		if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER {
			sum = sum.Add(w.Amount)
		}
		return false, nil
	})
	return sum, err
}

// UnclaimablePolkadotAmount is the planck of the unclaimable Polkadot deposits (not minted).
func (k Keeper) UnclaimablePolkadotAmount(ctx context.Context) (sdkmath.Int, error) {
	sum := sdkmath.ZeroInt()
	err := k.Polkadot.Unclaimable.Walk(ctx, nil, func(_ uint64, u types.PolkadotUnclaimableDeposit) (bool, error) {
		sum = sum.Add(u.Deposit.Amount)
		return false, nil
	})
	return sum, err
}
