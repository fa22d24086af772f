package health

import (
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/health/simulation"
	"github.com/btt-chain/btt/chain/x/health/types"
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

// WeightedOperationsX registers a factory for every user message (device readings need device
// keys off-chain and are covered by the keeper tests and the localnet e2e).
func (am AppModule) WeightedOperationsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_record_activity", 60), simulation.MsgRecordActivityFactory(am.keeper))
	reg.Add(weights.Get("msg_confirm_activity", 20), simulation.MsgConfirmActivityFactory(am.keeper))
	reg.Add(weights.Get("msg_convert_points", 30), simulation.MsgConvertPointsFactory(am.keeper))
}

// ProposalMsgsX registers the governance-only messages as proposal payloads.
func (am AppModule) ProposalMsgsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_update_params", 5), simulation.MsgUpdateParamsFactory(am.keeper))
	reg.Add(weights.Get("msg_add_verifier", 10), simulation.MsgAddVerifierFactory(am.keeper))
}
