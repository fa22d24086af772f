package keeper

import (
	"context"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the x/payfi Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

var _ types.MsgServer = msgServer{}

func (s msgServer) RegisterMerchant(ctx context.Context, msg *types.MsgRegisterMerchant) (*types.MsgRegisterMerchantResponse, error) {
	addr, err := sdk.AccAddressFromBech32(msg.Merchant)
	if err != nil {
		return nil, types.ErrInvalidMerchant.Wrapf("merchant: %v", err)
	}
	settle := msg.SettlementAddress
	if settle == "" {
		settle = addr.String()
	}
	m := types.Merchant{Address: addr.String(), Name: msg.Name, Jurisdiction: msg.Jurisdiction, SettlementAddress: settle,
		AcceptedDenoms: msg.AcceptedDenoms, RefundPolicy: msg.RefundPolicy, AcceptsPoints: msg.AcceptsPoints}
	if err := m.Validate(); err != nil {
		return nil, types.ErrInvalidMerchant.Wrap(err.Error())
	}
	if s.k.bank.BlockedAddr(sdk.MustAccAddressFromBech32(settle)) {
		return nil, types.ErrInvalidMerchant.Wrapf("settlement address %s is a module account that cannot receive payments", settle)
	}
	if err := s.k.credentials.CheckCredential(ctx, addr, m.Jurisdiction); err != nil {
		return nil, types.ErrNotCredentialed.Wrap(err.Error())
	}
	if err := s.k.Merchants.Set(ctx, addr, m); err != nil {
		return nil, err
	}
	return &types.MsgRegisterMerchantResponse{}, emit(ctx, &types.EventMerchantRegistered{Merchant: m})
}

// merchant returns a registered merchant whose KYC credential is still valid.
func (k Keeper) merchant(ctx context.Context, addr sdk.AccAddress) (types.Merchant, error) {
	m, err := k.Merchants.Get(ctx, addr)
	if err != nil {
		return m, types.ErrMerchantNotFound.Wrapf("%s", addr)
	}
	if err := k.credentials.CheckCredential(ctx, addr, m.Jurisdiction); err != nil {
		return m, types.ErrNotCredentialed.Wrap(err.Error())
	}
	return m, nil
}

func (s msgServer) CreateInvoice(ctx context.Context, msg *types.MsgCreateInvoice) (*types.MsgCreateInvoiceResponse, error) {
	k := s.k
	addr, err := sdk.AccAddressFromBech32(msg.Merchant)
	if err != nil {
		return nil, types.ErrInvalidInvoice.Wrapf("merchant: %v", err)
	}
	if err := types.ValidateIdempotencyKey(msg.IdempotencyKey); err != nil {
		return nil, types.ErrInvalidInvoice.Wrap(err.Error())
	}
	// Idempotency first: a retried request returns the invoice it created, even after expiry.
	if id, err := k.Idempotency.Get(ctx, collections.Join(addr, msg.IdempotencyKey)); err == nil {
		inv, err := k.Invoices.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if msg.Amount.IsNil() || !inv.Amount.Equal(msg.Amount) || inv.Denom != msg.Denom || inv.Reference != msg.Reference || inv.ExpiresAt != msg.ExpiresAt {
			return nil, types.ErrIdempotencyConflict.Wrapf("key %q created invoice %d with other terms", msg.IdempotencyKey, id)
		}
		return &types.MsgCreateInvoiceResponse{InvoiceId: id, Existing: true}, nil
	}
	m, err := k.merchant(ctx, addr)
	if err != nil {
		return nil, err
	}
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if msg.Amount.IsNil() || !msg.Amount.IsPositive() || msg.Amount.GT(types.MaxAmount) {
		return nil, types.ErrInvalidInvoice.Wrapf("amount must be in [1, %s]", types.MaxAmount)
	}
	if err := sdk.ValidateDenom(msg.Denom); err != nil {
		return nil, types.ErrInvalidInvoice.Wrapf("denom: %v", err)
	}
	if !m.Accepts(msg.Denom) {
		return nil, types.ErrDenomNotAccepted.Wrapf("%s accepts %s and %v", m.Address, types.BaseDenom, m.AcceptedDenoms)
	}
	if err := types.ValidateReference(msg.Reference); err != nil {
		return nil, types.ErrInvalidInvoice.Wrap(err.Error())
	}
	t := now(ctx)
	if msg.ExpiresAt <= t || msg.ExpiresAt-t > int64(p.MaxInvoiceSeconds) {
		return nil, types.ErrInvalidInvoice.Wrapf("expires_at %d must be after the block time %d and within %d s", msg.ExpiresAt, t, p.MaxInvoiceSeconds)
	}
	id, err := k.NextID.Get(ctx)
	if err != nil {
		return nil, err
	}
	inv := types.Invoice{Id: id, Merchant: m.Address, Amount: msg.Amount, Denom: msg.Denom, Reference: msg.Reference,
		ExpiresAt: msg.ExpiresAt, IdempotencyKey: msg.IdempotencyKey, Status: types.InvoiceStatus_INVOICE_STATUS_OPEN,
		CreatedAt: t, Discount: sdkmath.ZeroInt(), Fee: sdkmath.ZeroInt(), Refunded: sdkmath.ZeroInt()}
	if err := k.NextID.Set(ctx, id+1); err != nil {
		return nil, err
	}
	if err := k.Invoices.Set(ctx, id, inv); err != nil {
		return nil, err
	}
	if err := k.Idempotency.Set(ctx, collections.Join(addr, msg.IdempotencyKey), id); err != nil {
		return nil, err
	}
	if err := k.ByMerchant.Set(ctx, collections.Join(addr, id)); err != nil {
		return nil, err
	}
	return &types.MsgCreateInvoiceResponse{InvoiceId: id}, emit(ctx, &types.EventInvoiceCreated{InvoiceId: id, Merchant: inv.Merchant,
		Amount: inv.Amount.String(), Denom: inv.Denom, Reference: inv.Reference, ExpiresAt: inv.ExpiresAt, IdempotencyKey: inv.IdempotencyKey})
}

func (s msgServer) PayInvoice(ctx context.Context, msg *types.MsgPayInvoice) (*types.MsgPayInvoiceResponse, error) {
	k := s.k
	payer, err := sdk.AccAddressFromBech32(msg.Payer)
	if err != nil {
		return nil, types.ErrInvalidInvoice.Wrapf("payer: %v", err)
	}
	inv, err := k.Invoices.Get(ctx, msg.InvoiceId)
	if err != nil {
		return nil, types.ErrInvoiceNotFound.Wrapf("invoice %d", msg.InvoiceId)
	}
	if inv.Status == types.InvoiceStatus_INVOICE_STATUS_PAID {
		return nil, types.ErrInvoicePaid.Wrapf("invoice %d was paid by %s at %d", inv.Id, inv.Payer, inv.PaidAt)
	}
	if Expired(ctx, inv) {
		return nil, types.ErrInvoiceExpired.Wrapf("invoice %d expired at %d", inv.Id, inv.ExpiresAt)
	}
	if msg.Amount.IsNil() || !msg.Amount.Equal(inv.Amount) || msg.Denom != inv.Denom {
		return nil, types.ErrAmountMismatch.Wrapf("invoice %d is %s%s, payment offered %v%s", inv.Id, inv.Amount, inv.Denom, msg.Amount, msg.Denom)
	}
	merchantAddr := sdk.MustAccAddressFromBech32(inv.Merchant)
	m, err := k.merchant(ctx, merchantAddr)
	if err != nil {
		return nil, err
	}
	if !m.Accepts(inv.Denom) {
		return nil, types.ErrDenomNotAccepted.Wrapf("%s no longer accepts %s", m.Address, inv.Denom)
	}
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	fee := types.Fee(inv.Amount, p.FeeShare)
	discount := sdkmath.ZeroInt()
	if msg.Points > 0 {
		if inv.Denom != types.BaseDenom || !m.AcceptsPoints {
			return nil, types.ErrPointsNotAccepted.Wrapf("points pay only %s invoices of merchants accepting them (merchant accepts points: %v)", types.BaseDenom, m.AcceptsPoints)
		}
		if discount, err = k.points.QuoteDiscount(ctx, msg.Points); err != nil {
			return nil, err
		}
		if maxD := types.MaxDiscount(inv.Amount, fee, p.MaxPointsDiscount); discount.GT(maxD) {
			return nil, types.ErrDiscountTooLarge.Wrapf("%d points are worth %s abtt; at most %s abtt of invoice %d may be paid with points", msg.Points, discount, maxD, inv.Id)
		}
	}
	st := types.Settle(inv.Amount, discount, p.FeeShare)
	settle := sdk.MustAccAddressFromBech32(m.SettlementAddress)
	if msg.Points > 0 {
		// Points are redeemed first (the pool pays the merchant), so the cash must be there before.
		if bal := k.bank.SpendableCoin(ctx, payer, inv.Denom).Amount; bal.LT(st.Cash) {
			return nil, types.ErrInsufficientFunds.Wrapf("%s can spend %s%s, the payment needs %s", payer, bal, inv.Denom, st.Cash)
		}
		paid, err := k.points.Redeem(ctx, payer, settle, msg.Points, "discount")
		if err != nil {
			return nil, err
		}
		if !paid.Equal(discount) {
			return nil, types.ErrDiscountTooLarge.Wrapf("points paid %s, quoted %s", paid, discount)
		}
	}
	// The cash in one transfer: the payer debited st.Cash once, the merchant credited
	// st.PayerToMerchant and the development fund st.Fee. A payer short of cash fails here
	// before any balance changes.
	if err := k.settleCash(ctx, payer, settle, inv.Denom, st); err != nil {
		return nil, err
	}
	inv.Status = types.InvoiceStatus_INVOICE_STATUS_PAID
	inv.Payer, inv.PaidAt = payer.String(), now(ctx)
	inv.PointsUsed, inv.Discount, inv.Fee = msg.Points, st.Discount, st.Fee
	if err := k.Invoices.Set(ctx, inv.Id, inv); err != nil {
		return nil, err
	}
	sdk.UnwrapSDKContext(ctx).EventManager().EmitEvent(invoicePaidEvent(&types.EventInvoicePaid{InvoiceId: inv.Id,
		Merchant: inv.Merchant, Payer: inv.Payer, Denom: inv.Denom, Amount: inv.Amount.String(), MerchantCredit: st.MerchantCredit.String(),
		Fee: st.Fee.String(), PointsUsed: inv.PointsUsed, Discount: st.Discount.String()}))
	return &types.MsgPayInvoiceResponse{Paid: st.Cash.String(), Discount: st.Discount.String(), Fee: st.Fee.String()}, nil
}

// settleCash moves a payment's cash: payer → merchant's settlement address and development fund,
// in one bank InputOutputCoins (one debit, the supply unchanged).
func (k Keeper) settleCash(ctx context.Context, payer, settle sdk.AccAddress, denom string, st types.Settlement) error {
	if !st.Cash.IsPositive() {
		return nil
	}
	outputs := make([]banktypes.Output, 0, 2)
	if st.PayerToMerchant.IsPositive() {
		outputs = append(outputs, banktypes.Output{Address: settle.String(), Coins: sdk.NewCoins(sdk.NewCoin(denom, st.PayerToMerchant))})
	}
	if st.Fee.IsPositive() {
		outputs = append(outputs, banktypes.Output{Address: k.devFundAddr.String(), Coins: sdk.NewCoins(sdk.NewCoin(denom, st.Fee))})
	}
	in := banktypes.Input{Address: payer.String(), Coins: sdk.NewCoins(sdk.NewCoin(denom, st.Cash))}
	if err := k.bank.InputOutputCoins(ctx, in, outputs); err != nil {
		return types.ErrInsufficientFunds.Wrapf("%s paying %s%s: %v", payer, st.Cash, denom, err)
	}
	return nil
}

func (s msgServer) Refund(ctx context.Context, msg *types.MsgRefund) (*types.MsgRefundResponse, error) {
	k := s.k
	addr, err := sdk.AccAddressFromBech32(msg.Merchant)
	if err != nil {
		return nil, types.ErrInvalidRefund.Wrapf("merchant: %v", err)
	}
	inv, err := k.Invoices.Get(ctx, msg.InvoiceId)
	if err != nil {
		return nil, types.ErrInvoiceNotFound.Wrapf("invoice %d", msg.InvoiceId)
	}
	if inv.Merchant != addr.String() {
		return nil, types.ErrNotInvoiceMerchant.Wrapf("invoice %d belongs to %s", inv.Id, inv.Merchant)
	}
	if inv.Status != types.InvoiceStatus_INVOICE_STATUS_PAID {
		return nil, types.ErrInvoiceNotPaid.Wrapf("invoice %d", inv.Id)
	}
	if msg.Amount.IsNil() || !msg.Amount.IsPositive() {
		return nil, types.ErrInvalidRefund.Wrap("amount must be positive")
	}
	if left := inv.Refundable(); msg.Amount.GT(left) {
		return nil, types.ErrRefundTooLarge.Wrapf("invoice %d: payer paid %s%s, %s refunded already, at most %s left",
			inv.Id, inv.Amount.Sub(inv.Discount), inv.Denom, inv.Refunded, left)
	}
	m, err := k.Merchants.Get(ctx, addr)
	if err != nil {
		return nil, types.ErrMerchantNotFound.Wrapf("%s", addr)
	}
	if !m.RefundPolicy.Refundable {
		return nil, types.ErrRefundNotAllowed.Wrapf("%s's policy: no refunds", m.Address)
	}
	if w := m.RefundPolicy.WindowSeconds; w > 0 && now(ctx)-inv.PaidAt > int64(w) {
		return nil, types.ErrRefundNotAllowed.Wrapf("refund window of %d s after payment at %d has passed", w, inv.PaidAt)
	}
	coins := sdk.NewCoins(sdk.NewCoin(inv.Denom, msg.Amount))
	if bal := k.bank.SpendableCoin(ctx, addr, inv.Denom).Amount; bal.LT(msg.Amount) {
		return nil, types.ErrInsufficientFunds.Wrapf("merchant can spend %s%s, refund is %s", bal, inv.Denom, msg.Amount)
	}
	if err := k.bank.SendCoins(ctx, addr, sdk.MustAccAddressFromBech32(inv.Payer), coins); err != nil {
		return nil, types.ErrInsufficientFunds.Wrap(err.Error())
	}
	inv.Refunded = inv.Refunded.Add(msg.Amount)
	if err := k.Invoices.Set(ctx, inv.Id, inv); err != nil {
		return nil, err
	}
	return &types.MsgRefundResponse{RefundedTotal: inv.Refunded.String()}, emit(ctx, &types.EventRefund{InvoiceId: inv.Id,
		Merchant: inv.Merchant, Payer: inv.Payer, Amount: msg.Amount.String(), Denom: inv.Denom, RefundedTotal: inv.Refunded.String()})
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if msg.Authority != s.k.authority {
		return nil, types.ErrInvalidAuthority.Wrapf("expected %s, got %s", s.k.authority, msg.Authority)
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, types.ErrInvalidParams.Wrap(err.Error())
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, emit(ctx, &types.EventParamsUpdated{Params: msg.Params})
}
