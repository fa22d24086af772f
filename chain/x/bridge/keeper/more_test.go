package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

func TestConflictingClaimWithoutSlashing(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.SlashingEnabled = false
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	f.bootstrap()
	v0 := f.vals[0]
	_, err = f.claim(v0, f.deposit(2, usdcAddr, sdkmath.NewInt(1), addr("bob").String()))
	require.NoError(t, err)
	before := f.exportState()
	r, err := f.claim(v0, f.deposit(2, usdcAddr, sdkmath.NewInt(2), addr("bob").String()))
	require.NoError(t, err)
	require.True(t, r.Conflicting)
	require.Equal(t, before, f.exportState())
	val, _ := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(v0.operator))
	require.False(t, val.IsJailed())
}

func TestMissedBatchConfirmSlashing(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.SignedWindowBlocks = 2
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	v1 := f.addValidator("v1", 100_000)
	f.register(f.vals[0])
	f.register(v1)
	f.endBlock()
	vs, _ := f.k.Valsets.Get(f.ctx, 1)
	// both sign the valset; only v0 signs the batch
	for _, v := range f.vals {
		_, err := f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v.orch.String(), Nonce: 1, EthSigner: v.ethAddr, Signature: sign(v.eth, f.valsetCheckpoint(1))})
		require.NoError(t, err)
	}
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.valsetUpdated(n, 1, vs.Members) })
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	_, err = f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(1)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	b, _ := f.q.Batch(f.ctx, &types.QueryBatchRequest{TokenContract: wbttAddr, Nonce: 1})
	eb, _ := b.Batch.ToEth()
	d, _ := eb.Digest(bridgeID(testBridge))
	v0 := f.vals[0]
	_, err = f.ms.ConfirmBatch(f.ctx, &types.MsgConfirmBatch{Orchestrator: v0.orch.String(), TokenContract: wbttAddr, Nonce: 1, EthSigner: v0.ethAddr, Signature: sign(v0.eth, d)})
	require.NoError(t, err)
	pb, _ := f.q.PendingBatchConfirms(f.ctx, &types.QueryPendingBatchConfirmsRequest{Orchestrator: v1.orch.String()})
	require.Len(t, pb.Batches, 1)
	for i := 0; i < 3; i++ {
		f.endBlock()
	}
	a0, _ := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(v0.operator))
	a1, _ := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(v1.operator))
	require.False(t, a0.IsJailed())
	require.True(t, a1.IsJailed())
	f.allInvariants()
}

func TestRotationMakesNewValsetAndObservedValsetNonce(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	lo, _ := f.q.LastObserved(f.ctx, &types.QueryLastObservedRequest{})
	require.Equal(t, uint64(1), lo.ValsetNonce)
	v0 := f.vals[0]
	v0.eth = ethKey("v0-rotated")
	v0.ethAddr = keeperEthAddr(v0)
	f.register(v0)
	f.endBlock()
	vs, err := f.k.Valsets.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Equal(t, v0.ethAddr, vs.Members[0].EthAddress)
	// the old key can no longer confirm
	_, err = f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 2, EthSigner: f.vals[0].ethAddr, Signature: sign(ethKey("v0"), f.valsetCheckpoint(2))})
	require.ErrorIs(t, err, types.ErrInvalidSignature)
	_, err = f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 2, EthSigner: v0.ethAddr, Signature: sign(v0.eth, f.valsetCheckpoint(2))})
	require.NoError(t, err)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.valsetUpdated(n, 2, vs.Members) })
	lo, _ = f.q.LastObserved(f.ctx, &types.QueryLastObservedRequest{})
	require.Equal(t, uint64(2), lo.ValsetNonce)
	require.Equal(t, uint64(2), lo.EventNonce)
}

func TestAttestationsPruned(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.AttestationsKept = 2
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	f.bootstrap()
	for i := 0; i < 4; i++ {
		f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(1), addr("bob").String()) })
	}
	f.endBlock()
	as, err := f.q.Attestations(f.ctx, &types.QueryAttestationsRequest{})
	require.NoError(t, err)
	require.Len(t, as.Attestations, 2)
	require.Equal(t, uint64(5), as.Attestations[0].EventNonce) // newest first
	require.True(t, as.Attestations[0].Observed)
}

func TestQueries(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	td, err := f.q.TokenDenoms(f.ctx, &types.QueryTokenDenomsRequest{})
	require.NoError(t, err)
	require.Equal(t, []types.TokenDenom{{TokenContract: wbttAddr, Denom: "abtt"}}, td.TokenDenoms)
	cur, err := f.q.CurrentValset(f.ctx, &types.QueryCurrentValsetRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), cur.Valset.Nonce)
	require.Equal(t, sdkmath.LegacyOneDec(), cur.RegisteredPowerFraction)
	n, err := f.q.LastEventNonce(f.ctx, &types.QueryLastEventNonceRequest{Address: f.vals[0].valoper})
	require.NoError(t, err)
	require.Equal(t, uint64(1), n.EventNonce)
	_, err = f.q.Orchestrator(f.ctx, &types.QueryOrchestratorRequest{Key: "0x9999999999999999999999999999999999999999"})
	require.ErrorIs(t, err, types.ErrNotOrchestrator)
	vc, err := f.q.ValsetConfirms(f.ctx, &types.QueryValsetConfirmsRequest{Nonce: 1})
	require.NoError(t, err)
	require.Empty(t, vc.Confirms)
}

func TestReleaseUnclaimableDeposit(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.executed(n, wbttAddr, 1) })
	// 4 wBTT come back to a destination that is not a BTT account
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, wbttAddr, bttAmt(4), "0xnotbtt") })
	u, _ := f.q.UnclaimableDeposits(f.ctx, &types.QueryUnclaimableDepositsRequest{})
	require.Len(t, u.Deposits, 1)
	f.checkInvariant()
	nonce := u.Deposits[0].EventNonce
	bob := addr("bob")
	before := f.exportState()
	_, err = f.ms.ReleaseUnclaimableDeposit(f.ctx, &types.MsgReleaseUnclaimableDeposit{Authority: alice.String(), EventNonce: nonce, Receiver: bob.String()})
	f.refused(before, err, types.ErrInvalidSigner)
	_, err = f.ms.ReleaseUnclaimableDeposit(f.ctx, &types.MsgReleaseUnclaimableDeposit{Authority: f.gov, EventNonce: 99, Receiver: bob.String()})
	f.refused(before, err, types.ErrUnclaimableNotFound)
	_, err = f.ms.ReleaseUnclaimableDeposit(f.ctx, &types.MsgReleaseUnclaimableDeposit{Authority: f.gov, EventNonce: nonce, Receiver: bob.String()})
	require.NoError(t, err)
	require.Equal(t, bttAmt(4), f.balance(bob, "abtt"))
	u, _ = f.q.UnclaimableDeposits(f.ctx, &types.QueryUnclaimableDepositsRequest{})
	require.Empty(t, u.Deposits)
	f.checkInvariant()
}

func TestValsetsPruned(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.SignedWindowBlocks = 3
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	f.bootstrap()
	v0 := f.vals[0]
	_, err = f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 1, EthSigner: v0.ethAddr, Signature: sign(v0.eth, f.valsetCheckpoint(1))})
	require.NoError(t, err)
	v0.eth = ethKey("v0-next")
	v0.ethAddr = keeperEthAddr(v0)
	f.register(v0)
	f.endBlock()
	vs2, err := f.k.Valsets.Get(f.ctx, 2)
	require.NoError(t, err)
	_, err = f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 2, EthSigner: v0.ethAddr, Signature: sign(v0.eth, f.valsetCheckpoint(2))})
	require.NoError(t, err)
	// valset 1 stays while the contract holds it
	for i := 0; i < 5; i++ {
		f.endBlock()
	}
	_, err = f.k.Valsets.Get(f.ctx, 1)
	require.NoError(t, err)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.valsetUpdated(n, 2, vs2.Members) })
	f.endBlock()
	_, err = f.k.Valsets.Get(f.ctx, 1)
	require.Error(t, err)
	vc, _ := f.q.ValsetConfirms(f.ctx, &types.QueryValsetConfirmsRequest{Nonce: 1})
	require.Empty(t, vc.Confirms)
	_, err = f.k.Valsets.Get(f.ctx, 2)
	require.NoError(t, err)
	require.NoError(t, f.exportState().Validate())
}
