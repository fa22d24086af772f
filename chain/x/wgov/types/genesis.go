package types

import (
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis is the genesis of a new chain: default params, no institutions, no representatives;
// the first term starts at the genesis block.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// ValidateInstitutions checks a list of institutions: valid distinct addresses, positive weights.
func ValidateInstitutions(list []Institution) error {
	seen := map[string]bool{}
	for _, in := range list {
		addr, err := sdk.AccAddressFromBech32(in.Address)
		if err != nil {
			return fmt.Errorf("institution %q: %w", in.Address, err)
		}
		if seen[addr.String()] {
			return fmt.Errorf("institution %s listed twice", addr)
		}
		seen[addr.String()] = true
		if in.Weight.IsNil() || !in.Weight.IsPositive() {
			return fmt.Errorf("institution %s: weight must be positive", addr)
		}
		if len(in.Name) > MaxTextLength {
			return fmt.Errorf("institution %s: name longer than %d bytes", addr, MaxTextLength)
		}
	}
	return nil
}

// MaxTextLength bounds names, statements and reasons stored on chain.
const MaxTextLength = 512

// Validate checks a genesis state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if err := ValidateInstitutions(gs.Institutions); err != nil {
		return err
	}
	if gs.Term.Number > 0 && !gs.Term.End.After(gs.Term.Start) {
		return fmt.Errorf("term %d must end after it starts", gs.Term.Number)
	}
	addrs := func(what string, list []string) (map[string]bool, error) {
		seen := map[string]bool{}
		for _, a := range list {
			if _, err := sdk.AccAddressFromBech32(a); err != nil {
				return nil, fmt.Errorf("%s %q: %w", what, a, err)
			}
			if seen[a] {
				return nil, fmt.Errorf("%s %s listed twice", what, a)
			}
			seen[a] = true
		}
		return seen, nil
	}
	var reps, cands []string
	for _, r := range gs.Representatives {
		reps = append(reps, r.Address)
	}
	for _, c := range gs.Candidates {
		cands = append(cands, c.Address)
	}
	if _, err := addrs("representative", reps); err != nil {
		return err
	}
	if uint32(len(reps)) > gs.Params.Seats {
		return fmt.Errorf("%d representatives exceed %d seats", len(reps), gs.Params.Seats)
	}
	candidates, err := addrs("candidate", cands)
	if err != nil {
		return err
	}
	if uint32(len(gs.Candidates)) > gs.Params.MaxCandidates {
		return fmt.Errorf("%d candidates exceed max_candidates %d", len(gs.Candidates), gs.Params.MaxCandidates)
	}
	// Each candidate's votes are the sum of the weights of the current term's ballots naming it.
	tally := map[string]math.LegacyDec{}
	for _, c := range gs.Candidates {
		if c.Bond.IsNil() || c.Bond.IsNegative() {
			return fmt.Errorf("candidate %s: bond must not be negative", c.Address)
		}
		if c.Votes.IsNil() || c.Votes.IsNegative() {
			return fmt.Errorf("candidate %s: votes must not be negative", c.Address)
		}
		tally[c.Address] = math.LegacyZeroDec()
	}
	voters := map[uint64]map[string]bool{}
	for _, b := range gs.Ballots {
		if _, err := sdk.AccAddressFromBech32(b.Voter); err != nil {
			return fmt.Errorf("ballot voter %q: %w", b.Voter, err)
		}
		if b.Term > gs.Term.Number {
			return fmt.Errorf("ballot of %s: term %d is after the current term %d", b.Voter, b.Term, gs.Term.Number)
		}
		if voters[b.Term] == nil {
			voters[b.Term] = map[string]bool{}
		}
		if voters[b.Term][b.Voter] {
			return fmt.Errorf("ballot voter %s listed twice in term %d", b.Voter, b.Term)
		}
		voters[b.Term][b.Voter] = true
		if b.Weight.IsNil() || b.Weight.IsNegative() {
			return fmt.Errorf("ballot of %s: weight must not be negative", b.Voter)
		}
		if b.Term != gs.Term.Number {
			continue // a past election's ballot, waiting to be pruned
		}
		if err := ValidateBallot(b.Candidates, gs.Params.Seats, candidates); err != nil {
			return fmt.Errorf("ballot of %s: %w", b.Voter, err)
		}
		for _, c := range b.Candidates {
			tally[c] = tally[c].Add(b.Weight)
		}
	}
	for _, c := range gs.Candidates {
		if !c.Votes.Equal(tally[c.Address]) {
			return fmt.Errorf("candidate %s: votes %s, but its ballots weigh %s", c.Address, c.Votes, tally[c.Address])
		}
	}
	seen := map[uint64]bool{}
	for _, t := range gs.Tallies {
		if seen[t.ProposalId] {
			return fmt.Errorf("tally of proposal %d listed twice", t.ProposalId)
		}
		seen[t.ProposalId] = true
	}
	return nil
}

// ValidateBallot checks a ballot: 1..seats distinct names, each a candidate.
func ValidateBallot(names []string, seats uint32, candidates map[string]bool) error {
	if len(names) == 0 || uint32(len(names)) > seats {
		return fmt.Errorf("a ballot names 1 to %d candidates, got %d", seats, len(names))
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			return fmt.Errorf("candidate %s named twice", n)
		}
		seen[n] = true
		if !candidates[n] {
			return fmt.Errorf("%s is not a candidate", n)
		}
	}
	return nil
}
