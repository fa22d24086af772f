package keeper

import (
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// Migrator runs x/emissions' store migrations.
type Migrator struct{ k *Keeper }

// NewMigrator returns the migrator.
func NewMigrator(k *Keeper) Migrator { return Migrator{k} }

// Migrate1to2 adds the params of the payout spread over blocks and of the reward cap per
// credited unit at their defaults (no payout was ever in progress in version 1: each epoch
// was paid in its own block).
func (m Migrator) Migrate1to2(ctx sdk.Context) error {
	p, err := m.k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if p.PayoutRecordsPerBlock == 0 {
		p.PayoutRecordsPerBlock = types.DefaultPayoutRecordsPerBlock
	}
	if p.RewardCapRatio.IsNil() || !p.RewardCapRatio.IsPositive() {
		p.RewardCapRatio = types.DefaultRewardCapRatio
	}
	if err := p.Validate(); err != nil {
		return types.ErrInvalidParams.Wrap(err.Error())
	}
	return m.k.Params.Set(ctx, p)
}
