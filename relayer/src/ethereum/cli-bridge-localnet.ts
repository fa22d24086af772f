#!/usr/bin/env node
// make bridge-localnet / make bridge-localnet-stop: a BTT localnet, a Hardhat node, BttBridge, orchestrators and a relayer.
import { createLogger } from "../log.js";
import { BridgeLocalnet, devKey } from "./localnet.js";

async function main(cmd: string | undefined): Promise<void> {
  const log = createLogger("bridge-localnet");
  const net = new BridgeLocalnet({ logger: log });
  if (cmd === "up") {
    const info = await net.up();
    const user = devKey(2);
    console.log(`
BTT localnet ${info.chainId} (RPC ${net.net.rpc(0)}) bridged to a Hardhat node (${info.evmUrl}, chain id 31337); state in ${net.home}
  BttBridge ${info.bridge}   wBTT ${info.wrappedBtt}   bridge_id ${info.bridgeId}
  orchestrators: /metrics on 127.0.0.1:${net.metricsPort}..${net.metricsPort + net.net.validatorCount - 1}; relayer: 127.0.0.1:${net.metricsPort + 10}; logs in ${net.home}/logs
Move 10 BTT to Ethereum (Hardhat dev account 2, ${user.address}), fee 0.01 BTT:
  build/bttd tx bridge send-to-ethereum ${user.address} 10000000000000000000abtt 10000000000000000abtt --from dev \\
    --home ${net.net.validator(0).home} --keyring-backend test --chain-id ${info.chainId} --node ${net.net.rpc(0)} --gas auto --gas-adjustment 1.5 --gas-prices 1000000000abtt
And back (burns 5 wBTT on Ethereum, releases 5 BTT to the receiver):
  echo ${user.privateKey} > /tmp/dev2.key
  node relayer/dist/src/cli.js ethereum send-to-btt --rpc ${info.evmUrl} --bridge ${info.bridge} --private-key-file /tmp/dev2.key --to <btt1… receiver> --amount 5000000000000000000
Bridge status: node relayer/dist/src/cli.js ethereum status --config ${net.relayerConfig}
Stop everything: make bridge-localnet-stop`);
  } else if (cmd === "down") {
    await net.down();
    console.log("bridge-localnet stopped");
  } else {
    console.error("usage: cli-bridge-localnet.js <up | down>");
    process.exit(2);
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(`bridge-localnet: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
