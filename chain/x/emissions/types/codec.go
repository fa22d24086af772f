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
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "btt/emissions/MsgUpdateParams")
	legacy.RegisterAminoMsg(cdc, &MsgAddMilestone{}, "btt/emissions/MsgAddMilestone")
	legacy.RegisterAminoMsg(cdc, &MsgReleaseMilestone{}, "btt/emissions/MsgReleaseMilestone")
	legacy.RegisterAminoMsg(cdc, &MsgSpendEcosystemFund{}, "btt/emissions/MsgSpendEcosystemFund")
	legacy.RegisterAminoMsg(cdc, &MsgSpendCommunityIncentives{}, "btt/emissions/MsgSpendCommunityFund")
	legacy.RegisterAminoMsg(cdc, &MsgSpendReserve{}, "btt/emissions/MsgSpendReserve")
	legacy.RegisterAminoMsg(cdc, &MsgSpendDevelopmentFund{}, "btt/emissions/MsgSpendDevelopmentFund")
	cdc.RegisterConcrete(&Params{}, "btt/x/emissions/Params", nil)
}

// RegisterInterfaces registers the messages with the interface registry.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgUpdateParams{}, &MsgAddMilestone{}, &MsgReleaseMilestone{},
		&MsgSpendEcosystemFund{}, &MsgSpendCommunityIncentives{}, &MsgSpendReserve{}, &MsgSpendDevelopmentFund{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
