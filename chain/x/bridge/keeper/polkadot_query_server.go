package keeper

import (
	"context"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

func (q queryServer) PolkadotCustody(ctx context.Context, req *types.QueryPolkadotCustodyRequest) (*types.QueryPolkadotCustodyResponse, error) {
	id := req.GetId()
	if id == 0 {
		id = getOr(ctx, q.Keeper.Polkadot.CurrentCustody)
	}
	c, err := q.Keeper.Polkadot.Custodies.Get(ctx, id)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrPolkadotCustodyNotFound, "custody %d (0: the current one)", req.GetId())
	}
	return &types.QueryPolkadotCustodyResponse{Custody: c}, nil
}

func (q queryServer) PolkadotCustodies(ctx context.Context, req *types.QueryPolkadotCustodiesRequest) (*types.QueryPolkadotCustodiesResponse, error) {
	cs, page, err := query.CollectionPaginate(ctx, q.Keeper.Polkadot.Custodies, req.GetPagination(),
		func(_ uint64, c types.PolkadotCustody) (types.PolkadotCustody, error) { return c, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryPolkadotCustodiesResponse{Custodies: cs, Pagination: page}, nil
}

func (q queryServer) PolkadotOrchestrators(ctx context.Context, _ *types.QueryPolkadotOrchestratorsRequest) (*types.QueryPolkadotOrchestratorsResponse, error) {
	out := &types.QueryPolkadotOrchestratorsResponse{}
	err := q.Keeper.Polkadot.Orchestrators.Walk(ctx, nil, func(_ string, o types.PolkadotOrchestrator) (bool, error) {
		out.Orchestrators = append(out.Orchestrators, o)
		return false, nil
	})
	return out, err
}

func (q queryServer) PolkadotWithdrawal(ctx context.Context, req *types.QueryPolkadotWithdrawalRequest) (*types.QueryPolkadotWithdrawalResponse, error) {
	w, err := q.Keeper.Polkadot.Withdrawals.Get(ctx, req.GetId())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrPolkadotWithdrawalNotFound, "withdrawal %d", req.GetId())
	}
	return &types.QueryPolkadotWithdrawalResponse{Withdrawal: w}, nil
}

func (q queryServer) PolkadotPendingWithdrawals(ctx context.Context, req *types.QueryPolkadotPendingWithdrawalsRequest) (*types.QueryPolkadotPendingWithdrawalsResponse, error) {
	ws, page, err := query.CollectionPaginate(ctx, q.Keeper.Polkadot.Pending, req.GetPagination(),
		func(id uint64, _ collections.NoValue) (types.PolkadotWithdrawal, error) {
			return q.Keeper.Polkadot.Withdrawals.Get(ctx, id)
		})
	if err != nil {
		return nil, err
	}
	return &types.QueryPolkadotPendingWithdrawalsResponse{Withdrawals: ws, Pagination: page}, nil
}

func (q queryServer) PolkadotCheckpoints(ctx context.Context, req *types.QueryPolkadotCheckpointsRequest) (*types.QueryPolkadotCheckpointsResponse, error) {
	cps, page, err := query.CollectionPaginate(ctx, q.Keeper.Polkadot.Checkpoints, req.GetPagination(),
		func(_ int64, c types.PolkadotCheckpoint) (types.PolkadotCheckpoint, error) { return c, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryPolkadotCheckpointsResponse{Checkpoints: cps, Pagination: page}, nil
}

func (q queryServer) PolkadotCheckpoint(ctx context.Context, req *types.QueryPolkadotCheckpointRequest) (*types.QueryPolkadotCheckpointResponse, error) {
	c, err := q.Keeper.Polkadot.Checkpoints.Get(ctx, req.GetHeight())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrPolkadotCheckpointNotFound, "height %d", req.GetHeight())
	}
	return &types.QueryPolkadotCheckpointResponse{Checkpoint: c}, nil
}

func (q queryServer) PolkadotUnclaimableDeposits(ctx context.Context, _ *types.QueryPolkadotUnclaimableDepositsRequest) (*types.QueryPolkadotUnclaimableDepositsResponse, error) {
	out := &types.QueryPolkadotUnclaimableDepositsResponse{}
	err := q.Keeper.Polkadot.Unclaimable.Walk(ctx, nil, func(_ uint64, u types.PolkadotUnclaimableDeposit) (bool, error) {
		out.Deposits = append(out.Deposits, u)
		return false, nil
	})
	return out, err
}

func (q queryServer) PolkadotLastEventNonce(ctx context.Context, req *types.QueryPolkadotLastEventNonceRequest) (*types.QueryPolkadotLastEventNonceResponse, error) {
	validator := req.GetAddress()
	if _, err := sdk.ValAddressFromBech32(validator); err != nil {
		acc, err := sdk.AccAddressFromBech32(validator)
		if err != nil {
			return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "%q is neither a validator nor an account address", validator)
		}
		o, ok := q.PolkadotOrchestratorByAccount(ctx, acc.String())
		if !ok {
			return nil, errorsmod.Wrapf(types.ErrNotOrchestrator, "%s is no validator's Polkadot orchestrator", validator)
		}
		validator = o.Validator
	}
	n, err := q.Keeper.Polkadot.EventNonces.Get(ctx, validator)
	if err != nil && !errorsmod.IsOf(err, collections.ErrNotFound) {
		return nil, err
	}
	return &types.QueryPolkadotLastEventNonceResponse{EventNonce: n, LastObservedEventNonce: getOr(ctx, q.Keeper.Polkadot.LastObservedNonce)}, nil
}

func (q queryServer) PolkadotBridgeState(ctx context.Context, _ *types.QueryPolkadotBridgeStateRequest) (*types.QueryPolkadotBridgeStateResponse, error) {
	s, err := q.Keeper.PolkadotBridgeState(ctx)
	if err != nil {
		return nil, err
	}
	hash, err := s.Hash()
	if err != nil {
		return nil, err
	}
	pending, err := q.PendingPolkadotAmount(ctx)
	if err != nil {
		return nil, err
	}
	unclaimable, err := q.UnclaimablePolkadotAmount(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryPolkadotBridgeStateResponse{State: s, BridgeStateHash: hash, PendingWithdrawals: pending, Unclaimable: unclaimable}, nil
}

func (q queryServer) PolkadotAttestations(ctx context.Context, req *types.QueryPolkadotAttestationsRequest) (*types.QueryPolkadotAttestationsResponse, error) {
	as, page, err := query.CollectionPaginate(ctx, q.Keeper.Polkadot.Attestations, newestFirst(req.GetPagination()),
		func(_ collections.Pair[uint64, string], a types.PolkadotAttestation) (types.PolkadotAttestation, error) {
			return a, nil
		})
	if err != nil {
		return nil, err
	}
	return &types.QueryPolkadotAttestationsResponse{Attestations: as, Pagination: page}, nil
}
