package types

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	sdkmath "cosmossdk.io/math"
)

var (
	codeRe     = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,47}$`)
	deviceIDRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	hashRe     = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// MaxPointsPerActivity bounds an activity type's points.
const MaxPointsPerActivity = 1_000_000

// ValidateCode checks an activity type code.
func ValidateCode(code string) error {
	if !codeRe.MatchString(code) {
		return fmt.Errorf("activity code %q must be 1-48 of a-z 0-9 _ - starting with a letter or digit", code)
	}
	return nil
}

// ValidateDeviceID checks a device id.
func ValidateDeviceID(id string) error {
	if !deviceIDRe.MatchString(id) {
		return fmt.Errorf("device id %q must be 1-64 of A-Z a-z 0-9 . _ -", id)
	}
	return nil
}

// ValidateEvidenceHash checks a lower-case hex sha256.
func ValidateEvidenceHash(h string) error {
	if !hashRe.MatchString(h) {
		return fmt.Errorf("evidence hash must be a lower-case hex sha256 (64 characters), got %q", h)
	}
	return nil
}

// Validate checks an activity type.
func (a ActivityType) Validate() error {
	if err := ValidateCode(a.Code); err != nil {
		return err
	}
	if len(a.Description) > 256 {
		return fmt.Errorf("description longer than 256 characters")
	}
	if a.Points < 1 || a.Points > MaxPointsPerActivity {
		return fmt.Errorf("points must be in [1, %d]", MaxPointsPerActivity)
	}
	if len(a.Sources) == 0 {
		return fmt.Errorf("at least one verification source is needed")
	}
	seen := map[VerificationSource]bool{}
	for _, s := range a.Sources {
		if s == VerificationSource_VERIFICATION_SOURCE_UNSPECIFIED || VerificationSource_name[int32(s)] == "" {
			return fmt.Errorf("unknown verification source %d", s)
		}
		if seen[s] {
			return fmt.Errorf("source %s listed twice", s)
		}
		seen[s] = true
	}
	if a.MaxPerYear > 0 && a.MaxPerEpoch > a.MaxPerYear {
		return fmt.Errorf("max_per_epoch %d exceeds max_per_year %d", a.MaxPerEpoch, a.MaxPerYear)
	}
	if a.Confirmations < 1 || a.Confirmations > 10 {
		return fmt.Errorf("confirmations must be in [1, 10]")
	}
	// Devices record but never confirm: a device-only type needing confirmations could never be credited.
	if a.Confirmations > 1 && len(a.Sources) == 1 && a.Sources[0] == VerificationSource_VERIFICATION_SOURCE_DEVICE {
		return fmt.Errorf("a type verified by DEVICE only cannot need %d confirmations (devices do not confirm)", a.Confirmations)
	}
	return nil
}

// Allows reports whether the type accepts the source.
func (a ActivityType) Allows(s VerificationSource) bool {
	for _, x := range a.Sources {
		if x == s {
			return true
		}
	}
	return false
}

// DeviceSignBytes is the canonical message a device key signs for a reading: a domain tag, the
// chain id (no replay across chains), the device id, its nonce (no replay on this chain: it must
// exceed the device's last), the patient, the activity code and the evidence hash, joined by '\n'.
// The device signs sha256 of these bytes with secp256k1 (64-byte r||s, low s), as cosmjs'
// Secp256k1.createSignature(sha256(bytes), key) does.
func DeviceSignBytes(chainID, deviceID string, nonce uint64, patient, code, evidenceHash string) []byte {
	return []byte(strings.Join([]string{"btt-health-device-reading/v1", chainID, deviceID,
		strconv.FormatUint(nonce, 10), patient, code, evidenceHash}, "\n"))
}

// EvidenceHashOf returns the lower-case hex sha256 of evidence (a helper for clients and tests).
func EvidenceHashOf(evidence []byte) string {
	h := sha256.Sum256(evidence)
	return hex.EncodeToString(h[:])
}

// EpochAt returns the points epoch of t: 1 + whole epochs since genesis (epoch 1 starts at genesis).
func EpochAt(genesis, t time.Time, epochSeconds uint64) uint64 {
	if epochSeconds == 0 || !t.After(genesis) {
		return 1
	}
	return 1 + uint64(t.Sub(genesis)/time.Second)/epochSeconds
}

// EpochStart returns the start time (unix seconds) of an epoch.
func EpochStart(genesis time.Time, epoch, epochSeconds uint64) int64 {
	return genesis.Unix() + int64((epoch-1)*epochSeconds)
}

// EpochRate is the conversion rate of an epoch in abtt per point: the budget spread over the
// matured points outstanding at the epoch's start, never more than maxPerPoint. With that rate,
// converting every point outstanding at the start costs at most the budget.
func EpochRate(budget, maxPerPoint sdkmath.Int, pointsAtStart uint64) sdkmath.Int {
	if pointsAtStart == 0 {
		return maxPerPoint
	}
	r := budget.Quo(sdkmath.NewIntFromUint64(pointsAtStart))
	if r.GT(maxPerPoint) {
		return maxPerPoint
	}
	return r
}

// PointsValue is points × rate.
func PointsValue(points uint64, rate sdkmath.Int) sdkmath.Int {
	return sdkmath.NewIntFromUint64(points).Mul(rate)
}
