package app

import (
	"context"

	sdkmath "cosmossdk.io/math"

	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

// lateCompute is x/compute's keeper as x/emissions sees it. The two modules need each other
// (x/emissions pays from x/compute's records; x/compute burns through x/emissions), so x/emissions
// is built first and reads app.emissionsCompute at call time, which NewBttApp sets to
// app.ComputeKeeper before any block (tests of x/emissions may swap in their own records with
// SetEmissionsComputeForTest).
type lateCompute struct{ app *BttApp }

var _ emissionstypes.ComputeKeeper = lateCompute{}

func (l lateCompute) ComputeRecordsPage(ctx context.Context, epoch int64, after string, limit int) ([]emissionstypes.NodeEpochRecord, bool, error) {
	return l.app.emissionsCompute.ComputeRecordsPage(ctx, epoch, after, limit)
}

func (l lateCompute) FarmingCostPerUnit(ctx context.Context) (sdkmath.Int, error) {
	return l.app.emissionsCompute.FarmingCostPerUnit(ctx)
}

func (l lateCompute) SetEpochIdentifier(ctx context.Context, identifier string) error {
	return l.app.emissionsCompute.SetEpochIdentifier(ctx, identifier)
}
