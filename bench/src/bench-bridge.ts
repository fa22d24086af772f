#!/usr/bin/env node
// make bench-bridge (a benchmark, not a test):
//  1. gas, on a fresh Hardhat node (port 8670): a plain ERC-20 transfer to a new holder; submitBatch of wBTT with 1 and
//     100 transfers to new holders (per-transfer gas against the plain transfer, goal ≤ 1.5×); updateValset and
//     submitBatch with 4 and with 100 validators (random ethers wallets, random powers, every validator signing);
//  2. latency on a fresh bridge localnet (BTT port offset 38000, Hardhat 8671): MsgSendToEthereum → wBTT on the
//     destination, and sendToBtt → BTT credited, p50/p95 (skipped with BENCH_BRIDGE_GAS_ONLY=1).
// Figures go to BENCHMARKS.md.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import type { Contract } from "@ethersproject/contracts";
import { Wallet } from "@ethersproject/wallet";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  batchDigest,
  checkpointDigest,
  deployBridge,
  factory,
  makeBridgeId,
  normalisePowers,
  orderSignatures,
  signDigest,
  startEvmNode,
  type Batch,
  type Sig,
  type Valset,
} from "@btt/bridge-contracts";
import { ABTT_PER_BTT, BTT_DENOM, connectBttSigningClient } from "@btt/ts-client";
import { account, sleep } from "@btt/localnet";
import { pct, writeBenchmarks } from "./bench-common.js";
import { createLogger } from "@btt/relayer/log.js";
import { bridgeMsgs } from "@btt/relayer/ethereum/btt.js";
import { sendToBtt } from "@btt/relayer/ethereum/cli.js";
import { BridgeLocalnet, devKey, EVM_CHAIN_ID } from "@btt/relayer/ethereum/localnet.js";
import { RetryingJsonRpcProvider } from "@btt/relayer/ethereum/provider.js";

const log = createLogger("bench-bridge");
const E18 = ABTT_PER_BTT;
const BRIDGE_ID = makeBridgeId("btt-bench-1", 31337n);

const args = (v: Valset) => ({ validators: v.validators, powers: v.powers.map(String), valsetNonce: v.valsetNonce.toString() });
const fmt = (n: number | bigint) => Number(n).toLocaleString("en-US");

function randomValset(n: number, nonce: bigint): { keys: Wallet[]; valset: Valset } {
  const keys = Array.from({ length: n }, () => Wallet.createRandom());
  const byAddr = new Map(keys.map((k) => [k.address, k]));
  const vs = normalisePowers(keys.map((k) => ({ ethAddress: k.address, power: BigInt(1000 + Math.floor(Math.random() * 9000)) })));
  return { keys: vs.validators.map((a) => byAddr.get(a)!), valset: { ...vs, valsetNonce: nonce } };
}

async function signAll(valset: Valset, keys: Wallet[], digest: string): Promise<Sig[]> {
  const m = new Map<string, Sig>();
  for (const k of keys) m.set(k.address, await signDigest(k, digest));
  return orderSignatures(valset, m);
}

async function gasUsed(p: Promise<{ wait(n?: number): Promise<{ gasUsed: { toString(): string } }> }>): Promise<bigint> {
  return BigInt((await (await p).wait(1)).gasUsed.toString());
}

interface GasFigures {
  plainTransfer: bigint;
  rows: { validators: number; updateValset: bigint; batch1: bigint; batch100: bigint }[];
}

async function gasBench(): Promise<GasFigures> {
  const node = await startEvmNode({ port: 8670, log });
  try {
    const provider = new RetryingJsonRpcProvider(node.url, EVM_CHAIN_ID);
    const relayer = devKey(0).connect(provider);
    const token = await factory("TestERC20", relayer).deploy("Test", "TST", (10n ** 30n).toString());
    await token.deployed();
    const plainTransfer = await gasUsed(token.transfer(Wallet.createRandom().address, E18.toString()));
    const rows: GasFigures["rows"] = [];
    for (const n of [4, 100]) {
      const g = randomValset(n, 1n);
      const { bridge, wrappedBtt } = await deployBridge(relayer, BRIDGE_ID, g.valset);
      // updateValset to a new set of the same size, signed by every member of the current one.
      const next = randomValset(n, 2n);
      const updateValset = await gasUsed(bridge.updateValset(args(next.valset), args(g.valset), await signAll(g.valset, g.keys, checkpointDigest(BRIDGE_ID, next.valset))));
      const batch = async (count: number, nonce: bigint): Promise<bigint> => {
        const b: Batch = {
          amounts: Array.from({ length: count }, () => E18),
          destinations: Array.from({ length: count }, () => Wallet.createRandom().address),
          fees: Array.from({ length: count }, () => E18 / 100n),
          batchNonce: nonce,
          tokenContract: (wrappedBtt as Contract).address,
          batchTimeout: 1_000_000n,
        };
        const sigs = await signAll(next.valset, next.keys, batchDigest(BRIDGE_ID, b));
        return gasUsed(bridge.submitBatch(args(next.valset), sigs, b.amounts.map(String), b.destinations, b.fees.map(String), b.batchNonce.toString(), b.tokenContract, b.batchTimeout.toString(), { gasLimit: 15_000_000 }));
      };
      rows.push({ validators: n, updateValset, batch1: await batch(1, 1n), batch100: await batch(100, 2n) });
      log.info(rows[rows.length - 1], "gas measured");
    }
    return { plainTransfer, rows };
  } finally {
    await node.stop();
  }
}

interface Latency {
  n: number;
  out: number[];
  back: number[];
}

async function latencyBench(n: number): Promise<Latency> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-bridge-"));
  const net = new BridgeLocalnet({ home, portOffset: 38000, evmPort: 8671, metricsPort: 7700, chainId: "btt-bench-bridge-1", logger: log, bridgeParams: { auto_batch_blocks: "2" } });
  try {
    const info = await net.up();
    const provider = net.provider();
    const dev = account(net.net.keys, "dev");
    const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" });
    const client = await connectBttSigningClient(net.net.rpc(0), devWallet);
    const wbtt = new (await import("@ethersproject/contracts")).Contract(info.wrappedBtt, ["function balanceOf(address) view returns (uint256)"], provider);
    // BTT → Ethereum: n transfers, one a second, each to a fresh Ethereum address.
    const dests = Array.from({ length: n }, () => Wallet.createRandom().address);
    const sentAt: number[] = [];
    const out: number[] = new Array(n).fill(NaN);
    const sends = (async () => {
      for (let i = 0; i < n; i++) {
        sentAt[i] = Date.now();
        const r = await client.signAndBroadcast(dev.address, [bridgeMsgs.sendToEthereum({ sender: dev.address, ethDestination: dests[i]!, amount: { denom: BTT_DENOM, amount: E18.toString() }, bridgeFee: { denom: BTT_DENOM, amount: (E18 / 100n).toString() } })], 1.6);
        if (r.code !== 0) throw new Error(`MsgSendToEthereum failed: ${r.rawLog}`);
        await sleep(1000);
      }
    })();
    const deadline = Date.now() + 300_000;
    while (out.some((x) => Number.isNaN(x)) && Date.now() < deadline) {
      for (let i = 0; i < sentAt.length; i++) {
        if (!Number.isNaN(out[i]!)) continue;
        if (BigInt((await wbtt.balanceOf(dests[i])).toString()) > 0n) out[i] = Date.now() - sentAt[i]!;
      }
      await sleep(200);
    }
    await sends;
    // Ethereum → BTT: dev account 1 is the relayer (it got the fees as wBTT); dev account 3 gets wBTT first.
    const holder = devKey(4).connect(provider);
    const backDest = await Promise.all(Array.from({ length: n }, async () => (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" })).getAccounts())[0]!.address));
    // Fund the holder with wBTT through the bridge itself.
    const r = await client.signAndBroadcast(dev.address, [bridgeMsgs.sendToEthereum({ sender: dev.address, ethDestination: holder.address, amount: { denom: BTT_DENOM, amount: (BigInt(n) * E18).toString() }, bridgeFee: { denom: BTT_DENOM, amount: (E18 / 100n).toString() } })], 1.6);
    if (r.code !== 0) throw new Error(r.rawLog);
    while (BigInt((await wbtt.balanceOf(holder.address)).toString()) < BigInt(n) * E18) {
      if (Date.now() > deadline + 120_000) throw new Error("the holder never got its wBTT");
      await sleep(500);
    }
    const back: number[] = new Array(n).fill(NaN);
    const backAt: number[] = [];
    for (let i = 0; i < n; i++) {
      backAt[i] = Date.now();
      await sendToBtt({ rpc: info.evmUrl, chainId: EVM_CHAIN_ID, bridge: info.bridge, privateKey: holder.privateKey, to: backDest[i]!, amount: E18 });
    }
    const deadline2 = Date.now() + 300_000;
    while (back.some((x) => Number.isNaN(x)) && Date.now() < deadline2) {
      for (let i = 0; i < n; i++) {
        if (!Number.isNaN(back[i]!)) continue;
        if (BigInt((await client.getBalance(backDest[i]!, BTT_DENOM)).amount) > 0n) back[i] = Date.now() - backAt[i]!;
      }
      await sleep(200);
    }
    client.disconnect();
    return { n, out, back };
  } finally {
    await net.down();
    rmSync(home, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}; Hardhat 3 node (EDR), solc 0.8.30 optimizer 200 runs`;
  const g = await gasBench();
  const lines = [
    "## Ethereum bridge gas (make bench-bridge)",
    "",
    `\`make bench-bridge\` (contract part alone: \`BENCH_BRIDGE_GAS_ONLY=1 make bench-bridge\`), ${new Date().toISOString().slice(0, 10)}, ${machine}. Fresh Hardhat node; random ethers wallets as validators with random powers, every validator signing (the contract stops checking once > 2/3 of the power is reached, but the calldata carries every signature); transfers of wBTT to addresses that held none.`,
    "",
    `Plain ERC-20 transfer to a new holder: **${fmt(g.plainTransfer)} gas**.`,
    "",
    "| validators | updateValset | submitBatch, 1 transfer | submitBatch, 100 transfers | per transfer in the 100-batch | vs plain transfer |",
    "|---:|---:|---:|---:|---:|---:|",
    ...g.rows.map((r) => `| ${r.validators} | ${fmt(r.updateValset)} | ${fmt(r.batch1)} | ${fmt(r.batch100)} | ${fmt(r.batch100 / 100n)} | ${(Number(r.batch100) / 100 / Number(g.plainTransfer)).toFixed(2)}× |`),
    "",
    "Goal: per-transfer gas in a 100-transfer batch ≤ 1.5× a plain transfer.",
  ];
  writeBenchmarks("## Ethereum bridge gas (make bench-bridge)", lines.join("\n"), log);
  console.log(lines.join("\n"));
  if (process.env.BENCH_BRIDGE_GAS_ONLY === "1") return;
  const n = Number(process.env.BENCH_BRIDGE_TRANSFERS ?? 20);
  const l = await latencyBench(n);
  const s = (xs: number[]) => {
    const ok = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    return `${ok.length}/${xs.length} arrived; p50 ${(pct(ok, 50) / 1000).toFixed(1)} s, p95 ${(pct(ok, 95) / 1000).toFixed(1)} s, max ${(ok[ok.length - 1]! / 1000).toFixed(1)} s`;
  };
  const lat = [
    "## Ethereum bridge latency (make bench-bridge)",
    "",
    `\`make bench-bridge\`, ${new Date().toISOString().slice(0, 10)}, ${machine}. A fresh bridge localnet: 4 validators (blocks about every 1 s), Hardhat mining a block a second (and one per tx), orchestrators with 2 confirmations polling every 0.5 s, the relayer every 1 s, x/bridge auto_batch_blocks = 2. ${n} transfers each way, one a second.`,
    "",
    `- MsgSendToEthereum → wBTT on the destination: ${s(l.out)}`,
    `- sendToBtt mined → BTT credited on BTT: ${s(l.back)}`,
  ];
  writeBenchmarks("## Ethereum bridge latency (make bench-bridge)", lat.join("\n"), log);
  console.log(lat.join("\n"));
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(`bench-bridge: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
});
