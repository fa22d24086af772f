/**
 * The seed's genesis allocation (DESIGN.md §2), written down independently of the chain so
 * that tests compare the chain's state against the tokenomics rather than against itself.
 */
export const BTT_DENOM = "abtt";
export const BTT_DECIMALS = 18;
export const ONE_BTT = 10n ** 18n;
export const TOTAL_SUPPLY_BTT = 210_000_000n;
export const TOTAL_SUPPLY_ABTT = TOTAL_SUPPLY_BTT * ONE_BTT; // 2.1e26
export const MIN_GAS_PRICE = "1000000000abtt";
/** The institutions' fee budget (chain/genesis/feegrant.go): 100 BTT of fee allowance for each of the
 *  five institutions, carved out of the ecosystem growth fund at genesis into the keyless account
 *  sha256("institution_fee_budget")[:20]. */
export const INSTITUTION_FEE_BUDGET = "institution_fee_budget";
export const INSTITUTION_FEE_BUDGET_ABTT = 500n * ONE_BTT;

/** Allocation id → percent of the total supply. */
export const ALLOCATION_PERCENT = {
  china_oral_industry_group: 10n,
  vision_future_capital: 3n,
  yueya_era_medical: 3n,
  bellasmile_group: 2n,
  strategic_investors: 1n,
  foundation: 17n,
  mining_rewards_pool: 30n,
  community_incentives: 12n,
  ecosystem_growth_fund: 7n,
  // The seed's nine allocations add up to 85%; the remaining 15% of the fixed supply is held by a
  // governance-only module account (see README, "Supply and allocation").
  unallocated_reserve: 15n,
} as const;

export type AllocationId = keyof typeof ALLOCATION_PERCENT;

/** The five institutional allocations, in validator order (validator i is operated by institution i). */
export const INSTITUTIONS = [
  "china_oral_industry_group",
  "vision_future_capital",
  "yueya_era_medical",
  "bellasmile_group",
  "strategic_investors",
] as const satisfies readonly AllocationId[];

/** The pools held by module accounts (module account name = allocation id). */
export const POOLS = ["foundation", "mining_rewards_pool", "community_incentives", "ecosystem_growth_fund", "unallocated_reserve"] as const satisfies readonly AllocationId[];

export function allocationAbtt(id: AllocationId): bigint {
  return (TOTAL_SUPPLY_ABTT * ALLOCATION_PERCENT[id]) / 100n;
}

/** Exact decimal BTT string → abtt (no floats). */
export function btt(amount: string | number | bigint): bigint {
  const s = String(amount);
  const m = /^(\d+)(?:\.(\d{0,18}))?$/.exec(s);
  if (!m) throw new Error(`not a BTT amount: ${s}`);
  return BigInt(m[1]) * ONE_BTT + BigInt((m[2] ?? "").padEnd(18, "0") || "0");
}
