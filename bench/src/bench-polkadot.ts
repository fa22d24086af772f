#!/usr/bin/env node
// make bench-polkadot (a benchmark, not a test), on a fresh Polkadot localnet (what `make polkadot-localnet` runs: 4
// validators at port offset 6400, Chopsticks on 9980 building a block every 2 s, 4 orchestrators polling every 1 s,
// metrics on 9981..9984; the same ports as relayer/test/polkadot.e2e.test.ts, so never both at once):
//  1. deposit → credit: BENCH_POLKADOT_N (default 10) deposits, one every 2 s, each from its own Westend account to its
//     own BTT receiver; from submitting the extrinsic to the vouchers on BTT;
//  2. withdrawal → execution: as many MsgSendToPolkadot, one every 2 s, each to a fresh Westend account; from
//     broadcasting to the WND on Westend (multisig executed), and to EXECUTED on BTT (its claim observed);
//  3. claims accepted: BENCH_POLKADOT_BURST (default 40) deposits in one Westend block; from that block to the last
//     of them credited on BTT, as claims (4 per deposit, one per validator) per second through the whole pipeline
//     (orchestrators reading Westend and submitting up to 20 claims per tx, x/bridge attesting): an end-to-end rate,
//     not the chain's ceiling.
// Figures go to BENCHMARKS.md (the 1-minute load average is written with them: the machine is shared).
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { connectBttSigningClient, findEvents, type BttQueryClient } from "@btt/ts-client";
import { MessageComposer } from "@btt/ts-client/generated/btt/bridge/v1/tx.registry";
import { EventPolkadotWithdrawalCreated } from "@btt/ts-client/generated/btt/bridge/v1/events";
import { PolkadotWithdrawalStatus } from "@btt/ts-client/generated/btt/bridge/v1/polkadot";
import { account, sleep, waitUntil } from "@btt/localnet";
import { bttdVersion, machineLine, pct, writeBenchmarks } from "./bench-common.js";
import { createLogger } from "@btt/relayer/log.js";
import { connectPolkadot, ss58, submit } from "@btt/relayer/polkadot/api.js";
import { POLKADOT_VOUCHER_DENOM } from "@btt/relayer/polkadot/btt.js";
import { DEPOSIT_REMARK_PREFIX } from "@btt/relayer/polkadot/watcher.js";
import { PolkadotLocalnet, WND, devAccount } from "@btt/relayer/polkadot/localnet.js";

const log = createLogger("bench-polkadot");
const N = Number(process.env.BENCH_POLKADOT_N ?? 10);
const BURST = Number(process.env.BENCH_POLKADOT_BURST ?? 40);

const summary = (xs: number[]) => {
  const ok = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (ok.length === 0) return `0/${xs.length} arrived`;
  return `${ok.length}/${xs.length} arrived; p50 ${(pct(ok, 50) / 1000).toFixed(1)} s, p95 ${(pct(ok, 95) / 1000).toFixed(1)} s, max ${(ok[ok.length - 1]! / 1000).toFixed(1)} s`;
};

const until = (what: string, f: () => Promise<boolean>, timeoutMs = 600_000) => waitUntil(what, f, { timeoutMs, intervalMs: 200 });

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "btt-bench-polkadot-"));
  const net = new PolkadotLocalnet({ home, portOffset: 6400, chopsticksPort: 9980, metricsPort: 9981, chainId: "btt-bench-polkadot-1", blockTimeMs: 2000, checkpointBlocks: 100, pollMs: 1000, logger: log });
  try {
    const info = await net.up();
    const api = await connectPolkadot(info.polkadotWs);
    const dev = account(net.net.keys, "dev");
    const client = await connectBttSigningClient(net.net.rpc(0), await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" }));
    const q = <T>(f: (c: BttQueryClient) => Promise<T>) => net.query(f);
    const vouchers = async (a: string) => BigInt((await client.getBalance(a, POLKADOT_VOUCHER_DENOM)).amount);
    const freeOf = async (a: string) => BigInt(((await api.query.system.account(a)) as unknown as { data: { free: { toString(): string } } }).data.free.toString());
    const receivers = async (n: number) => Promise.all(Array.from({ length: n }, async () => (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" })).getAccounts())[0]!.address));
    const users = Array.from({ length: N + BURST }, (_, i) => devAccount(`//BttBenchUser${i}`));
    await net.fundPolkadot(users.map((u) => u.address), 100n * WND);

    // 1. deposit → credit.
    const dests = await receivers(N);
    const depAt: number[] = [];
    const dep: number[] = new Array(N).fill(NaN);
    const sending = (async () => {
      for (let i = 0; i < N; i++) {
        depAt[i] = Date.now();
        await submit(api, api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(info.custody, 2n * WND), api.tx.system.remarkWithEvent(DEPOSIT_REMARK_PREFIX + dests[i]!)]), users[i]!);
        await sleep(2000);
      }
    })();
    const deadline = Date.now() + 600_000;
    while (dep.some((x) => Number.isNaN(x)) && Date.now() < deadline) {
      for (let i = 0; i < depAt.length; i++) if (Number.isNaN(dep[i]!) && (await vouchers(dests[i]!)) === 2n * WND) dep[i] = Date.now() - depAt[i]!;
      await sleep(200);
    }
    await sending;

    // 2. withdrawal → execution: the dev account gets vouchers from one more deposit, then sends them back in N withdrawals.
    // Each withdrawal pays params.polkadot.min_withdrawal_fee on top (to the fee collector).
    const fee = BigInt((await q((c) => c.btt.bridge.v1.params())).params.polkadot.minWithdrawalFee || "0");
    await submit(api, api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(info.custody, BigInt(N) * (WND + fee)), api.tx.system.remarkWithEvent(DEPOSIT_REMARK_PREFIX + dev.address)]), devAccount("//Bob"));
    await until("the dev account's vouchers", async () => (await vouchers(dev.address)) >= BigInt(N) * (WND + fee));
    const outDest = Array.from({ length: N }, (_, i) => devAccount(`//BttBenchPayee${i}`).address);
    const wAt: number[] = [];
    const ids: bigint[] = [];
    const onWestend: number[] = new Array(N).fill(NaN);
    const onBtt: number[] = new Array(N).fill(NaN);
    const withdrawing = (async () => {
      for (let i = 0; i < N; i++) {
        wAt[i] = Date.now();
        const msg = MessageComposer.withTypeUrl.sendToPolkadot({ sender: dev.address, destination: outDest[i]!, amount: { denom: POLKADOT_VOUCHER_DENOM, amount: WND.toString() }, fee: { denom: POLKADOT_VOUCHER_DENOM, amount: fee.toString() } });
        const r = await client.signAndBroadcast(dev.address, [msg], 1.8);
        if (r.code !== 0) throw new Error(`MsgSendToPolkadot failed: ${r.rawLog}`);
        ids[i] = findEvents(r.events, EventPolkadotWithdrawalCreated)[0]?.withdrawal?.id ?? 0n;
        await sleep(2000);
      }
    })();
    const deadline2 = Date.now() + 900_000;
    while ((onWestend.some((x) => Number.isNaN(x)) || onBtt.some((x) => Number.isNaN(x))) && Date.now() < deadline2) {
      for (let i = 0; i < wAt.length; i++) {
        if (Number.isNaN(onWestend[i]!) && (await freeOf(ss58(outDest[i]!))) === WND) onWestend[i] = Date.now() - wAt[i]!;
        if (Number.isNaN(onBtt[i]!) && ids[i]) {
          const w = (await q((c) => c.btt.bridge.v1.polkadotWithdrawal({ id: ids[i]! }))).withdrawal;
          if (w.status === PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED) onBtt[i] = Date.now() - wAt[i]!;
        }
      }
      await sleep(200);
    }
    await withdrawing;

    // 3. a burst of deposits in one Westend block (the block timer builds it from what is in the pool).
    const burstDest = await receivers(BURST);
    const subs = await Promise.all(users.slice(N).map((u, i) => submit(api, api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(info.custody, WND), api.tx.system.remarkWithEvent(DEPOSIT_REMARK_PREFIX + burstDest[i]!)]), u)));
    const outcomes = await Promise.all(subs.map((s) => s.outcome));
    const blocks = new Set(outcomes.map((o) => o.blockNumber));
    const t0 = Date.now();
    await until("the burst credited", async () => (await vouchers(burstDest[burstDest.length - 1]!)) === WND && (await Promise.all(burstDest.map(vouchers))).every((v) => v === WND));
    const burstMs = Date.now() - t0;
    client.disconnect();
    await api.disconnect();

    const version = await bttdVersion(net.net);
    const lines = [
      "## Polkadot bridge latency (make bench-polkadot)",
      "",
      `\`make bench-polkadot\` (\`BENCH_POLKADOT_N\`, \`BENCH_POLKADOT_BURST\`), ${new Date().toISOString().slice(0, 10)}, ${machineLine(version)}. A fresh Polkadot localnet: 4 validators (blocks about every 1 s), Chopsticks (Westend 9320) building a block every 2 s (each final at once), 4 orchestrators polling every 1 s, custody threshold 3 of 4. ${N} transfers each way, one every 2 s. Machine load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)}.`,
      "",
      `- deposit submitted on Westend → vouchers on BTT: ${summary(dep)}`,
      `- MsgSendToPolkadot → WND on Westend (multisig executed): ${summary(onWestend)}`,
      `- MsgSendToPolkadot → EXECUTED on BTT (claim observed): ${summary(onBtt)}`,
      `- claims accepted end to end: ${BURST} deposits in ${blocks.size} Westend block(s), all credited ${(burstMs / 1000).toFixed(1)} s after their block was final: ${((BURST * 4) / (burstMs / 1000)).toFixed(1)} claims/s (${(BURST / (burstMs / 1000)).toFixed(1)} deposits/s; 4 validators' claims each, up to 20 per tx; includes the orchestrators' 1 s poll and Westend reads, so not the chain's ceiling)`,
    ];
    writeBenchmarks("## Polkadot bridge latency (make bench-polkadot)", lines.join("\n"), log);
    console.log(lines.join("\n"));
  } finally {
    await net.down();
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench-polkadot: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
