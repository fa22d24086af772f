package keeper_test

import (
	"crypto/sha256"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	dcrecdsa "github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/blake2b"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// planck amounts: 1 WND = 10^12 planck; Westend's existential deposit is 10^10.
func wnd(milli int64) sdkmath.Int { return sdkmath.NewInt(milli).MulRaw(1_000_000_000) }

func dotKey(name string) *secp256k1.PrivateKey {
	h := sha256.Sum256([]byte("dot:" + name))
	return secp256k1.PrivKeyFromBytes(h[:])
}

func dotAccount(name string) string {
	return types.AccountHex(types.EcdsaAccountID(dotKey(name).PubKey().SerializeCompressed()))
}

// substrateSign signs like @polkadot/util-crypto's secp256k1Sign(message, pair, 'blake2'): r||s||recid.
func substrateSign(key *secp256k1.PrivateKey, message []byte) []byte {
	digest := blake2b.Sum256(message)
	compact := dcrecdsa.SignCompact(key, digest[:], true)
	return append(append([]byte{}, compact[1:]...), compact[0]-27-4)
}

// setDotMsg is a valid MsgSetPolkadotOrchestrator for v (key "dot:<name>"), orchestrator v.orch.
func (f *fixture) setDotMsg(v *val, name string) *types.MsgSetPolkadotOrchestrator {
	key := dotKey(name)
	pub := key.PubKey().SerializeCompressed()
	return &types.MsgSetPolkadotOrchestrator{Validator: v.valoper, PolkadotAccount: dotAccount(name), KeyType: "ecdsa",
		PublicKey: pub, Proof: substrateSign(key, []byte(types.PolkadotProofMessage(testBridge, v.valoper))), Orchestrator: v.orch.String()}
}

func (f *fixture) registerDot(v *val, name string) {
	_, err := f.ms.SetPolkadotOrchestrator(f.ctx, f.setDotMsg(v, name))
	require.NoError(f.t, err)
}

// dotBootstrap registers vals[0]'s Polkadot key and makes custody 1 (it holds all the bonded power).
func (f *fixture) dotBootstrap() types.PolkadotCustody {
	f.registerDot(f.vals[0], "v0")
	f.endBlock()
	c := f.custody(0)
	require.Equal(f.t, uint64(1), c.Id)
	return c
}

func (f *fixture) custody(id uint64) types.PolkadotCustody {
	r, err := f.q.PolkadotCustody(f.ctx, &types.QueryPolkadotCustodyRequest{Id: id})
	require.NoError(f.t, err)
	return r.Custody
}

var dotSender = dotAccount("alice-on-westend")

func (f *fixture) dotDeposit(v *val, nonce, custody uint64, amt sdkmath.Int, receiver string) (*types.MsgClaimResponse, error) {
	return f.ms.PolkadotDepositClaim(f.ctx, &types.MsgPolkadotDepositClaim{Orchestrator: v.orch.String(), EventNonce: nonce,
		BlockNumber: 1000 + nonce, ExtrinsicIndex: 2, CustodyId: custody, Sender: dotSender, Amount: amt, BttReceiver: receiver})
}

func (f *fixture) dotExecuted(v *val, nonce, withdrawal uint64, success bool) (*types.MsgClaimResponse, error) {
	return f.ms.PolkadotWithdrawalExecutedClaim(f.ctx, &types.MsgPolkadotWithdrawalExecutedClaim{Orchestrator: v.orch.String(),
		EventNonce: nonce, BlockNumber: 1000 + nonce, WithdrawalId: withdrawal, Success: success})
}

func (f *fixture) wndBalance(a sdk.AccAddress) sdkmath.Int {
	return f.balance(a, types.PolkadotVoucherDenom)
}

func (f *fixture) withdrawal(id uint64) types.PolkadotWithdrawal {
	r, err := f.q.PolkadotWithdrawal(f.ctx, &types.QueryPolkadotWithdrawalRequest{Id: id})
	require.NoError(f.t, err)
	return r.Withdrawal
}

func (f *fixture) checkDot() {
	f.t.Helper()
	require.NoError(f.t, f.k.CheckPolkadotVouchers(f.ctx))
	require.NoError(f.t, f.k.CheckPolkadotPendingIndexes(f.ctx))
}

// aliceSS58 is //Alice's ecdsa account on Westend (prefix 42), from @polkadot/keyring.
const aliceSS58 = "5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X"
const aliceAccountHex = "0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed"
