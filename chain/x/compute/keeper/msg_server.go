package keeper

import (
	"context"
	"crypto/sha256"
	"fmt"
	"regexp"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

type msgServer struct{ *Keeper }

// NewMsgServerImpl returns the x/compute Msg service.
func NewMsgServerImpl(k *Keeper) types.MsgServer { return msgServer{k} }

var _ types.MsgServer = msgServer{}

var regionRe = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)

func (k *Keeper) validateNodeData(ctx context.Context, region, hardware, energy string, pubkey []byte, models []types.ServedModel) error {
	if !regionRe.MatchString(region) {
		return errorsmod.Wrapf(types.ErrInvalidNode, "region %q is not an ISO 3166-2 code such as CN-BJ", region)
	}
	if len(hardware) == 0 || len(hardware) > 256 {
		return errorsmod.Wrap(types.ErrInvalidNode, "hardware must be 1..256 characters")
	}
	if len(energy) == 0 || len(energy) > 16 {
		return errorsmod.Wrap(types.ErrInvalidNode, "energy class must be 1..16 characters")
	}
	if len(pubkey) != 32 {
		return errorsmod.Wrapf(types.ErrInvalidNode, "x25519 public key must be 32 bytes, got %d", len(pubkey))
	}
	if len(models) == 0 || len(models) > 64 {
		return errorsmod.Wrap(types.ErrInvalidNode, "a node serves 1..64 models")
	}
	seen := map[uint64]bool{}
	for _, m := range models {
		if seen[m.ModelId] {
			return errorsmod.Wrapf(types.ErrInvalidNode, "model %d listed twice", m.ModelId)
		}
		seen[m.ModelId] = true
		if m.Capacity == 0 || m.Capacity > 1000 {
			return errorsmod.Wrapf(types.ErrInvalidNode, "capacity of model %d must be 1..1000", m.ModelId)
		}
		model, err := k.Models.Get(ctx, m.ModelId)
		if err != nil {
			return errorsmod.Wrapf(types.ErrModelNotFound, "model %d", m.ModelId)
		}
		if model.Deprecated {
			return errorsmod.Wrapf(types.ErrModelDeprecated, "model %d", m.ModelId)
		}
	}
	return nil
}

func (m msgServer) RegisterNode(ctx context.Context, msg *types.MsgRegisterNode) (*types.MsgRegisterNodeResponse, error) {
	op, err := sdk.AccAddressFromBech32(msg.Operator)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	if has, _ := m.Nodes.Has(ctx, op); has {
		return nil, errorsmod.Wrap(types.ErrNodeExists, msg.Operator)
	}
	p := m.GetParams(ctx)
	minStake, ok := p.MinStake(msg.NodeClass)
	if !ok {
		return nil, errorsmod.Wrapf(types.ErrInvalidNode, "unknown node class %s", msg.NodeClass)
	}
	if msg.Stake.IsNil() || msg.Stake.LT(minStake) {
		return nil, errorsmod.Wrapf(types.ErrStakeTooLow, "class %s needs %s%s", msg.NodeClass, minStake, p.StakeDenom)
	}
	if err := m.validateNodeData(ctx, msg.Region, msg.Hardware, msg.EnergyClass, msg.X25519Pubkey, msg.Models); err != nil {
		return nil, err
	}
	if err := m.bank.SendCoinsFromAccountToModule(ctx, op, types.ModuleName, m.coins(ctx, msg.Stake)); err != nil {
		return nil, err
	}
	models := make([]types.ServedModel, len(msg.Models))
	for i, s := range msg.Models {
		models[i] = types.ServedModel{ModelId: s.ModelId, Capacity: s.Capacity}
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	epoch := m.CurrentEpoch(ctx)
	node := types.Node{
		Operator: msg.Operator, NodeClass: msg.NodeClass, Region: msg.Region, Hardware: msg.Hardware,
		EnergyClass: msg.EnergyClass, X25519Pubkey: msg.X25519Pubkey, Models: models, Stake: msg.Stake,
		Status: types.NodeStatus_NODE_STATUS_ACTIVE, Reputation: p.InitialReputation,
		RegisteredHeight: sdkCtx.BlockHeight(), LastHeartbeatEpoch: epoch,
	}
	if err := m.setNode(ctx, op, node); err != nil {
		return nil, err
	}
	if err := m.addStats(ctx, epoch, op, func(s *types.NodeEpochStats) { s.Heartbeats++ }); err != nil {
		return nil, err
	}
	events.Emit(sdkCtx, &types.EventNodeRegistered{Operator: msg.Operator, NodeClass: msg.NodeClass, Region: msg.Region, Amount: msg.Stake})
	return &types.MsgRegisterNodeResponse{}, nil
}

func (m msgServer) UpdateNode(ctx context.Context, msg *types.MsgUpdateNode) (*types.MsgUpdateNodeResponse, error) {
	op, err := sdk.AccAddressFromBech32(msg.Operator)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	node, err := m.Nodes.Get(ctx, op)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrNodeNotFound, msg.Operator)
	}
	if err := m.validateNodeData(ctx, msg.Region, msg.Hardware, msg.EnergyClass, msg.X25519Pubkey, msg.Models); err != nil {
		return nil, err
	}
	active := map[uint64]uint32{}
	for _, s := range node.Models {
		active[s.ModelId] = s.Active
	}
	models := make([]types.ServedModel, len(msg.Models))
	for i, s := range msg.Models {
		models[i] = types.ServedModel{ModelId: s.ModelId, Capacity: s.Capacity, Active: active[s.ModelId]}
		delete(active, s.ModelId)
	}
	for id, a := range active {
		if a > 0 {
			return nil, errorsmod.Wrapf(types.ErrNodeBusy, "model %d has %d tasks in progress", id, a)
		}
	}
	if node.Region != msg.Region || node.EnergyClass != msg.EnergyClass {
		// The attestation was of the old region and energy class.
		node.AttestedBy, node.AttestedHeight = "", 0
	}
	node.Region, node.Hardware, node.EnergyClass, node.X25519Pubkey, node.Models = msg.Region, msg.Hardware, msg.EnergyClass, msg.X25519Pubkey, models
	if err := m.setNode(ctx, op, node); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventNodeUpdated{Operator: msg.Operator, Region: msg.Region})
	return &types.MsgUpdateNodeResponse{}, nil
}

func (m msgServer) Heartbeat(ctx context.Context, msg *types.MsgHeartbeat) (*types.MsgHeartbeatResponse, error) {
	op, err := sdk.AccAddressFromBech32(msg.Operator)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	node, err := m.Nodes.Get(ctx, op)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrNodeNotFound, msg.Operator)
	}
	epoch := m.CurrentEpoch(ctx)
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if last, err := m.LastEpoch.Get(ctx); err == nil {
		// Missed heartbeats are charged lazily: a node due for jailing that BeginBlock has not
		// reached yet is jailed now, as the epoch-close walk would have done.
		m.jailIfMissed(sdkCtx, &node, last, m.GetParams(ctx))
	}
	switch node.Status {
	case types.NodeStatus_NODE_STATUS_UNBONDING:
		return nil, errorsmod.Wrap(types.ErrNodeNotActive, "node is unbonding")
	case types.NodeStatus_NODE_STATUS_JAILED:
		if epoch < node.JailedUntilEpoch {
			return nil, errorsmod.Wrapf(types.ErrNodeJailed, "until epoch %d (now %d)", node.JailedUntilEpoch, epoch)
		}
		node.Status = types.NodeStatus_NODE_STATUS_ACTIVE
		events.Emit(sdkCtx, &types.EventNodeUnjailed{Operator: msg.Operator})
	default:
		if node.LastHeartbeatEpoch == epoch && m.GetNodeEpochStats(ctx, epoch, op).Heartbeats > 0 {
			return nil, errorsmod.Wrapf(types.ErrAlreadyHeartbeat, "epoch %d", epoch)
		}
	}
	node.LastHeartbeatEpoch = epoch
	node.MissedHeartbeats = 0
	if err := m.setNode(ctx, op, node); err != nil {
		return nil, err
	}
	if err := m.addStats(ctx, epoch, op, func(s *types.NodeEpochStats) {
		if s.Heartbeats == 0 {
			s.Heartbeats = 1
		}
	}); err != nil {
		return nil, err
	}
	events.Emit(sdkCtx, &types.EventHeartbeat{Operator: msg.Operator, Epoch: epoch})
	return &types.MsgHeartbeatResponse{}, nil
}

func (m msgServer) UnbondNode(ctx context.Context, msg *types.MsgUnbondNode) (*types.MsgUnbondNodeResponse, error) {
	op, err := sdk.AccAddressFromBech32(msg.Operator)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	node, err := m.Nodes.Get(ctx, op)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrNodeNotFound, msg.Operator)
	}
	if node.Status == types.NodeStatus_NODE_STATUS_UNBONDING {
		return nil, errorsmod.Wrap(types.ErrNodeNotActive, "node is already unbonding")
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	node.Status = types.NodeStatus_NODE_STATUS_UNBONDING
	node.UnbondTime = sdkCtx.BlockTime().Unix() + m.GetParams(ctx).UnbondingDelaySeconds
	if err := m.setNode(ctx, op, node); err != nil {
		return nil, err
	}
	if err := m.Unbonding.Set(ctx, joinUnbond(node.UnbondTime, op)); err != nil {
		return nil, err
	}
	events.Emit(sdkCtx, &types.EventNodeUnbonding{Operator: msg.Operator, UnbondTime: node.UnbondTime})
	return &types.MsgUnbondNodeResponse{UnbondTime: node.UnbondTime}, nil
}

func (m msgServer) checkAuthority(addr string) error {
	if addr != m.authority {
		return errorsmod.Wrapf(types.ErrInvalidSigner, "expected %s, got %s", m.authority, addr)
	}
	return nil
}

func (m msgServer) RegisterModel(ctx context.Context, msg *types.MsgRegisterModel) (*types.MsgRegisterModelResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	switch {
	case len(msg.Name) == 0 || len(msg.Name) > 128:
		return nil, errorsmod.Wrap(types.ErrInvalidModel, "name must be 1..128 characters")
	case len(msg.OnnxSha256) != sha256.Size:
		return nil, errorsmod.Wrap(types.ErrInvalidModel, "onnx_sha256 must be 32 bytes")
	case msg.TaskType == "" || msg.Canonicalization == "":
		return nil, errorsmod.Wrap(types.ErrInvalidModel, "task type and canonicalisation rule are required")
	case msg.ComputeUnits == 0:
		return nil, errorsmod.Wrap(types.ErrInvalidModel, "compute units must be positive")
	case msg.PriceFloor.IsNil() || !msg.PriceFloor.IsPositive():
		return nil, errorsmod.Wrap(types.ErrInvalidModel, "price floor must be positive")
	}
	id, err := m.NextModel.Get(ctx)
	if err != nil {
		return nil, err
	}
	model := types.Model{
		Id: id, Name: msg.Name, OnnxSha256: msg.OnnxSha256, TaskType: msg.TaskType, InputSpec: msg.InputSpec,
		OutputSpec: msg.OutputSpec, ComputeUnits: msg.ComputeUnits, PriceFloor: msg.PriceFloor, Canonicalization: msg.Canonicalization,
	}
	if err := m.Models.Set(ctx, id, model); err != nil {
		return nil, err
	}
	if err := m.NextModel.Set(ctx, id+1); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventModelRegistered{ModelId: id, Name: msg.Name, OnnxSha256: msg.OnnxSha256})
	return &types.MsgRegisterModelResponse{ModelId: id}, nil
}

func (m msgServer) DeprecateModel(ctx context.Context, msg *types.MsgDeprecateModel) (*types.MsgDeprecateModelResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	model, err := m.Models.Get(ctx, msg.ModelId)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrModelNotFound, "model %d", msg.ModelId)
	}
	if model.Deprecated {
		return nil, errorsmod.Wrapf(types.ErrModelDeprecated, "model %d", msg.ModelId)
	}
	model.Deprecated = true
	if err := m.Models.Set(ctx, model.Id, model); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventModelDeprecated{ModelId: model.Id})
	return &types.MsgDeprecateModelResponse{}, nil
}

func (m msgServer) SubmitTask(ctx context.Context, msg *types.MsgSubmitTask) (*types.MsgSubmitTaskResponse, error) {
	client, err := sdk.AccAddressFromBech32(msg.Client)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	id, err := m.submitTask(ctx, client, msg)
	if err != nil {
		return nil, err
	}
	return &types.MsgSubmitTaskResponse{TaskId: id}, nil
}

func (m msgServer) CommitResult(ctx context.Context, msg *types.MsgCommitResult) (*types.MsgCommitResultResponse, error) {
	if _, err := sdk.AccAddressFromBech32(msg.Worker); err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	if err := m.commitResult(ctx, msg); err != nil {
		return nil, err
	}
	return &types.MsgCommitResultResponse{}, nil
}

func (m msgServer) RevealResult(ctx context.Context, msg *types.MsgRevealResult) (*types.MsgRevealResultResponse, error) {
	worker, err := sdk.AccAddressFromBech32(msg.Worker)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	if err := m.revealResult(ctx, worker, msg); err != nil {
		return nil, err
	}
	return &types.MsgRevealResultResponse{}, nil
}

func (m msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidParams, err.Error())
	}
	if err := m.paramsCheck(ctx, msg.Params); err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidParams, err.Error())
	}
	old := m.GetParams(ctx)
	if old.StakeDenom != msg.Params.StakeDenom {
		return nil, errorsmod.Wrap(types.ErrInvalidParams, fmt.Sprintf("stake denom cannot change (%s)", old.StakeDenom))
	}
	if err := m.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventParamsUpdated{})
	return &types.MsgUpdateParamsResponse{}, nil
}

// AttestNode records that an x/rwa TECHNICAL verifier of the node's region (or its country)
// checked the node's declared region and energy class; x/emissions applies the geography and
// energy multipliers only to attested nodes.
func (m msgServer) AttestNode(ctx context.Context, msg *types.MsgAttestNode) (*types.MsgAttestNodeResponse, error) {
	ver, err := sdk.AccAddressFromBech32(msg.Verifier)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	op, err := sdk.AccAddressFromBech32(msg.Node)
	if err != nil {
		return nil, errorsmod.Wrap(sdkerrors.ErrInvalidAddress, err.Error())
	}
	node, err := m.Nodes.Get(ctx, op)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrNodeNotFound, msg.Node)
	}
	if !m.verifiers.IsTechnicalVerifierFor(ctx, ver, node.Region) {
		return nil, errorsmod.Wrapf(types.ErrNotVerifier, "%s for %s", msg.Verifier, node.Region)
	}
	if msg.Region != node.Region || msg.EnergyClass != node.EnergyClass {
		return nil, errorsmod.Wrapf(types.ErrAttestationMismatch, "node declares %s / %s, attested %s / %s",
			node.Region, node.EnergyClass, msg.Region, msg.EnergyClass)
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	node.AttestedBy, node.AttestedHeight = msg.Verifier, sdkCtx.BlockHeight()
	if err := m.setNode(ctx, op, node); err != nil {
		return nil, err
	}
	events.Emit(sdkCtx, &types.EventNodeAttested{Operator: msg.Node, Verifier: msg.Verifier, Region: msg.Region, EnergyClass: msg.EnergyClass})
	return &types.MsgAttestNodeResponse{}, nil
}
