package types_test

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// Vectors from @polkadot/util-crypto 13 / @polkadot/keyring (node, keyring type "ecdsa", ss58Format 42):
// the //Alice, //Bob, //Charlie ecdsa pairs, createKeyMulti, encodeAddress and pair.sign.
const (
	alicePub     = "020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1"
	aliceAccount = "0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed"
	aliceSS58    = "5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X"
	bobAccount   = "0x3f6eaf1be5add88d84ca8b02d350074935dbf04f53f4287cb6abfd6b33413f8f"
	charlieAcct  = "0x6672035dd6010e55e08eb707d171b5ec790bfea44f93ea8b1d22503033de45cd"
	// pair.sign(stringToU8a(msg)) by //Alice over PolkadotProofMessage(0x1122…1122, bttvaloper1qypq…pxud2n).
	aliceProof = "f5945cced887d90c60c5b731ae2ff31a561f227da6540b3be417980a428fa5613e6e2cdd681b67225cae3a087149aeea64e5c1b9cc1d1b1a8f9c9c7321cd4f2501"
	vecBridge  = "0x1122334455667788990011223344556677889900112233445566778899001122"
	vecValoper = "bttvaloper1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5pxud2n"
)

func acct(t *testing.T, s string) [32]byte {
	a, err := types.ParsePolkadotAccount(s)
	require.NoError(t, err)
	return a
}

func TestEcdsaAccountAndProofVector(t *testing.T) {
	pub, _ := hex.DecodeString(alicePub)
	require.Equal(t, aliceAccount, types.AccountHex(types.EcdsaAccountID(pub)))
	sig, _ := hex.DecodeString(aliceProof)
	msg := []byte(types.PolkadotProofMessage(vecBridge, vecValoper))
	require.NoError(t, types.VerifyEcdsaProof(pub, sig, msg))
	// v as 27/28 is accepted too.
	sig27 := append([]byte{}, sig...)
	sig27[64] += 27
	require.NoError(t, types.VerifyEcdsaProof(pub, sig27, msg))
	// Another validator, a flipped bit, a short signature, a bad key: refused.
	require.Error(t, types.VerifyEcdsaProof(pub, sig, []byte(types.PolkadotProofMessage(vecBridge, "bttvaloper1other"))))
	bad := append([]byte{}, sig...)
	bad[3] ^= 1
	require.Error(t, types.VerifyEcdsaProof(pub, bad, msg))
	require.Error(t, types.VerifyEcdsaProof(pub, sig[:64], msg))
	require.Error(t, types.VerifyEcdsaProof(pub[:32], sig, msg))
	// The bridge id is taken in lowercase whatever its case in params.
	require.Equal(t, types.PolkadotProofMessage(vecBridge, vecValoper), types.PolkadotProofMessage("0x1122334455667788990011223344556677889900112233445566778899001122", vecValoper))
}

func TestMultisigAccountVectors(t *testing.T) {
	ids := [][32]byte{acct(t, aliceAccount), acct(t, bobAccount), acct(t, charlieAcct)}
	for thr, want := range map[uint16]string{
		1: "0x4ae3307e367ea1236843f53984b46fe8efa244910a7324db08f183f5b7d57fc9",
		2: "0xd674736b9f750b801fb3d8cefd2a77afb640e0ab0b4321d21fbd5e8eb0e265ec",
		3: "0x186ec77c042ea051452f73b73102dfb34692694a186892202d48677b063f2802",
	} {
		require.Equal(t, want, types.AccountHex(types.MultisigAccount(ids, thr)), "threshold %d", thr)
	}
	// createKeyMulti sorts: the order given does not matter.
	var five [][32]byte
	for i := 5; i >= 1; i-- {
		var a [32]byte
		for j := range a {
			a[j] = byte(i)
		}
		five = append(five, a)
	}
	require.Equal(t, "0x3ea34a29b2a69819b11085d599bfcf54a0f7f2da6bf59e4bd6cabde25bb23166", types.AccountHex(types.MultisigAccount(five, 4)))
	require.Equal(t, "5GuthR3RAY7uJAMcdQ5HnVW9b1UE6KRFfyNFLKr6fj9jdRmZ", types.EncodeSS58(42, types.MultisigAccount(ids, 2)))
}

func TestMultisigThreshold(t *testing.T) {
	for n, want := range map[int]uint16{1: 1, 2: 2, 3: 2, 4: 3, 5: 4, 6: 4, 7: 5, 100: 67} {
		require.Equal(t, want, types.MultisigThreshold(n), "n=%d", n)
	}
}

func TestSS58(t *testing.T) {
	alice := acct(t, aliceAccount)
	for _, c := range []struct {
		addr   string
		prefix uint16
	}{
		{aliceSS58, 42},
		{"13VAtLwNPFNMpqRJ6yzU4cwe3w4eyS9pDaLVW5DFzdvFwWa", 0},
		{"CcogsRk8xzpfweM7Ak3Ds9nw2DemLhCC6gbisMpBhptpgcr", 2},
	} {
		p, a, err := types.DecodeSS58(c.addr)
		require.NoError(t, err, c.addr)
		require.Equal(t, c.prefix, p)
		require.Equal(t, alice, a)
		require.Equal(t, c.addr, types.EncodeSS58(c.prefix, alice))
	}
	// A two-byte prefix (4242, from encodeAddress(0x07…07, 4242)).
	p, a, err := types.DecodeSS58("mHjjhqyvF4CKpD9NUFKzUoeCHLpndCfCR2HfwXZEmmzH2Uurj")
	require.NoError(t, err)
	require.Equal(t, uint16(4242), p)
	require.Equal(t, byte(7), a[0])
	// Bad checksum (one character changed), not base58, wrong length, empty.
	for _, bad := range []string{
		"5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9Y", "0OIl", "5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rh", "",
		"btt1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5mz8leg", "0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed",
	} {
		_, _, err := types.DecodeSS58(bad)
		require.Error(t, err, bad)
	}
}

func TestPolkadotParamsValidate(t *testing.T) {
	require.NoError(t, types.DefaultPolkadotParams().Validate())
	p := types.DefaultPolkadotParams()
	p.WithdrawalTimeoutBlocks = 0
	require.Error(t, p.Validate())
	p = types.DefaultPolkadotParams()
	p.MaxCustodyMembers = 101
	require.Error(t, p.Validate())
	p = types.DefaultPolkadotParams()
	p.ExistentialDeposit = p.ExistentialDeposit.SubRaw(p.ExistentialDeposit.Int64())
	require.Error(t, p.Validate())
	// withdrawal spam bounds: a fee set and not negative (0 is allowed), both caps ≥ 1, per sender ≤ global
	for name, edit := range map[string]func(p *types.PolkadotParams){
		"nil fee":             func(p *types.PolkadotParams) { p.MinWithdrawalFee = sdkmath.Int{} },
		"negative fee":        func(p *types.PolkadotParams) { p.MinWithdrawalFee = sdkmath.NewInt(-1) },
		"no global cap":       func(p *types.PolkadotParams) { p.MaxPendingWithdrawals = 0 },
		"no sender cap":       func(p *types.PolkadotParams) { p.MaxPendingWithdrawalsPerSender = 0 },
		"sender above global": func(p *types.PolkadotParams) { p.MaxPendingWithdrawalsPerSender = p.MaxPendingWithdrawals + 1 },
	} {
		p := types.DefaultPolkadotParams()
		edit(&p)
		require.Error(t, p.Validate(), name)
	}
	p = types.DefaultPolkadotParams()
	p.MinWithdrawalFee = sdkmath.ZeroInt()
	p.MaxPendingWithdrawalsPerSender = p.MaxPendingWithdrawals
	require.NoError(t, p.Validate())
	require.True(t, types.PolkadotParams{}.MinFee().IsZero()) // params stored before the field: no minimum
}
