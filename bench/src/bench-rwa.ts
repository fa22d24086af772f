#!/usr/bin/env node
/**
 * make bench-rwa: x/rwa order placement and matching throughput on a book of 10,000 resting orders,
 * against bank sends, in the same run of a fresh 4-validator localnet.
 *
 * 1. starts its own localnet (tmp home, ports offset by BENCH_PORT_OFFSET, default 34000);
 * 2. funds bank accounts, traders, book seeders, verifiers, a clinic and the validator operators with
 *    one MsgMultiSend; a gov proposal (all validators vote yes) appoints a regulatory, a technical and
 *    a KYC verifier; the clinic registers an asset, both verifiers approve it, the clinic tokenizes it;
 *    the KYC verifier credentials every trader and seeder (50 credentials per tx); the clinic hands
 *    out shares with MsgMultiSend (which passes the compliance send restriction);
 * 3. seeds the book: BENCH_SEEDERS (default 10) accounts place BENCH_BOOK (default 10,000) resting
 *    orders, BENCH_ORDERS_PER_TX (default 100) MsgPlaceOrder per tx, half bids below and half asks
 *    above a mid price, two orders per price level;
 * 4. phase A, bank sends: pre-signed MsgSend from BENCH_ACCOUNTS (default 100) accounts, exactly as
 *    make bench-chain;
 * 5. phase B, orders: BENCH_TRADERS (default 60) accounts broadcast pre-signed MsgPlaceOrder txs (one
 *    order each): a third are marketable buys (each takes the best ask: one fill), a third marketable
 *    sells (take the best bid), a third rest behind the seeded levels;
 *    each phase runs in one of two modes:
 *    - saturation (default, BENCH_RATE unset): the offered rate steps up (bench-common's rampToCeiling)
 *      from BENCH_RAMP_START (default 150) bank tx/s and BENCH_RAMP_START_B (default 75) order tx/s,
 *      × BENCH_RAMP_FACTOR (default 1.25) per BENCH_STEP_SECONDS (default 20) step, until a step gains
 *      less than BENCH_RAMP_MIN_GAIN (default 0.03) over the best before it, more than 2 % of a step's
 *      txs fail or BENCH_RAMP_STEPS (default 10) are done; the ratio is order ceiling ÷ bank ceiling;
 *    - fixed rate (BENCH_RATE set): BENCH_SECONDS (default 50) at BENCH_RATE tx/s, ratio of the
 *      sustained rates;
 * 6. reports committed tx/s of both phases, fills/s, inclusion latency, gas per kind of order,
 *    failures by cause (an in-block sequence mismatch says where the expected sequence was), block
 *    fill and RSS, and writes the "make bench-rwa" section of BENCHMARKS.md.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { SigningStargateClient, StargateClient, GasPrice, calculateFee, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { sha256 } from "@cosmjs/crypto";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { btt, connectBttQueryConnection, connectBttSigningClient, createBttRegistry, findEvents } from "@btt/ts-client";
import { account, loadKeys } from "@btt/localnet";
import { Localnet } from "@btt/localnet";
import { createLogger } from "@btt/localnet";
import { MIN_GAS_PRICE, ONE_BTT } from "@btt/localnet";
import {
  analyse, inBlockSequenceMismatches, bankSteps, benchAccounts, benchGov, benchMode, BlockScanner, blockLimits, broadcastPaced, bttdVersion, loadAverage, machineLine, measureStep, mib,
  multiSendFund, pct, presignedSteps, presignTransfers, rampB, rampTable, rampToCeiling, rssSampler, waitMempoolEmpty, writeBenchmarks, bankSendMsg,
  type PhaseFigures, type RampResult, type Sent,
} from "./bench-common.js";

const log = createLogger("bench-rwa");
const MODE = benchMode(150);
const RAMP_B = rampB(MODE.ramp, 75);
const RATE = MODE.fixedRate ?? 0;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 50);
const N_BANK = Number(process.env.BENCH_ACCOUNTS ?? 100);
const N_TRADERS = Number(process.env.BENCH_TRADERS ?? 60);
const N_SEEDERS = Number(process.env.BENCH_SEEDERS ?? 10);
const BOOK = Number(process.env.BENCH_BOOK ?? 10_000);
const PER_TX = Number(process.env.BENCH_ORDERS_PER_TX ?? 100);
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 34000);
const VALIDATORS = 4;
const WARM_MS = 5_000;
const JURISDICTION = "CN-BJ";
const MID = 10n ** 15n; // 0.001 BTT per share
const TICK = 10n ** 11n;
const QTY = 10n;
const rwa = btt.rwa.v1;

const gasFee = (gas: number): StdFee => calculateFee(gas, GasPrice.fromString(MIN_GAS_PRICE));
const txHash = (raw: Uint8Array) => createHash("sha256").update(raw).digest("hex").toUpperCase();
type Msg = { typeUrl: string; value: unknown };

function placeMsg(owner: string, side: number, price: bigint, quantity = QTY): Msg {
  return { typeUrl: "/btt.rwa.v1.MsgPlaceOrder", value: rwa.MsgPlaceOrder.fromPartial({ owner, assetId: 1n, side, price: price.toString(), quantity }) };
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-rwa-"));
  const net = new Localnet({ home, validators: VALIDATORS, portOffset: PORT_OFFSET, logger: log, mempoolSize: 20000, govVotingPeriod: "15s", govExpeditedVotingPeriod: "10s" });
  try {
    log.info({ home, rate: MODE.fixedRate ?? "saturation ramp", seconds: SECONDS, book: BOOK, traders: N_TRADERS }, "starting a fresh localnet");
    await net.start();
    const rpcs = net.validators().map((v) => v.rpc);
    const chainId = net.chainId;
    const keys = loadKeys();
    const dev = account(keys, "dev");
    const registry = createBttRegistry();
    const startHeight = await net.height(0);

    // --- accounts and funding ---
    const bank = await benchAccounts("btt-bench-account", N_BANK);
    const traders = await benchAccounts("btt-bench-rwa-trader", N_TRADERS);
    const seeders = await benchAccounts("btt-bench-rwa-seeder", N_SEEDERS);
    const staff = await benchAccounts("btt-bench-rwa-staff", 4); // regulator, engineer, KYC desk, clinic
    const [regulator, engineer, kycDesk, clinic] = staff.addrs;
    const operators = net.validators().map((v) => account(keys, v.operator));
    const devClient = await connectBttSigningClient(rpcs[0], await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" }));
    await multiSendFund(devClient, dev.address, [
      ...bank.addrs.map((address) => ({ address, amount: 100n * ONE_BTT })),
      ...traders.addrs.map((address) => ({ address, amount: 1000n * ONE_BTT })),
      ...seeders.addrs.map((address) => ({ address, amount: 1000n * ONE_BTT })),
      ...staff.addrs.map((address) => ({ address, amount: 1000n * ONE_BTT })),
      ...operators.map((o) => ({ address: o.address, amount: 10n * ONE_BTT })),
    ], "bench-rwa funding");
    const clients = new Map<string, SigningStargateClient>();
    const clientOf = async (w: OfflineSigner, addr: string) => {
      if (!clients.has(addr)) clients.set(addr, await connectBttSigningClient(rpcs[0], w));
      return clients.get(addr)!;
    };
    const exec = async (w: OfflineSigner, addr: string, msgs: Msg[], what: string) => {
      const r = await (await clientOf(w, addr)).signAndBroadcast(addr, msgs, 1.6);
      if (r.code !== 0) throw new Error(`${what} failed: ${r.rawLog}`);
      return r;
    };

    // --- verifiers, by governance ---
    const conn = await connectBttQueryConnection(rpcs[0]);
    const { govAddress, pass } = await benchGov(conn);
    const K = rwa.AttestationKind;
    const appoint = (verifier: string, name: string, kind: number) => ({
      typeUrl: "/btt.rwa.v1.MsgAddVerifier",
      value: rwa.MsgAddVerifier.encode(rwa.MsgAddVerifier.fromPartial({ authority: govAddress, verifier, name, kinds: [kind], jurisdictions: [JURISDICTION] })).finish(),
    });
    const verifiers = [appoint(regulator, "regulator", K.ATTESTATION_KIND_REGULATORY), appoint(engineer, "engineer", K.ATTESTATION_KIND_TECHNICAL), appoint(kycDesk, "kyc", K.ATTESTATION_KIND_KYC)];
    await pass(net, devClient, verifiers, "bench verifiers", log);
    devClient.disconnect();
    log.info("verifiers appointed by governance");

    // --- the asset: register, two approvals, tokenize; credentials; shares handed out ---
    const sw = staff.wallets;
    const shareCount = BigInt(N_SEEDERS) * 100_000n + BigInt(N_TRADERS) * 10_000n + 1_000_000n;
    await exec(sw[3], clinic, [{ typeUrl: "/btt.rwa.v1.MsgRegisterAsset", value: rwa.MsgRegisterAsset.fromPartial({
      owner: clinic, assetClass: rwa.AssetClass.ASSET_CLASS_PROPERTY, name: "Bench clinic premises", jurisdiction: JURISDICTION,
      documentsSha256: sha256(new TextEncoder().encode("bench docs")), documentsUri: "ipfs://bench-docs", appraisedValue: "100000000", currency: "CNY", shareCount,
    }) }], "register");
    for (const [w, v, kind] of [[sw[0], regulator, K.ATTESTATION_KIND_REGULATORY], [sw[1], engineer, K.ATTESTATION_KIND_TECHNICAL]] as const) {
      await exec(w, v, [{ typeUrl: "/btt.rwa.v1.MsgAttestAsset", value: rwa.MsgAttestAsset.fromPartial({ verifier: v, assetId: 1n, kind, decision: rwa.Decision.DECISION_APPROVE }) }], "attest");
    }
    await exec(sw[3], clinic, [{ typeUrl: "/btt.rwa.v1.MsgTokenize", value: rwa.MsgTokenize.fromPartial({ owner: clinic, assetId: 1n }) }], "tokenize");
    const expiresAt = BigInt(Math.floor(Date.now() / 1000) + 7 * 24 * 3600);
    const holders = [clinic, ...seeders.addrs, ...traders.addrs];
    for (let i = 0; i < holders.length; i += 50) {
      await exec(sw[2], kycDesk, holders.slice(i, i + 50).map((holder) => ({ typeUrl: "/btt.rwa.v1.MsgIssueCredential",
        value: rwa.MsgIssueCredential.fromPartial({ issuer: kycDesk, holder, jurisdiction: JURISDICTION, expiresAt }) })), "credentials");
    }
    const shareOut = [...seeders.addrs.map((address) => ({ address, amount: 100_000n })), ...traders.addrs.map((address) => ({ address, amount: 10_000n }))];
    await exec(sw[3], clinic, [{ typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: {
      inputs: [{ address: clinic, coins: [{ denom: "rwa/1", amount: shareOut.reduce((s, o) => s + o.amount, 0n).toString() }] }],
      outputs: shareOut.map((o) => ({ address: o.address, coins: [{ denom: "rwa/1", amount: o.amount.toString() }] })),
    } }], "share hand-out");
    log.info({ shareCount }, "asset tokenized, holders credentialed, shares handed out");

    const query = await StargateClient.connect(rpcs[0]);
    const accNum = async (a: string) => (await query.getAccount(a))!.accountNumber;
    const seqOf = async (a: string) => (await query.getAccount(a))!.sequence;

    // --- seed the book: half bids, half asks, two orders per price level ---
    const perSeeder = Math.ceil(BOOK / N_SEEDERS);
    const halfSeeders = Math.floor(N_SEEDERS / 2);
    const seedMsgs = (j: number): Msg[] => {
      const bid = j < halfSeeders;
      const base = (bid ? j : j - halfSeeders) * perSeeder;
      return Array.from({ length: perSeeder }, (_, n) => {
        const level = BigInt(Math.floor((base + n) / 2) + 1);
        return placeMsg(seeders.addrs[j], bid ? rwa.Side.SIDE_BUY : rwa.Side.SIDE_SELL, bid ? MID - level * TICK : MID + level * TICK);
      });
    };
    const seedGasOf = async (j: number) => {
      const c = await clientOf(seeders.wallets[j], seeders.addrs[j]);
      return Math.ceil((Number(await c.simulate(seeders.addrs[j], seedMsgs(j).slice(0, PER_TX), "")) * 1.5) / 1000) * 1000;
    };
    const seedGas = Math.max(await seedGasOf(0), await seedGasOf(N_SEEDERS - 1));
    const seedStart = Date.now();
    await Promise.all(seeders.wallets.map(async (w, j) => {
      const offline = await SigningStargateClient.offline(w, { registry });
      const msgs = seedMsgs(j);
      const an = await accNum(seeders.addrs[j]);
      for (let k = 0, seq = await seqOf(seeders.addrs[j]); k < msgs.length; k += PER_TX, seq++) {
        const raw = await offline.sign(seeders.addrs[j], msgs.slice(k, k + PER_TX), gasFee(seedGas), "", { accountNumber: an, sequence: seq, chainId });
        const r = await query.broadcastTx(TxRaw.encode(raw).finish(), 60_000);
        if (r.code !== 0) throw new Error(`seeding failed: ${r.rawLog}`);
      }
    }));
    const seedSeconds = (Date.now() - seedStart) / 1000;
    const bookSize = async () => {
      let n = 0n;
      for (const a of [...seeders.addrs, ...traders.addrs]) n += (await conn.client.btt.rwa.v1.orders({ owner: a, pagination: { countTotal: true, limit: 1n, key: new Uint8Array(), offset: 0n, reverse: false } })).pagination!.total;
      return Number(n);
    };
    const bookBefore = await bookSize();
    log.info({ orders: bookBefore, seconds: seedSeconds, gasPerTx: seedGas }, "book seeded");

    // --- phase A: bank sends ---
    const comets = await Promise.all(rpcs.map((r) => Comet38Client.connect(r)));
    const sendGas = Math.ceil((Number(await (await clientOf(bank.wallets[0], bank.addrs[0])).simulate(bank.addrs[0], [bankSendMsg(bank.addrs[0], bank.addrs[1])], "")) * 1.3) / 1000) * 1000;
    const bankAccNums = await Promise.all(bank.addrs.map(accNum));
    const scanner = new BlockScanner(rpcs[0], startHeight + 1, log);
    const loadBefore = loadAverage();
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
    const rssA = rss.stop();

    // --- phase B: orders ---
    const kindOf = new Map<string, string>();
    const orderGas: Record<string, number> = {};
    const traderMsg = (j: number, k: number): [string, Msg] => {
      const a = traders.addrs[j];
      switch ((k + j) % 3) {
        // Takers' limits lie beyond every seeded level, so each takes the best level's first order.
        case 0: return ["taker buy", placeMsg(a, rwa.Side.SIDE_BUY, MID + BigInt(BOOK / 2) * TICK)];
        case 1: return ["taker sell", placeMsg(a, rwa.Side.SIDE_SELL, MID - BigInt(BOOK / 2) * TICK)];
        default: {
          const deep = BigInt(BOOK / 2 + 10 + ((k * 7 + j) % 500)) * TICK; // behind every seeded level
          return k % 2 ? ["resting buy", placeMsg(a, rwa.Side.SIDE_BUY, MID - deep)] : ["resting sell", placeMsg(a, rwa.Side.SIDE_SELL, MID + deep)];
        }
      }
    };
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 6; k++) {
        const [kind, msg] = traderMsg(j, k);
        if (orderGas[kind]) continue;
        const c = await clientOf(traders.wallets[j], traders.addrs[j]);
        orderGas[kind] = Math.ceil((Number(await c.simulate(traders.addrs[j], [msg], "")) * 1.5) / 1000) * 1000;
      }
    }
    // trader j's k-th order tx has sequence k (the traders have signed nothing before)
    const traderSigners = await Promise.all(traders.wallets.map((w) => SigningStargateClient.offline(w, { registry })));
    const traderAccNums = await Promise.all(traders.addrs.map(accNum));
    const signOrder = async (j: number, k: number): Promise<Uint8Array> => {
      const [kind, msg] = traderMsg(j, k);
      const raw = TxRaw.encode(await traderSigners[j].sign(traders.addrs[j], [msg], gasFee(orderGas[kind]), "", { accountNumber: traderAccNums[j], sequence: k, chainId })).finish();
      kindOf.set(txHash(raw), kind);
      return raw;
    };
    let sentB: Sent[] = [];
    let rampOrders: RampResult | undefined;
    let b0: number;
    let bEnd: number;
    rss = rssSampler(net);
    log.info({ orderGas }, "phase B (orders) running");
    if (MODE.fixedRate === undefined) {
      rampOrders = await rampToCeiling(RAMP_B, presignedSteps(N_TRADERS, comets, signOrder, log, "order"),
        (rate, step, all) => measureStep(scanner, rate, step, all, WARM_MS), log, "orders");
      ({ sent: sentB, t0: b0, tEnd: bEnd } = rampOrders);
    } else {
      const perTrader = Math.ceil((RATE * SECONDS) / N_TRADERS);
      const signedOrders: Uint8Array[][] = [];
      for (let j = 0; j < N_TRADERS; j++) {
        const txs: Uint8Array[] = [];
        for (let k = 0; k < perTrader; k++) txs.push(await signOrder(j, k));
        signedOrders.push(txs);
      }
      log.info({ txs: perTrader * N_TRADERS }, "phase B: orders pre-signed");
      b0 = Date.now() + 500;
      bEnd = b0 + SECONDS * 1000;
      await broadcastPaced(signedOrders, comets, RATE, b0, bEnd, sentB, "order");
    }
    await waitMempoolEmpty(rpcs[0], 90_000);
    const loadAfter = loadAverage();
    const rssB = rss.stop();
    for (const s of sentB) s.kind = kindOf.get(s.hash) ?? s.kind;
    const bookAfter = await bookSize();

    // --- read the blocks back ---
    await scanner.waitPast(Date.now(), 30_000);
    await scanner.stop();
    const { blocks, nextTime } = scanner;
    const window = (t0: number, t1: number) => blocks.filter((b) => b.time >= t0 - 2000 && b.time <= t1 + 90_000);
    const offeredA = rampA ? `${sentA.length} txs offered in ${rampA.steps.length} steps of ${MODE.ramp.stepSeconds} s (${rampA.steps.map((x) => x.offered).join(", ")} tx/s, ${N_BANK} accounts)` : `${sentA.length} txs offered in ${SECONDS} s (target ${RATE} tx/s, ${N_BANK} accounts)`;
    const A = analyse("bank sends (MsgSend)", offeredA,
      sentA, window(a0, aEnd), nextTime, a0, aEnd, rssA, "none", WARM_MS);
    const fillsIn = (t0: number, t1: number) => {
      const hashes = new Set(sentB.map((s) => s.hash));
      let fills = 0;
      for (const b of blocks) {
        if (b.time < t0 || b.time > t1) continue;
        for (const tx of b.txs) if (hashes.has(tx.hash) && tx.code === 0) fills += findEvents(tx.events, btt.rwa.v1.EventOrderFill).length;
      }
      return fills;
    };
    const totalFills = fillsIn(b0 - 2000, bEnd + 90_000);
    const counts = ["taker buy", "taker sell", "resting buy", "resting sell"].map((k) => `${sentB.filter((s) => s.kind === k).length} ${k}`).join(", ");
    const offeredB = rampOrders ? `${sentB.length} order txs offered in ${rampOrders.steps.length} steps of ${RAMP_B.stepSeconds} s (${rampOrders.steps.map((x) => x.offered).join(", ")} tx/s, ${N_TRADERS} traders: ${counts})` : `${sentB.length} order txs offered in ${SECONDS} s (target ${RATE} tx/s, ${N_TRADERS} traders: ${counts})`;
    const B = analyse("orders (MsgPlaceOrder)", offeredB,
      sentB, window(b0, bEnd), nextTime, b0, bEnd, rssB, `book ${bookBefore} resting orders at the start, ${bookAfter} at the end; ${totalFills} fills (EventOrderFill events)`, WARM_MS);
    const byKind = new Map<string, number[]>();
    for (const b of blocks) for (const tx of b.txs) {
      const k = kindOf.get(tx.hash);
      if (k && tx.code === 0) byKind.set(k, [...(byKind.get(k) ?? []), tx.gasUsed]);
    }
    const sendGasUsed = blocks.flatMap((b) => b.txs.filter((t) => t.code === 0 && sentA.some((s) => s.hash === t.hash)).map((t) => t.gasUsed)).sort((x, y) => x - y);
    const gasLine = [["MsgSend", sendGasUsed] as const, ...[...byKind.entries()].map(([k, xs]) => [k, xs.sort((x, y) => x - y)] as const)]
      .map(([k, xs]) => `${k} ${xs.length ? `${pct(xs, 50)} / ${xs[xs.length - 1]}` : "n/a"}`).join(", ");
    const { maxBytes, maxGas } = await blockLimits(rpcs[0]);
    const report = renderReport([A, B], {
      maxBytes, maxGas, version: await bttdVersion(net), gasLine, ramps: rampA && rampOrders ? [rampA, rampOrders] : undefined, loadLine: `${loadBefore} before phase A, ${loadAfter} at the end of phase B`, fills: totalFills, fillsPerSecond: (totalFills * B.totalTps) / Math.max(1, B.committed),
      seed: `${bookBefore} resting orders (${Math.floor(bookBefore / 2)} bids at ${MID - TICK}…${MID - BigInt(Math.ceil(BOOK / 4)) * TICK} abtt, ${Math.ceil(bookBefore / 2)} asks at ${MID + TICK}…${MID + BigInt(Math.ceil(BOOK / 4)) * TICK} abtt, two orders of ${QTY} shares per price level) placed by ${N_SEEDERS} seeder accounts, ${PER_TX} MsgPlaceOrder per tx (gas limit ${seedGas} per tx), in ${seedSeconds.toFixed(0)} s`,
    });
    process.stdout.write("\n" + report + "\n");
    writeBenchmarks("## make bench-rwa", report, log);
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
  x: { maxBytes: number; maxGas: number; version: string; gasLine: string; fillsPerSecond: number; fills: number; seed: string; ramps?: [RampResult, RampResult]; loadLine: string },
): string {
  const ramps = x.ramps;
  const ratio = ramps ? ramps[1].ceiling.committedTps / ramps[0].ceiling.committedTps : B.totalTps / A.totalTps;
  const r = MODE.ramp;
  const command = ramps
    ? `saturation mode: BENCH_RAMP_START=${r.start} BENCH_RAMP_START_B=${RAMP_B.start} BENCH_RAMP_FACTOR=${r.factor} BENCH_STEP_SECONDS=${r.stepSeconds} BENCH_RAMP_STEPS=${r.maxSteps} BENCH_RAMP_MIN_GAIN=${r.minGain}`
    : `BENCH_RATE=${RATE} BENCH_SECONDS=${SECONDS}`;
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
  const row = (label: string, f: (p: PhaseFigures) => string) => `| ${label} | ${f(A)} | ${f(B)} |`;
  const causes = (p: PhaseFigures) => (p.causes.size ? [...p.causes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} × ${c.replace(/[|`]/g, "'")}`).join("; ") : "none");
  return [
    "## make bench-rwa",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${machineLine(x.version)}; load average (1 / 5 / 15 min) ${x.loadLine}`,
    `- command: \`make bench-rwa\` (= \`node bench/dist/bench-rwa.js\`; ${command} BENCH_ACCOUNTS=${N_BANK} BENCH_TRADERS=${N_TRADERS} BENCH_SEEDERS=${N_SEEDERS} BENCH_BOOK=${BOOK} BENCH_ORDERS_PER_TX=${PER_TX})`,
    `- one fresh 4-validator localnet (timeout_commit 800ms, mempool 20000); verifiers appointed by governance, one asset registered, approved, tokenized; every trader and seeder credentialed`,
    `- the book: ${x.seed}`,
    `- phase A: ${A.offered}, pre-signed, broadcast_tx_sync, as make bench-chain; phase B: ${B.offered}; one MsgPlaceOrder per tx, pre-signed; a taker takes the best level's first order (${QTY} shares, one fill), a resting order lands behind every seeded level`,
    ramps
      ? `- saturation: each phase steps its offered rate up × ${r.factor} every ${r.stepSeconds} s; a step's committed tx/s counts the phase's successful txs in blocks with header time from ${WARM_MS / 1000} s after the step's start to its end, over the time those blocks span; a phase stops when a step gains less than ${(100 * r.minGain).toFixed(0)} % over the best step before it or more than 2 % of its txs fail, and its ceiling is its best step (bank sends stopped: ${ramps[0].stopReason}; orders stopped: ${ramps[1].stopReason}). The table's first rows average over each whole ramp`
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
    row("other figures", (p) => p.background),
    "",
    ...(ramps ? [...rampTable("A: bank sends", ramps[0]), "", ...rampTable("B: orders", ramps[1]), ""] : []),
    ramps
      ? `**Ceilings: bank sends ${ramps[0].ceiling.committedTps.toFixed(1)} tx/s, orders ${ramps[1].ceiling.committedTps.toFixed(1)} tx/s; ratio order ceiling ÷ bank-send ceiling: ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}**; fills: ${x.fills} in ${B.committed} committed order txs.`
      : `**Ratio order tx/s ÷ bank-send tx/s (sustained): ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}**; fills: ${x.fills} in ${B.committed} committed order txs, ${Number.isFinite(x.fillsPerSecond) ? x.fillsPerSecond.toFixed(1) : "n/a"} per second sustained.`,
    ...(ramps ? [] : ["When the inclusion latency of phase B grows far beyond phase A's, the chain did not keep up with the offered rate: the steady-state figure then counts a backlog being cleared, and the sustained figure is the throughput."]),
    `Gas used per tx, median / max: ${x.gasLine}.`,
    ...[A, B].filter((p) => p.inBlockErrors.length).map((p) => `First in-block failures (${p.name}): ` + p.inBlockErrors.map((e) => "`" + e.replace(/`/g, "'").slice(0, 300) + "`").join("; ")),
  ].join("\n");
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-rwa failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
