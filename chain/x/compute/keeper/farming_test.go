package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/compute/keeper"
	"github.com/btt-chain/btt/chain/x/compute/types"
	rwatypes "github.com/btt-chain/btt/chain/x/rwa/types"
)

// runUntil ends blocks until the task reaches status (at most 100 blocks).
func (f *fixture) runUntil(id uint64, status types.TaskStatus) {
	f.t.Helper()
	for i := 0; i < 100 && f.task(id).Status != status; i++ {
		f.endBlock()
	}
	require.Equal(f.t, status, f.task(id).Status)
}

// Issue 16 (3): staying silent must not be cheaper than revealing a minority answer. One task,
// k = 5: three agree, one dissents, one never commits. The silent worker must lose at least as
// much reputation and stake as the dissenter. (Failed before the fix: silent lost 500 reputation
// and no stake, the dissenter 1,000 and 1 % of its stake.)
func TestSilentNotCheaperThanDissent(t *testing.T) {
	f := setup(t)
	price := bttAmt(1)
	model := f.registerModel(price)
	var ws []worker
	for _, n := range []string{"s1", "s2", "s3", "s4", "s5"} {
		ws = append(ws, f.registerNode(n, model, 1, "CN-BJ"))
	}
	clinic := addr("clinic")
	f.fund(clinic, bttAmt(100))
	id, err := f.submit(clinic, model, 5, price.MulRaw(5), types.Urgency_URGENCY_ROUTINE)
	require.NoError(t, err)
	f.endBlock()
	task := f.task(id)
	require.Len(t, task.Assignments, 5)
	byAddr := map[string]worker{}
	for _, w := range ws {
		byAddr[w.addr.String()] = w
	}
	var agree []worker
	var dissenter, silent worker
	for i, a := range task.Assignments {
		w := byAddr[a.Worker]
		switch {
		case i < 3:
			agree = append(agree, w)
		case i == 3:
			dissenter = w
		default:
			silent = w
		}
	}
	good, bad := outputHash("ok"), outputHash("other")
	for _, w := range agree {
		require.NoError(t, f.commit(w, id, good))
	}
	require.NoError(t, f.commit(dissenter, id, bad))
	f.runUntil(id, types.TaskStatus_TASK_STATUS_REVEAL)
	for _, w := range agree {
		require.NoError(t, f.reveal(w, id, good))
	}
	require.NoError(t, f.reveal(dissenter, id, bad))
	f.runUntil(id, types.TaskStatus_TASK_STATUS_SETTLED)

	p := f.k.GetParams(f.ctx)
	d, ok := f.k.GetNode(f.ctx, dissenter.addr)
	require.True(t, ok)
	s, ok := f.k.GetNode(f.ctx, silent.addr)
	require.True(t, ok)
	repLoss := func(n types.Node) uint32 { return p.InitialReputation - n.Reputation }
	stakeLoss := func(n types.Node) sdkmath.Int { return bttAmt(100).Sub(n.Stake) }
	require.Positive(t, repLoss(d))
	require.True(t, stakeLoss(d).IsPositive())
	require.GreaterOrEqual(t, repLoss(s), repLoss(d), "silent reputation loss below the dissenter's")
	require.True(t, stakeLoss(s).GTE(stakeLoss(d)), "silent stake loss %s below the dissenter's %s", stakeLoss(s), stakeLoss(d))
}

// Params with a silent penalty below the dissent penalty are refused.
func TestParamsSilentPenaltyAtLeastDissent(t *testing.T) {
	p := types.DefaultParams()
	require.NoError(t, p.Validate())
	p.SilentPenalty = p.DissentPenalty - 1
	require.Error(t, p.Validate())
}

// settleK1 submits a ROUTINE k = 1 task of model paying slot per worker from client and has its
// worker reveal; re-execution is switched off so the task settles at once. Returns the worker.
func (f *fixture) settleK1(client worker, model uint64, slot sdkmath.Int, ws map[string]worker) worker {
	f.t.Helper()
	id, err := f.submit(client.addr, model, 1, slot.MulRaw(2), types.Urgency_URGENCY_ROUTINE)
	require.NoError(f.t, err)
	f.endBlock()
	w := ws[f.task(id).Assignments[0].Worker]
	out := outputHash("ok")
	require.NoError(f.t, f.commit(w, id, out))
	require.NoError(f.t, f.reveal(w, id, out))
	require.Equal(f.t, types.TaskStatus_TASK_STATUS_SETTLED, f.task(id).Status)
	return w
}

// Issue 16 (3), reward farming: a node paid for tasks its own second address submitted at a token
// price must earn no compute units (which x/emissions and x/wgov read). Only units paid for at
// params.min_paid_price_per_unit or more count: credited = min(units, floor(slot ÷ min price)).
// (Failed before the fix: the farmer was credited all 10 units of a 1-abtt task.)
func TestFarmingBelowMinPriceEarnsNoUnits(t *testing.T) {
	f := setup(t)
	minPrice := sdkmath.NewInt(100_000_000_000_000_000) // 0.1 BTT per unit
	f.setParams(func(p *types.Params) {
		p.MinPaidPricePerUnit = minPrice
		p.ReexecutionRate = sdkmath.LegacyZeroDec()
	})
	// Models of 10 units per inference at a price floor of 1 abtt (a farmer's dream), at half the
	// min price per unit and at the min price. The slot price is the model's floor (+ premium).
	cheap := f.registerModel(sdkmath.NewInt(1))
	half := f.registerModel(minPrice.MulRaw(5))
	full := f.registerModel(minPrice.MulRaw(10))
	a := addr("farmer")
	f.fund(a, bttAmt(1_000))
	_, err := f.ms.RegisterNode(f.ctx, &types.MsgRegisterNode{
		Operator: a.String(), NodeClass: types.NodeClass_NODE_CLASS_HOME, Region: "CN-BJ", Hardware: "RTX 4090",
		EnergyClass: "A", X25519Pubkey: make32(7), Stake: bttAmt(100),
		Models: []types.ServedModel{{ModelId: cheap, Capacity: 1}, {ModelId: half, Capacity: 1}, {ModelId: full, Capacity: 1}},
	})
	require.NoError(t, err)
	farmer := worker{addr: a, salt: make32(3)}
	client := worker{addr: addr("farmer-client")}
	f.fund(client.addr, bttAmt(100))
	ws := map[string]worker{farmer.addr.String(): farmer}
	f.settleK1(client, cheap, sdkmath.NewInt(1), ws)
	s := f.k.GetNodeEpochStats(f.ctx, 1, farmer.addr)
	require.Equal(t, uint64(1), s.TasksAccepted)
	require.Equal(t, uint64(0), s.ComputeUnits, "a task paid below min_paid_price_per_unit earns no units")
	// x/wgov's compute-class power (as wired in the app) reads the same credited units: none.
	powers, err := f.app.WgovKeeper.ComputePowers(f.ctx)
	require.NoError(t, err)
	_, has := powers[farmer.addr.String()]
	require.False(t, has, "farmed units give no compute-class voting power")

	// Half the min price per unit: half the units.
	f.settleK1(client, half, minPrice.MulRaw(5), ws)
	require.Equal(t, uint64(5), f.k.GetNodeEpochStats(f.ctx, 1, farmer.addr).ComputeUnits)
	// At the min price: every unit.
	f.settleK1(client, full, minPrice.MulRaw(10), ws)
	require.Equal(t, uint64(15), f.k.GetNodeEpochStats(f.ctx, 1, farmer.addr).ComputeUnits)
	recs, err := f.k.ComputeRecords(f.ctx, 1)
	require.NoError(t, err)
	require.Len(t, recs, 1)
	require.Equal(t, uint64(15), recs[0].ComputeUnits)
	powers, err = f.app.WgovKeeper.ComputePowers(f.ctx)
	require.NoError(t, err)
	require.Equal(t, "15.000000000000000000", powers[farmer.addr.String()].String())
}

// Issue 16 (3): region and energy class are self-declared; only an x/rwa TECHNICAL verifier of
// the node's region (or country) may attest them, the attestation must match the declared data,
// and changing either clears it. The records tell x/emissions whether a node is attested.
func TestAttestNode(t *testing.T) {
	f := setup(t)
	model := f.registerModel(bttAmt(1))
	w := f.registerNode("attested", model, 1, "CN-BJ")
	tech, kyc, elsewhere := addr("tech-verifier"), addr("kyc-verifier"), addr("us-verifier")
	for _, v := range []rwatypes.Verifier{
		{Address: tech.String(), Name: "tech", Kinds: []rwatypes.AttestationKind{rwatypes.AttestationKind_ATTESTATION_KIND_TECHNICAL}, Jurisdictions: []string{"CN"}},
		{Address: kyc.String(), Name: "kyc", Kinds: []rwatypes.AttestationKind{rwatypes.AttestationKind_ATTESTATION_KIND_KYC}, Jurisdictions: []string{"CN"}},
		{Address: elsewhere.String(), Name: "us", Kinds: []rwatypes.AttestationKind{rwatypes.AttestationKind_ATTESTATION_KIND_TECHNICAL}, Jurisdictions: []string{"US"}},
	} {
		a, err := sdk.AccAddressFromBech32(v.Address)
		require.NoError(t, err)
		require.NoError(t, f.app.RwaKeeper.Verifiers.Set(f.ctx, a, v))
	}
	attest := func(v sdk.AccAddress, class, region string) error {
		_, err := f.ms.AttestNode(f.ctx, &types.MsgAttestNode{Verifier: v.String(), Node: w.addr.String(), EnergyClass: class, Region: region})
		return err
	}
	attested := func() bool {
		recs, err := f.k.ComputeRecords(f.ctx, 1)
		require.NoError(t, err)
		for _, r := range recs {
			if r.Operator == w.addr.String() {
				return r.Attested
			}
		}
		t.Fatal("no record")
		return false
	}
	// Registration recorded a heartbeat for epoch 1; unattested.
	require.False(t, attested())

	require.ErrorIs(t, attest(kyc, "A", "CN-BJ"), types.ErrNotVerifier)
	require.ErrorIs(t, attest(elsewhere, "A", "CN-BJ"), types.ErrNotVerifier)
	require.ErrorIs(t, attest(w.addr, "A", "CN-BJ"), types.ErrNotVerifier) // no self-attestation
	require.ErrorIs(t, attest(tech, "B", "CN-BJ"), types.ErrAttestationMismatch)
	require.ErrorIs(t, attest(tech, "A", "CN-SH"), types.ErrAttestationMismatch)
	require.NoError(t, attest(tech, "A", "CN-BJ"))
	n, _ := f.k.GetNode(f.ctx, w.addr)
	require.Equal(t, tech.String(), n.AttestedBy)
	require.Equal(t, f.ctx.BlockHeight(), n.AttestedHeight)
	require.True(t, attested())
	// A verifier removed from x/rwa: its attestations stop counting (and count again if re-added).
	tv, err := f.app.RwaKeeper.Verifiers.Get(f.ctx, tech)
	require.NoError(t, err)
	require.NoError(t, f.app.RwaKeeper.Verifiers.Remove(f.ctx, tech))
	require.False(t, attested())
	require.NoError(t, f.app.RwaKeeper.Verifiers.Set(f.ctx, tech, tv))
	require.True(t, attested())

	update := func(region, class, hw string) {
		_, err := f.ms.UpdateNode(f.ctx, &types.MsgUpdateNode{Operator: w.addr.String(), Region: region, Hardware: hw,
			EnergyClass: class, X25519Pubkey: make32(7), Models: []types.ServedModel{{ModelId: model, Capacity: 1}}})
		require.NoError(t, err)
	}
	update("CN-BJ", "A", "RTX 5090") // hardware only: still attested
	require.True(t, attested())
	update("CN-BJ", "B", "RTX 5090") // energy class changed: cleared
	require.False(t, attested())
	require.NoError(t, attest(tech, "B", "CN-BJ"))
	update("CN-XZ", "B", "RTX 5090") // region changed: cleared
	require.False(t, attested())
	n, _ = f.k.GetNode(f.ctx, w.addr)
	require.Empty(t, n.AttestedBy)
	require.Zero(t, n.AttestedHeight)
}

// The 3 -> 4 migration gives min_paid_price_per_unit its default and raises a silent penalty
// below the dissent penalty; a v1 store still migrates (1 -> 2 must leave valid params).
func TestMigrate3to4Params(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.MinPaidPricePerUnit = sdkmath.Int{}
	p.SilentPenalty = 500
	require.Error(t, p.Validate())
	require.NoError(t, f.k.Params.Set(f.ctx, p))
	require.NoError(t, keeper.NewMigrator(f.k).Migrate1to2(f.ctx))
	require.NoError(t, f.k.Params.Set(f.ctx, p))
	require.NoError(t, keeper.NewMigrator(f.k).Migrate3to4(f.ctx))
	got := f.k.GetParams(f.ctx)
	require.NoError(t, got.Validate())
	require.Equal(t, types.DefaultMinPaidPricePerUnit.String(), got.MinPaidPricePerUnit.String())
	require.Equal(t, got.DissentPenalty, got.SilentPenalty)
}

// The cost side of the farming arithmetic (x/emissions/README.md, reward farming) at default params: a farmer whose
// second address submits a ROUTINE k = 1 task at the min price to its own node gets the payment
// back less the development-fund share, so each credited unit costs it at least
// dev_fund_share × min_paid_price_per_unit (0.05 × 0.1 BTT = 0.005 BTT).
func TestFarmingCostPerCreditedUnit(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.ReexecutionRate = sdkmath.LegacyZeroDec() })
	p := f.k.GetParams(f.ctx)
	require.Equal(t, "100000000000000000", p.MinPaidPricePerUnit.String())
	model := f.registerModel(p.MinPaidPricePerUnit.MulRaw(10)) // 10 units at exactly the min price
	farmer := f.registerNode("farmer", model, 1, "CN-BJ")
	client := worker{addr: addr("farmer-client")}
	f.fund(client.addr, bttAmt(100))
	before := f.balance(farmer.addr).Add(f.balance(client.addr))
	f.settleK1(client, model, p.MinPaidPricePerUnit.MulRaw(10), map[string]worker{farmer.addr.String(): farmer})
	loss := before.Sub(f.balance(farmer.addr).Add(f.balance(client.addr)))
	units := f.k.GetNodeEpochStats(f.ctx, 1, farmer.addr).ComputeUnits
	require.Equal(t, uint64(10), units)
	perUnit := p.DevFundShare.MulInt(p.MinPaidPricePerUnit).TruncateInt()
	require.Equal(t, "5000000000000000", perUnit.String())
	require.True(t, loss.GTE(perUnit.MulRaw(int64(units))), "loss %s", loss)
}

// End to end as wired in the app: x/emissions pays an epoch from x/compute's records; of two
// nodes declaring class A in CN-BJ with equal fee-backed work, only the attested one gets the
// energy multiplier (1.3), the other scores 1.0.
func TestEmissionsMultipliersOnlyForAttestedNodes(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.ReexecutionRate = sdkmath.LegacyZeroDec() })
	p := f.k.GetParams(f.ctx)
	model := f.registerModel(p.MinPaidPricePerUnit.MulRaw(10))
	a := f.registerNode("node-a", model, 1, "CN-BJ")
	b := f.registerNode("node-b", model, 1, "CN-BJ")
	tech := addr("tech-verifier")
	require.NoError(t, f.app.RwaKeeper.Verifiers.Set(f.ctx, tech, rwatypes.Verifier{Address: tech.String(), Name: "tech",
		Kinds: []rwatypes.AttestationKind{rwatypes.AttestationKind_ATTESTATION_KIND_TECHNICAL}, Jurisdictions: []string{"CN-BJ"}}))
	_, err := f.ms.AttestNode(f.ctx, &types.MsgAttestNode{Verifier: tech.String(), Node: a.addr.String(), EnergyClass: "A", Region: "CN-BJ"})
	require.NoError(t, err)
	client := worker{addr: addr("clinic")}
	f.fund(client.addr, bttAmt(100))
	ws := map[string]worker{a.addr.String(): a, b.addr.String(): b}
	for i := 0; i < 2; i++ { // k = 2: both nodes serve (and are credited for) both tasks
		id, err := f.submit(client.addr, model, 2, p.MinPaidPricePerUnit.MulRaw(10).MulRaw(2), types.Urgency_URGENCY_ROUTINE)
		require.NoError(t, err)
		f.endBlock()
		out := outputHash("ok")
		for _, as := range f.task(id).Assignments {
			require.NoError(t, f.commit(ws[as.Worker], id, out))
		}
		for _, as := range f.task(id).Assignments {
			require.NoError(t, f.reveal(ws[as.Worker], id, out))
		}
		require.Equal(t, types.TaskStatus_TASK_STATUS_SETTLED, f.task(id).Status)
	}
	_, err = f.app.EmissionsKeeper.PayEpoch(f.ctx, 1, 24*time.Hour)
	require.NoError(t, err)
	ra, err := f.app.EmissionsKeeper.NodeRewards.Get(f.ctx, collections.Join(int64(1), a.addr.String()))
	require.NoError(t, err)
	rb, err := f.app.EmissionsKeeper.NodeRewards.Get(f.ctx, collections.Join(int64(1), b.addr.String()))
	require.NoError(t, err)
	require.Equal(t, ra.ComputeUnits, rb.ComputeUnits)
	require.Equal(t, "1.300000000000000000", ra.Energy.String())
	require.Equal(t, "1.000000000000000000", rb.Energy.String())
	require.Equal(t, "1.000000000000000000", rb.Geography.String())
	require.True(t, ra.Score.GT(rb.Score))
	// Two nodes alone share a whole day's budget: both reach the reward cap per credited unit,
	// where multipliers no longer matter (they split the budget once the network's volume is
	// large enough for the cap not to bind).
	require.True(t, ra.Capped && rb.Capped)
	require.True(t, ra.Payout.Equal(rb.Payout))
}

// Issue 16 (3), farming must cost more than it earns at default params: a farmer alone on the
// network (the best case for it: its node's units are all the epoch's units, so it would take
// the whole daily budget of about 34,500 BTT) pays its own node for a task at the min price and
// is paid the epoch. Emissions are capped at reward_cap_ratio (0.8) × its cost per credited unit,
// so the farm loses money. (Failed before the cap: the farmer's net was the whole budget less 0.05 BTT.)
func TestFarmingLosesMoneyWithEmissions(t *testing.T) {
	f := setup(t)
	f.setParams(func(p *types.Params) { p.ReexecutionRate = sdkmath.LegacyZeroDec() })
	p := f.k.GetParams(f.ctx)
	model := f.registerModel(p.MinPaidPricePerUnit.MulRaw(10))
	farmer := f.registerNode("farmer", model, 1, "CN-BJ")
	client := worker{addr: addr("farmer-client")}
	f.fund(client.addr, bttAmt(100))
	before := f.balance(farmer.addr).Add(f.balance(client.addr))
	f.settleK1(client, model, p.MinPaidPricePerUnit.MulRaw(10), map[string]worker{farmer.addr.String(): farmer})
	er, err := f.app.EmissionsKeeper.PayEpoch(f.ctx, 1, 24*time.Hour)
	require.NoError(t, err)
	require.Equal(t, uint32(1), er.NodeCount)
	require.True(t, er.Budget.GT(bttAmt(30_000)), "a whole day's budget was there to take: %s", er.Budget)
	nr, err := f.app.EmissionsKeeper.NodeRewards.Get(f.ctx, collections.Join(int64(1), farmer.addr.String()))
	require.NoError(t, err)
	require.True(t, nr.Payout.IsPositive() && nr.Capped)
	// 10 credited units × 0.8 × 0.005 BTT = 0.04 BTT, against a fee loss of 0.05 BTT.
	require.Equal(t, "40000000000000000", nr.Payout.String())
	after := f.balance(farmer.addr).Add(f.balance(client.addr))
	require.True(t, after.LT(before), "farming must lose money: before %s, after %s", before, after)
	require.True(t, er.CarriedForward.Equal(er.Budget.Sub(nr.Payout)), "the rest of the budget stays in the mining pool")
}
