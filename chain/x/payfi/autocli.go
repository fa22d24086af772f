package payfi

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

func pos(fields ...string) []*autocliv1.PositionalArgDescriptor {
	out := make([]*autocliv1.PositionalArgDescriptor, len(fields))
	for i, f := range fields {
		out[i] = &autocliv1.PositionalArgDescriptor{ProtoField: f}
	}
	return out
}

// AutoCLIOptions gives `bttd q payfi ...` and `bttd tx payfi ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.payfi.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "x/payfi parameters"},
				{RpcMethod: "Merchants", Use: "merchants", Short: "Registered merchants"},
				{RpcMethod: "Merchant", Use: "merchant [address]", Short: "One merchant and whether its KYC credential is valid now", PositionalArgs: pos("address")},
				{RpcMethod: "Invoice", Use: "invoice [id]", Short: "One invoice (status, fee, discount, refunds, expired)", PositionalArgs: pos("id")},
				{RpcMethod: "MerchantInvoices", Use: "merchant-invoices [merchant]", Short: "A merchant's invoices", PositionalArgs: pos("merchant")},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.payfi.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "RegisterMerchant", Use: "register-merchant [name] [jurisdiction]",
					Short:          "Register as a merchant (needs an x/rwa KYC credential for the jurisdiction): --settlement-address --accepted-denoms ibc/... --refund-policy '{\"refundable\":true,\"window_seconds\":\"2592000\"}' --accepts-points",
					PositionalArgs: pos("name", "jurisdiction")},
				{RpcMethod: "CreateInvoice", Use: "create-invoice [amount] [denom] [reference] [expires-at] [idempotency-key]",
					Short: "Create an invoice (amount in base units, expiry in unix seconds)", PositionalArgs: pos("amount", "denom", "reference", "expires_at", "idempotency_key")},
				{RpcMethod: "PayInvoice", Use: "pay-invoice [invoice-id] [amount] [denom]",
					Short: "Pay an invoice in full at once (--points N spends x/health points as a discount)", PositionalArgs: pos("invoice_id", "amount", "denom")},
				{RpcMethod: "Refund", Use: "refund [invoice-id] [amount]", Short: "Refund (part of) what the payer paid", PositionalArgs: pos("invoice_id", "amount")},
				{RpcMethod: "UpdateParams", Skip: true},
			},
		},
	}
}
