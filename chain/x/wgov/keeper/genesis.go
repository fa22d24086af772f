package keeper

import (
	"context"

	"cosmossdk.io/collections"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// InitGenesis loads the genesis state. Term number 0 means the first term starts at the first block.
func (k *Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return types.ErrInvalidGenesis.Wrap(err.Error())
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	for _, in := range gs.Institutions {
		if err := k.Institutions.Set(ctx, in.Address, in); err != nil {
			return err
		}
	}
	if gs.Term.Number > 0 {
		if err := k.Term.Set(ctx, gs.Term); err != nil {
			return err
		}
	}
	for _, r := range gs.Representatives {
		if err := k.Representatives.Set(ctx, r.Address, r); err != nil {
			return err
		}
	}
	for _, c := range gs.Candidates {
		if err := k.Candidates.Set(ctx, c.Address, c); err != nil {
			return err
		}
	}
	for _, b := range gs.Ballots {
		if err := k.Ballots.Set(ctx, collections.Join(b.Term, b.Voter), b); err != nil {
			return err
		}
	}
	for _, t := range gs.Tallies {
		if err := k.Tallies.Set(ctx, t.ProposalId, t); err != nil {
			return err
		}
	}
	return nil
}

// ExportGenesis exports the state; InitGenesis of the result restores it exactly.
func (k *Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	gs := &types.GenesisState{}
	var err error
	if gs.Params, err = k.Params.Get(ctx); err != nil {
		return nil, err
	}
	if gs.Term, err = k.CurrentTerm(ctx); err != nil {
		return nil, err
	}
	if err := k.Institutions.Walk(ctx, nil, func(_ string, v types.Institution) (bool, error) {
		gs.Institutions = append(gs.Institutions, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Representatives.Walk(ctx, nil, func(_ string, v types.Representative) (bool, error) {
		gs.Representatives = append(gs.Representatives, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Candidates.Walk(ctx, nil, func(_ string, v types.Candidate) (bool, error) {
		gs.Candidates = append(gs.Candidates, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Ballots.Walk(ctx, nil, func(_ collections.Pair[uint64, string], v types.Ballot) (bool, error) {
		gs.Ballots = append(gs.Ballots, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Tallies.Walk(ctx, nil, func(_ uint64, v types.TallyBreakdown) (bool, error) {
		gs.Tallies = append(gs.Tallies, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	return gs, nil
}
