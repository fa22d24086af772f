#!/usr/bin/env node
/**
 * make bench-chain: bank-transfer load against a fresh 4-validator localnet.
 *
 * 1. starts its own localnet (tmp home, ports offset by BENCH_PORT_OFFSET, default 30000);
 * 2. funds BENCH_ACCOUNTS accounts (default 100) with one MsgMultiSend from the dev key;
 * 3. pre-signs the transfers offline (explicit account numbers and sequences) and broadcasts them
 *    with broadcast_tx_sync, each account pinned to one validator's RPC, one tx after the other
 *    (the next only once the previous broadcast returned), so its sequences arrive in order:
 *    - saturation mode (default, BENCH_RATE unset): steps of BENCH_STEP_SECONDS (default 20) from
 *      BENCH_RAMP_START tx/s (default 150), each step BENCH_RAMP_FACTOR (default 1.25) × the one
 *      before, until a step commits less than BENCH_RAMP_MIN_GAIN (default 0.03) more tx/s than the
 *      best before it, more than 2 % of a step's txs fail, or BENCH_RAMP_STEPS (default 10) are done;
 *      the ceiling is the best step's committed tx/s (blocks 5 s after the step's start → its end);
 *    - fixed rate (BENCH_RATE set): BENCH_SECONDS (default 60) at BENCH_RATE tx/s;
 * 4. reads the blocks back and reports committed tx/s, inclusion latency, block fill, failures
 *    (an in-block sequence mismatch says where the expected sequence was) and the RSS of the bttd
 *    processes; writes the figures into BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Localnet } from "@btt/localnet";
import { createLogger } from "@btt/localnet";
import { sleep } from "@btt/localnet";
import {
  analyse, avg, benchMode, BlockScanner, blockLimits, blockTimeAt, bttdVersion, fetchBlock, loadAverage, machineLine, measureStep, mib, pct, prepareBankLoad,
  inBlockSequenceMismatches, rampTable, rampToCeiling, rssSampler, writeBenchmarks,
} from "./bench-common.js";

const log = createLogger("bench-chain");
const N_ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const MODE = benchMode(150);
const RATE = MODE.fixedRate ?? 0;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 30000);
const VALIDATORS = 4;

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-"));
  const net = new Localnet({ home, validators: VALIDATORS, portOffset: PORT_OFFSET, logger: log, mempoolSize: 20000 });
  try {
    log.info({ home, accounts: N_ACCOUNTS, rate: RATE, seconds: SECONDS }, "starting a fresh localnet");
    await net.start();
    const rpcs = net.validators().map((v) => v.rpc);
    if (MODE.fixedRate === undefined) {
      await saturation(net, rpcs);
      return;
    }
    const load = await prepareBankLoad(net, { accounts: N_ACCOUNTS, rate: RATE, seconds: SECONDS, log });
    const gasLimit = load.gasLimit;

    // --- load ---
    const startHeight = await net.height(0);
    const rss = rssSampler(net);
    log.info({ startHeight }, "load running");
    const { sent, t0, tEnd, tSent } = await load.run();
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
        const blk = await fetchBlock(rpcs[0], h);
        let bench = 0;
        for (const tx of blk.txs) {
          if (byHash.has(tx.hash)) {
            bench++;
            included.set(tx.hash, { height: h, code: tx.code });
            if (tx.code !== 0 && deliverErrors.length < 3) deliverErrors.push(`height ${h}: code ${tx.code}: ${tx.log}`);
          }
        }
        blocks.push({ height: h, time: blk.time, txs: blk.txs.length, bytes: blk.bytes, gas: blk.gas, bench });
      }
      await sleep(500);
    }
    // one more block so that every including block has a successor (its commit time)
    await net.waitForHeight(0, h, 30_000);
    const blockTime = new Map(blocks.map((b) => [b.height, b.time]));
    blockTime.set(h, await blockTimeAt(rpcs[0], h));
    const rssPeaks = rss.stop();
    const { maxBytes, maxGas } = await blockLimits(rpcs[0]);

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
    const blockIntervals = loadBlocks.slice(1).map((b, i) => b.time - loadBlocks[i].time);
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
      rss: rssPeaks,
    };
    void firstB;
    const version = await bttdVersion(net);
    const report = renderReport(figures, version);
    process.stdout.write("\n" + report + "\n");
    writeBenchmarks("## make bench-chain", report, log);
    load.close();
  } finally {
    await net.stop();
    if (process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
  }
}

/** Saturation mode: the ramp of bank sends, its ceiling and the whole run's figures. */
async function saturation(net: Localnet, rpcs: string[]): Promise<void> {
  const load = await prepareBankLoad(net, { accounts: N_ACCOUNTS, rate: 0, seconds: 0, log });
  const loadBefore = loadAverage();
  const scanner = new BlockScanner(rpcs[0], (await net.height(0)) + 1, log);
  const rss = rssSampler(net);
  const WARM_MS = 5000;
  const ramp = await rampToCeiling(MODE.ramp, load.step, (rate, step, all) => measureStep(scanner, rate, step, all, WARM_MS), log, "bank sends");
  const loadAfter = loadAverage();
  await scanner.drain(ramp.sent, 90_000);
  const rssPeaks = rss.stop();
  await scanner.stop();
  const whole = analyse("bank sends", "", ramp.sent, scanner.between(ramp.t0 - 2000, ramp.tEnd + 120_000), scanner.nextTime, ramp.t0, ramp.tEnd, rssPeaks, "", WARM_MS);
  const { maxBytes, maxGas } = await blockLimits(rpcs[0]);
  const version = await bttdVersion(net);
  const r = MODE.ramp;
  const causes = whole.causes.size ? [...whole.causes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} × ${c.replace(/[|`]/g, "'")}`).join("; ") : "none";
  const lines = [
    "## make bench-chain",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(version)}; load average (1 / 5 / 15 min) ${loadBefore} before the ramp, ${loadAfter} at its end`,
    `- command: \`make bench-chain\` (= \`node bench/dist/bench-chain.js\`; saturation mode: BENCH_RAMP_START=${r.start} BENCH_RAMP_FACTOR=${r.factor} BENCH_STEP_SECONDS=${r.stepSeconds} BENCH_RAMP_STEPS=${r.maxSteps} BENCH_RAMP_MIN_GAIN=${r.minGain} BENCH_ACCOUNTS=${N_ACCOUNTS}; BENCH_RATE=n runs the old fixed-rate mode)`,
    `- load: bank MsgSend transfers from ${N_ACCOUNTS} accounts, pre-signed offline before each step (explicit account numbers and sequences), broadcast with broadcast_tx_sync, each account pinned to one of the 4 validators' RPC and sending one tx after the other; localnet timeout_commit 800ms, mempool size 20000 (cache 40000, recheck on), block max_bytes ${maxBytes}, max_gas ${maxGas === -1 ? "-1 = unlimited" : maxGas} (gas limit per transfer ${load.gasLimit}, so at most ${maxGas > 0 ? Math.floor(maxGas / load.gasLimit) : "∞"} transfers per block)`,
    `- ramp: steps of ${r.stepSeconds} s, offered rate × ${r.factor} per step; a step's committed tx/s counts the successful transfers in blocks with header time from ${WARM_MS / 1000} s after its start to its end, over the time those blocks span (a backlog from the step before counts too); the ramp stops when a step gains less than ${(100 * r.minGain).toFixed(0)} % over the best step before it or more than 2 % of its txs fail; stopped: ${ramp.stopReason}`,
    "",
    ...rampTable("bank sends", ramp),
    "",
    `**Ceiling: ${ramp.ceiling.committedTps.toFixed(1)} committed bank-send tx/s** (offered ${ramp.ceiling.offered} tx/s).`,
    "",
    "| whole ramp | value |",
    "|---|---|",
    `| committed / sent | ${whole.committed} / ${whole.sent} |`,
    `| failed txs by cause | ${causes} |`,
    `| in-block "account sequence mismatch" failures | ${inBlockSequenceMismatches(whole)} |`,
    `| inclusion latency p50 / p95 / max (broadcast → commit of the including block) | ${(whole.latencyP50 / 1000).toFixed(2)} s / ${(whole.latencyP95 / 1000).toFixed(2)} s / ${(whole.latencyMax / 1000).toFixed(2)} s |`,
    `| blocks / mean block interval | ${whole.blocks} / ${(whole.blockInterval / 1000).toFixed(2)} s |`,
    `| txs per block avg / max | ${whole.txsPerBlockAvg.toFixed(1)} / ${whole.txsPerBlockMax} |`,
    `| gas used per block avg / max | ${whole.gasPerBlockAvg.toFixed(0)} / ${whole.gasPerBlockMax} |`,
    `| bttd RSS peak per validator | ${rssPeaks.map(mib).join(", ")} |`,
  ];
  if (whole.inBlockErrors.length) lines.push("", "First in-block failures: " + whole.inBlockErrors.map((e) => "`" + e.replace(/`/g, "'").slice(0, 300) + "`").join("; "));
  const report = lines.join("\n");
  process.stdout.write("\n" + report + "\n");
  writeBenchmarks("## make bench-chain", report, log);
  load.close();
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
  const lines = [
    "## make bench-chain",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(version)}`,
    `- command: \`make bench-chain\` (= \`node bench/dist/bench-chain.js\`; BENCH_RATE=${RATE} BENCH_ACCOUNTS=${N_ACCOUNTS} BENCH_SECONDS=${SECONDS})`,
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

main().catch((err: unknown) => {
  process.stderr.write(`bench-chain failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
