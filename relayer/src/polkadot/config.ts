// The config of `btt-relayer polkadot orchestrator | registration | status | claims | verify` (YAML or JSON,
// validated with ajv): the Polkadot RPC, the orchestrator's ECDSA key file, the first block to read, the BTT chain
// (the same entry as the Ethereum bridge's `btt`: the orchestrator account signs claims) and the orchestrator's own
// settings. With `btt` the custodies come from x/bridge; without it (reading Polkadot only) they are listed here.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { CHAIN_SCHEMA, ConfigError, chainFromRaw, type ChainConfig } from "../config.js";
import { makeCustody } from "./multisig.js";
import type { PolkadotCustody } from "./types.js";

export interface PolkadotConfig {
  polkadot: {
    rpc: string;
    /** File holding the orchestrator's ECDSA secret (secret URI, mnemonic or 0x-hex seed); not needed to read. */
    keyFile?: string;
    /** The first Polkadot block an orchestrator with no attested claim reads. */
    startBlock: number;
    /** Blocks read per scan. */
    maxBlocks: number;
    /** Custodies named in the config (without `btt`); x/bridge's are used when `btt` is set. */
    custodies: PolkadotCustody[];
  };
  btt?: ChainConfig;
  orchestrator: {
    pollMs: number;
    maxClaimsPerTx: number;
    /** No withdrawal approval this close (BTT blocks) to its timeout height. */
    timeoutMarginBlocks: number;
    /** Finalized Polkadot blocks before the resume point read at start for executions and anchored checkpoints. */
    lookbackBlocks: number;
    /** Rounds each member waits, in turn, before opening an operation its picked opener did not open. */
    openAfterRounds: number;
  };
  metrics?: { host: string; port: number };
}

const SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["polkadot"],
  properties: {
    polkadot: {
      type: "object",
      additionalProperties: false,
      required: ["rpc"],
      properties: {
        rpc: { type: "string", pattern: "^wss?://" },
        keyFile: { type: "string", minLength: 1 },
        startBlock: { type: "integer", minimum: 1 },
        maxBlocks: { type: "integer", minimum: 1, maximum: 10000 },
        custodies: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "signatories"],
            properties: {
              id: { type: "integer", minimum: 0 },
              signatories: { type: "array", minItems: 1, maxItems: 100, items: { type: "string", minLength: 1 } },
              threshold: { type: "integer", minimum: 1 },
            },
          },
        },
      },
    },
    btt: { ...CHAIN_SCHEMA, required: ["chainId", "key"] },
    orchestrator: {
      type: "object",
      additionalProperties: false,
      properties: {
        pollMs: { type: "integer", minimum: 50 },
        maxClaimsPerTx: { type: "integer", minimum: 1, maximum: 200 },
        timeoutMarginBlocks: { type: "integer", minimum: 0 },
        lookbackBlocks: { type: "integer", minimum: 0, maximum: 100000 },
        openAfterRounds: { type: "integer", minimum: 0, maximum: 1000 },
      },
    },
    metrics: { type: "object", additionalProperties: false, required: ["port"], properties: { host: { type: "string" }, port: { type: "integer", minimum: 1, maximum: 65535 } } },
  },
} as const;

const validate = new Ajv({ allErrors: true }).compile(SCHEMA);

interface Raw {
  polkadot: { rpc: string; keyFile?: string; startBlock?: number; maxBlocks?: number; custodies?: { id: number; signatories: string[]; threshold?: number }[] };
  btt?: Record<string, unknown>;
  orchestrator?: { pollMs?: number; maxClaimsPerTx?: number; timeoutMarginBlocks?: number; lookbackBlocks?: number; openAfterRounds?: number };
  metrics?: { host?: string; port: number };
}

export function parsePolkadotConfig(raw: unknown, baseDir = process.cwd()): PolkadotConfig {
  if (!validate(raw)) throw new ConfigError(`invalid Polkadot config: ${(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}`);
  const r = raw as Raw;
  if (!r.btt && !(r.polkadot.custodies?.length)) throw new ConfigError("invalid Polkadot config: /polkadot/custodies must list at least one custody when there is no btt chain to read them from");
  const custodies = (r.polkadot.custodies ?? []).map((c) => {
    try {
      return makeCustody(BigInt(c.id), c.signatories, c.threshold);
    } catch (e) {
      throw new ConfigError(`custody ${c.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  if (new Set(custodies.map((c) => c.id)).size !== custodies.length) throw new ConfigError("custody ids must be distinct");
  return {
    polkadot: {
      rpc: r.polkadot.rpc,
      keyFile: r.polkadot.keyFile === undefined ? undefined : isAbsolute(r.polkadot.keyFile) ? r.polkadot.keyFile : resolve(baseDir, r.polkadot.keyFile),
      startBlock: r.polkadot.startBlock ?? 1,
      maxBlocks: r.polkadot.maxBlocks ?? 100,
      custodies,
    },
    btt: r.btt ? chainFromRaw({ name: "btt", gasAdjustment: 2.5, ...r.btt }, baseDir) : undefined,
    orchestrator: {
      pollMs: r.orchestrator?.pollMs ?? 1000,
      maxClaimsPerTx: r.orchestrator?.maxClaimsPerTx ?? 20,
      timeoutMarginBlocks: r.orchestrator?.timeoutMarginBlocks ?? 5,
      lookbackBlocks: r.orchestrator?.lookbackBlocks ?? 200,
      openAfterRounds: r.orchestrator?.openAfterRounds ?? 3,
    },
    metrics: r.metrics ? { host: r.metrics.host ?? "127.0.0.1", port: r.metrics.port } : undefined,
  };
}

export function loadPolkadotConfig(file: string): PolkadotConfig {
  if (!existsSync(file)) throw new ConfigError(`config file ${file} not found`);
  return parsePolkadotConfig(parseYaml(readFileSync(file, "utf8")), dirname(resolve(file)));
}
