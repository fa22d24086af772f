#!/usr/bin/env node
/**
 * make bench-chain: bank-transfer load against a fresh 4-validator localnet.
 *
 * 1. starts its own localnet (tmp home, ports offset by BENCH_PORT_OFFSET, default 30000);
 * 2. funds BENCH_ACCOUNTS accounts (default 100) with one MsgMultiSend from the dev key;
 * 3. pre-signs every transfer offline (explicit account numbers and sequences), then for
 *    BENCH_SECONDS (default 60) broadcasts them with broadcast_tx_sync at BENCH_RATE tx/s
 *    (default 250), each account pinned to one validator's RPC so its sequence stays in order;
 * 4. reads the blocks back and reports committed tx/s, inclusion latency, block fill, failures
 *    and the RSS of the bttd processes; writes the figures into BENCHMARKS.md.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, StargateClient, GasPrice, calculateFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { toHex } from "@cosmjs/encoding";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { account, loadKeys } from "./keys.js";
import { Localnet } from "./localnet.js";
import { createLogger } from "./log.js";
import { repoRoot } from "./paths.js";
import { rssBytes, sleep } from "./procs.js";
import { runCommand } from "./run.js";
import { BTT_DENOM, MIN_GAS_PRICE, ONE_BTT } from "./tokenomics.js";

const log = createLogger("bench-chain");
const N_ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 250);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 30000);
const VALIDATORS = 4;

interface Sent {
  hash: string;
  account: number;
  t: number;
  ok: boolean;
  log?: string;
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function mib(b: number): string {
  return `${(b / 1024 / 1024).toFixed(0)} MiB`;
}

interface RpcBlock {
  result: { block: { header: { height: string; time: string }; data: { txs: string[] | null } } };
}
interface RpcBlockResults {
  result: { txs_results: { code: number; gas_used: string; gas_wanted: string; log?: string }[] | null };
}
interface RpcConsensusParams {
  result: { consensus_params: { block: { max_bytes: string; max_gas: string } } };
}

async function rpcGet<T>(base: string, path: string): Promise<T> {
  let lastErr: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return (await res.json()) as T;
    } catch (err) {
      lastErr = err;
      await sleep(200);
    }
  }
  throw lastErr;
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-"));
  const net = new Localnet({ home, validators: VALIDATORS, portOffset: PORT_OFFSET, logger: log, mempoolSize: 20000 });
  const memSamples = new Map<number, number>(); // validator → peak RSS
  try {
    log.info({ home, accounts: N_ACCOUNTS, rate: RATE, seconds: SECONDS }, "starting a fresh localnet");
    await net.start();
    const rpcs = net.validators().map((v) => v.rpc);
    const chainId = net.chainId;
    const keys = loadKeys();
    const dev = account(keys, "dev");

    // --- accounts and funding ---
    const wallets: DirectSecp256k1Wallet[] = [];
    const addrs: string[] = [];
    for (let i = 0; i < N_ACCOUNTS; i++) {
      const priv = createHash("sha256").update(`btt-bench-account-${i}`).digest();
      const w = await DirectSecp256k1Wallet.fromKey(priv, "btt");
      wallets.push(w);
      addrs.push((await w.getAccounts())[0].address);
    }
    const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" });
    const devClient = await SigningStargateClient.connectWithSigner(rpcs[0], devWallet, { gasPrice: GasPrice.fromString(MIN_GAS_PRICE) });
    const each = (100n * ONE_BTT).toString();
    const multiSend = {
      typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
      value: {
        inputs: [{ address: dev.address, coins: [{ denom: BTT_DENOM, amount: (100n * ONE_BTT * BigInt(N_ACCOUNTS)).toString() }] }],
        outputs: addrs.map((a) => ({ address: a, coins: [{ denom: BTT_DENOM, amount: each }] })),
      },
    };
    const fundRes = await devClient.signAndBroadcast(dev.address, [multiSend], 1.5, "bench funding");
    if (fundRes.code !== 0) throw new Error(`funding failed: ${fundRes.rawLog}`);
    log.info({ height: fundRes.height, accounts: N_ACCOUNTS }, "accounts funded (one MsgMultiSend)");
    devClient.disconnect();

    const query = await StargateClient.connect(rpcs[0]);
    const accountNumbers: bigint[] = [];
    for (const a of addrs) {
      const acc = await query.getAccount(a);
      if (!acc) throw new Error(`account ${a} not found after funding`);
      accountNumbers.push(acc.accountNumber);
    }

    // gas of one transfer, measured once by simulation
    const probe = await SigningStargateClient.connectWithSigner(rpcs[0], wallets[0]);
    const sendMsg = (from: number, to: number) => ({
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: addrs[from], toAddress: addrs[to], amount: [{ denom: BTT_DENOM, amount: "1000" }] },
    });
    const simulated = Number(await probe.simulate(addrs[0], [sendMsg(0, 1)], ""));
    probe.disconnect();
    const gasLimit = Math.ceil((simulated * 1.3) / 1000) * 1000;
    const fee = calculateFee(gasLimit, GasPrice.fromString(MIN_GAS_PRICE));
    log.info({ simulated, gasLimit }, "gas per transfer");

    // --- pre-sign everything (signing is not part of the measured load) ---
    const perAccount = Math.ceil((RATE * SECONDS) / N_ACCOUNTS);
    const signed: Uint8Array[][] = [];
    const tSign = Date.now();
    for (let j = 0; j < N_ACCOUNTS; j++) {
      const offline = await SigningStargateClient.offline(wallets[j]);
      const txs: Uint8Array[] = [];
      for (let k = 0; k < perAccount; k++) {
        const raw = await offline.sign(addrs[j], [sendMsg(j, (j + 1 + k) % N_ACCOUNTS)], fee, "", {
          accountNumber: accountNumbers[j],
          sequence: k,
          chainId,
        });
        txs.push(TxRaw.encode(raw).finish());
      }
      signed.push(txs);
    }
    log.info({ txs: perAccount * N_ACCOUNTS, seconds: (Date.now() - tSign) / 1000 }, "transfers pre-signed");

    // --- load ---
    const comets = await Promise.all(rpcs.map((r) => Comet38Client.connect(r)));
    const startHeight = await net.height(0);
    const sent: Sent[] = [];
    const pids = net.validators().map((v) => net.pidOf(v.index)!);
    const sampler = setInterval(() => {
      pids.forEach((pid, i) => {
        const r = rssBytes(pid);
        if (r !== undefined) memSamples.set(i, Math.max(memSamples.get(i) ?? 0, r));
      });
    }, 2000);
    const t0 = Date.now() + 500;
    const tEnd = t0 + SECONDS * 1000;
    log.info({ startHeight }, "load running");
    await Promise.all(
      signed.map(async (txs, j) => {
        const comet = comets[j % comets.length];
        for (let k = 0; k < txs.length; k++) {
          const due = t0 + ((k * N_ACCOUNTS + j) / RATE) * 1000;
          if (due >= tEnd) break;
          const wait = due - Date.now();
          if (wait > 0) await sleep(wait);
          const t = Date.now();
          try {
            const r = await comet.broadcastTxSync({ tx: txs[k] });
            sent.push({ hash: toHex(r.hash).toUpperCase(), account: j, t, ok: r.code === 0, log: r.code === 0 ? undefined : r.log });
            if (r.code !== 0) break; // later sequences of this account would fail too
          } catch (err) {
            sent.push({ hash: "", account: j, t, ok: false, log: (err as Error).message });
            break;
          }
        }
      }),
    );
    const tSent = Date.now();
    log.info({ sent: sent.length, seconds: (tSent - t0) / 1000 }, "load finished, waiting for the mempools to drain");

    // --- wait for inclusion ---
    const accepted = sent.filter((s) => s.ok);
    const byHash = new Map(accepted.map((s) => [s.hash, s]));
    const included = new Map<string, { height: number; code: number }>();
    const deliverErrors: string[] = [];
    const blocks: { height: number; time: number; txs: number; bytes: number; gas: number; bench: number }[] = [];
    let h = startHeight + 1;
    const drainDeadline = Date.now() + 60_000;
    while (included.size < accepted.length && Date.now() < drainDeadline) {
      const top = await net.height(0);
      for (; h <= top; h++) {
        const b = await rpcGet<RpcBlock>(rpcs[0], `/block?height=${h}`);
        const br = await rpcGet<RpcBlockResults>(rpcs[0], `/block_results?height=${h}`);
        const txs = b.result.block.data.txs ?? [];
        let bytes = 0;
        let gas = 0;
        let bench = 0;
        txs.forEach((b64, idx) => {
          const raw = Buffer.from(b64, "base64");
          bytes += raw.length;
          const res = br.result.txs_results?.[idx];
          gas += Number(res?.gas_used ?? 0);
          const hash = createHash("sha256").update(raw).digest("hex").toUpperCase();
          if (byHash.has(hash)) {
            bench++;
            included.set(hash, { height: h, code: res?.code ?? -1 });
            if (res && res.code !== 0 && deliverErrors.length < 3) deliverErrors.push(`height ${h}: code ${res.code}: ${res.log ?? ""}`);
          }
        });
        blocks.push({ height: h, time: Date.parse(b.result.block.header.time), txs: txs.length, bytes, gas, bench });
      }
      await sleep(500);
    }
    // one more block so that every including block has a successor (its commit time)
    await net.waitForHeight(0, h, 30_000);
    const next = await rpcGet<RpcBlock>(rpcs[0], `/block?height=${h}`);
    const blockTime = new Map(blocks.map((b) => [b.height, b.time]));
    blockTime.set(h, Date.parse(next.result.block.header.time));
    clearInterval(sampler);
    const cp = await rpcGet<RpcConsensusParams>(rpcs[0], `/consensus_params`);

    // --- figures ---
    const okTxs = [...included.values()].filter((x) => x.code === 0);
    const deliverFailed = included.size - okTxs.length;
    const broadcastFailed = sent.length - accepted.length;
    const notIncluded = accepted.length - included.size;
    const failed = broadcastFailed + deliverFailed + notIncluded;
    // latency: broadcast → commit of the including block (= time of the next block's header, the
    // median time of the precommits that committed it)
    const lat = [...included.entries()]
      .map(([hash, x]) => (blockTime.get(x.height + 1) ?? blockTime.get(x.height)!) - byHash.get(hash)!.t)
      .sort((a, b) => a - b);
    const loadBlocks = blocks.filter((b) => b.bench > 0);
    const firstB = loadBlocks[0];
    const lastB = loadBlocks[loadBlocks.length - 1];
    const lastCommit = lastB ? blockTime.get(lastB.height + 1) ?? lastB.time : tSent;
    const committedPerSec = okTxs.length / ((lastCommit - t0) / 1000);
    // steady state: blocks committed while load was being offered
    const steady = blocks.filter((b) => b.time >= t0 + 5000 && b.time <= tEnd);
    const steadyTps = steady.length > 1 ? steady.slice(1).reduce((s, b) => s + b.txs, 0) / ((steady[steady.length - 1].time - steady[0].time) / 1000) : NaN;
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const blockIntervals = loadBlocks.slice(1).map((b, i) => b.time - loadBlocks[i].time);
    const maxBytes = Number(cp.result.consensus_params.block.max_bytes);
    const maxGas = Number(cp.result.consensus_params.block.max_gas);
    const figures = {
      offered: `${sent.length} txs in ${((tSent - t0) / 1000).toFixed(1)} s (target ${RATE} tx/s, ${N_ACCOUNTS} accounts, ${VALIDATORS} validators)`,
      committed: okTxs.length,
      sustainedTps: committedPerSec,
      steadyTps,
      latencyP50: pct(lat, 50),
      latencyP95: pct(lat, 95),
      latencyMax: lat[lat.length - 1],
      blocks: loadBlocks.length,
      blockInterval: avg(blockIntervals),
      txsPerBlockAvg: avg(loadBlocks.map((b) => b.txs)),
      txsPerBlockMax: Math.max(0, ...loadBlocks.map((b) => b.txs)),
      bytesPerBlockAvg: avg(loadBlocks.map((b) => b.bytes)),
      maxBytes,
      gasPerBlockAvg: avg(loadBlocks.map((b) => b.gas)),
      gasPerBlockMax: Math.max(0, ...loadBlocks.map((b) => b.gas)),
      maxGas,
      gasLimitPerTx: gasLimit,
      failed,
      broadcastFailed,
      deliverFailed,
      notIncluded,
      firstErrors: [...deliverErrors, ...new Set(sent.filter((s) => !s.ok).map((s) => s.log ?? ""))].slice(0, 4),
      rss: [...memSamples.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b),
    };
    void firstB;
    const version = await runCommand(net.bttd, ["version"]).then((r) => (r.stdout.trim() || r.stderr.trim()), () => "unknown");
    const report = renderReport(figures, version);
    process.stdout.write("\n" + report + "\n");
    writeBenchmarks(report);
    comets.forEach((c) => c.disconnect());
    query.disconnect();
  } finally {
    await net.stop();
    if (process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
  }
}

type Figures = {
  offered: string;
  committed: number;
  sustainedTps: number;
  steadyTps: number;
  latencyP50: number;
  latencyP95: number;
  latencyMax: number;
  blocks: number;
  blockInterval: number;
  txsPerBlockAvg: number;
  txsPerBlockMax: number;
  bytesPerBlockAvg: number;
  maxBytes: number;
  gasPerBlockAvg: number;
  gasPerBlockMax: number;
  maxGas: number;
  gasLimitPerTx: number;
  failed: number;
  broadcastFailed: number;
  deliverFailed: number;
  notIncluded: number;
  firstErrors: string[];
  rss: number[];
};

function renderReport(f: Figures, version: string): string {
  const cpu = cpus();
  const lines = [
    "## make bench-chain",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}, bttd ${version}; the load generator runs on the same machine as the 4 validators`,
    `- command: \`make bench-chain\` (= \`node localnet/dist/bench-chain.js\`; BENCH_RATE=${RATE} BENCH_ACCOUNTS=${N_ACCOUNTS} BENCH_SECONDS=${SECONDS})`,
    `- load: bank MsgSend transfers, pre-signed offline (explicit account numbers and sequences), broadcast with broadcast_tx_sync, each account pinned to one of the 4 validators' RPC; ${f.offered}`,
    `- localnet config: CometBFT timeout_commit 800ms, mempool size 20000 (cache 40000, recheck on), consensus block max_bytes and max_gas as in genesis (below); the load is paced, so committed tx/s cannot exceed the offered rate: raise BENCH_RATE to look for the ceiling`,
    "",
    "| figure | value |",
    "|---|---|",
    `| sustained committed tx/s (committed txs ÷ time from load start to commit of the last one) | ${f.sustainedTps.toFixed(1)} |`,
    `| steady-state tx/s (blocks committed while load was offered) | ${Number.isNaN(f.steadyTps) ? "n/a" : f.steadyTps.toFixed(1)} |`,
    `| committed transfers | ${f.committed} |`,
    `| failed transactions (rejected at broadcast / failed in block / never included) | ${f.failed} (${f.broadcastFailed} / ${f.deliverFailed} / ${f.notIncluded}) |`,
    `| inclusion latency p50 / p95 / max (broadcast → commit of the including block) | ${(f.latencyP50 / 1000).toFixed(2)} s / ${(f.latencyP95 / 1000).toFixed(2)} s / ${(f.latencyMax / 1000).toFixed(2)} s |`,
    `| blocks with load / mean block interval | ${f.blocks} / ${(f.blockInterval / 1000).toFixed(2)} s |`,
    `| txs per block avg / max | ${f.txsPerBlockAvg.toFixed(1)} / ${f.txsPerBlockMax} |`,
    `| block bytes avg / max_bytes | ${f.bytesPerBlockAvg.toFixed(0)} / ${f.maxBytes} (${((100 * f.bytesPerBlockAvg) / f.maxBytes).toFixed(2)} %) |`,
    `| gas used per block avg / max (block max_gas ${f.maxGas === -1 ? "-1 = unlimited" : f.maxGas}; gas limit per tx ${f.gasLimitPerTx}) | ${f.gasPerBlockAvg.toFixed(0)} / ${f.gasPerBlockMax} |`,
    `| bttd RSS peak per validator | ${f.rss.map(mib).join(", ")} |`,
  ];
  if (f.firstErrors.length) lines.push("", "First errors: " + f.firstErrors.map((e) => "`" + e.replace(/`/g, "'").slice(0, 200) + "`").join("; "));
  return lines.join("\n");
}

function writeBenchmarks(section: string): void {
  const path = join(repoRoot(), "BENCHMARKS.md");
  let text = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\nFigures measured on the project's 2-core machine; each section says how to reproduce it.\n";
  const start = text.indexOf("## make bench-chain");
  if (start >= 0) {
    const after = text.indexOf("\n## ", start + 1);
    text = text.slice(0, start) + section + "\n" + (after >= 0 ? text.slice(after + 1) : "");
  } else {
    text = text.trimEnd() + "\n\n" + section + "\n";
  }
  writeFileSync(path, text);
  log.info({ path }, "BENCHMARKS.md updated");
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-chain failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
