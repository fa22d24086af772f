// X25519 key files of workers and clinics: created on first use, readable by the owner only.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateX25519, x25519PublicKey, type X25519KeyPair } from "./envelope.js";
import { writeFileDurable } from "./task-journal.js";

export function loadOrCreateX25519(path: string): X25519KeyPair {
  if (existsSync(path)) {
    const { secret } = JSON.parse(readFileSync(path, "utf8")) as { secret: string };
    const secretKey = Buffer.from(secret, "hex");
    if (secretKey.length !== 32) throw new Error(`${path}: an X25519 secret key is 32 bytes`);
    return { secretKey, publicKey: x25519PublicKey(secretKey) };
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const kp = generateX25519();
  writeFileDurable(path, JSON.stringify({ secret: Buffer.from(kp.secretKey).toString("hex"), public: Buffer.from(kp.publicKey).toString("hex") }) + "\n", dirname(path));
  return kp;
}
