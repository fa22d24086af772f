package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/legacy"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the messages' amino names for amino-json signing.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "btt/wgov/MsgUpdateParams")
	legacy.RegisterAminoMsg(cdc, &MsgSetInstitutions{}, "btt/wgov/MsgSetInstitutions")
	legacy.RegisterAminoMsg(cdc, &MsgNominate{}, "btt/wgov/MsgNominate")
	legacy.RegisterAminoMsg(cdc, &MsgVoteRepresentative{}, "btt/wgov/MsgVoteRepresentative")
	legacy.RegisterAminoMsg(cdc, &MsgRecallRepresentative{}, "btt/wgov/MsgRecallRepresentative")
	cdc.RegisterConcrete(&Params{}, "btt/x/wgov/Params", nil)
}

// RegisterInterfaces registers the messages with the interface registry.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgUpdateParams{}, &MsgSetInstitutions{}, &MsgNominate{}, &MsgVoteRepresentative{}, &MsgRecallRepresentative{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
