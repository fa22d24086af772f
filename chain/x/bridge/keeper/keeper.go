// Package keeper implements x/bridge: the Ethereum bridge's BTT side (orchestrator registration,
// validator-set snapshots and their signatures, the outgoing transfer pool and batches, Ethereum
// event claims and their attestation by bonded power, the BTT escrow and the token vouchers, and
// slashing of orchestrators that do not sign or that attest conflicting events).
package keeper

import (
	"context"
	"fmt"
	"strings"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// Keeper of x/bridge.
type Keeper struct {
	cdc        codec.BinaryCodec
	authority  string
	moduleAddr sdk.AccAddress

	bank     types.BankKeeper
	staking  types.StakingKeeper
	slashing types.SlashingKeeper

	Schema collections.Schema
	Params collections.Item[types.Params]
	// Orchestrators by validator operator address (bech32).
	Orchestrators  collections.Map[string, types.Orchestrator]
	Valsets        collections.Map[uint64, types.Valset]
	ValsetConfirms collections.Map[collections.Pair[uint64, string], types.Confirm]
	// Pending holds the transfers not in a batch, by id.
	Pending collections.Map[uint64, types.OutgoingTransfer]
	// PendingByFee indexes Pending by (token contract, inverted fee, id): ascending iteration of one
	// token gives the batch order (highest fee first, ties by id) without walking the whole pool.
	PendingByFee collections.KeySet[collections.Triple[string, []byte, uint64]]
	NextTransfer collections.Item[uint64]
	// Batches holds the unexecuted batches by (token contract, nonce); token contracts are EIP-55.
	Batches        collections.Map[collections.Pair[string, uint64], types.OutgoingBatch]
	LastBatchNonce collections.Map[string, uint64]
	BatchConfirms  collections.Map[collections.Triple[string, uint64, string], types.Confirm]
	// Attestations by (event nonce, claim hash); their votes are the per (nonce, validator) vote record.
	Attestations collections.Map[collections.Pair[uint64, string], types.Attestation]
	// EventNonces is the last event nonce each validator attested.
	EventNonces        collections.Map[string, uint64]
	TokenDenoms        collections.Map[string, types.TokenDenom]
	Unclaimable        collections.Map[uint64, types.UnclaimableDeposit]
	LastObservedNonce  collections.Item[uint64]
	LastObservedHeight collections.Item[uint64]
	LastObservedValset collections.Item[uint64]
	// WrappedOutstanding is the abtt in escrow that backs wBTT on Ethereum.
	WrappedOutstanding collections.Item[sdkmath.Int]

	// LastObservedTime is the BTT block time (unix ns) at which LastObservedHeight was last raised.
	LastObservedTime collections.Item[int64]
	// AutoBatchCursor is the last token the automatic batcher looked at (round robin).
	AutoBatchCursor collections.Item[string]
	// Polkadot holds the Polkadot side's state (polkadot_keeper.go).
	Polkadot PolkadotStore
}

// NewKeeper returns the x/bridge keeper.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority string,
	ak types.AccountKeeper, bk types.BankKeeper, sk types.StakingKeeper, slk types.SlashingKeeper,
) Keeper {
	if _, err := sdk.AccAddressFromBech32(authority); err != nil {
		panic(fmt.Errorf("invalid bridge authority: %w", err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, authority: authority, moduleAddr: ak.GetModuleAddress(types.ModuleName),
		bank: bk, staking: sk, slashing: slk,
		Params:         collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Orchestrators:  collections.NewMap(sb, types.OrchestratorsKey, "orchestrators", collections.StringKey, codec.CollValue[types.Orchestrator](cdc)),
		Valsets:        collections.NewMap(sb, types.ValsetsKey, "valsets", collections.Uint64Key, codec.CollValue[types.Valset](cdc)),
		ValsetConfirms: collections.NewMap(sb, types.ValsetConfirmsKey, "valset_confirms", collections.PairKeyCodec(collections.Uint64Key, collections.StringKey), codec.CollValue[types.Confirm](cdc)),
		Pending:        collections.NewMap(sb, types.PendingKey, "pending", collections.Uint64Key, codec.CollValue[types.OutgoingTransfer](cdc)),
		PendingByFee: collections.NewKeySet(sb, types.PendingByFeeKey, "pending_by_fee",
			collections.TripleKeyCodec(collections.StringKey, collections.BytesKey, collections.Uint64Key)),
		NextTransfer:   collections.NewItem(sb, types.NextTransferKey, "next_transfer", collections.Uint64Value),
		Batches:        collections.NewMap(sb, types.BatchesKey, "batches", collections.PairKeyCodec(collections.StringKey, collections.Uint64Key), codec.CollValue[types.OutgoingBatch](cdc)),
		LastBatchNonce: collections.NewMap(sb, types.LastBatchNonceKey, "last_batch_nonce", collections.StringKey, collections.Uint64Value),
		BatchConfirms: collections.NewMap(sb, types.BatchConfirmsKey, "batch_confirms",
			collections.TripleKeyCodec(collections.StringKey, collections.Uint64Key, collections.StringKey), codec.CollValue[types.Confirm](cdc)),
		Attestations:       collections.NewMap(sb, types.AttestationsKey, "attestations", collections.PairKeyCodec(collections.Uint64Key, collections.StringKey), codec.CollValue[types.Attestation](cdc)),
		EventNonces:        collections.NewMap(sb, types.EventNoncesKey, "event_nonces", collections.StringKey, collections.Uint64Value),
		TokenDenoms:        collections.NewMap(sb, types.TokenDenomsKey, "token_denoms", collections.StringKey, codec.CollValue[types.TokenDenom](cdc)),
		Unclaimable:        collections.NewMap(sb, types.UnclaimableKey, "unclaimable", collections.Uint64Key, codec.CollValue[types.UnclaimableDeposit](cdc)),
		LastObservedNonce:  collections.NewItem(sb, types.LastObservedNonceKey, "last_observed_nonce", collections.Uint64Value),
		LastObservedHeight: collections.NewItem(sb, types.LastObservedHeightKey, "last_observed_height", collections.Uint64Value),
		LastObservedValset: collections.NewItem(sb, types.LastObservedValsetKey, "last_observed_valset", collections.Uint64Value),
		WrappedOutstanding: collections.NewItem(sb, types.WrappedOutstandingKey, "wrapped_outstanding", sdk.IntValue),
		LastObservedTime:   collections.NewItem(sb, types.LastObservedTimeKey, "last_observed_time", collections.Int64Value),
		AutoBatchCursor:    collections.NewItem(sb, types.AutoBatchCursorKey, "auto_batch_cursor", collections.StringValue),
		Polkadot:           newPolkadotStore(sb, cdc),
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

// ModuleAddress is the escrow account.
func (k Keeper) ModuleAddress() sdk.AccAddress { return k.moduleAddr }

// Logger returns the module logger.
func (k Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

// GetParams returns the params.
func (k Keeper) GetParams(ctx context.Context) types.Params {
	p, err := k.Params.Get(ctx)
	if err != nil {
		panic(err)
	}
	return p
}

func (k Keeper) emit(ctx context.Context, ev proto.Message) {
	if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev); err != nil {
		panic(err)
	}
}

func getOr(ctx context.Context, item collections.Item[uint64]) uint64 {
	v, err := item.Get(ctx)
	if err != nil {
		return 0
	}
	return v
}

// wrappedOutstanding returns the abtt backing wBTT.
func (k Keeper) wrappedOutstanding(ctx context.Context) sdkmath.Int {
	v, err := k.WrappedOutstanding.Get(ctx)
	if err != nil {
		return sdkmath.ZeroInt()
	}
	return v
}

// bridgeID returns params.bridge_id, or ErrBridgeNotConfigured while it is unset.
func (k Keeper) bridgeID(ctx context.Context) ([32]byte, error) {
	id, ok, err := types.ParseBridgeID(k.GetParams(ctx).BridgeId)
	if err != nil {
		return id, err
	}
	if !ok {
		return id, errorsmod.Wrap(types.ErrBridgeNotConfigured, "params.bridge_id is unset")
	}
	return id, nil
}

// canonical returns the EIP-55 form of an Ethereum address (the form token contracts are keyed by).
func canonical(addr string) (string, error) {
	a, err := types.ParseEthAddress(addr)
	if err != nil {
		return "", errorsmod.Wrap(types.ErrInvalidEthAddress, err.Error())
	}
	return a.Hex(), nil
}

// sameAddress compares two Ethereum address strings case-insensitively.
func sameAddress(a, b string) bool { return a != "" && strings.EqualFold(a, b) }
