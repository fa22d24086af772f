package keeper

import (
	"context"
	"math/big"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// TokenForDenom returns the Ethereum token contract (EIP-55) a BTT denom leaves as: wBTT for abtt,
// the voucher's contract for bridge/eth/0x….
func (k Keeper) TokenForDenom(ctx context.Context, denom string) (string, error) {
	if denom == types.BttDenom {
		w := k.GetParams(ctx).WrappedBttContract
		if w == "" {
			return "", errorsmod.Wrap(types.ErrBridgeNotConfigured, "params.wrapped_btt_contract is unset")
		}
		return canonical(w)
	}
	if !types.IsVoucher(denom) {
		return "", errorsmod.Wrapf(types.ErrUnknownDenom, "%s is neither abtt nor a bridge/eth/0x… voucher", denom)
	}
	token, err := canonical(denom[len(types.VoucherPrefix):])
	if err != nil {
		return "", errorsmod.Wrapf(types.ErrUnknownDenom, "%s", denom)
	}
	if has, err := k.TokenDenoms.Has(ctx, token); err != nil {
		return "", err
	} else if !has || types.VoucherDenom(token) != denom {
		return "", errorsmod.Wrapf(types.ErrUnknownDenom, "%s is not a known voucher", denom)
	}
	return token, nil
}

// SendToEthereum escrows amount + fee and queues the transfer.
func (k Keeper) SendToEthereum(ctx context.Context, msg *types.MsgSendToEthereum) (uint64, error) {
	sender, err := sdk.AccAddressFromBech32(msg.Sender)
	if err != nil {
		return 0, errorsmod.Wrapf(types.ErrInvalidTransfer, "sender: %s", err)
	}
	dest, err := types.ParseEthAddress(msg.EthDestination)
	if err != nil {
		return 0, errorsmod.Wrapf(types.ErrInvalidEthAddress, "eth_destination: %s", err)
	}
	if msg.Amount.Amount.IsNil() || !msg.Amount.Amount.IsPositive() || msg.Amount.Validate() != nil {
		return 0, errorsmod.Wrap(types.ErrInvalidTransfer, "amount must be a positive coin")
	}
	if msg.BridgeFee.Amount.IsNil() || msg.BridgeFee.Amount.IsNegative() {
		return 0, errorsmod.Wrap(types.ErrInvalidTransfer, "bridge_fee must not be negative")
	}
	if msg.BridgeFee.Denom != msg.Amount.Denom {
		return 0, errorsmod.Wrapf(types.ErrInvalidTransfer, "bridge_fee denom %q must be the amount's %q", msg.BridgeFee.Denom, msg.Amount.Denom)
	}
	if min := k.GetParams(ctx).MinBridgeFee(msg.Amount.Denom); msg.BridgeFee.Amount.LT(min) {
		return 0, errorsmod.Wrapf(types.ErrBridgeFeeTooLow, "bridge_fee %s%s is below params.min_bridge_fees %s%s",
			msg.BridgeFee.Amount, msg.BridgeFee.Denom, min, msg.Amount.Denom)
	}
	total := msg.Amount.Amount.Add(msg.BridgeFee.Amount)
	if total.BigInt().BitLen() > 255 {
		return 0, errorsmod.Wrap(types.ErrInvalidTransfer, "amount too large")
	}
	token, err := k.TokenForDenom(ctx, msg.Amount.Denom)
	if err != nil {
		return 0, err
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, sender, types.ModuleName, sdk.NewCoins(sdk.NewCoin(msg.Amount.Denom, total))); err != nil {
		return 0, errorsmod.Wrap(types.ErrInsufficientFunds, err.Error())
	}
	id, err := k.NextTransfer.Get(ctx)
	if err != nil {
		return 0, err
	}
	if err := k.NextTransfer.Set(ctx, id+1); err != nil {
		return 0, err
	}
	t := types.OutgoingTransfer{Id: id, Sender: sender.String(), EthDestination: dest.Hex(), Denom: msg.Amount.Denom,
		TokenContract: token, Amount: msg.Amount.Amount, Fee: msg.BridgeFee.Amount}
	if err := k.addPending(ctx, t); err != nil {
		return 0, err
	}
	k.emit(ctx, &types.EventSendToEthereum{Transfer: &t})
	return id, nil
}

// CancelSendToEthereum refunds a pending transfer to its sender.
func (k Keeper) CancelSendToEthereum(ctx context.Context, msg *types.MsgCancelSendToEthereum) error {
	t, err := k.Pending.Get(ctx, msg.TransferId)
	if err != nil {
		return errorsmod.Wrapf(types.ErrTransferNotFound, "transfer %d is not pending (unknown, batched or done)", msg.TransferId)
	}
	if t.Sender != msg.Sender {
		return errorsmod.Wrapf(types.ErrNotTransferSender, "transfer %d was sent by %s", t.Id, t.Sender)
	}
	sender := sdk.MustAccAddressFromBech32(t.Sender)
	if err := k.removePending(ctx, t); err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, sender, sdk.NewCoins(sdk.NewCoin(t.Denom, t.Total()))); err != nil {
		return err
	}
	k.emit(ctx, &types.EventSendToEthereumCanceled{TransferId: t.Id, Sender: t.Sender})
	return nil
}

// maxUint256 is 2^256 - 1; a fee's index key is maxUint256 - fee, big-endian, so higher fees sort first.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func feeKey(fee sdkmath.Int) []byte {
	return new(big.Int).Sub(maxUint256, fee.BigInt()).FillBytes(make([]byte, 32))
}

func pendingKey(t types.OutgoingTransfer) collections.Triple[string, []byte, uint64] {
	return collections.Join3(t.TokenContract, feeKey(t.Fee), t.Id)
}

// addPending puts a transfer in the pool (and its fee index).
func (k Keeper) addPending(ctx context.Context, t types.OutgoingTransfer) error {
	if err := k.Pending.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return k.PendingByFee.Set(ctx, pendingKey(t))
}

// removePending takes a transfer out of the pool (and its fee index).
func (k Keeper) removePending(ctx context.Context, t types.OutgoingTransfer) error {
	if err := k.Pending.Remove(ctx, t.Id); err != nil {
		return err
	}
	return k.PendingByFee.Remove(ctx, pendingKey(t))
}

// pendingOf returns up to limit pending transfers of a token contract, highest fee first, ties by id.
func (k Keeper) pendingOf(ctx context.Context, token string, limit int) ([]types.OutgoingTransfer, error) {
	var out []types.OutgoingTransfer
	err := k.PendingByFee.Walk(ctx, collections.NewPrefixedTripleRange[string, []byte, uint64](token),
		func(key collections.Triple[string, []byte, uint64]) (bool, error) {
			t, err := k.Pending.Get(ctx, key.K3())
			if err != nil {
				return true, err
			}
			out = append(out, t)
			return len(out) >= limit, nil
		})
	return out, err
}

// hasPending says whether a token has pending transfers.
func (k Keeper) hasPending(ctx context.Context, token string) (bool, error) {
	it, err := k.PendingByFee.Iterate(ctx, collections.NewPrefixedTripleRange[string, []byte, uint64](token))
	if err != nil {
		return false, err
	}
	defer it.Close()
	return it.Valid(), nil
}

// BuildBatch cuts a batch of a token's pending transfers (highest fee first).
func (k Keeper) BuildBatch(ctx context.Context, token string) (types.OutgoingBatch, error) {
	p := k.GetParams(ctx)
	if p.BridgeContract == "" {
		return types.OutgoingBatch{}, errorsmod.Wrap(types.ErrBridgeNotConfigured, "params.bridge_contract is unset")
	}
	ethHeight := k.ProjectedEthereumHeight(ctx)
	if ethHeight == 0 {
		return types.OutgoingBatch{}, errorsmod.Wrap(types.ErrEthereumHeightUnknown, "a batch's timeout needs an observed Ethereum height")
	}
	pending, err := k.pendingOf(ctx, token, int(p.BatchMaxTransfers))
	if err != nil {
		return types.OutgoingBatch{}, err
	}
	if len(pending) == 0 {
		return types.OutgoingBatch{}, errorsmod.Wrapf(types.ErrNoPendingTransfers, "token %s", token)
	}
	// Spam bounds (Gravity's rule plus a cap): a token has at most max_open_batches_per_token unexecuted
	// batches, and a new one must pay strictly more in fees than the best of them.
	open, best, err := k.openBatches(ctx, token)
	if err != nil {
		return types.OutgoingBatch{}, err
	}
	if open >= int(p.MaxOpenBatchesPerToken) {
		return types.OutgoingBatch{}, errorsmod.Wrapf(types.ErrTooManyOpenBatches,
			"token %s has %d unexecuted batches (params.max_open_batches_per_token %d)", token, open, p.MaxOpenBatchesPerToken)
	}
	fees := sdkmath.ZeroInt()
	for _, t := range pending {
		fees = fees.Add(t.Fee)
	}
	if open > 0 && !fees.GT(best) {
		return types.OutgoingBatch{}, errorsmod.Wrapf(types.ErrBatchNotProfitable,
			"token %s: the new batch's fees %s do not exceed %s of the best unexecuted batch", token, fees, best)
	}
	last, err := k.LastBatchNonce.Get(ctx, token)
	if err != nil && !errorsmod.IsOf(err, collections.ErrNotFound) {
		return types.OutgoingBatch{}, err
	}
	b := types.OutgoingBatch{Nonce: last + 1, TokenContract: token, Timeout: ethHeight + p.BatchTimeoutEthereumBlocks,
		Height: sdk.UnwrapSDKContext(ctx).BlockHeight(), Transfers: pending}
	for _, t := range pending {
		if err := k.removePending(ctx, t); err != nil {
			return b, err
		}
	}
	if err := k.LastBatchNonce.Set(ctx, token, b.Nonce); err != nil {
		return b, err
	}
	if err := k.Batches.Set(ctx, collections.Join(token, b.Nonce), b); err != nil {
		return b, err
	}
	k.emit(ctx, &types.EventBatchCreated{Batch: &b})
	return b, nil
}

// RequestBatch cuts a batch of a denom's pending transfers.
func (k Keeper) RequestBatch(ctx context.Context, msg *types.MsgRequestBatch) (types.OutgoingBatch, error) {
	if _, err := sdk.AccAddressFromBech32(msg.Sender); err != nil {
		return types.OutgoingBatch{}, errorsmod.Wrapf(types.ErrInvalidRequest, "sender: %s", err)
	}
	token, err := k.TokenForDenom(ctx, msg.Denom)
	if err != nil {
		return types.OutgoingBatch{}, err
	}
	return k.BuildBatch(ctx, token)
}

// requeueBatch puts a batch's transfers back in the pool and deletes it with its confirms.
func (k Keeper) requeueBatch(ctx context.Context, b types.OutgoingBatch) error {
	for _, t := range b.Transfers {
		if err := k.addPending(ctx, t); err != nil {
			return err
		}
	}
	return k.deleteBatch(ctx, b)
}

func (k Keeper) deleteBatch(ctx context.Context, b types.OutgoingBatch) error {
	if err := k.Batches.Remove(ctx, collections.Join(b.TokenContract, b.Nonce)); err != nil {
		return err
	}
	rng := collections.NewSuperPrefixedTripleRange[string, uint64, string](b.TokenContract, b.Nonce)
	return k.BatchConfirms.Clear(ctx, rng)
}

// ConfirmBatch records an orchestrator's signature over a batch digest.
func (k Keeper) ConfirmBatch(ctx context.Context, msg *types.MsgConfirmBatch) error {
	o, err := k.orchestratorValidator(ctx, msg.Orchestrator)
	if err != nil {
		return err
	}
	bridgeID, err := k.bridgeID(ctx)
	if err != nil {
		return err
	}
	token, err := canonical(msg.TokenContract)
	if err != nil {
		return err
	}
	b, err := k.Batches.Get(ctx, collections.Join(token, msg.Nonce))
	if err != nil {
		return errorsmod.Wrapf(types.ErrBatchNotFound, "%s nonce %d (unknown, executed or timed out)", token, msg.Nonce)
	}
	key := collections.Join3(token, msg.Nonce, o.Validator)
	if has, err := k.BatchConfirms.Has(ctx, key); err != nil {
		return err
	} else if has {
		return errorsmod.Wrapf(types.ErrDuplicateConfirm, "batch %s/%d by %s", token, msg.Nonce, o.Validator)
	}
	eb, err := b.ToEth()
	if err != nil {
		return err
	}
	digest, err := eb.Digest(bridgeID)
	if err != nil {
		return err
	}
	if err := k.checkSignature(o, msg.EthSigner, msg.Signature, digest); err != nil {
		return err
	}
	if err := k.BatchConfirms.Set(ctx, key, types.Confirm{Validator: o.Validator, EthSigner: o.EthAddress, Signature: msg.Signature}); err != nil {
		return err
	}
	k.emit(ctx, &types.EventBatchConfirmed{TokenContract: token, Nonce: msg.Nonce, Validator: o.Validator})
	return nil
}

// TimeoutBatches requeues every batch whose timeout the observed Ethereum height reached.
func (k Keeper) TimeoutBatches(ctx context.Context) error {
	h := getOr(ctx, k.LastObservedHeight)
	var out []types.OutgoingBatch
	if err := k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
		if b.Timeout <= h {
			out = append(out, b)
		}
		return false, nil
	}); err != nil {
		return err
	}
	for _, b := range out {
		if err := k.requeueBatch(ctx, b); err != nil {
			return err
		}
		k.emit(ctx, &types.EventBatchTimedOut{TokenContract: b.TokenContract, Nonce: b.Nonce})
	}
	return nil
}

// openBatches returns how many unexecuted batches a token has and the highest total fee among them.
func (k Keeper) openBatches(ctx context.Context, token string) (int, sdkmath.Int, error) {
	n, best := 0, sdkmath.ZeroInt()
	err := k.Batches.Walk(ctx, collections.NewPrefixedPairRange[string, uint64](token),
		func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
			n++
			if f := b.TotalFees(); f.GT(best) {
				best = f
			}
			return false, nil
		})
	return n, best, err
}

// ProjectedEthereumHeight is the last observed Ethereum height plus the Ethereum blocks expected since it was
// observed: (this block's time − the BTT block time it was observed at) / params.ethereum_block_time. It only
// sets new batches' timeouts (a bridge quiet for a long time must not make batches born timed out); batches
// still time out on the observed height, which never runs ahead of Ethereum. 0 while no height is observed.
func (k Keeper) ProjectedEthereumHeight(ctx context.Context) uint64 {
	h := getOr(ctx, k.LastObservedHeight)
	bt := k.GetParams(ctx).EthereumBlockTime
	if h == 0 || bt <= 0 {
		return h
	}
	at, err := k.LastObservedTime.Get(ctx)
	if err != nil || at <= 0 {
		return h
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime().UnixNano()
	if now <= at {
		return h
	}
	return h + uint64((now-at)/int64(bt))
}

// afterToken ranges over the fee index from the first token after a given one (all tokens when it is "").
type afterToken struct{ token string }

func (r afterToken) RangeValues() (start, end *collections.RangeKey[collections.Triple[string, []byte, uint64]], order collections.Order, err error) {
	if r.token == "" {
		return nil, nil, collections.OrderAscending, nil
	}
	return collections.RangeKeyPrefixEnd(collections.TriplePrefix[string, []byte, uint64](r.token)), nil, collections.OrderAscending, nil
}

// nextPendingToken returns the first token after a given one ("" for the first) that has pending transfers:
// one seek in the fee index, however many transfers a token has.
func (k Keeper) nextPendingToken(ctx context.Context, after string) (string, bool, error) {
	it, err := k.PendingByFee.Iterate(ctx, afterToken{after})
	if err != nil {
		return "", false, err
	}
	defer it.Close()
	if !it.Valid() {
		return "", false, nil
	}
	key, err := it.Key()
	if err != nil {
		return "", false, err
	}
	return key.K1(), true, nil
}

// AutoBatch makes a batch for tokens with pending transfers and no unexecuted batch. It looks only at tokens
// that have pending transfers (read off the fee index) and at most params.auto_batch_max_tokens of them per
// run, round robin from the token after the one the previous run stopped at; so its work is bounded whatever
// the number of tokens, transfers or batches.
func (k Keeper) AutoBatch(ctx context.Context) error {
	p := k.GetParams(ctx)
	if p.BridgeContract == "" || getOr(ctx, k.LastObservedHeight) == 0 {
		return nil
	}
	cursor, err := k.AutoBatchCursor.Get(ctx)
	if err != nil && !errorsmod.IsOf(err, collections.ErrNotFound) {
		return err
	}
	next := func(after string) (string, bool, error) {
		t, ok, err := k.nextPendingToken(ctx, after)
		if err != nil || ok || after == "" {
			return t, ok, err
		}
		return k.nextPendingToken(ctx, "") // wrap around
	}
	token, ok, err := next(cursor)
	if err != nil {
		return err
	}
	first, last := token, cursor
	for visited := 0; ok && visited < int(p.AutoBatchMaxTokens); visited++ {
		if visited > 0 && token == first {
			break // every token with pending transfers looked at
		}
		last = token
		it, err := k.Batches.Iterate(ctx, collections.NewPrefixedPairRange[string, uint64](token))
		if err != nil {
			return err
		}
		busy := it.Valid()
		it.Close()
		if !busy {
			if _, err := k.BuildBatch(ctx, token); err != nil {
				return err
			}
		}
		if token, ok, err = next(token); err != nil {
			return err
		}
	}
	if last == cursor {
		return nil
	}
	return k.AutoBatchCursor.Set(ctx, last)
}
