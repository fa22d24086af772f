#!/usr/bin/env node
/**
 * make bench-payfi: x/payfi invoice payments against bank sends, in the same run of a fresh
 * 4-validator localnet (issue 18's benchmark: goal ratio ≥ 0.8, and payment latency p50/p95 from
 * broadcast to final).
 *
 * 1. starts its own localnet (tmp home, ports offset by BENCH_PORT_OFFSET, default 35000);
 * 2. funds bank accounts, payers, merchants, a KYC desk and the validator operators with one
 *    MsgMultiSend; a gov proposal appoints the KYC desk (x/rwa), which credentials BENCH_MERCHANTS
 *    (default 10) clinics; they register as merchants and create every invoice the payment phase can
 *    use (100 MsgCreateInvoice per tx, the ids read back from the tx responses);
 * 3. phase A, bank sends: pre-signed MsgSend from BENCH_ACCOUNTS (default 100) accounts, exactly as
 *    make bench-chain;
 * 4. phase B, payments: BENCH_PAYERS (default BENCH_ACCOUNTS) accounts broadcast pre-signed MsgPayInvoice txs, one
 *    invoice each, paid in full (merchant credited, development-fund fee share);
 *    saturation (default) or fixed rate (BENCH_RATE) as make bench-rwa;
 *    Both phases sign with the same gas adjustment (1.3 × simulated gas): blocks are capped by gas wanted;
 * 5. reports committed tx/s of both phases (the ratio on the sustained ceilings), inclusion latency,
 *    gas, failures by cause, block fill, RSS and the validators' CPU per committed tx (/proc, less
 *    their idle CPU), and writes the "make bench-payfi" section of BENCHMARKS.md.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { SigningStargateClient, StargateClient, GasPrice, calculateFee, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { btt, BTT_DENOM, connectBttQueryConnection, connectBttSigningClient, createBttRegistry } from "@btt/ts-client";
import { account, loadKeys } from "@btt/localnet";
import { Localnet } from "@btt/localnet";
import { createLogger } from "@btt/localnet";
import { sleep } from "@btt/localnet";
import { MIN_GAS_PRICE, ONE_BTT } from "@btt/localnet";
import {
  analyse, inBlockSequenceMismatches, bankSteps, benchAccounts, benchGov, benchMode, BlockScanner, blockLimits, broadcastPaced, bttdVersion, loadAverage, machineLine, measureStep, mib,
  multiSendFund, pct, presignedSteps, presignTransfers, rampB, rampTable, rampToCeiling, rssSampler, sustainedTps, waitMempoolEmpty, writeBenchmarks, bankSendMsg,
  type PhaseFigures, type RampResult, type Sent,
} from "./bench-common.js";

const log = createLogger("bench-payfi");
const MODE = benchMode(150);
const RAMP_B = rampB(MODE.ramp, 150);
const RATE = MODE.fixedRate ?? 0;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 50);
const N_BANK = Number(process.env.BENCH_ACCOUNTS ?? 100);
// As many payers as phase A has sending accounts, so that both phases offer their load through the
// same number of signing accounts (each broadcasts one tx after the other): like against like.
const N_PAYERS = Number(process.env.BENCH_PAYERS ?? N_BANK);
const N_MERCHANTS = Number(process.env.BENCH_MERCHANTS ?? 10);
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 35000);
const VALIDATORS = 4;
const WARM_MS = 5_000;
const JURISDICTION = "CN";
const AMOUNT = 10n ** 16n; // 0.01 BTT per invoice
const PER_TX = 100;
const payfi = btt.payfi.v1;
// One gas adjustment over the simulated gas for the bank sends and the payments alike: the localnet's
// block max_gas caps a block by the txs' gas *wanted* (CometBFT reaps by it), so a larger margin on
// one side alone would let fewer of its txs into a block than the gas they use allows.
const GAS_ADJUSTMENT = 1.3;

const gasFee = (gas: number): StdFee => calculateFee(gas, GasPrice.fromString(MIN_GAS_PRICE));
const txHash = (raw: Uint8Array) => createHash("sha256").update(raw).digest("hex").toUpperCase();
type Msg = { typeUrl: string; value: unknown };

/**
 * CPU seconds (user + system) the given processes have used so far, from /proc/<pid>/stat. The
 * validators' CPU per committed tx is the cost that bounds throughput on a CPU-bound machine, and it
 * depends far less on what else runs on the machine than tx/s does.
 */
function cpuSeconds(pids: number[]): number {
  const tck = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return pids.reduce((sum, pid) => {
    try {
      // Fields after the ") " that closes comm: state is field 3, utime 14, stime 15.
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return sum + (Number(f[11]) + Number(f[12])) / tck;
    } catch {
      return sum;
    }
  }, 0);
}

/** The most payments one payer can be asked to sign in the whole phase (every ramp step run), plus a margin. */
function paymentsPerPayer(): number {
  if (MODE.fixedRate !== undefined) return Math.ceil((RATE * SECONDS) / N_PAYERS) + 5;
  let n = 0;
  for (let i = 0, rate = RAMP_B.start; i < RAMP_B.maxSteps; i++, rate *= RAMP_B.factor) n += Math.ceil((Math.round(rate) * RAMP_B.stepSeconds) / N_PAYERS) + 1;
  return n + 5;
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-payfi-"));
  const net = new Localnet({ home, validators: VALIDATORS, portOffset: PORT_OFFSET, logger: log, mempoolSize: 20000, govVotingPeriod: "15s", govExpeditedVotingPeriod: "10s" });
  try {
    const perPayer = paymentsPerPayer();
    log.info({ home, rate: MODE.fixedRate ?? "saturation ramp", seconds: SECONDS, payers: N_PAYERS, invoices: perPayer * N_PAYERS }, "starting a fresh localnet");
    await net.start();
    const rpcs = net.validators().map((v) => v.rpc);
    const chainId = net.chainId;
    const keys = loadKeys();
    const dev = account(keys, "dev");
    const registry = createBttRegistry();
    const startHeight = await net.height(0);

    // --- accounts and funding ---
    const bank = await benchAccounts("btt-bench-account", N_BANK);
    const payers = await benchAccounts("btt-bench-payfi-payer", N_PAYERS);
    const merchants = await benchAccounts("btt-bench-payfi-merchant", N_MERCHANTS);
    const staff = await benchAccounts("btt-bench-payfi-staff", 1);
    const kycDesk = staff.addrs[0];
    const operators = net.validators().map((v) => account(keys, v.operator));
    const devClient = await connectBttSigningClient(rpcs[0], await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" }));
    await multiSendFund(devClient, dev.address, [
      ...bank.addrs.map((address) => ({ address, amount: 100n * ONE_BTT })),
      ...payers.addrs.map((address) => ({ address, amount: BigInt(perPayer) * (AMOUNT + ONE_BTT / 10n) + 10n * ONE_BTT })),
      ...merchants.addrs.map((address) => ({ address, amount: 1000n * ONE_BTT })),
      ...staff.addrs.map((address) => ({ address, amount: 100n * ONE_BTT })),
      ...operators.map((o) => ({ address: o.address, amount: 10n * ONE_BTT })),
    ], "bench-payfi funding");
    const clients = new Map<string, SigningStargateClient>();
    const clientOf = async (w: OfflineSigner, addr: string) => {
      if (!clients.has(addr)) clients.set(addr, await connectBttSigningClient(rpcs[0], w));
      return clients.get(addr)!;
    };
    const exec = async (w: OfflineSigner, addr: string, msgs: Msg[], what: string, gas: StdFee | number = 1.6) => {
      const r = await (await clientOf(w, addr)).signAndBroadcast(addr, msgs, gas);
      if (r.code !== 0) throw new Error(`${what} failed: ${r.rawLog}`);
      return r;
    };

    // --- a KYC desk by governance; credentialed merchants ---
    const conn = await connectBttQueryConnection(rpcs[0]);
    const { govAddress, pass } = await benchGov(conn);
    await pass(net, devClient, [{
      typeUrl: "/btt.rwa.v1.MsgAddVerifier",
      value: btt.rwa.v1.MsgAddVerifier.encode(btt.rwa.v1.MsgAddVerifier.fromPartial({ authority: govAddress, verifier: kycDesk, name: "kyc",
        kinds: [btt.rwa.v1.AttestationKind.ATTESTATION_KIND_KYC], jurisdictions: [JURISDICTION] })).finish(),
    }], "bench kyc desk", log);
    devClient.disconnect();
    const expiresAt = BigInt(Math.floor(Date.now() / 1000) + 7 * 24 * 3600);
    await exec(staff.wallets[0], kycDesk, merchants.addrs.map((holder) => ({ typeUrl: "/btt.rwa.v1.MsgIssueCredential",
      value: btt.rwa.v1.MsgIssueCredential.fromPartial({ issuer: kycDesk, holder, jurisdiction: JURISDICTION, expiresAt }) })), "credentials");
    await Promise.all(merchants.addrs.map((m, i) => exec(merchants.wallets[i], m, [{ typeUrl: "/btt.payfi.v1.MsgRegisterMerchant",
      value: payfi.MsgRegisterMerchant.fromPartial({ merchant: m, name: `bench clinic ${i}`, jurisdiction: JURISDICTION, refundPolicy: { refundable: true } }) }], "register merchant")));

    // --- invoices: every payment of the phase has its own; ids read back from the tx responses ---
    const invoiceExpiry = BigInt(Math.floor(Date.now() / 1000) + 24 * 3600);
    const total = perPayer * N_PAYERS;
    const perMerchant = Math.ceil(total / N_MERCHANTS);
    const createMsgs = (i: number, from: number, n: number): Msg[] => Array.from({ length: n }, (_, k) => ({
      typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
      value: payfi.MsgCreateInvoice.fromPartial({ merchant: merchants.addrs[i], amount: AMOUNT.toString(), denom: BTT_DENOM,
        reference: `RF18 BENCH-${i}-${from + k}`, expiresAt: invoiceExpiry, idempotencyKey: `bench-${i}-${from + k}` }),
    }));
    const createGas = Math.ceil((Number(await (await clientOf(merchants.wallets[0], merchants.addrs[0])).simulate(merchants.addrs[0], createMsgs(0, 1_000_000, PER_TX), "")) * 1.5) / 1000) * 1000;
    const createStart = Date.now();
    const ids: bigint[] = [];
    await Promise.all(merchants.addrs.map(async (m, i) => {
      for (let from = 0; from < perMerchant; from += PER_TX) {
        const r = await exec(merchants.wallets[i], m, createMsgs(i, from, Math.min(PER_TX, perMerchant - from)), "create invoices", gasFee(createGas));
        for (const mr of r.msgResponses) ids.push(payfi.MsgCreateInvoiceResponse.decode(mr.value).invoiceId);
      }
    }));
    const createSeconds = (Date.now() - createStart) / 1000;
    ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    log.info({ invoices: ids.length, seconds: createSeconds, gasPerTx: createGas }, "invoices created");

    const query = await StargateClient.connect(rpcs[0]);
    const accNum = async (a: string) => (await query.getAccount(a))!.accountNumber;

    // --- phase A: bank sends ---
    const comets = await Promise.all(rpcs.map((r) => Comet38Client.connect(r)));
    const sendGas = Math.ceil((Number(await (await clientOf(bank.wallets[0], bank.addrs[0])).simulate(bank.addrs[0], [bankSendMsg(bank.addrs[0], bank.addrs[1])], "")) * GAS_ADJUSTMENT) / 1000) * 1000;
    const bankAccNums = await Promise.all(bank.addrs.map(accNum));
    const scanner = new BlockScanner(rpcs[0], startHeight + 1, log);
    const loadBefore = loadAverage();
    const validatorPids = net.validators().map((v) => net.pidOf(v.index)!);
    // The validators' idle CPU (empty blocks, GC) over 10 s, subtracted from each phase's CPU over its duration.
    const idle0 = [cpuSeconds(validatorPids), Date.now()];
    await sleep(10_000);
    const idleRate = (cpuSeconds(validatorPids) - idle0[0]) / ((Date.now() - idle0[1]) / 1000);
    const cpuA0 = cpuSeconds(validatorPids);
    const tA0 = Date.now();
    let sentA: Sent[] = [];
    let rampA: RampResult | undefined;
    let rss = rssSampler(net);
    let a0: number;
    let aEnd: number;
    log.info("phase A (bank sends) running");
    if (MODE.fixedRate === undefined) {
      rampA = await rampToCeiling(MODE.ramp, bankSteps(bank.wallets, bank.addrs, bankAccNums, chainId, gasFee(sendGas), comets, log),
        (rate, step, all) => measureStep(scanner, rate, step, all, WARM_MS), log, "bank sends");
      ({ sent: sentA, t0: a0, tEnd: aEnd } = rampA);
    } else {
      const perBank = Math.ceil((RATE * SECONDS) / N_BANK);
      const signedSends = await presignTransfers(bank.wallets, bank.addrs, bankAccNums, chainId, gasFee(sendGas), perBank, 0);
      a0 = Date.now() + 500;
      aEnd = a0 + SECONDS * 1000;
      await broadcastPaced(signedSends, comets, RATE, a0, aEnd, sentA, "send");
    }
    await waitMempoolEmpty(rpcs[0], 90_000);
    const cpuA = cpuSeconds(validatorPids) - cpuA0;
    const durA = (Date.now() - tA0) / 1000;
    const rssA = rss.stop();

    // --- phase B: payments; payer j's k-th tx (sequence k: it signed nothing before) pays invoice ids[j·perPayer + k] ---
    const payMsg = (j: number, k: number): Msg => {
      if (k >= perPayer) throw new Error(`payer ${j} ran out of invoices (${perPayer}); raise the margin`);
      return { typeUrl: "/btt.payfi.v1.MsgPayInvoice", value: payfi.MsgPayInvoice.fromPartial({
        payer: payers.addrs[j], invoiceId: ids[j * perPayer + k], amount: AMOUNT.toString(), denom: BTT_DENOM }) };
    };
    const payGas = Math.ceil((Number(await (await clientOf(payers.wallets[0], payers.addrs[0])).simulate(payers.addrs[0], [payMsg(0, 0)], "")) * GAS_ADJUSTMENT) / 1000) * 1000;
    const paySigners = await Promise.all(payers.wallets.map((w) => SigningStargateClient.offline(w, { registry })));
    const payAccNums = await Promise.all(payers.addrs.map(accNum));
    const payHashes = new Set<string>();
    const signPay = async (j: number, k: number): Promise<Uint8Array> => {
      const raw = TxRaw.encode(await paySigners[j].sign(payers.addrs[j], [payMsg(j, k)], gasFee(payGas), "", { accountNumber: payAccNums[j], sequence: k, chainId })).finish();
      payHashes.add(txHash(raw));
      return raw;
    };
    let sentB: Sent[] = [];
    let rampPay: RampResult | undefined;
    let b0: number;
    let bEnd: number;
    rss = rssSampler(net);
    const cpuB0 = cpuSeconds(validatorPids);
    const tB0 = Date.now();
    log.info({ payGas }, "phase B (invoice payments) running");
    if (MODE.fixedRate === undefined) {
      rampPay = await rampToCeiling(RAMP_B, presignedSteps(N_PAYERS, comets, signPay, log, "payment"),
        (rate, step, all) => measureStep(scanner, rate, step, all, WARM_MS), log, "payments");
      ({ sent: sentB, t0: b0, tEnd: bEnd } = rampPay);
    } else {
      const signed: Uint8Array[][] = [];
      for (let j = 0; j < N_PAYERS; j++) {
        const txs: Uint8Array[] = [];
        for (let k = 0; k < perPayer - 5; k++) txs.push(await signPay(j, k));
        signed.push(txs);
      }
      b0 = Date.now() + 500;
      bEnd = b0 + SECONDS * 1000;
      await broadcastPaced(signed, comets, RATE, b0, bEnd, sentB, "payment");
    }
    await waitMempoolEmpty(rpcs[0], 90_000);
    const cpuB = cpuSeconds(validatorPids) - cpuB0;
    const durB = (Date.now() - tB0) / 1000;
    const loadAfter = loadAverage();
    const rssB = rss.stop();

    // --- read the blocks back ---
    await scanner.waitPast(Date.now(), 30_000);
    await scanner.stop();
    const { blocks, nextTime } = scanner;
    const window = (t0: number, t1: number) => blocks.filter((b) => b.time >= t0 - 2000 && b.time <= t1 + 90_000);
    const offeredA = rampA ? `${sentA.length} txs offered in ${rampA.steps.length} steps of ${MODE.ramp.stepSeconds} s (${rampA.steps.map((x) => x.offered).join(", ")} tx/s, ${N_BANK} accounts)` : `${sentA.length} txs offered in ${SECONDS} s (target ${RATE} tx/s, ${N_BANK} accounts)`;
    const A = analyse("bank sends (MsgSend)", offeredA, sentA, window(a0, aEnd), nextTime, a0, aEnd, rssA, "none", WARM_MS);
    const offeredB = rampPay ? `${sentB.length} payment txs offered in ${rampPay.steps.length} steps of ${RAMP_B.stepSeconds} s (${rampPay.steps.map((x) => x.offered).join(", ")} tx/s, ${N_PAYERS} payers)` : `${sentB.length} payment txs offered in ${SECONDS} s (target ${RATE} tx/s, ${N_PAYERS} payers)`;
    const paidInvoices = blocks.reduce((n, b) => n + b.txs.filter((t) => t.code === 0 && payHashes.has(t.hash)).length, 0);
    const B = analyse("invoice payments (MsgPayInvoice)", offeredB, sentB, window(b0, bEnd), nextTime, b0, bEnd, rssB,
      `${ids.length} invoices created by ${N_MERCHANTS} merchants before the load (${PER_TX} per tx, gas limit ${createGas}, ${createSeconds.toFixed(0)} s); ${paidInvoices} paid`, WARM_MS);
    const gasOf = (hashes: (h: string) => boolean) => blocks.flatMap((b) => b.txs.filter((t) => t.code === 0 && hashes(t.hash)).map((t) => t.gasUsed)).sort((x, y) => x - y);
    const sendHashes = new Set(sentA.map((s) => s.hash));
    const gasLine = ([["MsgSend", gasOf((h) => sendHashes.has(h))], ["MsgPayInvoice", gasOf((h) => payHashes.has(h))]] as const)
      .map(([k, xs]) => `${k} ${xs.length ? `${pct(xs, 50)} / ${xs[xs.length - 1]}` : "n/a"}`).join(", ");
    const { maxBytes, maxGas } = await blockLimits(rpcs[0]);
    const feeShare = (await conn.client.btt.payfi.v1.params({})).params.feeShare;
    const report = renderReport([A, B], {
      maxBytes, maxGas, version: await bttdVersion(net), gasLine, ramps: rampA && rampPay ? [rampA, rampPay] : undefined, cpu: [cpuA, cpuB], cpuNet: [cpuA - idleRate * durA, cpuB - idleRate * durB], durations: [durA, durB], idleRate,
      loadLine: `${loadBefore} before phase A, ${loadAfter} at the end of phase B`,
      setup: `a KYC desk appointed by governance credentials ${N_MERCHANTS} merchants; each payment pays its own open invoice of ${AMOUNT} abtt in full (fee share ${feeShare} to the development fund)`,
    });
    process.stdout.write("\n" + report + "\n");
    writeBenchmarks("## make bench-payfi", report, log);
    comets.forEach((c) => c.disconnect());
    for (const c of clients.values()) c.disconnect();
    conn.disconnect();
    query.disconnect();
  } finally {
    await net.stop();
    if (process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
  }
}

function renderReport(
  [A, B]: PhaseFigures[],
  x: { maxBytes: number; maxGas: number; version: string; gasLine: string; setup: string; ramps?: [RampResult, RampResult]; loadLine: string; cpu: [number, number]; cpuNet: [number, number]; durations: [number, number]; idleRate: number },
): string {
  const ramps = x.ramps;
  const ratio = ramps ? sustainedTps(ramps[1].ceiling) / sustainedTps(ramps[0].ceiling) : B.totalTps / A.totalTps;
  const cpuPerTx = (i: 0 | 1) => (1000 * x.cpuNet[i]) / [A, B][i].committed;
  const cpuRatio = cpuPerTx(0) / cpuPerTx(1);
  const r = MODE.ramp;
  const command = ramps
    ? `saturation mode: BENCH_RAMP_START=${r.start} BENCH_RAMP_START_B=${RAMP_B.start} BENCH_RAMP_FACTOR=${r.factor} BENCH_STEP_SECONDS=${r.stepSeconds} BENCH_RAMP_STEPS=${r.maxSteps} BENCH_RAMP_MIN_GAIN=${r.minGain}`
    : `BENCH_RATE=${RATE} BENCH_SECONDS=${SECONDS}`;
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
  const row = (label: string, f: (p: PhaseFigures) => string) => `| ${label} | ${f(A)} | ${f(B)} |`;
  const causes = (p: PhaseFigures) => (p.causes.size ? [...p.causes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} × ${c.replace(/[|`]/g, "'")}`).join("; ") : "none");
  return [
    "## make bench-payfi",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(x.version)}; load average (1 / 5 / 15 min) ${x.loadLine}`,
    `- command: \`make bench-payfi\` (= \`node bench/dist/bench-payfi.js\`; ${command} BENCH_ACCOUNTS=${N_BANK} BENCH_PAYERS=${N_PAYERS} BENCH_MERCHANTS=${N_MERCHANTS})`,
    `- one fresh 4-validator localnet (timeout_commit 800ms, mempool 20000); ${x.setup}`,
    `- phase A: ${A.offered}, pre-signed, broadcast_tx_sync, as make bench-chain; phase B: ${B.offered}; one MsgPayInvoice per tx (its own open invoice, paid in full: merchant credited, fee share to the development fund), pre-signed`,
    ramps
      ? `- saturation: each phase steps its offered rate up × ${r.factor} every ${r.stepSeconds} s; a step's committed tx/s counts the phase's successful txs in blocks with header time from ${WARM_MS / 1000} s after the step's start to its end, over the time those blocks span; a step's sustained tx/s is its committed tx/s, at most its offered rate (more is the backlog of the step before it being cleared); a phase stops when a step commits nothing or less than the step before it sustained, gains less than ${(100 * r.minGain).toFixed(0)} % over the best step before it, or has more than 2 % of its txs fail, and its ceiling is its best sustained step (bank sends stopped: ${ramps[0].stopReason}; payments stopped: ${ramps[1].stopReason}). The table's first rows average over each whole ramp`
      : `- rates: successful counted txs in blocks whose header time lies between ${WARM_MS / 1000} s after the phase's load start and its end, over the time those blocks span; the load is paced, so neither phase can exceed ${RATE} tx/s`,
    "",
    `| figure | A: ${A.name} | B: ${B.name} |`,
    "|---|---|---|",
    row("steady-state committed tx/s", (p) => (Number.isFinite(p.steadyTps) ? p.steadyTps.toFixed(1) : "n/a")),
    row("sustained committed tx/s (committed txs ÷ load start → commit of the last one)", (p) => (Number.isFinite(p.totalTps) ? p.totalTps.toFixed(1) : "n/a")),
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
    row(`bttd CPU (user + system, 4 validators) from the load start to the mempool drained: total in the phase's time / less idle (${x.idleRate.toFixed(2)} CPU s/s measured 10 s before phase A) / per committed tx`, (p) => {
      const i = p === A ? 0 : 1;
      return `${x.cpu[i].toFixed(1)} s in ${x.durations[i].toFixed(0)} s / ${x.cpuNet[i].toFixed(1)} s / ${cpuPerTx(i).toFixed(2)} ms`;
    }),
    row("other figures", (p) => p.background),
    "",
    ...(ramps ? [...rampTable("A: bank sends", ramps[0]), "", ...rampTable("B: invoice payments", ramps[1]), ""] : []),
    ramps
      ? `**Ceilings (best sustained step): bank sends ${sustainedTps(ramps[0].ceiling).toFixed(1)} tx/s, invoice payments ${sustainedTps(ramps[1].ceiling).toFixed(1)} tx/s; ratio payment ceiling ÷ bank-send ceiling: ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}** (goal ≥ 0.8); payment latency broadcast → final p50 / p95 at the ceiling: ${s(ramps[1].ceiling.latencyP50)} / ${s(ramps[1].ceiling.latencyP95)}.`
      : `**Ratio payment tx/s ÷ bank-send tx/s (sustained): ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}** (goal ≥ 0.8); payment latency broadcast → final p50 / p95: ${s(B.latencyP50)} / ${s(B.latencyP95)}.`,
    ...(ramps ? [] : ["When the inclusion latency of phase B grows far beyond phase A's, the chain did not keep up with the offered rate: the steady-state figure then counts a backlog being cleared, and the sustained figure is the throughput."]),
    `Validator CPU per committed tx: bank send ${cpuPerTx(0).toFixed(2)} ms, payment ${cpuPerTx(1).toFixed(2)} ms; send ÷ payment ${Number.isFinite(cpuRatio) ? cpuRatio.toFixed(2) : "n/a"} (the ratio of tx/s the same CPU allows, less dependent on the machine's other load than the tx/s ceilings).`,
    `Gas used per tx, median / max: ${x.gasLine}.`,
    ...[A, B].filter((p) => p.inBlockErrors.length).map((p) => `First in-block failures (${p.name}): ` + p.inBlockErrors.map((e) => "`" + e.replace(/`/g, "'").slice(0, 300) + "`").join("; ")),
  ].join("\n");
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-payfi failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
