// The Polkadot orchestrator's loop, wired to the BTT side through BttPolkadotSide (types.ts; x/bridge's Polkadot
// messages will implement it). A round:
//  1. claims: the custodies x/bridge names; finalized blocks from the last attested claim (or the position this
//     process already submitted up to) read by the watcher; the claims found submitted in nonce order;
//  2. withdrawals: once the watcher has read up to the finalized head (so it knows every execution since the last
//     attested claim), each pending withdrawal of a custody this key signs for, not yet at its timeout height, is
//     approved (multisig.ts: open, approve or execute; nothing when already approved or executed);
//  3. checkpoints: the same for each checkpoint x/bridge asks to anchor.
// An operation is never reopened when the watcher saw it executed (finalized or in a block not yet final: see
// unfinalizedExecutions) or this process approved it before (gone from storage then means executed).
// One extrinsic of this key at a time, each awaited to finality (Polkadot nonces of one key go one per block here).
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { Logger } from "pino";
import { sleep } from "@btt/localnet";
import { accountHex, ss58 } from "./api.js";
import { checkpointCall, checkpointRemark, withdrawalCall } from "./calls.js";
import { approve } from "./multisig.js";
import type { PolkadotMetrics } from "./metrics.js";
import type { BttPolkadotSide, PolkadotCustody, WatchCursor } from "./types.js";
import { PolkadotWatcher } from "./watcher.js";
import type { Call } from "@polkadot/types/interfaces";

export interface PolkadotOrchestratorOptions {
  /** The first block read when nothing was attested yet. */
  startBlock: number;
  pollMs?: number;
  maxBlocks?: number;
  /** How long an approval may take to be finalized before the round gives up on it and re-plans from storage (default 120 s). */
  txTimeoutMs?: number;
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
  readonly account: string;

  constructor(readonly api: ApiPromise, readonly key: KeyringPair, readonly btt: BttPolkadotSide, readonly opts: PolkadotOrchestratorOptions) {
    this.watcher = new PolkadotWatcher(api, [], { maxBlocks: opts.maxBlocks, log: opts.log, metrics: opts.metrics });
    this.account = accountHex(key.address);
  }

  async round(): Promise<RoundReport> {
    const report: RoundReport = { claims: 0, approvals: [] };
    const custodies = await this.btt.custodies();
    this.watcher.setCustodies(custodies);
    const attested = await this.btt.lastAttested();
    let cursor = this.cursor ?? attested ?? { nonce: 0n, blockNumber: this.opts.startBlock, eventIndex: -1 };
    // Another process with this key (or a restart) may have got further: never behind the attested position.
    if (attested && attested.nonce > cursor.nonce) cursor = attested;
    const r = await this.watcher.scan(cursor);
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
      if (height >= w.timeoutHeight) continue;
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
    for (const cp of await this.btt.checkpoints()) {
      if (this.stopping) break;
      const custody = custodies.find((c) => c.signatories.includes(this.account));
      if (!custody) break;
      report.approvals.push(await this.approveAndWait(custody, checkpointCall(this.api, cp), checkpointRemark(cp), executed));
    }
    return report;
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

  private async approveAndWait(custody: PolkadotCustody, call: Call, what: string, executed: ReadonlySet<string>): Promise<RoundReport["approvals"][number]> {
    const a = await approve(this.api, custody, this.key, call, { executed });
    if (!a.submitted) return { what, action: a.action };
    this.approvedCallHashes.add(a.callHash);
    this.opts.metrics?.approvals.inc({ action: a.action });
    // A connection lost meanwhile (the node restarted) may never report the outcome: give up after txTimeoutMs; the
    // next round reads storage again (an approval that did land shows as "already-approved").
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: approval not finalized within ${this.opts.txTimeoutMs ?? 120_000} ms`)), this.opts.txTimeoutMs ?? 120_000);
    });
    const o = await Promise.race([a.submitted.outcome, timeout]).finally(() => clearTimeout(timer));
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
          await this.round();
        } catch (e) {
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
