// The bridge relayer's Ethereum tx sender: sends one EIP-1559 tx at a time and, when it stays unmined for
// `replaceAfterMs` (e.g. underpriced after a base-fee rise), resends it with the SAME nonce and fees bumped by
// `feeBumpPercent` (≥ 12.5%: above the 10% geth/Hardhat ask of a replacement, and one full EIP-1559 base-fee step),
// or to what the network asks now if that is more; never above `maxFeePerGasWei`. Only one version can be mined, so
// nothing runs twice. A tx still unmined after `txTimeoutMs` is kept as `inflight` and `resume()` goes on with it.
// A tx left unmined by an earlier process of the same key (a restart) is found in the node's pending block by
// `adoptPending()` and then replaced like one of ours: its request and fees are read back from the node.
import type { TransactionReceipt, TransactionRequest } from "@ethersproject/abstract-provider";
import { JsonRpcProvider } from "@ethersproject/providers";
import type { Wallet } from "@ethersproject/wallet";
import type { Logger } from "pino";

export interface Fees {
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

export interface TxSenderOptions {
  /** Resend an unmined tx with bumped fees after this long (ms). */
  replaceAfterMs: number;
  /** Fee increase per replacement, percent (≥ 12.5). */
  feeBumpPercent: number;
  /** No version of a tx offers more than this per gas (wei). */
  maxFeePerGasWei: bigint;
  /** Give up waiting (the tx stays in flight, `resume()` continues) after this long (ms). */
  txTimeoutMs: number;
  /** How often to look for the receipt (ms). */
  pollMs?: number;
  log: Logger;
  /** Called once per replacement sent. */
  onReplaced?: () => void;
}

export interface Attempt extends Fees {
  hash: string;
}

export interface InFlightTx {
  what: string;
  nonce: number;
  request: TransactionRequest;
  attempts: Attempt[];
  firstSentAt: number;
  lastSentAt: number;
}

export interface SendResult {
  receipt: TransactionReceipt;
  /** Every version sent, oldest first; the mined one is `receipt.transactionHash`. */
  attempts: Attempt[];
}

const ceilPercent = (v: bigint, percent: number) => {
  const num = BigInt(Math.round((100 + percent) * 1000));
  return (v * num + 99_999n) / 100_000n;
};
const max = (a: bigint, b: bigint) => (a > b ? a : b);

/**
 * The fees of a replacement of a tx that offered `old`: each of maxFeePerGas and maxPriorityFeePerGas raised by at
 * least `bumpPercent` (rounded up), or to the network's current ask if higher; maxFeePerGas capped at `cap`.
 * undefined when the cap leaves no room for a valid replacement.
 */
export function bumpFees(old: Fees, network: Fees, bumpPercent: number, cap: bigint): Fees | undefined {
  const minFee = ceilPercent(old.maxFeePerGas, bumpPercent);
  const minTip = ceilPercent(old.maxPriorityFeePerGas, bumpPercent);
  if (minFee > cap) return undefined;
  const maxFeePerGas = max(minFee, network.maxFeePerGas) > cap ? cap : max(minFee, network.maxFeePerGas);
  let maxPriorityFeePerGas = max(minTip, network.maxPriorityFeePerGas);
  if (maxPriorityFeePerGas > maxFeePerGas) maxPriorityFeePerGas = maxFeePerGas;
  if (maxPriorityFeePerGas < minTip) return undefined;
  return { maxFeePerGas, maxPriorityFeePerGas };
}

export class EthTxSender {
  /** The tx sent and not yet seen mined (set while `send` waits, and after it gave up). */
  inflight?: InFlightTx;

  constructor(
    readonly wallet: Wallet,
    readonly o: TxSenderOptions,
  ) {
    if (!(o.feeBumpPercent >= 12.5)) throw new Error(`feeBumpPercent ${o.feeBumpPercent} must be ≥ 12.5`);
  }

  /** What the network asks now (ethers' estimate: 2 × the latest base fee + tip), capped. */
  async networkFees(): Promise<Fees> {
    const d = await this.wallet.provider.getFeeData();
    if (!d.maxFeePerGas || !d.maxPriorityFeePerGas) throw new Error("the Ethereum node reports no EIP-1559 fee data");
    let maxFeePerGas = BigInt(d.maxFeePerGas.toString());
    let maxPriorityFeePerGas = BigInt(d.maxPriorityFeePerGas.toString());
    if (maxFeePerGas > this.o.maxFeePerGasWei) maxFeePerGas = this.o.maxFeePerGasWei;
    if (maxPriorityFeePerGas > maxFeePerGas) maxPriorityFeePerGas = maxFeePerGas;
    return { maxFeePerGas, maxPriorityFeePerGas };
  }

  private async broadcast(tx: InFlightTx, fees: Fees): Promise<void> {
    const sent = await this.wallet.sendTransaction({ ...tx.request, nonce: tx.nonce, type: 2, ...fees });
    tx.attempts.push({ hash: sent.hash, ...fees });
    tx.lastSentAt = Date.now();
  }

  /** Sends `request` (to, data, gasLimit, value) and waits for it (or a replacement) to be mined. */
  async send(what: string, request: TransactionRequest): Promise<SendResult> {
    if (this.inflight) throw new Error(`${this.inflight.what} (nonce ${this.inflight.nonce}) is still in flight`);
    const nonce = await this.wallet.getTransactionCount("pending");
    const tx: InFlightTx = { what, nonce, request, attempts: [], firstSentAt: Date.now(), lastSentAt: Date.now() };
    await this.broadcast(tx, await this.networkFees());
    this.inflight = tx;
    this.o.log.info({ what, nonce, tx: tx.attempts[0]!.hash, maxFeePerGas: String(tx.attempts[0]!.maxFeePerGas) }, "Ethereum tx sent, waiting for its receipt");
    return this.waitMined(tx);
  }

  /**
   * Adopts this key's lowest unmined tx that an earlier process sent (the relayer restarted while it was pending), as
   * read from the node's pending block, so that `resume()` waits for and replaces it. Returns the in-flight tx, or
   * undefined when no tx of this key is pending or the node does not show it (then it can only be waited for).
   */
  async adoptPending(what = "tx sent before a restart"): Promise<InFlightTx | undefined> {
    if (this.inflight) return this.inflight;
    const from = this.wallet.address.toLowerCase();
    const latest = await this.wallet.getTransactionCount("latest");
    // Raw RPC: ethers' block formatter rejects a pending block (its number fields are null on Hardhat), its tx
    // formatter does not.
    const provider = this.wallet.provider;
    if (!(provider instanceof JsonRpcProvider)) return undefined;
    const block = (await provider.send("eth_getBlockByNumber", ["pending", true])) as { transactions?: unknown[] } | null;
    const txs = (block?.transactions ?? []).filter((t) => typeof t === "object").map((t) => provider.formatter.transactionResponse(t));
    const mine = txs.filter((t) => t.from.toLowerCase() === from && t.nonce >= latest).sort((a, b) => a.nonce - b.nonce);
    const t = mine[0];
    if (!t) return undefined;
    const fee = (v: { toString(): string } | null | undefined) => (v == null ? undefined : BigInt(v.toString()));
    const maxFeePerGas = fee(t.maxFeePerGas) ?? fee(t.gasPrice);
    const maxPriorityFeePerGas = fee(t.maxPriorityFeePerGas) ?? maxFeePerGas;
    if (maxFeePerGas === undefined || maxPriorityFeePerGas === undefined) return undefined;
    const now = Date.now();
    this.inflight = {
      what,
      nonce: t.nonce,
      request: { to: t.to, data: t.data, value: t.value, gasLimit: t.gasLimit },
      attempts: [{ hash: t.hash, maxFeePerGas, maxPriorityFeePerGas }],
      firstSentAt: now,
      // its age is unknown: the first replacement comes after replaceAfterMs from now
      lastSentAt: now,
    };
    this.o.log.info({ what, nonce: t.nonce, tx: t.hash, maxFeePerGas: String(maxFeePerGas) }, "adopted an unmined tx of this key from before a restart");
    return this.inflight;
  }

  /** Goes on waiting for (and replacing) the tx a timed-out `send` left in flight; undefined when there is none. */
  async resume(): Promise<SendResult | undefined> {
    if (!this.inflight) return undefined;
    this.inflight.firstSentAt = Date.now();
    return this.waitMined(this.inflight);
  }

  private async minedVersion(tx: InFlightTx): Promise<TransactionReceipt | undefined> {
    for (const a of [...tx.attempts].reverse()) {
      const r = await this.wallet.provider.getTransactionReceipt(a.hash);
      if (r && r.blockNumber) return r;
    }
    return undefined;
  }

  private async waitMined(tx: InFlightTx): Promise<SendResult> {
    const poll = this.o.pollMs ?? 500;
    for (;;) {
      const receipt = await this.minedVersion(tx);
      if (receipt) {
        this.inflight = undefined;
        return { receipt, attempts: tx.attempts };
      }
      if ((await this.wallet.getTransactionCount("latest")) > tx.nonce) {
        // The nonce is used, but by none of our versions (just mined while we looked, or another sender of this key).
        const again = await this.minedVersion(tx);
        if (again) {
          this.inflight = undefined;
          return { receipt: again, attempts: tx.attempts };
        }
        this.inflight = undefined;
        throw new Error(`${tx.what}: nonce ${tx.nonce} was used by a tx this relayer did not send`);
      }
      const now = Date.now();
      if (now - tx.firstSentAt >= this.o.txTimeoutMs) {
        throw new Error(`${tx.what}: no receipt for nonce ${tx.nonce} (${tx.attempts.length} versions, last ${tx.attempts.at(-1)!.hash}) after ${this.o.txTimeoutMs} ms`);
      }
      if (now - tx.lastSentAt >= this.o.replaceAfterMs) await this.replace(tx);
      await new Promise((r) => setTimeout(r, poll));
    }
  }

  private async replace(tx: InFlightTx): Promise<void> {
    const last = tx.attempts.at(-1)!;
    const fees = bumpFees(last, await this.networkFees(), this.o.feeBumpPercent, this.o.maxFeePerGasWei);
    if (!fees) {
      tx.lastSentAt = Date.now(); // try again after replaceAfterMs (the network may calm down)
      this.o.log.warn({ what: tx.what, nonce: tx.nonce, maxFeePerGas: String(last.maxFeePerGas), maxFeePerGasWei: String(this.o.maxFeePerGasWei) }, "tx unmined, but a replacement would pass maxFeePerGasWei: waiting");
      return;
    }
    try {
      await this.broadcast(tx, fees);
    } catch (e) {
      // e.g. mined between our look and the resend ("nonce too low"): the next look finds the receipt.
      tx.lastSentAt = Date.now();
      this.o.log.warn({ what: tx.what, nonce: tx.nonce, err: e instanceof Error ? e.message : String(e) }, "replacement not accepted");
      return;
    }
    this.o.onReplaced?.();
    this.o.log.info({ what: tx.what, nonce: tx.nonce, tx: tx.attempts.at(-1)!.hash, replaces: last.hash, maxFeePerGas: String(fees.maxFeePerGas), maxPriorityFeePerGas: String(fees.maxPriorityFeePerGas) }, "tx unmined: replaced with bumped fees");
  }
}
