// The Polkadot connection (@polkadot/api over a WsProvider that reconnects on its own), the orchestrator's ECDSA key
// and its proof of possession, account encodings, and extrinsic submission that resolves once the extrinsic's
// block is finalized, with its events, dispatch result and fee.
import { ApiPromise, WsProvider } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { SubmittableExtrinsic } from "@polkadot/api/types";
import type { EventRecord, DispatchError } from "@polkadot/types/interfaces";
import { hexToU8a, isHex, stringToU8a, u8aToHex } from "@polkadot/util";
import { blake2AsU8a, cryptoWaitReady, decodeAddress, encodeAddress, signatureVerify } from "@polkadot/util-crypto";

/** Westend's and the generic Substrate SS58 prefix. */
export const SS58_PREFIX = 42;

export type Tx = SubmittableExtrinsic<"promise">;

/**
 * Connects to a node's WebSocket RPC. The WsProvider reconnects by itself (every `reconnectMs`) after the node goes
 * away; calls made meanwhile fail and the callers' loops retry them. On Node 22 that needs
 * completeFailedCloses (below).
 */
export async function connectPolkadot(url: string, opts: { reconnectMs?: number; timeoutMs?: number } = {}): Promise<ApiPromise> {
  await cryptoWaitReady();
  const provider = wsProvider(url, opts);
  try {
    return await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  } catch (e) {
    // No connection at all: stop the provider's retries (they would keep the process alive).
    await provider.disconnect().catch(() => undefined);
    throw e;
  }
}

/** A WsProvider that connects at once and retries every `reconnectMs` (on Node 22 too: completeFailedCloses). */
export function wsProvider(url: string, opts: { reconnectMs?: number; timeoutMs?: number } = {}): WsProvider {
  const provider = new WsProvider(url, opts.reconnectMs ?? 1000, {}, opts.timeoutMs ?? 60_000);
  completeFailedCloses(provider);
  return provider;
}

/**
 * Makes a WsProvider retry after a failed connection attempt on Node >= 22.
 *
 * WsProvider (@polkadot/rpc-provider 16.5.6) retries only from its socket's `onclose` handler. On Node >= 22
 * @polkadot/x-ws gives it Node's built-in WebSocket (undici), which, when an attempt fails (connection refused while
 * the node is down or still starting), fires `error` and never `close`, and leaves the socket CONNECTING (undici
 * issues 3506, 3546, 3697). The provider then never tries again and keeps the dead socket, so its own connect()
 * refuses too: one refused attempt and the connection is lost for good. (On Node 20 there is no global WebSocket;
 * x-ws uses the `ws` package, which fires `error` then `close`, and the provider retried every reconnectMs.)
 *
 * The `error` event's target is that socket, whose `onclose` is the provider's close handler: when the socket is not
 * open and that handler is still set once the error has been dispatched, this calls it with the abnormal-closure code
 * 1006, as `ws` (and a fixed undici) would. The provider then clears the socket and its request-timeout interval,
 * fails the pending requests, emits `disconnected` and schedules its next attempt. A close that undici fires itself
 * later finds the handler cleared and does nothing.
 */
export function completeFailedCloses(provider: WsProvider): void {
  provider.on("error", (e: unknown) => {
    const socket = (e as { target?: unknown } | undefined)?.target as { readyState?: number; onclose?: ((ev: { code: number; reason: string }) => void) | null } | undefined;
    if (!socket || typeof socket.readyState !== "number") return;
    setTimeout(() => {
      if (socket.readyState !== 1 /* OPEN */ && typeof socket.onclose === "function") socket.onclose({ code: 1006, reason: "connection failed (no close event from the WebSocket)" });
    }, 0);
  });
}

/** An SS58 address or a 0x-hex 32-byte AccountId as the 0x-hex AccountId (the bridge's on-chain form). */
export function accountHex(address: string): string {
  if (isHex(address)) {
    if (hexToU8a(address).length !== 32) throw new Error(`${address} is not a 32-byte AccountId`);
    return address.toLowerCase();
  }
  return u8aToHex(decodeAddress(address));
}

/** Validates an account (SS58 with any prefix, or 0x-hex 32 bytes); throws a clear error. */
export function parseAccount(address: string): string {
  try {
    return accountHex(address);
  } catch (e) {
    throw new Error(`invalid Polkadot account ${JSON.stringify(address)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function ss58(account: string | Uint8Array, prefix = SS58_PREFIX): string {
  return encodeAddress(typeof account === "string" ? decodeAddress(account) : account, prefix);
}

/**
 * An orchestrator's Polkadot key: ECDSA (secp256k1), from a secret URI (`//Orch1`, a mnemonic) or a 0x-hex seed.
 * Its AccountId is blake2_256 of the 33-byte compressed public key, which is what x/bridge derives from the key.
 */
export function orchestratorKey(secret: string): KeyringPair {
  return new Keyring({ type: "ecdsa", ss58Format: SS58_PREFIX }).addFromUri(secret.trim());
}

/** AccountId (0x-hex) of a compressed secp256k1 public key, as the runtime and x/bridge derive it. */
export function ecdsaAccountId(compressedPubKey: Uint8Array | string): string {
  const pk = typeof compressedPubKey === "string" ? hexToU8a(compressedPubKey) : compressedPubKey;
  if (pk.length !== 33) throw new Error(`an ECDSA public key is 33 bytes (compressed), got ${pk.length}`);
  return u8aToHex(blake2AsU8a(pk, 256));
}

/** The message whose signature proves an orchestrator holds its Polkadot key (MsgSetPolkadotOrchestrator). */
export function proofOfPossessionMessage(bridgeId: string, valoper: string): string {
  return `btt-bridge:${bridgeId}:setPolkadotOrchestrator:${valoper}`;
}

/**
 * The proof of possession: a 65-byte recoverable ECDSA signature (r ‖ s ‖ v) over blake2_256 of the message (how
 * Substrate's ecdsa signs, so the same key signs extrinsics); with the compressed public key it is checked by
 * verifyProofOfPossession here and by x/bridge.
 */
export function proofOfPossession(key: KeyringPair, bridgeId: string, valoper: string): { publicKey: string; accountId: string; signature: string } {
  if (key.type !== "ecdsa") throw new Error(`the orchestrator's Polkadot key must be ecdsa, not ${key.type}`);
  const signature = u8aToHex(key.sign(stringToU8a(proofOfPossessionMessage(bridgeId, valoper))));
  return { publicKey: u8aToHex(key.publicKey), accountId: ecdsaAccountId(key.publicKey), signature };
}

export function verifyProofOfPossession(publicKey: string, signature: string, bridgeId: string, valoper: string): boolean {
  try {
    const r = signatureVerify(stringToU8a(proofOfPossessionMessage(bridgeId, valoper)), signature, hexToU8a(publicKey));
    return r.isValid && r.crypto === "ecdsa";
  } catch {
    return false;
  }
}

export interface TxOutcome {
  txHash: string;
  blockHash: string;
  blockNumber: number;
  extrinsicIndex: number;
  events: EventRecord[];
  /** ExtrinsicSuccess (the outer call; a multisig's inner call result is in its MultisigExecuted event). */
  success: boolean;
  /** section.Name of the dispatch error, when it failed. */
  error?: string;
  /** TransactionFeePaid.actualFee (planck). */
  fee: bigint;
}

export function dispatchErrorText(api: ApiPromise, err: DispatchError): string {
  if (err.isModule) {
    const m = api.registry.findMetaError(err.asModule);
    return `${m.section}.${m.name}`;
  }
  return err.toString();
}

export interface Submitted {
  txHash: string;
  /** Resolves once the extrinsic's block is finalized (rejects if it is dropped or invalid). */
  outcome: Promise<TxOutcome>;
}

/**
 * Signs and submits `tx`; resolves once the node's pool accepted it (rejects when the node refuses it: bad
 * nonce, no funds for the fee, bad proof). Transactions of one signer go one per block here: Chopsticks' next
 * nonce does not count the pool, so a second one before the first is in a block would reuse its nonce.
 */
export async function submit(api: ApiPromise, tx: Tx, signer: KeyringPair): Promise<Submitted> {
  let resolveOutcome!: (o: TxOutcome) => void;
  let rejectOutcome!: (e: Error) => void;
  const outcome = new Promise<TxOutcome>((res, rej) => {
    resolveOutcome = res;
    rejectOutcome = rej;
  });
  outcome.catch(() => undefined);
  let unsub: (() => void) | undefined;
  let done = false;
  unsub = await tx.signAndSend(signer, (r) => {
    if (done) return;
    if (r.status.isFinalized) {
      done = true;
      unsub?.();
      const blockHash = r.status.asFinalized.toHex();
      void (async () => {
        const header = await api.rpc.chain.getHeader(blockHash);
        const fee = r.events.filter((e) => e.event.section === "transactionPayment" && e.event.method === "TransactionFeePaid").reduce((a, e) => a + BigInt(e.event.data[1]!.toString()), 0n);
        const failed = r.events.find((e) => e.event.section === "system" && e.event.method === "ExtrinsicFailed");
        const error = failed ? dispatchErrorText(api, failed.event.data[0] as DispatchError) : undefined;
        resolveOutcome({ txHash: tx.hash.toHex(), blockHash, blockNumber: header.number.toNumber(), extrinsicIndex: r.txIndex ?? -1, events: r.events, success: !failed, error, fee });
      })().catch((e: unknown) => rejectOutcome(e instanceof Error ? e : new Error(String(e))));
    } else if (r.status.isDropped || r.status.isInvalid || r.status.isUsurped || r.status.isFinalityTimeout) {
      done = true;
      unsub?.();
      rejectOutcome(new Error(`extrinsic ${tx.hash.toHex()} ${r.status.type}`));
    }
  });
  if (done) unsub();
  return { txHash: tx.hash.toHex(), outcome };
}
