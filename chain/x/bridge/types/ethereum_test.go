package types_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// The vectors of bridge-contracts/README.md ("Test vectors"), which the TypeScript digests produce
// and BttBridge.sol's makeCheckpoint / makeBatchDigest agree with.
var (
	bridgeID = func() (b [32]byte) { copy(b[:], bytes.Repeat([]byte{0xab}, 32)); return }()
	addrA    = common.BytesToAddress(bytes.Repeat([]byte{0x11}, 20))
	addrB    = common.BytesToAddress(bytes.Repeat([]byte{0x22}, 20))
	addrC    = common.BytesToAddress(bytes.Repeat([]byte{0x33}, 20))
)

func TestCheckpointMatchesTheContractVector(t *testing.T) {
	// Raw powers 3 : 2 : 1, given out of order: normalised to 2^32 and put in contract order.
	v, err := types.NormalisePowers([]types.Member{{addrC, 1}, {addrA, 3}, {addrB, 2}}, 7)
	require.NoError(t, err)
	require.Equal(t, []common.Address{addrA, addrB, addrC}, v.Validators)
	require.Equal(t, []uint64{2147483648, 1431655765, 715827882}, v.Powers)
	require.NoError(t, v.Validate())
	cp, err := v.Checkpoint(bridgeID)
	require.NoError(t, err)
	require.Equal(t, "0x3e42480eb879d792f6468f2a22e817dd362b8498f483a706b4a81486a628b384", common.Hash(cp).Hex())
	require.Equal(t, "0x54f7c77ddd606556f46e6f13e883c3d77a9646daa6168b0d364cd36ac1cdd12e", common.Hash(types.SignedMessageHash(cp)).Hex())
	// Another bridge id, another checkpoint: a signature for one bridge is worthless on another.
	other := bridgeID
	other[0] = 0xac
	cp2, err := v.Checkpoint(other)
	require.NoError(t, err)
	require.NotEqual(t, cp, cp2)
}

func TestBatchDigestMatchesTheContractVector(t *testing.T) {
	b := types.EthBatch{
		Amounts: []*big.Int{big.NewInt(1000), big.NewInt(2000)}, Destinations: []common.Address{addrA, addrB},
		Fees: []*big.Int{big.NewInt(10), big.NewInt(20)}, Nonce: 3, Token: addrC, Timeout: 1000,
	}
	d, err := b.Digest(bridgeID)
	require.NoError(t, err)
	require.Equal(t, "0xc2fa33181697694ea77b323d58d47065b9460a314d7734e24047e8e3d78b3c62", common.Hash(d).Hex())
	require.Equal(t, "0xe34ca32bdd122ce7da294719eea1b73c2dbc31dc1600bd21aa6bc981f73c9c9b", common.Hash(types.SignedMessageHash(d)).Hex())
	b.Fees = b.Fees[:1]
	_, err = b.Digest(bridgeID)
	require.Error(t, err)
}

func TestRecoverSigner(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	digest := [32]byte{1, 2, 3}
	h := types.SignedMessageHash(digest)
	sig, err := crypto.Sign(h[:], key)
	require.NoError(t, err)
	sig[64] += 27 // Ethereum's v
	got, err := types.RecoverSigner(digest, sig)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), got)

	// Another digest recovers another address (so it fails the contract's check).
	other, err := types.RecoverSigner([32]byte{9}, sig)
	require.NoError(t, err)
	require.NotEqual(t, got, other)

	// The malleable twin (s' = N - s, v flipped) is refused, as OpenZeppelin's ECDSA refuses it.
	twin := append([]byte(nil), sig...)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	copy(twin[32:64], common.LeftPadBytes(s.Bytes(), 32))
	twin[64] = 27 + 28 - sig[64]
	_, err = types.RecoverSigner(digest, twin)
	require.ErrorContains(t, err, "malleable")

	bad := append([]byte(nil), sig...)
	bad[64] = 1
	_, err = types.RecoverSigner(digest, bad)
	require.Error(t, err)
	_, err = types.RecoverSigner(digest, sig[:64])
	require.Error(t, err)
}

func TestValsetShape(t *testing.T) {
	ok := types.EthValset{Validators: []common.Address{addrA, addrB}, Powers: []uint64{1 << 31, 1 << 31}, Nonce: 1}
	require.NoError(t, ok.Validate())
	for name, v := range map[string]types.EthValset{
		"empty":            {},
		"length mismatch":  {Validators: []common.Address{addrA}, Powers: []uint64{1 << 31, 1}},
		"zero address":     {Validators: []common.Address{{}}, Powers: []uint64{1 << 32}},
		"duplicate":        {Validators: []common.Address{addrA, addrA}, Powers: []uint64{1 << 31, 1 << 31}},
		"out of order":     {Validators: []common.Address{addrA, addrB}, Powers: []uint64{1 << 30, 3 << 30}},
		"tie out of order": {Validators: []common.Address{addrB, addrA}, Powers: []uint64{1 << 31, 1 << 31}},
		"below threshold":  {Validators: []common.Address{addrA}, Powers: []uint64{types.PowerThreshold}},
		"above 2^32":       {Validators: []common.Address{addrA, addrB}, Powers: []uint64{1 << 32, 1}},
	} {
		require.Error(t, v.Validate(), name)
	}
	// Normalisation drops members whose share floors to zero and refuses degenerate sets.
	v, err := types.NormalisePowers([]types.Member{{addrA, 1 << 40}, {addrB, 1}}, 2)
	require.NoError(t, err)
	require.Equal(t, []common.Address{addrA}, v.Validators)
	_, err = types.NormalisePowers(nil, 1)
	require.Error(t, err)
	_, err = types.NormalisePowers([]types.Member{{addrA, 0}}, 1)
	require.Error(t, err)
	_, err = types.NormalisePowers([]types.Member{{addrA, 1}, {addrA, 1}}, 1)
	require.Error(t, err)
}
