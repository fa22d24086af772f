// The orchestrator's view of Ethereum: BttBridge's events, read only up to (latest − confirmation depth) in block
// ranges, handed out strictly in event-nonce order after a given nonce. It keeps no state of its own that matters:
// the caller passes the nonce to resume after (the chain's LastEventNonce for its validator) and a block to scan from.
import type { Provider } from "@ethersproject/providers";
import { getAddress } from "@ethersproject/address";
import type { Logger } from "pino";
import { EVENT_TOPICS, decodeBridgeLog, type BridgeEvent } from "./contract.js";

export interface WatcherOptions {
  /** Only blocks at or below latest − confirmations are read. */
  confirmations: number;
  /** Blocks per eth_getLogs request. */
  blockRange: number;
  log?: Logger;
}

export interface ScanResult {
  /** Events with nonces afterNonce+1, afterNonce+2, … (contiguous), in order. */
  events: BridgeEvent[];
  /** The last block read (the safe head); the next scan may start after it once every event is handled. */
  scannedTo: number;
  /**
   * Set when an event after afterNonce was found but afterNonce+1 was not (it lies before fromBlock): the caller
   * scanned from too late a block and must rescan from earlier.
   */
  gapAt?: bigint;
}

export class EthereumWatcher {
  readonly address: string;

  constructor(readonly provider: Provider, bridgeAddress: string, readonly opts: WatcherOptions) {
    this.address = getAddress(bridgeAddress);
  }

  /** The newest block deemed final: latest − confirmations (−1 when the chain is shorter than that). */
  async safeHead(): Promise<number> {
    return (await this.provider.getBlockNumber()) - this.opts.confirmations;
  }

  /** Every bridge event in [fromBlock, toBlock], in event-nonce order. */
  async eventsIn(fromBlock: number, toBlock: number): Promise<BridgeEvent[]> {
    const out: BridgeEvent[] = [];
    for (let from = fromBlock; from <= toBlock; from += this.opts.blockRange) {
      const to = Math.min(toBlock, from + this.opts.blockRange - 1);
      const logs = await this.provider.getLogs({ address: this.address, fromBlock: from, toBlock: to, topics: [[EVENT_TOPICS.deposit, EVENT_TOPICS.batchExecuted, EVENT_TOPICS.valsetUpdated]] });
      for (const l of logs) {
        if (l.removed) continue;
        const ev = decodeBridgeLog(l);
        if (ev) out.push(ev);
      }
    }
    out.sort((a, b) => (a.eventNonce < b.eventNonce ? -1 : a.eventNonce > b.eventNonce ? 1 : 0));
    return out;
  }

  /**
   * The confirmed events after `afterNonce`, scanning from `fromBlock` to the safe head. Only the contiguous run
   * afterNonce+1, afterNonce+2, … is returned; a duplicate nonce (which a sound contract never emits) stops the run.
   */
  async scan(fromBlock: number, afterNonce: bigint): Promise<ScanResult> {
    const safe = await this.safeHead();
    if (safe < fromBlock) return { events: [], scannedTo: fromBlock - 1 };
    const all = (await this.eventsIn(fromBlock, safe)).filter((e) => e.eventNonce > afterNonce);
    const events: BridgeEvent[] = [];
    let next = afterNonce + 1n;
    for (const e of all) {
      if (e.eventNonce !== next) break;
      events.push(e);
      next++;
    }
    const gapAt = events.length === 0 && all.length > 0 ? afterNonce + 1n : undefined;
    if (gapAt !== undefined) this.opts.log?.warn({ missing: String(gapAt), firstSeen: String(all[0]!.eventNonce), fromBlock }, "event nonce gap: rescanning from an earlier block");
    return { events, scannedTo: safe, gapAt };
  }
}
