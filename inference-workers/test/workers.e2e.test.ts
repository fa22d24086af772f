// End to end on a fresh 4-validator localnet whose genesis registers the stand-in models: a clinic
// gateway and four real worker daemons (separate processes running onnxruntime on the CPU). A clinic
// submits a shipped sample with k = 3 and reads back the decrypted report all three workers were paid
// for; a worker that corrupts its output is slashed; a worker SIGKILLed between commit and reveal is
// restarted and reveals in time; the gateway refuses a key the chain did not assign; a non-image input
// or an input whose bytes are not the task's is refused by every worker, which keeps running; a worker
// whose model file is not the chain's refuses to start; a worker whose key signed elsewhere recovers its
// sequence; the workers' RPC node dropping mid-task loses nothing. The services use validator 1's RPC,
// the clinic validator 0's, so validator 1 can be stopped while the chain (3 of 4) goes on.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { toHex } from "@cosmjs/encoding";
import { Localnet, createLogger } from "@btt/localnet";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { BTT_DENOM, btt, connectBttQueryConnection, connectBttSigningClient, type BttQueryConnection } from "@btt/ts-client";
import { ClinicClient, saveAnalysis, type ClinicConfig } from "../src/clinic.js";
import { encryptBlob } from "../src/envelope.js";
import { LoadedModel } from "../src/model.js";
import { signRequest } from "../src/request-auth.js";
import { InferenceServices } from "../src/services.js";
import { SAMPLES_DIR, STANDIN_MODELS, standinGenesisModels } from "../src/standin-models.js";
import type { TaskEntry } from "../src/task-journal.js";

const PORT_OFFSET = 4600;
const cp = btt.compute.v1;
const ONE_BTT = 10n ** 18n;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MASK_MODEL = 2n;
const CLS_MODEL = 1n;

let home: string;
let net: Localnet;
let services: InferenceServices;
let conn: BttQueryConnection;
let clinic: ClinicClient;
const addr: Record<string, string> = {};

const logger = createLogger("e2e-workers");
logger.level = process.env.LOG_LEVEL ?? "warn";

// Model 2 (mask) is served by honest0..2 and model 1 (classifier) by honest0, honest1 and faulty, so
// each k = 3 task has exactly one possible assignment.
const WORKERS = [
  { name: "honest0" },
  { name: "honest1" },
  { name: "honest2", serve: [{ modelId: 2, capacity: 2 }] },
  { name: "faulty", serve: [{ modelId: 1, capacity: 2 }], fault: "corrupt-output" as const },
];

async function balance(a: string): Promise<bigint> {
  return BigInt((await conn.client.bank.balance(a, BTT_DENOM)).amount);
}
async function task(id: bigint) {
  return (await conn.client.btt.compute.v1.task({ id })).task;
}
function journal(worker: string, id: bigint): TaskEntry | undefined {
  const f = join(services.dir, worker, "tasks", `${id}.json`);
  return existsSync(f) ? (JSON.parse(readFileSync(f, "utf8")) as TaskEntry) : undefined;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "btt-e2e-workers-"));
  net = new Localnet({ home, validators: 4, portOffset: PORT_OFFSET, computeModels: standinGenesisModels(), logger });
  await net.start();
  conn = await connectBttQueryConnection(net.rpc(0));
  services = new InferenceServices({ dir: join(home, "services"), rpc: net.rpc(1), basePort: 7070 + PORT_OFFSET, workers: WORKERS, logger });
  await services.start();
  for (const w of WORKERS) {
    const m = readFileSync(join(services.dir, w.name, "mnemonic"), "utf8").trim();
    addr[w.name] = (await (await Secp256k1HdWallet.fromMnemonic(m, { prefix: "btt" })).getAccounts())[0].address;
  }
  const cfg = JSON.parse(readFileSync(services.clinicConfigPath, "utf8")) as ClinicConfig;
  clinic = await new ClinicClient({ ...cfg, rpc: net.rpc(0) }).connect();
}, 400_000);

afterAll(async () => {
  clinic?.disconnect();
  conn?.disconnect();
  await services?.stop().catch(() => undefined);
  await net?.stop();
  if (process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
}, 120_000);

describe("inference workers on the localnet", () => {
  test("the genesis registers the stand-in models and every worker registered its node with its X25519 key", async () => {
    const models = (await conn.client.btt.compute.v1.models({})).models;
    expect(models.map((m) => m.name)).toEqual(STANDIN_MODELS.map((m) => m.name));
    for (const w of WORKERS) {
      const node = (await conn.client.btt.compute.v1.node({ operator: addr[w.name] })).node;
      expect(node.status).toBe(cp.NodeStatus.NODE_STATUS_ACTIVE);
      const key = JSON.parse(readFileSync(join(services.dir, w.name, "x25519.json"), "utf8")) as { public: string };
      expect(toHex(node.x25519Pubkey)).toBe(key.public);
      const health = (await (await fetch(`http://127.0.0.1:${services.workerPort(WORKERS.indexOf(w))}/health`)).json()) as { status: string; address: string };
      expect(health).toMatchObject({ status: "ok", address: addr[w.name] });
    }
  });

  test("a clinic submits a sample with k = 3 and gets the decrypted report three paid workers agreed on", async () => {
    const image = readFileSync(join(SAMPLES_DIR, "panoramic-annotated.png"));
    const honest = ["honest0", "honest1", "honest2"];
    const before = await Promise.all(honest.map((w) => balance(addr[w])));
    const progress: string[] = [];
    const r = await clinic.analyze({ image, imageName: "panoramic-annotated.png", model: "standin-annotation-mask", urgency: "stat", k: 3, onProgress: (p) => progress.push(p.status) });
    expect(r.task.status).toBe(cp.TaskStatus.TASK_STATUS_SETTLED);
    expect(progress).toContain("settled");
    expect(r.task.assignments.map((a) => a.worker).sort()).toEqual(honest.map((w) => addr[w]).sort());
    expect(r.task.assignments.map((a) => a.outcome)).toEqual([1, 2, 3].map(() => cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED));
    // The clinic can check the agreed hash itself: its own run of the registered model gives the same.
    const rec = (await conn.client.btt.compute.v1.model({ id: MASK_MODEL })).model;
    const local = await LoadedModel.load(STANDIN_MODELS[1].file, rec);
    expect(toHex((await local.analyze(image)).hash)).toBe(toHex(r.task.resultHash));
    await local.release();
    expect(r.doc.kind).toBe("mask");
    expect(r.report.result_hash).toBe(toHex(r.task.resultHash));
    const files = saveAnalysis(join(home, "reports"), r);
    expect(JSON.parse(readFileSync(files.json, "utf8")).task_id).toBe(String(r.task.id));
    expect(files.png && existsSync(files.png)).toBe(true);
    // All three were paid: slot price 2 BTT (STAT), less the burned premium share and the dev fund, less their tx fees.
    const after = await Promise.all(honest.map((w) => balance(addr[w])));
    for (let i = 0; i < 3; i++) expect(after[i] - before[i]).toBeGreaterThan(ONE_BTT / 2n);
    // Only hashes went on chain: the stored locator names the gateway blob, never image content.
    expect(r.task.inputLocator).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/blobs\/[0-9a-f]{64}$/);
  }, 180_000);

  test("the gateway refuses the input to an unsigned request and to a key the chain did not assign", async () => {
    const tasks = (await conn.client.btt.compute.v1.tasks({ client: clinic.address, worker: "", status: 0 })).tasks;
    const id = tasks[0].id;
    const url = `${services.gatewayUrl}/v1/tasks/${id}/input`;
    expect((await fetch(url)).status).toBe(401);
    const stranger = await Secp256k1HdWallet.generate(12, { prefix: "btt" });
    const sAddr = (await stranger.getAccounts())[0].address;
    const res = await fetch(url, { headers: await signRequest(stranger, sAddr, "GET", new URL(url).pathname) });
    expect(res.status).toBe(403);
    // The faulty worker is registered but was not assigned this task.
    const fm = readFileSync(join(services.dir, "faulty", "mnemonic"), "utf8").trim();
    const faulty = await Secp256k1HdWallet.fromMnemonic(fm, { prefix: "btt" });
    expect((await fetch(url, { headers: await signRequest(faulty, addr.faulty, "GET", new URL(url).pathname) })).status).toBe(403);
  });

  test("a corrupting worker is slashed; a worker SIGKILLed after its commit is restarted and reveals in time", async () => {
    // honest1 holds 20 s between its commit and its reveal, so it can be killed in between.
    await services.stop("honest1");
    await services.startWorker({ name: "honest1", pauseAfterCommitMs: 20_000 }, 1);
    // honest0's key signs a tx elsewhere: its cached sequence is now stale and must be recovered in flight.
    const h0 = await DirectSecp256k1HdWallet.fromMnemonic(readFileSync(join(services.dir, "honest0", "mnemonic"), "utf8").trim(), { prefix: "btt" });
    const other = await connectBttSigningClient(net.rpc(0), h0);
    // The daemon signs with the same key (a heartbeat every 10 s epoch): when one of its txs is in the
    // mempool, this client's sequence (read from the last block) is one behind; sign again.
    const send = () => other.signAndBroadcast(addr.honest0, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: addr.honest0, toAddress: addr.honest0, amount: [{ denom: BTT_DENOM, amount: "1" }] } }], 1.6);
    let sent: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 5 && !sent; i++) {
      sent = await send().catch(async (err: unknown) => {
        if (!String(err).includes("account sequence mismatch")) throw err;
        await new Promise((r) => setTimeout(r, 1500));
        return undefined;
      });
    }
    expect(sent?.code).toBe(0);
    other.disconnect();
    const stakeBefore = BigInt((await conn.client.btt.compute.v1.node({ operator: addr.faulty })).node.stake);
    const image = readFileSync(join(SAMPLES_DIR, "label-upright.png"));
    const { taskId, contentKey } = await clinic.submit({ image, model: CLS_MODEL, urgency: "urgent", k: 3 });
    const settled = clinic.waitSettled(taskId, contentKey);
    let t = await task(taskId);
    const deadline = Date.now() + 60_000;
    while (!(t.assignments.find((a) => a.worker === addr.honest1)?.commitment.length) && Date.now() < deadline) {
      await sleep(300);
      t = await task(taskId);
    }
    expect(t.assignments.map((a) => a.worker).sort()).toEqual([addr.honest0, addr.honest1, addr.faulty].sort());
    // Killed as soon as the chain holds its commitment: the journal may not even have recorded the
    // confirmation yet, but it holds the salt and hash, written before the commit was sent.
    const committed = journal("honest1", taskId);
    expect(["computed", "committed"]).toContain(committed?.phase);
    expect(committed?.salt).toMatch(/^[0-9a-f]{64}$/);
    await services.kill("honest1");
    await services.startWorker({ name: "honest1" }, 1);
    const done = await settled;
    const outcome = new Map(done.assignments.map((a) => [a.worker, a.outcome]));
    expect(outcome.get(addr.honest1)).toBe(cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED);
    expect(outcome.get(addr.honest0)).toBe(cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED);
    expect(outcome.get(addr.faulty)).toBe(cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_REJECTED);
    // The restarted worker revealed the salt it had journalled before the crash: same commitment.
    const revealed = done.assignments.find((a) => a.worker === addr.honest1)!;
    expect(toHex(revealed.salt)).toBe(committed!.salt);
    const stakeAfter = BigInt((await conn.client.btt.compute.v1.node({ operator: addr.faulty })).node.stake);
    expect(stakeAfter).toBe(stakeBefore - stakeBefore / 100n); // slash_fraction 1 %
    expect((await clinic.fetchResult(done)).result).toEqual({ label: "upright", top_k: ["upright"] });
    expect(readFileSync(join(services.dir, "logs", "honest0.log"), "utf8")).toMatch(/account sequence mismatch/);
  }, 240_000);

  test("a non-image input is refused by every assigned worker with a clear error, and they keep running", async () => {
    const garbage = new TextEncoder().encode("this is not a radiograph");
    const { contentKey, blob } = encryptBlob(garbage);
    // Straight to the gateway and the chain, past the client library's own image check: a broken or hostile clinic tool.
    const { sha256, locator } = await clinic.upload(blob);
    const model = (await conn.client.btt.compute.v1.model({ id: CLS_MODEL })).model;
    const taskId = await clinic.submitTask({ model, inputSha256: sha256, locator, urgency: "routine", k: 3 });
    let t = await task(taskId);
    while (t.status === cp.TaskStatus.TASK_STATUS_QUEUED) {
      await sleep(300);
      t = await task(taskId);
    }
    for (const a of t.assignments) await clinic.sealKeyTo(taskId, a.worker, contentKey);
    const names = ["honest0", "honest1", "faulty"];
    const deadline = Date.now() + 30_000;
    while (names.some((n) => journal(n, taskId)?.phase !== "failed") && Date.now() < deadline) await sleep(500);
    for (const n of names) expect(journal(n, taskId)).toMatchObject({ phase: "failed", error: expect.stringMatching(/not a PNG or JPEG/) });

    // An input whose bytes are not the task's: the gateway's copy is swapped after the submit.
    const real = encryptBlob(readFileSync(join(SAMPLES_DIR, "label-upright.png")));
    const up2 = await clinic.upload(real.blob);
    writeFileSync(join(services.dir, "gateway-data", "blobs", up2.sha256), encryptBlob(readFileSync(join(SAMPLES_DIR, "label-rotated.png"))).blob);
    const task2 = await clinic.submitTask({ model, inputSha256: up2.sha256, locator: up2.locator, urgency: "routine", k: 3 });
    let t2 = await task(task2);
    while (t2.status === cp.TaskStatus.TASK_STATUS_QUEUED) {
      await sleep(300);
      t2 = await task(task2);
    }
    for (const a of t2.assignments) await clinic.sealKeyTo(task2, a.worker, real.contentKey);
    const deadline2 = Date.now() + 30_000;
    while (names.some((n) => journal(n, task2)?.phase !== "failed") && Date.now() < deadline2) await sleep(500);
    for (const n of names) expect(journal(n, task2)).toMatchObject({ phase: "failed", error: expect.stringMatching(/does not match the task/) });
    t = await task(taskId);
    expect(t.assignments.every((a) => a.commitment.length === 0)).toBe(true);
    for (const [i, w] of WORKERS.entries()) {
      expect((await fetch(`http://127.0.0.1:${services.workerPort(i)}/health`)).ok).toBe(true);
      expect(services.running(w.name)).toBeDefined();
    }
  }, 150_000);

  test("a worker whose model file is not the one the chain registered refuses to start", async () => {
    const tampered = join(home, "tampered.onnx");
    copyFileSync(STANDIN_MODELS[0].file, tampered);
    const bytes = readFileSync(tampered);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(tampered, bytes);
    await expect(services.startWorker({ name: "badmodel", serve: [{ modelId: 1, capacity: 1 }], modelFiles: [tampered] }, 9)).rejects.toThrow(/exited during start-up/);
    const log = readFileSync(join(services.dir, "logs", "badmodel.log"), "utf8");
    expect(log).toMatch(/no model file matches the chain's sha256/);
    expect(log).toMatch(/no servable model/);
  }, 60_000);

  test("the workers' RPC node dropping mid-task loses nothing: the task settles once it is back", async () => {
    const image = readFileSync(join(SAMPLES_DIR, "panoramic-annotated.jpg"));
    const { taskId, contentKey } = await clinic.submit({ image, model: MASK_MODEL, urgency: "stat", k: 3 });
    let t = await task(taskId);
    while (t.status === cp.TaskStatus.TASK_STATUS_QUEUED) {
      await sleep(200);
      t = await task(taskId);
    }
    await net.stopValidator(1, "SIGKILL");
    const h = await net.height(0);
    await net.waitForHeight(0, h + 4, 30_000); // the chain goes on without the workers' node
    await net.startValidator(1);
    const done = await clinic.waitSettled(taskId, contentKey, undefined, 120_000);
    expect(done.assignments.map((a) => a.outcome)).toEqual([1, 2, 3].map(() => cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED));
    expect((await clinic.fetchResult(done)).kind).toBe("mask");
  }, 180_000);
});
