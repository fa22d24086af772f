// Sends one account's transactions without waiting a block between them: the sequence is tracked
// locally so several txs can land in one block, and a sequence mismatch (another process used the
// key, a tx dropped from the mempool, a node restart) is recovered by re-reading the account and
// signing again, without a restart.
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { BroadcastTxError, type IndexedTx, type SigningStargateClient, type StdFee } from "@cosmjs/stargate";
import pRetry, { AbortError } from "p-retry";
import { BTT_DENOM } from "@btt/ts-client";
import type { Logger } from "pino";

/** The SDK's ErrWrongSequence code in the "sdk" codespace. */
const WRONG_SEQUENCE = 32;
/** ErrUnauthorized: also what a wrong account number gives (a node still catching up answered the account query). */
const UNAUTHORIZED = 4;
const GAS_PRICE_ABTT = 1_000_000_000n;

export function feeFor(gas: number): StdFee {
  return { amount: [{ denom: BTT_DENOM, amount: (BigInt(gas) * GAS_PRICE_ABTT).toString() }], gas: String(gas) };
}

export class TxFailedError extends Error {
  constructor(readonly code: number, readonly codespace: string, readonly rawLog: string, readonly txHash?: string) {
    super(`tx failed (${codespace} ${code}): ${rawLog}`);
    this.name = "TxFailedError";
  }
}

export interface TxSenderOptions {
  client: SigningStargateClient;
  address: string;
  chainId: string;
  logger: Logger;
  /** How long to wait for inclusion (default 60 s). */
  inclusionTimeoutMs?: number;
}

export class TxSender {
  private accountNumber?: bigint;
  private sequence?: number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: TxSenderOptions) {}

  private async refreshAccount(): Promise<void> {
    const { accountNumber, sequence } = await this.o.client.getSequence(this.o.address);
    this.accountNumber = accountNumber;
    this.sequence = sequence;
  }

  /** Signs and broadcasts (CheckTx) under the local sequence; serialised so sequences never collide. */
  private submit(messages: readonly EncodeObject[], gas: number, memo: string): Promise<string> {
    const run = async (): Promise<string> =>
      pRetry(
        async () => {
          if (this.sequence === undefined) await this.refreshAccount();
          const raw = await this.o.client.sign(this.o.address, messages, feeFor(gas), memo, {
            accountNumber: this.accountNumber!, sequence: this.sequence!, chainId: this.o.chainId,
          });
          try {
            const hash = await this.o.client.broadcastTxSync(TxRaw.encode(raw).finish());
            this.sequence! += 1;
            return hash;
          } catch (err) {
            if (err instanceof BroadcastTxError && (err.code === WRONG_SEQUENCE || err.code === UNAUTHORIZED)) {
              this.o.logger.warn({ code: err.code, log: err.log }, "account sequence mismatch: re-reading the account and signing again");
              this.sequence = undefined;
              throw err;
            }
            if (err instanceof BroadcastTxError) throw new AbortError(new TxFailedError(err.code, err.codespace, err.log ?? err.message));
            // A dropped connection: the account is re-read on the next try.
            this.sequence = undefined;
            throw err;
          }
        },
        { retries: 5, minTimeout: 300, maxTimeout: 3000 },
      );
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  /** Waits until the tx is in a block; a tx that never lands resets the local sequence. */
  private async waitIncluded(hash: string): Promise<IndexedTx> {
    const deadline = Date.now() + (this.o.inclusionTimeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      const tx = await this.o.client.getTx(hash).catch(() => null);
      if (tx) return tx;
      await new Promise((r) => setTimeout(r, 400));
    }
    this.sequence = undefined;
    throw new Error(`tx ${hash} was not included within ${(this.o.inclusionTimeoutMs ?? 60_000) / 1000} s`);
  }

  /** Sends `messages` in one tx with a fixed gas limit and resolves once it is in a block; throws TxFailedError if it failed. */
  async send(messages: readonly EncodeObject[], gas: number, memo = ""): Promise<IndexedTx> {
    const hash = await this.submit(messages, gas, memo);
    const tx = await this.waitIncluded(hash);
    if (tx.code !== 0) {
      // A failed DeliverTx still consumed the sequence.
      throw new TxFailedError(tx.code, "", tx.rawLog ?? "", hash);
    }
    return tx;
  }
}
