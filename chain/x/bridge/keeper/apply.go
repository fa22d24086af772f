package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// applyDeposit credits an observed deposit: abtt out of escrow for wBTT, a minted voucher otherwise.
// A receiver that is not a BTT account makes the deposit unclaimable (held by the module).
func (k Keeper) applyDeposit(ctx sdk.Context, d types.DepositClaim) error {
	token, err := canonical(d.TokenContract)
	if err != nil {
		return err
	}
	p := k.GetParams(ctx)
	receiver, recvErr := sdk.AccAddressFromBech32(d.BttReceiver)
	var denom string
	if sameAddress(p.WrappedBttContract, token) {
		denom = types.BttDenom
		out := k.wrappedOutstanding(ctx)
		if out.LT(d.Amount) {
			return fmt.Errorf("wBTT deposit of %s exceeds the %s abtt backing wBTT", d.Amount, out)
		}
		if err := k.WrappedOutstanding.Set(ctx, out.Sub(d.Amount)); err != nil {
			return err
		}
	} else {
		denom = types.VoucherDenom(token)
		if err := k.registerVoucher(ctx, token, denom); err != nil {
			return err
		}
		if err := k.bank.MintCoins(ctx, types.ModuleName, sdk.NewCoins(sdk.NewCoin(denom, d.Amount))); err != nil {
			return err
		}
	}
	if recvErr != nil {
		if err := k.Unclaimable.Set(ctx, d.EventNonce, types.UnclaimableDeposit{EventNonce: d.EventNonce, Deposit: d}); err != nil {
			return err
		}
		k.emit(ctx, &types.EventDepositUnclaimable{EventNonce: d.EventNonce, Destination: d.BttReceiver})
		return nil
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, receiver, sdk.NewCoins(sdk.NewCoin(denom, d.Amount))); err != nil {
		return err
	}
	k.emit(ctx, &types.EventDepositCredited{EventNonce: d.EventNonce, Receiver: receiver.String(), Denom: denom, Amount: d.Amount.String()})
	return nil
}

// registerVoucher records a token's voucher denom and its bank metadata the first time it is seen.
func (k Keeper) registerVoucher(ctx sdk.Context, token, denom string) error {
	if has, err := k.TokenDenoms.Has(ctx, token); err != nil || has {
		return err
	}
	if err := k.TokenDenoms.Set(ctx, token, types.TokenDenom{TokenContract: token, Denom: denom}); err != nil {
		return err
	}
	if !k.bank.HasDenomMetaData(ctx, denom) {
		k.bank.SetDenomMetaData(ctx, banktypes.Metadata{
			Description: fmt.Sprintf("Voucher of the ERC-20 token %s on Ethereum (chain %d), bridged by x/bridge", token, k.GetParams(ctx).EthereumChainId),
			DenomUnits:  []*banktypes.DenomUnit{{Denom: denom, Exponent: 0}},
			Base:        denom, Display: denom, Name: denom, Symbol: denom,
		})
	}
	return nil
}

// applyBatchExecuted removes an executed batch, requeues the older unexecuted batches of its token,
// and burns its vouchers, or (for abtt) counts its BTT as backing wBTT now.
func (k Keeper) applyBatchExecuted(ctx sdk.Context, c types.BatchExecutedClaim) error {
	token, err := canonical(c.TokenContract)
	if err != nil {
		return err
	}
	b, err := k.Batches.Get(ctx, collections.Join(token, c.BatchNonce))
	if err != nil {
		return fmt.Errorf("executed batch %s/%d is unknown: %w", token, c.BatchNonce, err)
	}
	var older []types.OutgoingBatch
	if err := k.Batches.Walk(ctx, collections.NewPrefixedPairRange[string, uint64](token),
		func(key collections.Pair[string, uint64], ob types.OutgoingBatch) (bool, error) {
			if key.K2() < c.BatchNonce {
				older = append(older, ob)
			}
			return false, nil
		}); err != nil {
		return err
	}
	requeued := []uint64{}
	for _, ob := range older {
		if err := k.requeueBatch(ctx, ob); err != nil {
			return err
		}
		requeued = append(requeued, ob.Nonce)
	}
	total := sdkmath.ZeroInt()
	denom := ""
	for _, t := range b.Transfers {
		total = total.Add(t.Total())
		denom = t.Denom
	}
	if denom == types.BttDenom {
		if err := k.WrappedOutstanding.Set(ctx, k.wrappedOutstanding(ctx).Add(total)); err != nil {
			return err
		}
	} else if total.IsPositive() {
		if err := k.bank.BurnCoins(ctx, types.ModuleName, sdk.NewCoins(sdk.NewCoin(denom, total))); err != nil {
			return err
		}
	}
	if err := k.deleteBatch(ctx, b); err != nil {
		return err
	}
	k.emit(ctx, &types.EventBatchExecuted{TokenContract: token, Nonce: b.Nonce, RequeuedBatches: requeued})
	return nil
}

// ReleaseUnclaimable pays an unclaimable deposit's tokens (abtt from escrow, or the voucher the module
// holds) to receiver and deletes the record (governance).
func (k Keeper) ReleaseUnclaimable(ctx context.Context, eventNonce uint64, receiver string) error {
	to, err := sdk.AccAddressFromBech32(receiver)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidRequest, "receiver: %s", err)
	}
	u, err := k.Unclaimable.Get(ctx, eventNonce)
	if err != nil {
		return errorsmod.Wrapf(types.ErrUnclaimableNotFound, "event nonce %d", eventNonce)
	}
	token, err := canonical(u.Deposit.TokenContract)
	if err != nil {
		return err
	}
	denom := types.VoucherDenom(token)
	if sameAddress(k.GetParams(ctx).WrappedBttContract, token) {
		denom = types.BttDenom
	}
	if err := k.Unclaimable.Remove(ctx, eventNonce); err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, to, sdk.NewCoins(sdk.NewCoin(denom, u.Deposit.Amount))); err != nil {
		return err
	}
	k.emit(ctx, &types.EventDepositCredited{EventNonce: eventNonce, Receiver: to.String(), Denom: denom, Amount: u.Deposit.Amount.String()})
	return nil
}
