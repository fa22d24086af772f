// The Ethereum bridge end to end: a 4-validator BTT localnet (port offset 6000), a Hardhat node (8660), BttBridge
// deployed with the chain's valset, 4 `btt-relayer ethereum orchestrator` processes and one `… relay` (metrics on
// 7600..7610), all started here and stopped by PID afterwards. Users sign with @btt/ts-client and ethers.
// At every settled step: escrowed BTT on BTT == wBTT total supply on Ethereum + abtt transfers in flight, and the
// bridge's ERC-20 escrow == the voucher supply + voucher transfers in flight.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Contract } from "@ethersproject/contracts";
import type { Wallet } from "@ethersproject/wallet";
import { Wallet as EthWallet } from "@ethersproject/wallet";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { factory } from "@btt/bridge-contracts";
import { BTT_DENOM, connectBttSigningClient, type BttQueryClient } from "@btt/ts-client";
import { account, createLogger, sleep, waitUntil } from "@btt/localnet";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { bridgeMsgs } from "../src/ethereum/btt.js";
import { sendToBtt } from "../src/ethereum/cli.js";
import { bridgeContract, erc20Interface, readBridgeState } from "../src/ethereum/contract.js";
import { BridgeLocalnet, devKey, type BridgeInfo } from "../src/ethereum/localnet.js";
import type { RetryingJsonRpcProvider } from "../src/ethereum/provider.js";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../src/cli.js", import.meta.url));
const E18 = 10n ** 18n;
const FEE = E18 / 10n;
const log = createLogger("bridge-e2e");
const home = mkdtempSync(join(tmpdir(), "btt-bridge-e2e-"));
const net = new BridgeLocalnet({
  home,
  portOffset: 6000,
  evmPort: 8660,
  metricsPort: 7600,
  chainId: "btt-bridge-e2e-1",
  confirmations: 2,
  // Batches every 2 blocks; a long confirm window so that the killed orchestrator is not slashed here.
  bridgeParams: { auto_batch_blocks: "2", signed_window_blocks: "1000" },
  logger: log,
});

let info: BridgeInfo;
let provider: RetryingJsonRpcProvider;
let bridge: Contract;
let wbtt: Contract;
let dev: { address: string; client: SigningStargateClient };
let alice: { address: string; client: SigningStargateClient };
let ethUser: Wallet;

const until = <T>(what: string, f: () => Promise<T | undefined | false>, timeoutMs = 120_000): Promise<T> => waitUntil(what, f, { timeoutMs });

const q = <T>(f: (c: BttQueryClient) => Promise<T>) => net.query(f);
const bal = async (address: string, denom = BTT_DENOM) => BigInt((await dev.client.getBalance(address, denom)).amount);
const wbttOf = async (a: string) => BigInt((await wbtt.balanceOf(a)).toString());

/** Waits until every event of the contract is observed on BTT, then checks both escrow invariants. */
async function settledInvariant(): Promise<{ escrowed: bigint; wbttSupply: bigint; inFlight: bigint }> {
  const contractNonce = (await readBridgeState(bridge)).lastEventNonce;
  await until(`BTT to observe event ${contractNonce}`, async () => (await q((c) => c.btt.bridge.v1.lastObserved())).eventNonce >= contractNonce);
  const escrow = await q((c) => c.btt.bridge.v1.escrow());
  const escrowed = BigInt(escrow.escrowedBtt.amount);
  const inFlight = BigInt(escrow.inFlight.find((x) => x.denom === BTT_DENOM)?.amount ?? "0");
  const wbttSupply = BigInt((await wbtt.totalSupply()).toString());
  expect(escrowed).toBe(wbttSupply + inFlight);
  // x/bridge's own count of the abtt backing wBTT agrees with the contract's supply.
  expect(BigInt(escrow.wrappedBttOutstanding)).toBe(wbttSupply);
  // ERC-20s native to Ethereum: what the contract holds == vouchers on BTT + voucher transfers in flight.
  const { tokenDenoms } = await q((c) => c.btt.bridge.v1.tokenDenoms());
  for (const td of tokenDenoms) {
    if (td.denom === BTT_DENOM) continue;
    const held = BigInt(await provider.call({ to: td.tokenContract, data: erc20Interface.encodeFunctionData("balanceOf", [bridge.address]) }));
    const vouchers = BigInt(escrow.vouchers.find((v) => v.denom === td.denom)?.amount ?? "0");
    const flying = BigInt(escrow.inFlight.find((v) => v.denom === td.denom)?.amount ?? "0");
    expect(held).toBe(vouchers + flying);
  }
  return { escrowed, wbttSupply, inFlight };
}

async function sendToEthereum(from: { address: string; client: SigningStargateClient }, dest: string, amount: bigint, fee: bigint, denom = BTT_DENOM) {
  const msg = bridgeMsgs.sendToEthereum({ sender: from.address, ethDestination: dest, amount: { denom, amount: amount.toString() }, bridgeFee: { denom, amount: fee.toString() } });
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await from.client.signAndBroadcast(from.address, [msg], 1.8);
      if (r.code !== 0) throw new Error(`MsgSendToEthereum failed: ${r.rawLog}`);
      return r;
    } catch (e) {
      // A node answering the account query mid-commit on the loaded 2-core machine (cosmjs' "condition is not
      // truthy" in getAccount, before anything is broadcast): ask again.
      if (attempt >= 3 || !/condition is not truthy/.test(String(e))) throw e;
      await sleep(1000);
    }
  }
}

beforeAll(async () => {
  info = await net.up();
  provider = net.provider();
  bridge = bridgeContract(info.bridge, provider);
  wbtt = new Contract(info.wrappedBtt, erc20Interface, provider);
  const devAcct = account(net.net.keys, "dev");
  dev = { address: devAcct.address, client: await connectBttSigningClient(net.net.rpc(0), await DirectSecp256k1HdWallet.fromMnemonic(devAcct.mnemonic, { prefix: "btt" })) };
  const a = await net.newUser(1_000n * E18);
  alice = { address: a.address, client: await connectBttSigningClient(net.net.rpc(1), a.wallet) };
  ethUser = devKey(2).connect(provider);
}, 300_000);

afterAll(async () => {
  dev?.client.disconnect();
  alice?.client.disconnect();
  await net.down();
  // BRIDGE_E2E_KEEP=1 keeps the state folder (configs and every service's log) for a post-mortem.
  if (process.env.BRIDGE_E2E_KEEP !== "1") rmSync(home, { recursive: true, force: true });
}, 120_000);

describe("Ethereum bridge on a 4-validator localnet and a Hardhat node", () => {
  test("the contract holds the chain's valset, every orchestrator registered, the genesis valset event is observed", async () => {
    const { orchestrators } = await q((c) => c.btt.bridge.v1.orchestrators());
    expect(orchestrators).toHaveLength(4);
    const state = await readBridgeState(bridge);
    expect(state.lastValsetNonce).toBe(BigInt(info.genesisValsetNonce));
    expect((await bridge.bridgeId()) as string).toBe(info.bridgeId);
    const s = await settledInvariant();
    expect(s).toEqual({ escrowed: 0n, wbttSupply: 0n, inFlight: 0n });
  });

  test("an account that is not a validator operator cannot register as an orchestrator: a clear error, nothing changes", async () => {
    const intruder = await net.newUser(10n * E18);
    const dir = join(home, "intruder");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "mnemonic"), intruder.wallet.mnemonic + "\n");
    writeFileSync(join(dir, "eth.key"), EthWallet.createRandom().privateKey + "\n");
    const cfg = readFileSync(net.orchestratorConfig(0), "utf8").replace(/port: \d+/, "port: 7620");
    writeFileSync(join(dir, "config.yaml"), cfg);
    const err = await run(process.execPath, [CLI, "ethereum", "orchestrator", "--config", join(dir, "config.yaml")], { timeout: 60_000 }).then(
      () => undefined,
      (e: { code?: number; stderr?: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/MsgSetOrchestrator failed .*not a validator operator/s);
    expect((await q((c) => c.btt.bridge.v1.orchestrators())).orchestrators).toHaveLength(4);
  });

  test("BTT → Ethereum: wBTT minted to the destination, the fee to the relayer; and back: wBTT burned, BTT released", async () => {
    const relayerAddr = devKey(1).address;
    const feeBefore = await wbttOf(relayerAddr);
    await sendToEthereum(alice, ethUser.address, 10n * E18, FEE);
    const mid = await q((c) => c.btt.bridge.v1.escrow());
    expect(BigInt(mid.escrowedBtt.amount)).toBeGreaterThanOrEqual(10n * E18 + FEE);
    await until("wBTT on Ethereum", async () => (await wbttOf(ethUser.address)) === 10n * E18);
    expect((await wbttOf(relayerAddr)) - feeBefore).toBe(FEE);
    const after = await settledInvariant();
    expect(after.inFlight).toBe(0n);
    expect(after.escrowed).toBe(10n * E18 + FEE);

    const bob = await net.newUser(0n);
    const r = await sendToBtt({ rpc: info.evmUrl, chainId: 31337, bridge: info.bridge, privateKey: ethUser.privateKey, to: bob.address, amount: 4n * E18 });
    expect(r.amount).toBe(4n * E18);
    expect(await wbttOf(ethUser.address)).toBe(6n * E18);
    await until("BTT released to bob", async () => (await bal(bob.address)) === 4n * E18);
    const back = await settledInvariant();
    expect(back.escrowed).toBe(6n * E18 + FEE);
  });

  test("an ERC-20 from Ethereum arrives as its bridge/eth/0x… voucher and goes back", async () => {
    const issuer = devKey(3).connect(provider);
    const token = await factory("TestERC20", issuer).deploy("Test Token", "TST", (1_000_000n * E18).toString());
    await token.deployed();
    await sendToBtt({ rpc: info.evmUrl, chainId: 31337, bridge: info.bridge, privateKey: issuer.privateKey, to: alice.address, amount: 1000n * E18, token: token.address });
    const denom = await until("the token's voucher denom", async () => {
      const { tokenDenoms } = await q((c) => c.btt.bridge.v1.tokenDenoms());
      return tokenDenoms.find((t) => t.tokenContract.toLowerCase() === token.address.toLowerCase())?.denom;
    });
    expect(denom.toLowerCase()).toBe(`bridge/eth/${token.address.toLowerCase()}`);
    await until("vouchers credited", async () => (await bal(alice.address, denom)) === 1000n * E18);
    await settledInvariant();

    const before = BigInt((await token.balanceOf(issuer.address)).toString());
    await sendToEthereum(alice, issuer.address, 400n * E18, 10n * E18, denom);
    await until("the token back on Ethereum", async () => BigInt((await token.balanceOf(issuer.address)).toString()) === before + 400n * E18);
    expect(await bal(alice.address, denom)).toBe(590n * E18);
    await settledInvariant();
  });

  test("a validator-set change while a transfer is pending is carried to the contract, and batches keep flowing under the new set", async () => {
    const before = (await readBridgeState(bridge)).lastValsetNonce;
    // A transfer queued before the power moves: it lands whichever valset signs its batch.
    const early = EthWallet.createRandom().address;
    await sendToEthereum(alice, early, E18, FEE);
    const val3 = net.net.validator(3);
    const { validators } = await q((c) => c.staking.validators("BOND_STATUS_BONDED"));
    const target = validators.find((v) => v.description?.moniker === val3.moniker)!;
    const r = await dev.client.delegateTokens(dev.address, target.operatorAddress, { denom: BTT_DENOM, amount: (1_500_000n * E18).toString() }, 1.8);
    expect(r.code).toBe(0);
    const newer = await until("a new valset on BTT", async () => {
      const { valsets } = await q((c) => c.btt.bridge.v1.valsets());
      return valsets[0] && valsets[0].nonce > before ? valsets[0] : undefined;
    });
    await until("the contract's valset updated", async () => (await readBridgeState(bridge)).lastValsetNonce >= newer.nonce, 180_000);
    const dest = EthWallet.createRandom().address;
    await sendToEthereum(alice, dest, 2n * E18, FEE);
    await until("wBTT under the new valset", async () => (await wbttOf(dest)) === 2n * E18);
    await until("the transfer queued before the change", async () => (await wbttOf(early)) === E18);
    await settledInvariant();
  });

  test("an orchestrator killed and restarted resumes from its last attested event nonce", async () => {
    // The least powerful member: the other three keep > 2/3 of the power and the bridge keeps working.
    const { valsets } = await q((c) => c.btt.bridge.v1.valsets());
    const weakest = valsets[0]!.members[valsets[0]!.members.length - 1]!.ethAddress.toLowerCase();
    const validator = (await q((c) => c.btt.bridge.v1.orchestrators())).orchestrators.find((o) => o.ethAddress.toLowerCase() === weakest)!.validator;
    let which = -1;
    for (let i = 0; i < 4; i++) {
      const w = new EthWallet(readFileSync(join(net.orchestratorDir(i), "eth.key"), "utf8").trim());
      if (w.address.toLowerCase() === weakest) which = i;
    }
    expect(which).toBeGreaterThanOrEqual(0);
    await net.killService(`orchestrator${which}`);
    const lastBefore = (await q((c) => c.btt.bridge.v1.lastEventNonce({ address: validator }))).eventNonce;
    // While it is down, the other three (75% of the power) still attest deposits.
    const carol = await net.newUser(0n);
    for (let i = 0; i < 2; i++) await sendToBtt({ rpc: info.evmUrl, chainId: 31337, bridge: info.bridge, privateKey: ethUser.privateKey, to: carol.address, amount: E18 });
    await until("carol credited without orchestrator " + which, async () => (await bal(carol.address)) === 2n * E18);
    expect((await q((c) => c.btt.bridge.v1.lastEventNonce({ address: validator }))).eventNonce).toBe(lastBefore);
    await net.startOrchestrator(which);
    const contractNonce = (await readBridgeState(bridge)).lastEventNonce;
    await until("the restarted orchestrator to catch up", async () => (await q((c) => c.btt.bridge.v1.lastEventNonce({ address: validator }))).eventNonce === contractNonce);
    const logText = readFileSync(net.logFile(`orchestrator${which}`), "utf8");
    expect(logText).toMatch(/"msg":"claims submitted"/);
    await settledInvariant();
  });

  test("the relayer killed with its batch tx unmined: the batch executes exactly once and the restarted relayer skips it", async () => {
    const relayerAddr = devKey(1).address;
    // Freeze Ethereum: no automatic or interval blocks, so the relayer's tx waits in the mempool.
    await provider.send("evm_setAutomine", [false]);
    await provider.send("evm_setIntervalMining", [0]);
    const dest = EthWallet.createRandom().address;
    try {
      await sendToEthereum(alice, dest, 3n * E18, FEE);
      await until("the relayer's batch tx in the mempool", async () => (await provider.getTransactionCount(relayerAddr, "pending")) > (await provider.getTransactionCount(relayerAddr, "latest")));
      await net.killService("relayer");
    } finally {
      await provider.send("evm_setAutomine", [true]);
      await provider.send("evm_setIntervalMining", [1000]);
      await provider.send("evm_mine", []);
    }
    await until("the orphaned batch tx mined", async () => (await wbttOf(dest)) === 3n * E18);
    const nonceAfter = await provider.getTransactionCount(relayerAddr, "latest");
    await net.startRelayer();
    await sleep(5_000);
    expect(await wbttOf(dest)).toBe(3n * E18);
    // Nothing more sent: the restarted relayer read the contract's batch nonce and skipped the executed batch.
    expect(await provider.getTransactionCount(relayerAddr, "latest")).toBe(nonceAfter);
    const s = await settledInvariant();

    // `btt-relayer ethereum status` shows both sides agreeing.
    const { stdout } = await run(process.execPath, [CLI, "ethereum", "status", "--config", net.relayerConfig], { timeout: 60_000 });
    const st = JSON.parse(stdout) as { btt: Record<string, unknown>; contract: Record<string, unknown> };
    expect(st.contract.wbttTotalSupply).toBe(s.wbttSupply.toString());
    expect(st.btt.wrappedBttOutstanding).toBe(s.wbttSupply.toString());
    expect(st.btt.escrowedBtt).toBe(s.escrowed.toString());
    expect(st.contract.lastEventNonce).toBe((st.btt.lastObserved as { eventNonce: string }).eventNonce);
  });
});
