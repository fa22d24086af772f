package types

import errorsmod "cosmossdk.io/errors"

// x/wgov errors.
var (
	ErrInvalidAuthority    = errorsmod.Register(ModuleName, 2, "invalid authority")
	ErrInvalidParams       = errorsmod.Register(ModuleName, 3, "invalid params")
	ErrInvalidInstitutions = errorsmod.Register(ModuleName, 4, "invalid institutions")
	ErrNominationClosed    = errorsmod.Register(ModuleName, 5, "nomination window closed")
	ErrAlreadyCandidate    = errorsmod.Register(ModuleName, 6, "already a candidate")
	ErrVotingClosed        = errorsmod.Register(ModuleName, 7, "representative voting closed")
	ErrInvalidBallot       = errorsmod.Register(ModuleName, 8, "invalid ballot")
	ErrNoStake             = errorsmod.Register(ModuleName, 9, "no bonded stake")
	ErrNotRepresentative   = errorsmod.Register(ModuleName, 10, "not a representative")
	ErrProposalNotFound    = errorsmod.Register(ModuleName, 11, "proposal not found")
	ErrNoTally             = errorsmod.Register(ModuleName, 12, "no tally for proposal")
	ErrInvalidGenesis      = errorsmod.Register(ModuleName, 13, "invalid genesis")
	ErrInvalidAddress      = errorsmod.Register(ModuleName, 14, "invalid address")
	ErrInvalidStatement    = errorsmod.Register(ModuleName, 15, "invalid statement")
	ErrTooManyCandidates   = errorsmod.Register(ModuleName, 16, "too many candidates")
	ErrBond                = errorsmod.Register(ModuleName, 17, "nomination bond not paid")
)
