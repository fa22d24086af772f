/**
 * Storage behind one small async interface, so the indexer and the server run unchanged on
 * SQLite (better-sqlite3, WAL; the default, no set-up) or PostgreSQL (chosen by a postgres:// URL).
 * SQL is written once with `?` placeholders and portable types; migrations are shared.
 */
import Database from "better-sqlite3";
import pg from "pg";

export type Row = Record<string, unknown>;
export type Param = string | number | bigint | null;

export interface Db {
  readonly kind: "sqlite" | "postgres";
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<number>;
  exec(sql: string): Promise<void>;
  /** Runs fn inside one transaction: everything it writes commits together or not at all. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Ordered schema migrations; each runs once, in one transaction, recorded in schema_migrations. */
export const MIGRATIONS: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: "core",
    sql: `
CREATE TABLE blocks (
  height BIGINT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  time TEXT NOT NULL,
  proposer TEXT NOT NULL,
  num_txs INTEGER NOT NULL,
  gas_used BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE txs (
  hash TEXT PRIMARY KEY,
  height BIGINT NOT NULL REFERENCES blocks(height),
  idx INTEGER NOT NULL,
  code INTEGER NOT NULL,
  codespace TEXT NOT NULL DEFAULT '',
  log TEXT NOT NULL DEFAULT '',
  gas_wanted BIGINT NOT NULL,
  gas_used BIGINT NOT NULL,
  fee TEXT NOT NULL,
  memo TEXT NOT NULL,
  signers TEXT NOT NULL,
  msg_types TEXT NOT NULL,
  raw TEXT NOT NULL
);
CREATE INDEX txs_height ON txs(height, idx);
CREATE TABLE messages (
  tx_hash TEXT NOT NULL REFERENCES txs(hash),
  idx INTEGER NOT NULL,
  type_url TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (tx_hash, idx)
);
CREATE INDEX messages_type ON messages(type_url);
CREATE TABLE events (
  height BIGINT NOT NULL REFERENCES blocks(height),
  tx_hash TEXT,
  source TEXT NOT NULL,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  attributes TEXT NOT NULL
);
CREATE INDEX events_height ON events(height);
CREATE INDEX events_tx ON events(tx_hash);
CREATE TABLE account_txs (
  address TEXT NOT NULL,
  tx_hash TEXT NOT NULL REFERENCES txs(hash),
  height BIGINT NOT NULL,
  PRIMARY KEY (address, tx_hash)
);
CREATE INDEX account_txs_height ON account_txs(address, height);
CREATE TABLE indexer_state (
  id INTEGER PRIMARY KEY,
  chain_id TEXT NOT NULL,
  last_height BIGINT NOT NULL
);
`,
  },
  {
    id: 2,
    name: "module state snapshots",
    // Amounts are abtt as decimal TEXT (they exceed 64 bits); a part the node did not serve is NULL and named in `missing`.
    sql: `
CREATE TABLE snapshots (
  height BIGINT PRIMARY KEY REFERENCES blocks(height),
  time TEXT NOT NULL,
  total_supply TEXT,
  bonded TEXT,
  not_bonded TEXT,
  burned TEXT,
  circulating TEXT,
  vesting_locked TEXT,
  pools_total TEXT,
  mining_paid TEXT,
  validators INTEGER,
  bonded_validators INTEGER,
  proposals INTEGER,
  proposals_voting INTEGER,
  compute_nodes INTEGER,
  missing TEXT NOT NULL DEFAULT '[]',
  error TEXT
);
CREATE TABLE snapshot_validators (
  height BIGINT NOT NULL REFERENCES snapshots(height),
  operator TEXT NOT NULL,
  moniker TEXT NOT NULL,
  status TEXT NOT NULL,
  jailed INTEGER NOT NULL,
  tokens TEXT NOT NULL,
  commission TEXT NOT NULL,
  PRIMARY KEY (height, operator)
);
CREATE INDEX snapshot_validators_operator ON snapshot_validators(operator, height);
CREATE TABLE snapshot_proposals (
  height BIGINT NOT NULL REFERENCES snapshots(height),
  proposal_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  yes TEXT NOT NULL,
  no TEXT NOT NULL,
  abstain TEXT NOT NULL,
  no_with_veto TEXT NOT NULL,
  PRIMARY KEY (height, proposal_id)
);
CREATE TABLE snapshot_compute_nodes (
  height BIGINT NOT NULL REFERENCES snapshots(height),
  operator TEXT NOT NULL,
  node_class TEXT NOT NULL,
  region TEXT NOT NULL,
  status TEXT NOT NULL,
  stake TEXT NOT NULL,
  reputation TEXT NOT NULL,
  PRIMARY KEY (height, operator)
)
`,
  },
];

function pgSql(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

class SqliteDb implements Db {
  readonly kind = "sqlite" as const;
  // Preparing is a large part of a small statement's cost; the indexer and the pages repeat a few dozen SQL texts.
  private readonly statements = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}
  private conv(params: Param[]): unknown[] {
    return params.map((p) => (typeof p === "bigint" ? Number(p) : p));
  }
  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.statements.size >= 500) this.statements.clear();
      this.statements.set(sql, st);
    }
    return st;
  }
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.prepare(sql).all(...this.conv(params)) as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...this.conv(params)) as T | undefined;
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.prepare(sql).run(...this.conv(params)).changes;
  }
  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    // Our SQLite calls are synchronous underneath, so nothing else interleaves between BEGIN and COMMIT
    // as long as fn only awaits this Db.
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const r = await fn(this);
      this.db.exec("COMMIT");
      return r;
    } catch (err) {
      this.db.exec("ROLLBACK");
      throw err;
    }
  }
  async close(): Promise<void> {
    this.db.close();
  }
}

type Queryable = pg.Pool | pg.PoolClient;
class PgDb implements Db {
  readonly kind = "postgres" as const;
  constructor(private readonly q: Queryable, private readonly pool?: pg.Pool) {}
  private norm(rows: Row[]): Row[] {
    // BIGINT comes back as a string from pg; heights and gas fit in a double.
    for (const r of rows) for (const k of Object.keys(r)) if (typeof r[k] === "string" && BIGINT_COLS.has(k)) r[k] = Number(r[k]);
    return rows;
  }
  private conv(params: Param[]): unknown[] {
    return params.map((p) => (typeof p === "bigint" ? p.toString() : p));
  }
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.norm((await this.q.query(pgSql(sql), this.conv(params))).rows) as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return (await this.q.query(pgSql(sql), this.conv(params))).rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.q.query(sql);
  }
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (!this.pool) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const r = await fn(new PgDb(client));
      await client.query("COMMIT");
      return r;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  async close(): Promise<void> {
    await this.pool?.end();
  }
}
const BIGINT_COLS = new Set(["height", "gas_used", "gas_wanted", "last_height", "n", "max", "min", "count", "proposal_id"]);

/** Opens the store named by `url`: postgres://… or postgresql://… for PostgreSQL, anything else is a SQLite file path. */
export async function openDb(url: string): Promise<Db> {
  let db: Db;
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    // An idle connection the server drops (restart, admin shutdown) is an 'error' on the pool: without a
    // listener it would crash the process; the pool opens a new connection for the next query.
    pool.on("error", () => undefined);
    db = new PgDb(pool, pool);
  } else {
    const s = new Database(url);
    s.pragma("journal_mode = WAL");
    s.pragma("synchronous = NORMAL");
    s.pragma("foreign_keys = ON");
    s.pragma("busy_timeout = 5000");
    db = new SqliteDb(s);
  }
  await migrate(db);
  return db;
}

/**
 * INSERT of many rows with multi-row VALUES lists, at most `perStatement` rows each: one round trip per
 * chunk instead of one per row (what makes PostgreSQL keep up with blocks of hundreds of txs).
 */
export async function insertRows(db: Db, table: string, cols: string[], rows: Param[][], perStatement = 200): Promise<void> {
  const one = `(${cols.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await db.run(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${chunk.map(() => one).join(", ")}`, chunk.flat());
  }
}

export async function migrate(db: Db): Promise<number[]> {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const done = new Set((await db.all<{ id: number }>("SELECT id FROM schema_migrations")).map((r) => Number(r.id)));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    await db.tx(async (t) => {
      for (const stmt of m.sql.split(";").map((s) => s.trim()).filter(Boolean)) await t.exec(stmt);
      await t.run("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)", [m.id, m.name, new Date().toISOString()]);
    });
    applied.push(m.id);
  }
  return applied;
}
