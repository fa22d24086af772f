package simulation

import (
	"context"
	"fmt"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/emissions/keeper"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

func gov(testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) string {
	return testData.ModuleAccountAddress(reporter, "gov")
}

// smallAmount is 1 to 10,000 BTT.
func smallAmount(testData *simsx.ChainDataSource) math.Int {
	return math.NewIntWithDecimal(int64(1+testData.Rand().Intn(10_000)), 18)
}

func recipient(testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) string {
	return testData.AnyAccount(reporter).AddressBech32
}

// MsgUpdateParamsFactory proposes random valid params, usually with the same epoch identifier
// (x/emissions' MsgUpdateParams moves x/compute's along when it changes).
func MsgUpdateParamsFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgUpdateParams] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateParams) {
		r := testData.Rand().Rand
		id := EpochIdentifiers[r.Intn(len(EpochIdentifiers))]
		if cur, err := k.Params.Get(ctx); err == nil && r.Intn(10) != 0 {
			id = cur.EpochIdentifier
		}
		return nil, &types.MsgUpdateParams{Authority: gov(testData, reporter), Params: RandomParams(r, id)}
	}
}

// MsgAddMilestoneFactory proposes a foundation milestone of 1 to 10,000 BTT.
func MsgAddMilestoneFactory() simsx.SimMsgFactoryFn[*types.MsgAddMilestone] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgAddMilestone) {
		return nil, &types.MsgAddMilestone{
			Authority: gov(testData, reporter), SubBudget: types.SubBudget(1 + testData.Rand().Intn(4)),
			Amount: smallAmount(testData), Recipient: recipient(testData, reporter),
			Description: fmt.Sprintf("sim milestone %d", testData.Rand().Intn(1000)),
		}
	}
}

// MsgReleaseMilestoneFactory proposes releasing an unreleased milestone.
func MsgReleaseMilestoneFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgReleaseMilestone] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgReleaseMilestone) {
		var ids []uint64
		_ = k.Milestones.Walk(ctx, nil, func(id uint64, m types.Milestone) (bool, error) {
			if !m.Released {
				ids = append(ids, id)
			}
			return false, nil
		})
		if len(ids) == 0 {
			reporter.Skip("no unreleased milestone")
			return nil, nil
		}
		return nil, &types.MsgReleaseMilestone{Authority: gov(testData, reporter), Id: ids[testData.Rand().Intn(len(ids))]}
	}
}

func spend(testData *simsx.ChainDataSource) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(keeper.BaseDenom, smallAmount(testData)))
}

// MsgSpendEcosystemFundFactory proposes an ecosystem fund spend.
func MsgSpendEcosystemFundFactory() simsx.SimMsgFactoryFn[*types.MsgSpendEcosystemFund] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSpendEcosystemFund) {
		return nil, &types.MsgSpendEcosystemFund{Authority: gov(testData, reporter), Recipient: recipient(testData, reporter), Amount: spend(testData), Purpose: "sim grant"}
	}
}

// MsgSpendCommunityIncentivesFactory proposes a community incentives spend.
func MsgSpendCommunityIncentivesFactory() simsx.SimMsgFactoryFn[*types.MsgSpendCommunityIncentives] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSpendCommunityIncentives) {
		return nil, &types.MsgSpendCommunityIncentives{Authority: gov(testData, reporter), Recipient: recipient(testData, reporter), Amount: spend(testData), Purpose: "sim incentive"}
	}
}

// MsgSpendReserveFactory proposes a reserve spend.
func MsgSpendReserveFactory() simsx.SimMsgFactoryFn[*types.MsgSpendReserve] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSpendReserve) {
		return nil, &types.MsgSpendReserve{Authority: gov(testData, reporter), Recipient: recipient(testData, reporter), Amount: spend(testData), Purpose: "sim reserve"}
	}
}

// MsgSpendDevelopmentFundFactory proposes a development fund spend.
func MsgSpendDevelopmentFundFactory() simsx.SimMsgFactoryFn[*types.MsgSpendDevelopmentFund] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSpendDevelopmentFund) {
		return nil, &types.MsgSpendDevelopmentFund{Authority: gov(testData, reporter), Recipient: recipient(testData, reporter), Amount: spend(testData), Purpose: "sim development"}
	}
}
