#!/usr/bin/env node
// make polkadot-localnet / make polkadot-localnet-stop: a BTT localnet, Chopsticks (Westend) and one Polkadot orchestrator per validator.
import { createLogger } from "../log.js";
import { PolkadotLocalnet } from "./localnet.js";

async function main(cmd: string | undefined): Promise<void> {
  const log = createLogger("polkadot-localnet");
  // Overrides for running it beside other networks (defaults: .localnet-polkadot, offset 800, 9944, 7700).
  const env = (k: string) => (process.env[k] ? Number(process.env[k]) : undefined);
  const net = new PolkadotLocalnet({
    logger: log,
    home: process.env.POLKADOT_LOCALNET_HOME || undefined,
    portOffset: env("POLKADOT_LOCALNET_PORT_OFFSET"),
    chopsticksPort: env("POLKADOT_LOCALNET_CHOPSTICKS_PORT"),
    metricsPort: env("POLKADOT_LOCALNET_METRICS_PORT"),
  });
  if (cmd === "up") {
    const info = await net.up();
    const v0 = net.net.validator(0).home;
    const tx = `--home ${v0} --keyring-backend test --chain-id ${info.chainId} --node ${info.bttRpc} --gas auto --gas-adjustment 1.5 --gas-prices 1000000000abtt`;
    console.log(`
BTT localnet ${info.chainId} (RPC ${info.bttRpc}) bridged to a local Westend (Chopsticks, ${info.polkadotWs}); state in ${net.home}
  custody ${info.custody} (id ${info.custodyId}, threshold ${info.threshold} of ${info.orchestrators.length})
  orchestrators: /metrics and /health on 127.0.0.1:${net.metricsPort}..${net.metricsPort + info.orchestrators.length - 1}; logs in ${net.home}/logs
Move 10 WND from //Alice onto BTT (the dev account, ${"$"}(build/bttd keys show dev -a --home ${v0} --keyring-backend test)):
  echo //Alice > /tmp/alice.key
  node relayer/dist/src/cli.js polkadot deposit --rpc ${info.polkadotWs} --key-file /tmp/alice.key --custody ${info.custody} --amount 10000000000000 --to <btt1… receiver>
  build/bttd q bank balance <btt1… receiver> bridge/dot/wnd --node ${info.bttRpc}
And back (4 WND to //Bob):
  build/bttd tx bridge send-to-polkadot 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty 4000000000000bridge/dot/wnd 10000000000bridge/dot/wnd --from dev ${tx}
Bridge status: node relayer/dist/src/cli.js polkadot status --config ${net.orchestratorConfig(0)}
Checkpoints:   node relayer/dist/src/cli.js polkadot verify --config ${net.orchestratorConfig(0)}
Stop everything: make polkadot-localnet-stop`);
  } else if (cmd === "down") {
    await net.down();
    console.log("polkadot-localnet stopped");
  } else {
    console.error("usage: cli-polkadot-localnet.js <up | down>");
    process.exit(2);
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(`polkadot-localnet: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
