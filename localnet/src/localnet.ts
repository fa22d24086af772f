import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CometRpc, connectBttQueryConnection, type BttQueryClient } from "@btt/ts-client";
import { parse as parseToml, stringify as stringifyToml } from "smol-toml";
import { account, loadKeys, maxValidators, validatorAccount, type KeysFile } from "./keys.js";
import { createLogger, type Logger } from "./log.js";
import { bttdPath, defaultLocalnetHome, keysFilePath } from "./paths.js";
import { isOurBttd, portFree, procArgv, sleep, waitForExit } from "./procs.js";
import { runCommand } from "./run.js";
import { BTT_LOCALNET_CHAIN_ID } from "@btt/ts-client";
import { BTT_DENOM, INSTITUTIONS, MIN_GAS_PRICE, ONE_BTT } from "./tokenomics.js";

export interface LocalnetOptions {
  /** State folder (default: <repo>/.localnet or $LOCALNET_HOME). */
  home?: string;
  /** Number of validators (default: $LOCALNET_VALIDATORS or 4). */
  validators?: number;
  /** Added to every port (default: $LOCALNET_PORT_OFFSET or 0). */
  portOffset?: number;
  chainId?: string;
  /** Path of the bttd binary (default: build/bttd or $BTTD). */
  bttd?: string;
  /** CometBFT consensus.timeout_commit (default "800ms": with the vote rounds, blocks come about every 1 s). */
  timeoutCommit?: string;
  govVotingPeriod?: string;
  govExpeditedVotingPeriod?: string;
  /** Minimum gov deposit in abtt (default 10 BTT). */
  govMinDeposit?: bigint;
  unbondingTime?: string;
  /** Self-delegation of each validator in abtt (default 1,000,000 BTT). */
  selfDelegation?: bigint;
  /** Liquid dev/faucet account carved out of the ecosystem growth fund, in abtt (default 5,000,000 BTT). */
  devCarveOut?: bigint;
  /** Liquid carve-out for validators beyond the five institutions, in abtt (default 1,100,000 BTT: 1,000,000 staked, the rest liquid). */
  extraValidatorCarveOut?: bigint;
  /** CometBFT mempool size in txs (default 10000). */
  mempoolSize?: number;
  /**
   * Genesis time of a new network (default: 2 s before init). A time in the past is accepted by
   * CometBFT (block 1 carries it, later blocks the current time) and makes the chain start "months
   * old", e.g. for the foundation's release cap; x/epochs then catches up one epoch per block.
   */
  genesisTime?: Date;
  /**
   * x/compute Model records (protojson, ids from 1) written into a new network's genesis, e.g. the
   * inference workers' stand-in models (`btt-worker standin-models`).
   */
  computeModels?: Record<string, unknown>[];
  /**
   * Changes a new network's genesis app_state before the gentxs (e.g. x/bridge params with the pre-computed
   * bridge contract addresses); the result is checked by `genesis validate`.
   */
  genesisPatch?: (appState: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  logger?: Logger;
}

/** What is saved in <home>/localnet.json so that a restart resumes the same network. */
export interface LocalnetState {
  chainId: string;
  validators: number;
  portOffset: number;
  genesisTime: string;
  createdAt: string;
  allocationConfig: string;
}

export interface ValidatorPorts {
  p2p: number;
  rpc: number;
  abci: number;
  prometheus: number;
  api: number;
  grpc: number;
}

export interface ValidatorInfo {
  index: number;
  moniker: string;
  home: string;
  log: string;
  ports: ValidatorPorts;
  rpc: string;
  api: string;
  grpc: string;
  operator: string;
}

interface PidEntry {
  index: number;
  pid: number;
  home: string;
}

export interface ValidatorStatus {
  index: number;
  pid?: number;
  running: boolean;
  height?: number;
  catchingUp?: boolean;
  peers?: number;
  error?: string;
}

/** Ports of validator i: validator 0 uses the standard ports, validator i adds 100*i, and everything adds the offset. */
export function validatorPorts(portOffset: number, i: number): ValidatorPorts {
  const b = portOffset + 100 * i;
  return { p2p: 26656 + b, rpc: 26657 + b, abci: 26658 + b, prometheus: 26660 + b, api: 1317 + b, grpc: 9090 + b };
}

function envInt(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${v}`);
  return n;
}

/** CometBFT's node ID: hex of the first 20 bytes of sha256(ed25519 public key). */
export function nodeIdFromKeyFile(path: string): string {
  const key = JSON.parse(readFileSync(path, "utf8")) as { priv_key: { value: string } };
  const raw = Buffer.from(key.priv_key.value, "base64");
  const pub = raw.subarray(32, 64);
  return createHash("sha256").update(pub).digest("hex").slice(0, 40);
}

type TomlTable = Record<string, unknown>;

function editToml(path: string, edit: (doc: TomlTable) => void): void {
  const doc = parseToml(readFileSync(path, "utf8")) as TomlTable;
  edit(doc);
  writeFileSync(path, stringifyToml(doc) + "\n");
}

/** Sets doc[section][key]; with onlyIfSection, does nothing when the section is absent in this version. */
function setKey(doc: TomlTable, section: string | null, key: string, value: unknown, onlyIfSection = false): void {
  let table = doc;
  if (section) {
    if (!(section in doc)) {
      if (onlyIfSection) return;
      doc[section] = {};
    }
    table = doc[section] as TomlTable;
  }
  table[key] = value;
}

function utcSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * One CometBFT RPC call through ts-client's CometRpc (Comet38Client), asked 3 times in all, since a kept-alive socket
 * may have been closed by the node meanwhile; the error names the endpoint and the method.
 */
async function cometCall<T>(rpc: string, method: string, call: (c: CometRpc) => Promise<T>): Promise<T> {
  const c = new CometRpc(rpc, { timeoutMs: 3000, attempts: 3, retryDelayMs: 100, retryTimeouts: true, retryErrors: true });
  try {
    return await call(c);
  } catch (err) {
    const cause = (err as { cause?: { message?: string } })?.cause?.message;
    throw new Error(`${rpc}/${method}: ${(err as Error).message}${cause ? ` (${cause})` : ""}`);
  } finally {
    c.disconnect();
  }
}

type CometStatus = Awaited<ReturnType<CometRpc["comet"]["status"]>>;

/**
 * A multi-validator BTT network on 127.0.0.1, one bttd process per validator, state in one folder.
 * Used by the CLI (`make localnet`), the e2e tests and the benchmark.
 */
export class Localnet {
  readonly home: string;
  readonly bttd: string;
  readonly log: Logger;
  readonly keys: KeysFile;
  private opts: Required<Omit<LocalnetOptions, "logger" | "home" | "bttd" | "genesisTime" | "computeModels" | "genesisPatch">>;
  private readonly genesisPatch?: LocalnetOptions["genesisPatch"];
  private readonly genesisTimeOption?: Date;
  private readonly computeModels?: Record<string, unknown>[];

  constructor(options: LocalnetOptions = {}) {
    this.home = resolve(options.home ?? defaultLocalnetHome());
    this.bttd = resolve(options.bttd ?? bttdPath());
    this.log = options.logger ?? createLogger();
    this.keys = loadKeys();
    this.genesisTimeOption = options.genesisTime;
    this.computeModels = options.computeModels;
    this.genesisPatch = options.genesisPatch;
    const saved = this.savedState();
    const validators = saved?.validators ?? options.validators ?? envInt("LOCALNET_VALIDATORS") ?? 4;
    const portOffset = saved?.portOffset ?? options.portOffset ?? envInt("LOCALNET_PORT_OFFSET") ?? 0;
    if (saved && options.validators !== undefined && options.validators !== saved.validators)
      this.log.warn({ saved: saved.validators, asked: options.validators }, "resuming the saved network; its validator count wins (reset to change it)");
    if (validators < 1 || validators > maxValidators(this.keys))
      throw new Error(`validators must be between 1 and ${maxValidators(this.keys)} (test keys in ${keysFilePath()})`);
    if (portOffset + 26660 + 100 * (validators - 1) > 65535) throw new Error(`port offset ${portOffset} is too large`);
    this.opts = {
      validators,
      portOffset,
      chainId: saved?.chainId ?? options.chainId ?? BTT_LOCALNET_CHAIN_ID,
      timeoutCommit: options.timeoutCommit ?? "800ms",
      govVotingPeriod: options.govVotingPeriod ?? "20s",
      govExpeditedVotingPeriod: options.govExpeditedVotingPeriod ?? "10s",
      govMinDeposit: options.govMinDeposit ?? 10n * ONE_BTT,
      unbondingTime: options.unbondingTime ?? "120s",
      selfDelegation: options.selfDelegation ?? 1_000_000n * ONE_BTT,
      devCarveOut: options.devCarveOut ?? 5_000_000n * ONE_BTT,
      extraValidatorCarveOut: options.extraValidatorCarveOut ?? 1_100_000n * ONE_BTT,
      mempoolSize: options.mempoolSize ?? 10000,
    };
  }

  get chainId(): string {
    return this.opts.chainId;
  }
  get validatorCount(): number {
    return this.opts.validators;
  }
  get portOffset(): number {
    return this.opts.portOffset;
  }
  get devCarveOut(): bigint {
    return this.opts.devCarveOut;
  }
  get extraValidatorCarveOut(): bigint {
    return this.opts.extraValidatorCarveOut;
  }
  get selfDelegation(): bigint {
    return this.opts.selfDelegation;
  }
  get stateFile(): string {
    return join(this.home, "localnet.json");
  }
  get pidsFile(): string {
    return join(this.home, "pids.json");
  }

  validator(i: number): ValidatorInfo {
    const ports = validatorPorts(this.opts.portOffset, i);
    return {
      index: i,
      moniker: `val${i}`,
      home: join(this.home, `val${i}`),
      log: join(this.home, "logs", `val${i}.log`),
      ports,
      rpc: `http://127.0.0.1:${ports.rpc}`,
      api: `http://127.0.0.1:${ports.api}`,
      grpc: `127.0.0.1:${ports.grpc}`,
      operator: validatorAccount(this.keys, i).name,
    };
  }

  validators(): ValidatorInfo[] {
    return Array.from({ length: this.opts.validators }, (_, i) => this.validator(i));
  }

  /** RPC endpoint of validator i (default 0). */
  rpc(i = 0): string {
    return this.validator(i).rpc;
  }

  savedState(): LocalnetState | undefined {
    const f = join(this.home, "localnet.json");
    if (!existsSync(f)) return undefined;
    return JSON.parse(readFileSync(f, "utf8")) as LocalnetState;
  }

  isInitialized(): boolean {
    return this.savedState() !== undefined;
  }

  private async bttdCmd(args: string[], input?: string): Promise<string> {
    this.log.debug({ args }, "bttd");
    const { stdout, stderr } = await runCommand(this.bttd, args, { input });
    return stdout.trim() || stderr.trim();
  }

  private checkBinary(): void {
    if (!existsSync(this.bttd)) throw new Error(`${this.bttd} is missing: run \`make build\` first`);
  }

  /** The allocation config (protojson, see proto/btt/allocation/v1/config.proto) for this network. */
  allocationConfig(genesisTime: string): unknown {
    const carveOuts = [
      { name: "dev", address: account(this.keys, "dev").address, amount: this.opts.devCarveOut.toString(), from: "ecosystem_growth_fund" },
    ];
    for (let i = INSTITUTIONS.length; i < this.opts.validators; i++) {
      carveOuts.push({
        name: `val${i}`,
        address: validatorAccount(this.keys, i).address,
        amount: this.opts.extraValidatorCarveOut.toString(),
        from: "ecosystem_growth_fund",
      });
    }
    return {
      chain_id: this.opts.chainId,
      genesis_time: genesisTime,
      recipients: INSTITUTIONS.map((allocation) => ({ allocation, address: account(this.keys, allocation).address })),
      carve_outs: carveOuts,
      network: {
        gov_voting_period: this.opts.govVotingPeriod,
        gov_expedited_voting_period: this.opts.govExpeditedVotingPeriod,
        gov_min_deposit: this.opts.govMinDeposit.toString(),
        unbonding_time: this.opts.unbondingTime,
        max_validators: 100,
        // x/emissions pays the mining budget every 10 s here (a day on mainnet).
        emissions_epoch: "10s",
      },
    };
  }

  private async recoverKey(home: string, name: string, mnemonic: string, expected: string): Promise<void> {
    await this.bttdCmd(["keys", "add", name, "--recover", "--keyring-backend", "test", "--home", home, "--output", "json"], mnemonic + "\n");
    const addr = (await this.bttdCmd(["keys", "show", name, "-a", "--keyring-backend", "test", "--home", home])).trim();
    if (addr !== expected) throw new Error(`key ${name} derived ${addr}, the keys file says ${expected} (coin type or prefix mismatch?)`);
  }

  private async validateGenesis(home: string): Promise<void> {
    try {
      await this.bttdCmd(["genesis", "validate", "--home", home]);
    } catch (err) {
      if (!/unknown command/i.test(String(err))) throw err;
      await this.bttdCmd(["genesis", "validate-genesis", "--home", home]);
    }
  }

  /** Creates every validator home, the genesis (allocation + gentxs) and the configs. Wipes an incomplete earlier attempt. */
  async init(): Promise<void> {
    this.checkBinary();
    if (this.isInitialized()) throw new Error(`${this.home} already holds a network (reset it first)`);
    if (existsSync(this.home)) {
      const pids = this.readPids();
      if (pids.some((p) => isOurBttd(p.pid, this.bttd, p.home))) throw new Error(`processes of ${this.home} are still running: stop them first`);
      rmSync(this.home, { recursive: true, force: true });
    }
    mkdirSync(join(this.home, "logs"), { recursive: true });
    const vals = this.validators();
    const genesisTime = utcSeconds(this.genesisTimeOption ?? new Date(Date.now() - 2000));
    const chainId = this.opts.chainId;
    this.log.info({ home: this.home, validators: vals.length, chainId }, "initialising localnet");

    for (const v of vals) {
      await this.bttdCmd(["init", v.moniker, "--chain-id", chainId, "--home", v.home, "--default-denom", BTT_DENOM]);
    }
    const h0 = vals[0].home;
    // validator 0's keyring holds every test key, so `bttd tx ... --from dev --home .localnet/val0` works.
    for (const a of this.keys.accounts) await this.recoverKey(h0, a.name, a.mnemonic, a.address);

    const allocPath = join(this.home, "allocation.json");
    writeFileSync(allocPath, JSON.stringify(this.allocationConfig(genesisTime), null, 2) + "\n");
    await this.bttdCmd(["genesis", "allocate", allocPath, "--home", h0]);
    const genesis0 = join(h0, "config", "genesis.json");
    if (this.computeModels?.length) this.addComputeModels(genesis0, this.computeModels);
    this.setHealthEpoch(genesis0);
    if (this.genesisPatch) {
      const g = JSON.parse(readFileSync(genesis0, "utf8")) as { app_state: Record<string, unknown> };
      this.genesisPatch(g.app_state);
      writeFileSync(genesis0, JSON.stringify(g, null, 2) + "\n");
    }

    const gentxDir = join(this.home, "gentx");
    mkdirSync(gentxDir, { recursive: true });
    for (const v of vals) {
      const op = validatorAccount(this.keys, v.index);
      if (v.index > 0) {
        copyFileSync(genesis0, join(v.home, "config", "genesis.json"));
        await this.recoverKey(v.home, op.name, op.mnemonic, op.address);
      }
      await this.bttdCmd([
        "genesis", "gentx", op.name, `${this.opts.selfDelegation}${BTT_DENOM}`,
        "--chain-id", chainId, "--keyring-backend", "test", "--home", v.home,
        "--moniker", v.moniker, "--ip", "127.0.0.1",
        "--output-document", join(gentxDir, `gentx-${v.moniker}.json`),
      ]);
    }
    await this.bttdCmd(["genesis", "collect-gentxs", "--gentx-dir", gentxDir, "--home", h0]);
    await this.validateGenesis(h0);
    for (const v of vals.slice(1)) copyFileSync(genesis0, join(v.home, "config", "genesis.json"));

    const ids = vals.map((v) => nodeIdFromKeyFile(join(v.home, "config", "node_key.json")));
    for (const v of vals) this.writeConfigs(v, ids);

    const state: LocalnetState = {
      chainId,
      validators: vals.length,
      portOffset: this.opts.portOffset,
      genesisTime,
      createdAt: new Date().toISOString(),
      allocationConfig: allocPath,
    };
    writeFileSync(this.stateFile, JSON.stringify(state, null, 2) + "\n");
    this.log.info({ home: this.home }, "localnet initialised");
  }

  /**
   * x/health's points epoch follows x/emissions' here: 10 s instead of a day, so that points earned on the
   * localnet mature and convert within seconds (the per-epoch budget stays the default).
   */
  private setHealthEpoch(genesisPath: string): void {
    const g = JSON.parse(readFileSync(genesisPath, "utf8")) as { app_state: { health?: { params: { epoch_seconds: string } } } };
    if (!g.app_state.health) return;
    g.app_state.health.params.epoch_seconds = "10";
    writeFileSync(genesisPath, JSON.stringify(g, null, 2) + "\n");
  }

  /** Writes `models` into the genesis' x/compute state (validated by `genesis validate` below). */
  private addComputeModels(genesisPath: string, models: Record<string, unknown>[]): void {
    const g = JSON.parse(readFileSync(genesisPath, "utf8")) as { app_state: { compute: { models?: unknown[]; next_model_id?: string } } };
    g.app_state.compute.models = models;
    g.app_state.compute.next_model_id = String(Math.max(...models.map((m) => Number(m.id))) + 1);
    writeFileSync(genesisPath, JSON.stringify(g, null, 2) + "\n");
  }

  private writeConfigs(v: ValidatorInfo, nodeIds: string[]): void {
    const p = v.ports;
    const peers = this.validators()
      .filter((o) => o.index !== v.index)
      .map((o) => `${nodeIds[o.index]}@127.0.0.1:${o.ports.p2p}`)
      .join(",");
    editToml(join(v.home, "config", "config.toml"), (doc) => {
      setKey(doc, null, "moniker", v.moniker);
      setKey(doc, null, "proxy_app", `tcp://127.0.0.1:${p.abci}`);
      setKey(doc, "rpc", "laddr", `tcp://127.0.0.1:${p.rpc}`);
      setKey(doc, "rpc", "grpc_laddr", "");
      setKey(doc, "rpc", "pprof_laddr", "");
      setKey(doc, "rpc", "cors_allowed_origins", ["*"]);
      setKey(doc, "rpc", "max_subscription_clients", 100);
      setKey(doc, "rpc", "timeout_broadcast_tx_commit", "30s");
      setKey(doc, "p2p", "laddr", `tcp://127.0.0.1:${p.p2p}`);
      setKey(doc, "p2p", "external_address", `127.0.0.1:${p.p2p}`);
      setKey(doc, "p2p", "persistent_peers", peers);
      setKey(doc, "p2p", "seeds", "");
      setKey(doc, "p2p", "addr_book_strict", false);
      setKey(doc, "p2p", "allow_duplicate_ip", true);
      setKey(doc, "p2p", "pex", true);
      setKey(doc, "mempool", "size", this.opts.mempoolSize);
      setKey(doc, "mempool", "cache_size", Math.max(20000, 2 * this.opts.mempoolSize));
      setKey(doc, "consensus", "timeout_commit", this.opts.timeoutCommit);
      setKey(doc, "consensus", "skip_timeout_commit", false);
      setKey(doc, "instrumentation", "prometheus", false);
      setKey(doc, "instrumentation", "prometheus_listen_addr", `127.0.0.1:${p.prometheus}`);
    });
    editToml(join(v.home, "config", "app.toml"), (doc) => {
      setKey(doc, null, "minimum-gas-prices", MIN_GAS_PRICE);
      setKey(doc, null, "pruning", "custom");
      setKey(doc, null, "pruning-keep-recent", "10000");
      setKey(doc, null, "pruning-interval", "100");
      setKey(doc, "api", "enable", true);
      setKey(doc, "api", "swagger", false);
      setKey(doc, "api", "address", `tcp://127.0.0.1:${p.api}`);
      setKey(doc, "api", "enabled-unsafe-cors", true);
      setKey(doc, "grpc", "enable", true);
      setKey(doc, "grpc", "address", `127.0.0.1:${p.grpc}`);
      setKey(doc, "grpc-web", "enable", true, true);
      setKey(doc, "telemetry", "enabled", false, true);
      setKey(doc, "state-sync", "snapshot-interval", 0, true);
    });
    editToml(join(v.home, "config", "client.toml"), (doc) => {
      setKey(doc, null, "chain-id", this.opts.chainId);
      setKey(doc, null, "keyring-backend", "test");
      setKey(doc, null, "node", `tcp://127.0.0.1:${p.rpc}`);
    });
  }

  readPids(): PidEntry[] {
    if (!existsSync(this.pidsFile)) return [];
    try {
      return JSON.parse(readFileSync(this.pidsFile, "utf8")) as PidEntry[];
    } catch {
      return [];
    }
  }

  private writePids(pids: PidEntry[]): void {
    if (pids.length === 0) rmSync(this.pidsFile, { force: true });
    else writeFileSync(this.pidsFile, JSON.stringify(pids, null, 2) + "\n");
  }

  /** PID of validator i when it is running (and still ours). */
  pidOf(i: number): number | undefined {
    const e = this.readPids().find((p) => p.index === i);
    return e && isOurBttd(e.pid, this.bttd, e.home) ? e.pid : undefined;
  }

  isRunning(i: number): boolean {
    return this.pidOf(i) !== undefined;
  }

  /** Starts validator i's bttd detached, logging to its log file. */
  async startValidator(i: number): Promise<number> {
    return this.startNode(this.validator(i));
  }

  /** Starts a node's bttd detached (recorded in pids.json under v.index), logging to its log file. */
  private async startNode(v: ValidatorInfo): Promise<number> {
    this.checkBinary();
    const i = v.index;
    const existing = this.pidOf(i);
    if (existing) return existing;
    for (const port of [v.ports.p2p, v.ports.rpc, v.ports.api, v.ports.grpc]) {
      if (!(await portFree(port)))
        throw new Error(`port 127.0.0.1:${port} (node ${i}) is busy: another localnet or program uses it (stop it, or set LOCALNET_PORT_OFFSET)`);
    }
    mkdirSync(join(this.home, "logs"), { recursive: true });
    const fd = openSync(v.log, "a");
    const child = spawn(this.bttd, ["start", "--home", v.home], { detached: true, stdio: ["ignore", fd, fd] });
    closeSync(fd);
    const pid = child.pid;
    if (pid === undefined) throw new Error(`could not start ${this.bttd} for node ${i}`);
    child.unref();
    child.on("error", (err) => this.log.error({ err, node: i }, "bttd failed to start"));
    const pids = this.readPids().filter((p) => p.index !== i);
    pids.push({ index: i, pid, home: v.home });
    pids.sort((a, b) => a.index - b.index);
    this.writePids(pids);
    this.log.info({ node: i, pid, log: v.log }, "node started");
    return pid;
  }

  /** The pids.json index of validator i's double signer (startDoubleSigner). */
  static doubleSignerIndex(i: number): number {
    return 100 + i;
  }

  /**
   * Fault injection for tests of slashing: starts a second node that signs with validator i's
   * consensus key, as an operator who runs a failover copy of its validator without a remote
   * signer would. It gets a copy of validator i's home (taken while validator i is stopped; it is
   * started again) with its own node key, a fresh double-sign guard (priv_validator_state) and the
   * ports a validator with the next free index would have (one double signer at a time). Both nodes then sign the same heights, and whenever validator i
   * proposes, each votes for its own block: CometBFT reports the duplicate votes as evidence and
   * x/evidence slashes and tombstones validator i. stop() stops it with the validators; its
   * pids.json index is Localnet.doubleSignerIndex(i).
   */
  async startDoubleSigner(i: number): Promise<number> {
    if (i < 0 || i >= this.opts.validators) throw new Error(`no validator ${i}`);
    const v = this.validator(i);
    const twin: ValidatorInfo = {
      ...v,
      index: Localnet.doubleSignerIndex(i),
      moniker: `val${i}-double-signer`,
      home: join(this.home, `val${i}-double-signer`),
      log: join(this.home, "logs", `val${i}-double-signer.log`),
      ports: validatorPorts(this.opts.portOffset, this.opts.validators),
    };
    await this.stopValidator(i);
    rmSync(twin.home, { recursive: true, force: true });
    cpSync(v.home, twin.home, { recursive: true });
    await this.startValidator(i);
    rmSync(join(twin.home, "config", "node_key.json")); // bttd makes a new one: a node ID of its own
    writeFileSync(join(twin.home, "data", "priv_validator_state.json"), JSON.stringify({ height: "0", round: 0, step: 0 }, null, 2) + "\n");
    const ids = this.validators().map((o) => nodeIdFromKeyFile(join(o.home, "config", "node_key.json")));
    this.writeConfigs(twin, ids);
    return this.startNode(twin);
  }

  /** Stops validator i by its recorded PID (SIGTERM, then SIGKILL after a grace period; or `signal` at once). */
  async stopValidator(i: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 20_000): Promise<void> {
    const pids = this.readPids();
    const e = pids.find((p) => p.index === i);
    if (!e) return;
    if (isOurBttd(e.pid, this.bttd, e.home)) {
      this.log.info({ validator: i, pid: e.pid, signal }, "stopping validator");
      process.kill(e.pid, signal);
      if (!(await waitForExit(e.pid, graceMs)) && isOurBttd(e.pid, this.bttd, e.home)) {
        this.log.warn({ validator: i, pid: e.pid }, "validator did not exit in time: SIGKILL");
        process.kill(e.pid, "SIGKILL");
        await waitForExit(e.pid, 10_000);
      }
    } else if (procArgv(e.pid)) {
      this.log.warn({ validator: i, pid: e.pid, argv: procArgv(e.pid) }, "recorded PID now belongs to another process: not touching it");
    }
    this.writePids(this.readPids().filter((p) => p.index !== i));
  }

  /** Starts the network (initialising it first when the state folder is empty) and waits for blocks. */
  async start(opts: { waitHeight?: number; timeoutMs?: number } = {}): Promise<void> {
    this.checkBinary();
    const vals = this.validators();
    const before = vals.every((v) => this.isRunning(v.index));
    // Check all ports first so that a busy port does not leave a half-started network.
    for (const v of vals) {
      if (this.isRunning(v.index)) continue;
      for (const port of [v.ports.p2p, v.ports.rpc, v.ports.api, v.ports.grpc]) {
        if (!(await portFree(port)))
          throw new Error(`port 127.0.0.1:${port} (validator ${v.index}) is busy: another localnet or program uses it (stop it, or set LOCALNET_PORT_OFFSET)`);
      }
    }
    if (!this.isInitialized()) await this.init();
    else this.log.info({ home: this.home }, "resuming localnet from saved state");
    if (before) this.log.info("all validators already running");
    const startHeight = this.lastKnownHeight(0);
    for (const v of vals) await this.startValidator(v.index);
    const target = opts.waitHeight ?? Math.max(3, startHeight + 2);
    try {
      await this.waitForHeight(0, target, opts.timeoutMs ?? 120_000);
    } catch (err) {
      const tail = this.logTail(0, 20);
      throw new Error(`${(err as Error).message}\nlast lines of ${this.validator(0).log}:\n${tail}`);
    }
    this.log.info({ height: await this.height(0) }, "blocks are being produced");
  }

  /** The last committed height from validator i's saved state (0 when fresh). */
  private lastKnownHeight(i: number): number {
    try {
      const st = JSON.parse(readFileSync(join(this.validator(i).home, "data", "priv_validator_state.json"), "utf8")) as { height: string };
      return Number(st.height) || 0;
    } catch {
      return 0;
    }
  }

  logTail(i: number, lines: number): string {
    try {
      return readFileSync(this.validator(i).log, "utf8").split("\n").slice(-lines - 1).join("\n");
    } catch {
      return "(no log)";
    }
  }

  /** Stops every validator this state folder started. */
  async stop(): Promise<void> {
    const pids = this.readPids();
    await Promise.all(pids.map((p) => this.stopValidator(p.index)));
    this.writePids([]);
  }

  /** Stops the network and deletes its state folder. */
  async reset(): Promise<void> {
    await this.stop();
    rmSync(this.home, { recursive: true, force: true });
  }

  /** Runs `f` on a fresh query connection to validator i's RPC and closes it. */
  async query<T>(f: (q: BttQueryClient) => Promise<T>, i = 0): Promise<T> {
    const c = await connectBttQueryConnection(this.rpc(i));
    try {
      return await f(c.client);
    } finally {
      c.disconnect();
    }
  }

  async cometStatus(i: number): Promise<CometStatus> {
    return cometCall(this.rpc(i), "status", (c) => c.comet.status());
  }

  async height(i: number): Promise<number> {
    return (await this.cometStatus(i)).syncInfo.latestBlockHeight;
  }

  async waitForHeight(i: number, height: number, timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const h = await this.height(i);
        if (h >= height) return h;
        last = `height ${h}`;
      } catch (err) {
        last = (err as Error).message;
      }
      await sleep(300);
    }
    throw new Error(`validator ${i} did not reach height ${height} within ${timeoutMs} ms (last: ${String(last)})`);
  }

  /** Waits for `n` more blocks on validator i. */
  async waitBlocks(n: number, i = 0, timeoutMs = 60_000): Promise<number> {
    return this.waitForHeight(i, (await this.height(i)) + n, timeoutMs);
  }

  async status(): Promise<ValidatorStatus[]> {
    return Promise.all(
      this.validators().map(async (v): Promise<ValidatorStatus> => {
        const pid = this.pidOf(v.index);
        const s: ValidatorStatus = { index: v.index, pid, running: pid !== undefined };
        try {
          const st = await this.cometStatus(v.index);
          s.height = st.syncInfo.latestBlockHeight;
          s.catchingUp = st.syncInfo.catchingUp;
          const ni = await cometCall(v.rpc, "net_info", (c) => c.call<{ n_peers: string }>("net_info"));
          s.peers = Number(ni.n_peers);
        } catch (err) {
          s.error = (err as Error).message;
        }
        return s;
      }),
    );
  }

  /** Gentx files and homes, for debugging. */
  listHomes(): string[] {
    return existsSync(this.home) ? readdirSync(this.home) : [];
  }
}
