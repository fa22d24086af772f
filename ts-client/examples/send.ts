/**
 * Sends BTT from a mnemonic's first account and prints the transaction hash.
 *
 *   npm run build -w @btt/ts-client
 *   BTT_MNEMONIC_FILE=.localnet/keys/dev.mnemonic \
 *     node ts-client/dist/examples/send.js btt1recipient... 1.5
 *
 * Environment:
 *   BTT_MNEMONIC        the sender's mnemonic, or
 *   BTT_MNEMONIC_FILE   a file holding it (first line)
 *   BTT_RPC             CometBFT RPC endpoint (default http://127.0.0.1:26657)
 *   BTT_SIGN_MODE       "direct" (default) or "amino" (legacy amino-json, as hardware wallets sign)
 */
import { readFileSync } from "node:fs";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { BTT_BECH32_PREFIX, BTT_DENOM, abttToBtt, bttHdPath, bttToAbtt, connectBttSigningClient } from "../src/index.js";

function fail(message: string): never {
  console.error(`send: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const [recipient, amountBtt, memo = ""] = process.argv.slice(2);
  if (!recipient || !amountBtt) fail("usage: send.js <recipient btt1...> <amount in BTT, e.g. 1.5> [memo]");
  if (!recipient.startsWith(`${BTT_BECH32_PREFIX}1`)) fail(`recipient must be a ${BTT_BECH32_PREFIX}1... address`);
  const mnemonic = (
    process.env.BTT_MNEMONIC ??
    (process.env.BTT_MNEMONIC_FILE ? readFileSync(process.env.BTT_MNEMONIC_FILE, "utf8").split("\n")[0] : undefined) ??
    fail("set BTT_MNEMONIC or BTT_MNEMONIC_FILE")
  ).trim();
  const rpc = process.env.BTT_RPC ?? "http://127.0.0.1:26657";
  const amount = bttToAbtt(amountBtt); // exact, throws on bad input

  const walletOptions = { prefix: BTT_BECH32_PREFIX, hdPaths: [bttHdPath(0)] };
  const signer: OfflineSigner =
    process.env.BTT_SIGN_MODE === "amino"
      ? await Secp256k1HdWallet.fromMnemonic(mnemonic, walletOptions)
      : await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, walletOptions);
  const [account] = await signer.getAccounts();
  if (!account) fail("the wallet has no account");

  const client = await connectBttSigningClient(rpc, signer);
  try {
    const before = await client.getBalance(account.address, BTT_DENOM);
    console.log(`from ${account.address} (balance ${abttToBtt(before.amount)} BTT) on ${await client.getChainId()}`);
    const result = await client.sendTokens(account.address, recipient, [{ denom: BTT_DENOM, amount }], "auto", memo);
    if (result.code !== 0) fail(`transaction ${result.transactionHash} failed with code ${result.code}: ${result.rawLog ?? ""}`);
    console.log(`sent ${amountBtt} BTT to ${recipient} at height ${result.height}, gas used ${result.gasUsed}`);
    console.log(result.transactionHash);
  } finally {
    client.disconnect();
  }
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
