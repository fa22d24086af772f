// The calls a custody multisig executes, built identically by every orchestrator (pallet_multisig keys an
// operation by the call's hash, so the same withdrawal must be the same bytes everywhere), and their remark texts.
//  - withdrawal: utility.batchAll([balances.transferKeepAlive(destination, amount), system.remarkWithEvent(
//    "btt-withdrawal:<id>")]); the remark makes two withdrawals of the same amount to the same account distinct
//    calls, and names the withdrawal in the executing extrinsic.
//  - checkpoint: system.remarkWithEvent("btt-checkpoint:<height>:<blockHashHex>:<stateHashHex>") (lower-case hex,
//    no 0x), executed by the custody, so System.Remarked { sender: custody, hash } anchors it.
import type { ApiPromise } from "@polkadot/api";
import type { Call } from "@polkadot/types/interfaces";
import { parseAccount, ss58 } from "./api.js";
import type { BttCheckpoint, PolkadotWithdrawal } from "./types.js";

export const WITHDRAWAL_REMARK_PREFIX = "btt-withdrawal:";
export const CHECKPOINT_REMARK_PREFIX = "btt-checkpoint:";

export function withdrawalRemark(id: bigint): string {
  return `${WITHDRAWAL_REMARK_PREFIX}${id}`;
}

export function parseWithdrawalRemark(text: string): bigint | undefined {
  const m = /^btt-withdrawal:(0|[1-9][0-9]{0,19})$/.exec(text);
  return m ? BigInt(m[1]!) : undefined;
}

function hash32(h: string, what: string): string {
  const x = h.trim().toLowerCase().replace(/^0x/, "");
  if (!/^[0-9a-f]{64}$/.test(x)) throw new Error(`${what} must be 32 bytes of hex, got ${JSON.stringify(h)}`);
  return x;
}

export function checkpointRemark(cp: BttCheckpoint): string {
  if (cp.height <= 0n) throw new Error(`checkpoint height must be positive, got ${cp.height}`);
  return `${CHECKPOINT_REMARK_PREFIX}${cp.height}:${hash32(cp.blockHash, "the BTT block hash")}:${hash32(cp.bridgeStateHash, "the bridge state hash")}`;
}

export interface AnchoredCheckpointText {
  height: bigint;
  blockHash: string;
  bridgeStateHash: string;
  remark: string;
}

export function parseCheckpointRemark(text: string): AnchoredCheckpointText | undefined {
  const m = /^btt-checkpoint:([1-9][0-9]{0,19}):([0-9a-f]{64}):([0-9a-f]{64})$/.exec(text);
  return m ? { height: BigInt(m[1]!), blockHash: m[2]!, bridgeStateHash: m[3]!, remark: text } : undefined;
}

/** The withdrawal's call; throws on a destination that is not an account or a non-positive amount. */
export function withdrawalCall(api: ApiPromise, w: PolkadotWithdrawal): Call {
  const dest = parseAccount(w.destination);
  if (w.amount <= 0n) throw new Error(`withdrawal ${w.id}: amount must be positive, got ${w.amount}`);
  return api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(ss58(dest), w.amount), api.tx.system.remarkWithEvent(withdrawalRemark(w.id))]).method as unknown as Call;
}

export function checkpointCall(api: ApiPromise, cp: BttCheckpoint): Call {
  return api.tx.system.remarkWithEvent(checkpointRemark(cp)).method as unknown as Call;
}
