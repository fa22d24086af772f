import { Wallet } from "@ethersproject/wallet";
import { verifyMessage } from "@ethersproject/wallet";
import { arrayify } from "@ethersproject/bytes";
import { randomBytes } from "node:crypto";
import {
  BATCH_METHOD,
  CHECKPOINT_METHOD,
  POWER_THRESHOLD,
  TOTAL_POWER,
  batchDigest,
  checkpointDigest,
  ethSignedHash,
  makeBridgeId,
  normalisePowers,
  orderSignatures,
  powerDiff,
  signDigest,
  NO_SIGNATURE,
} from "../src/digest.js";

const A = "0x1111111111111111111111111111111111111111";
const B = "0x2222222222222222222222222222222222222222";
const C = "0x3333333333333333333333333333333333333333";
const BRIDGE_ID = `0x${"ab".repeat(32)}`;

describe("digest constants", () => {
  it("method names are ASCII right-padded to 32 bytes and the threshold is floor(2/3 * 2^32)", () => {
    expect(CHECKPOINT_METHOD).toBe(`0x${Buffer.from("checkpoint").toString("hex")}${"00".repeat(22)}`);
    expect(BATCH_METHOD).toBe(`0x${Buffer.from("transactionBatch").toString("hex")}${"00".repeat(16)}`);
    expect(TOTAL_POWER).toBe(4294967296n);
    expect(POWER_THRESHOLD).toBe(2863311530n);
  });
});

describe("checkpointDigest and batchDigest", () => {
  // Fixed vectors: x/bridge's Go twin must reproduce these (bridge-contracts/README.md lists them).
  const valset = { validators: [A, B, C], powers: [2147483648n, 1431655765n, 715827882n], valsetNonce: 7n };
  const batch = {
    amounts: [1000n, 2000n],
    destinations: [A, B],
    fees: [10n, 20n],
    batchNonce: 3n,
    tokenContract: C,
    batchTimeout: 1000n,
  };

  it("match the fixed vectors", () => {
    expect(checkpointDigest(BRIDGE_ID, valset)).toBe("0x3e42480eb879d792f6468f2a22e817dd362b8498f483a706b4a81486a628b384");
    expect(batchDigest(BRIDGE_ID, batch)).toBe("0xc2fa33181697694ea77b323d58d47065b9460a314d7734e24047e8e3d78b3c62");
    // keccak256("\x19Ethereum Signed Message:\n32" ++ digest): what ecrecover is given.
    expect(ethSignedHash("0x3e42480eb879d792f6468f2a22e817dd362b8498f483a706b4a81486a628b384")).toBe(
      "0x54f7c77ddd606556f46e6f13e883c3d77a9646daa6168b0d364cd36ac1cdd12e",
    );
    expect(ethSignedHash("0xc2fa33181697694ea77b323d58d47065b9460a314d7734e24047e8e3d78b3c62")).toBe(
      "0xe34ca32bdd122ce7da294719eea1b73c2dbc31dc1600bd21aa6bc981f73c9c9b",
    );
  });

  it("change with every field (bridge id, nonce, member, power, amount, fee, token, timeout)", () => {
    const base = checkpointDigest(BRIDGE_ID, valset);
    expect(checkpointDigest(`0x${"ac".repeat(32)}`, valset)).not.toBe(base);
    expect(checkpointDigest(BRIDGE_ID, { ...valset, valsetNonce: 8n })).not.toBe(base);
    expect(checkpointDigest(BRIDGE_ID, { ...valset, validators: [A, C, B] })).not.toBe(base);
    expect(checkpointDigest(BRIDGE_ID, { ...valset, powers: [2147483648n, 1431655764n, 715827882n] })).not.toBe(base);
    const b0 = batchDigest(BRIDGE_ID, batch);
    expect(batchDigest(BRIDGE_ID, { ...batch, amounts: [1000n, 2001n] })).not.toBe(b0);
    expect(batchDigest(BRIDGE_ID, { ...batch, fees: [10n, 21n] })).not.toBe(b0);
    expect(batchDigest(BRIDGE_ID, { ...batch, tokenContract: A })).not.toBe(b0);
    expect(batchDigest(BRIDGE_ID, { ...batch, batchTimeout: 1001n })).not.toBe(b0);
    expect(batchDigest(BRIDGE_ID, { ...batch, batchNonce: 4n })).not.toBe(b0);
  });

  it("reject malformed input", () => {
    expect(() => checkpointDigest("0x1234", valset)).toThrow(/bridgeId/);
    expect(() => checkpointDigest(BRIDGE_ID, { ...valset, powers: [1n] })).toThrow(/length/);
    expect(() => batchDigest(BRIDGE_ID, { ...batch, fees: [1n] })).toThrow(/length/);
  });

  it("makeBridgeId differs per BTT chain, EVM chain and label", () => {
    const id = makeBridgeId("btt-localnet-1", 31337n);
    expect(id).toMatch(/^0x[0-9a-f]{64}$/);
    expect(makeBridgeId("btt-localnet-2", 31337n)).not.toBe(id);
    expect(makeBridgeId("btt-localnet-1", 1n)).not.toBe(id);
    expect(makeBridgeId("btt-localnet-1", 31337n, "v2")).not.toBe(id);
  });
});

describe("signDigest", () => {
  it("signs the Ethereum-signed-message hash of the digest, recoverable to the signer, low s", async () => {
    const w = new Wallet(randomBytes(32));
    const digest = checkpointDigest(BRIDGE_ID, { validators: [w.address], powers: [TOTAL_POWER], valsetNonce: 1n });
    const sig = await signDigest(w, digest);
    expect([27, 28]).toContain(sig.v);
    expect(verifyMessage(arrayify(digest), sig)).toBe(w.address);
    expect(BigInt(sig.s) <= 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n).toBe(true);
    expect(ethSignedHash(digest)).toMatch(/^0x[0-9a-f]{64}$/);
    const ordered = orderSignatures({ validators: [A, w.address], powers: [1n, 1n], valsetNonce: 1n }, new Map([[w.address.toLowerCase(), sig]]));
    expect(ordered).toEqual([NO_SIGNATURE, sig]);
  });
});

describe("normalisePowers", () => {
  it("scales to 2^32 with floor, orders by power desc then address asc, checksums addresses", () => {
    const out = normalisePowers([
      { ethAddress: C, power: 10n },
      { ethAddress: B, power: 10n },
      { ethAddress: A, power: 30n },
    ]);
    expect(out.validators).toEqual([A, B, C]);
    expect(out.powers).toEqual([2576980377n, 858993459n, 858993459n]);
    const sum = out.powers.reduce((s, p) => s + p, 0n);
    expect(sum <= TOTAL_POWER && TOTAL_POWER - sum < 3n).toBe(true);
  });

  it("is independent of input order and drops members whose normalised power is 0", () => {
    const members = [
      { ethAddress: A, power: 10n ** 12n },
      { ethAddress: B, power: 10n ** 12n },
      { ethAddress: C, power: 1n },
    ];
    const x = normalisePowers(members);
    const y = normalisePowers([...members].reverse());
    expect(x).toEqual(y);
    expect(x.validators).toEqual([A, B]);
    expect(x.powers).toEqual([2147483647n, 2147483647n]);
  });

  it("rejects empty, duplicate, zero-address, negative and powerless sets", () => {
    expect(() => normalisePowers([])).toThrow(/empty/);
    expect(() => normalisePowers([{ ethAddress: A, power: 1n }, { ethAddress: A.toUpperCase().replace("0X", "0x"), power: 1n }])).toThrow(/duplicate/);
    expect(() => normalisePowers([{ ethAddress: `0x${"00".repeat(20)}`, power: 1n }])).toThrow(/zero address/);
    expect(() => normalisePowers([{ ethAddress: A, power: -1n }])).toThrow(/negative/);
    expect(() => normalisePowers([{ ethAddress: A, power: 0n }])).toThrow(/no power/);
  });

  it("powerDiff is 0 for equal sets, 2 for disjoint ones, and counts moved power", () => {
    const a = normalisePowers([{ ethAddress: A, power: 1n }, { ethAddress: B, power: 1n }]);
    expect(powerDiff(a, a)).toBe(0);
    expect(powerDiff(a, normalisePowers([{ ethAddress: C, power: 1n }]))).toBe(2);
    const b = normalisePowers([{ ethAddress: A, power: 11n }, { ethAddress: B, power: 9n }]);
    expect(powerDiff(a, b)).toBeCloseTo(0.1, 6);
  });
});
