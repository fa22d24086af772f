package types_test

import (
	"encoding/base64"
	"encoding/hex"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"

	"github.com/btt-chain/btt/chain/x/health/types"
)

// The device-reading vector ts-client/test/health.test.ts checks too (RFC 6979 signatures on both sides).
const (
	deviceKeyHex  = "0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000"
	devicePatient = "btt1ezl4us2wcf23apmu02suvy3yq77sksgu6gr0sv"
	deviceSigB64  = "DGbOrpwg/0MrZXAbM9NYjiKYBxiiQBi5rK+WA2S6J8MW8ii96hT70PIz0Gat5xI12Vj0mdsaYreIA1E+BI0HUQ=="
)

func TestDeviceSignatureVector(t *testing.T) {
	bz, err := hex.DecodeString(deviceKeyHex)
	require.NoError(t, err)
	key := &secp256k1.PrivKey{Key: bz}
	ev := types.EvidenceHashOf([]byte("check-up 2026-01-02 chair 3"))
	sb := types.DeviceSignBytes("btt-localnet-1", "scanner-7", 42, devicePatient, "dental-checkup", ev)
	sig, err := key.Sign(sb)
	require.NoError(t, err)
	t.Logf("pubkey %s evidence %s sig %s", base64.StdEncoding.EncodeToString(key.PubKey().Bytes()), ev, base64.StdEncoding.EncodeToString(sig))
	require.Equal(t, deviceSigB64, base64.StdEncoding.EncodeToString(sig))
	require.True(t, key.PubKey().VerifySignature(sb, sig))
}

func TestEpochsAndRate(t *testing.T) {
	g := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	require.Equal(t, uint64(1), types.EpochAt(g, g, 86400))
	require.Equal(t, uint64(1), types.EpochAt(g, g.Add(86399*time.Second), 86400))
	require.Equal(t, uint64(2), types.EpochAt(g, g.Add(86400*time.Second), 86400))
	require.Equal(t, g.Unix()+86400, types.EpochStart(g, 2, 86400))
	max := sdkmath.NewInt(100)
	require.Equal(t, max, types.EpochRate(sdkmath.NewInt(1000), max, 0))
	require.Equal(t, max, types.EpochRate(sdkmath.NewInt(1000), max, 10))
	require.Equal(t, sdkmath.NewInt(33), types.EpochRate(sdkmath.NewInt(1000), max, 30))
	// The rate never lets the outstanding points cost more than the budget.
	for pts := uint64(1); pts < 500; pts += 7 {
		r := types.EpochRate(sdkmath.NewInt(1000), max, pts)
		require.True(t, types.PointsValue(pts, r).LTE(sdkmath.NewInt(1000)))
	}
}
