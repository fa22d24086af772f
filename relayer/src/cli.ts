#!/usr/bin/env node
// btt-relayer: an IBC relayer for ibc-go v10 chains (07-tendermint clients, ICS-20 channels).
//   btt-relayer config validate --config FILE
//   btt-relayer keys            --config FILE        relayer address on each chain
//   btt-relayer balance         --config FILE        fee balance on each chain
//   btt-relayer link            --config FILE [--path NAME]
//   btt-relayer start           --config FILE [--path NAME]
//   btt-relayer ethereum …                           the Ethereum bridge (src/ethereum/cli.ts)
//   btt-relayer polkadot …                           the Polkadot bridge (src/polkadot/cli.ts)
import { parseArgs } from "node:util";
import { signerFor } from "./keys.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./log.js";
import { balances, connectChains, disconnectAll, linkPaths, startRelaying } from "./runner.js";
import { ETHEREUM_USAGE, ethereumMain } from "./ethereum/cli.js";
import { untilSignal } from "./signals.js";
import { POLKADOT_USAGE } from "./polkadot/usage.js";

const USAGE = `usage: btt-relayer <config validate | keys | balance | link | start> --config FILE [--path NAME]
${ETHEREUM_USAGE}
${POLKADOT_USAGE}`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "ethereum") return ethereumMain(argv.slice(1));
  if (argv[0] === "polkadot") return (await import("./polkadot/cli.js")).polkadotMain(argv.slice(1));
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { config: { type: "string", short: "c" }, path: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const cmd = positionals.join(" ");
  if (!values.config) throw new Error(`--config is required\n${USAGE}`);
  const cfg = loadConfig(values.config);
  const log = createLogger();
  switch (cmd) {
    case "config validate":
      console.log(`config ok: ${cfg.chains.length} chains (${cfg.chains.map((c) => c.chainId).join(", ")}), ${cfg.paths.length} paths (${cfg.paths.map((p) => p.name).join(", ")})`);
      return 0;
    case "keys":
      for (const c of cfg.chains) {
        const [acct] = await (await signerFor(c)).getAccounts();
        console.log(`${c.name}\t${c.chainId}\t${acct.address}`);
      }
      return 0;
    case "balance": {
      const chains = await connectChains(cfg, log);
      try {
        for (const r of await balances(chains)) console.log(`${r.chain}\t${r.chainId}\t${r.address}\t${r.balance}${r.denom}${r.low ? "\tLOW" : ""}`);
      } finally {
        disconnectAll(chains);
      }
      return 0;
    }
    case "link": {
      const chains = await connectChains(cfg, log);
      try {
        for (const s of await linkPaths(cfg, chains, log, values.path)) {
          console.log(`${s.path}: ${s.a.chainId} ${s.a.clientId} ${s.a.connectionId} ${s.a.channelId} <-> ${s.b.chainId} ${s.b.clientId} ${s.b.connectionId} ${s.b.channelId}`);
        }
      } finally {
        disconnectAll(chains);
      }
      return 0;
    }
    case "start": {
      const chains = await connectChains(cfg, log);
      const running = await startRelaying(cfg, chains, log, values.path).catch((e: unknown) => {
        disconnectAll(chains);
        throw e;
      });
      log.info({ paths: running.relayers.map((r) => r.path.name), pid: process.pid }, "relaying");
      return untilSignal(running, log, () => disconnectAll(chains));
    }
    default:
      throw new Error(`unknown command ${cmd}\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code !== 0) process.exit(code);
}, (e: unknown) => {
  console.error(`btt-relayer: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
