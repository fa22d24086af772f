package keeper

import (
	"context"

	"cosmossdk.io/collections"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// initPolkadotGenesis loads the Polkadot side's state (validated with the genesis).
func (k Keeper) initPolkadotGenesis(ctx context.Context, g types.PolkadotGenesis) error {
	s := k.Polkadot
	for _, o := range g.Orchestrators {
		if err := s.Orchestrators.Set(ctx, o.Validator, o); err != nil {
			return err
		}
	}
	for _, c := range g.Custodies {
		if err := s.Custodies.Set(ctx, c.Id, c); err != nil {
			return err
		}
	}
	for _, w := range g.Withdrawals {
		if err := s.Withdrawals.Set(ctx, w.Id, w); err != nil {
			return err
		}
		if w.Status == types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING {
			// the pending indexes are derived: rebuilt here in genesis (id) order, not exported
			if err := k.indexPending(ctx, w); err != nil {
				return err
			}
		}
	}
	for _, a := range g.Attestations {
		if err := s.Attestations.Set(ctx, collections.Join(a.EventNonce, a.ClaimHash), a); err != nil {
			return err
		}
	}
	for _, n := range g.EventNonces {
		if err := s.EventNonces.Set(ctx, n.Validator, n.EventNonce); err != nil {
			return err
		}
	}
	for _, u := range g.UnclaimableDeposits {
		if err := s.Unclaimable.Set(ctx, u.EventNonce, u); err != nil {
			return err
		}
	}
	for _, c := range g.Checkpoints {
		if err := s.Checkpoints.Set(ctx, c.Height, c); err != nil {
			return err
		}
	}
	for _, iv := range []struct {
		item collections.Item[uint64]
		v    uint64
	}{
		{s.NextWithdrawal, g.NextWithdrawalId}, {s.LastObservedNonce, g.LastObservedEventNonce},
		{s.LastObservedBlock, g.LastObservedBlockNumber}, {s.CurrentCustody, g.CurrentCustodyId},
	} {
		if err := iv.item.Set(ctx, iv.v); err != nil {
			return err
		}
	}
	return s.Totals.Set(ctx, g.Totals)
}

// exportPolkadotGenesis exports the Polkadot side's state in key order.
func (k Keeper) exportPolkadotGenesis(ctx context.Context) (types.PolkadotGenesis, error) {
	s := k.Polkadot
	g := types.PolkadotGenesis{
		NextWithdrawalId: max(getOr(ctx, s.NextWithdrawal), 1), LastObservedEventNonce: getOr(ctx, s.LastObservedNonce),
		LastObservedBlockNumber: getOr(ctx, s.LastObservedBlock), CurrentCustodyId: getOr(ctx, s.CurrentCustody),
		Totals: k.PolkadotTotals(ctx),
	}
	err := s.Orchestrators.Walk(ctx, nil, func(_ string, o types.PolkadotOrchestrator) (bool, error) {
		g.Orchestrators = append(g.Orchestrators, o)
		return false, nil
	})
	if err == nil {
		err = s.Custodies.Walk(ctx, nil, func(_ uint64, c types.PolkadotCustody) (bool, error) {
			g.Custodies = append(g.Custodies, c)
			return false, nil
		})
	}
	if err == nil {
		err = s.Withdrawals.Walk(ctx, nil, func(_ uint64, w types.PolkadotWithdrawal) (bool, error) {
			g.Withdrawals = append(g.Withdrawals, w)
			return false, nil
		})
	}
	if err == nil {
		err = s.Attestations.Walk(ctx, nil, func(_ collections.Pair[uint64, string], a types.PolkadotAttestation) (bool, error) {
			g.Attestations = append(g.Attestations, a)
			return false, nil
		})
	}
	if err == nil {
		err = s.EventNonces.Walk(ctx, nil, func(v string, n uint64) (bool, error) {
			g.EventNonces = append(g.EventNonces, types.PolkadotEventNonce{Validator: v, EventNonce: n})
			return false, nil
		})
	}
	if err == nil {
		err = s.Unclaimable.Walk(ctx, nil, func(_ uint64, u types.PolkadotUnclaimableDeposit) (bool, error) {
			g.UnclaimableDeposits = append(g.UnclaimableDeposits, u)
			return false, nil
		})
	}
	if err == nil {
		err = s.Checkpoints.Walk(ctx, nil, func(_ int64, c types.PolkadotCheckpoint) (bool, error) {
			g.Checkpoints = append(g.Checkpoints, c)
			return false, nil
		})
	}
	return g, err
}
