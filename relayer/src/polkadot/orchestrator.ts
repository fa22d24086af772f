// The Polkadot orchestrator's loop, wired to the BTT side through BttPolkadotSide (types.ts; btt.ts implements it
// over x/bridge). A round:
//  1. claims: the custodies x/bridge names; finalized blocks from the last attested claim (or the position this
//     process already submitted up to) read by the watcher; the claims found submitted in nonce order;
//  2. withdrawals: once the watcher has read up to the finalized head (so it knows every execution since the last
//     attested claim), each pending withdrawal of a custody this key signs for, not within timeoutMarginBlocks of its
//     timeout height, is approved (multisig.ts: open, approve or execute; nothing when already approved or executed);
//  3. checkpoints: BTT's newest checkpoint above the highest one the custody anchored (seen on Polkadot: executed
//     checkpoint remarks in the blocks read, and lookbackBlocks before the resume point at start), or a checkpoint
//     another orchestrator already opened (a pending multisig of its call), so that all converge on one.
// An operation is opened by one member picked by its call hash (the others approve once it is open, or open it
// themselves in turn, openAfterRounds rounds apart, when that member is down), so that openers rarely race.
// An operation is never reopened when the watcher saw it executed (finalized or in a block not yet final: see
// unfinalizedExecutions; at start the lookbackBlocks before the resume point are read for executions too) or this
// process approved it before (gone from storage then means executed).
// One extrinsic of this key at a time, each awaited to finality (Polkadot nonces of one key go one per block here),
// and none while one of its own still waits in the node's pool (after a timed-out wait). Before approving, the
// pool is read: no open while another member's open of the same call waits (the second in a block fails with
// multisig.NoTimepoint), no approval when those waiting already meet the threshold (it would land after the
// execution: multisig.UnexpectedTimepoint); the next round plans again from storage.
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { Logger } from "pino";
import { sleep } from "@btt/localnet";
import { accountHex, ss58, type Submitted, type TxOutcome } from "./api.js";
import { checkpointCall, checkpointRemark, withdrawalCall } from "./calls.js";
import { approve, cancelOperation, pendingMultisig, planApproval } from "./multisig.js";
import type { PolkadotMetrics } from "./metrics.js";
import type { AttestedPosition, BttCheckpoint, BttPolkadotSide, PolkadotCustody, WatchCursor } from "./types.js";
import { callHashOf, claimItems, PolkadotWatcher } from "./watcher.js";
import type { Call } from "@polkadot/types/interfaces";

export interface PolkadotOrchestratorOptions {
  /** The first block read when nothing was attested yet. */
  startBlock: number;
  pollMs?: number;
  maxBlocks?: number;
  /** How long an approval may take to be finalized before the round gives up on it and re-plans from storage (default 120 s). */
  txTimeoutMs?: number;
  /** No approval of a withdrawal this close (BTT blocks) to its timeout height (default 5): BTT refunds it then. */
  timeoutMarginBlocks?: number;
  /** Finalized blocks before the resume point read at start for executions and anchored checkpoints (default 200). */
  lookbackBlocks?: number;
  /**
   * An operation is opened by one member, picked by its call hash (hash mod n over the sorted signatories), so that
   * the others do not race it (a second opener in the same block fails with NoTimepoint and loses its fee); the
   * others open it themselves only after waiting their turn: the next member in sorted order after this many rounds,
   * the one after it twice as many, … (the picked one may be down; default 3).
   */
  openAfterRounds?: number;
  log: Logger;
  metrics?: PolkadotMetrics;
}

export interface RoundReport {
  claims: number;
  approvals: { what: string; action: string; success?: boolean; error?: string }[];
}

export class PolkadotOrchestrator {
  readonly watcher: PolkadotWatcher;
  private cursor?: WatchCursor;
  private stopping = false;
  /** Calls this process approved: gone from storage later means executed (or cancelled), never to be reopened. */
  private readonly approvedCallHashes = new Set<string>();
  /** The highest BTT checkpoint height the custody anchored, as seen on Polkadot. */
  anchoredHeight = 0n;
  private seeded = false;
  private rounds = 0;
  /** Operations waiting to be opened by their picked member: call hash → the round it was first seen. */
  private readonly waitingToOpen = new Map<string, number>();
  /** Checkpoint operations this process opened (call hash → custody and height): cancelled once superseded. */
  private readonly openedCheckpoints = new Map<string, { custody: PolkadotCustody; height: bigint }>();
  readonly account: string;

  constructor(readonly api: ApiPromise, readonly key: KeyringPair, readonly btt: BttPolkadotSide, readonly opts: PolkadotOrchestratorOptions) {
    this.watcher = new PolkadotWatcher(api, [], { maxBlocks: opts.maxBlocks, log: opts.log, metrics: opts.metrics });
    this.account = accountHex(key.address);
  }

  /** What /health reports. */
  health: Record<string, unknown> = { status: "starting" };

  async round(): Promise<RoundReport> {
    this.rounds++;
    if (this.waitingToOpen.size > 1000) this.waitingToOpen.clear();
    const report: RoundReport = { claims: 0, approvals: [] };
    const custodies = await this.btt.custodies();
    this.watcher.setCustodies(custodies);
    const attested = await this.btt.lastAttested();
    let cursor = this.cursor;
    // Another process with this key (or a restart) may have got further: never behind the attested position.
    if (!cursor || (attested && attested.nonce > cursor.nonce)) cursor = attested ? await this.resume(attested) : { nonce: 0n, blockNumber: this.opts.startBlock, eventIndex: -1 };
    if (!this.seeded) await this.seed(cursor.blockNumber);
    const r = await this.watcher.scan(cursor);
    for (const e of r.executions) this.noteCheckpoint(e);
    if (r.claims.length > 0) {
      await this.btt.submitClaims(r.claims);
      report.claims = r.claims.length;
    }
    this.cursor = r.next;
    for (const c of custodies) await this.custodyBalance(c);
    if (this.watcher.scannedTo < r.finalized) return report; // not caught up: executions not all known yet

    const recent = await this.watcher.unfinalizedExecutions();
    const executed = new Set([...this.watcher.executedCallHashes, ...recent, ...this.approvedCallHashes]);
    const { height, withdrawals } = await this.btt.pendingWithdrawals();
    for (const w of withdrawals) {
      if (this.stopping) break;
      if (height + BigInt(this.opts.timeoutMarginBlocks ?? 5) >= w.timeoutHeight) continue;
      const custody = this.mine(custodies, w.custodyId);
      if (!custody) continue;
      let call: Call;
      try {
        call = withdrawalCall(this.api, w);
      } catch (e) {
        this.opts.log.warn({ withdrawal: String(w.id), err: e instanceof Error ? e.message : String(e) }, "withdrawal refused: bad destination or amount");
        continue;
      }
      report.approvals.push(await this.approveAndWait(custody, call, `withdrawal ${w.id}`, executed));
    }
    const cp = this.stopping ? undefined : await this.checkpointToAnchor(custodies, executed);
    if (cp) {
      const call = checkpointCall(this.api, cp.checkpoint);
      const a = await this.approveAndWait(cp.custody, call, checkpointRemark(cp.checkpoint), executed);
      report.approvals.push(a);
      if (a.action === "open" && a.success) this.openedCheckpoints.set(callHashOf(call), { custody: cp.custody, height: cp.checkpoint.height });
      if (a.action === "execute" && a.success) this.anchoredHeight = cp.checkpoint.height > this.anchoredHeight ? cp.checkpoint.height : this.anchoredHeight;
    }
    if (!this.stopping) report.approvals.push(...(await this.cancelSuperseded()));
    return report;
  }

  /**
   * Cancels (multisig.cancelAsMulti) the checkpoint operations this process opened that a higher anchored checkpoint
   * superseded: nobody approves them any more, and the opener's deposit stays reserved until cancelled. (After a
   * restart the process no longer knows them: such a deposit stays reserved until cancelled by hand.)
   */
  private async cancelSuperseded(): Promise<RoundReport["approvals"]> {
    const out: RoundReport["approvals"] = [];
    for (const [hash, op] of this.openedCheckpoints) {
      if (this.stopping || op.height > this.anchoredHeight) continue;
      const what = `cancel superseded checkpoint ${op.height}`;
      const s = await cancelOperation(this.api, op.custody, this.key, hash);
      if (!s) {
        this.openedCheckpoints.delete(hash); // executed meanwhile, or already cancelled
        continue;
      }
      const o = await this.outcome(s, what);
      if (o.success) this.openedCheckpoints.delete(hash);
      this.opts.log.info({ what, success: o.success, error: o.error, block: o.blockNumber }, "superseded checkpoint operation cancelled");
      out.push({ what, action: "cancel", success: o.success, error: o.error });
    }
    return out;
  }

  /** The finalized outcome of `s`, or an error after txTimeoutMs (a connection lost meanwhile may never report it). */
  private async outcome(s: Submitted, what: string): Promise<TxOutcome> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not finalized within ${this.opts.txTimeoutMs ?? 120_000} ms`)), this.opts.txTimeoutMs ?? 120_000);
    });
    return Promise.race([s.outcome, timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * The checkpoint to approve now: one above the anchored height that a custody member already opened (oldest
   * first), else BTT's newest one when it is above the anchored height; undefined when none.
   */
  private async checkpointToAnchor(custodies: PolkadotCustody[], executed: ReadonlySet<string>): Promise<{ custody: PolkadotCustody; checkpoint: BttCheckpoint } | undefined> {
    // The current custody anchors: the newest one this key signs for.
    const custody = [...custodies].sort((a, b) => (a.id < b.id ? 1 : -1)).find((c) => c.signatories.includes(this.account));
    if (!custody) return undefined;
    const kept = (await this.btt.checkpoints(this.anchoredHeight + 1n)).filter((c) => c.height > this.anchoredHeight);
    for (const c of kept.slice(-20)) {
      const hash = callHashOf(checkpointCall(this.api, c));
      if (executed.has(hash)) continue;
      if (await pendingMultisig(this.api, custody, hash)) return { custody, checkpoint: c };
    }
    const newest = kept.at(-1);
    if (!newest || executed.has(callHashOf(checkpointCall(this.api, newest)))) return undefined;
    return { custody, checkpoint: newest };
  }

  private noteCheckpoint(e: { call: { kind: string; height?: bigint }; success: boolean }): void {
    if (e.call.kind === "checkpoint" && e.success && e.call.height !== undefined && e.call.height > this.anchoredHeight) this.anchoredHeight = e.call.height;
  }

  /** Reads the lookbackBlocks finalized blocks before `block` for executions (never reopened) and anchored checkpoints. */
  private async seed(block: number): Promise<void> {
    const from = Math.max(1, block - (this.opts.lookbackBlocks ?? 200));
    for (let n = from; n < block; n++) {
      for (const e of (await this.watcher.readBlock(n)).executions) {
        this.watcher.executedCallHashes.add(e.callHash);
        this.noteCheckpoint(e);
      }
    }
    this.seeded = true;
    this.opts.log.info({ from, to: block - 1, anchoredHeight: String(this.anchoredHeight) }, "read the blocks before the resume point for executions");
  }

  /** Where the watcher resumes after the attested claim `a`: right after it, in its block. */
  async resume(a: AttestedPosition): Promise<WatchCursor> {
    if (a.blockNumber === undefined) {
      throw new Error(`the attestation of Polkadot claim ${a.nonce} was pruned from BTT: cannot tell its block; resume by hand (polkadot.startBlock after it)`);
    }
    if (a.eventIndex !== undefined) return { nonce: a.nonce, blockNumber: a.blockNumber, eventIndex: a.eventIndex };
    if (a.claimsInBlock === undefined) return { nonce: a.nonce, blockNumber: a.blockNumber + 1, eventIndex: -1 };
    const items = claimItems(await this.watcher.readBlock(a.blockNumber));
    const it = items[a.claimsInBlock - 1];
    if (!it) throw new Error(`Polkadot block ${a.blockNumber} holds ${items.length} claims, but BTT attested ${a.claimsInBlock} of it: custodies or chain differ`);
    this.opts.log.info({ nonce: String(a.nonce), block: a.blockNumber, eventIndex: it.eventIndex }, "resuming after the last attested claim");
    return { nonce: a.nonce, blockNumber: a.blockNumber, eventIndex: it.eventIndex };
  }

  private mine(custodies: PolkadotCustody[], id: bigint): PolkadotCustody | undefined {
    const c = custodies.find((x) => x.id === id);
    return c && c.signatories.includes(this.account) ? c : undefined;
  }

  private async custodyBalance(c: PolkadotCustody): Promise<void> {
    if (!this.opts.metrics) return;
    const a = (await this.api.query.system.account(ss58(c.account))) as unknown as { data: { free: { toString(): string } } };
    this.opts.metrics.custodyBalance.set({ custody: String(c.id) }, Number(a.data.free.toString()));
  }

  /** Whether this key opens the operation `callHash` now (see openAfterRounds). */
  private mayOpen(custody: PolkadotCustody, callHash: string): boolean {
    const sorted = [...custody.signatories].sort();
    const n = sorted.length;
    // 0 for the picked member, 1 for the next one in sorted order, …: each waits its turn of openAfterRounds rounds.
    const rank = (sorted.indexOf(this.account) - Number(BigInt(callHash) % BigInt(n)) + n) % n;
    if (rank === 0) return true;
    const first = this.waitingToOpen.get(callHash) ?? this.rounds;
    this.waitingToOpen.set(callHash, first);
    return this.rounds - first >= rank * (this.opts.openAfterRounds ?? 3);
  }

  private async approveAndWait(custody: PolkadotCustody, call: Call, what: string, executed: ReadonlySet<string>): Promise<RoundReport["approvals"][number]> {
    const plan = await planApproval(this.api, custody, this.key, call, { executed, pool: true });
    if (plan.action === "open" && !this.mayOpen(custody, plan.callHash)) return { what, action: "waiting-for-opener" };
    if (plan.action === "in-pool") return { what, action: "waiting-for-pool" };
    this.waitingToOpen.delete(plan.callHash);
    const a = await approve(this.api, custody, this.key, call, { executed, pool: true });
    if (!a.submitted) return { what, action: a.action === "in-pool" ? "waiting-for-pool" : a.action };
    this.approvedCallHashes.add(a.callHash);
    this.opts.metrics?.approvals.inc({ action: a.action });
    // A connection lost meanwhile (the node restarted) may never report the outcome: give up after txTimeoutMs; the
    // next round reads storage again (an approval that did land shows as "already-approved").
    const o = await this.outcome(a.submitted, `${what}: approval`);
    if (!o.success) this.approvedCallHashes.delete(a.callHash);
    // Two orchestrators opening the same operation in one block: the second fails (no timepoint) and approves next round.
    if (!o.success) this.opts.log.warn({ what, action: a.action, error: o.error, block: o.blockNumber }, "multisig approval failed; retried next round");
    else this.opts.log.info({ what, action: a.action, block: o.blockNumber }, "multisig approval finalized");
    return { what, action: a.action, success: o.success, error: o.error };
  }

  /** Rounds every pollMs until stop(); an error is logged and counted, and the next round retries. */
  start(): { done: Promise<void>; stop: () => Promise<void> } {
    const done = (async () => {
      while (!this.stopping) {
        try {
          const r = await this.round();
          this.health = {
            status: "ok",
            lastRound: new Date().toISOString(),
            nextNonce: String((this.cursor?.nonce ?? 0n) + 1n),
            nextBlock: this.cursor?.blockNumber,
            scannedTo: this.watcher.scannedTo,
            anchoredHeight: String(this.anchoredHeight),
            lastRoundClaims: r.claims,
            lastRoundApprovals: r.approvals.length,
          };
        } catch (e) {
          this.health = { ...this.health, status: "error", error: e instanceof Error ? e.message : String(e) };
          this.opts.metrics?.errors.inc({ where: "round" });
          this.opts.log.warn({ err: e instanceof Error ? e.message : String(e) }, "Polkadot orchestrator round failed; retrying");
        }
        if (!this.stopping) await sleep(this.opts.pollMs ?? 1000);
      }
    })();
    return {
      done,
      stop: async () => {
        this.stopping = true;
        await done;
      },
    };
  }
}
