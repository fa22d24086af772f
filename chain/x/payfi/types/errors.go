package types

import errorsmod "cosmossdk.io/errors"

// x/payfi errors.
var (
	ErrInvalidAuthority    = errorsmod.Register(ModuleName, 2, "expected gov account as signer")
	ErrInvalidParams       = errorsmod.Register(ModuleName, 3, "invalid params")
	ErrInvalidMerchant     = errorsmod.Register(ModuleName, 4, "invalid merchant")
	ErrNotCredentialed     = errorsmod.Register(ModuleName, 5, "merchant has no valid KYC credential")
	ErrMerchantNotFound    = errorsmod.Register(ModuleName, 6, "merchant not registered")
	ErrInvalidInvoice      = errorsmod.Register(ModuleName, 7, "invalid invoice")
	ErrIdempotencyConflict = errorsmod.Register(ModuleName, 8, "idempotency key already used with other terms")
	ErrInvoiceNotFound     = errorsmod.Register(ModuleName, 9, "invoice not found")
	ErrInvoicePaid         = errorsmod.Register(ModuleName, 10, "invoice already paid")
	ErrInvoiceExpired      = errorsmod.Register(ModuleName, 11, "invoice expired")
	ErrAmountMismatch      = errorsmod.Register(ModuleName, 12, "payment must equal the invoice amount and denom (partial payments are refused)")
	ErrDenomNotAccepted    = errorsmod.Register(ModuleName, 13, "denom not accepted by the merchant")
	ErrPointsNotAccepted   = errorsmod.Register(ModuleName, 14, "points cannot pay this invoice")
	ErrDiscountTooLarge    = errorsmod.Register(ModuleName, 15, "points discount above the allowed share")
	ErrInsufficientFunds   = errorsmod.Register(ModuleName, 16, "insufficient funds")
	ErrNotInvoiceMerchant  = errorsmod.Register(ModuleName, 17, "not the invoice's merchant")
	ErrInvoiceNotPaid      = errorsmod.Register(ModuleName, 18, "invoice is not paid")
	ErrRefundTooLarge      = errorsmod.Register(ModuleName, 19, "refund above what the payer paid")
	ErrRefundNotAllowed    = errorsmod.Register(ModuleName, 20, "refund not allowed by the merchant's policy")
	ErrInvalidRefund       = errorsmod.Register(ModuleName, 21, "invalid refund")
	ErrInvalidPaymentLink  = errorsmod.Register(ModuleName, 22, "invalid payment link")
	ErrBadPaymentLinkSig   = errorsmod.Register(ModuleName, 23, "payment link signature does not verify against the merchant")
)
