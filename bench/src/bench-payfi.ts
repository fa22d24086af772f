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
 * 4′. saturation mode: phase A′, bank sends again from each account's next sequence (BENCH_BRACKET=0: not), so that
 *    the ratio compares the payments with the mean of sends measured before and after them;
 * 5. reports committed tx/s of every phase (the ratio on the sustained ceilings), inclusion latency,
 *    gas, failures by cause, block fill, RSS, the validators' CPU per committed tx (/proc, less their
 *    idle CPU) and this process's, and writes the "make bench-payfi" section of BENCHMARKS.md. The
 *    blocks are read back between ramp steps and after the load (an on-demand BlockScanner), so that
 *    reading them takes nothing from the measured windows.
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
  type PhaseFigures, type RampResult, type Sent, type StepRun,
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
const LIVE_SCANNER = process.env.BENCH_LIVE_SCANNER === "1";
// Saturation mode runs the bank sends again after the payments (phase A′) unless BENCH_BRACKET=0.
const BRACKET = process.env.BENCH_BRACKET !== "0";
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
/** A phase's load: what it broadcast, its load window and, in saturation mode, its ramp. */
type Load = { sent: Sent[]; t0: number; tEnd: number; ramp?: RampResult };
/** A phase's load with the validators' CPU (and less their idle CPU), this process's CPU, its duration in s and the validators' peak RSS. */
type PhaseRun = Load & { cpu: number; cpuNet: number; client: number; dur: number; rss: number[] };

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

/** CPU seconds (user + system) this process has used since `since`. */
const clientSeconds = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};

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
    // On demand: blocks are read between ramp steps and after the load, never inside a measured window
    // (BENCH_LIVE_SCANNER=1: read while the load runs, as before 2026-12-06 19:00 UTC, for comparison).
    const scanner = new BlockScanner(rpcs[0], startHeight + 1, log, !LIVE_SCANNER);
    const loadBefore = loadAverage();
    const validatorPids = net.validators().map((v) => net.pidOf(v.index)!);
    // The validators' idle CPU (empty blocks, GC) over 10 s, subtracted from each phase's CPU over its duration.
    const idle0 = [cpuSeconds(validatorPids), Date.now()];
    await sleep(10_000);
    const idleRate = (cpuSeconds(validatorPids) - idle0[0]) / ((Date.now() - idle0[1]) / 1000);
    const measure = (rate: number, step: StepRun, all: Sent[]) => measureStep(scanner, rate, step, all, WARM_MS);
    /** Runs one phase's load and drains the mempool, with the validators' and this process's CPU and the validators' RSS over it. */
    const runPhase = async (label: string, load: () => Promise<Load>): Promise<PhaseRun> => {
      const rss = rssSampler(net);
      const cpu0 = cpuSeconds(validatorPids);
      const client0 = process.cpuUsage();
      const t = Date.now();
      log.info(`phase ${label} running`);
      const r = await load();
      await waitMempoolEmpty(rpcs[0], 90_000);
      const cpu = cpuSeconds(validatorPids) - cpu0;
      const dur = (Date.now() - t) / 1000;
      return { ...r, cpu, cpuNet: cpu - idleRate * dur, client: clientSeconds(client0), dur, rss: rss.stop() };
    };
    /** A saturation phase's load: its ramp. */
    const rampLoad = (ramp: RampResult): Load => ({ sent: ramp.sent, t0: ramp.t0, tEnd: ramp.tEnd, ramp });
    /** A fixed-rate phase's load: the pre-signed txs broadcast at RATE for SECONDS, from half a second from now. */
    const pacedLoad = async (signed: Uint8Array[][], kind: string): Promise<Load> => {
      const sent: Sent[] = [];
      const t0 = Date.now() + 500;
      await broadcastPaced(signed, comets, RATE, t0, t0 + SECONDS * 1000, sent, kind);
      return { sent, t0, tEnd: t0 + SECONDS * 1000 };
    };
    const sendLoad = (startSeq: number[] | number, what: string) => async (): Promise<Load> => {
      if (MODE.fixedRate === undefined) {
        return rampLoad(await rampToCeiling(MODE.ramp, bankSteps(bank.wallets, bank.addrs, bankAccNums, chainId, gasFee(sendGas), comets, log, startSeq), measure, log, what));
      }
      // Fixed-rate mode has no phase A′: its one send phase starts every account at sequence 0.
      if (startSeq !== 0) throw new Error("a fixed-rate send phase starts from sequence 0");
      return pacedLoad(await presignTransfers(bank.wallets, bank.addrs, bankAccNums, chainId, gasFee(sendGas), Math.ceil((RATE * SECONDS) / N_BANK), 0), "send");
    };
    const A = await runPhase("A (bank sends)", sendLoad(0, "bank sends"));

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
    log.info({ payGas }, "payment gas");
    const B = await runPhase("B (invoice payments)", async () => {
      if (MODE.fixedRate === undefined) {
        return rampLoad(await rampToCeiling(RAMP_B, presignedSteps(N_PAYERS, comets, signPay, log, "payment"), measure, log, "payments"));
      }
      const signed: Uint8Array[][] = [];
      for (let j = 0; j < N_PAYERS; j++) {
        const txs: Uint8Array[] = [];
        for (let k = 0; k < perPayer - 5; k++) txs.push(await signPay(j, k));
        signed.push(txs);
      }
      return pacedLoad(signed, "payment");
    });

    // --- phase A′ (saturation mode): bank sends again, from each account's next sequence, so that the
    // payments are compared with sends measured before and after them on the same, grown chain ---
    const phases: [string, PhaseRun][] = [["bank sends (MsgSend)", A], ["invoice payments (MsgPayInvoice)", B]];
    if (MODE.fixedRate === undefined && BRACKET) {
      const seqs = await Promise.all(bank.addrs.map(async (a) => (await query.getSequence(a)).sequence));
      phases.push(["bank sends again (MsgSend)", await runPhase("A′ (bank sends again)", sendLoad(seqs, "bank sends again"))]);
    }
    const loadAfter = loadAverage();

    // --- read the blocks back ---
    await scanner.waitPast(Date.now(), 30_000);
    await scanner.stop();
    const { blocks, nextTime } = scanner;
    const window = (t0: number, t1: number) => blocks.filter((b) => b.time >= t0 - 2000 && b.time <= t1 + 90_000);
    const paidInvoices = blocks.reduce((n, b) => n + b.txs.filter((t) => t.code === 0 && payHashes.has(t.hash)).length, 0);
    const figures = phases.map(([name, r]) => {
      const isPay = r === B;
      const offered = r.ramp
        ? `${r.sent.length} ${isPay ? "payment " : ""}txs offered in ${r.ramp.steps.length} steps of ${(isPay ? RAMP_B : MODE.ramp).stepSeconds} s (${r.ramp.steps.map((x) => x.offered).join(", ")} tx/s, ${isPay ? `${N_PAYERS} payers` : `${N_BANK} accounts`})`
        : `${r.sent.length} ${isPay ? "payment " : ""}txs offered in ${SECONDS} s (target ${RATE} tx/s, ${isPay ? `${N_PAYERS} payers` : `${N_BANK} accounts`})`;
      const background = isPay ? `${ids.length} invoices created by ${N_MERCHANTS} merchants before the load (${PER_TX} per tx, gas limit ${createGas}, ${createSeconds.toFixed(0)} s); ${paidInvoices} paid` : "none";
      return { run: r, f: analyse(name, offered, r.sent, window(r.t0, r.tEnd), nextTime, r.t0, r.tEnd, r.rss, background, WARM_MS) };
    });
    const gasOf = (hashes: (h: string) => boolean) => blocks.flatMap((b) => b.txs.filter((t) => t.code === 0 && hashes(t.hash)).map((t) => t.gasUsed)).sort((x, y) => x - y);
    const sendHashes = new Set(phases.filter(([, r]) => r !== B).flatMap(([, r]) => r.sent.map((s) => s.hash)));
    const gasLine = ([["MsgSend", gasOf((h) => sendHashes.has(h))], ["MsgPayInvoice", gasOf((h) => payHashes.has(h))]] as const)
      .map(([k, xs]) => `${k} ${xs.length ? `${pct(xs, 50)} / ${xs[xs.length - 1]}` : "n/a"}`).join(", ");
    const { maxBytes, maxGas } = await blockLimits(rpcs[0]);
    const feeShare = (await conn.client.btt.payfi.v1.params({})).params.feeShare;
    const report = renderReport(figures, {
      maxBytes, maxGas, version: await bttdVersion(net), gasLine, idleRate,
      loadLine: `${loadBefore} before phase A, ${loadAfter} at the end of the last phase`,
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
  phases: { run: PhaseRun; f: PhaseFigures }[],
  x: { maxBytes: number; maxGas: number; version: string; gasLine: string; setup: string; loadLine: string; idleRate: number },
): string {
  const [A, B] = phases;
  const sends = phases.filter((p) => p !== B);
  const ramps = phases.every((p) => p.run.ramp);
  const ceiling = (p: { run: PhaseRun }) => sustainedTps(p.run.ramp!.ceiling);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sendRate = ramps ? mean(sends.map(ceiling)) : A.f.totalTps;
  const ratio = (ramps ? ceiling(B) : B.f.totalTps) / sendRate;
  const cpuPerTx = (p: { run: PhaseRun; f: PhaseFigures }) => (1000 * p.run.cpuNet) / p.f.committed;
  const cpuRatio = mean(sends.map(cpuPerTx)) / cpuPerTx(B);
  const r = MODE.ramp;
  const command = ramps
    ? `saturation mode: BENCH_RAMP_START=${r.start} BENCH_RAMP_START_B=${RAMP_B.start} BENCH_RAMP_FACTOR=${r.factor} BENCH_STEP_SECONDS=${r.stepSeconds} BENCH_RAMP_STEPS=${r.maxSteps} BENCH_RAMP_MIN_GAIN=${r.minGain}${BRACKET ? "" : " BENCH_BRACKET=0"}`
    : `BENCH_RATE=${RATE} BENCH_SECONDS=${SECONDS}`;
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
  const letter = (p: { run: PhaseRun }) => (p === A ? "A" : p === B ? "B" : "A′");
  const row = (label: string, f: (p: PhaseFigures, run: PhaseRun) => string) => `| ${label} | ${phases.map((p) => f(p.f, p.run)).join(" | ")} |`;
  const causes = (p: PhaseFigures) => (p.causes.size ? [...p.causes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} × ${c.replace(/[|`]/g, "'")}`).join("; ") : "none");
  const phaseLine = (p: { run: PhaseRun; f: PhaseFigures }) =>
    p === B
      ? `phase B: ${p.f.offered}; one MsgPayInvoice per tx (its own open invoice, paid in full: merchant credited, fee share to the development fund), pre-signed`
      : `phase ${letter(p)}: ${p.f.offered}, pre-signed, broadcast_tx_sync, as make bench-chain`;
  const ceilings = ramps
    ? `**Ceilings (best sustained step): bank sends ${sends.map((p) => `${ceiling(p).toFixed(1)}`).join(" before and ")}${sends.length > 1 ? ` after the payments (mean ${sendRate.toFixed(1)})` : ""} tx/s, invoice payments ${ceiling(B).toFixed(1)} tx/s; ratio payment ceiling ÷ bank-send ceiling${sends.length > 1 ? " (the mean)" : ""}: ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}** (goal ≥ 0.8); payment latency broadcast → final p50 / p95 at the ceiling: ${s(B.run.ramp!.ceiling.latencyP50)} / ${s(B.run.ramp!.ceiling.latencyP95)}.`
    : `**Ratio payment tx/s ÷ bank-send tx/s (sustained): ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}** (goal ≥ 0.8); payment latency broadcast → final p50 / p95: ${s(B.f.latencyP50)} / ${s(B.f.latencyP95)}.`;
  return [
    "## make bench-payfi",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(x.version)}; load average (1 / 5 / 15 min) ${x.loadLine}`,
    `- command: \`make bench-payfi\` (= \`node bench/dist/bench-payfi.js\`; ${command}${LIVE_SCANNER ? " BENCH_LIVE_SCANNER=1" : ""} BENCH_ACCOUNTS=${N_BANK} BENCH_PAYERS=${N_PAYERS} BENCH_MERCHANTS=${N_MERCHANTS})`,
    `- one fresh 4-validator localnet (timeout_commit 800ms, mempool 20000); ${x.setup}; blocks read back ${LIVE_SCANNER ? "while the load runs (BENCH_LIVE_SCANNER=1)" : "between ramp steps and after the load, not during it"}`,
    `- ${phases.map(phaseLine).join("; ")}`,
    ramps
      ? `- saturation: each phase steps its offered rate up × ${r.factor} every ${r.stepSeconds} s; a step's committed tx/s counts the phase's successful txs in blocks with header time from ${WARM_MS / 1000} s after the step's start to its end, over the time those blocks span; a step's sustained tx/s is its committed tx/s, at most its offered rate (more is the backlog of the step before it being cleared); a phase stops when a step commits nothing or less than the step before it sustained, gains less than ${(100 * r.minGain).toFixed(0)} % over the best step before it, or has more than 2 % of its txs fail, and its ceiling is its best sustained step (${phases.map((p) => `${letter(p)} stopped: ${p.run.ramp!.stopReason}`).join("; ")}).${sends.length > 1 ? " The bank sends run before and after the payments, on the same chain, and the ratio takes their mean: the chain grows (blocks, tx index, state) and the machine drifts through a run, and bracketing cancels what changes linearly." : ""} The table's first rows average over each whole ramp`
      : `- rates: successful counted txs in blocks whose header time lies between ${WARM_MS / 1000} s after the phase's load start and its end, over the time those blocks span; the load is paced, so neither phase can exceed ${RATE} tx/s`,
    "",
    `| figure | ${phases.map((p) => `${letter(p)}: ${p.f.name}`).join(" | ")} |`,
    `|---|${phases.map(() => "---").join("|")}|`,
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
    row(`bttd CPU (user + system, 4 validators) from the load start to the mempool drained: total in the phase's time / less idle (${x.idleRate.toFixed(2)} CPU s/s measured 10 s before phase A) / per committed tx`, (p, run) =>
      `${run.cpu.toFixed(1)} s in ${run.dur.toFixed(0)} s / ${run.cpuNet.toFixed(1)} s / ${((1000 * run.cpuNet) / p.committed).toFixed(2)} ms`),
    row("bench process CPU (load generator: broadcasts, pre-signing of the ramp's steps, block reads between steps) in the same time / per committed tx", (p, run) =>
      `${run.client.toFixed(1)} s / ${((1000 * run.client) / p.committed).toFixed(2)} ms`),
    row("other figures", (p) => p.background),
    "",
    ...(ramps ? phases.flatMap((p) => [...rampTable(`${letter(p)}: ${p === B ? "invoice payments" : p === A ? "bank sends" : "bank sends again"}`, p.run.ramp!), ""]) : []),
    ceilings,
    ...(ramps ? [] : ["When the inclusion latency of phase B grows far beyond phase A's, the chain did not keep up with the offered rate: the steady-state figure then counts a backlog being cleared, and the sustained figure is the throughput."]),
    `Validator CPU per committed tx over each whole phase (its ramp and the drain of its last step's backlog): bank send ${sends.map((p) => cpuPerTx(p).toFixed(2)).join(" and ")} ms, payment ${cpuPerTx(B).toFixed(2)} ms; send ÷ payment ${Number.isFinite(cpuRatio) ? cpuRatio.toFixed(2) : "n/a"}.`,
    `Gas used per tx, median / max: ${x.gasLine}.`,
    ...phases.filter((p) => p.f.inBlockErrors.length).map((p) => `First in-block failures (${p.f.name}): ` + p.f.inBlockErrors.map((e) => "`" + e.replace(/`/g, "'").slice(0, 300) + "`").join("; ")),
  ].join("\n");
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-payfi failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
