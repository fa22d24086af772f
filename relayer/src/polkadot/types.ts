// What the Polkadot side of the bridge exchanges with x/bridge (issue 15): the shapes the watcher and the orchestrator
// loop work with, and BttPolkadotSide, the small interface the loop is wired to (btt.ts implements it over the
// ts-client's generated x/bridge messages and queries; tests may implement it in memory).

/** A custody: the pallet_multisig account of the orchestrators' ECDSA keys, threshold ⌈2n/3⌉. */
export interface PolkadotCustody {
  id: bigint;
  /** The multisig account (0x-hex AccountId). */
  account: string;
  /** The orchestrators' AccountIds (0x-hex), any order. */
  signatories: string[];
  threshold: number;
}

/** Where a claim's defining event is on Polkadot; claims are numbered in this order (block, then event index). */
export interface ClaimPosition {
  blockNumber: number;
  /** The extrinsic the event belongs to. */
  extrinsicIndex: number;
  /**
   * Index of the defining event in the block's events (Balances.Transfer or Multisig.MultisigExecuted). Relayer-side
   * only: it orders the claims of one block (so every orchestrator numbers them alike); x/bridge's messages carry
   * the block number and, for deposits, the extrinsic index, not this.
   */
  eventIndex: number;
}

/**
 * WND sent to a custody. `bttReceiver` is the btt1… account named by the extrinsic's `btt:` remark, or "" when
 * there is none or it is not a valid BTT account: x/bridge then holds the deposit for a multisig decision.
 */
export interface PolkadotDepositClaim extends ClaimPosition {
  kind: "deposit";
  eventNonce: bigint;
  custodyId: bigint;
  /** Sender AccountId (0x-hex). */
  sender: string;
  /** Planck (10^-12 WND). */
  amount: bigint;
  bttReceiver: string;
  /** The remark text as sent (for logs and the held-deposit record; not part of what validators attest). */
  remark?: string;
}

/** A withdrawal's multisig call executed; success is the inner call's result (a failed transfer moves nothing). */
export interface PolkadotWithdrawalExecutedClaim extends ClaimPosition {
  kind: "withdrawal_executed";
  eventNonce: bigint;
  custodyId: bigint;
  withdrawalId: bigint;
  success: boolean;
}

export type PolkadotClaim = PolkadotDepositClaim | PolkadotWithdrawalExecutedClaim;

/** A withdrawal x/bridge asks the orchestrators to pay out of a custody. */
export interface PolkadotWithdrawal {
  id: bigint;
  /** Destination AccountId (0x-hex). */
  destination: string;
  amount: bigint;
  custodyId: bigint;
  /** BTT height after which it expires (and is refunded on BTT); no orchestrator approves at or past it. */
  timeoutHeight: bigint;
}

/** A BTT checkpoint to anchor on Polkadot: the BTT block hash and the bridge state hash at `height`. */
export interface BttCheckpoint {
  height: bigint;
  /** 32 bytes, hex (with or without 0x, any case). */
  blockHash: string;
  bridgeStateHash: string;
}

/** Where the watcher resumes: every claim up to and including this position has been handled (attested). */
export interface WatchCursor {
  /** The last claim's event nonce (0 before the first). */
  nonce: bigint;
  blockNumber: number;
  /** The last handled event index in blockNumber; -1 when no event of that block was handled yet. */
  eventIndex: number;
}

/**
 * The last claim a validator attested, as x/bridge knows it: its nonce and Polkadot block, and how many claims of
 * that block are numbered up to it (1 when it is the block's first claim). blockNumber/claimsInBlock are absent when
 * the attestations that tell them were pruned; the orchestrator then resumes after the block (claims of one block
 * are always submitted together).
 */
export interface AttestedPosition {
  nonce: bigint;
  blockNumber?: number;
  claimsInBlock?: number;
  /** The claim's event index, where the side knows it (an in-memory side); x/bridge does not record it. */
  eventIndex?: number;
}

/** The BTT chain as the Polkadot orchestrator needs it (btt.ts: over x/bridge's Polkadot messages and queries). */
export interface BttPolkadotSide {
  /** The current custody and those still holding funds (older valsets' custodies during a move). */
  custodies(): Promise<PolkadotCustody[]>;
  /** The last claim this orchestrator's validator attested (undefined: none yet). */
  lastAttested(): Promise<AttestedPosition | undefined>;
  /** Submits claims (in nonce order) for this validator. */
  submitClaims(claims: PolkadotClaim[]): Promise<void>;
  /** Withdrawals waiting to be paid out, and the current BTT height. */
  pendingWithdrawals(): Promise<{ height: bigint; withdrawals: PolkadotWithdrawal[] }>;
  /** The checkpoints x/bridge kept at or above fromHeight (default: the newest only), oldest first, for anchoring or `verify`. */
  checkpoints(fromHeight?: bigint): Promise<BttCheckpoint[]>;
}
