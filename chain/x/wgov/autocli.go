package wgov

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	wgovv1 "github.com/btt-chain/btt/chain/api/btt/wgov/v1"
)

// AutoCLIOptions gives `bttd q wgov ...` and `bttd tx wgov ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: string(wgovv1.File_btt_wgov_v1_query_proto.Services().Get(0).FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the wgov params (schedule, compute window, terms, seats)"},
				{RpcMethod: "Classes", Use: "classes", Short: "The four voter classes now: weight in force, total power, members"},
				{RpcMethod: "Schedule", Use: "schedule", Short: "The dated class-weight schedule and the weights in force now"},
				{RpcMethod: "Tally", Use: "tally [proposal-id]", Short: "A proposal's weighted tally by class (live while voting, final after)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "proposal_id"}}},
				{RpcMethod: "Election", Use: "election", Short: "The current term, representatives, candidates with their votes, seats"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              string(wgovv1.File_btt_wgov_v1_tx_proto.Services().Get(0).FullName()),
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "UpdateParams", Skip: true},    // governance only: use a proposal
				{RpcMethod: "SetInstitutions", Skip: true}, // governance only: a proposal carrying MsgSetInstitutions
				{RpcMethod: "Nominate", Use: "nominate [statement]",
					Short:          "Nominate yourself (--from) as a community representative for the next term (nomination window only; pays the nomination_bond, refunded if seated or with bond_refund_votes, else burned)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "statement"}}},
				{RpcMethod: "VoteRepresentative", Use: "vote-representative [candidates...]",
					Short:          "Vote for up to `seats` candidates; the ballot weighs your bonded stake at the term's end",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "candidates", Varargs: true}}},
				{RpcMethod: "RecallRepresentative", Use: "recall-representative [representative] [reason]",
					Short: "Recall a representative (governance authority only; submit in a proposal)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "representative"}, {ProtoField: "reason"}}},
			},
		},
	}
}
