package keeper

import (
	"context"
	"sort"
	"strings"
	"time"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

type queryServer struct{ Keeper }

// NewQueryServerImpl returns the x/bridge Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k} }

var _ types.QueryServer = queryServer{}

// newestFirst is the default page of the lists shown newest first.
func newestFirst(p *query.PageRequest) *query.PageRequest {
	if p == nil {
		return &query.PageRequest{Reverse: true}
	}
	return p
}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	return &types.QueryParamsResponse{Params: q.GetParams(ctx)}, nil
}

func (q queryServer) Orchestrators(ctx context.Context, _ *types.QueryOrchestratorsRequest) (*types.QueryOrchestratorsResponse, error) {
	out := &types.QueryOrchestratorsResponse{}
	err := q.Keeper.Orchestrators.Walk(ctx, nil, func(_ string, o types.Orchestrator) (bool, error) {
		out.Orchestrators = append(out.Orchestrators, o)
		return false, nil
	})
	return out, err
}

// findOrchestrator looks a registration up by validator, orchestrator account or Ethereum address.
func (q queryServer) findOrchestrator(ctx context.Context, key string) (types.Orchestrator, error) {
	if o, err := q.Keeper.Orchestrators.Get(ctx, key); err == nil {
		return o, nil
	}
	if strings.HasPrefix(key, "0x") {
		if o, ok := q.OrchestratorByEthAddress(ctx, key); ok {
			return o, nil
		}
	} else if acc, err := sdk.AccAddressFromBech32(key); err == nil {
		if o, ok := q.OrchestratorByAccount(ctx, acc.String()); ok {
			return o, nil
		}
	}
	return types.Orchestrator{}, errorsmod.Wrapf(types.ErrNotOrchestrator, "no registration for %q", key)
}

func (q queryServer) Orchestrator(ctx context.Context, req *types.QueryOrchestratorRequest) (*types.QueryOrchestratorResponse, error) {
	o, err := q.findOrchestrator(ctx, req.GetKey())
	if err != nil {
		return nil, err
	}
	return &types.QueryOrchestratorResponse{Orchestrator: o}, nil
}

func (q queryServer) CurrentValset(ctx context.Context, _ *types.QueryCurrentValsetRequest) (*types.QueryCurrentValsetResponse, error) {
	vs, frac, _, err := q.Keeper.CurrentValset(ctx)
	if err != nil {
		return nil, err
	}
	latest, _, err := q.LatestValset(ctx)
	if err != nil {
		return nil, err
	}
	vs.Nonce = latest.Nonce + 1
	return &types.QueryCurrentValsetResponse{Valset: vs, RegisteredPowerFraction: frac}, nil
}

func (q queryServer) Valsets(ctx context.Context, req *types.QueryValsetsRequest) (*types.QueryValsetsResponse, error) {
	vs, page, err := query.CollectionPaginate(ctx, q.Keeper.Valsets, newestFirst(req.GetPagination()),
		func(_ uint64, v types.Valset) (types.Valset, error) { return v, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryValsetsResponse{Valsets: vs, Pagination: page}, nil
}

func (q queryServer) Valset(ctx context.Context, req *types.QueryValsetRequest) (*types.QueryValsetResponse, error) {
	v, err := q.Keeper.Valsets.Get(ctx, req.GetNonce())
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrValsetNotFound, "nonce %d", req.GetNonce())
	}
	return &types.QueryValsetResponse{Valset: v}, nil
}

func (q queryServer) ValsetConfirms(ctx context.Context, req *types.QueryValsetConfirmsRequest) (*types.QueryValsetConfirmsResponse, error) {
	out := &types.QueryValsetConfirmsResponse{}
	err := q.Keeper.ValsetConfirms.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](req.GetNonce()),
		func(_ collections.Pair[uint64, string], c types.Confirm) (bool, error) {
			out.Confirms = append(out.Confirms, c)
			return false, nil
		})
	return out, err
}

func (q queryServer) PendingValsetConfirms(ctx context.Context, req *types.QueryPendingValsetConfirmsRequest) (*types.QueryPendingValsetConfirmsResponse, error) {
	o, err := q.findOrchestrator(ctx, req.GetOrchestrator())
	if err != nil {
		return nil, err
	}
	out := &types.QueryPendingValsetConfirmsResponse{}
	lastObserved := getOr(ctx, q.LastObservedValset)
	windowStart := sdk.UnwrapSDKContext(ctx).BlockHeight() - int64(q.GetParams(ctx).SignedWindowBlocks)
	err = q.Keeper.Valsets.Walk(ctx, nil, func(n uint64, v types.Valset) (bool, error) {
		// A valset the contract already moved past needs no signature, unless it is still in its
		// signing window (its members are slashed for not signing it).
		if n <= lastObserved && v.Height < windowStart {
			return false, nil
		}
		has, err := q.Keeper.ValsetConfirms.Has(ctx, collections.Join(n, o.Validator))
		if err == nil && !has {
			out.Valsets = append(out.Valsets, v)
		}
		return false, err
	})
	return out, err
}

func (q queryServer) PendingTransfers(ctx context.Context, req *types.QueryPendingTransfersRequest) (*types.QueryPendingTransfersResponse, error) {
	ts, page, err := query.CollectionPaginate(ctx, q.Keeper.Pending, req.GetPagination(),
		func(_ uint64, t types.OutgoingTransfer) (types.OutgoingTransfer, error) { return t, nil })
	if err != nil {
		return nil, err
	}
	return &types.QueryPendingTransfersResponse{Transfers: ts, Pagination: page}, nil
}

func (q queryServer) batches(ctx context.Context) ([]types.OutgoingBatch, error) {
	var out []types.OutgoingBatch
	err := q.Keeper.Batches.Walk(ctx, nil, func(_ collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
		out = append(out, b)
		return false, nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Height < out[j].Height })
	return out, err
}

func (q queryServer) Batches(ctx context.Context, _ *types.QueryBatchesRequest) (*types.QueryBatchesResponse, error) {
	bs, err := q.batches(ctx)
	return &types.QueryBatchesResponse{Batches: bs}, err
}

func (q queryServer) Batch(ctx context.Context, req *types.QueryBatchRequest) (*types.QueryBatchResponse, error) {
	token, err := canonical(req.GetTokenContract())
	if err != nil {
		return nil, err
	}
	b, err := q.Keeper.Batches.Get(ctx, collections.Join(token, req.GetNonce()))
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrBatchNotFound, "%s/%d", token, req.GetNonce())
	}
	return &types.QueryBatchResponse{Batch: b}, nil
}

func (q queryServer) BatchConfirms(ctx context.Context, req *types.QueryBatchConfirmsRequest) (*types.QueryBatchConfirmsResponse, error) {
	token, err := canonical(req.GetTokenContract())
	if err != nil {
		return nil, err
	}
	out := &types.QueryBatchConfirmsResponse{}
	err = q.Keeper.BatchConfirms.Walk(ctx, collections.NewSuperPrefixedTripleRange[string, uint64, string](token, req.GetNonce()),
		func(_ collections.Triple[string, uint64, string], c types.Confirm) (bool, error) {
			out.Confirms = append(out.Confirms, c)
			return false, nil
		})
	return out, err
}

func (q queryServer) PendingBatchConfirms(ctx context.Context, req *types.QueryPendingBatchConfirmsRequest) (*types.QueryPendingBatchConfirmsResponse, error) {
	o, err := q.findOrchestrator(ctx, req.GetOrchestrator())
	if err != nil {
		return nil, err
	}
	bs, err := q.batches(ctx)
	if err != nil {
		return nil, err
	}
	out := &types.QueryPendingBatchConfirmsResponse{}
	for _, b := range bs {
		has, err := q.Keeper.BatchConfirms.Has(ctx, collections.Join3(b.TokenContract, b.Nonce, o.Validator))
		if err != nil {
			return nil, err
		}
		if !has {
			out.Batches = append(out.Batches, b)
		}
	}
	return out, nil
}

func (q queryServer) Attestations(ctx context.Context, req *types.QueryAttestationsRequest) (*types.QueryAttestationsResponse, error) {
	as, page, err := query.CollectionPaginate(ctx, q.Keeper.Attestations, newestFirst(req.GetPagination()),
		func(_ collections.Pair[uint64, string], a types.Attestation) (types.Attestation, error) {
			return a, nil
		})
	if err != nil {
		return nil, err
	}
	return &types.QueryAttestationsResponse{Attestations: as, Pagination: page}, nil
}

func (q queryServer) LastEventNonce(ctx context.Context, req *types.QueryLastEventNonceRequest) (*types.QueryLastEventNonceResponse, error) {
	validator := req.GetAddress()
	if _, err := sdk.ValAddressFromBech32(validator); err != nil {
		o, err := q.findOrchestrator(ctx, req.GetAddress())
		if err != nil {
			return nil, err
		}
		validator = o.Validator
	}
	n, err := q.Keeper.EventNonces.Get(ctx, validator)
	if err != nil && !errorsmod.IsOf(err, collections.ErrNotFound) {
		return nil, err
	}
	return &types.QueryLastEventNonceResponse{EventNonce: n}, nil
}

func (q queryServer) LastObserved(ctx context.Context, _ *types.QueryLastObservedRequest) (*types.QueryLastObservedResponse, error) {
	return &types.QueryLastObservedResponse{EventNonce: getOr(ctx, q.LastObservedNonce),
		EthereumHeight: getOr(ctx, q.LastObservedHeight), ValsetNonce: getOr(ctx, q.LastObservedValset)}, nil
}

// ProjectedEthereumHeight: the height new batches count their timeout from (ProjectedEthereumHeight), what it is
// projected from, and the timeout a batch made now would get.
func (q queryServer) ProjectedEthereumHeight(ctx context.Context, _ *types.QueryProjectedEthereumHeightRequest) (*types.QueryProjectedEthereumHeightResponse, error) {
	out := &types.QueryProjectedEthereumHeightResponse{ProjectedHeight: q.Keeper.ProjectedEthereumHeight(ctx),
		ObservedHeight: getOr(ctx, q.LastObservedHeight)}
	if at, err := q.LastObservedTime.Get(ctx); err == nil && at > 0 {
		out.ObservedAt = time.Unix(0, at).UTC()
	}
	if out.ProjectedHeight > 0 {
		out.BatchTimeout = out.ProjectedHeight + q.GetParams(ctx).BatchTimeoutEthereumBlocks
	}
	return out, nil
}

func (q queryServer) TokenDenoms(ctx context.Context, _ *types.QueryTokenDenomsRequest) (*types.QueryTokenDenomsResponse, error) {
	out := &types.QueryTokenDenomsResponse{}
	if w := q.GetParams(ctx).WrappedBttContract; w != "" {
		if c, err := canonical(w); err == nil {
			out.TokenDenoms = append(out.TokenDenoms, types.TokenDenom{TokenContract: c, Denom: types.BttDenom})
		}
	}
	err := q.Keeper.TokenDenoms.Walk(ctx, nil, func(_ string, d types.TokenDenom) (bool, error) {
		out.TokenDenoms = append(out.TokenDenoms, d)
		return false, nil
	})
	return out, err
}

func (q queryServer) Escrow(ctx context.Context, _ *types.QueryEscrowRequest) (*types.QueryEscrowResponse, error) {
	inFlight, err := q.InFlight(ctx)
	if err != nil {
		return nil, err
	}
	out := &types.QueryEscrowResponse{
		EscrowedBtt:           q.bank.GetBalance(ctx, q.moduleAddr, types.BttDenom),
		WrappedBttOutstanding: q.wrappedOutstanding(ctx),
	}
	denoms := make([]string, 0, len(inFlight))
	for d := range inFlight {
		denoms = append(denoms, d)
	}
	sort.Strings(denoms)
	for _, d := range denoms {
		out.InFlight = append(out.InFlight, sdk.NewCoin(d, inFlight[d]))
	}
	err = q.Keeper.TokenDenoms.Walk(ctx, nil, func(_ string, d types.TokenDenom) (bool, error) {
		out.Vouchers = append(out.Vouchers, q.bank.GetSupply(ctx, d.Denom))
		return false, nil
	})
	return out, err
}

func (q queryServer) UnclaimableDeposits(ctx context.Context, _ *types.QueryUnclaimableDepositsRequest) (*types.QueryUnclaimableDepositsResponse, error) {
	out := &types.QueryUnclaimableDepositsResponse{}
	err := q.Keeper.Unclaimable.Walk(ctx, nil, func(_ uint64, u types.UnclaimableDeposit) (bool, error) {
		out.Deposits = append(out.Deposits, u)
		return false, nil
	})
	return out, err
}
