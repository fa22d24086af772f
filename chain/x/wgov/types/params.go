package types

import (
	"fmt"
	"time"

	"cosmossdk.io/math"
)

// Default election and compute-window params (mainnet).
const (
	DefaultComputeEpochs    = 30
	DefaultSeats            = 7
	DefaultTermDuration     = 180 * 24 * time.Hour
	DefaultNominationPeriod = 30 * 24 * time.Hour
	maxSeats                = 100
	maxComputeEpochs        = 1000
	// DefaultMaxCandidates bounds an election's nominees (and so the term-end count).
	DefaultMaxCandidates = 50
	maxCandidates        = 1000
	// DefaultMaxBallotPrunesPerBlock bounds the past elections' ballots deleted per BeginBlock.
	DefaultMaxBallotPrunesPerBlock = 500
	maxBallotPrunesPerBlock        = 10_000
)

// DefaultNominationBond is 100 BTT; DefaultBondRefundVotes is 1,000 BTT of bonded stake.
var (
	DefaultNominationBond  = math.NewIntWithDecimal(100, 18)
	DefaultBondRefundVotes = math.NewIntWithDecimal(1_000, 18)
)

// Shares of the non-institutional weight: compute : holders : community = 25 : 35 : 10 (DESIGN §3).
var remainderShares = struct{ compute, holders, community int64 }{25, 35, 10}

// WeightsWithInstitutions returns the class weights with `institutions` for the institutions class
// and the rest split among compute, holders and community as 25:35:10. Community takes the
// rounding remainder so that the four weights sum to exactly 1.
func WeightsWithInstitutions(institutions math.LegacyDec) ClassWeights {
	rest := math.LegacyOneDec().Sub(institutions)
	total := remainderShares.compute + remainderShares.holders + remainderShares.community
	compute := rest.MulInt64(remainderShares.compute).QuoInt64(total)
	holders := rest.MulInt64(remainderShares.holders).QuoInt64(total)
	return ClassWeights{
		Institutions: institutions,
		Compute:      compute,
		Holders:      holders,
		Community:    rest.Sub(compute).Sub(holders),
	}
}

// DefaultSchedule is DESIGN §3: institutions 70/50/40/20% from 2025/2026/2027/2028 (UTC).
func DefaultSchedule() []ScheduleEntry {
	entry := func(year int, inst string) ScheduleEntry {
		return ScheduleEntry{
			StartTime: time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC),
			Weights:   WeightsWithInstitutions(math.LegacyMustNewDecFromStr(inst)),
		}
	}
	return []ScheduleEntry{entry(2025, "0.7"), entry(2026, "0.5"), entry(2027, "0.4"), entry(2028, "0.2")}
}

// DefaultParams are the mainnet defaults.
func DefaultParams() Params {
	return Params{
		Schedule:                DefaultSchedule(),
		ComputeEpochs:           DefaultComputeEpochs,
		TermDuration:            DefaultTermDuration,
		NominationPeriod:        DefaultNominationPeriod,
		Seats:                   DefaultSeats,
		NominationBond:          DefaultNominationBond,
		BondRefundVotes:         DefaultBondRefundVotes,
		MaxCandidates:           DefaultMaxCandidates,
		MaxBallotPrunesPerBlock: DefaultMaxBallotPrunesPerBlock,
	}
}

// Validate checks the four weights: each in [0, 1], summing to exactly 1.
func (w ClassWeights) Validate() error {
	sum := math.LegacyZeroDec()
	for _, c := range []struct {
		name string
		d    math.LegacyDec
	}{{"institutions", w.Institutions}, {"compute", w.Compute}, {"holders", w.Holders}, {"community", w.Community}} {
		if c.d.IsNil() || c.d.IsNegative() || c.d.GT(math.LegacyOneDec()) {
			return fmt.Errorf("%s weight must be in [0, 1], got %v", c.name, c.d)
		}
		sum = sum.Add(c.d)
	}
	if !sum.Equal(math.LegacyOneDec()) {
		return fmt.Errorf("class weights must sum to 1, got %v", sum)
	}
	return nil
}

// Of returns the weight of one class.
func (w ClassWeights) Of(c VoterClass) math.LegacyDec {
	switch c {
	case VOTER_CLASS_INSTITUTIONS:
		return w.Institutions
	case VOTER_CLASS_COMPUTE:
		return w.Compute
	case VOTER_CLASS_HOLDERS:
		return w.Holders
	case VOTER_CLASS_COMMUNITY:
		return w.Community
	}
	return math.LegacyZeroDec()
}

// Classes are the four voter classes in their fixed (reporting and iteration) order.
var Classes = []VoterClass{VOTER_CLASS_INSTITUTIONS, VOTER_CLASS_COMPUTE, VOTER_CLASS_HOLDERS, VOTER_CLASS_COMMUNITY}

// Validate checks every param.
func (p Params) Validate() error {
	if len(p.Schedule) == 0 {
		return fmt.Errorf("schedule must have at least one entry")
	}
	for i, e := range p.Schedule {
		if err := e.Weights.Validate(); err != nil {
			return fmt.Errorf("schedule entry %d (%s): %w", i, e.StartTime.UTC().Format(time.RFC3339), err)
		}
		if i > 0 && !e.StartTime.After(p.Schedule[i-1].StartTime) {
			return fmt.Errorf("schedule entry %d: start times must increase strictly", i)
		}
	}
	if p.ComputeEpochs == 0 || p.ComputeEpochs > maxComputeEpochs {
		return fmt.Errorf("compute_epochs must be in [1, %d], got %d", maxComputeEpochs, p.ComputeEpochs)
	}
	if p.TermDuration <= 0 {
		return fmt.Errorf("term_duration must be positive")
	}
	if p.NominationPeriod <= 0 || p.NominationPeriod >= p.TermDuration {
		return fmt.Errorf("nomination_period must be positive and shorter than term_duration")
	}
	if p.Seats == 0 || p.Seats > maxSeats {
		return fmt.Errorf("seats must be in [1, %d], got %d", maxSeats, p.Seats)
	}
	if p.NominationBond.IsNil() || p.NominationBond.IsNegative() {
		return fmt.Errorf("nomination_bond must not be negative")
	}
	if p.BondRefundVotes.IsNil() || p.BondRefundVotes.IsNegative() {
		return fmt.Errorf("bond_refund_votes must not be negative")
	}
	if p.MaxCandidates < p.Seats || p.MaxCandidates > maxCandidates {
		return fmt.Errorf("max_candidates must be in [seats, %d], got %d", maxCandidates, p.MaxCandidates)
	}
	if p.MaxBallotPrunesPerBlock == 0 || p.MaxBallotPrunesPerBlock > maxBallotPrunesPerBlock {
		return fmt.Errorf("max_ballot_prunes_per_block must be in [1, %d], got %d", maxBallotPrunesPerBlock, p.MaxBallotPrunesPerBlock)
	}
	return nil
}

// WeightsAt returns the schedule entry in force at t: the last one starting at or before t,
// or the first entry when t precedes them all.
func (p Params) WeightsAt(t time.Time) ScheduleEntry {
	cur := p.Schedule[0]
	for _, e := range p.Schedule {
		if e.StartTime.After(t) {
			break
		}
		cur = e
	}
	return cur
}
