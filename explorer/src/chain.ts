/** Errors of live chain queries, and the vesting schedule of a (typed) vesting account. */
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { BaseVestingAccount, Period } from "cosmjs-types/cosmos/vesting/v1beta1/vesting";

export class NotFoundError extends Error {
  readonly statusCode = 404;
}

export type { Coin };
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

/** A vesting account as x/auth/vesting stores it: its type URL, base, and start time and periods where it has them. */
export interface VestingAccountParts {
  typeUrl: string;
  base: BaseVestingAccount;
  startTime?: bigint;
  periods?: Period[];
}

function addCoins(into: Map<string, bigint>, coins: Coin[]) {
  for (const c of coins) into.set(c.denom, (into.get(c.denom) ?? 0n) + BigInt(c.amount));
}
function coinsOf(m: Map<string, bigint>): Coin[] {
  return [...m].filter(([, v]) => v > 0n).map(([denom, v]) => ({ denom, amount: v.toString() }));
}

/** Vesting schedule with what is locked at `now` (a period unlocks when start + its cumulative length has passed). */
export function vestingSchedule(acc: VestingAccountParts, now = new Date()): VestingInfo {
  const { typeUrl: type, base } = acc;
  const orig = base.originalVesting;
  const endS = Number(base.endTime);
  const startS = acc.startTime === undefined ? endS : Number(acc.startTime);
  const nowS = Math.floor(now.getTime() / 1000);
  const periods: VestingPeriod[] = [];
  const locked = new Map<string, bigint>();
  if (acc.periods) {
    let t = startS;
    acc.periods.forEach((p, i) => {
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
    delegatedVesting: base.delegatedVesting,
    delegatedFree: base.delegatedFree,
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
