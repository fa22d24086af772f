import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadKeys } from "./keys.js";
import { createLogger, type Logger } from "./log.js";
import { bttdPath } from "./paths.js";
import { runCommand } from "./run.js";
import { BTT_DENOM } from "./tokenomics.js";

export interface TestnetGenesisOptions {
  /** Allocation config (protojson of btt.allocation.v1.AllocationConfig; keys starting with "_" are comments and are dropped). */
  config: string;
  /** Output folder: receives genesis.json (pre-gentx) and allocation.json (the cleaned config). */
  out: string;
  bttd?: string;
  /** Accept addresses of the public TEST ONLY localnet keys (for trying the example only). */
  allowTestKeys?: boolean;
  logger?: Logger;
}

function stripComments(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripComments);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => !k.startsWith("_"))
        .map(([k, x]) => [k, stripComments(x)]),
    );
  }
  return v;
}

/**
 * Builds the pre-gentx genesis of a testnet: `bttd init` + `bttd genesis allocate` + `bttd genesis validate`.
 * Validators then run `bttd genesis gentx` against it and the coordinator runs `bttd genesis collect-gentxs`
 * (see README, "Joining a testnet").
 */
export async function testnetGenesis(opts: TestnetGenesisOptions): Promise<string> {
  const log = opts.logger ?? createLogger("testnet-genesis");
  const bttd = resolve(opts.bttd ?? bttdPath());
  if (!existsSync(bttd)) throw new Error(`${bttd} is missing: run \`make build\` first`);
  const cfg = stripComments(JSON.parse(readFileSync(opts.config, "utf8"))) as {
    chain_id?: string;
    recipients?: { allocation: string; address: string }[];
    carve_outs?: { address: string }[];
  };
  if (!cfg.chain_id) throw new Error(`${opts.config}: chain_id is required`);
  const testAddrs = new Set(loadKeys().accounts.map((a) => a.address));
  const used = [...(cfg.recipients ?? []), ...(cfg.carve_outs ?? [])].map((r) => r.address);
  const bad = used.filter((a) => testAddrs.has(a));
  if (bad.length && !(opts.allowTestKeys ?? process.env.ALLOW_TEST_KEYS === "1"))
    throw new Error(
      `${opts.config} uses the public TEST ONLY localnet addresses (${bad.join(", ")}): put the real recipients' addresses in (or set ALLOW_TEST_KEYS=1 to try the example)`,
    );
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  const cleaned = join(out, "allocation.json");
  writeFileSync(cleaned, JSON.stringify(cfg, null, 2) + "\n");
  const home = mkdtempSync(join(tmpdir(), "btt-testnet-genesis-"));
  try {
    await runCommand(bttd, ["init", "genesis-builder", "--chain-id", cfg.chain_id, "--home", home, "--default-denom", BTT_DENOM]);
    await runCommand(bttd, ["genesis", "allocate", cleaned, "--home", home]);
    try {
      await runCommand(bttd, ["genesis", "validate", "--home", home]);
    } catch (err) {
      if (!/unknown command/i.test(String(err))) throw err;
      await runCommand(bttd, ["genesis", "validate-genesis", "--home", home]);
    }
    const genesis = join(out, "genesis.json");
    copyFileSync(join(home, "config", "genesis.json"), genesis);
    log.info({ genesis, chainId: cfg.chain_id }, "testnet genesis (before gentxs) written");
    return genesis;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
