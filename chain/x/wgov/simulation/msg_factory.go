package simulation

import (
	"context"
	"fmt"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/wgov/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

func candidates(ctx context.Context, k *keeper.Keeper) []string {
	var out []string
	_ = k.Candidates.Walk(ctx, nil, func(addr string, _ types.Candidate) (bool, error) {
		out = append(out, addr)
		return false, nil
	})
	return out
}

// MsgNominateFactory nominates an account that is not a candidate yet while nominations are open
// and the election has room, paying the bond.
func MsgNominateFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgNominate] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgNominate) {
		term, err := k.CurrentTerm(ctx)
		p, perr := k.Params.Get(ctx)
		if err != nil || perr != nil || !keeper.NominationOpen(term, sdk.UnwrapSDKContext(ctx).BlockTime()) {
			reporter.Skip("nominations are closed")
			return nil, nil
		}
		if uint32(len(candidates(ctx, k))) >= p.MaxCandidates {
			reporter.Skip("the election is full")
			return nil, nil
		}
		bond := sdk.NewCoin(types.BondDenom, p.NominationBond)
		acc := testData.AnyAccountN(20, reporter, simsx.WithLiquidBalanceGTE(bond), simsx.SimAccountFilterFn(func(a simsx.SimAccount) bool {
			has, _ := k.Candidates.Has(ctx, a.AddressBech32)
			return !has
		}))
		if reporter.IsSkipped() {
			return nil, nil
		}
		if bond.IsPositive() {
			acc.LiquidBalance().BlockAmount(bond)
		}
		return []simsx.SimAccount{acc}, &types.MsgNominate{Candidate: acc.AddressBech32, Statement: fmt.Sprintf("sim statement %d", testData.Rand().Intn(1000))}
	}
}

// MsgVoteRepresentativeFactory casts (or replaces) the ballot of an account with bonded stake
// while voting is open, naming 1 to seats distinct candidates.
func MsgVoteRepresentativeFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgVoteRepresentative] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgVoteRepresentative) {
		term, err := k.CurrentTerm(ctx)
		p, perr := k.Params.Get(ctx)
		if err != nil || perr != nil || !keeper.VotingOpen(term, sdk.UnwrapSDKContext(ctx).BlockTime()) {
			reporter.Skip("voting is closed")
			return nil, nil
		}
		cands := candidates(ctx, k)
		if len(cands) == 0 {
			reporter.Skip("no candidate")
			return nil, nil
		}
		var voter simsx.SimAccount
		found := false
		for i := 0; i < 30 && !found; i++ {
			voter = testData.AnyAccount(reporter)
			if reporter.IsSkipped() {
				return nil, nil
			}
			if stake, err := k.BondedStake(ctx, voter.Address); err == nil && stake.IsPositive() {
				found = true
			}
		}
		if !found {
			reporter.Skip("no account with bonded stake found")
			return nil, nil
		}
		r := testData.Rand()
		n := 1 + r.Intn(int(min(uint32(len(cands)), p.Seats)))
		var names []string
		for _, i := range r.Perm(len(cands))[:n] {
			names = append(names, cands[i])
		}
		return []simsx.SimAccount{voter}, &types.MsgVoteRepresentative{Voter: voter.AddressBech32, Candidates: names}
	}
}

// MsgUpdateParamsFactory is a governance proposal with random valid params.
func MsgUpdateParamsFactory() simsx.SimMsgFactoryFn[*types.MsgUpdateParams] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateParams) {
		return nil, &types.MsgUpdateParams{Authority: testData.ModuleAccountAddress(reporter, "gov"), Params: RandomParams(testData.Rand().Rand)}
	}
}

// MsgSetInstitutionsFactory is a governance proposal replacing the institutions.
func MsgSetInstitutionsFactory() simsx.SimMsgFactoryFn[*types.MsgSetInstitutions] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSetInstitutions) {
		return nil, &types.MsgSetInstitutions{Authority: testData.ModuleAccountAddress(reporter, "gov"), Institutions: RandomInstitutions(testData.Rand().Rand, testData.AllAccounts())}
	}
}

// MsgRecallRepresentativeFactory is a governance proposal recalling a seated representative.
func MsgRecallRepresentativeFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRecallRepresentative] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRecallRepresentative) {
		var reps []string
		_ = k.Representatives.Walk(ctx, nil, func(addr string, _ types.Representative) (bool, error) {
			reps = append(reps, addr)
			return false, nil
		})
		if len(reps) == 0 {
			reporter.Skip("no representative")
			return nil, nil
		}
		return nil, &types.MsgRecallRepresentative{Authority: testData.ModuleAccountAddress(reporter, "gov"), Representative: reps[testData.Rand().Intn(len(reps))], Reason: "sim recall"}
	}
}
