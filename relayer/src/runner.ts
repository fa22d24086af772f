// What the CLI's commands do, as functions the tests and ibc-localnet call too.
import type { Server } from "node:http";
import type { Logger } from "pino";
import { IbcChain } from "./chain.js";
import { chainNamed, type RelayerConfig } from "./config.js";
import { signerFor } from "./keys.js";
import { LinkStore, link, type LinkState } from "./link.js";
import { relayerMetrics, serveMetrics, type RelayerMetrics } from "./metrics.js";
import { PathRelayer } from "./relay.js";

/** Connects every chain of the config (checking RPC reachability and chain id). */
export async function connectChains(cfg: RelayerConfig, log: Logger): Promise<Map<string, IbcChain>> {
  const chains = new Map<string, IbcChain>();
  try {
    for (const c of cfg.chains) chains.set(c.name, await IbcChain.connect(c, await signerFor(c), log));
  } catch (e) {
    for (const ch of chains.values()) ch.disconnect();
    throw e;
  }
  return chains;
}

export function disconnectAll(chains: Map<string, IbcChain>): void {
  for (const c of chains.values()) c.disconnect();
}

export interface BalanceRow {
  chain: string;
  chainId: string;
  address: string;
  balance: bigint;
  denom: string;
  low: boolean;
}

export async function balances(chains: Map<string, IbcChain>, m?: RelayerMetrics): Promise<BalanceRow[]> {
  const rows: BalanceRow[] = [];
  for (const [name, c] of chains) {
    const balance = await c.balance();
    const low = balance < c.cfg.minBalance;
    m?.balance.set({ chain: c.cfg.chainId }, Number(balance));
    m?.lowBalance.set({ chain: c.cfg.chainId }, low ? 1 : 0);
    rows.push({ chain: name, chainId: c.cfg.chainId, address: c.address, balance, denom: c.gasPrice.denom, low });
  }
  return rows;
}

/** Refuses to start with an account that cannot pay fees; warns when it is low. */
export async function checkFunds(chains: Map<string, IbcChain>, log: Logger, m?: RelayerMetrics): Promise<void> {
  for (const r of await balances(chains, m)) {
    if (r.balance === 0n) throw new Error(`chain ${r.chain} (${r.chainId}): relayer account ${r.address} has no ${r.denom} to pay fees: fund it first`);
    if (r.low) log.warn({ chain: r.chainId, address: r.address, balance: String(r.balance), denom: r.denom }, "relayer balance is low");
  }
}

export async function linkPaths(cfg: RelayerConfig, chains: Map<string, IbcChain>, log: Logger, only?: string): Promise<LinkState[]> {
  const store = new LinkStore(cfg.stateDir);
  const out: LinkState[] = [];
  for (const p of cfg.paths) {
    if (only && p.name !== only) continue;
    out.push(await link(p, chains.get(chainNamed(cfg, p.a).name)!, chains.get(chainNamed(cfg, p.b).name)!, store, { trustingFraction: cfg.trustingFraction, log }));
  }
  if (only && out.length === 0) throw new Error(`no path named ${only}`);
  return out;
}

export interface RunningRelayer {
  relayers: PathRelayer[];
  metrics: RelayerMetrics;
  server?: Server;
  /** Resolves when every path's loop has returned (after stop()). */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** Starts relaying every linked path (or `only`); stop() finishes the current round and returns. */
export async function startRelaying(cfg: RelayerConfig, chains: Map<string, IbcChain>, log: Logger, only?: string): Promise<RunningRelayer> {
  const metrics = relayerMetrics();
  await checkFunds(chains, log, metrics);
  const store = new LinkStore(cfg.stateDir);
  const relayers: PathRelayer[] = [];
  for (const p of cfg.paths) {
    if (only && p.name !== only) continue;
    const a = chains.get(p.a)!;
    const b = chains.get(p.b)!;
    relayers.push(new PathRelayer(p, a, b, store.load(p, a.cfg.chainId, b.cfg.chainId), { pollMs: cfg.pollMs, refreshFraction: cfg.refreshFraction, stateDir: cfg.stateDir, metrics, log }));
  }
  if (relayers.length === 0) throw new Error(only ? `no path named ${only}` : "no paths in the config");
  const server = cfg.metrics ? await serveMetrics(metrics, cfg.metrics.host, cfg.metrics.port, () => ({ status: "ok", paths: relayers.map((r) => r.path.name) })) : undefined;
  if (server) log.info({ host: cfg.metrics!.host, port: cfg.metrics!.port }, "metrics on /metrics");
  // The balance is checked again every minute, for the metric and the warning.
  const balanceTimer = setInterval(() => {
    checkFunds(chains, log, metrics).catch((e: unknown) => log.warn({ err: e instanceof Error ? e.message : String(e) }, "balance check failed"));
  }, 60_000);
  balanceTimer.unref();
  const done = Promise.all(relayers.map((r) => r.run())).then(() => undefined);
  return {
    relayers,
    metrics,
    server,
    done,
    async stop() {
      clearInterval(balanceTimer);
      for (const r of relayers) r.stop();
      await done;
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    },
  };
}
