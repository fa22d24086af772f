// A fake CometBFT RPC that serves a deterministic chain, with real encoded transactions.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { TxBody, AuthInfo, TxRaw, Fee } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { PrunedBlockError, type ChainRpc, type RpcBlock, type RpcBlockResults, type RpcStatus } from "../src/rpc.js";
import { openDb, type Db } from "../src/db.js";

export const ALICE = "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";
export const BOB = "btt1qgqsyqcyq5rqwzqfpg9scrgwpugpzysnyzqvm9";
/** Typed module events as the chain writes them into block 3's events (proto-JSON values, the mode attribute). */
export const TYPED_BLOCK_EVENTS = [
  { type: "btt.emissions.v1.EventFeeSplit", attributes: [
    { key: "amount", value: '{"denom":"abtt","amount":"2500000000000000000"}' },
    { key: "fee", value: '{"denom":"abtt","amount":"25000000000000000000"}' },
    { key: "mode", value: "BeginBlock" },
  ] },
  { type: "btt.compute.v1.EventTaskAssigned", attributes: [
    { key: "commit_deadline", value: '"13"' },
    { key: "task_id", value: '"7"' },
    { key: "workers", value: JSON.stringify([ALICE, BOB]) },
    { key: "mode", value: "EndBlock" },
  ] },
];
export const HOSTILE_MEMO = `<script>alert("pwned")</script><img src=x onerror=alert(1)> & 'quotes'`;

export const logger = pino({ level: process.env.LOG_LEVEL ?? "silent" });

export function encodeSend(from: string, to: string, amount: string, memo: string, seq: number): string {
  const body = TxBody.fromPartial({
    messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode(MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom: "abtt", amount }] })).finish() }],
    memo,
  });
  const authInfo = AuthInfo.fromPartial({ signerInfos: [{ sequence: BigInt(seq) }], fee: Fee.fromPartial({ amount: [{ denom: "abtt", amount: "200000000000000" }], gasLimit: 200000n }) });
  const raw = TxRaw.fromPartial({ bodyBytes: TxBody.encode(body).finish(), authInfoBytes: AuthInfo.encode(authInfo).finish(), signatures: [new Uint8Array(64).fill(seq % 256)] });
  return Buffer.from(TxRaw.encode(raw).finish()).toString("base64");
}

/** Every 3rd block carries one MsgSend (block 3's memo is hostile); the rest are empty. */
export class FakeRpc implements ChainRpc {
  calls = 0;
  failAt?: number;
  earliest = 1;
  constructor(public latest: number, readonly chainId = "btt-fake-1") {}
  hash(h: number): string {
    return createHash("sha256").update(`block-${h}`).digest("hex").toUpperCase();
  }
  txsAt(h: number): string[] {
    return h % 3 === 0 ? [encodeSend(ALICE, BOB, String(h * 1000), h === 3 ? HOSTILE_MEMO : `memo ${h}`, h)] : [];
  }
  async status(): Promise<RpcStatus> {
    return { chainId: this.chainId, latestHeight: this.latest, earliestHeight: this.earliest, latestTime: new Date().toISOString() };
  }
  private check(h: number) {
    this.calls++;
    if (h === this.failAt) throw new Error(`injected failure at ${h}`);
    if (h < this.earliest) throw new PrunedBlockError(h, this.earliest, `height ${h} is not available, lowest height is ${this.earliest}`);
    if (h > this.latest) throw new Error(`height ${h} is in the future`);
  }
  async block(h: number): Promise<RpcBlock> {
    this.check(h);
    return { height: h, hash: this.hash(h), time: new Date(Date.UTC(2026, 0, 1) + h * 1000).toISOString(), chainId: this.chainId, proposer: "AB".repeat(20), txs: this.txsAt(h) };
  }
  async blockResults(h: number): Promise<RpcBlockResults> {
    this.check(h);
    return {
      height: h,
      txs: this.txsAt(h).map(() => ({
        code: 0,
        gas_wanted: "200000",
        gas_used: "80000",
        events: [
          { type: "tx", attributes: [{ key: "acc_seq", value: `${ALICE}/${h}` }] },
          { type: "transfer", attributes: [{ key: "recipient", value: BOB }, { key: "sender", value: ALICE }, { key: "amount", value: `${h * 1000}abtt` }] },
          { type: "message", attributes: [{ key: "action", value: "/cosmos.bank.v1beta1.MsgSend" }, { key: "note", value: "<b>not bold</b>" }] },
        ],
      })),
      blockEvents: [{ type: "commission", attributes: [{ key: "amount", value: "1abtt" }] }, ...(h === 3 ? TYPED_BLOCK_EVENTS : [])],
    };
  }
}

const tmpDirs: string[] = [];
/** Removes the temp folders of tmpSqlite (call in afterAll once the databases are closed). */
export function removeTmpDirs(): void {
  for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
export function tmpSqlite(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `btt-explorer-${name}-`));
  tmpDirs.push(dir);
  return join(dir, "index.sqlite");
}

export async function openTestDb(kind: "sqlite" | "postgres", pgUrl?: string): Promise<Db> {
  if (kind === "sqlite") return openDb(tmpSqlite("unit"));
  if (!pgUrl) throw new Error("no PostgreSQL URL");
  // A fresh schema per test: drop everything the previous test left.
  const db = await openDb(pgUrl);
  await db.exec("DROP TABLE IF EXISTS snapshot_compute_nodes, snapshot_proposals, snapshot_validators, snapshots, account_txs, events, messages, txs, blocks, indexer_state, schema_migrations CASCADE");
  await db.close();
  return openDb(pgUrl);
}

/** An ABCI query's answer as baseapp gives it: code 0 with the response's protobuf bytes, or an error code and log. */
export type AbciAnswer = { code: number; log: string; value?: Uint8Array };
/** A protobuf response type's encoder (the generated `X.encode(X.fromPartial(...))`). */
export const ok = (value: Uint8Array): AbciAnswer => ({ code: 0, log: "", value });
/** baseapp's answer to a query path with no route (a module the chain does not have). */
export const NO_ROUTE: AbciAnswer = { code: 6, log: "unknown query path: unknown request" };

/**
 * A fake node's CometBFT JSON-RPC (POST abci_query), as the typed query clients over Comet38Client ask it:
 * `answer` gets the query path, the request's protobuf bytes and the height asked (undefined: latest).
 */
export async function startFakeNode(
  answer: (path: string, data: Uint8Array, height: string | undefined) => AbciAnswer,
  /** While it returns false the node drops every connection (unreachable). */
  up: () => boolean = () => true,
): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    if (!up()) return req.socket.destroy();
    res.setHeader("content-type", "application/json");
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const rpc = JSON.parse(body || "{}") as { id: number; method: string; params: { path: string; data: string; height?: string } };
      if (rpc.method !== "abci_query") return res.end(JSON.stringify({ jsonrpc: "2.0", id: rpc.id, error: { code: -32601, message: "Method not found" } }));
      const a = answer(rpc.params.path, Buffer.from(rpc.params.data ?? "", "hex"), rpc.params.height);
      const response = { code: a.code, log: a.log, info: "", index: "0", key: null, value: a.value ? Buffer.from(a.value).toString("base64") : null, proofOps: null, height: a.code ? "0" : (rpc.params.height ?? "1000"), codespace: a.code ? "sdk" : "" };
      res.end(JSON.stringify({ jsonrpc: "2.0", id: rpc.id, result: { response } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}
