package keeper

import (
	"context"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// PolkadotStore holds the Polkadot side's collections (README "Polkadot bridge").
type PolkadotStore struct {
	// Orchestrators: Polkadot key registrations by validator operator address.
	Orchestrators collections.Map[string, types.PolkadotOrchestrator]
	Custodies     collections.Map[uint64, types.PolkadotCustody]
	// CurrentCustody is the id of the custody deposits go to (0: none yet).
	CurrentCustody collections.Item[uint64]
	Withdrawals    collections.Map[uint64, types.PolkadotWithdrawal]
	// Pending indexes the ids of the pending withdrawals.
	Pending        collections.KeySet[uint64]
	NextWithdrawal collections.Item[uint64]
	Attestations   collections.Map[collections.Pair[uint64, string], types.PolkadotAttestation]
	// EventNonces is the last Polkadot event nonce each validator attested.
	EventNonces       collections.Map[string, uint64]
	LastObservedNonce collections.Item[uint64]
	LastObservedBlock collections.Item[uint64]
	Unclaimable       collections.Map[uint64, types.PolkadotUnclaimableDeposit]
	Checkpoints       collections.Map[int64, types.PolkadotCheckpoint]
	Totals            collections.Item[types.PolkadotTotals]
	// Indexes of the pending withdrawals (kept by indexPending/unindexPending; rebuilt by InitGenesis) so that
	// no message or end block walks them all (README "Withdrawal spam bounds"):
	// PendingByTimeout: (timeout_height, id) of each pending withdrawal.
	PendingByTimeout collections.KeySet[collections.Pair[int64, uint64]]
	// Reserved: per custody, the planck of its pending withdrawals (no entry: 0).
	Reserved collections.Map[uint64, sdkmath.Int]
	// Migrating: custody id -> its pending MIGRATION withdrawal's id.
	Migrating collections.Map[uint64, uint64]
	// PendingCount: the number of pending USER withdrawals.
	PendingCount collections.Item[uint64]
	// PendingBySender: per sender (bech32), its number of pending USER withdrawals (no entry: 0).
	PendingBySender collections.Map[string, uint64]
}

func newPolkadotStore(sb *collections.SchemaBuilder, cdc codec.BinaryCodec) PolkadotStore {
	return PolkadotStore{
		Orchestrators:     collections.NewMap(sb, types.PolkadotOrchestratorsKey, "polkadot_orchestrators", collections.StringKey, codec.CollValue[types.PolkadotOrchestrator](cdc)),
		Custodies:         collections.NewMap(sb, types.PolkadotCustodiesKey, "polkadot_custodies", collections.Uint64Key, codec.CollValue[types.PolkadotCustody](cdc)),
		CurrentCustody:    collections.NewItem(sb, types.PolkadotCurrentCustodyKey, "polkadot_current_custody", collections.Uint64Value),
		Withdrawals:       collections.NewMap(sb, types.PolkadotWithdrawalsKey, "polkadot_withdrawals", collections.Uint64Key, codec.CollValue[types.PolkadotWithdrawal](cdc)),
		Pending:           collections.NewKeySet(sb, types.PolkadotPendingKey, "polkadot_pending", collections.Uint64Key),
		NextWithdrawal:    collections.NewItem(sb, types.PolkadotNextWithdrawKey, "polkadot_next_withdrawal", collections.Uint64Value),
		Attestations:      collections.NewMap(sb, types.PolkadotAttestationsKey, "polkadot_attestations", collections.PairKeyCodec(collections.Uint64Key, collections.StringKey), codec.CollValue[types.PolkadotAttestation](cdc)),
		EventNonces:       collections.NewMap(sb, types.PolkadotEventNoncesKey, "polkadot_event_nonces", collections.StringKey, collections.Uint64Value),
		LastObservedNonce: collections.NewItem(sb, types.PolkadotLastNonceKey, "polkadot_last_observed_nonce", collections.Uint64Value),
		LastObservedBlock: collections.NewItem(sb, types.PolkadotLastBlockKey, "polkadot_last_observed_block", collections.Uint64Value),
		Unclaimable:       collections.NewMap(sb, types.PolkadotUnclaimableKey, "polkadot_unclaimable", collections.Uint64Key, codec.CollValue[types.PolkadotUnclaimableDeposit](cdc)),
		Checkpoints:       collections.NewMap(sb, types.PolkadotCheckpointsKey, "polkadot_checkpoints", collections.Int64Key, codec.CollValue[types.PolkadotCheckpoint](cdc)),
		Totals:            collections.NewItem(sb, types.PolkadotTotalsKey, "polkadot_totals", codec.CollValue[types.PolkadotTotals](cdc)),
		PendingByTimeout: collections.NewKeySet(sb, types.PolkadotPendingByTimeoutKey, "polkadot_pending_by_timeout",
			collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		Reserved:        collections.NewMap(sb, types.PolkadotReservedKey, "polkadot_reserved", collections.Uint64Key, sdk.IntValue),
		Migrating:       collections.NewMap(sb, types.PolkadotMigratingKey, "polkadot_migrating", collections.Uint64Key, collections.Uint64Value),
		PendingCount:    collections.NewItem(sb, types.PolkadotPendingCountKey, "polkadot_pending_count", collections.Uint64Value),
		PendingBySender: collections.NewMap(sb, types.PolkadotPendingBySenderKey, "polkadot_pending_by_sender", collections.StringKey, collections.Uint64Value),
	}
}

// polkadotParams returns params.polkadot.
func (k Keeper) polkadotParams(ctx context.Context) types.PolkadotParams {
	return k.GetParams(ctx).Polkadot
}

// PolkadotTotals returns the voucher counters (zero before the first deposit).
func (k Keeper) PolkadotTotals(ctx context.Context) types.PolkadotTotals {
	t, err := k.Polkadot.Totals.Get(ctx)
	if err != nil {
		return types.ZeroPolkadotTotals()
	}
	return t
}

func (k Keeper) updatePolkadotTotals(ctx context.Context, f func(*types.PolkadotTotals)) error {
	t := k.PolkadotTotals(ctx)
	f(&t)
	return k.Polkadot.Totals.Set(ctx, t)
}

// CurrentPolkadotCustody returns the custody deposits go to.
func (k Keeper) CurrentPolkadotCustody(ctx context.Context) (types.PolkadotCustody, bool, error) {
	id := getOr(ctx, k.Polkadot.CurrentCustody)
	if id == 0 {
		return types.PolkadotCustody{}, false, nil
	}
	c, err := k.Polkadot.Custodies.Get(ctx, id)
	if err != nil {
		return c, false, err
	}
	return c, true, nil
}

func (k Keeper) addCustodyBalance(ctx context.Context, id uint64, delta sdkmath.Int) error {
	c, err := k.Polkadot.Custodies.Get(ctx, id)
	if err != nil {
		return err
	}
	c.Balance = c.Balance.Add(delta)
	return k.Polkadot.Custodies.Set(ctx, id, c)
}

func polkadotCoins(amount sdkmath.Int) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(types.PolkadotVoucherDenom, amount))
}
