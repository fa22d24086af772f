/**
 * Follows the chain over CometBFT RPC into the store. Heights are written strictly in order, a batch at a
 * time, and each batch commits together with indexer_state.last_height: after a crash the indexer resumes
 * at last_height + 1, so no height is skipped and none is written twice.
 */
import { BackgroundLoop } from "./loop.js";
import type { Logger } from "pino";
import { insertRows, type Db, type Param } from "./db.js";
import { addressesInEvents, decodeTx, signersInEvents, txHash } from "./decode.js";
import { PrunedBlockError, type ChainRpc, type RpcBlock, type RpcBlockResults } from "./rpc.js";

export interface IndexerOptions {
  db: Db;
  rpc: ChainRpc;
  logger: Logger;
  /** Blocks fetched concurrently and committed in one transaction (default 20). */
  batchSize?: number;
  /** First height for an empty database (default: 1, i.e. genesis). */
  startHeight?: number;
  /** Poll interval once caught up (default 250 ms: a quarter of the localnet's block time). */
  pollMs?: number;
  /** Pause after each batch (default 0; tests use it to slow back-fill down). */
  throttleMs?: number;
}

export interface IndexerStats {
  chainId?: string;
  lastHeight: number;
  chainHeight: number;
  lag: number;
  blocksIndexed: number;
  txsIndexed: number;
  /** Time this process waited for blocks and results from the node (what prefetching did not hide), and spent writing them (ms). */
  fetchMs: number;
  writeMs: number;
  lastError?: string;
  lastErrorAt?: string;
  caughtUp: boolean;
  startedAt: string;
}


export class Indexer extends BackgroundLoop {
  readonly stats: IndexerStats = { lastHeight: 0, chainHeight: 0, lag: 0, blocksIndexed: 0, txsIndexed: 0, fetchMs: 0, writeMs: 0, caughtUp: false, startedAt: new Date().toISOString() };
  private verified = false;
  private readonly batchSize: number;
  private prefetched?: { from: number; to: number; blocks: Promise<(readonly [RpcBlock, RpcBlockResults])[]> };

  constructor(private readonly o: IndexerOptions) {
    super();
    this.batchSize = Math.max(1, o.batchSize ?? 20);
  }

  async lastHeight(): Promise<number | undefined> {
    const r = await this.o.db.get<{ last_height: number; chain_id: string }>("SELECT last_height, chain_id FROM indexer_state WHERE id = 1");
    return r ? Number(r.last_height) : undefined;
  }

  /** Indexes at most one batch. Returns the number of blocks written (0 when caught up). */
  async step(): Promise<number> {
    const { db, rpc } = this.o;
    const status = await rpc.status();
    this.stats.chainId = status.chainId;
    this.stats.chainHeight = status.latestHeight;
    const state = await db.get<{ last_height: number; chain_id: string }>("SELECT last_height, chain_id FROM indexer_state WHERE id = 1");
    if (state && state.chain_id !== status.chainId)
      throw new Error(`database holds chain ${state.chain_id} but the node serves ${status.chainId}; use another database`);
    if (state && !this.verified) {
      // Same chain id is not enough (a localnet reset keeps it): the last indexed block must be the node's block.
      const last = Number(state.last_height);
      const mine = await db.get<{ hash: string }>("SELECT hash FROM blocks WHERE height = ?", [last]);
      if (mine && last >= status.earliestHeight && last <= status.latestHeight) {
        const theirs = await rpc.block(last);
        if (theirs.hash !== mine.hash)
          throw new Error(`database block ${last} is ${mine.hash} but the node's is ${theirs.hash}: the chain was restarted from a new genesis; use a fresh database`);
      }
      this.verified = true;
    }
    let next: number;
    if (state) next = Number(state.last_height) + 1;
    else {
      next = this.o.startHeight ?? 1;
      if (next < status.earliestHeight) throw new PrunedBlockError(next, status.earliestHeight, `the node's earliest block is ${status.earliestHeight}`);
    }
    this.stats.lastHeight = next - 1;
    this.stats.lag = Math.max(0, status.latestHeight - (next - 1));
    if (next - 1 > status.latestHeight) {
      this.stats.caughtUp = false;
      throw new Error(`the database is ahead of the node (indexed up to ${next - 1}, node at ${status.latestHeight}): the chain was reset or this node is behind`);
    }
    if (next > status.latestHeight) {
      this.stats.caughtUp = true;
      return 0;
    }
    // The batch fetched while the previous one was being written, if it starts where this one must.
    const pre = this.prefetched;
    this.prefetched = undefined;
    const to = pre?.from === next ? pre.to : Math.min(status.latestHeight, next + this.batchSize - 1);
    const heights = Array.from({ length: to - next + 1 }, (_, i) => next + i);
    const tFetch = performance.now();
    const fetched = await (pre?.from === next ? pre.blocks : this.fetch(next, to));
    const tWrite = performance.now();
    this.stats.fetchMs += tWrite - tFetch;
    if (to < status.latestHeight) {
      // Fetch the next batch while this one is written: when behind, a block costs max(fetch, write), not their sum.
      const [from2, to2] = [to + 1, Math.min(status.latestHeight, to + this.batchSize)];
      const blocks = this.fetch(from2, to2);
      blocks.catch(() => undefined); // awaited (and its error reported) by the next step, or dropped if unused
      this.prefetched = { from: from2, to: to2, blocks };
    }
    let txs = 0;
    await db.tx(async (t) => {
      for (const [b, r] of fetched) txs += await writeBlock(t, b, r);
      if (state) {
        const n = await t.run("UPDATE indexer_state SET last_height = ? WHERE id = 1 AND last_height = ?", [to, next - 1]);
        if (n !== 1) throw new Error("indexer_state moved underneath this indexer: is another indexer writing to the same database?");
      } else await t.run("INSERT INTO indexer_state (id, chain_id, last_height) VALUES (1, ?, ?)", [status.chainId, to]);
    });
    this.stats.writeMs += performance.now() - tWrite;
    this.verified = true; // what this process wrote needs no check against the node
    this.stats.lastHeight = to;
    this.stats.lag = Math.max(0, status.latestHeight - to);
    this.stats.blocksIndexed += heights.length;
    this.stats.txsIndexed += txs;
    this.stats.caughtUp = to >= status.latestHeight;
    this.o.logger.info({ from: next, to, txs, lag: this.stats.lag }, "batch indexed");
    return heights.length;
  }

  private fetch(from: number, to: number): Promise<(readonly [RpcBlock, RpcBlockResults])[]> {
    const { rpc } = this.o;
    return Promise.all(Array.from({ length: to - from + 1 }, (_, i) => Promise.all([rpc.block(from + i), rpc.blockResults(from + i)] as const)));
  }

  start(): void {
    this.run(async () => {
      try {
        const n = await this.step();
        this.stats.lastError = undefined;
        if (n === 0) await this.pause(this.o.pollMs ?? 250);
        else if (this.o.throttleMs) await this.pause(this.o.throttleMs);
      } catch (err) {
        const e = err as Error;
        this.stats.lastError = e.message;
        this.stats.lastErrorAt = new Date().toISOString();
        this.o.logger.error({ err: e, pruned: e instanceof PrunedBlockError }, e instanceof PrunedBlockError ? "block pruned on the node: indexer stalled" : "indexer step failed; retrying");
        await this.pause(e instanceof PrunedBlockError ? 10_000 : 2_000);
      }
    });
  }
}

/** Writes one block with its txs, messages, events and account activity. Returns the number of txs. */
export async function writeBlock(db: Db, b: RpcBlock, r: RpcBlockResults): Promise<number> {
  if (b.height !== r.height) throw new Error(`block ${b.height} and results ${r.height} disagree`);
  if (r.txs.length !== b.txs.length) throw new Error(`block ${b.height}: ${b.txs.length} txs but ${r.txs.length} results`);
  let gasUsed = 0;
  for (const res of r.txs) gasUsed += Number(res.gas_used ?? 0);
  await db.run("INSERT INTO blocks (height, hash, time, proposer, num_txs, gas_used) VALUES (?, ?, ?, ?, ?, ?)", [b.height, b.hash, b.time, b.proposer, b.txs.length, gasUsed]);
  // Rows are collected per table and written with multi-row INSERTs, txs first (the others reference them).
  const txRows: Param[][] = [];
  const msgRows: Param[][] = [];
  const eventRows: Param[][] = [];
  const accountRows: Param[][] = [];
  const attrs = (e: { attributes: { key: string; value: string }[] }) => JSON.stringify(e.attributes.map((a) => ({ key: a.key, value: a.value })));
  for (let i = 0; i < b.txs.length; i++) {
    const res = r.txs[i];
    let d;
    try {
      d = decodeTx(b.txs[i]);
    } catch (err) {
      d = { hash: txHash(b.txs[i]), memo: "", fee: { amount: [], gasLimit: "0" }, messages: [], raw: { undecodable: b.txs[i], error: String(err) } };
    }
    const signers = signersInEvents(res.events ?? []);
    txRows.push([d.hash, b.height, i, res.code ?? 0, res.codespace ?? "", res.log ?? "", Number(res.gas_wanted ?? 0), Number(res.gas_used ?? 0), JSON.stringify(d.fee), d.memo, JSON.stringify(signers), JSON.stringify(d.messages.map((m) => m.typeUrl)), JSON.stringify(d.raw)]);
    d.messages.forEach((m, k) => msgRows.push([d.hash, k, m.typeUrl, JSON.stringify(m.body)]));
    const evs = res.events ?? [];
    evs.forEach((e, k) => eventRows.push([b.height, d.hash, "tx", k, e.type, attrs(e)]));
    for (const a of new Set([...addressesInEvents(evs), ...signers])) accountRows.push([a, d.hash, b.height]);
  }
  r.blockEvents.forEach((e, k) => eventRows.push([b.height, null, "block", k, e.type, attrs(e)]));
  await insertRows(db, "txs", ["hash", "height", "idx", "code", "codespace", "log", "gas_wanted", "gas_used", "fee", "memo", "signers", "msg_types", "raw"], txRows, 50);
  await insertRows(db, "messages", ["tx_hash", "idx", "type_url", "body"], msgRows);
  await insertRows(db, "events", ["height", "tx_hash", "source", "idx", "type", "attributes"], eventRows);
  await insertRows(db, "account_txs", ["address", "tx_hash", "height"], accountRows);
  return b.txs.length;
}
