// The clinic data gateway's HTTP behaviour with real ADR-036 signatures (cosmjs wallets), a real data
// folder and Fastify's inject. Tasks come from an in-memory TaskSource here; the chain-backed source is
// exercised by the localnet end-to-end test (workers.e2e.test.ts).
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { btt } from "@btt/ts-client";
import type { FastifyInstance } from "fastify";
import { buildGateway, type TaskSource } from "../src/gateway.js";
import { generateX25519, seal } from "../src/envelope.js";
import { AUTH_HEADERS, signRequest } from "../src/request-auth.js";

const cp = btt.compute.v1;
interface Actor { wallet: Secp256k1HdWallet; address: string }
async function actor(): Promise<Actor> {
  const wallet = await Secp256k1HdWallet.generate(12, { prefix: "btt" });
  return { wallet, address: (await wallet.getAccounts())[0].address };
}

let dir: string;
let app: FastifyInstance;
let clinic: Actor, worker: Actor, other: Actor;
const tasks = new Map<bigint, btt.compute.v1.Task>();
const blob = new Uint8Array(createHash("sha256").update("ciphertext").digest().subarray(0, 32)).map((b, i) => b ^ i);
const sha = createHash("sha256").update(blob).digest("hex");
const source: TaskSource = { task: async (id) => tasks.get(id) };

async function req(a: Actor | undefined, method: "GET" | "PUT", url: string, body?: Uint8Array | string, contentType?: string) {
  const headers: Record<string, string> = a ? await signRequest(a.wallet, a.address, method, url.split("?")[0], body) : {};
  if (contentType) headers["content-type"] = contentType;
  return app.inject({ method, url, headers, payload: body === undefined ? undefined : Buffer.from(body) });
}
const put = (a: Actor | undefined, url: string, body: Uint8Array | string, ct = "application/octet-stream") => req(a, "PUT", url, body, ct);

beforeAll(async () => {
  [clinic, worker, other] = [await actor(), await actor(), await actor()];
  tasks.set(1n, cp.Task.fromPartial({
    id: 1n, client: clinic.address, inputSha256: Buffer.from(sha, "hex"), status: cp.TaskStatus.TASK_STATUS_COMMIT,
    assignments: [{ worker: worker.address, outcome: cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_PENDING }],
  }));
  tasks.set(2n, cp.Task.fromPartial({ id: 2n, client: clinic.address, inputSha256: Buffer.from(sha, "hex"), status: cp.TaskStatus.TASK_STATUS_SETTLED, assignments: [{ worker: worker.address }] }));
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "btt-gateway-"));
  app = await buildGateway({ dataDir: dir, clinicAddress: clinic.address, tasks: source, publicUrl: "http://127.0.0.1:7070", maxBlobBytes: 1024, rateLimit: { max: 1000, timeWindowMs: 60_000 } });
});
afterEach(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("clinic data gateway", () => {
  test("the clinic uploads a blob and the assigned worker gets exactly those bytes", async () => {
    const up = await put(clinic, `/v1/blobs/${sha}`, blob);
    expect(up.statusCode).toBe(201);
    expect(up.json()).toEqual({ sha256: sha, locator: `http://127.0.0.1:7070/v1/blobs/${sha}` });
    const got = await req(worker, "GET", "/v1/tasks/1/input");
    expect(got.statusCode).toBe(200);
    expect(got.headers["x-btt-input-sha256"]).toBe(sha);
    expect(Buffer.from(got.rawPayload).equals(Buffer.from(blob))).toBe(true);
  });

  test("unsigned, tampered, stale and replayed requests get 401", async () => {
    await put(clinic, `/v1/blobs/${sha}`, blob);
    expect((await req(undefined, "GET", "/v1/tasks/1/input")).statusCode).toBe(401);
    const headers = await signRequest(worker.wallet, worker.address, "GET", "/v1/tasks/1/input");
    const sig = Buffer.from(headers[AUTH_HEADERS.signature], "base64");
    sig[5] ^= 1;
    const tampered = await app.inject({ method: "GET", url: "/v1/tasks/1/input", headers: { ...headers, [AUTH_HEADERS.signature]: sig.toString("base64") } });
    expect(tampered.statusCode).toBe(401);
    // Signed for another path.
    const moved = await app.inject({ method: "GET", url: "/v1/tasks/1/key", headers });
    expect(moved.statusCode).toBe(401);
    const first = await app.inject({ method: "GET", url: "/v1/tasks/1/input", headers });
    expect(first.statusCode).toBe(200);
    const replay = await app.inject({ method: "GET", url: "/v1/tasks/1/input", headers });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toMatch(/replayed/);
    const realNow = Date.now;
    Date.now = () => realNow() - 5 * 60_000;
    const old = await signRequest(worker.wallet, worker.address, "GET", "/v1/tasks/1/input");
    Date.now = realNow;
    const stale = await app.inject({ method: "GET", url: "/v1/tasks/1/input", headers: old });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().error).toMatch(/too old/);
  });

  test("a key the chain did not assign gets 403, and so does any task outside its commit or reveal phase", async () => {
    await put(clinic, `/v1/blobs/${sha}`, blob);
    expect((await req(other, "GET", "/v1/tasks/1/input")).statusCode).toBe(403);
    expect((await req(clinic, "GET", "/v1/tasks/1/input")).statusCode).toBe(403);
    expect((await req(worker, "GET", "/v1/tasks/2/input")).statusCode).toBe(403);
    expect((await req(worker, "GET", "/v1/tasks/9/input")).statusCode).toBe(404);
  });

  test("only the clinic uploads; a wrong sha256 is 400; an oversized body is 413; nothing is stored for them", async () => {
    expect((await put(worker, `/v1/blobs/${sha}`, blob)).statusCode).toBe(403);
    const wrong = await put(clinic, `/v1/blobs/${"0".repeat(64)}`, blob);
    expect(wrong.statusCode).toBe(400);
    const big = new Uint8Array(2048).fill(7);
    const bigSha = createHash("sha256").update(big).digest("hex");
    expect((await put(clinic, `/v1/blobs/${bigSha}`, big)).statusCode).toBe(413);
    expect(readdirSync(join(dir, "blobs"))).toEqual([]);
  });

  test("path tricks never reach a file outside the data folder", async () => {
    for (const url of ["/v1/blobs/..%2f..%2fetc%2fpasswd", "/v1/tasks/..%2f1/input", "/v1/tasks/1%2f..%2f2/key", `/v1/tasks/1/keys/..%2f..%2fx`]) {
      const r = url.includes("/keys/") ? await put(clinic, url, "{}", "application/json") : await req(worker, url.startsWith("/v1/blobs") ? "PUT" : "GET", url);
      expect([400, 404]).toContain(r.statusCode);
    }
    expect(existsSync(join(dir, "..", "x.json"))).toBe(false);
  });

  test("keys: the clinic seals to an assigned worker only; the worker reads its own", async () => {
    const body = JSON.stringify({ sealed: seal(generateX25519().publicKey, new Uint8Array(32), "ctx"), result_pubkey: Buffer.alloc(32, 1).toString("base64") });
    expect((await put(clinic, `/v1/tasks/1/keys/${other.address}`, body, "application/json")).statusCode).toBe(403);
    expect((await put(worker, `/v1/tasks/1/keys/${worker.address}`, body, "application/json")).statusCode).toBe(403);
    expect((await req(worker, "GET", "/v1/tasks/1/key")).statusCode).toBe(404);
    expect((await put(clinic, `/v1/tasks/1/keys/${worker.address}`, "not json", "application/json")).statusCode).toBe(400);
    expect((await put(clinic, `/v1/tasks/1/keys/${worker.address}`, body, "application/json")).statusCode).toBe(204);
    const got = await req(worker, "GET", "/v1/tasks/1/key");
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(JSON.parse(body));
    expect((await req(other, "GET", "/v1/tasks/1/key")).statusCode).toBe(403);
  });

  test("results: an assigned worker delivers, only the clinic lists them", async () => {
    const result = JSON.stringify({ output_hash: "ab".repeat(32), sealed: seal(generateX25519().publicKey, new TextEncoder().encode("{}"), "ctx") });
    expect((await put(other, "/v1/tasks/1/results", result, "application/json")).statusCode).toBe(403);
    expect((await put(worker, "/v1/tasks/1/results", JSON.stringify({ output_hash: "xyz" }), "application/json")).statusCode).toBe(400);
    expect((await put(worker, "/v1/tasks/1/results", result, "application/json")).statusCode).toBe(204);
    expect((await req(worker, "GET", "/v1/tasks/1/results")).statusCode).toBe(403);
    const list = await req(clinic, "GET", "/v1/tasks/1/results");
    expect(list.statusCode).toBe(200);
    expect(list.json().results).toEqual([{ worker: worker.address, ...JSON.parse(result) }]);
  });

  test("a chain that cannot be asked gives 503, not a crash", async () => {
    await app.close();
    app = await buildGateway({ dataDir: dir, clinicAddress: clinic.address, tasks: { task: async () => { throw new Error("ECONNREFUSED"); } }, publicUrl: "http://x" });
    const r = await req(worker, "GET", "/v1/tasks/1/input");
    expect(r.statusCode).toBe(503);
    expect(r.json().error).toMatch(/chain/);
  });

  test("requests over the rate limit get 429; /health and /metrics answer", async () => {
    await app.close();
    app = await buildGateway({ dataDir: dir, clinicAddress: clinic.address, tasks: source, publicUrl: "http://x", rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await app.inject({ method: "GET", url: "/health" })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    await app.close();
    app = await buildGateway({ dataDir: dir, clinicAddress: clinic.address, tasks: source, publicUrl: "http://x" });
    expect((await app.inject({ method: "GET", url: "/health" })).json()).toEqual({ status: "ok" });
    await req(undefined, "GET", "/v1/tasks/1/input");
    const m = await app.inject({ method: "GET", url: "/metrics" });
    expect(m.body).toMatch(/btt_gateway_auth_failures_total\{status="401"\} 1/);
    expect(m.body).toMatch(/btt_gateway_requests_total\{route="\/v1\/tasks\/:taskId\/input",status="401"\} 1/);
  });
});
