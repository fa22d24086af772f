package types

// Event types and attributes.
const (
	EventTypeParamsUpdated = "wgov_params_updated"
	EventTypeInstitutions  = "wgov_institutions_set"
	EventTypeNominated     = "wgov_nominated"
	EventTypeBallot        = "wgov_representative_ballot"
	EventTypeRecalled      = "wgov_representative_recalled"
	EventTypeTermStarted   = "wgov_term_started"
	EventTypeSeated        = "wgov_representative_seated"
	EventTypeTally         = "wgov_tally"

	AttrCount          = "count"
	AttrCandidate      = "candidate"
	AttrCandidates     = "candidates"
	AttrVoter          = "voter"
	AttrRepresentative = "representative"
	AttrReason         = "reason"
	AttrTerm           = "term"
	AttrStart          = "start"
	AttrEnd            = "end"
	AttrVotes          = "votes"
	AttrProposal       = "proposal_id"
	AttrPasses         = "passes"
	AttrParticipation  = "participation"
	AttrOutcome        = "outcome"
)
