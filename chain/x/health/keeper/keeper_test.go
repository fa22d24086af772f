package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/health/types"
)

func TestGovernanceOnlyMessages(t *testing.T) {
	f := setup(t)
	stranger := addr("stranger").String()
	f.refused(types.ErrInvalidAuthority, func() error {
		_, err := f.ms.SetActivityType(f.ctx, &types.MsgSetActivityType{Authority: stranger, ActivityType: types.DefaultGenesis().ActivityTypes[0]})
		return err
	})
	f.refused(types.ErrInvalidAuthority, func() error {
		_, err := f.ms.AddVerifier(f.ctx, &types.MsgAddVerifier{Authority: stranger, Verifier: stranger, Kind: oracleSrc, Name: "x"})
		return err
	})
	f.refused(types.ErrInvalidAuthority, func() error {
		_, err := f.ms.RegisterDevice(f.ctx, &types.MsgRegisterDevice{Authority: stranger, DeviceId: "d1", PubKey: make([]byte, 33)})
		return err
	})
	f.refused(types.ErrInvalidAuthority, func() error {
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: stranger, Params: types.DefaultParams()})
		return err
	})
	// Bad values from the authority are refused too.
	f.refused(types.ErrInvalidActivityType, func() error {
		at := types.DefaultGenesis().ActivityTypes[0]
		at.Confirmations = 0
		_, err := f.ms.SetActivityType(f.ctx, &types.MsgSetActivityType{Authority: f.gov, ActivityType: at})
		return err
	})
	f.refused(types.ErrInvalidVerifier, func() error {
		_, err := f.ms.AddVerifier(f.ctx, &types.MsgAddVerifier{Authority: f.gov, Verifier: stranger, Kind: deviceSrc, Name: "x"})
		return err
	})
	f.refused(types.ErrInvalidDevice, func() error {
		_, err := f.ms.RegisterDevice(f.ctx, &types.MsgRegisterDevice{Authority: f.gov, DeviceId: "d1", PubKey: make([]byte, 33)})
		return err
	})
	f.refused(types.ErrInvalidParams, func() error {
		p := types.DefaultParams()
		p.EpochSeconds = 3600 // valid, but epochs are numbered by it: fixed at genesis
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
		return err
	})
	f.refused(types.ErrInvalidParams, func() error {
		p := types.DefaultParams()
		p.EpochSeconds = 0
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
		return err
	})
	f.refused(types.ErrVerifierNotFound, func() error {
		_, err := f.ms.RemoveVerifier(f.ctx, &types.MsgRemoveVerifier{Authority: f.gov, Verifier: stranger})
		return err
	})
	f.refused(types.ErrDeviceNotFound, func() error {
		_, err := f.ms.RemoveDevice(f.ctx, &types.MsgRemoveDevice{Authority: f.gov, DeviceId: "nope"})
		return err
	})
}

// A clinic with an x/rwa KYC credential records a check-up; the points are pending in the epoch
// they were earned and mature (become convertible) when the next epoch starts.
func TestProviderRecordsActivityAndPointsMature(t *testing.T) {
	f := setup(t)
	clinic, patient := addr("clinic"), addr("patient")
	f.kycClinic(clinic)
	res, err := f.record(clinic, patient, "dental-checkup", evidence("visit 1"), providerSrc)
	require.NoError(t, err)
	require.True(t, res.Credited)
	a, err := f.k.Activities.Get(f.ctx, res.ActivityId)
	require.NoError(t, err)
	require.Equal(t, clinic.String(), a.RecordedBy)
	require.Equal(t, uint64(100), a.Points)
	pp := f.points(patient)
	require.Equal(t, uint64(0), pp.Balance)
	require.Equal(t, uint64(100), pp.Pending)
	// Pending points cannot be converted yet.
	f.refused(types.ErrInsufficientPoints, func() error {
		_, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: patient.String(), Points: 1})
		return err
	})
	f.advance(day)
	pp = f.points(patient)
	require.Equal(t, uint64(100), pp.Balance)
	require.Equal(t, uint64(0), pp.Pending)
	ec, err := f.k.Epochs.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Equal(t, uint64(100), ec.PointsAtStart)
	f.checkInvariants()

	// Typed events were emitted.
	found := false
	for _, ev := range f.ctx.EventManager().Events() {
		if ev.Type == "btt.health.v1.EventEpochStarted" {
			found = true
		}
	}
	require.True(t, found, "EventEpochStarted emitted as a typed event")
}

func TestUnregisteredOrWrongKindVerifierRefused(t *testing.T) {
	f := setup(t)
	stranger, oracle, patient := addr("stranger"), addr("oracle"), addr("patient")
	f.addVerifier(oracle, oracleSrc)
	f.refused(types.ErrNotAVerifier, func() error {
		_, err := f.record(stranger, patient, "dental-checkup", evidence("a"), oracleSrc)
		return err
	})
	// Without a KYC credential, a stranger is no provider either.
	f.refused(types.ErrNotAVerifier, func() error {
		_, err := f.record(stranger, patient, "dental-checkup", evidence("a"), providerSrc)
		return err
	})
	// An oracle claiming to be a provider: wrong kind.
	f.refused(types.ErrNotAVerifier, func() error {
		_, err := f.record(oracle, patient, "dental-checkup", evidence("a"), providerSrc)
		return err
	})
	// A type that accepts only devices refuses an oracle.
	f.setType(types.ActivityType{Code: "steps-10k", Points: 5, Sources: []types.VerificationSource{deviceSrc}, MaxPerEpoch: 1, MaxPerYear: 365, Confirmations: 1})
	f.refused(types.ErrSourceNotAllowed, func() error {
		_, err := f.record(oracle, patient, "steps-10k", evidence("a"), oracleSrc)
		return err
	})
	f.refused(types.ErrUnknownActivityType, func() error {
		_, err := f.record(oracle, patient, "nope", evidence("a"), oracleSrc)
		return err
	})
	f.refused(types.ErrInvalidActivity, func() error {
		_, err := f.record(oracle, patient, "dental-checkup", "not-a-hash", oracleSrc)
		return err
	})
	// A removed verifier can no longer record.
	_, err := f.ms.RemoveVerifier(f.ctx, &types.MsgRemoveVerifier{Authority: f.gov, Verifier: oracle.String()})
	require.NoError(t, err)
	f.refused(types.ErrNotAVerifier, func() error {
		_, err := f.record(oracle, patient, "dental-checkup", evidence("a"), oracleSrc)
		return err
	})
}

func TestConfirmationsBeforeCredit(t *testing.T) {
	f := setup(t)
	oracle, clinic, other, patient := addr("oracle"), addr("clinic"), addr("other"), addr("patient")
	f.addVerifier(oracle, oracleSrc)
	f.addVerifier(clinic, providerSrc)
	f.setType(types.ActivityType{Code: "cleaning", Points: 40, Sources: []types.VerificationSource{oracleSrc, providerSrc},
		MaxPerEpoch: 2, MaxPerYear: 4, Confirmations: 2})
	res, err := f.record(oracle, patient, "cleaning", evidence("c1"), oracleSrc)
	require.NoError(t, err)
	require.False(t, res.Credited)
	require.Equal(t, uint64(0), f.points(patient).Pending)
	f.refused(types.ErrAlreadyConfirmed, func() error {
		_, err := f.ms.ConfirmActivity(f.ctx, &types.MsgConfirmActivity{Verifier: oracle.String(), ActivityId: res.ActivityId})
		return err
	})
	f.refused(types.ErrNotAVerifier, func() error {
		_, err := f.ms.ConfirmActivity(f.ctx, &types.MsgConfirmActivity{Verifier: other.String(), ActivityId: res.ActivityId})
		return err
	})
	f.refused(types.ErrActivityNotFound, func() error {
		_, err := f.ms.ConfirmActivity(f.ctx, &types.MsgConfirmActivity{Verifier: clinic.String(), ActivityId: 999})
		return err
	})
	c, err := f.ms.ConfirmActivity(f.ctx, &types.MsgConfirmActivity{Verifier: clinic.String(), ActivityId: res.ActivityId})
	require.NoError(t, err)
	require.True(t, c.Credited)
	require.Equal(t, uint64(40), f.points(patient).Pending)
	f.refused(types.ErrAlreadyConfirmed, func() error {
		_, err := f.ms.ConfirmActivity(f.ctx, &types.MsgConfirmActivity{Verifier: clinic.String(), ActivityId: res.ActivityId})
		return err
	})
	f.checkInvariants()
}

// A device signs its reading off-chain; any relayer submits it. A replayed signature, a tampered
// reading, another chain's reading and an unregistered device are refused.
func TestDeviceReadings(t *testing.T) {
	f := setup(t)
	relayer, patient := addr("relayer"), addr("patient")
	key := f.device("scanner-7")
	ev := evidence("scan 1")
	msg := reading(key, testChainID, "scanner-7", 1, relayer, patient, "dental-checkup", ev)
	res, err := f.ms.RecordActivity(f.ctx, msg)
	require.NoError(t, err)
	require.True(t, res.Credited)
	a, err := f.k.Activities.Get(f.ctx, res.ActivityId)
	require.NoError(t, err)
	require.Equal(t, "device:scanner-7", a.RecordedBy)

	f.advance(day) // a new epoch, so the cap does not hide what is tested
	f.refused(types.ErrReplayedNonce, func() error { _, err := f.ms.RecordActivity(f.ctx, msg); return err })
	// Same nonce, new evidence, validly signed: still a replayed nonce.
	f.refused(types.ErrReplayedNonce, func() error {
		_, err := f.ms.RecordActivity(f.ctx, reading(key, testChainID, "scanner-7", 1, relayer, patient, "dental-checkup", evidence("scan 2")))
		return err
	})
	// Tampered: the relayer changes the patient of a signed reading.
	tampered := reading(key, testChainID, "scanner-7", 2, relayer, patient, "dental-checkup", evidence("scan 2"))
	tampered.Patient = addr("someone else").String()
	f.refused(types.ErrBadDeviceSignature, func() error { _, err := f.ms.RecordActivity(f.ctx, tampered); return err })
	// Signed for another chain.
	f.refused(types.ErrBadDeviceSignature, func() error {
		_, err := f.ms.RecordActivity(f.ctx, reading(key, "other-chain", "scanner-7", 2, relayer, patient, "dental-checkup", evidence("scan 2")))
		return err
	})
	// Signed by a key that is not the device's.
	other := f.device("scanner-9")
	f.refused(types.ErrBadDeviceSignature, func() error {
		_, err := f.ms.RecordActivity(f.ctx, reading(other, testChainID, "scanner-7", 2, relayer, patient, "dental-checkup", evidence("scan 2")))
		return err
	})
	f.refused(types.ErrDeviceNotFound, func() error {
		_, err := f.ms.RecordActivity(f.ctx, reading(key, testChainID, "ghost", 2, relayer, patient, "dental-checkup", evidence("scan 2")))
		return err
	})
	// The next nonce works.
	_, err = f.ms.RecordActivity(f.ctx, reading(key, testChainID, "scanner-7", 5, relayer, patient, "dental-checkup", evidence("scan 2")))
	require.NoError(t, err)
	d, err := f.k.Devices.Get(f.ctx, "scanner-7")
	require.NoError(t, err)
	require.Equal(t, uint64(5), d.LastNonce)
	f.checkInvariants()
}

// A removed device records nothing, and one registered again under its id keeps its nonce high-water
// mark: a reading it signed before the removal with a nonce at or below the mark (overtaken by a later
// one, so void) stays refused, as it would have been had the device never been removed.
func TestRemovedDeviceKeepsItsNonce(t *testing.T) {
	f := setup(t)
	relayer, patient := addr("relayer"), addr("patient")
	key := f.device("scanner-7")
	// nonce 2 signed first but held back; nonce 3 recorded, which voids 2
	voided := reading(key, testChainID, "scanner-7", 2, relayer, patient, "dental-checkup", evidence("scan 1"))
	_, err := f.ms.RecordActivity(f.ctx, reading(key, testChainID, "scanner-7", 3, relayer, patient, "dental-checkup", evidence("scan 2")))
	require.NoError(t, err)

	_, err = f.ms.RemoveDevice(f.ctx, &types.MsgRemoveDevice{Authority: f.gov, DeviceId: "scanner-7"})
	require.NoError(t, err)
	f.advance(day)
	f.refused(types.ErrDeviceNotFound, func() error {
		_, err := f.ms.RecordActivity(f.ctx, reading(key, testChainID, "scanner-7", 4, relayer, patient, "dental-checkup", evidence("scan 3")))
		return err
	})
	f.refused(types.ErrDeviceNotFound, func() error {
		_, err := f.ms.RemoveDevice(f.ctx, &types.MsgRemoveDevice{Authority: f.gov, DeviceId: "scanner-7"})
		return err
	})
	devices, err := f.q.Devices(f.ctx, &types.QueryDevicesRequest{})
	require.NoError(t, err)
	require.Empty(t, devices.Devices)

	// Registered again with the same key: the voided reading is still below the kept mark.
	require.Equal(t, key.PubKey().Bytes(), f.device("scanner-7").PubKey().Bytes())
	f.refused(types.ErrReplayedNonce, func() error { _, err := f.ms.RecordActivity(f.ctx, voided); return err })
	_, err = f.ms.RecordActivity(f.ctx, reading(key, testChainID, "scanner-7", 4, relayer, patient, "dental-checkup", evidence("scan 3")))
	require.NoError(t, err)
	d, err := f.k.Devices.Get(f.ctx, "scanner-7")
	require.NoError(t, err)
	require.False(t, d.Removed)
	require.Equal(t, uint64(4), d.LastNonce)
	f.checkInvariants()
}

// Devices never confirm, so a device-only type needing more than one confirmation is refused.
func TestDeviceOnlyTypeNeedsOneConfirmation(t *testing.T) {
	f := setup(t)
	at := types.ActivityType{Code: "brushing", Description: "smart toothbrush", Points: 5,
		Sources: []types.VerificationSource{types.VerificationSource_VERIFICATION_SOURCE_DEVICE}, MaxPerEpoch: 2, Confirmations: 2}
	f.refused(types.ErrInvalidActivityType, func() error {
		_, err := f.ms.SetActivityType(f.ctx, &types.MsgSetActivityType{Authority: f.gov, ActivityType: at})
		return err
	})
	at.Sources = append(at.Sources, types.VerificationSource_VERIFICATION_SOURCE_ORACLE)
	f.setType(at)
}

func TestDuplicateEvidenceRefused(t *testing.T) {
	f := setup(t)
	clinic, p1, p2 := addr("clinic"), addr("p1"), addr("p2")
	f.addVerifier(clinic, providerSrc)
	_, err := f.record(clinic, p1, "dental-checkup", evidence("x-ray 42"), providerSrc)
	require.NoError(t, err)
	f.refused(types.ErrDuplicateEvidence, func() error {
		_, err := f.record(clinic, p2, "dental-checkup", evidence("x-ray 42"), providerSrc)
		return err
	})
}

func TestPerEpochAndPerYearCaps(t *testing.T) {
	f := setup(t)
	clinic, patient := addr("clinic"), addr("patient")
	f.addVerifier(clinic, providerSrc)
	f.setType(types.ActivityType{Code: "dental-checkup", Points: 100, Sources: []types.VerificationSource{providerSrc},
		MaxPerEpoch: 1, MaxPerYear: 2, Confirmations: 1})
	_, err := f.record(clinic, patient, "dental-checkup", evidence("1"), providerSrc)
	require.NoError(t, err)
	f.refused(types.ErrOverCap, func() error {
		_, err := f.record(clinic, patient, "dental-checkup", evidence("2"), providerSrc)
		return err
	})
	// Another patient is not capped by the first one's activities.
	_, err = f.record(clinic, addr("patient 2"), "dental-checkup", evidence("2b"), providerSrc)
	require.NoError(t, err)
	f.advance(day)
	_, err = f.record(clinic, patient, "dental-checkup", evidence("3"), providerSrc)
	require.NoError(t, err)
	f.advance(day)
	f.refused(types.ErrOverCap, func() error {
		_, err := f.record(clinic, patient, "dental-checkup", evidence("4"), providerSrc)
		return err
	})
	// A new year (years counted from genesis by block time) resets the yearly cap.
	f.advance(365 * day)
	_, err = f.record(clinic, patient, "dental-checkup", evidence("5"), providerSrc)
	require.NoError(t, err)
	f.checkInvariants()
}

// Points convert to BTT from the community incentives pool at the epoch's rate; nothing is minted.
func TestConvertPoints(t *testing.T) {
	f := setup(t)
	clinic, patient := addr("clinic"), addr("patient")
	f.addVerifier(clinic, providerSrc)
	_, err := f.record(clinic, patient, "dental-checkup", evidence("1"), providerSrc)
	require.NoError(t, err)
	f.advance(day)
	supply := f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount
	pool := f.balance(poolAddr())
	ec, err := f.k.Epochs.Get(f.ctx, 2)
	require.NoError(t, err)
	// 100 points outstanding and a 5,000 BTT budget: the rate is the 0.1 BTT maximum.
	require.Equal(t, types.DefaultParams().MaxAbttPerPoint, ec.Rate)
	res, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: patient.String(), Points: 60})
	require.NoError(t, err)
	want := sdkmath.NewIntWithDecimal(6, 18)
	require.Equal(t, want.String(), res.Amount)
	require.Equal(t, want, f.balance(patient))
	require.Equal(t, pool.Sub(want), f.balance(poolAddr()))
	require.Equal(t, supply, f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount)
	pp := f.points(patient)
	require.Equal(t, uint64(40), pp.Balance)
	require.Equal(t, uint64(60), pp.Converted)
	f.refused(types.ErrInsufficientPoints, func() error {
		_, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: patient.String(), Points: 41})
		return err
	})
	f.refused(types.ErrInvalidConversion, func() error {
		_, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: patient.String(), Points: 0})
		return err
	})
	// x/emissions' release schedule records the community incentives spend.
	sched, err := f.q.Schedule(f.ctx, &types.QueryScheduleRequest{})
	require.NoError(t, err)
	require.Equal(t, want.String(), sched.TotalPaid)
	require.Equal(t, uint64(40), sched.MaturedPoints)
	require.Equal(t, want, sched.Current.Spent)
	f.checkInvariants()
}

// The epoch's rate is fixed so that converting every point outstanding at its start costs at most
// the budget; conversions beyond the budget are refused (first come, first served).
func TestConversionBeyondEpochBudgetRefused(t *testing.T) {
	f := setup(t)
	clinic, p1, p2 := addr("clinic"), addr("p1"), addr("p2")
	f.addVerifier(clinic, providerSrc)
	_, err := f.record(clinic, p1, "dental-checkup", evidence("1"), providerSrc)
	require.NoError(t, err)
	_, err = f.record(clinic, p2, "dental-checkup", evidence("2"), providerSrc)
	require.NoError(t, err)
	// Budget 10 BTT for 200 points: the rate is 0.05 BTT, half the maximum.
	f.setParams(func(p *types.Params) { p.EpochBudget = sdkmath.NewIntWithDecimal(10, 18) })
	f.advance(day)
	ec, err := f.k.Epochs.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Equal(t, sdkmath.NewIntWithDecimal(5, 16), ec.Rate)
	_, err = f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: p1.String(), Points: 100})
	require.NoError(t, err)
	// Governance cuts the budget mid-epoch to 6 BTT: 5 BTT are spent, 1 BTT (20 points at the
	// epoch's 0.05 BTT rate) is left, first come first served.
	f.setParams(func(p *types.Params) { p.EpochBudget = sdkmath.NewIntWithDecimal(6, 18) })
	f.refused(types.ErrOverBudget, func() error {
		_, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: p2.String(), Points: 21})
		return err
	})
	_, err = f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: p2.String(), Points: 20})
	require.NoError(t, err)
	f.refused(types.ErrOverBudget, func() error {
		_, err := f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: p2.String(), Points: 1})
		return err
	})
	ec, err = f.k.Epochs.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Equal(t, ec.Budget, ec.Spent)
	// The next epoch has the new budget, spread over the 80 points left: 0.075 BTT a point.
	f.advance(day)
	ec, err = f.k.Epochs.Get(f.ctx, 3)
	require.NoError(t, err)
	require.Equal(t, sdkmath.NewIntWithDecimal(6, 18), ec.Budget)
	require.Equal(t, sdkmath.NewIntWithDecimal(75, 15), ec.Rate)
	f.checkInvariants()
}

func TestQueriesAndGenesisRoundTrip(t *testing.T) {
	f := setup(t)
	clinic, patient, relayer := addr("clinic"), addr("patient"), addr("relayer")
	f.addVerifier(clinic, providerSrc)
	key := f.device("d-1")
	_, err := f.record(clinic, patient, "dental-checkup", evidence("1"), providerSrc)
	require.NoError(t, err)
	f.advance(day)
	_, err = f.ms.RecordActivity(f.ctx, reading(key, testChainID, "d-1", 1, relayer, patient, "dental-checkup", evidence("2")))
	require.NoError(t, err)
	_, err = f.ms.ConvertPoints(f.ctx, &types.MsgConvertPoints{Patient: patient.String(), Points: 10})
	require.NoError(t, err)

	pr, err := f.q.Patient(f.ctx, &types.QueryPatientRequest{Patient: patient.String()})
	require.NoError(t, err)
	require.Equal(t, uint64(90), pr.Points.Balance)
	require.Equal(t, uint64(100), pr.Points.Pending)
	require.Equal(t, sdkmath.NewIntWithDecimal(9, 18).String(), pr.Value)
	ar, err := f.q.Activity(f.ctx, &types.QueryActivityRequest{Id: 1})
	require.NoError(t, err)
	require.Equal(t, patient.String(), ar.Activity.Patient)
	sched, err := f.q.Schedule(f.ctx, &types.QueryScheduleRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(200), sched.TotalPointsIssued)
	require.Equal(t, uint64(100), sched.PendingPoints)
	require.Len(t, sched.Epochs, 2)
	require.Equal(t, uint64(2), sched.Epochs[0].Epoch, "newest first")
	require.Positive(t, sched.EpochsToExhaust)
	dr, err := f.q.Devices(f.ctx, &types.QueryDevicesRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), dr.Devices[0].LastNonce)

	gs, err := f.k.ExportGenesis(f.ctx)
	require.NoError(t, err)
	require.NoError(t, gs.Validate())
	g2 := setup(t)
	require.NoError(t, g2.k.InitGenesis(g2.ctx, *gs))
	gs2, err := g2.k.ExportGenesis(g2.ctx)
	require.NoError(t, err)
	require.Equal(t, gs, gs2)
	// The imported state works: the same evidence is still a duplicate, the device nonce still holds.
	g2.refused(types.ErrDuplicateEvidence, func() error {
		_, err := g2.record(clinic, addr("p9"), "dental-checkup", evidence("1"), providerSrc)
		return err
	})

	// A broken genesis is refused.
	bad := *gs
	bad.MaturedPoints++
	require.Error(t, bad.Validate())
}

func TestSignBytesAreCanonical(t *testing.T) {
	p := sdk.AccAddress(make([]byte, 20)).String()
	require.Equal(t, "btt-health-device-reading/v1\nbtt-1\nd\n7\n"+p+"\ncode\nab",
		string(types.DeviceSignBytes("btt-1", "d", 7, p, "code", "ab")))
}
