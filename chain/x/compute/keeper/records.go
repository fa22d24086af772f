package keeper

import (
	"context"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

var _ emissionstypes.ComputeKeeper = Keeper{}

// ComputeRecords implements x/emissions' ComputeKeeper: every node's record for one epoch
// (x/compute params.epoch_identifier, which must equal emissions' epoch identifier), in
// operator address order. Uptime is the epoch's heartbeat (1 or 0 of 1 expected).
// Nodes that have left (unbonded) keep their records; their region and energy class are then empty.
func (k Keeper) ComputeRecords(ctx context.Context, epoch int64) ([]emissionstypes.NodeEpochRecord, error) {
	var out []emissionstypes.NodeEpochRecord
	err := k.IterateNodeEpochStats(ctx, epoch, func(s types.NodeEpochStats) bool {
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
		out = append(out, rec)
		return false
	})
	return out, err
}

// attested reports whether the node's current region and energy class carry an attestation by
// an address that is still a TECHNICAL verifier of that region (a removed verifier's
// attestations stop counting).
func (k Keeper) attested(ctx context.Context, n types.Node) bool {
	if n.AttestedBy == "" || k.verifiers == nil {
		return false
	}
	v, err := sdk.AccAddressFromBech32(n.AttestedBy)
	return err == nil && k.verifiers.IsTechnicalVerifierFor(ctx, v, n.Region)
}
