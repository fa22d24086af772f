package keeper

import (
	"fmt"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// RegisterInvariants registers the x/payfi invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k Keeper) {
	ir.RegisterRoute(types.ModuleName, "settlement", SettlementInvariant(k))
}

// SettlementInvariant: every invoice's amounts add up (a paid invoice: merchant credit + fee ==
// amount, discount <= amount - fee, refunds <= amount - discount; an open one: nothing moved),
// and its idempotency key and merchant index point back at it.
func SettlementInvariant(k Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		msg, broken := "", false
		_ = k.Invoices.Walk(ctx, nil, func(id uint64, inv types.Invoice) (bool, error) {
			if err := inv.CheckAmounts(); err != nil {
				msg, broken = msg+fmt.Sprintf("invoice %d: %v\n", id, err), true
			}
			addr, err := sdk.AccAddressFromBech32(inv.Merchant)
			if err != nil {
				msg, broken = msg+fmt.Sprintf("invoice %d: merchant %v\n", id, err), true
				return false, nil
			}
			if got, err := k.Idempotency.Get(ctx, collections.Join(addr, inv.IdempotencyKey)); err != nil || got != id {
				msg, broken = msg+fmt.Sprintf("invoice %d: idempotency key not indexed\n", id), true
			}
			if ok, _ := k.ByMerchant.Has(ctx, collections.Join(addr, id)); !ok {
				msg, broken = msg+fmt.Sprintf("invoice %d: not in the merchant index\n", id), true
			}
			return false, nil
		})
		return sdk.FormatInvariant(types.ModuleName, "settlement", msg), broken
	}
}
