package bridge_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// Every x/bridge message signs in amino JSON (what Ledger and Keplr amino signing use) under its amino name.
func TestAminoJSONSignBytes(t *testing.T) {
	a := app.NewTestApp(t)
	key := secp256k1.GenPrivKey()
	from := sdk.AccAddress(key.PubKey().Address()).String()
	eth := "0x1111111111111111111111111111111111111111"
	coin := sdk.NewCoin("abtt", sdkmath.NewInt(5))
	p := types.DefaultParams()
	p.JailDuration = time.Minute
	for _, msg := range []sdk.Msg{
		&types.MsgSetOrchestrator{Operator: from, Orchestrator: from, EthAddress: eth, EthSignature: "0x00"},
		&types.MsgConfirmValset{Orchestrator: from, Nonce: 1, EthSigner: eth, Signature: "0x00"},
		&types.MsgSendToEthereum{Sender: from, EthDestination: eth, Amount: coin, BridgeFee: coin},
		&types.MsgCancelSendToEthereum{Sender: from, TransferId: 3},
		&types.MsgRequestBatch{Sender: from, Denom: "abtt"},
		&types.MsgConfirmBatch{Orchestrator: from, TokenContract: eth, Nonce: 1, EthSigner: eth, Signature: "0x00"},
		&types.MsgDepositClaim{Orchestrator: from, Claim: types.DepositClaim{EventNonce: 1, EthereumHeight: 2, TokenContract: eth, Amount: sdkmath.NewInt(3), EthereumSender: eth, BttReceiver: from}},
		&types.MsgBatchExecutedClaim{Orchestrator: from, Claim: types.BatchExecutedClaim{EventNonce: 1, EthereumHeight: 2, BatchNonce: 1, TokenContract: eth}},
		&types.MsgValsetUpdatedClaim{Orchestrator: from, Claim: types.ValsetUpdatedClaim{EventNonce: 1, EthereumHeight: 2, ValsetNonce: 1, Members: []types.ValsetMember{{EthAddress: eth, Power: 1 << 32}}}},
		&types.MsgUpdateParams{Authority: from, Params: p},
		&types.MsgReleaseUnclaimableDeposit{Authority: from, EventNonce: 1, Receiver: from},
		&types.MsgSetPolkadotOrchestrator{Validator: sdk.ValAddress(key.PubKey().Address()).String(), PolkadotAccount: "0x" + strings.Repeat("ab", 32),
			KeyType: "ecdsa", PublicKey: []byte{2, 3}, Proof: []byte{4}, Orchestrator: from},
		&types.MsgPolkadotDepositClaim{Orchestrator: from, EventNonce: 1, BlockNumber: 2, ExtrinsicIndex: 1, CustodyId: 1,
			Sender: "0x" + strings.Repeat("cd", 32), Amount: sdkmath.NewInt(10), BttReceiver: from},
		&types.MsgPolkadotWithdrawalExecutedClaim{Orchestrator: from, EventNonce: 2, BlockNumber: 3, WithdrawalId: 1, Success: true},
		&types.MsgSendToPolkadot{Sender: from, Destination: "5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X", Amount: sdk.NewCoin(types.PolkadotVoucherDenom, sdkmath.NewInt(10)),
			Fee: sdk.NewCoin(types.PolkadotVoucherDenom, sdkmath.NewInt(1))},
		&types.MsgReleaseUnclaimablePolkadotDeposit{Authority: from, EventNonce: 1, Receiver: from},
	} {
		b := a.TxConfig().NewTxBuilder()
		require.NoError(t, b.SetMsgs(msg))
		b.SetGasLimit(200_000)
		bz, err := authsigning.GetSignBytesAdapter(context.Background(), a.TxConfig().SignModeHandler(),
			signingtypes.SignMode_SIGN_MODE_LEGACY_AMINO_JSON,
			authsigning.SignerData{ChainID: "btt-1", AccountNumber: 1, Sequence: 0, PubKey: key.PubKey(), Address: from}, b.GetTx())
		require.NoError(t, err, "%T", msg)
		name := "btt/bridge/" + strings.TrimPrefix(sdk.MsgTypeURL(msg), "/btt.bridge.v1.")
		require.Contains(t, string(bz), `"type":"`+name+`"`, string(bz))
	}
}

// MsgSetPolkadotOrchestrator's signer is a valoper: the tx is signed by the operator account (same bytes).
func TestPolkadotOrchestratorSignerIsTheOperator(t *testing.T) {
	a := app.NewTestApp(t)
	key := secp256k1.GenPrivKey()
	op := sdk.AccAddress(key.PubKey().Address())
	signers, _, err := a.AppCodec().GetMsgV1Signers(&types.MsgSetPolkadotOrchestrator{Validator: sdk.ValAddress(op).String()})
	require.NoError(t, err)
	require.Equal(t, [][]byte{op.Bytes()}, signers)
}
