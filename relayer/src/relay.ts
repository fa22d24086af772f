// btt-relayer start: relays packets, acknowledgements and timeouts both ways on a linked path.
//
// Each round, per direction src → dst: new blocks of src are scanned for send_packet and
// write_acknowledgement; the packets still unreceived on dst (UnreceivedPackets) go to dst in one tx
// that first updates dst's client of src (MsgUpdateClient + many MsgRecvPacket); acks for packets still
// committed on src (UnreceivedAcks) go back the same way; packets past their timeout on dst are timed
// out on src (refunded there). At start the relayer also asks the chains what is unrelayed, so a
// restart loses nothing, and filters every batch by those queries, so nothing is relayed twice.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Packet } from "cosmjs-types/ibc/core/channel/v1/channel";
import { MsgAcknowledgement, MsgRecvPacket, MsgTimeout } from "cosmjs-types/ibc/core/channel/v1/tx";
import type { Logger } from "pino";
import { IbcChain, TxError, isRedundant, nanosOf, type SubmittedTx } from "./chain.js";
import type { PathConfig } from "./config.js";
import { clientHeight, updateClientMsg, type LinkState } from "./link.js";
import type { RelayerMetrics } from "./metrics.js";
import { ics24, packetsInEvents, timedOut, type SentPacket, type WrittenAck } from "./packets.js";

/** One direction's view: packets sent on `src` for `dst`, and acks written on `dst` for them. */
interface Direction {
  name: string;
  src: IbcChain;
  dst: IbcChain;
  srcChannel: string;
  dstChannel: string;
  /** dst's client of src, src's client of dst. */
  dstClient: string;
  srcClient: string;
  sends: Map<bigint, SentPacket>;
  acks: Map<bigint, WrittenAck>;
  /** Deterministic failures per sequence, so one bad packet cannot make the relayer loop. */
  failures: Map<string, number>;
  /** Packets (send:seq) and acks (ack:seq) whose relay tx is broadcast and not yet confirmed. */
  inFlight: Set<string>;
}

interface ScanState {
  [chainId: string]: number;
}

const MAX_FAILURES = 3;
/** A receive and a timeout of one packet exclude each other; its ack is a separate piece of work. */
const flightKey = (kind: "recv" | "ack" | "timeout", seq: bigint) => `${kind === "ack" ? "ack" : "send"}:${seq}`;
/** Gas of a tx after the first of a round: the first's gas per packet times this (the client update it carried is a margin too). */
const ESTIMATE_MARGIN = 1.2;
/** How far back a restart rescans blocks before it falls back to tx search by sequence. */
const MAX_RESCAN = 5_000;

export interface RelayOptions {
  pollMs: number;
  refreshFraction: number;
  stateDir: string;
  metrics: RelayerMetrics;
  log: Logger;
}

export class PathRelayer {
  private readonly dirs: [Direction, Direction];
  private readonly scanned = new Map<string, number>();
  private readonly scanFile: string;
  private stopped = false;
  /** Relay txs broadcast and not yet confirmed (see inBatches). */
  private readonly confirming = new Set<Promise<void>>();
  private readonly log: Logger;

  constructor(readonly path: PathConfig, readonly a: IbcChain, readonly b: IbcChain, link: LinkState, private readonly o: RelayOptions) {
    if (!link.a.channelId || !link.b.channelId || !link.a.clientId || !link.b.clientId) throw new Error(`path ${path.name} is not linked yet: run btt-relayer link first`);
    const mk = (name: string, src: IbcChain, dst: IbcChain, s: typeof link.a, d: typeof link.b): Direction => ({
      name, src, dst, srcChannel: s.channelId!, dstChannel: d.channelId!, dstClient: d.clientId!, srcClient: s.clientId!, sends: new Map(), acks: new Map(), failures: new Map(), inFlight: new Set(),
    });
    this.dirs = [mk(`${a.cfg.name}->${b.cfg.name}`, a, b, link.a, link.b), mk(`${b.cfg.name}->${a.cfg.name}`, b, a, link.b, link.a)];
    this.scanFile = join(o.stateDir, `${path.name}.scan.json`);
    this.log = o.log.child({ path: path.name });
  }

  stop(): void {
    this.stopped = true;
  }

  /** Relays until stop(); a round that fails (a chain down) is logged and retried. */
  async run(): Promise<void> {
    await this.recover();
    while (!this.stopped) {
      const t0 = Date.now();
      try {
        await this.round();
      } catch (e) {
        this.log.warn({ err: e instanceof Error ? e.message : String(e) }, "relay round failed; retrying");
      }
      const wait = this.o.pollMs - (Date.now() - t0);
      if (wait > 0 && !this.stopped) await new Promise((r) => setTimeout(r, wait));
    }
    // A graceful stop waits for the relay txs already broadcast.
    await Promise.allSettled([...this.confirming]);
  }

  /** One pass: scan, then recv / ack / timeout both ways, then keep the clients fresh. */
  async round(): Promise<void> {
    await Promise.all([this.scan(this.a), this.scan(this.b)]);
    this.saveScan();
    // Each step fails alone (a chain down, a bad packet), so it cannot hold up the others. Steps that
    // send on the same chain share its send queue, which orders their txs.
    // Receives go to dst and acks to src, so the two steps of a direction run side by side too.
    await Promise.all(this.dirs.flatMap((d) => [
      this.step(d, "packets", () => this.relayPackets(d)),
      this.step(d, "acks", () => this.relayAcks(d)),
    ]));
    await Promise.all(this.dirs.map((d) => this.step(d, "client refresh", () => this.refreshClient(d.dst, d.dstClient, d.src))));
  }

  private async step(d: Direction, what: string, f: () => Promise<void>): Promise<void> {
    try {
      await f();
    } catch (e) {
      this.log.warn({ direction: d.name, step: what, err: e instanceof Error ? e.message : String(e) }, "relay step failed; retried next round");
    }
  }

  // ---- scanning -------------------------------------------------------------------------------

  private loadScan(): ScanState {
    return existsSync(this.scanFile) ? (JSON.parse(readFileSync(this.scanFile, "utf8")) as ScanState) : {};
  }

  private saveScan(): void {
    mkdirSync(this.o.stateDir, { recursive: true });
    const s: ScanState = Object.fromEntries(this.scanned);
    writeFileSync(`${this.scanFile}.tmp`, JSON.stringify(s) + "\n");
    renameSync(`${this.scanFile}.tmp`, this.scanFile);
  }

  /** Reads send_packet / write_acknowledgement from the new blocks of `chain`. */
  private async scan(chain: IbcChain): Promise<void> {
    const latest = await chain.latestHeight();
    let from = (this.scanned.get(chain.cfg.chainId) ?? latest - 1) + 1;
    for (; from <= latest && !this.stopped; from++) {
      // The node may report a height before its results are stored: stop here and read it next round.
      const res = await chain.comet.blockResults(from).catch((e: unknown) => {
        if (/could not find results for height/.test(e instanceof Error ? e.message : JSON.stringify(e))) return undefined;
        throw e;
      });
      if (!res) break;
      const events = res.results.flatMap((r) => (r.code === 0 ? r.events : []));
      const { sent, acks } = packetsInEvents(events, from, (type, err) => {
        this.o.metrics.skipped.inc({ path: this.path.name, reason: "malformed-event" });
        this.log.error({ chain: chain.cfg.chainId, height: from, event: type, err: err.message }, "malformed packet event skipped");
      });
      for (const d of this.dirs) {
        if (d.src === chain) for (const s of sent) if (s.packet.sourcePort === this.path.port && s.packet.sourceChannel === d.srcChannel) d.sends.set(s.packet.sequence, s);
        if (d.dst === chain) for (const w of acks) if (w.packet.sourcePort === this.path.port && w.packet.sourceChannel === d.srcChannel && w.packet.destinationChannel === d.dstChannel) d.acks.set(w.packet.sequence, w);
      }
      this.scanned.set(chain.cfg.chainId, from);
    }
  }

  /**
   * After a start: every packet still committed on src and unreceived on dst, and every ack on dst
   * whose packet is still committed on src, comes back into the maps, by a block rescan from the
   * saved heights and, for what that did not find, by tx search on the sequence.
   */
  async recover(): Promise<void> {
    const saved = this.loadScan();
    for (const chain of [this.a, this.b]) {
      const latest = await chain.latestHeight();
      const from = saved[chain.cfg.chainId];
      this.scanned.set(chain.cfg.chainId, from === undefined ? latest : Math.max(from, latest - MAX_RESCAN));
    }
    // Rescan what happened while the relayer was down (both chains), then fill the gaps by query.
    await Promise.all([this.scan(this.a), this.scan(this.b)]);
    for (const d of this.dirs) {
      const port = this.path.port;
      const commitments = (await d.src.query.ibc.channel.allPacketCommitments(port, d.srcChannel)).commitments.map((c) => Number(c.sequence));
      const unreceived = commitments.length ? (await d.dst.query.ibc.channel.unreceivedPackets(port, d.dstChannel, commitments)).sequences : [];
      for (const seq of unreceived) if (!d.sends.has(seq)) await this.findSend(d, seq);
      const acked = (await d.dst.query.ibc.channel.allPacketAcknowledgements(port, d.dstChannel)).acknowledgements.map((x) => Number(x.sequence));
      const owed = acked.length ? (await d.src.query.ibc.channel.unreceivedAcks(port, d.srcChannel, acked)).sequences : [];
      for (const seq of owed) if (!d.acks.has(seq)) await this.findAck(d, seq);
      this.log.info({ direction: d.name, unreceived: unreceived.length, acksOwed: owed.length }, "recovered pending work from the chains");
    }
    this.saveScan();
  }

  private async findSend(d: Direction, seq: bigint): Promise<void> {
    const q = `send_packet.packet_src_channel='${d.srcChannel}' AND send_packet.packet_sequence='${seq}'`;
    for (const tx of (await d.src.comet.txSearchAll({ query: q })).txs) {
      for (const s of packetsInEvents(tx.result.events, tx.height).sent) if (s.packet.sourceChannel === d.srcChannel && s.packet.sequence === seq) d.sends.set(seq, s);
    }
    if (!d.sends.has(seq)) this.log.error({ direction: d.name, sequence: String(seq) }, "packet committed but its send_packet event is not in the node's tx index: cannot relay it from this node");
  }

  private async findAck(d: Direction, seq: bigint): Promise<void> {
    const q = `write_acknowledgement.packet_dst_channel='${d.dstChannel}' AND write_acknowledgement.packet_sequence='${seq}'`;
    for (const tx of (await d.dst.comet.txSearchAll({ query: q })).txs) {
      for (const w of packetsInEvents(tx.result.events, tx.height).acks) if (w.packet.destinationChannel === d.dstChannel && w.packet.sequence === seq) d.acks.set(seq, w);
    }
    if (!d.acks.has(seq)) this.log.error({ direction: d.name, sequence: String(seq) }, "ack written but its event is not in the node's tx index: cannot relay it from this node");
  }

  // ---- relaying -------------------------------------------------------------------------------

  private pending(d: Direction): void {
    this.o.metrics.pending.set({ path: this.path.name, direction: d.name, kind: "packet" }, d.sends.size);
    this.o.metrics.pending.set({ path: this.path.name, direction: d.name, kind: "ack" }, d.acks.size);
  }

  /** Drops what the chains say needs nothing any more: received on dst, or no longer committed on src. */
  private async prunePackets(d: Direction): Promise<void> {
    if (d.sends.size === 0) return;
    const port = this.path.port;
    const seqs = [...d.sends.keys()].map(Number);
    const [unreceived, committed] = await Promise.all([
      d.dst.query.ibc.channel.unreceivedPackets(port, d.dstChannel, seqs),
      d.src.query.ibc.channel.unreceivedAcks(port, d.srcChannel, seqs),
    ]);
    const keep = new Set(unreceived.sequences.map(String));
    const still = new Set(committed.sequences.map(String));
    // Keep a packet only while it is committed on src and unreceived on dst (once received, the ack side
    // clears the commitment; once acked or timed out, nothing is owed).
    for (const seq of [...d.sends.keys()]) if (!still.has(String(seq)) || !keep.has(String(seq))) d.sends.delete(seq);
  }

  private async relayPackets(d: Direction): Promise<void> {
    await this.prunePackets(d);
    this.pending(d);
    if (d.sends.size === 0) return;
    const port = this.path.port;
    const [dstStatus, srcLatest] = await Promise.all([d.dst.comet.status(), d.src.latestHeight()]);
    const dstHeight = d.dst.height(dstStatus.syncInfo.latestBlockHeight);
    const dstTime = nanosOf(dstStatus.syncInfo.latestBlockTime);
    const expired: SentPacket[] = [];
    const ready: SentPacket[] = [];
    for (const s of [...d.sends.values()].sort((x, y) => Number(x.packet.sequence - y.packet.sequence))) {
      if (d.inFlight.has(flightKey("recv", s.packet.sequence))) continue;
      if (timedOut(s.packet, dstHeight, dstTime)) expired.push(s);
      // A proof at height h − 1 comes with header h: only packets sent before the latest block.
      else if (s.height < srcLatest) ready.push(s);
    }
    if (ready.length) {
      const trusted = await clientHeight(d.dst, d.dstClient);
      const header = await d.src.headerFor(trusted, srcLatest);
      const ph = srcLatest;
      const update = ph > Number(trusted.revisionHeight) ? [updateClientMsg(d.dst.address, d.dstClient, header)] : [];
      await this.inBatches(d, d.dst, ready, update, "recv", async (s) => {
        const { proof } = await d.src.proveAt(ics24.commitment(port, d.srcChannel, s.packet.sequence), ph - 1);
        return { typeUrl: "/ibc.core.channel.v1.MsgRecvPacket", value: MsgRecvPacket.fromPartial({ packet: s.packet, proofCommitment: proof, proofHeight: d.src.height(ph), signer: d.dst.address }) };
      });
    }
    if (expired.length) await this.timeoutPackets(d, expired);
  }

  /**
   * Times out on src the packets that dst can no longer receive: the proof is the missing receipt on dst.
   * nextSequenceRecv only matters for ordered channels (these are unordered) and must not be 0: the
   * packet's own sequence, as Hermes sends it.
   */
  private async timeoutPackets(d: Direction, expired: SentPacket[]): Promise<void> {
    const port = this.path.port;
    const dstLatest = await d.dst.latestHeight();
    // The proof's consensus state must itself be past the timeout: use dst's latest header.
    const trusted = await clientHeight(d.src, d.srcClient);
    const header = await d.dst.headerFor(trusted, dstLatest);
    const headerTime = BigInt(header.signedHeader!.header!.time!.seconds) * 1_000_000_000n + BigInt(header.signedHeader!.header!.time!.nanos);
    const proven = expired.filter((s) => timedOut(s.packet, d.dst.height(dstLatest), headerTime));
    if (!proven.length) return;
    const update = dstLatest > Number(trusted.revisionHeight) ? [updateClientMsg(d.src.address, d.srcClient, header)] : [];
    await this.inBatches(d, d.src, proven, update, "timeout", async (s) => {
      const { proof, value } = await d.dst.proveAt(ics24.receipt(port, d.dstChannel, s.packet.sequence), dstLatest - 1);
      if (value.length) throw new Error(`packet ${s.packet.sequence} was received on ${d.dst.cfg.chainId}: not timing it out`);
      return { typeUrl: "/ibc.core.channel.v1.MsgTimeout", value: MsgTimeout.fromPartial({ packet: s.packet, proofUnreceived: proof, proofHeight: d.dst.height(dstLatest), nextSequenceRecv: s.packet.sequence, signer: d.src.address }) };
    });
  }

  private async relayAcks(d: Direction): Promise<void> {
    if (d.acks.size === 0) return;
    const port = this.path.port;
    const owed = new Set((await d.src.query.ibc.channel.unreceivedAcks(port, d.srcChannel, [...d.acks.keys()].map(Number))).sequences.map(String));
    for (const seq of [...d.acks.keys()]) if (!owed.has(String(seq))) d.acks.delete(seq);
    this.pending(d);
    const dstLatest = await d.dst.latestHeight();
    const ready = [...d.acks.values()].filter((w) => w.height < dstLatest && !d.inFlight.has(flightKey("ack", w.packet.sequence))).sort((x, y) => Number(x.packet.sequence - y.packet.sequence));
    if (!ready.length) return;
    const trusted = await clientHeight(d.src, d.srcClient);
    const header = await d.dst.headerFor(trusted, dstLatest);
    const update = dstLatest > Number(trusted.revisionHeight) ? [updateClientMsg(d.src.address, d.srcClient, header)] : [];
    await this.inBatches(d, d.src, ready, update, "ack", async (w) => {
      const { proof } = await d.dst.proveAt(ics24.ack(port, d.dstChannel, w.packet.sequence), dstLatest - 1);
      return { typeUrl: "/ibc.core.channel.v1.MsgAcknowledgement", value: MsgAcknowledgement.fromPartial({ packet: w.packet, acknowledgement: w.ack, proofAcked: proof, proofHeight: d.dst.height(dstLatest), signer: d.src.address }) };
    });
  }

  /**
   * Sends `items` to `host` in txs of at most maxMsgsPerTx messages, the client update in front of
   * the first: every tx is signed and broadcast before any is confirmed, so a burst lands in one or
   * two blocks. A tx whose packets were all relayed by someone else first is skipped without error
   * (the update then rides on the next tx). A tx that ran and failed counts against its packets.
   */
  private async inBatches<T extends { packet: Packet }>(d: Direction, host: IbcChain, items: T[], update: EncodeObject[], kind: "recv" | "ack" | "timeout", msgOf: (x: T) => Promise<EncodeObject>): Promise<void> {
    const max = host.cfg.maxMsgsPerTx;
    const live = items.filter((x) => (d.failures.get(`${kind}:${x.packet.sequence}`) ?? 0) < MAX_FAILURES && !d.inFlight.has(flightKey(kind, x.packet.sequence)));
    if (!live.length) return;
    const inFlight: { batch: T[]; tx: SubmittedTx }[] = [];
    let pendingUpdate = update;
    let submitError: unknown;
    let perPacketGas: number | undefined;
    let next = Promise.all(live.slice(0, max).map(msgOf));
    next.catch(() => undefined);
    for (let i = 0; i < live.length && !this.stopped; i += max) {
      const batch = live.slice(i, i + max);
      const msgs = [...pendingUpdate, ...(await next)];
      // The next batch's proofs are fetched while this one is simulated, signed and checked.
      if (i + max < live.length) next = Promise.all(live.slice(i + max, i + 2 * max).map(msgOf));
      // The first tx of the round is simulated; the ones after it (same kind of packets, no client
      // update) get its gas per packet with a margin, which saves the node one full execution each.
      const estimate = perPacketGas ? Math.ceil(perPacketGas * batch.length * ESTIMATE_MARGIN) : undefined;
      try {
        const tx = await host.submit(msgs, `btt-relayer ${kind}`, estimate);
        inFlight.push({ batch, tx });
        perPacketGas ??= tx.gas / batch.length;
        pendingUpdate = [];
      } catch (e) {
        if (isRedundant(e)) {
          this.o.metrics.skipped.inc({ path: this.path.name, reason: "relayed-by-another" }, batch.length);
          this.log.info({ direction: d.name, kind, packets: batch.length }, "already relayed by someone else: skipped");
          this.settled(d, kind, batch);
          next.catch(() => undefined);
          continue;
        }
        // Later batches may lean on this one's client update: stop here, confirm what went out, retry the rest next round.
        submitError = e;
        break;
      }
    }
    // Confirmations are followed in the background: the next round goes on with newer packets and
    // leaves these alone (d.inFlight) until their tx is in a block or has failed.
    for (const { batch, tx } of inFlight) {
      const keys = batch.map((x) => flightKey(kind, x.packet.sequence));
      for (const k of keys) d.inFlight.add(k);
      const done: Promise<void> = tx.confirmed.then((res) => {
        this.o.metrics.relayed.inc({ path: this.path.name, direction: d.name, kind }, batch.length);
        this.log.info({ direction: d.name, kind, packets: batch.length, height: res.height, tx: res.transactionHash }, "relayed");
        this.settled(d, kind, batch);
      }, (e: unknown) => {
        if (!(e instanceof TxError)) {
          this.log.warn({ direction: d.name, kind, packets: batch.length, tx: tx.hash, err: e instanceof Error ? e.message : String(e) }, "relay tx not confirmed; retried next round");
          return;
        }
        // The tx ran and failed: count it against each packet so a poisoned one is eventually left alone.
        this.log.warn({ direction: d.name, kind, packets: batch.length, tx: tx.hash, err: e.message }, "relay tx failed; retried next round");
        for (const x of batch) {
          const k = `${kind}:${x.packet.sequence}`;
          const n = (d.failures.get(k) ?? 0) + 1;
          d.failures.set(k, n);
          if (n === MAX_FAILURES) {
            this.o.metrics.skipped.inc({ path: this.path.name, reason: "failed" });
            this.log.error({ direction: d.name, kind, sequence: String(x.packet.sequence), err: e.message }, "giving up on this packet after repeated failures");
          }
        }
      }).finally(() => {
        for (const k of keys) d.inFlight.delete(k);
        this.o.metrics.fees.set({ chain: host.cfg.chainId }, Number(host.feesSpent));
        this.confirming.delete(done);
      });
      this.confirming.add(done);
    }
    if (submitError !== undefined) throw submitError;
  }

  /** What a delivered (or already delivered) batch no longer owes. */
  private settled<T extends { packet: Packet }>(d: Direction, kind: "recv" | "ack" | "timeout", batch: T[]): void {
    if (kind === "ack" || kind === "timeout") for (const x of batch) d.acks.delete(x.packet.sequence);
    if (kind === "timeout") for (const x of batch) d.sends.delete(x.packet.sequence);
  }

  /** Updates `host`'s client of `src` when a fraction of its trusting period has passed since its last update. */
  private async refreshClient(host: IbcChain, clientId: string, src: IbcChain): Promise<void> {
    const cs = await host.query.ibc.client.stateTm(clientId);
    const cons = await host.query.ibc.client.consensusStateTm(clientId, cs.latestHeight);
    const ageS = Date.now() / 1000 - Number(cons.timestamp.seconds);
    this.o.metrics.clientAge.set({ chain: host.cfg.chainId, client: clientId }, ageS);
    if (ageS < Number(cs.trustingPeriod.seconds) * this.o.refreshFraction) return;
    const latest = await src.latestHeight();
    const header = await src.headerFor(cs.latestHeight, latest);
    await host.send([updateClientMsg(host.address, clientId, header)], "btt-relayer client refresh");
    this.o.metrics.clientAge.set({ chain: host.cfg.chainId, client: clientId }, 0);
    this.log.info({ chain: host.cfg.chainId, client: clientId, ageS: Math.round(ageS) }, "client refreshed before its trusting period ends");
  }
}
