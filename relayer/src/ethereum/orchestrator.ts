// `btt-relayer ethereum orchestrator`: one per validator. It holds the validator's orchestrator account (BTT) and its
// Ethereum key, registers them once (MsgSetOrchestrator), signs every valset and batch x/bridge asks its validator
// to sign (MsgConfirmValset / MsgConfirmBatch), and attests BttBridge's events (MsgDepositClaim,
// MsgBatchExecutedClaim, MsgValsetUpdatedClaim) strictly in event-nonce order, only once they are `confirmations`
// blocks deep. It keeps no state on disk: after a restart it resumes after the chain's LastEventNonce of its validator.
import { defaultAbiCoder } from "@ethersproject/abi";
import { getAddress } from "@ethersproject/address";
import { joinSignature } from "@ethersproject/bytes";
import { keccak256 } from "@ethersproject/keccak256";
import type { Provider } from "@ethersproject/providers";
import { formatBytes32String } from "@ethersproject/strings";
import type { Wallet } from "@ethersproject/wallet";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { batchDigest, checkpointDigest, signDigest, type Batch, type Valset } from "@btt/bridge-contracts";
import type { Logger } from "pino";
import { bridgeMsgs, claimMsg, type BttBatch, type BttBridgeChain, type BttValset } from "./btt.js";
import type { BridgeEvent } from "./contract.js";
import type { BridgeMetrics } from "./metrics.js";
import { EthereumWatcher } from "./watcher.js";
import { RoundLoop } from "./loop.js";

export const SET_ORCHESTRATOR_METHOD = formatBytes32String("setOrchestrator");

/** keccak256(abi.encode(bytes32 bridgeId, bytes32 "setOrchestrator", string validator, string orchestrator)). */
export function setOrchestratorDigest(bridgeId: string, validator: string, orchestrator: string): string {
  return keccak256(defaultAbiCoder.encode(["bytes32", "bytes32", "string", "string"], [bridgeId, SET_ORCHESTRATOR_METHOD, validator, orchestrator]));
}

/** 65-byte 0x r||s||v (v 27/28) over the EIP-191 hash of `digest`. */
export async function signHex(wallet: Wallet, digest: string): Promise<string> {
  return joinSignature(await signDigest(wallet, digest));
}

/** A stored x/bridge valset as the contract sees it (members are already in contract order). */
export function toContractValset(v: BttValset): Valset {
  return { validators: v.members.map((m) => getAddress(m.ethAddress)), powers: v.members.map((m) => m.power), valsetNonce: v.nonce };
}

/** A stored x/bridge batch as the contract's submitBatch arguments. */
export function toContractBatch(b: BttBatch): Batch {
  return {
    amounts: b.transfers.map((t) => BigInt(t.amount)),
    destinations: b.transfers.map((t) => getAddress(t.ethDestination)),
    fees: b.transfers.map((t) => BigInt(t.fee)),
    batchNonce: b.nonce,
    tokenContract: getAddress(b.tokenContract),
    batchTimeout: b.timeout,
  };
}

export interface OrchestratorOptions {
  pollMs: number;
  maxClaimsPerTx: number;
  confirmations: number;
  blockRange: number;
  startBlock: number;
  /** BttBridge address when the config names it; otherwise x/bridge's bridge_contract param. */
  bridgeContract?: string;
  metrics: BridgeMetrics;
  log: Logger;
}

export class Orchestrator {
  private readonly loop: RoundLoop;
  /** The block to scan Ethereum from (undefined: work it out from the chain's last attested nonce). */
  private cursor?: number;
  private watcher?: EthereumWatcher;
  private bridgeId?: string;
  validator?: string;
  /** Last round's facts, for /health and `status`. */
  health: Record<string, unknown> = { status: "starting" };

  constructor(readonly btt: BttBridgeChain, readonly wallet: Wallet, readonly provider: Provider, readonly o: OrchestratorOptions) {
    this.loop = new RoundLoop(o.pollMs, () => this.tick(), (e) => this.fail("round", e));
  }

  get ethAddress(): string {
    return this.wallet.address;
  }

  /**
   * Makes sure the chain links this account and Ethereum key to a validator: registers when the account is a
   * validator operator without a registration; refuses a registration that names another Ethereum key.
   */
  async ensureRegistered(): Promise<string> {
    const reg = await this.btt.registration();
    if (reg) {
      if (getAddress(reg.ethAddress) !== this.ethAddress) throw new Error(`this orchestrator account is registered for validator ${reg.validator} with Ethereum key ${reg.ethAddress}, but the configured key is ${this.ethAddress}`);
      this.validator = reg.validator;
      return reg.validator;
    }
    const { data } = fromBech32(this.btt.address, 256);
    const valoper = toBech32(`${this.btt.chain.cfg.prefix}valoper`, data);
    const params = await this.btt.params();
    const sig = await signHex(this.wallet, setOrchestratorDigest(params.bridgeId, valoper, this.btt.address));
    this.o.log.info({ validator: valoper, orchestrator: this.btt.address, ethAddress: this.ethAddress }, "registering the orchestrator (MsgSetOrchestrator)");
    await this.btt.send([bridgeMsgs.setOrchestrator({ operator: this.btt.address, orchestrator: this.btt.address, ethAddress: this.ethAddress, ethSignature: sig })]).catch((e: unknown) => {
      throw new Error(`MsgSetOrchestrator failed (is ${this.btt.address} the operator account of validator ${valoper}? Otherwise register with the operator key): ${e instanceof Error ? e.message : String(e)}`);
    });
    this.validator = valoper;
    return valoper;
  }

  /** One round: sign what is pending, then attest the confirmed Ethereum events. Errors are logged and counted. */
  async tick(): Promise<void> {
    const params = await this.btt.params();
    this.bridgeId = params.bridgeId;
    await this.signPending().catch((e: unknown) => this.fail("confirms", e));
    const bridge = this.o.bridgeContract ?? params.bridgeContract;
    if (!bridge) {
      this.health = { ...this.health, status: "waiting for the bridge contract (x/bridge param bridge_contract)" };
      return;
    }
    if (!this.watcher || this.watcher.address !== getAddress(bridge)) {
      this.watcher = new EthereumWatcher(this.provider, bridge, { confirmations: this.o.confirmations, blockRange: this.o.blockRange, log: this.o.log });
      this.cursor = undefined;
    }
    await this.attestEvents().catch((e: unknown) => this.fail("claims", e));
  }

  private fail(where: string, e: unknown): void {
    this.o.metrics.errors.inc({ where });
    this.o.log.error({ where, err: e instanceof Error ? e.message : String(e) }, "orchestrator round failed");
    // A failed claim tx may have half-advanced the chain: work the cursor out again next round.
    if (where === "claims") this.cursor = undefined;
  }

  /** Signs every valset and batch the chain says this validator has not signed, oldest first. */
  async signPending(): Promise<number> {
    const bridgeId = this.bridgeId ?? (await this.btt.params()).bridgeId;
    const me = this.btt.address;
    const msgs: { msg: EncodeObject; kind: "valset" | "batch" }[] = [];
    const { valsets } = await this.btt.bridge.pendingValsetConfirms({ orchestrator: me });
    for (const v of [...valsets].sort((a, b) => (a.nonce < b.nonce ? -1 : 1))) {
      const signature = await signHex(this.wallet, checkpointDigest(bridgeId, toContractValset(v)));
      msgs.push({ kind: "valset", msg: bridgeMsgs.confirmValset({ orchestrator: me, nonce: v.nonce, ethSigner: this.ethAddress, signature }) });
    }
    const { batches } = await this.btt.bridge.pendingBatchConfirms({ orchestrator: me });
    for (const b of batches) {
      const signature = await signHex(this.wallet, batchDigest(bridgeId, toContractBatch(b)));
      msgs.push({ kind: "batch", msg: bridgeMsgs.confirmBatch({ orchestrator: me, tokenContract: getAddress(b.tokenContract), nonce: b.nonce, ethSigner: this.ethAddress, signature }) });
    }
    for (let i = 0; i < msgs.length; i += this.o.maxClaimsPerTx) {
      const chunk = msgs.slice(i, i + this.o.maxClaimsPerTx);
      const res = await this.btt.send(chunk.map((c) => c.msg));
      for (const c of chunk) this.o.metrics.confirmsSigned.inc({ kind: c.kind });
      this.o.log.info({ valsets: chunk.filter((c) => c.kind === "valset").length, batches: chunk.filter((c) => c.kind === "batch").length, tx: res.transactionHash }, "confirmations submitted");
    }
    return msgs.length;
  }

  /** Where to scan Ethereum from, given the last event nonce this validator attested. */
  async startBlockFor(lastNonce: bigint): Promise<number> {
    if (lastNonce === 0n) return this.o.startBlock;
    const h = await this.btt.ethereumHeightOf(lastNonce).catch(() => undefined);
    // The attested event's own block: later events are in it or after it.
    return h !== undefined ? Math.max(this.o.startBlock, Number(h)) : this.o.startBlock;
  }

  /** Submits claims for the confirmed events after the chain's last attested nonce; returns how many. */
  async attestEvents(): Promise<number> {
    const watcher = this.watcher!;
    const me = this.btt.address;
    let last = await this.btt.lastEventNonce(me);
    this.o.metrics.lastEventNonce.set(Number(last));
    if (this.cursor === undefined) this.cursor = await this.startBlockFor(last);
    let res = await watcher.scan(this.cursor, last);
    if (res.gapAt !== undefined && this.cursor > this.o.startBlock) {
      this.cursor = this.o.startBlock;
      res = await watcher.scan(this.cursor, last);
    }
    this.o.metrics.lastSafeBlock.set(res.scannedTo);
    this.o.metrics.lastEthBlock.set(res.scannedTo + this.o.confirmations);
    let sent = 0;
    for (let i = 0; i < res.events.length; i += this.o.maxClaimsPerTx) {
      const chunk: BridgeEvent[] = res.events.slice(i, i + this.o.maxClaimsPerTx);
      const tx = await this.btt.send(chunk.map((ev) => claimMsg(me, ev)));
      for (const ev of chunk) this.o.metrics.claimsSubmitted.inc({ kind: ev.kind === "batchExecuted" ? "batch_executed" : ev.kind === "valsetUpdated" ? "valset_updated" : "deposit" });
      last = chunk[chunk.length - 1]!.eventNonce;
      sent += chunk.length;
      this.o.metrics.lastEventNonce.set(Number(last));
      this.o.log.info({ from: String(chunk[0]!.eventNonce), to: String(last), kinds: chunk.map((e) => e.kind), tx: tx.transactionHash }, "claims submitted");
    }
    // Everything up to the safe head is attested (or there was nothing): continue after it. With a gap that the
    // rescan did not close, keep the cursor so that the next round looks again.
    if (res.gapAt === undefined) this.cursor = res.scannedTo + 1;
    this.health = { status: "ok", validator: this.validator, ethAddress: this.ethAddress, lastEventNonce: String(last), safeBlock: res.scannedTo, at: new Date().toISOString() };
    return sent;
  }

  /** Runs rounds every pollMs until stop(). */
  run(): Promise<void> {
    return this.loop.run();
  }

  stop(): void {
    this.loop.stop();
  }
}
