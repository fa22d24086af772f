#!/usr/bin/env node
// make bench-relayer: the same burst of ICS-20 transfers relayed once by btt-relayer and once by Hermes,
// on the same two fresh 2-validator chains and the same channel, one after the other. For each relayer:
// packets per second from the first send to the last ack, and latency send → ack (p50, p95), the ack
// being seen as the packet commitment leaving chain 1. A benchmark, not a test; figures in BENCHMARKS.md.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { QueryClient, setupIbcExtension, type DeliverTxResponse } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { ABTT_PER_BTT, BTT_DENOM, connectBttSigningClient, ics20TransferMsg } from "@btt/ts-client";
import { createLogger, fundFromDev, sleep } from "@btt/localnet";
import { bttdVersion, machineLine, pct, writeBenchmarks } from "./bench-common.js";
import { IbcLocalnet } from "@btt/relayer/ibc-localnet.js";
import { writeHermesSetup } from "@btt/relayer/hermes.js";

const N = Number(process.env.BENCH_PACKETS ?? 2000);
const SENDERS = Number(process.env.BENCH_SENDERS ?? 8);
const PER_TX = Number(process.env.BENCH_MSGS_PER_TX ?? 50);
const OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 38000);
const HERMES = process.env.HERMES ?? "hermes";
/** BENCH_ONLY=btt-relayer: our half alone, logged and not written to BENCHMARKS.md (for quick iterations). */
const ONLY_OURS = process.env.BENCH_ONLY === "btt-relayer";
const ONE = ABTT_PER_BTT;

interface Result {
  relayer: string;
  packets: number;
  seconds: number;
  p50: number;
  p95: number;
}

function sequencesOf(res: DeliverTxResponse): bigint[] {
  return res.events.filter((e) => e.type === "send_packet").map((e) => BigInt(e.attributes.find((a) => a.key === "packet_sequence")!.value));
}

async function main(): Promise<void> {
  const log = createLogger("bench-relayer");
  const home = mkdtempSync(join(tmpdir(), "btt-bench-relayer-"));
  const net = new IbcLocalnet({ home, portOffsets: [OFFSET, OFFSET + 200], chainIds: ["btt-bench-1", "btt-bench-2"], unbondingTime: "72h", metricsPort: 7590, logger: log });
  let hermes: ChildProcess | undefined;
  const results: Result[] = [];
  try {
    net.writeConfig({ pollMs: 200 });
    const link = await net.up({ startRelayer: false });
    const [n1, n2] = net.nets;
    const senders = await Promise.all(Array.from({ length: SENDERS }, () => DirectSecp256k1HdWallet.generate(12, { prefix: "btt" })));
    const addrs = await Promise.all(senders.map(async (w) => (await w.getAccounts())[0].address));
    await fundFromDev(n1.rpc(0), addrs.map((address) => ({ address, min: 1_000n * ONE, top: 1_000n * ONE })));
    const receiver = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" })).getAccounts())[0].address;
    const clients = await Promise.all(senders.map((w) => connectBttSigningClient(n1.rpc(0), w)));
    // Hermes gets its own key, funded on both chains.
    const hermesMnemonic = join(home, "hermes.mnemonic");
    const hw = await DirectSecp256k1HdWallet.generate(24, { prefix: "btt" });
    writeFileSync(hermesMnemonic, hw.mnemonic);
    const hAddr = (await hw.getAccounts())[0].address;
    for (const n of net.nets) await fundFromDev(n.rpc(0), [{ address: hAddr, min: 1_000n * ONE, top: 1_000n * ONE }]);
    // Hermes' default max_msg_num is 30; give it btt-relayer's 100 so that batching is not what differs.
    const setup = ONLY_OURS ? undefined : await writeHermesSetup(HERMES, join(home, "hermes"), net.nets, link, hermesMnemonic, { trustingSeconds: 48 * 3600, maxMsgs: 100 });
    const comet1 = await Comet38Client.connect(n1.rpc(0));
    const q1 = QueryClient.withExtensions(comet1, setupIbcExtension);

    const burst = async (name: string): Promise<void> => {
      const sentAt = new Map<bigint, number>();
      const ackedAt = new Map<bigint, number>();
      const perSender = Math.ceil(N / SENDERS);
      const t0 = performance.now();
      let sending = true;
      const poller = (async () => {
        while (sending || ackedAt.size < sentAt.size) {
          const open = new Set((await q1.ibc.channel.allPacketCommitments("transfer", link.a.channelId!)).commitments.map((c) => c.sequence));
          const now = performance.now();
          for (const seq of sentAt.keys()) if (!open.has(seq) && !ackedAt.has(seq)) ackedAt.set(seq, now);
          if (now - t0 > 20 * 60_000) throw new Error(`${name}: ${sentAt.size - ackedAt.size} packets not acked after 20 minutes`);
          await sleep(200);
        }
      })();
      await Promise.all(clients.map(async (c, i) => {
        for (let done = 0; done < perSender; done += PER_TX) {
          const k = Math.min(PER_TX, perSender - done);
          const msgs = Array.from({ length: k }, () => ics20TransferMsg({ sender: addrs[i], receiver, token: { denom: BTT_DENOM, amount: "1000" }, sourceChannel: link.a.channelId!, timeoutSeconds: 3600 }));
          const ts = performance.now();
          const res = await c.signAndBroadcast(addrs[i], msgs, 1.5);
          if (res.code !== 0) throw new Error(`burst tx failed: ${res.rawLog}`);
          for (const seq of sequencesOf(res)) sentAt.set(seq, ts);
        }
      }));
      sending = false;
      await poller;
      const lat = [...sentAt].map(([seq, t]) => (ackedAt.get(seq)! - t) / 1000).sort((a, b) => a - b);
      const last = Math.max(...ackedAt.values());
      results.push({ relayer: name, packets: sentAt.size, seconds: (last - t0) / 1000, p50: pct(lat, 50), p95: pct(lat, 95) });
      log.info(results[results.length - 1], "burst relayed");
    };

    await net.startRelayer();
    await sleep(3_000);
    await burst("btt-relayer");
    await net.stopRelayer();
    if (!setup) return;

    const hlog = openSync(join(home, "hermes", "hermes.log"), "a");
    hermes = spawn(HERMES, ["--config", setup.config, "start"], { env: { ...process.env, HOME: setup.home }, stdio: ["ignore", hlog, hlog] });
    closeSync(hlog);
    // Hermes scans both chains and clears pending packets before it relays new ones.
    const deadline = Date.now() + 120_000;
    while (!readFileSync(join(home, "hermes", "hermes.log"), "utf8").includes("Hermes has started")) {
      if (hermes.exitCode !== null) throw new Error(`hermes exited (${hermes.exitCode}): see ${join(home, "hermes", "hermes.log")}`);
      if (Date.now() > deadline) throw new Error("hermes did not start within 120 s");
      await sleep(500);
    }
    await sleep(3_000);
    await burst("Hermes");
    comet1.disconnect();
    for (const c of clients) c.disconnect();

    const [ours, theirs] = results;
    const rows = results.map((r) => `| ${r.relayer} | ${r.packets} | ${r.seconds.toFixed(1)} s | ${(r.packets / r.seconds).toFixed(1)} | ${r.p50.toFixed(1)} s | ${r.p95.toFixed(1)} s |`);
    const ratio = ours.packets / ours.seconds / (theirs.packets / theirs.seconds);
    const hermesVersion = await new Promise<string>((resolve) => {
      const p = spawn(HERMES, ["version"], { stdio: ["ignore", "pipe", "ignore"] });
      let out = "";
      p.stdout.on("data", (d: Buffer) => (out += d.toString()));
      p.on("close", () => resolve(out.trim() || "unknown"));
    });
    writeBenchmarks("## IBC relayer: btt-relayer against Hermes (make bench-relayer)", [
      "## IBC relayer: btt-relayer against Hermes (make bench-relayer)",
      "",
      `- command: \`make bench-relayer\` (builds Hermes with \`make hermes\` first; BENCH_PACKETS=${N} BENCH_SENDERS=${SENDERS} BENCH_MSGS_PER_TX=${PER_TX})`,
      `- machine: ${machineLine(await bttdVersion(n1)).replace("the 4 validators", "the 2 × 2 validators and the relayer")}; ${hermesVersion}`,
      `- date: ${new Date().toISOString().slice(0, 10)}`,
      "",
      `Two fresh 2-validator chains (btt-bench-1, btt-bench-2), one ICS-20 channel linked by btt-relayer. The same burst of ${N} transfers`,
      `(${SENDERS} senders, ${PER_TX} MsgTransfer per tx, all at once) is relayed by btt-relayer alone, then by Hermes alone (max_msg_num 100, as`,
      "btt-relayer's maxMsgsPerTx). Time runs from the first send to the last ack back on chain 1; latency is per packet, send → ack.",
      "",
      "| relayer | packets | first send → last ack | packets/s | latency p50 | latency p95 |",
      "|---|---|---|---|---|---|",
      ...rows,
      "",
      `btt-relayer / Hermes throughput: ${ratio.toFixed(2)}× (goal ≥ 1.0×: ${ratio >= 1 ? "met" : "not met"}).`,
    ].join("\n"), log);
  } finally {
    if (hermes && hermes.exitCode === null) {
      hermes.kill("SIGTERM");
      await sleep(1_000);
    }
    await net.down().catch((e: unknown) => log.error({ err: String(e) }, "stopping the chains failed"));
    if (process.env.BENCH_KEEP_HOME) log.info({ home }, "kept the chains' and relayers' files");
    else rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
