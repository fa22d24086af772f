import {
  QueryClient,
  setupAuthExtension,
  setupBankExtension,
  setupDistributionExtension,
  setupGovExtension,
  setupIbcExtension,
  setupStakingExtension,
  setupTxExtension,
  type AuthExtension,
  type BankExtension,
  type DistributionExtension,
  type GovExtension,
  type IbcExtension,
  type StakingExtension,
  type TxExtension,
} from "@cosmjs/stargate";
import { connectComet, type CometClient } from "@cosmjs/tendermint-rpc";
import { setupBttExtension, type BttExtension } from "./generated/index.js";

/**
 * A cosmjs QueryClient with the standard module extensions (auth, bank, staking, gov,
 * distribution, tx, ibc incl. transfer) and `btt.<module>.<version>` for every BTT module
 * with a Query service (added by proto regeneration alone).
 */
export type BttQueryClient = QueryClient &
  AuthExtension &
  BankExtension &
  StakingExtension &
  GovExtension &
  DistributionExtension &
  TxExtension &
  IbcExtension &
  BttExtension;

/** Builds the typed query client on an existing CometBFT client. */
export function createBttQueryClient(comet: CometClient): BttQueryClient {
  return QueryClient.withExtensions(
    comet,
    setupAuthExtension,
    setupBankExtension,
    setupStakingExtension,
    setupGovExtension,
    setupDistributionExtension,
    setupTxExtension,
    setupIbcExtension,
    setupBttExtension,
  );
}

export interface BttQueryConnection {
  readonly client: BttQueryClient;
  readonly comet: CometClient;
  /** Closes the underlying RPC connection. */
  disconnect(): void;
}

/**
 * Connects to a BTT node's CometBFT RPC endpoint (e.g. "http://127.0.0.1:26657") and returns the
 * typed query client. The RPC connection stays open for the life of the process; use
 * `connectBttQueryConnection` when it must be closed (e.g. in tests).
 */
export async function connectBttQueryClient(rpcEndpoint: string): Promise<BttQueryClient> {
  return (await connectBttQueryConnection(rpcEndpoint)).client;
}

/** Like connectBttQueryClient, but also hands back the CometBFT client so that it can be closed. */
export async function connectBttQueryConnection(rpcEndpoint: string): Promise<BttQueryConnection> {
  const comet = await connectComet(rpcEndpoint);
  const client = createBttQueryClient(comet);
  return { client, comet, disconnect: () => comet.disconnect() };
}
