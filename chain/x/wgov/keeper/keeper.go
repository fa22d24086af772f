// Package keeper holds x/wgov's state and rules: the four voter classes, the dated class-weight
// schedule, community-representative elections, and the weighted tally that x/gov runs.
package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/store"
	"cosmossdk.io/log"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// Keeper is the x/wgov keeper.
type Keeper struct {
	cdc           codec.BinaryCodec
	authority     string
	stakingKeeper types.StakingKeeper
	computeKeeper types.ComputeKeeper
	bankKeeper    types.BankKeeper
	burner        types.Burner
	// govKeeper serves the live tally query (proposals, votes, gov params); x/gov's own tally
	// hands its keeper to CalculateVoteResultsAndVotingPower.
	govKeeper *govkeeper.Keeper

	Schema       collections.Schema
	Params       collections.Item[types.Params]
	Institutions collections.Map[string, types.Institution]
	Term         collections.Item[types.Term]
	// Representatives of the current term, by address.
	Representatives collections.Map[string, types.Representative]
	// Candidates of the election running in the current term (for the next one), each with its
	// bond and its votes (kept up to date as ballots arrive).
	Candidates collections.Map[string, types.Candidate]
	// Ballots by (term, voter): the current term's are the running election's; earlier terms'
	// count for nothing and are pruned a bounded number per block.
	Ballots collections.Map[collections.Pair[uint64, string], types.Ballot]
	// Tallies are the final per-class breakdowns, stored when x/gov tallies at voting end
	// (x/gov deletes the votes then, so they cannot be recomputed).
	Tallies collections.Map[uint64, types.TallyBreakdown]
}

// NewKeeper returns the x/wgov keeper. Every dependency is required: x/compute's records give
// the compute class its power, x/gov's keeper serves the live tally query (x/gov itself is built
// first, with a tally function that calls this keeper once the app is wired), the bank keeper
// holds nomination bonds in the wgov module account and the burner (x/emissions) burns forfeited ones.
func NewKeeper(cdc codec.BinaryCodec, storeService store.KVStoreService, authority string,
	sk types.StakingKeeper, ck types.ComputeKeeper, bk types.BankKeeper, burner types.Burner, gk *govkeeper.Keeper,
) *Keeper {
	if sk == nil || ck == nil || bk == nil || burner == nil || gk == nil {
		panic("x/wgov: NewKeeper needs the staking, compute, bank, burner and gov keepers")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := &Keeper{
		cdc: cdc, authority: authority, stakingKeeper: sk, computeKeeper: ck, bankKeeper: bk, burner: burner, govKeeper: gk,
		Params:       collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Institutions: collections.NewMap(sb, types.InstitutionsKey, "institutions", collections.StringKey, codec.CollValue[types.Institution](cdc)),
		Term:         collections.NewItem(sb, types.TermKey, "term", codec.CollValue[types.Term](cdc)),
		Representatives: collections.NewMap(sb, types.RepresentativesKey, "representatives", collections.StringKey,
			codec.CollValue[types.Representative](cdc)),
		Candidates: collections.NewMap(sb, types.CandidatesKey, "candidates", collections.StringKey, codec.CollValue[types.Candidate](cdc)),
		Ballots: collections.NewMap(sb, types.BallotsKey, "ballots", collections.PairKeyCodec(collections.Uint64Key, collections.StringKey),
			codec.CollValue[types.Ballot](cdc)),
		Tallies: collections.NewMap(sb, types.TalliesKey, "tallies", collections.Uint64Key, codec.CollValue[types.TallyBreakdown](cdc)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// GetAuthority returns the governance authority.
func (k *Keeper) GetAuthority() string { return k.authority }

// Logger returns the module logger.
func (k *Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

// GetParams returns the params.
func (k *Keeper) GetParams(ctx context.Context) (types.Params, error) { return k.Params.Get(ctx) }

func (k *Keeper) checkAuthority(authority string) error {
	if authority != k.authority {
		return types.ErrInvalidAuthority.Wrapf("expected %s, got %s", k.authority, authority)
	}
	return nil
}

// normalizeAddress parses a bech32 account address and returns its canonical string.
func normalizeAddress(what, s string) (string, error) {
	addr, err := sdk.AccAddressFromBech32(s)
	if err != nil {
		return "", types.ErrInvalidAddress.Wrapf("%s %q: %v", what, s, err)
	}
	return addr.String(), nil
}
