/**
 * The digests that BTT validators' orchestrators sign and that BttBridge.sol verifies, computed with
 * @ethersproject/* (x/bridge's Go twin must produce the same bytes; bridge-contracts/README.md spells out the
 * layouts), the power normalisation, and the signature helpers.
 */
import { defaultAbiCoder } from "@ethersproject/abi";
import { getAddress } from "@ethersproject/address";
import { arrayify, splitSignature } from "@ethersproject/bytes";
import { hashMessage } from "@ethersproject/hash";
import { keccak256 } from "@ethersproject/keccak256";
import { formatBytes32String } from "@ethersproject/strings";

/** "checkpoint" as ASCII right-padded with zeros to 32 bytes (Solidity's bytes32 literal). */
export const CHECKPOINT_METHOD = formatBytes32String("checkpoint");
/** "transactionBatch" as ASCII right-padded with zeros to 32 bytes. */
export const BATCH_METHOD = formatBytes32String("transactionBatch");
export const TOTAL_POWER = 2n ** 32n;
/** floor(2^32 * 2 / 3): signatures must carry strictly more. */
export const POWER_THRESHOLD = (TOTAL_POWER * 2n) / 3n;

export interface Valset {
  /** Ethereum addresses of the orchestrators' keys, in valset order. */
  validators: string[];
  /** Normalised powers (sum <= 2^32), same order. */
  powers: bigint[];
  valsetNonce: bigint;
}

export interface Batch {
  amounts: bigint[];
  destinations: string[];
  fees: bigint[];
  batchNonce: bigint;
  tokenContract: string;
  /** Ethereum block height: the batch is valid while block.number < batchTimeout. */
  batchTimeout: bigint;
}

/** One validator's signature; v = 0 (r = s = 0) stands for "did not sign". */
export interface Sig {
  v: number;
  r: string;
  s: string;
}

export const NO_SIGNATURE: Sig = { v: 0, r: `0x${"00".repeat(32)}`, s: `0x${"00".repeat(32)}` };

const str = (xs: bigint[]): string[] => xs.map((x) => x.toString());

function checkBytes32(name: string, value: string): void {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value)) throw new Error(`${name} must be 32 bytes as 0x-hex, got ${value}`);
}

/**
 * A bridge id for a deployment: keccak256(abi.encode(string "btt-bridge", string bttChainId, uint256 evmChainId,
 * string label)). Any unique 32 bytes work; this derivation makes one per (BTT chain, EVM chain, label).
 */
export function makeBridgeId(bttChainId: string, evmChainId: bigint, label = "v1"): string {
  return keccak256(
    defaultAbiCoder.encode(["string", "string", "uint256", "string"], ["btt-bridge", bttChainId, evmChainId.toString(), label]),
  );
}

/** keccak256(abi.encode(bytes32 bridgeId, bytes32 "checkpoint", uint256 valsetNonce, address[] validators, uint256[] powers)) */
export function checkpointDigest(bridgeId: string, valset: Valset): string {
  checkBytes32("bridgeId", bridgeId);
  if (valset.validators.length !== valset.powers.length) throw new Error("validators and powers differ in length");
  return keccak256(
    defaultAbiCoder.encode(
      ["bytes32", "bytes32", "uint256", "address[]", "uint256[]"],
      [bridgeId, CHECKPOINT_METHOD, valset.valsetNonce.toString(), valset.validators, str(valset.powers)],
    ),
  );
}

/**
 * keccak256(abi.encode(bytes32 bridgeId, bytes32 "transactionBatch", uint256[] amounts, address[] destinations,
 * uint256[] fees, uint256 batchNonce, address tokenContract, uint256 batchTimeout))
 */
export function batchDigest(bridgeId: string, batch: Batch): string {
  checkBytes32("bridgeId", bridgeId);
  const n = batch.amounts.length;
  if (batch.destinations.length !== n || batch.fees.length !== n) throw new Error("amounts, destinations and fees differ in length");
  return keccak256(
    defaultAbiCoder.encode(
      ["bytes32", "bytes32", "uint256[]", "address[]", "uint256[]", "uint256", "address", "uint256"],
      [
        bridgeId,
        BATCH_METHOD,
        str(batch.amounts),
        batch.destinations,
        str(batch.fees),
        batch.batchNonce.toString(),
        batch.tokenContract,
        batch.batchTimeout.toString(),
      ],
    ),
  );
}

/** What ecrecover sees: keccak256("\x19Ethereum Signed Message:\n32" ++ digest). */
export function ethSignedHash(digest: string): string {
  return hashMessage(arrayify(digest));
}

/** Anything that signs like an @ethersproject/wallet Wallet. */
export interface MessageSigner {
  signMessage(message: Uint8Array): Promise<string>;
}

/** An orchestrator's signature over a digest: signMessage(arrayify(digest)) split into v, r, s (v is 27 or 28). */
export async function signDigest(signer: MessageSigner, digest: string): Promise<Sig> {
  const sig = splitSignature(await signer.signMessage(arrayify(digest)));
  return { v: sig.v, r: sig.r, s: sig.s };
}

/** The sigs array for a valset: the signature of each validator that signed, NO_SIGNATURE for the others. */
export function orderSignatures(valset: Valset, byAddress: Map<string, Sig>): Sig[] {
  const norm = new Map<string, Sig>();
  for (const [addr, sig] of byAddress) norm.set(getAddress(addr), sig);
  return valset.validators.map((v) => norm.get(getAddress(v)) ?? NO_SIGNATURE);
}

export interface Member {
  /** The validator's orchestrator Ethereum address. */
  ethAddress: string;
  /** Its bonded power (any unit: consensus power or tokens). */
  power: bigint;
}

/**
 * Normalises powers to 2^32 and orders the set. Each power becomes floor(power * 2^32 / total), so the normalised
 * total is at most 2^32 (it falls short by less than the number of members); members whose normalised power is 0
 * are dropped; the order is normalised power descending, then address ascending (as 20-byte unsigned integers).
 * Addresses come back checksummed. Throws on an empty set, a zero, negative or duplicate entry.
 */
export function normalisePowers(members: Member[]): { validators: string[]; powers: bigint[] } {
  if (members.length === 0) throw new Error("empty validator set");
  const seen = new Set<string>();
  let total = 0n;
  for (const m of members) {
    const a = getAddress(m.ethAddress);
    if (BigInt(a) === 0n) throw new Error("zero address in validator set");
    if (seen.has(a)) throw new Error(`duplicate address ${a} in validator set`);
    seen.add(a);
    if (m.power < 0n) throw new Error(`negative power for ${a}`);
    total += m.power;
  }
  if (total === 0n) throw new Error("validator set has no power");
  const rows = members
    .map((m) => ({ address: getAddress(m.ethAddress), power: (m.power * TOTAL_POWER) / total }))
    .filter((r) => r.power > 0n);
  rows.sort((a, b) => {
    if (a.power !== b.power) return a.power > b.power ? -1 : 1;
    const x = BigInt(a.address);
    const y = BigInt(b.address);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { validators: rows.map((r) => r.address), powers: rows.map((r) => r.power) };
}

/**
 * How far apart two normalised sets are: sum over addresses of |power in a - power in b|, divided by 2^32 (0 = same
 * powers, 2 = disjoint sets). x/bridge makes a new valset when this exceeds its threshold param (e.g. 0.05).
 */
export function powerDiff(a: Pick<Valset, "validators" | "powers">, b: Pick<Valset, "validators" | "powers">): number {
  const pa = new Map<string, bigint>();
  a.validators.forEach((v, i) => pa.set(getAddress(v), a.powers[i]!));
  let diff = 0n;
  const seen = new Set<string>();
  b.validators.forEach((v, i) => {
    const k = getAddress(v);
    seen.add(k);
    const d = (pa.get(k) ?? 0n) - b.powers[i]!;
    diff += d < 0n ? -d : d;
  });
  for (const [k, p] of pa) if (!seen.has(k)) diff += p;
  return Number(diff) / Number(TOTAL_POWER);
}
