import {
  QueryClient,
  setupAuthExtension,
  setupBankExtension,
  setupDistributionExtension,
  setupGovExtension,
  setupIbcExtension,
  setupSlashingExtension,
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
import { createProtobufRpcClient } from "@cosmjs/stargate";
import { connectComet, type CometClient } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as GovV1QueryClient } from "cosmjs-types/cosmos/gov/v1/query";
import { QueryClientImpl as EpochsQueryClient } from "cosmjs-types/cosmos/epochs/v1beta1/query";
import { setupBttExtension, type BttExtension } from "./generated/index.js";

/** x/slashing's queries (signing infos, params); cosmjs does not export the type from its root. */
export type SlashingExtension = ReturnType<typeof setupSlashingExtension>;

/** x/gov's v1 Query service (cosmjs's gov extension speaks v1beta1, which has no proposal titles or messages). */
export interface GovV1Extension {
  readonly govV1: GovV1QueryClient;
}
export function setupGovV1Extension(base: QueryClient): GovV1Extension {
  return { govV1: new GovV1QueryClient(createProtobufRpcClient(base)) };
}

/** x/epochs's queries (the epoch infos, an identifier's current epoch); cosmjs has no extension for it. */
export interface EpochsExtension {
  readonly epochs: EpochsQueryClient;
}
export function setupEpochsExtension(base: QueryClient): EpochsExtension {
  return { epochs: new EpochsQueryClient(createProtobufRpcClient(base)) };
}

/**
 * A cosmjs QueryClient with the standard module extensions (auth, bank, staking, slashing, gov (v1beta1, and v1 as
 * govV1), distribution, epochs, tx, ibc incl. transfer) and `btt.<module>.<version>` for every BTT module
 * with a Query service (added by proto regeneration alone).
 */
export type BttQueryClient = QueryClient &
  AuthExtension &
  BankExtension &
  StakingExtension &
  SlashingExtension &
  GovExtension &
  DistributionExtension &
  TxExtension &
  IbcExtension &
  GovV1Extension &
  EpochsExtension &
  BttExtension;

/** Builds the typed query client on an existing CometBFT client. */
export function createBttQueryClient(comet: CometClient): BttQueryClient {
  return QueryClient.withExtensions(
    comet,
    setupAuthExtension,
    setupBankExtension,
    setupStakingExtension,
    setupSlashingExtension,
    setupGovExtension,
    setupDistributionExtension,
    setupTxExtension,
    setupIbcExtension,
    setupGovV1Extension,
    setupEpochsExtension,
    setupBttExtension,
  );
}

/**
 * The typed query client answered with the state as of block `height`: every ABCI query it makes
 * carries that height (the node answers with an error once the height is pruned, or before it is committed).
 */
export function createBttQueryClientAtHeight(comet: CometClient, height: number): BttQueryClient {
  if (!Number.isSafeInteger(height) || height < 1) throw new Error(`createBttQueryClientAtHeight: height must be a positive integer, got ${height}`);
  const atHeight = new Proxy(comet, {
    get(target, prop) {
      if (prop === "abciQuery") return (params: Parameters<CometClient["abciQuery"]>[0]) => target.abciQuery({ ...params, height: params.height ?? height });
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return createBttQueryClient(atHeight);
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
