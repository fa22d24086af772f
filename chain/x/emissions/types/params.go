package types

import (
	"fmt"

	"cosmossdk.io/math"
)

// DefaultEpochIdentifier is the x/epochs identifier the mining budget follows by default.
const DefaultEpochIdentifier = "day"

// DefaultEpochRecordRetention keeps two years of daily epochs' records queryable on chain
// (the explorer indexes them all); older ones are pruned.
const DefaultEpochRecordRetention uint64 = 730

// DefaultPruneRecordsPerBlock bounds the pruning work of one block.
const DefaultPruneRecordsPerBlock uint32 = 500

// DefaultPayoutRecordsPerBlock bounds an epoch payout's work per block (about 6M gas, measured
// by make bench-scale): 50,000 nodes are paid in 300 blocks, minutes of a daily epoch
// (snapshot, score sum and payment each walk them once).
const DefaultPayoutRecordsPerBlock uint32 = 500

// MaxPayoutRecordsPerBlock keeps one block's payout work bounded whatever governance sets.
const MaxPayoutRecordsPerBlock uint32 = 100_000

// DefaultRewardCapRatio caps a node's payout per credited unit at 80% of what the unit costs a
// farmer (x/compute's dev_fund_share × min_paid_price_per_unit = 0.005 BTT at defaults), so
// self-paid tasks lose at least 0.001 BTT per credited unit.
var DefaultRewardCapRatio = math.LegacyNewDecWithPrec(8, 1)

// DefaultParams are the mainnet defaults: a daily epoch, quality fully weighted, a 50%
// bonus curve for regions under 10% of the network's compute, energy classes A..G from
// 1.3 down to 0.7, 10% of fees to development and 50% of BurnFee fees burned.
func DefaultParams() Params {
	dec := math.LegacyMustNewDecFromStr
	return Params{
		EpochIdentifier:         DefaultEpochIdentifier,
		QualityWeight:           math.LegacyOneDec(),
		MinUptime:               dec("0.5"),
		GeographyMaxBonus:       dec("0.5"),
		GeographyThresholdShare: dec("0.1"),
		EnergyMultipliers: []EnergyMultiplier{
			{EnergyClass: "A", Multiplier: dec("1.3")},
			{EnergyClass: "B", Multiplier: dec("1.2")},
			{EnergyClass: "C", Multiplier: dec("1.1")},
			{EnergyClass: "D", Multiplier: dec("1.0")},
			{EnergyClass: "E", Multiplier: dec("0.9")},
			{EnergyClass: "F", Multiplier: dec("0.8")},
			{EnergyClass: "G", Multiplier: dec("0.7")},
		},
		DefaultEnergyMultiplier: math.LegacyOneDec(),
		FeeSplitFraction:        dec("0.1"),
		BurnFraction:            dec("0.5"),
		EpochRecordRetention:    DefaultEpochRecordRetention,
		PruneRecordsPerBlock:    DefaultPruneRecordsPerBlock,
		PayoutRecordsPerBlock:   DefaultPayoutRecordsPerBlock,
		RewardCapRatio:          DefaultRewardCapRatio,
	}
}

func checkFraction(name string, d math.LegacyDec) error {
	if d.IsNil() || d.IsNegative() || d.GT(math.LegacyOneDec()) {
		return fmt.Errorf("%s must be in [0, 1], got %v", name, d)
	}
	return nil
}

func checkNonNegative(name string, d math.LegacyDec, max int64) error {
	if d.IsNil() || d.IsNegative() || d.GT(math.LegacyNewDec(max)) {
		return fmt.Errorf("%s must be in [0, %d], got %v", name, max, d)
	}
	return nil
}

// Validate checks every param.
func (p Params) Validate() error {
	if p.EpochIdentifier == "" {
		return fmt.Errorf("epoch_identifier is empty")
	}
	if p.EpochRecordRetention > 0 && p.PruneRecordsPerBlock == 0 {
		return fmt.Errorf("prune_records_per_block must be positive when epoch_record_retention is set")
	}
	if p.PruneRecordsPerBlock > 100_000 {
		return fmt.Errorf("prune_records_per_block must be at most 100000, got %d", p.PruneRecordsPerBlock)
	}
	if p.PayoutRecordsPerBlock == 0 || p.PayoutRecordsPerBlock > MaxPayoutRecordsPerBlock {
		return fmt.Errorf("payout_records_per_block must be in [1, %d], got %d", MaxPayoutRecordsPerBlock, p.PayoutRecordsPerBlock)
	}
	// A ratio of 1 makes farming break even; above it, paying one's own tasks would earn.
	if p.RewardCapRatio.IsNil() || !p.RewardCapRatio.IsPositive() || p.RewardCapRatio.GT(math.LegacyOneDec()) {
		return fmt.Errorf("reward_cap_ratio must be in (0, 1], got %v", p.RewardCapRatio)
	}
	for _, f := range []struct {
		name string
		d    math.LegacyDec
	}{
		{"quality_weight", p.QualityWeight}, {"min_uptime", p.MinUptime},
		{"fee_split_fraction", p.FeeSplitFraction}, {"burn_fraction", p.BurnFraction},
	} {
		if err := checkFraction(f.name, f.d); err != nil {
			return err
		}
	}
	if err := checkNonNegative("geography_max_bonus", p.GeographyMaxBonus, 10); err != nil {
		return err
	}
	if p.GeographyThresholdShare.IsNil() || !p.GeographyThresholdShare.IsPositive() || p.GeographyThresholdShare.GT(math.LegacyOneDec()) {
		return fmt.Errorf("geography_threshold_share must be in (0, 1], got %v", p.GeographyThresholdShare)
	}
	if err := checkNonNegative("default_energy_multiplier", p.DefaultEnergyMultiplier, 10); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, m := range p.EnergyMultipliers {
		if m.EnergyClass == "" || seen[m.EnergyClass] {
			return fmt.Errorf("energy class %q is empty or listed twice", m.EnergyClass)
		}
		seen[m.EnergyClass] = true
		if err := checkNonNegative("energy multiplier "+m.EnergyClass, m.Multiplier, 10); err != nil {
			return err
		}
	}
	return nil
}

// EnergyMultiplierFor returns the multiplier of an energy class.
func (p Params) EnergyMultiplierFor(class string) math.LegacyDec {
	for _, m := range p.EnergyMultipliers {
		if m.EnergyClass == class {
			return m.Multiplier
		}
	}
	return p.DefaultEnergyMultiplier
}
