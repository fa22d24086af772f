#!/usr/bin/env node
/**
 * make bench-compute: x/compute proof throughput (MsgCommitResult + MsgRevealResult) against bank
 * sends, in the same run of a fresh 4-validator localnet.
 *
 * 1. starts its own localnet (tmp home, ports offset by BENCH_PORT_OFFSET, default 32000);
 * 2. funds bank accounts, scripted workers, clinics and the validator operators with one
 *    MsgMultiSend from the dev key; a gov proposal (all four validators vote yes) registers a model;
 * 3. phase A, bank sends: pre-signed MsgSend from BENCH_ACCOUNTS (default 100) accounts, exactly as
 *    make bench-chain;
 * 4. phase B, compute proofs: the workers register nodes; clinics broadcast pre-signed MsgSubmitTask
 *    (replication BENCH_K, default 3) at (offered rate) / (2 k) tasks/s, so that the proofs offered
 *    match the offered rate; the driver reads every block, and for each EventTaskAssigned to its
 *    workers signs and broadcasts their MsgCommitResult, and on EventRevealOpened their
 *    MsgRevealResult (fixed gas 800,000: the completing reveal pays for settlement); workers heartbeat
 *    every epoch;
 *    each phase runs in one of two modes:
 *    - saturation (default, BENCH_RATE unset): the offered rate steps up (bench-common's rampToCeiling)
 *      from BENCH_RAMP_START (default 150) bank tx/s and BENCH_RAMP_START_B (default 100) proof tx/s,
 *      × BENCH_RAMP_FACTOR (default 1.25) per BENCH_STEP_SECONDS (default 30) step, until a step gains
 *      less than BENCH_RAMP_MIN_GAIN (default 0.03) over the best before it, more than 2 % of a step's
 *      txs fail or BENCH_RAMP_STEPS (default 10) are done; the ratio is proof ceiling ÷ bank ceiling;
 *    - fixed rate (BENCH_RATE set): BENCH_SECONDS (default 50) at BENCH_RATE tx/s;
 * 5. reports committed tx/s of both phases (steady-state window: 10 s after a load's or step's start →
 *    its end), their ratio (goal ≥ 0.8), inclusion latency, failures by cause, block fill and RSS, and
 *    writes the "make bench-compute" section of BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, type DirectSecp256k1Wallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, StargateClient, GasPrice, calculateFee, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { sha256 } from "@cosmjs/crypto";
import { fromBech32, toHex } from "@cosmjs/encoding";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { btt, connectBttQueryConnection, connectBttSigningClient, createBttRegistry, decodeEvent } from "@btt/ts-client";
import { account, loadKeys } from "@btt/localnet";
import { Localnet } from "@btt/localnet";
import { createLogger } from "@btt/localnet";
import { sleep } from "@btt/localnet";
import { MIN_GAS_PRICE, ONE_BTT } from "@btt/localnet";
import {
  analyse, inBlockSequenceMismatches, bankSendMsg, bankSteps, benchAccounts, benchGov, benchMode, BlockScanner, blockLimits, broadcastPaced, bttdVersion, loadAverage, machineLine,
  measureStep, mib, multiSendFund, pct, presignedSteps, presignTransfers, rampB, rampTable, rampToCeiling, rssSampler, writeBenchmarks,
  type PhaseFigures, type RampResult, type Sent,
} from "./bench-common.js";

const log = createLogger("bench-compute");
const MODE = benchMode(150, 30);
const RAMP_B = rampB(MODE.ramp, 100);
const RATE = MODE.fixedRate ?? 0;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 50);
const N_BANK = Number(process.env.BENCH_ACCOUNTS ?? 100);
const N_WORKERS = Number(process.env.BENCH_WORKERS ?? 60);
const N_CLINICS = Number(process.env.BENCH_CLINICS ?? 20);
const K = Number(process.env.BENCH_K ?? 3);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 20);
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 32000);
const VALIDATORS = 4;
const WARM_MS = 10_000; // the proof pipeline (submit → assign → commit → reveal) needs ~4 blocks to fill
const COMMIT_GAS = 400_000;
const REVEAL_GAS = 800_000;
const HEARTBEAT_GAS = 200_000;
const EPOCH_MS = 10_000; // the localnet's emissions epoch, which x/compute follows
const cp = btt.compute.v1;
const PRICE = ONE_BTT / 100n;

const gasFee = (gas: number): StdFee => calculateFee(gas, GasPrice.fromString(MIN_GAS_PRICE));

interface Worker {
  i: number;
  address: string;
  addrBytes: Uint8Array;
  wallet: DirectSecp256k1Wallet;
  signer: SigningStargateClient;
  accountNumber: bigint;
  seq: number;
  comet: Comet38Client;
  queue: { kind: string; msg: { typeUrl: string; value: unknown }; gas: number }[];
  pumping: boolean;
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-compute-"));
  const net = new Localnet({ home, validators: VALIDATORS, portOffset: PORT_OFFSET, logger: log, mempoolSize: 20000, govVotingPeriod: "20s", govExpeditedVotingPeriod: "10s" });
  let scanner: BlockScanner | undefined;
  try {
    log.info({ home, rate: MODE.fixedRate ?? "saturation ramp", seconds: SECONDS, workers: N_WORKERS, clinics: N_CLINICS, k: K }, "starting a fresh localnet");
    await net.start();
    const rpcs = net.validators().map((v) => v.rpc);
    const chainId = net.chainId;
    const keys = loadKeys();
    const dev = account(keys, "dev");
    const registry = createBttRegistry();

    // --- accounts and funding (one MsgMultiSend) ---
    const bank = await benchAccounts("btt-bench-account", N_BANK);
    const wk = await benchAccounts("btt-bench-worker", N_WORKERS);
    const cl = await benchAccounts("btt-bench-clinic", N_CLINICS);
    const operators = net.validators().map((v) => account(keys, v.operator));
    const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" });
    const devClient = await connectBttSigningClient(rpcs[0], devWallet);
    const fundHeight = await multiSendFund(devClient, dev.address, [
      ...bank.addrs.map((address) => ({ address, amount: 100n * ONE_BTT })),
      ...wk.addrs.map((address) => ({ address, amount: 200n * ONE_BTT })),
      ...cl.addrs.map((address) => ({ address, amount: 100n * ONE_BTT })),
      ...operators.map((o) => ({ address: o.address, amount: 10n * ONE_BTT })),
    ], "bench-compute funding");
    log.info({ height: fundHeight }, "bank accounts, workers, clinics and operators funded (one MsgMultiSend)");
    const query = await StargateClient.connect(rpcs[0]);
    const accNum = async (a: string) => {
      const acc = await query.getAccount(a);
      if (!acc) throw new Error(`account ${a} not found after funding`);
      return acc.accountNumber;
    };
    const bankAccNums = await Promise.all(bank.addrs.map(accNum));
    const workerAccNums = await Promise.all(wk.addrs.map(accNum));
    const clinicAccNums = await Promise.all(cl.addrs.map(accNum));

    // --- the model, by governance ---
    const conn = await connectBttQueryConnection(rpcs[0]);
    const { govAddress, pass } = await benchGov(conn);
    const reg = cp.MsgRegisterModel.fromPartial({
      authority: govAddress, name: "bench-caries", onnxSha256: sha256(new TextEncoder().encode("bench-caries.onnx")), taskType: "caries_detection",
      inputSpec: "png", outputSpec: "json boxes", computeUnits: 10n, priceFloor: PRICE.toString(), canonicalization: "round-1e-3;sha256",
    });
    await pass(net, devClient, [{ typeUrl: "/btt.compute.v1.MsgRegisterModel", value: cp.MsgRegisterModel.encode(reg).finish() }], "bench model", log);
    devClient.disconnect();
    const modelId = (await conn.client.btt.compute.v1.models({})).models.find((m) => m.name === "bench-caries")!.id;
    log.info({ modelId }, "model registered by governance");

    // --- gas by simulation: a transfer, a task submission, a node registration ---
    const sim = async (w: DirectSecp256k1Wallet, addr: string, msg: { typeUrl: string; value: unknown }) => {
      const c = await connectBttSigningClient(rpcs[0], w);
      try {
        return Math.ceil((Number(await c.simulate(addr, [msg], "")) * 1.3) / 1000) * 1000;
      } finally {
        c.disconnect();
      }
    };
    const submitMsg = (j: number, n: number) => ({
      typeUrl: "/btt.compute.v1.MsgSubmitTask",
      value: cp.MsgSubmitTask.fromPartial({
        client: cl.addrs[j], modelId, inputSha256: sha256(new TextEncoder().encode(`bench input ${j} ${n}`)), inputLocator: `ipfs://bench-${j}-${n}`,
        urgency: cp.Urgency.URGENCY_ROUTINE, replication: K, maxFee: (PRICE * BigInt(K + 1)).toString(), preferredRegion: "",
      }),
    });
    const registerMsg = (i: number) => ({
      typeUrl: "/btt.compute.v1.MsgRegisterNode",
      value: cp.MsgRegisterNode.fromPartial({
        operator: wk.addrs[i], nodeClass: cp.NodeClass.NODE_CLASS_HOME, region: "CN-BJ", hardware: "bench", energyClass: "A",
        x25519Pubkey: sha256(new TextEncoder().encode(wk.addrs[i])), models: [{ modelId, capacity: CAPACITY, active: 0 }], stake: (100n * ONE_BTT).toString(),
      }),
    });
    const sendGas = await sim(bank.wallets[0], bank.addrs[0], bankSendMsg(bank.addrs[0], bank.addrs[1]));
    const registerGas = await sim(wk.wallets[0], wk.addrs[0], registerMsg(0));
    log.info({ sendGas, registerGas }, "gas limits (1.3 × simulated)");

    // --- the block scanner (both phases) ---
    const comets = await Promise.all(rpcs.map((r) => Comet38Client.connect(r)));
    scanner = new BlockScanner(rpcs[0], (await net.height(0)) + 1, log);
    const { blocks: scanned, nextTime, onBlock } = scanner;
    const blocksBetween = (t0: number, t1: number) => scanner!.between(t0, t1);
    const loadBefore = loadAverage();

    // === phase A: bank sends ===
    let sentA: Sent[] = [];
    let rampA: RampResult | undefined;
    let a0: number;
    let aEnd: number;
    let rss = rssSampler(net);
    log.info("phase A (bank sends) running");
    if (MODE.fixedRate === undefined) {
      rampA = await rampToCeiling(MODE.ramp, bankSteps(bank.wallets, bank.addrs, bankAccNums, chainId, gasFee(sendGas), comets, log),
        (rate, step, all) => measureStep(scanner!, rate, step, all, WARM_MS), log, "bank sends");
      ({ sent: sentA, t0: a0, tEnd: aEnd } = rampA);
    } else {
      const perAccount = Math.ceil((RATE * SECONDS) / N_BANK);
      const signedSends = await presignTransfers(bank.wallets, bank.addrs, bankAccNums, chainId, gasFee(sendGas), perAccount);
      log.info({ txs: perAccount * N_BANK }, "phase A: transfers pre-signed");
      a0 = Date.now() + 500;
      aEnd = a0 + SECONDS * 1000;
      await broadcastPaced(signedSends, comets, RATE, a0, aEnd, sentA, "send");
    }
    await scanner.drain(sentA, 90_000);
    const rssA = rss.stop();

    // === phase B: compute proofs ===
    const taskRate = RATE / (2 * K);
    const workers: Worker[] = [];
    const byAddr = new Map<string, Worker>();
    for (let i = 0; i < N_WORKERS; i++) {
      const w: Worker = {
        i, address: wk.addrs[i], addrBytes: fromBech32(wk.addrs[i], 90).data, wallet: wk.wallets[i],
        signer: await SigningStargateClient.offline(wk.wallets[i], { registry }), accountNumber: workerAccNums[i], seq: 0,
        comet: comets[i % comets.length], queue: [], pumping: false,
      };
      workers.push(w);
      byAddr.set(w.address, w);
    }
    const sentB: Sent[] = [];
    let acceptingWork = false;
    const pump = async (w: Worker) => {
      if (w.pumping) return;
      w.pumping = true;
      try {
        while (w.queue.length) {
          const job = w.queue.shift()!;
          for (let attempt = 0; attempt < 2; attempt++) {
            const t = Date.now();
            try {
              const raw = await w.signer.sign(w.address, [job.msg], gasFee(job.gas), "", { accountNumber: w.accountNumber, sequence: w.seq, chainId });
              const r = await w.comet.broadcastTxSync({ tx: TxRaw.encode(raw).finish() });
              const ok = r.code === 0;
              const m = ok ? null : /expected (\d+), got (\d+)/.exec(r.log ?? "");
              if (ok) w.seq++;
              else if (m && attempt === 0) {
                w.seq = Number(m[1]); // resynchronise and sign again
                continue;
              }
              sentB.push({ hash: toHex(r.hash).toUpperCase(), account: w.i, t, ok, log: ok ? undefined : r.log, kind: job.kind });
            } catch (err) {
              sentB.push({ hash: "", account: w.i, t, ok: false, log: (err as Error).message, kind: job.kind });
            }
            break;
          }
        }
      } finally {
        w.pumping = false;
      }
    };
    const enqueue = (w: Worker, kind: string, msg: { typeUrl: string; value: unknown }, gas: number, front = false) => {
      if (front) w.queue.unshift({ kind, msg, gas });
      else w.queue.push({ kind, msg, gas });
      void pump(w);
    };
    const outputOf = (taskId: bigint) => sha256(new TextEncoder().encode(`bench output ${taskId}`));
    const saltOf = (w: Worker, taskId: bigint) => sha256(new TextEncoder().encode(`salt ${w.address} ${taskId}`));
    const taskWorkers = new Map<string, Worker[]>();
    let assignedTasks = 0;
    let settledTasks = 0;
    let expiredOrReassigned = 0;
    const assignedAt = new Map<string, number>();
    const holdMs: number[] = []; // block time from assignment to settlement, per task
    onBlock.push((b) => {
      const events = [...b.events, ...b.txs.flatMap((t) => (t.code === 0 ? t.events : []))];
      for (const e of events) {
        const ev = decodeEvent(e);
        if (ev?.type === "btt.compute.v1.EventTaskAssigned") {
          const taskId = ev.value.taskId;
          const id = String(taskId);
          const ours = ev.value.workers.map((a) => byAddr.get(a)).filter((w): w is Worker => !!w);
          if (!ours.length) continue;
          taskWorkers.set(id, ours);
          assignedAt.set(id, b.time);
          assignedTasks++;
          if (!acceptingWork) continue;
          for (const w of ours) {
            const commitment = sha256(new Uint8Array([...outputOf(taskId), ...saltOf(w, taskId), ...w.addrBytes]));
            enqueue(w, "commit", { typeUrl: "/btt.compute.v1.MsgCommitResult", value: cp.MsgCommitResult.fromPartial({ worker: w.address, taskId, commitment }) }, COMMIT_GAS);
          }
        } else if (ev?.type === "btt.compute.v1.EventRevealOpened") {
          const taskId = ev.value.taskId;
          const ours = taskWorkers.get(String(taskId));
          if (!ours || !acceptingWork) continue;
          for (const w of ours) {
            enqueue(w, "reveal", { typeUrl: "/btt.compute.v1.MsgRevealResult", value: cp.MsgRevealResult.fromPartial({ worker: w.address, taskId, outputHash: outputOf(taskId), salt: saltOf(w, taskId) }) }, REVEAL_GAS);
          }
        } else if (ev?.type === "btt.compute.v1.EventTaskSettled") {
          settledTasks++;
          const at = assignedAt.get(String(ev.value.taskId));
          if (at !== undefined && acceptingWork) holdMs.push(b.time - at);
        } else if (ev?.type === "btt.compute.v1.EventTaskExpired" || ev?.type === "btt.compute.v1.EventTaskReassigned") expiredOrReassigned++;
      }
    });

    // the workers register their nodes (each sequence 0), then heartbeat once per epoch
    rss = rssSampler(net);
    for (const w of workers) enqueue(w, "register", registerMsg(w.i), registerGas);
    const regDeadline = Date.now() + 30_000;
    while (Date.now() < regDeadline) {
      const n = (await conn.client.btt.compute.v1.nodes(cp.QueryNodesRequest.fromPartial({ modelId }))).nodes.length;
      if (n >= N_WORKERS) break;
      await sleep(500);
    }
    const nodes = (await conn.client.btt.compute.v1.nodes(cp.QueryNodesRequest.fromPartial({ modelId }))).nodes.length;
    if (nodes < N_WORKERS) throw new Error(`only ${nodes} of ${N_WORKERS} nodes registered: ${sentB.filter((s) => !s.ok).map((s) => s.log).slice(0, 3).join("; ")}`);
    log.info({ nodes }, "worker nodes registered");
    const submitGas = await sim(cl.wallets[0], cl.addrs[0], submitMsg(0, 0));
    // clinic j's n-th submission has sequence n (the clinics have signed nothing before)
    const clinicSigners = await Promise.all(cl.wallets.map((w) => SigningStargateClient.offline(w, { registry })));
    const signSubmit = async (j: number, n: number) =>
      TxRaw.encode(await clinicSigners[j].sign(cl.addrs[j], [submitMsg(j, n)], gasFee(submitGas), "", { accountNumber: clinicAccNums[j], sequence: n, chainId })).finish();
    let signedSubmits: Uint8Array[][] = [];
    if (MODE.fixedRate !== undefined) {
      const tasksPerClinic = Math.ceil((taskRate * (SECONDS + 5)) / N_CLINICS);
      signedSubmits = await Promise.all(Array.from({ length: N_CLINICS }, async (_, j) => {
        const txs: Uint8Array[] = [];
        for (let n = 0; n < tasksPerClinic; n++) txs.push(await signSubmit(j, n));
        return txs;
      }));
      log.info({ tasks: tasksPerClinic * N_CLINICS, submitGas }, "phase B: task submissions pre-signed");
    }

    const heartbeatTimers = workers.map((w) => {
      const beat = () => enqueue(w, "heartbeat", { typeUrl: "/btt.compute.v1.MsgHeartbeat", value: cp.MsgHeartbeat.fromPartial({ operator: w.address }) }, HEARTBEAT_GAS, true);
      const first = setTimeout(beat, 2000 + (w.i * EPOCH_MS) / N_WORKERS);
      const every = setInterval(beat, EPOCH_MS);
      return { first, every };
    });

    let sentSubmits: Sent[] = [];
    acceptingWork = true;
    let b0: number;
    let bEnd: number;
    let rampProofs: RampResult | undefined;
    const isProof = (s: Sent) => s.kind === "commit" || s.kind === "reveal";
    if (MODE.fixedRate === undefined) {
      // a step offers `rate` proof tx/s as rate / (2 k) task submissions per second; it counts the proofs
      const submitStep = presignedSteps(N_CLINICS, comets, signSubmit, log, "submit");
      log.info("phase B (compute proofs) running, saturation ramp");
      rampProofs = await rampToCeiling(RAMP_B, async (rate, seconds) => {
        const step = await submitStep(rate / (2 * K), seconds);
        sentSubmits.push(...step.sent);
        const wait = step.tEnd - Date.now();
        if (wait > 0) await sleep(wait);
        return { t0: step.t0, tEnd: step.tEnd, sent: sentB.filter((s) => isProof(s) && s.t >= step.t0 && s.t <= step.tEnd) };
      }, (rate, step) => measureStep(scanner!, rate, step, sentB.filter(isProof), WARM_MS), log, "compute proofs");
      ({ t0: b0, tEnd: bEnd } = rampProofs);
    } else {
      b0 = Date.now() + 500;
      bEnd = b0 + SECONDS * 1000;
      log.info({ taskRate }, "phase B (compute proofs) running");
      sentSubmits = [];
      await broadcastPaced(signedSubmits, comets, taskRate, b0, bEnd, sentSubmits, "submit");
      const wait = bEnd - Date.now();
      if (wait > 0) await sleep(wait);
    }
    const loadAfter = loadAverage();
    acceptingWork = false;
    heartbeatTimers.forEach((t) => {
      clearTimeout(t.first);
      clearInterval(t.every);
    });
    for (const w of workers) w.queue.length = 0;
    while (workers.some((w) => w.pumping)) await sleep(100);
    await scanner.drain(sentB, 90_000);
    const rssB = rss.stop();
    await scanner.waitPast(bEnd, 30_000);
    await scanner.stop();

    // --- figures ---
    const { maxBytes, maxGas } = await blockLimits(rpcs[0]);
    const inWindow = (s: Sent, t0: number, t1: number) => s.t >= t0 && s.t <= t1;
    const proofs = sentB.filter((s) => isProof(s) && inWindow(s, b0, bEnd));
    const bg = sentB.filter((s) => !isProof(s));
    const bgIncluded = new Map<string, number>();
    for (const b of scanned) for (const tx of b.txs) bgIncluded.set(tx.hash, tx.code);
    const bgSummary = ["register", "heartbeat"].map((k) => {
      const xs = bg.filter((s) => s.kind === k);
      const ok = xs.filter((s) => s.ok && bgIncluded.get(s.hash) === 0).length;
      return `${xs.length} ${k} (${ok} ok)`;
    });
    const submitsOk = sentSubmits.filter((s) => s.ok && bgIncluded.get(s.hash) === 0).length;
    const holdSorted = [...holdMs].sort((a, b) => a - b);
    const A = analyse("bank sends (MsgSend)", rampA
      ? `${sentA.length} txs offered in ${rampA.steps.length} steps of ${MODE.ramp.stepSeconds} s (${rampA.steps.map((x) => x.offered).join(", ")} tx/s, ${N_BANK} accounts)`
      : `${sentA.length} txs offered in ${SECONDS} s (target ${RATE} tx/s, ${N_BANK} accounts)`,
      sentA, blocksBetween(a0 - 2000, aEnd + 90_000), nextTime, a0, aEnd, rssA, "none", WARM_MS);
    const B = analyse("compute proofs (MsgCommitResult + MsgRevealResult)",
      rampProofs
        ? `${proofs.length} proof txs sent by ${N_WORKERS} workers (capacity ${CAPACITY} each) for tasks from ${N_CLINICS} clinics, k = ${K}, in ${rampProofs.steps.length} steps of ${RAMP_B.stepSeconds} s offering ${rampProofs.steps.map((x) => x.offered).join(", ")} proof tx/s (${rampProofs.steps.map((x) => (x.offered / (2 * K)).toFixed(1)).join(", ")} tasks/s)`
        : `${proofs.length} proof txs sent by ${N_WORKERS} workers (capacity ${CAPACITY} each) for tasks from ${N_CLINICS} clinics at ${taskRate.toFixed(1)} tasks/s, k = ${K} (= ${RATE} proof tx/s if every task is served)`,
      proofs, blocksBetween(b0 - 2000, bEnd + 90_000), nextTime, b0, bEnd, rssB,
      `${sentSubmits.length} MsgSubmitTask (${submitsOk} ok), ${bgSummary.join(", ")}; tasks assigned to the workers ${assignedTasks}, settled ${settledTasks}, expired or reassigned ${expiredOrReassigned}; worker slots ${N_WORKERS} × ${CAPACITY} = ${N_WORKERS * CAPACITY} (${Math.floor((N_WORKERS * CAPACITY) / K)} tasks at once); assignment → settlement p50 / p95 ${holdSorted.length ? `${(pct(holdSorted, 50) / 1000).toFixed(1)} s / ${(pct(holdSorted, 95) / 1000).toFixed(1)} s` : "n/a"}`, WARM_MS);
    // gas used by the reveals: the completing reveal of each task pays for its settlement
    const revealHashes = new Set(proofs.filter((s) => s.kind === "reveal").map((s) => s.hash));
    const commitHashes = new Set(proofs.filter((s) => s.kind === "commit").map((s) => s.hash));
    const sendHashes = new Set(sentA.map((s) => s.hash));
    const gasOf = (set: Set<string>) => scanned.flatMap((b) => b.txs.filter((t) => set.has(t.hash) && t.code === 0).map((t) => t.gasUsed)).sort((a, b) => a - b);
    const gasStats = (xs: number[]) => xs.length ? `${pct(xs, 50)} / ${xs[xs.length - 1]}` : "n/a";
    const gas = { send: gasStats(gasOf(sendHashes)), commit: gasStats(gasOf(commitHashes)), reveal: gasStats(gasOf(revealHashes)) };
    const version = await bttdVersion(net);
    const report = renderReport([A, B], { maxBytes, maxGas, version, gas, sendGas, submitGas, ramps: rampA && rampProofs ? [rampA, rampProofs] : undefined, loadLine: `${loadBefore} before phase A, ${loadAfter} at the end of phase B` });
    process.stdout.write("\n" + report + "\n");
    writeBenchmarks("## make bench-compute", report, log);
    comets.forEach((c) => c.disconnect());
    conn.disconnect();
    query.disconnect();
  } finally {
    await scanner?.stop();
    await net.stop();
    if (process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
  }
}

function renderReport(
  [A, B]: PhaseFigures[],
  x: { maxBytes: number; maxGas: number; version: string; gas: { send: string; commit: string; reveal: string }; sendGas: number; submitGas: number; ramps?: [RampResult, RampResult]; loadLine: string },
): string {
  const ramps = x.ramps;
  const ratio = ramps ? ramps[1].ceiling.committedTps / ramps[0].ceiling.committedTps : B.steadyTps / A.steadyTps;
  const r = MODE.ramp;
  const command = ramps
    ? `saturation mode: BENCH_RAMP_START=${r.start} BENCH_RAMP_START_B=${RAMP_B.start} BENCH_RAMP_FACTOR=${r.factor} BENCH_STEP_SECONDS=${r.stepSeconds} BENCH_RAMP_STEPS=${r.maxSteps} BENCH_RAMP_MIN_GAIN=${r.minGain}`
    : `BENCH_RATE=${RATE} BENCH_SECONDS=${SECONDS}`;
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
  const row = (label: string, f: (p: PhaseFigures) => string) => `| ${label} | ${f(A)} | ${f(B)} |`;
  const causes = (p: PhaseFigures) => (p.causes.size ? [...p.causes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} × ${c.replace(/[|`]/g, "'")}`).join("; ") : "none");
  const lines = [
    "## make bench-compute",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(x.version)}; load average (1 / 5 / 15 min) ${x.loadLine}`,
    `- command: \`make bench-compute\` (= \`node bench/dist/bench-compute.js\`; ${command} BENCH_ACCOUNTS=${N_BANK} BENCH_WORKERS=${N_WORKERS} BENCH_CLINICS=${N_CLINICS} BENCH_K=${K} BENCH_CAPACITY=${CAPACITY})`,
    `- one fresh 4-validator localnet (timeout_commit 800ms, mempool 20000); a model registered by governance; phase A: ${A.offered}, pre-signed, broadcast_tx_sync, as make bench-chain; phase B: ${B.offered}. Submissions are pre-signed; commits and reveals are signed when the driver sees the task's EventTaskAssigned / EventRevealOpened event in a block (commit gas limit ${COMMIT_GAS}, reveal ${REVEAL_GAS} fixed), each worker pinned to one validator's RPC`,
    ramps
      ? `- saturation: each phase steps its offered rate up × ${r.factor} every ${r.stepSeconds} s (phase B back to back, so the proof pipeline stays full from one step to the next); a step's committed tx/s counts the phase's successful counted txs in blocks with header time from ${WARM_MS / 1000} s after the step's start to its end, over the time those blocks span; a phase stops when a step gains less than ${(100 * r.minGain).toFixed(0)} % over the best step before it or more than 2 % of its txs fail, and its ceiling is its best step (bank sends stopped: ${ramps[0].stopReason}; proofs stopped: ${ramps[1].stopReason}). The table's first rows average over each whole ramp`
      : `- rates: successful counted txs in blocks whose header time lies between ${WARM_MS / 1000} s after the phase's load start and its end (the first seconds of phase B fill the submit → assign → commit → reveal pipeline), over the time those blocks span; the load is paced, so neither phase can exceed ${RATE} tx/s`,
    "",
    `| figure | A: ${A.name} | B: ${B.name} |`,
    "|---|---|---|",
    row("steady-state committed tx/s", (p) => (Number.isFinite(p.steadyTps) ? p.steadyTps.toFixed(1) : "n/a")),
    row("committed txs / sent (whole phase)", (p) => `${p.committed} / ${p.sent}`),
    row("inclusion latency p50 / p95 / max (broadcast → commit of the including block)", (p) => `${s(p.latencyP50)} / ${s(p.latencyP95)} / ${s(p.latencyMax)}`),
    row("failed txs", (p) => String(p.failed)),
    row("failures by cause", causes),
    row('in-block "account sequence mismatch" failures', (p) => String(inBlockSequenceMismatches(p))),
    row("blocks during the load / mean block interval", (p) => `${p.blocks} / ${s(p.blockInterval)}`),
    row("txs per block avg / max (all txs)", (p) => `${p.txsPerBlockAvg.toFixed(1)} / ${p.txsPerBlockMax}`),
    row(`block bytes avg (max_bytes ${x.maxBytes})`, (p) => `${p.bytesPerBlockAvg.toFixed(0)} (${((100 * p.bytesPerBlockAvg) / x.maxBytes).toFixed(2)} %)`),
    row(`gas used per block avg / max (max_gas ${x.maxGas === -1 ? "-1 = unlimited" : x.maxGas})`, (p) => `${p.gasPerBlockAvg.toFixed(0)} / ${p.gasPerBlockMax}`),
    row("bttd RSS peak per validator", (p) => p.rss.map(mib).join(", ")),
    row("other txs in the phase", (p) => p.background),
    "",
    ...(ramps ? [...rampTable("A: bank sends", ramps[0]), "", ...rampTable("B: compute proofs", ramps[1]), ""] : []),
    ramps
      ? `**Ceilings: bank sends ${ramps[0].ceiling.committedTps.toFixed(1)} tx/s, compute proofs ${ramps[1].ceiling.committedTps.toFixed(1)} tx/s; ratio proof ceiling ÷ bank-send ceiling: ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}** (goal ≥ 0.8: ${ratio >= 0.8 ? "met" : "missed"}).`
      : `**Ratio compute-proof tx/s ÷ bank-send tx/s: ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}** (goal ≥ 0.8: ${ratio >= 0.8 ? "met" : "missed"}).`,
    `Gas used per tx, median / max: MsgSend ${x.gas.send}, MsgCommitResult ${x.gas.commit}, MsgRevealResult ${x.gas.reveal} (the completing reveal of each task settles it).`,
    ...[A, B].filter((p) => p.inBlockErrors.length).map((p) => `First in-block failures (${p.name}): ` + p.inBlockErrors.map((e) => "`" + e.replace(/`/g, "'").slice(0, 300) + "`").join("; ")),
  ];
  return lines.join("\n");
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-compute failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
