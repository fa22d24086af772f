/**
 * The chain reads of the indexer (status, block, block results) through ts-client's CometRpc (cosmjs's Comet38Client),
 * mapped to the shapes the indexer stores: CometBFT's own strings for hashes (upper-case hex), times (RFC 3339 with
 * nanoseconds) and txs (base64).
 */
import { CometRpc, CometRpcError, cometTime } from "@btt/ts-client";
import { toBase64, toHex } from "@cosmjs/encoding";

export interface RpcStatus {
  chainId: string;
  latestHeight: number;
  earliestHeight: number;
  latestTime: string;
}
export interface RpcEvent {
  type: string;
  attributes: { key: string; value: string }[];
}
export interface RpcBlock {
  height: number;
  hash: string;
  time: string;
  chainId: string;
  proposer: string;
  txs: string[]; // base64
}
export interface RpcTxResult {
  code: number;
  codespace?: string;
  log?: string;
  gas_wanted: string;
  gas_used: string;
  events: RpcEvent[];
}
export interface RpcBlockResults {
  height: number;
  txs: RpcTxResult[];
  blockEvents: RpcEvent[];
}

export interface ChainRpc {
  status(): Promise<RpcStatus>;
  block(height: number): Promise<RpcBlock>;
  blockResults(height: number): Promise<RpcBlockResults>;
}

/** The node no longer has this height (pruned or below its state-sync snapshot). Never skipped silently. */
export class PrunedBlockError extends Error {
  constructor(readonly height: number, readonly lowest: number | undefined, detail: string) {
    super(
      `block ${height} is not available on the node (${detail})` +
        (lowest !== undefined ? `; its lowest height is ${lowest}: use an archive node, or start the explorer with --start-height ${lowest} on an empty database` : ""),
    );
    this.name = "PrunedBlockError";
  }
}

export class RpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RpcError";
  }
}

const RESULTS_WAIT_TRIES = 30;

export class HttpRpc implements ChainRpc {
  private readonly rpc: CometRpc;

  constructor(readonly url: string, timeoutMs = 15_000) {
    // A keep-alive connection the node closed while idle fails the next request on it at once: CometRpc asks again
    // (twice at most) rather than fail the whole step. A timeout is not retried: it has waited long enough.
    this.rpc = new CometRpc(url, { timeoutMs, attempts: 3, retryDelayMs: 50 });
  }

  /** Runs one read; a node's error becomes a PrunedBlockError for a height it no longer has, else an RpcError. */
  private async call<T>(label: string, read: () => Promise<T>, height?: number): Promise<T> {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof CometRpcError)) throw err;
      const detail = err.detail;
      const m = /height (\d+) is not available, lowest height is (\d+)/.exec(detail) ?? /lowest height is (\d+)/.exec(detail);
      if (height !== undefined && (m || /not available|pruned/i.test(detail)))
        throw new PrunedBlockError(height, m ? Number(m[m.length - 1]) : undefined, detail);
      throw new RpcError(`RPC ${label}: ${detail}`);
    }
  }

  async status(): Promise<RpcStatus> {
    const r = await this.call("status", () => this.rpc.comet.status());
    return {
      chainId: r.nodeInfo.network,
      latestHeight: r.syncInfo.latestBlockHeight,
      earliestHeight: r.syncInfo.earliestBlockHeight ?? 0,
      latestTime: cometTime(r.syncInfo.latestBlockTime),
    };
  }

  async block(height: number): Promise<RpcBlock> {
    const r = await this.call(`block?height=${height}`, () => this.rpc.comet.block(height), height);
    return {
      height: r.block.header.height,
      hash: toHex(r.blockId.hash).toUpperCase(),
      time: cometTime(r.block.header.time),
      chainId: r.block.header.chainId,
      proposer: toHex(r.block.header.proposerAddress).toUpperCase(),
      txs: r.block.txs.map((tx) => toBase64(tx)),
    };
  }

  async blockResults(height: number): Promise<RpcBlockResults> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.call(`block_results?height=${height}`, () => this.rpc.comet.blockResults(height), height);
        return {
          height: r.height,
          txs: r.results.map((t) => ({
            code: t.code,
            codespace: t.codespace,
            log: t.log,
            gas_wanted: t.gasWanted.toString(),
            gas_used: t.gasUsed.toString(),
            events: t.events.map(rpcEvent),
          })),
          blockEvents: r.finalizeBlockEvents.map(rpcEvent),
        };
      } catch (err) {
        // CometBFT reports a height in /status as soon as the block is stored, a moment before its results
        // are: wait for them (up to ~3 s) instead of failing the step, which would pause the indexer 2 s.
        if (!(err instanceof RpcError && /could not find results for height/.test(err.message)) || attempt >= RESULTS_WAIT_TRIES) throw err;
        await new Promise((res) => setTimeout(res, 100));
      }
    }
  }
}

const rpcEvent = (e: { type: string; attributes: readonly { key: string; value: string }[] }): RpcEvent => ({
  type: e.type,
  attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })),
});
