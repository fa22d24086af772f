package emissions

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	emissionsv1 "github.com/btt-chain/btt/chain/api/btt/emissions/v1"
)

// AutoCLIOptions gives `bttd q emissions ...` and `bttd tx emissions ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: string(emissionsv1.File_btt_emissions_v1_query_proto.Services().Get(0).FullName()),
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the emissions params"},
				{RpcMethod: "Schedule", Use: "schedule", Short: "Released per source per year since genesis against the seed's 22/18/15/12/10/23% table"},
				{RpcMethod: "Supply", Use: "supply", Short: "Total, circulating, vesting-locked, each pool, burned (total + burned = 210M BTT)"},
				{RpcMethod: "EpochRewards", Use: "epoch-rewards [epoch]", Short: "An epoch's mining budget and every node's score components and payout",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "NodeRewards", Use: "node-rewards [node]", Short: "A node operator's rewards, epoch by epoch",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node"}}},
				{RpcMethod: "EpochPayouts", Use: "epoch-payouts", Short: "Epoch payouts in progress or queued (an epoch is paid over several blocks): phase, budget, paid so far"},
				{RpcMethod: "Milestones", Use: "milestones", Short: "Foundation milestones, the release cap now and the total released"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              string(emissionsv1.File_btt_emissions_v1_tx_proto.Services().Get(0).FullName()),
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "UpdateParams", Skip: true}, // governance only: use a proposal
				{RpcMethod: "AddMilestone", Use: "add-milestone [sub-budget] [amount] [recipient] [description]",
					Short: "Add a foundation milestone (governance authority only; submit in a proposal)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "sub_budget"}, {ProtoField: "amount"}, {ProtoField: "recipient"}, {ProtoField: "description"}}},
				{RpcMethod: "ReleaseMilestone", Use: "release-milestone [id]",
					Short: "Release a foundation milestone (governance authority only; submit in a proposal)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "SpendEcosystemFund", Use: "spend-ecosystem-fund [recipient] [amount] [purpose]",
					Short: "Spend from the ecosystem growth fund (governance authority only)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "recipient"}, {ProtoField: "amount"}, {ProtoField: "purpose"}}},
				{RpcMethod: "SpendCommunityIncentives", Use: "spend-community-incentives [recipient] [amount] [purpose]",
					Short: "Spend from the community incentives pool (governance authority only)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "recipient"}, {ProtoField: "amount"}, {ProtoField: "purpose"}}},
				{RpcMethod: "SpendReserve", Use: "spend-reserve [recipient] [amount] [purpose]",
					Short: "Spend from the unallocated reserve (governance authority only)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "recipient"}, {ProtoField: "amount"}, {ProtoField: "purpose"}}},
				{RpcMethod: "SpendDevelopmentFund", Use: "spend-development-fund [recipient] [amount] [purpose]",
					Short: "Spend from the development fund (governance authority only)", GovProposal: true,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "recipient"}, {ProtoField: "amount"}, {ProtoField: "purpose"}}},
			},
		},
	}
}
