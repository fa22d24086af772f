package simulation

import (
	"context"
	"encoding/hex"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/health/keeper"
	"github.com/btt-chain/btt/chain/x/health/types"
)

func pick[T any](testData *simsx.ChainDataSource, xs []T) T {
	return xs[testData.Rand().Intn(len(xs))]
}

func simVerifiers(ctx context.Context, k keeper.Keeper, testData *simsx.ChainDataSource, kind types.VerificationSource) []types.Verifier {
	var out []types.Verifier
	_ = k.Verifiers.Walk(ctx, nil, func(_ sdk.AccAddress, v types.Verifier) (bool, error) {
		if v.Kind == kind && testData.HasAccount(v.Address) {
			out = append(out, v)
		}
		return false, nil
	})
	return out
}

// MsgRecordActivityFactory has an oracle or provider verifier record an activity of a type that
// accepts it, for a patient under the type's caps, with fresh evidence.
func MsgRecordActivityFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRecordActivity] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRecordActivity) {
		var ats []types.ActivityType
		_ = k.ActivityTypes.Walk(ctx, nil, func(_ string, at types.ActivityType) (bool, error) {
			ats = append(ats, at)
			return false, nil
		})
		if len(ats) == 0 {
			reporter.Skip("no activity type")
			return nil, nil
		}
		at := pick(testData, ats)
		src := pick(testData, []types.VerificationSource{oracle, provider})
		vs := simVerifiers(ctx, k, testData, src)
		if len(vs) == 0 || !at.Allows(src) {
			reporter.Skip("no verifier of an accepted source")
			return nil, nil
		}
		v := testData.GetAccount(reporter, pick(testData, vs).Address)
		patient := testData.AnyAccount(reporter)
		if reporter.IsSkipped() || !k.CapsAllow(ctx, patient.Address, at) {
			reporter.Skip("patient at the type's cap")
			return nil, nil
		}
		ev := make([]byte, 32)
		_, _ = testData.Rand().Read(ev)
		h := hex.EncodeToString(ev)
		if ok, _ := k.Evidence.Has(ctx, h); ok {
			reporter.Skip("evidence collision")
			return nil, nil
		}
		return []simsx.SimAccount{v}, &types.MsgRecordActivity{Signer: v.AddressBech32, Patient: patient.AddressBech32,
			ActivityCode: at.Code, EvidenceHash: h, Source: src}
	}
}

// MsgConfirmActivityFactory has another verifier of an accepted kind confirm an uncredited activity.
func MsgConfirmActivityFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgConfirmActivity] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgConfirmActivity) {
		var pending []types.Activity
		_ = k.Activities.Walk(ctx, nil, func(_ uint64, a types.Activity) (bool, error) {
			if !a.Credited {
				pending = append(pending, a)
			}
			return len(pending) >= 50, nil
		})
		if len(pending) == 0 {
			reporter.Skip("no activity awaiting confirmation")
			return nil, nil
		}
		a := pick(testData, pending)
		at, err := k.ActivityTypes.Get(ctx, a.ActivityCode)
		if err != nil {
			reporter.Skip("activity type removed")
			return nil, nil
		}
		done := map[string]bool{}
		for _, c := range a.ConfirmedBy {
			done[c] = true
		}
		var cands []string
		for _, src := range []types.VerificationSource{oracle, provider} {
			if !at.Allows(src) {
				continue
			}
			for _, v := range simVerifiers(ctx, k, testData, src) {
				if !done[v.Address] {
					cands = append(cands, v.Address)
				}
			}
		}
		if len(cands) == 0 {
			reporter.Skip("no other verifier")
			return nil, nil
		}
		v := testData.GetAccount(reporter, pick(testData, cands))
		return []simsx.SimAccount{v}, &types.MsgConfirmActivity{Verifier: v.AddressBech32, ActivityId: a.Id}
	}
}

// MsgConvertPointsFactory has a patient with matured points convert some, within the epoch's
// remaining budget and the pool's balance.
func MsgConvertPointsFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgConvertPoints] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgConvertPoints) {
		ec, err := k.CurrentConversion(ctx)
		if err != nil || !ec.Rate.IsPositive() {
			reporter.Skip("no rate")
			return nil, nil
		}
		var holders []string
		var balances []uint64
		_ = k.Patients.Walk(ctx, nil, func(a sdk.AccAddress, _ types.PatientPoints) (bool, error) {
			pp, err := k.PatientPoints(ctx, a)
			if err == nil && pp.Balance > 0 && testData.HasAccount(pp.Patient) {
				holders, balances = append(holders, pp.Patient), append(balances, pp.Balance)
			}
			return false, nil
		})
		if len(holders) == 0 {
			reporter.Skip("no patient with matured points")
			return nil, nil
		}
		i := testData.Rand().Intn(len(holders))
		left := ec.Budget.Sub(ec.Spent).Quo(ec.Rate)
		if pool := k.PoolBalance(ctx).Quo(ec.Rate); pool.LT(left) {
			left = pool
		}
		if !left.IsPositive() {
			reporter.Skip("epoch budget spent")
			return nil, nil
		}
		pts := 1 + uint64(testData.Rand().Int63n(int64(min(balances[i], left.Uint64()))))
		p := testData.GetAccount(reporter, holders[i])
		return []simsx.SimAccount{p}, &types.MsgConvertPoints{Patient: p.AddressBech32, Points: pts}
	}
}

// MsgUpdateParamsFactory is a governance proposal setting random valid params (epoch_seconds,
// fixed at genesis, kept).
func MsgUpdateParamsFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgUpdateParams] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgUpdateParams) {
		p := RandomParams(testData.Rand().Rand)
		if cur, err := k.Params.Get(ctx); err == nil {
			p.EpochSeconds = cur.EpochSeconds
		}
		return nil, &types.MsgUpdateParams{Authority: testData.ModuleAccountAddress(reporter, "gov"), Params: p}
	}
}

// MsgAddVerifierFactory is a governance proposal appointing an oracle.
func MsgAddVerifierFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgAddVerifier] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgAddVerifier) {
		acc := testData.AnyAccount(reporter)
		if reporter.IsSkipped() {
			return nil, nil
		}
		return nil, &types.MsgAddVerifier{Authority: testData.ModuleAccountAddress(reporter, "gov"), Verifier: acc.AddressBech32,
			Kind: pick(testData, []types.VerificationSource{oracle, provider}), Name: "sim oracle"}
	}
}
