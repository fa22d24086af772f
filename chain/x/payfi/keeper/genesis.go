package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// InitGenesis loads the x/payfi state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	// The development fund's module account must exist before the first payment credits its
	// address through InputOutputCoins, which would otherwise create a plain account there.
	if k.auth.GetModuleAccount(ctx, k.devFund) == nil {
		return fmt.Errorf("module account %s does not exist", k.devFund)
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, m := range gs.Merchants {
		if err := k.Merchants.Set(ctx, sdk.MustAccAddressFromBech32(m.Address), m); err != nil {
			return err
		}
	}
	for _, inv := range gs.Invoices {
		addr := sdk.MustAccAddressFromBech32(inv.Merchant)
		if err := k.Invoices.Set(ctx, inv.Id, inv); err != nil {
			return err
		}
		if err := k.Idempotency.Set(ctx, collections.Join(addr, inv.IdempotencyKey), inv.Id); err != nil {
			return err
		}
		if err := k.ByMerchant.Set(ctx, collections.Join(addr, inv.Id)); err != nil {
			return err
		}
	}
	return k.NextID.Set(ctx, gs.NextInvoiceId)
}

// ExportGenesis exports the x/payfi state in store order.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if err = k.Merchants.Walk(ctx, nil, func(_ sdk.AccAddress, m types.Merchant) (bool, error) {
		gs.Merchants = append(gs.Merchants, m)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Invoices.Walk(ctx, nil, func(_ uint64, inv types.Invoice) (bool, error) {
		gs.Invoices = append(gs.Invoices, inv)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.NextInvoiceId, err = k.NextID.Get(ctx); err != nil {
		return nil, err
	}
	return gs, nil
}
