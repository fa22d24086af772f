// The config of `btt-relayer polkadot status | claims | verify` (YAML or JSON, validated with ajv): the Polkadot
// RPC, the orchestrator's ECDSA key file, the first block to read, and the custodies to watch. Until x/bridge serves
// the custodies (BttPolkadotSide.custodies), they are listed here by their signatories.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../config.js";
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
    custodies: PolkadotCustody[];
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
      required: ["rpc", "custodies"],
      properties: {
        rpc: { type: "string", pattern: "^wss?://" },
        keyFile: { type: "string", minLength: 1 },
        startBlock: { type: "integer", minimum: 1 },
        maxBlocks: { type: "integer", minimum: 1, maximum: 10000 },
        custodies: {
          type: "array",
          minItems: 1,
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
    metrics: { type: "object", additionalProperties: false, required: ["port"], properties: { host: { type: "string" }, port: { type: "integer", minimum: 1, maximum: 65535 } } },
  },
} as const;

const validate = new Ajv({ allErrors: true }).compile(SCHEMA);

interface Raw {
  polkadot: { rpc: string; keyFile?: string; startBlock?: number; maxBlocks?: number; custodies: { id: number; signatories: string[]; threshold?: number }[] };
  metrics?: { host?: string; port: number };
}

export function parsePolkadotConfig(raw: unknown, baseDir = process.cwd()): PolkadotConfig {
  if (!validate(raw)) throw new ConfigError(`invalid Polkadot config: ${(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}`);
  const r = raw as Raw;
  const custodies = r.polkadot.custodies.map((c) => {
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
    metrics: r.metrics ? { host: r.metrics.host ?? "127.0.0.1", port: r.metrics.port } : undefined,
  };
}

export function loadPolkadotConfig(file: string): PolkadotConfig {
  if (!existsSync(file)) throw new ConfigError(`config file ${file} not found`);
  return parsePolkadotConfig(parseYaml(readFileSync(file, "utf8")), dirname(resolve(file)));
}
