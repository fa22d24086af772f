import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";

/** bttvalcons address of an ed25519 consensus key (base64): first 20 bytes of sha256(pubkey). */
export function pubkeyToAddress(keyB64: string): string {
  return toBech32("bttvalcons", createHash("sha256").update(Buffer.from(keyB64, "base64")).digest().subarray(0, 20));
}

/** CometBFT's hex address of an ed25519 consensus key (as in block headers' proposer_address). */
export function pubkeyToHex(keyB64: string): string {
  return createHash("sha256").update(Buffer.from(keyB64, "base64")).digest().subarray(0, 20).toString("hex").toUpperCase();
}
