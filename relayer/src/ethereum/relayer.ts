// `btt-relayer ethereum relay`: keeps BttBridge's valset current and executes signed, profitable batches.
//
// Each round it reads the contract (valset nonce, batch nonces) — so a restart needs no local state — then:
//  1. valsets: among x/bridge's stored valsets newer than the contract's, the newest one whose confirmations carry
//     more than 2/3 (POWER_THRESHOLD) of the contract's CURRENT valset power goes to updateValset, with the
//     signatures ordered by the current valset (v = 0 for the validators that did not sign);
//  2. batches, oldest first: skipped when already executed (nonce ≤ lastBatchNonce of the token), timed out
//     (its Ethereum timeout height reached), not yet signed by > 2/3 of the current power, or unprofitable (profit.ts).
// Every Ethereum tx is awaited to its receipt before the next one, and no tx is sent while one of this key's earlier
// txs is still pending (e.g. sent just before a crash), so nothing is submitted twice. A tx of this process left
// unmined for replaceAfterMs (underpriced after a base-fee rise) is resent with the same nonce and bumped fees, up to
// maxFeePerGasWei (txsender.ts); the next round goes on with a tx that outlived txTimeoutMs.
import { getAddress } from "@ethersproject/address";
import { splitSignature } from "@ethersproject/bytes";
import type { Contract, PopulatedTransaction } from "@ethersproject/contracts";
import { recoverAddress } from "@ethersproject/transactions";
import type { Wallet } from "@ethersproject/wallet";
import { POWER_THRESHOLD, batchDigest, checkpointDigest, ethSignedHash, orderSignatures, type Sig, type Valset } from "@btt/bridge-contracts";
import type { Logger } from "pino";
import type { BttBridgeChain, BttConfirm } from "./btt.js";
import { DEFAULT_MAX_FEE_PER_GAS_WEI, type ProfitabilityConfig } from "./config.js";
import { currentContractValset, readBridgeState } from "./contract.js";
import type { BridgeMetrics } from "./metrics.js";
import { toContractBatch, toContractValset } from "./orchestrator.js";
import { batchDecision } from "./profit.js";
import { RoundLoop } from "./loop.js";
import { EthTxSender, type SendResult } from "./txsender.js";

export interface CollectedSignatures {
  /** One per member of the valset, in its order; NO_SIGNATURE for members without a valid confirmation. */
  sigs: Sig[];
  /** Power of the members with a valid signature. */
  power: bigint;
  signers: number;
  /** Confirmations dropped: bad signature, signer not the claimed address, or not a member of the valset. */
  rejected: number;
}

/**
 * Checks each confirmation against `digest` (the recovered signer must be its eth_signer and a member of `valset`)
 * and orders the valid ones by `valset`. A present invalid signature would make the contract revert, so it is dropped.
 */
export function collectSignatures(valset: Valset, digest: string, confirms: Pick<BttConfirm, "ethSigner" | "signature">[]): CollectedSignatures {
  const members = new Map<string, bigint>();
  valset.validators.forEach((a, i) => members.set(getAddress(a), valset.powers[i]!));
  const signed = ethSignedHash(digest);
  const byAddress = new Map<string, Sig>();
  let rejected = 0;
  for (const c of confirms) {
    try {
      const s = splitSignature(c.signature);
      const who = getAddress(recoverAddress(signed, s));
      if (who !== getAddress(c.ethSigner) || !members.has(who) || byAddress.has(who)) {
        rejected++;
        continue;
      }
      byAddress.set(who, { v: s.v, r: s.r, s: s.s });
    } catch {
      rejected++;
    }
  }
  let power = 0n;
  for (const a of byAddress.keys()) power += members.get(a)!;
  return { sigs: orderSignatures(valset, byAddress), power, signers: byAddress.size, rejected };
}

const valsetArgs = (v: Valset) => ({ validators: v.validators, powers: v.powers.map(String), valsetNonce: v.valsetNonce.toString() });

export interface RelayerOptions {
  bridgeId: string;
  wrappedBtt: string;
  startBlock: number;
  pollMs: number;
  txTimeoutMs: number;
  profitability: ProfitabilityConfig;
  maxGasPriceWei?: bigint;
  /** Own-tx replacement (defaults: 60 s, 15 %, 500 gwei). */
  replaceAfterMs?: number;
  feeBumpPercent?: number;
  maxFeePerGasWei?: bigint;
  metrics: BridgeMetrics;
  log: Logger;
}

export interface RoundResult {
  valsets: number;
  batches: number;
  /** Why each batch was left, by "token/nonce". */
  skipped: Record<string, string>;
}

export class BridgeRelayer {
  health: Record<string, unknown> = { status: "starting" };
  readonly sender: EthTxSender;
  private readonly loop: RoundLoop;

  constructor(readonly btt: BttBridgeChain, readonly wallet: Wallet, readonly bridge: Contract, readonly o: RelayerOptions) {
    this.sender = new EthTxSender(wallet, {
      replaceAfterMs: o.replaceAfterMs ?? 60_000,
      feeBumpPercent: o.feeBumpPercent ?? 15,
      maxFeePerGasWei: o.maxFeePerGasWei ?? DEFAULT_MAX_FEE_PER_GAS_WEI,
      txTimeoutMs: o.txTimeoutMs,
      log: o.log,
      onReplaced: () => o.metrics.txReplaced.inc(),
    });
    this.loop = new RoundLoop(o.pollMs, () => this.tick(), (e) => {
      o.metrics.errors.inc({ where: "round" });
      o.log.error({ err: e instanceof Error ? e.message : String(e) }, "relayer round failed");
    });
  }

  /** Whether an earlier tx of this key is still unmined (then nothing new is sent). */
  private async ownTxPending(): Promise<boolean> {
    const [mined, pending] = await Promise.all([this.wallet.getTransactionCount("latest"), this.wallet.getTransactionCount("pending")]);
    return pending > mined;
  }

  private async sendAndWait(what: string, populate: () => Promise<PopulatedTransaction>): Promise<void> {
    this.checkMined(what, await this.sender.send(what, await populate()));
  }

  private checkMined(what: string, { receipt, attempts }: SendResult): void {
    if (receipt.status !== 1) throw new Error(`${what}: tx ${receipt.transactionHash} reverted`);
    this.o.metrics.ethGasSpent.inc(Number(BigInt(receipt.gasUsed.toString()) * BigInt(receipt.effectiveGasPrice?.toString() ?? "0")));
    this.o.log.info({ what, tx: receipt.transactionHash, versions: attempts.length, gasUsed: receipt.gasUsed.toString() }, "Ethereum tx mined");
  }

  /** Relays the newest sufficiently signed valset, repeatedly, until the contract is current or stuck; returns how many. */
  async relayValsets(): Promise<number> {
    let relayed = 0;
    for (let guard = 0; guard < 20; guard++) {
      const state = await readBridgeState(this.bridge);
      this.o.metrics.contractValsetNonce.set(Number(state.lastValsetNonce));
      const current = await currentContractValset(this.bridge, this.o.bridgeId, this.o.startBlock);
      const { valsets } = await this.btt.bridge.valsets({ pagination: { key: new Uint8Array(), offset: 0n, limit: 100n, countTotal: false, reverse: true } });
      const newer = valsets.filter((v) => v.nonce > state.lastValsetNonce).sort((a, b) => (a.nonce > b.nonce ? -1 : 1));
      let done = false;
      for (const v of newer) {
        const next = toContractValset(v);
        const { confirms } = await this.btt.bridge.valsetConfirms({ nonce: v.nonce });
        const c = collectSignatures(current, checkpointDigest(this.o.bridgeId, next), confirms);
        if (c.power <= POWER_THRESHOLD) {
          this.o.log.debug({ nonce: String(v.nonce), power: String(c.power), signers: c.signers }, "valset not yet signed by > 2/3 of the contract's valset");
          continue;
        }
        const vargs = [valsetArgs(next), valsetArgs(current), c.sigs] as const;
        await this.sendAndWait(`updateValset ${state.lastValsetNonce} → ${v.nonce}`, async () => {
          const b = this.bridge.connect(this.wallet);
          const gas = BigInt((await b.estimateGas.updateValset(...vargs)).toString());
          return b.populateTransaction.updateValset(...vargs, { gasLimit: (gas * 12n) / 10n });
        });
        this.o.metrics.valsetsRelayed.inc();
        relayed++;
        done = true;
        break;
      }
      if (!done) break;
    }
    return relayed;
  }

  /** Executes the signed, profitable batches, oldest first; returns how many. */
  async relayBatches(skipped: Record<string, string> = {}): Promise<number> {
    const { batches } = await this.btt.bridge.batches();
    if (batches.length === 0) return 0;
    const current = await currentContractValset(this.bridge, this.o.bridgeId, this.o.startBlock);
    const sorted = [...batches].sort((a, b) => (a.height !== b.height ? (a.height < b.height ? -1 : 1) : a.nonce < b.nonce ? -1 : 1));
    let relayed = 0;
    const skip = (key: string, reason: string, label: string) => {
      skipped[key] = reason;
      this.o.metrics.batchesSkipped.inc({ reason: label });
    };
    for (const b of sorted) {
      const batch = toContractBatch(b);
      const key = `${batch.tokenContract}/${batch.batchNonce}`;
      const lastNonce = BigInt((await this.bridge.lastBatchNonce(batch.tokenContract)).toString());
      if (batch.batchNonce <= lastNonce) {
        skip(key, `already executed (contract's last batch nonce ${lastNonce})`, "executed");
        continue;
      }
      const height = await this.wallet.provider.getBlockNumber();
      if (BigInt(height + 1) >= batch.batchTimeout) {
        skip(key, `timed out (Ethereum block ${height + 1} ≥ timeout ${batch.batchTimeout})`, "timed_out");
        continue;
      }
      const { confirms } = await this.btt.bridge.batchConfirms({ tokenContract: b.tokenContract, nonce: b.nonce });
      const c = collectSignatures(current, batchDigest(this.o.bridgeId, batch), confirms);
      if (c.power <= POWER_THRESHOLD) {
        skip(key, `signed by ${c.signers} validators, power ${c.power} ≤ ${POWER_THRESHOLD}`, "not_signed");
        continue;
      }
      const args = [valsetArgs(current), c.sigs, batch.amounts.map(String), batch.destinations, batch.fees.map(String), batch.batchNonce.toString(), batch.tokenContract, batch.batchTimeout.toString()] as const;
      const bridge = this.bridge.connect(this.wallet);
      const gas = BigInt((await bridge.estimateGas.submitBatch(...args)).toString());
      const gasPriceWei = BigInt((await this.wallet.provider.getGasPrice()).toString());
      if (this.o.maxGasPriceWei !== undefined && gasPriceWei > this.o.maxGasPriceWei) {
        skip(key, `gas price ${gasPriceWei} > maxGasPriceWei ${this.o.maxGasPriceWei}`, "gas_price");
        continue;
      }
      const totalFees = batch.fees.reduce((a, f) => a + f, 0n);
      const d = batchDecision(this.o.profitability, this.o.wrappedBtt, { tokenContract: batch.tokenContract, totalFees, gas, gasPriceWei });
      if (!d.relay) {
        skip(key, d.reason, "unprofitable");
        continue;
      }
      await this.sendAndWait(`submitBatch ${key} (${batch.amounts.length} transfers)`, () => bridge.populateTransaction.submitBatch(...args, { gasLimit: (gas * 12n) / 10n }));
      this.o.metrics.batchesRelayed.inc({ token: batch.tokenContract });
      relayed++;
    }
    return relayed;
  }

  async tick(): Promise<RoundResult> {
    const skipped: Record<string, string> = {};
    if (this.sender.inflight) {
      // A tx of ours outlived txTimeoutMs last round: keep waiting for it (and replacing it) first.
      const what = this.sender.inflight.what;
      const done = await this.sender.resume();
      if (done) this.checkMined(what, done);
    }
    if (await this.ownTxPending()) {
      // Sent by an earlier process of this key (a restart): adopt it so that it is replaced, not only waited for.
      const adopted = await this.sender.adoptPending();
      const done = adopted && (await this.sender.resume());
      if (done) this.o.log.info({ what: adopted.what, tx: done.receipt.transactionHash, status: done.receipt.status, versions: done.attempts.length }, "the tx from before the restart is mined");
      // Asked again only after an adoption: the common round (nothing pending) costs one look, not two.
      if (!done || (await this.ownTxPending())) {
        this.o.log.info({ address: this.wallet.address }, "an earlier tx of this relayer is still pending: waiting for it");
        return { valsets: 0, batches: 0, skipped };
      }
    }
    const valsets = await this.relayValsets();
    const batches = await this.relayBatches(skipped);
    const state = await readBridgeState(this.bridge);
    this.o.metrics.lastEventNonce.set(Number(state.lastEventNonce));
    this.o.metrics.lastEthBlock.set(await this.wallet.provider.getBlockNumber());
    if (Object.keys(skipped).length) this.o.log.debug({ skipped }, "batches left for now");
    this.health = { status: "ok", address: this.wallet.address, contractValsetNonce: String(state.lastValsetNonce), lastEventNonce: String(state.lastEventNonce), skipped, at: new Date().toISOString() };
    return { valsets, batches, skipped };
  }

  run(): Promise<void> {
    return this.loop.run();
  }

  stop(): void {
    this.loop.stop();
  }
}
