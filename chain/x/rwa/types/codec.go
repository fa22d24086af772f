package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the amino names of the x/rwa messages.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgAddVerifier{}, "btt/rwa/MsgAddVerifier", nil)
	cdc.RegisterConcrete(&MsgRemoveVerifier{}, "btt/rwa/MsgRemoveVerifier", nil)
	cdc.RegisterConcrete(&MsgIssueCredential{}, "btt/rwa/MsgIssueCredential", nil)
	cdc.RegisterConcrete(&MsgRevokeCredential{}, "btt/rwa/MsgRevokeCredential", nil)
	cdc.RegisterConcrete(&MsgRegisterAsset{}, "btt/rwa/MsgRegisterAsset", nil)
	cdc.RegisterConcrete(&MsgAttestAsset{}, "btt/rwa/MsgAttestAsset", nil)
	cdc.RegisterConcrete(&MsgRetireAsset{}, "btt/rwa/MsgRetireAsset", nil)
	cdc.RegisterConcrete(&MsgTokenize{}, "btt/rwa/MsgTokenize", nil)
	cdc.RegisterConcrete(&MsgUpdateValuation{}, "btt/rwa/MsgUpdateValuation", nil)
	cdc.RegisterConcrete(&MsgPlaceOrder{}, "btt/rwa/MsgPlaceOrder", nil)
	cdc.RegisterConcrete(&MsgCancelOrder{}, "btt/rwa/MsgCancelOrder", nil)
	cdc.RegisterConcrete(&MsgPruneLapsedOrders{}, "btt/rwa/MsgPruneLapsedOrders", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "btt/rwa/MsgUpdateParams", nil)
}

// RegisterInterfaces registers the x/rwa messages.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgAddVerifier{}, &MsgRemoveVerifier{}, &MsgIssueCredential{}, &MsgRevokeCredential{},
		&MsgRegisterAsset{}, &MsgAttestAsset{}, &MsgRetireAsset{}, &MsgTokenize{}, &MsgUpdateValuation{},
		&MsgPlaceOrder{}, &MsgCancelOrder{}, &MsgPruneLapsedOrders{}, &MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
