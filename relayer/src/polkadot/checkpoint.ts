// BTT checkpoints anchored on Polkadot: the custody multisig executes system.remarkWithEvent("btt-checkpoint:
// <height>:<blockHash>:<stateHash>") (calls.ts), so the runtime records System.Remarked { sender: custody,
// hash: blake2_256(remark) }. A checkpoint counts as anchored only when that event is there with the hash of the
// text found in the executing extrinsic (anyone can post a remark with the same text from another account: it is
// not the custody's and is ignored). `verify` compares the anchored checkpoints with what BTT reports.
import { blake2AsHex } from "@polkadot/util-crypto";
import { stringToU8a } from "@polkadot/util";
import { checkpointRemark } from "./calls.js";
import type { PolkadotWatcher } from "./watcher.js";
import type { BttCheckpoint } from "./types.js";

export interface AnchoredCheckpoint {
  height: bigint;
  blockHash: string;
  bridgeStateHash: string;
  custodyId: bigint;
  polkadotBlock: number;
  extrinsicIndex: number;
}

/** Checkpoints the known custodies anchored in finalized blocks fromBlock..toBlock (default: the finalized head). */
export async function readCheckpoints(watcher: PolkadotWatcher, fromBlock: number, toBlock?: number): Promise<AnchoredCheckpoint[]> {
  const to = Math.min(toBlock ?? Number.MAX_SAFE_INTEGER, await watcher.finalizedHead());
  const out: AnchoredCheckpoint[] = [];
  for (let n = fromBlock; n <= to; n++) {
    const f = await watcher.readBlock(n);
    for (const e of f.executions) {
      if (e.call.kind !== "checkpoint" || !e.success) continue;
      if (!e.remarkedHashes.includes(blake2AsHex(stringToU8a(e.call.remark), 256))) continue;
      out.push({ height: e.call.height, blockHash: e.call.blockHash, bridgeStateHash: e.call.bridgeStateHash, custodyId: e.custodyId, polkadotBlock: n, extrinsicIndex: e.extrinsicIndex });
    }
  }
  return out;
}

export interface CheckpointMismatch {
  height: bigint;
  polkadot: { blockHash: string; bridgeStateHash: string; polkadotBlock: number };
  btt: { blockHash: string; bridgeStateHash: string };
}

export interface VerifyReport {
  /** Heights anchored on Polkadot with exactly what BTT reports. */
  verified: bigint[];
  /** Anchored heights where BTT reports another block hash or state hash. */
  mismatched: CheckpointMismatch[];
  /** Heights BTT reports that no custody anchored (yet). */
  notAnchored: bigint[];
  /** Anchored heights BTT does not report. */
  unknownToBtt: bigint[];
  /** No mismatch. */
  ok: boolean;
}

export function verifyCheckpoints(anchored: AnchoredCheckpoint[], reported: BttCheckpoint[]): VerifyReport {
  const norm = (cp: BttCheckpoint) => {
    const [, , block, state] = checkpointRemark(cp).split(":");
    return { blockHash: block!, bridgeStateHash: state! };
  };
  const byHeight = new Map<bigint, AnchoredCheckpoint[]>();
  for (const a of anchored) byHeight.set(a.height, [...(byHeight.get(a.height) ?? []), a]);
  const report: VerifyReport = { verified: [], mismatched: [], notAnchored: [], unknownToBtt: [], ok: true };
  const seen = new Set<bigint>();
  for (const cp of [...reported].sort((a, b) => (a.height < b.height ? -1 : 1))) {
    seen.add(cp.height);
    const b = norm(cp);
    const list = byHeight.get(cp.height);
    if (!list) {
      report.notAnchored.push(cp.height);
      continue;
    }
    const bad = list.find((a) => a.blockHash !== b.blockHash || a.bridgeStateHash !== b.bridgeStateHash);
    if (bad) report.mismatched.push({ height: cp.height, polkadot: { blockHash: bad.blockHash, bridgeStateHash: bad.bridgeStateHash, polkadotBlock: bad.polkadotBlock }, btt: b });
    else report.verified.push(cp.height);
  }
  for (const h of byHeight.keys()) if (!seen.has(h)) report.unknownToBtt.push(h);
  report.ok = report.mismatched.length === 0;
  return report;
}
