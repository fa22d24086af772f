package types_test

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/bech32"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// The vector ts-client/test/payfi.test.ts checks too: both sides sign with RFC 6979 deterministic
// nonces, so the same key and link give the same URI byte for byte.
const (
	vectorKeyHex = "b5f0a1a4d2a8f1a3b7c4d6e8f00112233445566778899aabbccddeeff0011223"
	vectorURI    = "btt:pay?v=1&chain=btt-localnet-1&invoice=7&merchant=btt1ezl4us2wcf23apmu02suvy3yq77sksgu6gr0sv&amount=12500000000000000000&denom=abtt&ref=RF18+INV-2026%2F0042&exp=1767225600&pk=At-q9JgtSzhizoPkIrB2LE6FnPO1QdJTmmjBr9BqN9wa&sig=jTzqALLtUig6E3FAkVfCXpjy-C0HMGDt0DvhCECF7FkeaCM9emgZhxBaumssak6V4vIOQDdWgQYuV1CrdTGwqQ"
)

func vectorLink(t *testing.T) (types.PaymentLink, *secp256k1.PrivKey) {
	bz, err := hex.DecodeString(vectorKeyHex)
	require.NoError(t, err)
	key := &secp256k1.PrivKey{Key: bz}
	merchant, err := bech32.ConvertAndEncode("btt", sdk.AccAddress(key.PubKey().Address()))
	require.NoError(t, err)
	return types.PaymentLink{ChainID: "btt-localnet-1", InvoiceID: 7, Merchant: merchant,
		Amount: sdkmath.NewIntWithDecimal(125, 17), Denom: "abtt", Reference: "RF18 INV-2026/0042", ExpiresAt: 1767225600}, key
}

func TestPaymentLinkVector(t *testing.T) {
	link, key := vectorLink(t)
	uri, err := types.SignPaymentLink(link, key)
	require.NoError(t, err)
	t.Logf("uri: %s", uri)
	require.Equal(t, vectorURI, uri)
	got, err := types.ParsePaymentLink(uri)
	require.NoError(t, err)
	require.Equal(t, link, got)
}
