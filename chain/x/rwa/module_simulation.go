package rwa

import (
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	"github.com/cosmos/cosmos-sdk/types/module"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/btt-chain/btt/chain/x/rwa/simulation"
	"github.com/btt-chain/btt/chain/x/rwa/types"
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
	reg.Add(weights.Get("msg_issue_credential", 30), simulation.MsgIssueCredentialFactory(am.keeper))
	reg.Add(weights.Get("msg_revoke_credential", 4), simulation.MsgRevokeCredentialFactory(am.keeper))
	reg.Add(weights.Get("msg_register_asset", 15), simulation.MsgRegisterAssetFactory(am.keeper))
	reg.Add(weights.Get("msg_attest_asset", 30), simulation.MsgAttestAssetFactory(am.keeper))
	reg.Add(weights.Get("msg_tokenize", 20), simulation.MsgTokenizeFactory(am.keeper))
	reg.Add(weights.Get("msg_retire_asset", 3), simulation.MsgRetireAssetFactory(am.keeper))
	reg.Add(weights.Get("msg_update_valuation", 8), simulation.MsgUpdateValuationFactory(am.keeper))
	reg.Add(weights.Get("msg_place_order", 100), simulation.MsgPlaceOrderFactory(am.keeper))
	reg.Add(weights.Get("msg_cancel_order", 15), simulation.MsgCancelOrderFactory(am.keeper))
	reg.Add(weights.Get("msg_prune_lapsed_orders", 5), simulation.MsgPruneLapsedOrdersFactory(am.keeper))
}

// ProposalMsgsX registers the governance-only messages as proposal payloads.
func (am AppModule) ProposalMsgsX(weights simsx.WeightSource, reg simsx.Registry) {
	reg.Add(weights.Get("msg_add_verifier", 20), simulation.MsgAddVerifierFactory(am.keeper))
	reg.Add(weights.Get("msg_remove_verifier", 5), simulation.MsgRemoveVerifierFactory(am.keeper))
	reg.Add(weights.Get("msg_update_params", 10), simulation.MsgUpdateParamsFactory())
}
