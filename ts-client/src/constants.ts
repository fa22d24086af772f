import { stringToPath, type HdPath } from "@cosmjs/crypto";

/** Base (on-chain) denomination: 1 BTT = 10^18 abtt. */
export const BTT_DENOM = "abtt";
/** Display denomination used by wallets. */
export const BTT_DISPLAY_DENOM = "btt";
/** Ticker symbol. */
export const BTT_SYMBOL = "BTT";
/** Decimal exponent between BTT_DISPLAY_DENOM and BTT_DENOM. */
export const BTT_DECIMALS = 18;
/** Bech32 human-readable prefix for account addresses (validators: bttvaloper, consensus: bttvalcons). */
export const BTT_BECH32_PREFIX = "btt";
/** SLIP-44 coin type used for HD derivation. */
export const BTT_COIN_TYPE = 118;
/** Default gas price: the localnet's minimum gas price (1 gwei-like unit of abtt per gas). */
export const BTT_DEFAULT_GAS_PRICE = "1000000000abtt";
/** Chain ids of the networks this client knows about. */
export const BTT_LOCALNET_CHAIN_ID = "btt-localnet-1";
export const BTT_TESTNET_CHAIN_ID = "btt-testnet-1";

/** The whole supply, minted once at genesis: 210,000,000 BTT in abtt (chain/tokenomics: TotalSupply). */
export const BTT_TOTAL_SUPPLY_ABTT = "210000000000000000000000000";

/** A genesis allocation pool: a module account that holds its share of the supply from genesis. */
export interface BttGenesisPool {
  /** Module account name (chain/tokenomics/tokenomics.go: FoundationPool, MiningRewardsPool...). */
  readonly name: string;
  readonly label: string;
  /** Percent of the 210M supply allocated at genesis. */
  readonly percent: number;
}

/**
 * The genesis allocation pools held by module accounts, as chain/tokenomics/tokenomics.go defines them
 * (the vesting allocations go to named accounts, not pools).
 */
export const BTT_GENESIS_POOLS: readonly BttGenesisPool[] = [
  { name: "foundation", label: "Foundation & Technical Development", percent: 17 },
  { name: "mining_rewards_pool", label: "Mining Rewards Pool", percent: 30 },
  { name: "community_incentives", label: "Community Incentives", percent: 12 },
  { name: "ecosystem_growth_fund", label: "Ecosystem Growth Fund", percent: 7 },
  { name: "unallocated_reserve", label: "Unallocated Reserve", percent: 15 },
];

/** The BIP-44 path m/44'/118'/0'/0/{accountIndex} used by BTT wallets. */
export function bttHdPath(accountIndex = 0): HdPath {
  if (!Number.isSafeInteger(accountIndex) || accountIndex < 0 || accountIndex >= 2 ** 31) {
    throw new Error(`bttHdPath: account index must be an integer in [0, 2^31), got ${String(accountIndex)}`);
  }
  return stringToPath(`m/44'/${BTT_COIN_TYPE}'/0'/0/${accountIndex}`);
}
