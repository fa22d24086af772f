// One IBC endpoint: a CometBFT RPC connection, typed IBC/bank/staking queries, proofs at a height,
// light-client headers for the counterparty, and a signing client whose sequence is kept locally so
// several relay transactions can be in flight from one key.
import { toAscii } from "@cosmjs/encoding";
import { type EncodeObject, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import {
  GasPrice,
  QueryClient,
  setupBankExtension,
  setupIbcExtension,
  setupStakingExtension,
  type BankExtension,
  type DeliverTxResponse,
  type IbcExtension,
  type StakingExtension,
  type TxExtension,
  BroadcastTxError,
  SigningStargateClient,
  calculateFee,
  setupTxExtension,
} from "@cosmjs/stargate";
import { encodeSecp256k1Pubkey, type Pubkey } from "@cosmjs/amino";
import { Comet38Client, type ReadonlyDateWithNanoseconds } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { MerkleProof } from "cosmjs-types/ibc/core/commitment/v1/commitment";
import { CommitmentProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { Height } from "cosmjs-types/ibc/core/client/v1/client";
import { Header as TmHeader } from "cosmjs-types/ibc/lightclients/tendermint/v1/tendermint";
import { Commit, Header, SignedHeader } from "cosmjs-types/tendermint/types/types";
import { ValidatorSet, type BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { createBttRegistry, createBttAminoTypes } from "@btt/ts-client";
import type { Logger } from "pino";
import type { ChainConfig } from "./config.js";

export type IbcQuery = QueryClient & IbcExtension & BankExtension & StakingExtension;

/** A chain id ending in -N carries revision number N (ICS-02); others are revision 0. */
export function revisionNumberOf(chainId: string): bigint {
  const m = /-([1-9][0-9]*)$/.exec(chainId);
  return m ? BigInt(m[1]) : 0n;
}

export function timestampOf(t: ReadonlyDateWithNanoseconds): Timestamp {
  const ms = t.getTime();
  const seconds = Math.floor(ms / 1000);
  return Timestamp.fromPartial({ seconds: BigInt(seconds), nanos: (ms - seconds * 1000) * 1_000_000 + (t.nanoseconds ?? 0) });
}

/** Nanoseconds since the epoch of a block time. */
export function nanosOf(t: ReadonlyDateWithNanoseconds): bigint {
  return BigInt(t.getTime()) * 1_000_000n + BigInt(t.nanoseconds ?? 0);
}

export class TxError extends Error {
  constructor(message: string, readonly code: number, readonly log: string) {
    super(message);
    this.name = "TxError";
  }
}

/** ibc-go's RedundantRelayDecorator: every packet message in the tx was already relayed by someone else. */
export const isRedundant = (e: unknown) => e instanceof Error && /packet messages are redundant/.test(e.message);

export class IbcChain {
  readonly revisionNumber: bigint;
  private sequence?: number;
  private accountNumber?: number;
  private sendQueue: Promise<unknown> = Promise.resolve();
  /** abtt (or the fee denom) spent on fees by this process. */
  feesSpent = 0n;
  /** Whether submit may use a caller's gas estimate instead of simulating (off after an out-of-gas failure). */
  private estimatesOk = true;

  private constructor(
    readonly cfg: ChainConfig,
    readonly comet: Comet38Client,
    readonly query: IbcQuery,
    readonly signing: SigningStargateClient,
    readonly signer: OfflineDirectSigner,
    readonly address: string,
    readonly gasPrice: GasPrice,
    readonly log: Logger,
    private readonly txQuery: QueryClient & TxExtension,
    private readonly pubkey: Pubkey,
  ) {
    this.revisionNumber = revisionNumberOf(cfg.chainId);
  }

  static async connect(cfg: ChainConfig, wallet: OfflineDirectSigner, log: Logger): Promise<IbcChain> {
    const comet = await Comet38Client.connect(cfg.rpc).catch((e: unknown) => {
      throw new Error(`chain ${cfg.name}: cannot reach RPC ${cfg.rpc}: ${e instanceof Error ? e.message : String(e)}`);
    });
    const status = await comet.status().catch((e: unknown) => {
      throw new Error(`chain ${cfg.name}: RPC ${cfg.rpc} does not answer /status: ${e instanceof Error ? e.message : String(e)}`);
    });
    if (status.nodeInfo.network !== cfg.chainId) {
      comet.disconnect();
      throw new Error(`chain ${cfg.name}: the node at ${cfg.rpc} runs chain id ${status.nodeInfo.network}, the config says ${cfg.chainId}`);
    }
    const [{ address, pubkey }] = await wallet.getAccounts();
    const gasPrice = GasPrice.fromString(cfg.gasPrice);
    const signing = await SigningStargateClient.createWithSigner(comet, wallet, { registry: createBttRegistry(), aminoTypes: createBttAminoTypes(), gasPrice });
    const query = QueryClient.withExtensions(comet, setupIbcExtension, setupBankExtension, setupStakingExtension);
    const txQuery = QueryClient.withExtensions(comet, setupTxExtension);
    return new IbcChain(cfg, comet, query, signing, wallet, address, gasPrice, log.child({ chain: cfg.chainId }), txQuery, encodeSecp256k1Pubkey(pubkey));
  }

  disconnect(): void {
    this.signing.disconnect();
  }

  height(h: number | bigint): Height {
    return Height.fromPartial({ revisionNumber: this.revisionNumber, revisionHeight: BigInt(h) });
  }

  async latestHeight(): Promise<number> {
    return (await this.comet.status()).syncInfo.latestBlockHeight;
  }

  async balance(): Promise<bigint> {
    return BigInt((await this.query.bank.balance(this.address, this.gasPrice.denom)).amount);
  }

  /** The signed header of `height` (latest when undefined) as the light client wants it. */
  async signedHeader(height?: number): Promise<SignedHeader> {
    const { header: h, commit: c } = await this.comet.commit(height);
    const header = Header.fromPartial({
      version: { block: BigInt(h.version.block), app: BigInt(h.version.app) },
      chainId: h.chainId,
      height: BigInt(h.height),
      time: timestampOf(h.time),
      lastBlockId: h.lastBlockId ? { hash: h.lastBlockId.hash, partSetHeader: { total: h.lastBlockId.parts.total, hash: h.lastBlockId.parts.hash } } : undefined,
      lastCommitHash: h.lastCommitHash,
      dataHash: h.dataHash,
      validatorsHash: h.validatorsHash,
      nextValidatorsHash: h.nextValidatorsHash,
      consensusHash: h.consensusHash,
      appHash: h.appHash,
      lastResultsHash: h.lastResultsHash,
      evidenceHash: h.evidenceHash,
      proposerAddress: h.proposerAddress,
    });
    const commit = Commit.fromPartial({
      height: BigInt(c.height),
      round: c.round,
      blockId: { hash: c.blockId.hash, partSetHeader: { total: c.blockId.parts.total, hash: c.blockId.parts.hash } },
      signatures: c.signatures.map((s) => ({
        blockIdFlag: s.blockIdFlag as number as BlockIDFlag,
        validatorAddress: s.validatorAddress,
        timestamp: s.timestamp ? timestampOf(s.timestamp) : undefined,
        signature: s.signature,
      })),
    });
    return { header, commit };
  }

  async validatorSet(height: number): Promise<ValidatorSet> {
    const [{ validators }, { header }] = await Promise.all([this.comet.validatorsAll(height), this.comet.commit(height)]);
    const mapped = validators.map((v) => {
      if (!v.pubkey) throw new Error(`validator without a public key at height ${height}`);
      const pubKey = v.pubkey.algorithm === "ed25519" ? { ed25519: v.pubkey.data } : { secp256k1: v.pubkey.data };
      return { address: v.address, pubKey, votingPower: v.votingPower, proposerPriority: BigInt(v.proposerPriority ?? 0) };
    });
    const proposer = mapped.find((v) => Buffer.from(v.address).equals(Buffer.from(header.proposerAddress)));
    return ValidatorSet.fromPartial({ validators: mapped, proposer, totalVotingPower: mapped.reduce((a, v) => a + v.votingPower, 0n) });
  }

  /**
   * A header that moves the counterparty's client of this chain from `trustedHeight` to `height`
   * (latest when undefined): trusted validators are the next validators of the trusted header.
   */
  async headerFor(trustedHeight: Height, height?: number): Promise<TmHeader> {
    const signedHeader = await this.signedHeader(height);
    const h = Number(signedHeader.header!.height);
    const [validatorSet, trustedValidators] = await Promise.all([this.validatorSet(h), this.validatorSet(Number(trustedHeight.revisionHeight) + 1)]);
    return TmHeader.fromPartial({ signedHeader, validatorSet, trustedHeight, trustedValidators });
  }

  /**
   * The value of an ICS-24 path in the ibc store as of `queryHeight`, with its Merkle proof (ICS-23,
   * IAVL then the multistore), verifiable against the app hash in the header of queryHeight + 1.
   * An absent key gives an empty value and a non-existence proof.
   */
  async proveAt(path: string, queryHeight: number): Promise<{ value: Uint8Array; proof: Uint8Array }> {
    const res = await this.comet.abciQuery({ path: "store/ibc/key", data: toAscii(path), height: queryHeight, prove: true });
    if (res.code) throw new Error(`proof query for ${path} at ${queryHeight} failed (${res.code}): ${res.log ?? ""}`);
    if (!res.proof || res.proof.ops.length === 0) throw new Error(`no proof for ${path} at ${queryHeight}`);
    const proofs = res.proof.ops.map((op) => CommitmentProof.decode(op.data));
    return { value: res.value, proof: MerkleProof.encode({ proofs }).finish() };
  }

  /** Signs, broadcasts and waits for the block (see submit). */
  async send(msgs: EncodeObject[], memo = ""): Promise<DeliverTxResponse> {
    return (await this.submit(msgs, memo)).confirmed;
  }

  /**
   * Signs and broadcasts one tx, one at a time per key, with the sequence kept here: resolves once
   * the node's CheckTx accepted it, with a promise of its inclusion. So several relay txs from one
   * key land in the same block instead of one per block. Gas is simulated against the node's
   * CheckTx state with the local sequence, which already holds this key's txs still in the mempool
   * (and the client update in front of them, which the IBC ante handler applies in CheckTx).
   */
  submit(msgs: EncodeObject[], memo = "", gasEstimate?: number): Promise<SubmittedTx> {
    const run = this.sendQueue.then(() => this.submitNow(msgs, memo, this.estimatesOk ? gasEstimate : undefined));
    this.sendQueue = run.catch(() => undefined);
    return run;
  }

  private async submitNow(msgs: EncodeObject[], memo: string, gasEstimate?: number): Promise<SubmittedTx> {
    if (this.sequence === undefined || this.accountNumber === undefined) {
      const acct = await this.signing.getSequence(this.address).catch((e: unknown) => {
        throw new Error(`chain ${this.cfg.name}: relayer account ${this.address} does not exist on chain (fund it first): ${e instanceof Error ? e.message : String(e)}`);
      });
      this.sequence = Number(acct.sequence);
      this.accountNumber = Number(acct.accountNumber);
    }
    const gas = gasEstimate ?? (await this.simulate(msgs, memo));
    const fee = calculateFee(Math.ceil(gas * this.cfg.gasAdjustment), this.gasPrice);
    const raw = await this.signing.sign(this.address, msgs, fee, memo, { accountNumber: BigInt(this.accountNumber), sequence: this.sequence!, chainId: this.cfg.chainId });
    let hash: string;
    try {
      hash = await this.signing.broadcastTxSync(TxRaw.encode(raw).finish());
    } catch (e) {
      // Refused by CheckTx: the sequence was not used (unless the node expects another one). Anything
      // else (a timeout) leaves it unknown: ask the chain again next time.
      if (e instanceof BroadcastTxError) this.sequence = expectedSequence(e.log ?? "") ?? this.sequence;
      else this.sequence = undefined;
      throw e;
    }
    this.sequence! += 1;
    this.feesSpent += BigInt(fee.amount[0]?.amount ?? "0");
    const confirmed = this.waitForTx(hash);
    confirmed.catch(() => undefined); // the caller awaits it; this only keeps an early failure from being "unhandled"
    return { hash, gas, confirmed };
  }

  /** Gas used by `msgs` signed with the local sequence; follows the node when it expects another sequence. */
  private async simulate(msgs: EncodeObject[], memo: string): Promise<number> {
    const anyMsgs = msgs.map((m) => this.signing.registry.encodeAsAny(m));
    for (let attempt = 0; ; attempt++) {
      try {
        const { gasInfo } = await this.txQuery.tx.simulate(anyMsgs, memo, this.pubkey, this.sequence!);
        return Number(gasInfo?.gasUsed ?? 0n);
      } catch (e) {
        const expected = expectedSequence(e instanceof Error ? e.message : String(e));
        if (expected !== undefined && expected !== this.sequence && attempt < 3) {
          this.sequence = expected;
          continue;
        }
        throw e;
      }
    }
  }

  /** The tx's result once it is in a block; a tx that ran and failed is a TxError. */
  private async waitForTx(hash: string): Promise<DeliverTxResponse> {
    const deadline = Date.now() + this.cfg.txTimeoutMs;
    for (;;) {
      const tx = await this.signing.getTx(hash).catch(() => null);
      if (tx) {
        // Out of gas: an estimate was too low for this chain; simulate every tx from now on.
        if (tx.code === 11 && /out of gas/.test(tx.rawLog)) this.estimatesOk = false;
        if (tx.code !== 0) throw new TxError(`tx ${hash} failed on ${this.cfg.chainId} (code ${tx.code}): ${tx.rawLog}`, tx.code, tx.rawLog);
        return { height: tx.height, txIndex: tx.txIndex, code: tx.code, transactionHash: hash, events: tx.events, rawLog: tx.rawLog, msgResponses: tx.msgResponses, gasUsed: tx.gasUsed, gasWanted: tx.gasWanted };
      }
      if (Date.now() > deadline) {
        this.sequence = undefined;
        throw new Error(`tx ${hash} was not in a block of ${this.cfg.chainId} after ${this.cfg.txTimeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A tx CheckTx accepted, and its inclusion in a block. */
export interface SubmittedTx {
  hash: string;
  /** Gas the tx was signed for before the adjustment (simulated or the caller's estimate). */
  gas: number;
  confirmed: Promise<DeliverTxResponse>;
}

/** The sequence a node asks for in an "account sequence mismatch, expected N, got M" error. */
export function expectedSequence(log: string): number | undefined {
  const m = /account sequence mismatch, expected (\d+)/.exec(log);
  return m ? Number(m[1]) : undefined;
}
