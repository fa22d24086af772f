import { readFileSync } from "node:fs";
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve } from "@cosmjs/crypto";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { BTT_BECH32_PREFIX, bttHdPath } from "@btt/ts-client";

/** A key loaded from a mnemonic file: the wallet (for transactions) and the raw key (for signing payment links). */
export interface LoadedKey {
  readonly address: string;
  readonly wallet: DirectSecp256k1HdWallet;
  readonly privkey: Uint8Array;
}

/** Reads a BIP-39 mnemonic from a file (first line) and derives account `index` on BTT's HD path. */
export async function loadMnemonicKey(path: string, index = 0): Promise<LoadedKey> {
  const mnemonic = readFileSync(path, "utf8").trim().split("\n")[0].trim();
  return keyFromMnemonic(mnemonic, index);
}

export async function keyFromMnemonic(mnemonic: string, index = 0): Promise<LoadedKey> {
  const hdPath = bttHdPath(index);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: BTT_BECH32_PREFIX, hdPaths: [hdPath] });
  const [{ address }] = await wallet.getAccounts();
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, hdPath);
  return { address, wallet, privkey };
}
