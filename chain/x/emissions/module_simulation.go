package emissions

import (
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/emissions/simulation"
	"github.com/btt-chain/btt/chain/x/emissions/types"
)

var _ module.AppModuleSimulation = AppModule{}

// GenerateGenesisState creates a random genesis (simulation.RandomizedGenState).
func (AppModule) GenerateGenesisState(simState *module.SimulationState) {
	simulation.RandomizedGenState(simState)
}

// RegisterStoreDecoder decodes the module's store from its collections schema.
func (am AppModule) RegisterStoreDecoder(sdr simtypes.StoreDecoderRegistry) {
	sdr[types.StoreKey] = simtypes.NewStoreDecoderFuncFromCollectionsSchema(am.keeper.Schema)
}

// WeightedOperations: x/emissions has no user message (its epochs run in x/epochs' hooks and its
// messages are governance-only, simulated as proposals by ProposalMsgsX).
func (AppModule) WeightedOperations(module.SimulationState) []simtypes.WeightedOperation { return nil }

// WeightedOperationsX registers nothing: see WeightedOperations.
func (AppModule) WeightedOperationsX(simsx.WeightSource, simsx.Registry) {}

// ProposalMsgsX registers every governance message as a proposal payload.
func (am AppModule) ProposalMsgsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_update_params", 10), simulation.MsgUpdateParamsFactory(am.keeper))
	reg.Add(weights.Get("msg_add_milestone", 20), simulation.MsgAddMilestoneFactory())
	reg.Add(weights.Get("msg_release_milestone", 20), simulation.MsgReleaseMilestoneFactory(am.keeper))
	reg.Add(weights.Get("msg_spend_ecosystem_fund", 10), simulation.MsgSpendEcosystemFundFactory())
	reg.Add(weights.Get("msg_spend_community_incentives", 10), simulation.MsgSpendCommunityIncentivesFactory())
	reg.Add(weights.Get("msg_spend_reserve", 10), simulation.MsgSpendReserveFactory())
	reg.Add(weights.Get("msg_spend_development_fund", 10), simulation.MsgSpendDevelopmentFundFactory())
}
