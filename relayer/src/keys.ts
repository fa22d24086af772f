// The relayer's signing keys: a BIP-39 mnemonic in a file, or a key of a `bttd` test keyring (exported
// through bttd itself, so the keyring's file format stays bttd's business).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fromHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import type { ChainConfig } from "./config.js";

export async function signerFor(cfg: ChainConfig): Promise<OfflineDirectSigner> {
  if ("mnemonicFile" in cfg.key) {
    let text: string;
    try {
      text = readFileSync(cfg.key.mnemonicFile, "utf8");
    } catch (e) {
      throw new Error(`chain ${cfg.name}: cannot read mnemonic file ${cfg.key.mnemonicFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const mnemonic = text.trim().split(/\s+/).join(" ");
    try {
      return await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: cfg.prefix });
    } catch (e) {
      throw new Error(`chain ${cfg.name}: ${cfg.key.mnemonicFile} does not hold a valid mnemonic: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const { home, name, bttd = process.env.BTTD ?? "bttd" } = cfg.key.keyring;
  let hex: string;
  try {
    // bttd asks for confirmation of an unsafe export on stdin.
    hex = execFileSync(bttd, ["keys", "export", name, "--unsafe", "--unarmored-hex", "--keyring-backend", "test", "--home", home], { input: "y\n", encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] }).trim();
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr ?? "";
    throw new Error(`chain ${cfg.name}: cannot export key ${name} from the bttd test keyring in ${home}: ${stderr.trim() || (e instanceof Error ? e.message : String(e))}`);
  }
  const last = hex.split(/\s+/).pop() ?? "";
  if (!/^[0-9a-f]{64}$/i.test(last)) throw new Error(`chain ${cfg.name}: bttd did not print a private key for ${name}`);
  return DirectSecp256k1Wallet.fromKey(fromHex(last), cfg.prefix);
}
