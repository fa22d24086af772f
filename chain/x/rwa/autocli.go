package rwa

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

// AutoCLIOptions gives `bttd q rwa ...` and `bttd tx rwa ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.rwa.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "x/rwa parameters"},
				{RpcMethod: "Verifiers", Use: "verifiers", Short: "List verifiers"},
				{RpcMethod: "Verifier", Use: "verifier [address]", Short: "One verifier", PositionalArgs: pos("address")},
				{RpcMethod: "Credentials", Use: "credentials [holder]", Short: "An account's KYC credentials and whether each is valid now", PositionalArgs: pos("holder")},
				{RpcMethod: "Credential", Use: "credential [holder] [jurisdiction]", Short: "An account's credential for one jurisdiction", PositionalArgs: pos("holder", "jurisdiction")},
				{RpcMethod: "Assets", Use: "assets", Short: "List assets (--asset-class, --status, --owner filters)"},
				{RpcMethod: "Asset", Use: "asset [id]", Short: "One asset with its attestations", PositionalArgs: pos("id")},
				{RpcMethod: "Valuations", Use: "valuations [asset-id]", Short: "An asset's valuation history", PositionalArgs: pos("asset_id")},
				{RpcMethod: "OrderBook", Use: "order-book [asset-id]", Short: "Resting orders by price level (--depth)", PositionalArgs: pos("asset_id")},
				{RpcMethod: "Order", Use: "order [id]", Short: "One resting order", PositionalArgs: pos("id")},
				{RpcMethod: "Orders", Use: "orders [owner]", Short: "An account's resting orders", PositionalArgs: pos("owner")},
				{RpcMethod: "Trades", Use: "trades [asset-id]", Short: "An asset's trades", PositionalArgs: pos("asset_id")},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.rwa.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "AddVerifier", Use: "add-verifier [verifier] [name]", GovProposal: true,
					Short:          "Appoint a verifier (governance authority only; submitted in a proposal): --kinds kyc [--kinds technical ...] --jurisdictions CN-BJ,CN",
					PositionalArgs: pos("verifier", "name")},
				{RpcMethod: "RemoveVerifier", Use: "remove-verifier [verifier]", GovProposal: true,
					Short: "Remove a verifier (governance authority only; submitted in a proposal)", PositionalArgs: pos("verifier")},
				{RpcMethod: "UpdateParams", Skip: true}, // gov authority only: use a proposal
				{RpcMethod: "IssueCredential", Use: "issue-credential [holder] [jurisdiction] [expires-at]",
					Short: "Issue or renew a KYC credential (KYC verifier; expires-at in unix seconds)", PositionalArgs: pos("holder", "jurisdiction", "expires_at")},
				{RpcMethod: "RevokeCredential", Use: "revoke-credential [holder] [jurisdiction]", Short: "Revoke a KYC credential (KYC verifier)",
					PositionalArgs: pos("holder", "jurisdiction")},
				{RpcMethod: "RegisterAsset", Use: "register-asset [asset-class] [name] [jurisdiction] [documents-sha256] [documents-uri] [appraised-value] [currency] [share-count]",
					Short:          "Register a real-world asset (documents-sha256 in hex; appraised value in the currency's minor unit)",
					PositionalArgs: pos("asset_class", "name", "jurisdiction", "documents_sha256", "documents_uri", "appraised_value", "currency", "share_count")},
				{RpcMethod: "AttestAsset", Use: "attest-asset [asset-id] [kind] [decision]", Short: "Approve or reject a pending asset (REGULATORY or TECHNICAL verifier; --reason)",
					PositionalArgs: pos("asset_id", "kind", "decision")},
				{RpcMethod: "RetireAsset", Use: "retire-asset [asset-id]", Short: "Retire an asset (the owner must hold every share; they are burned)", PositionalArgs: pos("asset_id")},
				{RpcMethod: "Tokenize", Use: "tokenize [asset-id]", Short: "Mint a verified asset's shares rwa/{id} to its owner for the tokenize fee", PositionalArgs: pos("asset_id")},
				{RpcMethod: "UpdateValuation", Use: "update-valuation [asset-id] [value] [currency]", Short: "Record a valuation (TECHNICAL verifier; --method)",
					PositionalArgs: pos("asset_id", "value", "currency")},
				{RpcMethod: "PlaceOrder", Use: "place-order [asset-id] [side] [price] [quantity]", Short: "Place a limit order (price in abtt per share; side buy or sell)",
					PositionalArgs: pos("asset_id", "side", "price", "quantity")},
				{RpcMethod: "CancelOrder", Use: "cancel-order [order-id]", Short: "Cancel a resting order and get its escrow back", PositionalArgs: pos("order_id")},
				{RpcMethod: "PruneLapsedOrders", Use: "prune-lapsed-orders [asset-id] [side] [limit]",
					Short:          "Cancel resting orders whose owner's credential lapsed (anyone; visits up to limit orders from the best price, escrow back to their owners)",
					PositionalArgs: pos("asset_id", "side", "limit")},
			},
		},
	}
}
