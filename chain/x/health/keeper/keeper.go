// Package keeper implements x/health: governance-registered activity types and verifiers
// (oracles, providers, IoT devices), verified activities that earn patients points, and the
// conversion of points to BTT from the community incentives pool within a per-epoch budget.
package keeper

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/gogoproto/proto"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/health/types"
)

// Keeper of x/health.
type Keeper struct {
	cdc       codec.BinaryCodec
	authority string
	// pool is the module account points are paid from (community_incentives).
	pool string

	bank        types.BankKeeper
	account     types.AccountKeeper
	pools       types.PoolKeeper
	credentials types.CredentialKeeper

	Schema        collections.Schema
	Params        collections.Item[types.Params]
	ActivityTypes collections.Map[string, types.ActivityType]
	Verifiers     collections.Map[sdk.AccAddress, types.Verifier]
	Devices       collections.Map[string, types.Device]
	Activities    collections.Map[uint64, types.Activity]
	NextActivity  collections.Item[uint64]
	// Evidence maps an evidence hash to its activity id (duplicates are refused).
	Evidence collections.Map[string, uint64]
	Patients collections.Map[sdk.AccAddress, types.PatientPoints]
	Epochs   collections.Map[uint64, types.EpochConversion]
	// Usage counts activities per (patient, code, period "e{epoch}" | "y{year}").
	Usage collections.Map[collections.Triple[sdk.AccAddress, string, string], uint32]
	// PendingPoints holds the points earned per epoch that have not matured yet.
	PendingPoints collections.Map[uint64, uint64]
	MaturedPoints collections.Item[uint64]
	CurrentEpoch  collections.Item[uint64]
	TotalIssued   collections.Item[uint64]
}

// NewKeeper returns the x/health keeper. pool names the module account points are paid from.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority, pool string,
	ak types.AccountKeeper, bk types.BankKeeper, pk types.PoolKeeper, ck types.CredentialKeeper,
) Keeper {
	if _, err := sdk.AccAddressFromBech32(authority); err != nil {
		panic(fmt.Errorf("invalid health authority: %w", err))
	}
	if ak == nil || bk == nil || pk == nil || ck == nil {
		panic("x/health keeper: the account, bank, pool and credential keepers are all required")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, authority: authority, pool: pool, bank: bk, account: ak, pools: pk, credentials: ck,
		Params:        collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		ActivityTypes: collections.NewMap(sb, types.ActivityTypesKey, "activity_types", collections.StringKey, codec.CollValue[types.ActivityType](cdc)),
		Verifiers:     collections.NewMap(sb, types.VerifiersKey, "verifiers", sdk.AccAddressKey, codec.CollValue[types.Verifier](cdc)),
		Devices:       collections.NewMap(sb, types.DevicesKey, "devices", collections.StringKey, codec.CollValue[types.Device](cdc)),
		Activities:    collections.NewMap(sb, types.ActivitiesKey, "activities", collections.Uint64Key, codec.CollValue[types.Activity](cdc)),
		NextActivity:  collections.NewItem(sb, types.ActivitySeqKey, "next_activity", collections.Uint64Value),
		Evidence:      collections.NewMap(sb, types.EvidenceKey, "evidence", collections.StringKey, collections.Uint64Value),
		Patients:      collections.NewMap(sb, types.PatientsKey, "patients", sdk.AccAddressKey, codec.CollValue[types.PatientPoints](cdc)),
		Epochs:        collections.NewMap(sb, types.EpochsKey, "epochs", collections.Uint64Key, codec.CollValue[types.EpochConversion](cdc)),
		Usage: collections.NewMap(sb, types.UsageKey, "usage",
			collections.TripleKeyCodec(sdk.AccAddressKey, collections.StringKey, collections.StringKey), collections.Uint32Value),
		PendingPoints: collections.NewMap(sb, types.PendingPointsKey, "pending_points", collections.Uint64Key, collections.Uint64Value),
		MaturedPoints: collections.NewItem(sb, types.MaturedPointsKey, "matured_points", collections.Uint64Value),
		CurrentEpoch:  collections.NewItem(sb, types.CurrentEpochKey, "current_epoch", collections.Uint64Value),
		TotalIssued:   collections.NewItem(sb, types.TotalIssuedKey, "total_issued", collections.Uint64Value),
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

// Pool returns the module account points are paid from.
func (k Keeper) Pool() string { return k.pool }

// Logger returns the module logger.
func (k Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

func (k Keeper) checkAuthority(a string) error {
	if a != k.authority {
		return types.ErrInvalidAuthority.Wrapf("expected %s, got %s", k.authority, a)
	}
	return nil
}

func emit(ctx context.Context, ev proto.Message) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(ev)
}

func getU64(ctx context.Context, item collections.Item[uint64]) (uint64, error) {
	v, err := item.Get(ctx)
	if err != nil {
		if errorsIsNotFound(err) {
			return 0, nil
		}
		return 0, err
	}
	return v, nil
}

func errorsIsNotFound(err error) bool { return errors.Is(err, collections.ErrNotFound) }

// genesisTime is the time epochs and years are counted from (x/emissions' genesis time).
func (k Keeper) genesisTime(ctx context.Context) (time.Time, error) {
	return k.pools.GenesisTimeOf(ctx)
}

// PoolBalance returns the abtt held by the pool points are paid from.
func (k Keeper) PoolBalance(ctx context.Context) sdkmath.Int {
	return k.bank.GetBalance(ctx, k.account.GetModuleAddress(k.pool), types.BaseDenom).Amount
}
