package keeper_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	errorsmod "cosmossdk.io/errors"
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/keeper"
	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// refused asserts err is of kind want and that x/bridge's state did not change.
func (f *fixture) refused(before *types.GenesisState, err error, want *errorsmod.Error) {
	f.t.Helper()
	require.Error(f.t, err)
	require.True(f.t, want.Is(err), "want %v, got %v", want, err)
	require.Equal(f.t, before, f.exportState())
}

func TestSetOrchestrator(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	before := f.exportState()

	// not a validator
	stranger := &val{operator: addr("stranger"), valoper: sdk.ValAddress(addr("stranger")).String(), orch: addr("o"), eth: v0.eth, ethAddr: v0.ethAddr}
	_, err := f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(stranger))
	f.refused(before, err, types.ErrNotValidator)

	// signature by another Ethereum key
	m := f.setOrchMsg(v0)
	m.EthAddress = f.setOrchMsg(&val{operator: v0.operator, valoper: v0.valoper, orch: v0.orch, eth: ethKey("other"), ethAddr: "0x5555555555555555555555555555555555555555"}).EthAddress
	_, err = f.ms.SetOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidSignature)

	// signature over another orchestrator
	m = f.setOrchMsg(v0)
	m.Orchestrator = addr("someone").String()
	_, err = f.ms.SetOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidSignature)

	// malformed address and signature
	m = f.setOrchMsg(v0)
	m.EthAddress = "0x1234"
	_, err = f.ms.SetOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidEthAddress)
	m = f.setOrchMsg(v0)
	m.EthSignature = "0xdeadbeef"
	_, err = f.ms.SetOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidSignature)

	f.register(v0)
	o, err := f.q.Orchestrator(f.ctx, &types.QueryOrchestratorRequest{Key: v0.ethAddr})
	require.NoError(t, err)
	require.Equal(t, v0.valoper, o.Orchestrator.Validator)
	o, err = f.q.Orchestrator(f.ctx, &types.QueryOrchestratorRequest{Key: v0.orch.String()})
	require.NoError(t, err)
	require.Equal(t, v0.ethAddr, o.Orchestrator.EthAddress)

	// another validator may not reuse the eth address or the orchestrator account
	v1 := f.addValidator("v1", 10)
	before = f.exportState()
	reuse := &val{operator: v1.operator, valoper: v1.valoper, orch: v1.orch, eth: v0.eth, ethAddr: v0.ethAddr}
	_, err = f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(reuse))
	f.refused(before, err, types.ErrOrchestratorInUse)
	reuse = &val{operator: v1.operator, valoper: v1.valoper, orch: v0.orch, eth: v1.eth, ethAddr: v1.ethAddr}
	_, err = f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(reuse))
	f.refused(before, err, types.ErrOrchestratorInUse)

	// rotation
	v0.orch, v0.eth = addr("orch0b"), ethKey("v0b")
	v0.ethAddr = f.setOrchMsg(&val{eth: v0.eth, operator: v0.operator, valoper: v0.valoper, orch: v0.orch}).EthAddress
	rot := f.setOrchMsg(v0)
	rot.EthAddress = keeperEthAddr(v0)
	v0.ethAddr = rot.EthAddress
	_, err = f.ms.SetOrchestrator(f.ctx, rot)
	require.NoError(t, err)
	all, err := f.q.Orchestrators(f.ctx, &types.QueryOrchestratorsRequest{})
	require.NoError(t, err)
	require.Len(t, all.Orchestrators, 1)
	require.Equal(t, v0.orch.String(), all.Orchestrators[0].Orchestrator)
}

func TestBridgeNotConfigured(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.BridgeId = ""
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	before := f.exportState()
	_, err = f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(f.vals[0]))
	f.refused(before, err, types.ErrBridgeNotConfigured)
	require.Contains(t, err.Error(), "bridge not configured")

	// only the gov authority changes params, and only to valid ones
	_, err = f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.vals[0].operator.String(), Params: p})
	f.refused(before, err, types.ErrInvalidSigner)
	p.BridgeId = "0x12"
	_, err = f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	f.refused(before, err, types.ErrInvalidParams)
}

func TestValsetCreationAndConfirm(t *testing.T) {
	f := setup(t)
	// A big validator without orchestrator: the registered power is below 2/3, no valset.
	big := f.addValidator("big", 3_000_000)
	f.register(f.vals[0])
	f.endBlock()
	vs, err := f.q.Valsets(f.ctx, &types.QueryValsetsRequest{})
	require.NoError(t, err)
	require.Empty(t, vs.Valsets)
	cur, err := f.q.CurrentValset(f.ctx, &types.QueryCurrentValsetRequest{})
	require.NoError(t, err)
	require.Equal(t, "0.250000000000000000", cur.RegisteredPowerFraction.String())

	f.register(big)
	f.endBlock()
	vs, err = f.q.Valsets(f.ctx, &types.QueryValsetsRequest{})
	require.NoError(t, err)
	require.Len(t, vs.Valsets, 1)
	require.Equal(t, uint64(1), vs.Valsets[0].Nonce)
	require.Equal(t, big.ethAddr, vs.Valsets[0].Members[0].EthAddress)
	require.Len(t, vs.Valsets[0].Members, 2)

	// nothing changed: no new valset
	f.endBlock()
	_, err = f.k.Valsets.Get(f.ctx, 2)
	require.Error(t, err)

	cp := f.valsetCheckpoint(1)
	v0 := f.vals[0]
	good := &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 1, EthSigner: v0.ethAddr, Signature: sign(v0.eth, cp)}
	before := f.exportState()

	bad := *good
	bad.Signature = sign(ethKey("someone"), cp)
	_, err = f.ms.ConfirmValset(f.ctx, &bad)
	f.refused(before, err, types.ErrInvalidSignature)

	// signed for another bridge id
	ev, _ := vs.Valsets[0].ToEth()
	other, _ := ev.Checkpoint(bridgeID("0x" + strings.Repeat("cd", 32)))
	bad = *good
	bad.Signature = sign(v0.eth, other)
	_, err = f.ms.ConfirmValset(f.ctx, &bad)
	f.refused(before, err, types.ErrInvalidSignature)

	bad = *good
	bad.EthSigner = big.ethAddr
	_, err = f.ms.ConfirmValset(f.ctx, &bad)
	f.refused(before, err, types.ErrInvalidSignature)

	bad = *good
	bad.Nonce = 9
	_, err = f.ms.ConfirmValset(f.ctx, &bad)
	f.refused(before, err, types.ErrValsetNotFound)

	bad = *good
	bad.Orchestrator = addr("nobody").String()
	_, err = f.ms.ConfirmValset(f.ctx, &bad)
	f.refused(before, err, types.ErrNotOrchestrator)

	_, err = f.ms.ConfirmValset(f.ctx, good)
	require.NoError(t, err)
	before = f.exportState()
	_, err = f.ms.ConfirmValset(f.ctx, good)
	f.refused(before, err, types.ErrDuplicateConfirm)

	pend, err := f.q.PendingValsetConfirms(f.ctx, &types.QueryPendingValsetConfirmsRequest{Orchestrator: big.orch.String()})
	require.NoError(t, err)
	require.Len(t, pend.Valsets, 1)
	pend, err = f.q.PendingValsetConfirms(f.ctx, &types.QueryPendingValsetConfirmsRequest{Orchestrator: v0.orch.String()})
	require.NoError(t, err)
	require.Empty(t, pend.Valsets)

	// a third validator registering changes the membership: valset 2
	v2 := f.addValidator("v2", 500_000)
	f.register(v2)
	f.endBlock()
	v, err := f.k.Valsets.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Len(t, v.Members, 3)
}

func TestSendCancelBatch(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	alice := addr("alice")
	f.fund(alice, bttAmt(1000))
	send := func(amt, fee int64) uint64 {
		r, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
			Amount: sdk.NewCoin("abtt", bttAmt(amt)), BridgeFee: sdk.NewCoin("abtt", bttAmt(fee))})
		require.NoError(t, err)
		return r.TransferId
	}
	before := f.exportState()
	for _, bad := range []*types.MsgSendToEthereum{
		{Sender: alice.String(), EthDestination: "0x0000000000000000000000000000000000000000", Amount: sdk.NewCoin("abtt", bttAmt(1)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())},
		{Sender: alice.String(), EthDestination: "btt1xyz", Amount: sdk.NewCoin("abtt", bttAmt(1)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())},
		{Sender: alice.String(), EthDestination: ethUser, Amount: sdk.NewCoin("abtt", sdkmath.ZeroInt()), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())},
		{Sender: alice.String(), EthDestination: ethUser, Amount: sdk.NewCoin("abtt", bttAmt(1)), BridgeFee: sdk.NewCoin("uatom", sdkmath.ZeroInt())},
		{Sender: alice.String(), EthDestination: ethUser, Amount: sdk.NewCoin("uatom", bttAmt(1)), BridgeFee: sdk.NewCoin("uatom", sdkmath.ZeroInt())},
		{Sender: alice.String(), EthDestination: ethUser, Amount: sdk.NewCoin(types.VoucherDenom(usdcAddr), bttAmt(1)), BridgeFee: sdk.NewCoin(types.VoucherDenom(usdcAddr), sdkmath.ZeroInt())},
		{Sender: alice.String(), EthDestination: ethUser, Amount: sdk.NewCoin("abtt", bttAmt(5000)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())},
	} {
		_, err := f.ms.SendToEthereum(f.ctx, bad)
		require.Error(t, err, "%v", bad)
		require.Equal(t, before, f.exportState())
	}

	id1 := send(100, 1)
	id2 := send(50, 3)
	id3 := send(10, 1)
	require.Equal(t, bttAmt(1000-165), f.balance(alice, "abtt"))
	f.checkInvariant()

	// cancel: only the sender; refund in full
	before = f.exportState()
	_, err := f.ms.CancelSendToEthereum(f.ctx, &types.MsgCancelSendToEthereum{Sender: addr("mallory").String(), TransferId: id3})
	f.refused(before, err, types.ErrNotTransferSender)
	_, err = f.ms.CancelSendToEthereum(f.ctx, &types.MsgCancelSendToEthereum{Sender: alice.String(), TransferId: id3})
	require.NoError(t, err)
	require.Equal(t, bttAmt(1000-154), f.balance(alice, "abtt"))

	// batch: highest fee first, nonce 1, timeout = observed height + 600
	r, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	require.Equal(t, uint64(1), r.BatchNonce)
	require.Equal(t, wbttAddr, r.TokenContract)
	b, err := f.q.Batch(f.ctx, &types.QueryBatchRequest{TokenContract: wbttAddr, Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, []uint64{id2, id1}, []uint64{b.Batch.Transfers[0].Id, b.Batch.Transfers[1].Id})
	require.Equal(t, f.ethH+600, b.Batch.Timeout)
	f.checkInvariant()

	// cancel after batching is refused; an empty pool makes no batch
	before = f.exportState()
	_, err = f.ms.CancelSendToEthereum(f.ctx, &types.MsgCancelSendToEthereum{Sender: alice.String(), TransferId: id1})
	f.refused(before, err, types.ErrTransferNotFound)
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	f.refused(before, err, types.ErrNoPendingTransfers)

	// batch confirm
	eb, err := b.Batch.ToEth()
	require.NoError(t, err)
	d, err := eb.Digest(bridgeID(testBridge))
	require.NoError(t, err)
	v0 := f.vals[0]
	good := &types.MsgConfirmBatch{Orchestrator: v0.orch.String(), TokenContract: wbttAddr, Nonce: 1, EthSigner: v0.ethAddr, Signature: sign(v0.eth, d)}
	bad := *good
	bad.Nonce = 2
	_, err = f.ms.ConfirmBatch(f.ctx, &bad)
	f.refused(before, err, types.ErrBatchNotFound)
	bad = *good
	bad.Signature = sign(ethKey("x"), d)
	_, err = f.ms.ConfirmBatch(f.ctx, &bad)
	f.refused(before, err, types.ErrInvalidSignature)
	_, err = f.ms.ConfirmBatch(f.ctx, good)
	require.NoError(t, err)
	pb, err := f.q.PendingBatchConfirms(f.ctx, &types.QueryPendingBatchConfirmsRequest{Orchestrator: v0.orch.String()})
	require.NoError(t, err)
	require.Empty(t, pb.Batches)
	before = f.exportState()
	_, err = f.ms.ConfirmBatch(f.ctx, good)
	f.refused(before, err, types.ErrDuplicateConfirm)

	// executed on Ethereum: the BTT stays escrowed and backs wBTT now
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.executed(n, wbttAddr, 1) })
	esc, err := f.q.Escrow(f.ctx, &types.QueryEscrowRequest{})
	require.NoError(t, err)
	require.Equal(t, bttAmt(154), esc.WrappedBttOutstanding)
	require.Equal(t, bttAmt(154), esc.EscrowedBtt.Amount)
	require.Empty(t, esc.InFlight)
	f.checkInvariant()

	// wBTT comes back: abtt released from escrow
	bob := addr("bob")
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, wbttAddr, bttAmt(54), bob.String()) })
	require.Equal(t, bttAmt(54), f.balance(bob, "abtt"))
	esc, _ = f.q.Escrow(f.ctx, &types.QueryEscrowRequest{})
	require.Equal(t, bttAmt(100), esc.WrappedBttOutstanding)
	f.checkInvariant()
}

func TestRequestBatchNeedsEthereumHeight(t *testing.T) {
	f := setup(t)
	alice := addr("alice")
	f.fund(alice, bttAmt(10))
	_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(1)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	before := f.exportState()
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	f.refused(before, err, types.ErrEthereumHeightUnknown)
}

func TestVoucherDepositAndUnclaimable(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	bob := addr("bob")
	denom := types.VoucherDenom(usdcAddr)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(5_000_000), bob.String()) })
	require.Equal(t, sdkmath.NewInt(5_000_000), f.balance(bob, denom))
	md, ok := f.app.BankKeeper.GetDenomMetaData(f.ctx, denom)
	require.True(t, ok)
	require.Equal(t, denom, md.Base)
	require.Contains(t, md.Description, usdcAddr)

	// an undecodable receiver: the vouchers stay with the module, recorded
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(7), "not-an-address") })
	u, err := f.q.UnclaimableDeposits(f.ctx, &types.QueryUnclaimableDepositsRequest{})
	require.NoError(t, err)
	require.Len(t, u.Deposits, 1)
	require.Equal(t, sdkmath.NewInt(7), f.balance(f.k.ModuleAddress(), denom))

	// the voucher goes back: escrowed, then burned when the batch executes
	_, err = f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: bob.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin(denom, sdkmath.NewInt(4_000_000)), BridgeFee: sdk.NewCoin(denom, sdkmath.NewInt(1000))})
	require.NoError(t, err)
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: bob.String(), Denom: denom})
	require.NoError(t, err)
	f.checkInvariant()
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.executed(n, usdcAddr, 1) })
	require.Equal(t, sdkmath.NewInt(1_000_007-1000), f.app.BankKeeper.GetSupply(f.ctx, denom).Amount)
	f.checkInvariant()
	// total BTT supply unchanged by the bridge
	require.Equal(t, sdkmath.NewIntWithDecimal(210_000_000, 18), f.app.BankKeeper.GetSupply(f.ctx, "abtt").Amount)
}

func TestBatchExecutionRequeuesOlderBatches(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	for i := 0; i < 2; i++ { // the second batch pays more fees than the first (else it is refused)
		_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
			Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", sdkmath.NewInt(int64(i)))})
		require.NoError(t, err)
		_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
		require.NoError(t, err)
	}
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.executed(n, wbttAddr, 2) })
	bs, err := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	require.NoError(t, err)
	require.Empty(t, bs.Batches)
	p, err := f.q.PendingTransfers(f.ctx, &types.QueryPendingTransfersRequest{})
	require.NoError(t, err)
	require.Len(t, p.Transfers, 1)
	require.Equal(t, uint64(1), p.Transfers[0].Id)
	found := false
	for _, e := range f.ctx.EventManager().Events() {
		if e.Type == "btt.bridge.v1.EventBatchExecuted" {
			for _, a := range e.Attributes {
				if a.Key == "requeued_batches" {
					require.Equal(t, `["1"]`, a.Value)
					found = true
				}
			}
		}
	}
	require.True(t, found)
	esc, _ := f.q.Escrow(f.ctx, &types.QueryEscrowRequest{})
	require.Equal(t, bttAmt(10).AddRaw(1), esc.WrappedBttOutstanding) // batch 2: 10 BTT + its 1 abtt fee
	f.checkInvariant()
	// the next batch of the token has nonce 3
	r, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	require.Equal(t, uint64(3), r.BatchNonce)
}

func TestBatchTimeout(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	f.endBlock()
	bs, _ := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	require.Len(t, bs.Batches, 1)
	// an observed event at the timeout height
	f.ethH += 700
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(1), addr("bob").String()) })
	f.endBlock()
	bs, _ = f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	require.Empty(t, bs.Batches)
	p, _ := f.q.PendingTransfers(f.ctx, &types.QueryPendingTransfersRequest{})
	require.Len(t, p.Transfers, 1)
	f.checkInvariant()
	// cancel works again once it is back in the pool
	_, err = f.ms.CancelSendToEthereum(f.ctx, &types.MsgCancelSendToEthereum{Sender: alice.String(), TransferId: 1})
	require.NoError(t, err)
	require.Equal(t, bttAmt(100), f.balance(alice, "abtt"))
}

func TestAutoBatch(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	p := f.k.GetParams(f.ctx)
	p.AutoBatchBlocks = 1
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	_, err = f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	f.endBlock()
	_, err = f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	f.endBlock() // a batch is unexecuted: no second automatic batch
	bs, _ := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	require.Len(t, bs.Batches, 1)
	pt, _ := f.q.PendingTransfers(f.ctx, &types.QueryPendingTransfersRequest{})
	require.Len(t, pt.Transfers, 1)
}

func TestValsetChangeWhileTransfersPending(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	for i := 0; i < 3; i++ {
		_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
			Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
		require.NoError(t, err)
		if i == 0 {
			_, err = f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
			require.NoError(t, err)
		}
	}
	pendingBefore, _ := f.q.PendingTransfers(f.ctx, &types.QueryPendingTransfersRequest{})
	batchesBefore, _ := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	v1 := f.addValidator("v1", 600_000)
	f.register(v1)
	f.endBlock()
	vs, err := f.k.Valsets.Get(f.ctx, 2)
	require.NoError(t, err)
	require.Len(t, vs.Members, 2)
	pendingAfter, _ := f.q.PendingTransfers(f.ctx, &types.QueryPendingTransfersRequest{})
	batchesAfter, _ := f.q.Batches(f.ctx, &types.QueryBatchesRequest{})
	require.Equal(t, pendingBefore.Transfers, pendingAfter.Transfers)
	require.Equal(t, batchesBefore.Batches, batchesAfter.Batches)
	f.checkInvariant()
	// the late joiner attests from the last observed event on
	n, err := f.q.LastEventNonce(f.ctx, &types.QueryLastEventNonceRequest{Address: v1.orch.String()})
	require.NoError(t, err)
	require.Equal(t, f.lastObserved(), n.EventNonce)
}

func TestClaimsBadInput(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	v0 := f.vals[0]
	bob := addr("bob").String()
	before := f.exportState()

	// not an orchestrator
	stranger := &val{orch: addr("nobody")}
	_, err := f.claim(stranger, f.deposit(2, usdcAddr, sdkmath.NewInt(1), bob))
	f.refused(before, err, types.ErrNotOrchestrator)
	// out of order
	_, err = f.claim(v0, f.deposit(3, usdcAddr, sdkmath.NewInt(1), bob))
	f.refused(before, err, types.ErrNonContiguousEventNonce)
	// malformed
	_, err = f.claim(v0, f.deposit(2, "0xnope", sdkmath.NewInt(1), bob))
	f.refused(before, err, types.ErrInvalidClaim)
	_, err = f.claim(v0, f.deposit(2, usdcAddr, sdkmath.ZeroInt(), bob))
	f.refused(before, err, types.ErrInvalidClaim)

	good := f.deposit(2, usdcAddr, sdkmath.NewInt(1), bob)
	r, err := f.claim(v0, good)
	require.NoError(t, err)
	require.True(t, r.Observed)
	// replayed
	before = f.exportState()
	_, err = f.claim(v0, good)
	f.refused(before, err, types.ErrDuplicateClaim)
}

func TestConflictingClaimSlashes(t *testing.T) {
	f := setup(t)
	v1 := f.addValidator("v1", 100_000)
	f.register(f.vals[0])
	f.register(v1)
	f.endBlock()
	vs, err := f.k.Valsets.Get(f.ctx, 1)
	require.NoError(t, err)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.valsetUpdated(n, 1, vs.Members) })

	bob := addr("bob").String()
	// v1 (small) claims event 2; not observed alone
	r, err := f.claim(v1, f.deposit(2, usdcAddr, sdkmath.NewInt(1), bob))
	require.NoError(t, err)
	require.False(t, r.Observed)
	// then a different claim for the same nonce: slashed and jailed, no error, vote unchanged
	valAddr, _ := sdk.ValAddressFromBech32(v1.valoper)
	tokensBefore, _ := f.app.StakingKeeper.GetValidator(f.ctx, valAddr)
	attsBefore := f.exportState().Attestations
	r, err = f.claim(v1, f.deposit(2, usdcAddr, sdkmath.NewInt(999), bob))
	require.NoError(t, err)
	require.True(t, r.Conflicting)
	after, _ := f.app.StakingKeeper.GetValidator(f.ctx, valAddr)
	require.True(t, after.IsJailed())
	require.True(t, after.Tokens.LT(tokensBefore.Tokens))
	require.Equal(t, attsBefore, f.exportState().Attestations)
	slashed := false
	for _, e := range f.ctx.EventManager().Events() {
		if e.Type == "btt.bridge.v1.EventOrchestratorSlashed" {
			slashed = true
		}
	}
	require.True(t, slashed)
	f.allInvariants()
	// a jailed validator's orchestrator may not claim
	before := f.exportState()
	_, err = f.claim(v1, f.deposit(3, usdcAddr, sdkmath.NewInt(1), bob))
	f.refused(before, err, types.ErrValidatorNotBonded)
}

func TestQuorum(t *testing.T) {
	f := setup(t)
	v1 := f.addValidator("v1", 1_000_000)
	f.register(f.vals[0])
	f.register(v1)
	f.endBlock()
	vs, _ := f.k.Valsets.Get(f.ctx, 1)
	c := f.valsetUpdated(1, 1, vs.Members)
	r, err := f.claim(f.vals[0], c)
	require.NoError(t, err)
	require.False(t, r.Observed) // half the power
	require.Equal(t, uint64(0), f.lastObserved())
	// v0 runs ahead: event 2 is not applied before event 1
	bob := addr("bob")
	d := f.deposit(2, usdcAddr, sdkmath.NewInt(5), bob.String())
	_, err = f.claim(f.vals[0], d)
	require.NoError(t, err)
	r, err = f.claim(v1, c)
	require.NoError(t, err)
	require.True(t, r.Observed)
	require.Equal(t, uint64(1), f.lastObserved())
	require.True(t, f.balance(bob, types.VoucherDenom(usdcAddr)).IsZero())
	_, err = f.claim(v1, d)
	require.NoError(t, err)
	require.Equal(t, uint64(2), f.lastObserved())
	require.Equal(t, sdkmath.NewInt(5), f.balance(bob, types.VoucherDenom(usdcAddr)))
}

func TestMissedConfirmSlashing(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.SignedWindowBlocks = 3
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	v1 := f.addValidator("v1", 100_000)
	f.register(f.vals[0])
	f.register(v1)
	f.endBlock() // valset 1 at this height
	v0 := f.vals[0]
	_, err = f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 1, EthSigner: v0.ethAddr, Signature: sign(v0.eth, f.valsetCheckpoint(1))})
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		f.endBlock()
	}
	a0, _ := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(v0.operator))
	a1, _ := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(v1.operator))
	require.False(t, a0.IsJailed())
	require.True(t, a1.IsJailed())
	f.allInvariants()
}

func TestGenesisRoundTrip(t *testing.T) {
	f := setup(t)
	f.bootstrap()
	alice := addr("alice")
	f.fund(alice, bttAmt(100))
	for i := 0; i < 3; i++ {
		_, err := f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
			Amount: sdk.NewCoin("abtt", bttAmt(10)), BridgeFee: sdk.NewCoin("abtt", bttAmt(int64(i)))})
		require.NoError(t, err)
	}
	_, err := f.ms.RequestBatch(f.ctx, &types.MsgRequestBatch{Sender: alice.String(), Denom: "abtt"})
	require.NoError(t, err)
	_, err = f.ms.SendToEthereum(f.ctx, &types.MsgSendToEthereum{Sender: alice.String(), EthDestination: ethUser,
		Amount: sdk.NewCoin("abtt", bttAmt(1)), BridgeFee: sdk.NewCoin("abtt", sdkmath.ZeroInt())})
	require.NoError(t, err)
	v0 := f.vals[0]
	_, err = f.ms.ConfirmValset(f.ctx, &types.MsgConfirmValset{Orchestrator: v0.orch.String(), Nonce: 1, EthSigner: v0.ethAddr, Signature: sign(v0.eth, f.valsetCheckpoint(1))})
	require.NoError(t, err)
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(3), "bad") })
	require.NoError(t, f.k.AutoBatch(f.ctx)) // wBTT looked at (busy): the cursor is set
	gs := f.exportState()
	require.NoError(t, gs.Validate())
	require.Len(t, gs.PendingTransfers, 1)
	require.Len(t, gs.Batches, 1)
	require.Len(t, gs.UnclaimableDeposits, 1)
	require.Equal(t, wbttAddr, gs.AutoBatchCursor)
	require.Equal(t, f.ctx.BlockTime().UTC(), gs.LastObservedEthereumHeightTime)

	g := setup(t)
	require.NoError(t, g.k.InitGenesis(g.ctx, *gs))
	require.Equal(t, gs, g.exportState())

	bad := *gs
	bad.NextTransferId = 1
	require.Error(t, bad.Validate())
	bad = *gs
	bad.AutoBatchCursor = "0x12"
	require.Error(t, bad.Validate())
	require.NoError(t, types.DefaultGenesis().Validate())
}

var _ = keeper.SetOrchestratorDigest
