package keeper

import (
	"context"

	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/health/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the x/health Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) ActivityTypes(ctx context.Context, _ *types.QueryActivityTypesRequest) (*types.QueryActivityTypesResponse, error) {
	out := &types.QueryActivityTypesResponse{}
	err := q.k.ActivityTypes.Walk(ctx, nil, func(_ string, t types.ActivityType) (bool, error) {
		out.ActivityTypes = append(out.ActivityTypes, t)
		return false, nil
	})
	return out, err
}

func (q queryServer) Verifiers(ctx context.Context, _ *types.QueryVerifiersRequest) (*types.QueryVerifiersResponse, error) {
	out := &types.QueryVerifiersResponse{}
	err := q.k.Verifiers.Walk(ctx, nil, func(_ sdk.AccAddress, v types.Verifier) (bool, error) {
		out.Verifiers = append(out.Verifiers, v)
		return false, nil
	})
	return out, err
}

func (q queryServer) Devices(ctx context.Context, _ *types.QueryDevicesRequest) (*types.QueryDevicesResponse, error) {
	out := &types.QueryDevicesResponse{}
	err := q.k.Devices.Walk(ctx, nil, func(_ string, d types.Device) (bool, error) {
		if d.Removed { // kept only for its nonce
			return false, nil
		}
		out.Devices = append(out.Devices, d)
		return false, nil
	})
	return out, err
}

func (q queryServer) Activity(ctx context.Context, req *types.QueryActivityRequest) (*types.QueryActivityResponse, error) {
	a, err := q.k.Activities.Get(ctx, req.GetId())
	if err != nil {
		return nil, types.ErrActivityNotFound.Wrapf("activity %d", req.GetId())
	}
	return &types.QueryActivityResponse{Activity: a}, nil
}

// currentEpoch returns the epoch record in force (the latest started; a zero one before any).
func (k Keeper) currentEpoch(ctx context.Context) (types.EpochConversion, error) {
	cur, err := getU64(ctx, k.CurrentEpoch)
	if err != nil {
		return types.EpochConversion{}, err
	}
	ec, err := k.Epochs.Get(ctx, cur)
	if err != nil {
		if errorsIsNotFound(err) {
			return types.EpochConversion{Rate: sdkmath.ZeroInt(), Budget: sdkmath.ZeroInt(), Spent: sdkmath.ZeroInt()}, nil
		}
		return ec, err
	}
	return ec, nil
}

func (q queryServer) Patient(ctx context.Context, req *types.QueryPatientRequest) (*types.QueryPatientResponse, error) {
	addr, err := sdk.AccAddressFromBech32(req.GetPatient())
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	pp, err := q.k.PatientPoints(ctx, addr)
	if err != nil {
		return nil, err
	}
	ec, err := q.k.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryPatientResponse{Points: pp, Value: types.PointsValue(pp.Balance, ec.Rate).String()}, nil
}

func (q queryServer) Schedule(ctx context.Context, req *types.QueryScheduleRequest) (*types.QueryScheduleResponse, error) {
	k := q.k
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	ec, err := k.currentEpoch(ctx)
	if err != nil {
		return nil, err
	}
	out := &types.QueryScheduleResponse{Current: ec}
	bal := k.PoolBalance(ctx)
	out.PoolBalance = bal.String()
	if p.EpochBudget.IsPositive() {
		n := bal.Add(p.EpochBudget).SubRaw(1).Quo(p.EpochBudget)
		if n.IsUint64() {
			out.EpochsToExhaust = n.Uint64()
		}
	}
	if out.MaturedPoints, err = getU64(ctx, k.MaturedPoints); err != nil {
		return nil, err
	}
	if out.TotalPointsIssued, err = getU64(ctx, k.TotalIssued); err != nil {
		return nil, err
	}
	if err := k.PendingPoints.Walk(ctx, nil, func(_, pts uint64) (bool, error) {
		out.PendingPoints += pts
		return false, nil
	}); err != nil {
		return nil, err
	}
	total := sdkmath.ZeroInt()
	if err := k.Epochs.Walk(ctx, nil, func(_ uint64, e types.EpochConversion) (bool, error) {
		total = total.Add(e.Spent)
		return false, nil
	}); err != nil {
		return nil, err
	}
	out.TotalPaid = total.String()
	pg := req.GetPagination()
	if pg == nil {
		pg = &query.PageRequest{Limit: 30, Reverse: true}
	}
	epochs, page, err := query.CollectionPaginate(ctx, k.Epochs, pg,
		func(_ uint64, e types.EpochConversion) (types.EpochConversion, error) { return e, nil })
	if err != nil {
		return nil, err
	}
	out.Epochs, out.Pagination = epochs, page
	if ec.Epoch > 0 {
		out.NextEpochStart = ec.StartTime + int64(p.EpochSeconds)
	}
	return out, nil
}
