package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/btt-chain/btt/chain/internal/events"
	"github.com/btt-chain/btt/chain/x/rwa/types"
)

// maxShareCount bounds an asset's shares so that any price × quantity stays far inside an Int.
const maxShareCount = 1_000_000_000_000_000

// registerAsset handles MsgRegisterAsset.
func (k *Keeper) registerAsset(ctx context.Context, msg *types.MsgRegisterAsset) (*types.MsgRegisterAssetResponse, error) {
	owner, err := parseAddr(msg.Owner, "owner")
	if err != nil {
		return nil, err
	}
	switch {
	case msg.AssetClass < types.AssetClass_ASSET_CLASS_EQUIPMENT || msg.AssetClass > types.AssetClass_ASSET_CLASS_IP:
		return nil, errorsmod.Wrapf(types.ErrInvalidAsset, "class must be EQUIPMENT, PROPERTY, SERVICE_RIGHTS or IP, got %s", msg.AssetClass)
	case len(msg.Name) == 0 || len(msg.Name) > 128:
		return nil, errorsmod.Wrap(types.ErrInvalidAsset, "name must be 1..128 characters")
	case !types.ValidJurisdiction(msg.Jurisdiction):
		return nil, errorsmod.Wrapf(types.ErrInvalidAsset, "jurisdiction %q is not an ISO 3166 code such as CN or CN-BJ", msg.Jurisdiction)
	case len(msg.DocumentsSha256) != 32:
		return nil, errorsmod.Wrapf(types.ErrInvalidAsset, "documents sha256 must be 32 bytes, got %d", len(msg.DocumentsSha256))
	case len(msg.DocumentsUri) == 0 || len(msg.DocumentsUri) > 512:
		return nil, errorsmod.Wrap(types.ErrInvalidAsset, "documents locator must be 1..512 characters")
	case msg.AppraisedValue.IsNil() || !msg.AppraisedValue.IsPositive():
		return nil, errorsmod.Wrap(types.ErrInvalidAsset, "appraised value must be positive")
	case !types.ValidCurrency(msg.Currency):
		return nil, errorsmod.Wrapf(types.ErrInvalidAsset, "currency %q is not an ISO 4217 code such as CNY", msg.Currency)
	case msg.ShareCount == 0 || msg.ShareCount > maxShareCount:
		return nil, errorsmod.Wrapf(types.ErrInvalidAsset, "share count must be 1..%d", uint64(maxShareCount))
	}
	id, err := nextID(ctx, k.NextAsset)
	if err != nil {
		return nil, err
	}
	a := types.Asset{Id: id, Owner: owner.String(), AssetClass: msg.AssetClass, Name: msg.Name, Jurisdiction: msg.Jurisdiction,
		DocumentsSha256: msg.DocumentsSha256, DocumentsUri: msg.DocumentsUri, AppraisedValue: msg.AppraisedValue,
		Currency: msg.Currency, ShareCount: msg.ShareCount, Status: types.AssetStatus_ASSET_STATUS_PENDING, RegisteredAt: now(ctx)}
	if err := k.Assets.Set(ctx, id, a); err != nil {
		return nil, err
	}
	if _, err := k.appendValuation(ctx, id, msg.AppraisedValue, msg.Currency, a.Owner, "registration appraisal"); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventAssetRegistered{AssetId: id, Owner: a.Owner, AssetClass: a.AssetClass, Jurisdiction: a.Jurisdiction, Shares: a.ShareCount})
	return &types.MsgRegisterAssetResponse{AssetId: id}, nil
}

func (k *Keeper) appendValuation(ctx context.Context, assetID uint64, value sdkmath.Int, currency, appraiser, method string) (uint64, error) {
	seq := uint64(1)
	rng := collections.NewPrefixedPairRange[uint64, uint64](assetID).Descending()
	it, err := k.Valuations.Iterate(ctx, rng)
	if err != nil {
		return 0, err
	}
	if it.Valid() {
		key, err := it.Key()
		if err != nil {
			it.Close()
			return 0, err
		}
		seq = key.K2() + 1
	}
	it.Close()
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	v := types.Valuation{AssetId: assetID, Seq: seq, Value: value, Currency: currency, Appraiser: appraiser, Method: method,
		Time: sdkCtx.BlockTime().Unix(), BlockHeight: sdkCtx.BlockHeight()}
	return seq, k.Valuations.Set(ctx, collections.Join(assetID, seq), v)
}

func (k *Keeper) asset(ctx context.Context, id uint64) (types.Asset, error) {
	a, err := k.Assets.Get(ctx, id)
	if err != nil {
		return a, errorsmod.Wrapf(types.ErrAssetNotFound, "asset %d", id)
	}
	return a, nil
}

// attestAsset handles MsgAttestAsset.
func (k *Keeper) attestAsset(ctx context.Context, msg *types.MsgAttestAsset) (*types.MsgAttestAssetResponse, error) {
	if msg.Kind != types.AttestationKind_ATTESTATION_KIND_REGULATORY && msg.Kind != types.AttestationKind_ATTESTATION_KIND_TECHNICAL {
		return nil, errorsmod.Wrapf(types.ErrInvalidAttestation, "assets take REGULATORY or TECHNICAL attestations, got %s", msg.Kind)
	}
	if msg.Decision != types.Decision_DECISION_APPROVE && msg.Decision != types.Decision_DECISION_REJECT {
		return nil, errorsmod.Wrapf(types.ErrInvalidAttestation, "decision must be APPROVE or REJECT, got %s", msg.Decision)
	}
	if msg.Decision == types.Decision_DECISION_REJECT && len(msg.Reason) == 0 {
		return nil, errorsmod.Wrap(types.ErrInvalidAttestation, "a rejection needs a reason")
	}
	if len(msg.Reason) > 512 {
		return nil, errorsmod.Wrap(types.ErrInvalidAttestation, "reason must be at most 512 characters")
	}
	a, err := k.asset(ctx, msg.AssetId)
	if err != nil {
		return nil, err
	}
	v, err := k.verifier(ctx, msg.Verifier, msg.Kind, a.Jurisdiction)
	if err != nil {
		return nil, err
	}
	if a.Status != types.AssetStatus_ASSET_STATUS_PENDING {
		return nil, errorsmod.Wrapf(types.ErrAssetNotPending, "asset %d is %s", a.Id, a.Status)
	}
	// One attestation per verifier, so the REGULATORY and TECHNICAL approvals come from different verifiers.
	for _, at := range a.Attestations {
		if at.Verifier == v.Address {
			return nil, errorsmod.Wrapf(types.ErrAlreadyAttested, "%s attested asset %d as %s", v.Address, a.Id, at.Kind)
		}
	}
	a.Attestations = append(a.Attestations, types.Attestation{Verifier: v.Address, Kind: msg.Kind, Decision: msg.Decision, Reason: msg.Reason, Time: now(ctx)})
	events.Emit(ctx, &types.EventAssetAttested{AssetId: a.Id, Verifier: v.Address, Kind: msg.Kind, Decision: msg.Decision, Reason: msg.Reason})
	if msg.Decision == types.Decision_DECISION_REJECT {
		a.Status = types.AssetStatus_ASSET_STATUS_REJECTED
		events.Emit(ctx, &types.EventAssetRejected{AssetId: a.Id, Reason: msg.Reason})
	} else {
		approved := map[types.AttestationKind]bool{}
		for _, at := range a.Attestations {
			if at.Decision == types.Decision_DECISION_APPROVE {
				approved[at.Kind] = true
			}
		}
		if approved[types.AttestationKind_ATTESTATION_KIND_REGULATORY] && approved[types.AttestationKind_ATTESTATION_KIND_TECHNICAL] {
			a.Status = types.AssetStatus_ASSET_STATUS_VERIFIED
			events.Emit(ctx, &types.EventAssetVerified{AssetId: a.Id})
		}
	}
	if err := k.Assets.Set(ctx, a.Id, a); err != nil {
		return nil, err
	}
	return &types.MsgAttestAssetResponse{Status: a.Status}, nil
}

func (k *Keeper) ownedAsset(ctx context.Context, owner string, id uint64) (types.Asset, sdk.AccAddress, error) {
	o, err := parseAddr(owner, "owner")
	if err != nil {
		return types.Asset{}, nil, err
	}
	a, err := k.asset(ctx, id)
	if err != nil {
		return a, nil, err
	}
	if a.Owner != o.String() {
		return a, nil, errorsmod.Wrapf(types.ErrNotOwner, "asset %d belongs to %s", id, a.Owner)
	}
	return a, o, nil
}

// tokenize handles MsgTokenize.
func (k *Keeper) tokenize(ctx context.Context, msg *types.MsgTokenize) (*types.MsgTokenizeResponse, error) {
	a, owner, err := k.ownedAsset(ctx, msg.Owner, msg.AssetId)
	if err != nil {
		return nil, err
	}
	switch a.Status {
	case types.AssetStatus_ASSET_STATUS_VERIFIED:
	case types.AssetStatus_ASSET_STATUS_TOKENIZED:
		return nil, errorsmod.Wrapf(types.ErrAlreadyTokenized, "asset %d is %s", a.Id, a.Denom)
	default:
		return nil, errorsmod.Wrapf(types.ErrAssetNotVerified, "asset %d is %s", a.Id, a.Status)
	}
	p := k.GetParams(ctx)
	if have := k.bank.SpendableCoin(ctx, owner, types.BaseDenom).Amount; have.LT(p.TokenizeFee) {
		return nil, errorsmod.Wrapf(types.ErrInsufficientFunds, "tokenize fee is %s abtt, spendable %s", p.TokenizeFee, have)
	}
	burned, dev := sdkmath.ZeroInt(), sdkmath.ZeroInt()
	if p.TokenizeFee.IsPositive() {
		if err := k.bank.SendCoinsFromAccountToModule(ctx, owner, types.ModuleName, btt(p.TokenizeFee)); err != nil {
			return nil, err
		}
		if burned, dev, err = k.splitFee(ctx, p.TokenizeFee, p.TokenizeBurnFraction); err != nil {
			return nil, err
		}
	}
	denom := types.ShareDenom(a.Id)
	k.bank.SetDenomMetaData(ctx, banktypes.Metadata{
		Description: fmt.Sprintf("Shares of %s asset %d (%s, %s)", a.AssetClass, a.Id, a.Name, a.Jurisdiction),
		DenomUnits:  []*banktypes.DenomUnit{{Denom: denom, Exponent: 0}},
		Base:        denom, Display: denom, Name: a.Name, Symbol: fmt.Sprintf("RWA%d", a.Id),
	})
	if err := k.bank.MintCoins(ctx, types.ModuleName, shares(a.Id, a.ShareCount)); err != nil {
		return nil, err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, owner, shares(a.Id, a.ShareCount)); err != nil {
		return nil, err
	}
	a.Status, a.Denom, a.TokenizedAt = types.AssetStatus_ASSET_STATUS_TOKENIZED, denom, now(ctx)
	if err := k.Assets.Set(ctx, a.Id, a); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventAssetTokenized{AssetId: a.Id, Denom: denom, Shares: a.ShareCount, Fee: p.TokenizeFee, Burned: burned, DevFund: dev})
	return &types.MsgTokenizeResponse{Denom: denom}, nil
}

// retireAsset handles MsgRetireAsset.
func (k *Keeper) retireAsset(ctx context.Context, msg *types.MsgRetireAsset) (*types.MsgRetireAssetResponse, error) {
	a, owner, err := k.ownedAsset(ctx, msg.Owner, msg.AssetId)
	if err != nil {
		return nil, err
	}
	switch a.Status {
	case types.AssetStatus_ASSET_STATUS_RETIRED, types.AssetStatus_ASSET_STATUS_REJECTED:
		return nil, errorsmod.Wrapf(types.ErrAssetRetired, "asset %d is %s", a.Id, a.Status)
	case types.AssetStatus_ASSET_STATUS_TOKENIZED:
		// Shares in the owner's own resting sell orders are in escrow: cancel them first.
		held := k.bank.GetBalance(ctx, owner, a.Denom).Amount
		if !held.Equal(sdkmath.NewIntFromUint64(a.ShareCount)) {
			return nil, errorsmod.Wrapf(types.ErrSharesOutstanding, "owner holds %s of %d shares", held, a.ShareCount)
		}
		if err := k.bank.SendCoinsFromAccountToModule(ctx, owner, types.ModuleName, shares(a.Id, a.ShareCount)); err != nil {
			return nil, err
		}
		if err := k.bank.BurnCoins(ctx, types.ModuleName, shares(a.Id, a.ShareCount)); err != nil {
			return nil, err
		}
		// No ask can rest (the owner holds every share); resting bids get their BTT back.
		var bids []types.Order
		if err := k.iterateBook(ctx, a.Id, types.Side_SIDE_BUY, func(o types.Order) (bool, error) {
			bids = append(bids, o)
			return false, nil
		}); err != nil {
			return nil, err
		}
		for _, o := range bids {
			if err := k.cancel(ctx, o, "asset retired"); err != nil {
				return nil, err
			}
		}
	}
	a.Status = types.AssetStatus_ASSET_STATUS_RETIRED
	if err := k.Assets.Set(ctx, a.Id, a); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventAssetRetired{AssetId: a.Id, Owner: a.Owner})
	return &types.MsgRetireAssetResponse{}, nil
}

// updateValuation handles MsgUpdateValuation.
func (k *Keeper) updateValuation(ctx context.Context, msg *types.MsgUpdateValuation) (*types.MsgUpdateValuationResponse, error) {
	a, err := k.asset(ctx, msg.AssetId)
	if err != nil {
		return nil, err
	}
	v, err := k.verifier(ctx, msg.Verifier, types.AttestationKind_ATTESTATION_KIND_TECHNICAL, a.Jurisdiction)
	if err != nil {
		return nil, err
	}
	switch {
	case a.Status == types.AssetStatus_ASSET_STATUS_RETIRED || a.Status == types.AssetStatus_ASSET_STATUS_REJECTED:
		return nil, errorsmod.Wrapf(types.ErrAssetRetired, "asset %d is %s", a.Id, a.Status)
	case msg.Value.IsNil() || !msg.Value.IsPositive():
		return nil, errorsmod.Wrap(types.ErrInvalidValuation, "value must be positive")
	case !types.ValidCurrency(msg.Currency):
		return nil, errorsmod.Wrapf(types.ErrInvalidValuation, "currency %q is not an ISO 4217 code", msg.Currency)
	case len(msg.Method) > 256:
		return nil, errorsmod.Wrap(types.ErrInvalidValuation, "method must be at most 256 characters")
	}
	seq, err := k.appendValuation(ctx, a.Id, msg.Value, msg.Currency, v.Address, msg.Method)
	if err != nil {
		return nil, err
	}
	a.AppraisedValue, a.Currency = msg.Value, msg.Currency
	if err := k.Assets.Set(ctx, a.Id, a); err != nil {
		return nil, err
	}
	events.Emit(ctx, &types.EventValuationUpdated{AssetId: a.Id, Seq: seq, Value: msg.Value, Currency: msg.Currency, Verifier: v.Address})
	return &types.MsgUpdateValuationResponse{Seq: seq}, nil
}

func shares(assetID, n uint64) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(types.ShareDenom(assetID), sdkmath.NewIntFromUint64(n)))
}

// SpendableShares returns holder's spendable shares rwa/{assetID} (read-only; the simulation's
// order and retirement messages size themselves with it).
func (k *Keeper) SpendableShares(ctx context.Context, holder sdk.AccAddress, assetID uint64) sdkmath.Int {
	return k.bank.SpendableCoin(ctx, holder, types.ShareDenom(assetID)).Amount
}
