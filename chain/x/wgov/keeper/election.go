package keeper

import (
	"context"
	"errors"
	"sort"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/internal/events"
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
// seats the winners for the next term, settles the nomination bonds and opens that term's
// nominations. Runs every BeginBlock. The count reads the tallies kept as ballots arrived, so its
// work is bounded by params.max_candidates, never by the number of ballots.
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
	standing, err := k.candidateStanding(ctx)
	if err != nil {
		return err
	}
	winners := Winners(standing, params.Seats)
	k.settleBonds(ctx, standing, winners, params)
	// Terms follow each other without gaps; a chain halted past a whole term starts afresh now.
	start := term.End
	if !now.Before(start.Add(params.TermDuration)) {
		start = now
	}
	return k.startTerm(ctx, newTerm(term.Number+1, start, params), winners)
}

// settleBonds refunds the bond of each seated candidate and of each candidate whose votes reached
// params.bond_refund_votes, and burns the others' (x/emissions' Burn, so balances + burned stays
// 210M BTT). Each candidate settles in its own cache context: one that fails is logged and
// reported in an event, and the block goes on.
func (k *Keeper) settleBonds(ctx context.Context, standing, winners []types.CandidateVotes, params types.Params) {
	seated := map[string]bool{}
	for _, w := range winners {
		seated[w.Candidate.Address] = true
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	threshold := math.LegacyNewDecFromInt(params.BondRefundVotes)
	for _, c := range standing {
		bond := c.Candidate.Bond
		if bond.IsNil() || !bond.IsPositive() {
			continue
		}
		addr := c.Candidate.Address
		refund := seated[addr] || c.Votes.GTE(threshold)
		cacheCtx, write := sdkCtx.CacheContext()
		var err error
		if refund {
			err = k.bankKeeper.SendCoinsFromModuleToAccount(cacheCtx, types.ModuleName, sdk.MustAccAddressFromBech32(addr),
				sdk.NewCoins(sdk.NewCoin(types.BondDenom, bond)))
		} else {
			err = k.burner.Burn(cacheCtx, types.ModuleName, bond)
		}
		if err != nil {
			k.Logger(ctx).Error("settling a nomination bond", "candidate", addr, "bond", bond.String(), "err", err)
			events.Emit(sdkCtx, &types.EventNominationBondSettlementFailed{Candidate: addr, Bond: bond, Error: err.Error()})
			continue
		}
		write()
		if refund {
			events.Emit(sdkCtx, &types.EventNominationBondRefunded{Candidate: addr, Bond: bond, Votes: c.Votes})
		} else {
			events.Emit(sdkCtx, &types.EventNominationBondBurned{Candidate: addr, Bond: bond, Votes: c.Votes})
		}
	}
}

func (k *Keeper) startTerm(ctx context.Context, term types.Term, winners []types.CandidateVotes) error {
	// Representatives (at most seats) and candidates (at most max_candidates) are cleared; ballots
	// stay, keyed by their term, and PruneBallots deletes them a bounded number per block.
	if err := k.Representatives.Clear(ctx, nil); err != nil {
		return err
	}
	if err := k.Candidates.Clear(ctx, nil); err != nil {
		return err
	}
	if err := k.Term.Set(ctx, term); err != nil {
		return err
	}
	names := make([]string, 0, len(winners))
	for _, w := range winners {
		addr := w.Candidate.Address
		if err := k.Representatives.Set(ctx, addr, types.Representative{Address: addr, Term: term.Number}); err != nil {
			return err
		}
		names = append(names, addr)
		events.Emit(ctx, &types.EventRepresentativeSeated{Representative: addr, Term: term.Number, Votes: w.Votes})
	}
	events.Emit(ctx, &types.EventTermStarted{Term: term.Number, Start: term.Start, End: term.End, Candidates: names})
	return nil
}

// PruneBallots deletes at most params.max_ballot_prunes_per_block ballots of past elections,
// oldest term first. Runs every BeginBlock; a failure is logged and left for the next block.
func (k *Keeper) PruneBallots(ctx context.Context) {
	term, err := k.CurrentTerm(ctx)
	if err != nil || term.Number <= 1 {
		return
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return
	}
	var stale []collections.Pair[uint64, string]
	if err := k.Ballots.Walk(ctx, nil, func(key collections.Pair[uint64, string], _ types.Ballot) (bool, error) {
		if key.K1() >= term.Number || uint32(len(stale)) >= params.MaxBallotPrunesPerBlock {
			return true, nil
		}
		stale = append(stale, key)
		return false, nil
	}); err != nil {
		k.Logger(ctx).Error("walking past ballots", "err", err)
		return
	}
	for _, key := range stale {
		if err := k.Ballots.Remove(ctx, key); err != nil {
			k.Logger(ctx).Error("pruning a past ballot", "term", key.K1(), "voter", key.K2(), "err", err)
			return
		}
	}
	if len(stale) > 0 {
		events.Emit(ctx, &types.EventBallotsPruned{Count: uint64(len(stale))})
	}
}

// candidateStanding returns the candidates with their tallies, in seating order.
func (k *Keeper) candidateStanding(ctx context.Context) ([]types.CandidateVotes, error) {
	var standing []types.CandidateVotes
	if err := k.Candidates.Walk(ctx, nil, func(_ string, c types.Candidate) (bool, error) {
		votes := c.Votes
		if votes.IsNil() {
			votes = math.LegacyZeroDec()
		}
		standing = append(standing, types.CandidateVotes{Candidate: c, Votes: votes})
		return false, nil
	}); err != nil {
		return nil, err
	}
	SortStanding(standing)
	return standing, nil
}

// ElectionStanding returns the candidates in seating order (most votes first, ties broken by
// address, ascending) with their votes, and the number of ballots cast in the current term.
// Each candidate's votes are the sum of the weights of the ballots naming it (see Ballot).
func (k *Keeper) ElectionStanding(ctx context.Context) ([]types.CandidateVotes, uint32, error) {
	standing, err := k.candidateStanding(ctx)
	if err != nil {
		return nil, 0, err
	}
	term, err := k.CurrentTerm(ctx)
	if err != nil {
		return nil, 0, err
	}
	var ballots uint32
	err = k.Ballots.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](term.Number),
		func(collections.Pair[uint64, string], types.Ballot) (bool, error) {
			ballots++
			return false, nil
		})
	return standing, ballots, err
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

// Winners returns the top `seats` candidates with votes from a standing in seating order.
func Winners(standing []types.CandidateVotes, seats uint32) []types.CandidateVotes {
	var winners []types.CandidateVotes
	for _, c := range standing {
		if uint32(len(winners)) == seats || !c.Votes.IsPositive() {
			break
		}
		winners = append(winners, c)
	}
	return winners
}

// CountElection returns the winners: the top `seats` candidates with votes.
func (k *Keeper) CountElection(ctx context.Context, seats uint32) ([]types.CandidateVotes, error) {
	standing, err := k.candidateStanding(ctx)
	if err != nil {
		return nil, err
	}
	return Winners(standing, seats), nil
}

// Nominate makes candidate a nominee for the next term. It costs params.nomination_bond, held by
// the module until the term ends; at most params.max_candidates stand in one election.
func (k *Keeper) Nominate(ctx context.Context, candidate, statement string) error {
	addr, err := normalizeAddress("candidate", candidate)
	if err != nil {
		return err
	}
	if len(statement) > types.MaxTextLength {
		return types.ErrInvalidStatement.Wrapf("statement longer than %d bytes", types.MaxTextLength)
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
	if !NominationOpen(term, now) {
		return types.ErrNominationClosed.Wrapf("term %d nominations are open from %s until %s", term.Number,
			term.Start.Format(time.RFC3339), term.NominationEnd.Format(time.RFC3339))
	}
	if has, err := k.Candidates.Has(ctx, addr); err != nil {
		return err
	} else if has {
		return types.ErrAlreadyCandidate.Wrap(addr)
	}
	// Counting stops at the cap, so this reads at most max_candidates entries.
	var n uint32
	if err := k.Candidates.Walk(ctx, nil, func(string, types.Candidate) (bool, error) {
		n++
		return n >= params.MaxCandidates, nil
	}); err != nil {
		return err
	}
	if n >= params.MaxCandidates {
		return types.ErrTooManyCandidates.Wrapf("the election already has %d candidates", params.MaxCandidates)
	}
	bond := params.NominationBond
	if bond.IsPositive() {
		if err := k.bankKeeper.SendCoinsFromAccountToModule(ctx, sdk.MustAccAddressFromBech32(addr), types.ModuleName,
			sdk.NewCoins(sdk.NewCoin(types.BondDenom, bond))); err != nil {
			return types.ErrBond.Wrapf("bond %s%s: %v", bond, types.BondDenom, err)
		}
	}
	if err := k.Candidates.Set(ctx, addr, types.Candidate{Address: addr, Statement: statement, Bond: bond, Votes: math.LegacyZeroDec()}); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventNominated{Candidate: addr, Term: term.Number + 1, Bond: bond})
	return nil
}

// addVotes adds delta to the votes of each named candidate still standing.
func (k *Keeper) addVotes(ctx context.Context, names []string, delta math.LegacyDec) error {
	if delta.IsZero() {
		return nil
	}
	for _, n := range names {
		c, err := k.Candidates.Get(ctx, n)
		if errors.Is(err, collections.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		if c.Votes.IsNil() {
			c.Votes = math.LegacyZeroDec()
		}
		c.Votes = c.Votes.Add(delta)
		if c.Votes.IsNegative() { // cannot happen while tallies and ballots agree; never store a negative tally
			c.Votes = math.LegacyZeroDec()
		}
		if err := k.Candidates.Set(ctx, n, c); err != nil {
			return err
		}
	}
	return nil
}

// VoteRepresentative records (or replaces) voter's ballot. The voter must have bonded stake. The
// ballot weighs the voter's bonded stake now; it is credited to the named candidates' tallies at
// once (a replaced ballot's weight is taken back from the candidates it named), so the vote touches
// only those candidates. The weight follows the voter's later delegation changes (staking hooks).
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
	if len(names) == 0 || uint32(len(names)) > params.Seats {
		return types.ErrInvalidBallot.Wrapf("a ballot names 1 to %d candidates, got %d", params.Seats, len(names))
	}
	candidates := map[string]bool{}
	normalized := make([]string, 0, len(names))
	for _, n := range names {
		a, err := normalizeAddress("candidate", n)
		if err != nil {
			return types.ErrInvalidBallot.Wrap(err.Error())
		}
		normalized = append(normalized, a)
		has, err := k.Candidates.Has(ctx, a)
		if err != nil {
			return err
		}
		candidates[a] = has
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
	key := collections.Join(term.Number, voterAddr)
	old, err := k.Ballots.Get(ctx, key)
	switch {
	case err == nil:
		if err := k.addVotes(ctx, old.Candidates, old.Weight.Neg()); err != nil {
			return err
		}
	case !errors.Is(err, collections.ErrNotFound):
		return err
	}
	if err := k.addVotes(ctx, normalized, stake); err != nil {
		return err
	}
	if err := k.Ballots.Set(ctx, key, types.Ballot{Voter: voterAddr, Candidates: normalized, Weight: stake, Term: term.Number}); err != nil {
		return err
	}
	events.Emit(ctx, &types.EventRepresentativeBallot{Voter: voterAddr, Candidates: normalized, Weight: stake})
	return nil
}

// RefreshBallot sets the weight of voter's ballot in the running election (if any) to the voter's
// bonded stake now, leaving out its delegation to `removed` (one about to be deleted; nil: none), and
// moves the difference on the tallies of the candidates it names. The staking hooks call it whenever
// the voter's delegations change, so that stake unbonded (or moved to another account) after voting
// does not keep counting. A delegator without a ballot pays two reads.
func (k *Keeper) RefreshBallot(ctx context.Context, voter sdk.AccAddress, removed sdk.ValAddress) error {
	term, err := k.CurrentTerm(ctx)
	if err != nil || term.Number == 0 {
		return err
	}
	key := collections.Join(term.Number, voter.String())
	b, err := k.Ballots.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	stake, err := k.bondedStake(ctx, voter, removed)
	if err != nil {
		return err
	}
	if b.Weight.Equal(stake) {
		return nil
	}
	if err := k.addVotes(ctx, b.Candidates, stake.Sub(b.Weight)); err != nil {
		return err
	}
	b.Weight = stake
	return k.Ballots.Set(ctx, key, b)
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
	events.Emit(ctx, &types.EventRepresentativeRecalled{Representative: addr, Reason: reason})
	return nil
}
