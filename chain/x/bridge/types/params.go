package types

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common"
)

// DefaultParams: bridge_id, bridge_contract and wrapped_btt_contract unset (the bridge is off until
// governance or the network's genesis tooling sets them), Ethereum chain 31337 (a local node).
func DefaultParams() Params {
	return Params{
		BridgeId:                      "",
		EthereumChainId:               31337,
		ValsetChangeThreshold:         sdkmath.LegacyNewDecWithPrec(5, 2),
		BatchMaxTransfers:             100,
		AutoBatchBlocks:               10,
		BatchTimeoutEthereumBlocks:    600,
		SignedWindowBlocks:            100,
		SlashingEnabled:               true,
		SlashFractionMissedConfirm:    sdkmath.LegacyNewDecWithPrec(1, 3),
		SlashFractionConflictingClaim: sdkmath.LegacyNewDecWithPrec(1, 2),
		AttestationsKept:              1000,
		JailDuration:                  10 * time.Minute,
		MaxOpenBatchesPerToken:        DefaultMaxOpenBatchesPerToken,
		MinBridgeFees:                 sdk.NewCoins(sdk.NewCoin(BttDenom, DefaultMinBridgeFeeAbtt)),
		AutoBatchMaxTokens:            DefaultAutoBatchMaxTokens,
		EthereumBlockTime:             12 * time.Second,
		Polkadot:                      DefaultPolkadotParams(),
	}
}

// Batch-spam defaults: at most 5 unexecuted batches per token, 0.001 BTT least bridge fee per abtt transfer
// (vouchers: no minimum until governance lists one), 20 tokens looked at per automatic batch run.
const (
	DefaultMaxOpenBatchesPerToken = 5
	DefaultAutoBatchMaxTokens     = 20
)

// DefaultMinBridgeFeeAbtt is 0.001 BTT (10^15 abtt).
var DefaultMinBridgeFeeAbtt = sdkmath.NewInt(1_000_000_000_000_000)

// MinBridgeFee is the least bridge fee a transfer of denom must pay (zero when the denom is not listed).
func (p Params) MinBridgeFee(denom string) sdkmath.Int {
	return p.MinBridgeFees.AmountOf(denom)
}

// ParseEthAddress parses a 0x-prefixed 20-byte hex address (EIP-55 or any case); the zero address is refused.
func ParseEthAddress(s string) (common.Address, error) {
	if len(s) != 42 || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", s)
	}
	if _, err := hex.DecodeString(s[2:]); err != nil {
		return common.Address{}, fmt.Errorf("%q is not hex", s)
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("the zero address is not allowed")
	}
	return a, nil
}

// ParseBridgeID parses params.bridge_id (0x + 64 hex digits); ok is false when it is unset (empty or zero).
func ParseBridgeID(s string) (id [32]byte, ok bool, err error) {
	if s == "" {
		return id, false, nil
	}
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return id, false, fmt.Errorf("bridge_id %q must be 0x and 64 hex digits", s)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return id, false, fmt.Errorf("bridge_id %q is not hex", s)
	}
	copy(id[:], b)
	return id, id != [32]byte{}, nil
}

// ParseSignature decodes a 0x-hex 65-byte signature.
func ParseSignature(s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") {
		return nil, fmt.Errorf("signature must be 0x-prefixed hex")
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, fmt.Errorf("signature is not hex: %w", err)
	}
	if len(b) != 65 {
		return nil, fmt.Errorf("signature must be 65 bytes, got %d", len(b))
	}
	return b, nil
}

func fraction(name string, d sdkmath.LegacyDec) error {
	if d.IsNil() || d.IsNegative() || d.GT(sdkmath.LegacyOneDec()) {
		return fmt.Errorf("%s must be in [0, 1]", name)
	}
	return nil
}

func optionalEth(name, s string) error {
	if s == "" {
		return nil
	}
	if _, err := ParseEthAddress(s); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Validate checks the params. bridge_id, bridge_contract and wrapped_btt_contract may be unset.
func (p Params) Validate() error {
	if _, _, err := ParseBridgeID(p.BridgeId); err != nil {
		return err
	}
	if p.EthereumChainId == 0 {
		return fmt.Errorf("ethereum_chain_id must be positive")
	}
	if err := optionalEth("bridge_contract", p.BridgeContract); err != nil {
		return err
	}
	if err := optionalEth("wrapped_btt_contract", p.WrappedBttContract); err != nil {
		return err
	}
	if p.BridgeContract != "" && strings.EqualFold(p.BridgeContract, p.WrappedBttContract) {
		return fmt.Errorf("bridge_contract and wrapped_btt_contract must differ")
	}
	if err := fraction("valset_change_threshold", p.ValsetChangeThreshold); err != nil {
		return err
	}
	if p.BatchMaxTransfers == 0 || p.BatchMaxTransfers > 1000 {
		return fmt.Errorf("batch_max_transfers must be in [1, 1000]")
	}
	if p.BatchTimeoutEthereumBlocks == 0 {
		return fmt.Errorf("batch_timeout_ethereum_blocks must be positive")
	}
	if p.SignedWindowBlocks == 0 {
		return fmt.Errorf("signed_window_blocks must be positive")
	}
	if err := fraction("slash_fraction_missed_confirm", p.SlashFractionMissedConfirm); err != nil {
		return err
	}
	if err := fraction("slash_fraction_conflicting_claim", p.SlashFractionConflictingClaim); err != nil {
		return err
	}
	if p.AttestationsKept == 0 {
		return fmt.Errorf("attestations_kept must be positive")
	}
	if p.JailDuration < 0 {
		return fmt.Errorf("jail_duration must not be negative")
	}
	if p.MaxOpenBatchesPerToken == 0 || p.MaxOpenBatchesPerToken > 100 {
		return fmt.Errorf("max_open_batches_per_token must be in [1, 100]")
	}
	if err := p.MinBridgeFees.Validate(); err != nil {
		return fmt.Errorf("min_bridge_fees: %w", err)
	}
	if p.AutoBatchMaxTokens == 0 || p.AutoBatchMaxTokens > 1000 {
		return fmt.Errorf("auto_batch_max_tokens must be in [1, 1000]")
	}
	if p.EthereumBlockTime < 0 {
		return fmt.Errorf("ethereum_block_time must not be negative (0: no projection)")
	}
	if err := p.Polkadot.Validate(); err != nil {
		return err
	}
	return nil
}
