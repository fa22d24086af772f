package simulation

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/keeper"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

func pick[T any](testData *simsx.ChainDataSource, xs []T) T {
	return xs[testData.Rand().Intn(len(xs))]
}

func blockTime(ctx context.Context) int64 { return sdk.UnwrapSDKContext(ctx).BlockTime().Unix() }

// simVerifiers returns the verifiers that are simulated accounts, of kind, covering jurisdiction
// ("" for any).
func simVerifiers(ctx context.Context, k *keeper.Keeper, testData *simsx.ChainDataSource, kind types.AttestationKind, jurisdiction string) []types.Verifier {
	var out []types.Verifier
	_ = k.Verifiers.Walk(ctx, nil, func(_ sdk.AccAddress, v types.Verifier) (bool, error) {
		if testData.HasAccount(v.Address) && v.HasKind(kind) && (jurisdiction == "" || v.Covers(jurisdiction)) {
			out = append(out, v)
		}
		return false, nil
	})
	return out
}

func assets(ctx context.Context, k *keeper.Keeper, keep func(types.Asset) bool) []types.Asset {
	var out []types.Asset
	_ = k.Assets.Walk(ctx, nil, func(_ uint64, a types.Asset) (bool, error) {
		if keep(a) {
			out = append(out, a)
		}
		return false, nil
	})
	return out
}

// MsgIssueCredentialFactory has a KYC verifier issue (or renew) a credential of a jurisdiction it covers.
func MsgIssueCredentialFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgIssueCredential] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgIssueCredential) {
		vs := simVerifiers(ctx, k, testData, kyc, "")
		if len(vs) == 0 {
			reporter.Skip("no KYC verifier")
			return nil, nil
		}
		v := pick(testData, vs)
		issuer := testData.GetAccount(reporter, v.Address)
		holder := testData.AnyAccount(reporter)
		maxSec := k.GetParams(ctx).MaxCredentialSeconds
		return []simsx.SimAccount{issuer}, &types.MsgIssueCredential{
			Issuer: v.Address, Holder: holder.AddressBech32, Jurisdiction: pick(testData, v.Jurisdictions),
			ExpiresAt: blockTime(ctx) + 1 + testData.Rand().Int63n(maxSec),
		}
	}
}

// MsgRevokeCredentialFactory has a KYC verifier of its jurisdiction revoke a credential.
func MsgRevokeCredentialFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRevokeCredential] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRevokeCredential) {
		var creds []types.Credential
		_ = k.Credentials.Walk(ctx, nil, func(_ collectionsPair, c types.Credential) (bool, error) {
			creds = append(creds, c)
			return false, nil
		})
		if len(creds) == 0 {
			reporter.Skip("no credential")
			return nil, nil
		}
		c := pick(testData, creds)
		vs := simVerifiers(ctx, k, testData, kyc, c.Jurisdiction)
		if len(vs) == 0 {
			reporter.Skip("no KYC verifier for the credential's jurisdiction")
			return nil, nil
		}
		v := pick(testData, vs)
		return []simsx.SimAccount{testData.GetAccount(reporter, v.Address)}, &types.MsgRevokeCredential{Issuer: v.Address, Holder: c.Holder, Jurisdiction: c.Jurisdiction}
	}
}

// validCredentials lists the valid credentials of simulated accounts, filtered by keep.
func validCredentials(ctx context.Context, k *keeper.Keeper, testData *simsx.ChainDataSource, keep func(types.Credential) bool) []types.Credential {
	var out []types.Credential
	_ = k.Credentials.Walk(ctx, nil, func(_ collectionsPair, c types.Credential) (bool, error) {
		if testData.HasAccount(c.Holder) && keep(c) && k.CheckCredential(ctx, sdk.MustAccAddressFromBech32(c.Holder), c.Jurisdiction) == nil {
			out = append(out, c)
		}
		return false, nil
	})
	return out
}

// MsgRegisterAssetFactory registers a PENDING asset, usually for an owner credentialed in the
// asset's jurisdiction (so that it can sell the shares once tokenized).
func MsgRegisterAssetFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRegisterAsset] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRegisterAsset) {
		r := testData.Rand()
		owner := testData.AnyAccount(reporter)
		jurisdiction := pick(testData, Jurisdictions)
		if creds := validCredentials(ctx, k, testData, func(types.Credential) bool { return true }); len(creds) > 0 && r.Intn(5) != 0 {
			c := pick(testData, creds)
			owner, jurisdiction = testData.GetAccount(reporter, c.Holder), c.Jurisdiction
		}
		docs := make([]byte, 32)
		r.Read(docs)
		return []simsx.SimAccount{owner}, &types.MsgRegisterAsset{
			Owner: owner.AddressBech32, AssetClass: types.AssetClass(1 + r.Intn(4)), Name: fmt.Sprintf("sim asset %d", r.Intn(100000)),
			Jurisdiction: jurisdiction, DocumentsSha256: docs, DocumentsUri: "ipfs://sim-docs",
			AppraisedValue: sdkmath.NewInt(1 + r.Int63n(1_000_000_000)), Currency: pick(testData, []string{"CNY", "HKD", "USD"}),
			ShareCount: uint64(10 + r.Intn(10_000)),
		}
	}
}

// MsgAttestAssetFactory has a REGULATORY or TECHNICAL verifier of a pending asset's jurisdiction
// that has not attested it yet approve it (nine times in ten) or reject it.
func MsgAttestAssetFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgAttestAsset] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgAttestAsset) {
		type cand struct {
			a    types.Asset
			v    types.Verifier
			kind types.AttestationKind
		}
		var cands []cand
		for _, a := range assets(ctx, k, func(a types.Asset) bool { return a.Status == types.AssetStatus_ASSET_STATUS_PENDING }) {
			done := map[string]bool{}
			for _, at := range a.Attestations {
				done[at.Verifier] = true
			}
			for _, kind := range []types.AttestationKind{regulatory, technical} {
				for _, v := range simVerifiers(ctx, k, testData, kind, a.Jurisdiction) {
					if !done[v.Address] {
						cands = append(cands, cand{a, v, kind})
					}
				}
			}
		}
		if len(cands) == 0 {
			reporter.Skip("no pending asset with a verifier left to attest it")
			return nil, nil
		}
		c := pick(testData, cands)
		msg := &types.MsgAttestAsset{Verifier: c.v.Address, AssetId: c.a.Id, Kind: c.kind, Decision: types.Decision_DECISION_APPROVE}
		if testData.Rand().Intn(10) == 0 {
			msg.Decision, msg.Reason = types.Decision_DECISION_REJECT, "sim: documents incomplete"
		}
		return []simsx.SimAccount{testData.GetAccount(reporter, c.v.Address)}, msg
	}
}

// MsgTokenizeFactory tokenizes a VERIFIED asset whose owner can pay the fee.
func MsgTokenizeFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgTokenize] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgTokenize) {
		fee := sdk.NewCoin(types.BaseDenom, k.GetParams(ctx).TokenizeFee)
		as := assets(ctx, k, func(a types.Asset) bool {
			return a.Status == types.AssetStatus_ASSET_STATUS_VERIFIED && testData.HasAccount(a.Owner)
		})
		if len(as) == 0 {
			reporter.Skip("no verified asset")
			return nil, nil
		}
		a := pick(testData, as)
		owner := testData.GetAccount(reporter, a.Owner)
		if fee.IsPositive() && !owner.LiquidBalance().BlockAmount(fee) {
			reporter.Skip("owner cannot pay the tokenize fee")
			return nil, nil
		}
		return []simsx.SimAccount{owner}, &types.MsgTokenize{Owner: a.Owner, AssetId: a.Id}
	}
}

// MsgRetireAssetFactory retires an asset whose owner holds every share (or that is not tokenized).
func MsgRetireAssetFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRetireAsset] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRetireAsset) {
		as := assets(ctx, k, func(a types.Asset) bool {
			if !testData.HasAccount(a.Owner) {
				return false
			}
			switch a.Status {
			case types.AssetStatus_ASSET_STATUS_PENDING, types.AssetStatus_ASSET_STATUS_VERIFIED:
				return true
			case types.AssetStatus_ASSET_STATUS_TOKENIZED:
				return k.SpendableShares(ctx, sdk.MustAccAddressFromBech32(a.Owner), a.Id).Equal(sdkmath.NewIntFromUint64(a.ShareCount))
			}
			return false
		})
		if len(as) == 0 {
			reporter.Skip("no retirable asset")
			return nil, nil
		}
		a := pick(testData, as)
		return []simsx.SimAccount{testData.GetAccount(reporter, a.Owner)}, &types.MsgRetireAsset{Owner: a.Owner, AssetId: a.Id}
	}
}

// MsgUpdateValuationFactory has a TECHNICAL verifier of an asset's jurisdiction revalue it.
func MsgUpdateValuationFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgUpdateValuation] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateValuation) {
		as := assets(ctx, k, func(a types.Asset) bool {
			return a.Status != types.AssetStatus_ASSET_STATUS_RETIRED && a.Status != types.AssetStatus_ASSET_STATUS_REJECTED
		})
		if len(as) == 0 {
			reporter.Skip("no live asset")
			return nil, nil
		}
		a := pick(testData, as)
		vs := simVerifiers(ctx, k, testData, technical, a.Jurisdiction)
		if len(vs) == 0 {
			reporter.Skip("no technical verifier for the asset's jurisdiction")
			return nil, nil
		}
		v := pick(testData, vs)
		return []simsx.SimAccount{testData.GetAccount(reporter, v.Address)}, &types.MsgUpdateValuation{
			Verifier: v.Address, AssetId: a.Id, Value: sdkmath.NewInt(1 + testData.Rand().Int63n(1_000_000_000)),
			Currency: a.Currency, Method: "sim appraisal",
		}
	}
}

// MsgPlaceOrderFactory places a buy or sell order on a tokenized asset's book for a credentialed
// account, priced around 0.001 BTT a share so that books cross and fill; a seller sells shares it
// holds, a buyer escrows what it can afford.
func MsgPlaceOrderFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgPlaceOrder] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgPlaceOrder) {
		as := assets(ctx, k, func(a types.Asset) bool { return a.Status == types.AssetStatus_ASSET_STATUS_TOKENIZED })
		if len(as) == 0 {
			reporter.Skip("no tokenized asset")
			return nil, nil
		}
		a := pick(testData, as)
		p := k.GetParams(ctx)
		// Traders: simulated accounts with a valid credential for the asset's jurisdiction and room
		// for another resting order; sellers among them hold shares.
		var buyers, sellers []string
		for _, c := range validCredentials(ctx, k, testData, func(c types.Credential) bool { return c.Jurisdiction == a.Jurisdiction }) {
			addr := sdk.MustAccAddressFromBech32(c.Holder)
			if n, _ := k.OpenOrders.Get(ctx, addr); n >= uint64(p.MaxOpenOrdersPerAccount) {
				continue
			}
			buyers = append(buyers, c.Holder)
			if k.SpendableShares(ctx, addr, a.Id).IsPositive() {
				sellers = append(sellers, c.Holder)
			}
		}
		if len(buyers) == 0 {
			reporter.Skip("no credentialed trader for the asset")
			return nil, nil
		}
		r := testData.Rand()
		price := sdkmath.NewIntWithDecimal(int64(80+r.Intn(41)), 13) // 0.0008 .. 0.0012 BTT
		if len(sellers) > 0 && r.Intn(2) == 0 {
			owner := testData.GetAccount(reporter, pick(testData, sellers))
			held := k.SpendableShares(ctx, owner.Address, a.Id)
			qty := 1 + r.Int63n(min(held.Int64(), 1000))
			return []simsx.SimAccount{owner}, &types.MsgPlaceOrder{Owner: owner.AddressBech32, AssetId: a.Id, Side: types.Side_SIDE_SELL, Price: price, Quantity: uint64(qty)}
		}
		owner := testData.GetAccount(reporter, pick(testData, buyers))
		qty := uint64(1 + r.Intn(int(min(a.ShareCount, 1000))))
		cost := sdk.NewCoin(types.BaseDenom, price.MulRaw(int64(qty)))
		if !owner.LiquidBalance().BlockAmount(cost) {
			reporter.Skip("buyer cannot afford the order")
			return nil, nil
		}
		return []simsx.SimAccount{owner}, &types.MsgPlaceOrder{Owner: owner.AddressBech32, AssetId: a.Id, Side: types.Side_SIDE_BUY, Price: price, Quantity: qty}
	}
}

// MsgCancelOrderFactory cancels a resting order of a simulated account.
func MsgCancelOrderFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgCancelOrder] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgCancelOrder) {
		var orders []types.Order
		_ = k.Orders.Walk(ctx, nil, func(_ uint64, o types.Order) (bool, error) {
			if testData.HasAccount(o.Owner) {
				orders = append(orders, o)
			}
			return false, nil
		})
		if len(orders) == 0 {
			reporter.Skip("no resting order")
			return nil, nil
		}
		o := pick(testData, orders)
		return []simsx.SimAccount{testData.GetAccount(reporter, o.Owner)}, &types.MsgCancelOrder{Owner: o.Owner, OrderId: o.Id}
	}
}

// MsgPruneLapsedOrdersFactory has anyone prune a book side of lapsed orders.
func MsgPruneLapsedOrdersFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgPruneLapsedOrders] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgPruneLapsedOrders) {
		as := assets(ctx, k, func(a types.Asset) bool { return a.Status == types.AssetStatus_ASSET_STATUS_TOKENIZED })
		if len(as) == 0 {
			reporter.Skip("no tokenized asset")
			return nil, nil
		}
		signer := testData.AnyAccount(reporter)
		limit := uint32(1 + testData.Rand().Intn(int(k.GetParams(ctx).MaxPrunePerMsg)))
		return []simsx.SimAccount{signer}, &types.MsgPruneLapsedOrders{
			Signer: signer.AddressBech32, AssetId: pick(testData, as).Id, Side: types.Side(1 + testData.Rand().Intn(2)), Limit: limit,
		}
	}
}

// MsgAddVerifierFactory is a governance proposal appointing a simulated account as a verifier.
func MsgAddVerifierFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgAddVerifier] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgAddVerifier) {
		acc := testData.AnyAccountN(20, reporter, simsx.SimAccountFilterFn(func(a simsx.SimAccount) bool {
			has, _ := k.Verifiers.Has(ctx, a.Address)
			return !has
		}))
		if reporter.IsSkipped() {
			return nil, nil
		}
		v := RandomVerifier(testData.Rand().Rand, acc.AddressBech32, 0)
		return nil, &types.MsgAddVerifier{Authority: testData.ModuleAccountAddress(reporter, "gov"), Verifier: acc.AddressBech32, Name: v.Name, Kinds: v.Kinds, Jurisdictions: v.Jurisdictions}
	}
}

// MsgRemoveVerifierFactory is a governance proposal removing a verifier (its credentials lapse).
func MsgRemoveVerifierFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRemoveVerifier] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRemoveVerifier) {
		var vs []string
		_ = k.Verifiers.Walk(ctx, nil, func(_ sdk.AccAddress, v types.Verifier) (bool, error) {
			vs = append(vs, v.Address)
			return false, nil
		})
		if len(vs) < 3 {
			reporter.Skip("keep at least two verifiers")
			return nil, nil
		}
		return nil, &types.MsgRemoveVerifier{Authority: testData.ModuleAccountAddress(reporter, "gov"), Verifier: pick(testData, vs)}
	}
}

// MsgUpdateParamsFactory is a governance proposal with random valid params.
func MsgUpdateParamsFactory() simsx.SimMsgFactoryFn[*types.MsgUpdateParams] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateParams) {
		return nil, &types.MsgUpdateParams{Authority: testData.ModuleAccountAddress(reporter, "gov"), Params: RandomParams(testData.Rand().Rand)}
	}
}

type collectionsPair = collections.Pair[sdk.AccAddress, string]
