package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/testutil"
	"github.com/btt-chain/btt/chain/tokenomics"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/keeper"
	"github.com/btt-chain/btt/chain/x/wgov/types"
)

var hardT0 = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// nominateN nominates n funded candidates on day 1 and returns them.
func nominateN(t *testing.T, f *fixture, n int) []sdk.AccAddress {
	t.Helper()
	msgs := keeper.NewMsgServerImpl(f.k)
	var out []sdk.AccAddress
	for i := 0; i < n; i++ {
		c := newAddr()
		f.fund(c, btt(1_000))
		_, err := msgs.Nominate(f.at(hardT0.Add(24*time.Hour)), &types.MsgNominate{Candidate: c.String(), Statement: "s"})
		require.NoError(t, err)
		out = append(out, c)
	}
	return out
}

// voteGas is the gas one ballot naming one candidate costs with n candidates standing.
func voteGas(t *testing.T, n int) uint64 {
	f := setup(t, hardT0, electionParams)
	cands := nominateN(t, f, n)
	h := f.holder(1_000)
	ctx := f.at(hardT0.Add(4 * 24 * time.Hour)).WithGasMeter(storetypes.NewInfiniteGasMeter())
	_, err := keeper.NewMsgServerImpl(f.k).VoteRepresentative(ctx, &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{cands[0].String()}})
	require.NoError(t, err)
	return ctx.GasMeter().GasConsumed()
}

// A ballot touches only the candidates it names: its gas does not grow with the number of candidates.
func TestVoteCostDoesNotGrowWithCandidates(t *testing.T) {
	few, many := voteGas(t, 3), voteGas(t, int(types.DefaultMaxCandidates)-2)
	require.InDelta(t, float64(few), float64(many), 500, "vote gas with 3 candidates %d, with 48 candidates %d", few, many)
}

// termEndGas is the gas the term-end count costs with n ballots cast.
func termEndGas(t *testing.T, n int) uint64 {
	f := setup(t, hardT0, electionParams)
	cands := nominateN(t, f, 2)
	msgs := keeper.NewMsgServerImpl(f.k)
	for i := 0; i < n; i++ {
		h := f.holder(10)
		_, err := msgs.VoteRepresentative(f.at(hardT0.Add(4*24*time.Hour)), &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{cands[i%2].String()}})
		require.NoError(t, err)
	}
	ctx := f.at(hardT0.Add(10 * 24 * time.Hour)).WithGasMeter(storetypes.NewInfiniteGasMeter())
	require.NoError(t, f.k.AdvanceTerm(ctx))
	term, err := f.k.CurrentTerm(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(2), term.Number)
	return ctx.GasMeter().GasConsumed()
}

// The term-end count reads the tallies kept as votes arrive: its work does not grow with the ballots.
func TestTermEndCostDoesNotGrowWithBallots(t *testing.T) {
	few, many := termEndGas(t, 4), termEndGas(t, 60)
	require.InDelta(t, float64(few), float64(many), 500, "term-end gas with 4 ballots %d, with 60 ballots %d", few, many)
}

// Nominating costs a bond: an account without it cannot nominate itself, and the bond leaves the candidate's balance.
func TestNominationNeedsBond(t *testing.T) {
	f := setup(t, hardT0, electionParams)
	msgs := keeper.NewMsgServerImpl(f.k)
	day1 := f.at(hardT0.Add(24 * time.Hour))
	poor := newAddr()
	_, err := msgs.Nominate(day1, &types.MsgNominate{Candidate: poor.String()})
	require.ErrorIs(t, err, types.ErrBond, "an account that cannot pay the bond cannot nominate")
	rich := newAddr()
	f.fund(rich, btt(1_000))
	before := f.app.BankKeeper.GetBalance(f.ctx, rich, tokenomics.BaseDenom).Amount
	_, err = msgs.Nominate(day1, &types.MsgNominate{Candidate: rich.String()})
	require.NoError(t, err)
	after := f.app.BankKeeper.GetBalance(f.ctx, rich, tokenomics.BaseDenom).Amount
	require.True(t, after.LT(before), "the bond is taken: before %s, after %s", before, after)
	require.Equal(t, before.Sub(types.DefaultNominationBond), after)
	c, err := f.k.Candidates.Get(f.ctx, rich.String())
	require.NoError(t, err)
	require.Equal(t, types.DefaultNominationBond, c.Bond)
	require.Equal(t, types.DefaultNominationBond, f.app.BankKeeper.GetBalance(f.ctx, authtypes.NewModuleAddress(types.ModuleName), tokenomics.BaseDenom).Amount)
}

// The number of candidates is capped.
func TestCandidateCap(t *testing.T) {
	f := setup(t, hardT0, electionParams)
	msgs := keeper.NewMsgServerImpl(f.k)
	day1 := f.at(hardT0.Add(24 * time.Hour))
	var err error
	for i := 0; i < 1000 && err == nil; i++ {
		c := newAddr()
		f.fund(c, btt(1_000))
		_, err = msgs.Nominate(day1, &types.MsgNominate{Candidate: c.String()})
	}
	require.Error(t, err, "1000 nominations all accepted: no candidate cap")
	require.ErrorIs(t, err, types.ErrTooManyCandidates)
	el, err := keeper.NewQueryServerImpl(f.k).Election(f.ctx, &types.QueryElectionRequest{})
	require.NoError(t, err)
	require.Len(t, el.Candidates, int(types.DefaultMaxCandidates))
}

// At the term's end a seated candidate and one that reached bond_refund_votes get their bond back;
// the others' bonds are burned through x/emissions (balances + burned stays 210M BTT).
func TestBondsRefundedOrBurnedAtTermEnd(t *testing.T) {
	f := setup(t, hardT0, func(gs *types.GenesisState) {
		electionParams(gs)
		gs.Params.Seats = 1
		gs.Params.BondRefundVotes = btt(500)
	})
	cands := nominateN(t, f, 3) // seated, refunded (600 BTT of votes, not seated), burned (100 BTT)
	msgs := keeper.NewMsgServerImpl(f.k)
	day4 := hardT0.Add(4 * 24 * time.Hour)
	for i, stake := range []int64{1_000, 600, 100} {
		h := f.holder(stake)
		_, err := msgs.VoteRepresentative(f.at(day4), &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{cands[i].String()}})
		require.NoError(t, err)
	}
	bal := func(a sdk.AccAddress) sdkmath.Int {
		return f.app.BankKeeper.GetBalance(f.ctx, a, tokenomics.BaseDenom).Amount
	}
	before := []sdkmath.Int{bal(cands[0]), bal(cands[1]), bal(cands[2])}
	burned := func() sdkmath.Int {
		b, _ := f.app.EmissionsKeeper.Burned.Get(f.ctx)
		if b.IsNil() {
			return sdkmath.ZeroInt()
		}
		return b
	}
	burnedBefore := burned()
	f.block(day4)
	res := f.block(hardT0.Add(10 * 24 * time.Hour))
	burnedEvs := testutil.TypedEvents[*types.EventNominationBondBurned](t, res.Events)
	refundedEvs := testutil.TypedEvents[*types.EventNominationBondRefunded](t, res.Events)
	require.Len(t, burnedEvs, 1)
	require.Len(t, refundedEvs, 2)
	require.Equal(t, cands[2].String(), burnedEvs[0].Candidate)
	require.Equal(t, types.DefaultNominationBond, burnedEvs[0].Bond)
	bond := types.DefaultNominationBond
	require.Equal(t, before[0].Add(bond), bal(cands[0]), "seated: refunded")
	require.Equal(t, before[1].Add(bond), bal(cands[1]), "enough votes: refunded")
	require.Equal(t, before[2], bal(cands[2]), "too few votes: burned")
	require.Equal(t, burnedBefore.Add(bond), burned())
	require.True(t, bal(authtypes.NewModuleAddress(types.ModuleName)).IsZero(), "no bond left in the module")
	msg, broken := emissionskeeper.FixedSupplyInvariant(f.app.EmissionsKeeper)(f.ctx)
	require.False(t, broken, msg)
	reps, err := keeper.NewQueryServerImpl(f.k).Election(f.ctx, &types.QueryElectionRequest{})
	require.NoError(t, err)
	require.Equal(t, []types.Representative{{Address: cands[0].String(), Term: 2}}, reps.Representatives)
	f.requireInvariants()
}

// A ballot's weight is the voter's bonded stake, kept up to date when the voter's delegations
// change: stake unbonded after voting stops counting (it cannot be moved and counted twice).
func TestBallotWeightFollowsDelegations(t *testing.T) {
	f := setup(t, hardT0, electionParams)
	cands := nominateN(t, f, 1)
	msgs := keeper.NewMsgServerImpl(f.k)
	f.block(hardT0.Add(4 * 24 * time.Hour))
	h := f.holder(1_000)
	_, err := msgs.VoteRepresentative(f.ctx, &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{cands[0].String()}})
	require.NoError(t, err)
	votes := func() sdkmath.LegacyDec {
		c, err := f.k.Candidates.Get(f.ctx, cands[0].String())
		require.NoError(t, err)
		return c.Votes
	}
	require.Equal(t, sdkmath.LegacyNewDecFromInt(btt(1_000)), votes())
	f.fund(h, btt(500))
	f.delegate(h, btt(500))
	require.Equal(t, sdkmath.LegacyNewDecFromInt(btt(1_500)), votes(), "a new delegation adds to the ballot")
	sm := stakingkeeper.NewMsgServerImpl(f.app.StakingKeeper)
	val := sdk.ValAddress(f.operator).String()
	_, err = sm.Undelegate(f.ctx, &stakingtypes.MsgUndelegate{DelegatorAddress: h.String(), ValidatorAddress: val,
		Amount: sdk.NewCoin(tokenomics.BaseDenom, btt(1_200))})
	require.NoError(t, err)
	require.Equal(t, sdkmath.LegacyNewDecFromInt(btt(300)), votes(), "a partial unbond is taken off")
	_, err = sm.Undelegate(f.ctx, &stakingtypes.MsgUndelegate{DelegatorAddress: h.String(), ValidatorAddress: val,
		Amount: sdk.NewCoin(tokenomics.BaseDenom, btt(300))})
	require.NoError(t, err)
	require.True(t, votes().IsZero(), "an unbonded voter's ballot weighs nothing")
	f.requireInvariants()
}

// Past elections' ballots are pruned, at most max_ballot_prunes_per_block per block.
func TestPastBallotsPrunedPerBlock(t *testing.T) {
	f := setup(t, hardT0, func(gs *types.GenesisState) {
		electionParams(gs)
		gs.Params.MaxBallotPrunesPerBlock = 2
	})
	cands := nominateN(t, f, 1)
	msgs := keeper.NewMsgServerImpl(f.k)
	for i := 0; i < 5; i++ {
		h := f.holder(10)
		_, err := msgs.VoteRepresentative(f.at(hardT0.Add(4*24*time.Hour)), &types.MsgVoteRepresentative{Voter: h.String(), Candidates: []string{cands[0].String()}})
		require.NoError(t, err)
	}
	f.block(hardT0.Add(4 * 24 * time.Hour))
	for i, want := range []int{3, 1, 0, 0} {
		f.block(hardT0.Add(10*24*time.Hour + time.Duration(i)*time.Second))
		n, err := countBallots(f)
		require.NoError(t, err)
		require.Equal(t, want, n, "block %d after the term's end", i)
	}
	f.requireInvariants()
}
