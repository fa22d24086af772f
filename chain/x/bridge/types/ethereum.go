// Package types holds x/bridge's types. This file is the Go twin of bridge-contracts' digests
// (bridge-contracts/src/digest.ts, BttBridge.sol): the valset checkpoint and batch digests that
// orchestrators sign and the contract checks, the signed-message hash, signature recovery and the
// power normalisation, byte for byte as bridge-contracts/README.md specifies them.
package types

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TotalPower is the sum valset powers are normalised to (2^32), PowerThreshold what signatures
// must exceed: floor(2^32 × 2 ÷ 3), as BttBridge.sol's POWER_THRESHOLD.
const (
	TotalPower     uint64 = 1 << 32
	PowerThreshold uint64 = 2_863_311_530
)

// Method names in the digests: bytes32 string literals (ASCII, right-padded with zeros), not hashes.
var (
	checkpointMethod = methodName("checkpoint")
	batchMethod      = methodName("transactionBatch")
)

func methodName(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

var (
	bytes32T   = mustType("bytes32")
	uint256T   = mustType("uint256")
	addressT   = mustType("address")
	addressesT = mustType("address[]")
	uint256sT  = mustType("uint256[]")

	checkpointArgs = abi.Arguments{{Type: bytes32T}, {Type: bytes32T}, {Type: uint256T}, {Type: addressesT}, {Type: uint256sT}}
	batchArgs      = abi.Arguments{{Type: bytes32T}, {Type: bytes32T}, {Type: uint256sT}, {Type: addressesT}, {Type: uint256sT},
		{Type: uint256T}, {Type: addressT}, {Type: uint256T}}
)

// EthValset is a validator set as the contract holds it: addresses and normalised powers in
// contract order (power descending, then address ascending), and its nonce.
type EthValset struct {
	Validators []common.Address
	Powers     []uint64
	Nonce      uint64
}

func bigs(xs []uint64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = new(big.Int).SetUint64(x)
	}
	return out
}

// Validate checks the shape BttBridge.sol requires: one power per address, no zero address, no
// duplicate, no zero power, contract order, and a total above the threshold and at most 2^32.
func (v EthValset) Validate() error {
	if len(v.Validators) == 0 || len(v.Validators) != len(v.Powers) {
		return fmt.Errorf("valset needs as many powers as validators, and at least one (%d, %d)", len(v.Validators), len(v.Powers))
	}
	var total uint64
	seen := map[common.Address]bool{}
	for i, a := range v.Validators {
		if a == (common.Address{}) || seen[a] {
			return fmt.Errorf("validator %d: zero or duplicate address %s", i, a)
		}
		seen[a] = true
		if v.Powers[i] == 0 {
			return fmt.Errorf("validator %d: zero power", i)
		}
		if i > 0 && (v.Powers[i] > v.Powers[i-1] || (v.Powers[i] == v.Powers[i-1] && bytes.Compare(a[:], v.Validators[i-1][:]) < 0)) {
			return fmt.Errorf("validator %d: not in contract order (power descending, then address ascending)", i)
		}
		total += v.Powers[i]
	}
	if total <= PowerThreshold || total > TotalPower {
		return fmt.Errorf("total power %d must exceed %d and be at most %d", total, PowerThreshold, TotalPower)
	}
	return nil
}

// Checkpoint is keccak256(abi.encode(bridgeId, "checkpoint", nonce, validators, powers)).
func (v EthValset) Checkpoint(bridgeID [32]byte) ([32]byte, error) {
	enc, err := checkpointArgs.Pack(bridgeID, checkpointMethod, new(big.Int).SetUint64(v.Nonce), v.Validators, bigs(v.Powers))
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// EthBatch is an outgoing batch as the contract executes it.
type EthBatch struct {
	Amounts      []*big.Int
	Destinations []common.Address
	Fees         []*big.Int
	Nonce        uint64
	Token        common.Address
	// Timeout is an Ethereum block height: the batch executes only in blocks below it.
	Timeout uint64
}

// Digest is keccak256(abi.encode(bridgeId, "transactionBatch", amounts, destinations, fees,
// batchNonce, tokenContract, batchTimeout)).
func (b EthBatch) Digest(bridgeID [32]byte) ([32]byte, error) {
	if len(b.Amounts) == 0 || len(b.Amounts) != len(b.Destinations) || len(b.Amounts) != len(b.Fees) {
		return [32]byte{}, fmt.Errorf("a batch needs equal, non-zero numbers of amounts, destinations and fees")
	}
	enc, err := batchArgs.Pack(bridgeID, batchMethod, b.Amounts, b.Destinations, b.Fees,
		new(big.Int).SetUint64(b.Nonce), b.Token, new(big.Int).SetUint64(b.Timeout))
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// SignedMessageHash is what an orchestrator signs over a digest: keccak256("\x19Ethereum Signed
// Message:\n32" ‖ digest), as ethers' signMessage(arrayify(digest)) and the contract compute it.
func SignedMessageHash(digest [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n32"), digest[:])
}

// secp256k1HalfN is half the curve order: signatures with a larger s are refused (malleability),
// as OpenZeppelin's ECDSA in the contract refuses them.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverSigner returns the address that signed digest (through SignedMessageHash) with a 65-byte
// r ‖ s ‖ v signature, v ∈ {27, 28}; a malleable (upper-half s) or malformed signature is an error.
func RecoverSigner(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature must be 65 bytes, got %d", len(sig))
	}
	if v := sig[64]; v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("signature v must be 27 or 28, got %d", v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, errors.New("malleable signature: s in the upper half of the curve order")
	}
	normal := append([]byte(nil), sig...)
	normal[64] -= 27
	h := SignedMessageHash(digest)
	pub, err := crypto.SigToPub(h[:], normal)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Member is one bonded validator's orchestrator Ethereum address and its (unnormalised) power.
type Member struct {
	EthAddress common.Address
	Power      uint64
}

// NormalisePowers turns members into the contract's valset: power × 2^32 ÷ total (floored),
// members whose normalised power is 0 dropped, ordered by power descending then address ascending.
func NormalisePowers(members []Member, nonce uint64) (EthValset, error) {
	if len(members) == 0 {
		return EthValset{}, errors.New("empty validator set")
	}
	total := new(big.Int)
	seen := map[common.Address]bool{}
	for _, m := range members {
		if m.EthAddress == (common.Address{}) || seen[m.EthAddress] {
			return EthValset{}, fmt.Errorf("zero or duplicate address %s in validator set", m.EthAddress)
		}
		seen[m.EthAddress] = true
		total.Add(total, new(big.Int).SetUint64(m.Power))
	}
	if total.Sign() == 0 {
		return EthValset{}, errors.New("validator set has no power")
	}
	type row struct {
		addr  common.Address
		power uint64
	}
	rows := make([]row, 0, len(members))
	for _, m := range members {
		p := new(big.Int).Mul(new(big.Int).SetUint64(m.Power), new(big.Int).SetUint64(TotalPower))
		p.Quo(p, total)
		if p.Sign() > 0 {
			rows = append(rows, row{m.EthAddress, p.Uint64()})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].power != rows[j].power {
			return rows[i].power > rows[j].power
		}
		return bytes.Compare(rows[i].addr[:], rows[j].addr[:]) < 0
	})
	v := EthValset{Nonce: nonce}
	for _, r := range rows {
		v.Validators = append(v.Validators, r.addr)
		v.Powers = append(v.Powers, r.power)
	}
	return v, nil
}
