package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	vestexported "github.com/cosmos/cosmos-sdk/x/auth/vesting/exported"

	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// PoolNames are the module accounts the supply query lists: the allocation pools and the development fund.
func PoolNames() []string {
	return append(tokenomics.PoolNames(), types.DevelopmentFund)
}

// Supply computes the supply breakdown at the current block time.
func (k *Keeper) Supply(ctx context.Context) (*types.QuerySupplyResponse, error) {
	now := sdk.UnwrapSDKContext(ctx).BlockTime()
	total := k.bankKeeper.GetSupply(ctx, BaseDenom).Amount
	burned, err := getInt(ctx, k.Burned)
	if err != nil {
		return nil, err
	}
	// Still-vesting coins (spendable-locked or delegated) of the genesis vesting accounts: a
	// handful of reads, whatever the number of accounts on chain. Vesting accounts created
	// after genesis (x/auth/vesting messages) count as circulating.
	locked := math.ZeroInt()
	err = k.VestingAccounts.Walk(ctx, nil, func(addr sdk.AccAddress) (bool, error) {
		if va, ok := k.accountKeeper.GetAccount(ctx, addr).(vestexported.VestingAccount); ok {
			locked = locked.Add(va.GetVestingCoins(now).AmountOf(BaseDenom))
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	resp := &types.QuerySupplyResponse{Total: total, Burned: burned, TotalPlusBurned: total.Add(burned), VestingLocked: locked, PoolsTotal: math.ZeroInt()}
	addPool := func(name string, addr sdk.AccAddress) {
		amt := k.bankKeeper.GetBalance(ctx, addr, BaseDenom).Amount
		resp.Pools = append(resp.Pools, types.PoolBalance{Name: name, Address: addr.String(), Amount: amt})
		resp.PoolsTotal = resp.PoolsTotal.Add(amt)
	}
	for _, name := range PoolNames() {
		addr := k.accountKeeper.GetModuleAddress(name)
		addPool(name, addr)
	}
	// The institutions' fee budget (carved from the ecosystem fund at genesis) is not
	// circulating either: it only pays the fees of the institutions' fee allowances.
	addPool(tokenomics.InstitutionFeeBudget, tokenomics.InstitutionFeeBudgetAddress())
	resp.Circulating = total.Sub(locked).Sub(resp.PoolsTotal)
	if resp.MiningPaid, err = getInt(ctx, k.MiningPaid); err != nil {
		return nil, err
	}
	if resp.FeeSplitTotal, err = getInt(ctx, k.FeeSplitTotal); err != nil {
		return nil, err
	}
	return resp, nil
}

// vestingUnlocksInYear is what the institutional vesting schedules unlock in calendar
// year y since genesis (months 12(y-1) .. 12y-1).
func vestingUnlocksInYear(y uint32) math.Int {
	sum := math.ZeroInt()
	for _, a := range tokenomics.Table {
		if a.Kind != tokenomics.Vesting {
			continue
		}
		total := a.Amount()
		upto := func(m int) math.Int {
			if m < 0 {
				return math.ZeroInt()
			}
			return a.UnlockedAfterMonths(total, m)
		}
		sum = sum.Add(upto(12*int(y) - 1).Sub(upto(12*(int(y)-1) - 1)))
	}
	return sum
}

// Schedule builds the year table: released per source against the seed's release table.
// It lists at least nine years (the mining schedule ends with year 8) and up to the current one.
func (k *Keeper) Schedule(ctx context.Context) (*types.QueryScheduleResponse, error) {
	gt, err := k.GenesisTimeOf(ctx)
	if err != nil {
		return nil, err
	}
	current := types.YearAt(gt, sdk.UnwrapSDKContext(ctx).BlockTime())
	n := current
	if n < 9 {
		n = 9
	}
	get := func(y uint32, source string) math.Int {
		v, err := k.Released.Get(ctx, collections.Join(y, source))
		if err != nil {
			return math.ZeroInt()
		}
		return v
	}
	resp := &types.QueryScheduleResponse{GenesisTime: gt, CurrentYear: current}
	for y := uint32(1); y <= n; y++ {
		row := types.ScheduleYear{
			Year: y, Start: gt.AddDate(int(y-1), 0, 0).In(time.UTC),
			VestingUnlocks: vestingUnlocksInYear(y),
			Mining:         get(y, types.SourceMining),
			Milestones:     get(y, types.SourceMilestones),
			Funds: get(y, types.SourceEcosystemFund).Add(get(y, types.SourceCommunityIncentives)).
				Add(get(y, types.SourceReserve)).Add(get(y, types.SourceDevelopmentFund)),
			SeedPlanned:     math.ZeroInt(),
			MiningScheduled: math.ZeroInt(),
		}
		row.Total = row.VestingUnlocks.Add(row.Mining).Add(row.Milestones).Add(row.Funds)
		if int(y) <= len(types.SeedReleasePercent) {
			row.SeedPercent = types.SeedReleasePercent[y-1]
			row.SeedPlanned = tokenomics.TotalSupply.MulRaw(int64(row.SeedPercent)).QuoRaw(100)
		}
		if p := (int(y) + 1) / 2; p <= types.NumPeriods {
			row.MiningScheduled = types.PeriodBudgets[p-1].QuoRaw(2)
		}
		resp.Years = append(resp.Years, row)
	}
	return resp, nil
}
