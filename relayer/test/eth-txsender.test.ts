// The bridge relayer replaces its own stuck Ethereum tx (src/ethereum/txsender.ts), against a real Hardhat node
// (port 36652) that mines only when told to (evm_setAutomine false) at the base fee the test sets for the next block.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keccak256 } from "@ethersproject/keccak256";
import { toUtf8Bytes } from "@ethersproject/strings";
import { Wallet } from "@ethersproject/wallet";
import { devWallets, startEvmNode, type EvmNode } from "@btt/bridge-contracts";
import { createLogger } from "@btt/localnet";
import { RetryingJsonRpcProvider } from "../src/ethereum/provider.js";
import { EthTxSender, bumpFees, type Attempt } from "../src/ethereum/txsender.js";

const PORT = 36652;
const GWEI = 10n ** 9n;
const log = createLogger("eth-txsender-test");

let node: EvmNode;
let provider: RetryingJsonRpcProvider;

beforeAll(async () => {
  node = await startEvmNode({ port: PORT, log, logFile: join(tmpdir(), "btt-eth-txsender-test-node.log") });
  provider = new RetryingJsonRpcProvider(node.url, 31337);
  await provider.send("evm_setAutomine", [false]);
  await provider.send("evm_setIntervalMining", [0]);
});

afterAll(async () => {
  await node?.stop();
});

const hex = (v: bigint) => "0x" + v.toString(16);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Mines one block whose base fee is `baseFee`. */
async function mineAt(baseFee: bigint) {
  await provider.send("hardhat_setNextBlockBaseFeePerGas", [hex(baseFee)]);
  await provider.send("evm_mine", []);
}

function expectBumped(attempts: Attempt[], percent: number) {
  for (let i = 1; i < attempts.length; i++) {
    const [a, b] = [attempts[i - 1]!, attempts[i]!];
    expect(b.maxFeePerGas * 100n).toBeGreaterThanOrEqual(a.maxFeePerGas * BigInt(100 + percent));
    expect(b.maxPriorityFeePerGas * 100n).toBeGreaterThanOrEqual(a.maxPriorityFeePerGas * BigInt(100 + percent));
  }
}

describe("bumpFees", () => {
  const old = { maxFeePerGas: 100n * GWEI, maxPriorityFeePerGas: 2n * GWEI };
  test("raises both fees by the bump (rounded up), or to the network's ask when higher", () => {
    expect(bumpFees(old, { maxFeePerGas: GWEI, maxPriorityFeePerGas: GWEI }, 12.5, 1000n * GWEI)).toEqual({ maxFeePerGas: 112_500_000_000n, maxPriorityFeePerGas: 2_250_000_000n });
    expect(bumpFees({ maxFeePerGas: 7n, maxPriorityFeePerGas: 1n }, { maxFeePerGas: 1n, maxPriorityFeePerGas: 1n }, 15, 1000n)).toEqual({ maxFeePerGas: 9n, maxPriorityFeePerGas: 2n });
    expect(bumpFees(old, { maxFeePerGas: 300n * GWEI, maxPriorityFeePerGas: 5n * GWEI }, 15, 1000n * GWEI)).toEqual({ maxFeePerGas: 300n * GWEI, maxPriorityFeePerGas: 5n * GWEI });
  });
  test("never above the cap; no replacement when the cap leaves no room for a valid bump", () => {
    expect(bumpFees(old, { maxFeePerGas: 300n * GWEI, maxPriorityFeePerGas: GWEI }, 15, 150n * GWEI)).toEqual({ maxFeePerGas: 150n * GWEI, maxPriorityFeePerGas: 2_300_000_000n });
    expect(bumpFees(old, { maxFeePerGas: GWEI, maxPriorityFeePerGas: GWEI }, 15, 114n * GWEI)).toBeUndefined();
  });
  test("a bump below 12.5% is refused", () => {
    expect(() => new EthTxSender(new Wallet(keccak256(toUtf8Bytes("txsender-any"))), { replaceAfterMs: 1000, feeBumpPercent: 10, maxFeePerGasWei: GWEI, txTimeoutMs: 1000, log })).toThrow(/12.5/);
  });
});

describe("stuck own tx", () => {
  test("an underpriced tx is resent with the same nonce and bumped fees until one version is mined, once", async () => {
    const [, wallet] = devWallets(provider, 2) as [Wallet, Wallet];
    const dest = new Wallet(keccak256(toUtf8Bytes("txsender-dest-1"))).address;
    const nonceBefore = await wallet.getTransactionCount("latest");
    const sender = new EthTxSender(wallet, { replaceAfterMs: 200, feeBumpPercent: 15, maxFeePerGasWei: 1000n * GWEI, txTimeoutMs: 300_000, pollMs: 50, log });
    const sent = sender.send("transfer", { to: dest, value: 1000, gasLimit: 21_000 });
    // Nothing is mined until four versions are out; then a block whose base fee only the fourth and later versions
    // pay (> 1.45 × the first's maxFeePerGas; the fourth offers ≥ 1.15³ ≈ 1.52 ×).
    while ((sender.inflight?.attempts.length ?? 0) < 4) await sleep(50);
    const first = sender.inflight!.attempts[0]!;
    const base = (first.maxFeePerGas * 145n) / 100n;
    let result: Awaited<typeof sent> | undefined;
    void sent.then((r) => (result = r));
    while (!result) {
      await mineAt(base);
      await sleep(100);
    }
    const { receipt, attempts } = result;
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(attempts.map((a) => a.hash)).size).toBe(attempts.length);
    expectBumped(attempts, 15);
    expect(receipt.status).toBe(1);
    expect(receipt.transactionHash).not.toBe(first.hash);
    const mined = await provider.getTransaction(receipt.transactionHash);
    expect(mined.nonce).toBe(nonceBefore);
    expect(BigInt(mined.maxFeePerGas!.toString())).toBeGreaterThanOrEqual(base);
    // one version ran: the nonce moved by one, the value arrived once
    expect(await wallet.getTransactionCount("latest")).toBe(nonceBefore + 1);
    expect(BigInt((await provider.getBalance(dest)).toString())).toBe(1000n);
    expect(sender.inflight).toBeUndefined();
  });

  test("replacements stop at maxFeePerGasWei; the tx stays in flight past txTimeoutMs and resume() sees it mined", async () => {
    const [, , wallet] = devWallets(provider, 3) as [Wallet, Wallet, Wallet];
    const dest = new Wallet(keccak256(toUtf8Bytes("txsender-dest-2"))).address;
    const nonceBefore = await wallet.getTransactionCount("latest");
    const ask = await new EthTxSender(wallet, { replaceAfterMs: 1000, feeBumpPercent: 15, maxFeePerGasWei: 1000n * GWEI, txTimeoutMs: 1000, log }).networkFees();
    // room for one 15% bump, not two
    const cap = (ask.maxFeePerGas * 130n) / 100n;
    const sender = new EthTxSender(wallet, { replaceAfterMs: 200, feeBumpPercent: 15, maxFeePerGasWei: cap, txTimeoutMs: 4000, pollMs: 50, log });
    await expect(sender.send("transfer", { to: dest, value: 7, gasLimit: 21_000 })).rejects.toThrow(/no receipt for nonce/);
    const attempts = sender.inflight!.attempts;
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts.length).toBeLessThanOrEqual(2);
    for (const a of attempts) expect(a.maxFeePerGas).toBeLessThanOrEqual(cap);
    expectBumped(attempts, 15);
    // the network calms down: the in-flight version is mined and resume() returns it
    await mineAt(GWEI / 10n);
    const done = await sender.resume();
    expect(done?.receipt.transactionHash).toBe(attempts.at(-1)!.hash);
    expect(await wallet.getTransactionCount("latest")).toBe(nonceBefore + 1);
    expect(BigInt((await provider.getBalance(dest)).toString())).toBe(7n);
    expect(await sender.resume()).toBeUndefined();
  });
  test("after a restart, a tx the earlier process left unmined is adopted from the pending block and replaced at its nonce", async () => {
    const [, , , wallet] = devWallets(provider, 4) as [Wallet, Wallet, Wallet, Wallet];
    const dest = new Wallet(keccak256(toUtf8Bytes("txsender-dest-3"))).address;
    const nonceBefore = await wallet.getTransactionCount("latest");
    const opts = { replaceAfterMs: 200, feeBumpPercent: 15, maxFeePerGasWei: 1000n * GWEI, pollMs: 50, log };
    // The earlier process: sends, never sees it mined, and is gone (its in-flight record with it).
    const earlier = new EthTxSender(wallet, { ...opts, replaceAfterMs: 3_600_000, txTimeoutMs: 300 });
    await expect(earlier.send("transfer", { to: dest, value: 11, gasLimit: 21_000 })).rejects.toThrow(/no receipt for nonce/);
    const orphan = earlier.inflight!.attempts[0]!;
    expect(await wallet.getTransactionCount("pending")).toBe(nonceBefore + 1);

    const restarted = new EthTxSender(wallet, { ...opts, txTimeoutMs: 300_000 });
    expect(await restarted.resume()).toBeUndefined();
    const adopted = await restarted.adoptPending();
    expect(adopted?.nonce).toBe(nonceBefore);
    expect(adopted?.attempts).toEqual([{ hash: orphan.hash, maxFeePerGas: orphan.maxFeePerGas, maxPriorityFeePerGas: orphan.maxPriorityFeePerGas }]);
    const resumed = restarted.resume();
    while ((restarted.inflight?.attempts.length ?? 0) < 2) await sleep(50);
    // a base fee only the replacement pays
    const base = (orphan.maxFeePerGas * 113n) / 100n;
    let result: Awaited<typeof resumed> | undefined;
    void resumed.then((r) => (result = r));
    while (!result) {
      await mineAt(base);
      await sleep(100);
    }
    expect(result!.receipt.transactionHash).not.toBe(orphan.hash);
    expectBumped(result!.attempts, 15);
    const mined = await provider.getTransaction(result!.receipt.transactionHash);
    expect(mined.nonce).toBe(nonceBefore);
    expect(mined.to).toBe(dest);
    expect(await wallet.getTransactionCount("latest")).toBe(nonceBefore + 1);
    expect(BigInt((await provider.getBalance(dest)).toString())).toBe(11n);
    // nothing left to adopt
    expect(await restarted.adoptPending()).toBeUndefined();
  });
});
