package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/btt-chain/btt/chain/x/wgov/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

func TestGovOnlyMessagesAndBadInput(t *testing.T) {
	f := setup(t, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), nil)
	msgs := keeper.NewMsgServerImpl(f.k)
	before, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.Len(t, before.Institutions, 5, "the allocation genesis seats the five institutions")

	outsider := newAddr().String()
	_, err = msgs.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: outsider, Params: types.DefaultParams()})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)
	_, err = msgs.SetInstitutions(f.ctx, &types.MsgSetInstitutions{Authority: outsider})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)

	badParams := types.DefaultParams()
	badParams.Schedule[0].Weights.Holders = dec("0.9")
	_, err = msgs.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: badParams})
	require.ErrorIs(t, err, types.ErrInvalidParams)

	a, b := newAddr().String(), newAddr().String()
	for _, list := range [][]types.Institution{
		{{Address: a, Weight: dec("1")}, {Address: a, Weight: dec("2")}},
		{{Address: a, Weight: dec("0")}},
		{{Address: "btt1bad", Weight: dec("1")}},
	} {
		_, err = msgs.SetInstitutions(f.ctx, &types.MsgSetInstitutions{Authority: f.authority, Institutions: list})
		require.ErrorIs(t, err, types.ErrInvalidInstitutions)
	}
	after, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.Equal(t, before, after, "rejected messages change nothing")

	ctx := f.at(f.ctx.BlockTime())
	_, err = msgs.SetInstitutions(ctx, &types.MsgSetInstitutions{Authority: f.authority, Institutions: []types.Institution{
		{Address: a, Weight: dec("3"), Name: "A"}, {Address: b, Weight: dec("1"), Name: "B"},
	}})
	require.NoError(t, err)
	require.NotEmpty(t, ctx.EventManager().Events())
	powers, err := f.k.InstitutionPowers(f.ctx)
	require.NoError(t, err)
	require.Len(t, powers, 2)
	require.Equal(t, dec("3"), powers[a])

	p := types.DefaultParams()
	p.Schedule = []types.ScheduleEntry{{StartTime: time.Unix(0, 0).UTC(), Weights: types.WeightsWithInstitutions(dec("0.5"))}}
	_, err = msgs.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: p})
	require.NoError(t, err)
	got, err := f.k.Params.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, p, got)

	sched, err := keeper.NewQueryServerImpl(f.k).Schedule(f.ctx, &types.QueryScheduleRequest{})
	require.NoError(t, err)
	require.Equal(t, dec("0.5"), sched.Current.Institutions)
	classes, err := keeper.NewQueryServerImpl(f.k).Classes(f.ctx, &types.QueryClassesRequest{})
	require.NoError(t, err)
	require.Len(t, classes.Classes, 4)
	require.Equal(t, dec("4"), classes.Classes[0].TotalPower)
	require.Len(t, classes.Classes[2].Members, 1, "one bonded validator")
}

func TestGenesisRoundTrip(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	f := setup(t, t0, electionParams)
	msgs := keeper.NewMsgServerImpl(f.k)
	cand := newAddr()
	f.fund(cand, btt(1_000))
	_, err := msgs.Nominate(f.at(t0.Add(time.Hour)), &types.MsgNominate{Candidate: cand.String(), Statement: "s"})
	require.NoError(t, err)
	h := f.holder(10)
	_, err = msgs.VoteRepresentative(f.at(t0.Add(4*24*time.Hour)), &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{cand.String()}})
	require.NoError(t, err)
	require.NoError(t, f.k.Representatives.Set(f.ctx, h.String(), types.Representative{Address: h.String(), Term: 1}))
	require.NoError(t, f.k.Tallies.Set(f.ctx, 7, types.TallyBreakdown{ProposalId: 7, Final: true, WeightsAt: t0,
		Weighted: types.ZeroOptionPowers(), Participation: dec("0"), Quorum: dec("0.334"), Threshold: dec("0.5"), VetoThreshold: dec("0.334")}))

	exported, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, exported.Validate())
	require.Len(t, exported.Candidates, 1)
	require.Len(t, exported.Ballots, 1)
	require.Len(t, exported.Tallies, 1)

	g := setup(t, t0, nil)
	for _, clear := range []func() error{
		func() error { return g.k.Institutions.Clear(g.ctx, nil) },
		func() error { return g.k.Representatives.Clear(g.ctx, nil) },
	} {
		require.NoError(t, clear())
	}
	require.NoError(t, g.k.InitGenesis(g.ctx, exported))
	again, err := g.k.ExportGenesis(g.ctx)
	require.NoError(t, err)
	require.Equal(t, exported, again)

	// Invalid genesis is refused.
	broken := *exported
	broken.Ballots = []types.Ballot{{Voter: h.String(), Candidates: []string{newAddr().String()}, Weight: dec("1"), Term: exported.Term.Number}}
	require.ErrorIs(t, g.k.InitGenesis(g.ctx, &broken), types.ErrInvalidGenesis)
	// A candidate's tally must be the sum of its current ballots' weights.
	broken = *exported
	broken.Candidates = []types.Candidate{exported.Candidates[0]}
	broken.Candidates[0].Votes = broken.Candidates[0].Votes.Add(dec("1"))
	require.ErrorIs(t, g.k.InitGenesis(g.ctx, &broken), types.ErrInvalidGenesis)
	// A ballot from a future term is refused; one from a past term waits to be pruned.
	broken = *exported
	broken.Ballots = []types.Ballot{exported.Ballots[0], {Voter: h.String(), Candidates: []string{newAddr().String()}, Weight: dec("1"), Term: exported.Term.Number + 1}}
	require.ErrorIs(t, g.k.InitGenesis(g.ctx, &broken), types.ErrInvalidGenesis)
	past := *exported
	past.Ballots = []types.Ballot{exported.Ballots[0], {Voter: h.String(), Candidates: []string{newAddr().String()}, Weight: dec("1"), Term: exported.Term.Number - 1}}
	require.NoError(t, past.Validate())
}
