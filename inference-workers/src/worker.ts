// The worker daemon: registers (or reuses) its x/compute node, heartbeats every epoch, learns its
// assignments from CometBFT websocket events (polling when the socket is down), fetches and decrypts
// the clinic's input, runs the registered model, commits, reveals and delivers the sealed result.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { sha256 } from "@cosmjs/crypto";
import { fromBech32, toHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { createProtobufRpcClient } from "@cosmjs/stargate";
import { Comet38Client, WebsocketClient } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as EpochsQuery } from "cosmjs-types/cosmos/epochs/v1beta1/query";
import Fastify, { type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { btt, connectBttQueryConnection, connectBttSigningClient, decodeEvent, type BttQueryConnection } from "@btt/ts-client";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { canonicalJson } from "./canonical.js";
import { DecryptionError, decryptBlob, keyContext, open, resultContext, seal, type SealedBox, type X25519KeyPair } from "./envelope.js";
import { BadImageError } from "./image.js";
import { LoadedModel, sha256Hex, type ExecutionProviderChoice } from "./model.js";
import { loadOrCreateX25519 } from "./keyfile.js";
import { signedFetch } from "./request-auth.js";
import { TaskJournal, type TaskEntry } from "./task-journal.js";
import { TxFailedError, TxSender } from "./tx-sender.js";

const cp = btt.compute.v1;
type Task = btt.compute.v1.Task;

export interface WorkerConfig {
  /** CometBFT RPC, e.g. http://127.0.0.1:26657 (the websocket is the same host at /websocket). */
  rpc: string;
  mnemonic?: string;
  mnemonicFile?: string;
  /** Journal, X25519 key: kept across restarts. */
  stateDir: string;
  /** ONNX files this worker has; each served model is matched to one by the sha256 in its chain record. */
  modelFiles: string[];
  serve: { modelId: number | string; capacity: number }[];
  node: { class: "home" | "clinic" | "hpc" | "datacenter"; region: string; hardware: string; energyClass: string; stake: string };
  http?: { host: string; port: number };
  executionProvider?: ExecutionProviderChoice;
  threads?: number;
  /** Full state reconcile every N blocks even while events flow (default 5); every poll interval without a socket. */
  reconcileEveryBlocks?: number;
  /** Supervisor period (default 2000 ms). */
  pollIntervalMs?: number;
  /** No block from the websocket for this long means it is dead (default 6000 ms). */
  staleSocketMs?: number;
  /** TEST ONLY: corrupt the output hash (the worker is then slashed as a dissenter). */
  fault?: "corrupt-output";
  /** TEST ONLY: hold this long between a confirmed commit and the reveal (to kill the worker in between). */
  pauseAfterCommitMs?: number;
}

export class InputMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputMismatchError";
  }
}

/** x/epochs' typed event at the start of every epoch. */
const EPOCH_START = "cosmos.epochs.v1beta1.EventEpochStart";

const GAS = { register: 400_000, update: 300_000, heartbeat: 200_000, commit: 300_000, reveal: 800_000 } as const;

const NODE_CLASS: Record<WorkerConfig["node"]["class"], number> = {
  home: cp.NodeClass.NODE_CLASS_HOME, clinic: cp.NodeClass.NODE_CLASS_CLINIC, hpc: cp.NodeClass.NODE_CLASS_HPC, datacenter: cp.NodeClass.NODE_CLASS_DATACENTER,
};

function workerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "btt_worker_" });
  return {
    registry,
    tasks: new Counter({ name: "btt_worker_tasks_total", help: "Tasks handled, by outcome", labelNames: ["outcome"], registers: [registry] }),
    txs: new Counter({ name: "btt_worker_txs_total", help: "Transactions sent, by message and result", labelNames: ["msg", "result"], registers: [registry] }),
    gatewayThrottled: new Counter({ name: "btt_worker_gateway_throttled_total", help: "Gateway requests answered 429 and retried after its retry-after", registers: [registry] }),
    inference: new Histogram({ name: "btt_worker_inference_seconds", help: "Decode + preprocess + run + canonicalise", labelNames: ["model"], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry] }),
    inFlight: new Gauge({ name: "btt_worker_tasks_in_flight", help: "Tasks being worked on", registers: [registry] }),
    height: new Gauge({ name: "btt_worker_chain_height", help: "Last block height seen", registers: [registry] }),
    socket: new Gauge({ name: "btt_worker_websocket_connected", help: "1 while the CometBFT websocket delivers blocks", registers: [registry] }),
  };
}

/** Locator of an input blob, `<gateway>/v1/blobs/<sha256>`: the gateway's base URL. */
export function gatewayBase(locator: string): string {
  const m = /^(https?:\/\/[^/?#]+(?:\/[^?#]*?)?)\/v1\/blobs\/[0-9a-f]{64}$/.exec(locator);
  if (!m) throw new InputMismatchError(`input locator ${JSON.stringify(locator.slice(0, 120))} is not a BTT gateway blob URL`);
  return m[1];
}

/** sha256(output_hash ‖ salt ‖ worker address bytes), as x/compute checks it. */
export function commitment(outputHash: Uint8Array, salt: Uint8Array, worker: string): Uint8Array {
  return sha256(new Uint8Array([...outputHash, ...salt, ...fromBech32(worker, 90).data]));
}

export class Worker {
  readonly metrics = workerMetrics();
  address = "";
  private conn!: BttQueryConnection;
  private signing!: SigningStargateClient;
  private tx!: TxSender;
  private amino!: Secp256k1HdWallet;
  private x25519!: X25519KeyPair;
  private journal: TaskJournal;
  private models = new Map<string, LoadedModel>();
  private capacity = 0;
  private active = new Map<string, Promise<void>>();
  private revealNotBefore = new Map<string, number>();
  private ws?: Comet38Client;
  private comet!: Comet38Client;
  private http?: FastifyInstance;
  private stopped = false;
  private lastHeight = 0;
  private lastHeartbeatEpoch = -1n;
  private pollTimer?: NodeJS.Timeout;
  private connecting = false;
  private connectStartedAt = 0;
  private lastBlockAt = 0;
  private lastHandledHeight = 0;

  constructor(private readonly cfg: WorkerConfig, private readonly log: Logger) {
    this.journal = new TaskJournal(cfg.stateDir);
  }

  private mnemonic(): string {
    if (this.cfg.mnemonic) return this.cfg.mnemonic;
    if (this.cfg.mnemonicFile) return readFileSync(this.cfg.mnemonicFile, "utf8").trim();
    throw new Error("worker config needs mnemonic or mnemonicFile");
  }

  /** Everything up to the first reconcile: keys, chain clients, models, node record, HTTP, events. */
  async start(): Promise<void> {
    const mnemonic = this.mnemonic();
    const direct = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "btt" });
    this.amino = await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "btt" });
    this.address = (await direct.getAccounts())[0].address;
    this.x25519 = loadOrCreateX25519(join(this.cfg.stateDir, "x25519.json"));
    this.conn = await connectBttQueryConnection(this.cfg.rpc);
    this.comet = await Comet38Client.connect(this.cfg.rpc);
    this.signing = await connectBttSigningClient(this.cfg.rpc, direct);
    this.tx = new TxSender({ client: this.signing, address: this.address, chainId: await this.signing.getChainId(), logger: this.log });
    await this.loadModels();
    await this.ensureNode();
    if (this.cfg.http) await this.startHttp(this.cfg.http.host, this.cfg.http.port);
    await this.heartbeatIfDue();
    this.connectStartedAt = Date.now();
    this.connectEvents();
    this.supervise();
    // Resume whatever the journal holds (a restart after a crash), then the chain's view.
    for (const e of this.journal.open()) this.schedule(BigInt(e.taskId));
    await this.reconcile();
    this.log.info({ address: this.address, models: [...this.models.keys()], capacity: this.capacity }, "worker started");
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    try {
      this.ws?.disconnect();
    } catch {
      // already closed
    }
    await Promise.allSettled([...this.active.values()]);
    await this.http?.close();
    for (const m of this.models.values()) await m.release();
    this.signing?.disconnect();
    this.conn?.disconnect();
    this.comet?.disconnect();
  }

  private async loadModels(): Promise<void> {
    const files = this.cfg.modelFiles.map((path) => ({ path, sha: existsSync(path) ? sha256Hex(readFileSync(path)) : "" }));
    for (const s of this.cfg.serve) {
      const rec = (await this.conn.client.btt.compute.v1.model({ id: BigInt(s.modelId) })).model;
      if (rec.deprecated) {
        this.log.warn({ model: String(s.modelId) }, "model is deprecated on chain: not serving it");
        continue;
      }
      const want = toHex(rec.onnxSha256);
      const file = files.find((f) => f.sha === want);
      if (!file) {
        // A file whose sha256 differs from the record is never loaded, whatever its name.
        this.log.error({ model: String(rec.id), name: rec.name, expected: want }, "no model file matches the chain's sha256: not serving this model");
        continue;
      }
      const m = await LoadedModel.load(file.path, rec, { executionProvider: this.cfg.executionProvider, intraOpThreads: this.cfg.threads });
      this.models.set(String(rec.id), m);
      this.capacity += s.capacity;
      this.log.info({ model: String(rec.id), name: rec.name, provider: m.provider }, "model loaded (sha256 matches the chain)");
    }
    if (this.models.size === 0) throw new Error("no servable model: every configured model is missing, deprecated or has a mismatching file");
  }

  private served() {
    return this.cfg.serve.filter((s) => this.models.has(String(s.modelId))).map((s) => ({ modelId: BigInt(s.modelId), capacity: s.capacity, active: 0 }));
  }

  private async ensureNode(): Promise<void> {
    const existing = await this.conn.client.btt.compute.v1.node({ operator: this.address }).then((r) => r.node, () => undefined);
    const models = this.served();
    if (!existing) {
      await this.send("register_node", "/btt.compute.v1.MsgRegisterNode", cp.MsgRegisterNode.fromPartial({
        operator: this.address, nodeClass: NODE_CLASS[this.cfg.node.class], region: this.cfg.node.region, hardware: this.cfg.node.hardware,
        energyClass: this.cfg.node.energyClass, x25519Pubkey: this.x25519.publicKey, models, stake: this.cfg.node.stake,
      }), GAS.register);
      this.log.info({ address: this.address }, "node registered");
      return;
    }
    const sameKey = toHex(existing.x25519Pubkey) === toHex(this.x25519.publicKey);
    const sameModels = JSON.stringify(existing.models.map((m) => [String(m.modelId), m.capacity])) === JSON.stringify(models.map((m) => [String(m.modelId), m.capacity]));
    if (!sameKey || !sameModels || existing.region !== this.cfg.node.region || existing.hardware !== this.cfg.node.hardware) {
      await this.send("update_node", "/btt.compute.v1.MsgUpdateNode", cp.MsgUpdateNode.fromPartial({
        operator: this.address, region: this.cfg.node.region, hardware: this.cfg.node.hardware, energyClass: this.cfg.node.energyClass,
        x25519Pubkey: this.x25519.publicKey, models,
      }), GAS.update);
      this.log.info({ address: this.address }, "node record updated");
    } else {
      this.log.info({ address: this.address, status: existing.status }, "reusing registered node");
    }
  }

  private async send(msg: string, typeUrl: string, value: object, gas: number): Promise<void> {
    try {
      await this.tx.send([{ typeUrl, value }], gas);
      this.metrics.txs.inc({ msg, result: "ok" });
    } catch (err) {
      this.metrics.txs.inc({ msg, result: "error" });
      throw err;
    }
  }

  private heartbeatRun?: Promise<void>;

  /** One heartbeat at a time: the block handler and the supervisor may both find it due. */
  private heartbeatIfDue(): Promise<void> {
    this.heartbeatRun ??= this.sendHeartbeatIfDue().finally(() => {
      this.heartbeatRun = undefined;
    });
    return this.heartbeatRun;
  }

  private async sendHeartbeatIfDue(): Promise<void> {
    const params = (await this.conn.client.btt.compute.v1.params({})).params;
    const epochs = new EpochsQuery(createProtobufRpcClient(this.conn.client));
    const current = (await epochs.CurrentEpoch({ identifier: params.epochIdentifier })).currentEpoch;
    if (current <= this.lastHeartbeatEpoch) return;
    const node = (await this.conn.client.btt.compute.v1.node({ operator: this.address })).node;
    if (node.lastHeartbeatEpoch >= current && node.status !== cp.NodeStatus.NODE_STATUS_JAILED) {
      this.lastHeartbeatEpoch = current;
      return;
    }
    await this.send("heartbeat", "/btt.compute.v1.MsgHeartbeat", cp.MsgHeartbeat.fromPartial({ operator: this.address }), GAS.heartbeat);
    this.lastHeartbeatEpoch = current;
    this.log.debug({ epoch: String(current) }, "heartbeat");
  }

  private async startHttp(host: string, port: number): Promise<void> {
    const app = Fastify({ logger: false });
    app.get("/health", async () => ({
      status: this.stopped ? "stopping" : "ok", address: this.address, height: this.lastHeight, models: [...this.models.keys()],
      providers: [...new Set([...this.models.values()].map((m) => m.provider))], inFlight: this.active.size, capacity: this.capacity,
      websocket: this.ws !== undefined && Date.now() - this.lastBlockAt < (this.cfg.staleSocketMs ?? 6000),
    }));
    app.get("/metrics", async (_req, reply) => reply.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics()));
    await app.listen({ host, port });
    this.http = app;
  }

  // ---- events -------------------------------------------------------------------------------

  private wsUrl(): string {
    return this.cfg.rpc.replace(/^http/, "ws").replace(/\/$/, ""); // WebsocketClient appends /websocket
  }

  /**
   * Subscribes to new block headers. A socket can die without an error (the node killed, a NAT
   * dropping it), so a supervisor checks every poll interval that blocks still arrive; when none came
   * for `staleSocketMs` it polls the chain's state and opens a new socket.
   */
  private connectEvents(): void {
    if (this.stopped || this.connecting) return;
    this.connecting = true;
    let client: Comet38Client | undefined;
    const lost = (why: string) => {
      if (client && this.ws === client) this.ws = undefined;
      this.connecting = false;
      this.log.debug({ why }, "websocket attempt ended");
    };
    try {
      client = Comet38Client.create(new WebsocketClient(this.wsUrl(), (err) => lost(String(err))));
      const c = client;
      c.subscribeNewBlockHeader().addListener({
        next: (h) => {
          this.lastBlockAt = Date.now();
          if (this.ws !== c) {
            this.ws = c;
            this.connecting = false;
            this.log.info("CometBFT websocket delivering blocks");
          }
          void this.onBlock(h.height).catch((err) => this.log.warn({ err: String(err) }, "block handling failed"));
        },
        error: (err) => lost(String(err)),
        complete: () => lost("stream completed"),
      });
    } catch (err) {
      lost(String(err));
    }
  }

  private supervise(): void {
    const stale = this.cfg.staleSocketMs ?? 6000;
    this.pollTimer = setInterval(() => {
      const healthy = this.ws !== undefined && Date.now() - this.lastBlockAt < stale;
      this.metrics.socket.set(healthy ? 1 : 0);
      if (healthy || this.stopped) return;
      if (this.ws) {
        this.log.warn({ silentMs: Date.now() - this.lastBlockAt }, "no block from the CometBFT websocket: polling the chain and reconnecting");
        try {
          this.ws.disconnect();
        } catch {
          // already gone
        }
        this.ws = undefined;
        this.connecting = false;
      }
      void this.reconcile()
        .then(() => this.heartbeatIfDue())
        .catch((err) => this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "poll failed; retrying"));
      // A connect attempt that has not delivered a block within the stale window is abandoned.
      if (this.connecting && Date.now() - this.connectStartedAt > stale) this.connecting = false;
      if (!this.connecting) {
        this.connectStartedAt = Date.now();
        this.connectEvents();
      }
    }, this.cfg.pollIntervalMs ?? 2000);
  }

  private async onBlock(height: number): Promise<void> {
    if (height <= this.lastHandledHeight) return; // a reconnected socket may repeat a block
    this.lastHandledHeight = height;
    this.lastHeight = height;
    this.metrics.height.set(height);
    const results = await this.comet.blockResults(height);
    const events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[] = [...results.finalizeBlockEvents, ...results.results.flatMap((r) => r.events)];
    for (const e of events) {
      if (e.type === EPOCH_START) {
        await this.heartbeatIfDue();
        continue;
      }
      if (!e.type.startsWith("btt.compute.v1.")) continue;
      // Any x/compute event about a task (assigned, reveal opened, settled...) that names this worker,
      // or is about a task in the journal, moves that task on.
      const ev = decodeEvent(e)?.value;
      if (!ev || !("taskId" in ev)) continue;
      const workers = "workers" in ev ? ev.workers : "worker" in ev ? [ev.worker] : [];
      if (workers.includes(this.address) || this.journal.get(String(ev.taskId))) this.schedule(ev.taskId);
    }
    if (height % (this.cfg.reconcileEveryBlocks ?? 5) === 0) {
      await this.reconcile();
      await this.heartbeatIfDue();
    }
  }

  /** The chain's view: every task in COMMIT or REVEAL that lists this worker. */
  private async reconcile(): Promise<void> {
    for (const status of [cp.TaskStatus.TASK_STATUS_COMMIT, cp.TaskStatus.TASK_STATUS_REVEAL]) {
      const r = await this.conn.client.btt.compute.v1.tasks({ client: "", worker: this.address, status });
      for (const t of r.tasks) this.schedule(t.id);
    }
    const s = await this.comet.status();
    this.lastHeight = s.syncInfo.latestBlockHeight;
    this.metrics.height.set(this.lastHeight);
  }

  /** Runs `advance` for a task unless it is already running; it re-runs when a run finished with work left. */
  private schedule(id: bigint): void {
    const key = String(id);
    if (this.stopped || this.active.has(key)) return;
    const p = this.advance(id)
      .catch((err) => this.log.warn({ task: key, err: err instanceof Error ? err.message : String(err) }, "task step failed; retried on the next block"))
      .finally(() => {
        this.active.delete(key);
        this.metrics.inFlight.set(this.active.size);
      });
    this.active.set(key, p);
    this.metrics.inFlight.set(this.active.size);
  }

  // ---- the task state machine ------------------------------------------------------------------

  private async advance(id: bigint): Promise<void> {
    const key = String(id);
    const task = (await this.conn.client.btt.compute.v1.task({ id })).task as Task;
    const mine = task.assignments.find((a) => a.worker === this.address);
    let entry = this.journal.get(key);
    const S = cp.TaskStatus;
    if (task.status === S.TASK_STATUS_SETTLED || task.status === S.TASK_STATUS_EXPIRED) {
      if (entry && entry.phase !== "done" && entry.phase !== "failed") {
        if (entry.phase === "revealed" && !entry.delivered) await this.deliver(task, entry).catch(() => undefined);
        this.journal.update(key, { phase: "done" });
        this.metrics.tasks.inc({ outcome: task.status === S.TASK_STATUS_SETTLED ? "settled" : "expired" });
        this.log.info({ task: key, status: task.status === S.TASK_STATUS_SETTLED ? "settled" : "expired" }, "task closed");
      }
      return;
    }
    if (!mine) return; // reassigned away, or never ours
    if (entry?.phase === "failed") return;

    if (task.status === S.TASK_STATUS_COMMIT && mine.commitment.length === 0) {
      if (!entry) entry = await this.compute(task);
      if (!entry) return;
      // The salt and hash are on disk (fsync) before the commitment leaves this process.
      await this.send("commit", "/btt.compute.v1.MsgCommitResult", cp.MsgCommitResult.fromPartial({
        worker: this.address, taskId: id, commitment: Buffer.from(entry.commitment!, "hex"),
      }), GAS.commit).catch(async (err) => {
        // Committed already (a resend after a crash or a lost reply): the chain has our commitment.
        const again = (await this.conn.client.btt.compute.v1.task({ id })).task.assignments.find((a) => a.worker === this.address);
        if (!(again && toHex(again.commitment) === entry!.commitment)) throw err;
      });
      entry = this.journal.update(key, { phase: "committed" });
      this.log.info({ task: key }, "result committed");
      if (this.cfg.pauseAfterCommitMs) this.revealNotBefore.set(key, Date.now() + this.cfg.pauseAfterCommitMs);
      return;
    }
    if (mine.commitment.length > 0 && entry && entry.phase === "computed") {
      if (toHex(mine.commitment) !== entry.commitment) throw new Error("the chain holds a commitment that is not in the journal");
      entry = this.journal.update(key, { phase: "committed" });
    }
    if (task.status === S.TASK_STATUS_REVEAL && mine.outputHash.length === 0) {
      if (!entry?.salt) {
        this.log.error({ task: key }, "cannot reveal: the journal holds no salt for this task (state directory lost?)");
        return;
      }
      const wait = (this.revealNotBefore.get(key) ?? 0) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await this.send("reveal", "/btt.compute.v1.MsgRevealResult", cp.MsgRevealResult.fromPartial({
        worker: this.address, taskId: id, outputHash: Buffer.from(entry.outputHash!, "hex"), salt: Buffer.from(entry.salt, "hex"),
      }), GAS.reveal).catch(async (err) => {
        const again = (await this.conn.client.btt.compute.v1.task({ id })).task;
        const a = again.assignments.find((x) => x.worker === this.address);
        if (!(a && a.outputHash.length > 0) && again.status === S.TASK_STATUS_REVEAL) throw err;
      });
      entry = this.journal.update(key, { phase: "revealed" });
      this.log.info({ task: key }, "result revealed");
    }
    if (mine.outputHash.length > 0 && entry && entry.phase === "committed") entry = this.journal.update(key, { phase: "revealed" });
    if (entry?.phase === "revealed" && !entry.delivered) await this.deliver(task, entry);
  }

  /** Fetches, checks, decrypts and analyses the input; journals salt, hash and sealed result. Undefined when the input is refused. */
  private async compute(task: Task): Promise<TaskEntry | undefined> {
    const key = String(task.id);
    const model = this.models.get(String(task.modelId));
    if (!model) {
      this.log.error({ task: key, model: String(task.modelId) }, "assigned a model this worker does not serve");
      return undefined;
    }
    try {
      const base = gatewayBase(task.inputLocator);
      const blob = await this.gatewayGet(`${base}/v1/tasks/${key}/input`, "input");
      const got = sha256Hex(blob);
      if (got !== toHex(task.inputSha256)) throw new InputMismatchError(`input sha256 ${got} does not match the task's ${toHex(task.inputSha256)}`);
      const keyRecord = await this.waitForKey(`${base}/v1/tasks/${key}/key`, task);
      const contentKey = open(this.x25519, keyRecord.sealed, keyContext(task.id, this.address));
      const image = decryptBlob(contentKey, blob);
      const end = this.metrics.inference.startTimer({ model: String(task.modelId) });
      const { doc, hash } = await model.analyze(image);
      end();
      const outputHash = this.cfg.fault === "corrupt-output" ? sha256(new Uint8Array([...hash, 1])) : hash;
      const salt = new Uint8Array(randomBytes(32));
      const resultPub = Buffer.from(keyRecord.result_pubkey, "base64");
      const sealed = seal(resultPub, new TextEncoder().encode(canonicalJson(doc)), resultContext(task.id, this.address));
      return this.journal.put({
        taskId: key, modelId: String(task.modelId), phase: "computed", outputHash: toHex(outputHash), salt: toHex(salt),
        commitment: toHex(commitment(outputHash, salt, this.address)), sealedResult: JSON.stringify(sealed),
      });
    } catch (err) {
      const refused = err instanceof BadImageError || err instanceof InputMismatchError || err instanceof DecryptionError;
      if (!refused) throw err;
      // The input is bad: no commit (the chain counts us silent, which is the truth), and keep running.
      this.metrics.tasks.inc({ outcome: "refused_input" });
      this.log.error({ task: key, reason: err.message }, "input refused: not committing");
      this.journal.put({ taskId: key, modelId: String(task.modelId), phase: "failed", error: err.message });
      return undefined;
    }
  }

  private gatewayFetch(method: string, url: string, body?: string, contentType?: string): Promise<Response> {
    return signedFetch(this.amino, this.address, method, url, { body, contentType, onThrottled: () => this.metrics.gatewayThrottled.inc(), stopped: () => this.stopped });
  }

  private async gatewayGet(url: string, what: string): Promise<Uint8Array> {
    const res = await this.gatewayFetch("GET", url);
    if (!res.ok) throw new Error(`gateway refused the ${what} (${res.status}): ${(await res.text()).slice(0, 200)}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** The clinic seals the content key once it sees the assignment: wait for it until the commit deadline. */
  private async waitForKey(url: string, task: Task): Promise<{ sealed: SealedBox; result_pubkey: string }> {
    // Back off from 300 ms to 2 s: with many tasks waiting at once, a fixed fast poll is what trips the rate limit.
    for (let pollMs = 300; ; pollMs = Math.min(2000, Math.round(pollMs * 1.5))) {
      const res = await this.gatewayFetch("GET", url);
      if (res.ok) return (await res.json()) as { sealed: SealedBox; result_pubkey: string };
      if (res.status !== 404) throw new Error(`gateway refused the key (${res.status}): ${(await res.text()).slice(0, 200)}`);
      await res.arrayBuffer();
      if (this.stopped || (this.lastHeight > 0 && this.lastHeight >= Number(task.commitDeadline))) throw new Error("the clinic never sealed the input key to this worker");
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  private async deliver(task: Task, entry: TaskEntry): Promise<void> {
    const base = gatewayBase(task.inputLocator);
    const url = `${base}/v1/tasks/${String(task.id)}/results`;
    const body = JSON.stringify({ output_hash: entry.outputHash, sealed: JSON.parse(entry.sealedResult!) as SealedBox });
    const res = await this.gatewayFetch("PUT", url, body, "application/json");
    if (!res.ok) throw new Error(`gateway refused the result (${res.status}): ${(await res.text()).slice(0, 200)}`);
    this.journal.update(entry.taskId, { delivered: true, sealedResult: undefined });
    this.log.info({ task: entry.taskId }, "sealed result delivered to the clinic's gateway");
  }
}

export { TxFailedError };
