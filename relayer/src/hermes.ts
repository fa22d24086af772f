// Hermes (the Rust relayer) against the same two chains: its config.toml and its key, written from an
// IbcLocalnet, so that `btt-relayer start` and `hermes start` can be run on one set-up and compared.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { stringify as toToml } from "smol-toml";
import { BTT_DENOM } from "@btt/ts-client";
import type { Localnet } from "@btt/localnet";
import type { LinkState } from "./link.js";

const run = promisify(execFile);

export interface HermesSetup {
  /** HOME for hermes processes: its keys live in $HOME/.hermes/keys. */
  home: string;
  config: string;
}

function chainEntry(net: Localnet, channel: string, trustingSeconds: number, maxMsgs: number) {
  const v = net.validator(0);
  return {
    id: net.chainId,
    type: "CosmosSdk",
    rpc_addr: `http://127.0.0.1:${v.ports.rpc}`,
    grpc_addr: `http://127.0.0.1:${v.ports.grpc}`,
    event_source: { mode: "push", url: `ws://127.0.0.1:${v.ports.rpc}/websocket`, batch_delay: "200ms" },
    rpc_timeout: "15s",
    trusted_node: true,
    account_prefix: "btt",
    key_name: "relayer",
    key_store_type: "Test",
    store_prefix: "ibc",
    // Hermes falls back on default_gas when a simulation fails (seen: a stale account sequence after
    // txs left its mempool); 200k then fails CheckTx as out of gas, which Hermes does not retry, and the
    // batch waits for the next packet clearing (clear_interval blocks). Enough for a full batch instead.
    default_gas: 8000000,
    max_gas: 40000000,
    gas_price: { price: 1000000000, denom: BTT_DENOM },
    gas_multiplier: 1.5,
    max_msg_num: maxMsgs,
    max_tx_size: 2097152,
    clock_drift: "5s",
    max_block_time: "30s",
    trusting_period: `${trustingSeconds}s`,
    trust_threshold: "1/3",
    address_type: { derivation: "cosmos" },
    compat_mode: "0.38",
    packet_filter: { policy: "allow", list: [["transfer", channel]] },
  };
}

/**
 * Writes `<dir>/config.toml` for the two chains of a link and adds the relayer mnemonic to Hermes'
 * test keyring for both (key name "relayer"). `maxMsgs` is Hermes' max_msg_num (its own default is 30).
 */
export async function writeHermesSetup(hermes: string, dir: string, nets: [Localnet, Localnet], link: LinkState, mnemonicFile: string, o: { trustingSeconds: number; telemetryPort?: number; maxMsgs?: number }): Promise<HermesSetup> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "config.toml");
  const doc = {
    global: { log_level: "info" },
    mode: {
      clients: { enabled: true, refresh: true, misbehaviour: false },
      connections: { enabled: false },
      channels: { enabled: false },
      packets: { enabled: true, clear_interval: 100, clear_on_start: true, tx_confirmation: false, auto_register_counterparty_payee: false },
    },
    rest: { enabled: false, host: "127.0.0.1", port: 3000 },
    telemetry: { enabled: o.telemetryPort !== undefined, host: "127.0.0.1", port: o.telemetryPort ?? 3001 },
    chains: [chainEntry(nets[0], link.a.channelId!, o.trustingSeconds, o.maxMsgs ?? 30), chainEntry(nets[1], link.b.channelId!, o.trustingSeconds, o.maxMsgs ?? 30)],
  };
  writeFileSync(config, toToml(doc));
  for (const n of nets) {
    await run(hermes, ["--config", config, "keys", "add", "--chain", n.chainId, "--key-name", "relayer", "--mnemonic-file", mnemonicFile, "--overwrite"], { env: { ...process.env, HOME: dir } });
  }
  return { home: dir, config };
}
