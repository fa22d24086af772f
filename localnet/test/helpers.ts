import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { QueryClient, setupAuthExtension, setupBankExtension, setupStakingExtension, createProtobufRpcClient, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as AuthQuery } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryClientImpl as GovQuery } from "cosmjs-types/cosmos/gov/v1/query";
import { QueryClientImpl as BankQuery } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { Localnet, type LocalnetOptions } from "../src/localnet.js";
import { createLogger } from "../src/log.js";
import { account, loadKeys } from "../src/keys.js";
import { BTT_DENOM } from "../src/tokenomics.js";

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
