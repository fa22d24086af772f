// The relayer's profitability rule for a batch (valset updates are always relayed: without them the bridge stops).
//
//   wBTT batch:   Σ fees (abtt, minted to the relayer as wBTT 1:1)  ≥  gas × gasPrice (wei) × ethPriceInBtt × margin
//                 (BTT and ETH both have 18 decimals, so wei × BTT-per-ETH is abtt)
//   other token:  the token's policy in relayer.profitability.tokens — { minFee: N } (Σ fees ≥ N base units),
//                 "always" or "never" — else relayer.profitability.otherTokens ("never" by default), since the relayer
//                 cannot price an arbitrary token.
import { getAddress } from "@ethersproject/address";
import type { ProfitabilityConfig, TokenPolicy } from "./config.js";

export interface BatchCost {
  tokenContract: string;
  totalFees: bigint;
  gas: bigint;
  gasPriceWei: bigint;
}

export interface ProfitDecision {
  relay: boolean;
  /** The fee the rule asked for (abtt for wBTT, token base units for a minFee policy). */
  required?: bigint;
  reason: string;
}

/** A non-negative decimal string as numerator / 10^decimals. */
export function parseDecimal(s: string): { num: bigint; den: bigint } {
  const m = /^([0-9]+)(?:\.([0-9]+))?$/.exec(s.trim());
  if (!m) throw new Error(`not a decimal number: ${s}`);
  const frac = m[2] ?? "";
  return { num: BigInt(m[1]! + frac), den: 10n ** BigInt(frac.length) };
}

/** gas × gasPrice × ethPriceInBtt × margin in abtt, rounded up. */
export function gasCostInAbtt(cfg: Pick<ProfitabilityConfig, "ethPriceInBtt" | "margin">, gas: bigint, gasPriceWei: bigint): bigint {
  const price = parseDecimal(cfg.ethPriceInBtt);
  const margin = parseDecimal(String(cfg.margin));
  const num = gas * gasPriceWei * price.num * margin.num;
  const den = price.den * margin.den;
  return (num + den - 1n) / den;
}

export function batchDecision(cfg: ProfitabilityConfig, wrappedBtt: string, c: BatchCost): ProfitDecision {
  if (getAddress(c.tokenContract) === getAddress(wrappedBtt)) {
    const required = gasCostInAbtt(cfg, c.gas, c.gasPriceWei);
    return c.totalFees >= required
      ? { relay: true, required, reason: "wBTT fees cover the gas" }
      : { relay: false, required, reason: `wBTT fees ${c.totalFees} < gas cost ${required} abtt (gas ${c.gas} × ${c.gasPriceWei} wei × ${cfg.ethPriceInBtt} BTT/ETH × margin ${cfg.margin})` };
  }
  const policy: TokenPolicy = cfg.tokens.get(c.tokenContract.toLowerCase()) ?? cfg.otherTokens;
  if (policy === "always") return { relay: true, reason: "token policy: always" };
  if (policy === "never") return { relay: false, reason: `token policy for ${c.tokenContract}: never (set relayer.profitability.tokens or otherTokens)` };
  return c.totalFees >= policy.minFee
    ? { relay: true, required: policy.minFee, reason: "fees reach the token's minFee" }
    : { relay: false, required: policy.minFee, reason: `fees ${c.totalFees} < minFee ${policy.minFee}` };
}
