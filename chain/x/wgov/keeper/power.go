package keeper

import (
	"context"
	"sort"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/x/wgov/types"
)

// classPowers is each member's power in the institutions and community classes (short member
// lists) and the compute class's total; a voter's compute power is read when its vote is counted
// (computePowerOf), so a tally never walks the nodes. The holders class is computed from
// delegations at tally time.
type classPowers struct {
	institutions map[string]math.LegacyDec
	computeTotal math.LegacyDec
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

// computeWindow is the epochs the compute class counts: the last params.compute_epochs epochs of
// x/compute, the current one so far included.
func (k *Keeper) computeWindow(ctx context.Context) ([]int64, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	current := k.computeKeeper.CurrentEpoch(ctx)
	var out []int64
	for e := current; e > current-int64(params.ComputeEpochs) && e >= 0; e-- {
		out = append(out, e)
	}
	return out, nil
}

// ComputePowers is each node operator's verified compute units over the compute window. These
// are the units x/compute credits in its records, the same x/emissions pays: only those paid for
// at x/compute's min_paid_price_per_unit or more, so tasks a node pays to itself at a token price
// earn no power. It walks every node's records of the window: the Classes query lists the
// members with it; tallies use ComputeTotal and computePowerOf, which do not walk the nodes.
func (k *Keeper) ComputePowers(ctx context.Context) (map[string]math.LegacyDec, error) {
	out := map[string]math.LegacyDec{}
	window, err := k.computeWindow(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range window {
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

// ComputeTotal is the compute class's total power: all nodes' credited units over the window,
// read from x/compute's per-epoch totals (one entry per epoch).
func (k *Keeper) ComputeTotal(ctx context.Context) (math.LegacyDec, error) {
	window, err := k.computeWindow(ctx)
	if err != nil {
		return math.LegacyZeroDec(), err
	}
	total := math.ZeroInt()
	for _, e := range window {
		total = total.Add(math.NewIntFromUint64(k.computeKeeper.EpochCreditedUnits(ctx, e)))
	}
	return math.LegacyNewDecFromInt(total), nil
}

// computePowerOf is one voter's compute power: its credited units over the window.
func (k *Keeper) computePowerOf(ctx context.Context, window []int64, voter sdk.AccAddress) math.LegacyDec {
	total := math.ZeroInt()
	for _, e := range window {
		total = total.Add(math.NewIntFromUint64(k.computeKeeper.CreditedUnits(ctx, e, voter)))
	}
	return math.LegacyNewDecFromInt(total)
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
	if p.computeTotal, err = k.ComputeTotal(ctx); err != nil {
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
