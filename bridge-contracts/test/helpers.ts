// Shared set-up for the suites that run against the real EVM node.
import { Interface, defaultAbiCoder } from "@ethersproject/abi";
import { keccak256 } from "@ethersproject/keccak256";
import { toUtf8Bytes } from "@ethersproject/strings";
import type { Contract, ContractTransaction } from "@ethersproject/contracts";
import type { JsonRpcProvider } from "@ethersproject/providers";
import { Wallet } from "@ethersproject/wallet";
import { loadArtifact } from "../src/artifacts.js";
import { normalisePowers, orderSignatures, signDigest, type Batch, type Sig, type Valset } from "../src/digest.js";

/** Deterministic validator keys (orchestrator Ethereum keys); they never hold ETH: relayers submit. */
export function validatorKeys(n: number, tag = "validator"): Wallet[] {
  return Array.from({ length: n }, (_, i) => new Wallet(keccak256(toUtf8Bytes(`${tag}-${i}`))));
}

export function makeValset(wallets: Wallet[], rawPowers: bigint[], valsetNonce: bigint): Valset {
  const { validators, powers } = normalisePowers(wallets.map((w, i) => ({ ethAddress: w.address, power: rawPowers[i]! })));
  return { validators, powers, valsetNonce };
}

/** The valset as the contract's ValsetArgs tuple. */
export function valsetArgs(v: Valset): { validators: string[]; powers: string[]; valsetNonce: string } {
  return { validators: v.validators, powers: v.powers.map(String), valsetNonce: v.valsetNonce.toString() };
}

/** Signatures of `signers` over `digest`, ordered for `valset` (zero for the others). */
export async function sign(valset: Valset, signers: Wallet[], digest: string): Promise<Sig[]> {
  const byAddress = new Map<string, Sig>();
  for (const w of signers) byAddress.set(w.address, await signDigest(w, digest));
  return orderSignatures(valset, byAddress);
}

const errorFragments = new Map<string, unknown>();
for (const name of ["BttBridge", "WrappedBtt", "TestERC20"] as const) {
  for (const f of loadArtifact(name).abi as { type: string; name: string; inputs: { type: string }[] }[]) {
    if (f.type === "error") errorFragments.set(`${f.name}(${f.inputs.map((i) => i.type).join(",")})`, f);
  }
}
const errorsInterface = new Interface([...errorFragments.values()] as never[]);

function findRevertData(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  const stack: unknown[] = [err];
  while (stack.length > 0) {
    const e = stack.pop();
    if (e === null || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (typeof o.data === "string" && /^0x[0-9a-fA-F]{8,}$/.test(o.data)) return o.data;
    for (const k of ["error", "data", "body", "cause"]) {
      const v = o[k];
      if (typeof v === "string" && k === "body") {
        try {
          stack.push(JSON.parse(v));
        } catch {
          /* not JSON */
        }
      } else stack.push(v);
    }
  }
  return undefined;
}

/** The custom error name (or "Error: <reason>") a failed call or transaction reverted with. */
export function revertReason(err: unknown): string {
  const data = findRevertData(err);
  if (data === undefined) return `no revert data: ${(err as Error).message}`;
  if (data.startsWith("0x08c379a0")) return `Error: ${String(defaultAbiCoder.decode(["string"], `0x${data.slice(10)}`)[0])}`;
  if (data.startsWith("0x4e487b71")) return `Panic: ${String(defaultAbiCoder.decode(["uint256"], `0x${data.slice(10)}`)[0])}`;
  return errorsInterface.parseError(data).name;
}

/**
 * Expects `method(args)` to revert with `expected` (a custom error name): first as an eth_call (callStatic; unless
 * skipCall), then as a real transaction with a fixed gas limit, mined with status 0.
 */
export async function expectRevert(
  contract: Contract,
  method: string,
  args: unknown[],
  expected: string,
  opts: { skipCall?: boolean } = {},
): Promise<void> {
  if (!opts.skipCall) {
    let callErr: unknown;
    try {
      await contract.callStatic[method]!(...args);
    } catch (e) {
      callErr = e;
    }
    if (callErr === undefined) throw new Error(`${method} did not revert in eth_call, expected ${expected}`);
    expect(revertReason(callErr)).toBe(expected);
  }

  // Hardhat's node mines a failing transaction (status 0) but answers eth_sendRawTransaction with the revert
  // error; either way the sender's nonce shows that it was included.
  const signer = contract.signer;
  const nonceBefore = await signer.getTransactionCount("latest");
  let status: number | undefined;
  try {
    const tx = (await contract[method]!(...args, { gasLimit: 5_000_000 })) as ContractTransaction;
    const receipt = await tx.wait().catch((e: { receipt?: { status?: number } }) => e.receipt);
    status = receipt?.status;
  } catch (e) {
    expect(revertReason(e)).toBe(expected);
    status = 0;
  }
  expect(status).toBe(0);
  expect(await signer.getTransactionCount("latest")).toBe(nonceBefore + 1);
}

export async function mine(provider: JsonRpcProvider, blocks: number): Promise<void> {
  await provider.send("hardhat_mine", [`0x${blocks.toString(16)}`]);
}

/** A valid BTT account (20 bytes) and a valid 32-byte (module/ICA) account, bech32 with prefix btt. */
export const BTT_DEST = "btt1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5mz8leg";
export const BTT_DEST_32 = "btt1v3jkvemgd94xkmrddehhqutjwd682anh0puh57mu04l8lqyps2psgqggje";

export const E18 = 10n ** 18n;

/** The batch as submitBatch's trailing arguments (after currentValset and sigs). */
export function batchArgs(b: Batch): unknown[] {
  return [b.amounts.map(String), b.destinations, b.fees.map(String), b.batchNonce.toString(), b.tokenContract, b.batchTimeout.toString()];
}

/** Balances of `holders` in `token`, as decimal strings keyed by label. */
export async function balances(token: Contract, holders: Record<string, string>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [label, addr] of Object.entries(holders)) out[label] = String(await token.balanceOf(addr));
  out.totalSupply = String(await token.totalSupply());
  return out;
}
