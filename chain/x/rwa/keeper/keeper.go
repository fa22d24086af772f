// Package keeper implements x/rwa: governance-appointed verifiers, KYC credentials, the
// real-world asset registry with attestations and valuation history, share tokenization,
// the compliance send restriction on shares, and a price-time priority order book per asset.
//
// Files by topic: verifiers.go (appointment by governance, who may attest), credentials.go (KYC
// credentials), compliance.go (the x/bank send restriction on shares), assets.go (registry,
// attestations, tokenization, retirement, valuations), book.go (orders, matching, fills, pruning,
// the book keys and aggregation); msg_server.go delegates each message to them.
package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// Keeper of x/rwa.
type Keeper struct {
	cdc       codec.BinaryCodec
	authority string
	// devFundModule receives the part of tokenization and trade fees that is not burned.
	devFundModule string
	moduleAddr    sdk.AccAddress

	bank   types.BankKeeper
	burner types.Burner

	Schema      collections.Schema
	Params      collections.Item[types.Params]
	Verifiers   collections.Map[sdk.AccAddress, types.Verifier]
	Credentials collections.Map[collections.Pair[sdk.AccAddress, string], types.Credential]
	Assets      collections.Map[uint64, types.Asset]
	NextAsset   collections.Item[uint64]
	Valuations  collections.Map[collections.Pair[uint64, uint64], types.Valuation]
	Orders      collections.Map[uint64, types.Order]
	NextOrder   collections.Item[uint64]
	// Book holds BookKey(asset, side, price, id) of every resting order: ascending iteration
	// of one asset and side gives price-time priority (bids' prices are stored inverted).
	Book collections.KeySet[[]byte]
	// OwnerOrders indexes resting orders by owner; OpenOrders counts them.
	OwnerOrders collections.KeySet[collections.Pair[sdk.AccAddress, uint64]]
	OpenOrders  collections.Map[sdk.AccAddress, uint64]
	Trades      collections.Map[collections.Pair[uint64, uint64], types.Trade]
	NextTrade   collections.Item[uint64]
	// TradeIndex maps trade id -> asset id, so that the oldest trades are found first when pruning.
	TradeIndex collections.Map[uint64, uint64]
}

// NewKeeper returns the x/rwa keeper. devFundModule names the module account that receives
// the development-fund share of fees; burner (x/emissions) burns the rest.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority, devFundModule string,
	ak types.AccountKeeper, bk types.BankKeeper, burner types.Burner,
) *Keeper {
	if _, err := sdk.AccAddressFromBech32(authority); err != nil {
		panic(fmt.Errorf("invalid rwa authority: %w", err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := &Keeper{
		cdc: cdc, authority: authority, devFundModule: devFundModule, moduleAddr: ak.GetModuleAddress(types.ModuleName),
		bank: bk, burner: burner,
		Params:      collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Verifiers:   collections.NewMap(sb, types.VerifiersKey, "verifiers", sdk.AccAddressKey, codec.CollValue[types.Verifier](cdc)),
		Credentials: collections.NewMap(sb, types.CredentialsKey, "credentials", collections.PairKeyCodec(sdk.AccAddressKey, collections.StringKey), codec.CollValue[types.Credential](cdc)),
		Assets:      collections.NewMap(sb, types.AssetsKey, "assets", collections.Uint64Key, codec.CollValue[types.Asset](cdc)),
		NextAsset:   collections.NewItem(sb, types.AssetSeqKey, "next_asset", collections.Uint64Value),
		Valuations:  collections.NewMap(sb, types.ValuationsKey, "valuations", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.Valuation](cdc)),
		Orders:      collections.NewMap(sb, types.OrdersKey, "orders", collections.Uint64Key, codec.CollValue[types.Order](cdc)),
		NextOrder:   collections.NewItem(sb, types.OrderSeqKey, "next_order", collections.Uint64Value),
		Book:        collections.NewKeySet(sb, types.BookKey, "book", collections.BytesKey),
		OwnerOrders: collections.NewKeySet(sb, types.OwnerOrdersKey, "owner_orders", collections.PairKeyCodec(sdk.AccAddressKey, collections.Uint64Key)),
		OpenOrders:  collections.NewMap(sb, types.OpenOrderCntKey, "open_orders", sdk.AccAddressKey, collections.Uint64Value),
		Trades:      collections.NewMap(sb, types.TradesKey, "trades", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.Trade](cdc)),
		NextTrade:   collections.NewItem(sb, types.TradeSeqKey, "next_trade", collections.Uint64Value),
		TradeIndex:  collections.NewMap(sb, types.TradeIndexKey, "trade_index", collections.Uint64Key, collections.Uint64Value),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the gov authority.
func (k *Keeper) Authority() string { return k.authority }

// ModuleAddress is the escrow account of resting orders.
func (k *Keeper) ModuleAddress() sdk.AccAddress { return k.moduleAddr }

// Logger returns the module logger.
func (k *Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

// GetParams returns the params.
func (k *Keeper) GetParams(ctx context.Context) types.Params {
	p, err := k.Params.Get(ctx)
	if err != nil {
		panic(err)
	}
	return p
}

func now(ctx context.Context) int64 { return sdk.UnwrapSDKContext(ctx).BlockTime().Unix() }

func btt(amt sdkmath.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(types.BaseDenom, amt)) }

func nextID(ctx context.Context, seq collections.Item[uint64]) (uint64, error) {
	id, err := seq.Get(ctx)
	if err != nil {
		return 0, err
	}
	return id, seq.Set(ctx, id+1)
}

// ---- credentials and the send restriction ----

// ---- order book keys ----

// splitFee burns burnFraction of fee (held by this module) through x/emissions and sends the
// rest to the development fund; it returns the two parts.
func (k *Keeper) splitFee(ctx context.Context, fee sdkmath.Int, burnFraction sdkmath.LegacyDec) (burned, dev sdkmath.Int, err error) {
	burned = burnFraction.MulInt(fee).TruncateInt()
	dev = fee.Sub(burned)
	if burned.IsPositive() {
		if err = k.burner.Burn(ctx, types.ModuleName, burned); err != nil {
			return
		}
	}
	if dev.IsPositive() {
		err = k.bank.SendCoinsFromModuleToModule(ctx, types.ModuleName, k.devFundModule, btt(dev))
	}
	return
}

func parseAddr(s, what string) (sdk.AccAddress, error) {
	a, err := sdk.AccAddressFromBech32(s)
	if err != nil {
		return nil, errorsmod.Wrapf(sdkerrors.ErrInvalidAddress, "%s: %s", what, err)
	}
	return a, nil
}

func (k *Keeper) checkAuthority(a string) error {
	if a != k.authority {
		return errorsmod.Wrapf(types.ErrInvalidSigner, "expected %s, got %s", k.authority, a)
	}
	return nil
}
