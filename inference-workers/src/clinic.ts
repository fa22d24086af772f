// The clinic side: encrypt an image, upload it to the clinic's gateway, submit the task, seal the
// content key to each worker the chain assigns, wait for settlement, and open the agreed result.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { toHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { btt, connectBttQueryConnection, connectBttSigningClient, type BttQueryConnection } from "@btt/ts-client";
import { canonicalJson, outputHash, type CanonicalDocument } from "./canonical.js";
import { encryptBlob, keyContext, open, resultContext, seal, type SealedBox, type X25519KeyPair } from "./envelope.js";
import { decodeImage, parseInputSpec } from "./image.js";
import { loadOrCreateX25519 } from "./keyfile.js";
import { sha256Hex } from "./model.js";
import { signedFetch } from "./request-auth.js";
import { buildReport, renderOverlay, writeReport } from "./report.js";
import { createLogger, type Logger } from "./log.js";
import { TxSender } from "./tx-sender.js";

const cp = btt.compute.v1;
/** Fixed gas of MsgSubmitTask (the tx sender does not simulate: several may be in flight). */
const SUBMIT_GAS = 400_000;
type Task = btt.compute.v1.Task;

export type UrgencyName = "routine" | "urgent" | "stat";
const URGENCY: Record<UrgencyName, number> = { routine: cp.Urgency.URGENCY_ROUTINE, urgent: cp.Urgency.URGENCY_URGENT, stat: cp.Urgency.URGENCY_STAT };

export interface ClinicConfig {
  rpc: string;
  mnemonic?: string;
  mnemonicFile?: string;
  /** Base URL of the clinic's data gateway, e.g. http://127.0.0.1:7070 */
  gateway: string;
  /** The clinic's X25519 key (results are sealed to it); created on first use. */
  x25519KeyFile: string;
}

export interface AnalyzeOptions {
  image: Uint8Array;
  imageName?: string;
  /** Model id or name. */
  model: string | bigint;
  urgency: UrgencyName;
  k: number;
  /** abtt; default: exactly the required fee. */
  maxFee?: bigint;
  preferredRegion?: string;
  /** Called on every status change. */
  onProgress?: (p: Progress) => void;
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
}

export interface Progress {
  taskId: bigint;
  status: string;
  committed: number;
  revealed: number;
  k: number;
  height: number;
}

export interface AnalyzeResult {
  task: Task;
  doc: CanonicalDocument;
  report: ReturnType<typeof buildReport>;
  png?: Uint8Array;
}

const STATUS_NAME: Record<number, string> = {
  [cp.TaskStatus.TASK_STATUS_QUEUED]: "queued", [cp.TaskStatus.TASK_STATUS_COMMIT]: "commit", [cp.TaskStatus.TASK_STATUS_REVEAL]: "reveal",
  [cp.TaskStatus.TASK_STATUS_SETTLED]: "settled", [cp.TaskStatus.TASK_STATUS_EXPIRED]: "expired",
};
const OUTCOME_NAME: Record<number, string> = {
  [cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_PENDING]: "pending", [cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED]: "accepted",
  [cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_REJECTED]: "rejected", [cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_MISSED]: "missed",
  [cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_NO_MAJORITY]: "no_majority",
};

/** A LegacyDec as the generated client decodes it ("1", "0.5") in 18-decimal fixed point. */
function dec18(s: string): bigint {
  if (!s) return 0n;
  const [i, f = ""] = s.split(".");
  return BigInt(i) * 10n ** 18n + BigInt((f + "0".repeat(18)).slice(0, 18));
}

/** The chain's RequiredFee: price_floor × (1 + premium) per slot, k + 1 slots when k = 1. */
export function requiredFee(params: btt.compute.v1.Params, model: btt.compute.v1.Model, urgency: UrgencyName, k: number): bigint {
  const floor = BigInt(model.priceFloor);
  const premium = urgency === "stat" ? dec18(params.statPremium) : urgency === "urgent" ? dec18(params.urgentPremium) : 0n;
  const slot = floor + (premium * floor) / 10n ** 18n;
  return slot * BigInt(k === 1 ? 2 : k);
}

export class ClinicClient {
  address = "";
  private conn!: BttQueryConnection;
  private signing!: SigningStargateClient;
  private amino!: Secp256k1HdWallet;
  private x25519!: X25519KeyPair;
  private tx!: TxSender;

  constructor(private readonly cfg: ClinicConfig, private readonly log: Logger = createLogger("btt-clinic")) {}

  async connect(): Promise<this> {
    const mnemonic = this.cfg.mnemonic ?? (this.cfg.mnemonicFile ? readFileSync(this.cfg.mnemonicFile, "utf8").trim() : undefined);
    if (!mnemonic) throw new Error("clinic config needs mnemonic or mnemonicFile");
    const direct = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "btt" });
    this.amino = await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "btt" });
    this.address = (await direct.getAccounts())[0].address;
    this.x25519 = loadOrCreateX25519(this.cfg.x25519KeyFile);
    this.conn = await connectBttQueryConnection(this.cfg.rpc);
    this.signing = await connectBttSigningClient(this.cfg.rpc, direct);
    // Sequence-tracked, so several tasks can be submitted at once from this one account.
    this.tx = new TxSender({ client: this.signing, address: this.address, chainId: await this.signing.getChainId(), logger: this.log });
    return this;
  }

  disconnect(): void {
    this.signing?.disconnect();
    this.conn?.disconnect();
  }

  private async signed(method: string, url: string, body?: Uint8Array | string, contentType?: string): Promise<Response> {
    return signedFetch(this.amino, this.address, method, url, { body, contentType });
  }

  async resolveModel(model: string | bigint): Promise<btt.compute.v1.Model> {
    if (typeof model === "bigint" || /^[0-9]+$/.test(model)) return (await this.conn.client.btt.compute.v1.model({ id: BigInt(model) })).model;
    const found = (await this.conn.client.btt.compute.v1.models({})).models.find((m) => m.name === model);
    if (!found) throw new Error(`no model named ${model} on chain`);
    return found;
  }

  /** Uploads an encrypted blob to the clinic's gateway; returns its locator. */
  async upload(blob: Uint8Array): Promise<{ sha256: string; locator: string }> {
    const sha = sha256Hex(blob);
    const up = await this.signed("PUT", `${this.cfg.gateway}/v1/blobs/${sha}`, blob, "application/octet-stream");
    if (up.status !== 201) throw new Error(`gateway refused the upload (${up.status}): ${(await up.text()).slice(0, 200)}`);
    return { sha256: sha, locator: ((await up.json()) as { locator: string }).locator };
  }

  /** MsgSubmitTask for an uploaded blob (max fee default: exactly the chain's required fee); returns the task id. */
  async submitTask(o: { model: btt.compute.v1.Model; inputSha256: string; locator: string; urgency: UrgencyName; k: number; maxFee?: bigint; preferredRegion?: string }): Promise<bigint> {
    if (!Number.isInteger(o.k) || o.k < 1) throw new Error("k must be a positive integer");
    const params = (await this.conn.client.btt.compute.v1.params({})).params;
    const msg = cp.MsgSubmitTask.fromPartial({
      client: this.address, modelId: o.model.id, inputSha256: Buffer.from(o.inputSha256, "hex"), inputLocator: o.locator,
      urgency: URGENCY[o.urgency], replication: o.k, maxFee: (o.maxFee ?? requiredFee(params, o.model, o.urgency, o.k)).toString(), preferredRegion: o.preferredRegion ?? "",
    });
    const r = await this.tx.send([{ typeUrl: "/btt.compute.v1.MsgSubmitTask", value: msg }], SUBMIT_GAS);
    return cp.MsgSubmitTaskResponse.decode(r.msgResponses[0].value).taskId;
  }

  /** Checks the image, encrypts and uploads it, and submits the task; returns the task id and the content key. */
  async submit(o: AnalyzeOptions): Promise<{ taskId: bigint; contentKey: Uint8Array; model: btt.compute.v1.Model }> {
    decodeImage(o.image); // refuse a bad image here, before anything is paid for
    const model = await this.resolveModel(o.model);
    if (model.deprecated) throw new Error(`model ${model.name} is deprecated`);
    const { contentKey, blob } = encryptBlob(o.image);
    const { sha256, locator } = await this.upload(blob);
    const taskId = await this.submitTask({ model, inputSha256: sha256, locator, urgency: o.urgency, k: o.k, maxFee: o.maxFee, preferredRegion: o.preferredRegion });
    return { taskId, contentKey, model };
  }

  /** Seals the content key to one assigned worker's X25519 key (from its node record) at the gateway. */
  async sealKeyTo(taskId: bigint, worker: string, contentKey: Uint8Array): Promise<void> {
    const node = (await this.conn.client.btt.compute.v1.node({ operator: worker })).node;
    const body = JSON.stringify({
      sealed: seal(node.x25519Pubkey, contentKey, keyContext(taskId, worker)),
      result_pubkey: Buffer.from(this.x25519.publicKey).toString("base64"),
    });
    const res = await this.signed("PUT", `${this.cfg.gateway}/v1/tasks/${taskId}/keys/${worker}`, body, "application/json");
    if (res.status !== 204) throw new Error(`gateway refused the key for ${worker} (${res.status}): ${(await res.text()).slice(0, 200)}`);
  }

  /** Seals the content key to every assigned worker that does not have it yet. */
  private async sealKeys(task: Task, contentKey: Uint8Array, done: Set<string>): Promise<void> {
    for (const a of task.assignments) {
      if (done.has(a.worker)) continue;
      await this.sealKeyTo(task.id, a.worker, contentKey);
      done.add(a.worker);
    }
  }

  /** Waits for settlement, sealing keys to new assignees as they appear (reassignment, re-execution). */
  async waitSettled(taskId: bigint, contentKey: Uint8Array, onProgress?: (p: Progress) => void, timeoutMs = 600_000): Promise<Task> {
    const sealedTo = new Set<string>();
    const deadline = Date.now() + timeoutMs;
    let last = "";
    let lastError: unknown;
    for (;;) {
      let task: Task | undefined;
      try {
        task = (await this.conn.client.btt.compute.v1.task({ id: taskId })).task;
        await this.sealKeys(task, contentKey, sealedTo);
        const p: Progress = {
          taskId, status: STATUS_NAME[task.status] ?? String(task.status), k: task.replication, height: (await this.conn.comet.status()).syncInfo.latestBlockHeight,
          committed: task.assignments.filter((a) => a.commitment.length > 0).length, revealed: task.assignments.filter((a) => a.outputHash.length > 0).length,
        };
        const key = `${p.status}/${p.committed}/${p.revealed}`;
        if (key !== last) onProgress?.(p);
        last = key;
        lastError = undefined;
      } catch (err) {
        // A node or the gateway briefly unreachable: the task lives on chain, so ask again.
        lastError = err;
        task = undefined;
      }
      if (task?.status === cp.TaskStatus.TASK_STATUS_SETTLED) return task;
      if (task?.status === cp.TaskStatus.TASK_STATUS_EXPIRED) throw new Error(`task ${taskId} expired without an agreed result; the escrow was refunded`);
      if (Date.now() > deadline) {
        throw new Error(`task ${taskId} not settled within ${timeoutMs / 1000} s (status ${last || "unknown"})${lastError ? `: ${lastError instanceof Error ? lastError.message : String(lastError)}` : ""}`);
      }
      await new Promise((r) => setTimeout(r, 400));
    }
  }

  /** Downloads the sealed results and opens the one whose canonical hash is the chain's result hash. */
  async fetchResult(task: Task): Promise<CanonicalDocument> {
    const want = toHex(task.resultHash);
    for (let attempt = 0; attempt < 30; attempt++) {
      const res = await this.signed("GET", `${this.cfg.gateway}/v1/tasks/${task.id}/results`);
      if (!res.ok) throw new Error(`gateway refused the results (${res.status}): ${(await res.text()).slice(0, 200)}`);
      const { results } = (await res.json()) as { results: { worker: string; output_hash: string; sealed: SealedBox }[] };
      for (const r of results.filter((x) => x.output_hash === want)) {
        try {
          const doc = JSON.parse(new TextDecoder().decode(open(this.x25519, r.sealed, resultContext(task.id, r.worker)))) as CanonicalDocument;
          // Trust the chain, not the worker: the opened document must hash to the agreed result.
          if (toHex(outputHash(doc)) === want && canonicalJson(doc)) return doc;
        } catch {
          // a result that does not open or does not match is skipped; another agreeing worker's is used
        }
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`no delivered result matches the agreed hash ${want}`);
  }

  /** The whole flow, from image to decrypted, verified report. */
  async analyze(o: AnalyzeOptions): Promise<AnalyzeResult> {
    const { taskId, contentKey, model } = await this.submit(o);
    const task = await this.waitSettled(taskId, contentKey, o.onProgress, o.timeoutMs);
    const doc = await this.fetchResult(task);
    const img = decodeImage(o.image);
    const report = buildReport({
      taskId, model: { id: model.id, name: model.name, taskType: model.taskType }, resultHash: task.resultHash, doc,
      workers: task.assignments.map((a) => ({ address: a.worker, outcome: OUTCOME_NAME[a.outcome] ?? String(a.outcome) })),
      settledHeight: task.settledHeight, imageFile: o.imageName ?? "image",
    });
    const spec = parseInputSpec(model.inputSpec);
    return { task, doc, report, png: renderOverlay(img, doc, { width: spec.width, height: spec.height }) };
  }
}

/** Writes `<outDir>/task-<id>.json` and, for mask and box models, `<outDir>/task-<id>.png`. */
export function saveAnalysis(outDir: string, r: AnalyzeResult): { json: string; png?: string } {
  return writeReport(outDir, `task-${r.task.id}`, r.report, r.png);
}

export function readImage(path: string): { image: Uint8Array; imageName: string } {
  return { image: readFileSync(path), imageName: basename(path) };
}
