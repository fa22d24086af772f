package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

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
