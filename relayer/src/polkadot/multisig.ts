// The custody multisig: the pallet_multisig account of the orchestrators' keys (threshold ⌈2n/3⌉), and an
// orchestrator's approval of a call (a withdrawal, a checkpoint): multisig.asMulti(threshold, otherSignatories,
// maybeTimepoint, call, maxWeight). The first approval opens the operation (timepoint none, the opener's deposit
// reserved), later ones name its timepoint read from `multisig.multisigs` storage, and the threshold-th one executes
// the call (MultisigExecuted with its result; the deposit returns to the opener). Everything the approval needs is
// read from storage, so an orchestrator that restarts mid-way resumes: one that already approved does nothing, and
// one that was down approves later; the threshold is met by whichever orchestrators are up.
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { Call } from "@polkadot/types/interfaces";
import { u8aToHex } from "@polkadot/util";
import { createKeyMulti, sortAddresses } from "@polkadot/util-crypto";
import { accountHex, parseAccount, ss58, submit, type Submitted } from "./api.js";
import { callHashOf, walkCalls } from "./watcher.js";
import type { PolkadotCustody } from "./types.js";

/** ⌈2n/3⌉ of n orchestrators. */
export function custodyThreshold(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`a custody needs at least one signatory, got ${n}`);
  return Math.ceil((2 * n) / 3);
}

/** The custody of `signatories` (SS58 or 0x-hex AccountIds, any order; duplicates refused). */
export function makeCustody(id: bigint, signatories: string[], threshold = custodyThreshold(signatories.length)): PolkadotCustody {
  const ids = signatories.map(parseAccount);
  if (new Set(ids).size !== ids.length) throw new Error("duplicate custody signatory");
  if (threshold < 1 || threshold > ids.length) throw new Error(`threshold ${threshold} out of 1..${ids.length}`);
  return { id, account: u8aToHex(createKeyMulti(ids, threshold)), signatories: ids, threshold };
}

export interface PendingMultisig {
  timepoint: { height: number; index: number };
  /** AccountIds (0x-hex) that approved so far. */
  approvals: string[];
  depositor: string;
  deposit: bigint;
}

/** The open operation of `callHash` in `custody` (multisig.multisigs storage), if any. */
export async function pendingMultisig(api: ApiPromise, custody: PolkadotCustody, callHash: string): Promise<PendingMultisig | undefined> {
  const entry = await api.query.multisig.multisigs(ss58(custody.account), callHash);
  const opt = entry as unknown as { isSome: boolean; unwrap(): { when: { height: { toNumber(): number }; index: { toNumber(): number } }; approvals: { toString(): string }[]; depositor: { toString(): string }; deposit: { toString(): string } } };
  if (!opt.isSome) return undefined;
  const m = opt.unwrap();
  return {
    timepoint: { height: m.when.height.toNumber(), index: m.when.index.toNumber() },
    approvals: m.approvals.map((a) => accountHex(a.toString())),
    depositor: accountHex(m.depositor.toString()),
    deposit: BigInt(m.deposit.toString()),
  };
}

/** What waits in the node's pool that bears on `key`'s approval of `callHash` in `custody`. */
export interface PooledApprovals {
  /** Whether an extrinsic of this key (any call) waits in the pool. */
  mine: boolean;
  /** Other custody members (0x-hex) whose asMulti of this call waits in the pool. */
  others: string[];
}

/** Reads the node's pool (author_pendingExtrinsics) for approvals of `callHash` by other members, and for this key's own extrinsics. */
export async function pooledApprovals(api: ApiPromise, custody: PolkadotCustody, me: string, callHash: string): Promise<PooledApprovals> {
  const out: PooledApprovals = { mine: false, others: [] };
  for (const xt of await api.rpc.author.pendingExtrinsics()) {
    if (!xt.isSigned) continue;
    const signer = accountHex(xt.signer.toString());
    if (signer === me) {
      out.mine = true;
      continue;
    }
    if (!custody.signatories.includes(signer) || out.others.includes(signer)) continue;
    const approves = walkCalls(xt.method as unknown as Call).some((c) => {
      if (c.section !== "multisig" || (c.method !== "asMulti" && c.method !== "asMultiThreshold1")) return false;
      return callHashOf(c.args[c.method === "asMulti" ? 3 : 1] as unknown as Call) === callHash;
    });
    if (approves) out.others.push(signer);
  }
  return out;
}

export type ApprovalAction = "open" | "approve" | "execute";

export interface ApprovalPlan {
  callHash: string;
  /**
   * What this approval does; "already-approved", "already-executed" and "in-pool" (with the `pool` option: it would
   * race what waits in the pool; plan again once that is in a block) submit nothing.
   */
  action: ApprovalAction | "already-approved" | "already-executed" | "in-pool";
  pending?: PendingMultisig;
  pooled?: PooledApprovals;
}

export interface ApproveOptions {
  /**
   * Call hashes the custody already executed (the watcher's executedCallHashes): such a call is never opened again
   * (a late orchestrator would otherwise open a second operation of a paid withdrawal).
   */
  executed?: ReadonlySet<string>;
  /**
   * Read the node's pool first and plan "in-pool" rather than an approval that would fail in the same block: an
   * open while another member's open waits (the second fails with multisig.NoTimepoint), an approval when those
   * waiting already meet the threshold (it would land after the execution: multisig.UnexpectedTimepoint), or any
   * while an extrinsic of this key waits (never two of its extrinsics in one block). Either way the fee is lost.
   */
  pool?: boolean;
}

/** What approving `call` would do now for `key` (reads storage only). */
export async function planApproval(api: ApiPromise, custody: PolkadotCustody, key: KeyringPair, call: Call, opts: ApproveOptions = {}): Promise<ApprovalPlan> {
  const me = accountHex(u8aToHex(key.addressRaw));
  if (!custody.signatories.includes(me)) throw new Error(`${key.address} is not a signatory of custody ${custody.id}`);
  const callHash = callHashOf(call);
  const pending = await pendingMultisig(api, custody, callHash);
  let plan: ApprovalPlan;
  if (!pending) {
    if (opts.executed?.has(callHash)) return { callHash, action: "already-executed" };
    plan = { callHash, action: custody.threshold === 1 ? "execute" : "open" };
  } else {
    if (pending.approvals.includes(me)) return { callHash, action: "already-approved", pending };
    plan = { callHash, action: pending.approvals.length + 1 >= custody.threshold ? "execute" : "approve", pending };
  }
  if (!opts.pool) return plan;
  const pooled = await pooledApprovals(api, custody, me, callHash);
  const others = pooled.others.filter((o) => !pending?.approvals.includes(o)).length;
  // No operation yet: one pooled open makes this one a second open. Open: this one lands after the threshold-th.
  const late = pending ? pending.approvals.length + others >= custody.threshold : others > 0;
  return pooled.mine || late ? { ...plan, action: "in-pool", pooled } : { ...plan, pooled };
}

export interface ApprovalResult extends ApprovalPlan {
  submitted?: Submitted;
}

/**
 * Approves `call` in `custody` with `key` (one asMulti extrinsic), or does nothing when this key already approved
 * or the call was executed. Resolves once the extrinsic is in the pool; `submitted.outcome` once it is finalized.
 */
export async function approve(api: ApiPromise, custody: PolkadotCustody, key: KeyringPair, call: Call, opts: ApproveOptions = {}): Promise<ApprovalResult> {
  const plan = await planApproval(api, custody, key, call, opts);
  if (plan.action === "already-approved" || plan.action === "already-executed" || plan.action === "in-pool") return plan;
  const me = accountHex(u8aToHex(key.addressRaw));
  const others = sortAddresses(custody.signatories.filter((s) => s !== me).map((s) => ss58(s)));
  const maxWeight = (await api.tx(call).paymentInfo(ss58(custody.account))).weight;
  const timepoint = plan.pending ? plan.pending.timepoint : null;
  const tx = custody.threshold === 1 ? api.tx.multisig.asMultiThreshold1(others, call) : api.tx.multisig.asMulti(custody.threshold, others, timepoint, call, maxWeight);
  return { ...plan, submitted: await submit(api, tx, key) };
}

/**
 * Cancels the open operation of `callHash` (multisig.cancelAsMulti), which only its opener (the depositor) may do:
 * its deposit is returned. Undefined when there is no such operation or `key` did not open it.
 */
export async function cancelOperation(api: ApiPromise, custody: PolkadotCustody, key: KeyringPair, callHash: string): Promise<Submitted | undefined> {
  const me = accountHex(u8aToHex(key.addressRaw));
  const pending = await pendingMultisig(api, custody, callHash);
  if (!pending || pending.depositor !== me) return undefined;
  const others = sortAddresses(custody.signatories.filter((s) => s !== me).map((s) => ss58(s)));
  return submit(api, api.tx.multisig.cancelAsMulti(custody.threshold, others, pending.timepoint, callHash), key);
}
