package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// reserved returns, per custody, the planck of its pending withdrawals.
func (k Keeper) reserved(ctx context.Context) (map[uint64]sdkmath.Int, error) {
	out := map[uint64]sdkmath.Int{}
	err := k.Polkadot.Pending.Walk(ctx, nil, func(id uint64) (bool, error) {
		w, err := k.Polkadot.Withdrawals.Get(ctx, id)
		if err != nil {
			return true, err
		}
		if v, ok := out[w.CustodyId]; ok {
			out[w.CustodyId] = v.Add(w.Amount)
		} else {
			out[w.CustodyId] = w.Amount
		}
		return false, nil
	})
	return out, err
}

// available is a custody's balance less its pending withdrawals.
func available(c types.PolkadotCustody, reserved map[uint64]sdkmath.Int) sdkmath.Int {
	if r, ok := reserved[c.Id]; ok {
		return c.Balance.Sub(r)
	}
	return c.Balance
}

// payingCustody picks the custody that pays amount: the current one if it can, else the oldest one that can.
// A custody can pay if, after all its pending withdrawals and this one, it keeps nothing or at least the
// existential deposit (a transfer that left dust below it would make Polkadot reap the dust).
func (k Keeper) payingCustody(ctx context.Context, amount sdkmath.Int) (types.PolkadotCustody, error) {
	ed := k.polkadotParams(ctx).ExistentialDeposit
	reserved, err := k.reserved(ctx)
	if err != nil {
		return types.PolkadotCustody{}, err
	}
	can := func(c types.PolkadotCustody) bool {
		left := available(c, reserved).Sub(amount)
		return left.IsZero() || left.GTE(ed)
	}
	current, ok, err := k.CurrentPolkadotCustody(ctx)
	if err != nil {
		return current, err
	}
	if !ok {
		return current, errorsmod.Wrap(types.ErrPolkadotCustodyNotFound, "no Polkadot custody yet")
	}
	if can(current) {
		return current, nil
	}
	var found *types.PolkadotCustody
	if err := k.Polkadot.Custodies.Walk(ctx, nil, func(_ uint64, c types.PolkadotCustody) (bool, error) {
		if can(c) {
			found = &c
			return true, nil
		}
		return false, nil
	}); err != nil {
		return current, err
	}
	if found == nil {
		return current, errorsmod.Wrapf(types.ErrPolkadotCustodyFunds,
			"no custody holds %s planck free (the current one, %d, holds %s of which %s free; funds may be migrating)",
			amount, current.Id, current.Balance, available(current, reserved))
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
	if err := k.Polkadot.Withdrawals.Set(ctx, id, w); err != nil {
		return w, err
	}
	if err := k.Polkadot.Pending.Set(ctx, id); err != nil {
		return w, err
	}
	k.emit(ctx, &types.EventPolkadotWithdrawalCreated{Withdrawal: &w})
	return w, nil
}

// SendToPolkadot burns the sender's vouchers and makes a user withdrawal to the SS58 destination.
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
	if ed := k.polkadotParams(ctx).ExistentialDeposit; msg.Amount.Amount.LT(ed) {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrBelowExistentialDeposit, "%s planck < %s", msg.Amount.Amount, ed)
	}
	custody, err := k.payingCustody(ctx, msg.Amount.Amount)
	if err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	coins := sdk.NewCoins(msg.Amount)
	if bal := k.bank.GetBalance(ctx, sender, types.PolkadotVoucherDenom); bal.Amount.LT(msg.Amount.Amount) {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrInsufficientFunds, "%s holds %s", sender, bal)
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, sender, types.ModuleName, coins); err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	if err := k.bank.BurnCoins(ctx, types.ModuleName, coins); err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	return k.addWithdrawal(ctx, types.PolkadotWithdrawal{
		Kind: types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER, Sender: sender.String(),
		DestinationAccount: types.AccountHex(dest), Destination: msg.Destination, Amount: msg.Amount.Amount, CustodyId: custody.Id,
	})
}

// finishWithdrawal sets a pending withdrawal's final status, drops it from the pending index, refunds a user
// withdrawal that did not execute, and emits EventPolkadotWithdrawalFinished.
func (k Keeper) finishWithdrawal(ctx context.Context, w types.PolkadotWithdrawal, status types.PolkadotWithdrawalStatus) error {
	w.Status, w.FinishedHeight = status, sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.Polkadot.Withdrawals.Set(ctx, w.Id, w); err != nil {
		return err
	}
	if err := k.Polkadot.Pending.Remove(ctx, w.Id); err != nil {
		return err
	}
	refunded := false
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
// user withdrawals are refunded; a migration is made again.
func (k Keeper) TimeoutPolkadotWithdrawals(ctx context.Context) error {
	h := sdk.UnwrapSDKContext(ctx).BlockHeight()
	var due []types.PolkadotWithdrawal
	if err := k.Polkadot.Pending.Walk(ctx, nil, func(id uint64) (bool, error) {
		w, err := k.Polkadot.Withdrawals.Get(ctx, id)
		if err != nil {
			return true, err
		}
		if w.TimeoutHeight <= h {
			due = append(due, w)
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, w := range due {
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

var _ = collections.ErrNotFound
