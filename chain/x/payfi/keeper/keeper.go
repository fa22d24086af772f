// Package keeper implements x/payfi: merchants credentialed through x/rwa, invoices with
// idempotency keys, payments settled at once (merchant, development-fund fee share, x/health
// points discount), and refunds bounded by what was paid.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	"cosmossdk.io/log"

	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// Keeper of x/payfi.
type Keeper struct {
	cdc       codec.BinaryCodec
	authority string
	// devFund names the module account receiving the fee share; devFundAddr is its address.
	devFund     string
	devFundAddr sdk.AccAddress

	auth        types.AccountKeeper
	bank        types.BankKeeper
	credentials types.CredentialKeeper
	points      types.PointsKeeper

	Schema    collections.Schema
	Params    collections.Item[types.Params]
	Merchants collections.Map[sdk.AccAddress, types.Merchant]
	Invoices  collections.Map[uint64, types.Invoice]
	NextID    collections.Item[uint64]
	// Idempotency maps (merchant, idempotency key) to the invoice id.
	Idempotency collections.Map[collections.Pair[sdk.AccAddress, string], uint64]
	// ByMerchant indexes invoices by merchant.
	ByMerchant collections.KeySet[collections.Pair[sdk.AccAddress, uint64]]
}

// NewKeeper returns the x/payfi keeper.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority, devFund string,
	ak types.AccountKeeper, bk types.BankKeeper, ck types.CredentialKeeper, pk types.PointsKeeper,
) Keeper {
	if _, err := sdk.AccAddressFromBech32(authority); err != nil {
		panic(fmt.Errorf("invalid payfi authority: %w", err))
	}
	if ak == nil || bk == nil || ck == nil || pk == nil {
		panic("x/payfi keeper: the account, bank, credential and points keepers are all required")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, authority: authority, devFund: devFund, devFundAddr: authtypes.NewModuleAddress(devFund), auth: ak, bank: bk, credentials: ck, points: pk,
		Params:      collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Merchants:   collections.NewMap(sb, types.MerchantsKey, "merchants", sdk.AccAddressKey, codec.CollValue[types.Merchant](cdc)),
		Invoices:    collections.NewMap(sb, types.InvoicesKey, "invoices", collections.Uint64Key, codec.CollValue[types.Invoice](cdc)),
		NextID:      collections.NewItem(sb, types.InvoiceSeqKey, "next_invoice", collections.Uint64Value),
		Idempotency: collections.NewMap(sb, types.IdempotencyKey, "idempotency", collections.PairKeyCodec(sdk.AccAddressKey, collections.StringKey), collections.Uint64Value),
		ByMerchant:  collections.NewKeySet(sb, types.MerchantInvoiceKey, "by_merchant", collections.PairKeyCodec(sdk.AccAddressKey, collections.Uint64Key)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the gov authority.
func (k Keeper) Authority() string { return k.authority }

// Logger returns the module logger.
func (k Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

func emit(ctx context.Context, ev proto.Message) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev)
}

func isNotFound(err error) bool { return errors.Is(err, collections.ErrNotFound) }

func now(ctx context.Context) int64 { return sdk.UnwrapSDKContext(ctx).BlockTime().Unix() }

// Expired reports whether an open invoice is past its expiry at block time.
func Expired(ctx context.Context, inv types.Invoice) bool {
	return inv.Status == types.InvoiceStatus_INVOICE_STATUS_OPEN && now(ctx) >= inv.ExpiresAt
}

// CredentialValid reports whether addr holds a valid x/rwa KYC credential for jurisdiction
// (read-only; the simulation picks merchants with it).
func (k Keeper) CredentialValid(ctx context.Context, addr sdk.AccAddress, jurisdiction string) bool {
	return k.credentials.CheckCredential(ctx, addr, jurisdiction) == nil
}
