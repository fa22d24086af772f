// Funds accounts from the localnet's dev key (TEST ONLY keys): services and relayers get their fee money here.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { BTT_DENOM, connectBttSigningClient } from "@btt/ts-client";
import { account, loadKeys } from "./keys.js";

/** Sends `top` abtt from the dev key to every account whose balance is below `min` (one tx); returns how many. */
export async function fundFromDev(rpc: string, accounts: { address: string; min: bigint; top: bigint }[]): Promise<number> {
  const dev = account(loadKeys(), "dev");
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" });
  const client = await connectBttSigningClient(rpc, wallet);
  try {
    const msgs = [];
    for (const a of accounts) {
      const bal = BigInt((await client.getBalance(a.address, BTT_DENOM)).amount);
      if (bal >= a.min) continue;
      msgs.push({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: dev.address, toAddress: a.address, amount: [{ denom: BTT_DENOM, amount: a.top.toString() }] } });
    }
    if (msgs.length === 0) return 0;
    const r = await client.signAndBroadcast(dev.address, msgs, 1.6);
    if (r.code !== 0) throw new Error(`funding from the dev key failed: ${r.rawLog}`);
    return msgs.length;
  } finally {
    client.disconnect();
  }
}
