package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"cosmossdk.io/collections"
	"github.com/cosmos/cosmos-sdk/runtime"
	sdk "github.com/cosmos/cosmos-sdk/types"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"

	"github.com/btt-chain/btt/chain/tokenomics"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	"github.com/btt-chain/btt/chain/x/wgov/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// Two proposals with the same votes: a holder with 2M BTT bonded votes yes, the validator
// operator (China Oral: 1M bonded, institution weight 10 of the class's 19) votes no. Holders
// alone pass both (yes 2/3). Proposal A's voting ends in 2027 (institutions 40%, holders 30%),
// B's in 2028 (20% / 40%); compute and community are empty and hand their weight on.
//
//	A: effective institutions 4/7, holders 3/7. yes = 3/7·2/3 = 2/7; no = 4/7·10/19 + 3/7·1/3 = 59/133;
//	   yes ÷ (yes + no) = 38/97 = 0.392 ≤ 0.5: rejected.
//	B: effective 1/3, 2/3. yes = 2/3·2/3 = 4/9; no = 1/3·10/19 + 2/3·1/3 = 204/513;
//	   yes ÷ (yes + no) = 228/432 = 0.528 > 0.5: passes, and its MsgUpdateParams executes.
func TestWeightedTallyInstitutionsOutvoteHoldersAndScheduleSwitch(t *testing.T) {
	// Voting period 1 minute: A ends 2027-12-31T23:59:40, B 2028-01-01T00:00:05.
	t0 := time.Date(2027, 12, 31, 23, 58, 40, 0, time.UTC)
	f := setup(t, t0, nil)
	h := f.holder(2_000_000)

	idA := f.propose(h)
	f.vote(idA, h, govv1.OptionYes)
	f.vote(idA, f.operator, govv1.OptionNo)

	f.block(t0.Add(25 * time.Second))
	newParams := types.DefaultParams()
	newParams.Seats = 3
	idB := f.propose(h, &types.MsgUpdateParams{Authority: f.authority, Params: newParams})
	f.vote(idB, h, govv1.OptionYes)
	f.vote(idB, f.operator, govv1.OptionNo)

	// Live tallies (still 2027 at this block): B already counts with the weights at its voting end.
	liveA, liveB := f.tally(idA), f.tally(idB)
	require.False(t, liveA.Final)
	require.False(t, liveA.Passes, liveA.Outcome)
	require.True(t, liveB.Passes, liveB.Outcome)
	require.Equal(t, dec("0.4"), row(liveA, types.VOTER_CLASS_INSTITUTIONS).Weight)
	require.Equal(t, dec("0.2"), row(liveB, types.VOTER_CLASS_INSTITUTIONS).Weight)
	// The live query changed nothing: the votes are still there.
	has, err := f.app.GovKeeper.Votes.Has(f.ctx, collections.Join(idA, h))
	require.NoError(t, err)
	require.True(t, has)

	// Holders alone would pass A: yes 2M of 3M bonded.
	holders := row(liveA, types.VOTER_CLASS_HOLDERS)
	require.Equal(t, sdkmath.LegacyNewDecFromInt(btt(3_000_000)), holders.TotalPower)
	requireNear(t, frac(2, 3), holders.Fractions.Yes, "holders yes")
	requireNear(t, frac(1, 3), holders.Fractions.No, "holders no")
	require.Equal(t, uint32(2), holders.Voters)
	inst := row(liveA, types.VOTER_CLASS_INSTITUTIONS)
	require.Equal(t, dec("19"), inst.TotalPower)
	requireNear(t, frac(10, 19), inst.Fractions.No, "institutions no")
	require.Equal(t, uint32(1), inst.Voters)
	requireNear(t, frac(4, 7), inst.EffectiveWeight, "A institutions effective weight")
	require.True(t, row(liveA, types.VOTER_CLASS_COMPUTE).EffectiveWeight.IsZero())
	require.True(t, row(liveA, types.VOTER_CLASS_COMMUNITY).EffectiveWeight.IsZero())
	requireNear(t, frac(2, 7), liveA.Weighted.Yes, "A weighted yes")
	requireNear(t, frac(59, 133), liveA.Weighted.No, "A weighted no")
	requireNear(t, frac(4, 9), liveB.Weighted.Yes, "B weighted yes")
	requireNear(t, frac(204, 513), liveB.Weighted.No, "B weighted no")

	// Both voting periods end; x/gov tallies through x/wgov.
	f.block(t0.Add(2 * time.Minute))
	require.Equal(t, govv1.StatusRejected, f.status(idA))
	require.Equal(t, govv1.StatusPassed, f.status(idB))
	p, err := f.k.Params.Get(f.ctx)
	require.NoError(t, err)
	require.Equal(t, uint32(3), p.Seats, "the passed proposal's MsgUpdateParams executed")

	finalA, finalB := f.tally(idA), f.tally(idB)
	require.True(t, finalA.Final)
	require.True(t, finalB.Final)
	require.False(t, finalA.Passes)
	require.True(t, finalB.Passes)
	require.Contains(t, finalA.Outcome, "does not exceed the threshold")
	requireNear(t, frac(2, 7), finalA.Weighted.Yes, "final A weighted yes")

	// x/gov's own tally result holds the weighted fractions scaled by the bonded tokens.
	propA, err := f.app.GovKeeper.Proposals.Get(f.ctx, idA)
	require.NoError(t, err)
	yesCount, ok := sdkmath.NewIntFromString(propA.FinalTallyResult.YesCount)
	require.True(t, ok)
	want := frac(2, 7).MulInt(btt(3_000_000)).TruncateInt()
	require.True(t, yesCount.Sub(want).Abs().LT(btt(1)), "gov yes count %s, want ≈ %s", yesCount, want)
	f.requireInvariants()
}

// The validator operator is an institution, a holder and (here) a representative: one vote
// counts in each class with that class's power.
func TestOneAddressCountsInEveryClassItBelongsTo(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	f := setup(t, t0, nil)
	require.NoError(t, f.k.Representatives.Set(f.ctx, f.operator.String(), types.Representative{Address: f.operator.String(), Term: 1}))
	other := f.holder(1_000_000)
	require.NoError(t, f.k.Representatives.Set(f.ctx, other.String(), types.Representative{Address: other.String(), Term: 1}))

	id := f.propose(other)
	f.vote(id, f.operator, govv1.OptionYes)
	b := f.tally(id)
	inst, holders, community := row(b, types.VOTER_CLASS_INSTITUTIONS), row(b, types.VOTER_CLASS_HOLDERS), row(b, types.VOTER_CLASS_COMMUNITY)
	requireNear(t, frac(10, 19), inst.Fractions.Yes, "institutions")
	requireNear(t, frac(1, 1), holders.Fractions.Yes, "holders: the validator votes for the 2M bonded to it")
	require.Equal(t, dec("2"), community.TotalPower)
	require.Equal(t, dec("1"), community.Votes.Yes)
	require.Equal(t, uint32(1), inst.Voters)
	require.Equal(t, uint32(1), holders.Voters)
	require.Equal(t, uint32(1), community.Voters)
	// 2026: institutions .5, holders .25, community 1/14; compute is empty.
	withPower := dec("0.5").Add(dec("0.25")).Add(dec("0.071428571428571429"))
	requireNear(t, dec("0.5").Quo(withPower), inst.EffectiveWeight, "institutions effective weight")
	require.True(t, b.Passes, b.Outcome)

	// A delegator's own vote replaces its validator's for its shares.
	f.vote(id, other, govv1.OptionNo)
	b = f.tally(id)
	holders = row(b, types.VOTER_CLASS_HOLDERS)
	requireNear(t, frac(1, 2), holders.Fractions.Yes, "operator's own 1M")
	requireNear(t, frac(1, 2), holders.Fractions.No, "delegator's 1M")
	require.Equal(t, uint32(2), holders.Voters)
	require.Equal(t, uint32(2), row(b, types.VOTER_CLASS_COMMUNITY).Voters)
}

func TestComputeClassCountsTheLastEpochs(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	f := setup(t, t0, func(gs *types.GenesisState) { gs.Params.ComputeEpochs = 2 })
	nodeA, nodeB := newAddr(), newAddr()
	fc := fakeCompute{current: 5, records: map[int64][]emissionstypes.NodeEpochRecord{
		3: {{Operator: nodeA.String(), ComputeUnits: 1000}}, // outside the 2-epoch window
		4: {{Operator: nodeA.String(), ComputeUnits: 30}, {Operator: nodeB.String(), ComputeUnits: 10}},
		5: {{Operator: nodeA.String(), ComputeUnits: 30}, {Operator: nodeB.String(), ComputeUnits: 0}},
	}}
	// A keeper over the app's wgov store with x/compute replaced by the fake records.
	k := keeper.NewKeeper(f.app.AppCodec(), runtime.NewKVStoreService(f.app.GetKey(types.StoreKey)), f.authority,
		f.app.StakingKeeper, fc, f.app.BankKeeper, f.app.EmissionsKeeper, &f.app.GovKeeper)
	powers, err := k.ComputePowers(f.ctx)
	require.NoError(t, err)
	require.Equal(t, dec("60"), powers[nodeA.String()])
	require.Equal(t, dec("10"), powers[nodeB.String()])

	f.fund(nodeB, btt(100))
	id := f.propose(nodeB)
	f.vote(id, nodeB, govv1.OptionYes)
	p, err := f.app.GovKeeper.Proposals.Get(f.ctx, id)
	require.NoError(t, err)
	b, err := k.LiveTally(f.ctx, p)
	require.NoError(t, err)
	compute := row(b, types.VOTER_CLASS_COMPUTE)
	require.Equal(t, dec("70"), compute.TotalPower)
	requireNear(t, frac(1, 7), compute.Fractions.Yes, "node B's 10 of 70 units")
	require.True(t, compute.EffectiveWeight.IsPositive())
	require.True(t, row(b, types.VOTER_CLASS_HOLDERS).Votes.Yes.IsZero(), "node B has no stake")
}

func TestTallyQueryErrors(t *testing.T) {
	f := setup(t, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), nil)
	_, err := keeper.NewQueryServerImpl(f.k).Tally(f.ctx, &types.QueryTallyRequest{ProposalId: 42})
	require.ErrorIs(t, err, types.ErrProposalNotFound)

	// A proposal still in its deposit period has no tally yet.
	h := f.holder(1)
	res, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).SubmitProposal(f.ctx, &govv1.MsgSubmitProposal{
		Proposer: h.String(), Title: "t", Summary: "s", Metadata: "m",
		InitialDeposit: sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, btt(1))), // below the 10 BTT minimum
	})
	require.NoError(t, err)
	require.Equal(t, govv1.StatusDepositPeriod, f.status(res.ProposalId))
	_, err = keeper.NewQueryServerImpl(f.k).Tally(f.ctx, &types.QueryTallyRequest{ProposalId: res.ProposalId})
	require.ErrorIs(t, err, types.ErrNoTally)
}

// An expedited proposal that fails at its expedited end becomes a regular one: the tally query
// then stays live (the stored expedited tally is not final), and the final tally comes at the
// regular end. Here only a holder votes, so the weighted participation misses the quorum:
// holders 2/3 yes × effective weight 1/3 (2026: institutions .5 and holders .25 share the weight
// of the empty compute and community classes) = 0.222 < 0.334.
func TestExpeditedProposalAndQuorumFailure(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC) // expedited 30 s, regular 1 minute
	f := setup(t, t0, nil)
	h := f.holder(2_000_000)
	params, err := f.app.GovKeeper.Params.Get(f.ctx)
	require.NoError(t, err)
	res, err := govkeeper.NewMsgServerImpl(&f.app.GovKeeper).SubmitProposal(f.ctx, &govv1.MsgSubmitProposal{
		InitialDeposit: params.ExpeditedMinDeposit, Proposer: h.String(), Title: "t", Summary: "s", Metadata: "m", Expedited: true,
	})
	require.NoError(t, err)
	id := res.ProposalId

	f.block(t0.Add(31 * time.Second))
	require.Equal(t, govv1.StatusVotingPeriod, f.status(id), "converted to a regular proposal")
	stored, err := f.k.Tallies.Get(f.ctx, id)
	require.NoError(t, err)
	require.False(t, stored.Final)
	f.vote(id, h, govv1.OptionYes)
	live := f.tally(id)
	require.False(t, live.Final)
	require.Equal(t, uint32(1), row(live, types.VOTER_CLASS_HOLDERS).Voters, "the live tally counts the new vote")

	f.block(t0.Add(2 * time.Minute))
	require.Equal(t, govv1.StatusRejected, f.status(id))
	final := f.tally(id)
	require.True(t, final.Final)
	require.False(t, final.QuorumReached)
	requireNear(t, frac(2, 9), final.Participation, "participation")
	require.Contains(t, final.Outcome, "below the quorum")
}
