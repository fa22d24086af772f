package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/health/types"
)

// InitGenesis loads the x/health state.
func (k Keeper) InitGenesis(ctx context.Context, gs types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, t := range gs.ActivityTypes {
		if err := k.ActivityTypes.Set(ctx, t.Code, t); err != nil {
			return err
		}
	}
	for _, v := range gs.Verifiers {
		if err := k.Verifiers.Set(ctx, sdk.MustAccAddressFromBech32(v.Address), v); err != nil {
			return err
		}
	}
	for _, d := range gs.Devices {
		if err := k.Devices.Set(ctx, d.Id, d); err != nil {
			return err
		}
	}
	for _, a := range gs.Activities {
		if err := k.Activities.Set(ctx, a.Id, a); err != nil {
			return err
		}
		if err := k.Evidence.Set(ctx, a.EvidenceHash, a.Id); err != nil {
			return err
		}
	}
	for _, p := range gs.Patients {
		if err := k.Patients.Set(ctx, sdk.MustAccAddressFromBech32(p.Patient), p); err != nil {
			return err
		}
	}
	for _, e := range gs.Epochs {
		if err := k.Epochs.Set(ctx, e.Epoch, e); err != nil {
			return err
		}
	}
	for _, u := range gs.Usage {
		addr, err := sdk.AccAddressFromBech32(u.Patient)
		if err != nil {
			return fmt.Errorf("usage patient: %w", err)
		}
		if err := k.Usage.Set(ctx, collections.Join3(addr, u.ActivityCode, u.Period), u.Count); err != nil {
			return err
		}
	}
	for _, p := range gs.PendingPoints {
		if err := k.PendingPoints.Set(ctx, p.Epoch, p.Points); err != nil {
			return err
		}
	}
	if err := k.NextActivity.Set(ctx, gs.NextActivityId); err != nil {
		return err
	}
	if err := k.MaturedPoints.Set(ctx, gs.MaturedPoints); err != nil {
		return err
	}
	if err := k.TotalIssued.Set(ctx, gs.TotalPointsIssued); err != nil {
		return err
	}
	return k.CurrentEpoch.Set(ctx, gs.CurrentEpoch)
}

// ExportGenesis exports the x/health state (keys in store order: deterministic).
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if err = k.ActivityTypes.Walk(ctx, nil, func(_ string, t types.ActivityType) (bool, error) {
		gs.ActivityTypes = append(gs.ActivityTypes, t)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Verifiers.Walk(ctx, nil, func(_ sdk.AccAddress, v types.Verifier) (bool, error) {
		gs.Verifiers = append(gs.Verifiers, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Devices.Walk(ctx, nil, func(_ string, d types.Device) (bool, error) {
		gs.Devices = append(gs.Devices, d)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Activities.Walk(ctx, nil, func(_ uint64, a types.Activity) (bool, error) {
		gs.Activities = append(gs.Activities, a)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Patients.Walk(ctx, nil, func(_ sdk.AccAddress, p types.PatientPoints) (bool, error) {
		gs.Patients = append(gs.Patients, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Epochs.Walk(ctx, nil, func(_ uint64, e types.EpochConversion) (bool, error) {
		gs.Epochs = append(gs.Epochs, e)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.Usage.Walk(ctx, nil, func(key collections.Triple[sdk.AccAddress, string, string], n uint32) (bool, error) {
		gs.Usage = append(gs.Usage, types.UsageCount{Patient: key.K1().String(), ActivityCode: key.K2(), Period: key.K3(), Count: n})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err = k.PendingPoints.Walk(ctx, nil, func(e, pts uint64) (bool, error) {
		gs.PendingPoints = append(gs.PendingPoints, types.EpochPoints{Epoch: e, Points: pts})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if gs.NextActivityId, err = k.NextActivity.Get(ctx); err != nil {
		return nil, err
	}
	if gs.MaturedPoints, err = getU64(ctx, k.MaturedPoints); err != nil {
		return nil, err
	}
	if gs.TotalPointsIssued, err = getU64(ctx, k.TotalIssued); err != nil {
		return nil, err
	}
	if gs.CurrentEpoch, err = getU64(ctx, k.CurrentEpoch); err != nil {
		return nil, err
	}
	return gs, nil
}
