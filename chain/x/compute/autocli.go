package compute

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

// AutoCLIOptions gives `bttd q compute ...` and `bttd tx compute ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.compute.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "x/compute parameters"},
				{RpcMethod: "Nodes", Use: "nodes", Short: "List nodes (--node-class, --region, --model-id, --status filters)"},
				{RpcMethod: "Node", Use: "node [operator]", Short: "One node", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "operator"}}},
				{RpcMethod: "Models", Use: "models", Short: "List models"},
				{RpcMethod: "Model", Use: "model [id]", Short: "One model", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "Tasks", Use: "tasks", Short: "List tasks (--client, --worker, --status filters)"},
				{RpcMethod: "Task", Use: "task [id]", Short: "One task with its commits and reveals", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "NodeEpochStats", Use: "node-epoch-stats [operator]", Short: "Per-epoch records of a node (--epoch for one)", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "operator"}}},
				{RpcMethod: "CapacityByRegion", Use: "capacity-by-region", Short: "Active nodes and free capacity per region"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.compute.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "RegisterNode", Use: "register-node [node-class] [region] [hardware] [energy-class] [x25519-pubkey] [stake]",
					Short:          "Register a compute node; serve models with --models '{\"model_id\":1,\"capacity\":4}'",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node_class"}, {ProtoField: "region"}, {ProtoField: "hardware"}, {ProtoField: "energy_class"}, {ProtoField: "x25519_pubkey"}, {ProtoField: "stake"}}},
				{RpcMethod: "UpdateNode", Use: "update-node [region] [hardware] [energy-class] [x25519-pubkey]", Short: "Update a node (--models ...)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "region"}, {ProtoField: "hardware"}, {ProtoField: "energy_class"}, {ProtoField: "x25519_pubkey"}}},
				{RpcMethod: "Heartbeat", Use: "heartbeat", Short: "Send this epoch's heartbeat"},
				{RpcMethod: "UnbondNode", Use: "unbond-node", Short: "Start unbonding the node's stake"},
				{RpcMethod: "RegisterModel", Skip: true},  // gov authority only: submit through a proposal
				{RpcMethod: "DeprecateModel", Skip: true}, // gov authority only
				{RpcMethod: "UpdateParams", Skip: true},   // gov authority only
				{RpcMethod: "SubmitTask", Use: "submit-task [model-id] [input-sha256] [input-locator] [urgency] [replication] [max-fee]",
					Short:          "Submit an inference task; max-fee in abtt is escrowed",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "model_id"}, {ProtoField: "input_sha256"}, {ProtoField: "input_locator"}, {ProtoField: "urgency"}, {ProtoField: "replication"}, {ProtoField: "max_fee"}}},
				{RpcMethod: "CommitResult", Use: "commit-result [task-id] [commitment]", Short: "Commit sha256(output_hash || salt || worker address bytes)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "task_id"}, {ProtoField: "commitment"}}},
				{RpcMethod: "RevealResult", Use: "reveal-result [task-id] [output-hash] [salt]", Short: "Reveal the output hash and salt",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "task_id"}, {ProtoField: "output_hash"}, {ProtoField: "salt"}}},
				{RpcMethod: "AttestNode", Use: "attest-node [node] [energy-class] [region]",
					Short:          "As an x/rwa TECHNICAL verifier, attest a node's declared energy class and region",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "node"}, {ProtoField: "energy_class"}, {ProtoField: "region"}}},
			},
		},
	}
}
