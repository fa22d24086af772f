// Runs the inference services next to a localnet: one clinic data gateway and N worker daemons,
// each a detached process with its own state folder, log file and PID (tracked in services.json,
// stopped only by PID). Accounts are made on first start and funded from the localnet's dev key.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { account, loadKeys, procArgv, sleep, waitForExit } from "@btt/localnet";
import { BTT_DENOM, connectBttSigningClient } from "@btt/ts-client";
import type { Logger } from "pino";
import { STANDIN_MODELS } from "./standin-models.js";
import { writeFileDurable } from "./task-journal.js";
import type { WorkerConfig } from "./worker.js";
import type { ClinicConfig } from "./clinic.js";

const ONE_BTT = 10n ** 18n;
const CLI_WORKER = fileURLToPath(new URL("./cli-worker.js", import.meta.url));
const CLI_GATEWAY = fileURLToPath(new URL("./cli-gateway.js", import.meta.url));

export interface WorkerSpec {
  name: string;
  /** Model ids served, capacity each (default: every stand-in model, capacity 2). */
  serve?: { modelId: number; capacity: number }[];
  fault?: WorkerConfig["fault"];
  pauseAfterCommitMs?: number;
  /** ONNX files (default: the stand-in models' files). */
  modelFiles?: string[];
}

export interface ServicesOptions {
  /** Folder for the services' state (e.g. .localnet/services). */
  dir: string;
  rpc: string;
  /** The gateway listens on basePort, worker i's /health and /metrics on basePort + 1 + i. */
  basePort?: number;
  workers?: WorkerSpec[];
  logger: Logger;
}

interface PidEntry {
  name: string;
  pid: number;
  config: string;
}

export const DEFAULT_WORKERS: WorkerSpec[] = [{ name: "worker0" }, { name: "worker1" }, { name: "worker2" }];

function mnemonicFile(dir: string): Promise<string> {
  const f = join(dir, "mnemonic");
  if (existsSync(f)) return Promise.resolve(f);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return DirectSecp256k1HdWallet.generate(24, { prefix: "btt" }).then((w) => {
    writeFileDurable(f, w.mnemonic + "\n", dir);
    return f;
  });
}

async function addressOf(file: string): Promise<string> {
  const w = await DirectSecp256k1HdWallet.fromMnemonic(readFileSync(file, "utf8").trim(), { prefix: "btt" });
  return (await w.getAccounts())[0].address;
}

export class InferenceServices {
  readonly dir: string;
  private readonly pidsFile: string;
  readonly basePort: number;

  constructor(private readonly o: ServicesOptions) {
    this.dir = resolve(o.dir);
    this.pidsFile = join(this.dir, "services.json");
    this.basePort = o.basePort ?? 7070;
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.basePort}`;
  }

  workerPort(i: number): number {
    return this.basePort + 1 + i;
  }

  get clinicConfigPath(): string {
    return join(this.dir, "clinic", "clinic.json");
  }

  readPids(): PidEntry[] {
    if (!existsSync(this.pidsFile)) return [];
    return JSON.parse(readFileSync(this.pidsFile, "utf8")) as PidEntry[];
  }

  private writePids(p: PidEntry[]): void {
    writeFileSync(this.pidsFile, JSON.stringify(p, null, 2) + "\n");
  }

  /** True when `pid` still runs one of our CLIs with this config file (a recycled PID is not ours). */
  private isOurs(e: PidEntry): boolean {
    const argv = procArgv(e.pid);
    return !!argv && argv.some((a) => a === CLI_WORKER || a === CLI_GATEWAY) && argv.includes(e.config);
  }

  running(name: string): PidEntry | undefined {
    return this.readPids().find((e) => e.name === name && this.isOurs(e));
  }

  /** Writes configs, funds the accounts from the dev key when needed, and starts what is not running. */
  async start(): Promise<void> {
    mkdirSync(join(this.dir, "logs"), { recursive: true });
    const specs = this.o.workers ?? DEFAULT_WORKERS;
    const clinicDir = join(this.dir, "clinic");
    const clinicMnemonic = await mnemonicFile(clinicDir);
    const clinicAddress = await addressOf(clinicMnemonic);
    const workerFiles = await Promise.all(specs.map((s) => mnemonicFile(join(this.dir, s.name))));
    await this.fund([{ address: clinicAddress, min: 100n * ONE_BTT, top: 1_000n * ONE_BTT },
      ...(await Promise.all(workerFiles.map(async (f) => ({ address: await addressOf(f), min: 200n * ONE_BTT, top: 1_000n * ONE_BTT }))))]);

    const clinic: ClinicConfig = { rpc: this.o.rpc, mnemonicFile: clinicMnemonic, gateway: this.gatewayUrl, x25519KeyFile: join(clinicDir, "x25519.json") };
    writeFileSync(this.clinicConfigPath, JSON.stringify(clinic, null, 2) + "\n");
    const gwConfig = join(this.dir, "gateway.json");
    writeFileSync(gwConfig, JSON.stringify({
      host: "127.0.0.1", port: this.basePort, dataDir: join(this.dir, "gateway-data"), clinicAddress, rpc: this.o.rpc, publicUrl: this.gatewayUrl,
      // Every worker here reaches the gateway from 127.0.0.1, one rate-limit bucket for all of them.
      rateLimit: { max: 600 * Math.max(1, specs.length), timeWindowMs: 60_000 },
    }, null, 2) + "\n");
    await this.spawnService("gateway", CLI_GATEWAY, gwConfig);
    await this.waitHttp(`${this.gatewayUrl}/health`, "gateway");
    for (const [i, s] of specs.entries()) await this.startWorker(s, i, workerFiles[i]);
  }

  workerConfig(s: WorkerSpec, i: number, mnemonic: string): WorkerConfig {
    return {
      rpc: this.o.rpc, mnemonicFile: mnemonic, stateDir: join(this.dir, s.name), modelFiles: s.modelFiles ?? STANDIN_MODELS.map((m) => m.file),
      serve: s.serve ?? STANDIN_MODELS.map((_, j) => ({ modelId: j + 1, capacity: 2 })),
      node: { class: "home", region: "CN-BJ", hardware: `localnet ${s.name} (CPU)`, energyClass: "A", stake: (100n * ONE_BTT).toString() },
      http: { host: "127.0.0.1", port: this.workerPort(i) }, executionProvider: "auto", threads: 1,
      fault: s.fault, pauseAfterCommitMs: s.pauseAfterCommitMs,
    };
  }

  /** Starts (or restarts with a new spec) worker `i`; resolves once its /health answers. */
  async startWorker(s: WorkerSpec, i: number, mnemonic?: string): Promise<number> {
    const file = mnemonic ?? (await mnemonicFile(join(this.dir, s.name)));
    const cfgPath = join(this.dir, `${s.name}.json`);
    writeFileSync(cfgPath, JSON.stringify(this.workerConfig(s, i, file), null, 2) + "\n");
    const pid = await this.spawnService(s.name, CLI_WORKER, cfgPath);
    await this.waitHttp(`http://127.0.0.1:${this.workerPort(i)}/health`, s.name);
    return pid;
  }

  private async spawnService(name: string, cli: string, config: string): Promise<number> {
    const running = this.running(name);
    if (running) return running.pid;
    const log = join(this.dir, "logs", `${name}.log`);
    const fd = openSync(log, "a");
    const child = spawn(process.execPath, [cli, "start", "--config", config], { detached: true, stdio: ["ignore", fd, fd] });
    closeSync(fd);
    child.unref();
    const pid = child.pid!;
    this.writePids([...this.readPids().filter((e) => e.name !== name), { name, pid, config }]);
    this.o.logger.info({ service: name, pid, log }, "service started");
    return pid;
  }

  private async waitHttp(url: string, name: string, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const entry = this.readPids().find((e) => e.name === name);
      if (entry && !this.isOurs(entry)) throw new Error(`${name} exited during start-up: see ${join(this.dir, "logs", `${name}.log`)}`);
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(300);
    }
    throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`);
  }

  /** Sends `top` BTT from the localnet dev key to every account below `min` (one tx). */
  private async fund(accounts: { address: string; min: bigint; top: bigint }[]): Promise<void> {
    const dev = account(loadKeys(), "dev");
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" });
    const client = await connectBttSigningClient(this.o.rpc, wallet);
    try {
      const msgs = [];
      for (const a of accounts) {
        const bal = BigInt((await client.getBalance(a.address, BTT_DENOM)).amount);
        if (bal >= a.min) continue;
        msgs.push({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: dev.address, toAddress: a.address, amount: [{ denom: BTT_DENOM, amount: a.top.toString() }] } });
      }
      if (msgs.length === 0) return;
      const r = await client.signAndBroadcast(dev.address, msgs, 1.6);
      if (r.code !== 0) throw new Error(`funding the service accounts failed: ${r.rawLog}`);
    } finally {
      client.disconnect();
    }
  }

  /** SIGTERM (then SIGKILL after 15 s) to exactly the processes we started. */
  async stop(name?: string, signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
    const entries = this.readPids().filter((e) => !name || e.name === name);
    let n = 0;
    for (const e of entries) {
      if (!this.isOurs(e)) continue;
      n++;
      process.kill(e.pid, signal);
      if (!(await waitForExit(e.pid, 15_000))) process.kill(e.pid, "SIGKILL");
      await waitForExit(e.pid, 5_000);
    }
    this.writePids(name ? this.readPids().filter((e) => e.name !== name) : []);
    return n;
  }

  /** SIGKILL one service at once (the crash the journal is for). */
  async kill(name: string): Promise<void> {
    const e = this.running(name);
    if (!e) throw new Error(`${name} is not running`);
    process.kill(e.pid, "SIGKILL");
    await waitForExit(e.pid, 10_000);
  }
}
