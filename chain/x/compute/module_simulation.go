package compute

import (
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/compute/simulation"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

var _ module.AppModuleSimulation = AppModule{}

// WithSimVerifiers returns the module with the source of x/rwa TECHNICAL verifiers the
// simulation's MsgAttestNode picks from (the app's simulation manager sets it).
func (am AppModule) WithSimVerifiers(v simulation.VerifierSource) AppModule {
	am.simVerifiers = v
	return am
}

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

// WeightedOperationsX registers a factory for every user message.
func (am AppModule) WeightedOperationsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_register_node", 15), simulation.MsgRegisterNodeFactory(am.keeper))
	reg.Add(weights.Get("msg_update_node", 10), simulation.MsgUpdateNodeFactory(am.keeper))
	reg.Add(weights.Get("msg_heartbeat", 150), simulation.MsgHeartbeatFactory(am.keeper))
	reg.Add(weights.Get("msg_unbond_node", 4), simulation.MsgUnbondNodeFactory(am.keeper))
	reg.Add(weights.Get("msg_submit_task", 60), simulation.MsgSubmitTaskFactory(am.keeper))
	reg.Add(weights.Get("msg_commit_result", 100), simulation.MsgCommitResultFactory(am.keeper))
	reg.Add(weights.Get("msg_reveal_result", 100), simulation.MsgRevealResultFactory(am.keeper))
	if am.simVerifiers != nil {
		reg.Add(weights.Get("msg_attest_node", 15), simulation.MsgAttestNodeFactory(am.keeper, am.simVerifiers))
	}
}

// ProposalMsgsX registers the governance-only messages as proposal payloads.
func (am AppModule) ProposalMsgsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_register_model", 30), simulation.MsgRegisterModelFactory())
	reg.Add(weights.Get("msg_deprecate_model", 5), simulation.MsgDeprecateModelFactory(am.keeper))
	reg.Add(weights.Get("msg_update_params", 10), simulation.MsgUpdateParamsFactory(am.keeper))
}
