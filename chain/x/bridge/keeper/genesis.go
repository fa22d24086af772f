package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// InitGenesis loads the genesis state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, o := range gs.Orchestrators {
		if err := k.Orchestrators.Set(ctx, o.Validator, o); err != nil {
			return err
		}
	}
	for _, v := range gs.Valsets {
		if err := k.Valsets.Set(ctx, v.Nonce, v); err != nil {
			return err
		}
	}
	for _, vc := range gs.ValsetConfirms {
		for _, c := range vc.Confirms {
			if err := k.ValsetConfirms.Set(ctx, collections.Join(vc.Nonce, c.Validator), c); err != nil {
				return err
			}
		}
	}
	for _, t := range gs.PendingTransfers {
		if err := k.addPending(ctx, t); err != nil {
			return err
		}
	}
	for _, b := range gs.Batches {
		if err := k.Batches.Set(ctx, collections.Join(b.TokenContract, b.Nonce), b); err != nil {
			return err
		}
	}
	for _, bc := range gs.BatchConfirms {
		for _, c := range bc.Confirms {
			if err := k.BatchConfirms.Set(ctx, collections.Join3(bc.TokenContract, bc.Nonce, c.Validator), c); err != nil {
				return err
			}
		}
	}
	for _, a := range gs.Attestations {
		if err := k.Attestations.Set(ctx, collections.Join(a.EventNonce, a.ClaimHash), a); err != nil {
			return err
		}
	}
	for _, n := range gs.ValidatorEventNonces {
		if err := k.EventNonces.Set(ctx, n.Validator, n.EventNonce); err != nil {
			return err
		}
	}
	for _, d := range gs.TokenDenoms {
		if err := k.TokenDenoms.Set(ctx, d.TokenContract, d); err != nil {
			return err
		}
	}
	for _, u := range gs.UnclaimableDeposits {
		if err := k.Unclaimable.Set(ctx, u.EventNonce, u); err != nil {
			return err
		}
	}
	for _, n := range gs.LastBatchNonces {
		if err := k.LastBatchNonce.Set(ctx, n.TokenContract, n.Nonce); err != nil {
			return err
		}
	}
	for _, iv := range []struct {
		item collections.Item[uint64]
		v    uint64
	}{
		{k.LastObservedNonce, gs.LastObservedEventNonce}, {k.LastObservedHeight, gs.LastObservedEthereumHeight},
		{k.LastObservedValset, gs.LastObservedValsetNonce}, {k.NextTransfer, gs.NextTransferId},
	} {
		if err := iv.item.Set(ctx, iv.v); err != nil {
			return err
		}
	}
	if gs.AutoBatchCursor != "" {
		if err := k.AutoBatchCursor.Set(ctx, gs.AutoBatchCursor); err != nil {
			return err
		}
	}
	if t := gs.LastObservedEthereumHeightTime; !t.IsZero() && t.UnixNano() > 0 {
		if err := k.LastObservedTime.Set(ctx, t.UnixNano()); err != nil {
			return err
		}
	}
	if err := k.WrappedOutstanding.Set(ctx, gs.WrappedBttOutstanding); err != nil {
		return err
	}
	return k.initPolkadotGenesis(ctx, gs.Polkadot)
}

// ExportGenesis exports the state (in key order: deterministic).
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: p,
		LastObservedEventNonce: getOr(ctx, k.LastObservedNonce), LastObservedEthereumHeight: getOr(ctx, k.LastObservedHeight),
		LastObservedValsetNonce: getOr(ctx, k.LastObservedValset), NextTransferId: getOr(ctx, k.NextTransfer),
		WrappedBttOutstanding: k.wrappedOutstanding(ctx)}
	if c, err := k.AutoBatchCursor.Get(ctx); err == nil {
		gs.AutoBatchCursor = c
	}
	if at, err := k.LastObservedTime.Get(ctx); err == nil && at > 0 {
		gs.LastObservedEthereumHeightTime = time.Unix(0, at).UTC()
	}
	err = k.Orchestrators.Walk(ctx, nil, func(_ string, o types.Orchestrator) (bool, error) {
		gs.Orchestrators = append(gs.Orchestrators, o)
		return false, nil
	})
	if err == nil {
		err = k.Valsets.Walk(ctx, nil, func(_ uint64, v types.Valset) (bool, error) {
			gs.Valsets = append(gs.Valsets, v)
			return false, nil
		})
	}
	if err == nil {
		err = k.ValsetConfirms.Walk(ctx, nil, func(key collections.Pair[uint64, string], c types.Confirm) (bool, error) {
			if n := len(gs.ValsetConfirms); n == 0 || gs.ValsetConfirms[n-1].Nonce != key.K1() {
				gs.ValsetConfirms = append(gs.ValsetConfirms, types.ValsetConfirms{Nonce: key.K1()})
			}
			last := &gs.ValsetConfirms[len(gs.ValsetConfirms)-1]
			last.Confirms = append(last.Confirms, c)
			return false, nil
		})
	}
	if err == nil {
		err = k.Pending.Walk(ctx, nil, func(_ uint64, t types.OutgoingTransfer) (bool, error) {
			gs.PendingTransfers = append(gs.PendingTransfers, t)
			return false, nil
		})
	}
	if err == nil {
		err = k.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
			gs.Batches = append(gs.Batches, b)
			return false, nil
		})
	}
	if err == nil {
		err = k.BatchConfirms.Walk(ctx, nil, func(key collections.Triple[string, uint64, string], c types.Confirm) (bool, error) {
			if n := len(gs.BatchConfirms); n == 0 || gs.BatchConfirms[n-1].TokenContract != key.K1() || gs.BatchConfirms[n-1].Nonce != key.K2() {
				gs.BatchConfirms = append(gs.BatchConfirms, types.BatchConfirms{TokenContract: key.K1(), Nonce: key.K2()})
			}
			last := &gs.BatchConfirms[len(gs.BatchConfirms)-1]
			last.Confirms = append(last.Confirms, c)
			return false, nil
		})
	}
	if err == nil {
		err = k.Attestations.Walk(ctx, nil, func(_ collections.Pair[uint64, string], a types.Attestation) (bool, error) {
			gs.Attestations = append(gs.Attestations, a)
			return false, nil
		})
	}
	if err == nil {
		err = k.EventNonces.Walk(ctx, nil, func(v string, n uint64) (bool, error) {
			gs.ValidatorEventNonces = append(gs.ValidatorEventNonces, types.ValidatorEventNonce{Validator: v, EventNonce: n})
			return false, nil
		})
	}
	if err == nil {
		err = k.TokenDenoms.Walk(ctx, nil, func(_ string, d types.TokenDenom) (bool, error) {
			gs.TokenDenoms = append(gs.TokenDenoms, d)
			return false, nil
		})
	}
	if err == nil {
		err = k.Unclaimable.Walk(ctx, nil, func(_ uint64, u types.UnclaimableDeposit) (bool, error) {
			gs.UnclaimableDeposits = append(gs.UnclaimableDeposits, u)
			return false, nil
		})
	}
	if err == nil {
		err = k.LastBatchNonce.Walk(ctx, nil, func(t string, n uint64) (bool, error) {
			gs.LastBatchNonces = append(gs.LastBatchNonces, types.BatchNonce{TokenContract: t, Nonce: n})
			return false, nil
		})
	}
	if err == nil {
		gs.Polkadot, err = k.exportPolkadotGenesis(ctx)
	}
	return gs, err
}
