// Authenticated HTTP requests between workers, clinics and the data gateway: the caller signs a short
// claim about the request with its account key, as an ADR-036 off-chain message (what Keplr's
// signArbitrary produces), and the gateway checks the signature and then asks the chain whether that
// account may see the task.
import { createHash, randomBytes } from "node:crypto";
import { makeSignDoc, pubkeyToAddress, serializeSignDoc, encodeSecp256k1Pubkey, type OfflineAminoSigner, type StdSignDoc } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { BTT_BECH32_PREFIX } from "@btt/ts-client";

/** What a request claims: bound to its method, path, body and time, with a nonce against replay. */
export interface RequestClaim {
  method: string;
  path: string;
  body_sha256: string;
  /** Unix milliseconds. */
  ts: number;
  nonce: string;
}

export const AUTH_HEADERS = { signer: "x-btt-signer", pubkey: "x-btt-pubkey", signature: "x-btt-signature", claim: "x-btt-claim" } as const;

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthError";
  }
}

/** The ADR-036 sign doc: one sign/MsgSignData, empty chain id, zero fee, account number and sequence. */
export function adr36SignDoc(signer: string, data: Uint8Array): StdSignDoc {
  return makeSignDoc([{ type: "sign/MsgSignData", value: { signer, data: Buffer.from(data).toString("base64") } }], { gas: "0", amount: [] }, "", "", 0, 0);
}

export function bodySha256(body: Uint8Array | string | undefined): string {
  return createHash("sha256").update(body ?? "").digest("hex");
}

/** Signs a request; returns the headers to send with it. */
export async function signRequest(
  signer: OfflineAminoSigner,
  address: string,
  method: string,
  path: string,
  body?: Uint8Array | string,
): Promise<Record<string, string>> {
  const claim: RequestClaim = { method: method.toUpperCase(), path, body_sha256: bodySha256(body), ts: Date.now(), nonce: randomBytes(16).toString("hex") };
  const claimBytes = Buffer.from(JSON.stringify(claim));
  const { signature } = await signer.signAmino(address, adr36SignDoc(address, claimBytes));
  return {
    [AUTH_HEADERS.signer]: address,
    [AUTH_HEADERS.pubkey]: signature.pub_key.value,
    [AUTH_HEADERS.signature]: signature.signature,
    [AUTH_HEADERS.claim]: claimBytes.toString("base64"),
  };
}

/**
 * Checks a signed request: the signature is the signer's over the ADR-036 doc of the claim, the
 * public key belongs to the signer's address, and the claim matches this request and is fresh.
 * Returns the signer's address and the claim (the caller keeps the nonce to refuse replays).
 */
export async function verifyRequest(
  headers: Record<string, string | string[] | undefined>,
  method: string,
  path: string,
  body: Uint8Array | string | undefined,
  maxSkewMs = 60_000,
  now = Date.now(),
): Promise<{ signer: string; claim: RequestClaim }> {
  const h = (k: string) => {
    const v = headers[k];
    if (typeof v !== "string" || v.length === 0 || v.length > 4096) throw new AuthError(`missing or bad ${k} header`);
    return v;
  };
  const signer = h(AUTH_HEADERS.signer);
  const pubkey = Buffer.from(h(AUTH_HEADERS.pubkey), "base64");
  const signature = Buffer.from(h(AUTH_HEADERS.signature), "base64");
  const claimBytes = Buffer.from(h(AUTH_HEADERS.claim), "base64");
  if (pubkey.length !== 33) throw new AuthError("the public key must be a 33-byte compressed secp256k1 key");
  if (signature.length !== 64) throw new AuthError("the signature must be 64 bytes (r ‖ s)");
  let expected: string;
  try {
    expected = pubkeyToAddress(encodeSecp256k1Pubkey(pubkey), BTT_BECH32_PREFIX);
  } catch {
    throw new AuthError("bad public key");
  }
  if (expected !== signer) throw new AuthError("the public key does not belong to the signer");
  let ok = false;
  try {
    const digest = sha256(serializeSignDoc(adr36SignDoc(signer, claimBytes)));
    ok = await Secp256k1.verifySignature(Secp256k1Signature.fromFixedLength(signature), digest, pubkey);
  } catch {
    ok = false;
  }
  if (!ok) throw new AuthError("bad signature");
  let claim: RequestClaim;
  try {
    claim = JSON.parse(claimBytes.toString("utf8")) as RequestClaim;
  } catch {
    throw new AuthError("the claim is not JSON");
  }
  if (typeof claim !== "object" || claim === null || Array.isArray(claim)) throw new AuthError("the claim is not a JSON object");
  if (claim.method !== method.toUpperCase() || claim.path !== path) throw new AuthError("the signature is for another request");
  if (claim.body_sha256 !== bodySha256(body)) throw new AuthError("the signature is for another body");
  if (typeof claim.ts !== "number" || Math.abs(now - claim.ts) > maxSkewMs) throw new AuthError("the signed request is too old or from the future");
  if (typeof claim.nonce !== "string" || !/^[0-9a-f]{16,64}$/.test(claim.nonce)) throw new AuthError("bad nonce");
  return { signer, claim };
}

export interface SignedFetchOptions {
  body?: Uint8Array | string;
  contentType?: string;
  /** Called on each 429 before waiting (metrics). */
  onThrottled?: () => void;
  /** Stop retrying 429s when this turns true (shutdown). */
  stopped?: () => boolean;
}

/**
 * A signed request to a gateway that waits out its rate limit (429 with retry-after, at most 10 times)
 * instead of failing: many tasks in flight from one address must slow down, not hammer it. Each try
 * is signed afresh, since the gateway refuses a replayed nonce.
 */
export async function signedFetch(signer: OfflineAminoSigner, address: string, method: string, url: string, o: SignedFetchOptions = {}): Promise<Response> {
  const path = new URL(url).pathname;
  const body = o.body === undefined ? undefined : typeof o.body === "string" ? o.body : Buffer.from(o.body);
  for (let attempt = 0; ; attempt++) {
    const headers = await signRequest(signer, address, method, path, o.body);
    if (o.contentType) headers["content-type"] = o.contentType;
    const res = await fetch(url, { method, headers, body });
    if (res.status !== 429 || attempt >= 10 || o.stopped?.()) return res;
    const retryAfterS = Number(res.headers.get("retry-after"));
    const waitMs = Math.min(30_000, Number.isFinite(retryAfterS) && retryAfterS > 0 ? retryAfterS * 1000 : 1000 * 2 ** attempt) + Math.random() * 500;
    o.onThrottled?.();
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, waitMs));
  }
}
