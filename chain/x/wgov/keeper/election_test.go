package keeper_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/testutil"
	"github.com/btt-chain/btt/chain/x/wgov/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// Terms of 10 days, nominations in the first 3, two seats.
func electionParams(gs *types.GenesisState) {
	gs.Params.TermDuration = 10 * 24 * time.Hour
	gs.Params.NominationPeriod = 3 * 24 * time.Hour
	gs.Params.Seats = 2
}

func TestElectionWindowsSeatsAndTermChange(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	f := setup(t, t0, electionParams)
	msgs := keeper.NewMsgServerImpl(f.k)
	q := keeper.NewQueryServerImpl(f.k)

	term, err := f.k.CurrentTerm(f.ctx)
	require.NoError(t, err)
	require.Equal(t, types.Term{Number: 1, Start: t0, End: t0.Add(10 * 24 * time.Hour), NominationEnd: t0.Add(3 * 24 * time.Hour)}, term)

	a, b, c := newAddr(), newAddr(), newAddr()
	day1 := f.at(t0.Add(24 * time.Hour))
	for _, cand := range []sdk.AccAddress{a, b, c} {
		f.fund(cand, btt(1_000))
		_, err := msgs.Nominate(day1, &types.MsgNominate{Candidate: cand.String(), Statement: "for the clinics"})
		require.NoError(t, err)
	}
	_, err = msgs.Nominate(day1, &types.MsgNominate{Candidate: a.String()})
	require.ErrorIs(t, err, types.ErrAlreadyCandidate)
	_, err = msgs.Nominate(day1, &types.MsgNominate{Candidate: "btt1notanaddress"})
	require.ErrorIs(t, err, types.ErrInvalidAddress)
	// Votes open only when nominations close.
	_, err = msgs.VoteRepresentative(day1, &types.MsgVoteRepresentative{Voter: f.operator.String(), Candidates: []string{a.String()}})
	require.ErrorIs(t, err, types.ErrVotingClosed)

	day4 := f.at(t0.Add(4 * 24 * time.Hour))
	_, err = msgs.Nominate(day4, &types.MsgNominate{Candidate: newAddr().String()})
	require.ErrorIs(t, err, types.ErrNominationClosed)

	h := f.holder(1_000_000)
	day4 = f.at(t0.Add(4 * 24 * time.Hour))
	bad := []struct {
		voter string
		names []string
		err   error
	}{
		{newAddr().String(), []string{a.String()}, types.ErrNoStake},
		{h.String(), []string{a.String(), b.String(), c.String()}, types.ErrInvalidBallot}, // 3 names, 2 seats
		{h.String(), []string{a.String(), a.String()}, types.ErrInvalidBallot},
		{h.String(), []string{newAddr().String()}, types.ErrInvalidBallot}, // not a candidate
		{h.String(), nil, types.ErrInvalidBallot},
	}
	for _, tc := range bad {
		_, err := msgs.VoteRepresentative(day4, &types.MsgVoteRepresentative{Voter: tc.voter, Candidates: tc.names})
		require.ErrorIs(t, err, tc.err, "%v", tc.names)
	}
	n, err := countBallots(f)
	require.NoError(t, err)
	require.Zero(t, n, "rejected ballots change nothing")

	// The operator (1M bonded) votes A and B; the holder (1M) first votes A, then replaces its
	// ballot with C and B. B: 2M; A and C: 1M each, a tie broken by address.
	_, err = msgs.VoteRepresentative(day4, &types.MsgVoteRepresentative{Voter: f.operator.String(), Candidates: []string{b.String(), a.String()}})
	require.NoError(t, err)
	_, err = msgs.VoteRepresentative(day4, &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{a.String()}})
	require.NoError(t, err)
	_, err = msgs.VoteRepresentative(day4, &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{c.String(), b.String()}})
	require.NoError(t, err)

	first, second := a, c
	if bytes.Compare([]byte(c.String()), []byte(a.String())) < 0 {
		first, second = c, a
	}
	el, err := q.Election(day4, &types.QueryElectionRequest{})
	require.NoError(t, err)
	require.True(t, el.VotingOpen)
	require.False(t, el.NominationOpen)
	require.Equal(t, uint32(2), el.Ballots)
	require.Len(t, el.Candidates, 3)
	require.Equal(t, []string{b.String(), first.String(), second.String()},
		[]string{el.Candidates[0].Candidate.Address, el.Candidates[1].Candidate.Address, el.Candidates[2].Candidate.Address})
	require.Equal(t, dec("2000000000000000000000000"), el.Candidates[0].Votes)
	require.Equal(t, el.Candidates[1].Votes, el.Candidates[2].Votes)

	// Term 1 ends: B and the tie's first address are seated for term 2; a new election opens.
	f.block(t0.Add(4 * 24 * time.Hour))
	res := f.block(t0.Add(10 * 24 * time.Hour))
	started := testutil.TypedEvents[*types.EventTermStarted](t, res.Events)
	require.Len(t, started, 1)
	require.Equal(t, uint64(2), started[0].Term)
	require.Len(t, started[0].Candidates, 2)
	el, err = q.Election(f.ctx, &types.QueryElectionRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), el.Term.Number)
	require.Equal(t, t0.Add(10*24*time.Hour), el.Term.Start)
	require.Empty(t, el.Candidates)
	require.Zero(t, el.Ballots)
	require.True(t, el.NominationOpen)
	require.ElementsMatch(t, []types.Representative{{Address: b.String(), Term: 2}, {Address: first.String(), Term: 2}}, el.Representatives)

	// Representatives are the community class: one vote each.
	powers, err := f.k.RepresentativePowers(f.ctx)
	require.NoError(t, err)
	require.Len(t, powers, 2)

	// Recall: governance only, representatives only.
	_, err = msgs.RecallRepresentative(f.ctx, &types.MsgRecallRepresentative{Authority: b.String(), Representative: b.String()})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)
	_, err = msgs.RecallRepresentative(f.ctx, &types.MsgRecallRepresentative{Authority: f.authority, Representative: second.String()})
	require.ErrorIs(t, err, types.ErrNotRepresentative)
	_, err = msgs.RecallRepresentative(f.ctx, &types.MsgRecallRepresentative{Authority: f.authority, Representative: b.String(), Reason: "conflict of interest"})
	require.NoError(t, err)
	has, err := f.k.Representatives.Has(f.ctx, b.String())
	require.NoError(t, err)
	require.False(t, has)

	// A term with no candidates seats nobody.
	f.block(t0.Add(20 * 24 * time.Hour))
	el, err = q.Election(f.ctx, &types.QueryElectionRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(3), el.Term.Number)
	require.Empty(t, el.Representatives)
	f.requireInvariants()
}

func TestSeatCountingTiesAreDeterministic(t *testing.T) {
	addrs := []string{"btt1c", "btt1a", "btt1b", "btt1d"}
	standing := []types.CandidateVotes{
		{Candidate: types.Candidate{Address: addrs[0]}, Votes: dec("5")},
		{Candidate: types.Candidate{Address: addrs[1]}, Votes: dec("5")},
		{Candidate: types.Candidate{Address: addrs[2]}, Votes: dec("7")},
		{Candidate: types.Candidate{Address: addrs[3]}, Votes: dec("5")},
	}
	keeper.SortStanding(standing)
	got := []string{}
	for _, s := range standing {
		got = append(got, s.Candidate.Address)
	}
	require.Equal(t, []string{"btt1b", "btt1a", "btt1c", "btt1d"}, got)
}

func countBallots(f *fixture) (int, error) {
	n := 0
	err := f.k.Ballots.Walk(f.ctx, nil, func(collections.Pair[uint64, string], types.Ballot) (bool, error) { n++; return false, nil })
	return n, err
}
