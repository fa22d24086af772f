package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the amino names of the x/compute messages.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgRegisterNode{}, "btt/compute/MsgRegisterNode", nil)
	cdc.RegisterConcrete(&MsgUpdateNode{}, "btt/compute/MsgUpdateNode", nil)
	cdc.RegisterConcrete(&MsgHeartbeat{}, "btt/compute/MsgHeartbeat", nil)
	cdc.RegisterConcrete(&MsgUnbondNode{}, "btt/compute/MsgUnbondNode", nil)
	cdc.RegisterConcrete(&MsgRegisterModel{}, "btt/compute/MsgRegisterModel", nil)
	cdc.RegisterConcrete(&MsgDeprecateModel{}, "btt/compute/MsgDeprecateModel", nil)
	cdc.RegisterConcrete(&MsgSubmitTask{}, "btt/compute/MsgSubmitTask", nil)
	cdc.RegisterConcrete(&MsgCommitResult{}, "btt/compute/MsgCommitResult", nil)
	cdc.RegisterConcrete(&MsgRevealResult{}, "btt/compute/MsgRevealResult", nil)
	cdc.RegisterConcrete(&MsgAttestNode{}, "btt/compute/MsgAttestNode", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "btt/compute/MsgUpdateParams", nil)
}

// RegisterInterfaces registers the x/compute messages.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgRegisterNode{}, &MsgUpdateNode{}, &MsgHeartbeat{}, &MsgUnbondNode{},
		&MsgRegisterModel{}, &MsgDeprecateModel{}, &MsgSubmitTask{},
		&MsgCommitResult{}, &MsgRevealResult{}, &MsgAttestNode{}, &MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
