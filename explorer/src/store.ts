/** Read side of the index: the queries behind pages and the JSON API. */
import type { Db } from "./db.js";

export interface BlockRow {
  height: number;
  hash: string;
  time: string;
  proposer: string;
  num_txs: number;
  gas_used: number;
}
export interface TxRow {
  hash: string;
  height: number;
  idx: number;
  code: number;
  codespace: string;
  log: string;
  gas_wanted: number;
  gas_used: number;
  fee: string;
  memo: string;
  signers: string;
  msg_types: string;
  raw: string;
  time?: string;
}
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

export function txSummary(t: TxRow) {
  return {
    hash: t.hash,
    height: Number(t.height),
    index: Number(t.idx),
    time: t.time,
    code: Number(t.code),
    success: Number(t.code) === 0,
    gasWanted: Number(t.gas_wanted),
    gasUsed: Number(t.gas_used),
    fee: JSON.parse(t.fee) as { amount: { denom: string; amount: string }[]; gasLimit: string },
    memo: t.memo,
    signers: JSON.parse(t.signers) as string[],
    messageTypes: JSON.parse(t.msg_types) as string[],
  };
}

export function blockSummary(b: BlockRow) {
  return { height: Number(b.height), hash: b.hash, time: b.time, proposer: b.proposer, numTxs: Number(b.num_txs), gasUsed: Number(b.gas_used) };
}

export class Store {
  constructor(readonly db: Db) {}

  async lastHeight(): Promise<number> {
    const r = await this.db.get<{ last_height: number }>("SELECT last_height FROM indexer_state WHERE id = 1");
    return r ? Number(r.last_height) : 0;
  }

  async blocks(page: number, limit: number): Promise<Page<ReturnType<typeof blockSummary>>> {
    const total = Number((await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM blocks"))?.n ?? 0);
    const rows = await this.db.all<BlockRow>("SELECT * FROM blocks ORDER BY height DESC LIMIT ? OFFSET ?", [limit, (page - 1) * limit]);
    return { items: rows.map(blockSummary), page, limit, total };
  }

  async hasBlock(height: number): Promise<boolean> {
    return (await this.db.get("SELECT 1 AS one FROM blocks WHERE height = ?", [height])) !== undefined;
  }

  /** One block with one page of its txs (a loaded block holds over a thousand) and its block events. */
  async block(height: number, txPage = 1, txLimit = 100) {
    const b = await this.db.get<BlockRow>("SELECT * FROM blocks WHERE height = ?", [height]);
    if (!b) return undefined;
    const txs = await this.db.all<TxRow>("SELECT t.*, b.time FROM txs t JOIN blocks b ON b.height = t.height WHERE t.height = ? ORDER BY t.idx LIMIT ? OFFSET ?", [height, txLimit, (txPage - 1) * txLimit]);
    const events = await this.db.all<{ type: string; attributes: string }>("SELECT type, attributes FROM events WHERE height = ? AND source = 'block' ORDER BY idx", [height]);
    return {
      ...blockSummary(b),
      txs: txs.map(txSummary),
      txPage: { page: txPage, limit: txLimit, total: Number(b.num_txs) },
      events: events.map((e) => ({ type: e.type, attributes: JSON.parse(e.attributes) })),
    };
  }

  async blockByHash(hash: string): Promise<number | undefined> {
    const r = await this.db.get<{ height: number }>("SELECT height FROM blocks WHERE hash = ?", [hash.toUpperCase()]);
    return r ? Number(r.height) : undefined;
  }

  async txs(page: number, limit: number): Promise<Page<ReturnType<typeof txSummary>>> {
    const total = Number((await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM txs"))?.n ?? 0);
    const rows = await this.db.all<TxRow>("SELECT t.*, b.time FROM txs t JOIN blocks b ON b.height = t.height ORDER BY t.height DESC, t.idx DESC LIMIT ? OFFSET ?", [limit, (page - 1) * limit]);
    return { items: rows.map(txSummary), page, limit, total };
  }

  async tx(hash: string) {
    const t = await this.db.get<TxRow>("SELECT t.*, b.time FROM txs t JOIN blocks b ON b.height = t.height WHERE t.hash = ?", [hash.toUpperCase()]);
    if (!t) return undefined;
    const msgs = await this.db.all<{ idx: number; type_url: string; body: string }>("SELECT idx, type_url, body FROM messages WHERE tx_hash = ? ORDER BY idx", [t.hash]);
    const events = await this.db.all<{ type: string; attributes: string }>("SELECT type, attributes FROM events WHERE tx_hash = ? ORDER BY idx", [t.hash]);
    return {
      ...txSummary(t),
      log: t.log,
      codespace: t.codespace,
      messages: msgs.map((m) => ({ index: Number(m.idx), typeUrl: m.type_url, body: JSON.parse(m.body) })),
      events: events.map((e) => ({ type: e.type, attributes: JSON.parse(e.attributes) as { key: string; value: string }[] })),
      raw: JSON.parse(t.raw),
    };
  }

  async accountTxs(address: string, page: number, limit: number): Promise<Page<ReturnType<typeof txSummary>>> {
    const total = Number((await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM account_txs WHERE address = ?", [address]))?.n ?? 0);
    const rows = await this.db.all<TxRow>(
      "SELECT t.*, b.time FROM account_txs a JOIN txs t ON t.hash = a.tx_hash JOIN blocks b ON b.height = t.height WHERE a.address = ? ORDER BY a.height DESC, t.idx DESC LIMIT ? OFFSET ?",
      [address, limit, (page - 1) * limit],
    );
    return { items: rows.map(txSummary), page, limit, total };
  }

  /** Average block time and tx/s over the last `n` indexed blocks. */
  async rates(n = 100): Promise<{ blockTimeS: number; txPerS: number; latest?: ReturnType<typeof blockSummary> }> {
    const rows = await this.db.all<BlockRow>("SELECT * FROM blocks ORDER BY height DESC LIMIT ?", [n]);
    if (rows.length < 2) return { blockTimeS: 0, txPerS: 0, latest: rows[0] ? blockSummary(rows[0]) : undefined };
    const span = (Date.parse(rows[0].time) - Date.parse(rows[rows.length - 1].time)) / 1000;
    const txs = rows.slice(0, -1).reduce((s, r) => s + Number(r.num_txs), 0);
    return { blockTimeS: span / (rows.length - 1), txPerS: span > 0 ? txs / span : 0, latest: blockSummary(rows[0]) };
  }
}
