// BttBridge.submitBatch against a real Hardhat node (port 8646): wBTT minted, Ethereum-native ERC-20s released from
// escrow, and every refusal leaves balances and nonces as they were.
import type { Contract } from "@ethersproject/contracts";
import type { Wallet } from "@ethersproject/wallet";
import { deployBridge, factory } from "../src/artifacts.js";
import { batchDigest, checkpointDigest, makeBridgeId, type Batch, type Valset } from "../src/digest.js";
import { devWallets, startEvmNode, type EvmNode } from "../src/node.js";
import { BTT_DEST, E18, balances, batchArgs, expectRevert, makeValset, sign, validatorKeys, valsetArgs } from "./helpers.js";

const PORT = 8646;
const BRIDGE_ID = makeBridgeId("btt-test-1", 31337n);

let node: EvmNode;
let relayer: Wallet;
let alice: Wallet;
let bob: Wallet;
const keys = validatorKeys(4);
const genesis: Valset = makeValset(keys, [40n, 30n, 20n, 10n], 1n);
const byPower = (n: number): Wallet[] => genesis.validators.slice(0, n).map((a) => keys.find((k) => k.address === a)!);
let bridge: Contract;
let wbtt: Contract;
let token: Contract;

beforeAll(async () => {
  node = await startEvmNode({ port: PORT });
  [relayer, alice, bob] = devWallets(node.provider, 3) as [Wallet, Wallet, Wallet];
});

afterAll(async () => {
  await node?.stop();
});

beforeEach(async () => {
  ({ bridge, wrappedBtt: wbtt } = await deployBridge(relayer, BRIDGE_ID, genesis));
  token = await factory("TestERC20", alice).deploy("Test Token", "TST", (1_000_000n * E18).toString());
  await token.deployed();
  // Alice escrows 1,000 TST in the bridge (sendToBtt), so that batches of TST have something to release.
  await (await token.approve(bridge.address, (1000n * E18).toString())).wait();
  await (await bridge.connect(alice).sendToBtt(token.address, BTT_DEST, (1000n * E18).toString())).wait();
});

async function timeoutIn(blocks: number): Promise<bigint> {
  return BigInt(await node.provider.getBlockNumber()) + BigInt(blocks);
}

async function signedBatch(b: Batch, signers = byPower(2), valset = genesis, bridgeId = BRIDGE_ID): Promise<unknown[]> {
  const sigs = await sign(valset, signers, batchDigest(bridgeId, b));
  return [valsetArgs(valset), sigs, ...batchArgs(b)];
}

async function snapshot(): Promise<Record<string, unknown>> {
  const holders = { alice: alice.address, bob: bob.address, relayer: relayer.address, bridge: bridge.address };
  return {
    eventNonce: String(await bridge.lastEventNonce()),
    valsetNonce: String(await bridge.lastValsetNonce()),
    wbttBatchNonce: String(await bridge.lastBatchNonce(wbtt.address)),
    tokenBatchNonce: String(await bridge.lastBatchNonce(token.address)),
    wbtt: await balances(wbtt, holders),
    token: await balances(token, holders),
  };
}

describe("submitBatch", () => {
  it("mints wBTT to the destinations and the summed fees to the relayer (msg.sender), then accepts a higher nonce", async () => {
    const b: Batch = {
      amounts: [100n * E18, 50n * E18],
      destinations: [alice.address, bob.address],
      fees: [1n * E18, 2n * E18],
      batchNonce: 1n,
      tokenContract: wbtt.address,
      batchTimeout: await timeoutIn(100),
    };
    expect(await bridge.makeBatchDigest(...batchArgs(b))).toBe(batchDigest(BRIDGE_ID, b));
    const receipt = await (await bridge.submitBatch(...(await signedBatch(b)))).wait();
    const ev = receipt.events.find((e: { event?: string }) => e.event === "TransactionBatchExecutedEvent");
    expect(String(ev.args.batchNonce)).toBe("1");
    expect(ev.args.token).toBe(wbtt.address);
    expect(String(ev.args.eventNonce)).toBe("3"); // 1 genesis valset, 2 Alice's deposit
    const s = await snapshot();
    expect(s.wbtt).toEqual({
      alice: (100n * E18).toString(),
      bob: (50n * E18).toString(),
      relayer: (3n * E18).toString(),
      bridge: "0",
      totalSupply: (153n * E18).toString(),
    });
    expect(s.wbttBatchNonce).toBe("1");
    expect(s.tokenBatchNonce).toBe("0");

    // Nonces need not be consecutive, only increasing.
    const b5 = { ...b, batchNonce: 5n, fees: [0n, 0n] };
    await (await bridge.submitBatch(...(await signedBatch(b5)))).wait();
    expect(String(await bridge.lastBatchNonce(wbtt.address))).toBe("5");
    expect(String(await wbtt.totalSupply())).toBe((303n * E18).toString());
    expect(String(await bridge.lastEventNonce())).toBe("4");
  });

  it("releases an Ethereum-native ERC-20 from escrow, fees to the relayer; batch nonces are per token", async () => {
    const b: Batch = {
      amounts: [300n * E18, 200n * E18],
      destinations: [bob.address, alice.address],
      fees: [5n * E18, 5n * E18],
      batchNonce: 1n,
      tokenContract: token.address,
      batchTimeout: await timeoutIn(100),
    };
    const before = await snapshot();
    await (await bridge.submitBatch(...(await signedBatch(b)))).wait();
    const after = await snapshot();
    const tokBefore = before.token as Record<string, string>;
    expect(after.token).toEqual({
      alice: (BigInt(tokBefore.alice!) + 200n * E18).toString(),
      bob: (300n * E18).toString(),
      relayer: (10n * E18).toString(),
      bridge: (490n * E18).toString(),
      totalSupply: tokBefore.totalSupply,
    });
    expect(after.tokenBatchNonce).toBe("1");
    expect(after.wbttBatchNonce).toBe("0");
    // Nonce 1 for wBTT is still free.
    const w: Batch = { ...b, tokenContract: wbtt.address, fees: [0n, 0n] };
    await (await bridge.submitBatch(...(await signedBatch(w)))).wait();
    expect(String(await bridge.lastBatchNonce(wbtt.address))).toBe("1");
  });

  it("follows the valset: a batch signed by the new set passes after updateValset, one by the old set no longer", async () => {
    const newKeys = validatorKeys(3, "next");
    const next = makeValset(newKeys, [1n, 1n, 1n], 2n);
    await (await bridge.updateValset(valsetArgs(next), valsetArgs(genesis), await sign(genesis, keys, checkpointDigest(BRIDGE_ID, next)))).wait();
    const b: Batch = {
      amounts: [1n],
      destinations: [bob.address],
      fees: [0n],
      batchNonce: 1n,
      tokenContract: wbtt.address,
      batchTimeout: await timeoutIn(100),
    };
    const before = await snapshot();
    await expectRevert(bridge, "submitBatch", await signedBatch(b), "IncorrectCheckpoint");
    expect(await snapshot()).toEqual(before);
    await (await bridge.submitBatch(...(await signedBatch(b, newKeys, next)))).wait();
    expect(String(await wbtt.balanceOf(bob.address))).toBe("1");
  });

  describe("refuses, changing nothing,", () => {
    let before: Record<string, unknown>;
    let base: Batch;
    beforeEach(async () => {
      base = {
        amounts: [10n * E18, 20n * E18],
        destinations: [alice.address, bob.address],
        fees: [1n, 1n],
        batchNonce: 1n,
        tokenContract: wbtt.address,
        batchTimeout: await timeoutIn(100),
      };
      before = await snapshot();
    });
    afterEach(async () => {
      expect(await snapshot()).toEqual(before);
    });

    it("a batch whose timeout height has been reached", async () => {
      // eth_call runs at the latest block's number: block.number == batchTimeout is already too late.
      const atLatest = { ...base, batchTimeout: await timeoutIn(0) };
      await expectRevert(bridge, "submitBatch", await signedBatch(atLatest), "BatchTimedOut");
      // A transaction runs in the next block: a timeout of latest + 1 is reached there (no eth_call check).
      const atNext = { ...base, batchTimeout: await timeoutIn(1) };
      await expectRevert(bridge, "submitBatch", await signedBatch(atNext), "BatchTimedOut", { skipCall: true });
      // A batch that was valid when signed, relayed after its timeout.
      const soon = { ...base, batchTimeout: await timeoutIn(3) };
      const args = await signedBatch(soon);
      await node.provider.send("hardhat_mine", ["0x5"]);
      await expectRevert(bridge, "submitBatch", args, "BatchTimedOut");
    });

    it("a replayed batch and a lower or too-far nonce", async () => {
      await (await bridge.submitBatch(...(await signedBatch(base)))).wait();
      before = await snapshot();
      await expectRevert(bridge, "submitBatch", await signedBatch(base), "BatchNonceNotIncreasing");
      await expectRevert(bridge, "submitBatch", await signedBatch({ ...base, batchNonce: 0n }), "BatchNonceNotIncreasing");
      await expectRevert(bridge, "submitBatch", await signedBatch({ ...base, batchNonce: 1_000_002n }), "NonceJumpTooLarge");
    });

    it("signatures carrying no more than 2/3 of the power", async () => {
      await expectRevert(bridge, "submitBatch", await signedBatch(base, [byPower(1)[0]!, byPower(4)[3]!]), "InsufficientPower");
      await expectRevert(bridge, "submitBatch", await signedBatch(base, byPower(4).slice(1)), "InsufficientPower"); // 30+20+10
    });

    it("arrays of different lengths, and an empty batch", async () => {
      const args = await signedBatch(base, keys);
      const [vs, sigs, amounts, destinations, fees, ...rest] = args as [unknown, unknown, string[], string[], string[], ...unknown[]];
      await expectRevert(bridge, "submitBatch", [vs, sigs, amounts.slice(0, 1), destinations, fees, ...rest], "BatchLengthMismatch");
      await expectRevert(bridge, "submitBatch", [vs, sigs, amounts, destinations.slice(0, 1), fees, ...rest], "BatchLengthMismatch");
      await expectRevert(bridge, "submitBatch", [vs, sigs, amounts, destinations, [...fees, "1"], ...rest], "BatchLengthMismatch");
      const empty = { ...base, amounts: [], destinations: [], fees: [] };
      await expectRevert(bridge, "submitBatch", await signedBatch(empty, keys), "EmptyBatch");
      // A signatures array shorter than the valset.
      await expectRevert(bridge, "submitBatch", [vs, (sigs as unknown[]).slice(0, 2), amounts, destinations, fees, ...rest], "MalformedValset");
    });

    it("signatures for another bridge id, another token or other amounts", async () => {
      await expectRevert(bridge, "submitBatch", await signedBatch(base, keys, genesis, makeBridgeId("btt-test-2", 31337n)), "InvalidSignature");
      const forToken = await signedBatch({ ...base, tokenContract: token.address }, keys);
      forToken[7] = wbtt.address; // relayed as a wBTT batch
      await expectRevert(bridge, "submitBatch", forToken, "InvalidSignature");
      const tampered = await signedBatch(base, keys);
      (tampered[2] as string[])[0] = (1000n * E18).toString();
      await expectRevert(bridge, "submitBatch", tampered, "InvalidSignature");
      const moreFee = await signedBatch(base, keys);
      (moreFee[4] as string[])[1] = (5n * E18).toString();
      await expectRevert(bridge, "submitBatch", moreFee, "InvalidSignature");
    });

    it("a zero destination, and more than the escrow holds", async () => {
      const zero = { ...base, destinations: [alice.address, `0x${"00".repeat(20)}`] };
      await expectRevert(bridge, "submitBatch", await signedBatch(zero, keys), "ZeroDestination");
      const tooMuch: Batch = { ...base, tokenContract: token.address, amounts: [600n * E18, 400n * E18] }; // + fees > 1,000
      await expectRevert(bridge, "submitBatch", await signedBatch(tooMuch, keys), "ERC20InsufficientBalance");
    });
  });
});
