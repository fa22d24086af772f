package types

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/btcutil/base58"
	"github.com/cosmos/gogoproto/proto"
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"golang.org/x/crypto/blake2b"
)

const (
	// PolkadotVoucherDenom is the BTT voucher of Westend's WND (12 decimals, planck base unit).
	PolkadotVoucherDenom = "bridge/dot/wnd"
	// PolkadotDisplayDenom is the display unit of PolkadotVoucherDenom.
	PolkadotDisplayDenom = "WND"
	// PolkadotDecimals is WND's exponent (1 WND = 10^12 planck).
	PolkadotDecimals = 12
	// PolkadotKeyEcdsa is the only key type MsgSetPolkadotOrchestrator accepts.
	PolkadotKeyEcdsa = "ecdsa"
	// MaxMultisigSignatories is pallet_multisig's MaxSignatories on Westend.
	MaxMultisigSignatories = 100
)

// Collection prefixes of the Polkadot side (40 and up; the Ethereum side uses the ones below).
var (
	PolkadotOrchestratorsKey  = collections.NewPrefix(40)
	PolkadotCustodiesKey      = collections.NewPrefix(41)
	PolkadotWithdrawalsKey    = collections.NewPrefix(42)
	PolkadotPendingKey        = collections.NewPrefix(43)
	PolkadotNextWithdrawKey   = collections.NewPrefix(44)
	PolkadotAttestationsKey   = collections.NewPrefix(45)
	PolkadotEventNoncesKey    = collections.NewPrefix(46)
	PolkadotLastNonceKey      = collections.NewPrefix(47)
	PolkadotLastBlockKey      = collections.NewPrefix(48)
	PolkadotUnclaimableKey    = collections.NewPrefix(49)
	PolkadotCheckpointsKey    = collections.NewPrefix(50)
	PolkadotTotalsKey         = collections.NewPrefix(51)
	PolkadotCurrentCustodyKey = collections.NewPrefix(52)
	// Withdrawal-spam indexes (derived from the pending withdrawals; rebuilt by InitGenesis, not exported).
	PolkadotPendingByTimeoutKey = collections.NewPrefix(53)
	PolkadotReservedKey         = collections.NewPrefix(54)
	PolkadotMigratingKey        = collections.NewPrefix(55)
	PolkadotPendingCountKey     = collections.NewPrefix(56)
	PolkadotPendingBySenderKey  = collections.NewPrefix(57)
)

// DefaultPolkadotParams: Westend's existential deposit (0.01 WND), withdrawals time out after 600 BTT blocks,
// a checkpoint every 100 blocks, the newest 100 kept; withdrawals pay at least 0.01 WND of fee, at most 1000
// are pending at once, 20 of them per sender (README "Withdrawal spam bounds").
func DefaultPolkadotParams() PolkadotParams {
	return PolkadotParams{
		ExistentialDeposit:             sdkmath.NewInt(10_000_000_000),
		WithdrawalTimeoutBlocks:        600,
		CheckpointBlocks:               100,
		CheckpointsKept:                100,
		MaxCustodyMembers:              MaxMultisigSignatories,
		MinWithdrawalFee:               DefaultMinPolkadotWithdrawalFee,
		MaxPendingWithdrawals:          DefaultMaxPendingPolkadotWithdrawals,
		MaxPendingWithdrawalsPerSender: DefaultMaxPendingPolkadotWithdrawalsPerSender,
	}
}

// Withdrawal-spam defaults.
const (
	DefaultMaxPendingPolkadotWithdrawals          = 1000
	DefaultMaxPendingPolkadotWithdrawalsPerSender = 20
)

// DefaultMinPolkadotWithdrawalFee is 0.01 WND (10^10 planck).
var DefaultMinPolkadotWithdrawalFee = sdkmath.NewInt(10_000_000_000)

// MinFee is min_withdrawal_fee, 0 when unset (params stored before the field existed).
func (p PolkadotParams) MinFee() sdkmath.Int {
	if p.MinWithdrawalFee.IsNil() {
		return sdkmath.ZeroInt()
	}
	return p.MinWithdrawalFee
}

// Validate checks the Polkadot params.
func (p PolkadotParams) Validate() error {
	if p.ExistentialDeposit.IsNil() || !p.ExistentialDeposit.IsPositive() {
		return fmt.Errorf("polkadot.existential_deposit must be positive")
	}
	if p.WithdrawalTimeoutBlocks == 0 {
		return fmt.Errorf("polkadot.withdrawal_timeout_blocks must be positive")
	}
	if p.CheckpointBlocks > 0 && p.CheckpointsKept == 0 {
		return fmt.Errorf("polkadot.checkpoints_kept must be positive while checkpoints are on")
	}
	if p.MaxCustodyMembers == 0 || p.MaxCustodyMembers > MaxMultisigSignatories {
		return fmt.Errorf("polkadot.max_custody_members must be in [1, %d]", MaxMultisigSignatories)
	}
	if p.MinWithdrawalFee.IsNil() || p.MinWithdrawalFee.IsNegative() {
		return fmt.Errorf("polkadot.min_withdrawal_fee must be set and not negative")
	}
	if p.MaxPendingWithdrawals == 0 {
		return fmt.Errorf("polkadot.max_pending_withdrawals must be positive")
	}
	if p.MaxPendingWithdrawalsPerSender == 0 || p.MaxPendingWithdrawalsPerSender > p.MaxPendingWithdrawals {
		return fmt.Errorf("polkadot.max_pending_withdrawals_per_sender must be in [1, max_pending_withdrawals]")
	}
	return nil
}

// WestendSS58Prefix is the SS58 network prefix the chain writes addresses in (Westend's and generic
// Substrate's, 42); any prefix is accepted in input.
const WestendSS58Prefix = 42

// AccountHex is the 0x lowercase hex form of an AccountId.
func AccountHex(a [32]byte) string { return "0x" + hex.EncodeToString(a[:]) }

// ParsePolkadotAccount parses a 0x-prefixed 32-byte hex AccountId (any case); all zero is refused.
func ParsePolkadotAccount(s string) ([32]byte, error) {
	var a [32]byte
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return a, fmt.Errorf("%q is not a 0x-prefixed 32-byte hex AccountId", s)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return a, fmt.Errorf("%q is not hex", s)
	}
	copy(a[:], b)
	if a == ([32]byte{}) {
		return a, fmt.Errorf("the zero AccountId is not allowed")
	}
	return a, nil
}

var ss58Pre = []byte("SS58PRE")

// DecodeSS58 decodes an SS58 address of a 32-byte AccountId with any network prefix (simple 1-byte prefixes
// 0..63 and two-byte prefixes 64..16383) and checks its checksum: blake2b_512("SS58PRE" ++ prefix ++ id)[0:2].
func DecodeSS58(s string) (prefix uint16, account [32]byte, err error) {
	if s == "" || len(s) > 64 {
		return 0, account, fmt.Errorf("%q is not an SS58 address", s)
	}
	raw := base58.Decode(s)
	if len(raw) == 0 {
		return 0, account, fmt.Errorf("%q is not base58", s)
	}
	var plen int
	switch {
	case raw[0] < 64:
		plen, prefix = 1, uint16(raw[0])
	case raw[0] < 128 && len(raw) > 1:
		// Two-byte form (Substrate ss58 codec): lower 6 bits of the first byte and the second byte.
		plen = 2
		prefix = uint16(raw[0]&0x3f)<<2 | uint16(raw[1]>>6) | uint16(raw[1]&0x3f)<<8
	default:
		return 0, account, fmt.Errorf("%q has an invalid SS58 prefix byte", s)
	}
	if len(raw) != plen+32+2 {
		return 0, account, fmt.Errorf("%q is not the SS58 address of a 32-byte account (%d bytes)", s, len(raw))
	}
	h, _ := blake2b.New512(nil)
	h.Write(ss58Pre)
	h.Write(raw[:plen+32])
	sum := h.Sum(nil)
	if !bytes.Equal(sum[:2], raw[plen+32:]) {
		return 0, account, fmt.Errorf("%q has a bad SS58 checksum", s)
	}
	copy(account[:], raw[plen:plen+32])
	return prefix, account, nil
}

// EncodeSS58 encodes an AccountId with a network prefix (< 16384).
func EncodeSS58(prefix uint16, account [32]byte) string {
	var pre []byte
	if prefix < 64 {
		pre = []byte{byte(prefix)}
	} else {
		pre = []byte{byte((prefix&0xfc)>>2) | 0x40, byte(prefix>>8) | byte((prefix&0x03)<<6)}
	}
	body := append(append([]byte{}, pre...), account[:]...)
	h, _ := blake2b.New512(nil)
	h.Write(ss58Pre)
	h.Write(body)
	return base58.Encode(append(body, h.Sum(nil)[:2]...))
}

// scaleCompact is the SCALE compact encoding of n.
func scaleCompact(n uint64) []byte {
	switch {
	case n < 1<<6:
		return []byte{byte(n << 2)}
	case n < 1<<14:
		b := make([]byte, 2)
		binary.LittleEndian.PutUint16(b, uint16(n<<2|1))
		return b
	case n < 1<<30:
		b := make([]byte, 4)
		binary.LittleEndian.PutUint32(b, uint32(n<<2|2))
		return b
	}
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, n)
	for len(b) > 4 && b[len(b)-1] == 0 {
		b = b[:len(b)-1]
	}
	return append([]byte{byte(len(b)-4)<<2 | 3}, b...)
}

// MultisigThreshold is ⌈2n/3⌉ (at least 1).
func MultisigThreshold(n int) uint16 {
	if n <= 0 {
		return 0
	}
	return uint16((2*n + 2) / 3)
}

// MultisigAccount is pallet_multisig's account of members (any order; sorted here) and threshold:
// blake2b_256("modlpy/utilisuba" ++ SCALE(Vec<AccountId>) ++ u16 LE threshold), as createKeyMulti computes it.
func MultisigAccount(members [][32]byte, threshold uint16) [32]byte {
	sorted := make([][32]byte, len(members))
	copy(sorted, members)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i][:], sorted[j][:]) < 0 })
	h, _ := blake2b.New256(nil)
	h.Write([]byte("modlpy/utilisuba"))
	h.Write(scaleCompact(uint64(len(sorted))))
	for _, m := range sorted {
		h.Write(m[:])
	}
	var t [2]byte
	binary.LittleEndian.PutUint16(t[:], threshold)
	h.Write(t[:])
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// EcdsaAccountID is a Substrate ecdsa account: blake2b_256 of the 33-byte compressed public key.
func EcdsaAccountID(compressed []byte) [32]byte { return blake2b.Sum256(compressed) }

// PolkadotProofMessage is what a Polkadot key signs to be registered for validator.
func PolkadotProofMessage(bridgeID, validator string) string {
	return "btt-bridge:" + strings.ToLower(bridgeID) + ":setPolkadotOrchestrator:" + validator
}

// VerifyEcdsaProof checks a Substrate ecdsa signature (65 bytes r||s||v, v in {0,1} or {27,28}) by the 33-byte
// compressed public key over blake2b_256(message), as @polkadot/util-crypto's secp256k1Sign(…, 'blake2') makes.
// High-s signatures are refused (as Substrate's verification does).
func VerifyEcdsaProof(publicKey, sig []byte, message []byte) error {
	if len(publicKey) != 33 {
		return fmt.Errorf("public_key must be a 33-byte compressed secp256k1 key, got %d bytes", len(publicKey))
	}
	pub, err := secp256k1.ParsePubKey(publicKey)
	if err != nil {
		return fmt.Errorf("public_key: %w", err)
	}
	if len(sig) != 65 {
		return fmt.Errorf("proof must be a 65-byte ecdsa signature, got %d bytes", len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return fmt.Errorf("proof recovery id %d is not 0 or 1", sig[64])
	}
	var s secp256k1.ModNScalar
	if s.SetByteSlice(sig[32:64]) || s.IsOverHalfOrder() {
		return fmt.Errorf("proof s is not canonical (low-s)")
	}
	digest := blake2b.Sum256(message)
	compact := make([]byte, 65)
	compact[0] = 27 + 4 + v
	copy(compact[1:], sig[:64])
	rec, _, err := ecdsa.RecoverCompact(compact, digest[:])
	if err != nil {
		return fmt.Errorf("proof does not recover: %w", err)
	}
	if !rec.IsEqual(pub) {
		return fmt.Errorf("proof is not by public_key (wrong message, bridge id or validator?)")
	}
	return nil
}

// Hash is hex sha256 of the claim's proto bytes (the PolkadotClaim oneof wrapper).
func (c PolkadotClaim) Hash() (string, error) {
	bz, err := proto.Marshal(&c)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(bz)
	return hex.EncodeToString(h[:]), nil
}

// EventNonce returns the claim's event nonce.
func (c PolkadotClaim) EventNonce() uint64 {
	switch k := c.Kind.(type) {
	case *PolkadotClaim_Deposit:
		return k.Deposit.EventNonce
	case *PolkadotClaim_WithdrawalExecuted:
		return k.WithdrawalExecuted.EventNonce
	}
	return 0
}

// BlockNumber returns the Polkadot block of the claim's event.
func (c PolkadotClaim) BlockNumber() uint64 {
	switch k := c.Kind.(type) {
	case *PolkadotClaim_Deposit:
		return k.Deposit.BlockNumber
	case *PolkadotClaim_WithdrawalExecuted:
		return k.WithdrawalExecuted.BlockNumber
	}
	return 0
}

// Validate checks a Polkadot claim's shape (not its truth).
func (c PolkadotClaim) Validate() error {
	if c.EventNonce() == 0 {
		return fmt.Errorf("event_nonce must be positive")
	}
	if c.BlockNumber() == 0 {
		return fmt.Errorf("block_number must be positive")
	}
	switch k := c.Kind.(type) {
	case *PolkadotClaim_Deposit:
		d := k.Deposit
		if d.CustodyId == 0 {
			return fmt.Errorf("custody_id must be positive")
		}
		if _, err := ParsePolkadotAccount(d.Sender); err != nil {
			return fmt.Errorf("sender: %w", err)
		}
		if d.Amount.IsNil() || !d.Amount.IsPositive() {
			return fmt.Errorf("amount must be positive")
		}
		if d.Amount.BigInt().BitLen() > 128 {
			return fmt.Errorf("amount exceeds u128")
		}
		if len(d.BttReceiver) > 256 {
			return fmt.Errorf("btt_receiver longer than 256 bytes")
		}
	case *PolkadotClaim_WithdrawalExecuted:
		if k.WithdrawalExecuted.WithdrawalId == 0 {
			return fmt.Errorf("withdrawal_id must be positive")
		}
	default:
		return fmt.Errorf("empty claim")
	}
	return nil
}

// Hash is 0x hex sha256 of the state's proto bytes (gogoproto writes fields in number order: canonical).
func (s PolkadotBridgeState) Hash() (string, error) {
	bz, err := proto.Marshal(&s)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(bz)
	return "0x" + hex.EncodeToString(h[:]), nil
}

// ZeroPolkadotTotals are all-zero counters.
func ZeroPolkadotTotals() PolkadotTotals {
	return PolkadotTotals{Credited: sdkmath.ZeroInt(), Executed: sdkmath.ZeroInt(), Overdrawn: sdkmath.ZeroInt()}
}

// DefaultPolkadotGenesis is the empty Polkadot state.
func DefaultPolkadotGenesis() PolkadotGenesis {
	return PolkadotGenesis{NextWithdrawalId: 1, Totals: ZeroPolkadotTotals()}
}
