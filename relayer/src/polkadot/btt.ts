// The BTT side of the Polkadot bridge (BttPolkadotSide, types.ts) over @btt/ts-client: x/bridge's generated Polkadot
// queries, its generated messages signed by the orchestrator account with cosmjs (the IBC relayer's IbcChain: local
// sequence, simulated gas, waits for the block), and its typed events (decodeEvent/findEvents).
//
// Claims: the relayer numbers claims in (Polkadot block, event index) order; x/bridge's messages carry the block
// number and, for a deposit, the extrinsic index (the event index is relayer-internal: it only orders claims inside
// a block). Where to resume is therefore (nonce, block, how many claims of that block are attested): see
// lastAttested, which counts them from the kept attestations.
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { fromBech32, toBech32, toHex } from "@cosmjs/encoding";
import { createBttQueryClient, findEvents, type BttQueryClient } from "@btt/ts-client";
import { MessageComposer } from "@btt/ts-client/generated/btt/bridge/v1/tx.registry";
import { EventPolkadotWithdrawalCreated } from "@btt/ts-client/generated/btt/bridge/v1/events";
import { PolkadotWithdrawalKind } from "@btt/ts-client/generated/btt/bridge/v1/polkadot";
import type { KeyringPair } from "@polkadot/keyring/types";
import { hexToU8a } from "@polkadot/util";
import type { Logger } from "pino";
import { IbcChain } from "../chain.js";
import type { ChainConfig } from "../config.js";
import { signerFor } from "../keys.js";
import { proofOfPossession } from "./api.js";
import type { AttestedPosition, BttCheckpoint, BttPolkadotSide, PolkadotClaim, PolkadotCustody, PolkadotWithdrawal } from "./types.js";

const compose = MessageComposer.withTypeUrl;

/** The x/bridge message of one claim, signed by `orchestrator`. */
export function polkadotClaimMsg(orchestrator: string, c: PolkadotClaim): EncodeObject {
  if (c.kind === "deposit") {
    return compose.polkadotDepositClaim({
      orchestrator,
      eventNonce: c.eventNonce,
      blockNumber: BigInt(c.blockNumber),
      extrinsicIndex: c.extrinsicIndex,
      custodyId: c.custodyId,
      sender: c.sender,
      amount: c.amount.toString(),
      bttReceiver: c.bttReceiver,
    });
  }
  return compose.polkadotWithdrawalExecutedClaim({ orchestrator, eventNonce: c.eventNonce, blockNumber: BigInt(c.blockNumber), withdrawalId: c.withdrawalId, success: c.success });
}

export interface BttPolkadotOptions {
  /** Claims per BTT transaction (default 20). */
  maxClaimsPerTx?: number;
}

export class BttPolkadotChain implements BttPolkadotSide {
  private constructor(
    readonly chain: IbcChain,
    readonly query: BttQueryClient,
    readonly log: Logger,
    readonly opts: BttPolkadotOptions,
  ) {}

  static async connect(cfg: ChainConfig, log: Logger, opts: BttPolkadotOptions = {}): Promise<BttPolkadotChain> {
    const chain = await IbcChain.connect(cfg, await signerFor(cfg), log);
    return new BttPolkadotChain(chain, createBttQueryClient(chain.comet), log, opts);
  }

  /** The orchestrator account (btt1…) that signs claims. */
  get address(): string {
    return this.chain.address;
  }

  /** The validator operator address (bttvaloper…) of the same key. */
  get valoper(): string {
    return toBech32(`${this.chain.cfg.prefix}valoper`, fromBech32(this.address, 256).data);
  }

  get bridge() {
    return this.query.btt.bridge.v1;
  }

  disconnect(): void {
    this.chain.disconnect();
  }

  send(msgs: EncodeObject[], memo = ""): Promise<DeliverTxResponse> {
    return this.chain.send(msgs, memo);
  }

  async custodies(): Promise<PolkadotCustody[]> {
    const { custodies } = await this.bridge.polkadotCustodies();
    return custodies.map((c) => ({ id: c.id, account: c.account.toLowerCase(), signatories: c.members.map((m) => m.toLowerCase()), threshold: c.threshold }));
  }

  /** The current custody (undefined before any validator registered a Polkadot key). */
  async currentCustody(): Promise<PolkadotCustody | undefined> {
    const c = (await this.bridge.polkadotCustody({ id: 0n }).catch(() => undefined))?.custody;
    if (!c || !c.account) return undefined;
    return { id: c.id, account: c.account.toLowerCase(), signatories: c.members.map((m) => m.toLowerCase()), threshold: c.threshold };
  }

  /** This account's Polkadot registration (the validator it orchestrates for and its Polkadot account), if any. */
  async registration(): Promise<{ validator: string; polkadotAccount: string } | undefined> {
    const { orchestrators } = await this.bridge.polkadotOrchestrators();
    const r = orchestrators.find((o) => o.orchestrator === this.address || o.validator === this.valoper);
    return r ? { validator: r.validator, polkadotAccount: r.polkadotAccount.toLowerCase() } : undefined;
  }

  /**
   * Registers `key` as the Polkadot key of this account's validator (MsgSetPolkadotOrchestrator, signed by the
   * operator account, with the proof of possession over x/bridge's bridge_id), this account as its orchestrator.
   * Nothing is sent when exactly this key is registered already.
   */
  async register(key: KeyringPair): Promise<{ validator: string; polkadotAccount: string; sent: boolean }> {
    const { params } = await this.bridge.params();
    if (!params.bridgeId) throw new Error("x/bridge's bridge_id param is not set: no Polkadot key can be registered yet");
    const pop = proofOfPossession(key, params.bridgeId.toLowerCase(), this.valoper);
    const existing = await this.registration();
    if (existing && existing.polkadotAccount === pop.accountId.toLowerCase()) return { ...existing, sent: false };
    const { orchestrators } = await this.bridge.orchestrators().catch(() => ({ orchestrators: [] as { validator: string; orchestrator: string }[] }));
    const eth = orchestrators.find((o) => o.validator === this.valoper);
    await this.send([
      compose.setPolkadotOrchestrator({
        validator: this.valoper,
        polkadotAccount: pop.accountId,
        keyType: "ecdsa",
        publicKey: hexToU8a(pop.publicKey),
        proof: hexToU8a(pop.signature),
        // With an Ethereum registration the orchestrator is that one's (empty = the same).
        orchestrator: eth ? "" : this.address,
      }),
    ]).catch((e: unknown) => {
      throw new Error(`MsgSetPolkadotOrchestrator failed (is ${this.address} the operator account of validator ${this.valoper}?): ${e instanceof Error ? e.message : String(e)}`);
    });
    this.log.info({ validator: this.valoper, polkadotAccount: pop.accountId }, "Polkadot key registered (MsgSetPolkadotOrchestrator)");
    return { validator: this.valoper, polkadotAccount: pop.accountId, sent: true };
  }

  async lastEventNonce(address = this.address): Promise<{ eventNonce: bigint; lastObserved: bigint }> {
    const r = await this.bridge.polkadotLastEventNonce({ address });
    return { eventNonce: r.eventNonce, lastObserved: r.lastObservedEventNonce };
  }

  /**
   * The last claim this validator attested: its nonce, its Polkadot block, and how many claims of that block (up to
   * and including it) are numbered up to it, counted from the kept attestations (newest first).
   */
  async lastAttested(): Promise<AttestedPosition | undefined> {
    const { eventNonce } = await this.lastEventNonce();
    if (eventNonce === 0n) return undefined;
    const blocks = new Map<bigint, bigint>();
    let key: Uint8Array | undefined;
    for (let page = 0; page < 50; page++) {
      const res = await this.bridge.polkadotAttestations(key ? { pagination: { key, offset: 0n, limit: 200n, countTotal: false, reverse: false } } : { pagination: { key: new Uint8Array(), offset: 0n, limit: 200n, countTotal: false, reverse: false } });
      for (const a of res.attestations) {
        if (a.eventNonce > eventNonce || blocks.has(a.eventNonce)) continue;
        const b = a.claim.deposit?.blockNumber ?? a.claim.withdrawalExecuted?.blockNumber;
        if (b !== undefined) blocks.set(a.eventNonce, b);
      }
      if (!res.pagination?.nextKey?.length) break;
      key = res.pagination.nextKey;
    }
    const block = blocks.get(eventNonce);
    if (block === undefined) return { nonce: eventNonce }; // pruned: the caller works it out on Polkadot
    let inBlock = 0;
    for (let n = eventNonce; n > 0n && blocks.get(n) === block; n--) inBlock++;
    // A claim of the same block below the oldest kept attestation: unknown count.
    const complete = eventNonce - BigInt(inBlock) === 0n || blocks.has(eventNonce - BigInt(inBlock));
    return { nonce: eventNonce, blockNumber: Number(block), claimsInBlock: complete ? inBlock : undefined };
  }

  /**
   * Claims in txs of maxClaimsPerTx, all broadcast before any is in a block (one block for all, not one each). Only
   * the first is simulated: CheckTx does not run messages, so a later tx's claims (nonces after the first tx's)
   * would not simulate; they are signed for the first tx's gas per claim (times the chain's gas adjustment).
   */
  async submitClaims(claims: PolkadotClaim[]): Promise<void> {
    const per = this.opts.maxClaimsPerTx ?? 20;
    const parts: PolkadotClaim[][] = [];
    for (let i = 0; i < claims.length; i += per) parts.push(claims.slice(i, i + per));
    const sent = [];
    let gasPerClaim: number | undefined;
    for (const part of parts) {
      const msgs = part.map((c) => polkadotClaimMsg(this.address, c));
      const tx = await this.chain.submit(msgs, "", gasPerClaim === undefined ? undefined : Math.ceil(gasPerClaim * part.length));
      gasPerClaim ??= tx.gas / part.length;
      sent.push({ tx, part });
    }
    for (const { tx, part } of sent) {
      await tx.confirmed;
      this.log.info({ from: String(part[0]!.eventNonce), to: String(part[part.length - 1]!.eventNonce), tx: tx.hash }, "Polkadot claims submitted");
    }
  }

  async pendingWithdrawals(): Promise<{ height: bigint; withdrawals: PolkadotWithdrawal[] }> {
    const height = BigInt(await this.chain.latestHeight());
    const custodies = new Map((await this.custodies()).map((c) => [c.id, c]));
    const out: PolkadotWithdrawal[] = [];
    let key: Uint8Array = new Uint8Array();
    for (let page = 0; page < 100; page++) {
      const res = await this.bridge.polkadotPendingWithdrawals({ pagination: { key, offset: 0n, limit: 200n, countTotal: false, reverse: false } });
      for (const w of res.withdrawals) {
        // A migration pays the new custody's account.
        const destination = w.kind === PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_MIGRATION ? (w.destinationAccount || custodies.get(w.toCustodyId)?.account || "") : w.destinationAccount;
        out.push({ id: w.id, destination, amount: BigInt(w.amount), custodyId: w.custodyId, timeoutHeight: w.timeoutHeight });
      }
      if (!res.pagination?.nextKey?.length) break;
      key = res.pagination.nextKey;
    }
    return { height, withdrawals: out };
  }

  /** The kept checkpoints at or above `fromHeight` (default: only the newest), oldest first, with their BTT block hashes. */
  async checkpoints(fromHeight?: bigint): Promise<BttCheckpoint[]> {
    const out: BttCheckpoint[] = [];
    let key: Uint8Array = new Uint8Array();
    for (let page = 0; page < 100; page++) {
      const res = await this.bridge.polkadotCheckpoints({ pagination: { key, offset: 0n, limit: fromHeight === undefined ? 1n : 100n, countTotal: false, reverse: true } });
      let older = false;
      for (const cp of res.checkpoints) {
        if (fromHeight !== undefined && cp.height < fromHeight) {
          older = true;
          break;
        }
        out.push({ height: cp.height, blockHash: await this.blockHash(cp.height), bridgeStateHash: cp.bridgeStateHash });
      }
      if (fromHeight === undefined || older || !res.pagination?.nextKey?.length) break;
      key = res.pagination.nextKey;
    }
    return out.reverse();
  }

  /** CometBFT's hash of BTT block `height` (lower-case hex, no 0x). */
  async blockHash(height: bigint): Promise<string> {
    const b = await this.chain.comet.block(Number(height));
    return toHex(b.blockId.hash);
  }

  /** MsgSendToPolkadot from this account (fee: params.polkadot.min_withdrawal_fee unless given); the new withdrawal's id (from the typed event). */
  async sendToPolkadot(destination: string, amount: bigint, fee?: bigint): Promise<{ withdrawalId: bigint; custodyId: bigint; txHash: string }> {
    const paid = fee ?? BigInt((await this.bridge.params()).params.polkadot.minWithdrawalFee || "0");
    const r = await this.send([compose.sendToPolkadot({ sender: this.address, destination, amount: { denom: POLKADOT_VOUCHER_DENOM, amount: amount.toString() }, fee: { denom: POLKADOT_VOUCHER_DENOM, amount: paid.toString() } })]);
    const [ev] = findEvents(r.events, EventPolkadotWithdrawalCreated);
    if (!ev?.withdrawal) throw new Error(`MsgSendToPolkadot ${r.transactionHash}: no EventPolkadotWithdrawalCreated`);
    return { withdrawalId: ev.withdrawal.id, custodyId: ev.withdrawal.custodyId, txHash: r.transactionHash };
  }
}

export const POLKADOT_VOUCHER_DENOM = "bridge/dot/wnd";
