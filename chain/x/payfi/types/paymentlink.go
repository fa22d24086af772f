package types

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/bech32"
)

// PaymentLinkScheme starts a payment link.
const PaymentLinkScheme = "btt:pay"

// PaymentLink is what a `btt:pay?...` payment link / QR payload carries. The merchant signs it
// with its account key, so a wallet can check that nobody altered the amount, the denom, the
// invoice or the merchant before it pays:
//
//	btt:pay?v=1&chain=CHAIN&invoice=ID&merchant=ADDR&amount=INT&denom=DENOM&ref=REF&exp=UNIX&pk=B64URL&sig=B64URL
//
// pk is the merchant's 33-byte compressed secp256k1 public key and sig its 64-byte signature
// (r||s, low s) of sha256(SignBytes()); values are percent-encoded, base64 is URL-safe
// without padding. The merchant's address must be the bech32 of pk's address.
type PaymentLink struct {
	ChainID   string
	InvoiceID uint64
	Merchant  string
	Amount    sdkmath.Int
	Denom     string
	Reference string
	ExpiresAt int64
}

// SignBytes is the canonical message of a payment link.
func (l PaymentLink) SignBytes() []byte {
	return []byte(strings.Join([]string{"btt-payfi-link/v1", l.ChainID, strconv.FormatUint(l.InvoiceID, 10),
		l.Merchant, l.Amount.String(), l.Denom, l.Reference, strconv.FormatInt(l.ExpiresAt, 10)}, "\n"))
}

var b64 = base64.RawURLEncoding

// Encode writes the link with the merchant's public key and signature.
func (l PaymentLink) Encode(pubKey, sig []byte) string {
	q := []string{
		"v=1",
		"chain=" + url.QueryEscape(l.ChainID),
		"invoice=" + strconv.FormatUint(l.InvoiceID, 10),
		"merchant=" + url.QueryEscape(l.Merchant),
		"amount=" + l.Amount.String(),
		"denom=" + url.QueryEscape(l.Denom),
		"ref=" + url.QueryEscape(l.Reference),
		"exp=" + strconv.FormatInt(l.ExpiresAt, 10),
		"pk=" + b64.EncodeToString(pubKey),
		"sig=" + b64.EncodeToString(sig),
	}
	return PaymentLinkScheme + "?" + strings.Join(q, "&")
}

// SignPaymentLink signs a link with the merchant's key and encodes it.
func SignPaymentLink(l PaymentLink, key *secp256k1.PrivKey) (string, error) {
	sig, err := key.Sign(l.SignBytes())
	if err != nil {
		return "", err
	}
	return l.Encode(key.PubKey().Bytes(), sig), nil
}

// ParsePaymentLink parses a payment link and verifies its signature against the merchant: a
// tampered or malformed link is refused.
func ParsePaymentLink(s string) (PaymentLink, error) {
	var l PaymentLink
	rest, ok := strings.CutPrefix(s, PaymentLinkScheme+"?")
	if !ok {
		return l, ErrInvalidPaymentLink.Wrapf("must start with %q", PaymentLinkScheme+"?")
	}
	vals := map[string]string{}
	for _, kv := range strings.Split(rest, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return l, ErrInvalidPaymentLink.Wrapf("parameter %q has no value", kv)
		}
		dv, err := url.QueryUnescape(v)
		if err != nil {
			return l, ErrInvalidPaymentLink.Wrapf("parameter %s: %v", k, err)
		}
		if _, dup := vals[k]; dup {
			return l, ErrInvalidPaymentLink.Wrapf("parameter %s given twice", k)
		}
		vals[k] = dv
	}
	want := []string{"v", "chain", "invoice", "merchant", "amount", "denom", "ref", "exp", "pk", "sig"}
	for _, k := range want {
		if _, ok := vals[k]; !ok {
			return l, ErrInvalidPaymentLink.Wrapf("parameter %s missing", k)
		}
	}
	if len(vals) != len(want) {
		return l, ErrInvalidPaymentLink.Wrap("unknown parameters")
	}
	if vals["v"] != "1" {
		return l, ErrInvalidPaymentLink.Wrapf("version %q unsupported", vals["v"])
	}
	var err error
	l.ChainID, l.Merchant, l.Denom, l.Reference = vals["chain"], vals["merchant"], vals["denom"], vals["ref"]
	if l.InvoiceID, err = strconv.ParseUint(vals["invoice"], 10, 64); err != nil || l.InvoiceID == 0 {
		return l, ErrInvalidPaymentLink.Wrapf("invoice %q", vals["invoice"])
	}
	amt, ok := sdkmath.NewIntFromString(vals["amount"])
	if !ok || !amt.IsPositive() || amt.GT(MaxAmount) || amt.String() != vals["amount"] {
		return l, ErrInvalidPaymentLink.Wrapf("amount %q", vals["amount"])
	}
	l.Amount = amt
	if l.ExpiresAt, err = strconv.ParseInt(vals["exp"], 10, 64); err != nil {
		return l, ErrInvalidPaymentLink.Wrapf("exp %q", vals["exp"])
	}
	if err := sdk.ValidateDenom(l.Denom); err != nil {
		return l, ErrInvalidPaymentLink.Wrapf("denom: %v", err)
	}
	if err := ValidateReference(l.Reference); err != nil {
		return l, ErrInvalidPaymentLink.Wrap(err.Error())
	}
	pk, err := b64.DecodeString(vals["pk"])
	if err != nil || len(pk) != secp256k1.PubKeySize {
		return l, ErrInvalidPaymentLink.Wrap("pk must be a base64url 33-byte secp256k1 key")
	}
	sig, err := b64.DecodeString(vals["sig"])
	if err != nil || len(sig) != 64 {
		return l, ErrInvalidPaymentLink.Wrap("sig must be a base64url 64-byte signature")
	}
	hrp, addrBz, err := bech32.DecodeAndConvert(l.Merchant)
	if err != nil {
		return l, ErrInvalidPaymentLink.Wrapf("merchant: %v", err)
	}
	key := secp256k1.PubKey{Key: pk}
	if !sdk.AccAddress(key.Address()).Equals(sdk.AccAddress(addrBz)) {
		return l, ErrBadPaymentLinkSig.Wrapf("pk is not %s's key (prefix %s)", l.Merchant, hrp)
	}
	if !key.VerifySignature(l.SignBytes(), sig) {
		return l, ErrBadPaymentLinkSig.Wrap("signature does not match the link's contents")
	}
	return l, nil
}

// CheckAgainst compares a verified link with the on-chain invoice and chain id.
func (l PaymentLink) CheckAgainst(chainID string, inv Invoice) error {
	if l.ChainID != chainID {
		return ErrInvalidPaymentLink.Wrapf("link is for chain %s, not %s", l.ChainID, chainID)
	}
	if l.InvoiceID != inv.Id || l.Merchant != inv.Merchant || !l.Amount.Equal(inv.Amount) || l.Denom != inv.Denom ||
		l.Reference != inv.Reference || l.ExpiresAt != inv.ExpiresAt {
		return ErrInvalidPaymentLink.Wrap(fmt.Sprintf("link differs from invoice %d on chain", inv.Id))
	}
	return nil
}
