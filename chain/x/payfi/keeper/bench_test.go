package keeper_test

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	sdk "github.com/cosmos/cosmos-sdk/types"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// deliverBench is make bench-payfi's two workloads in one process: blocks of signed txs through
// FinalizeBlock and Commit (ante handler, signature checks, messages, events, IAVL commit), bank
// sends between `senders` accounts (a ring) or payments of one's own open invoice by `senders`
// payers to 10 merchants.
type deliverBench struct {
	f       *fixture
	height  int64
	tm      time.Time
	privs   []cryptotypes.PrivKey
	addrs   []sdk.AccAddress
	accNums []uint64
	seqs    []uint64
	rnd     *rand.Rand
	gasUsed int64
}

func newDeliverBench(tb testing.TB, senders int) *deliverBench {
	f := setup(tb)
	b := &deliverBench{f: f, height: 2, tm: f.ctx.BlockTime(), rnd: rand.New(rand.NewSource(1))}
	for i := 0; i < senders; i++ {
		pk := secp256k1.GenPrivKeyFromSecret([]byte(fmt.Sprintf("bench-sender-%d", i)))
		a := sdk.AccAddress(pk.PubKey().Address())
		f.fund(a, btt(1_000))
		b.privs, b.addrs = append(b.privs, pk), append(b.addrs, a)
		b.accNums = append(b.accNums, f.app.AccountKeeper.GetAccount(f.ctx, a).GetAccountNumber())
		b.seqs = append(b.seqs, 0)
	}
	b.commit(nil)
	return b
}

// commit finalizes and commits a block of txs and checks that every tx succeeded.
func (b *deliverBench) commit(txs [][]byte) {
	b.tm = b.tm.Add(time.Second)
	res, err := b.f.app.FinalizeBlock(&abci.RequestFinalizeBlock{Height: b.height, Time: b.tm, Txs: txs})
	require.NoError(b.f.t, err)
	for _, r := range res.TxResults {
		require.Equal(b.f.t, uint32(0), r.Code, r.Log)
		b.gasUsed += r.GasUsed
	}
	_, err = b.f.app.Commit()
	require.NoError(b.f.t, err)
	b.height++
	b.f.ctx = b.f.app.NewUncachedContext(false, b.f.ctx.BlockHeader()).WithBlockHeight(b.height).WithBlockTime(b.tm)
}

// sign returns sender j's next tx carrying msg.
func (b *deliverBench) sign(j int, msg sdk.Msg) []byte {
	txCfg := b.f.app.TxConfig()
	const gas = 300_000
	fee := sdk.NewCoins(sdk.NewCoin("abtt", sdkmath.NewInt(gas*1_000_000_000)))
	tx, err := simtestutil.GenSignedMockTx(b.rnd, txCfg, []sdk.Msg{msg}, fee, gas, testChainID,
		[]uint64{b.accNums[j]}, []uint64{b.seqs[j]}, b.privs[j])
	require.NoError(b.f.t, err)
	b.seqs[j]++
	bz, err := txCfg.TxEncoder()(tx)
	require.NoError(b.f.t, err)
	return bz
}

const benchBlockTxs = 300

// BenchmarkDeliver compares a bank send with an invoice payment, per tx, through FinalizeBlock +
// Commit. Run: go test ./x/payfi/keeper -run '^$' -bench Deliver -benchtime 6x
func BenchmarkDeliver(b *testing.B) {
	b.Run("MsgSend", func(b *testing.B) {
		d := newDeliverBench(b, 100)
		blocks := make([][][]byte, b.N)
		for n := range blocks {
			for i := 0; i < benchBlockTxs; i++ {
				j := (n*benchBlockTxs + i) % len(d.addrs)
				to := d.addrs[(j+1+n)%len(d.addrs)]
				blocks[n] = append(blocks[n], d.sign(j, banktypes.NewMsgSend(d.addrs[j], to, sdk.NewCoins(sdk.NewCoin("abtt", sdkmath.NewInt(1000))))))
			}
		}
		d.gasUsed = 0
		b.ResetTimer()
		for n := 0; n < b.N; n++ {
			d.commit(blocks[n])
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchBlockTxs), "ns/tx")
		b.ReportMetric(float64(d.gasUsed)/float64(b.N*benchBlockTxs), "gas/tx")
	})
	b.Run("MsgPayInvoice", func(b *testing.B) {
		d := newDeliverBench(b, 60)
		f := d.f
		merchants := make([]sdk.AccAddress, 10)
		for i := range merchants {
			merchants[i] = f.merchant(fmt.Sprintf("bench-merchant-%d", i))
		}
		amt := sdkmath.NewIntWithDecimal(1, 16)
		ids := make([]uint64, 0, b.N*benchBlockTxs)
		for i := 0; i < b.N*benchBlockTxs; i++ {
			ids = append(ids, f.invoice(merchants[i%len(merchants)], amt, fmt.Sprintf("bench-%d", i)))
		}
		d.commit(nil)
		blocks := make([][][]byte, b.N)
		for n := range blocks {
			for i := 0; i < benchBlockTxs; i++ {
				j := (n*benchBlockTxs + i) % len(d.addrs)
				blocks[n] = append(blocks[n], d.sign(j, &types.MsgPayInvoice{Payer: d.addrs[j].String(), InvoiceId: ids[n*benchBlockTxs+i], Amount: amt, Denom: "abtt"}))
			}
		}
		d.gasUsed = 0
		b.ResetTimer()
		for n := 0; n < b.N; n++ {
			d.commit(blocks[n])
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchBlockTxs), "ns/tx")
		b.ReportMetric(float64(d.gasUsed)/float64(b.N*benchBlockTxs), "gas/tx")
	})
}

// storeOps counts a message's KV store operations and their gas by kind (ReadFlat, ReadPerByte,
// WriteFlat, WritePerByte, Has, IterNextFlat, …): the gas breakdown of make bench-payfi's two messages.
type storeOps struct {
	storetypes.GasMeter
	count map[string]int
	gas   map[string]storetypes.Gas
}

func (m *storeOps) ConsumeGas(amount storetypes.Gas, descriptor string) {
	m.count[descriptor]++
	m.gas[descriptor] += amount
	m.GasMeter.ConsumeGas(amount, descriptor)
}

// BenchmarkStoreOps reports, per message (the message alone, no ante handler), its store reads and
// writes and their gas. Run: go test ./x/payfi/keeper -run '^$' -bench StoreOps -benchtime 1x
func BenchmarkStoreOps(b *testing.B) {
	f := setup(b)
	m := f.merchant("ops-merchant")
	payer, to := addr("ops-payer"), addr("ops-to")
	f.fund(payer, btt(100))
	f.fund(to, btt(1))
	f.fund(m, btt(1)) // a merchant with an account, as in make bench-payfi
	amt := sdkmath.NewIntWithDecimal(1, 16)
	report := func(b *testing.B, run func(ctx sdk.Context) error) {
		for n := 0; n < b.N; n++ {
			ops := &storeOps{GasMeter: storetypes.NewInfiniteGasMeter(), count: map[string]int{}, gas: map[string]storetypes.Gas{}}
			ctx, _ := f.ctx.CacheContext()
			require.NoError(b, run(ctx.WithGasMeter(ops).WithEventManager(sdk.NewEventManager())))
			if n == 0 {
				for k, c := range ops.count {
					b.ReportMetric(float64(c), k+"-ops")
					b.ReportMetric(float64(ops.gas[k]), k+"-gas")
				}
				b.ReportMetric(float64(ops.GasConsumed()), "gas")
			}
		}
	}
	b.Run("MsgSend", func(b *testing.B) {
		bms := bankkeeper.NewMsgServerImpl(f.app.BankKeeper)
		report(b, func(ctx sdk.Context) error {
			_, err := bms.Send(ctx, banktypes.NewMsgSend(payer, to, sdk.NewCoins(sdk.NewCoin("abtt", sdkmath.NewInt(1000)))))
			return err
		})
	})
	b.Run("MsgPayInvoice", func(b *testing.B) {
		id := f.invoice(m, amt, "ops-1")
		report(b, func(ctx sdk.Context) error {
			_, err := f.ms.PayInvoice(ctx, &types.MsgPayInvoice{Payer: payer.String(), InvoiceId: id, Amount: amt, Denom: "abtt"})
			return err
		})
	})
}
