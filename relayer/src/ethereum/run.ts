// What `btt-relayer ethereum …` does, as functions the CLI, the bridge localnet and the tests share.
import type { Server } from "node:http";
import { getAddress } from "@ethersproject/address";
import { Wallet } from "@ethersproject/wallet";
import type { Logger } from "pino";
import { serveMetrics } from "../metrics.js";
import { BttBridgeChain } from "./btt.js";
import { readEthKey, type EthereumConfig } from "./config.js";
import { bridgeContract, readBridgeState } from "./contract.js";
import { bridgeMetrics } from "./metrics.js";
import { Orchestrator } from "./orchestrator.js";
import { RetryingJsonRpcProvider } from "./provider.js";
import { BridgeRelayer } from "./relayer.js";

export async function connectEthereum(cfg: EthereumConfig): Promise<{ provider: RetryingJsonRpcProvider; wallet: Wallet }> {
  const provider = new RetryingJsonRpcProvider(cfg.ethereum.rpc, cfg.ethereum.chainId);
  let chainId: number;
  try {
    chainId = Number(await provider.send("eth_chainId", []));
  } catch (e) {
    throw new Error(`cannot reach the Ethereum RPC ${cfg.ethereum.rpc}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (chainId !== cfg.ethereum.chainId) throw new Error(`the Ethereum RPC ${cfg.ethereum.rpc} serves chain id ${chainId}, the config says ${cfg.ethereum.chainId}`);
  return { provider, wallet: new Wallet(readEthKey(cfg.ethereum.privateKeyFile), provider) };
}

export interface Running {
  done: Promise<void>;
  stop(): Promise<void>;
  server?: Server;
}

async function serve(cfg: EthereumConfig, m: { registry: import("prom-client").Registry }, health: () => Record<string, unknown>, log: Logger): Promise<Server | undefined> {
  if (!cfg.metrics) return undefined;
  const server = await serveMetrics(m, cfg.metrics.host, cfg.metrics.port, health);
  log.info({ host: cfg.metrics.host, port: cfg.metrics.port }, "metrics on /metrics, health on /health");
  return server;
}

function running(loop: { run(): Promise<void>; stop(): void }, server: Server | undefined, cleanup: () => void): Running {
  const done = loop.run();
  return {
    done,
    server,
    async stop() {
      loop.stop();
      await done;
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      cleanup();
    },
  };
}

export async function startOrchestrator(cfg: EthereumConfig, log: Logger): Promise<Running & { orchestrator: Orchestrator }> {
  const { provider, wallet } = await connectEthereum(cfg);
  const btt = await BttBridgeChain.connect(cfg.btt, log);
  const metrics = bridgeMetrics("orchestrator");
  const o = new Orchestrator(btt, wallet, provider, {
    pollMs: cfg.orchestrator.pollMs,
    maxClaimsPerTx: cfg.orchestrator.maxClaimsPerTx,
    confirmations: cfg.ethereum.confirmations,
    blockRange: cfg.ethereum.blockRange,
    startBlock: cfg.ethereum.startBlock,
    bridgeContract: cfg.ethereum.bridgeContract,
    metrics,
    log,
  });
  try {
    const validator = await o.ensureRegistered();
    log.info({ validator, orchestrator: btt.address, ethAddress: wallet.address }, "orchestrator registered");
  } catch (e) {
    btt.disconnect();
    throw e;
  }
  const server = await serve(cfg, metrics, () => o.health, log);
  return { ...running(o, server, () => btt.disconnect()), orchestrator: o };
}

export async function startBridgeRelayer(cfg: EthereumConfig, log: Logger): Promise<Running & { relayer: BridgeRelayer }> {
  const { wallet } = await connectEthereum(cfg);
  const btt = await BttBridgeChain.connect(cfg.btt, log);
  const params = await btt.params();
  const address = cfg.ethereum.bridgeContract ?? params.bridgeContract;
  if (!address) {
    btt.disconnect();
    throw new Error("no bridge contract: x/bridge's bridge_contract param is empty and the config names none");
  }
  const bridge = bridgeContract(address, wallet.provider);
  if ((await wallet.provider.getCode(bridge.address)) === "0x") {
    btt.disconnect();
    throw new Error(`no contract at ${bridge.address} on ${cfg.ethereum.rpc}`);
  }
  const onChainId = (await bridge.bridgeId()) as string;
  if (onChainId.toLowerCase() !== params.bridgeId.toLowerCase()) {
    btt.disconnect();
    throw new Error(`the contract's bridgeId ${onChainId} is not x/bridge's bridge_id ${params.bridgeId}`);
  }
  const wrappedBtt = getAddress((await bridge.wrappedBtt()) as string);
  const balance = await wallet.getBalance();
  if (balance.isZero()) log.warn({ address: wallet.address }, "the relayer's Ethereum account has no ETH for gas");
  const metrics = bridgeMetrics("relayer");
  const r = new BridgeRelayer(btt, wallet, bridge, {
    bridgeId: params.bridgeId,
    wrappedBtt,
    startBlock: cfg.ethereum.startBlock,
    pollMs: cfg.relayer.pollMs,
    txTimeoutMs: cfg.ethereum.txTimeoutMs,
    profitability: cfg.relayer.profitability,
    maxGasPriceWei: cfg.relayer.maxGasPriceWei,
    replaceAfterMs: cfg.relayer.replaceAfterMs,
    feeBumpPercent: cfg.relayer.feeBumpPercent,
    maxFeePerGasWei: cfg.relayer.maxFeePerGasWei,
    metrics,
    log,
  });
  const server = await serve(cfg, metrics, () => r.health, log);
  return { ...running(r, server, () => btt.disconnect()), relayer: r };
}

/** `btt-relayer ethereum status`: both sides of the bridge at a glance. */
export async function bridgeStatus(cfg: EthereumConfig, log: Logger): Promise<Record<string, unknown>> {
  const { provider, wallet } = await connectEthereum(cfg);
  const btt = await BttBridgeChain.connect(cfg.btt, log);
  try {
    const params = await btt.params();
    const address = cfg.ethereum.bridgeContract ?? params.bridgeContract;
    const [observed, reg, lastNonce, escrow, valsets, batches, latest] = await Promise.all([
      btt.bridge.lastObserved(),
      btt.registration(),
      btt.lastEventNonce().catch(() => undefined),
      btt.bridge.escrow(),
      btt.bridge.valsets({ pagination: { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: false, reverse: true } }),
      btt.bridge.batches(),
      provider.getBlockNumber(),
    ]);
    const out: Record<string, unknown> = {
      btt: {
        chainId: cfg.btt.chainId,
        account: btt.address,
        orchestratorOf: reg?.validator ?? null,
        lastEventNonceAttested: lastNonce?.toString() ?? null,
        lastObserved: { eventNonce: String(observed.eventNonce), ethereumHeight: String(observed.ethereumHeight), valsetNonce: String(observed.valsetNonce) },
        latestValsetNonce: valsets.valsets[0] ? String(valsets.valsets[0].nonce) : null,
        batchesWaiting: batches.batches.map((b) => ({ token: b.tokenContract, nonce: String(b.nonce), transfers: b.transfers.length, timeout: String(b.timeout) })),
        escrowedBtt: escrow.escrowedBtt.amount,
        wrappedBttOutstanding: escrow.wrappedBttOutstanding,
        inFlight: escrow.inFlight,
        vouchers: escrow.vouchers,
      },
      ethereum: { chainId: cfg.ethereum.chainId, latestBlock: latest, safeBlock: latest - cfg.ethereum.confirmations, account: wallet.address, balanceWei: (await wallet.getBalance()).toString() },
    };
    if (address) {
      const bridge = bridgeContract(address, provider);
      const s = await readBridgeState(bridge);
      const wrapped = getAddress((await bridge.wrappedBtt()) as string);
      const { erc20Interface } = await import("./contract.js");
      const supply = await provider.call({ to: wrapped, data: erc20Interface.encodeFunctionData("totalSupply") });
      out.contract = { address: bridge.address, wrappedBtt: wrapped, wbttTotalSupply: BigInt(supply).toString(), lastValsetNonce: String(s.lastValsetNonce), lastEventNonce: String(s.lastEventNonce) };
    }
    return out;
  } finally {
    btt.disconnect();
  }
}
