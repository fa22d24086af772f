// Package keeper implements x/rwa: governance-appointed verifiers, KYC credentials, the
// real-world asset registry with attestations and valuation history, share tokenization,
// the compliance send restriction on shares, and a price-time priority order book per asset.
package keeper

import (
	"context"
	"encoding/binary"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

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

func shares(assetID, n uint64) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(types.ShareDenom(assetID), sdkmath.NewIntFromUint64(n)))
}

// SpendableShares returns holder's spendable shares rwa/{assetID} (read-only; the simulation's
// order and retirement messages size themselves with it).
func (k *Keeper) SpendableShares(ctx context.Context, holder sdk.AccAddress, assetID uint64) sdkmath.Int {
	return k.bank.SpendableCoin(ctx, holder, types.ShareDenom(assetID)).Amount
}

func nextID(ctx context.Context, seq collections.Item[uint64]) (uint64, error) {
	id, err := seq.Get(ctx)
	if err != nil {
		return 0, err
	}
	return id, seq.Set(ctx, id+1)
}

// ---- credentials and the send restriction ----

// CheckCredential returns nil when holder has a valid credential for jurisdiction at block
// time: present, not expired, and issued by an account that is still a KYC verifier of it.
func (k *Keeper) CheckCredential(ctx context.Context, holder sdk.AccAddress, jurisdiction string) error {
	c, err := k.Credentials.Get(ctx, collections.Join(holder, jurisdiction))
	if err != nil {
		return errorsmod.Wrapf(types.ErrNoCredential, "%s has no %s credential", holder, jurisdiction)
	}
	if now(ctx) >= c.ExpiresAt {
		return errorsmod.Wrapf(types.ErrNoCredential, "%s's %s credential expired at %d", holder, jurisdiction, c.ExpiresAt)
	}
	issuer, err := sdk.AccAddressFromBech32(c.Issuer)
	if err != nil {
		return errorsmod.Wrap(types.ErrNoCredential, "credential issuer is malformed")
	}
	v, err := k.Verifiers.Get(ctx, issuer)
	if err != nil || !v.HasKind(types.AttestationKind_ATTESTATION_KIND_KYC) || !v.Covers(jurisdiction) {
		return errorsmod.Wrapf(types.ErrNoCredential, "%s's %s credential was issued by %s, no longer a KYC verifier there", holder, jurisdiction, c.Issuer)
	}
	return nil
}

// SendRestriction is x/bank's send restriction for shares: a coin rwa/{id} moves only between
// accounts that both hold a valid credential for the asset's jurisdiction. Transfers to or from
// this module's account (order escrow, minting, retirement) are exempt. It runs for every bank
// transfer: MsgSend, MsgMultiSend, authz MsgExec, ICS-20 escrow, fee payment, gov deposits.
func (k *Keeper) SendRestriction(ctx context.Context, from, to sdk.AccAddress, amt sdk.Coins) (sdk.AccAddress, error) {
	if from.Equals(k.moduleAddr) || to.Equals(k.moduleAddr) {
		return to, nil
	}
	for _, c := range amt {
		id, ok := types.ParseShareDenom(c.Denom)
		if !ok {
			continue
		}
		asset, err := k.Assets.Get(ctx, id)
		if err != nil {
			return to, errorsmod.Wrapf(types.ErrTransferNotCompliant, "%s is not a registered asset's share", c.Denom)
		}
		for _, party := range []sdk.AccAddress{from, to} {
			if err := k.CheckCredential(ctx, party, asset.Jurisdiction); err != nil {
				return to, errorsmod.Wrapf(types.ErrTransferNotCompliant, "%s: %s", c.Denom, err.Error())
			}
		}
	}
	return to, nil
}

// ---- order book keys ----

const priceBytes = 16 // MaxPrice (1e36) < 2^120

// BookPrefix is the book key prefix of one asset's side.
func BookPrefix(assetID uint64, side types.Side) []byte {
	b := make([]byte, 9, 9+priceBytes+8)
	binary.BigEndian.PutUint64(b, assetID)
	b[8] = byte(side)
	return b
}

// BookKey orders resting orders of one asset and side by priority: asks by ascending price,
// bids by descending price (stored as 2^128-1-price), then by order id (time).
func BookKey(o types.Order) []byte {
	p := o.Price.BigInt().FillBytes(make([]byte, priceBytes))
	if o.Side == types.Side_SIDE_BUY {
		for i := range p {
			p[i] = ^p[i]
		}
	}
	b := append(BookPrefix(o.AssetId, o.Side), p...)
	return binary.BigEndian.AppendUint64(b, o.Id)
}

// OrderIDOfBookKey returns the order id at the end of a book key.
func OrderIDOfBookKey(key []byte) uint64 { return binary.BigEndian.Uint64(key[len(key)-8:]) }

// iterateBook calls cb with the resting orders of one asset and side in priority order.
func (k *Keeper) iterateBook(ctx context.Context, assetID uint64, side types.Side, cb func(types.Order) (stop bool, err error)) error {
	it, err := k.Book.Iterate(ctx, new(collections.Range[[]byte]).Prefix(BookPrefix(assetID, side)))
	if err != nil {
		return err
	}
	defer it.Close()
	for ; it.Valid(); it.Next() {
		key, err := it.Key()
		if err != nil {
			return err
		}
		o, err := k.Orders.Get(ctx, OrderIDOfBookKey(key))
		if err != nil {
			return err
		}
		stop, err := cb(o)
		if err != nil || stop {
			return err
		}
	}
	return nil
}

func (k *Keeper) restOrder(ctx context.Context, o types.Order) error {
	owner := sdk.MustAccAddressFromBech32(o.Owner)
	if err := k.Orders.Set(ctx, o.Id, o); err != nil {
		return err
	}
	if err := k.Book.Set(ctx, BookKey(o)); err != nil {
		return err
	}
	if err := k.OwnerOrders.Set(ctx, collections.Join(owner, o.Id)); err != nil {
		return err
	}
	n, _ := k.OpenOrders.Get(ctx, owner)
	return k.OpenOrders.Set(ctx, owner, n+1)
}

func (k *Keeper) removeOrder(ctx context.Context, o types.Order) error {
	owner := sdk.MustAccAddressFromBech32(o.Owner)
	if err := k.Orders.Remove(ctx, o.Id); err != nil {
		return err
	}
	if err := k.Book.Remove(ctx, BookKey(o)); err != nil {
		return err
	}
	if err := k.OwnerOrders.Remove(ctx, collections.Join(owner, o.Id)); err != nil {
		return err
	}
	n, _ := k.OpenOrders.Get(ctx, owner)
	if n <= 1 {
		return k.OpenOrders.Remove(ctx, owner)
	}
	return k.OpenOrders.Set(ctx, owner, n-1)
}

// escrowOf is what a resting order holds in the module: abtt for a bid, shares for an ask.
func escrowOf(o types.Order, remaining uint64) sdk.Coins {
	if o.Side == types.Side_SIDE_BUY {
		return btt(o.Price.Mul(sdkmath.NewIntFromUint64(remaining)))
	}
	return shares(o.AssetId, remaining)
}

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
