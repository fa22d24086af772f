package types

import errorsmod "cosmossdk.io/errors"

// x/health errors.
var (
	ErrInvalidAuthority    = errorsmod.Register(ModuleName, 2, "expected gov account as signer")
	ErrInvalidParams       = errorsmod.Register(ModuleName, 3, "invalid params")
	ErrInvalidActivityType = errorsmod.Register(ModuleName, 4, "invalid activity type")
	ErrUnknownActivityType = errorsmod.Register(ModuleName, 5, "unknown activity type")
	ErrInvalidVerifier     = errorsmod.Register(ModuleName, 6, "invalid verifier")
	ErrVerifierNotFound    = errorsmod.Register(ModuleName, 7, "verifier not found")
	ErrInvalidDevice       = errorsmod.Register(ModuleName, 8, "invalid device")
	ErrDeviceNotFound      = errorsmod.Register(ModuleName, 9, "device not found")
	ErrNotAVerifier        = errorsmod.Register(ModuleName, 10, "signer may not verify this activity")
	ErrSourceNotAllowed    = errorsmod.Register(ModuleName, 11, "verification source not allowed for this activity type")
	ErrBadDeviceSignature  = errorsmod.Register(ModuleName, 12, "device signature does not verify")
	ErrReplayedNonce       = errorsmod.Register(ModuleName, 13, "device nonce already used")
	ErrDuplicateEvidence   = errorsmod.Register(ModuleName, 14, "evidence hash already recorded")
	ErrOverCap             = errorsmod.Register(ModuleName, 15, "activity cap reached")
	ErrInvalidActivity     = errorsmod.Register(ModuleName, 16, "invalid activity")
	ErrActivityNotFound    = errorsmod.Register(ModuleName, 17, "activity not found")
	ErrAlreadyConfirmed    = errorsmod.Register(ModuleName, 18, "activity already confirmed by this verifier or already credited")
	ErrInsufficientPoints  = errorsmod.Register(ModuleName, 19, "insufficient matured points")
	ErrOverBudget          = errorsmod.Register(ModuleName, 20, "conversion beyond the epoch budget")
	ErrInvalidConversion   = errorsmod.Register(ModuleName, 21, "invalid conversion")
)
