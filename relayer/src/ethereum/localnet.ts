// `make bridge-localnet` / `make bridge-localnet-stop`: a BTT localnet (4 validators), a Hardhat node, BttBridge
// deployed with the chain's valset, one orchestrator per validator and one bridge relayer.
//
// The bridge's addresses are known before it exists: the deployer is Hardhat's dev account 0 on a fresh node, so
// BttBridge is at CREATE(deployer, nonce 0) and the WrappedBtt it deploys at CREATE(bridge, nonce 1). They go into
// the new chain's genesis with bridge_id = makeBridgeId(chainId, 31337) (x/bridge params bridge_id, ethereum_chain_id,
// bridge_contract, wrapped_btt_contract); on a live chain the same params are set by a gov MsgUpdateParams.
// The orchestrators register (MsgSetOrchestrator) as they start, x/bridge makes the first valset, and it becomes the
// contract's genesis valset. Hardhat keeps its state in memory, so a stopped bridge localnet starts afresh.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getContractAddress } from "@ethersproject/address";
import { Wallet } from "@ethersproject/wallet";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DEV_MNEMONIC, deployBridge, isEvmNodePid, makeBridgeId, startEvmNode, stopPid, type Valset } from "@btt/bridge-contracts";
import { DetachedProcesses, Localnet, fundFromDev, repoRoot, sendFromDev, sleep, validatorAccount } from "@btt/localnet";
import { ABTT_PER_BTT, BTT_DEFAULT_GAS_PRICE, type BttQueryClient } from "@btt/ts-client";
import type { Logger } from "pino";
import { stringify as toYaml } from "yaml";
import { RetryingJsonRpcProvider } from "./provider.js";
import { toContractValset } from "./orchestrator.js";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
const ONE_BTT = ABTT_PER_BTT;
export const EVM_CHAIN_ID = 31337;

/** Hardhat dev account i (public keys: never use them anywhere real). */
export function devKey(i: number): Wallet {
  return Wallet.fromMnemonic(DEV_MNEMONIC, `m/44'/60'/0'/0/${i}`);
}

export interface BridgeLocalnetOptions {
  /** State folder (default <repo>/.localnet-bridge). */
  home?: string;
  portOffset?: number;
  evmPort?: number;
  chainId?: string;
  validators?: number;
  /** Orchestrator i serves /metrics on metricsPort + i; the relayer on metricsPort + 10. */
  metricsPort?: number;
  confirmations?: number;
  /** Extra x/bridge params for the genesis (snake_case protojson). */
  bridgeParams?: Record<string, unknown>;
  /** Relayer profitability block (default: 1 BTT per ETH, every token relayed). */
  profitability?: Record<string, unknown>;
  logger: Logger;
}

export interface BridgeInfo {
  chainId: string;
  bridgeId: string;
  evmUrl: string;
  bridge: string;
  wrappedBtt: string;
  deployBlock: number;
  genesisValsetNonce: string;
}

export class BridgeLocalnet {
  readonly home: string;
  net: Localnet;
  readonly procs: DetachedProcesses;
  readonly evmPort: number;
  readonly metricsPort: number;
  readonly chainId: string;
  readonly bridgeId: string;
  readonly confirmations: number;

  constructor(private readonly o: BridgeLocalnetOptions) {
    this.home = resolve(o.home ?? join(repoRoot(), ".localnet-bridge"));
    this.evmPort = o.evmPort ?? 8545;
    this.metricsPort = o.metricsPort ?? 7500;
    this.chainId = o.chainId ?? "btt-bridge-1";
    this.bridgeId = makeBridgeId(this.chainId, BigInt(EVM_CHAIN_ID));
    this.confirmations = o.confirmations ?? 2;
    this.net = this.makeNet();
    this.procs = new DetachedProcesses(join(this.home, "services.json"), o.logger);
  }

  private makeNet(): Localnet {
    const deployer = devKey(0).address;
    const bridge = getContractAddress({ from: deployer, nonce: 0 });
    const wrapped = getContractAddress({ from: bridge, nonce: 1 });
    return new Localnet({
      home: join(this.home, "chain"),
      portOffset: this.o.portOffset ?? 600,
      chainId: this.chainId,
      validators: this.o.validators ?? 4,
      logger: this.o.logger,
      genesisPatch: (app) => {
        app.bridge ??= {};
        app.bridge.params = {
          ...(app.bridge.params ?? {}),
          bridge_id: this.bridgeId,
          ethereum_chain_id: String(EVM_CHAIN_ID),
          bridge_contract: bridge,
          wrapped_btt_contract: wrapped,
          // Hardhat mines a block a second here: batch timeouts project the Ethereum height at that pace.
          ethereum_block_time: "1s",
          ...(this.o.bridgeParams ?? {}),
        };
      },
    });
  }

  get evmUrl(): string {
    return `http://127.0.0.1:${this.evmPort}`;
  }
  get evmPidFile(): string {
    return join(this.home, "evm-node.pid");
  }
  get infoFile(): string {
    return join(this.home, "bridge.json");
  }
  orchestratorDir(i: number): string {
    return join(this.home, `orchestrator${i}`);
  }
  orchestratorConfig(i: number): string {
    return join(this.orchestratorDir(i), "config.yaml");
  }
  get relayerDir(): string {
    return join(this.home, "relayer");
  }
  get relayerConfig(): string {
    return join(this.relayerDir, "config.yaml");
  }
  logFile(name: string): string {
    return join(this.home, "logs", `${name}.log`);
  }

  info(): BridgeInfo {
    if (!existsSync(this.infoFile)) throw new Error(`${this.infoFile} is missing: the bridge localnet is not up`);
    return JSON.parse(readFileSync(this.infoFile, "utf8")) as BridgeInfo;
  }

  evmPid(): number | undefined {
    if (!existsSync(this.evmPidFile)) return undefined;
    const pid = Number(readFileSync(this.evmPidFile, "utf8").trim());
    return pid > 0 && isEvmNodePid(pid) ? pid : undefined;
  }

  provider(): RetryingJsonRpcProvider {
    return new RetryingJsonRpcProvider(this.evmUrl, EVM_CHAIN_ID);
  }

  /** Starts everything; a bridge localnet whose EVM node is gone (Hardhat keeps no state) starts afresh. */
  async up(): Promise<BridgeInfo> {
    const log = this.o.logger;
    if (this.evmPid() === undefined) {
      await this.procs.stop();
      await this.net.reset();
      this.net = this.makeNet();
      mkdirSync(join(this.home, "logs"), { recursive: true });
      const node = await startEvmNode({ port: this.evmPort, detached: true, logFile: this.logFile("evm-node"), log });
      writeFileSync(this.evmPidFile, `${node.pid}\n`);
      // A block a second besides the automatic one per tx: confirmation depths advance with time, as on a real chain.
      await node.provider.send("evm_setIntervalMining", [1000]);
    } else if (existsSync(this.infoFile)) {
      log.info("bridge localnet already running");
      await this.startChain();
      await this.startServices();
      return this.info();
    }
    await this.startChain();

    // Operators are vesting accounts (their balance is mostly locked): give them spendable BTT for the orchestrators' fees.
    await sendFromDev(this.net.rpc(0), this.net.validators().map((v) => validatorAccount(this.net.keys, v.index).address), 1_000n * ONE_BTT);
    this.writeConfigs();
    for (let i = 0; i < this.net.validatorCount; i++) await this.startOrchestrator(i);

    const valset = await this.waitForValset(this.net.validatorCount);
    const provider = this.provider();
    const deployer = devKey(0).connect(provider);
    if ((await provider.getTransactionCount(deployer.address)) !== 0) throw new Error("the deployer's nonce is not 0: the EVM node is not fresh");
    const genesis: Valset = toContractValset(valset);
    const { bridge, wrappedBtt } = await deployBridge(deployer, this.bridgeId, genesis);
    const deployBlock = (await bridge.deployTransaction.wait()).blockNumber;
    const params = (await this.query((q) => q.btt.bridge.v1.params())).params;
    if (params.bridgeContract.toLowerCase() !== bridge.address.toLowerCase() || params.wrappedBttContract.toLowerCase() !== wrappedBtt.address.toLowerCase()) {
      throw new Error(`deployed at ${bridge.address} / ${wrappedBtt.address}, but x/bridge expects ${params.bridgeContract} / ${params.wrappedBttContract}`);
    }
    const info: BridgeInfo = { chainId: this.chainId, bridgeId: this.bridgeId, evmUrl: this.evmUrl, bridge: bridge.address, wrappedBtt: wrappedBtt.address, deployBlock, genesisValsetNonce: String(valset.nonce) };
    writeFileSync(this.infoFile, JSON.stringify(info, null, 2) + "\n");
    log.info(info, "BttBridge deployed with the chain's valset");
    await this.startRelayer();
    return info;
  }

  /**
   * Starts the validators, waiting out a port that is briefly busy (a socket of an earlier run in TIME_WAIT, or an
   * outgoing connection that drew it from the ephemeral range): validators already up stay up.
   */
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

  query<T>(f: (q: BttQueryClient) => Promise<T>, i = 0): Promise<T> {
    return this.net.query(f, i);
  }

  /** The newest stored valset once it has `members` members (every orchestrator registered). */
  async waitForValset(members: number, timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.query((q) => q.btt.bridge.v1.valsets({ pagination: { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: false, reverse: true } })).catch(() => undefined);
      const newest = v?.valsets[0];
      if (newest && newest.members.length >= members) return newest;
      if (Date.now() > deadline) throw new Error(`no valset with ${members} members after ${timeoutMs} ms (orchestrator logs in ${join(this.home, "logs")})`);
      await sleep(500);
    }
  }

  private writeConfigs(): void {
    const btt = (i: number) => ({ chainId: this.chainId, rpc: this.net.rpc(i), gasPrice: BTT_DEFAULT_GAS_PRICE, key: { mnemonicFile: "mnemonic" } });
    const eth = { rpc: this.evmUrl, chainId: EVM_CHAIN_ID, privateKeyFile: "eth.key", startBlock: 0, confirmations: this.confirmations, blockRange: 1000 };
    for (let i = 0; i < this.net.validatorCount; i++) {
      const dir = this.orchestratorDir(i);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, "mnemonic"), validatorAccount(this.net.keys, i).mnemonic + "\n", { mode: 0o600 });
      if (!existsSync(join(dir, "eth.key"))) writeFileSync(join(dir, "eth.key"), Wallet.createRandom().privateKey + "\n", { mode: 0o600 });
      writeFileSync(this.orchestratorConfig(i), toYaml({ btt: btt(i), ethereum: eth, orchestrator: { pollMs: 500, maxClaimsPerTx: 20 }, metrics: { host: "127.0.0.1", port: this.metricsPort + i } }));
    }
    mkdirSync(this.relayerDir, { recursive: true, mode: 0o700 });
    writeFileSync(join(this.relayerDir, "eth.key"), devKey(1).privateKey + "\n", { mode: 0o600 });
    this.ensureRelayerMnemonic();
    writeFileSync(
      this.relayerConfig,
      toYaml({
        btt: btt(0),
        ethereum: eth,
        relayer: { pollMs: 1000, profitability: this.o.profitability ?? { ethPriceInBtt: "1", margin: 1, otherTokens: "always" } },
        metrics: { host: "127.0.0.1", port: this.metricsPort + 10 },
      }),
    );
  }

  private ensureRelayerMnemonic(): void {
    const f = join(this.relayerDir, "mnemonic");
    // The relayer only reads BTT (it never signs there), but the client wants a key: a fresh, unfunded one.
    if (!existsSync(f)) writeFileSync(f, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n", { mode: 0o600 });
  }

  private async waitHealthy(name: string, port: number): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (!this.procs.running(name)) throw new Error(`${name} exited during start-up: see ${this.logFile(name)}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${name} did not answer /health within 90 s (${this.logFile(name)})`);
  }

  async startOrchestrator(i: number): Promise<number> {
    const name = `orchestrator${i}`;
    const pid = this.procs.start(name, [CLI, "ethereum", "orchestrator", "--config", this.orchestratorConfig(i)], this.logFile(name));
    await this.waitHealthy(name, this.metricsPort + i);
    return pid;
  }

  async startRelayer(): Promise<number> {
    const pid = this.procs.start("relayer", [CLI, "ethereum", "relay", "--config", this.relayerConfig], this.logFile("relayer"));
    await this.waitHealthy("relayer", this.metricsPort + 10);
    return pid;
  }

  private async startServices(): Promise<void> {
    for (let i = 0; i < this.net.validatorCount; i++) await this.startOrchestrator(i);
    await this.startRelayer();
  }

  stopService(name: string, signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
    return this.procs.stop(name, signal);
  }

  killService(name: string): Promise<void> {
    return this.procs.kill(name);
  }

  /** Stops exactly what up() started: relayer and orchestrators, the validators, the EVM node (by its PID file). */
  async down(): Promise<void> {
    await this.procs.stop();
    await this.net.stop();
    const pid = this.evmPid();
    if (pid !== undefined) await stopPid(pid);
    if (existsSync(this.evmPidFile)) writeFileSync(this.evmPidFile, "");
  }

  /** A fresh BTT key for a user, with `fund` abtt from the dev key. */
  async newUser(fund: bigint): Promise<{ wallet: DirectSecp256k1HdWallet; address: string }> {
    const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
    const [{ address }] = await wallet.getAccounts();
    if (fund > 0n) await fundFromDev(this.net.rpc(0), [{ address, min: fund, top: fund }]);
    return { wallet, address };
  }
}
