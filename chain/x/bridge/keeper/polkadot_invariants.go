package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// CheckPolkadotVouchers returns nil when
// supply(bridge/dot/wnd) + pending user withdrawals + unclaimable deposits == credited − executed, and
// Σ custody balances == credited − executed − overdrawn.
func (k Keeper) CheckPolkadotVouchers(ctx context.Context) error {
	t := k.PolkadotTotals(ctx)
	pending, err := k.PendingPolkadotAmount(ctx)
	if err != nil {
		return err
	}
	unclaimable, err := k.UnclaimablePolkadotAmount(ctx)
	if err != nil {
		return err
	}
	supply := k.bank.GetSupply(ctx, types.PolkadotVoucherDenom).Amount
	backed := t.Credited.Sub(t.Executed)
	if have := supply.Add(pending).Add(unclaimable); !have.Equal(backed) {
		return fmt.Errorf("voucher supply %s + pending withdrawals %s + unclaimable %s = %s, expected credited %s - executed %s = %s",
			supply, pending, unclaimable, have, t.Credited, t.Executed, backed)
	}
	held := sdkmath.ZeroInt()
	if err := k.Polkadot.Custodies.Walk(ctx, nil, func(_ uint64, c types.PolkadotCustody) (bool, error) {
		held = held.Add(c.Balance)
		return false, nil
	}); err != nil {
		return err
	}
	if want := backed.Sub(t.Overdrawn); !held.Equal(want) {
		return fmt.Errorf("custodies hold %s, expected credited - executed - overdrawn = %s", held, want)
	}
	return nil
}

// PolkadotVouchersInvariant checks CheckPolkadotVouchers.
func PolkadotVouchersInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckPolkadotVouchers(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "polkadot-vouchers", err.Error()), true
		}
		return sdk.FormatInvariant(types.ModuleName, "polkadot-vouchers", "WND vouchers, pending withdrawals and unclaimable deposits match the credited deposits less executed withdrawals"), false
	}
}

// CheckPolkadotPendingIndexes returns nil when the indexes of the pending withdrawals (PendingByTimeout,
// Reserved, Migrating, PendingCount, PendingBySender) hold exactly what the pending withdrawals make.
func (k Keeper) CheckPolkadotPendingIndexes(ctx context.Context) error {
	s := k.Polkadot
	type timeoutKey struct {
		height int64
		id     uint64
	}
	byTimeout := map[timeoutKey]bool{}
	reserved := map[uint64]sdkmath.Int{}
	migrating := map[uint64]uint64{}
	bySender := map[string]uint64{}
	count := uint64(0)
	if err := s.Pending.Walk(ctx, nil, func(id uint64) (bool, error) {
		w, err := s.Withdrawals.Get(ctx, id)
		if err != nil {
			return true, err
		}
		if w.Status != types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING {
			return true, fmt.Errorf("withdrawal %d is indexed pending but %s", id, w.Status)
		}
		byTimeout[timeoutKey{w.TimeoutHeight, id}] = true
		if r, ok := reserved[w.CustodyId]; ok {
			reserved[w.CustodyId] = r.Add(w.Amount)
		} else {
			reserved[w.CustodyId] = w.Amount
		}
		if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION {
			migrating[w.CustodyId] = id
		} else if w.Kind == types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_USER {
			count++
			bySender[w.Sender]++
		}
		return false, nil
	}); err != nil {
		return err
	}
	n := 0
	if err := s.PendingByTimeout.Walk(ctx, nil, func(key collections.Pair[int64, uint64]) (bool, error) {
		n++
		if !byTimeout[timeoutKey{key.K1(), key.K2()}] {
			return true, fmt.Errorf("timeout index holds (%d, %d), not a pending withdrawal with that timeout", key.K1(), key.K2())
		}
		return false, nil
	}); err != nil {
		return err
	}
	if n != len(byTimeout) {
		return fmt.Errorf("timeout index holds %d entries, %d withdrawals are pending", n, len(byTimeout))
	}
	n = 0
	if err := s.Reserved.Walk(ctx, nil, func(id uint64, r sdkmath.Int) (bool, error) {
		n++
		if want, ok := reserved[id]; !ok || !want.Equal(r) {
			return true, fmt.Errorf("custody %d: reserved %s, its pending withdrawals make %v", id, r, want)
		}
		return false, nil
	}); err != nil {
		return err
	}
	if n != len(reserved) {
		return fmt.Errorf("reserved index has %d custodies, the pending withdrawals %d", n, len(reserved))
	}
	n = 0
	if err := s.Migrating.Walk(ctx, nil, func(custody, id uint64) (bool, error) {
		n++
		if migrating[custody] != id {
			return true, fmt.Errorf("custody %d: migrating index names withdrawal %d, pending has %d", custody, id, migrating[custody])
		}
		return false, nil
	}); err != nil {
		return err
	}
	if n != len(migrating) {
		return fmt.Errorf("migrating index has %d custodies, the pending migrations %d", n, len(migrating))
	}
	if got := getOr(ctx, s.PendingCount); got != count {
		return fmt.Errorf("pending count %d, %d user withdrawals are pending", got, count)
	}
	n = 0
	if err := s.PendingBySender.Walk(ctx, nil, func(sender string, c uint64) (bool, error) {
		n++
		if bySender[sender] != c {
			return true, fmt.Errorf("sender %s: index counts %d pending, there are %d", sender, c, bySender[sender])
		}
		return false, nil
	}); err != nil {
		return err
	}
	if n != len(bySender) {
		return fmt.Errorf("sender index has %d senders, the pending withdrawals %d", n, len(bySender))
	}
	return nil
}

// PolkadotPendingIndexInvariant checks CheckPolkadotPendingIndexes.
func PolkadotPendingIndexInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		if err := k.CheckPolkadotPendingIndexes(ctx); err != nil {
			return sdk.FormatInvariant(types.ModuleName, "polkadot-pending-index", err.Error()), true
		}
		return sdk.FormatInvariant(types.ModuleName, "polkadot-pending-index", "the pending Polkadot withdrawal indexes match the pending withdrawals"), false
	}
}
