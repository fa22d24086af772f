package keeper

import (
	"context"
	"sort"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// classPowers is each member's power in the three member-list classes (the holders class is
// computed from delegations at tally time).
type classPowers struct {
	institutions map[string]math.LegacyDec
	compute      map[string]math.LegacyDec
	community    map[string]math.LegacyDec
}

func sumPowers(m map[string]math.LegacyDec) math.LegacyDec {
	total := math.LegacyZeroDec()
	for _, keyAddr := range sortedKeys(m) {
		total = total.Add(m[keyAddr])
	}
	return total
}

func sortedKeys(m map[string]math.LegacyDec) []string {
	keys := make([]string, 0, len(m))
	for a := range m {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	return keys
}

// InstitutionPowers is each institution's in-class weight.
func (k *Keeper) InstitutionPowers(ctx context.Context) (map[string]math.LegacyDec, error) {
	out := map[string]math.LegacyDec{}
	err := k.Institutions.Walk(ctx, nil, func(addr string, in types.Institution) (bool, error) {
		out[addr] = in.Weight
		return false, nil
	})
	return out, err
}

// ComputePowers is each node operator's verified compute units over the last params.compute_epochs
// epochs of x/compute, the current one so far included. These are the units x/compute credits in
// its records, the same x/emissions pays: only those paid for at x/compute's
// min_paid_price_per_unit or more, so tasks a node pays to itself at a token price earn no power.
func (k *Keeper) ComputePowers(ctx context.Context) (map[string]math.LegacyDec, error) {
	out := map[string]math.LegacyDec{}
	if k.computeKeeper == nil {
		return out, nil
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	current := k.computeKeeper.CurrentEpoch(ctx)
	for e := current; e > current-int64(params.ComputeEpochs) && e >= 0; e-- {
		records, err := k.computeKeeper.ComputeRecords(ctx, e)
		if err != nil {
			return nil, err
		}
		for _, r := range records {
			if r.ComputeUnits == 0 {
				continue
			}
			units := math.LegacyNewDecFromInt(math.NewIntFromUint64(r.ComputeUnits))
			if cur, ok := out[r.Operator]; ok {
				units = units.Add(cur)
			}
			out[r.Operator] = units
		}
	}
	return out, nil
}

// RepresentativePowers gives each seated representative one vote.
func (k *Keeper) RepresentativePowers(ctx context.Context) (map[string]math.LegacyDec, error) {
	out := map[string]math.LegacyDec{}
	err := k.Representatives.Walk(ctx, nil, func(addr string, _ types.Representative) (bool, error) {
		out[addr] = math.LegacyOneDec()
		return false, nil
	})
	return out, err
}

func (k *Keeper) loadClassPowers(ctx context.Context) (classPowers, error) {
	var p classPowers
	var err error
	if p.institutions, err = k.InstitutionPowers(ctx); err != nil {
		return p, err
	}
	if p.compute, err = k.ComputePowers(ctx); err != nil {
		return p, err
	}
	p.community, err = k.RepresentativePowers(ctx)
	return p, err
}

// BondedStake is the tokens addr has delegated to bonded validators (its stake in elections).
func (k *Keeper) BondedStake(ctx context.Context, addr sdk.AccAddress) (math.LegacyDec, error) {
	return k.bondedStake(ctx, addr, nil)
}

// bondedStake is BondedStake leaving out the delegation to `skip` (nil: none).
func (k *Keeper) bondedStake(ctx context.Context, addr sdk.AccAddress, skip sdk.ValAddress) (math.LegacyDec, error) {
	total := math.LegacyZeroDec()
	var inner error
	err := k.stakingKeeper.IterateDelegations(ctx, addr, func(_ int64, d stakingtypes.DelegationI) bool {
		valAddr, err := k.stakingKeeper.ValidatorAddressCodec().StringToBytes(d.GetValidatorAddr())
		if err != nil {
			inner = err
			return true
		}
		if skip != nil && skip.Equals(sdk.ValAddress(valAddr)) {
			return false
		}
		val, err := k.stakingKeeper.GetValidator(ctx, valAddr)
		if err != nil {
			inner = err
			return true
		}
		if val.IsBonded() && val.DelegatorShares.IsPositive() {
			total = total.Add(d.GetShares().MulInt(val.Tokens).Quo(val.DelegatorShares))
		}
		return false
	})
	if err != nil {
		return total, err
	}
	return total, inner
}
