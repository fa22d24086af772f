import { BTT_DECIMALS, BTT_DENOM, BTT_DISPLAY_DENOM } from "./constants.js";

const SCALE = 10n ** BigInt(BTT_DECIMALS);
/** abtt in one BTT (10^BTT_DECIMALS), as a bigint. */
export const ABTT_PER_BTT = SCALE;
const BTT_RE = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const ABTT_RE = /^\d+$/;

/**
 * Converts a decimal BTT amount ("1.5", "0.000000000000000001", "210000000") to its exact abtt
 * integer string. Never uses floating point. Rejects negatives, more than 18 decimals, exponents,
 * signs, whitespace and anything that is not a plain decimal number.
 */
export function bttToAbtt(btt: string | bigint): string {
  if (typeof btt === "bigint") {
    if (btt < 0n) throw new Error(`bttToAbtt: amount must not be negative, got ${btt}`);
    return (btt * SCALE).toString();
  }
  if (typeof btt !== "string") throw new Error(`bttToAbtt: expected a decimal string or bigint, got ${typeof btt}`);
  if (btt.startsWith("-")) throw new Error(`bttToAbtt: amount must not be negative, got "${btt}"`);
  const m = BTT_RE.exec(btt);
  if (!m) throw new Error(`bttToAbtt: "${btt}" is not a decimal BTT amount (digits with an optional "." and up to ${BTT_DECIMALS} decimals)`);
  const whole = m[1] ?? "0";
  const frac = m[2] ?? m[3] ?? "";
  if (frac.length > BTT_DECIMALS) {
    throw new Error(`bttToAbtt: "${btt}" has ${frac.length} decimals; BTT has at most ${BTT_DECIMALS}`);
  }
  return (BigInt(whole) * SCALE + BigInt(frac.padEnd(BTT_DECIMALS, "0") || "0")).toString();
}

/** Parses an abtt integer amount (string of digits, or non-negative bigint) into a bigint. */
export function parseAbtt(abtt: string | bigint): bigint {
  if (typeof abtt === "bigint") {
    if (abtt < 0n) throw new Error(`abtt amount must not be negative, got ${abtt}`);
    return abtt;
  }
  if (typeof abtt !== "string" || !ABTT_RE.test(abtt)) {
    throw new Error(`"${String(abtt)}" is not an abtt amount (a non-negative integer string)`);
  }
  return BigInt(abtt);
}

/**
 * Converts an abtt integer amount to an exact decimal BTT string, without trailing zeros:
 * abttToBtt("1") === "0.000000000000000001", abttToBtt("1500000000000000000") === "1.5".
 */
export function abttToBtt(abtt: string | bigint): string {
  const v = parseAbtt(abtt);
  const whole = v / SCALE;
  const frac = (v % SCALE).toString().padStart(BTT_DECIMALS, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole.toString();
}

/**
 * The whole BTT in an abtt amount, truncated: what CometBFT counts as a validator's voting power
 * (tokens ÷ 10^18, the SDK's power reduction), and the unit of charts.
 */
export function abttToWholeBtt(abtt: string | bigint): bigint {
  return parseAbtt(abtt) / SCALE;
}

export interface FormatBttOptions {
  /** Maximum number of decimals to show (truncates toward zero, never rounds up). Default 18. */
  maxDecimals?: number;
  /** Group the integer part by thousands with this separator. Default "" (none). */
  groupSeparator?: string;
  /** Append " BTT". Default true. */
  withSymbol?: boolean;
  /**
   * Round (half up) to this many decimals, for display where the exact value is shown elsewhere (a
   * tooltip). A non-zero amount that would round to 0 keeps its first `digits` significant digits instead
   * ("0.000000000000000001"), so that dust never reads as nothing. Takes precedence over maxDecimals.
   */
  digits?: number;
}

/** Rounds an abtt amount half up to `digits` decimals of BTT; a non-zero amount below that keeps `digits` significant digits. */
function roundAbtt(v: bigint, digits: number): bigint {
  let keep = digits;
  if (v > 0n && v < SCALE) {
    // Decimals needed for `digits` significant digits of an amount below 1 BTT.
    const leadingZeros = BTT_DECIMALS - v.toString().length;
    keep = Math.max(digits, Math.min(BTT_DECIMALS, leadingZeros + digits));
  }
  const unit = 10n ** BigInt(BTT_DECIMALS - keep);
  return ((v + unit / 2n) / unit) * unit;
}

/**
 * Formats an abtt amount for display, e.g. formatBtt("1234500000000000000000") === "1234.5 BTT";
 * formatBtt("1234567890000000000000", { digits: 2, groupSeparator: "," }) === "1,234.57 BTT".
 */
export function formatBtt(abtt: string | bigint, options: FormatBttOptions = {}): string {
  const { maxDecimals = BTT_DECIMALS, groupSeparator = "", withSymbol = true, digits } = options;
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > BTT_DECIMALS) {
    throw new Error(`formatBtt: maxDecimals must be an integer in [0, ${BTT_DECIMALS}]`);
  }
  if (digits !== undefined && (!Number.isInteger(digits) || digits < 0 || digits > BTT_DECIMALS)) {
    throw new Error(`formatBtt: digits must be an integer in [0, ${BTT_DECIMALS}]`);
  }
  const shown = digits === undefined ? parseAbtt(abtt) : roundAbtt(parseAbtt(abtt), digits);
  const [whole, frac = ""] = abttToBtt(shown).split(".");
  const shownFrac = frac.slice(0, maxDecimals).replace(/0+$/, "");
  const grouped = groupSeparator ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator) : whole!;
  const num = shownFrac ? `${grouped}.${shownFrac}` : grouped;
  return withSymbol ? `${num} BTT` : num;
}

/** A cosmjs Coin of `btt` (decimal BTT string) expressed in abtt. */
export function bttCoin(btt: string | bigint): { denom: string; amount: string } {
  return { denom: BTT_DENOM, amount: bttToAbtt(btt) };
}

/** A cosmjs Coin of `abtt` (integer string). */
export function abttCoin(abtt: string | bigint): { denom: string; amount: string } {
  return { denom: BTT_DENOM, amount: parseAbtt(abtt).toString() };
}

export { BTT_DISPLAY_DENOM };
