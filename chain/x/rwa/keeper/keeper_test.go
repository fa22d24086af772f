package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/btt-chain/btt/chain/x/rwa/types"
)

const (
	regulatory = types.AttestationKind_ATTESTATION_KIND_REGULATORY
	technical  = types.AttestationKind_ATTESTATION_KIND_TECHNICAL
	kyc        = types.AttestationKind_ATTESTATION_KIND_KYC
	approve    = types.Decision_DECISION_APPROVE
	reject     = types.Decision_DECISION_REJECT
)

func TestVerifiersAreAppointedByGovernance(t *testing.T) {
	f := setup(t)
	v := addr("verifier")
	good := &types.MsgAddVerifier{Authority: f.gov, Verifier: v.String(), Name: "Lab", Kinds: []types.AttestationKind{technical, kyc}, Jurisdictions: []string{"CN-BJ", "CN"}}
	bad := func(mut func(m *types.MsgAddVerifier)) *types.MsgAddVerifier {
		m := *good
		mut(&m)
		return &m
	}
	f.refused(types.ErrInvalidSigner, func() error {
		_, err := f.ms.AddVerifier(f.ctx, bad(func(m *types.MsgAddVerifier) { m.Authority = v.String() }))
		return err
	})
	for _, m := range []*types.MsgAddVerifier{
		bad(func(m *types.MsgAddVerifier) { m.Kinds = nil }),
		bad(func(m *types.MsgAddVerifier) { m.Kinds = []types.AttestationKind{technical, technical} }),
		bad(func(m *types.MsgAddVerifier) {
			m.Kinds = []types.AttestationKind{types.AttestationKind_ATTESTATION_KIND_UNSPECIFIED}
		}),
		bad(func(m *types.MsgAddVerifier) { m.Jurisdictions = []string{"Beijing"} }),
		bad(func(m *types.MsgAddVerifier) { m.Jurisdictions = nil }),
		bad(func(m *types.MsgAddVerifier) { m.Name = "" }),
	} {
		f.refused(types.ErrInvalidVerifier, func() error { _, err := f.ms.AddVerifier(f.ctx, m); return err })
	}
	f.refused(sdkerrors.ErrInvalidAddress, func() error {
		_, err := f.ms.AddVerifier(f.ctx, bad(func(m *types.MsgAddVerifier) { m.Verifier = "btt1nope" }))
		return err
	})
	_, err := f.ms.AddVerifier(f.ctx, good)
	require.NoError(t, err)
	f.refused(types.ErrVerifierExists, func() error { _, err := f.ms.AddVerifier(f.ctx, good); return err })

	res, err := f.q.Verifier(f.ctx, &types.QueryVerifierRequest{Address: v.String()})
	require.NoError(t, err)
	require.Equal(t, []types.AttestationKind{technical, kyc}, res.Verifier.Kinds)
	all, err := f.q.Verifiers(f.ctx, &types.QueryVerifiersRequest{})
	require.NoError(t, err)
	require.Len(t, all.Verifiers, 1)

	f.refused(types.ErrInvalidSigner, func() error {
		_, err := f.ms.RemoveVerifier(f.ctx, &types.MsgRemoveVerifier{Authority: v.String(), Verifier: v.String()})
		return err
	})
	_, err = f.ms.RemoveVerifier(f.ctx, &types.MsgRemoveVerifier{Authority: f.gov, Verifier: v.String()})
	require.NoError(t, err)
	f.refused(types.ErrVerifierNotFound, func() error {
		_, err := f.ms.RemoveVerifier(f.ctx, &types.MsgRemoveVerifier{Authority: f.gov, Verifier: v.String()})
		return err
	})
}

func TestCredentials(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	investor := addr("investor")
	issue := func(issuer sdk.AccAddress, j string, exp int64) error {
		_, err := f.ms.IssueCredential(f.ctx, &types.MsgIssueCredential{Issuer: issuer.String(), Holder: investor.String(), Jurisdiction: j, ExpiresAt: exp})
		return err
	}
	in := func(d time.Duration) int64 { return f.ctx.BlockTime().Add(d).Unix() }
	f.refused(types.ErrNotAuthorizedKind, func() error { return issue(ac.regulator, jur, in(time.Hour)) })
	f.refused(types.ErrVerifierNotFound, func() error { return issue(investor, jur, in(time.Hour)) })
	f.refused(types.ErrWrongJurisdiction, func() error { return issue(ac.kyc, "CN-SH", in(time.Hour)) })
	f.refused(types.ErrInvalidCredential, func() error { return issue(ac.kyc, "shanghai", in(time.Hour)) })
	f.refused(types.ErrInvalidCredential, func() error { return issue(ac.kyc, jur, in(-time.Second)) })
	f.refused(types.ErrInvalidCredential, func() error { return issue(ac.kyc, jur, in(3*365*24*time.Hour)) })
	require.NoError(t, issue(ac.kyc, jur, in(time.Hour)))
	require.NoError(t, f.k.CheckCredential(f.ctx, investor, jur))

	res, err := f.q.Credential(f.ctx, &types.QueryCredentialRequest{Holder: investor.String(), Jurisdiction: jur})
	require.NoError(t, err)
	require.True(t, res.Credential.Valid)
	require.Equal(t, ac.kyc.String(), res.Credential.Credential.Issuer)

	// Expiry makes it invalid without any transaction.
	f.advance(time.Hour)
	require.ErrorIs(t, f.k.CheckCredential(f.ctx, investor, jur), types.ErrNoCredential)
	list, err := f.q.Credentials(f.ctx, &types.QueryCredentialsRequest{Holder: investor.String()})
	require.NoError(t, err)
	require.Len(t, list.Credentials, 1)
	require.False(t, list.Credentials[0].Valid)

	// Renewal, then the issuer's removal by governance invalidates it.
	require.NoError(t, issue(ac.kyc, jur, in(time.Hour)))
	require.NoError(t, f.k.CheckCredential(f.ctx, investor, jur))
	_, err = f.ms.RemoveVerifier(f.ctx, &types.MsgRemoveVerifier{Authority: f.gov, Verifier: ac.kyc.String()})
	require.NoError(t, err)
	require.ErrorIs(t, f.k.CheckCredential(f.ctx, investor, jur), types.ErrNoCredential)

	// Another KYC verifier of the jurisdiction may revoke it.
	kyc2 := addr("kyc2")
	f.addVerifier(kyc2, "KYC Desk 2", kyc)
	revoke := func(issuer sdk.AccAddress) error {
		_, err := f.ms.RevokeCredential(f.ctx, &types.MsgRevokeCredential{Issuer: issuer.String(), Holder: investor.String(), Jurisdiction: jur})
		return err
	}
	f.refused(types.ErrNotAuthorizedKind, func() error { return revoke(ac.engineer) })
	require.NoError(t, revoke(kyc2))
	f.refused(types.ErrCredentialNotFound, func() error { return revoke(kyc2) })
	_, err = f.q.Credential(f.ctx, &types.QueryCredentialRequest{Holder: investor.String(), Jurisdiction: jur})
	require.ErrorIs(t, err, types.ErrCredentialNotFound)
}

func TestAssetVerificationAndTokenization(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	for _, mut := range []func(m *types.MsgRegisterAsset){
		func(m *types.MsgRegisterAsset) { m.AssetClass = types.AssetClass_ASSET_CLASS_UNSPECIFIED },
		func(m *types.MsgRegisterAsset) { m.Name = "" },
		func(m *types.MsgRegisterAsset) { m.Jurisdiction = "cn" },
		func(m *types.MsgRegisterAsset) { m.DocumentsSha256 = []byte{1, 2} },
		func(m *types.MsgRegisterAsset) { m.DocumentsUri = "" },
		func(m *types.MsgRegisterAsset) { m.AppraisedValue = sdkmath.ZeroInt() },
		func(m *types.MsgRegisterAsset) { m.Currency = "yuan" },
		func(m *types.MsgRegisterAsset) { m.ShareCount = 0 },
	} {
		m := registerMsg(ac.clinic, 1000)
		mut(m)
		f.refused(types.ErrInvalidAsset, func() error { _, err := f.ms.RegisterAsset(f.ctx, m); return err })
	}
	res, err := f.ms.RegisterAsset(f.ctx, registerMsg(ac.clinic, 1000))
	require.NoError(t, err)
	id := res.AssetId
	require.Equal(t, uint64(1), id)
	tokenize := func() error {
		_, err := f.ms.Tokenize(f.ctx, &types.MsgTokenize{Owner: ac.clinic.String(), AssetId: id})
		return err
	}

	// An unverified asset cannot be tokenized.
	f.refused(types.ErrAssetNotVerified, tokenize)
	// A verifier without the kind, a KYC attestation, a missing reason, an unknown asset.
	f.refused(types.ErrNotAuthorizedKind, func() error { _, err := f.attest(ac.engineer, id, regulatory, approve, ""); return err })
	f.refused(types.ErrNotAuthorizedKind, func() error { _, err := f.attest(ac.kyc, id, technical, approve, ""); return err })
	f.refused(types.ErrInvalidAttestation, func() error { _, err := f.attest(ac.kyc, id, kyc, approve, ""); return err })
	f.refused(types.ErrInvalidAttestation, func() error { _, err := f.attest(ac.regulator, id, regulatory, reject, ""); return err })
	f.refused(types.ErrInvalidAttestation, func() error {
		_, err := f.attest(ac.regulator, id, regulatory, types.Decision_DECISION_UNSPECIFIED, "")
		return err
	})
	f.refused(types.ErrAssetNotFound, func() error { _, err := f.attest(ac.regulator, 99, regulatory, approve, ""); return err })

	at, err := f.attest(ac.regulator, id, regulatory, approve, "")
	require.NoError(t, err)
	require.Equal(t, types.AssetStatus_ASSET_STATUS_PENDING, at.Status)
	f.refused(types.ErrAlreadyAttested, func() error { _, err := f.attest(ac.regulator, id, regulatory, approve, ""); return err })
	// A verifier with both kinds still counts once: the two approvals need different verifiers.
	both := addr("both")
	f.addVerifier(both, "Both", regulatory, technical)
	at, err = f.attest(ac.engineer, id, technical, approve, "")
	require.NoError(t, err)
	require.Equal(t, types.AssetStatus_ASSET_STATUS_VERIFIED, at.Status)
	f.refused(types.ErrAssetNotPending, func() error { _, err := f.attest(both, id, technical, approve, ""); return err })

	// Only the owner tokenizes; the fee is split between burn and development fund.
	f.refused(types.ErrNotOwner, func() error {
		_, err := f.ms.Tokenize(f.ctx, &types.MsgTokenize{Owner: ac.regulator.String(), AssetId: id})
		return err
	})
	p := f.k.GetParams(f.ctx)
	clinicBefore, devBefore, burnedBefore := f.balance(ac.clinic, "abtt"), f.balance(devFundAddr(), "abtt"), f.burned()
	require.NoError(t, tokenize())
	burn := p.TokenizeBurnFraction.MulInt(p.TokenizeFee).TruncateInt()
	require.Equal(t, clinicBefore.Sub(p.TokenizeFee), f.balance(ac.clinic, "abtt"))
	require.Equal(t, burnedBefore.Add(burn), f.burned())
	require.Equal(t, devBefore.Add(p.TokenizeFee.Sub(burn)), f.balance(devFundAddr(), "abtt"))
	require.Equal(t, sdkmath.NewInt(1000), f.balance(ac.clinic, "rwa/1"))
	md, ok := f.app.BankKeeper.GetDenomMetaData(f.ctx, "rwa/1")
	require.True(t, ok)
	require.Equal(t, "CBCT scanner, Chaoyang clinic", md.Name)
	f.refused(types.ErrAlreadyTokenized, tokenize)

	got, err := f.q.Asset(f.ctx, &types.QueryAssetRequest{Id: id})
	require.NoError(t, err)
	require.Equal(t, types.AssetStatus_ASSET_STATUS_TOKENIZED, got.Asset.Status)
	require.Len(t, got.Asset.Attestations, 2)
	require.Equal(t, "rwa/1", got.Asset.Denom)
	f.checkInvariants()

	// Not enough BTT for the fee.
	poor := addr("poor clinic")
	f.fund(poor, bttAmt(1))
	r2, err := f.ms.RegisterAsset(f.ctx, registerMsg(poor, 10))
	require.NoError(t, err)
	_, err = f.attest(ac.regulator, r2.AssetId, regulatory, approve, "")
	require.NoError(t, err)
	_, err = f.attest(ac.engineer, r2.AssetId, technical, approve, "")
	require.NoError(t, err)
	f.refused(types.ErrInsufficientFunds, func() error {
		_, err := f.ms.Tokenize(f.ctx, &types.MsgTokenize{Owner: poor.String(), AssetId: r2.AssetId})
		return err
	})

	// Filters.
	list, err := f.q.Assets(f.ctx, &types.QueryAssetsRequest{Status: types.AssetStatus_ASSET_STATUS_VERIFIED})
	require.NoError(t, err)
	require.Len(t, list.Assets, 1)
	require.Equal(t, r2.AssetId, list.Assets[0].Id)
	list, err = f.q.Assets(f.ctx, &types.QueryAssetsRequest{Owner: ac.clinic.String(), AssetClass: types.AssetClass_ASSET_CLASS_EQUIPMENT})
	require.NoError(t, err)
	require.Len(t, list.Assets, 1)
	list, err = f.q.Assets(f.ctx, &types.QueryAssetsRequest{AssetClass: types.AssetClass_ASSET_CLASS_IP})
	require.NoError(t, err)
	require.Empty(t, list.Assets)
}

func TestRejectionRecordsReason(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	res, err := f.ms.RegisterAsset(f.ctx, registerMsg(ac.clinic, 100))
	require.NoError(t, err)
	at, err := f.attest(ac.engineer, res.AssetId, technical, reject, "calibration certificate expired in 2024")
	require.NoError(t, err)
	require.Equal(t, types.AssetStatus_ASSET_STATUS_REJECTED, at.Status)
	got, err := f.q.Asset(f.ctx, &types.QueryAssetRequest{Id: res.AssetId})
	require.NoError(t, err)
	require.Equal(t, "calibration certificate expired in 2024", got.Asset.Attestations[0].Reason)
	f.refused(types.ErrAssetNotPending, func() error { _, err := f.attest(ac.regulator, res.AssetId, regulatory, approve, ""); return err })
	f.refused(types.ErrAssetNotVerified, func() error {
		_, err := f.ms.Tokenize(f.ctx, &types.MsgTokenize{Owner: ac.clinic.String(), AssetId: res.AssetId})
		return err
	})
	f.refused(types.ErrAssetRetired, func() error {
		_, err := f.ms.RetireAsset(f.ctx, &types.MsgRetireAsset{Owner: ac.clinic.String(), AssetId: res.AssetId})
		return err
	})
}

func TestValuationHistory(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 100)
	update := func(v sdk.AccAddress, value int64, cur string) (*types.MsgUpdateValuationResponse, error) {
		return f.ms.UpdateValuation(f.ctx, &types.MsgUpdateValuation{Verifier: v.String(), AssetId: id, Value: sdkmath.NewInt(value), Currency: cur, Method: "income approach"})
	}
	f.refused(types.ErrNotAuthorizedKind, func() error { _, err := update(ac.regulator, 1, "CNY"); return err })
	f.refused(types.ErrVerifierNotFound, func() error { _, err := update(ac.clinic, 1, "CNY"); return err })
	f.refused(types.ErrInvalidValuation, func() error { _, err := update(ac.engineer, 0, "CNY"); return err })
	f.refused(types.ErrInvalidValuation, func() error { _, err := update(ac.engineer, 5, "cny"); return err })
	f.advance(time.Hour)
	r, err := update(ac.engineer, 240_000_000, "CNY")
	require.NoError(t, err)
	require.Equal(t, uint64(2), r.Seq)
	f.advance(time.Hour)
	r, err = update(ac.engineer, 230_000_000, "CNY")
	require.NoError(t, err)
	require.Equal(t, uint64(3), r.Seq)
	hist, err := f.q.Valuations(f.ctx, &types.QueryValuationsRequest{AssetId: id})
	require.NoError(t, err)
	require.Len(t, hist.Valuations, 3)
	require.Equal(t, ac.clinic.String(), hist.Valuations[0].Appraiser)
	require.Equal(t, sdkmath.NewInt(250_000_000), hist.Valuations[0].Value)
	require.Equal(t, ac.engineer.String(), hist.Valuations[2].Appraiser)
	require.Equal(t, sdkmath.NewInt(230_000_000), hist.Valuations[2].Value)
	require.Less(t, hist.Valuations[1].Time, hist.Valuations[2].Time)
	a, err := f.q.Asset(f.ctx, &types.QueryAssetRequest{Id: id})
	require.NoError(t, err)
	require.Equal(t, sdkmath.NewInt(230_000_000), a.Asset.AppraisedValue)
}

// Direct bank paths (keeper SendCoins and InputOutputCoins = MsgSend and MsgMultiSend); the signed-tx
// paths (MsgSend, MsgMultiSend, authz MsgExec, ICS-20 escrow) are in e2e_test.go.
func TestSendRestrictionOnBankPaths(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 1000)
	denom := types.ShareDenom(id)
	alice, bob, stranger := addr("alice"), addr("bob"), addr("stranger")
	f.credential(ac, alice, time.Hour)
	f.credential(ac, bob, 2*time.Hour)
	f.fund(stranger, bttAmt(1))
	one := sdk.NewCoins(sdk.NewInt64Coin(denom, 10))
	send := func(from, to sdk.AccAddress) error { return f.app.BankKeeper.SendCoins(f.ctx, from, to, one) }

	require.NoError(t, send(ac.clinic, alice))
	require.NoError(t, send(alice, bob))
	f.refused(types.ErrTransferNotCompliant, func() error { return send(alice, stranger) })
	// BTT itself is not restricted.
	require.NoError(t, f.app.BankKeeper.SendCoins(f.ctx, stranger, alice, sdk.NewCoins(sdk.NewInt64Coin("abtt", 1))))
	// Multi-send: one non-compliant output refuses the whole transfer.
	f.refused(types.ErrTransferNotCompliant, func() error {
		return f.inTx(func() error {
			return f.app.BankKeeper.InputOutputCoins(f.ctx, banktypes.NewInput(ac.clinic, sdk.NewCoins(sdk.NewInt64Coin(denom, 20))),
				[]banktypes.Output{banktypes.NewOutput(alice, one), banktypes.NewOutput(stranger, one)})
		})
	})
	require.NoError(t, f.app.BankKeeper.InputOutputCoins(f.ctx, banktypes.NewInput(ac.clinic, sdk.NewCoins(sdk.NewInt64Coin(denom, 20))),
		[]banktypes.Output{banktypes.NewOutput(alice, one), banktypes.NewOutput(bob, one)}))
	// An expired credential on either side refuses.
	f.advance(time.Hour)
	f.refused(types.ErrTransferNotCompliant, func() error { return send(bob, alice) })
	f.refused(types.ErrTransferNotCompliant, func() error { return send(alice, bob) })
	require.NoError(t, send(bob, ac.clinic))
	f.checkInvariants()
}

func TestRetireAsset(t *testing.T) {
	f := setup(t)
	ac := f.actors()
	id := f.tokenizedAsset(ac, 100)
	alice := addr("alice")
	f.credential(ac, alice, time.Hour)
	retire := func(owner sdk.AccAddress) error {
		_, err := f.ms.RetireAsset(f.ctx, &types.MsgRetireAsset{Owner: owner.String(), AssetId: id})
		return err
	}
	f.refused(types.ErrNotOwner, func() error { return retire(alice) })
	require.NoError(t, f.app.BankKeeper.SendCoins(f.ctx, ac.clinic, alice, sdk.NewCoins(sdk.NewInt64Coin("rwa/1", 1))))
	f.refused(types.ErrSharesOutstanding, func() error { return retire(ac.clinic) })
	require.NoError(t, f.app.BankKeeper.SendCoins(f.ctx, alice, ac.clinic, sdk.NewCoins(sdk.NewInt64Coin("rwa/1", 1))))
	// Shares in the owner's own resting ask are in escrow, not in the owner's hands.
	o := f.mustPlace(ac.clinic, id, sell, 1_000, 5)
	f.refused(types.ErrSharesOutstanding, func() error { return retire(ac.clinic) })
	_, err := f.ms.CancelOrder(f.ctx, &types.MsgCancelOrder{Owner: ac.clinic.String(), OrderId: o.OrderId})
	require.NoError(t, err)
	// A resting bid is cancelled and refunded by the retirement.
	f.fund(alice, bttAmt(1))
	bid := f.mustPlace(alice, id, buy, 1_000, 5)
	aliceBTT := f.balance(alice, "abtt")
	require.NoError(t, retire(ac.clinic))
	require.Equal(t, aliceBTT.AddRaw(5_000), f.balance(alice, "abtt"))
	_, err = f.q.Order(f.ctx, &types.QueryOrderRequest{Id: bid.OrderId})
	require.ErrorIs(t, err, types.ErrOrderNotFound)
	require.True(t, f.app.BankKeeper.GetSupply(f.ctx, "rwa/1").Amount.IsZero())
	f.refused(types.ErrAssetRetired, func() error { return retire(ac.clinic) })
	f.refused(types.ErrAssetNotTokenized, func() error { _, err := f.place(ac.clinic, id, buy, 1, 1); return err })
	f.checkInvariants()
}

func TestParams(t *testing.T) {
	f := setup(t)
	p := types.DefaultParams()
	p.TradeFeeRate = sdkmath.LegacyNewDec(2)
	f.refused(types.ErrInvalidParams, func() error {
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
		return err
	})
	for _, mut := range []func(*types.Params){
		func(p *types.Params) { p.MaxMakersPerOrder = 0 },
		func(p *types.Params) { p.MaxPrunePerMsg = 0 },
		func(p *types.Params) { p.MaxTradePrunesPerBlock = 10_001 },
		func(p *types.Params) { p.TradeRetentionSeconds = 0 },
	} {
		p = types.DefaultParams()
		mut(&p)
		f.refused(types.ErrInvalidParams, func() error {
			_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
			return err
		})
	}
	p = types.DefaultParams()
	p.TokenizeFee = bttAmt(5)
	f.refused(types.ErrInvalidSigner, func() error {
		_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: addr("x").String(), Params: p})
		return err
	})
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	res, err := f.q.Params(f.ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, bttAmt(5), res.Params.TokenizeFee)
}
