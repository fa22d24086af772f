package keeper

import (
	"context"
	"fmt"
	"sort"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

var _ govkeeper.CalculateVoteResultsAndVotingPowerFn = (&Keeper{}).CalculateVoteResultsAndVotingPower

// CalculateVoteResultsAndVotingPower is x/gov's tally function on BTT chain (installed with
// govkeeper.WithCustomCalculateVoteResultsAndVotingPowerFn). x/gov's keeper.Tally then takes
// quorum as voting power ÷ bonded tokens and threshold / veto as ratios of the results, so the
// weighted option fractions are returned scaled by the total bonded: x/gov's quorum, threshold
// and veto rules then apply to the weighted tally unchanged. Like x/gov's own function it removes
// the proposal's votes; it stores the per-class breakdown so that it stays queryable.
func (k *Keeper) CalculateVoteResultsAndVotingPower(
	ctx context.Context, gk govkeeper.Keeper, proposal govv1.Proposal, validators map[string]govv1.ValidatorGovInfo,
) (math.LegacyDec, map[govv1.VoteOption]math.LegacyDec, error) {
	breakdown, scaled, err := k.weightedTally(ctx, gk, proposal, validators, true)
	if err != nil {
		return math.LegacyZeroDec(), nil, err
	}
	// An expedited proposal that fails becomes a regular one and is tallied again at its new end.
	breakdown.Final = !(proposal.Expedited && !breakdown.Passes)
	if err := k.Tallies.Set(ctx, proposal.Id, breakdown); err != nil {
		return math.LegacyZeroDec(), nil, err
	}
	events.Emit(ctx, &types.EventTally{ProposalId: proposal.Id, Passes: breakdown.Passes, Participation: breakdown.Participation,
		Outcome: breakdown.Outcome})
	return scaled.Sum(), scaled.Map(), nil
}

// LiveTally computes a proposal's breakdown from its current votes without changing state.
func (k *Keeper) LiveTally(ctx context.Context, proposal govv1.Proposal) (types.TallyBreakdown, error) {
	validators, err := k.currentValidators(ctx)
	if err != nil {
		return types.TallyBreakdown{}, err
	}
	// A branched context: nothing computed here can reach the store.
	cacheCtx, _ := sdk.UnwrapSDKContext(ctx).CacheContext()
	b, _, err := k.weightedTally(cacheCtx, *k.govKeeper, proposal, validators, false)
	return b, err
}

func votingEnd(ctx context.Context, p govv1.Proposal) time.Time {
	if p.VotingEndTime != nil {
		return *p.VotingEndTime
	}
	return sdk.UnwrapSDKContext(ctx).BlockTime()
}

// currentValidators is x/gov's getCurrentValidators (unexported there): the bonded validators.
func (k *Keeper) currentValidators(ctx context.Context) (map[string]govv1.ValidatorGovInfo, error) {
	out := map[string]govv1.ValidatorGovInfo{}
	var inner error
	err := k.stakingKeeper.IterateBondedValidatorsByPower(ctx, func(_ int64, v stakingtypes.ValidatorI) bool {
		bz, err := k.stakingKeeper.ValidatorAddressCodec().StringToBytes(v.GetOperator())
		if err != nil {
			inner = err
			return true
		}
		out[v.GetOperator()] = govv1.NewValidatorGovInfo(bz, v.GetBondedTokens(), v.GetDelegatorShares(),
			math.LegacyZeroDec(), govv1.WeightedVoteOptions{})
		return false
	})
	if err != nil {
		return nil, err
	}
	return out, inner
}

// weightedTally walks the proposal's votes once: each vote counts in every class its voter
// belongs to, with that class's power. Holders follow x/gov's rule: a delegator's own vote
// replaces its validator's for the delegated shares. It returns the breakdown and the weighted
// options scaled by the total bonded tokens (what x/gov's Tally receives).
func (k *Keeper) weightedTally(
	ctx context.Context, gk govkeeper.Keeper, proposal govv1.Proposal, validators map[string]govv1.ValidatorGovInfo, removeVotes bool,
) (types.TallyBreakdown, types.OptionPowers, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return types.TallyBreakdown{}, types.OptionPowers{}, err
	}
	govParams, err := gk.Params.Get(ctx)
	if err != nil {
		return types.TallyBreakdown{}, types.OptionPowers{}, err
	}
	powers, err := k.loadClassPowers(ctx)
	if err != nil {
		return types.TallyBreakdown{}, types.OptionPowers{}, err
	}
	bondedInt, err := k.stakingKeeper.TotalBondedTokens(ctx)
	if err != nil {
		return types.TallyBreakdown{}, types.OptionPowers{}, err
	}
	bonded := math.LegacyNewDecFromInt(bondedInt)

	classes := map[types.VoterClass]*types.ClassVotes{}
	for _, c := range types.Classes {
		classes[c] = &types.ClassVotes{Class: c, Total: math.LegacyZeroDec(), Votes: types.ZeroOptionPowers()}
	}
	classes[types.VOTER_CLASS_INSTITUTIONS].Total = sumPowers(powers.institutions)
	classes[types.VOTER_CLASS_COMPUTE].Total = powers.computeTotal
	window, err := k.computeWindow(ctx)
	if err != nil {
		return types.TallyBreakdown{}, types.OptionPowers{}, err
	}
	classes[types.VOTER_CLASS_HOLDERS].Total = bonded
	classes[types.VOTER_CLASS_COMMUNITY].Total = sumPowers(powers.community)

	castIn := func(cv *types.ClassVotes, power math.LegacyDec, options govv1.WeightedVoteOptions) {
		for _, o := range options {
			w, err := math.LegacyNewDecFromStr(o.Weight)
			if err != nil {
				continue // x/gov validates weights at vote time
			}
			cv.Votes.Add(o.Option, power.Mul(w))
		}
	}
	memberVote := func(c types.VoterClass, members map[string]math.LegacyDec, voter string, options govv1.WeightedVoteOptions) {
		if p, ok := members[voter]; ok && p.IsPositive() {
			castIn(classes[c], p, options)
			classes[c].Voters++
		}
	}

	holders := classes[types.VOTER_CLASS_HOLDERS]
	holderVoters := map[string]bool{} // a validator operator votes once, self-delegation and all
	var toRemove []collections.Pair[uint64, sdk.AccAddress]
	rng := collections.NewPrefixedPairRange[uint64, sdk.AccAddress](proposal.Id)
	err = gk.Votes.Walk(ctx, rng, func(key collections.Pair[uint64, sdk.AccAddress], vote govv1.Vote) (bool, error) {
		voter := key.K2()
		voterStr := voter.String()
		memberVote(types.VOTER_CLASS_INSTITUTIONS, powers.institutions, voterStr, vote.Options)
		if p := k.computePowerOf(ctx, window, voter); p.IsPositive() {
			castIn(classes[types.VOTER_CLASS_COMPUTE], p, vote.Options)
			classes[types.VOTER_CLASS_COMPUTE].Voters++
		}
		memberVote(types.VOTER_CLASS_COMMUNITY, powers.community, voterStr, vote.Options)

		valAddr, err := k.stakingKeeper.ValidatorAddressCodec().BytesToString(voter)
		if err != nil {
			return true, err
		}
		if val, ok := validators[valAddr]; ok {
			val.Vote = vote.Options
			validators[valAddr] = val
		}
		delegated := false
		var inner error
		err = k.stakingKeeper.IterateDelegations(ctx, voter, func(_ int64, d stakingtypes.DelegationI) bool {
			val, ok := validators[d.GetValidatorAddr()]
			if !ok {
				return false
			}
			val.DelegatorDeductions = val.DelegatorDeductions.Add(d.GetShares())
			validators[d.GetValidatorAddr()] = val
			castIn(holders, d.GetShares().MulInt(val.BondedTokens).Quo(val.DelegatorShares), vote.Options)
			delegated = true
			return false
		})
		if err != nil {
			return true, err
		}
		if inner != nil {
			return true, inner
		}
		if delegated {
			holderVoters[voterStr] = true
		}
		toRemove = append(toRemove, key)
		return false, nil
	})
	if err != nil {
		return types.TallyBreakdown{}, types.OptionPowers{}, fmt.Errorf("tally of proposal %d: %w", proposal.Id, err)
	}
	if removeVotes {
		for _, key := range toRemove {
			if err := gk.Votes.Remove(ctx, key); err != nil {
				return types.TallyBreakdown{}, types.OptionPowers{}, err
			}
		}
	}
	// Validators that voted cast what their delegators did not cast themselves. Sorted so
	// that the Dec sums do not depend on map order.
	for _, valAddr := range sortedValidators(validators) {
		val := validators[valAddr]
		if len(val.Vote) == 0 {
			continue
		}
		remaining := val.DelegatorShares.Sub(val.DelegatorDeductions)
		castIn(holders, remaining.MulInt(val.BondedTokens).Quo(val.DelegatorShares), val.Vote)
		holderVoters[sdk.AccAddress(val.Address).String()] = true
	}
	holders.Voters = uint32(len(holderVoters))

	at := votingEnd(ctx, proposal)
	entry := params.WeightsAt(at)
	inputs := make([]types.ClassVotes, 0, len(types.Classes))
	for _, c := range types.Classes {
		inputs = append(inputs, *classes[c])
	}
	rows, weighted, participation := types.CombineTally(entry.Weights, inputs)
	scaled := weighted.Scale(bonded)

	threshold := govParams.Threshold
	if proposal.Expedited {
		threshold = govParams.ExpeditedThreshold
	}
	quorum := math.LegacyMustNewDecFromStr(govParams.Quorum)
	thresholdDec := math.LegacyMustNewDecFromStr(threshold)
	veto := math.LegacyMustNewDecFromStr(govParams.VetoThreshold)
	d := types.Decide(scaled, bonded, quorum, thresholdDec, veto)
	return types.TallyBreakdown{
		ProposalId: proposal.Id, WeightsAt: at, Classes: rows, Weighted: weighted, Participation: participation,
		Quorum: quorum, Threshold: thresholdDec, VetoThreshold: veto,
		QuorumReached: d.QuorumReached, Vetoed: d.Vetoed, Passes: d.Passes, Outcome: d.Outcome,
	}, scaled, nil
}

func sortedValidators(m map[string]govv1.ValidatorGovInfo) []string {
	keys := make([]string, 0, len(m))
	for a := range m {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	return keys
}
