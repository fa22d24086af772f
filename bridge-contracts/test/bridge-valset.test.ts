// BttBridge deployment and updateValset against a real Hardhat node (port 8645).
import type { Contract } from "@ethersproject/contracts";
import { splitSignature } from "@ethersproject/bytes";
import { Wallet } from "@ethersproject/wallet";
import { keccak256 } from "@ethersproject/keccak256";
import { toUtf8Bytes } from "@ethersproject/strings";
import { deployBridge, factory, loadArtifact } from "../src/artifacts.js";
import { POWER_THRESHOLD, TOTAL_POWER, checkpointDigest, makeBridgeId, normalisePowers, type Sig, type Valset } from "../src/digest.js";
import { devWallets, startEvmNode, type EvmNode } from "../src/node.js";
import { expectRevert, makeValset, revertReason, sign, validatorKeys, valsetArgs } from "./helpers.js";

const PORT = 8645;
const BRIDGE_ID = makeBridgeId("btt-test-1", 31337n);
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

let node: EvmNode;
let relayer: Wallet;
const keys = validatorKeys(4); // raw powers 40/30/20/10: any two of the top three but not {2nd,3rd}... see below
const genesis: Valset = makeValset(keys, [40n, 30n, 20n, 10n], 1n);
let bridge: Contract;

beforeAll(async () => {
  node = await startEvmNode({ port: PORT });
  [relayer] = devWallets(node.provider, 1) as [Wallet];
});

afterAll(async () => {
  await node?.stop();
});

beforeEach(async () => {
  ({ bridge } = await deployBridge(relayer, BRIDGE_ID, genesis));
});

async function state(): Promise<{ checkpoint: string; valsetNonce: string; eventNonce: string }> {
  return {
    checkpoint: (await bridge.lastValsetCheckpoint()) as string,
    valsetNonce: String(await bridge.lastValsetNonce()),
    eventNonce: String(await bridge.lastEventNonce()),
  };
}

/** The first `n` validators in valset order (the set is ordered by power: 40, 30, 20, 10 of 100). */
const byPower = (n: number): Wallet[] => genesis.validators.slice(0, n).map((a) => keys.find((k) => k.address === a)!);

describe("deployment", () => {
  it("stores the genesis checkpoint, deploys Wrapped BTT and emits the genesis ValsetUpdatedEvent with event nonce 1", async () => {
    expect(await bridge.bridgeId()).toBe(BRIDGE_ID);
    expect(await bridge.lastValsetCheckpoint()).toBe(checkpointDigest(BRIDGE_ID, genesis));
    expect(await bridge.makeCheckpoint(valsetArgs(genesis))).toBe(checkpointDigest(BRIDGE_ID, genesis));
    expect(String(await bridge.lastValsetNonce())).toBe("1");
    expect(String(await bridge.lastEventNonce())).toBe("1");
    expect(String(await bridge.POWER_THRESHOLD())).toBe(POWER_THRESHOLD.toString());
    expect(String(await bridge.TOTAL_POWER())).toBe(TOTAL_POWER.toString());

    const wbtt = factory("WrappedBtt", relayer).attach(await bridge.wrappedBtt());
    expect(await wbtt.name()).toBe("Wrapped BTT");
    expect(await wbtt.symbol()).toBe("WBTT");
    expect(await wbtt.decimals()).toBe(18);
    expect(await wbtt.bridge()).toBe(bridge.address);
    expect(String(await wbtt.totalSupply())).toBe("0");

    const receipt = await bridge.deployTransaction.wait();
    const events = receipt.logs
      .filter((l) => l.address === bridge.address)
      .map((l) => bridge.interface.parseLog(l));
    expect(events).toHaveLength(1);
    expect(events[0]!.name).toBe("ValsetUpdatedEvent");
    expect(String(events[0]!.args.newValsetNonce)).toBe("1");
    expect(String(events[0]!.args.eventNonce)).toBe("1");
    expect(events[0]!.args.validators).toEqual(genesis.validators);
    expect(events[0]!.args.powers.map(String)).toEqual(genesis.powers.map(String));
  });

  it("refuses a malformed genesis valset", async () => {
    const f = factory("BttBridge", relayer);
    const bad = async (v: { validators: string[]; powers: bigint[] }, expected: string): Promise<void> => {
      let err: unknown;
      try {
        await f.deploy(BRIDGE_ID, valsetArgs({ ...v, valsetNonce: 0n }), { gasLimit: 8_000_000 }).then((c) => c.deployed());
      } catch (e) {
        err = e;
      }
      expect(err).toBeDefined();
      // A failed deployment carries its revert data only in eth_call; check it there.
      // (ethers v5 returns an eth_call's revert data as its result.)
      const data = await relayer.call(f.getDeployTransaction(BRIDGE_ID, valsetArgs({ ...v, valsetNonce: 0n })));
      expect(revertReason({ data })).toBe(expected);
    };
    const [a, b] = genesis.validators as [string, string];
    await bad({ validators: [b, a], powers: [TOTAL_POWER / 2n, TOTAL_POWER / 2n] }, "ValsetNotSorted");
    await bad({ validators: [a, b], powers: [TOTAL_POWER, 0n] }, "ZeroValidatorOrPower");
    await bad({ validators: [a, b], powers: [TOTAL_POWER, 1n] }, "InvalidTotalPower");
    await bad({ validators: [a], powers: [POWER_THRESHOLD] }, "InvalidTotalPower");
    await bad({ validators: [a, b], powers: [TOTAL_POWER] }, "MalformedValset");
    await bad({ validators: [], powers: [] }, "MalformedValset");
  });
});

describe("normalisePowers and the contract agree", () => {
  it("on 20 random sets (1 to 50 members, ties, tiny and huge powers): the contract accepts each as a genesis set and hashes it as checkpointDigest does", async () => {
    let seed = 0x5eedn;
    const rand = (n: number): number => {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
      return Number((seed >> 33n) % BigInt(n));
    };
    const f = factory("BttBridge", relayer);
    const deployedCode = loadArtifact("BttBridge").deployedBytecode;
    for (let round = 0; round < 20; round++) {
      const size = 1 + rand(50);
      const scale = [1n, 10n ** 6n, 10n ** 30n][rand(3)]!;
      const members = Array.from({ length: size }, (_, i) => ({
        ethAddress: `0x${keccak256(toUtf8Bytes(`random-${round}-${i}`)).slice(-40)}`,
        power: BigInt(1 + rand(round % 2 === 0 ? 4 : 1000)) * scale, // even rounds: many equal powers
      }));
      const { validators, powers } = normalisePowers(members);
      const v: Valset = { validators, powers, valsetNonce: BigInt(rand(1000)) };
      // A constructor that reverts returns its error data from eth_call; one that succeeds returns the runtime code.
      const result = await relayer.call(f.getDeployTransaction(BRIDGE_ID, valsetArgs(v)));
      expect(result.length).toBe(deployedCode.length);
      expect(await bridge.makeCheckpoint(valsetArgs(v))).toBe(checkpointDigest(BRIDGE_ID, v));
    }
  });
});

describe("updateValset", () => {
  const newKeys = validatorKeys(5, "next");
  const next: Valset = makeValset(newKeys, [5n, 4n, 3n, 2n, 1n], 2n);

  it("makes a new set current when > 2/3 of the power signed its checkpoint, and the new set then signs the next", async () => {
    const sigs = await sign(genesis, byPower(2), checkpointDigest(BRIDGE_ID, next)); // 40 + 30 = 70%
    const tx = await bridge.updateValset(valsetArgs(next), valsetArgs(genesis), sigs);
    const receipt = await tx.wait();
    const ev = receipt.logs.map((l: never) => bridge.interface.parseLog(l)).find((e: { name: string }) => e.name === "ValsetUpdatedEvent");
    expect(String(ev.args.newValsetNonce)).toBe("2");
    expect(String(ev.args.eventNonce)).toBe("2");
    expect(ev.args.validators).toEqual(next.validators);
    expect(await state()).toEqual({ checkpoint: checkpointDigest(BRIDGE_ID, next), valsetNonce: "2", eventNonce: "2" });

    // The old set is no longer current.
    const third = makeValset(keys, [1n, 1n, 1n, 1n], 3n);
    const oldSigs = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, third));
    await expectRevert(bridge, "updateValset", [valsetArgs(third), valsetArgs(genesis), oldSigs], "IncorrectCheckpoint");
    // The new one is: 5+4+3 of 15 = 80%.
    const nextSigners = next.validators.slice(0, 3).map((a) => newKeys.find((k) => k.address === a)!);
    const newSigs = await sign(next, nextSigners, checkpointDigest(BRIDGE_ID, third));
    await (await bridge.updateValset(valsetArgs(third), valsetArgs(next), newSigs)).wait();
    expect(await state()).toEqual({ checkpoint: checkpointDigest(BRIDGE_ID, third), valsetNonce: "3", eventNonce: "3" });
  });

  it("stops checking signatures once the power is above 2/3 (a bad signature after that is not looked at)", async () => {
    const sigs = await sign(genesis, byPower(2), checkpointDigest(BRIDGE_ID, next));
    sigs[3] = { v: 27, r: `0x${"11".repeat(32)}`, s: `0x${"22".repeat(32)}` };
    await (await bridge.updateValset(valsetArgs(next), valsetArgs(genesis), sigs)).wait();
    expect(String(await bridge.lastValsetNonce())).toBe("2");
  });

  it("accepts any nonce width: from a genesis nonce of 2^256 - 2 to 2^256 - 1 (the jump check cannot overflow)", async () => {
    const top = 2n ** 256n - 1n;
    const high = { ...genesis, valsetNonce: top - 1n };
    ({ bridge } = await deployBridge(relayer, BRIDGE_ID, high));
    const last = { ...next, valsetNonce: top };
    await (await bridge.updateValset(valsetArgs(last), valsetArgs(high), await sign(high, byPower(2), checkpointDigest(BRIDGE_ID, last)))).wait();
    expect(BigInt(String(await bridge.lastValsetNonce()))).toBe(top);
  });

  describe("refuses, changing nothing,", () => {
    let before: Awaited<ReturnType<typeof state>>;
    beforeEach(async () => {
      before = await state();
    });
    afterEach(async () => {
      expect(await state()).toEqual(before);
    });

    it("a current valset that does not match the stored checkpoint", async () => {
      const sigs = await sign(genesis, byPower(3), checkpointDigest(BRIDGE_ID, next));
      const forged = { ...genesis, powers: [...genesis.powers].reverse() };
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(forged), sigs], "IncorrectCheckpoint");
      const other = makeValset(validatorKeys(4, "attacker"), [1n, 1n, 1n, 1n], 1n);
      const attackerSigs = await sign(other, validatorKeys(4, "attacker"), checkpointDigest(BRIDGE_ID, next));
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(other), attackerSigs], "IncorrectCheckpoint");
    });

    it("signatures carrying no more than 2/3 of the power (40% + 20% + absent)", async () => {
      const digest = checkpointDigest(BRIDGE_ID, next);
      const sigs = await sign(genesis, [byPower(1)[0]!, byPower(3)[2]!], digest);
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), sigs], "InsufficientPower");
      const none = await sign(genesis, [], digest);
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), none], "InsufficientPower");
    });

    it("a new valset nonce that is not greater than the current one, or jumps by more than 1,000,000", async () => {
      for (const nonce of [1n, 0n]) {
        const same = { ...next, valsetNonce: nonce };
        const sigs = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, same));
        await expectRevert(bridge, "updateValset", [valsetArgs(same), valsetArgs(genesis), sigs], "ValsetNonceNotIncreasing");
      }
      const far = { ...next, valsetNonce: 1n + 1_000_001n };
      const sigs = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, far));
      await expectRevert(bridge, "updateValset", [valsetArgs(far), valsetArgs(genesis), sigs], "NonceJumpTooLarge");
    });

    it("signatures over the checkpoint of another bridge id", async () => {
      const sigs = await sign(genesis, keys, checkpointDigest(makeBridgeId("btt-test-2", 31337n), next));
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), sigs], "InvalidSignature");
    });

    it("a signature by a key that is not the validator's in that slot, or over another valset", async () => {
      const digest = checkpointDigest(BRIDGE_ID, next);
      const sigs = await sign(genesis, byPower(3), digest);
      const outsider = validatorKeys(1, "outsider")[0]!;
      sigs[0] = (await sign({ ...genesis, validators: [outsider.address, ...genesis.validators.slice(1)] }, [outsider], digest))[0]!;
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), sigs], "InvalidSignature");
      // Swapping two validators' signatures between slots.
      const swapped = await sign(genesis, byPower(2), digest);
      [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), swapped], "InvalidSignature");
      // Signatures over a different new set than the one submitted.
      const other = { ...next, powers: [...next.powers.slice(0, 4), next.powers[4]! - 1n] };
      const otherSigs = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, other));
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), otherSigs], "InvalidSignature");
    });

    it("a malleable (upper-half s) signature", async () => {
      const sigs = await sign(genesis, byPower(2), checkpointDigest(BRIDGE_ID, next));
      const s = splitSignature(sigs[0]!);
      const high: Sig = {
        v: s.v === 27 ? 28 : 27,
        r: s.r,
        s: `0x${(SECP256K1_N - BigInt(s.s)).toString(16).padStart(64, "0")}`,
      };
      sigs[0] = high;
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), sigs], "MalleableSignature");
    });

    it("a signature array of the wrong length, and a malformed new set", async () => {
      const digest = checkpointDigest(BRIDGE_ID, next);
      const sigs = await sign(genesis, keys, digest);
      await expectRevert(bridge, "updateValset", [valsetArgs(next), valsetArgs(genesis), sigs.slice(0, 3)], "MalformedValset");
      const unsorted = { ...next, validators: [...next.validators].reverse(), powers: [...next.powers].reverse() };
      const s2 = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, unsorted));
      await expectRevert(bridge, "updateValset", [valsetArgs(unsorted), valsetArgs(genesis), s2], "ValsetNotSorted");
      const weak = { ...next, powers: next.powers.map((p) => p / 2n) };
      const s3 = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, weak));
      await expectRevert(bridge, "updateValset", [valsetArgs(weak), valsetArgs(genesis), s3], "InvalidTotalPower");
      const zero = { ...next, validators: [...next.validators.slice(0, 4), `0x${"00".repeat(20)}`] };
      const s4 = await sign(genesis, keys, checkpointDigest(BRIDGE_ID, zero));
      await expectRevert(bridge, "updateValset", [valsetArgs(zero), valsetArgs(genesis), s4], "ZeroValidatorOrPower");
    });
  });
});
