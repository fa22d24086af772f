// The orchestrator's Ethereum watcher against a real Hardhat node (port 8651): confirmation depth, a reorg shallower
// than the depth (evm_snapshot / evm_revert, then different blocks) never yields a claim for the reverted event,
// resuming after a given event nonce, ranges and gaps.
import type { Contract } from "@ethersproject/contracts";
import { keccak256 } from "@ethersproject/keccak256";
import { toUtf8Bytes } from "@ethersproject/strings";
import { Wallet } from "@ethersproject/wallet";
import { deployBridge, devWallets, factory, makeBridgeId, normalisePowers, startEvmNode, type EvmNode, type Valset } from "@btt/bridge-contracts";
import { createLogger } from "@btt/localnet";
import { RetryingJsonRpcProvider } from "../src/ethereum/provider.js";
import { claimMsg } from "../src/ethereum/btt.js";
import type { BridgeEvent, DepositEvent } from "../src/ethereum/contract.js";
import { EthereumWatcher } from "../src/ethereum/watcher.js";

const PORT = 8651;
const E18 = 10n ** 18n;
const DEST_A = "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";
const DEST_B = "btt1zg69v7yszg69v7yszg69v7yszg69v7ys8xjxl9";
const BRIDGE_ID = makeBridgeId("btt-watcher-test", 31337n);
const log = createLogger("eth-watcher-test");

let node: EvmNode;
let provider: RetryingJsonRpcProvider;
let alice: Wallet;
let bridge: Contract;
let token: Contract;
let deployBlock: number;

const keys = Array.from({ length: 4 }, (_, i) => new Wallet(keccak256(toUtf8Bytes(`watcher-validator-${i}`))));
const genesis: Valset = { ...normalisePowers(keys.map((k, i) => ({ ethAddress: k.address, power: BigInt(10 - i) }))), valsetNonce: 1n };

const mine = async (n: number) => {
  for (let i = 0; i < n; i++) await provider.send("evm_mine", []);
};
const deposit = async (dest: string, amount: bigint) => (await (await bridge.connect(alice).sendToBtt(token.address, dest, amount.toString())).wait(1)).blockNumber as number;
const nonces = (evs: BridgeEvent[]) => evs.map((e) => Number(e.eventNonce));

beforeAll(async () => {
  node = await startEvmNode({ port: PORT, log });
  provider = new RetryingJsonRpcProvider(node.url, 31337);
  const [deployer, a] = devWallets(provider, 2);
  alice = a!;
  ({ bridge } = await deployBridge(deployer!, BRIDGE_ID, genesis));
  deployBlock = (await bridge.deployTransaction.wait()).blockNumber;
  token = await factory("TestERC20", alice).deploy("Test Token", "TST", (1_000_000n * E18).toString());
  await token.deployed();
  await (await token.approve(bridge.address, (1_000_000n * E18).toString())).wait(1);
});

afterAll(async () => {
  await node?.stop();
});

test("an event is handed out only once it is `confirmations` blocks deep, with its block number as ethereum height", async () => {
  const w = new EthereumWatcher(provider, bridge.address, { confirmations: 3, blockRange: 1000, log });
  // The genesis ValsetUpdatedEvent (nonce 1) is deep enough after the token deployment and approval (2 blocks) + 1.
  await mine(1);
  const first = await w.scan(deployBlock, 0n);
  expect(nonces(first.events)).toEqual([1]);
  expect(first.events[0]!.kind).toBe("valsetUpdated");
  expect(first.events[0]!.blockNumber).toBe(deployBlock);

  const block = await deposit(DEST_A, 5n * E18);
  for (let depth = 0; depth < 3; depth++) {
    const r = await w.scan(deployBlock, 1n);
    expect(r.events).toEqual([]);
    expect(r.scannedTo).toBe(block + depth - 3);
    await mine(1);
  }
  // latest = block + 3: the deposit's block is the safe head now.
  const r = await w.scan(deployBlock, 1n);
  expect(nonces(r.events)).toEqual([2]);
  const ev = r.events[0] as DepositEvent;
  expect(ev).toMatchObject({ kind: "deposit", blockNumber: block, destination: DEST_A, amount: 5n * E18, tokenContract: token.address, sender: alice.address });
  // The claim carries the event's block number and the emitted fields, checksummed.
  const msg = claimMsg("btt1orchestrator", ev) as { typeUrl: string; value: { claim: Record<string, unknown> } };
  expect(msg.typeUrl).toBe("/btt.bridge.v1.MsgDepositClaim");
  expect(msg.value.claim).toEqual({ eventNonce: 2n, ethereumHeight: BigInt(block), tokenContract: token.address, amount: (5n * E18).toString(), ethereumSender: alice.address, bttReceiver: DEST_A });
});

test("a reorg shallower than the confirmation depth never yields the reverted event", async () => {
  const depth = 4;
  const w = new EthereumWatcher(provider, bridge.address, { confirmations: depth, blockRange: 1000, log });
  await mine(depth);
  const before = await w.scan(deployBlock, 0n);
  const lastNonce = before.events[before.events.length - 1]!.eventNonce;
  const seen: BridgeEvent[] = [];

  const snap = (await provider.send("evm_snapshot", [])) as string;
  const reverted = await deposit(DEST_A, 7n * E18);
  // The doomed branch grows to depth − 1 blocks above the event: never deep enough.
  for (let i = 0; i < depth - 1; i++) {
    seen.push(...(await w.scan(deployBlock, lastNonce)).events);
    await mine(1);
  }
  seen.push(...(await w.scan(deployBlock, lastNonce)).events);
  expect(seen).toEqual([]);
  expect(await provider.getBlockNumber()).toBe(reverted + depth - 1);

  // Reorg: back to before the deposit, and a different branch with a different deposit (same event nonce).
  expect(await provider.send("evm_revert", [snap])).toBe(true);
  await mine(1);
  const kept = await deposit(DEST_B, 9n * E18);
  expect(kept).toBeGreaterThan(reverted - 1);
  for (let i = 0; i < depth + 2; i++) {
    seen.push(...(await w.scan(deployBlock, lastNonce)).events);
    await mine(1);
  }
  seen.push(...(await w.scan(deployBlock, lastNonce)).events);
  const deposits = seen.filter((e): e is DepositEvent => e.kind === "deposit");
  expect(deposits.length).toBeGreaterThan(0);
  for (const d of deposits) {
    expect(d.destination).toBe(DEST_B);
    expect(d.amount).toBe(9n * E18);
    expect(d.blockNumber).toBe(kept);
    expect(d.eventNonce).toBe(lastNonce + 1n);
  }
  // And what the chain says about that block agrees with the event.
  expect((await provider.getBlock(kept)).hash).toBe(deposits[0]!.blockHash);
});

test("resumes after a given event nonce, in order, across block ranges; scanning from too late a block reports the gap", async () => {
  const startNonce = BigInt((await bridge.lastEventNonce()).toString());
  const blocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    blocks.push(await deposit(i % 2 ? DEST_A : DEST_B, BigInt(i + 1) * E18));
    await mine(2);
  }
  await mine(2);
  // A small range forces many eth_getLogs requests.
  const w = new EthereumWatcher(provider, bridge.address, { confirmations: 2, blockRange: 3, log });
  const all = await w.scan(deployBlock, 0n);
  expect(nonces(all.events)).toEqual(Array.from({ length: Number(startNonce) + 5 }, (_, i) => i + 1));

  // A restarted orchestrator whose validator attested up to startNonce + 2 gets exactly the rest, in order.
  const resumed = await w.scan(deployBlock, startNonce + 2n);
  expect(nonces(resumed.events)).toEqual([Number(startNonce) + 3, Number(startNonce) + 4, Number(startNonce) + 5]);
  expect(resumed.events.map((e) => (e as DepositEvent).amount)).toEqual([3n * E18, 4n * E18, 5n * E18]);
  expect(resumed.gapAt).toBeUndefined();

  // Starting at the block of nonce startNonce + 3 after attesting only startNonce + 1: nonce + 2 is before it.
  const late = await w.scan(blocks[2]!, startNonce + 1n);
  expect(late.events).toEqual([]);
  expect(late.gapAt).toBe(startNonce + 2n);

  // Nothing new after the last nonce.
  const none = await w.scan(deployBlock, startNonce + 5n);
  expect(none.events).toEqual([]);
});
