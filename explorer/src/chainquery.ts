/**
 * Chain state through @btt/ts-client's typed query clients over CometBFT RPC (@cosmjs/tendermint-rpc's
 * Comet38Client, ABCI queries): protobuf types end to end, no hand-typed REST shapes. A query at a past
 * height names the state as of that block.
 */
import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { BTT_BECH32_PREFIX, BTT_DENOM, BTT_GENESIS_POOLS, createBttQueryClient, createBttQueryClientAtHeight, type BttQueryClient } from "@btt/ts-client";
import { StateNotCommittedError, StateUnavailableError } from "./chain.js";

export class ChainQuery {
  readonly client: BttQueryClient;

  private constructor(readonly comet: Comet38Client, readonly height?: number) {
    this.client = height === undefined ? createBttQueryClient(comet) : createBttQueryClientAtHeight(comet, height);
  }

  /** A node's CometBFT RPC endpoint ("http://127.0.0.1:26657"). */
  static async connect(rpcUrl: string): Promise<ChainQuery> {
    return new ChainQuery(await Comet38Client.connect(rpcUrl));
  }

  /** The same node, queried at a past height. */
  atHeight(height: number): ChainQuery {
    return new ChainQuery(this.comet, height);
  }

  /** Supply, the staking pool, the bonded ratio (percent, 4 decimals) and the genesis allocation pools' balances. */
  async overview() {
    const q = this.client;
    const [supply, pool, pools] = await Promise.all([q.bank.supplyOf(BTT_DENOM).then((c) => c.amount), q.staking.pool().then((r) => r.pool), this.pools()]);
    const bondedRatio = BigInt(supply) > 0n ? Number((BigInt(pool.bondedTokens) * 1_000_000n) / BigInt(supply)) / 10_000 : 0;
    return { supply, bonded: pool.bondedTokens, notBonded: pool.notBondedTokens, bondedRatio, pools };
  }

  /** Each genesis pool's module account and its BTT balance ("0" where the node does not answer for it). */
  async pools() {
    return Promise.all(
      BTT_GENESIS_POOLS.map(async (p) => {
        const address = moduleAddress(p.name);
        const balance = await this.client.bank.balance(address, BTT_DENOM).then((c) => c.amount, () => "0");
        return { ...p, address, balance };
      }),
    );
  }

  disconnect(): void {
    this.comet.disconnect();
  }

  /**
   * What a failed query at this height means: the node has pruned the state (StateUnavailableError), has
   * not committed it yet (StateNotCommittedError: ask again), or the error itself (a module that does not
   * answer, an unreachable node).
   */
  classify(err: unknown): unknown {
    const message = (err as Error)?.message ?? String(err);
    if (this.height === undefined) return err;
    // baseapp: "cannot query with height in the future" before the block is committed;
    // "failed to load state at height H; version does not exist (latest height: L)" once it is pruned.
    if (/height in the future/.test(message)) return new StateNotCommittedError(this.height);
    if (/failed to load state at height|version does not exist|pruned/i.test(message)) {
      const latest = /latest height: (\d+)/.exec(message);
      if (latest && Number(latest[1]) < this.height) return new StateNotCommittedError(this.height, Number(latest[1]));
      return new StateUnavailableError(this.height, message);
    }
    return err;
  }
}

/** The node answered the query with an error (ABCI code != 0): the module or query is not there, or refused it. */
export function isQueryError(err: unknown): boolean {
  return /^Query failed with \(\d+\)/.test((err as Error)?.message ?? "");
}

/** A module account's address: the first 20 bytes of sha256(module name) (x/auth NewModuleAddress). */
export function moduleAddress(name: string): string {
  return toBech32(BTT_BECH32_PREFIX, createHash("sha256").update(name).digest().subarray(0, 20));
}
