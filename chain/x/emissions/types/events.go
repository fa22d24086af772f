package types

// Event types and attributes.
const (
	EventTypeEpochReward      = "emissions_epoch_reward"
	EventTypeNodeReward       = "emissions_node_reward"
	EventTypeEpochSkipped     = "emissions_epoch_skipped"
	EventTypeMilestoneAdded   = "emissions_milestone_added"
	EventTypeMilestoneRelease = "emissions_milestone_released"
	EventTypeFundSpend        = "emissions_fund_spend"
	EventTypeFeeSplit         = "emissions_fee_split"
	EventTypeBurn             = "emissions_burn"
	EventTypeParamsUpdated    = "emissions_params_updated"
	EventTypeRecordsPruned    = "emissions_epoch_records_pruned"

	AttrEpoch      = "epoch"
	AttrBudget     = "budget"
	AttrPaid       = "paid"
	AttrCarried    = "carried_forward"
	AttrNodes      = "nodes"
	AttrOperator   = "operator"
	AttrScore      = "score"
	AttrAmount     = "amount"
	AttrReason     = "reason"
	AttrMilestone  = "milestone_id"
	AttrSubBudget  = "sub_budget"
	AttrRecipient  = "recipient"
	AttrPool       = "pool"
	AttrPurpose    = "purpose"
	AttrFromModule = "from_module"
	AttrFee        = "fee"
	AttrCount      = "count"
)
