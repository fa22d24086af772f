// Sealed boxes and encrypted blobs: what opens, and everything that must not.
import {
  decryptBlob,
  DecryptionError,
  encryptBlob,
  generateX25519,
  keyContext,
  open,
  resultContext,
  seal,
  x25519PublicKey,
  type SealedBox,
} from "../src/envelope.js";

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

function expectDecryptionError(f: () => unknown, msg?: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DecryptionError);
  if (msg) expect((err as Error).message).toMatch(msg);
}

/** base64 field with one bit flipped at byte `i`. */
function flip(b64: string, i: number): string {
  const b = Buffer.from(b64, "base64");
  b[i] ^= 0x01;
  return b.toString("base64");
}

describe("encrypted blobs", () => {
  test("round trip, fresh key and nonce each time", () => {
    const image = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 31) & 255);
    const a = encryptBlob(image);
    expect(a.contentKey).toHaveLength(32);
    expect(a.blob.length).toBe(12 + image.length + 16); // nonce ‖ ciphertext ‖ tag
    expect(Buffer.from(decryptBlob(a.contentKey, a.blob)).equals(Buffer.from(image))).toBe(true);
    const b = encryptBlob(image);
    expect(Buffer.from(b.contentKey).equals(Buffer.from(a.contentKey))).toBe(false);
    expect(Buffer.from(b.blob).equals(Buffer.from(a.blob))).toBe(false);
    // the ciphertext does not contain the plaintext
    expect(Buffer.from(a.blob).includes(Buffer.from(image.subarray(0, 64)))).toBe(false);
  });

  test("empty plaintext round trips", () => {
    const e = encryptBlob(new Uint8Array(0));
    expect(decryptBlob(e.contentKey, e.blob)).toHaveLength(0);
  });

  test("a wrong key, a tampered blob or a short blob fail with DecryptionError", () => {
    const { contentKey, blob } = encryptBlob(bytes("panoramic x-ray"));
    expectDecryptionError(() => decryptBlob(encryptBlob(bytes("other")).contentKey, blob), /does not decrypt with this key/);
    for (const i of [0, 11, 12, blob.length - 1]) {
      const t = Uint8Array.from(blob);
      t[i] ^= 0x80;
      expectDecryptionError(() => decryptBlob(contentKey, t));
    }
    expectDecryptionError(() => decryptBlob(contentKey, blob.subarray(0, blob.length - 1)));
    expectDecryptionError(() => decryptBlob(contentKey, blob.subarray(0, 27)), /too short/);
    expectDecryptionError(() => decryptBlob(contentKey.subarray(0, 16), blob));
  });
});

describe("sealed boxes", () => {
  const worker = "btt1tt2uy367cc9752u82y4zrlle8pd4gehw0txxpc";
  const other = "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";

  test("seal then open gives the plaintext back; each seal uses a fresh ephemeral key", () => {
    const r = generateX25519();
    expect(Buffer.from(x25519PublicKey(r.secretKey)).equals(Buffer.from(r.publicKey))).toBe(true);
    const ctx = keyContext(7n, worker);
    const a = seal(r.publicKey, bytes("content key"), ctx);
    const b = seal(r.publicKey, bytes("content key"), ctx);
    expect(a.v).toBe(1);
    expect(a.epk).not.toBe(b.epk);
    expect(a.ct).not.toBe(b.ct);
    expect(text(open(r, a, ctx))).toBe("content key");
    expect(text(open(r, b, ctx))).toBe("content key");
    // it survives a JSON round trip, as it travels
    expect(text(open(r, JSON.parse(JSON.stringify(a)) as SealedBox, ctx))).toBe("content key");
  });

  test("another recipient cannot open it", () => {
    const r = generateX25519();
    const box = seal(r.publicKey, bytes("secret"), keyContext(1n, worker));
    expectDecryptionError(() => open(generateX25519(), box, keyContext(1n, worker)), /does not open with this key and context/);
    // nor the right secret key presented with another public key
    expectDecryptionError(() => open({ secretKey: r.secretKey, publicKey: generateX25519().publicKey }, box, keyContext(1n, worker)));
  });

  test("another context (task id, worker, or a result context) cannot open it", () => {
    const r = generateX25519();
    const ctx = keyContext(42n, worker);
    const box = seal(r.publicKey, bytes("secret"), ctx);
    expect(text(open(r, box, ctx))).toBe("secret");
    for (const wrong of [keyContext(43n, worker), keyContext(4n, worker), keyContext(42n, other), resultContext(42n, worker), ""]) {
      expect(wrong).not.toBe(ctx);
      expectDecryptionError(() => open(r, box, wrong));
    }
  });

  test("a tampered ciphertext, nonce or ephemeral key fails", () => {
    const r = generateX25519();
    const ctx = resultContext(9n, worker);
    const box = seal(r.publicKey, bytes('{"label":"upright"}'), ctx);
    const ctLen = Buffer.from(box.ct, "base64").length;
    for (const i of [0, Math.floor(ctLen / 2), ctLen - 1]) expectDecryptionError(() => open(r, { ...box, ct: flip(box.ct, i) }, ctx));
    expectDecryptionError(() => open(r, { ...box, nonce: flip(box.nonce, 3) }, ctx));
    expectDecryptionError(() => open(r, { ...box, epk: flip(box.epk, 5) }, ctx));
    // ciphertext swapped in from another box to the same recipient and context
    const other = seal(r.publicKey, bytes('{"label":"rotated"}'), ctx);
    expectDecryptionError(() => open(r, { ...box, ct: other.ct }, ctx));
  });

  test("a malformed box fails clearly, not with a crash", () => {
    const r = generateX25519();
    const ctx = keyContext(1n, worker);
    const box = seal(r.publicKey, bytes("x"), ctx);
    const cases: unknown[] = [
      { ...box, v: 2 },
      { ...box, epk: Buffer.alloc(31).toString("base64") },
      { ...box, nonce: Buffer.alloc(24).toString("base64") },
      { ...box, ct: Buffer.alloc(15).toString("base64") },
      { v: 1 },
      {},
      null,
      undefined,
      "a string",
    ];
    for (const c of cases) expectDecryptionError(() => open(r, c as SealedBox, ctx), /malformed sealed box/);
    // a low-order (all-zero) ephemeral key is refused as not opening, not thrown raw
    expectDecryptionError(() => open(r, { ...box, epk: Buffer.alloc(32).toString("base64") }, ctx));
  });

  test("seal refuses a public key that is not 32 bytes", () => {
    expect(() => seal(new Uint8Array(33), bytes("x"), "c")).toThrow(/32 bytes/);
  });
});
