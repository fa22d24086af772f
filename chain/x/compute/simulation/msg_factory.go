package simulation

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
)

// VerifierSource lists the x/rwa TECHNICAL verifiers that may attest a node of region (set by
// the app; nil: MsgAttestNode is not simulated).
type VerifierSource func(ctx context.Context, region string) []sdk.AccAddress

// ExpectErrs accepts a successful delivery or one failing with one of errs: for messages whose
// outcome depends on state the factory cannot see cheaply (EndBlock's lazy jailing, capacity).
func ExpectErrs(errs ...error) simsx.SimDeliveryResultHandler {
	return func(err error) error {
		if err == nil {
			return nil
		}
		for _, e := range errs {
			if errors.Is(err, e) {
				return nil
			}
		}
		return err
	}
}

func pick[T any](testData *simsx.ChainDataSource, xs []T) T {
	return xs[testData.Rand().Intn(len(xs))]
}

// simNodes returns the nodes whose operator is a simulated account, filtered by keep.
func simNodes(ctx context.Context, k *keeper.Keeper, testData *simsx.ChainDataSource, keep func(types.Node) bool) []types.Node {
	var out []types.Node
	_ = k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
		if testData.HasAccount(n.Operator) && keep(n) {
			out = append(out, n)
		}
		return false, nil
	})
	return out
}

func liveModels(ctx context.Context, k *keeper.Keeper) []types.Model {
	var out []types.Model
	_ = k.Models.Walk(ctx, nil, func(_ uint64, m types.Model) (bool, error) {
		if !m.Deprecated {
			out = append(out, m)
		}
		return false, nil
	})
	return out
}

func randomServed(testData *simsx.ChainDataSource, models []types.Model, keep []types.ServedModel) []types.ServedModel {
	r := testData.Rand()
	seen := map[uint64]bool{}
	var out []types.ServedModel
	for _, s := range keep {
		// A model with tasks in progress stays served, with at least that capacity.
		out = append(out, types.ServedModel{ModelId: s.ModelId, Capacity: max(s.Active, uint32(1+r.Intn(8)))})
		seen[s.ModelId] = true
	}
	for _, m := range models {
		if !seen[m.Id] && (len(out) == 0 || r.Intn(2) == 0) {
			out = append(out, types.ServedModel{ModelId: m.Id, Capacity: uint32(1 + r.Intn(8))})
		}
	}
	return out
}

func pubkey(testData *simsx.ChainDataSource) []byte {
	b := make([]byte, 32)
	testData.Rand().Read(b)
	return b
}

// MsgRegisterNodeFactory registers a node for an account that has none, staking its class minimum
// or a little more, serving a random subset of the live models.
func MsgRegisterNodeFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRegisterNode] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRegisterNode) {
		p := k.GetParams(ctx)
		models := liveModels(ctx, k)
		if len(models) == 0 {
			reporter.Skip("no live model")
			return nil, nil
		}
		if n := len(simNodes(ctx, k, testData, func(types.Node) bool { return true })); n >= MaxSimNodes {
			reporter.Skipf("%d nodes already", n)
			return nil, nil
		}
		r := testData.Rand()
		class := types.NodeClass(1 + r.Intn(4))
		minStake, _ := p.MinStake(class)
		stake := minStake.Add(sdkmath.NewIntWithDecimal(int64(r.Intn(10)), 18))
		coin := sdk.NewCoin(p.StakeDenom, stake)
		op := testData.AnyAccountN(20, reporter, simsx.WithLiquidBalanceGTE(coin), simsx.SimAccountFilterFn(func(a simsx.SimAccount) bool {
			has, _ := k.Nodes.Has(ctx, a.Address)
			return !has
		}))
		if reporter.IsSkipped() {
			return nil, nil
		}
		op.LiquidBalance().BlockAmount(coin)
		return []simsx.SimAccount{op}, &types.MsgRegisterNode{
			Operator: op.AddressBech32, NodeClass: class, Region: pick(testData, Regions),
			Hardware: fmt.Sprintf("sim-gpu-%d", r.Intn(100)), EnergyClass: pick(testData, EnergyClasses),
			X25519Pubkey: pubkey(testData), Models: randomServed(testData, models, nil), Stake: stake,
		}
	}
}

// MsgUpdateNodeFactory changes a node's region, hardware, energy class, key and models (models
// with tasks in progress are kept, with at least their active count as capacity).
func MsgUpdateNodeFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgUpdateNode] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateNode) {
		nodes := simNodes(ctx, k, testData, func(types.Node) bool { return true })
		models := liveModels(ctx, k)
		if len(nodes) == 0 || len(models) == 0 {
			reporter.Skip("no node or no live model")
			return nil, nil
		}
		n := pick(testData, nodes)
		var busy []types.ServedModel
		for _, s := range n.Models {
			if s.Active > 0 {
				busy = append(busy, s)
			}
		}
		for _, s := range busy {
			if m, err := k.Models.Get(ctx, s.ModelId); err != nil || m.Deprecated {
				reporter.Skip("a model with tasks in progress was deprecated")
				return nil, nil
			}
		}
		op := testData.GetAccount(reporter, n.Operator)
		region, energy := n.Region, n.EnergyClass
		if testData.Rand().Intn(3) == 0 {
			region, energy = pick(testData, Regions), pick(testData, EnergyClasses)
		}
		return []simsx.SimAccount{op}, &types.MsgUpdateNode{
			Operator: n.Operator, Region: region, Hardware: fmt.Sprintf("sim-gpu-%d", testData.Rand().Intn(100)),
			EnergyClass: energy, X25519Pubkey: pubkey(testData), Models: randomServed(testData, models, busy),
		}
	}
}

// MsgHeartbeatFactory sends the epoch's heartbeat of a node (or unjails one whose jail ended).
// The keeper jails lazily a node that missed too many heartbeats, so ErrNodeJailed is expected.
func MsgHeartbeatFactory(k *keeper.Keeper) *simsx.ResultHandlingSimMsgFactory[*types.MsgHeartbeat] {
	return simsx.NewSimMsgFactoryWithDeliveryResultHandler(func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgHeartbeat, simsx.SimDeliveryResultHandler) {
		epoch := k.CurrentEpoch(ctx)
		nodes := simNodes(ctx, k, testData, func(n types.Node) bool {
			switch n.Status {
			case types.NodeStatus_NODE_STATUS_UNBONDING:
				return false
			case types.NodeStatus_NODE_STATUS_JAILED:
				return epoch >= n.JailedUntilEpoch
			}
			op := sdk.MustAccAddressFromBech32(n.Operator)
			return n.LastHeartbeatEpoch != epoch || k.GetNodeEpochStats(ctx, epoch, op).Heartbeats == 0
		})
		if len(nodes) == 0 {
			reporter.Skip("no node due for a heartbeat")
			return nil, nil, nil
		}
		n := pick(testData, nodes)
		return []simsx.SimAccount{testData.GetAccount(reporter, n.Operator)}, &types.MsgHeartbeat{Operator: n.Operator}, ExpectErrs(types.ErrNodeJailed)
	})
}

// MsgUnbondNodeFactory starts a node's unbonding.
func MsgUnbondNodeFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgUnbondNode] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUnbondNode) {
		nodes := simNodes(ctx, k, testData, func(n types.Node) bool { return n.Status != types.NodeStatus_NODE_STATUS_UNBONDING })
		if len(nodes) == 0 {
			reporter.Skip("no bonded node")
			return nil, nil
		}
		n := pick(testData, nodes)
		return []simsx.SimAccount{testData.GetAccount(reporter, n.Operator)}, &types.MsgUnbondNode{Operator: n.Operator}
	}
}

// MsgSubmitTaskFactory submits a task for a live model that enough nodes serve, paying the
// required fee or up to 50 % more. Capacity can change in the same block, so
// ErrInsufficientCapacity is expected.
func MsgSubmitTaskFactory(k *keeper.Keeper) *simsx.ResultHandlingSimMsgFactory[*types.MsgSubmitTask] {
	return simsx.NewSimMsgFactoryWithDeliveryResultHandler(func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSubmitTask, simsx.SimDeliveryResultHandler) {
		p := k.GetParams(ctx)
		var models []types.Model
		for _, m := range liveModels(ctx, k) {
			if n, err := k.Serving.Get(ctx, m.Id); err == nil && n >= 2 {
				models = append(models, m)
			}
		}
		if len(models) == 0 {
			reporter.Skip("no model served by two nodes or more")
			return nil, nil, nil
		}
		r := testData.Rand()
		m := pick(testData, models)
		serving, _ := k.Serving.Get(ctx, m.Id)
		kmax := min(uint64(p.MaxReplication), serving-1, 3)
		rep := uint32(1 + r.Int63n(int64(kmax)))
		urgency := types.Urgency(1 + r.Intn(3))
		fee := types.RequiredFee(p, m, urgency, rep)
		fee = fee.Add(fee.MulRaw(int64(r.Intn(51))).QuoRaw(100))
		coin := sdk.NewCoin(p.StakeDenom, fee)
		client := testData.AnyAccountN(20, reporter, simsx.WithLiquidBalanceGTE(coin))
		if reporter.IsSkipped() {
			return nil, nil, nil
		}
		client.LiquidBalance().BlockAmount(coin)
		input := make([]byte, 32)
		r.Read(input)
		region := ""
		if r.Intn(3) == 0 {
			region = pick(testData, Regions)
		}
		return []simsx.SimAccount{client}, &types.MsgSubmitTask{
			Client: client.AddressBech32, ModelId: m.Id, InputSha256: input, InputLocator: "ipfs://sim/" + fmt.Sprint(r.Int63()),
			Urgency: urgency, Replication: rep, MaxFee: fee, PreferredRegion: region,
		}, ExpectErrs(types.ErrInsufficientCapacity)
	})
}

// SimOutput is the output hash a simulated worker reveals for a task: the same for every honest
// worker of the task, and a worker-specific (dissenting) hash for about one worker in eight, so
// that settlement pays majorities and penalises dissent. Salt and output both derive from the task
// and the worker, so a reveal always matches its commitment without remembering anything.
func SimOutput(taskID uint64, worker sdk.AccAddress) (output, salt []byte) {
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], taskID)
	s := sha256.Sum256(append(append([]byte("btt-sim-salt/"), id[:]...), worker...))
	o := sha256.Sum256(append([]byte("btt-sim-output/"), id[:]...))
	if s[0] < 32 {
		o = sha256.Sum256(append(append([]byte("btt-sim-dissent/"), id[:]...), worker...))
	}
	return o[:], s[:]
}

type openAssignment struct {
	task   types.Task
	worker string
}

// openAssignments lists assignments of simulated workers in tasks of the given phase whose window is open.
func openAssignments(ctx context.Context, k *keeper.Keeper, testData *simsx.ChainDataSource, status types.TaskStatus) []openAssignment {
	height := sdk.UnwrapSDKContext(ctx).BlockHeight()
	var out []openAssignment
	_ = k.Active.Walk(ctx, nil, func(id uint64) (bool, error) {
		t, err := k.Tasks.Get(ctx, id)
		if err != nil || t.Status != status {
			return false, nil
		}
		if (status == types.TaskStatus_TASK_STATUS_COMMIT && height > t.CommitDeadline) ||
			(status == types.TaskStatus_TASK_STATUS_REVEAL && height > t.RevealDeadline) {
			return false, nil
		}
		for _, a := range t.Assignments {
			if !testData.HasAccount(a.Worker) {
				continue
			}
			if (status == types.TaskStatus_TASK_STATUS_COMMIT && len(a.Commitment) == 0) ||
				(status == types.TaskStatus_TASK_STATUS_REVEAL && len(a.Commitment) > 0 && a.RevealHeight == 0) {
				out = append(out, openAssignment{task: t, worker: a.Worker})
			}
		}
		return false, nil
	})
	return out
}

// MsgCommitResultFactory commits sha256(output ‖ salt ‖ worker) for an open assignment.
func MsgCommitResultFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgCommitResult] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgCommitResult) {
		open := openAssignments(ctx, k, testData, types.TaskStatus_TASK_STATUS_COMMIT)
		if len(open) == 0 {
			reporter.Skip("no open commit")
			return nil, nil
		}
		a := pick(testData, open)
		w := testData.GetAccount(reporter, a.worker)
		out, salt := SimOutput(a.task.Id, w.Address)
		return []simsx.SimAccount{w}, &types.MsgCommitResult{Worker: a.worker, TaskId: a.task.Id, Commitment: keeper.Commitment(out, salt, w.Address)}
	}
}

// MsgRevealResultFactory reveals the output and salt behind a worker's commitment.
func MsgRevealResultFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRevealResult] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRevealResult) {
		open := openAssignments(ctx, k, testData, types.TaskStatus_TASK_STATUS_REVEAL)
		if len(open) == 0 {
			reporter.Skip("no open reveal")
			return nil, nil
		}
		a := pick(testData, open)
		w := testData.GetAccount(reporter, a.worker)
		out, salt := SimOutput(a.task.Id, w.Address)
		return []simsx.SimAccount{w}, &types.MsgRevealResult{Worker: a.worker, TaskId: a.task.Id, OutputHash: out, Salt: salt}
	}
}

// MsgAttestNodeFactory has an x/rwa TECHNICAL verifier of a node's region attest its declared
// region and energy class.
func MsgAttestNodeFactory(k *keeper.Keeper, verifiers VerifierSource) simsx.SimMsgFactoryFn[*types.MsgAttestNode] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgAttestNode) {
		type cand struct {
			node types.Node
			vers []sdk.AccAddress
		}
		var cands []cand
		byRegion := map[string][]sdk.AccAddress{}
		_ = k.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n types.Node) (bool, error) {
			vs, ok := byRegion[n.Region]
			if !ok {
				for _, v := range verifiers(ctx, n.Region) {
					if testData.HasAccount(v.String()) {
						vs = append(vs, v)
					}
				}
				byRegion[n.Region] = vs
			}
			if len(vs) > 0 && n.AttestedBy == "" {
				cands = append(cands, cand{n, vs})
			}
			return false, nil
		})
		if len(cands) == 0 {
			reporter.Skip("no unattested node with a verifier for its region")
			return nil, nil
		}
		c := pick(testData, cands)
		v := testData.GetAccount(reporter, pick(testData, c.vers).String())
		return []simsx.SimAccount{v}, &types.MsgAttestNode{Verifier: v.AddressBech32, Node: c.node.Operator, EnergyClass: c.node.EnergyClass, Region: c.node.Region}
	}
}

// MsgRegisterModelFactory is a governance proposal registering a model.
func MsgRegisterModelFactory() simsx.SimMsgFactoryFn[*types.MsgRegisterModel] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRegisterModel) {
		m := RandomModel(testData.Rand().Rand, testData.Rand().Intn(1000))
		return nil, &types.MsgRegisterModel{
			Authority: testData.ModuleAccountAddress(reporter, "gov"), Name: m.Name, OnnxSha256: m.OnnxSha256, TaskType: m.TaskType,
			InputSpec: m.InputSpec, OutputSpec: m.OutputSpec, ComputeUnits: m.ComputeUnits, PriceFloor: m.PriceFloor, Canonicalization: m.Canonicalization,
		}
	}
}

// MsgDeprecateModelFactory is a governance proposal deprecating a live model.
func MsgDeprecateModelFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgDeprecateModel] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgDeprecateModel) {
		models := liveModels(ctx, k)
		if len(models) < 2 {
			reporter.Skip("keep the last live model")
			return nil, nil
		}
		return nil, &types.MsgDeprecateModel{Authority: testData.ModuleAccountAddress(reporter, "gov"), ModelId: pick(testData, models).Id}
	}
}

// MsgUpdateParamsFactory is a governance proposal with random valid params (same epoch
// identifier and stake denom as now).
func MsgUpdateParamsFactory(k *keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgUpdateParams] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateParams) {
		cur := k.GetParams(ctx)
		p := RandomParams(testData.Rand().Rand, cur.EpochIdentifier)
		p.StakeDenom = cur.StakeDenom
		return nil, &types.MsgUpdateParams{Authority: testData.ModuleAccountAddress(reporter, "gov"), Params: p}
	}
}
