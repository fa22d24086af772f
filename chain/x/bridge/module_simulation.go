package bridge

import (
	"context"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/bridge/simulation"
	"github.com/btt-chain/btt/chain/x/bridge/types"
)

var _ module.AppModuleSimulation = AppModule{}

// GenerateGenesisState creates a genesis with the bridge configured (simulation.RandomizedGenState).
func (AppModule) GenerateGenesisState(simState *module.SimulationState) {
	simulation.RandomizedGenState(simState)
}

// RegisterStoreDecoder decodes the module's store from its collections schema.
func (am AppModule) RegisterStoreDecoder(sdr simtypes.StoreDecoderRegistry) {
	sdr[types.StoreKey] = simtypes.NewStoreDecoderFuncFromCollectionsSchema(am.keeper.Schema)
}

// WeightedOperations is the legacy interface; the simulation uses WeightedOperationsX.
func (AppModule) WeightedOperations(module.SimulationState) []simtypes.WeightedOperation { return nil }

// WeightedOperationsX registers a factory for every message the BTT side originates.
func (am AppModule) WeightedOperationsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_set_orchestrator", 20), simulation.MsgSetOrchestratorFactory(am.keeper, am.bondedValidators))
	reg.Add(weights.Get("msg_confirm_valset", 30), simulation.MsgConfirmValsetFactory(am.keeper))
	reg.Add(weights.Get("msg_confirm_batch", 30), simulation.MsgConfirmBatchFactory(am.keeper))
	reg.Add(weights.Get("msg_send_to_ethereum", 40), simulation.MsgSendToEthereumFactory(am.keeper))
	reg.Add(weights.Get("msg_cancel_send_to_ethereum", 10), simulation.MsgCancelSendToEthereumFactory(am.keeper))
	reg.Add(weights.Get("msg_request_batch", 10), simulation.MsgRequestBatchFactory(am.keeper))
	reg.Add(weights.Get("msg_set_polkadot_orchestrator", 20), simulation.MsgSetPolkadotOrchestratorFactory(am.keeper, am.bondedValidators))
}

func (am AppModule) bondedValidators(ctx context.Context) []sdk.ValAddress {
	return am.keeper.BondedValidators(ctx)
}
