package app

import (
	"context"
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/mempool"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
)

// SequenceSource returns the next expected sequence of an account at the proposal's state
// (ok = false when the account does not exist yet).
type SequenceSource func(ctx context.Context, addr sdk.AccAddress) (seq uint64, ok bool)

// NonceOrderedPrepareProposal wraps a PrepareProposal handler for a node whose app-side mempool is
// the NoOp mempool (the default: CometBFT's CList mempool holds the txs and hands them over in
// arrival order). It puts the txs of each single-signer account back into sequence order and drops
// those that cannot succeed at the proposal's state (a sequence already used, a duplicate, or one
// after a gap), before the wrapped handler applies the block's byte and gas limits.
//
// Why: CometBFT v0.38's mempool runs the app's CheckTx under the local ABCI client's mutex but adds
// the checked tx to its list afterwards, outside that mutex (CheckTxAsync, then
// ReqRes.SetCallback). Txs of one account that reach a node from two peers at about the same time
// (n from the origin, n+1 relayed by a third validator) are checked in order, n then n+1, but on a
// busy machine can be appended in the other order, n+1 then n; the proposer reaps its list in that
// order, so n+1 fails inside the block with "account sequence mismatch, expected n, got n+1" (and n,
// later in the block, consumes the sequence; the account's following txs then fail CheckTx). The
// account's txs all sit in the same proposal, so ordering them here removes the failure without
// touching CometBFT; a tx whose predecessor is missing stays in the mempool for a later block.
//
// Only the order of txs that share a signer changes (they are written back into the same slots),
// multi-signer and unordered txs stay where they are, and nothing is added.
func NonceOrderedPrepareProposal(decode sdk.TxDecoder, seqOf SequenceSource, next sdk.PrepareProposalHandler) sdk.PrepareProposalHandler {
	return func(ctx sdk.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
		ordered := *req
		ordered.Txs = OrderBySequence(ctx, req.Txs, decode, seqOf)
		return next(ctx, &ordered)
	}
}

// OrderBySequence returns txs with each single-signer account's txs sorted by sequence within the
// slots they occupied, less the txs whose sequence does not follow on (seqOf given and the account
// known): already used, duplicated or after a gap.
func OrderBySequence(ctx context.Context, txs [][]byte, decode sdk.TxDecoder, seqOf SequenceSource) [][]byte {
	type entry struct {
		slot int
		seq  uint64
		bz   []byte
	}
	bySigner := make(map[string][]entry)
	var signerOrder []string
	for i, bz := range txs {
		tx, err := decode(bz)
		if err != nil {
			continue // left in place; the wrapped handler decides
		}
		if u, ok := tx.(sdk.TxWithUnordered); ok && u.GetUnordered() {
			continue
		}
		sigTx, ok := tx.(authsigning.SigVerifiableTx)
		if !ok {
			continue
		}
		signers, err := sigTx.GetSigners()
		if err != nil || len(signers) != 1 {
			continue
		}
		sigs, err := sigTx.GetSignaturesV2()
		if err != nil || len(sigs) != 1 {
			continue
		}
		k := string(signers[0])
		if _, seen := bySigner[k]; !seen {
			signerOrder = append(signerOrder, k)
		}
		bySigner[k] = append(bySigner[k], entry{slot: i, seq: sigs[0].Sequence, bz: bz})
	}

	out := make([][]byte, len(txs))
	copy(out, txs)
	drop := make([]bool, len(txs))
	for _, k := range signerOrder {
		es := bySigner[k] // slots ascending
		sorted := make([]entry, len(es))
		copy(sorted, es)
		sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].seq < sorted[b].seq })
		var (
			want  uint64
			known bool
		)
		if seqOf != nil {
			want, known = seqOf(ctx, sdk.AccAddress(k))
		}
		for j, e := range sorted {
			slot := es[j].slot
			out[slot] = e.bz
			if !known {
				continue
			}
			if e.seq == want {
				want++
			} else {
				drop[slot] = true
			}
		}
	}
	kept := out[:0]
	for i, bz := range out {
		if !drop[i] {
			kept = append(kept, bz)
		}
	}
	return kept
}

// setPrepareProposal installs NonceOrderedPrepareProposal in front of the SDK's default handler when
// the app-side mempool is the NoOp one (mempool.max-txs < 0 in app.toml, the default). With an
// app-side mempool (max-txs >= 0) the SDK's handler already selects each sender's txs in nonce
// order and verifies them, so it is left alone.
func (app *BttApp) setPrepareProposal() {
	mp := app.Mempool()
	if _, noop := mp.(mempool.NoOpMempool); mp != nil && !noop {
		return
	}
	def := baseapp.NewDefaultProposalHandler(mp, app)
	seqOf := func(ctx context.Context, addr sdk.AccAddress) (uint64, bool) {
		acc := app.AccountKeeper.GetAccount(ctx, addr)
		if acc == nil {
			return 0, false
		}
		return acc.GetSequence(), true
	}
	app.SetPrepareProposal(NonceOrderedPrepareProposal(app.txConfig.TxDecoder(), seqOf, def.PrepareProposalHandler()))
}
