package keeper_test

import (
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	ibctransfertypes "github.com/cosmos/ibc-go/v10/modules/apps/transfer/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

func TestRegisterMerchant(t *testing.T) {
	f := setup(t)
	clinic := addr("clinic")
	// No KYC credential: refused.
	f.refused(types.ErrNotCredentialed, func() error { _, err := f.ms.RegisterMerchant(f.ctx, merchantMsg(clinic)); return err })
	f.kyc(clinic)
	bad := merchantMsg(clinic)
	bad.SettlementAddress = authtypes.NewModuleAddress("community_incentives").String()
	f.refused(types.ErrInvalidMerchant, func() error { _, err := f.ms.RegisterMerchant(f.ctx, bad); return err })
	bad = merchantMsg(clinic)
	bad.AcceptedDenoms = []string{"abtt"}
	f.refused(types.ErrInvalidMerchant, func() error { _, err := f.ms.RegisterMerchant(f.ctx, bad); return err })
	bad = merchantMsg(clinic)
	bad.Jurisdiction = "Beijing"
	f.refused(types.ErrInvalidMerchant, func() error { _, err := f.ms.RegisterMerchant(f.ctx, bad); return err })
	_, err := f.ms.RegisterMerchant(f.ctx, merchantMsg(clinic))
	require.NoError(t, err)
	r, err := f.q.Merchant(f.ctx, &types.QueryMerchantRequest{Address: clinic.String()})
	require.NoError(t, err)
	require.True(t, r.KycValid)
	require.Equal(t, clinic.String(), r.Merchant.SettlementAddress, "defaults to the merchant itself")
}

func TestCreateInvoiceAndIdempotency(t *testing.T) {
	f := setup(t)
	m := f.merchant("clinic")
	msg := f.invoiceMsg(m, btt(100), "order-1")
	res, err := f.ms.CreateInvoice(f.ctx, msg)
	require.NoError(t, err)
	require.False(t, res.Existing)
	// A retry with the same key and terms returns the same invoice and creates nothing.
	again, err := f.ms.CreateInvoice(f.ctx, msg)
	require.NoError(t, err)
	require.True(t, again.Existing)
	require.Equal(t, res.InvoiceId, again.InvoiceId)
	conflict := *msg
	conflict.Amount = btt(101)
	f.refused(types.ErrIdempotencyConflict, func() error { _, err := f.ms.CreateInvoice(f.ctx, &conflict); return err })

	for name, mut := range map[string]func(*types.MsgCreateInvoice){
		"zero amount":    func(m *types.MsgCreateInvoice) { m.Amount = sdkmath.ZeroInt() },
		"bad reference":  func(m *types.MsgCreateInvoice) { m.Reference = "ref with ünïcode" },
		"long reference": func(m *types.MsgCreateInvoice) { m.Reference = "123456789012345678901234567890123456" },
		"past expiry":    func(m *types.MsgCreateInvoice) { m.ExpiresAt = f.ctx.BlockTime().Unix() },
		"far expiry":     func(m *types.MsgCreateInvoice) { m.ExpiresAt = f.ctx.BlockTime().Add(91 * day).Unix() },
		"bad key":        func(m *types.MsgCreateInvoice) { m.IdempotencyKey = "" },
	} {
		bad := *f.invoiceMsg(m, btt(1), "k-"+name[:3])
		mut(&bad)
		f.refused(types.ErrInvalidInvoice, func() error { _, err := f.ms.CreateInvoice(f.ctx, &bad); return err })
	}
	other := *f.invoiceMsg(m, btt(1), "k-denom")
	other.Denom = "ibc/0000000000000000000000000000000000000000000000000000000000000000"
	f.refused(types.ErrDenomNotAccepted, func() error { _, err := f.ms.CreateInvoice(f.ctx, &other); return err })
	f.refused(types.ErrMerchantNotFound, func() error {
		_, err := f.ms.CreateInvoice(f.ctx, f.invoiceMsg(addr("not a merchant"), btt(1), "x"))
		return err
	})
	list, err := f.q.MerchantInvoices(f.ctx, &types.QueryMerchantInvoicesRequest{Merchant: m.String()})
	require.NoError(t, err)
	require.Len(t, list.Invoices, 1)
}

// MsgPayInvoice settles at once: the merchant gets amount - fee, the development fund the fee.
func TestPayInvoice(t *testing.T) {
	f := setup(t)
	m, payer := f.merchant("clinic"), addr("patient")
	f.fund(payer, btt(1000))
	id := f.invoice(m, btt(200), "inv-1")
	dev0, m0, p0 := f.bal(devFund(), "abtt"), f.bal(m, "abtt"), f.bal(payer, "abtt")
	// Partial payment and a different denom are refused.
	f.refused(types.ErrAmountMismatch, func() error { _, err := f.pay(payer, id, btt(199), 0); return err })
	f.refused(types.ErrAmountMismatch, func() error {
		_, err := f.ms.PayInvoice(f.ctx, &types.MsgPayInvoice{Payer: payer.String(), InvoiceId: id, Amount: btt(200), Denom: "uatom"})
		return err
	})
	f.refused(types.ErrInvoiceNotFound, func() error { _, err := f.pay(payer, 999, btt(200), 0); return err })
	// Points at a merchant are only for holders of matured points.
	res, err := f.pay(payer, id, btt(200), 0)
	require.NoError(t, err)
	fee := btt(1) // 0.5% of 200 BTT
	require.Equal(t, fee.String(), res.Fee)
	require.Equal(t, dev0.Add(fee), f.bal(devFund(), "abtt"))
	require.Equal(t, m0.Add(btt(200)).Sub(fee), f.bal(m, "abtt"))
	require.Equal(t, p0.Sub(btt(200)), f.bal(payer, "abtt"))
	// The fee share went to the development fund's module account (made sure of at genesis), still one.
	_, isModule := f.app.AccountKeeper.GetAccount(f.ctx, devFund()).(sdk.ModuleAccountI)
	require.True(t, isModule)
	// Paid invoices cannot be paid twice.
	f.refused(types.ErrInvoicePaid, func() error { _, err := f.pay(payer, id, btt(200), 0); return err })
	inv, err := f.q.Invoice(f.ctx, &types.QueryInvoiceRequest{Id: id})
	require.NoError(t, err)
	require.Equal(t, types.InvoiceStatus_INVOICE_STATUS_PAID, inv.Invoice.Status)
	require.Equal(t, payer.String(), inv.Invoice.Payer)
	// The typed event decodes to the payment's figures.
	var paidEvents []*types.EventInvoicePaid
	for _, ev := range f.ctx.EventManager().Events() {
		if ev.Type == "btt.payfi.v1.EventInvoicePaid" {
			msg, err := sdk.ParseTypedEvent(abci.Event(ev))
			require.NoError(t, err)
			paidEvents = append(paidEvents, msg.(*types.EventInvoicePaid))
		}
	}
	require.Equal(t, []*types.EventInvoicePaid{{InvoiceId: id, Merchant: m.String(), Payer: payer.String(), Denom: "abtt",
		Amount: btt(200).String(), MerchantCredit: btt(200).Sub(fee).String(), Fee: fee.String(), Discount: "0"}}, paidEvents)

	// An expired invoice cannot be paid.
	id2 := f.invoice(m, btt(5), "inv-2")
	f.advance(day + time.Second)
	f.refused(types.ErrInvoiceExpired, func() error { _, err := f.pay(payer, id2, btt(5), 0); return err })
	q2, err := f.q.Invoice(f.ctx, &types.QueryInvoiceRequest{Id: id2})
	require.NoError(t, err)
	require.True(t, q2.Expired)
	// Not enough funds.
	id3 := f.invoice(m, btt(5000), "inv-3")
	f.refused(types.ErrInsufficientFunds, func() error { _, err := f.pay(payer, id3, btt(5000), 0); return err })
	f.checkInvariants()
}

// Points pay part of an abtt invoice: the community incentives pool pays their value to the
// merchant within the x/health epoch budget; the merchant still gets amount - fee.
func TestPayWithPointsDiscount(t *testing.T) {
	f := setup(t)
	payer := addr("patient")
	f.earnPoints(payer, 2) // 200 points, worth 0.1 BTT each
	m := f.merchant("clinic")
	f.fund(payer, btt(100))
	id := f.invoice(m, btt(30), "inv-points")
	dev0, m0, p0, pool0 := f.bal(devFund(), "abtt"), f.bal(m, "abtt"), f.bal(payer, "abtt"), f.bal(pool(), "abtt")
	supply := f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount
	// 200 points = 20 BTT > half of 30 BTT: refused.
	f.refused(types.ErrDiscountTooLarge, func() error { _, err := f.pay(payer, id, btt(30), 200); return err })
	res, err := f.pay(payer, id, btt(30), 150) // 15 BTT discount
	require.NoError(t, err)
	fee := sdkmath.NewIntWithDecimal(15, 16) // 0.5% of 30 BTT = 0.15 BTT
	require.Equal(t, btt(15).String(), res.Discount)
	require.Equal(t, btt(15).String(), res.Paid)
	require.Equal(t, p0.Sub(btt(15)), f.bal(payer, "abtt"))
	require.Equal(t, pool0.Sub(btt(15)), f.bal(pool(), "abtt"))
	require.Equal(t, m0.Add(btt(30)).Sub(fee), f.bal(m, "abtt"))
	require.Equal(t, dev0.Add(fee), f.bal(devFund(), "abtt"))
	require.Equal(t, supply, f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount)
	pp, err := f.app.HealthKeeper.PatientPoints(f.ctx, payer)
	require.NoError(t, err)
	require.Equal(t, uint64(50), pp.Balance)
	require.Equal(t, uint64(150), pp.Redeemed)
	// More points than the payer holds.
	id2 := f.invoice(m, btt(30), "inv-points-2")
	f.refused(healthInsufficient, func() error { _, err := f.pay(payer, id2, btt(30), 60); return err })
	// A merchant that does not take points.
	m2 := addr("no-points")
	f.kyc(m2)
	msg := merchantMsg(m2)
	msg.AcceptsPoints = false
	_, err = f.ms.RegisterMerchant(f.ctx, msg)
	require.NoError(t, err)
	id3 := f.invoice(m2, btt(30), "inv-np")
	f.refused(types.ErrPointsNotAccepted, func() error { _, err := f.pay(payer, id3, btt(30), 10); return err })
	f.checkInvariants()
}

func TestRefunds(t *testing.T) {
	f := setup(t)
	payer := addr("patient")
	f.earnPoints(payer, 1)
	m := f.merchant("clinic")
	f.fund(payer, btt(100))
	id := f.invoice(m, btt(40), "inv-r")
	_, err := f.pay(payer, id, btt(40), 100) // 10 BTT of points, 30 BTT paid
	require.NoError(t, err)
	p0, m0 := f.bal(payer, "abtt"), f.bal(m, "abtt")
	f.refused(types.ErrNotInvoiceMerchant, func() error {
		_, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: payer.String(), InvoiceId: id, Amount: btt(1)})
		return err
	})
	// Bounded by what the payer paid (30 BTT), not the invoice amount.
	f.refused(types.ErrRefundTooLarge, func() error {
		_, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: id, Amount: btt(31)})
		return err
	})
	res, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: id, Amount: btt(20)})
	require.NoError(t, err)
	require.Equal(t, btt(20).String(), res.RefundedTotal)
	require.Equal(t, p0.Add(btt(20)), f.bal(payer, "abtt"))
	require.Equal(t, m0.Sub(btt(20)), f.bal(m, "abtt"))
	f.refused(types.ErrRefundTooLarge, func() error {
		_, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: id, Amount: btt(11)})
		return err
	})
	f.refused(types.ErrInvalidRefund, func() error {
		_, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: id, Amount: sdkmath.ZeroInt()})
		return err
	})
	// Unpaid invoices cannot be refunded.
	open := f.invoice(m, btt(1), "inv-open")
	f.refused(types.ErrInvoiceNotPaid, func() error {
		_, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: open, Amount: btt(1)})
		return err
	})
	// After the 30-day window the policy refuses.
	f.advance(31 * day)
	f.refused(types.ErrRefundNotAllowed, func() error {
		_, err := f.ms.Refund(f.ctx, &types.MsgRefund{Merchant: m.String(), InvoiceId: id, Amount: btt(1)})
		return err
	})
	f.checkInvariants()
}

// Cross-border: an IBC voucher the merchant lists pays an invoice; the fee share is in that denom.
func TestPayWithIBCVoucher(t *testing.T) {
	f := setup(t)
	m, payer := f.merchant("clinic"), addr("traveller")
	denom := merchantMsg(m).AcceptedDenoms[0]
	coins := sdk.NewCoins(sdk.NewCoin(denom, sdkmath.NewInt(1_000_000)))
	// Vouchers are minted by ICS-20 when they arrive; abtt's supply is untouched.
	require.NoError(t, f.app.BankKeeper.MintCoins(f.ctx, ibctransfertypes.ModuleName, coins))
	require.NoError(t, f.app.BankKeeper.SendCoinsFromModuleToAccount(f.ctx, ibctransfertypes.ModuleName, payer, coins))
	msg := f.invoiceMsg(m, sdkmath.NewInt(400_000), "usd-1")
	msg.Denom = denom
	res, err := f.ms.CreateInvoice(f.ctx, msg)
	require.NoError(t, err)
	f.refused(types.ErrPointsNotAccepted, func() error {
		_, err := f.ms.PayInvoice(f.ctx, &types.MsgPayInvoice{Payer: payer.String(), InvoiceId: res.InvoiceId, Amount: msg.Amount, Denom: denom, Points: 1})
		return err
	})
	_, err = f.ms.PayInvoice(f.ctx, &types.MsgPayInvoice{Payer: payer.String(), InvoiceId: res.InvoiceId, Amount: msg.Amount, Denom: denom})
	require.NoError(t, err)
	require.Equal(t, sdkmath.NewInt(2_000), f.bal(devFund(), denom))
	require.Equal(t, sdkmath.NewInt(398_000), f.bal(m, denom))
	require.Equal(t, sdkmath.NewInt(600_000), f.bal(payer, denom))
	f.checkInvariants()
}

// A payment link signed by the merchant key parses and matches the invoice; any tampering is refused.
func TestPaymentLink(t *testing.T) {
	f := setup(t)
	key := merchantKey("clinic key")
	m := sdk.AccAddress(key.PubKey().Address())
	f.kyc(m)
	_, err := f.ms.RegisterMerchant(f.ctx, merchantMsg(m))
	require.NoError(t, err)
	id := f.invoice(m, btt(12), "qr-1")
	inv, err := f.k.Invoices.Get(f.ctx, id)
	require.NoError(t, err)
	link := types.PaymentLink{ChainID: testChainID, InvoiceID: id, Merchant: m.String(), Amount: inv.Amount, Denom: inv.Denom,
		Reference: inv.Reference, ExpiresAt: inv.ExpiresAt}
	uri, err := types.SignPaymentLink(link, key)
	require.NoError(t, err)
	require.Contains(t, uri, "btt:pay?v=1&chain="+testChainID)
	got, err := types.ParsePaymentLink(uri)
	require.NoError(t, err)
	require.NoError(t, got.CheckAgainst(testChainID, inv))
	require.NoError(t, err)

	tampered := []string{
		replaceParam(uri, "amount", "1200000000000000000"),
		replaceParam(uri, "invoice", "99"),
		replaceParam(uri, "merchant", addr("thief").String()),
		replaceParam(uri, "denom", "uatom"),
	}
	for _, u := range tampered {
		_, err := types.ParsePaymentLink(u)
		require.ErrorIs(t, err, types.ErrBadPaymentLinkSig, u)
	}
	// Signed by another key, claiming the merchant: refused.
	forged, err := types.SignPaymentLink(link, merchantKey("thief key"))
	require.NoError(t, err)
	_, err = types.ParsePaymentLink(forged)
	require.ErrorIs(t, err, types.ErrBadPaymentLinkSig)
	for _, u := range []string{"bitcoin:abc", "btt:pay?v=2", uri + "&x=1", uri + "&amount=5"} {
		_, err := types.ParsePaymentLink(u)
		require.ErrorIs(t, err, types.ErrInvalidPaymentLink, u)
	}
	// A valid link for another chain does not match this one.
	require.ErrorIs(t, got.CheckAgainst("other-chain", inv), types.ErrInvalidPaymentLink)
}

func TestParamsAndGenesisRoundTrip(t *testing.T) {
	f := setup(t)
	f.refused(types.ErrInvalidAuthority, func() error {
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: addr("x").String(), Params: types.DefaultParams()})
		return err
	})
	f.refused(types.ErrInvalidParams, func() error {
		p := types.DefaultParams()
		p.FeeShare = sdkmath.LegacyNewDecWithPrec(6, 1) // 0.6 + 0.5 > 1
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
		return err
	})
	m, payer := f.merchant("clinic"), addr("patient")
	f.fund(payer, btt(10))
	id := f.invoice(m, btt(2), "g-1")
	_, err := f.pay(payer, id, btt(2), 0)
	require.NoError(t, err)
	f.invoice(m, btt(3), "g-2")
	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	g2 := setup(t)
	require.NoError(t, g2.k.InitGenesis(g2.ctx, *gs))
	gs2, err := g2.k.ExportGenesis(g2.ctx)
	require.NoError(t, err)
	require.Equal(t, gs, gs2)
	// Idempotency survives the round trip.
	res, err := g2.ms.CreateInvoice(g2.ctx, &types.MsgCreateInvoice{Merchant: m.String(), Amount: btt(3), Denom: "abtt",
		Reference: gs.Invoices[1].Reference, ExpiresAt: gs.Invoices[1].ExpiresAt, IdempotencyKey: "g-2"})
	require.NoError(t, err)
	require.True(t, res.Existing)
	bad := *gs
	bad.Invoices = append([]types.Invoice(nil), gs.Invoices...)
	bad.Invoices[0].Refunded = btt(3)
	require.Error(t, bad.Validate())
}
