package types

import (
	"strings"

	"cosmossdk.io/collections"
)

const (
	// ModuleName is x/bridge's name and its module account's: it escrows abtt (never minted or
	// burned here) and mints and burns the Ethereum token vouchers bridge/eth/0x….
	ModuleName = "bridge"
	// StoreKey is x/bridge's store key.
	StoreKey = ModuleName
	// BttDenom is the base denom of BTT; it leaves as wBTT (params.wrapped_btt_contract).
	BttDenom = "abtt"
	// VoucherPrefix starts every voucher denom: bridge/eth/<lowercase 0x address>.
	VoucherPrefix = "bridge/eth/"
)

// Collection prefixes.
var (
	ParamsKey             = collections.NewPrefix(0)
	OrchestratorsKey      = collections.NewPrefix(1)
	ValsetsKey            = collections.NewPrefix(2)
	ValsetConfirmsKey     = collections.NewPrefix(3)
	PendingKey            = collections.NewPrefix(4)
	NextTransferKey       = collections.NewPrefix(5)
	BatchesKey            = collections.NewPrefix(6)
	LastBatchNonceKey     = collections.NewPrefix(7)
	BatchConfirmsKey      = collections.NewPrefix(8)
	AttestationsKey       = collections.NewPrefix(9)
	EventNoncesKey        = collections.NewPrefix(10)
	TokenDenomsKey        = collections.NewPrefix(11)
	UnclaimableKey        = collections.NewPrefix(12)
	LastObservedNonceKey  = collections.NewPrefix(13)
	LastObservedHeightKey = collections.NewPrefix(14)
	LastObservedValsetKey = collections.NewPrefix(15)
	WrappedOutstandingKey = collections.NewPrefix(16)
	PendingByFeeKey       = collections.NewPrefix(17)
)

// VoucherDenom is the BTT denom of an Ethereum token contract (any case): bridge/eth/0x<lowercase>.
func VoucherDenom(tokenContract string) string {
	return VoucherPrefix + strings.ToLower(tokenContract)
}

// IsVoucher says whether denom is a bridge voucher denom.
func IsVoucher(denom string) bool { return strings.HasPrefix(denom, VoucherPrefix) }

// Slashing reasons (EventOrchestratorSlashed.reason).
const (
	SlashMissedValsetConfirm = "missed_valset_confirm"
	SlashMissedBatchConfirm  = "missed_batch_confirm"
	SlashConflictingClaim    = "conflicting_claim"
)
