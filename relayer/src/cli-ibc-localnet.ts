#!/usr/bin/env node
// make ibc-localnet / make ibc-localnet-stop: two linked BTT localnets and a running btt-relayer.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { ABTT_PER_BTT } from "@btt/ts-client";
import { fundFromDev, repoRoot } from "@btt/localnet";
import { writeHermesSetup } from "./hermes.js";
import { LinkStore } from "./link.js";
import { createLogger } from "./log.js";
import { IbcLocalnet } from "./ibc-localnet.js";

async function main(cmd: string | undefined): Promise<void> {
  const log = createLogger("ibc-localnet");
  const net = new IbcLocalnet({ logger: log });
  if (cmd === "up") {
    const s = await net.up();
    const [n1, n2] = net.nets;
    console.log(`
Two BTT chains linked by btt-relayer (state in ${net.home}):
  ${n1.chainId}  RPC ${n1.rpc(0)}  ${s.a.clientId} ${s.a.connectionId} transfer/${s.a.channelId}
  ${n2.chainId}  RPC ${n2.rpc(0)}  ${s.b.clientId} ${s.b.connectionId} transfer/${s.b.channelId}
  relayer: /metrics on http://127.0.0.1:${net.metricsPort}/metrics, log ${net.home}/logs/relayer.log, config ${net.configPath}
Send 1 BTT from chain 1 to chain 2 with bttd:
  build/bttd tx ibc-transfer transfer transfer ${s.a.channelId} <btt1… receiver> 1000000000000000000abtt --from <key> \\
    --chain-id ${n1.chainId} --node ${n1.rpc(0)} --gas auto --gas-adjustment 1.5 --gas-prices 1000000000abtt
Stop everything: make ibc-localnet-stop`);
  } else if (cmd === "hermes-config") {
    // Hermes on the same two chains and channel, with its own funded key (so both relayers can run at once).
    const hermes = process.env.HERMES ?? join(repoRoot(), "build", "hermes", "bin", "hermes");
    const dir = join(net.home, "hermes");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const mnemonic = join(dir, "mnemonic");
    if (!existsSync(mnemonic)) writeFileSync(mnemonic, (await DirectSecp256k1HdWallet.generate(24, { prefix: "btt" })).mnemonic + "\n", { mode: 0o600 });
    const [{ address }] = await (await DirectSecp256k1HdWallet.fromMnemonic(readFileSync(mnemonic, "utf8").trim(), { prefix: "btt" })).getAccounts();
    for (const n of net.nets) await fundFromDev(n.rpc(0), [{ address, min: 100n * ABTT_PER_BTT, top: 1_000n * ABTT_PER_BTT }]);
    const cfg = net.config();
    const link = new LinkStore(cfg.stateDir).load(cfg.paths[0], cfg.chains[0].chainId, cfg.chains[1].chainId);
    const setup = await writeHermesSetup(hermes, dir, net.nets, link, mnemonic, { trustingSeconds: 48 * 3600 });
    console.log(`Hermes config: ${setup.config} (key "relayer", ${address}, funded on both chains)
Run it: HOME=${setup.home} ${hermes} --config ${setup.config} start`);
  } else if (cmd === "down") {
    await net.down();
    console.log("ibc-localnet stopped");
  } else {
    console.error("usage: cli-ibc-localnet.js <up | down | hermes-config>");
    process.exit(2);
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(`ibc-localnet: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
