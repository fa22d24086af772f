package simulation

import (
	"context"
	"fmt"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/payfi/keeper"
	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// Jurisdictions merchants register in (x/rwa's simulated credentials cover them).
var Jurisdictions = []string{"CN", "CN-BJ", "CN-SH"}

func pick[T any](testData *simsx.ChainDataSource, xs []T) T {
	return xs[testData.Rand().Intn(len(xs))]
}

func now(ctx context.Context) int64 { return sdk.UnwrapSDKContext(ctx).BlockTime().Unix() }

// MsgRegisterMerchantFactory registers (or updates) a simulated account holding a valid credential.
func MsgRegisterMerchantFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRegisterMerchant] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRegisterMerchant) {
		j := pick(testData, Jurisdictions)
		acc := testData.AnyAccountN(30, reporter, simsx.SimAccountFilterFn(func(a simsx.SimAccount) bool {
			return k.CredentialValid(ctx, a.Address, j)
		}))
		if reporter.IsSkipped() {
			return nil, nil
		}
		r := testData.Rand()
		return []simsx.SimAccount{acc}, &types.MsgRegisterMerchant{Merchant: acc.AddressBech32, Name: "sim clinic", Jurisdiction: j,
			RefundPolicy: types.RefundPolicy{Refundable: r.Intn(4) != 0, WindowSeconds: uint64(r.Intn(7 * 24 * 3600))}, AcceptsPoints: r.Intn(2) == 0}
	}
}

// merchants returns the registered simulated merchants whose credential is still valid.
func merchants(ctx context.Context, k keeper.Keeper, testData *simsx.ChainDataSource) []types.Merchant {
	var out []types.Merchant
	_ = k.Merchants.Walk(ctx, nil, func(a sdk.AccAddress, m types.Merchant) (bool, error) {
		if testData.HasAccount(m.Address) && k.CredentialValid(ctx, a, m.Jurisdiction) {
			out = append(out, m)
		}
		return false, nil
	})
	return out
}

// MsgCreateInvoiceFactory has a merchant invoice 0.001 to 10 BTT.
func MsgCreateInvoiceFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgCreateInvoice] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgCreateInvoice) {
		ms := merchants(ctx, k, testData)
		if len(ms) == 0 {
			reporter.Skip("no merchant")
			return nil, nil
		}
		m := testData.GetAccount(reporter, pick(testData, ms).Address)
		p, err := k.Params.Get(ctx)
		if err != nil {
			reporter.Skip("no params")
			return nil, nil
		}
		r := testData.Rand()
		n, _ := k.NextID.Get(ctx)
		return []simsx.SimAccount{m}, &types.MsgCreateInvoice{Merchant: m.AddressBech32,
			Amount: sdkmath.NewIntWithDecimal(int64(1+r.Intn(10_000)), 15), Denom: types.BaseDenom,
			Reference: fmt.Sprintf("RF18 SIM-%d", n), ExpiresAt: now(ctx) + 1 + r.Int63n(int64(p.MaxInvoiceSeconds)),
			IdempotencyKey: fmt.Sprintf("sim-%d-%d", n, r.Intn(1000))}
	}
}

// MsgPayInvoiceFactory has an account that can afford it pay an open, unexpired invoice in full.
func MsgPayInvoiceFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgPayInvoice] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgPayInvoice) {
		var open []types.Invoice
		_ = k.Invoices.Walk(ctx, nil, func(_ uint64, inv types.Invoice) (bool, error) {
			if inv.Status == types.InvoiceStatus_INVOICE_STATUS_OPEN && !keeper.Expired(ctx, inv) {
				m, err := k.Merchants.Get(ctx, sdk.MustAccAddressFromBech32(inv.Merchant))
				if err == nil && k.CredentialValid(ctx, sdk.MustAccAddressFromBech32(inv.Merchant), m.Jurisdiction) {
					open = append(open, inv)
				}
			}
			return false, nil
		})
		if len(open) == 0 {
			reporter.Skip("no open invoice")
			return nil, nil
		}
		inv := pick(testData, open)
		payer := testData.AnyAccount(reporter, simsx.WithSpendableBalance())
		if reporter.IsSkipped() || !payer.LiquidBalance().BlockAmount(sdk.NewCoin(inv.Denom, inv.Amount)) {
			reporter.Skip("payer cannot afford the invoice")
			return nil, nil
		}
		return []simsx.SimAccount{payer}, &types.MsgPayInvoice{Payer: payer.AddressBech32, InvoiceId: inv.Id, Amount: inv.Amount, Denom: inv.Denom}
	}
}

// MsgRefundFactory has a merchant refund part of a paid invoice within its policy.
func MsgRefundFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRefund] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRefund) {
		var paid []types.Invoice
		_ = k.Invoices.Walk(ctx, nil, func(_ uint64, inv types.Invoice) (bool, error) {
			if inv.Status != types.InvoiceStatus_INVOICE_STATUS_PAID || !inv.Refundable().IsPositive() || !testData.HasAccount(inv.Merchant) {
				return false, nil
			}
			m, err := k.Merchants.Get(ctx, sdk.MustAccAddressFromBech32(inv.Merchant))
			if err != nil || !m.RefundPolicy.Refundable || (m.RefundPolicy.WindowSeconds > 0 && now(ctx)-inv.PaidAt > int64(m.RefundPolicy.WindowSeconds)) {
				return false, nil
			}
			paid = append(paid, inv)
			return false, nil
		})
		if len(paid) == 0 {
			reporter.Skip("no refundable invoice")
			return nil, nil
		}
		inv := pick(testData, paid)
		m := testData.GetAccount(reporter, inv.Merchant)
		left := inv.Refundable()
		amt := left.QuoRaw(2).AddRaw(1)
		if left.IsInt64() {
			amt = sdkmath.NewInt(1 + testData.Rand().Int63n(left.Int64()))
		}
		if !m.LiquidBalance().BlockAmount(sdk.NewCoin(inv.Denom, amt)) {
			reporter.Skip("merchant cannot fund the refund")
			return nil, nil
		}
		return []simsx.SimAccount{m}, &types.MsgRefund{Merchant: m.AddressBech32, InvoiceId: inv.Id, Amount: amt}
	}
}

// MsgUpdateParamsFactory is a governance proposal setting random valid params.
func MsgUpdateParamsFactory() simsx.SimMsgFactoryFn[*types.MsgUpdateParams] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateParams) {
		return nil, &types.MsgUpdateParams{Authority: testData.ModuleAccountAddress(reporter, "gov"), Params: RandomParams(testData.Rand().Rand)}
	}
}
