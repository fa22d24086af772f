// The relayer's one config file (YAML or JSON): chains and the paths between them, validated by a JSON
// schema, with chain facts (bech32 prefix, fee denom and gas price, RPC) filled in from a
// chain-registry chain.json when the file names one or the repo's chain-registry/ has the chain id.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";

export type KeySource = { mnemonicFile: string } | { keyring: { home: string; name: string; bttd?: string } };

export interface ChainConfig {
  /** A short name that paths refer to. */
  name: string;
  chainId: string;
  rpc: string;
  gasPrice: string;
  gasAdjustment: number;
  prefix: string;
  key: KeySource;
  /** Warn (and set the metric) when the relayer's balance of the fee denom is below this, in base units. */
  minBalance: bigint;
  /** Packets and acks per relay transaction (plus the client update in front). */
  maxMsgsPerTx: number;
  txTimeoutMs: number;
}

export interface PathConfig {
  name: string;
  /** Chain names: `a` gets the client of `b` and the other way round. */
  a: string;
  b: string;
  port: string;
  version: string;
}

export interface RelayerConfig {
  chains: ChainConfig[];
  paths: PathConfig[];
  /** Where link state (client, connection and channel ids) and scan heights are kept. */
  stateDir: string;
  metrics?: { host: string; port: number };
  /** Client trusting period as a fraction of the chain's unbonding period. */
  trustingFraction: number;
  /** Refresh a client once this fraction of its trusting period has passed without an update. */
  refreshFraction: number;
  pollMs: number;
}

/** One chain of a config (also the BTT side of `btt-relayer ethereum`'s config). */
export const CHAIN_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["name", "chainId", "key"],
  properties: {
    name: { type: "string", pattern: "^[a-zA-Z0-9_.-]{1,64}$" },
    chainId: { type: "string", pattern: "^[a-zA-Z0-9_.-]{1,64}$" },
    rpc: { type: "string", pattern: "^(https?|wss?)://" },
    gasPrice: { type: "string", pattern: "^[0-9.]+[a-zA-Z][a-zA-Z0-9/:._-]{1,127}$" },
    gasAdjustment: { type: "number", minimum: 1, maximum: 10 },
    prefix: { type: "string", pattern: "^[a-z]{1,32}$" },
    registry: { type: "string", description: "path of a chain-registry chain.json" },
    minBalance: { type: "string", pattern: "^[0-9]+$" },
    maxMsgsPerTx: { type: "integer", minimum: 1, maximum: 1000 },
    txTimeoutMs: { type: "integer", minimum: 1000 },
    key: {
      oneOf: [
        { type: "object", additionalProperties: false, required: ["mnemonicFile"], properties: { mnemonicFile: { type: "string", minLength: 1 } } },
        {
          type: "object",
          additionalProperties: false,
          required: ["keyring"],
          properties: {
            keyring: {
              type: "object",
              additionalProperties: false,
              required: ["home", "name"],
              properties: { home: { type: "string" }, name: { type: "string" }, bttd: { type: "string" } },
            },
          },
        },
      ],
    },
  },
} as const;

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["chains", "paths"],
  properties: {
    stateDir: { type: "string", minLength: 1 },
    metrics: { type: "object", additionalProperties: false, required: ["port"], properties: { host: { type: "string" }, port: { type: "integer", minimum: 0, maximum: 65535 } } },
    trustingFraction: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    refreshFraction: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    pollMs: { type: "integer", minimum: 50, maximum: 60000 },
    chains: {
      type: "array",
      minItems: 2,
      items: CHAIN_SCHEMA,
    },
    paths: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "a", "b"],
        properties: {
          name: { type: "string", pattern: "^[a-zA-Z0-9_.-]{1,64}$" },
          a: { type: "string" },
          b: { type: "string" },
          port: { type: "string", pattern: "^[a-zA-Z0-9._+-]{2,128}$" },
          version: { type: "string" },
        },
      },
    },
  },
} as const;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** chain-registry/ of this repo, where the BTT networks' chain.json files live. */
const REPO_REGISTRY = resolve(dirname(fileURLToPath(import.meta.url)), "../../../chain-registry");

interface RegistryChain {
  chain_id: string;
  bech32_prefix?: string;
  fees?: { fee_tokens?: { denom: string; fixed_min_gas_price?: number; average_gas_price?: number }[] };
  apis?: { rpc?: { address: string }[] };
}

function findRegistryChain(chainId: string, explicit: string | undefined, base: string): RegistryChain | undefined {
  if (explicit) {
    const p = isAbsolute(explicit) ? explicit : join(base, explicit);
    if (!existsSync(p)) throw new ConfigError(`chain ${chainId}: registry file ${p} does not exist`);
    const c = JSON.parse(readFileSync(p, "utf8")) as RegistryChain;
    if (c.chain_id !== chainId) throw new ConfigError(`chain ${chainId}: ${p} describes chain id ${c.chain_id}`);
    return c;
  }
  if (!existsSync(REPO_REGISTRY)) return undefined;
  for (const dir of readdirSync(REPO_REGISTRY)) {
    const p = join(REPO_REGISTRY, dir, "chain.json");
    if (!existsSync(p)) continue;
    const c = JSON.parse(readFileSync(p, "utf8")) as RegistryChain;
    if (c.chain_id === chainId) return c;
  }
  return undefined;
}

function gasPriceFromRegistry(r: RegistryChain | undefined): string | undefined {
  const t = r?.fees?.fee_tokens?.[0];
  const price = t?.average_gas_price ?? t?.fixed_min_gas_price;
  return t && price !== undefined ? `${price}${t.denom}` : undefined;
}

/** A chain entry (already checked against CHAIN_SCHEMA) with registry facts and defaults filled in. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function chainFromRaw(c: Record<string, any>, baseDir: string): ChainConfig {
  const rel = (p: string) => (isAbsolute(p) ? p : join(baseDir, p));
  const reg = findRegistryChain(c.chainId, c.registry, baseDir);
  const rpc = c.rpc ?? reg?.apis?.rpc?.[0]?.address;
  if (!rpc) throw new ConfigError(`chain ${c.name}: no rpc given and none in the chain registry`);
  const gasPrice = c.gasPrice ?? gasPriceFromRegistry(reg);
  if (!gasPrice) throw new ConfigError(`chain ${c.name}: no gasPrice given and none in the chain registry`);
  const key: KeySource = "mnemonicFile" in c.key ? { mnemonicFile: rel(c.key.mnemonicFile) } : { keyring: { ...c.key.keyring, home: rel(c.key.keyring.home) } };
  return {
    name: c.name,
    chainId: c.chainId,
    rpc,
    gasPrice,
    gasAdjustment: c.gasAdjustment ?? 1.5,
    prefix: c.prefix ?? reg?.bech32_prefix ?? "btt",
    key,
    minBalance: BigInt(c.minBalance ?? "10000000000000000000"),
    maxMsgsPerTx: c.maxMsgsPerTx ?? 100,
    txTimeoutMs: c.txTimeoutMs ?? 60_000,
  };
}

/** Parses and validates a config; relative paths in it are relative to `baseDir`. */
export function parseConfig(text: string, baseDir: string): RelayerConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`config is not valid YAML or JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(SCHEMA);
  if (!validate(raw)) {
    throw new ConfigError(`config is invalid: ${(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}`);
  }
  const r = raw as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const rel = (p: string) => (isAbsolute(p) ? p : join(baseDir, p));
  const chains: ChainConfig[] = (r.chains as Record<string, any>[]).map((c) => chainFromRaw(c, baseDir)); // eslint-disable-line @typescript-eslint/no-explicit-any
  const names = new Set<string>();
  for (const c of chains) {
    if (names.has(c.name)) throw new ConfigError(`chain name ${c.name} is used twice`);
    names.add(c.name);
  }
  const paths: PathConfig[] = (r.paths as Record<string, string>[]).map((p) => {
    for (const end of [p.a, p.b]) if (!names.has(end)) throw new ConfigError(`path ${p.name}: no chain named ${end}`);
    if (p.a === p.b) throw new ConfigError(`path ${p.name}: both ends are ${p.a}`);
    return { name: p.name, a: p.a, b: p.b, port: p.port ?? "transfer", version: p.version ?? "ics20-1" };
  });
  return {
    chains,
    paths,
    stateDir: rel(r.stateDir ?? ".relayer"),
    metrics: r.metrics ? { host: r.metrics.host ?? "127.0.0.1", port: r.metrics.port } : undefined,
    trustingFraction: r.trustingFraction ?? 2 / 3,
    refreshFraction: r.refreshFraction ?? 1 / 3,
    pollMs: r.pollMs ?? 300,
  };
}

export function loadConfig(file: string): RelayerConfig {
  if (!existsSync(file)) throw new ConfigError(`config file ${file} does not exist`);
  return parseConfig(readFileSync(file, "utf8"), dirname(resolve(file)));
}

export function chainNamed(cfg: RelayerConfig, name: string): ChainConfig {
  const c = cfg.chains.find((x) => x.name === name);
  if (!c) throw new ConfigError(`no chain named ${name}`);
  return c;
}
