// `make polkadot-localnet` / `make polkadot-localnet-stop`: a BTT localnet (4 validators) with a short Polkadot
// checkpoint interval, a local Westend (Chopsticks, a block every blockTimeMs), and one `btt-relayer polkadot
// orchestrator` per validator. Each orchestrator signs with its validator's operator account, registers its ECDSA
// Polkadot key (MsgSetPolkadotOrchestrator) as it starts, and x/bridge makes the custody (the multisig of the four
// keys, threshold 3) once the registered validators hold more than 2/3 of the power. Chopsticks keeps its state in
// memory, so a stopped Polkadot localnet starts afresh (BTT chain included: its custody records would not match).
// On a live chain x/bridge's bridge_id and Polkadot params are set by governance (MsgUpdateParams) instead.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import { DetachedProcesses, Localnet, fundFromDev, repoRoot, sendFromDev, sleep, validatorAccount } from "@btt/localnet";
import { ABTT_PER_BTT, BTT_DEFAULT_GAS_PRICE, type BttQueryClient } from "@btt/ts-client";
import type { Logger } from "pino";
import { stringify as toYaml } from "yaml";
import { connectPolkadot, orchestratorKey, ss58, submit } from "./api.js";
import { rpcCall, stopChopsticksPid } from "./chopsticks.js";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
export const WND = 10n ** 12n;

/** x/bridge's bridge_id of a Polkadot-only localnet: sha256("btt-polkadot-bridge:" + chain id). */
export function polkadotBridgeId(chainId: string): string {
  return "0x" + createHash("sha256").update(`btt-polkadot-bridge:${chainId}`).digest("hex");
}

/** The localnet orchestrator i's Polkadot key (a dev key: never use it anywhere real). */
export function localnetOrchestratorKey(i: number): KeyringPair {
  return orchestratorKey(`//BttPolkadotOrchestrator${i}`);
}

/** An sr25519 account from a secret URI (dev accounts: //Alice, //Bob … are funded on westend-dev). */
export function devAccount(uri: string): KeyringPair {
  return new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(uri);
}

/** Westend-dev's funded dev account. */
export function alice(): KeyringPair {
  return devAccount("//Alice");
}

export interface PolkadotLocalnetOptions {
  /** State folder (default <repo>/.localnet-polkadot). */
  home?: string;
  portOffset?: number;
  chopsticksPort?: number;
  chainId?: string;
  validators?: number;
  /** Orchestrator i serves /metrics and /health on metricsPort + i. */
  metricsPort?: number;
  /** A Chopsticks block every blockTimeMs (default 2000). */
  blockTimeMs?: number;
  /** x/bridge params.polkadot.checkpoint_blocks (default 20). */
  checkpointBlocks?: number;
  /** Extra x/bridge params.polkadot (snake_case protojson). */
  polkadotParams?: Record<string, unknown>;
  /** Orchestrator loop period (default 1000 ms). */
  pollMs?: number;
  logger: Logger;
}

export interface PolkadotLocalnetInfo {
  chainId: string;
  bttRpc: string;
  polkadotWs: string;
  bridgeId: string;
  custodyId: string;
  /** SS58 (prefix 42). */
  custody: string;
  threshold: number;
  orchestrators: { validator: string; polkadot: string }[];
}

export class PolkadotLocalnet {
  readonly home: string;
  net: Localnet;
  readonly procs: DetachedProcesses;
  readonly chopsticksPort: number;
  readonly metricsPort: number;
  readonly chainId: string;

  constructor(private readonly o: PolkadotLocalnetOptions) {
    this.home = resolve(o.home ?? join(repoRoot(), ".localnet-polkadot"));
    this.chopsticksPort = o.chopsticksPort ?? 9944;
    this.metricsPort = o.metricsPort ?? 7700;
    this.chainId = o.chainId ?? "btt-polkadot-1";
    this.net = this.makeNet();
    this.procs = new DetachedProcesses(join(this.home, "services.json"), o.logger);
  }

  private makeNet(): Localnet {
    return new Localnet({
      home: join(this.home, "chain"),
      portOffset: this.o.portOffset ?? 800,
      chainId: this.chainId,
      validators: this.o.validators ?? 4,
      logger: this.o.logger,
      genesisPatch: (app) => {
        app.bridge ??= {};
        const params = app.bridge.params ?? {};
        app.bridge.params = {
          ...params,
          bridge_id: polkadotBridgeId(this.chainId),
          polkadot: { ...(params.polkadot ?? {}), checkpoint_blocks: String(this.o.checkpointBlocks ?? 20), ...(this.o.polkadotParams ?? {}) },
        };
      },
    });
  }

  get polkadotWs(): string {
    return `ws://127.0.0.1:${this.chopsticksPort}`;
  }
  get chopsticksPidFile(): string {
    return join(this.home, "chopsticks.pid");
  }
  get infoFile(): string {
    return join(this.home, "polkadot.json");
  }
  orchestratorDir(i: number): string {
    return join(this.home, `orchestrator${i}`);
  }
  orchestratorConfig(i: number): string {
    return join(this.orchestratorDir(i), "config.yaml");
  }
  logFile(name: string): string {
    return join(this.home, "logs", `${name}.log`);
  }

  info(): PolkadotLocalnetInfo {
    if (!existsSync(this.infoFile)) throw new Error(`${this.infoFile} is missing: the Polkadot localnet is not up`);
    return JSON.parse(readFileSync(this.infoFile, "utf8")) as PolkadotLocalnetInfo;
  }

  private async chopsticksHead(): Promise<number | undefined> {
    try {
      const h = await rpcCall<{ number: string }>(`http://127.0.0.1:${this.chopsticksPort}`, "chain_getHeader");
      return Number.parseInt(h.number, 16);
    } catch {
      return undefined;
    }
  }

  /** Starts everything; with Chopsticks gone (it keeps no state) everything starts afresh. */
  async up(): Promise<PolkadotLocalnetInfo> {
    const log = this.o.logger;
    if (this.procs.running("chopsticks") && existsSync(this.infoFile)) {
      log.info("Polkadot localnet already running");
      await this.startChain();
      for (let i = 0; i < this.net.validatorCount; i++) await this.startOrchestrator(i);
      return this.info();
    }
    await this.procs.stop();
    await this.stopChopsticksNode();
    await this.net.reset();
    this.net = this.makeNet();
    mkdirSync(join(this.home, "logs"), { recursive: true });
    if (existsSync(this.infoFile)) writeFileSync(this.infoFile, "");
    this.procs.start("chopsticks", [CLI, "polkadot", "chopsticks", "--port", String(this.chopsticksPort), "--block-time-ms", String(this.o.blockTimeMs ?? 2000), "--log-file", this.logFile("chopsticks-node"), "--pid-file", this.chopsticksPidFile], this.logFile("chopsticks"));
    await this.startChain();
    // Operators are vesting accounts (their balance is mostly locked): spendable BTT for the orchestrators' fees.
    await sendFromDev(this.net.rpc(0), this.net.validators().map((v) => validatorAccount(this.net.keys, v.index).address), 1_000n * ABTT_PER_BTT);
    await this.waitForChopsticks();
    await this.fundPolkadot(Array.from({ length: this.net.validatorCount }, (_, i) => localnetOrchestratorKey(i).address), 1_000n * WND);
    this.writeConfigs();
    for (let i = 0; i < this.net.validatorCount; i++) await this.startOrchestrator(i);
    const custody = await this.waitForCustody(this.net.validatorCount);
    const info: PolkadotLocalnetInfo = {
      chainId: this.chainId,
      bttRpc: this.net.rpc(0),
      polkadotWs: this.polkadotWs,
      bridgeId: polkadotBridgeId(this.chainId),
      custodyId: String(custody.id),
      custody: ss58(custody.account),
      threshold: custody.threshold,
      orchestrators: this.net.validators().map((v, i) => ({ validator: toBech32("bttvaloper", fromBech32(validatorAccount(this.net.keys, v.index).address, 256).data), polkadot: localnetOrchestratorKey(i).address })),
    };
    writeFileSync(this.infoFile, JSON.stringify(info, null, 2) + "\n");
    log.info(info, "Polkadot localnet up: custody made");
    return info;
  }

  private async startChain(): Promise<void> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        return await this.net.start();
      } catch (e) {
        if (!/is busy/.test(String(e)) || Date.now() > deadline) throw e;
        this.o.logger.warn({ err: String(e) }, "a port is busy: trying again in 5 s");
        await sleep(5000);
      }
    }
  }

  private async waitForChopsticks(timeoutMs = 300_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = await this.chopsticksHead();
      if (n !== undefined && n >= 1) return;
      if (!this.procs.running("chopsticks")) throw new Error(`Chopsticks exited during start-up: see ${this.logFile("chopsticks")}`);
      if (Date.now() > deadline) throw new Error(`Chopsticks did not answer within ${timeoutMs} ms (${this.logFile("chopsticks")})`);
      await sleep(500);
    }
  }

  /** Sends `amount` planck from //Alice to each address (one batch, awaited to finality). */
  async fundPolkadot(addresses: string[], amount: bigint): Promise<void> {
    const api = await connectPolkadot(this.polkadotWs);
    try {
      const tx = api.tx.utility.batchAll(addresses.map((a) => api.tx.balances.transferKeepAlive(a, amount)));
      const o = await (await submit(api, tx, alice())).outcome;
      if (!o.success) throw new Error(`funding from //Alice failed: ${o.error}`);
    } finally {
      await api.disconnect();
    }
  }

  query<T>(f: (q: BttQueryClient) => Promise<T>, i = 0): Promise<T> {
    return this.net.query(f, i);
  }

  /** The current custody once it has `members` members (every orchestrator registered). */
  async waitForCustody(members: number, timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const c = (await this.query((q) => q.btt.bridge.v1.polkadotCustody({ id: 0n })).catch(() => undefined))?.custody;
      if (c && c.members.length >= members) return c;
      if (Date.now() > deadline) throw new Error(`no custody with ${members} members after ${timeoutMs} ms (orchestrator logs in ${join(this.home, "logs")})`);
      await sleep(1000);
    }
  }

  private writeConfigs(): void {
    for (let i = 0; i < this.net.validatorCount; i++) {
      const dir = this.orchestratorDir(i);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, "mnemonic"), validatorAccount(this.net.keys, i).mnemonic + "\n", { mode: 0o600 });
      writeFileSync(join(dir, "polkadot.key"), `//BttPolkadotOrchestrator${i}\n`, { mode: 0o600 });
      writeFileSync(
        this.orchestratorConfig(i),
        toYaml({
          btt: { chainId: this.chainId, rpc: this.net.rpc(i), gasPrice: BTT_DEFAULT_GAS_PRICE, key: { mnemonicFile: "mnemonic" } },
          polkadot: { rpc: this.polkadotWs, keyFile: "polkadot.key", startBlock: 1 },
          orchestrator: { pollMs: this.o.pollMs ?? 1000, maxClaimsPerTx: 20 },
          metrics: { host: "127.0.0.1", port: this.metricsPort + i },
        }),
      );
    }
  }

  private async waitHealthy(name: string, port: number): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (!this.procs.running(name)) throw new Error(`${name} exited during start-up: see ${this.logFile(name)}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${name} did not answer /health within 120 s (${this.logFile(name)})`);
  }

  async startOrchestrator(i: number): Promise<number> {
    const name = `orchestrator${i}`;
    const pid = this.procs.start(name, [CLI, "polkadot", "orchestrator", "--config", this.orchestratorConfig(i)], this.logFile(name));
    await this.waitHealthy(name, this.metricsPort + i);
    return pid;
  }

  stopService(name: string, signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
    return this.procs.stop(name, signal);
  }

  /** Chopsticks itself, by the PID its wrapper wrote (left running if the wrapper was killed before it stopped it). */
  private async stopChopsticksNode(): Promise<void> {
    if (!existsSync(this.chopsticksPidFile)) return;
    const pid = Number(readFileSync(this.chopsticksPidFile, "utf8").trim());
    if (pid > 0 && (await stopChopsticksPid(pid))) this.o.logger.warn({ pid }, "Chopsticks outlived its wrapper: stopped by its PID");
    writeFileSync(this.chopsticksPidFile, "");
  }

  /** Stops exactly what up() started: the orchestrators, Chopsticks, the validators. */
  async down(): Promise<void> {
    for (let i = 0; i < this.net.validatorCount; i++) await this.procs.stop(`orchestrator${i}`);
    await this.procs.stop();
    await this.stopChopsticksNode();
    await this.net.stop();
  }

  /** A fresh BTT key for a user, with `fund` abtt from the dev key. */
  async newBttUser(fund: bigint): Promise<{ wallet: DirectSecp256k1HdWallet; address: string }> {
    const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
    const [{ address }] = await wallet.getAccounts();
    if (fund > 0n) await fundFromDev(this.net.rpc(0), [{ address, min: fund, top: fund }]);
    return { wallet, address };
  }
}
