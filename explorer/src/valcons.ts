import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import { BTT_BECH32_PREFIX_VALCONS } from "@btt/ts-client";

/** The consensus (valcons) address of an ed25519 consensus key (base64): first 20 bytes of sha256(pubkey). */
export function pubkeyToAddress(keyB64: string): string {
  return toBech32(BTT_BECH32_PREFIX_VALCONS, createHash("sha256").update(Buffer.from(keyB64, "base64")).digest().subarray(0, 20));
}

/** CometBFT's hex address of an ed25519 consensus key (as in block headers' proposer_address). */
export function pubkeyToHex(keyB64: string): string {
  return createHash("sha256").update(Buffer.from(keyB64, "base64")).digest().subarray(0, 20).toString("hex").toUpperCase();
}
