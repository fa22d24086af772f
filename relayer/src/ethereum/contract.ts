// BttBridge as seen from the orchestrator and relayer: the contract handle (ABI from @btt/bridge-contracts' committed
// artifact), its three events decoded into typed records, and the state the relayer reads back after a restart.
import { Interface, type LogDescription } from "@ethersproject/abi";
import { getAddress } from "@ethersproject/address";
import type { Signer } from "@ethersproject/abstract-signer";
import { Contract } from "@ethersproject/contracts";
import type { Log, Provider } from "@ethersproject/providers";
import { checkpointDigest, loadArtifact, type Valset } from "@btt/bridge-contracts";

export const bridgeInterface = new Interface(loadArtifact("BttBridge").abi as never);
export const erc20Interface = new Interface(loadArtifact("WrappedBtt").abi as never);

export const EVENT_TOPICS = {
  deposit: bridgeInterface.getEventTopic("SendToBttEvent"),
  batchExecuted: bridgeInterface.getEventTopic("TransactionBatchExecutedEvent"),
  valsetUpdated: bridgeInterface.getEventTopic("ValsetUpdatedEvent"),
};

interface EventBase {
  eventNonce: bigint;
  blockNumber: number;
  blockHash: string;
  txHash: string;
  logIndex: number;
}
export interface DepositEvent extends EventBase {
  kind: "deposit";
  tokenContract: string;
  sender: string;
  destination: string;
  amount: bigint;
}
export interface BatchExecutedEvent extends EventBase {
  kind: "batchExecuted";
  batchNonce: bigint;
  tokenContract: string;
}
export interface ValsetUpdatedEvent extends EventBase {
  kind: "valsetUpdated";
  valsetNonce: bigint;
  validators: string[];
  powers: bigint[];
}
export type BridgeEvent = DepositEvent | BatchExecutedEvent | ValsetUpdatedEvent;

const big = (x: { toString(): string }) => BigInt(x.toString());

/** Decodes one log of the bridge; undefined for a log that is none of its three events. */
export function decodeBridgeLog(log: Log): BridgeEvent | undefined {
  let d: LogDescription;
  try {
    d = bridgeInterface.parseLog(log);
  } catch {
    return undefined;
  }
  const base = { eventNonce: big(d.args.eventNonce), blockNumber: log.blockNumber, blockHash: log.blockHash, txHash: log.transactionHash, logIndex: log.logIndex };
  switch (d.name) {
    case "SendToBttEvent":
      return { ...base, kind: "deposit", tokenContract: getAddress(d.args.tokenContract), sender: getAddress(d.args.sender), destination: d.args.destination as string, amount: big(d.args.amount) };
    case "TransactionBatchExecutedEvent":
      return { ...base, kind: "batchExecuted", batchNonce: big(d.args.batchNonce), tokenContract: getAddress(d.args.token) };
    case "ValsetUpdatedEvent":
      return {
        ...base,
        kind: "valsetUpdated",
        valsetNonce: big(d.args.newValsetNonce),
        validators: (d.args.validators as string[]).map((a) => getAddress(a)),
        powers: (d.args.powers as { toString(): string }[]).map(big),
      };
    default:
      return undefined;
  }
}

export function bridgeContract(address: string, signerOrProvider: Signer | Provider): Contract {
  return new Contract(getAddress(address), bridgeInterface, signerOrProvider);
}

/** The contract's counters, read at one block. */
export interface BridgeState {
  lastValsetNonce: bigint;
  lastValsetCheckpoint: string;
  lastEventNonce: bigint;
}

export async function readBridgeState(bridge: Contract, blockTag?: number): Promise<BridgeState> {
  const o = blockTag === undefined ? {} : { blockTag };
  const [n, c, e] = await Promise.all([bridge.lastValsetNonce(o), bridge.lastValsetCheckpoint(o), bridge.lastEventNonce(o)]);
  return { lastValsetNonce: big(n), lastValsetCheckpoint: c as string, lastEventNonce: big(e) };
}

/**
 * The valset the contract holds now, rebuilt from its ValsetUpdatedEvent for lastValsetNonce (the contract stores
 * only the checkpoint) and checked against that checkpoint.
 */
export async function currentContractValset(bridge: Contract, bridgeId: string, fromBlock: number): Promise<Valset> {
  const state = await readBridgeState(bridge);
  const logs = await bridge.provider.getLogs({ address: bridge.address, fromBlock, toBlock: "latest", topics: [EVENT_TOPICS.valsetUpdated, hexNonce(state.lastValsetNonce)] });
  for (const l of logs.reverse()) {
    const ev = decodeBridgeLog(l);
    if (ev?.kind !== "valsetUpdated") continue;
    const vs: Valset = { validators: ev.validators, powers: ev.powers, valsetNonce: ev.valsetNonce };
    if (checkpointDigest(bridgeId, vs) === state.lastValsetCheckpoint) return vs;
  }
  throw new Error(`no ValsetUpdatedEvent for the contract's valset nonce ${state.lastValsetNonce} (from block ${fromBlock}) matches its checkpoint`);
}

export function hexNonce(n: bigint): string {
  return `0x${n.toString(16).padStart(64, "0")}`;
}
