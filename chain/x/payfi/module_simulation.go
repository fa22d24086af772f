package payfi

import (
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/payfi/simulation"
	"github.com/btt-chain/btt/chain/x/payfi/types"
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

// WeightedOperationsX registers a factory for every user message.
func (am AppModule) WeightedOperationsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_register_merchant", 15), simulation.MsgRegisterMerchantFactory(am.keeper))
	reg.Add(weights.Get("msg_create_invoice", 40), simulation.MsgCreateInvoiceFactory(am.keeper))
	reg.Add(weights.Get("msg_pay_invoice", 40), simulation.MsgPayInvoiceFactory(am.keeper))
	reg.Add(weights.Get("msg_refund", 10), simulation.MsgRefundFactory(am.keeper))
}

// ProposalMsgsX registers the governance-only messages as proposal payloads.
func (am AppModule) ProposalMsgsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_update_params", 5), simulation.MsgUpdateParamsFactory())
}
