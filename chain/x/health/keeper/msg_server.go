package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"

	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	"github.com/btt-chain/btt/chain/x/health/types"
)

type msgServer struct{ k Keeper }

// NewMsgServerImpl returns the x/health Msg service.
func NewMsgServerImpl(k Keeper) types.MsgServer { return msgServer{k: k} }

var _ types.MsgServer = msgServer{}

func (s msgServer) SetActivityType(ctx context.Context, msg *types.MsgSetActivityType) (*types.MsgSetActivityTypeResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.ActivityType.Validate(); err != nil {
		return nil, types.ErrInvalidActivityType.Wrap(err.Error())
	}
	if err := s.k.ActivityTypes.Set(ctx, msg.ActivityType.Code, msg.ActivityType); err != nil {
		return nil, err
	}
	return &types.MsgSetActivityTypeResponse{}, emit(ctx, &types.EventActivityTypeSet{ActivityType: msg.ActivityType})
}

func (s msgServer) AddVerifier(ctx context.Context, msg *types.MsgAddVerifier) (*types.MsgAddVerifierResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	addr, err := sdk.AccAddressFromBech32(msg.Verifier)
	if err != nil {
		return nil, types.ErrInvalidVerifier.Wrapf("address: %v", err)
	}
	if msg.Kind != types.VerificationSource_VERIFICATION_SOURCE_ORACLE && msg.Kind != types.VerificationSource_VERIFICATION_SOURCE_PROVIDER {
		return nil, types.ErrInvalidVerifier.Wrapf("kind must be ORACLE or PROVIDER (devices are registered with MsgRegisterDevice), got %s", msg.Kind)
	}
	if len(msg.Name) == 0 || len(msg.Name) > 128 {
		return nil, types.ErrInvalidVerifier.Wrap("name must be 1-128 characters")
	}
	v := types.Verifier{Address: addr.String(), Kind: msg.Kind, Name: msg.Name}
	if err := s.k.Verifiers.Set(ctx, addr, v); err != nil {
		return nil, err
	}
	return &types.MsgAddVerifierResponse{}, emit(ctx, &types.EventVerifierAdded{Verifier: v})
}

func (s msgServer) RemoveVerifier(ctx context.Context, msg *types.MsgRemoveVerifier) (*types.MsgRemoveVerifierResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	addr, err := sdk.AccAddressFromBech32(msg.Verifier)
	if err != nil {
		return nil, types.ErrInvalidVerifier.Wrapf("address: %v", err)
	}
	if ok, err := s.k.Verifiers.Has(ctx, addr); err != nil || !ok {
		return nil, types.ErrVerifierNotFound.Wrap(msg.Verifier)
	}
	if err := s.k.Verifiers.Remove(ctx, addr); err != nil {
		return nil, err
	}
	return &types.MsgRemoveVerifierResponse{}, emit(ctx, &types.EventVerifierRemoved{Address: addr.String()})
}

func (s msgServer) RegisterDevice(ctx context.Context, msg *types.MsgRegisterDevice) (*types.MsgRegisterDeviceResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := types.ValidateDeviceID(msg.DeviceId); err != nil {
		return nil, types.ErrInvalidDevice.Wrap(err.Error())
	}
	if len(msg.PubKey) != secp256k1.PubKeySize || (msg.PubKey[0] != 2 && msg.PubKey[0] != 3) {
		return nil, types.ErrInvalidDevice.Wrapf("public key must be a %d-byte compressed secp256k1 key", secp256k1.PubKeySize)
	}
	if len(msg.Name) > 128 {
		return nil, types.ErrInvalidDevice.Wrap("name longer than 128 characters")
	}
	d := types.Device{Id: msg.DeviceId, PubKey: msg.PubKey, Name: msg.Name}
	// Re-keying keeps the nonce high-water mark: old readings stay unreplayable.
	if old, err := s.k.Devices.Get(ctx, msg.DeviceId); err == nil {
		d.LastNonce = old.LastNonce
	}
	if err := s.k.Devices.Set(ctx, d.Id, d); err != nil {
		return nil, err
	}
	return &types.MsgRegisterDeviceResponse{}, emit(ctx, &types.EventDeviceRegistered{DeviceId: d.Id, Name: d.Name})
}

func (s msgServer) RemoveDevice(ctx context.Context, msg *types.MsgRemoveDevice) (*types.MsgRemoveDeviceResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	d, err := s.k.Devices.Get(ctx, msg.DeviceId)
	if err != nil || d.Removed {
		return nil, types.ErrDeviceNotFound.Wrap(msg.DeviceId)
	}
	// Kept, marked removed: its last_nonce must outlive it (a re-registration keeps it).
	d.Removed = true
	if err := s.k.Devices.Set(ctx, d.Id, d); err != nil {
		return nil, err
	}
	return &types.MsgRemoveDeviceResponse{}, emit(ctx, &types.EventDeviceRemoved{DeviceId: msg.DeviceId})
}

// canVerify returns nil when addr may vouch for an activity of the given source kind: an ORACLE
// verifier for ORACLE; a PROVIDER verifier or a holder of a valid x/rwa KYC credential of one of
// params.provider_jurisdictions for PROVIDER.
func (k Keeper) canVerify(ctx context.Context, addr sdk.AccAddress, source types.VerificationSource, p types.Params) error {
	v, err := k.Verifiers.Get(ctx, addr)
	if err == nil {
		if v.Kind == source {
			return nil
		}
		return types.ErrNotAVerifier.Wrapf("%s is a %s verifier, not %s", addr, v.Kind, source)
	}
	if source == types.VerificationSource_VERIFICATION_SOURCE_PROVIDER {
		for _, j := range p.ProviderJurisdictions {
			if k.credentials.CheckCredential(ctx, addr, j) == nil {
				return nil
			}
		}
		return types.ErrNotAVerifier.Wrapf("%s is neither a PROVIDER verifier nor holds a valid KYC credential of %v", addr, p.ProviderJurisdictions)
	}
	return types.ErrNotAVerifier.Wrapf("%s is not a registered %s verifier", addr, source)
}

func (s msgServer) RecordActivity(ctx context.Context, msg *types.MsgRecordActivity) (*types.MsgRecordActivityResponse, error) {
	k := s.k
	signer, err := sdk.AccAddressFromBech32(msg.Signer)
	if err != nil {
		return nil, types.ErrInvalidActivity.Wrapf("signer: %v", err)
	}
	patient, err := sdk.AccAddressFromBech32(msg.Patient)
	if err != nil {
		return nil, types.ErrInvalidActivity.Wrapf("patient: %v", err)
	}
	if err := types.ValidateEvidenceHash(msg.EvidenceHash); err != nil {
		return nil, types.ErrInvalidActivity.Wrap(err.Error())
	}
	at, err := k.ActivityTypes.Get(ctx, msg.ActivityCode)
	if err != nil {
		return nil, types.ErrUnknownActivityType.Wrapf("%q", msg.ActivityCode)
	}
	if !at.Allows(msg.Source) {
		return nil, types.ErrSourceNotAllowed.Wrapf("%s does not accept %s (accepts %v)", at.Code, msg.Source, at.Sources)
	}
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	var recordedBy string
	var device types.Device
	switch msg.Source {
	case types.VerificationSource_VERIFICATION_SOURCE_DEVICE:
		device, err = k.Devices.Get(ctx, msg.DeviceId)
		if err != nil || device.Removed {
			return nil, types.ErrDeviceNotFound.Wrapf("device %q is not registered", msg.DeviceId)
		}
		pk := secp256k1.PubKey{Key: device.PubKey}
		sb := types.DeviceSignBytes(sdkCtx.ChainID(), device.Id, msg.Nonce, patient.String(), at.Code, msg.EvidenceHash)
		if !pk.VerifySignature(sb, msg.DeviceSignature) {
			return nil, types.ErrBadDeviceSignature.Wrapf("device %s, nonce %d", device.Id, msg.Nonce)
		}
		if msg.Nonce <= device.LastNonce {
			return nil, types.ErrReplayedNonce.Wrapf("device %s: nonce %d, last accepted %d", device.Id, msg.Nonce, device.LastNonce)
		}
		recordedBy = types.DeviceRecorderPrefix + device.Id
	case types.VerificationSource_VERIFICATION_SOURCE_ORACLE, types.VerificationSource_VERIFICATION_SOURCE_PROVIDER:
		if msg.DeviceId != "" || msg.Nonce != 0 || len(msg.DeviceSignature) != 0 {
			return nil, types.ErrInvalidActivity.Wrap("device_id, nonce and device_signature are for source DEVICE only")
		}
		if err := k.canVerify(ctx, signer, msg.Source, p); err != nil {
			return nil, err
		}
		recordedBy = signer.String()
	default:
		return nil, types.ErrSourceNotAllowed.Wrapf("source %s", msg.Source)
	}
	if ok, err := k.Evidence.Has(ctx, msg.EvidenceHash); err != nil {
		return nil, err
	} else if ok {
		return nil, types.ErrDuplicateEvidence.Wrap(msg.EvidenceHash)
	}
	ec, err := k.BeginEpoch(ctx)
	if err != nil {
		return nil, err
	}
	gt, err := k.genesisTime(ctx)
	if err != nil {
		return nil, err
	}
	year := emissionstypes.YearAt(gt, sdkCtx.BlockTime())
	epochKey := collections.Join3(patient, at.Code, fmt.Sprintf("e%d", ec.Epoch))
	yearKey := collections.Join3(patient, at.Code, fmt.Sprintf("y%d", year))
	ne, err := getCount(ctx, k, epochKey)
	if err != nil {
		return nil, err
	}
	ny, err := getCount(ctx, k, yearKey)
	if err != nil {
		return nil, err
	}
	if ne >= at.MaxPerEpoch {
		return nil, types.ErrOverCap.Wrapf("%s already has %d %s this epoch (cap %d)", patient, ne, at.Code, at.MaxPerEpoch)
	}
	if at.MaxPerYear > 0 && ny >= at.MaxPerYear {
		return nil, types.ErrOverCap.Wrapf("%s already has %d %s in year %d (cap %d)", patient, ny, at.Code, year, at.MaxPerYear)
	}
	// All checks passed: write.
	if msg.Source == types.VerificationSource_VERIFICATION_SOURCE_DEVICE {
		device.LastNonce = msg.Nonce
		if err := k.Devices.Set(ctx, device.Id, device); err != nil {
			return nil, err
		}
	}
	if err := k.Usage.Set(ctx, epochKey, ne+1); err != nil {
		return nil, err
	}
	if err := k.Usage.Set(ctx, yearKey, ny+1); err != nil {
		return nil, err
	}
	id, err := k.NextActivity.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := k.NextActivity.Set(ctx, id+1); err != nil {
		return nil, err
	}
	a := types.Activity{
		Id: id, Patient: patient.String(), ActivityCode: at.Code, EvidenceHash: msg.EvidenceHash,
		Source: msg.Source, RecordedBy: recordedBy, ConfirmedBy: []string{recordedBy}, Points: at.Points,
		Epoch: ec.Epoch, Year: year, RecordedAt: sdkCtx.BlockTime().Unix(),
	}
	if err := emit(ctx, &types.EventActivityRecorded{ActivityId: id, Patient: a.Patient, ActivityCode: a.ActivityCode,
		EvidenceHash: a.EvidenceHash, Source: a.Source, RecordedBy: recordedBy, Epoch: ec.Epoch}); err != nil {
		return nil, err
	}
	if uint32(len(a.ConfirmedBy)) >= at.Confirmations {
		if err := k.creditPoints(ctx, &a, ec.Epoch); err != nil {
			return nil, err
		}
	}
	if err := k.Activities.Set(ctx, id, a); err != nil {
		return nil, err
	}
	if err := k.Evidence.Set(ctx, a.EvidenceHash, id); err != nil {
		return nil, err
	}
	return &types.MsgRecordActivityResponse{ActivityId: id, Credited: a.Credited}, nil
}

func getCount(ctx context.Context, k Keeper, key collections.Triple[sdk.AccAddress, string, string]) (uint32, error) {
	n, err := k.Usage.Get(ctx, key)
	if err != nil {
		if errorsIsNotFound(err) {
			return 0, nil
		}
		return 0, err
	}
	return n, nil
}

func (s msgServer) ConfirmActivity(ctx context.Context, msg *types.MsgConfirmActivity) (*types.MsgConfirmActivityResponse, error) {
	k := s.k
	signer, err := sdk.AccAddressFromBech32(msg.Verifier)
	if err != nil {
		return nil, types.ErrInvalidVerifier.Wrapf("address: %v", err)
	}
	a, err := k.Activities.Get(ctx, msg.ActivityId)
	if err != nil {
		return nil, types.ErrActivityNotFound.Wrapf("activity %d", msg.ActivityId)
	}
	if a.Credited {
		return nil, types.ErrAlreadyConfirmed.Wrapf("activity %d is already credited", a.Id)
	}
	at, err := k.ActivityTypes.Get(ctx, a.ActivityCode)
	if err != nil {
		return nil, types.ErrUnknownActivityType.Wrapf("%q (removed since)", a.ActivityCode)
	}
	p, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	var verr error = types.ErrNotAVerifier.Wrapf("%s may not confirm %s", signer, at.Code)
	for _, src := range []types.VerificationSource{types.VerificationSource_VERIFICATION_SOURCE_ORACLE, types.VerificationSource_VERIFICATION_SOURCE_PROVIDER} {
		if at.Allows(src) {
			if err := k.canVerify(ctx, signer, src, p); err == nil {
				verr = nil
				break
			} else {
				verr = err
			}
		}
	}
	if verr != nil {
		return nil, verr
	}
	for _, c := range a.ConfirmedBy {
		if c == signer.String() {
			return nil, types.ErrAlreadyConfirmed.Wrapf("%s already confirmed activity %d", signer, a.Id)
		}
	}
	ec, err := k.BeginEpoch(ctx)
	if err != nil {
		return nil, err
	}
	a.ConfirmedBy = append(a.ConfirmedBy, signer.String())
	if err := emit(ctx, &types.EventActivityConfirmed{ActivityId: a.Id, Verifier: signer.String(), Confirmations: uint32(len(a.ConfirmedBy))}); err != nil {
		return nil, err
	}
	if uint32(len(a.ConfirmedBy)) >= at.Confirmations {
		if err := k.creditPoints(ctx, &a, ec.Epoch); err != nil {
			return nil, err
		}
	}
	if err := k.Activities.Set(ctx, a.Id, a); err != nil {
		return nil, err
	}
	return &types.MsgConfirmActivityResponse{Credited: a.Credited}, nil
}

func (s msgServer) ConvertPoints(ctx context.Context, msg *types.MsgConvertPoints) (*types.MsgConvertPointsResponse, error) {
	patient, err := sdk.AccAddressFromBech32(msg.Patient)
	if err != nil {
		return nil, types.ErrInvalidConversion.Wrapf("patient: %v", err)
	}
	amt, err := s.k.Redeem(ctx, patient, patient, msg.Points, "convert")
	if err != nil {
		return nil, err
	}
	return &types.MsgConvertPointsResponse{Amount: amt.String()}, nil
}

func (s msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := s.k.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, types.ErrInvalidParams.Wrap(err.Error())
	}
	// Epochs are numbered from genesis time by epoch_seconds: a new length would renumber them
	// (an epoch already started could start again, or the chain could wait years for the next).
	// It is fixed at genesis; a chain upgrade with a migration can change it.
	if old, err := s.k.Params.Get(ctx); err != nil {
		return nil, err
	} else if old.EpochSeconds != msg.Params.EpochSeconds {
		return nil, types.ErrInvalidParams.Wrapf("epoch_seconds is fixed at genesis (%d); it cannot change to %d by a proposal", old.EpochSeconds, msg.Params.EpochSeconds)
	}
	if err := s.k.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	// A lower budget applies at once to the running epoch (governance can cut spending when the
	// pool runs low): its budget drops to the new one, never below what it already spent, and its
	// rate stays, so the patients who come first are paid the announced rate and later conversions
	// beyond the cut budget are refused. A higher budget applies from the next epoch.
	if ec, err := s.k.currentEpoch(ctx); err != nil {
		return nil, err
	} else if ec.Epoch > 0 && msg.Params.EpochBudget.LT(ec.Budget) {
		ec.Budget = sdkmath.MaxInt(msg.Params.EpochBudget, ec.Spent)
		if err := s.k.Epochs.Set(ctx, ec.Epoch, ec); err != nil {
			return nil, err
		}
	}
	return &types.MsgUpdateParamsResponse{}, emit(ctx, &types.EventParamsUpdated{Params: msg.Params})
}
