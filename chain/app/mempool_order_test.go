package app_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"time"

	abcicli "github.com/cometbft/cometbft/abci/client"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/config"
	cmtsync "github.com/cometbft/cometbft/libs/sync"
	"github.com/cometbft/cometbft/mempool"
	"github.com/cometbft/cometbft/proxy"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"
)

// seqApp checks a tx [sender, sequence] like the SDK's ante handler checks an account's sequence: it
// must be the sender's next one, and a passing check advances the check state.
type seqApp struct {
	abci.BaseApplication
	mu   sync.Mutex
	next map[byte]byte
}

func (a *seqApp) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	sender, seq := req.Tx[0], req.Tx[1]
	if seq != a.next[sender] {
		return &abci.ResponseCheckTx{Code: 32, Log: "account sequence mismatch"}, nil
	}
	a.next[sender]++
	return &abci.ResponseCheckTx{Code: abci.CodeTypeOK}, nil
}

func (a *seqApp) checked(sender byte) byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.next[sender]
}

// pauseAfterCheck lets the goroutine that carries `hold` be descheduled right after the app has checked
// it and before the mempool appends it to its list (what a busy machine does to it at random).
type pauseAfterCheck struct {
	proxy.AppConnMempool
	hold    []byte
	release chan struct{}
}

func (c *pauseAfterCheck) CheckTxAsync(ctx context.Context, req *abci.RequestCheckTx) (*abcicli.ReqRes, error) {
	rr, err := c.AppConnMempool.CheckTxAsync(ctx, req)
	if bytes.Equal(req.Tx, c.hold) {
		<-c.release
	}
	return rr, err
}

// TestCometMempoolCanListAnAccountsTxsOutOfOrder reproduces the cause of the in-block "account sequence
// mismatch" failures under load with CometBFT's own CListMempool and local ABCI client (as bttd runs
// them): the app checks tx n, then tx n+1 relayed by another peer, in order, but the mempool appends a
// checked tx to its list only after the client's mutex is released, so the goroutine carrying n can
// append it after n+1. The proposer reaps the list in that order (n+1 first: it fails in the block),
// which the app's PrepareProposal (NonceOrderedPrepareProposal) puts right.
func TestCometMempoolCanListAnAccountsTxsOutOfOrder(t *testing.T) {
	app := &seqApp{next: map[byte]byte{}}
	conn := proxy.NewAppConnMempool(abcicli.NewLocalClient(new(cmtsync.Mutex), app), proxy.NopMetrics())
	txN, txN1 := []byte{7, 0}, []byte{7, 1}
	paused := &pauseAfterCheck{AppConnMempool: conn, hold: txN, release: make(chan struct{})}
	mp := mempool.NewCListMempool(config.TestMempoolConfig(), paused, 1)

	done := make(chan error, 1)
	go func() { done <- mp.CheckTx(txN, nil, mempool.TxInfo{SenderID: 1}) }() // from the account's own validator
	require.Eventually(t, func() bool { return app.checked(7) == 1 }, 5*time.Second, time.Millisecond, "the app checks n first")
	require.NoError(t, mp.CheckTx(txN1, nil, mempool.TxInfo{SenderID: 2})) // relayed by a third validator
	close(paused.release)
	require.NoError(t, <-done)

	require.Equal(t, 2, mp.Size(), "both txs passed CheckTx")
	require.Equal(t, cmttypes.Txs{txN1, txN}, mp.ReapMaxTxs(-1), "the mempool lists n+1 before n")
}
