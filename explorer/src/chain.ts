/** Live chain state over the node's REST (gRPC-gateway) API: accounts, vesting, staking, gov, supply, pools. */

export class NotFoundError extends Error {
  readonly statusCode = 404;
}

export type Coin = { denom: string; amount: string };
export interface VestingPeriod {
  index: number;
  unlocksAt: string;
  amount: Coin[];
  unlocked: boolean;
}
export interface VestingInfo {
  type: string;
  startTime: string;
  endTime: string;
  originalVesting: Coin[];
  lockedNow: Coin[];
  delegatedVesting: Coin[];
  delegatedFree: Coin[];
  periods: VestingPeriod[];
}

function addCoins(into: Map<string, bigint>, coins: Coin[]) {
  for (const c of coins) into.set(c.denom, (into.get(c.denom) ?? 0n) + BigInt(c.amount));
}
function coinsOf(m: Map<string, bigint>): Coin[] {
  return [...m].filter(([, v]) => v > 0n).map(([denom, v]) => ({ denom, amount: v.toString() }));
}

/** Vesting schedule with what is locked at `now` (a period unlocks when start + its cumulative length has passed). */
export function vestingSchedule(acc: Record<string, unknown>, now = new Date()): VestingInfo | undefined {
  const type = String(acc["@type"] ?? "");
  if (!/Vesting/.test(type)) return undefined;
  const base = (acc.base_vesting_account ?? {}) as Record<string, unknown>;
  const orig = (base.original_vesting ?? []) as Coin[];
  const endS = Number(base.end_time ?? 0);
  const startS = Number(acc.start_time ?? endS);
  const nowS = Math.floor(now.getTime() / 1000);
  const periods: VestingPeriod[] = [];
  const locked = new Map<string, bigint>();
  if (Array.isArray(acc.vesting_periods)) {
    let t = startS;
    (acc.vesting_periods as { length: string; amount: Coin[] }[]).forEach((p, i) => {
      t += Number(p.length);
      const unlocked = nowS >= t;
      if (!unlocked) addCoins(locked, p.amount);
      periods.push({ index: i + 1, unlocksAt: new Date(t * 1000).toISOString(), amount: p.amount, unlocked });
    });
  } else if (/Continuous/.test(type)) {
    const frac = nowS <= startS ? 1 : nowS >= endS ? 0 : (endS - nowS) / (endS - startS);
    for (const c of orig) locked.set(c.denom, (BigInt(c.amount) * BigInt(Math.round(frac * 1e9))) / 1_000_000_000n);
  } else if (nowS < endS) addCoins(locked, orig);
  return {
    type,
    startTime: new Date(startS * 1000).toISOString(),
    endTime: new Date(endS * 1000).toISOString(),
    originalVesting: orig,
    lockedNow: coinsOf(locked),
    delegatedVesting: (base.delegated_vesting ?? []) as Coin[],
    delegatedFree: (base.delegated_free ?? []) as Coin[],
    periods,
  };
}

/** The node no longer holds the state at this height (pruned): a snapshot there cannot be taken. */
export class StateUnavailableError extends Error {
  constructor(readonly height: number, detail: string) {
    super(`the node has no state at height ${height} (pruned): ${detail}`);
  }
}

/** The node has not committed the state at this height yet (it is just past it): ask again shortly. */
export class StateNotCommittedError extends Error {
  constructor(readonly height: number, readonly latest?: number) {
    super(`the node has not committed the state at height ${height} yet${latest === undefined ? "" : ` (latest ${latest})`}`);
  }
}

export class ChainRest {
  /** height: every query reads the state as of that block (gRPC-gateway's x-cosmos-block-height header). */
  constructor(readonly url: string, private readonly timeoutMs = 10_000, readonly height?: number) {}

  /** The same node, queried at a past height. */
  atHeight(height: number): ChainRest {
    return new ChainRest(this.url, this.timeoutMs, height);
  }

  async get<T = Record<string, unknown>>(path: string): Promise<T> {
    const headers: Record<string, string> = this.height !== undefined ? { "x-cosmos-block-height": String(this.height) } : {};
    const res = await fetch(`${this.url.replace(/\/$/, "")}${path}`, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
    const body = (await res.json().catch(() => ({}))) as T & { message?: string; code?: number };
    if (this.height !== undefined && res.status >= 400 && /failed to load state at height|version does not exist|pruned/i.test(body.message ?? "")) {
      // "(latest height: L)" below the height asked: not committed yet (a moment after the block), not pruned.
      const latest = /latest height: (\d+)/.exec(body.message ?? "");
      if (latest && Number(latest[1]) < this.height) throw new StateNotCommittedError(this.height, Number(latest[1]));
      throw new StateUnavailableError(this.height, body.message ?? "");
    }
    if (res.status === 404 || (res.status >= 400 && /not found|unknown address|doesn't exist|does not exist/i.test(body.message ?? "")))
      throw new NotFoundError(body.message ?? `not found: ${path}`);
    if (!res.ok) throw new Error(`REST ${path}: HTTP ${res.status} ${body.message ?? ""}`);
    return body;
  }

  async account(address: string) {
    const [acc, balances, delegations, rewards, unbonding] = await Promise.all([
      this.get<{ account: Record<string, unknown> }>(`/cosmos/auth/v1beta1/accounts/${address}`).then((r) => r.account).catch((e) => (e instanceof NotFoundError ? undefined : Promise.reject(e))),
      this.get<{ balances: Coin[] }>(`/cosmos/bank/v1beta1/balances/${address}?pagination.limit=200`).then((r) => r.balances),
      this.get<{ delegation_responses: { delegation: { validator_address: string; shares: string }; balance: Coin }[] }>(`/cosmos/staking/v1beta1/delegations/${address}`)
        .then((r) => r.delegation_responses.map((d) => ({ validator: d.delegation.validator_address, shares: d.delegation.shares, balance: d.balance })))
        .catch(() => []),
      this.get<{ total: { denom: string; amount: string }[] }>(`/cosmos/distribution/v1beta1/delegators/${address}/rewards`).then((r) => r.total ?? []).catch(() => []),
      this.get<{ unbonding_responses: unknown[] }>(`/cosmos/staking/v1beta1/delegators/${address}/unbonding_delegations`).then((r) => r.unbonding_responses).catch(() => []),
    ]);
    const type = acc ? String(acc["@type"] ?? "") : "(no account yet)";
    const moduleName = acc && /ModuleAccount/.test(type) ? String(acc.name ?? "") : undefined;
    return { address, type, moduleName, account: acc, balances, delegations, rewards, unbonding, vesting: acc ? vestingSchedule(acc) : undefined };
  }

  async validator(operator: string) {
    return (await this.get<{ validator: Record<string, any> }>(`/cosmos/staking/v1beta1/validators/${operator}`)).validator;
  }

  async proposals(limit = 100) {
    const r = await this.get<{ proposals: Record<string, any>[] }>(`/cosmos/gov/v1/proposals?pagination.limit=${limit}&pagination.reverse=true`);
    return r.proposals.map(summarizeProposal);
  }

  async proposal(id: number) {
    const p = (await this.get<{ proposal: Record<string, any> }>(`/cosmos/gov/v1/proposals/${id}`)).proposal;
    const tally = await this.get<{ tally: Record<string, string> }>(`/cosmos/gov/v1/proposals/${id}/tally`).then((r) => r.tally).catch(() => p.final_tally_result);
    return { ...summarizeProposal(p), messages: p.messages ?? [], tally, raw: p };
  }
}

function summarizeProposal(p: Record<string, any>) {
  return {
    id: Number(p.id),
    title: String(p.title ?? ""),
    summary: String(p.summary ?? ""),
    status: String(p.status ?? ""),
    proposer: String(p.proposer ?? ""),
    submitTime: p.submit_time as string | undefined,
    votingEndTime: p.voting_end_time as string | undefined,
    expedited: Boolean(p.expedited),
    messageTypes: ((p.messages ?? []) as { "@type": string }[]).map((m) => m["@type"]),
    finalTally: p.final_tally_result as Record<string, string> | undefined,
  };
}
