package wgov

import (
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/wgov/simulation"
	"github.com/btt-chain/btt/chain/x/wgov/types"
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

// WeightedOperations is the legacy interface; the simulation uses WeightedOperationsX.
func (AppModule) WeightedOperations(module.SimulationState) []simtypes.WeightedOperation { return nil }

// WeightedOperationsX registers a factory for every user message (votes on proposals are x/gov's
// MsgVote, simulated by x/gov and tallied by x/wgov).
func (am AppModule) WeightedOperationsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_nominate", 20), simulation.MsgNominateFactory(am.keeper))
	reg.Add(weights.Get("msg_vote_representative", 60), simulation.MsgVoteRepresentativeFactory(am.keeper))
}

// ProposalMsgsX registers the governance-only messages as proposal payloads.
func (am AppModule) ProposalMsgsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_update_params", 10), simulation.MsgUpdateParamsFactory())
	reg.Add(weights.Get("msg_set_institutions", 10), simulation.MsgSetInstitutionsFactory())
	reg.Add(weights.Get("msg_recall_representative", 10), simulation.MsgRecallRepresentativeFactory(am.keeper))
}
