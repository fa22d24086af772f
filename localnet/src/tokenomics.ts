/**
 * The seed's genesis allocation (DESIGN.md §2) as the localnet and its tests use it: denom, decimals, supply
 * and the allocation table come from @btt/ts-client (generated from the chain's Go constants by `make
 * proto-gen`; chain/genesis's own tests check the table's amounts against the tokenomics).
 */
import { bttToAbtt, BTT_ALLOCATIONS, BTT_DECIMALS, BTT_DEFAULT_GAS_PRICE, BTT_DENOM, BTT_TOTAL_SUPPLY_ABTT, BTT_TOTAL_SUPPLY_BTT, type BttAllocationId } from "@btt/ts-client";

export { BTT_DENOM, BTT_DECIMALS };
export const ONE_BTT = 10n ** BigInt(BTT_DECIMALS);
export const TOTAL_SUPPLY_BTT = BigInt(BTT_TOTAL_SUPPLY_BTT);
export const TOTAL_SUPPLY_ABTT = BigInt(BTT_TOTAL_SUPPLY_ABTT); // 2.1e26
export const MIN_GAS_PRICE = BTT_DEFAULT_GAS_PRICE;
/** The institutions' fee budget (chain/genesis/feegrant.go): 100 BTT of fee allowance for each of the
 *  five institutions, carved out of the ecosystem growth fund at genesis into the keyless account
 *  sha256("institution_fee_budget")[:20]. */
export const INSTITUTION_FEE_BUDGET = "institution_fee_budget";
export const INSTITUTION_FEE_BUDGET_ABTT = 500n * ONE_BTT;

export type AllocationId = BttAllocationId;

/** Allocation id → percent of the total supply. */
export const ALLOCATION_PERCENT = Object.fromEntries(BTT_ALLOCATIONS.map((a) => [a.id, BigInt(a.percent)])) as Record<AllocationId, bigint>;

type IdOfKind<K extends "vesting" | "pool"> = Extract<(typeof BTT_ALLOCATIONS)[number], { kind: K }>["id"];
/** The five institutional allocations, in validator order (validator i is operated by institution i). */
export const INSTITUTIONS = BTT_ALLOCATIONS.filter((a) => a.kind === "vesting").map((a) => a.id) as readonly IdOfKind<"vesting">[];

/** The pools held by module accounts (module account name = allocation id). */
export const POOLS = BTT_ALLOCATIONS.filter((a) => a.kind === "pool").map((a) => a.id) as readonly IdOfKind<"pool">[];

export function allocationAbtt(id: AllocationId): bigint {
  return (TOTAL_SUPPLY_ABTT * ALLOCATION_PERCENT[id]) / 100n;
}

/** Exact decimal BTT string → abtt (no floats). */
export function btt(amount: string | number | bigint): bigint {
  return BigInt(bttToAbtt(typeof amount === "bigint" ? amount : String(amount)));
}
