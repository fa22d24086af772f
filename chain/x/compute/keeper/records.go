package keeper

import (
	"context"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

var _ emissionstypes.ComputeKeeper = (*Keeper)(nil)

// ComputeRecords is every node's record for one epoch (x/compute params.epoch_identifier, which
// must equal emissions' epoch identifier), in operator address order. Uptime is the epoch's
// heartbeat (1 or 0 of 1 expected). Nodes that have left (unbonded) keep their records; their
// region and energy class are then empty. x/emissions pays from ComputeRecordsPage instead,
// a bounded page per block.
func (k *Keeper) ComputeRecords(ctx context.Context, epoch int64) ([]emissionstypes.NodeEpochRecord, error) {
	var out []emissionstypes.NodeEpochRecord
	err := k.IterateNodeEpochStats(ctx, epoch, func(s types.NodeEpochStats) bool {
		out = append(out, k.recordOf(ctx, s))
		return false
	})
	return out, err
}

func (k *Keeper) recordOf(ctx context.Context, s types.NodeEpochStats) emissionstypes.NodeEpochRecord {
	rec := emissionstypes.NodeEpochRecord{
		Operator: s.Node, ComputeUnits: s.ComputeUnits, Accepted: s.TasksAccepted, Rejected: s.TasksRejected,
		Uptime: sdkmath.LegacyZeroDec(),
	}
	if s.Heartbeats > 0 {
		rec.Uptime = sdkmath.LegacyOneDec()
	}
	if n, ok := k.GetNode(ctx, sdk.MustAccAddressFromBech32(s.Node)); ok {
		rec.Region, rec.EnergyClass = n.Region, n.EnergyClass
		// Only an attestation (MsgAttestNode) of the current region and energy class makes
		// x/emissions apply their multipliers; a change of either clears it.
		rec.Attested = k.attested(ctx, n)
	}
	return rec
}

// ComputeRecordsPage implements x/emissions' ComputeKeeper: up to limit records of an epoch in
// operator address order, after the operator `after` ("" = from the first), and whether more remain.
func (k *Keeper) ComputeRecordsPage(ctx context.Context, epoch int64, after string, limit int) ([]emissionstypes.NodeEpochRecord, bool, error) {
	rng := collections.NewPrefixedPairRange[int64, sdk.AccAddress](epoch)
	if after != "" {
		addr, err := sdk.AccAddressFromBech32(after)
		if err != nil {
			return nil, false, err
		}
		rng = rng.StartExclusive(addr)
	}
	it, err := k.EpochStats.Iterate(ctx, rng)
	if err != nil {
		return nil, false, err
	}
	defer it.Close()
	var out []emissionstypes.NodeEpochRecord
	for ; it.Valid(); it.Next() {
		if len(out) >= limit {
			return out, true, nil
		}
		s, err := it.Value()
		if err != nil {
			return nil, false, err
		}
		out = append(out, k.recordOf(ctx, s))
	}
	return out, false, nil
}

// FarmingCostPerUnit implements x/emissions' ComputeKeeper: the least a credited unit costs a
// client paying its own node, dev_fund_share × min_paid_price_per_unit (the rest comes back as
// the worker's pay).
func (k *Keeper) FarmingCostPerUnit(ctx context.Context) (sdkmath.Int, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return sdkmath.ZeroInt(), err
	}
	return p.DevFundShare.MulInt(p.MinPaidPricePerUnit).TruncateInt(), nil
}

// attested reports whether the node's current region and energy class carry an attestation by
// an address that is still a TECHNICAL verifier of that region (a removed verifier's
// attestations stop counting).
func (k *Keeper) attested(ctx context.Context, n types.Node) bool {
	if n.AttestedBy == "" {
		return false
	}
	v, err := sdk.AccAddressFromBech32(n.AttestedBy)
	return err == nil && k.verifiers.IsTechnicalVerifierFor(ctx, v, n.Region)
}

// SetEpochIdentifier moves x/compute to x/emissions' new epoch identifier (called by x/emissions'
// MsgUpdateParams in the same transaction; x/compute's own MsgUpdateParams refuses any other).
func (k *Keeper) SetEpochIdentifier(ctx context.Context, identifier string) error {
	p := k.GetParams(ctx)
	p.EpochIdentifier = identifier
	if err := p.Validate(); err != nil {
		return err
	}
	return k.Params.Set(ctx, p)
}
