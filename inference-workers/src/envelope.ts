// Hybrid encryption for patient data, from OpenSSL's primitives through node:crypto (no hand-rolled
// crypto): X25519 key agreement, HKDF-SHA256 and ChaCha20-Poly1305. The image is encrypted once under
// a random content key; the content key is sealed to each assigned worker's X25519 key from its node
// record; results are sealed to the clinic's X25519 key. A `context` string (task id, recipient) is
// bound as associated data, so a sealed box cannot be replayed into another task or to another worker.
// Every key encrypts exactly one message (a fresh content key per image, a fresh ephemeral key per
// box), so a random 96-bit nonce is never reused under a key.
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from "node:crypto";

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

export interface X25519KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

// DER prefixes of X25519 keys (RFC 8410): PKCS#8 private key and SubjectPublicKeyInfo.
const PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");

function privateKeyObject(secretKey: Uint8Array): KeyObject {
  if (secretKey.length !== 32) throw new Error("an X25519 secret key is 32 bytes");
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secretKey]), format: "der", type: "pkcs8" });
}

function publicKeyObject(publicKey: Uint8Array): KeyObject {
  if (publicKey.length !== 32) throw new Error("an X25519 public key is 32 bytes");
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: "der", type: "spki" });
}

function rawPublic(key: KeyObject): Uint8Array {
  return new Uint8Array(key.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length));
}

export function generateX25519(): X25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("x25519");
  return { secretKey: new Uint8Array(privateKey.export({ format: "der", type: "pkcs8" }).subarray(PKCS8_PREFIX.length)), publicKey: rawPublic(publicKey) };
}

export function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  return rawPublic(createPublicKey(privateKeyObject(secretKey)));
}

const NONCE = 12;
const TAG = 16;

function chachaSeal(key: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): { nonce: Buffer; ct: Buffer } {
  const nonce = randomBytes(NONCE);
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG });
  if (aad) c.setAAD(aad, { plaintextLength: plaintext.length });
  const ct = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
  return { nonce, ct };
}

function chachaOpen(key: Uint8Array, nonce: Uint8Array, ct: Uint8Array, aad?: Uint8Array): Uint8Array {
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG });
  d.setAuthTag(ct.subarray(ct.length - TAG));
  if (aad) d.setAAD(aad, { plaintextLength: ct.length - TAG });
  return new Uint8Array(Buffer.concat([d.update(ct.subarray(0, ct.length - TAG)), d.final()]));
}

/** nonce ‖ ChaCha20-Poly1305(contentKey, nonce, plaintext) ‖ tag, under a fresh random content key. */
export function encryptBlob(plaintext: Uint8Array): { contentKey: Uint8Array; blob: Uint8Array } {
  const contentKey = new Uint8Array(randomBytes(32));
  const { nonce, ct } = chachaSeal(contentKey, plaintext);
  return { contentKey, blob: new Uint8Array(Buffer.concat([nonce, ct])) };
}

export function decryptBlob(contentKey: Uint8Array, blob: Uint8Array): Uint8Array {
  if (contentKey.length !== 32) throw new DecryptionError("a content key is 32 bytes");
  if (blob.length < NONCE + TAG) throw new DecryptionError("encrypted blob is too short");
  try {
    return chachaOpen(contentKey, blob.subarray(0, NONCE), blob.subarray(NONCE));
  } catch {
    throw new DecryptionError("encrypted blob does not decrypt with this key (corrupt or not for us)");
  }
}

/** A sealed box as it travels in JSON: base64 fields. */
export interface SealedBox {
  v: 1;
  /** Ephemeral X25519 public key of the sender. */
  epk: string;
  nonce: string;
  ct: string;
}

function boxKey(shared: Uint8Array, epk: Uint8Array, rpk: Uint8Array, context: string): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", shared, Buffer.concat([epk, rpk]), Buffer.from(`btt-seal-v1|${context}`), 32));
}

/** Seals `plaintext` to `recipientPublicKey` (anonymous sender, fresh ephemeral key). */
export function seal(recipientPublicKey: Uint8Array, plaintext: Uint8Array, context: string): SealedBox {
  const recipient = publicKeyObject(recipientPublicKey);
  const eph = generateKeyPairSync("x25519");
  const epk = rawPublic(eph.publicKey);
  const key = boxKey(diffieHellman({ privateKey: eph.privateKey, publicKey: recipient }), epk, recipientPublicKey, context);
  const { nonce, ct } = chachaSeal(key, plaintext, Buffer.from(context));
  return { v: 1, epk: Buffer.from(epk).toString("base64"), nonce: nonce.toString("base64"), ct: ct.toString("base64") };
}

/** Opens a sealed box with the recipient's key pair; throws DecryptionError on any mismatch. */
export function open(recipient: X25519KeyPair, box: SealedBox, context: string): Uint8Array {
  const epk = Buffer.from(String(box?.epk ?? ""), "base64");
  const nonce = Buffer.from(String(box?.nonce ?? ""), "base64");
  const ct = Buffer.from(String(box?.ct ?? ""), "base64");
  if (box?.v !== 1 || epk.length !== 32 || nonce.length !== NONCE || ct.length < TAG) throw new DecryptionError("malformed sealed box");
  try {
    const shared = diffieHellman({ privateKey: privateKeyObject(recipient.secretKey), publicKey: publicKeyObject(epk) });
    return chachaOpen(boxKey(shared, epk, recipient.publicKey, context), nonce, ct, Buffer.from(context));
  } catch {
    throw new DecryptionError("sealed box does not open with this key and context");
  }
}

/** The associated-data context of the content key sealed to a worker for a task. */
export const keyContext = (taskId: bigint, worker: string) => `input-key|task:${taskId}|worker:${worker}`;
/** The associated-data context of a worker's result sealed to the clinic. */
export const resultContext = (taskId: bigint, worker: string) => `result|task:${taskId}|worker:${worker}`;
