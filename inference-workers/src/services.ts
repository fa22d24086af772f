// Runs the inference services next to a localnet: one clinic data gateway and N worker daemons,
// each a detached process with its own state folder, log file and PID (tracked in services.json,
// stopped only by PID). Accounts are made on first start and funded from the localnet's dev key.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DetachedProcesses, fundFromDev, sleep, type DetachedEntry } from "@btt/localnet";
import type { Logger } from "pino";
import { ABTT_PER_BTT } from "@btt/ts-client";
import { STANDIN_MODELS } from "./standin-models.js";
import { writeFileDurable } from "./task-journal.js";
import type { WorkerConfig } from "./worker.js";
import type { ClinicConfig } from "./clinic.js";

const ONE_BTT = ABTT_PER_BTT;
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
  private readonly procs: DetachedProcesses;
  readonly basePort: number;

  constructor(private readonly o: ServicesOptions) {
    this.dir = resolve(o.dir);
    this.procs = new DetachedProcesses(join(this.dir, "services.json"), o.logger);
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

  running(name: string): DetachedEntry | undefined {
    return this.procs.running(name);
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
    return this.procs.start(name, [cli, "start", "--config", config], join(this.dir, "logs", `${name}.log`));
  }

  private async waitHttp(url: string, name: string, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const entry = this.procs.list().find((e) => e.name === name);
      if (entry && !this.procs.isOurs(entry)) throw new Error(`${name} exited during start-up: see ${join(this.dir, "logs", `${name}.log`)}`);
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
    await fundFromDev(this.o.rpc, accounts);
  }

  /** SIGTERM (then SIGKILL after 15 s) to exactly the processes we started. */
  stop(name?: string, signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
    return this.procs.stop(name, signal);
  }

  /** SIGKILL one service at once (the crash the journal is for). */
  kill(name: string): Promise<void> {
    return this.procs.kill(name);
  }
}
