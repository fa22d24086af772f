// The clinic's data gateway: encrypted blobs on disk by sha256, served only to the workers the chain
// assigned to a task. Every /v1 request is ADR-036-signed (request-auth.ts); who may do what is then
// asked of the chain. Nothing readable about patients passes through here: blobs, keys and results are
// all ciphertext, and neither headers nor bodies are logged.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fromBech32, toHex } from "@cosmjs/encoding";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { Counter, Registry, collectDefaultMetrics } from "prom-client";
import { btt, connectBttQueryConnection } from "@btt/ts-client";
import { AuthError, verifyRequest } from "./request-auth.js";
import { writeFileDurable } from "./task-journal.js";
import type { SealedBox } from "./envelope.js";

type Task = btt.compute.v1.Task;
const S = btt.compute.v1.TaskStatus;

/** Where the gateway learns tasks: the chain in production, a map in the HTTP unit tests. */
export interface TaskSource {
  task(id: bigint): Promise<Task | undefined>;
}

export async function chainTaskSource(rpc: string): Promise<TaskSource & { close(): void }> {
  const conn = await connectBttQueryConnection(rpc);
  return {
    async task(id) {
      try {
        return (await conn.client.btt.compute.v1.task({ id })).task;
      } catch (err) {
        if (/not found/i.test(String(err))) return undefined;
        throw err;
      }
    },
    close: () => conn.disconnect(),
  };
}

export interface GatewayOptions {
  dataDir: string;
  /** The only account that may upload blobs and keys and read results. */
  clinicAddress: string;
  tasks: TaskSource;
  /** Base URL workers reach the gateway on (goes into locators). */
  publicUrl: string;
  maxBlobBytes?: number;
  maxResultBytes?: number;
  rateLimit?: { max: number; timeWindowMs: number };
  maxSkewMs?: number;
  logger?: Logger;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TASK_ID = /^[0-9]{1,20}$/;
const SHA256 = /^[0-9a-f]{64}$/;

function workerParam(s: string): string {
  try {
    const { prefix, data } = fromBech32(s, 90);
    if (prefix === "btt" && data.length === 20) return s;
  } catch {
    // fall through
  }
  throw new HttpError(400, "worker must be a btt account address");
}

function isSealedBox(v: unknown): v is SealedBox {
  const b = v as SealedBox;
  return !!b && b.v === 1 && typeof b.epk === "string" && typeof b.nonce === "string" && typeof b.ct === "string";
}

export async function buildGateway(o: GatewayOptions): Promise<FastifyInstance> {
  const maxBlob = o.maxBlobBytes ?? 32 * 1024 * 1024;
  const maxResult = o.maxResultBytes ?? 4 * 1024 * 1024;
  for (const d of ["blobs", "keys", "results"]) mkdirSync(join(o.dataDir, d), { recursive: true, mode: 0o700 });

  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "btt_gateway_" });
  const requests = new Counter({ name: "btt_gateway_requests_total", help: "Requests by route and status", labelNames: ["route", "status"], registers: [registry] });
  const storedBytes = new Counter({ name: "btt_gateway_stored_bytes_total", help: "Encrypted bytes stored", registers: [registry] });
  const authFailures = new Counter({ name: "btt_gateway_auth_failures_total", help: "Requests refused for their signature (401) or signer (403)", labelNames: ["status"], registers: [registry] });

  // Request logging is off: headers carry signatures and bodies are ciphertext; errors log their message only.
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: maxBlob });
  // Bodies stay raw bytes: the signature covers their sha256.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(["application/octet-stream", "application/json"], { parseAs: "buffer" }, (_req, body, done) => done(null, body));
  await app.register(rateLimit, { max: o.rateLimit?.max ?? 300, timeWindow: o.rateLimit?.timeWindowMs ?? 60_000 });

  app.addHook("onResponse", async (req, reply) => {
    requests.inc({ route: req.routeOptions?.url ?? "unknown", status: String(reply.statusCode) });
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    const status = err instanceof HttpError ? err.status : err instanceof AuthError ? 401 : (err.statusCode ?? 500);
    if (status === 401 || status === 403) authFailures.inc({ status: String(status) });
    const message = status >= 500 && !(err instanceof HttpError) ? "internal error" : err.message;
    if (status >= 500) o.logger?.error({ err: err.message }, "gateway error");
    void reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((_req, reply) => void reply.code(404).send({ error: "not found" }));

  // Nonces of accepted signatures until they expire: a replayed request is refused.
  const seen = new Map<string, number>();
  const skew = o.maxSkewMs ?? 60_000;
  async function signer(req: FastifyRequest): Promise<string> {
    const path = req.url.split("?")[0];
    const body = Buffer.isBuffer(req.body) ? req.body : "";
    const { signer: who, claim } = await verifyRequest(req.headers, req.method, path, body, skew);
    const now = Date.now();
    for (const [n, exp] of seen) if (exp < now) seen.delete(n);
    const key = `${who}:${claim.nonce}`;
    if (seen.has(key)) throw new AuthError("replayed request");
    seen.set(key, now + 2 * skew);
    return who;
  }
  async function clinicOnly(req: FastifyRequest): Promise<void> {
    if ((await signer(req)) !== o.clinicAddress) throw new HttpError(403, "only the clinic's account may do this");
  }
  async function loadTask(idText: string): Promise<Task> {
    if (!TASK_ID.test(idText)) throw new HttpError(400, "task id must be a number");
    let t: Task | undefined;
    try {
      t = await o.tasks.task(BigInt(idText));
    } catch (err) {
      throw new HttpError(503, `the chain cannot be asked about the task right now: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!t) throw new HttpError(404, `task ${idText} does not exist`);
    return t;
  }
  async function assignedWorker(req: FastifyRequest, idText: string): Promise<{ task: Task; worker: string }> {
    const who = await signer(req);
    const task = await loadTask(idText);
    if (!task.assignments.some((a) => a.worker === who)) throw new HttpError(403, "the chain has not assigned this task to the signer");
    return { task, worker: who };
  }
  const jsonBody = (req: FastifyRequest): unknown => {
    try {
      return JSON.parse((req.body as Buffer).toString("utf8"));
    } catch {
      throw new HttpError(400, "body must be JSON");
    }
  };

  app.get("/health", async () => ({ status: "ok" }));
  app.get("/metrics", async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()));

  app.put<{ Params: { sha256: string } }>("/v1/blobs/:sha256", { bodyLimit: maxBlob }, async (req, reply) => {
    if (!SHA256.test(req.params.sha256)) throw new HttpError(400, "sha256 must be 64 lowercase hex digits");
    await clinicOnly(req);
    if (!Buffer.isBuffer(req.body)) throw new HttpError(400, "body must be application/octet-stream");
    const got = createHash("sha256").update(req.body).digest("hex");
    if (got !== req.params.sha256) throw new HttpError(400, `body sha256 ${got} is not ${req.params.sha256}`);
    const file = join(o.dataDir, "blobs", got);
    if (!existsSync(file)) {
      writeFileDurable(file, req.body, join(o.dataDir, "blobs"));
      storedBytes.inc(req.body.length);
    }
    return reply.code(201).send({ sha256: got, locator: `${o.publicUrl.replace(/\/$/, "")}/v1/blobs/${got}` });
  });

  app.put<{ Params: { taskId: string; worker: string } }>("/v1/tasks/:taskId/keys/:worker", { bodyLimit: 64 * 1024 }, async (req, reply) => {
    const worker = workerParam(req.params.worker);
    await clinicOnly(req);
    const task = await loadTask(req.params.taskId);
    if (task.client !== o.clinicAddress) throw new HttpError(403, "the task is not this clinic's");
    if (!task.assignments.some((a) => a.worker === worker)) throw new HttpError(403, "the chain has not assigned this task to that worker");
    const body = jsonBody(req) as { sealed?: unknown; result_pubkey?: unknown };
    if (!isSealedBox(body.sealed) || typeof body.result_pubkey !== "string" || Buffer.from(body.result_pubkey, "base64").length !== 32) {
      throw new HttpError(400, "body must be { sealed: SealedBox, result_pubkey: base64 of 32 bytes }");
    }
    const dir = join(o.dataDir, "keys", req.params.taskId);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileDurable(join(dir, `${worker}.json`), JSON.stringify({ sealed: body.sealed, result_pubkey: body.result_pubkey }), dir);
    return reply.code(204).send();
  });

  app.get<{ Params: { taskId: string } }>("/v1/tasks/:taskId/input", async (req, reply) => {
    const { task } = await assignedWorker(req, req.params.taskId);
    if (task.status !== S.TASK_STATUS_COMMIT && task.status !== S.TASK_STATUS_REVEAL) throw new HttpError(403, "the task is not in its commit or reveal phase");
    const sha = toHex(task.inputSha256);
    const file = join(o.dataDir, "blobs", sha);
    if (!SHA256.test(sha) || !existsSync(file)) throw new HttpError(404, "this gateway does not hold the task's input");
    return reply.type("application/octet-stream").header("x-btt-input-sha256", sha).send(readFileSync(file));
  });

  app.get<{ Params: { taskId: string } }>("/v1/tasks/:taskId/key", async (req) => {
    const { worker } = await assignedWorker(req, req.params.taskId);
    const file = join(o.dataDir, "keys", req.params.taskId, `${worker}.json`);
    if (!existsSync(file)) throw new HttpError(404, "the clinic has not sealed the key to this worker yet");
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  });

  app.put<{ Params: { taskId: string } }>("/v1/tasks/:taskId/results", { bodyLimit: maxResult }, async (req, reply) => {
    const { worker } = await assignedWorker(req, req.params.taskId);
    const body = jsonBody(req) as { output_hash?: unknown; sealed?: unknown };
    if (typeof body.output_hash !== "string" || !SHA256.test(body.output_hash) || !isSealedBox(body.sealed)) {
      throw new HttpError(400, "body must be { output_hash: 64 hex, sealed: SealedBox }");
    }
    const dir = join(o.dataDir, "results", req.params.taskId);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileDurable(join(dir, `${worker}.json`), JSON.stringify({ worker, output_hash: body.output_hash, sealed: body.sealed }), dir);
    return reply.code(204).send();
  });

  app.get<{ Params: { taskId: string } }>("/v1/tasks/:taskId/results", async (req) => {
    await clinicOnly(req);
    const task = await loadTask(req.params.taskId);
    if (task.client !== o.clinicAddress) throw new HttpError(403, "the task is not this clinic's");
    const dir = join(o.dataDir, "results", req.params.taskId);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
    return { results: files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown) };
  });

  return app;
}

/** buildGateway backed by the chain, listening on host:port. */
export async function startGateway(o: Omit<GatewayOptions, "tasks"> & { rpc: string; host: string; port: number }): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const tasks = await chainTaskSource(o.rpc);
  const app = await buildGateway({ ...o, tasks });
  await app.listen({ host: o.host, port: o.port });
  return { app, close: async () => { await app.close(); tasks.close(); } };
}
