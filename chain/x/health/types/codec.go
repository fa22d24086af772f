package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the amino names of the x/health messages.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgSetActivityType{}, "btt/health/MsgSetActivityType", nil)
	cdc.RegisterConcrete(&MsgAddVerifier{}, "btt/health/MsgAddVerifier", nil)
	cdc.RegisterConcrete(&MsgRemoveVerifier{}, "btt/health/MsgRemoveVerifier", nil)
	cdc.RegisterConcrete(&MsgRegisterDevice{}, "btt/health/MsgRegisterDevice", nil)
	cdc.RegisterConcrete(&MsgRemoveDevice{}, "btt/health/MsgRemoveDevice", nil)
	cdc.RegisterConcrete(&MsgRecordActivity{}, "btt/health/MsgRecordActivity", nil)
	cdc.RegisterConcrete(&MsgConfirmActivity{}, "btt/health/MsgConfirmActivity", nil)
	cdc.RegisterConcrete(&MsgConvertPoints{}, "btt/health/MsgConvertPoints", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "btt/health/MsgUpdateParams", nil)
}

// RegisterInterfaces registers the x/health messages.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgSetActivityType{}, &MsgAddVerifier{}, &MsgRemoveVerifier{}, &MsgRegisterDevice{},
		&MsgRemoveDevice{}, &MsgRecordActivity{}, &MsgConfirmActivity{}, &MsgConvertPoints{},
		&MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
