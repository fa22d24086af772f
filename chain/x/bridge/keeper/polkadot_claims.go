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

// PolkadotClaim handles one orchestrator's attestation of a Polkadot event: the rules of the Ethereum claims
// (README "Attestations", attestation_store.go) on a separate event-nonce sequence.
func (k Keeper) PolkadotClaim(ctx context.Context, orchestrator string, claim types.PolkadotClaim) (*types.MsgClaimResponse, error) {
	o, err := k.polkadotOrchestratorValidator(ctx, orchestrator)
	if err != nil {
		return nil, err
	}
	val, bonded := k.bondedValidator(ctx, o.Validator)
	if !bonded {
		return nil, errorsmod.Wrapf(types.ErrValidatorNotBonded, "%s's validator %s is not bonded (or is jailed)", orchestrator, o.Validator)
	}
	if err := claim.Validate(); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidClaim, err.Error())
	}
	hash, err := claim.Hash()
	if err != nil {
		return nil, err
	}
	nonce := claim.EventNonce()
	return k.polkadotAttestations().record(ctx, k, val, nonce, hash, func(height int64) types.PolkadotAttestation {
		return types.PolkadotAttestation{EventNonce: nonce, ClaimHash: hash, Claim: claim, Height: height}
	})
}

// ProcessPolkadotAttestations applies, in Polkadot event-nonce order, every attestation that follows the last
// observed Polkadot nonce and has a quorum.
func (k Keeper) ProcessPolkadotAttestations(ctx context.Context) error {
	return k.polkadotAttestations().process(ctx, k)
}

// observePolkadot marks an attestation observed and applies its claim in a cache context; a claim that cannot
// be applied (an unknown custody or withdrawal, a withdrawal no longer pending) changes nothing but the
// observed counters, and is logged.
func (k Keeper) observePolkadot(ctx context.Context, a types.PolkadotAttestation) error {
	a.Observed = true
	if err := k.Polkadot.Attestations.Set(ctx, collections.Join(a.EventNonce, a.ClaimHash), a); err != nil {
		return err
	}
	if err := k.Polkadot.LastObservedNonce.Set(ctx, a.EventNonce); err != nil {
		return err
	}
	if b := a.Claim.BlockNumber(); b > getOr(ctx, k.Polkadot.LastObservedBlock) {
		if err := k.Polkadot.LastObservedBlock.Set(ctx, b); err != nil {
			return err
		}
	}
	claim := a.Claim
	k.emit(ctx, &types.EventPolkadotAttestationObserved{EventNonce: a.EventNonce, ClaimHash: a.ClaimHash, Claim: &claim})
	cache, write := sdk.UnwrapSDKContext(ctx).CacheContext()
	var err error
	switch c := a.Claim.Kind.(type) {
	case *types.PolkadotClaim_Deposit:
		err = k.applyPolkadotDeposit(cache, *c.Deposit)
	case *types.PolkadotClaim_WithdrawalExecuted:
		err = k.applyWithdrawalExecuted(cache, *c.WithdrawalExecuted)
	default:
		err = fmt.Errorf("empty claim")
	}
	if err != nil {
		k.Logger(ctx).Error("observed Polkadot claim not applied", "event_nonce", a.EventNonce, "claim_hash", a.ClaimHash, "err", err)
		return nil
	}
	write()
	return nil
}

// registerPolkadotVoucher sets bridge/dot/wnd's bank metadata (display WND, exponent 12) if it is missing.
func (k Keeper) registerPolkadotVoucher(ctx context.Context) {
	if k.bank.HasDenomMetaData(ctx, types.PolkadotVoucherDenom) {
		return
	}
	k.bank.SetDenomMetaData(ctx, banktypes.Metadata{
		Description: "Voucher of Westend's WND, held by the x/bridge Polkadot custody multisig",
		DenomUnits: []*banktypes.DenomUnit{
			{Denom: types.PolkadotVoucherDenom, Exponent: 0, Aliases: []string{"planck"}},
			{Denom: types.PolkadotDisplayDenom, Exponent: types.PolkadotDecimals},
		},
		Base: types.PolkadotVoucherDenom, Display: types.PolkadotDisplayDenom,
		Name: "Westend WND (bridged)", Symbol: types.PolkadotDisplayDenom,
	})
}

// applyPolkadotDeposit credits an observed deposit: the custody's balance grows and the voucher is minted to
// the receiver; a receiver that is not a BTT account makes the deposit unclaimable (nothing minted until
// governance releases it).
func (k Keeper) applyPolkadotDeposit(ctx sdk.Context, d types.PolkadotDeposit) error {
	if _, err := k.Polkadot.Custodies.Get(ctx, d.CustodyId); err != nil {
		return fmt.Errorf("deposit to unknown custody %d: %w", d.CustodyId, err)
	}
	if err := k.addCustodyBalance(ctx, d.CustodyId, d.Amount); err != nil {
		return err
	}
	if err := k.updatePolkadotTotals(ctx, func(t *types.PolkadotTotals) { t.Credited = t.Credited.Add(d.Amount) }); err != nil {
		return err
	}
	receiver, err := sdk.AccAddressFromBech32(d.BttReceiver)
	if err != nil {
		if err := k.Polkadot.Unclaimable.Set(ctx, d.EventNonce, types.PolkadotUnclaimableDeposit{EventNonce: d.EventNonce, Deposit: d}); err != nil {
			return err
		}
		k.emit(ctx, &types.EventPolkadotDepositUnclaimable{EventNonce: d.EventNonce, BttReceiver: d.BttReceiver})
		return nil
	}
	return k.mintPolkadotVoucher(ctx, d.EventNonce, receiver, d.Amount)
}

func (k Keeper) mintPolkadotVoucher(ctx context.Context, eventNonce uint64, to sdk.AccAddress, amount sdkmath.Int) error {
	k.registerPolkadotVoucher(ctx)
	if err := k.bank.MintCoins(ctx, types.ModuleName, polkadotCoins(amount)); err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, to, polkadotCoins(amount)); err != nil {
		return err
	}
	k.emit(ctx, &types.EventPolkadotDepositCredited{EventNonce: eventNonce, Receiver: to.String(), Amount: amount.String()})
	return nil
}

// ReleaseUnclaimablePolkadot mints an unclaimable Polkadot deposit's vouchers to receiver and deletes the
// record (governance).
func (k Keeper) ReleaseUnclaimablePolkadot(ctx context.Context, eventNonce uint64, receiver string) error {
	to, err := sdk.AccAddressFromBech32(receiver)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidRequest, "receiver: %s", err)
	}
	u, err := k.Polkadot.Unclaimable.Get(ctx, eventNonce)
	if err != nil {
		return errorsmod.Wrapf(types.ErrUnclaimableNotFound, "Polkadot event nonce %d", eventNonce)
	}
	if u.RefundWithdrawalId != 0 {
		return errorsmod.Wrapf(types.ErrInvalidRequest, "Polkadot deposit %d is being refunded by withdrawal %d", eventNonce, u.RefundWithdrawalId)
	}
	if err := k.Polkadot.Unclaimable.Remove(ctx, eventNonce); err != nil {
		return err
	}
	return k.mintPolkadotVoucher(ctx, eventNonce, to, u.Deposit.Amount)
}

// RefundUnclaimablePolkadot makes a REFUND withdrawal paying an unclaimable deposit back to its Polkadot sender
// from a custody that holds it free (governance). The deposit stays unclaimable, marked with the withdrawal, until
// that executes; a refund that fails or times out leaves it unclaimable again (to refund or release later).
func (k Keeper) RefundUnclaimablePolkadot(ctx context.Context, eventNonce uint64) (types.PolkadotWithdrawal, error) {
	u, err := k.Polkadot.Unclaimable.Get(ctx, eventNonce)
	if err != nil {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrUnclaimableNotFound, "Polkadot event nonce %d", eventNonce)
	}
	if u.RefundWithdrawalId != 0 {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrInvalidRequest, "Polkadot deposit %d is already being refunded by withdrawal %d", eventNonce, u.RefundWithdrawalId)
	}
	account, err := types.ParsePolkadotAccount(u.Deposit.Sender)
	if err != nil {
		return types.PolkadotWithdrawal{}, errorsmod.Wrapf(types.ErrInvalidPolkadotAddress, "deposit %d sender %q: %s", eventNonce, u.Deposit.Sender, err)
	}
	custody, err := k.payingCustody(ctx, u.Deposit.Amount)
	if err != nil {
		return types.PolkadotWithdrawal{}, err
	}
	w, err := k.addWithdrawal(ctx, types.PolkadotWithdrawal{
		Kind: types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_REFUND, DestinationAccount: types.AccountHex(account),
		Destination: types.EncodeSS58(types.WestendSS58Prefix, account), Amount: u.Deposit.Amount,
		CustodyId: custody.Id, RefundEventNonce: eventNonce,
	})
	if err != nil {
		return w, err
	}
	u.RefundWithdrawalId = w.Id
	return w, k.Polkadot.Unclaimable.Set(ctx, eventNonce, u)
}

// settleRefund ends a REFUND withdrawal's hold on its deposit. Executed, the deposit is paid back: it leaves the
// unclaimable set and counts as executed (if governance released it meanwhile, the payment is an overdraw,
// counted openly as for a user withdrawal executed after its timeout). Not executed, the deposit is unclaimable
// again.
func (k Keeper) settleRefund(ctx context.Context, w types.PolkadotWithdrawal, executed bool) error {
	u, err := k.Polkadot.Unclaimable.Get(ctx, w.RefundEventNonce)
	found := err == nil
	if !executed {
		if found && u.RefundWithdrawalId == w.Id {
			u.RefundWithdrawalId = 0
			return k.Polkadot.Unclaimable.Set(ctx, w.RefundEventNonce, u)
		}
		return nil
	}
	if !found {
		return k.updatePolkadotTotals(ctx, func(t *types.PolkadotTotals) { t.Overdrawn = t.Overdrawn.Add(w.Amount) })
	}
	if err := k.Polkadot.Unclaimable.Remove(ctx, w.RefundEventNonce); err != nil {
		return err
	}
	return k.updatePolkadotTotals(ctx, func(t *types.PolkadotTotals) { t.Executed = t.Executed.Add(w.Amount) })
}

// PrunePolkadotAttestations deletes the Polkadot attestations more than attestations_kept nonces below the
// last observed one.
func (k Keeper) PrunePolkadotAttestations(ctx context.Context) error {
	return k.polkadotAttestations().prune(ctx, k.GetParams(ctx).AttestationsKept)
}
