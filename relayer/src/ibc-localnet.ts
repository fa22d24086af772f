// Two BTT localnets on one machine, linked by btt-relayer: `make ibc-localnet` / `make ibc-localnet-stop`.
// Each chain is a @btt/localnet network with its own chain id, home and port offset; the relayer gets
// one key (funded on both chains from the dev key), a config file, a link and a detached process.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DetachedProcesses, Localnet, fundFromDev, repoRoot, sleep } from "@btt/localnet";
import { ABTT_PER_BTT, BTT_DEFAULT_GAS_PRICE, BTT_LOCALNET_CHAIN_ID } from "@btt/ts-client";
import type { Logger } from "pino";
import { stringify as toYaml } from "yaml";
import { loadConfig, type RelayerConfig } from "./config.js";
import { connectChains, disconnectAll, linkPaths } from "./runner.js";
import type { LinkState } from "./link.js";

const ONE_BTT = ABTT_PER_BTT;
const RELAYER_CLI = fileURLToPath(new URL("./cli.js", import.meta.url));

export interface IbcLocalnetOptions {
  /** State folder (default <repo>/.localnet-ibc). */
  home?: string;
  /** Port offsets of the two chains (validator i of a chain adds 100 × i). */
  portOffsets?: [number, number];
  chainIds?: [string, string];
  validators?: number;
  /** Staking unbonding time of both chains; the clients trust for 2/3 of it. */
  unbondingTime?: string;
  /** Port of the relayer's /metrics and /health. */
  metricsPort?: number;
  logger: Logger;
}

export class IbcLocalnet {
  readonly home: string;
  readonly nets: [Localnet, Localnet];
  readonly procs: DetachedProcesses;
  readonly metricsPort: number;

  constructor(private readonly o: IbcLocalnetOptions) {
    this.home = resolve(o.home ?? join(repoRoot(), ".localnet-ibc"));
    const [off1, off2] = o.portOffsets ?? [1000, 1200];
    const [id1, id2] = o.chainIds ?? [BTT_LOCALNET_CHAIN_ID, "btt-localnet-2"];
    const common = { validators: o.validators ?? 2, unbondingTime: o.unbondingTime ?? "72h", logger: o.logger };
    this.nets = [
      new Localnet({ ...common, home: join(this.home, "chain1"), portOffset: off1, chainId: id1 }),
      new Localnet({ ...common, home: join(this.home, "chain2"), portOffset: off2, chainId: id2 }),
    ];
    this.procs = new DetachedProcesses(join(this.home, "services.json"), o.logger);
    this.metricsPort = o.metricsPort ?? 7190 + off1 - 1000;
  }

  get relayerDir(): string {
    return join(this.home, "relayer");
  }

  get configPath(): string {
    return join(this.relayerDir, "config.yaml");
  }

  get mnemonicPath(): string {
    return join(this.relayerDir, "mnemonic");
  }

  config(): RelayerConfig {
    return loadConfig(this.configPath);
  }

  /** The relayer key (made once) and its address. */
  async relayerKey(): Promise<string> {
    mkdirSync(this.relayerDir, { recursive: true, mode: 0o700 });
    if (!existsSync(this.mnemonicPath)) writeFileSync(this.mnemonicPath, (await DirectSecp256k1HdWallet.generate(24, { prefix: "btt" })).mnemonic + "\n", { mode: 0o600 });
    const w = await DirectSecp256k1HdWallet.fromMnemonic(readFileSync(this.mnemonicPath, "utf8").trim(), { prefix: "btt" });
    return (await w.getAccounts())[0].address;
  }

  writeConfig(extra: Record<string, unknown> = {}): void {
    const chain = (name: string, net: Localnet) => ({ name, chainId: net.chainId, rpc: net.rpc(0), gasPrice: BTT_DEFAULT_GAS_PRICE, key: { mnemonicFile: "mnemonic" } });
    const cfg = {
      stateDir: "state",
      metrics: { host: "127.0.0.1", port: this.metricsPort },
      chains: [chain("chain1", this.nets[0]), chain("chain2", this.nets[1])],
      paths: [{ name: "chain1-chain2", a: "chain1", b: "chain2", port: "transfer", version: "ics20-1" }],
      ...extra,
    };
    mkdirSync(dirname(this.configPath), { recursive: true });
    writeFileSync(this.configPath, toYaml(cfg));
  }

  /** Starts both chains, funds the relayer, links them (resuming a partial link) and starts the relayer. */
  async up(opts: { startRelayer?: boolean } = {}): Promise<LinkState> {
    for (const n of this.nets) await n.start();
    const address = await this.relayerKey();
    for (const n of this.nets) await fundFromDev(n.rpc(0), [{ address, min: 100n * ONE_BTT, top: 1_000n * ONE_BTT }]);
    if (!existsSync(this.configPath)) this.writeConfig();
    const cfg = this.config();
    const chains = await connectChains(cfg, this.o.logger);
    let state: LinkState;
    try {
      [state] = await linkPaths(cfg, chains, this.o.logger);
    } finally {
      disconnectAll(chains);
    }
    if (opts.startRelayer ?? true) await this.startRelayer();
    return state;
  }

  /** Starts `btt-relayer start` detached; resolves once its /health answers. */
  async startRelayer(): Promise<number> {
    const pid = this.procs.start("relayer", [RELAYER_CLI, "start", "--config", this.configPath], join(this.home, "logs", "relayer.log"));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (!this.procs.running("relayer")) throw new Error(`the relayer exited during start-up: see ${join(this.home, "logs", "relayer.log")}`);
      try {
        if ((await fetch(`http://127.0.0.1:${this.metricsPort}/health`)).ok) return pid;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error("the relayer did not answer /health within 60 s");
  }

  stopRelayer(signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
    return this.procs.stop("relayer", signal);
  }

  /** Stops exactly what up() started: the relayer, then both chains' validators. */
  async down(): Promise<void> {
    await this.procs.stop();
    for (const n of this.nets) await n.stop();
  }
}
