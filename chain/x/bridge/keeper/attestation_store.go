package keeper

import (
	"context"
	"slices"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// attestationStore is one event-nonce sequence of attestations: the Ethereum one (Attestations, EventNonces,
// LastObservedNonce) or the Polkadot one (Polkadot.Attestations, …). The rules of README "Attestations" —
// contiguous nonces per validator, duplicate and conflicting claims, quorum by bonded power, observation in
// nonce order, pruning — are written once here for both; each sequence keeps its own collections, so the
// stored keys and bytes are unchanged. A is the stored attestation type.
type attestationStore[A any] struct {
	atts         collections.Map[collections.Pair[uint64, string], A]
	nonces       collections.Map[string, uint64]
	lastObserved collections.Item[uint64]
	// side names the sequence in error messages ("" or "Polkadot ").
	side        string
	slashReason string
	votes       func(*A) *[]string
	claimHash   func(*A) string
	observed    func(*A) bool
	claimEvent  func(nonce uint64, hash, validator string) proto.Message
	// observe marks an attestation observed and applies its claim.
	observe func(context.Context, A) error
}

func (k Keeper) ethAttestations() attestationStore[types.Attestation] {
	return attestationStore[types.Attestation]{
		atts: k.Attestations, nonces: k.EventNonces, lastObserved: k.LastObservedNonce,
		side: "", slashReason: types.SlashConflictingClaim,
		votes:     func(a *types.Attestation) *[]string { return &a.Votes },
		claimHash: func(a *types.Attestation) string { return a.ClaimHash },
		observed:  func(a *types.Attestation) bool { return a.Observed },
		claimEvent: func(nonce uint64, hash, validator string) proto.Message {
			return &types.EventClaim{EventNonce: nonce, ClaimHash: hash, Validator: validator}
		},
		observe: k.observe,
	}
}

func (k Keeper) polkadotAttestations() attestationStore[types.PolkadotAttestation] {
	s := k.Polkadot
	return attestationStore[types.PolkadotAttestation]{
		atts: s.Attestations, nonces: s.EventNonces, lastObserved: s.LastObservedNonce,
		side: "Polkadot ", slashReason: types.SlashConflictingPolkadotClaim,
		votes:     func(a *types.PolkadotAttestation) *[]string { return &a.Votes },
		claimHash: func(a *types.PolkadotAttestation) string { return a.ClaimHash },
		observed:  func(a *types.PolkadotAttestation) bool { return a.Observed },
		claimEvent: func(nonce uint64, hash, validator string) proto.Message {
			return &types.EventPolkadotClaim{EventNonce: nonce, ClaimHash: hash, Validator: validator}
		},
		observe: k.observePolkadot,
	}
}

// voteOf returns the claim hash validator attested for an event nonce, if any.
func (s attestationStore[A]) voteOf(ctx context.Context, nonce uint64, validator string) (string, bool, error) {
	hash, found := "", false
	err := s.atts.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](nonce),
		func(_ collections.Pair[uint64, string], a A) (bool, error) {
			if slices.Contains(*s.votes(&a), validator) {
				hash, found = s.claimHash(&a), true
				return true, nil
			}
			return false, nil
		})
	return hash, found, err
}

// record adds a bonded validator's vote for the claim (event nonce, hash) — fresh makes its attestation if it is
// the first vote — then observes what reached a quorum. A claim the validator already made is a duplicate; a
// different claim for a nonce it attested slashes it (response conflicting); a nonce other than its last + 1 is
// refused.
func (s attestationStore[A]) record(ctx context.Context, k Keeper, val stakingtypes.Validator, nonce uint64, hash string,
	fresh func(height int64) A,
) (*types.MsgClaimResponse, error) {
	validator := val.GetOperator()
	last, err := s.nonces.Get(ctx, validator)
	if err != nil && !errorsmod.IsOf(err, collections.ErrNotFound) {
		return nil, err
	}
	if nonce <= last {
		voted, found, err := s.voteOf(ctx, nonce, validator)
		if err != nil {
			return nil, err
		}
		if found && voted == hash {
			return nil, errorsmod.Wrapf(types.ErrDuplicateClaim, "%s already attested %sevent %d with this claim", validator, s.side, nonce)
		}
		if found {
			// Two different claims for one event: the validator's orchestrator lied once.
			if err := k.slashAndJail(ctx, val, s.slashReason, nonce, k.GetParams(ctx).SlashFractionConflictingClaim); err != nil {
				return nil, err
			}
			return &types.MsgClaimResponse{Conflicting: true}, nil
		}
	}
	if nonce != last+1 {
		return nil, errorsmod.Wrapf(types.ErrNonContiguousEventNonce, "%s's last attested %sevent nonce is %d; expected %d, got %d",
			validator, s.side, last, last+1, nonce)
	}
	key := collections.Join(nonce, hash)
	att, err := s.atts.Get(ctx, key)
	if err != nil {
		if !errorsmod.IsOf(err, collections.ErrNotFound) {
			return nil, err
		}
		att = fresh(sdk.UnwrapSDKContext(ctx).BlockHeight())
	}
	votes := s.votes(&att)
	*votes = append(*votes, validator)
	if err := s.atts.Set(ctx, key, att); err != nil {
		return nil, err
	}
	if err := s.nonces.Set(ctx, validator, nonce); err != nil {
		return nil, err
	}
	k.emit(ctx, s.claimEvent(nonce, hash, validator))
	if err := s.process(ctx, k); err != nil {
		return nil, err
	}
	att, err = s.atts.Get(ctx, key)
	if err != nil {
		return nil, err
	}
	return &types.MsgClaimResponse{Observed: s.observed(&att)}, nil
}

// process observes, in event-nonce order, every attestation that follows the last observed nonce and has a
// quorum (after a claim and in EndBlock, as powers change).
func (s attestationStore[A]) process(ctx context.Context, k Keeper) error {
	for {
		next := getOr(ctx, s.lastObserved) + 1
		var winner *A
		err := s.atts.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](next),
			func(_ collections.Pair[uint64, string], a A) (bool, error) {
				ok, err := k.votesHaveQuorum(ctx, *s.votes(&a))
				if err != nil {
					return true, err
				}
				if ok {
					winner = &a
					return true, nil
				}
				return false, nil
			})
		if err != nil {
			return err
		}
		if winner == nil {
			return nil
		}
		if err := s.observe(ctx, *winner); err != nil {
			return err
		}
	}
}

// prune deletes the attestations more than kept nonces below the last observed one.
func (s attestationStore[A]) prune(ctx context.Context, kept uint64) error {
	last := getOr(ctx, s.lastObserved)
	if last <= kept {
		return nil
	}
	return s.atts.Clear(ctx, new(collections.Range[collections.Pair[uint64, string]]).EndExclusive(collections.Join(last-kept+1, "")))
}

// votesHaveQuorum says whether the bonded, unjailed voters hold at least 2/3 of the last total bonded power.
func (k Keeper) votesHaveQuorum(ctx context.Context, votes []string) (bool, error) {
	total, err := k.staking.GetLastTotalPower(ctx)
	if err != nil || !total.IsPositive() {
		return false, err
	}
	voted := sdkmath.ZeroInt()
	for _, v := range votes {
		if _, bonded := k.bondedValidator(ctx, v); bonded {
			voted = voted.AddRaw(k.lastPower(ctx, v))
		}
	}
	return voted.MulRaw(3).GTE(total.MulRaw(2)), nil
}
