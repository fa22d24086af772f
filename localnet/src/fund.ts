// Funds accounts from the localnet's dev key (TEST ONLY keys): services and relayers get their fee money here.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { BTT_DENOM, connectBttSigningClient } from "@btt/ts-client";
import { account, loadKeys } from "./keys.js";

/** Sends from the dev key, in one tx, the transfers `pick` chooses (it may read balances); returns how many. */
async function sendsFromDev(rpc: string, pick: (client: SigningStargateClient) => Promise<{ address: string; amount: bigint }[]>): Promise<number> {
  const dev = account(loadKeys(), "dev");
  const client = await connectBttSigningClient(rpc, await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" }));
  try {
    const msgs = (await pick(client)).map((s) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: dev.address, toAddress: s.address, amount: [{ denom: BTT_DENOM, amount: s.amount.toString() }] } }));
    if (msgs.length === 0) return 0;
    const r = await client.signAndBroadcast(dev.address, msgs, 1.6);
    if (r.code !== 0) throw new Error(`funding from the dev key failed: ${r.rawLog}`);
    return msgs.length;
  } finally {
    client.disconnect();
  }
}

/** Sends `amount` abtt from the dev key to each address, whatever it holds already (one tx). */
export async function sendFromDev(rpc: string, addresses: string[], amount: bigint): Promise<void> {
  await sendsFromDev(rpc, async () => addresses.map((address) => ({ address, amount })));
}

/** Sends `top` abtt from the dev key to every account whose balance is below `min` (one tx); returns how many. */
export async function fundFromDev(rpc: string, accounts: { address: string; min: bigint; top: bigint }[]): Promise<number> {
  return sendsFromDev(rpc, async (client) => {
    const low = [];
    for (const a of accounts) {
      if (BigInt((await client.getBalance(a.address, BTT_DENOM)).amount) < a.min) low.push({ address: a.address, amount: a.top });
    }
    return low;
  });
}
