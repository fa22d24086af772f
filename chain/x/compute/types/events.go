package types

// Event types and attributes of x/compute.
const (
	EventNodeRegistered = "compute_node_registered"
	EventNodeUpdated    = "compute_node_updated"
	// EventNodeAttested: a TECHNICAL verifier attested a node's region and energy class.
	EventNodeAttested    = "compute_node_attested"
	EventHeartbeat       = "compute_heartbeat"
	EventNodeJailed      = "compute_node_jailed"
	EventNodeUnjailed    = "compute_node_unjailed"
	EventNodeUnbonding   = "compute_node_unbonding"
	EventNodeUnbonded    = "compute_node_unbonded"
	EventNodeSlashed     = "compute_node_slashed"
	EventModelRegistered = "compute_model_registered"
	EventModelDeprecated = "compute_model_deprecated"
	EventTaskSubmitted   = "compute_task_submitted"
	EventTaskAssigned    = "compute_task_assigned"
	EventResultCommitted = "compute_result_committed"
	EventRevealOpened    = "compute_reveal_opened"
	EventResultRevealed  = "compute_result_revealed"
	EventTaskSettled     = "compute_task_settled"
	EventTaskReassigned  = "compute_task_reassigned"
	EventTaskReexecution = "compute_task_reexecution"
	EventTaskExpired     = "compute_task_expired"
	EventWorkerPaid      = "compute_worker_paid"
	EventParamsUpdated   = "compute_params_updated"
	// EventTaskFailed: processing a task in EndBlock failed; its changes were discarded and, where
	// possible, the task was closed with a refund (attribute refunded = true / false).
	EventTaskFailed = "compute_task_failed"
	// EventTaskPruned: a finished task was deleted from state after params.task_retention_blocks.
	EventTaskPruned = "compute_task_pruned"
	// EventNodeUnbondFailed: returning an unbonded node's stake failed; retried in a later block.
	EventNodeUnbondFailed = "compute_node_unbond_failed"

	AttrOperator   = "operator"
	AttrNode       = "node"
	AttrTaskID     = "task_id"
	AttrModelID    = "model_id"
	AttrClient     = "client"
	AttrWorker     = "worker"
	AttrWorkers    = "workers"
	AttrAmount     = "amount"
	AttrRefund     = "refund"
	AttrBurned     = "burned"
	AttrDevFund    = "dev_fund"
	AttrResultHash = "result_hash"
	AttrEpoch      = "epoch"
	AttrStatus     = "status"
	AttrReason     = "reason"
)
