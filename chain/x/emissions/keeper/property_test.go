package keeper_test

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

// TestSupplyInvariantOverRandomOperations runs random sequences of epoch payouts (with
// random x/compute records from the in-test double), milestone adds and releases, fund
// spends, fees with the fee split, burns and time jumps, and checks after every step
// that sum(all balances) + burned == 210M BTT, mining paid stays under the schedule's
// cap, no pool goes negative, and every refused operation changed nothing.
func TestSupplyInvariantOverRandomOperations(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) {
			rng := rand.New(rand.NewSource(seed))
			f := setup(t)
			ms := keeper.NewMsgServerImpl(f.k)
			fc := &fakeCompute{records: map[int64][]types.NodeEpochRecord{}}
			f.app.SetEmissionsComputeForTest(fc)
			defer f.app.SetEmissionsComputeForTest(nil)
			nodes := make([]sdk.AccAddress, 6)
			for i := range nodes {
				nodes[i] = newAddr()
			}
			regions := []string{"CN-BJ", "CN-SH", "CN-XZ"}
			now := genesisTime.Add(time.Hour)
			epoch := int64(0)
			burnedTotal := sdkmath.ZeroInt()
			subs := []types.SubBudget{types.SUB_BUDGET_CORE_PROTOCOL, types.SUB_BUDGET_AI_INTEGRATION, types.SUB_BUDGET_SECURITY_COMPLIANCE, types.SUB_BUDGET_RESEARCH}
			coins := func(a sdkmath.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin("abtt", a)) }
			randAmt := func(maxBTT int64) sdkmath.Int {
				return types.OneBTT.MulRaw(rng.Int63n(maxBTT) + 1).Add(sdkmath.NewInt(rng.Int63n(1_000_000)))
			}
			for step := 0; step < 150; step++ {
				ctx := f.at(now)
				switch op := rng.Intn(8); op {
				case 0, 1: // epoch payout
					epoch++
					var recs []types.NodeEpochRecord
					for _, n := range nodes {
						if rng.Intn(3) == 0 {
							continue
						}
						recs = append(recs, types.NodeEpochRecord{
							Operator: n.String(), ComputeUnits: uint64(rng.Intn(10_000)),
							Uptime:   sdkmath.LegacyNewDecWithPrec(int64(rng.Intn(1001)), 3),
							Accepted: uint64(rng.Intn(100)), Rejected: uint64(rng.Intn(10)),
							Region: regions[rng.Intn(len(regions))], EnergyClass: string(rune('A' + rng.Intn(8))),
						})
					}
					fc.records[epoch] = recs
					er, err := f.k.PayEpoch(ctx, epoch, day)
					require.NoError(t, err)
					require.True(t, er.Paid.Add(er.CarriedForward).Equal(er.Budget))
				case 2: // add a milestone, sometimes too large for its sub-budget
					sb := subs[rng.Intn(len(subs))]
					_, _ = ms.AddMilestone(ctx, &types.MsgAddMilestone{Authority: f.authority, SubBudget: sb, Amount: randAmt(6_000_000), Recipient: nodes[rng.Intn(len(nodes))].String()})
				case 3: // release a random milestone (may be refused by the caps)
					before := f.pool(tokenomics.FoundationPool)
					_, err := ms.ReleaseMilestone(ctx, &types.MsgReleaseMilestone{Authority: f.authority, Id: uint64(rng.Intn(8) + 1)})
					if err != nil {
						require.Equal(t, before.String(), f.pool(tokenomics.FoundationPool).String())
					}
				case 4: // fund spends, sometimes more than the pool holds
					pools := []string{tokenomics.EcosystemGrowthFundPool, tokenomics.CommunityIncentivesPool, tokenomics.UnallocatedReserve}
					i := rng.Intn(3)
					before := f.pool(pools[i])
					rcpt := nodes[rng.Intn(len(nodes))].String()
					amt := coins(randAmt(40_000_000))
					var err error
					switch i {
					case 0:
						_, err = ms.SpendEcosystemFund(ctx, &types.MsgSpendEcosystemFund{Authority: f.authority, Recipient: rcpt, Amount: amt})
					case 1:
						_, err = ms.SpendCommunityIncentives(ctx, &types.MsgSpendCommunityIncentives{Authority: f.authority, Recipient: rcpt, Amount: amt})
					default:
						_, err = ms.SpendReserve(ctx, &types.MsgSpendReserve{Authority: f.authority, Recipient: rcpt, Amount: amt})
					}
					if err != nil {
						require.Equal(t, before.String(), f.pool(pools[i]).String())
					} else {
						require.Equal(t, before.Sub(amt.AmountOf("abtt")).String(), f.pool(pools[i]).String())
					}
				case 5: // a fee paid into the fee collector, then the block's fee split
					n := nodes[rng.Intn(len(nodes))]
					if bal := f.balance(n); bal.IsPositive() {
						fee := bal.QuoRaw(int64(rng.Intn(10) + 2))
						require.NoError(t, f.app.BankKeeper.SendCoinsFromAccountToModule(ctx, n, authtypes.FeeCollectorName, coins(fee)))
					}
					require.NoError(t, f.k.ApplyFeeSplit(ctx))
				case 6: // a module burns part of a fee it holds
					held := f.pool(authtypes.FeeCollectorName)
					if held.IsPositive() {
						burned, err := f.k.BurnFee(ctx, authtypes.FeeCollectorName, held)
						require.NoError(t, err)
						burnedTotal = burnedTotal.Add(burned)
					}
				case 7: // time passes: up to ~5 months
					now = now.Add(time.Duration(rng.Intn(150*24)+1) * time.Hour)
				}
				f.ctx = ctx
				msg, broken := keeper.AllInvariants(f.k)(ctx)
				require.False(t, broken, "step %d: %s", step, msg)
				b, err := f.k.Burned.Get(ctx)
				require.NoError(t, err)
				require.Equal(t, burnedTotal.String(), b.String())
				released, _, err := f.k.FoundationReleased(ctx)
				require.NoError(t, err)
				require.True(t, released.LTE(types.FoundationCapAt(genesisTime, now)))
			}
			resp, err := keeper.NewQueryServerImpl(f.k).Supply(f.ctx, &types.QuerySupplyRequest{})
			require.NoError(t, err)
			require.Equal(t, tokenomics.TotalSupply.String(), resp.TotalPlusBurned.String())
		})
	}
}
