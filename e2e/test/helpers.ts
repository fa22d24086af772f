import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { QueryClient, setupAuthExtension, setupBankExtension, setupStakingExtension, createProtobufRpcClient, type SigningStargateClient, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as AuthQuery } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryClientImpl as GovQuery } from "cosmjs-types/cosmos/gov/v1/query";
import { QueryClientImpl as BankQuery } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { connectBttQueryConnection, connectBttSigningClient, type BttQueryConnection } from "@btt/ts-client";
import { account, BTT_DENOM, createLogger, loadKeys, Localnet, voteAll, type LocalnetOptions } from "@btt/localnet";

/** Starts a private localnet for one suite: its own tmp home and ports. */
export async function startTestNet(name: string, options: LocalnetOptions): Promise<Localnet> {
  const home = mkdtempSync(join(tmpdir(), `btt-e2e-${name}-`));
  const logger = createLogger(`e2e-${name}`);
  logger.level = process.env.LOG_LEVEL ?? "warn";
  const net = new Localnet({ home, logger, ...options });
  try {
    await net.start();
  } catch (err) {
    await net.stop().catch(() => undefined);
    throw err;
  }
  return net;
}

/** A module suite's chain: its localnet, a query connection and the dev key's signing client, both on validator 0. */
export interface SuiteChain {
  net: Localnet;
  conn: BttQueryConnection;
  devClient: SigningStargateClient;
}

/** startTestNet with a gov voting period of `votingPeriodS` (expedited: 6 s), then the suite's clients. */
export async function startSuiteChain(name: string, o: { validators: number; portOffset: number; votingPeriodS: number }): Promise<SuiteChain> {
  const net = await startTestNet(name, { validators: o.validators, portOffset: o.portOffset, govVotingPeriod: `${o.votingPeriodS}s`, govExpeditedVotingPeriod: "6s" });
  try {
    return { net, conn: await connectBttQueryConnection(net.rpc(0)), devClient: await connectBttSigningClient(net.rpc(0), await directWallet("dev")) };
  } catch (err) {
    await stopTestNet(net);
    throw err;
  }
}

/** Closes the suite's clients, then stops its localnet (whatever part of it was started). */
export async function stopSuiteChain(s: Partial<SuiteChain>): Promise<void> {
  s.devClient?.disconnect();
  s.conn?.disconnect();
  await stopTestNet(s.net);
}

/** Stops every process of the suite's localnet by PID and removes its home (KEEP_LOCALNET=1 keeps it). */
export async function stopTestNet(net: Localnet | undefined): Promise<void> {
  if (!net) return;
  await net.stop();
  if (process.env.KEEP_LOCALNET !== "1") rmSync(net.home, { recursive: true, force: true });
  else process.stderr.write(`kept ${net.home}\n`);
}

export async function queries(rpc: string) {
  const comet = await Comet38Client.connect(rpc);
  const q = QueryClient.withExtensions(comet, setupBankExtension, setupAuthExtension, setupStakingExtension);
  const prc = createProtobufRpcClient(q);
  return { comet, q, auth: new AuthQuery(prc), gov: new GovQuery(prc), bank: new BankQuery(prc) };
}

export async function directWallet(name: string): Promise<DirectSecp256k1HdWallet> {
  return DirectSecp256k1HdWallet.fromMnemonic(account(loadKeys(), name).mnemonic, { prefix: "btt" });
}

export async function aminoWallet(name: string): Promise<Secp256k1HdWallet> {
  return Secp256k1HdWallet.fromMnemonic(account(loadKeys(), name).mnemonic, { prefix: "btt" });
}

export const GAS_PRICE_ABTT = 1_000_000_000n;

/** An explicit fee at the minimum gas price, so that balance changes are exact. */
export function fee(gas: number): StdFee {
  return { amount: [{ denom: BTT_DENOM, amount: (BigInt(gas) * GAS_PRICE_ABTT).toString() }], gas: String(gas) };
}

export async function balance(q: QueryClient & { bank: { balance(a: string, d: string): Promise<{ amount: string }> } }, addr: string): Promise<bigint> {
  return BigInt((await q.bank.balance(addr, BTT_DENOM)).amount);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export { govContext, submitProposal, voteAll, waitProposals } from "@btt/localnet";

/** Every validator operator of `net` votes YES on each proposal (operators need liquid BTT for fees). */
export async function voteYesAll(net: Localnet, proposalIds: bigint[]): Promise<void> {
  return voteAll(net, proposalIds, VoteOption.VOTE_OPTION_YES);
}
