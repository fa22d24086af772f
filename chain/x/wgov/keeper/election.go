package keeper

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// newTerm is term `number` starting at `start` under params.
func newTerm(number uint64, start time.Time, p types.Params) types.Term {
	start = start.UTC()
	return types.Term{Number: number, Start: start, End: start.Add(p.TermDuration), NominationEnd: start.Add(p.NominationPeriod)}
}

// CurrentTerm returns the current term (number 0 before the first block).
func (k *Keeper) CurrentTerm(ctx context.Context) (types.Term, error) {
	t, err := k.Term.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return types.Term{}, nil
	}
	return t, err
}

// NominationOpen says whether t falls in the term's nomination window [start, nomination_end).
func NominationOpen(term types.Term, t time.Time) bool {
	return term.Number > 0 && !t.Before(term.Start) && t.Before(term.NominationEnd)
}

// VotingOpen says whether t falls in the term's voting window [nomination_end, end).
func VotingOpen(term types.Term, t time.Time) bool {
	return term.Number > 0 && !t.Before(term.NominationEnd) && t.Before(term.End)
}

// AdvanceTerm starts the first term at the first block, and at a term's end counts its election,
// seats the winners for the next term and opens that term's nominations. Runs every BeginBlock.
func (k *Keeper) AdvanceTerm(ctx context.Context) error {
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	term, err := k.CurrentTerm(ctx)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if term.Number == 0 {
		return k.startTerm(ctx, newTerm(1, now, params), nil)
	}
	if now.Before(term.End) {
		return nil
	}
	winners, err := k.CountElection(ctx, params.Seats)
	if err != nil {
		return err
	}
	// Terms follow each other without gaps; a chain halted past a whole term starts afresh now.
	start := term.End
	if !now.Before(start.Add(params.TermDuration)) {
		start = now
	}
	return k.startTerm(ctx, newTerm(term.Number+1, start, params), winners)
}

func (k *Keeper) startTerm(ctx context.Context, term types.Term, winners []types.CandidateVotes) error {
	for _, m := range []interface {
		Clear(context.Context, collections.Ranger[string]) error
	}{
		k.Representatives, k.Candidates, k.Ballots,
	} {
		if err := m.Clear(ctx, nil); err != nil {
			return err
		}
	}
	if err := k.Term.Set(ctx, term); err != nil {
		return err
	}
	em := sdk.UnwrapSDKContext(ctx).EventManager()
	names := make([]string, 0, len(winners))
	for _, w := range winners {
		addr := w.Candidate.Address
		if err := k.Representatives.Set(ctx, addr, types.Representative{Address: addr, Term: term.Number}); err != nil {
			return err
		}
		names = append(names, addr)
		em.EmitEvent(sdk.NewEvent(types.EventTypeSeated,
			sdk.NewAttribute(types.AttrRepresentative, addr), sdk.NewAttribute(types.AttrTerm, fmt.Sprint(term.Number)),
			sdk.NewAttribute(types.AttrVotes, w.Votes.String())))
	}
	em.EmitEvent(sdk.NewEvent(types.EventTypeTermStarted,
		sdk.NewAttribute(types.AttrTerm, fmt.Sprint(term.Number)),
		sdk.NewAttribute(types.AttrStart, term.Start.Format(time.RFC3339)),
		sdk.NewAttribute(types.AttrEnd, term.End.Format(time.RFC3339)),
		sdk.NewAttribute(types.AttrCandidates, strings.Join(names, ","))))
	return nil
}

// ElectionStanding counts the current ballots: each candidate receives the bonded stake (now)
// of every ballot naming it. Candidates come back in seating order: most votes first, ties
// broken by address (ascending), so the count is deterministic.
func (k *Keeper) ElectionStanding(ctx context.Context) ([]types.CandidateVotes, uint32, error) {
	votes := map[string]math.LegacyDec{}
	var standing []types.CandidateVotes
	if err := k.Candidates.Walk(ctx, nil, func(addr string, c types.Candidate) (bool, error) {
		votes[addr] = math.LegacyZeroDec()
		standing = append(standing, types.CandidateVotes{Candidate: c})
		return false, nil
	}); err != nil {
		return nil, 0, err
	}
	var ballots uint32
	if err := k.Ballots.Walk(ctx, nil, func(voter string, b types.Ballot) (bool, error) {
		ballots++
		stake, err := k.BondedStake(ctx, sdk.MustAccAddressFromBech32(voter))
		if err != nil {
			return true, err
		}
		for _, c := range b.Candidates {
			if v, ok := votes[c]; ok {
				votes[c] = v.Add(stake)
			}
		}
		return false, nil
	}); err != nil {
		return nil, 0, err
	}
	for i := range standing {
		standing[i].Votes = votes[standing[i].Candidate.Address]
	}
	SortStanding(standing)
	return standing, ballots, nil
}

// SortStanding orders candidates by votes (descending), then address (ascending).
func SortStanding(s []types.CandidateVotes) {
	sort.SliceStable(s, func(i, j int) bool {
		if !s[i].Votes.Equal(s[j].Votes) {
			return s[i].Votes.GT(s[j].Votes)
		}
		return s[i].Candidate.Address < s[j].Candidate.Address
	})
}

// CountElection returns the winners: the top `seats` candidates with votes.
func (k *Keeper) CountElection(ctx context.Context, seats uint32) ([]types.CandidateVotes, error) {
	standing, _, err := k.ElectionStanding(ctx)
	if err != nil {
		return nil, err
	}
	var winners []types.CandidateVotes
	for _, c := range standing {
		if uint32(len(winners)) == seats || !c.Votes.IsPositive() {
			break
		}
		winners = append(winners, c)
	}
	return winners, nil
}

// Nominate makes candidate a nominee for the next term.
func (k *Keeper) Nominate(ctx context.Context, candidate, statement string) error {
	addr, err := normalizeAddress("candidate", candidate)
	if err != nil {
		return err
	}
	if len(statement) > types.MaxTextLength {
		return types.ErrInvalidStatement.Wrapf("statement longer than %d bytes", types.MaxTextLength)
	}
	term, err := k.CurrentTerm(ctx)
	if err != nil {
		return err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	if !NominationOpen(term, now) {
		return types.ErrNominationClosed.Wrapf("term %d nominations are open from %s until %s", term.Number,
			term.Start.Format(time.RFC3339), term.NominationEnd.Format(time.RFC3339))
	}
	if has, err := k.Candidates.Has(ctx, addr); err != nil {
		return err
	} else if has {
		return types.ErrAlreadyCandidate.Wrap(addr)
	}
	if err := k.Candidates.Set(ctx, addr, types.Candidate{Address: addr, Statement: statement}); err != nil {
		return err
	}
	sdk.UnwrapSDKContext(ctx).EventManager().EmitEvent(sdk.NewEvent(types.EventTypeNominated,
		sdk.NewAttribute(types.AttrCandidate, addr), sdk.NewAttribute(types.AttrTerm, fmt.Sprint(term.Number+1))))
	return nil
}

// VoteRepresentative records (or replaces) voter's ballot. The voter must have bonded stake;
// what the ballot weighs is the voter's bonded stake when the term ends.
func (k *Keeper) VoteRepresentative(ctx context.Context, voter string, names []string) error {
	voterAddr, err := normalizeAddress("voter", voter)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	term, err := k.CurrentTerm(ctx)
	if err != nil {
		return err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	if !VotingOpen(term, now) {
		return types.ErrVotingClosed.Wrapf("term %d votes are open from %s until %s", term.Number,
			term.NominationEnd.Format(time.RFC3339), term.End.Format(time.RFC3339))
	}
	candidates := map[string]bool{}
	if err := k.Candidates.Walk(ctx, nil, func(addr string, _ types.Candidate) (bool, error) {
		candidates[addr] = true
		return false, nil
	}); err != nil {
		return err
	}
	normalized := make([]string, 0, len(names))
	for _, n := range names {
		a, err := normalizeAddress("candidate", n)
		if err != nil {
			return types.ErrInvalidBallot.Wrap(err.Error())
		}
		normalized = append(normalized, a)
	}
	if err := types.ValidateBallot(normalized, params.Seats, candidates); err != nil {
		return types.ErrInvalidBallot.Wrap(err.Error())
	}
	stake, err := k.BondedStake(ctx, sdk.MustAccAddressFromBech32(voterAddr))
	if err != nil {
		return err
	}
	if !stake.IsPositive() {
		return types.ErrNoStake.Wrapf("%s has no stake bonded to an active validator", voterAddr)
	}
	if err := k.Ballots.Set(ctx, voterAddr, types.Ballot{Voter: voterAddr, Candidates: normalized}); err != nil {
		return err
	}
	sdk.UnwrapSDKContext(ctx).EventManager().EmitEvent(sdk.NewEvent(types.EventTypeBallot,
		sdk.NewAttribute(types.AttrVoter, voterAddr), sdk.NewAttribute(types.AttrCandidates, strings.Join(normalized, ","))))
	return nil
}

// Recall unseats a representative for the rest of the term.
func (k *Keeper) Recall(ctx context.Context, representative, reason string) error {
	addr, err := normalizeAddress("representative", representative)
	if err != nil {
		return err
	}
	if len(reason) > types.MaxTextLength {
		return types.ErrInvalidStatement.Wrapf("reason longer than %d bytes", types.MaxTextLength)
	}
	if has, err := k.Representatives.Has(ctx, addr); err != nil {
		return err
	} else if !has {
		return types.ErrNotRepresentative.Wrap(addr)
	}
	if err := k.Representatives.Remove(ctx, addr); err != nil {
		return err
	}
	sdk.UnwrapSDKContext(ctx).EventManager().EmitEvent(sdk.NewEvent(types.EventTypeRecalled,
		sdk.NewAttribute(types.AttrRepresentative, addr), sdk.NewAttribute(types.AttrReason, reason)))
	return nil
}
