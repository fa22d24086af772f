// The orchestrator's view of Polkadot: finalized blocks only, read one by one from where the last attested claim
// lies, turned into claims numbered in (block, event index) order — the same numbers on every orchestrator, as
// there is no on-chain event nonce on Polkadot.
//
// In each block:
//  - a deposit is a Balances.Transfer event to a known custody (from anyone but a custody: moves between custodies
//    are not deposits). Its BTT receiver comes from a `system.remarkWithEvent("btt:<btt1…>")` in the same
//    extrinsic by the same sender (the System.Remarked event carries only blake2_256 of the remark, matched to the
//    text found in the extrinsic's calls, nested batches included). No remark, or not a valid btt1 account: the
//    claim names no receiver (bttReceiver ""), and x/bridge holds the deposit. A transfer that failed (below the
//    existential deposit into a custody that does not exist yet, say) emits no Transfer and is never claimed.
//  - a withdrawal executed is a Multisig.MultisigExecuted event of a custody whose call (found in the executing
//    asMulti extrinsic by its hash) is a withdrawal call (multisig.ts): the claim carries the inner call's result.
//    Checkpoint remarks executed the same way are not claims; checkpoint.ts reads them.
import type { ApiPromise } from "@polkadot/api";
import type { Call, DispatchError, EventRecord } from "@polkadot/types/interfaces";
import type { Logger } from "pino";
import { u8aToString, isUtf8 } from "@polkadot/util";
import { blake2AsHex } from "@polkadot/util-crypto";
import { fromBech32 } from "@cosmjs/encoding";
import { accountHex } from "./api.js";
import { parseCheckpointRemark, parseWithdrawalRemark, type AnchoredCheckpointText } from "./calls.js";
import type { PolkadotMetrics } from "./metrics.js";
import type { PolkadotClaim, PolkadotCustody, PolkadotDepositClaim, PolkadotWithdrawalExecutedClaim, WatchCursor } from "./types.js";

export const DEPOSIT_REMARK_PREFIX = "btt:";

/** A btt1… account address (20- or 32-byte bech32, prefix "btt"), lower-cased, or undefined. */
export function validBttAccount(text: string, prefix = "btt"): string | undefined {
  try {
    const lower = text.trim().toLowerCase();
    const d = fromBech32(lower, 90);
    if (d.prefix !== prefix || (d.data.length !== 20 && d.data.length !== 32)) return undefined;
    return lower;
  } catch {
    return undefined;
  }
}

/** Every call in `call`, depth first: itself, then calls nested in its arguments (batches, asMulti, proxies). */
export function walkCalls(call: Call): Call[] {
  const out: Call[] = [call];
  const visit = (v: unknown): void => {
    if (isCall(v)) {
      out.push(...walkCalls(v));
    } else if (Array.isArray(v)) {
      for (const x of v) visit(x);
    }
  };
  for (const a of call.args) visit(a);
  return out;
}

function isCall(v: unknown): v is Call {
  return typeof v === "object" && v !== null && "section" in v && "method" in v && "args" in v && Array.isArray((v as Call).args) && typeof (v as Call).callIndex !== "undefined";
}

/** blake2_256 of a call's SCALE encoding: the hash pallet_multisig keys a multisig by. */
export function callHashOf(call: Call): string {
  return blake2AsHex(call.toU8a(), 256);
}

interface RemarkText {
  hash: string;
  text?: string;
}

function remarksIn(call: Call): RemarkText[] {
  return walkCalls(call)
    .filter((c) => c.section === "system" && c.method === "remarkWithEvent")
    .map((c) => {
      const bytes = (c.args[0] as unknown as { toU8a(bare: boolean): Uint8Array }).toU8a(true);
      return { hash: blake2AsHex(bytes, 256), text: isUtf8(bytes) ? u8aToString(bytes) : undefined };
    });
}

export type ExecutionKind = { kind: "withdrawal"; withdrawalId: bigint } | ({ kind: "checkpoint" } & AnchoredCheckpointText) | { kind: "other" };

export interface MultisigExecution {
  custodyId: bigint;
  custody: string;
  extrinsicIndex: number;
  eventIndex: number;
  callHash: string;
  /** The inner call's dispatch result. */
  success: boolean;
  error?: string;
  /** What the call was; "other" when the call is not in the extrinsic (executed from another wrapper) or unknown. */
  call: ExecutionKind;
  /** The remark hashes the custody emitted (System.Remarked events by the custody) in this extrinsic. */
  remarkedHashes: string[];
}

export type DepositFinding = Omit<PolkadotDepositClaim, "eventNonce">;

export interface BlockFindings {
  blockNumber: number;
  blockHash: string;
  deposits: DepositFinding[];
  executions: MultisigExecution[];
}

export interface WatcherOptions {
  /** Blocks read per scan() at most (default 100). */
  maxBlocks?: number;
  /** Bech32 prefix of BTT accounts (default "btt"). */
  bttPrefix?: string;
  log?: Logger;
  metrics?: PolkadotMetrics;
}

export interface ScanResult {
  /** Claims after the cursor, numbered cursor.nonce+1, +2, … */
  claims: PolkadotClaim[];
  /** Where the next scan resumes once these claims are handled. */
  next: WatchCursor;
  /** The finalized head seen. */
  finalized: number;
  /** Every multisig execution of a custody in the blocks read (withdrawals, checkpoints, others). */
  executions: (MultisigExecution & { blockNumber: number })[];
}

export class PolkadotWatcher {
  private custodies = new Map<string, PolkadotCustody>();
  /** Call hashes every custody executed in the blocks read so far (multisig.ts refuses to open them again). */
  readonly executedCallHashes = new Set<string>();
  /** The last block scanned up to (so callers know whether executedCallHashes covers the finalized head). */
  scannedTo = -1;

  constructor(readonly api: ApiPromise, custodies: PolkadotCustody[], readonly opts: WatcherOptions = {}) {
    this.setCustodies(custodies);
  }

  setCustodies(custodies: PolkadotCustody[]): void {
    this.custodies = new Map(custodies.map((c) => [c.account.toLowerCase(), c]));
  }

  /**
   * Call hashes the custodies executed in blocks after the last scanned one up to the best (not yet finalized) head:
   * never claims, only so that an orchestrator does not reopen an operation executed moments ago.
   */
  async unfinalizedExecutions(): Promise<Set<string>> {
    const best = (await this.api.rpc.chain.getHeader()).number.toNumber();
    const out = new Set<string>();
    for (let n = this.scannedTo + 1; n <= best && this.scannedTo >= 0; n++) {
      for (const e of (await this.readBlock(n)).executions) out.add(e.callHash);
    }
    return out;
  }

  async finalizedHead(): Promise<number> {
    const hash = await this.api.rpc.chain.getFinalizedHead();
    return (await this.api.rpc.chain.getHeader(hash)).number.toNumber();
  }

  /** Deposits to and multisig executions of known custodies in finalized block `n`. */
  async readBlock(n: number): Promise<BlockFindings> {
    const hash = await this.api.rpc.chain.getBlockHash(n);
    if (hash.isEmpty) throw new Error(`no block ${n}`);
    const blockHash = hash.toHex();
    const signed = await this.api.derive.chain.getBlock(blockHash);
    const records: EventRecord[] = signed.events;
    const extrinsics = signed.block.extrinsics;
    const deposits: DepositFinding[] = [];
    const executions: MultisigExecution[] = [];
    const byExtrinsic = new Map<number, { index: number; record: EventRecord }[]>();
    records.forEach((record, index) => {
      if (!record.phase.isApplyExtrinsic) return;
      const i = record.phase.asApplyExtrinsic.toNumber();
      const list = byExtrinsic.get(i) ?? [];
      list.push({ index, record });
      byExtrinsic.set(i, list);
    });
    for (const [xi, evs] of byExtrinsic) {
      const failed = evs.some(({ record }) => record.event.section === "system" && record.event.method === "ExtrinsicFailed");
      if (failed) continue;
      const ext = extrinsics[xi];
      if (!ext) continue;
      const remarks = remarksIn(ext.method as unknown as Call);
      const remarked = evs
        .filter(({ record }) => record.event.section === "system" && record.event.method === "Remarked")
        .map(({ record }) => ({ sender: accountHex(record.event.data[0]!.toString()), hash: record.event.data[1]!.toHex() }));
      for (const { index, record } of evs) {
        const { section, method, data } = record.event;
        if (section === "balances" && method === "Transfer") {
          const from = accountHex(data[0]!.toString());
          const to = accountHex(data[1]!.toString());
          const custody = this.custodies.get(to);
          if (!custody || this.custodies.has(from)) continue;
          const mine = remarked.filter((r) => r.sender === from).map((r) => remarks.find((t) => t.hash === r.hash)?.text).filter((t): t is string => t !== undefined);
          const remark = mine.find((t) => t.startsWith(DEPOSIT_REMARK_PREFIX));
          const receiver = remark !== undefined ? validBttAccount(remark.slice(DEPOSIT_REMARK_PREFIX.length), this.opts.bttPrefix) : undefined;
          deposits.push({ kind: "deposit", blockNumber: n, extrinsicIndex: xi, eventIndex: index, custodyId: custody.id, sender: from, amount: BigInt(data[2]!.toString()), bttReceiver: receiver ?? "", remark });
        } else if (section === "multisig" && method === "MultisigExecuted") {
          // MultisigExecuted { approving, timepoint, multisig, call_hash, result }
          const custodyAccount = accountHex(data[2]!.toString());
          const custody = this.custodies.get(custodyAccount);
          if (!custody) continue;
          const callHash = data[3]!.toHex();
          const result = data[4] as unknown as { isOk: boolean; isErr: boolean; asErr: DispatchError };
          const call = walkCalls(ext.method as unknown as Call).find((c) => callHashOf(c) === callHash);
          const custodyRemarks = remarked.filter((r) => r.sender === custodyAccount).map((r) => r.hash);
          const exec: MultisigExecution = {
            custodyId: custody.id,
            custody: custodyAccount,
            extrinsicIndex: xi,
            eventIndex: index,
            callHash,
            success: result.isOk,
            error: result.isErr ? errorText(this.api, result.asErr) : undefined,
            call: call ? classify(call) : { kind: "other" },
            remarkedHashes: custodyRemarks,
          };
          executions.push(exec);
        }
      }
    }
    return { blockNumber: n, blockHash, deposits, executions };
  }

  /**
   * The claims after `cursor` in finalized blocks (at most maxBlocks of them), in order and numbered. Resuming from
   * the last attested claim's position gives the same numbers as before a restart.
   */
  async scan(cursor: WatchCursor): Promise<ScanResult> {
    const finalized = await this.finalizedHead();
    this.opts.metrics?.finalizedBlock.set(finalized);
    const from = cursor.blockNumber;
    const to = Math.min(finalized, from + (this.opts.maxBlocks ?? 100) - 1);
    const claims: PolkadotClaim[] = [];
    const executions: ScanResult["executions"] = [];
    let nonce = cursor.nonce;
    let next: WatchCursor = cursor;
    for (let n = from; n <= to; n++) {
      const f = await this.readBlock(n);
      for (const e of f.executions) {
        this.executedCallHashes.add(e.callHash);
        executions.push({ ...e, blockNumber: n });
      }
      const items = claimItems(f);
      for (const it of items) {
        if (n === cursor.blockNumber && it.eventIndex <= cursor.eventIndex) continue;
        nonce++;
        this.opts.metrics?.claimsFound.inc({ kind: it.kind });
        claims.push({ ...it, eventNonce: nonce } as PolkadotClaim);
        this.opts.log?.info({ kind: it.kind, eventNonce: String(nonce), block: n, extrinsic: it.extrinsicIndex }, "Polkadot claim found");
      }
      next = { nonce, blockNumber: n + 1, eventIndex: -1 };
      this.scannedTo = Math.max(this.scannedTo, n);
      this.opts.metrics?.scannedBlock.set(n);
    }
    return { claims, next, finalized, executions };
  }
}

export type ClaimItem = DepositFinding | Omit<PolkadotWithdrawalExecutedClaim, "eventNonce">;

/** A block's claims, not yet numbered, in the order they are numbered (event index). */
export function claimItems(f: BlockFindings): ClaimItem[] {
  const items: ClaimItem[] = [...f.deposits];
  for (const e of f.executions) {
    if (e.call.kind === "withdrawal") {
      items.push({ kind: "withdrawal_executed", blockNumber: f.blockNumber, extrinsicIndex: e.extrinsicIndex, eventIndex: e.eventIndex, custodyId: e.custodyId, withdrawalId: e.call.withdrawalId, success: e.success });
    }
  }
  return items.sort((a, b) => a.eventIndex - b.eventIndex);
}

function errorText(api: ApiPromise, err: DispatchError): string {
  if (err.isModule) {
    try {
      const m = api.registry.findMetaError(err.asModule);
      return `${m.section}.${m.name}`;
    } catch {
      return err.toString();
    }
  }
  return err.toString();
}

function classify(call: Call): ExecutionKind {
  const remarks = remarksIn(call).map((r) => r.text).filter((t): t is string => t !== undefined);
  const transfers = walkCalls(call).filter((c) => c.section === "balances" && (c.method === "transferKeepAlive" || c.method === "transfer" || c.method === "transferAllowDeath"));
  for (const t of remarks) {
    const id = parseWithdrawalRemark(t);
    if (id !== undefined && transfers.length === 1) return { kind: "withdrawal", withdrawalId: id };
    const cp = parseCheckpointRemark(t);
    if (cp && transfers.length === 0) return { kind: "checkpoint", ...cp };
  }
  return { kind: "other" };
}

