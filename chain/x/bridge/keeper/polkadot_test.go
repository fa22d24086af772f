package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

func TestSetPolkadotOrchestrator(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	v1 := f.addValidator("v1", 100_000)
	before := f.exportState()

	// bad proof: signed for another validator, or by another key
	m := f.setDotMsg(v0, "v0")
	m.Proof = f.setDotMsg(v1, "v0").Proof
	_, err := f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotKey)
	m = f.setDotMsg(v0, "v0")
	m.Proof = f.setDotMsg(v0, "other").Proof
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotKey)
	m = f.setDotMsg(v0, "v0")
	m.Proof = m.Proof[:64]
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotKey)
	// account that is not blake2b_256(public_key)
	m = f.setDotMsg(v0, "v0")
	m.PolkadotAccount = dotAccount("v1")
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotKey)
	// malformed account, sr25519, a short key
	m = f.setDotMsg(v0, "v0")
	m.PolkadotAccount = "0x1234"
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotAddress)
	m = f.setDotMsg(v0, "v0")
	m.KeyType = "sr25519"
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotKey)
	m = f.setDotMsg(v0, "v0")
	m.PublicKey = m.PublicKey[1:]
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidPolkadotKey)
	// not a validator
	m = f.setDotMsg(&val{valoper: sdk.ValAddress(addr("nobody")).String(), orch: addr("x")}, "v0")
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrNotValidator)
	// no Ethereum registration and no orchestrator given
	m = f.setDotMsg(v0, "v0")
	m.Orchestrator = ""
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidRequest)

	// valid: the validator's last Polkadot event nonce starts at the last observed one (0)
	f.registerDot(v0, "v0")
	r, err := f.q.PolkadotOrchestrators(f.ctx, &types.QueryPolkadotOrchestratorsRequest{})
	require.NoError(t, err)
	require.Len(t, r.Orchestrators, 1)
	require.Equal(t, dotAccount("v0"), r.Orchestrators[0].PolkadotAccount)
	require.Equal(t, v0.orch.String(), r.Orchestrators[0].Orchestrator)
	n, err := f.q.PolkadotLastEventNonce(f.ctx, &types.QueryPolkadotLastEventNonceRequest{Address: v0.orch.String()})
	require.NoError(t, err)
	require.Zero(t, n.EventNonce)

	// duplicate key, or the orchestrator account of another validator
	before = f.exportState()
	m = f.setDotMsg(v1, "v0")
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrOrchestratorInUse)
	m = f.setDotMsg(v1, "v1")
	m.Orchestrator = v0.orch.String()
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrOrchestratorInUse)
	// With an Ethereum registration the orchestrator must be that one's.
	f.register(v1)
	before = f.exportState()
	m = f.setDotMsg(v1, "v1")
	m.Orchestrator = addr("elsewhere").String()
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	f.refused(before, err, types.ErrInvalidRequest)
	m.Orchestrator = ""
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, m)
	require.NoError(t, err)
	// The Ethereum registration cannot take another validator's Polkadot orchestrator account ...
	before = f.exportState()
	v1.orch = v0.orch
	_, err = f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(v1))
	f.refused(before, err, types.ErrOrchestratorInUse)
	// ... and rotating it moves the Polkadot registration along.
	v1.orch = addr("v1-rotated")
	_, err = f.ms.SetOrchestrator(f.ctx, f.setOrchMsg(v1))
	require.NoError(t, err)
	o, err := f.k.Polkadot.Orchestrators.Get(f.ctx, v1.valoper)
	require.NoError(t, err)
	require.Equal(t, v1.orch.String(), o.Orchestrator)

	// rotation of the Polkadot key itself is allowed
	f.registerDot(v0, "v0-new")
	o, err = f.k.Polkadot.Orchestrators.Get(f.ctx, v0.valoper)
	require.NoError(t, err)
	require.Equal(t, dotAccount("v0-new"), o.PolkadotAccount)
}

func TestPolkadotSetOrchestratorNeedsBridgeID(t *testing.T) {
	f := setup(t)
	p := f.k.GetParams(f.ctx)
	p.BridgeId = ""
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	before := f.exportState()
	_, err = f.ms.SetPolkadotOrchestrator(f.ctx, f.setDotMsg(f.vals[0], "v0"))
	f.refused(before, err, types.ErrBridgeNotConfigured)
}

func TestPolkadotCustodyAndMigration(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	// A big validator without a Polkadot key: the keyed power is under 2/3, no custody.
	big := f.addValidator("big", 3_000_000)
	f.registerDot(v0, "v0")
	f.endBlock()
	_, err := f.q.PolkadotCustody(f.ctx, &types.QueryPolkadotCustodyRequest{})
	require.ErrorIs(t, err, types.ErrPolkadotCustodyNotFound)
	f.registerDot(big, "big")
	f.endBlock()
	c1 := f.custody(0)
	require.Equal(t, uint64(1), c1.Id)
	require.Len(t, c1.Members, 2)
	require.Equal(t, uint32(2), c1.Threshold)
	a0, _ := types.ParsePolkadotAccount(dotAccount("v0"))
	ab, _ := types.ParsePolkadotAccount(dotAccount("big"))
	require.Equal(t, types.AccountHex(types.MultisigAccount([][32]byte{a0, ab}, 2)), c1.Account)
	// nothing changes: no new custody
	f.endBlock()
	require.Equal(t, uint64(1), f.custody(0).Id)

	// a deposit into custody 1 (both attest)
	user := addr("dot-user")
	for _, v := range []*val{v0, big} {
		_, err := f.dotDeposit(v, 1, 1, wnd(2000), user.String())
		require.NoError(t, err)
	}
	require.Equal(t, wnd(2000), f.wndBalance(user))
	f.checkDot()

	// a third validator registers: custody 2 (3 members, threshold 2) and a migration of custody 1's funds
	v2 := f.addValidator("v2", 500_000)
	f.registerDot(v2, "v2")
	f.endBlock()
	c2 := f.custody(0)
	require.Equal(t, uint64(2), c2.Id)
	require.Len(t, c2.Members, 3)
	require.Equal(t, uint32(2), c2.Threshold)
	pend, err := f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
	require.NoError(t, err)
	require.Len(t, pend.Withdrawals, 1)
	mig := pend.Withdrawals[0]
	require.Equal(t, types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_MIGRATION, mig.Kind)
	require.Equal(t, c2.Account, mig.DestinationAccount)
	require.Equal(t, uint64(1), mig.CustodyId)
	require.Equal(t, uint64(2), mig.ToCustodyId)
	require.True(t, wnd(2000).Equal(mig.Amount))
	// no second migration while one is pending
	f.endBlock()
	pend, _ = f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
	require.Len(t, pend.Withdrawals, 1)
	// while custody 1's funds migrate, a withdrawal cannot be paid
	before := f.exportState()
	_, err = f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: sdk.NewCoin(types.PolkadotVoucherDenom, wnd(100))})
	f.refused(before, err, types.ErrPolkadotCustodyFunds)

	// the migration executes (v2 not yet voting: v0 + big hold > 2/3)
	for _, v := range []*val{v0, big} {
		_, err := f.dotExecuted(v, 2, mig.Id, true)
		require.NoError(t, err)
	}
	require.True(t, f.custody(1).Balance.IsZero())
	require.True(t, wnd(2000).Equal(f.custody(2).Balance))
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED, f.withdrawal(mig.Id).Status)
	f.checkDot()
	f.endBlock()
	pend, _ = f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
	require.Empty(t, pend.Withdrawals)
	all, err := f.q.PolkadotCustodies(f.ctx, &types.QueryPolkadotCustodiesRequest{})
	require.NoError(t, err)
	require.Len(t, all.Custodies, 2)
	// v2's late joining nonce is the last observed before it registered (1)
	n, err := f.q.PolkadotLastEventNonce(f.ctx, &types.QueryPolkadotLastEventNonceRequest{Address: v2.valoper})
	require.NoError(t, err)
	require.Equal(t, uint64(1), n.EventNonce)
	require.Equal(t, uint64(2), n.LastObservedEventNonce)
}

func TestPolkadotDepositWithdrawRoundTrip(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	c := f.dotBootstrap()
	require.Equal(t, uint32(1), c.Threshold)
	user := addr("dot-user")

	r, err := f.dotDeposit(v0, 1, c.Id, wnd(1500), user.String())
	require.NoError(t, err)
	require.True(t, r.Observed)
	require.Equal(t, wnd(1500), f.wndBalance(user))
	md, ok := f.app.BankKeeper.GetDenomMetaData(f.ctx, types.PolkadotVoucherDenom)
	require.True(t, ok)
	require.Equal(t, "WND", md.Display)
	require.Equal(t, uint32(12), md.DenomUnits[1].Exponent)
	f.checkDot()

	// send 1 WND back to //Alice
	res, err := f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58,
		Amount: sdk.NewCoin(types.PolkadotVoucherDenom, wnd(1000))})
	require.NoError(t, err)
	require.Equal(t, c.Id, res.CustodyId)
	w := f.withdrawal(res.WithdrawalId)
	require.Equal(t, aliceAccountHex, w.DestinationAccount)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING, w.Status)
	require.Equal(t, w.CreatedHeight+600, w.TimeoutHeight)
	require.Equal(t, wnd(500), f.wndBalance(user))
	require.True(t, wnd(500).Equal(f.app.BankKeeper.GetSupply(f.ctx, types.PolkadotVoucherDenom).Amount))
	f.checkDot()

	// executed
	r, err = f.dotExecuted(v0, 2, w.Id, true)
	require.NoError(t, err)
	require.True(t, r.Observed)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED, f.withdrawal(w.Id).Status)
	require.True(t, wnd(500).Equal(f.custody(0).Balance))
	st, err := f.q.PolkadotBridgeState(f.ctx, &types.QueryPolkadotBridgeStateRequest{})
	require.NoError(t, err)
	require.True(t, wnd(1500).Equal(st.State.Totals.Credited))
	require.True(t, wnd(1000).Equal(st.State.Totals.Executed))
	require.True(t, st.PendingWithdrawals.IsZero())
	f.checkDot()
	f.allInvariants()

	// a second executed claim for the same withdrawal (a new event): observed, changes nothing else
	before := f.k.PolkadotTotals(f.ctx)
	bal := f.wndBalance(user)
	r, err = f.dotExecuted(v0, 3, w.Id, false)
	require.NoError(t, err)
	require.True(t, r.Observed)
	require.Equal(t, before, f.k.PolkadotTotals(f.ctx))
	require.Equal(t, bal, f.wndBalance(user))
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED, f.withdrawal(w.Id).Status)
	// an executed claim of an unknown withdrawal: likewise
	_, err = f.dotExecuted(v0, 4, 99, true)
	require.NoError(t, err)
	require.Equal(t, before, f.k.PolkadotTotals(f.ctx))
	// a deposit to an unknown custody: observed, nothing credited
	_, err = f.dotDeposit(v0, 5, 7, wnd(10), user.String())
	require.NoError(t, err)
	require.Equal(t, bal, f.wndBalance(user))
	require.Equal(t, before, f.k.PolkadotTotals(f.ctx))
	f.checkDot()
}

func TestPolkadotClaimBadInput(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	c := f.dotBootstrap()
	v1 := f.addValidator("v1", 1_000_000) // v0 alone now holds 1/2 of the power
	f.registerDot(v1, "v1")
	user := addr("dot-user")
	before := f.exportState()

	// forged: not an orchestrator (v1's operator account), an Ethereum-only account, a bad address
	_, err := f.ms.PolkadotDepositClaim(f.ctx, &types.MsgPolkadotDepositClaim{Orchestrator: v1.operator.String(), EventNonce: 1,
		BlockNumber: 5, CustodyId: c.Id, Sender: dotSender, Amount: wnd(10), BttReceiver: user.String()})
	f.refused(before, err, types.ErrNotOrchestrator)
	_, err = f.ms.PolkadotDepositClaim(f.ctx, &types.MsgPolkadotDepositClaim{Orchestrator: "btt1bad", EventNonce: 1,
		BlockNumber: 5, CustodyId: c.Id, Sender: dotSender, Amount: wnd(10), BttReceiver: user.String()})
	f.refused(before, err, types.ErrNotOrchestrator)
	// wrong nonce
	_, err = f.dotDeposit(v0, 2, c.Id, wnd(10), user.String())
	f.refused(before, err, types.ErrNonContiguousEventNonce)
	// bad shape: zero amount, bad sender, no block, no custody, withdrawal 0
	for _, m := range []*types.MsgPolkadotDepositClaim{
		{EventNonce: 1, BlockNumber: 5, CustodyId: c.Id, Sender: dotSender, Amount: sdkmath.ZeroInt()},
		{EventNonce: 1, BlockNumber: 5, CustodyId: c.Id, Sender: "0x12", Amount: wnd(1)},
		{EventNonce: 1, BlockNumber: 0, CustodyId: c.Id, Sender: dotSender, Amount: wnd(1)},
		{EventNonce: 1, BlockNumber: 5, CustodyId: 0, Sender: dotSender, Amount: wnd(1)},
	} {
		m.Orchestrator = v0.orch.String()
		_, err = f.ms.PolkadotDepositClaim(f.ctx, m)
		f.refused(before, err, types.ErrInvalidClaim)
	}
	_, err = f.dotExecuted(v0, 1, 0, true)
	f.refused(before, err, types.ErrInvalidClaim)

	// under the threshold: v0's vote alone (1/2 of the power) observes nothing
	r, err := f.dotDeposit(v0, 1, c.Id, wnd(10), user.String())
	require.NoError(t, err)
	require.False(t, r.Observed)
	require.True(t, f.wndBalance(user).IsZero())
	// the same claim again
	before = f.exportState()
	_, err = f.dotDeposit(v0, 1, c.Id, wnd(10), user.String())
	f.refused(before, err, types.ErrDuplicateClaim)
	// v1 attests a different claim (forged amount): no quorum for either
	r, err = f.dotDeposit(v1, 1, c.Id, wnd(10_000), user.String())
	require.NoError(t, err)
	require.False(t, r.Observed)
	require.True(t, f.wndBalance(user).IsZero())
	require.True(t, f.app.BankKeeper.GetSupply(f.ctx, types.PolkadotVoucherDenom).Amount.IsZero())
	f.checkDot()

	// v0 attesting another claim for nonce 1 conflicts: slashed and jailed, no error
	r, err = f.dotDeposit(v0, 1, c.Id, wnd(11), user.String())
	require.NoError(t, err)
	require.True(t, r.Conflicting)
	v, err := f.app.StakingKeeper.GetValidator(f.ctx, sdk.ValAddress(v0.operator))
	require.NoError(t, err)
	require.True(t, v.IsJailed())
	// a jailed validator's claims are refused
	before = f.exportState()
	_, err = f.dotDeposit(v0, 2, c.Id, wnd(10), user.String())
	f.refused(before, err, types.ErrValidatorNotBonded)
}

func TestSendToPolkadotBadInput(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	user := addr("dot-user")
	coin := func(a sdkmath.Int) sdk.Coin { return sdk.NewCoin(types.PolkadotVoucherDenom, a) }
	// no custody yet
	before := f.exportState()
	_, err := f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: coin(wnd(100))})
	f.refused(before, err, types.ErrPolkadotCustodyNotFound)

	c := f.dotBootstrap()
	_, err = f.dotDeposit(v0, 1, c.Id, wnd(100), user.String())
	require.NoError(t, err)
	before = f.exportState()
	for _, tc := range []struct {
		msg  *types.MsgSendToPolkadot
		want error
	}{
		// invalid SS58: a changed character (checksum), a BTT address, hex
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: "5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9Y", Amount: coin(wnd(50))}, types.ErrInvalidPolkadotAddress},
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: user.String(), Amount: coin(wnd(50))}, types.ErrInvalidPolkadotAddress},
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceAccountHex, Amount: coin(wnd(50))}, types.ErrInvalidPolkadotAddress},
		// below the existential deposit (10^10 planck)
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: coin(sdkmath.NewInt(9_999_999_999))}, types.ErrBelowExistentialDeposit},
		// another denom
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: sdk.NewCoin("abtt", wnd(50))}, types.ErrUnknownDenom},
		// more than the sender holds
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: coin(wnd(100).AddRaw(1))}, types.ErrPolkadotCustodyFunds},
		{&types.MsgSendToPolkadot{Sender: addr("poor").String(), Destination: aliceSS58, Amount: coin(wnd(50))}, types.ErrInsufficientFunds},
		// it would leave dust below the existential deposit in the custody
		{&types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: coin(wnd(100).SubRaw(1))}, types.ErrPolkadotCustodyFunds},
	} {
		_, err := f.ms.SendToPolkadot(f.ctx, tc.msg)
		require.ErrorIs(t, err, tc.want, "%+v", tc.msg)
		require.Equal(t, before, f.exportState())
	}
	// exactly the ED is fine, and so is all of the rest
	_, err = f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: coin(sdkmath.NewInt(10_000_000_000))})
	require.NoError(t, err)
	_, err = f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58, Amount: coin(f.wndBalance(user))})
	require.NoError(t, err)
	require.True(t, f.wndBalance(user).IsZero())
	f.checkDot()
}

func TestPolkadotRefunds(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	p := f.k.GetParams(f.ctx)
	p.Polkadot.WithdrawalTimeoutBlocks = 3
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	c := f.dotBootstrap()
	user := addr("dot-user")
	_, err = f.dotDeposit(v0, 1, c.Id, wnd(100), user.String())
	require.NoError(t, err)
	send := func(a sdkmath.Int) uint64 {
		r, err := f.ms.SendToPolkadot(f.ctx, &types.MsgSendToPolkadot{Sender: user.String(), Destination: aliceSS58,
			Amount: sdk.NewCoin(types.PolkadotVoucherDenom, a)})
		require.NoError(t, err)
		return r.WithdrawalId
	}

	// failure claim: refunded
	w1 := send(wnd(30))
	require.Equal(t, wnd(70), f.wndBalance(user))
	_, err = f.dotExecuted(v0, 2, w1, false)
	require.NoError(t, err)
	require.Equal(t, wnd(100), f.wndBalance(user))
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_FAILED, f.withdrawal(w1).Status)
	require.True(t, wnd(100).Equal(f.custody(0).Balance))
	f.checkDot()

	// timeout: refunded at timeout_height
	w2 := send(wnd(40))
	timeout := f.withdrawal(w2).TimeoutHeight
	for f.ctx.BlockHeight() < timeout {
		require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_PENDING, f.withdrawal(w2).Status)
		f.endBlock()
	}
	f.endBlock()
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT, f.withdrawal(w2).Status)
	require.Equal(t, wnd(100), f.wndBalance(user))
	f.checkDot()
	f.allInvariants()

	// a success claim after the refund: recorded, the custody paid it, counted as overdrawn; the invariant holds
	_, err = f.dotExecuted(v0, 3, w2, true)
	require.NoError(t, err)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT, f.withdrawal(w2).Status)
	require.True(t, wnd(40).Equal(f.k.PolkadotTotals(f.ctx).Overdrawn))
	require.True(t, wnd(60).Equal(f.custody(0).Balance))
	f.checkDot()
}

func TestPolkadotUnclaimableDeposit(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	c := f.dotBootstrap()
	_, err := f.dotDeposit(v0, 1, c.Id, wnd(25), "not-a-btt-address")
	require.NoError(t, err)
	u, err := f.q.PolkadotUnclaimableDeposits(f.ctx, &types.QueryPolkadotUnclaimableDepositsRequest{})
	require.NoError(t, err)
	require.Len(t, u.Deposits, 1)
	require.True(t, f.app.BankKeeper.GetSupply(f.ctx, types.PolkadotVoucherDenom).Amount.IsZero())
	require.True(t, wnd(25).Equal(f.custody(0).Balance))
	f.checkDot()

	to := addr("rightful-owner")
	before := f.exportState()
	_, err = f.ms.ReleaseUnclaimablePolkadotDeposit(f.ctx, &types.MsgReleaseUnclaimablePolkadotDeposit{Authority: to.String(), EventNonce: 1, Receiver: to.String()})
	f.refused(before, err, types.ErrInvalidSigner)
	_, err = f.ms.ReleaseUnclaimablePolkadotDeposit(f.ctx, &types.MsgReleaseUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 2, Receiver: to.String()})
	f.refused(before, err, types.ErrUnclaimableNotFound)
	_, err = f.ms.ReleaseUnclaimablePolkadotDeposit(f.ctx, &types.MsgReleaseUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 1, Receiver: "btt1nope"})
	f.refused(before, err, types.ErrInvalidRequest)
	_, err = f.ms.ReleaseUnclaimablePolkadotDeposit(f.ctx, &types.MsgReleaseUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 1, Receiver: to.String()})
	require.NoError(t, err)
	require.Equal(t, wnd(25), f.wndBalance(to))
	u, _ = f.q.PolkadotUnclaimableDeposits(f.ctx, &types.QueryPolkadotUnclaimableDepositsRequest{})
	require.Empty(t, u.Deposits)
	f.checkDot()
}

// An unclaimable deposit is paid back to its Polkadot sender by a REFUND withdrawal that governance makes and the
// custody multisig pays like any other: held (still unclaimable) while it is pending, unclaimable again if it
// times out, gone once executed; the voucher and index invariants hold at every step.
func TestPolkadotUnclaimableDepositRefunded(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	c := f.dotBootstrap()
	_, err := f.dotDeposit(v0, 1, c.Id, wnd(25), "not-a-btt-address")
	require.NoError(t, err)
	f.checkDot()

	before := f.exportState()
	_, err = f.ms.RefundUnclaimablePolkadotDeposit(f.ctx, &types.MsgRefundUnclaimablePolkadotDeposit{Authority: addr("anyone").String(), EventNonce: 1})
	f.refused(before, err, types.ErrInvalidSigner)
	_, err = f.ms.RefundUnclaimablePolkadotDeposit(f.ctx, &types.MsgRefundUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 2})
	f.refused(before, err, types.ErrUnclaimableNotFound)

	res, err := f.ms.RefundUnclaimablePolkadotDeposit(f.ctx, &types.MsgRefundUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 1})
	require.NoError(t, err)
	w := f.withdrawal(res.WithdrawalId)
	require.Equal(t, types.PolkadotWithdrawalKind_POLKADOT_WITHDRAWAL_KIND_REFUND, w.Kind)
	require.Equal(t, dotSender, w.DestinationAccount)
	_, acct, err := types.DecodeSS58(w.Destination)
	require.NoError(t, err)
	require.Equal(t, dotSender, types.AccountHex(acct))
	require.True(t, wnd(25).Equal(w.Amount))
	require.Equal(t, c.Id, w.CustodyId)
	require.Equal(t, uint64(1), w.RefundEventNonce)
	u, err := f.q.PolkadotUnclaimableDeposits(f.ctx, &types.QueryPolkadotUnclaimableDepositsRequest{})
	require.NoError(t, err)
	require.Len(t, u.Deposits, 1)
	require.Equal(t, res.WithdrawalId, u.Deposits[0].RefundWithdrawalId)
	f.checkDot()

	// while it is pending: neither a second refund nor a release to a BTT account
	before = f.exportState()
	_, err = f.ms.RefundUnclaimablePolkadotDeposit(f.ctx, &types.MsgRefundUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 1})
	f.refused(before, err, types.ErrInvalidRequest)
	_, err = f.ms.ReleaseUnclaimablePolkadotDeposit(f.ctx, &types.MsgReleaseUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 1, Receiver: addr("someone").String()})
	f.refused(before, err, types.ErrInvalidRequest)

	// timed out: unclaimable again, nothing minted, the custody still holds it
	for f.ctx.BlockHeight() <= w.TimeoutHeight {
		f.endBlock()
	}
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT, f.withdrawal(w.Id).Status)
	u, _ = f.q.PolkadotUnclaimableDeposits(f.ctx, &types.QueryPolkadotUnclaimableDepositsRequest{})
	require.Len(t, u.Deposits, 1)
	require.Zero(t, u.Deposits[0].RefundWithdrawalId)
	require.True(t, f.app.BankKeeper.GetSupply(f.ctx, types.PolkadotVoucherDenom).Amount.IsZero())
	require.True(t, wnd(25).Equal(f.custody(c.Id).Balance))
	f.checkDot()
	f.allInvariants()

	// refunded again, and executed: the deposit is paid back and leaves the books
	res2, err := f.ms.RefundUnclaimablePolkadotDeposit(f.ctx, &types.MsgRefundUnclaimablePolkadotDeposit{Authority: f.gov, EventNonce: 1})
	require.NoError(t, err)
	_, err = f.dotExecuted(v0, 2, res2.WithdrawalId, true)
	require.NoError(t, err)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED, f.withdrawal(res2.WithdrawalId).Status)
	u, _ = f.q.PolkadotUnclaimableDeposits(f.ctx, &types.QueryPolkadotUnclaimableDepositsRequest{})
	require.Empty(t, u.Deposits)
	require.True(t, f.custody(c.Id).Balance.IsZero())
	require.True(t, wnd(25).Equal(f.k.PolkadotTotals(f.ctx).Executed))
	f.checkDot()

	// the timed-out first refund executes late on Polkadot: the custody paid twice, counted openly as overdrawn
	_, err = f.dotExecuted(v0, 3, w.Id, true)
	require.NoError(t, err)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT, f.withdrawal(w.Id).Status)
	require.True(t, wnd(25).Equal(f.k.PolkadotTotals(f.ctx).Overdrawn))
	f.checkDot()
	f.allInvariants()
}

func TestPolkadotCheckpoints(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	p := f.k.GetParams(f.ctx)
	p.Polkadot.CheckpointBlocks, p.Polkadot.CheckpointsKept = 3, 2
	_, err := f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	c := f.dotBootstrap()
	_, err = f.dotDeposit(v0, 1, c.Id, wnd(5), addr("u").String())
	require.NoError(t, err)
	for i := 0; i < 10; i++ {
		f.endBlock()
	}
	r, err := f.q.PolkadotCheckpoints(f.ctx, &types.QueryPolkadotCheckpointsRequest{})
	require.NoError(t, err)
	require.Len(t, r.Checkpoints, 2)
	last := r.Checkpoints[1]
	require.Zero(t, last.Height%3)
	require.Equal(t, last.Height-3, r.Checkpoints[0].Height)
	h, err := last.State.Hash()
	require.NoError(t, err)
	require.Equal(t, h, last.BridgeStateHash)
	require.Equal(t, c.Account, last.State.CustodyAccount)
	require.True(t, wnd(5).Equal(last.State.VouchersOutstanding))
	require.Equal(t, uint64(1), last.State.LastObservedEventNonce)
	one, err := f.q.PolkadotCheckpoint(f.ctx, &types.QueryPolkadotCheckpointRequest{Height: last.Height})
	require.NoError(t, err)
	require.Equal(t, last, one.Checkpoint)
	_, err = f.q.PolkadotCheckpoint(f.ctx, &types.QueryPolkadotCheckpointRequest{Height: last.Height - 1})
	require.ErrorIs(t, err, types.ErrPolkadotCheckpointNotFound)
	// 0 turns them off
	p.Polkadot.CheckpointBlocks = 0
	_, err = f.ms.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.gov, Params: p})
	require.NoError(t, err)
	for i := 0; i < 4; i++ {
		f.endBlock()
	}
	r, _ = f.q.PolkadotCheckpoints(f.ctx, &types.QueryPolkadotCheckpointsRequest{})
	require.Equal(t, last, r.Checkpoints[1])

	// the whole Polkadot state survives an export/import round trip (genesis validates)
	gs := f.exportState()
	require.NoError(t, gs.Validate())
	require.NotEmpty(t, gs.Polkadot.Checkpoints)
	bz, err := f.app.AppCodec().MarshalJSON(gs)
	require.NoError(t, err)
	var back types.GenesisState
	require.NoError(t, f.app.AppCodec().UnmarshalJSON(bz, &back))
	require.NoError(t, back.Validate())
	bz2, err := f.app.AppCodec().MarshalJSON(&back)
	require.NoError(t, err)
	require.JSONEq(t, string(bz), string(bz2))
}

// The Ethereum and Polkadot claims have separate event-nonce sequences; a failed migration is made again.
func TestPolkadotNoncesSeparateAndMigrationRetry(t *testing.T) {
	f := setup(t)
	v0 := f.vals[0]
	f.bootstrap() // Ethereum event 1 observed
	c := f.dotBootstrap()
	user := addr("dot-user")
	r, err := f.dotDeposit(v0, 1, c.Id, wnd(300), user.String())
	require.NoError(t, err)
	require.True(t, r.Observed)
	require.Equal(t, uint64(1), f.lastObserved())
	f.claimAll(f.vals, func(n uint64) types.Claim { return f.deposit(n, usdcAddr, sdkmath.NewInt(7), user.String()) })
	require.Equal(t, uint64(2), f.lastObserved())
	n, err := f.q.PolkadotLastEventNonce(f.ctx, &types.QueryPolkadotLastEventNonceRequest{Address: v0.valoper})
	require.NoError(t, err)
	require.Equal(t, uint64(1), n.EventNonce)

	// rotate the key: custody 2 and a migration of custody 1's 0.3 WND
	f.registerDot(v0, "v0-rotated")
	f.endBlock()
	require.Equal(t, uint64(2), f.custody(0).Id)
	pend, err := f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
	require.NoError(t, err)
	require.Len(t, pend.Withdrawals, 1)
	m1 := pend.Withdrawals[0]
	// it fails on Polkadot: the funds stay in custody 1 and the next block makes the migration again
	_, err = f.dotExecuted(v0, 2, m1.Id, false)
	require.NoError(t, err)
	require.Equal(t, types.PolkadotWithdrawalStatus_POLKADOT_WITHDRAWAL_STATUS_FAILED, f.withdrawal(m1.Id).Status)
	require.True(t, wnd(300).Equal(f.custody(1).Balance))
	require.Equal(t, wnd(300), f.wndBalance(user)) // a migration refunds nobody
	f.checkDot()
	f.endBlock()
	pend, _ = f.q.PolkadotPendingWithdrawals(f.ctx, &types.QueryPolkadotPendingWithdrawalsRequest{})
	require.Len(t, pend.Withdrawals, 1)
	require.NotEqual(t, m1.Id, pend.Withdrawals[0].Id)
	require.True(t, wnd(300).Equal(pend.Withdrawals[0].Amount))
	f.checkDot()
	f.allInvariants()
}
