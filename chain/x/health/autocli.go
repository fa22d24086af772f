package health

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"
)

func pos(fields ...string) []*autocliv1.PositionalArgDescriptor {
	out := make([]*autocliv1.PositionalArgDescriptor, len(fields))
	for i, f := range fields {
		out[i] = &autocliv1.PositionalArgDescriptor{ProtoField: f}
	}
	return out
}

// AutoCLIOptions gives `bttd q health ...` and `bttd tx health ...`.
func (AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.health.v1.Query",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "x/health parameters"},
				{RpcMethod: "ActivityTypes", Use: "activity-types", Short: "Activity types, their points, sources and caps"},
				{RpcMethod: "Verifiers", Use: "verifiers", Short: "ORACLE and PROVIDER verifiers appointed by governance"},
				{RpcMethod: "Devices", Use: "devices", Short: "Registered IoT devices and their last nonce"},
				{RpcMethod: "Activity", Use: "activity [id]", Short: "One recorded activity", PositionalArgs: pos("id")},
				{RpcMethod: "Patient", Use: "patient [address]", Short: "A patient's points (matured, pending) and their value now", PositionalArgs: pos("patient")},
				{RpcMethod: "Schedule", Use: "schedule", Short: "This epoch's rate, budget and spend, the community incentives pool's runway, recent epochs"},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service: "btt.health.v1.Msg",
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "SetActivityType", Use: "set-activity-type [activity-type-json]", GovProposal: true,
					Short:          `Create or change an activity type (governance; in a proposal): '{"code":"dental-checkup","points":"100","sources":["VERIFICATION_SOURCE_PROVIDER"],"max_per_epoch":1,"max_per_year":4,"confirmations":1}'`,
					PositionalArgs: pos("activity_type")},
				{RpcMethod: "AddVerifier", Use: "add-verifier [verifier] [kind] [name]", GovProposal: true,
					Short: "Appoint an ORACLE or PROVIDER verifier (governance; in a proposal); kind: oracle | provider", PositionalArgs: pos("verifier", "kind", "name")},
				{RpcMethod: "RemoveVerifier", Use: "remove-verifier [verifier]", GovProposal: true, Short: "Remove a verifier (governance)", PositionalArgs: pos("verifier")},
				{RpcMethod: "RegisterDevice", Use: "register-device [device-id] [pub-key-base64] [name]", GovProposal: true,
					Short: "Register or re-key an IoT device's secp256k1 key (governance; in a proposal)", PositionalArgs: pos("device_id", "pub_key", "name")},
				{RpcMethod: "RemoveDevice", Use: "remove-device [device-id]", GovProposal: true, Short: "Remove a device (governance)", PositionalArgs: pos("device_id")},
				{RpcMethod: "RecordActivity", Use: "record-activity [patient] [activity-code] [evidence-hash] [source]",
					Short:          "Record a patient's activity as an ORACLE or PROVIDER (source provider), or relay a device reading (--device-id --nonce --device-signature)",
					PositionalArgs: pos("patient", "activity_code", "evidence_hash", "source")},
				{RpcMethod: "ConfirmActivity", Use: "confirm-activity [activity-id]", Short: "Confirm a recorded activity as a further verifier", PositionalArgs: pos("activity_id")},
				{RpcMethod: "ConvertPoints", Use: "convert-points [points]", Short: "Convert matured points to BTT at this epoch's rate (first come, first served within the epoch budget)", PositionalArgs: pos("points")},
				{RpcMethod: "UpdateParams", Skip: true},
			},
		},
	}
}
