/**
 * Shared pieces of the localnet benchmarks (make bench-chain, make bench-compute, make bench-rwa,
 * make bench-explorer): deterministic bench accounts, multi-send funding, the paced bank-send load,
 * CometBFT RPC block scanning, validator RSS sampling, percentiles, per-phase figures (analyse) and
 * the BENCHMARKS.md writer.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient, calculateFee, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { toHex } from "@cosmjs/encoding";
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CometRpc } from "@btt/ts-client";
import type { Localnet } from "@btt/localnet";
import type { Logger } from "pino";
import { repoRoot } from "@btt/localnet";
import { rssBytes, sleep } from "@btt/localnet";
import { runCommand } from "@btt/localnet";
import { BTT_DENOM, MIN_GAS_PRICE, ONE_BTT } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";

export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function mib(b: number): string {
  return `${(b / 1024 / 1024).toFixed(0)} MiB`;
}

export const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export interface RpcEvent {
  type: string;
  attributes: { key: string; value: string }[];
}
/** One CometRpc (ts-client's Comet38Client) per endpoint; a request (an answered error too) is asked 5 times in all before the bench gives up. */
const cometRpcs = new Map<string, CometRpc>();
export function cometRpc(base: string): CometRpc {
  let c = cometRpcs.get(base);
  if (!c) cometRpcs.set(base, (c = new CometRpc(base, { timeoutMs: 10_000, attempts: 5, retryDelayMs: 200, retryTimeouts: true, retryErrors: true })));
  return c;
}

/**
 * A CometBFT RPC method by its URI path ("/num_unconfirmed_txs", "/block?height=5"), sent through cometRpc as
 * JSON-RPC; the answer as CometBFT's JSON document ({ result }).
 */
export async function rpcGet<T>(base: string, path: string): Promise<T> {
  const u = new URL(path, "http://x");
  const result = await cometRpc(base).call(u.pathname.replace(/^\//, ""), Object.fromEntries(u.searchParams));
  return { result } as T;
}

/** Waits until the node's mempool is empty and two more blocks are committed (every tx included and timed). */
export async function waitMempoolEmpty(rpc: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const r = await rpcGet<{ result: { n_txs: string } }>(rpc, "/num_unconfirmed_txs");
    if (Number(r.result.n_txs) === 0) break;
    await sleep(500);
  }
  await sleep(3000);
}

/** n deterministic secp256k1 accounts: private key = sha256(`${seed}-${i}`). */
export async function benchAccounts(seed: string, n: number): Promise<{ wallets: DirectSecp256k1Wallet[]; addrs: string[] }> {
  const wallets: DirectSecp256k1Wallet[] = [];
  const addrs: string[] = [];
  for (let i = 0; i < n; i++) {
    const priv = createHash("sha256").update(`${seed}-${i}`).digest();
    const w = await DirectSecp256k1Wallet.fromKey(priv, "btt");
    wallets.push(w);
    addrs.push((await w.getAccounts())[0].address);
  }
  return { wallets, addrs };
}

/** Funds every output with one MsgMultiSend from `from`; returns the height it landed in. */
export async function multiSendFund(client: SigningStargateClient, from: string, outputs: { address: string; amount: bigint }[], memo: string): Promise<number> {
  const total = outputs.reduce((s, o) => s + o.amount, 0n);
  const msg = {
    typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
    value: {
      inputs: [{ address: from, coins: [{ denom: BTT_DENOM, amount: total.toString() }] }],
      outputs: outputs.map((o) => ({ address: o.address, coins: [{ denom: BTT_DENOM, amount: o.amount.toString() }] })),
    },
  };
  const res = await client.signAndBroadcast(from, [msg], 1.5, memo);
  if (res.code !== 0) throw new Error(`funding failed: ${res.rawLog}`);
  return res.height;
}

export interface ScannedTx {
  hash: string;
  bytes: number;
  code: number;
  gasUsed: number;
  log: string;
  events: RpcEvent[];
  /** First signer's public key (hex) and sequence, from the tx's AuthInfo ("" / -1 when not decodable). */
  signer: string;
  sequence: number;
}

/** The first signer's public key (hex of the Any's value) and sequence of a raw tx. */
export function signerSequence(raw: Uint8Array): { signer: string; sequence: number } {
  try {
    const info = AuthInfo.decode(TxRaw.decode(raw).authInfoBytes).signerInfos[0];
    return { signer: info?.publicKey ? toHex(info.publicKey.value) : "", sequence: info ? Number(info.sequence) : -1 };
  } catch {
    return { signer: "", sequence: -1 };
  }
}
export interface ScannedBlock {
  height: number;
  time: number;
  txs: ScannedTx[];
  bytes: number;
  gas: number;
  events: RpcEvent[];
}

/** One block with its tx results (hash = upper-case hex sha256 of the raw tx). */
export async function fetchBlock(rpc: string, h: number): Promise<ScannedBlock> {
  const { comet } = cometRpc(rpc);
  const [b, br] = await Promise.all([comet.block(h), comet.blockResults(h)]);
  const txs = b.block.txs.map((raw, idx): ScannedTx => {
    const res = br.results[idx];
    return {
      hash: createHash("sha256").update(raw).digest("hex").toUpperCase(),
      bytes: raw.length,
      code: res?.code ?? -1,
      gasUsed: Number(res?.gasUsed ?? 0),
      log: res?.log ?? "",
      events: (res?.events ?? []).map(rpcEvent),
      ...signerSequence(raw),
    };
  });
  return {
    height: h,
    time: b.block.header.time.getTime(),
    txs,
    bytes: txs.reduce((s, t) => s + t.bytes, 0),
    gas: txs.reduce((s, t) => s + t.gasUsed, 0),
    events: br.finalizeBlockEvents.map(rpcEvent),
  };
}

const rpcEvent = (e: { type: string; attributes: readonly { key: string; value: string }[] }): RpcEvent => ({
  type: e.type,
  attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })),
});

/** Header time of block h (the commit time of block h − 1). */
export async function blockTimeAt(rpc: string, h: number): Promise<number> {
  return (await cometRpc(rpc).comet.block(h)).block.header.time.getTime();
}

export async function blockLimits(rpc: string): Promise<{ maxBytes: number; maxGas: number }> {
  const cp = await cometRpc(rpc).call<{ consensus_params: { block: { max_bytes: string; max_gas: string } } }>("consensus_params");
  return { maxBytes: Number(cp.consensus_params.block.max_bytes), maxGas: Number(cp.consensus_params.block.max_gas) };
}

/** Samples the bttd RSS of every validator every 2 s; stop() returns the peak per validator. */
export function rssSampler(net: Localnet): { stop(): number[] } {
  const peaks = new Map<number, number>();
  const pids = net.validators().map((v) => net.pidOf(v.index)!);
  const timer = setInterval(() => {
    pids.forEach((pid, i) => {
      const r = rssBytes(pid);
      if (r !== undefined) peaks.set(i, Math.max(peaks.get(i) ?? 0, r));
    });
  }, 2000);
  return {
    stop() {
      clearInterval(timer);
      return [...peaks.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
    },
  };
}

export async function bttdVersion(net: Localnet): Promise<string> {
  return runCommand(net.bttd, ["version"]).then((r) => r.stdout.trim() || r.stderr.trim(), () => "unknown");
}

export function machineLine(version: string): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}, bttd ${version}; the load generator runs on the same machine as the 4 validators`;
}

/** Replaces (or appends) the section starting with `heading` in BENCHMARKS.md. */
export function writeBenchmarks(heading: string, section: string, log: Logger): void {
  const path = join(repoRoot(), "BENCHMARKS.md");
  let text = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\nFigures measured on the project's 2-core machine; each section says how to reproduce it.\n";
  const start = text.indexOf(heading + "\n");
  if (start >= 0) {
    const after = text.indexOf("\n## ", start + 1);
    text = text.slice(0, start) + section + "\n" + (after >= 0 ? "\n" + text.slice(after + 1) : "");
  } else {
    text = text.trimEnd() + "\n\n" + section + "\n";
  }
  writeFileSync(path, text);
  log.info({ path }, "BENCHMARKS.md updated");
}

/** One broadcast_tx_sync: hash (upper-case hex), the account index, when, and CheckTx's verdict. */
export interface Sent {
  hash: string;
  account: number;
  t: number;
  ok: boolean;
  log?: string;
  kind?: string;
}

export function bankSendMsg(from: string, to: string) {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: { fromAddress: from, toAddress: to, amount: [{ denom: BTT_DENOM, amount: "1000" }] },
  };
}

/** Pre-signs perAccount transfers per account (explicit account numbers, sequences from startSeq). */
export async function presignTransfers(
  wallets: DirectSecp256k1Wallet[], addrs: string[], accountNumbers: bigint[], chainId: string, fee: StdFee, perAccount: number, startSeq = 0,
): Promise<Uint8Array[][]> {
  const sign = await transferSigner(wallets, addrs, accountNumbers, chainId, fee);
  const signed: Uint8Array[][] = [];
  for (let j = 0; j < wallets.length; j++) {
    const txs: Uint8Array[] = [];
    for (let k = 0; k < perAccount; k++) txs.push(await sign(j, startSeq + k));
    signed.push(txs);
  }
  return signed;
}

/** Signs account j's transfer with sequence seq (to the account seq + 1 places on, round the ring). */
async function transferSigner(
  wallets: DirectSecp256k1Wallet[], addrs: string[], accountNumbers: bigint[], chainId: string, fee: StdFee,
): Promise<(j: number, seq: number) => Promise<Uint8Array>> {
  const offline = await Promise.all(wallets.map((w) => SigningStargateClient.offline(w)));
  return async (j, seq) => {
    const raw = await offline[j].sign(addrs[j], [bankSendMsg(addrs[j], addrs[(j + 1 + seq) % addrs.length])], fee, "", {
      accountNumber: accountNumbers[j],
      sequence: seq,
      chainId,
    });
    return TxRaw.encode(raw).finish();
  };
}

/** Ramp steps of bank transfers (saturation mode): presignedSteps over transferSigner, sequences from startSeq (one for all accounts, or each account's). */
export function bankSteps(
  wallets: DirectSecp256k1Wallet[], addrs: string[], accountNumbers: bigint[], chainId: string, fee: StdFee, comets: Comet38Client[], log: Logger, startSeq: number | number[] = 0,
): (rate: number, seconds: number) => Promise<StepRun> {
  const signer = transferSigner(wallets, addrs, accountNumbers, chainId, fee);
  return presignedSteps(wallets.length, comets, async (j, seq) => (await signer)(j, seq), log, "send", typeof startSeq === "number" ? addrs.map(() => startSeq) : startSeq);
}

/**
 * Broadcasts pre-signed txs with broadcast_tx_sync at `rate` tx/s in all from t0 until tEnd, account j
 * (ids[j] when given: the account's own index, so that it keeps its validator from one ramp step to the
 * next) pinned to comets[id % comets.length], one tx after the other, the next only once the previous
 * broadcast has returned, so that its sequences arrive in order; an account stops at its first
 * rejection (its later sequences would fail too).
 */
export async function broadcastPaced(signed: Uint8Array[][], comets: Comet38Client[], rate: number, t0: number, tEnd: number, sent: Sent[], kind?: string, ids?: number[]): Promise<void> {
  const n = signed.length;
  await Promise.all(
    signed.map(async (txs, j) => {
      const id = ids?.[j] ?? j;
      const comet = comets[id % comets.length];
      for (let k = 0; k < txs.length; k++) {
        const due = t0 + ((k * n + j) / rate) * 1000;
        if (due >= tEnd) break;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        const t = Date.now();
        try {
          const r = await comet.broadcastTxSync({ tx: txs[k] });
          sent.push({ hash: toHex(r.hash).toUpperCase(), account: id, t, ok: r.code === 0, log: r.code === 0 ? undefined : r.log, kind });
          if (r.code !== 0) break;
        } catch (err) {
          sent.push({ hash: "", account: id, t, ok: false, log: (err as Error).message, kind });
          break;
        }
      }
    }),
  );
}

/** A cause from an error log: numbers, hashes and addresses masked, so that equal causes group. */
export function cause(logText: string | undefined): string {
  return (logText ?? "unknown")
    .replace(/btt1[0-9a-z]{20,}/g, "<addr>")
    .replace(/[0-9A-Fa-f]{16,}/g, "<hex>")
    .replace(/\d+/g, "N")
    .slice(0, 160);
}

export interface PhaseFigures {
  name: string;
  offered: string;
  sent: number;
  committed: number;
  steadyTps: number;
  totalTps: number;
  latencyP50: number;
  latencyP95: number;
  latencyMax: number;
  blocks: number;
  blockInterval: number;
  txsPerBlockAvg: number;
  txsPerBlockMax: number;
  bytesPerBlockAvg: number;
  gasPerBlockAvg: number;
  gasPerBlockMax: number;
  failed: number;
  causes: Map<string, number>;
  /** The first in-block failures, unmasked, with where the expected sequence was for a mismatch. */
  inBlockErrors: string[];
  rss: number[];
  background: string;
}

/**
 * Figures of one phase from the scanned blocks: `counted` txs (hash → Sent) were broadcast between t0
 * and tEnd; steady-state tx/s counts the counted txs that succeeded in blocks with header time in
 * [t0 + warmMs, tEnd] (after the first such block) over the time those blocks span.
 */
export function analyse(name: string, offered: string, counted: Sent[], blocks: ScannedBlock[], nextTime: Map<number, number>, t0: number, tEnd: number, rss: number[], background: string, warmMs: number): PhaseFigures {
  const accepted = counted.filter((s) => s.ok);
  const byHash = new Map(accepted.map((s) => [s.hash, s]));
  const causes = new Map<string, number>();
  const add = (c: string) => causes.set(c, (causes.get(c) ?? 0) + 1);
  for (const s of counted) if (!s.ok) add(`rejected at broadcast (${s.kind ?? "tx"}): ${cause(s.log)}`);
  const included = new Map<string, { height: number; code: number }>();
  const perBlockOk = new Map<number, number>();
  const inBlockErrors: string[] = [];
  for (const b of blocks) {
    b.txs.forEach((tx, idx) => {
      const s = byHash.get(tx.hash);
      if (!s || included.has(tx.hash)) return;
      included.set(tx.hash, { height: b.height, code: tx.code });
      if (tx.code === 0) perBlockOk.set(b.height, (perBlockOk.get(b.height) ?? 0) + 1);
      else {
        const why = sequenceMismatchWhy(blocks, b, idx);
        add(`failed in block (${s.kind ?? "tx"}): code ${tx.code}: ${cause(tx.log)}${why.replace(/\d+/g, "N")}`);
        if (inBlockErrors.length < 5) inBlockErrors.push(`height ${b.height} tx #${idx}: code ${tx.code}: ${tx.log}${why}`);
      }
    });
  }
  const notIncluded = accepted.length - included.size;
  if (notIncluded > 0) add("accepted by CheckTx but never included");
  const okCount = [...included.values()].filter((x) => x.code === 0).length;
  const lat = [...included.entries()]
    .map(([hash, x]) => (nextTime.get(x.height + 1) ?? nextTime.get(x.height)!) - byHash.get(hash)!.t)
    .filter((x) => Number.isFinite(x))
    .sort((a, b) => a - b);
  const steady = blocks.filter((b) => b.time >= t0 + warmMs && b.time <= tEnd);
  const steadyTps = steady.length > 1
    ? steady.slice(1).reduce((s, b) => s + (perBlockOk.get(b.height) ?? 0), 0) / ((steady[steady.length - 1].time - steady[0].time) / 1000)
    : NaN;
  const loadBlocks = blocks.filter((b) => b.time >= t0 && b.time <= tEnd);
  const lastOk = Math.max(0, ...[...included.values()].filter((x) => x.code === 0).map((x) => nextTime.get(x.height + 1) ?? 0));
  const intervals = loadBlocks.slice(1).map((b, i) => b.time - loadBlocks[i].time);
  return {
    name,
    offered,
    sent: counted.length,
    committed: okCount,
    steadyTps,
    totalTps: okCount / ((lastOk - t0) / 1000),
    latencyP50: pct(lat, 50),
    latencyP95: pct(lat, 95),
    latencyMax: lat[lat.length - 1],
    blocks: loadBlocks.length,
    blockInterval: avg(intervals),
    txsPerBlockAvg: avg(loadBlocks.map((b) => b.txs.length)),
    txsPerBlockMax: Math.max(0, ...loadBlocks.map((b) => b.txs.length)),
    bytesPerBlockAvg: avg(loadBlocks.map((b) => b.bytes)),
    gasPerBlockAvg: avg(loadBlocks.map((b) => b.gas)),
    gasPerBlockMax: Math.max(0, ...loadBlocks.map((b) => b.gas)),
    failed: counted.length - okCount,
    causes,
    inBlockErrors,
    rss,
    background,
  };
}

/** How many of a phase's txs failed inside a block with "account sequence mismatch". */
export function inBlockSequenceMismatches(p: PhaseFigures): number {
  return [...p.causes.entries()].filter(([c]) => c.startsWith("failed in block") && c.includes("sequence mismatch")).reduce((s, [, n]) => s + n, 0);
}

/**
 * For an in-block "account sequence mismatch, expected E, got G": where the signer's tx with sequence
 * E is, which tells a reordering (E later in the same block) from a gap or an earlier failure.
 */
export function sequenceMismatchWhy(blocks: ScannedBlock[], b: ScannedBlock, idx: number): string {
  const tx = b.txs[idx];
  const m = /expected (\d+), got (\d+)/.exec(tx.log);
  if (!m || !tx.signer) return "";
  const expected = Number(m[1]);
  const later = b.txs.findIndex((t, j) => j > idx && t.signer === tx.signer && t.sequence === expected);
  if (later >= 0) return ` [the signer's tx with sequence ${expected} comes later in the same block, #${later}: the proposer's mempool had them out of order]`;
  for (const o of blocks) {
    if (o.height > b.height) break;
    const t = o.txs.find((x) => x.signer === tx.signer && x.sequence === expected);
    if (t && (o.height < b.height || o.txs.indexOf(t) < idx)) return ` [the signer's tx with sequence ${expected} is in block ${o.height} with code ${t.code}]`;
  }
  return ` [no tx of the signer with sequence ${expected} in the blocks scanned]`;
}

export interface BankLoadOptions {
  accounts: number;
  /** Offered tx/s over all accounts for run() (0: saturation mode, step() only, nothing pre-signed up front). */
  rate: number;
  seconds: number;
  log: Logger;
  /** Seed of the deterministic accounts (default "btt-bench-account"); a second load on the same chain needs its own. */
  seed?: string;
}
export interface BankLoad {
  addrs: string[];
  gasLimit: number;
  comets: Comet38Client[];
  /** Broadcasts the pre-signed transfers (from 500 ms after the call) and resolves when the last one is sent. */
  run(): Promise<{ sent: Sent[]; t0: number; tEnd: number; tSent: number }>;
  /** One ramp step (saturation mode; instead of run): signs the step's transfers, then sends them at `rate` for `seconds`. */
  step(rate: number, seconds: number): Promise<StepRun>;
  close(): void;
}

/**
 * The bank-send load of make bench-chain, ready to run against a started localnet: funds `accounts`
 * deterministic accounts with one MsgMultiSend from the dev key, measures a transfer's gas once by
 * simulation (limit 1.3 ×), pre-signs every transfer offline (signing is not part of the load), and
 * pins each account to one validator's RPC so that its sequences arrive in order.
 */
export async function prepareBankLoad(net: Localnet, o: BankLoadOptions): Promise<BankLoad> {
  const rpcs = net.validators().map((v) => v.rpc);
  const dev = account(loadKeys(), "dev");
  const { wallets, addrs } = await benchAccounts(o.seed ?? "btt-bench-account", o.accounts);
  const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" });
  const devClient = await SigningStargateClient.connectWithSigner(rpcs[0], devWallet, { gasPrice: GasPrice.fromString(MIN_GAS_PRICE) });
  const fundHeight = await multiSendFund(devClient, dev.address, addrs.map((address) => ({ address, amount: 100n * ONE_BTT })), "bench funding");
  o.log.info({ height: fundHeight, accounts: o.accounts }, "accounts funded (one MsgMultiSend)");
  devClient.disconnect();

  const query = await StargateClient.connect(rpcs[0]);
  const accountNumbers: bigint[] = [];
  for (const a of addrs) {
    const acc = await query.getAccount(a);
    if (!acc) throw new Error(`account ${a} not found after funding`);
    accountNumbers.push(acc.accountNumber);
  }
  query.disconnect();

  const probe = await SigningStargateClient.connectWithSigner(rpcs[0], wallets[0]);
  const simulated = Number(await probe.simulate(addrs[0], [bankSendMsg(addrs[0], addrs[1])], ""));
  probe.disconnect();
  const gasLimit = Math.ceil((simulated * 1.3) / 1000) * 1000;
  const fee = calculateFee(gasLimit, GasPrice.fromString(MIN_GAS_PRICE));
  o.log.info({ simulated, gasLimit }, "gas per transfer");

  const perAccount = o.rate > 0 ? Math.ceil((o.rate * o.seconds) / o.accounts) : 0;
  const tSign = Date.now();
  const signed = await presignTransfers(wallets, addrs, accountNumbers, net.chainId, fee, perAccount);
  if (perAccount) o.log.info({ txs: perAccount * o.accounts, seconds: (Date.now() - tSign) / 1000 }, "transfers pre-signed");

  const comets = await Promise.all(rpcs.map((r) => Comet38Client.connect(r)));
  const step = bankSteps(wallets, addrs, accountNumbers, net.chainId, fee, comets, o.log);
  return {
    addrs,
    gasLimit,
    comets,
    step,
    async run() {
      const sent: Sent[] = [];
      const t0 = Date.now() + 500;
      const tEnd = t0 + o.seconds * 1000;
      await broadcastPaced(signed, comets, o.rate, t0, tEnd, sent);
      return { sent, t0, tEnd, tSent: Date.now() };
    },
    close() {
      comets.forEach((c) => c.disconnect());
    },
  };
}

/** The localnet governance helper (a dev-key proposal every validator votes yes), under the name the benches use. */
export { localnetGov as benchGov } from "@btt/localnet";

// ---------------------------------------------------------------------------------------------
// Saturation mode: the offered rate steps up until committed tx/s stops rising.
// ---------------------------------------------------------------------------------------------

/** Reads every block from `from` on in the background (blocks, header times, listeners). */
export class BlockScanner {
  readonly blocks: ScannedBlock[] = [];
  /** height → header time (the commit time of height − 1). */
  readonly nextTime = new Map<number, number>();
  readonly onBlock: ((b: ScannedBlock) => void)[] = [];
  private running = true;
  private readonly done: Promise<void>;
  /** Callers of waitPast / drain now waiting: an on-demand scanner reads blocks only while there are any. */
  private waiting = 0;

  /**
   * onDemand: read blocks only when waitPast or drain asks, not while the load runs. The reads (/block
   * and /block_results of every block, served by the node at `rpc` and parsed here) then take no CPU
   * from the validators and the load generator inside a measured window: they cost more for txs with
   * more events, so a live scanner weighs on one workload more than another on a CPU-bound machine.
   */
  constructor(private readonly rpc: string, from: number, private readonly log: Logger, private readonly onDemand = false) {
    this.done = this.loop(from);
  }

  private async loop(from: number): Promise<void> {
    let h = from;
    while (this.running) {
      if (this.onDemand && this.waiting === 0) {
        await sleep(100);
        continue;
      }
      try {
        const top = (await cometRpc(this.rpc).comet.status()).syncInfo.latestBlockHeight;
        for (; h <= top && this.running; h++) {
          const b = await fetchBlock(this.rpc, h);
          this.blocks.push(b);
          this.nextTime.set(b.height, b.time);
          for (const f of this.onBlock) f(b);
        }
      } catch (err) {
        this.log.warn({ height: h, err: (err as Error).message }, "block scan failed, retrying");
      }
      await sleep(100);
    }
  }

  between(t0: number, t1: number): ScannedBlock[] {
    return this.blocks.filter((b) => b.time >= t0 && b.time <= t1);
  }

  /** Waits until a block with header time after t has been read (and one more, so that it has a commit time). */
  async waitPast(t: number, timeoutMs: number): Promise<void> {
    this.waiting++;
    try {
      const deadline = Date.now() + timeoutMs;
      const last = () => this.blocks[this.blocks.length - 1];
      while (Date.now() < deadline && !(last() && last().time > t)) await sleep(250);
      const h = (last()?.height ?? 0) + 1;
      while (Date.now() < deadline && !this.nextTime.has(h)) await sleep(250);
    } finally {
      this.waiting--;
    }
  }

  /** Waits until every accepted tx of `sent` is in a scanned block (or the timeout), then one more block. */
  async drain(sent: Sent[], timeoutMs: number): Promise<void> {
    this.waiting++;
    try {
      const want = new Set(sent.filter((s) => s.ok).map((s) => s.hash));
      const deadline = Date.now() + timeoutMs;
      let seen = 0;
      while (Date.now() < deadline) {
        for (; seen < this.blocks.length; seen++) for (const tx of this.blocks[seen].txs) want.delete(tx.hash);
        if (want.size === 0) break;
        await sleep(500);
      }
      const h = (this.blocks[this.blocks.length - 1]?.height ?? 0) + 1;
      while (Date.now() < deadline + 30_000 && !this.nextTime.has(h)) await sleep(250);
    } finally {
      this.waiting--;
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
  }
}

/** One step of a ramp: the txs it broadcast and its load window. */
export interface StepRun {
  t0: number;
  tEnd: number;
  sent: Sent[];
}

/** What a step achieved. */
export interface StepFigures {
  offered: number;
  /** Successful counted txs in blocks with header time in [t0 + warm, tEnd], over the time they span. */
  committedTps: number;
  sent: number;
  /** Rejected at broadcast or failed in a block (of the txs sent in the step, as far as included by then). */
  failed: number;
  latencyP50: number;
  latencyP95: number;
  blockInterval: number;
  causes: Map<string, number>;
}

/**
 * A step's sustained tx/s: its committed tx/s, at most its offered rate. A step that commits more than
 * it offers is clearing the backlog of the step before it (the chain did not keep up there), which is
 * no rate it can sustain; the ramp's ceiling is the best sustained step.
 */
export function sustainedTps(s: StepFigures): number {
  return Math.min(s.committedTps, s.offered);
}

export interface RampOptions {
  /** First offered rate (tx/s). */
  start: number;
  /** Rate of step i + 1 = rate of step i × factor. */
  factor: number;
  stepSeconds: number;
  maxSteps: number;
  /** Stop once a step gains less than this over the best step before it (0.03 = 3 %). */
  minGain: number;
  /** Stop once more than this share of a step's txs failed. */
  maxFailShare: number;
}

/**
 * Fixed rate (BENCH_RATE set) or saturation ramp (default). Ramp env: BENCH_RAMP_START (first rate,
 * default `defaultStart`), BENCH_RAMP_FACTOR (1.25), BENCH_STEP_SECONDS (`defaultStepSeconds`, 20),
 * BENCH_RAMP_STEPS (at most 10 steps), BENCH_RAMP_MIN_GAIN (0.03). A bench with a second workload
 * starts its ramp at BENCH_RAMP_START_B (see rampB).
 */
export function benchMode(defaultStart: number, defaultStepSeconds = 20): { fixedRate?: number; ramp: RampOptions } {
  const num = (name: string, d: number) => (process.env[name] !== undefined && process.env[name] !== "" ? Number(process.env[name]) : d);
  const fixed = process.env.BENCH_RATE !== undefined && process.env.BENCH_RATE !== "" ? Number(process.env.BENCH_RATE) : undefined;
  return {
    fixedRate: fixed,
    ramp: {
      start: num("BENCH_RAMP_START", defaultStart),
      factor: num("BENCH_RAMP_FACTOR", 1.25),
      stepSeconds: num("BENCH_STEP_SECONDS", defaultStepSeconds),
      maxSteps: Math.max(1, num("BENCH_RAMP_STEPS", 10)),
      minGain: num("BENCH_RAMP_MIN_GAIN", 0.03),
      maxFailShare: 0.02,
    },
  };
}

/** The ramp of a bench's second workload: the same options, starting at BENCH_RAMP_START_B (default `defaultStart`). */
export function rampB(o: RampOptions, defaultStart: number): RampOptions {
  const v = process.env.BENCH_RAMP_START_B;
  return { ...o, start: v !== undefined && v !== "" ? Number(v) : defaultStart };
}

export interface RampResult {
  steps: StepFigures[];
  /** The step with the highest committed tx/s. */
  ceiling: StepFigures;
  stopReason: string;
  t0: number;
  tEnd: number;
  sent: Sent[];
}

/**
 * Steps the offered rate up (start, start × factor, …) with `run`, measuring each step's committed
 * tx/s with `measure`, until a step commits nothing, commits less than the step before it, gains less
 * than minGain over the best before it, has more than maxFailShare of its txs fail, or maxSteps are
 * done, each on the steps' sustained tx/s (sustainedTps: committed, at most offered). The ceiling is the
 * best sustained step.
 */
export async function rampToCeiling(
  o: RampOptions,
  run: (rate: number, seconds: number) => Promise<StepRun>,
  measure: (rate: number, step: StepRun, sentSoFar: Sent[]) => Promise<StepFigures>,
  log: Logger,
  what: string,
): Promise<RampResult> {
  const steps: StepFigures[] = [];
  const sent: Sent[] = [];
  let t0 = NaN;
  let tEnd = NaN;
  let stopReason = `${o.maxSteps} steps done`;
  let rate = o.start;
  for (let i = 0; i < o.maxSteps; i++) {
    const r = Math.round(rate);
    const step = await run(r, o.stepSeconds);
    sent.push(...step.sent);
    if (Number.isNaN(t0)) t0 = step.t0;
    tEnd = step.tEnd;
    const f = await measure(r, step, sent);
    const best = Math.max(0, ...steps.map(sustainedTps));
    steps.push(f);
    log.info({ what, step: i + 1, offered: r, committedTps: Number(f.committedTps.toFixed(1)), p95: f.latencyP95, failed: f.failed }, "ramp step");
    if (f.failed > o.maxFailShare * Math.max(1, f.sent)) {
      stopReason = `step ${i + 1}: ${f.failed} of ${f.sent} txs failed`;
      break;
    }
    if (!(f.committedTps > 0)) {
      // Nothing committed in the step's window (blocks stalled or every tx failed): a higher rate cannot
      // do better, and "at least minGain over the best before" would hold trivially while the best is 0.
      stopReason = `step ${i + 1} committed nothing`;
      break;
    }
    const prev = steps.length > 1 ? sustainedTps(steps[steps.length - 2]) : NaN;
    if (steps.length > 1 && sustainedTps(f) < prev) {
      stopReason = `step ${i + 1} committed ${f.committedTps.toFixed(1)} tx/s, less than the step before it sustained (${prev.toFixed(1)})`;
      break;
    }
    if (steps.length > 1 && !(sustainedTps(f) >= best * (1 + o.minGain))) {
      stopReason = `step ${i + 1} sustained ${sustainedTps(f).toFixed(1)} tx/s, less than ${(100 * o.minGain).toFixed(0)} % above the best step before it (${best.toFixed(1)})`;
      break;
    }
    rate *= o.factor;
  }
  const ceiling = steps.reduce((a, b) => (sustainedTps(b) > sustainedTps(a) ? b : a));
  return { steps, ceiling, stopReason, t0, tEnd, sent };
}

/**
 * A step's figures from the scanner's blocks: committed tx/s counts the successful txs of `counted`
 * (every tx of the workload so far, so that a backlog from the step before counts too) in blocks with
 * header time in [t0 + warmMs, tEnd]; latency and failures are those of the step's own txs.
 */
export async function measureStep(scanner: BlockScanner, rate: number, step: StepRun, counted: Sent[], warmMs: number): Promise<StepFigures> {
  await scanner.waitPast(step.tEnd, 60_000);
  const blocks = scanner.between(step.t0 - 60_000, step.tEnd + 5_000);
  const all = analyse("", "", counted, blocks, scanner.nextTime, step.t0, step.tEnd, [], "", warmMs);
  const own = analyse("", "", step.sent, blocks, scanner.nextTime, step.t0, step.tEnd, [], "", warmMs);
  return {
    offered: rate,
    committedTps: Number.isFinite(all.steadyTps) ? all.steadyTps : 0,
    sent: step.sent.length,
    failed: [...own.causes.entries()].filter(([c]) => c !== "accepted by CheckTx but never included").reduce((s, [, n]) => s + n, 0),
    latencyP50: own.latencyP50,
    latencyP95: own.latencyP95,
    blockInterval: own.blockInterval,
    causes: own.causes,
  };
}

/**
 * Pre-signed per-account load for a ramp: each step signs ceil(rate × seconds / live accounts) txs per
 * live account from its next sequence (signing is not part of the load) and broadcasts them paced with
 * broadcastPaced. An account whose tx is rejected at broadcast takes no further part.
 */
export function presignedSteps(
  n: number,
  comets: Comet38Client[],
  sign: (j: number, seq: number) => Promise<Uint8Array>,
  log: Logger,
  kind?: string,
  startSeq: number[] = Array.from({ length: n }, () => 0),
): (rate: number, seconds: number) => Promise<StepRun> {
  const next = [...startSeq];
  const dead = new Set<number>();
  return async (rate, seconds) => {
    const live = Array.from({ length: n }, (_, j) => j).filter((j) => !dead.has(j));
    const per = Math.ceil((rate * seconds) / Math.max(1, live.length));
    const tSign = Date.now();
    const signed: Uint8Array[][] = [];
    for (const j of live) {
      const txs: Uint8Array[] = [];
      for (let k = 0; k < per; k++) txs.push(await sign(j, next[j] + k));
      signed.push(txs);
    }
    log.info({ kind, rate, txs: per * live.length, seconds: (Date.now() - tSign) / 1000 }, "step pre-signed");
    const sent: Sent[] = [];
    const t0 = Date.now() + 500;
    const tEnd = t0 + seconds * 1000;
    await broadcastPaced(signed, comets, rate, t0, tEnd, sent, kind, live);
    for (const s of sent) {
      if (s.ok) next[s.account]++;
      else dead.add(s.account);
    }
    return { t0, tEnd, sent };
  };
}

/** The ramp as markdown: one row per step, the ceiling and why the ramp stopped. */
export function rampTable(title: string, r: RampResult): string[] {
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
  return [
    `| ${title}: offered tx/s | committed tx/s | txs sent | failed | latency p50 / p95 | mean block interval |`,
    "|---|---|---|---|---|---|",
    ...r.steps.map((x) => `| ${x.offered}${x === r.ceiling ? " (ceiling)" : ""} | ${x.committedTps.toFixed(1)} | ${x.sent} | ${x.failed} | ${s(x.latencyP50)} / ${s(x.latencyP95)} | ${s(x.blockInterval)} |`),
  ];
}

/** Load average (1, 5, 15 min) of the machine, for the report. */
export function loadAverage(): string {
  return loadavg().map((x) => x.toFixed(1)).join(" / ");
}
