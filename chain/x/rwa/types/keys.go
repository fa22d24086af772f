package types

import (
	"fmt"
	"strconv"
	"strings"

	"cosmossdk.io/collections"
)

const (
	// ModuleName is the name of the rwa module and of its module account, which escrows
	// resting orders' abtt and shares and mints and burns shares (never abtt).
	ModuleName = "rwa"
	// StoreKey is the store key of the rwa module.
	StoreKey = ModuleName
	// BaseDenom is the denom orders are priced in and fees are paid in.
	BaseDenom = "abtt"
	// ShareDenomPrefix starts every share denom: rwa/{asset id}.
	ShareDenomPrefix = "rwa/"
)

// Collection prefixes.
var (
	ParamsKey       = collections.NewPrefix(0)
	VerifiersKey    = collections.NewPrefix(1)
	CredentialsKey  = collections.NewPrefix(2)
	AssetsKey       = collections.NewPrefix(3)
	AssetSeqKey     = collections.NewPrefix(4)
	ValuationsKey   = collections.NewPrefix(5)
	OrdersKey       = collections.NewPrefix(6)
	OrderSeqKey     = collections.NewPrefix(7)
	BookKey         = collections.NewPrefix(8)
	OwnerOrdersKey  = collections.NewPrefix(9)
	TradesKey       = collections.NewPrefix(10)
	TradeSeqKey     = collections.NewPrefix(11)
	OpenOrderCntKey = collections.NewPrefix(12)
	// TradeIndexKey maps trade id -> asset id: trades in id (= time) order, for pruning by age.
	TradeIndexKey = collections.NewPrefix(13)
)

// ShareDenom returns the share denom of an asset.
func ShareDenom(assetID uint64) string { return fmt.Sprintf("%s%d", ShareDenomPrefix, assetID) }

// ParseShareDenom returns the asset id of a share denom; ok is false for any other denom.
func ParseShareDenom(denom string) (uint64, bool) {
	if !strings.HasPrefix(denom, ShareDenomPrefix) {
		return 0, false
	}
	id, err := strconv.ParseUint(denom[len(ShareDenomPrefix):], 10, 64)
	if err != nil || id == 0 {
		return 0, false
	}
	return id, true
}
