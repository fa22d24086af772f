/** A minimal CometBFT JSON-RPC client (plain HTTP GET), and the shapes the indexer reads from it. */

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
  constructor(readonly url: string, private readonly timeoutMs = 15_000) {}

  private async call<T>(path: string, height?: number): Promise<T> {
    const url = `${this.url.replace(/\/$/, "")}/${path}`;
    let res: Response;
    for (let attempt = 1; ; attempt++) {
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
        break;
      } catch (err) {
        // A keep-alive connection the node closed while idle fails the next request on it at once; ask again
        // (twice at most) rather than fail the whole step. A timeout is not retried: it has waited long enough.
        if (attempt >= 3 || (err as Error).name === "TimeoutError") throw err;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
    const body = (await res.json().catch(() => undefined)) as { result?: T; error?: { message?: string; data?: string } } | undefined;
    if (body?.error) {
      const detail = `${body.error.message ?? ""} ${body.error.data ?? ""}`.trim();
      const m = /height (\d+) is not available, lowest height is (\d+)/.exec(detail) ?? /lowest height is (\d+)/.exec(detail);
      if (height !== undefined && (m || /not available|pruned/i.test(detail)))
        throw new PrunedBlockError(height, m ? Number(m[m.length - 1]) : undefined, detail);
      throw new RpcError(`RPC ${path}: ${detail}`);
    }
    if (!res.ok || !body?.result) throw new RpcError(`RPC ${path}: HTTP ${res.status}`);
    return body.result;
  }

  async status(): Promise<RpcStatus> {
    const r = await this.call<{ node_info: { network: string }; sync_info: { latest_block_height: string; earliest_block_height: string; latest_block_time: string } }>("status");
    return {
      chainId: r.node_info.network,
      latestHeight: Number(r.sync_info.latest_block_height),
      earliestHeight: Number(r.sync_info.earliest_block_height),
      latestTime: r.sync_info.latest_block_time,
    };
  }

  async block(height: number): Promise<RpcBlock> {
    const r = await this.call<{ block_id: { hash: string }; block: { header: { height: string; time: string; chain_id: string; proposer_address: string }; data: { txs: string[] | null } } }>(
      `block?height=${height}`,
      height,
    );
    return {
      height: Number(r.block.header.height),
      hash: r.block_id.hash,
      time: r.block.header.time,
      chainId: r.block.header.chain_id,
      proposer: r.block.header.proposer_address,
      txs: r.block.data.txs ?? [],
    };
  }

  async blockResults(height: number): Promise<RpcBlockResults> {
    type Raw = { height: string; txs_results: RpcTxResult[] | null; finalize_block_events: RpcEvent[] | null };
    let r: Raw;
    for (let attempt = 1; ; attempt++) {
      try {
        r = await this.call<Raw>(`block_results?height=${height}`, height);
        break;
      } catch (err) {
        // CometBFT reports a height in /status as soon as the block is stored, a moment before its results
        // are: wait for them (up to ~3 s) instead of failing the step, which would pause the indexer 2 s.
        if (!(err instanceof RpcError && /could not find results for height/.test(err.message)) || attempt >= RESULTS_WAIT_TRIES) throw err;
        await new Promise((res) => setTimeout(res, 100));
      }
    }
    return { height: Number(r.height), txs: r.txs_results ?? [], blockEvents: r.finalize_block_events ?? [] };
  }
}
