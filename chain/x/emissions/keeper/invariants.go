package keeper

import (
	"fmt"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// RegisterInvariants registers x/emissions' invariants.
func RegisterInvariants(ir sdk.InvariantRegistry, k *Keeper) {
	ir.RegisterRoute(types.ModuleName, "fixed-supply", FixedSupplyInvariant(k))
	ir.RegisterRoute(types.ModuleName, "mining-cap", MiningCapInvariant(k))
	ir.RegisterRoute(types.ModuleName, "pools-non-negative", PoolsInvariant(k))
	ir.RegisterRoute(types.ModuleName, "payouts-backed", PayoutsInvariant(k))
}

// AllInvariants runs every invariant.
func AllInvariants(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		for _, inv := range []sdk.Invariant{FixedSupplyInvariant(k), MiningCapInvariant(k), PoolsInvariant(k), PayoutsInvariant(k)} {
			if msg, broken := inv(ctx); broken {
				return msg, true
			}
		}
		return "", false
	}
}

// FixedSupplyInvariant checks sum(all abtt balances) + burned == 210,000,000 BTT, and
// that the bank supply agrees with the balances.
func FixedSupplyInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		sum := math.ZeroInt()
		k.bankKeeper.IterateAllBalances(ctx, func(_ sdk.AccAddress, c sdk.Coin) bool {
			if c.Denom == BaseDenom {
				sum = sum.Add(c.Amount)
			}
			return false
		})
		burned, _ := getInt(ctx, k.Burned)
		supply := k.bankKeeper.GetSupply(ctx, BaseDenom).Amount
		broken := !sum.Add(burned).Equal(tokenomics.TotalSupply) || !supply.Equal(sum)
		return sdk.FormatInvariant(types.ModuleName, "fixed-supply", fmt.Sprintf(
			"balances %s + burned %s = %s, expected %s; bank supply %s", sum, burned, sum.Add(burned), tokenomics.TotalSupply, supply)), broken
	}
}

// MiningCapInvariant checks that mining paid never exceeds the schedule's cap at this time.
func MiningCapInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		gt, err := k.GenesisTimeOf(ctx)
		if err != nil {
			return sdk.FormatInvariant(types.ModuleName, "mining-cap", "no genesis time"), true
		}
		paid, _ := getInt(ctx, k.MiningPaid)
		limit := types.MiningCapAt(gt, ctx.BlockTime())
		return sdk.FormatInvariant(types.ModuleName, "mining-cap", fmt.Sprintf("paid %s, cap %s", paid, limit)), paid.GT(limit)
	}
}

// PoolsInvariant checks that no pool is negative and the tracked totals are non-negative.
func PoolsInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		for _, name := range PoolNames() {
			if k.bankKeeper.GetBalance(ctx, k.accountKeeper.GetModuleAddress(name), BaseDenom).IsNegative() {
				return sdk.FormatInvariant(types.ModuleName, "pools-non-negative", name+" is negative"), true
			}
		}
		for _, it := range []math.Int{mustInt(ctx, k, 0), mustInt(ctx, k, 1), mustInt(ctx, k, 2)} {
			if it.IsNegative() {
				return sdk.FormatInvariant(types.ModuleName, "pools-non-negative", "a tracked total is negative"), true
			}
		}
		return sdk.FormatInvariant(types.ModuleName, "pools-non-negative", "ok"), false
	}
}

func mustInt(ctx sdk.Context, k *Keeper, i int) math.Int {
	var v math.Int
	switch i {
	case 0:
		v, _ = getInt(ctx, k.MiningPaid)
	case 1:
		v, _ = getInt(ctx, k.Burned)
	default:
		v, _ = getInt(ctx, k.FeeSplitTotal)
	}
	return v
}

// PayoutsInvariant checks every epoch payout in progress: it never paid more than its budget,
// and the mining pool still holds the rest of that budget (the budget is capped at the pool when
// the payout starts, and only payouts take from the pool).
func PayoutsInvariant(k *Keeper) sdk.Invariant {
	return func(ctx sdk.Context) (string, bool) {
		pool := k.bankKeeper.GetBalance(ctx, k.accountKeeper.GetModuleAddress(MiningRewardsPool), BaseDenom).Amount
		msg, broken := "ok", false
		err := k.Payouts.Walk(ctx, nil, func(epoch int64, p types.EpochPayout) (bool, error) {
			if p.Phase == types.PAYOUT_PHASE_QUEUED {
				return false, nil
			}
			if p.Paid.GT(p.Budget) || pool.LT(p.Budget.Sub(p.Paid)) {
				msg, broken = fmt.Sprintf("epoch %d: paid %s of budget %s, mining pool %s", epoch, p.Paid, p.Budget, pool), true
			}
			return broken, nil
		})
		if err != nil {
			msg, broken = err.Error(), true
		}
		return sdk.FormatInvariant(types.ModuleName, "payouts-backed", msg), broken
	}
}
