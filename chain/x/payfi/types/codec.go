package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the amino names of the x/payfi messages.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgRegisterMerchant{}, "btt/payfi/MsgRegisterMerchant", nil)
	cdc.RegisterConcrete(&MsgCreateInvoice{}, "btt/payfi/MsgCreateInvoice", nil)
	cdc.RegisterConcrete(&MsgPayInvoice{}, "btt/payfi/MsgPayInvoice", nil)
	cdc.RegisterConcrete(&MsgRefund{}, "btt/payfi/MsgRefund", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "btt/payfi/MsgUpdateParams", nil)
}

// RegisterInterfaces registers the x/payfi messages.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgRegisterMerchant{}, &MsgCreateInvoice{}, &MsgPayInvoice{}, &MsgRefund{}, &MsgUpdateParams{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
