/**
 * Module state snapshots: every N indexed blocks the chain's state as of that height (supply and the
 * emissions breakdown, the validator set with power, gov proposals, compute nodes) is read through the
 * typed query clients with ABCI queries at that height (src/chainquery.ts) and stored, so pages can show history (bonded ratio, supply, power)
 * over heights. The snapshotter runs beside the block indexer, never in its way: it only takes heights the
 * indexer has already written, one snapshot per transaction, and resumes after the last stored one.
 */
import { BackgroundLoop } from "./loop.js";
import type { Logger } from "pino";
import { abttToWholeBtt, BTT_DENOM, btt } from "@btt/ts-client";
import { bondStatusToJSON, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { proposalStatusToJSON, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import { StateNotCommittedError, StateUnavailableError } from "./chain.js";
import { allPages, decFromAtomics, isQueryError, type ChainQuery } from "./chainquery.js";
import type { Db } from "./db.js";
import type { Page } from "./store.js";

export interface SnapshotterOptions {
  db: Db;
  /** The node's typed query client; each snapshot reads through chain.atHeight(H). */
  chain: ChainQuery;
  logger: Logger;
  /** A snapshot at every height that is a multiple of this (default 50). */
  every?: number;
  /** Poll interval once every due height is taken (default 1000 ms). */
  pollMs?: number;
}

export interface SnapshotterStats {
  every: number;
  lastHeight: number;
  taken: number;
  unavailable: number;
  lastError?: string;
}


interface ValidatorRow {
  operator: string;
  moniker: string;
  status: string;
  jailed: boolean;
  tokens: string;
  commission: string;
}
interface ProposalRow {
  id: number;
  title: string;
  status: string;
  yes: string;
  no: string;
  abstain: string;
  noWithVeto: string;
}
interface ComputeNodeRow {
  operator: string;
  nodeClass: string;
  region: string;
  status: string;
  stake: string;
  reputation: string;
}

/** What the node answered at one height; a part it could not serve is undefined and named in `missing`. */
export interface TakenState {
  supply?: string;
  pool?: { bonded: string; notBonded: string };
  emissions?: { burned: string; circulating: string; vestingLocked: string; poolsTotal: string; miningPaid: string };
  validators?: ValidatorRow[];
  proposals?: ProposalRow[];
  computeNodes?: ComputeNodeRow[];
  missing: string[];
}

/** One page of 200 from `key`. */
const page = (key: Uint8Array) => ({ key, offset: 0n, limit: 200n, countTotal: false, reverse: false });

/** Reads the state at `chain.height` (chain = chain.atHeight(H)). Throws StateUnavailableError when pruned, any error when the node is away. */
export async function readState(chain: ChainQuery): Promise<TakenState> {
  const missing: string[] = [];
  const q = chain.client;
  // A module the chain does not have (or a query it does not serve) leaves its part empty; pruning and an
  // unreachable node abort the whole snapshot (the first is recorded, the second retried).
  const part = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (raw) {
      const err = chain.classify(raw);
      if (err instanceof StateUnavailableError || err instanceof StateNotCommittedError || !isQueryError(err)) throw err;
      missing.push(`${name}: ${(err as Error).message}`);
      return undefined;
    }
  };
  const [supply, pool, emissions, validators, proposals, computeNodes] = await Promise.all([
    part("supply", () => q.bank.supplyOf(BTT_DENOM).then((c) => c.amount)),
    part("staking pool", () => q.staking.pool().then((r) => ({ bonded: r.pool.bondedTokens, notBonded: r.pool.notBondedTokens }))),
    part("emissions supply", () =>
      q.btt.emissions.v1.supply().then((r) => ({ burned: r.burned, circulating: r.circulating, vestingLocked: r.vestingLocked, poolsTotal: r.poolsTotal, miningPaid: r.miningPaid })),
    ),
    part("validators", () =>
      // "" = every status (bonded, unbonding, unbonded)
      allPages<Validator>((key) => q.staking.validators("" as Parameters<typeof q.staking.validators>[0], key).then((r) => ({ items: r.validators, nextKey: r.pagination?.nextKey }))).then((vs) =>
        vs.map((v): ValidatorRow => ({
          operator: v.operatorAddress,
          moniker: v.description.moniker,
          status: bondStatusToJSON(v.status),
          jailed: v.jailed,
          tokens: v.tokens,
          commission: decFromAtomics(v.commission.commissionRates.rate),
        })),
      ),
    ),
    part("gov proposals", () =>
      allPages<Proposal>((key) => q.govV1.Proposals({ proposalStatus: 0, voter: "", depositor: "", pagination: page(key) }).then((r) => ({ items: r.proposals, nextKey: r.pagination?.nextKey }))).then((ps) =>
        ps.map((p): ProposalRow => ({
          id: Number(p.id),
          title: p.title,
          status: proposalStatusToJSON(p.status),
          yes: p.finalTallyResult?.yesCount || "0",
          no: p.finalTallyResult?.noCount || "0",
          abstain: p.finalTallyResult?.abstainCount || "0",
          noWithVeto: p.finalTallyResult?.noWithVetoCount || "0",
        })),
      ),
    ),
    part("compute nodes", () =>
      allPages((key) => q.btt.compute.v1.nodes({ nodeClass: 0, region: "", modelId: 0n, status: 0, pagination: page(key) }).then((r) => ({ items: r.nodes, nextKey: r.pagination?.nextKey }))).then((ns) =>
        ns.map((n): ComputeNodeRow => {
          const { nodeClassToJSON, nodeStatusToJSON } = btt.compute.v1;
          return { operator: n.operator, nodeClass: nodeClassToJSON(n.nodeClass), region: n.region, status: nodeStatusToJSON(n.status), stake: n.stake || "0", reputation: String(n.reputation) };
        }),
      ),
    ),
  ]);
  return { supply, pool, emissions, validators, proposals, computeNodes, missing };
}

/** Writes one snapshot (a row per validator, proposal and compute node) in the caller's transaction. */
export async function writeSnapshot(db: Db, height: number, time: string, s: TakenState | { error: string }): Promise<void> {
  if ("error" in s) {
    await db.run("INSERT INTO snapshots (height, time, error) VALUES (?, ?, ?)", [height, time, s.error]);
    return;
  }
  await db.run(
    `INSERT INTO snapshots (height, time, total_supply, bonded, not_bonded, burned, circulating, vesting_locked, pools_total, mining_paid,
       validators, bonded_validators, proposals, proposals_voting, compute_nodes, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      height,
      time,
      s.supply ?? null,
      s.pool?.bonded ?? null,
      s.pool?.notBonded ?? null,
      s.emissions?.burned ?? null,
      s.emissions?.circulating ?? null,
      s.emissions?.vestingLocked ?? null,
      s.emissions?.poolsTotal ?? null,
      s.emissions?.miningPaid ?? null,
      s.validators?.length ?? null,
      s.validators ? s.validators.filter((v) => v.status === "BOND_STATUS_BONDED").length : null,
      s.proposals?.length ?? null,
      s.proposals ? s.proposals.filter((p) => p.status === "PROPOSAL_STATUS_VOTING_PERIOD").length : null,
      s.computeNodes?.length ?? null,
      JSON.stringify(s.missing),
    ],
  );
  for (const v of s.validators ?? [])
    await db.run("INSERT INTO snapshot_validators (height, operator, moniker, status, jailed, tokens, commission) VALUES (?, ?, ?, ?, ?, ?, ?)", [height, v.operator, v.moniker, v.status, v.jailed ? 1 : 0, v.tokens, v.commission]);
  for (const p of s.proposals ?? [])
    await db.run("INSERT INTO snapshot_proposals (height, proposal_id, title, status, yes, no, abstain, no_with_veto) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [height, p.id, p.title, p.status, p.yes, p.no, p.abstain, p.noWithVeto]);
  for (const n of s.computeNodes ?? [])
    await db.run("INSERT INTO snapshot_compute_nodes (height, operator, node_class, region, status, stake, reputation) VALUES (?, ?, ?, ?, ?, ?, ?)", [height, n.operator, n.nodeClass, n.region, n.status, n.stake, n.reputation]);
}

export class Snapshotter extends BackgroundLoop {
  readonly stats: SnapshotterStats;
  private readonly every: number;

  constructor(private readonly o: SnapshotterOptions) {
    super();
    this.every = Math.max(1, o.every ?? 50);
    this.stats = { every: this.every, lastHeight: 0, taken: 0, unavailable: 0 };
  }

  /** The next height a snapshot is due at, or undefined while the indexer has not reached it. */
  async due(): Promise<{ height: number; time: string } | undefined> {
    const { db } = this.o;
    const last = await db.get<{ max: number | null }>("SELECT MAX(height) AS max FROM snapshots");
    let next: number;
    if (last?.max != null) {
      this.stats.lastHeight = Number(last.max);
      next = (Math.floor(Number(last.max) / this.every) + 1) * this.every;
    } else {
      const first = await db.get<{ min: number | null }>("SELECT MIN(height) AS min FROM blocks");
      if (first?.min == null) return undefined;
      next = Math.ceil(Number(first.min) / this.every) * this.every;
    }
    const b = await db.get<{ time: string }>("SELECT b.time FROM blocks b JOIN indexer_state s ON s.id = 1 AND b.height <= s.last_height WHERE b.height = ?", [next]);
    return b ? { height: next, time: b.time } : undefined;
  }

  /** Takes at most one due snapshot. Returns its height, or 0 when none is due. */
  async step(): Promise<number> {
    const d = await this.due();
    if (!d) return 0;
    let state: TakenState | { error: string };
    try {
      state = await readState(this.o.chain.atHeight(d.height));
    } catch (err) {
      if (!(err instanceof StateUnavailableError)) throw err;
      // Recorded, not skipped: the row says the node could not give this height's state.
      state = { error: err.message };
      this.stats.unavailable++;
      this.o.logger.warn({ height: d.height, err: err.message }, "state at this height is pruned on the node: snapshot recorded as unavailable");
    }
    await this.o.db.tx((t) => writeSnapshot(t, d.height, d.time, state));
    this.stats.lastHeight = d.height;
    this.stats.taken++;
    this.o.logger.info({ height: d.height, missing: "missing" in state ? state.missing.length : undefined }, "state snapshot taken");
    return d.height;
  }

  start(): void {
    this.run(async () => {
      try {
        const h = await this.step();
        this.stats.lastError = undefined;
        if (h === 0) await this.pause(this.o.pollMs ?? 1000);
      } catch (err) {
        this.stats.lastError = (err as Error).message;
        this.o.logger.error({ err }, "state snapshot failed; retrying");
        await this.pause(2000);
      }
    });
  }
}

// ---------- read side ----------

interface SnapshotDbRow {
  height: number;
  time: string;
  total_supply: string | null;
  bonded: string | null;
  not_bonded: string | null;
  burned: string | null;
  circulating: string | null;
  vesting_locked: string | null;
  pools_total: string | null;
  mining_paid: string | null;
  validators: number | null;
  bonded_validators: number | null;
  proposals: number | null;
  proposals_voting: number | null;
  compute_nodes: number | null;
  missing: string;
  error: string | null;
}

/** bonded ÷ total supply in percent, 4 decimals, by integer arithmetic. */
export function bondedRatioPercent(bonded: string | null, supply: string | null): number | null {
  if (bonded === null || supply === null || BigInt(supply) === 0n) return null;
  return Number((BigInt(bonded) * 1_000_000n) / BigInt(supply)) / 10_000;
}

const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function snapshotSummary(r: SnapshotDbRow) {
  return {
    height: Number(r.height),
    time: r.time,
    totalSupply: r.total_supply,
    bonded: r.bonded,
    notBonded: r.not_bonded,
    bondedRatioPercent: bondedRatioPercent(r.bonded, r.total_supply),
    burned: r.burned,
    circulating: r.circulating,
    vestingLocked: r.vesting_locked,
    poolsTotal: r.pools_total,
    miningPaid: r.mining_paid,
    validators: numOrNull(r.validators),
    bondedValidators: numOrNull(r.bonded_validators),
    proposals: numOrNull(r.proposals),
    proposalsVoting: numOrNull(r.proposals_voting),
    computeNodes: numOrNull(r.compute_nodes),
    missing: JSON.parse(r.missing || "[]") as string[],
    error: r.error,
  };
}
export type SnapshotSummary = ReturnType<typeof snapshotSummary>;

export class SnapshotStore {
  constructor(readonly db: Db) {}

  async list(page: number, limit: number): Promise<Page<SnapshotSummary>> {
    const total = Number((await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM snapshots"))?.n ?? 0);
    const rows = await this.db.all<SnapshotDbRow>("SELECT * FROM snapshots ORDER BY height DESC LIMIT ? OFFSET ?", [limit, (page - 1) * limit]);
    return { items: rows.map(snapshotSummary), page, limit, total };
  }

  /** The newest `n` snapshots in ascending height order (for charts). */
  async recent(n: number): Promise<SnapshotSummary[]> {
    const rows = await this.db.all<SnapshotDbRow>("SELECT * FROM snapshots ORDER BY height DESC LIMIT ?", [n]);
    return rows.map(snapshotSummary).reverse();
  }

  async get(height: number) {
    const r = await this.db.get<SnapshotDbRow>("SELECT * FROM snapshots WHERE height = ?", [height]);
    if (!r) return undefined;
    const [vals, props, nodes] = await Promise.all([
      this.db.all<{ operator: string; moniker: string; status: string; jailed: number; tokens: string; commission: string }>("SELECT * FROM snapshot_validators WHERE height = ?", [height]),
      this.db.all<{ proposal_id: number; title: string; status: string; yes: string; no: string; abstain: string; no_with_veto: string }>("SELECT * FROM snapshot_proposals WHERE height = ? ORDER BY proposal_id DESC", [height]),
      this.db.all<{ operator: string; node_class: string; region: string; status: string; stake: string; reputation: string }>("SELECT * FROM snapshot_compute_nodes WHERE height = ? ORDER BY operator", [height]),
    ]);
    const bondedTotal = vals.filter((v) => v.status === "BOND_STATUS_BONDED").reduce((s, v) => s + BigInt(v.tokens), 0n);
    const validators = vals
      .map((v) => ({
        operator: v.operator,
        moniker: v.moniker,
        status: v.status,
        jailed: Number(v.jailed) === 1,
        tokens: v.tokens,
        power: abttToWholeBtt(v.tokens).toString(),
        sharePercent: bondedTotal > 0n && v.status === "BOND_STATUS_BONDED" ? Number((BigInt(v.tokens) * 1_000_000n) / bondedTotal) / 10_000 : 0,
        commission: v.commission,
      }))
      .sort((a, b) => (BigInt(b.tokens) > BigInt(a.tokens) ? 1 : BigInt(b.tokens) < BigInt(a.tokens) ? -1 : a.operator.localeCompare(b.operator)));
    return {
      ...snapshotSummary(r),
      validatorSet: validators,
      proposalList: props.map((p) => ({ id: Number(p.proposal_id), title: p.title, status: p.status, finalTally: { yes: p.yes, no: p.no, abstain: p.abstain, noWithVeto: p.no_with_veto } })),
      computeNodeList: nodes.map((n) => ({ operator: n.operator, nodeClass: n.node_class, region: n.region, status: n.status, stake: n.stake, reputation: n.reputation })),
    };
  }

  /** One validator's tokens over the stored snapshots, newest first. */
  async validatorHistory(operator: string, page: number, limit: number): Promise<Page<{ height: number; time: string; status: string; jailed: boolean; tokens: string; power: string }>> {
    const total = Number((await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM snapshot_validators WHERE operator = ?", [operator]))?.n ?? 0);
    const rows = await this.db.all<{ height: number; time: string; status: string; jailed: number; tokens: string }>(
      "SELECT v.height, s.time, v.status, v.jailed, v.tokens FROM snapshot_validators v JOIN snapshots s ON s.height = v.height WHERE v.operator = ? ORDER BY v.height DESC LIMIT ? OFFSET ?",
      [operator, limit, (page - 1) * limit],
    );
    return { items: rows.map((r) => ({ height: Number(r.height), time: r.time, status: r.status, jailed: Number(r.jailed) === 1, tokens: r.tokens, power: abttToWholeBtt(r.tokens).toString() })), page, limit, total };
  }
}
