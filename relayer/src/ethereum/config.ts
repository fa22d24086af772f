// The config of `btt-relayer ethereum orchestrator | relay | status` (YAML or JSON, validated with ajv): the BTT
// chain (the same entry as an IBC config's chains[]), the Ethereum side (RPC, key, confirmation depth, scan range),
// and the orchestrator's and relayer's own settings (see README "Ethereum bridge").
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { CHAIN_SCHEMA, ConfigError, chainFromRaw, type ChainConfig } from "../config.js";

const ADDRESS = "^0x[0-9a-fA-F]{40}$";
const DECIMAL = "^[0-9]+(\\.[0-9]+)?$";

/** Default cap on any relayer tx's maxFeePerGas: 500 gwei (or relayer.maxGasPriceWei when that is higher). */
export const DEFAULT_MAX_FEE_PER_GAS_WEI = 500_000_000_000n;

export interface EthereumSideConfig {
  rpc: string;
  /** EVM chain id the RPC must report (and x/bridge's ethereum_chain_id). */
  chainId: number;
  /** File holding the 0x-hex secp256k1 private key (orchestrator: signs valsets/batches; relayer: pays gas). */
  privateKeyFile: string;
  /** BttBridge address; default: x/bridge's bridge_contract param. */
  bridgeContract?: string;
  /** The block the contract was deployed in: the first block an orchestrator with no attested event scans. */
  startBlock: number;
  /** Events are read only up to latest − confirmations (a reorg shallower than this is never seen). */
  confirmations: number;
  /** eth_getLogs block range per request. */
  blockRange: number;
  /** Ethereum tx wait limit. */
  txTimeoutMs: number;
}

/** A token's profitability rule: relay once the batch's fees reach `minFee` (base units), or always/never. */
export type TokenPolicy = { minFee: bigint } | "always" | "never";

export interface ProfitabilityConfig {
  /** How many BTT one ETH is worth (decimal string); wBTT fees are valued 1:1 in BTT. */
  ethPriceInBtt: string;
  /** Fees must cover cost × margin (default 1). */
  margin: number;
  /** Per token contract (lowercase address) policy for tokens other than wBTT. */
  tokens: Map<string, TokenPolicy>;
  /** Policy for any other token. */
  otherTokens: "always" | "never";
}

export interface EthereumConfig {
  btt: ChainConfig;
  ethereum: EthereumSideConfig;
  orchestrator: {
    pollMs: number;
    /** Claims per BTT transaction. */
    maxClaimsPerTx: number;
  };
  relayer: {
    pollMs: number;
    profitability: ProfitabilityConfig;
    /** Gas price cap in wei: no batch is sent while the network asks more (valsets still are). */
    maxGasPriceWei?: bigint;
    /** An own tx unmined after this long (ms) is resent with the same nonce and bumped fees. */
    replaceAfterMs: number;
    /** Fee increase of each replacement, percent (≥ 12.5: EIP-1559 replacement rules). */
    feeBumpPercent: number;
    /** No tx (first version or replacement) offers a maxFeePerGas above this (wei). */
    maxFeePerGasWei: bigint;
  };
  metrics?: { host: string; port: number };
}

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["btt", "ethereum"],
  properties: {
    btt: { ...CHAIN_SCHEMA, required: ["chainId", "key"] },
    ethereum: {
      type: "object",
      additionalProperties: false,
      required: ["rpc", "chainId", "privateKeyFile"],
      properties: {
        rpc: { type: "string", pattern: "^(https?|wss?)://" },
        chainId: { type: "integer", minimum: 1 },
        privateKeyFile: { type: "string", minLength: 1 },
        bridgeContract: { type: "string", pattern: ADDRESS },
        startBlock: { type: "integer", minimum: 0 },
        confirmations: { type: "integer", minimum: 0, maximum: 10000 },
        blockRange: { type: "integer", minimum: 1, maximum: 100000 },
        txTimeoutMs: { type: "integer", minimum: 1000 },
      },
    },
    orchestrator: {
      type: "object",
      additionalProperties: false,
      properties: {
        pollMs: { type: "integer", minimum: 50, maximum: 600000 },
        maxClaimsPerTx: { type: "integer", minimum: 1, maximum: 1000 },
      },
    },
    relayer: {
      type: "object",
      additionalProperties: false,
      properties: {
        pollMs: { type: "integer", minimum: 50, maximum: 600000 },
        maxGasPriceWei: { type: "string", pattern: "^[0-9]+$" },
        replaceAfterMs: { type: "integer", minimum: 100 },
        feeBumpPercent: { type: "number", minimum: 12.5, maximum: 1000 },
        maxFeePerGasWei: { type: "string", pattern: "^[1-9][0-9]*$" },
        profitability: {
          type: "object",
          additionalProperties: false,
          properties: {
            ethPriceInBtt: { type: "string", pattern: DECIMAL },
            margin: { type: "number", minimum: 0 },
            otherTokens: { enum: ["always", "never"] },
            tokens: {
              type: "object",
              propertyNames: { pattern: ADDRESS },
              additionalProperties: {
                oneOf: [
                  { enum: ["always", "never"] },
                  { type: "object", additionalProperties: false, required: ["minFee"], properties: { minFee: { type: "string", pattern: "^[0-9]+$" } } },
                ],
              },
            },
          },
        },
      },
    },
    metrics: { type: "object", additionalProperties: false, required: ["port"], properties: { host: { type: "string" }, port: { type: "integer", minimum: 0, maximum: 65535 } } },
  },
} as const;

export function parseEthereumConfig(text: string, baseDir: string): EthereumConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`config is not valid YAML or JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
  if (!validate(raw)) throw new ConfigError(`config is invalid: ${(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}`);
  const r = raw as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const rel = (p: string) => (isAbsolute(p) ? p : join(baseDir, p));
  const e = r.ethereum;
  const p = r.relayer?.profitability ?? {};
  const tokens = new Map<string, TokenPolicy>();
  for (const [addr, pol] of Object.entries((p.tokens ?? {}) as Record<string, string | { minFee: string }>)) {
    tokens.set(addr.toLowerCase(), typeof pol === "string" ? (pol as "always" | "never") : { minFee: BigInt(pol.minFee) });
  }
  const maxGasPriceWei = r.relayer?.maxGasPriceWei !== undefined ? BigInt(r.relayer.maxGasPriceWei) : undefined;
  const defaultMaxFee = maxGasPriceWei !== undefined && maxGasPriceWei > DEFAULT_MAX_FEE_PER_GAS_WEI ? maxGasPriceWei : DEFAULT_MAX_FEE_PER_GAS_WEI;
  const maxFeePerGasWei = r.relayer?.maxFeePerGasWei !== undefined ? BigInt(r.relayer.maxFeePerGasWei) : defaultMaxFee;
  if (maxGasPriceWei !== undefined && maxFeePerGasWei < maxGasPriceWei) {
    throw new ConfigError(`relayer.maxFeePerGasWei ${maxFeePerGasWei} must not be below relayer.maxGasPriceWei ${maxGasPriceWei}`);
  }
  const ethPriceInBtt = p.ethPriceInBtt ?? "1000";
  if (Number(ethPriceInBtt) <= 0) throw new ConfigError("relayer.profitability.ethPriceInBtt must be > 0");
  return {
    // Claims and confirmations grow the attestation they vote on: a tx simulated before the other validators' votes
    // landed in the same block uses up to ~1.6× the simulated gas when it executes, hence a larger default margin.
    btt: chainFromRaw({ name: "btt", gasAdjustment: 2.5, ...r.btt }, baseDir),
    ethereum: {
      rpc: e.rpc,
      chainId: e.chainId,
      privateKeyFile: rel(e.privateKeyFile),
      bridgeContract: e.bridgeContract,
      startBlock: e.startBlock ?? 0,
      confirmations: e.confirmations ?? 12,
      blockRange: e.blockRange ?? 2000,
      txTimeoutMs: e.txTimeoutMs ?? 120_000,
    },
    orchestrator: { pollMs: r.orchestrator?.pollMs ?? 1000, maxClaimsPerTx: r.orchestrator?.maxClaimsPerTx ?? 20 },
    relayer: {
      pollMs: r.relayer?.pollMs ?? 2000,
      maxGasPriceWei,
      replaceAfterMs: r.relayer?.replaceAfterMs ?? 60_000,
      feeBumpPercent: r.relayer?.feeBumpPercent ?? 15,
      maxFeePerGasWei,
      profitability: { ethPriceInBtt, margin: p.margin ?? 1, tokens, otherTokens: p.otherTokens ?? "never" },
    },
    metrics: r.metrics ? { host: r.metrics.host ?? "127.0.0.1", port: r.metrics.port } : undefined,
  };
}

export function loadEthereumConfig(file: string): EthereumConfig {
  if (!existsSync(file)) throw new ConfigError(`config file ${file} does not exist`);
  return parseEthereumConfig(readFileSync(file, "utf8"), dirname(resolve(file)));
}

/** The Ethereum private key from its file (0x + 64 hex). */
export function readEthKey(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch (err) {
    throw new ConfigError(`cannot read the Ethereum key file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const k = text.startsWith("0x") ? text : `0x${text}`;
  if (!/^0x[0-9a-fA-F]{64}$/.test(k)) throw new ConfigError(`${file} does not hold a 32-byte hex private key`);
  return k;
}
