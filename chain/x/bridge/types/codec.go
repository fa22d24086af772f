package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the amino names of the x/bridge messages.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	cdc.RegisterConcrete(&MsgSetOrchestrator{}, "btt/bridge/MsgSetOrchestrator", nil)
	cdc.RegisterConcrete(&MsgConfirmValset{}, "btt/bridge/MsgConfirmValset", nil)
	cdc.RegisterConcrete(&MsgSendToEthereum{}, "btt/bridge/MsgSendToEthereum", nil)
	cdc.RegisterConcrete(&MsgCancelSendToEthereum{}, "btt/bridge/MsgCancelSendToEthereum", nil)
	cdc.RegisterConcrete(&MsgRequestBatch{}, "btt/bridge/MsgRequestBatch", nil)
	cdc.RegisterConcrete(&MsgConfirmBatch{}, "btt/bridge/MsgConfirmBatch", nil)
	cdc.RegisterConcrete(&MsgDepositClaim{}, "btt/bridge/MsgDepositClaim", nil)
	cdc.RegisterConcrete(&MsgBatchExecutedClaim{}, "btt/bridge/MsgBatchExecutedClaim", nil)
	cdc.RegisterConcrete(&MsgValsetUpdatedClaim{}, "btt/bridge/MsgValsetUpdatedClaim", nil)
	cdc.RegisterConcrete(&MsgUpdateParams{}, "btt/bridge/MsgUpdateParams", nil)
	cdc.RegisterConcrete(&MsgReleaseUnclaimableDeposit{}, "btt/bridge/MsgReleaseUnclaimableDeposit", nil)
	cdc.RegisterConcrete(&MsgSetPolkadotOrchestrator{}, "btt/bridge/MsgSetPolkadotOrchestrator", nil)
	cdc.RegisterConcrete(&MsgPolkadotDepositClaim{}, "btt/bridge/MsgPolkadotDepositClaim", nil)
	cdc.RegisterConcrete(&MsgPolkadotWithdrawalExecutedClaim{}, "btt/bridge/MsgPolkadotWithdrawalExecutedClaim", nil)
	cdc.RegisterConcrete(&MsgSendToPolkadot{}, "btt/bridge/MsgSendToPolkadot", nil)
	cdc.RegisterConcrete(&MsgReleaseUnclaimablePolkadotDeposit{}, "btt/bridge/MsgReleaseUnclaimablePolkadotDeposit", nil)
	cdc.RegisterConcrete(&MsgRefundUnclaimablePolkadotDeposit{}, "btt/bridge/MsgRefundUnclaimablePolkadotDeposit", nil)
}

// RegisterInterfaces registers the x/bridge messages.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgSetOrchestrator{}, &MsgConfirmValset{}, &MsgSendToEthereum{}, &MsgCancelSendToEthereum{},
		&MsgRequestBatch{}, &MsgConfirmBatch{}, &MsgDepositClaim{}, &MsgBatchExecutedClaim{},
		&MsgValsetUpdatedClaim{}, &MsgUpdateParams{}, &MsgReleaseUnclaimableDeposit{},
		&MsgSetPolkadotOrchestrator{}, &MsgPolkadotDepositClaim{}, &MsgPolkadotWithdrawalExecutedClaim{},
		&MsgSendToPolkadot{}, &MsgReleaseUnclaimablePolkadotDeposit{}, &MsgRefundUnclaimablePolkadotDeposit{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
