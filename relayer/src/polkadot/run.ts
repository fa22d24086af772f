// What `btt-relayer polkadot orchestrator | registration` do, as functions the CLI, the Polkadot localnet and the
// tests share: connect both sides, register the validator's Polkadot key (MsgSetPolkadotOrchestrator), and run the
// orchestrator loop with /metrics and /health.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { Logger } from "pino";
import { serveMetrics } from "../metrics.js";
import { connectPolkadot, orchestratorKey } from "./api.js";
import { BttPolkadotChain } from "./btt.js";
import type { PolkadotConfig } from "./config.js";
import { polkadotMetrics } from "./metrics.js";
import { PolkadotOrchestrator } from "./orchestrator.js";

export function readOrchestratorKey(cfg: PolkadotConfig): KeyringPair {
  if (!cfg.polkadot.keyFile) throw new Error("polkadot.keyFile is required (the orchestrator's ECDSA key)");
  return orchestratorKey(readFileSync(cfg.polkadot.keyFile, "utf8"));
}

export async function connectBtt(cfg: PolkadotConfig, log: Logger): Promise<BttPolkadotChain> {
  if (!cfg.btt) throw new Error("the config has no btt chain (btt: chainId, rpc, key)");
  return BttPolkadotChain.connect(cfg.btt, log, { maxClaimsPerTx: cfg.orchestrator.maxClaimsPerTx });
}

/** `btt-relayer polkadot registration`: registers the configured key for this account's validator (nothing when it is already). */
export async function registerPolkadotKey(cfg: PolkadotConfig, log: Logger) {
  const key = readOrchestratorKey(cfg);
  const btt = await connectBtt(cfg, log);
  try {
    return { orchestrator: btt.address, address: key.address, ...(await btt.register(key)) };
  } finally {
    btt.disconnect();
  }
}

export interface RunningPolkadotOrchestrator {
  orchestrator: PolkadotOrchestrator;
  btt: BttPolkadotChain;
  api: ApiPromise;
  server?: Server;
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Registers the key when it is not yet (the orchestrator account is the validator's operator account), then runs the loop. */
export async function startPolkadotOrchestrator(cfg: PolkadotConfig, log: Logger): Promise<RunningPolkadotOrchestrator> {
  const key = readOrchestratorKey(cfg);
  const btt = await connectBtt(cfg, log);
  let api: ApiPromise | undefined;
  try {
    const reg = await btt.register(key);
    log.info({ validator: reg.validator, polkadotAccount: reg.polkadotAccount, address: key.address, registeredNow: reg.sent }, "Polkadot orchestrator registered");
    api = await connectPolkadot(cfg.polkadot.rpc);
  } catch (e) {
    btt.disconnect();
    throw e;
  }
  const metrics = polkadotMetrics();
  const o = new PolkadotOrchestrator(api, key, btt, {
    startBlock: cfg.polkadot.startBlock,
    maxBlocks: cfg.polkadot.maxBlocks,
    pollMs: cfg.orchestrator.pollMs,
    timeoutMarginBlocks: cfg.orchestrator.timeoutMarginBlocks,
    lookbackBlocks: cfg.orchestrator.lookbackBlocks,
    openAfterRounds: cfg.orchestrator.openAfterRounds,
    log,
    metrics,
  });
  const server = cfg.metrics ? await serveMetrics(metrics, cfg.metrics.host, cfg.metrics.port, () => o.health) : undefined;
  if (cfg.metrics) log.info({ host: cfg.metrics.host, port: cfg.metrics.port }, "metrics on /metrics, health on /health");
  const loop = o.start();
  const a = api;
  return {
    orchestrator: o,
    btt,
    api: a,
    server,
    done: loop.done,
    async stop() {
      await loop.stop();
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      await a.disconnect().catch(() => undefined);
      btt.disconnect();
    },
  };
}
