package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of x/payfi. It has no module account: a payment settles in the same
	// message, payer to merchant and development fund (and community incentives pool to merchant
	// for a points discount), so nothing is ever held in escrow.
	ModuleName = "payfi"
	// StoreKey is the store key of x/payfi.
	StoreKey = ModuleName
	// BaseDenom is BTT's base denom, accepted by every merchant.
	BaseDenom = "abtt"
)

// Collection prefixes.
var (
	ParamsKey          = collections.NewPrefix(0)
	MerchantsKey       = collections.NewPrefix(1)
	InvoicesKey        = collections.NewPrefix(2)
	InvoiceSeqKey      = collections.NewPrefix(3)
	IdempotencyKey     = collections.NewPrefix(4)
	MerchantInvoiceKey = collections.NewPrefix(5)
)
