#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { createLogger } from "./log.js";
import { Localnet } from "./localnet.js";
import { keysFilePath } from "./paths.js";
import { testnetGenesis } from "./testnet.js";

const USAGE = `usage: node localnet/dist/cli.js <command> [options]

commands:
  start            start the localnet (initialise it first when .localnet/ is empty, else resume)
  stop             stop exactly the bttd processes this localnet started (by PID)
  status           height, catching_up and peers of each validator
  reset            stop, then delete the state folder
  testnet-genesis  build a testnet genesis from an allocation config:
                     --config localnet/testnet/allocation.json --out DIR

options:
  --validators N   number of validators (default $LOCALNET_VALIDATORS or 4; only when initialising)
  --port-offset N  add N to every port (default $LOCALNET_PORT_OFFSET or 0)
  --home DIR       state folder (default <repo>/.localnet or $LOCALNET_HOME)
  --compute-models FILE  x/compute Model records (JSON array) for a new network's genesis
`;

function rel(p: string): string {
  const r = relative(process.cwd(), p);
  return r.startsWith("..") ? p : r;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      validators: { type: "string" },
      "port-offset": { type: "string" },
      home: { type: "string" },
      config: { type: "string" },
      out: { type: "string" },
      "compute-models": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const cmd = positionals[0];
  if (values.help || !cmd) {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  const log = createLogger("localnet");
  if (cmd === "testnet-genesis") {
    if (!values.config || !values.out) throw new Error("testnet-genesis needs --config FILE and --out DIR");
    const genesis = await testnetGenesis({ config: values.config, out: values.out, logger: log });
    process.stdout.write(`testnet genesis written to ${genesis}\n`);
    return 0;
  }
  const net = new Localnet({
    home: values.home,
    validators: values.validators !== undefined ? Number(values.validators) : undefined,
    portOffset: values["port-offset"] !== undefined ? Number(values["port-offset"]) : undefined,
    computeModels: values["compute-models"] ? (JSON.parse(readFileSync(values["compute-models"], "utf8")) as Record<string, unknown>[]) : undefined,
    logger: log,
  });
  switch (cmd) {
    case "start": {
      await net.start();
      printSummary(net);
      return 0;
    }
    case "stop": {
      const n = net.readPids().length;
      await net.stop();
      process.stdout.write(n ? `stopped ${n} validator process(es) of ${rel(net.home)}\n` : `no running validators recorded in ${rel(net.home)}\n`);
      return 0;
    }
    case "status": {
      if (!net.isInitialized()) {
        process.stdout.write(`no localnet in ${rel(net.home)} (run: make localnet)\n`);
        return 1;
      }
      const rows = await net.status();
      process.stdout.write(`chain-id ${net.chainId}, state ${rel(net.home)}\n`);
      process.stdout.write("validator  pid      running  height    catching_up  peers  rpc\n");
      for (const s of rows) {
        const v = net.validator(s.index);
        process.stdout.write(
          `${("val" + s.index).padEnd(10)} ${String(s.pid ?? "-").padEnd(8)} ${String(s.running).padEnd(8)} ${String(s.height ?? "-").padEnd(9)} ${String(s.catchingUp ?? "-").padEnd(12)} ${String(s.peers ?? "-").padEnd(6)} ${v.rpc}\n`,
        );
      }
      return rows.every((r) => r.running && r.height !== undefined) ? 0 : 1;
    }
    case "reset": {
      await net.reset();
      process.stdout.write(`removed ${rel(net.home)}\n`);
      return 0;
    }
    default:
      process.stderr.write(`unknown command ${cmd}\n${USAGE}`);
      return 2;
  }
}

function printSummary(net: Localnet): void {
  const lines: string[] = [];
  lines.push("");
  lines.push(`BTT localnet is producing blocks: chain-id ${net.chainId}, ${net.validatorCount} validators, state in ${rel(net.home)}/`);
  lines.push("");
  lines.push("validator  CometBFT RPC             REST (API)              gRPC              P2P    log");
  for (const v of net.validators()) {
    lines.push(
      `${v.moniker.padEnd(10)} ${v.rpc.padEnd(24)} ${v.api.padEnd(23)} ${v.grpc.padEnd(17)} ${String(v.ports.p2p).padEnd(6)} ${rel(v.log)}`,
    );
  }
  lines.push("");
  lines.push(`Funded development key "dev" (TEST ONLY mnemonic): ${rel(keysFilePath())}`);
  lines.push(`All test keys are in the keyring of validator 0: build/bttd keys list --keyring-backend test --home ${rel(net.validator(0).home)}`);
  lines.push(`Try: build/bttd q bank total --denom abtt --node tcp://127.0.0.1:${net.validator(0).ports.rpc}`);
  lines.push("Stop with: make localnet-stop   status: make localnet-status");
  lines.push("");
  process.stdout.write(lines.join("\n") + "\n");
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
