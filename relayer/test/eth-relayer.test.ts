// The bridge relayer's own rules: signature collection and ordering (checked by the real contract on a Hardhat node,
// port 8652), the profitability rule, and the config file's validation.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { joinSignature } from "@ethersproject/bytes";
import type { Contract } from "@ethersproject/contracts";
import { keccak256 } from "@ethersproject/keccak256";
import { toUtf8Bytes } from "@ethersproject/strings";
import { Wallet } from "@ethersproject/wallet";
import {
  NO_SIGNATURE,
  POWER_THRESHOLD,
  batchDigest,
  checkpointDigest,
  deployBridge,
  devWallets,
  makeBridgeId,
  normalisePowers,
  signDigest,
  startEvmNode,
  type Batch,
  type EvmNode,
  type Valset,
} from "@btt/bridge-contracts";
import { createLogger } from "@btt/localnet";
import { RetryingJsonRpcProvider } from "../src/ethereum/provider.js";
import { ConfigError } from "../src/config.js";
import { parseEthereumConfig } from "../src/ethereum/config.js";
import { currentContractValset, readBridgeState } from "../src/ethereum/contract.js";
import { setOrchestratorDigest } from "../src/ethereum/orchestrator.js";
import { batchDecision, gasCostInAbtt, parseDecimal } from "../src/ethereum/profit.js";
import { collectSignatures } from "../src/ethereum/relayer.js";

const PORT = 8652;
const E18 = 10n ** 18n;
const BRIDGE_ID = makeBridgeId("btt-relayer-test", 31337n);
const log = createLogger("eth-relayer-test");

const keys = Array.from({ length: 4 }, (_, i) => new Wallet(keccak256(toUtf8Bytes(`relayer-validator-${i}`))));
const byAddr = new Map(keys.map((k) => [k.address, k]));
/** Powers 10, 30, 20, 40: normalised and reordered (power descending), so config order ≠ valset order. */
const genesis: Valset = { ...normalisePowers(keys.map((k, i) => ({ ethAddress: k.address, power: [10n, 30n, 20n, 40n][i]! }))), valsetNonce: 1n };
const member = (i: number) => byAddr.get(genesis.validators[i]!)!;

async function confirm(w: Wallet, digest: string) {
  return { ethSigner: w.address, signature: joinSignature(await signDigest(w, digest)) };
}

let node: EvmNode;
let provider: RetryingJsonRpcProvider;
let relayer: Wallet;
let bridge: Contract;
let wbtt: Contract;

beforeAll(async () => {
  node = await startEvmNode({ port: PORT, log, logFile: join(tmpdir(), "btt-eth-relayer-test-node.log") });
  provider = new RetryingJsonRpcProvider(node.url, 31337);
  [relayer] = devWallets(provider, 1) as [Wallet];
  ({ bridge, wrappedBtt: wbtt } = await deployBridge(relayer, BRIDGE_ID, genesis));
});

afterAll(async () => {
  await node?.stop();
});

const args = (v: Valset) => ({ validators: v.validators, powers: v.powers.map(String), valsetNonce: v.valsetNonce.toString() });

describe("signatures", () => {
  test("confirmations in any order are placed in valset order, v = 0 for the missing, bad ones dropped; the contract accepts them", async () => {
    const next: Valset = { ...normalisePowers(keys.map((k, i) => ({ ethAddress: k.address, power: [25n, 25n, 25n, 25n][i]! }))), valsetNonce: 2n };
    const digest = checkpointDigest(BRIDGE_ID, next);
    const outsider = new Wallet(keccak256(toUtf8Bytes("outsider")));
    // The three largest members sign (in reverse order); the smallest does not; plus three bad confirmations.
    const confirms = [
      await confirm(member(2), digest),
      await confirm(member(1), digest),
      await confirm(member(0), digest),
      await confirm(outsider, digest), // not a member
      { ethSigner: member(3).address, signature: (await confirm(member(2), digest)).signature }, // claims another signer
      { ethSigner: member(3).address, signature: (await confirm(member(3), checkpointDigest(BRIDGE_ID, genesis))).signature }, // another digest
      { ethSigner: member(3).address, signature: "0x1234" }, // malformed
    ];
    const c = collectSignatures(genesis, digest, confirms);
    expect(c.signers).toBe(3);
    expect(c.rejected).toBe(4);
    expect(c.power).toBe(genesis.powers[0]! + genesis.powers[1]! + genesis.powers[2]!);
    expect(c.power > POWER_THRESHOLD).toBe(true);
    expect(c.sigs).toHaveLength(4);
    expect(c.sigs[3]).toEqual(NO_SIGNATURE);
    for (let i = 0; i < 3; i++) expect([27, 28]).toContain(c.sigs[i]!.v);

    // The contract agrees: the ordered signatures carry the update.
    await (await bridge.updateValset(args(next), args(genesis), c.sigs)).wait(1);
    expect((await readBridgeState(bridge)).lastValsetNonce).toBe(2n);
    // And the relayer rebuilds the contract's current valset from its event, checked against the checkpoint.
    expect(await currentContractValset(bridge, BRIDGE_ID, 0)).toEqual(next);
  });

  test("less than 2/3 of the current power is reported as such (the relayer does not submit)", async () => {
    const current = await currentContractValset(bridge, BRIDGE_ID, 0);
    const b: Batch = { amounts: [E18], destinations: [relayer.address], fees: [0n], batchNonce: 1n, tokenContract: wbtt.address, batchTimeout: 1_000_000n };
    const digest = batchDigest(BRIDGE_ID, b);
    const signers = current.validators.slice(0, 2).map((a) => byAddr.get(a)!);
    const c = collectSignatures(current, digest, await Promise.all(signers.map((w) => confirm(w, digest))));
    expect(c.power).toBe(2n ** 31n); // two of four equal members: exactly half
    expect(c.power <= POWER_THRESHOLD).toBe(true);
    // With the third member it passes, and submitBatch mints.
    const c3 = collectSignatures(current, digest, await Promise.all(current.validators.slice(0, 3).map((a) => confirm(byAddr.get(a)!, digest))));
    expect(c3.power > POWER_THRESHOLD).toBe(true);
    await (await bridge.submitBatch(args(current), c3.sigs, b.amounts.map(String), b.destinations, b.fees.map(String), "1", wbtt.address, b.batchTimeout.toString())).wait(1);
    expect(BigInt((await wbtt.balanceOf(relayer.address)).toString())).toBe(E18);
  });

  test("the MsgSetOrchestrator proof of possession is an EIP-191 signature over the documented digest", async () => {
    const valoper = "bttvaloper1qyqszqgpqyqszqgpqyqszqgpqyqszqgp6zwmpw";
    const orch = "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";
    const d = setOrchestratorDigest(BRIDGE_ID, valoper, orch);
    const { defaultAbiCoder } = await import("@ethersproject/abi");
    const { formatBytes32String } = await import("@ethersproject/strings");
    expect(d).toBe(keccak256(defaultAbiCoder.encode(["bytes32", "bytes32", "string", "string"], [BRIDGE_ID, formatBytes32String("setOrchestrator"), valoper, orch])));
    const c = collectSignatures({ validators: [keys[0]!.address], powers: [2n ** 32n], valsetNonce: 0n }, d, [await confirm(keys[0]!, d)]);
    expect(c.signers).toBe(1);
    // x/bridge's Go twin (chain/x/bridge/keeper/digest_vector_test.go): the same bytes for the same inputs.
    expect(
      setOrchestratorDigest(
        "0x1122334455667788990011223344556677889900112233445566778899001122",
        "bttvaloper1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5pxud2n",
        "btt1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5mz8leg",
      ),
    ).toBe("0x93a9027f6b447a94b2fba841b4641526760c1d6756421287b3934c7ccee20ff5");
  });
});

describe("profitability", () => {
  const WBTT = "0x00000000000000000000000000000000000000aa";
  const TOKEN = "0x00000000000000000000000000000000000000bb";
  const cfg = { ethPriceInBtt: "2500.5", margin: 1.2, tokens: new Map([[TOKEN, { minFee: 1000n }]]), otherTokens: "never" as const };

  test("decimals and the gas cost in abtt (rounded up)", () => {
    expect(parseDecimal("2500.5")).toEqual({ num: 25005n, den: 10n });
    expect(parseDecimal("3")).toEqual({ num: 3n, den: 1n });
    expect(() => parseDecimal("1e3")).toThrow(/not a decimal/);
    // 200,000 gas × 1 gwei × 2500.5 × 1.2 = 0.60012 BTT
    expect(gasCostInAbtt(cfg, 200_000n, 10n ** 9n)).toBe(600_120_000_000_000_000n);
    expect(gasCostInAbtt({ ethPriceInBtt: "1", margin: 1 }, 3n, 1n)).toBe(3n);
    expect(gasCostInAbtt({ ethPriceInBtt: "0.5", margin: 1 }, 3n, 1n)).toBe(2n); // 1.5 rounded up
  });

  test("wBTT: relayed iff the fees cover gas × gas price × BTT/ETH × margin", () => {
    const cost = gasCostInAbtt(cfg, 200_000n, 10n ** 9n);
    expect(batchDecision(cfg, WBTT, { tokenContract: WBTT, totalFees: cost, gas: 200_000n, gasPriceWei: 10n ** 9n })).toMatchObject({ relay: true, required: cost });
    const no = batchDecision(cfg, WBTT, { tokenContract: WBTT, totalFees: cost - 1n, gas: 200_000n, gasPriceWei: 10n ** 9n });
    expect(no.relay).toBe(false);
    expect(no.reason).toMatch(/fees .* < gas cost/);
    // Twice the gas price needs twice the fee.
    expect(batchDecision(cfg, WBTT, { tokenContract: WBTT, totalFees: cost, gas: 200_000n, gasPriceWei: 2n * 10n ** 9n }).relay).toBe(false);
  });

  test("other tokens: per-token minFee, always, never, and the default", () => {
    expect(batchDecision(cfg, WBTT, { tokenContract: TOKEN, totalFees: 1000n, gas: 1n, gasPriceWei: 1n }).relay).toBe(true);
    expect(batchDecision(cfg, WBTT, { tokenContract: TOKEN, totalFees: 999n, gas: 1n, gasPriceWei: 1n }).relay).toBe(false);
    const other = "0x00000000000000000000000000000000000000cc";
    expect(batchDecision(cfg, WBTT, { tokenContract: other, totalFees: 10n ** 30n, gas: 1n, gasPriceWei: 1n }).relay).toBe(false);
    expect(batchDecision({ ...cfg, otherTokens: "always" }, WBTT, { tokenContract: other, totalFees: 0n, gas: 1n, gasPriceWei: 1n }).relay).toBe(true);
    const never = { ...cfg, tokens: new Map([[TOKEN, "never" as const]]), otherTokens: "always" as const };
    expect(batchDecision(never, WBTT, { tokenContract: TOKEN, totalFees: 10n ** 30n, gas: 1n, gasPriceWei: 1n }).relay).toBe(false);
  });
});

describe("config", () => {
  const dir = mkdtempSync(join(tmpdir(), "btt-eth-config-"));
  const base = {
    btt: { chainId: "btt-localnet-1", rpc: "http://127.0.0.1:26657", gasPrice: "1000000000abtt", key: { mnemonicFile: "m" } },
    ethereum: { rpc: "http://127.0.0.1:8545", chainId: 31337, privateKeyFile: "eth.key" },
  };

  test("defaults, relative paths and token policies", () => {
    const c = parseEthereumConfig(JSON.stringify({ ...base, relayer: { profitability: { ethPriceInBtt: "1500", tokens: { "0x00000000000000000000000000000000000000Bb": { minFee: "5" } }, otherTokens: "always" } } }), dir);
    expect(c.ethereum).toMatchObject({ confirmations: 12, blockRange: 2000, startBlock: 0, privateKeyFile: join(dir, "eth.key") });
    expect(c.btt.key).toEqual({ mnemonicFile: join(dir, "m") });
    expect(c.relayer.profitability.tokens.get("0x00000000000000000000000000000000000000bb")).toEqual({ minFee: 5n });
    expect(c.relayer.profitability.otherTokens).toBe("always");
    expect(c.orchestrator).toEqual({ pollMs: 1000, maxClaimsPerTx: 20 });
    expect(c.relayer).toMatchObject({ replaceAfterMs: 60_000, feeBumpPercent: 15, maxFeePerGasWei: 500_000_000_000n, maxGasPriceWei: undefined });
    // the fee cap follows a higher batch gas-price cap
    const high = parseEthereumConfig(JSON.stringify({ ...base, relayer: { maxGasPriceWei: "900000000000" } }), dir);
    expect(high.relayer.maxFeePerGasWei).toBe(900_000_000_000n);
  });

  test("bad input is refused with a clear error", () => {
    const bad = (o: unknown) => () => parseEthereumConfig(JSON.stringify(o), dir);
    expect(bad({ btt: base.btt })).toThrow(/must have required property 'ethereum'/);
    expect(bad({ ...base, ethereum: { ...base.ethereum, bridgeContract: "0x1234" } })).toThrow(/bridgeContract must match pattern/);
    expect(bad({ ...base, ethereum: { ...base.ethereum, confirmations: -1 } })).toThrow(ConfigError);
    expect(bad({ ...base, relayer: { profitability: { ethPriceInBtt: "0" } } })).toThrow(/ethPriceInBtt must be > 0/);
    expect(bad({ ...base, relayer: { profitability: { tokens: { nota: "always" } } } })).toThrow(/property name must be valid/);
    expect(bad({ ...base, extra: 1 })).toThrow(/must NOT have additional properties/);
    expect(bad({ ...base, relayer: { feeBumpPercent: 10 } })).toThrow(/feeBumpPercent must be >= 12.5/);
    expect(bad({ ...base, relayer: { maxGasPriceWei: "200", maxFeePerGasWei: "100" } })).toThrow(/maxFeePerGasWei 100 must not be below relayer.maxGasPriceWei 200/);
    writeFileSync(join(dir, "x.yaml"), "btt: [");
  });
});
