package types

import (
	"fmt"
	"regexp"

	sdkmath "cosmossdk.io/math"
)

// DefaultStakeDenom is the base denom of BTT.
const DefaultStakeDenom = "abtt"

func btt(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }

// DefaultParams returns the default x/compute params.
func DefaultParams() Params {
	return Params{
		StakeDenom:            DefaultStakeDenom,
		MinStakeHome:          btt(100),
		MinStakeClinic:        btt(500),
		MinStakeHpc:           btt(5_000),
		MinStakeDatacenter:    btt(20_000),
		MaxReplication:        7,
		CommitWindowBlocks:    20,
		RevealWindowBlocks:    20,
		TaskTimeoutBlocks:     600,
		MaxAttempts:           3,
		UrgentPremium:         sdkmath.LegacyNewDecWithPrec(5, 1), // +50 %
		StatPremium:           sdkmath.LegacyOneDec(),             // +100 %
		PremiumBurnFraction:   sdkmath.LegacyNewDecWithPrec(2, 1), // 20 % of the premium is burned
		DevFundShare:          sdkmath.LegacyNewDecWithPrec(5, 2), // 5 % of each payment
		SlashFraction:         sdkmath.LegacyNewDecWithPrec(1, 2), // 1 % of stake per dissent or silence
		InitialReputation:     5_000,
		DissentPenalty:        1_000,
		SilentPenalty:         1_000, // never below dissent_penalty: silence must not be cheaper than a minority answer
		AcceptReward:          100,
		ReexecutionRate:       sdkmath.LegacyNewDecWithPrec(1, 1), // 10 % of k = 1 tasks
		EpochIdentifier:       "day",
		MaxMissedHeartbeats:   3,
		JailEpochs:            1,
		UnbondingDelaySeconds: 7 * 24 * 3600,
		RegionBonus:           2,
		// Per-block budgets of EndBlock (not gas-metered): its work never grows with the number
		// of nodes or of queued tasks beyond these.
		MaxQueueScanPerBlock:      500,
		MaxAssignmentsPerBlock:    100,
		MaxAssignmentCandidates:   32,
		MaxExpirationsPerBlock:    200,
		TaskRetentionBlocks:       100_000, // about a week of 6 s blocks
		MaxPrunesPerBlock:         100,
		MaxHeartbeatJailsPerBlock: 200,
		// Only work paid for at 0.1 BTT per compute unit or more earns emissions and compute-class
		// voting power (x/emissions/README.md: the farming arithmetic).
		MinPaidPricePerUnit: DefaultMinPaidPricePerUnit,
	}
}

// DefaultMinPaidPricePerUnit is 0.1 BTT (10^17 abtt) per compute unit.
var DefaultMinPaidPricePerUnit = sdkmath.NewIntWithDecimal(1, 17)

// MaxRegionBonus bounds params.region_bonus, so that node weights ((reputation + 1) × free slots ×
// bonus) stay far below 2^64 even summed over every candidate.
const MaxRegionBonus = 100

// MaxBlockBudget bounds each per-block budget param.
const MaxBlockBudget = 10_000

// MaxReputation is the reputation ceiling (basis points).
const MaxReputation = 10_000

// MinStake returns the minimum stake of a node class.
func (p Params) MinStake(c NodeClass) (sdkmath.Int, bool) {
	switch c {
	case NodeClass_NODE_CLASS_HOME:
		return p.MinStakeHome, true
	case NodeClass_NODE_CLASS_CLINIC:
		return p.MinStakeClinic, true
	case NodeClass_NODE_CLASS_HPC:
		return p.MinStakeHpc, true
	case NodeClass_NODE_CLASS_DATACENTER:
		return p.MinStakeDatacenter, true
	}
	return sdkmath.Int{}, false
}

// Premium returns the premium fraction of an urgency.
func (p Params) Premium(u Urgency) sdkmath.LegacyDec {
	switch u {
	case Urgency_URGENCY_URGENT:
		return p.UrgentPremium
	case Urgency_URGENCY_STAT:
		return p.StatPremium
	}
	return sdkmath.LegacyZeroDec()
}

var denomRe = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$`)

func fraction(name string, d sdkmath.LegacyDec, allowAboveOne bool) error {
	if d.IsNil() || d.IsNegative() || (!allowAboveOne && d.GT(sdkmath.LegacyOneDec())) {
		return fmt.Errorf("%s must be in [0, 1]%s", name, map[bool]string{true: " or above", false: ""}[allowAboveOne])
	}
	return nil
}

// Validate checks the params.
func (p Params) Validate() error {
	if !denomRe.MatchString(p.StakeDenom) {
		return fmt.Errorf("invalid stake denom %q", p.StakeDenom)
	}
	for _, s := range []sdkmath.Int{p.MinStakeHome, p.MinStakeClinic, p.MinStakeHpc, p.MinStakeDatacenter} {
		if s.IsNil() || !s.IsPositive() {
			return fmt.Errorf("minimum stakes must be positive")
		}
	}
	if p.MaxReplication < 1 || p.MaxReplication > 32 {
		return fmt.Errorf("max replication must be in [1, 32]")
	}
	if p.CommitWindowBlocks < 1 || p.RevealWindowBlocks < 1 {
		return fmt.Errorf("commit and reveal windows must be at least one block")
	}
	if p.TaskTimeoutBlocks <= p.CommitWindowBlocks+p.RevealWindowBlocks {
		return fmt.Errorf("task timeout must exceed commit + reveal windows")
	}
	if p.MaxAttempts < 1 {
		return fmt.Errorf("max attempts must be at least 1")
	}
	if err := fraction("urgent premium", p.UrgentPremium, true); err != nil {
		return err
	}
	if err := fraction("stat premium", p.StatPremium, true); err != nil {
		return err
	}
	for name, d := range map[string]sdkmath.LegacyDec{
		"premium burn fraction": p.PremiumBurnFraction, "dev fund share": p.DevFundShare,
		"slash fraction": p.SlashFraction, "reexecution rate": p.ReexecutionRate,
	} {
		if err := fraction(name, d, false); err != nil {
			return err
		}
	}
	if p.InitialReputation > MaxReputation || p.DissentPenalty > MaxReputation || p.SilentPenalty > MaxReputation || p.AcceptReward > MaxReputation {
		return fmt.Errorf("reputation values must be at most %d", MaxReputation)
	}
	if p.MinPaidPricePerUnit.IsNil() || p.MinPaidPricePerUnit.IsNegative() {
		return fmt.Errorf("min paid price per unit must be a non-negative integer")
	}
	// A worker that expects to be in the minority must not gain by staying silent: silence costs
	// at least the dissent penalty (and the same slash_fraction of stake, see settle).
	if p.SilentPenalty < p.DissentPenalty {
		return fmt.Errorf("silent penalty (%d) must be at least the dissent penalty (%d)", p.SilentPenalty, p.DissentPenalty)
	}
	if p.EpochIdentifier == "" {
		return fmt.Errorf("epoch identifier must not be empty")
	}
	if p.MaxMissedHeartbeats < 1 || p.JailEpochs < 0 || p.UnbondingDelaySeconds < 0 {
		return fmt.Errorf("invalid heartbeat / jail / unbonding params")
	}
	if p.RegionBonus < 1 || p.RegionBonus > MaxRegionBonus {
		return fmt.Errorf("region bonus must be in [1, %d]", MaxRegionBonus)
	}
	for _, b := range []struct {
		name string
		v    uint32
	}{
		{"max queue scan per block", p.MaxQueueScanPerBlock}, {"max assignments per block", p.MaxAssignmentsPerBlock},
		{"max expirations per block", p.MaxExpirationsPerBlock}, {"max prunes per block", p.MaxPrunesPerBlock},
		{"max heartbeat jails per block", p.MaxHeartbeatJailsPerBlock},
	} {
		if b.v < 1 || b.v > MaxBlockBudget {
			return fmt.Errorf("%s must be in [1, %d]", b.name, MaxBlockBudget)
		}
	}
	if p.MaxAssignmentCandidates < p.MaxReplication || p.MaxAssignmentCandidates > 1024 {
		return fmt.Errorf("max assignment candidates must be in [max replication, 1024]")
	}
	if p.TaskRetentionBlocks < 0 {
		return fmt.Errorf("task retention blocks must not be negative (0 keeps finished tasks)")
	}
	return nil
}
