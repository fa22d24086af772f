// BttBridge.sendToBtt and the absence of any admin path, against a real Hardhat node (port 8647).
import type { Contract } from "@ethersproject/contracts";
import type { Wallet } from "@ethersproject/wallet";
import { deployBridge, factory, loadArtifact } from "../src/artifacts.js";
import { batchDigest, makeBridgeId, type Batch, type Valset } from "../src/digest.js";
import { devWallets, startEvmNode, type EvmNode } from "../src/node.js";
import { BTT_DEST, BTT_DEST_32, E18, balances, batchArgs, expectRevert, makeValset, sign, validatorKeys, valsetArgs } from "./helpers.js";

const PORT = 8647;
const BRIDGE_ID = makeBridgeId("btt-test-1", 31337n);

let node: EvmNode;
let relayer: Wallet;
let alice: Wallet;
let mallory: Wallet;
const keys = validatorKeys(4);
const genesis: Valset = makeValset(keys, [40n, 30n, 20n, 10n], 1n);
let bridge: Contract;
let wbtt: Contract;
let token: Contract;

beforeAll(async () => {
  node = await startEvmNode({ port: PORT });
  [relayer, alice, mallory] = devWallets(node.provider, 3) as [Wallet, Wallet, Wallet];
});

afterAll(async () => {
  await node?.stop();
});

beforeEach(async () => {
  ({ bridge, wrappedBtt: wbtt } = await deployBridge(relayer, BRIDGE_ID, genesis));
  token = await factory("TestERC20", alice).deploy("Test Token", "TST", (1_000_000n * E18).toString());
  await token.deployed();
  // Alice gets 100 wBTT from a signed batch (BTT escrowed on the BTT chain).
  const b: Batch = {
    amounts: [100n * E18],
    destinations: [alice.address],
    fees: [0n],
    batchNonce: 1n,
    tokenContract: wbtt.address,
    batchTimeout: BigInt(await node.provider.getBlockNumber()) + 100n,
  };
  const sigs = await sign(genesis, keys, batchDigest(BRIDGE_ID, b));
  await (await bridge.submitBatch(valsetArgs(genesis), sigs, ...batchArgs(b))).wait();
});

async function snapshot(extra: Contract[] = []): Promise<Record<string, unknown>> {
  const holders = { alice: alice.address, mallory: mallory.address, relayer: relayer.address, bridge: bridge.address };
  const out: Record<string, unknown> = {
    eventNonce: String(await bridge.lastEventNonce()),
    checkpoint: await bridge.lastValsetCheckpoint(),
    wbtt: await balances(wbtt, holders),
    token: await balances(token, holders),
    allowance: String(await token.allowance(alice.address, bridge.address)),
  };
  for (const c of extra) out[c.address] = await balances(c, holders);
  return out;
}

function sendEvent(receipt: { events?: { event?: string; args?: unknown }[] }): Record<string, unknown> {
  const ev = receipt.events!.find((e) => e.event === "SendToBttEvent")!.args as unknown as Record<string, unknown>;
  return {
    tokenContract: ev.tokenContract,
    sender: ev.sender,
    destination: ev.destination,
    amount: String(ev.amount),
    eventNonce: String(ev.eventNonce),
  };
}

describe("sendToBtt", () => {
  it("burns wBTT from the sender (no approval needed) and emits SendToBttEvent with the next event nonce", async () => {
    expect(String(await bridge.lastEventNonce())).toBe("2"); // genesis valset, Alice's batch
    const r1 = await (await bridge.connect(alice).sendToBtt(wbtt.address, BTT_DEST, (40n * E18).toString())).wait();
    expect(sendEvent(r1)).toEqual({
      tokenContract: wbtt.address,
      sender: alice.address,
      destination: BTT_DEST,
      amount: (40n * E18).toString(),
      eventNonce: "3",
    });
    const r2 = await (await bridge.connect(alice).sendToBtt(wbtt.address, BTT_DEST_32, (59n * E18).toString())).wait();
    expect(sendEvent(r2).eventNonce).toBe("4");
    expect(sendEvent(r2).destination).toBe(BTT_DEST_32);
    // The longest shape accepted: 90 characters.
    const longest = `btt1${"q".repeat(86)}`;
    const r3 = await (await bridge.connect(alice).sendToBtt(wbtt.address, longest, E18.toString())).wait();
    expect(sendEvent(r3).destination).toBe(longest);
    expect(sendEvent(r3).eventNonce).toBe("5");
    expect(String(await wbtt.balanceOf(alice.address))).toBe("0");
    expect(String(await wbtt.totalSupply())).toBe("0");
    expect(String(await bridge.lastEventNonce())).toBe("5");
  });

  it("pulls an ERC-20 into escrow and reports what arrived (fee-on-transfer tokens report less)", async () => {
    await (await token.approve(bridge.address, (1000n * E18).toString())).wait();
    const r1 = await (await bridge.connect(alice).sendToBtt(token.address, BTT_DEST, (600n * E18).toString())).wait();
    expect(sendEvent(r1)).toEqual({
      tokenContract: token.address,
      sender: alice.address,
      destination: BTT_DEST,
      amount: (600n * E18).toString(),
      eventNonce: "3",
    });
    const r2 = await (await bridge.connect(alice).sendToBtt(token.address, BTT_DEST, (400n * E18).toString())).wait();
    expect(sendEvent(r2).eventNonce).toBe("4");
    expect(String(await token.balanceOf(bridge.address))).toBe((1000n * E18).toString());
    expect(String(await token.balanceOf(alice.address))).toBe((999_000n * E18).toString());

    const fee = await factory("FeeOnTransferERC20", alice).deploy((1000n * E18).toString());
    await fee.deployed();
    await (await fee.approve(bridge.address, (100n * E18).toString())).wait();
    const r3 = await (await bridge.connect(alice).sendToBtt(fee.address, BTT_DEST, (100n * E18).toString())).wait();
    expect(sendEvent(r3).amount).toBe((99n * E18).toString());
    expect(sendEvent(r3).eventNonce).toBe("5");
    expect(String(await fee.balanceOf(bridge.address))).toBe((99n * E18).toString());
  });

  describe("refuses, changing nothing,", () => {
    let before: Record<string, unknown>;
    beforeEach(async () => {
      await (await token.approve(bridge.address, (500n * E18).toString())).wait();
      before = await snapshot();
    });
    afterEach(async () => {
      expect(await snapshot()).toEqual(before);
    });

    it("a destination that is not a btt1... bech32-shaped string of 42 to 90 characters", async () => {
      const bad = [
        "",
        "btt1",
        "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu",
        "bttvaloper1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5mz8leg",
        BTT_DEST.toUpperCase(),
        `btt1b${BTT_DEST.slice(5)}`, // 'b' is not a bech32 data character
        `btt1${BTT_DEST.slice(4, -1)}1`, // nor is '1'
        `${BTT_DEST.slice(0, 20)} ${BTT_DEST.slice(21)}`,
        BTT_DEST.slice(0, 41),
        `btt1${"q".repeat(87)}`,
        `btt1${BTT_DEST.slice(4, -2)}é`,
      ];
      for (const dest of bad) {
        await expectRevert(bridge.connect(alice), "sendToBtt", [wbtt.address, dest, E18.toString()], "InvalidDestination");
      }
      await expectRevert(bridge.connect(alice), "sendToBtt", [token.address, "btt1short", E18.toString()], "InvalidDestination");
    });

    it("a zero amount", async () => {
      await expectRevert(bridge.connect(alice), "sendToBtt", [wbtt.address, BTT_DEST, "0"], "ZeroAmount");
      await expectRevert(bridge.connect(alice), "sendToBtt", [token.address, BTT_DEST, "0"], "ZeroAmount");
    });

    it("more wBTT than the sender holds, an ERC-20 without approval, and a token address without code", async () => {
      await expectRevert(bridge.connect(alice), "sendToBtt", [wbtt.address, BTT_DEST, (101n * E18).toString()], "ERC20InsufficientBalance");
      await expectRevert(bridge.connect(mallory), "sendToBtt", [wbtt.address, BTT_DEST, E18.toString()], "ERC20InsufficientBalance");
      await expectRevert(bridge.connect(alice), "sendToBtt", [token.address, BTT_DEST, (501n * E18).toString()], "ERC20InsufficientAllowance");
      await expectRevert(bridge.connect(alice), "sendToBtt", [mallory.address, BTT_DEST, E18.toString()], "NotAContract");
    });

    it("a token that re-enters the bridge during its transfer", async () => {
      const evil = await factory("ReentrantERC20", alice).deploy((1000n * E18).toString());
      await evil.deployed();
      await (await evil.approve(bridge.address, (100n * E18).toString())).wait();
      await (await evil.arm(bridge.address, BTT_DEST)).wait();
      before = await snapshot([evil]);
      await expectRevert(bridge.connect(alice), "sendToBtt", [evil.address, BTT_DEST, E18.toString()], "ReentrancyGuardReentrantCall");
      expect(await snapshot([evil])).toEqual(before);
      before = await snapshot();
    });
  });
});

describe("no admin key", () => {
  it("the contracts expose no owner, pause, withdraw or upgrade function: only the three signed/user paths change state", () => {
    const mutating = (name: "BttBridge" | "WrappedBtt"): string[] =>
      (loadArtifact(name).abi as { type: string; name: string; stateMutability?: string }[])
        .filter((f) => f.type === "function" && f.stateMutability !== "view" && f.stateMutability !== "pure")
        .map((f) => f.name)
        .sort();
    expect(mutating("BttBridge")).toEqual(["sendToBtt", "submitBatch", "updateValset"]);
    expect(mutating("WrappedBtt")).toEqual(["approve", "burn", "mint", "transfer", "transferFrom"]);
    const names = [...loadArtifact("BttBridge").abi, ...loadArtifact("WrappedBtt").abi]
      .map((f) => String((f as { name?: string }).name ?? "").toLowerCase())
      .join(" ");
    for (const word of ["owner", "admin", "pause", "upgrade", "withdraw", "rescue", "sweep", "destruct", "role"]) {
      expect(names).not.toContain(word);
    }
    // Nothing accepts ether either (no payable function, no receive or fallback).
    for (const name of ["BttBridge", "WrappedBtt"] as const) {
      const abi = loadArtifact(name).abi as { type: string; stateMutability?: string }[];
      expect(abi.filter((f) => f.stateMutability === "payable" || f.type === "receive" || f.type === "fallback")).toEqual([]);
    }
  });

  it("neither the deployer nor anyone else can mint or burn wBTT, or take the escrow without the validators' signatures", async () => {
    await (await token.approve(bridge.address, (100n * E18).toString())).wait();
    await (await bridge.connect(alice).sendToBtt(token.address, BTT_DEST, (100n * E18).toString())).wait();
    const before = await snapshot();
    for (const who of [relayer, mallory]) {
      await expectRevert(wbtt.connect(who), "mint", [who.address, E18.toString()], "OnlyBridge");
      await expectRevert(wbtt.connect(who), "burn", [alice.address, E18.toString()], "OnlyBridge");
    }
    // Mallory's own "validator set" does not match the checkpoint, whatever she signs.
    const malloryKeys = validatorKeys(1, "mallory");
    const fake = makeValset(malloryKeys, [1n], 1n);
    const steal: Batch = {
      amounts: [100n * E18],
      destinations: [mallory.address],
      fees: [0n],
      batchNonce: 1n,
      tokenContract: token.address,
      batchTimeout: BigInt(await node.provider.getBlockNumber()) + 100n,
    };
    const sigs = await sign(fake, malloryKeys, batchDigest(BRIDGE_ID, steal));
    await expectRevert(bridge.connect(mallory), "submitBatch", [valsetArgs(fake), sigs, ...batchArgs(steal)], "IncorrectCheckpoint");
    // Nor can she replace the set.
    await expectRevert(bridge.connect(mallory), "updateValset", [valsetArgs({ ...fake, valsetNonce: 2n }), valsetArgs(fake), sigs], "IncorrectCheckpoint");
    expect(await snapshot()).toEqual(before);
  });
});
