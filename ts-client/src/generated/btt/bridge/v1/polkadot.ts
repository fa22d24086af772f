/* eslint-disable */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/**
 * PolkadotWithdrawalKind: USER burns vouchers for a transfer to a Polkadot account; MIGRATION moves an old
 * custody's funds to the current custody.
 */
export enum PolkadotWithdrawalKind {
  POLKADOT_WITHDRAWAL_KIND_UNSPECIFIED = 0,
  POLKADOT_WITHDRAWAL_KIND_USER = 1,
  POLKADOT_WITHDRAWAL_KIND_MIGRATION = 2,
  /** POLKADOT_WITHDRAWAL_KIND_REFUND - REFUND: an unclaimable deposit paid back to its Polkadot sender (MsgRefundUnclaimablePolkadotDeposit). */
  POLKADOT_WITHDRAWAL_KIND_REFUND = 3,
  UNRECOGNIZED = -1,
}
export function polkadotWithdrawalKindFromJSON(object: any): PolkadotWithdrawalKind {
  switch (object) {
    case 0:
    case "POLKADOT_WITHDRAWAL_KIND_UNSPECIFIED":
      return PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_UNSPECIFIED;
    case 1:
    case "POLKADOT_WITHDRAWAL_KIND_USER":
      return PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_USER;
    case 2:
    case "POLKADOT_WITHDRAWAL_KIND_MIGRATION":
      return PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_MIGRATION;
    case 3:
    case "POLKADOT_WITHDRAWAL_KIND_REFUND":
      return PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_REFUND;
    case -1:
    case "UNRECOGNIZED":
    default:
      return PolkadotWithdrawalKind.UNRECOGNIZED;
  }
}
export function polkadotWithdrawalKindToJSON(object: PolkadotWithdrawalKind): string {
  switch (object) {
    case PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_UNSPECIFIED:
      return "POLKADOT_WITHDRAWAL_KIND_UNSPECIFIED";
    case PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_USER:
      return "POLKADOT_WITHDRAWAL_KIND_USER";
    case PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_MIGRATION:
      return "POLKADOT_WITHDRAWAL_KIND_MIGRATION";
    case PolkadotWithdrawalKind.POLKADOT_WITHDRAWAL_KIND_REFUND:
      return "POLKADOT_WITHDRAWAL_KIND_REFUND";
    case PolkadotWithdrawalKind.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export enum PolkadotWithdrawalStatus {
  POLKADOT_WITHDRAWAL_STATUS_UNSPECIFIED = 0,
  POLKADOT_WITHDRAWAL_STATUS_PENDING = 1,
  POLKADOT_WITHDRAWAL_STATUS_EXECUTED = 2,
  /** POLKADOT_WITHDRAWAL_STATUS_FAILED - FAILED: an executed claim with success = false; a user withdrawal was refunded. */
  POLKADOT_WITHDRAWAL_STATUS_FAILED = 3,
  /** POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT - TIMED_OUT: still pending at timeout_height; a user withdrawal was refunded. */
  POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT = 4,
  /**
   * POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT - EXECUTED_AFTER_TIMEOUT: a success claim came for a timed-out withdrawal (the custody paid it and, for a user
   * withdrawal, the refund was already made: PolkadotTotals.overdrawn counts it).
   */
  POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT = 5,
  UNRECOGNIZED = -1,
}
export function polkadotWithdrawalStatusFromJSON(object: any): PolkadotWithdrawalStatus {
  switch (object) {
    case 0:
    case "POLKADOT_WITHDRAWAL_STATUS_UNSPECIFIED":
      return PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_UNSPECIFIED;
    case 1:
    case "POLKADOT_WITHDRAWAL_STATUS_PENDING":
      return PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_PENDING;
    case 2:
    case "POLKADOT_WITHDRAWAL_STATUS_EXECUTED":
      return PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED;
    case 3:
    case "POLKADOT_WITHDRAWAL_STATUS_FAILED":
      return PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_FAILED;
    case 4:
    case "POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT":
      return PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT;
    case 5:
    case "POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT":
      return PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT;
    case -1:
    case "UNRECOGNIZED":
    default:
      return PolkadotWithdrawalStatus.UNRECOGNIZED;
  }
}
export function polkadotWithdrawalStatusToJSON(object: PolkadotWithdrawalStatus): string {
  switch (object) {
    case PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_UNSPECIFIED:
      return "POLKADOT_WITHDRAWAL_STATUS_UNSPECIFIED";
    case PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_PENDING:
      return "POLKADOT_WITHDRAWAL_STATUS_PENDING";
    case PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED:
      return "POLKADOT_WITHDRAWAL_STATUS_EXECUTED";
    case PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_FAILED:
      return "POLKADOT_WITHDRAWAL_STATUS_FAILED";
    case PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT:
      return "POLKADOT_WITHDRAWAL_STATUS_TIMED_OUT";
    case PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT:
      return "POLKADOT_WITHDRAWAL_STATUS_EXECUTED_AFTER_TIMEOUT";
    case PolkadotWithdrawalStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** PolkadotParams are the Polkadot side's parameters (Params.polkadot). */
export interface PolkadotParams {
  /** existential_deposit (planck) is the least MsgSendToPolkadot amount (Westend: 10^10 = 0.01 WND). */
  existentialDeposit: string;
  /**
   * withdrawal_timeout_blocks: a withdrawal still pending this many BTT blocks after it was made is refunded
   * (a migration is made again); orchestrators must not give the last approval near the timeout.
   */
  withdrawalTimeoutBlocks: bigint;
  /** checkpoint_blocks: every this many BTT blocks EndBlock stores a PolkadotCheckpoint (0: off). */
  checkpointBlocks: bigint;
  /** checkpoints_kept: checkpoints older than the newest this many are pruned. */
  checkpointsKept: bigint;
  /**
   * max_custody_members bounds the multisig (pallet_multisig MaxSignatories is 100 on Westend): the members
   * are the bonded validators with a Polkadot key of most power.
   */
  maxCustodyMembers: number;
  /**
   * min_withdrawal_fee (planck of bridge/dot/wnd) is the least MsgSendToPolkadot fee, charged on top of the amount
   * and paid to the fee collector (x/distribution: the validators, whose orchestrators pay a Westend fee per
   * multisig approval, and their delegators); not refunded if the withdrawal fails or times out.
   */
  minWithdrawalFee: string;
  /**
   * max_pending_withdrawals caps the pending USER withdrawals of all senders together (migrations are not
   * counted); MsgSendToPolkadot beyond it is refused.
   */
  maxPendingWithdrawals: bigint;
  /** max_pending_withdrawals_per_sender caps the pending USER withdrawals of one sender. */
  maxPendingWithdrawalsPerSender: bigint;
}
/**
 * PolkadotOrchestrator is a validator's Polkadot key; claims are signed by its orchestrator account (the one
 * of its Ethereum registration, if it has one).
 */
export interface PolkadotOrchestrator {
  validator: string;
  orchestrator: string;
  /** polkadot_account is the AccountId: blake2b_256 of the 33-byte compressed secp256k1 public key (ecdsa). */
  polkadotAccount: string;
  keyType: string;
  publicKey: Uint8Array;
}
/** PolkadotCustody is a pallet_multisig account of the Polkadot keys of the bonded validators at height. */
export interface PolkadotCustody {
  id: bigint;
  /** members: AccountIds, sorted ascending (as pallet_multisig sorts them). */
  members: string[];
  threshold: number;
  /** account: blake2b_256("modlpy/utilisuba" ++ compact(n) ++ members ++ u16 LE threshold). */
  account: string;
  height: bigint;
  /** balance: planck this custody holds as BTT accounts it (deposits and migrations in, executed withdrawals out). */
  balance: string;
}
/** PolkadotWithdrawal is a transfer out of a custody account that the multisig members approve (asMulti). */
export interface PolkadotWithdrawal {
  id: bigint;
  kind: PolkadotWithdrawalKind;
  /** sender: the BTT account whose vouchers were burned (empty for a migration). */
  sender: string;
  /** destination_account: 0x hex AccountId (a migration's is the new custody's account). */
  destinationAccount: string;
  amount: string;
  /** custody_id: the custody that pays. */
  custodyId: bigint;
  createdHeight: bigint;
  timeoutHeight: bigint;
  status: PolkadotWithdrawalStatus;
  /** destination: the SS58 address as given (empty for a migration). */
  destination: string;
  /** to_custody_id: a migration's receiving custody. */
  toCustodyId: bigint;
  /** finished_height: the BTT block that executed, failed or timed it out. */
  finishedHeight: bigint;
  /** fee: the bridge/dot/wnd (planck) the sender paid on top of amount (a migration's is 0); never refunded. */
  fee: string;
  /** refund_event_nonce: a refund's unclaimable deposit. */
  refundEventNonce: bigint;
}
/** PolkadotDeposit: a transfer to a custody account (with a remark naming btt_receiver), final on Polkadot. */
export interface PolkadotDeposit {
  eventNonce: bigint;
  blockNumber: bigint;
  extrinsicIndex: number;
  custodyId: bigint;
  /** sender: 0x hex AccountId. */
  sender: string;
  amount: string;
  /** btt_receiver as written in the remark; one that is not a btt1 account makes the deposit unclaimable. */
  bttReceiver: string;
}
/** PolkadotWithdrawalExecuted: the multisig call of a withdrawal ran (success: its transfer went through). */
export interface PolkadotWithdrawalExecuted {
  eventNonce: bigint;
  blockNumber: bigint;
  withdrawalId: bigint;
  success: boolean;
}
/** PolkadotClaim is one Polkadot event as orchestrators attest it; its hash is hex sha256 of its proto bytes. */
export interface PolkadotClaim {
  deposit?: PolkadotDeposit;
  withdrawalExecuted?: PolkadotWithdrawalExecuted;
}
/** PolkadotAttestation gathers the validators that attested one Polkadot claim for one event nonce. */
export interface PolkadotAttestation {
  eventNonce: bigint;
  claimHash: string;
  claim: PolkadotClaim;
  votes: string[];
  observed: boolean;
  height: bigint;
}
/** PolkadotUnclaimableDeposit: a deposit whose btt_receiver did not decode; its vouchers are held by the module. */
export interface PolkadotUnclaimableDeposit {
  eventNonce: bigint;
  deposit: PolkadotDeposit;
  /**
   * refund_withdrawal_id: the pending REFUND withdrawal paying it back to its sender (0: none). The deposit
   * stays here (and in the voucher invariant's unclaimable term) until that withdrawal executes.
   */
  refundWithdrawalId: bigint;
}
/** PolkadotTotals are the running counters of the voucher invariant (planck). */
export interface PolkadotTotals {
  /** credited: every observed deposit (credited or held unclaimable). */
  credited: string;
  /** executed: user withdrawals executed on Polkadot while pending. */
  executed: string;
  /** overdrawn: user withdrawals executed after their timeout refund (paid twice; should stay 0). */
  overdrawn: string;
}
/** PolkadotBridgeState is what a checkpoint commits to; bridge_state_hash = sha256 of its proto bytes. */
export interface PolkadotBridgeState {
  height: bigint;
  /** vouchers_outstanding: bank supply of bridge/dot/wnd. */
  vouchersOutstanding: string;
  custodyId: bigint;
  custodyAccount: string;
  /** next_withdrawal_id: withdrawals made so far + 1. */
  nextWithdrawalId: bigint;
  lastObservedEventNonce: bigint;
  lastObservedBlockNumber: bigint;
  totals: PolkadotTotals;
}
/**
 * PolkadotCheckpoint: the Polkadot side's state at a BTT height; the relayer anchors it, with that block's
 * hash from CometBFT, in a remark from the custody.
 */
export interface PolkadotCheckpoint {
  height: bigint;
  /** bridge_state_hash: 0x hex sha256 of the proto bytes of state. */
  bridgeStateHash: string;
  state: PolkadotBridgeState;
}
/** PolkadotEventNonce is a validator's last attested Polkadot event nonce. */
export interface PolkadotEventNonce {
  validator: string;
  eventNonce: bigint;
}
/** PolkadotGenesis is the Polkadot side's state (GenesisState.polkadot). */
export interface PolkadotGenesis {
  orchestrators: PolkadotOrchestrator[];
  custodies: PolkadotCustody[];
  withdrawals: PolkadotWithdrawal[];
  nextWithdrawalId: bigint;
  attestations: PolkadotAttestation[];
  eventNonces: PolkadotEventNonce[];
  lastObservedEventNonce: bigint;
  lastObservedBlockNumber: bigint;
  unclaimableDeposits: PolkadotUnclaimableDeposit[];
  checkpoints: PolkadotCheckpoint[];
  totals: PolkadotTotals;
  /** current_custody_id: the custody deposits go to (0: none yet). */
  currentCustodyId: bigint;
}
function createBasePolkadotParams(): PolkadotParams {
  return {
    existentialDeposit: "",
    withdrawalTimeoutBlocks: BigInt(0),
    checkpointBlocks: BigInt(0),
    checkpointsKept: BigInt(0),
    maxCustodyMembers: 0,
    minWithdrawalFee: "",
    maxPendingWithdrawals: BigInt(0),
    maxPendingWithdrawalsPerSender: BigInt(0)
  };
}
export const PolkadotParams = {
  encode(message: PolkadotParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.existentialDeposit !== "") {
      writer.uint32(10).string(message.existentialDeposit);
    }
    if (message.withdrawalTimeoutBlocks !== BigInt(0)) {
      writer.uint32(16).uint64(message.withdrawalTimeoutBlocks);
    }
    if (message.checkpointBlocks !== BigInt(0)) {
      writer.uint32(24).uint64(message.checkpointBlocks);
    }
    if (message.checkpointsKept !== BigInt(0)) {
      writer.uint32(32).uint64(message.checkpointsKept);
    }
    if (message.maxCustodyMembers !== 0) {
      writer.uint32(40).uint32(message.maxCustodyMembers);
    }
    if (message.minWithdrawalFee !== "") {
      writer.uint32(50).string(message.minWithdrawalFee);
    }
    if (message.maxPendingWithdrawals !== BigInt(0)) {
      writer.uint32(56).uint64(message.maxPendingWithdrawals);
    }
    if (message.maxPendingWithdrawalsPerSender !== BigInt(0)) {
      writer.uint32(64).uint64(message.maxPendingWithdrawalsPerSender);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.existentialDeposit = reader.string();
          break;
        case 2:
          message.withdrawalTimeoutBlocks = reader.uint64();
          break;
        case 3:
          message.checkpointBlocks = reader.uint64();
          break;
        case 4:
          message.checkpointsKept = reader.uint64();
          break;
        case 5:
          message.maxCustodyMembers = reader.uint32();
          break;
        case 6:
          message.minWithdrawalFee = reader.string();
          break;
        case 7:
          message.maxPendingWithdrawals = reader.uint64();
          break;
        case 8:
          message.maxPendingWithdrawalsPerSender = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotParams {
    const obj = createBasePolkadotParams();
    if (isSet(object.existentialDeposit)) obj.existentialDeposit = String(object.existentialDeposit);
    if (isSet(object.withdrawalTimeoutBlocks)) obj.withdrawalTimeoutBlocks = BigInt(object.withdrawalTimeoutBlocks.toString());
    if (isSet(object.checkpointBlocks)) obj.checkpointBlocks = BigInt(object.checkpointBlocks.toString());
    if (isSet(object.checkpointsKept)) obj.checkpointsKept = BigInt(object.checkpointsKept.toString());
    if (isSet(object.maxCustodyMembers)) obj.maxCustodyMembers = Number(object.maxCustodyMembers);
    if (isSet(object.minWithdrawalFee)) obj.minWithdrawalFee = String(object.minWithdrawalFee);
    if (isSet(object.maxPendingWithdrawals)) obj.maxPendingWithdrawals = BigInt(object.maxPendingWithdrawals.toString());
    if (isSet(object.maxPendingWithdrawalsPerSender)) obj.maxPendingWithdrawalsPerSender = BigInt(object.maxPendingWithdrawalsPerSender.toString());
    return obj;
  },
  toJSON(message: PolkadotParams): JsonSafe<PolkadotParams> {
    const obj: any = {};
    message.existentialDeposit !== undefined && (obj.existentialDeposit = message.existentialDeposit);
    message.withdrawalTimeoutBlocks !== undefined && (obj.withdrawalTimeoutBlocks = (message.withdrawalTimeoutBlocks || BigInt(0)).toString());
    message.checkpointBlocks !== undefined && (obj.checkpointBlocks = (message.checkpointBlocks || BigInt(0)).toString());
    message.checkpointsKept !== undefined && (obj.checkpointsKept = (message.checkpointsKept || BigInt(0)).toString());
    message.maxCustodyMembers !== undefined && (obj.maxCustodyMembers = Math.round(message.maxCustodyMembers));
    message.minWithdrawalFee !== undefined && (obj.minWithdrawalFee = message.minWithdrawalFee);
    message.maxPendingWithdrawals !== undefined && (obj.maxPendingWithdrawals = (message.maxPendingWithdrawals || BigInt(0)).toString());
    message.maxPendingWithdrawalsPerSender !== undefined && (obj.maxPendingWithdrawalsPerSender = (message.maxPendingWithdrawalsPerSender || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotParams>, I>>(object: I): PolkadotParams {
    const message = createBasePolkadotParams();
    message.existentialDeposit = object.existentialDeposit ?? "";
    if (object.withdrawalTimeoutBlocks !== undefined && object.withdrawalTimeoutBlocks !== null) {
      message.withdrawalTimeoutBlocks = BigInt(object.withdrawalTimeoutBlocks.toString());
    }
    if (object.checkpointBlocks !== undefined && object.checkpointBlocks !== null) {
      message.checkpointBlocks = BigInt(object.checkpointBlocks.toString());
    }
    if (object.checkpointsKept !== undefined && object.checkpointsKept !== null) {
      message.checkpointsKept = BigInt(object.checkpointsKept.toString());
    }
    message.maxCustodyMembers = object.maxCustodyMembers ?? 0;
    message.minWithdrawalFee = object.minWithdrawalFee ?? "";
    if (object.maxPendingWithdrawals !== undefined && object.maxPendingWithdrawals !== null) {
      message.maxPendingWithdrawals = BigInt(object.maxPendingWithdrawals.toString());
    }
    if (object.maxPendingWithdrawalsPerSender !== undefined && object.maxPendingWithdrawalsPerSender !== null) {
      message.maxPendingWithdrawalsPerSender = BigInt(object.maxPendingWithdrawalsPerSender.toString());
    }
    return message;
  }
};
function createBasePolkadotOrchestrator(): PolkadotOrchestrator {
  return {
    validator: "",
    orchestrator: "",
    polkadotAccount: "",
    keyType: "",
    publicKey: new Uint8Array()
  };
}
export const PolkadotOrchestrator = {
  encode(message: PolkadotOrchestrator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.orchestrator !== "") {
      writer.uint32(18).string(message.orchestrator);
    }
    if (message.polkadotAccount !== "") {
      writer.uint32(26).string(message.polkadotAccount);
    }
    if (message.keyType !== "") {
      writer.uint32(34).string(message.keyType);
    }
    if (message.publicKey.length !== 0) {
      writer.uint32(42).bytes(message.publicKey);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotOrchestrator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotOrchestrator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.orchestrator = reader.string();
          break;
        case 3:
          message.polkadotAccount = reader.string();
          break;
        case 4:
          message.keyType = reader.string();
          break;
        case 5:
          message.publicKey = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotOrchestrator {
    const obj = createBasePolkadotOrchestrator();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.polkadotAccount)) obj.polkadotAccount = String(object.polkadotAccount);
    if (isSet(object.keyType)) obj.keyType = String(object.keyType);
    if (isSet(object.publicKey)) obj.publicKey = bytesFromBase64(object.publicKey);
    return obj;
  },
  toJSON(message: PolkadotOrchestrator): JsonSafe<PolkadotOrchestrator> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.polkadotAccount !== undefined && (obj.polkadotAccount = message.polkadotAccount);
    message.keyType !== undefined && (obj.keyType = message.keyType);
    message.publicKey !== undefined && (obj.publicKey = base64FromBytes(message.publicKey !== undefined ? message.publicKey : new Uint8Array()));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotOrchestrator>, I>>(object: I): PolkadotOrchestrator {
    const message = createBasePolkadotOrchestrator();
    message.validator = object.validator ?? "";
    message.orchestrator = object.orchestrator ?? "";
    message.polkadotAccount = object.polkadotAccount ?? "";
    message.keyType = object.keyType ?? "";
    message.publicKey = object.publicKey ?? new Uint8Array();
    return message;
  }
};
function createBasePolkadotCustody(): PolkadotCustody {
  return {
    id: BigInt(0),
    members: [],
    threshold: 0,
    account: "",
    height: BigInt(0),
    balance: ""
  };
}
export const PolkadotCustody = {
  encode(message: PolkadotCustody, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    for (const v of message.members) {
      writer.uint32(18).string(v!);
    }
    if (message.threshold !== 0) {
      writer.uint32(24).uint32(message.threshold);
    }
    if (message.account !== "") {
      writer.uint32(34).string(message.account);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(40).int64(message.height);
    }
    if (message.balance !== "") {
      writer.uint32(50).string(message.balance);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotCustody {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotCustody();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.members.push(reader.string());
          break;
        case 3:
          message.threshold = reader.uint32();
          break;
        case 4:
          message.account = reader.string();
          break;
        case 5:
          message.height = reader.int64();
          break;
        case 6:
          message.balance = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotCustody {
    const obj = createBasePolkadotCustody();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (Array.isArray(object?.members)) obj.members = object.members.map((e: any) => String(e));
    if (isSet(object.threshold)) obj.threshold = Number(object.threshold);
    if (isSet(object.account)) obj.account = String(object.account);
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    if (isSet(object.balance)) obj.balance = String(object.balance);
    return obj;
  },
  toJSON(message: PolkadotCustody): JsonSafe<PolkadotCustody> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    if (message.members) {
      obj.members = message.members.map(e => e);
    } else {
      obj.members = [];
    }
    message.threshold !== undefined && (obj.threshold = Math.round(message.threshold));
    message.account !== undefined && (obj.account = message.account);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.balance !== undefined && (obj.balance = message.balance);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotCustody>, I>>(object: I): PolkadotCustody {
    const message = createBasePolkadotCustody();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.members = object.members?.map(e => e) || [];
    message.threshold = object.threshold ?? 0;
    message.account = object.account ?? "";
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    message.balance = object.balance ?? "";
    return message;
  }
};
function createBasePolkadotWithdrawal(): PolkadotWithdrawal {
  return {
    id: BigInt(0),
    kind: 0,
    sender: "",
    destinationAccount: "",
    amount: "",
    custodyId: BigInt(0),
    createdHeight: BigInt(0),
    timeoutHeight: BigInt(0),
    status: 0,
    destination: "",
    toCustodyId: BigInt(0),
    finishedHeight: BigInt(0),
    fee: "",
    refundEventNonce: BigInt(0)
  };
}
export const PolkadotWithdrawal = {
  encode(message: PolkadotWithdrawal, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.kind !== 0) {
      writer.uint32(16).int32(message.kind);
    }
    if (message.sender !== "") {
      writer.uint32(26).string(message.sender);
    }
    if (message.destinationAccount !== "") {
      writer.uint32(34).string(message.destinationAccount);
    }
    if (message.amount !== "") {
      writer.uint32(42).string(message.amount);
    }
    if (message.custodyId !== BigInt(0)) {
      writer.uint32(48).uint64(message.custodyId);
    }
    if (message.createdHeight !== BigInt(0)) {
      writer.uint32(56).int64(message.createdHeight);
    }
    if (message.timeoutHeight !== BigInt(0)) {
      writer.uint32(64).int64(message.timeoutHeight);
    }
    if (message.status !== 0) {
      writer.uint32(72).int32(message.status);
    }
    if (message.destination !== "") {
      writer.uint32(82).string(message.destination);
    }
    if (message.toCustodyId !== BigInt(0)) {
      writer.uint32(88).uint64(message.toCustodyId);
    }
    if (message.finishedHeight !== BigInt(0)) {
      writer.uint32(96).int64(message.finishedHeight);
    }
    if (message.fee !== "") {
      writer.uint32(106).string(message.fee);
    }
    if (message.refundEventNonce !== BigInt(0)) {
      writer.uint32(112).uint64(message.refundEventNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotWithdrawal {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotWithdrawal();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.kind = reader.int32() as any;
          break;
        case 3:
          message.sender = reader.string();
          break;
        case 4:
          message.destinationAccount = reader.string();
          break;
        case 5:
          message.amount = reader.string();
          break;
        case 6:
          message.custodyId = reader.uint64();
          break;
        case 7:
          message.createdHeight = reader.int64();
          break;
        case 8:
          message.timeoutHeight = reader.int64();
          break;
        case 9:
          message.status = reader.int32() as any;
          break;
        case 10:
          message.destination = reader.string();
          break;
        case 11:
          message.toCustodyId = reader.uint64();
          break;
        case 12:
          message.finishedHeight = reader.int64();
          break;
        case 13:
          message.fee = reader.string();
          break;
        case 14:
          message.refundEventNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotWithdrawal {
    const obj = createBasePolkadotWithdrawal();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.kind)) obj.kind = polkadotWithdrawalKindFromJSON(object.kind);
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.destinationAccount)) obj.destinationAccount = String(object.destinationAccount);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.custodyId)) obj.custodyId = BigInt(object.custodyId.toString());
    if (isSet(object.createdHeight)) obj.createdHeight = BigInt(object.createdHeight.toString());
    if (isSet(object.timeoutHeight)) obj.timeoutHeight = BigInt(object.timeoutHeight.toString());
    if (isSet(object.status)) obj.status = polkadotWithdrawalStatusFromJSON(object.status);
    if (isSet(object.destination)) obj.destination = String(object.destination);
    if (isSet(object.toCustodyId)) obj.toCustodyId = BigInt(object.toCustodyId.toString());
    if (isSet(object.finishedHeight)) obj.finishedHeight = BigInt(object.finishedHeight.toString());
    if (isSet(object.fee)) obj.fee = String(object.fee);
    if (isSet(object.refundEventNonce)) obj.refundEventNonce = BigInt(object.refundEventNonce.toString());
    return obj;
  },
  toJSON(message: PolkadotWithdrawal): JsonSafe<PolkadotWithdrawal> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.kind !== undefined && (obj.kind = polkadotWithdrawalKindToJSON(message.kind));
    message.sender !== undefined && (obj.sender = message.sender);
    message.destinationAccount !== undefined && (obj.destinationAccount = message.destinationAccount);
    message.amount !== undefined && (obj.amount = message.amount);
    message.custodyId !== undefined && (obj.custodyId = (message.custodyId || BigInt(0)).toString());
    message.createdHeight !== undefined && (obj.createdHeight = (message.createdHeight || BigInt(0)).toString());
    message.timeoutHeight !== undefined && (obj.timeoutHeight = (message.timeoutHeight || BigInt(0)).toString());
    message.status !== undefined && (obj.status = polkadotWithdrawalStatusToJSON(message.status));
    message.destination !== undefined && (obj.destination = message.destination);
    message.toCustodyId !== undefined && (obj.toCustodyId = (message.toCustodyId || BigInt(0)).toString());
    message.finishedHeight !== undefined && (obj.finishedHeight = (message.finishedHeight || BigInt(0)).toString());
    message.fee !== undefined && (obj.fee = message.fee);
    message.refundEventNonce !== undefined && (obj.refundEventNonce = (message.refundEventNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotWithdrawal>, I>>(object: I): PolkadotWithdrawal {
    const message = createBasePolkadotWithdrawal();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.kind = object.kind ?? 0;
    message.sender = object.sender ?? "";
    message.destinationAccount = object.destinationAccount ?? "";
    message.amount = object.amount ?? "";
    if (object.custodyId !== undefined && object.custodyId !== null) {
      message.custodyId = BigInt(object.custodyId.toString());
    }
    if (object.createdHeight !== undefined && object.createdHeight !== null) {
      message.createdHeight = BigInt(object.createdHeight.toString());
    }
    if (object.timeoutHeight !== undefined && object.timeoutHeight !== null) {
      message.timeoutHeight = BigInt(object.timeoutHeight.toString());
    }
    message.status = object.status ?? 0;
    message.destination = object.destination ?? "";
    if (object.toCustodyId !== undefined && object.toCustodyId !== null) {
      message.toCustodyId = BigInt(object.toCustodyId.toString());
    }
    if (object.finishedHeight !== undefined && object.finishedHeight !== null) {
      message.finishedHeight = BigInt(object.finishedHeight.toString());
    }
    message.fee = object.fee ?? "";
    if (object.refundEventNonce !== undefined && object.refundEventNonce !== null) {
      message.refundEventNonce = BigInt(object.refundEventNonce.toString());
    }
    return message;
  }
};
function createBasePolkadotDeposit(): PolkadotDeposit {
  return {
    eventNonce: BigInt(0),
    blockNumber: BigInt(0),
    extrinsicIndex: 0,
    custodyId: BigInt(0),
    sender: "",
    amount: "",
    bttReceiver: ""
  };
}
export const PolkadotDeposit = {
  encode(message: PolkadotDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.blockNumber !== BigInt(0)) {
      writer.uint32(16).uint64(message.blockNumber);
    }
    if (message.extrinsicIndex !== 0) {
      writer.uint32(24).uint32(message.extrinsicIndex);
    }
    if (message.custodyId !== BigInt(0)) {
      writer.uint32(32).uint64(message.custodyId);
    }
    if (message.sender !== "") {
      writer.uint32(42).string(message.sender);
    }
    if (message.amount !== "") {
      writer.uint32(50).string(message.amount);
    }
    if (message.bttReceiver !== "") {
      writer.uint32(58).string(message.bttReceiver);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.blockNumber = reader.uint64();
          break;
        case 3:
          message.extrinsicIndex = reader.uint32();
          break;
        case 4:
          message.custodyId = reader.uint64();
          break;
        case 5:
          message.sender = reader.string();
          break;
        case 6:
          message.amount = reader.string();
          break;
        case 7:
          message.bttReceiver = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotDeposit {
    const obj = createBasePolkadotDeposit();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.blockNumber)) obj.blockNumber = BigInt(object.blockNumber.toString());
    if (isSet(object.extrinsicIndex)) obj.extrinsicIndex = Number(object.extrinsicIndex);
    if (isSet(object.custodyId)) obj.custodyId = BigInt(object.custodyId.toString());
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.bttReceiver)) obj.bttReceiver = String(object.bttReceiver);
    return obj;
  },
  toJSON(message: PolkadotDeposit): JsonSafe<PolkadotDeposit> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.blockNumber !== undefined && (obj.blockNumber = (message.blockNumber || BigInt(0)).toString());
    message.extrinsicIndex !== undefined && (obj.extrinsicIndex = Math.round(message.extrinsicIndex));
    message.custodyId !== undefined && (obj.custodyId = (message.custodyId || BigInt(0)).toString());
    message.sender !== undefined && (obj.sender = message.sender);
    message.amount !== undefined && (obj.amount = message.amount);
    message.bttReceiver !== undefined && (obj.bttReceiver = message.bttReceiver);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotDeposit>, I>>(object: I): PolkadotDeposit {
    const message = createBasePolkadotDeposit();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.blockNumber !== undefined && object.blockNumber !== null) {
      message.blockNumber = BigInt(object.blockNumber.toString());
    }
    message.extrinsicIndex = object.extrinsicIndex ?? 0;
    if (object.custodyId !== undefined && object.custodyId !== null) {
      message.custodyId = BigInt(object.custodyId.toString());
    }
    message.sender = object.sender ?? "";
    message.amount = object.amount ?? "";
    message.bttReceiver = object.bttReceiver ?? "";
    return message;
  }
};
function createBasePolkadotWithdrawalExecuted(): PolkadotWithdrawalExecuted {
  return {
    eventNonce: BigInt(0),
    blockNumber: BigInt(0),
    withdrawalId: BigInt(0),
    success: false
  };
}
export const PolkadotWithdrawalExecuted = {
  encode(message: PolkadotWithdrawalExecuted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.blockNumber !== BigInt(0)) {
      writer.uint32(16).uint64(message.blockNumber);
    }
    if (message.withdrawalId !== BigInt(0)) {
      writer.uint32(24).uint64(message.withdrawalId);
    }
    if (message.success === true) {
      writer.uint32(32).bool(message.success);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotWithdrawalExecuted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotWithdrawalExecuted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.blockNumber = reader.uint64();
          break;
        case 3:
          message.withdrawalId = reader.uint64();
          break;
        case 4:
          message.success = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotWithdrawalExecuted {
    const obj = createBasePolkadotWithdrawalExecuted();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.blockNumber)) obj.blockNumber = BigInt(object.blockNumber.toString());
    if (isSet(object.withdrawalId)) obj.withdrawalId = BigInt(object.withdrawalId.toString());
    if (isSet(object.success)) obj.success = Boolean(object.success);
    return obj;
  },
  toJSON(message: PolkadotWithdrawalExecuted): JsonSafe<PolkadotWithdrawalExecuted> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.blockNumber !== undefined && (obj.blockNumber = (message.blockNumber || BigInt(0)).toString());
    message.withdrawalId !== undefined && (obj.withdrawalId = (message.withdrawalId || BigInt(0)).toString());
    message.success !== undefined && (obj.success = message.success);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotWithdrawalExecuted>, I>>(object: I): PolkadotWithdrawalExecuted {
    const message = createBasePolkadotWithdrawalExecuted();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.blockNumber !== undefined && object.blockNumber !== null) {
      message.blockNumber = BigInt(object.blockNumber.toString());
    }
    if (object.withdrawalId !== undefined && object.withdrawalId !== null) {
      message.withdrawalId = BigInt(object.withdrawalId.toString());
    }
    message.success = object.success ?? false;
    return message;
  }
};
function createBasePolkadotClaim(): PolkadotClaim {
  return {
    deposit: undefined,
    withdrawalExecuted: undefined
  };
}
export const PolkadotClaim = {
  encode(message: PolkadotClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.deposit !== undefined) {
      PolkadotDeposit.encode(message.deposit, writer.uint32(10).fork()).ldelim();
    }
    if (message.withdrawalExecuted !== undefined) {
      PolkadotWithdrawalExecuted.encode(message.withdrawalExecuted, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deposit = PolkadotDeposit.decode(reader, reader.uint32());
          break;
        case 2:
          message.withdrawalExecuted = PolkadotWithdrawalExecuted.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotClaim {
    const obj = createBasePolkadotClaim();
    if (isSet(object.deposit)) obj.deposit = PolkadotDeposit.fromJSON(object.deposit);
    if (isSet(object.withdrawalExecuted)) obj.withdrawalExecuted = PolkadotWithdrawalExecuted.fromJSON(object.withdrawalExecuted);
    return obj;
  },
  toJSON(message: PolkadotClaim): JsonSafe<PolkadotClaim> {
    const obj: any = {};
    message.deposit !== undefined && (obj.deposit = message.deposit ? PolkadotDeposit.toJSON(message.deposit) : undefined);
    message.withdrawalExecuted !== undefined && (obj.withdrawalExecuted = message.withdrawalExecuted ? PolkadotWithdrawalExecuted.toJSON(message.withdrawalExecuted) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotClaim>, I>>(object: I): PolkadotClaim {
    const message = createBasePolkadotClaim();
    if (object.deposit !== undefined && object.deposit !== null) {
      message.deposit = PolkadotDeposit.fromPartial(object.deposit);
    }
    if (object.withdrawalExecuted !== undefined && object.withdrawalExecuted !== null) {
      message.withdrawalExecuted = PolkadotWithdrawalExecuted.fromPartial(object.withdrawalExecuted);
    }
    return message;
  }
};
function createBasePolkadotAttestation(): PolkadotAttestation {
  return {
    eventNonce: BigInt(0),
    claimHash: "",
    claim: PolkadotClaim.fromPartial({}),
    votes: [],
    observed: false,
    height: BigInt(0)
  };
}
export const PolkadotAttestation = {
  encode(message: PolkadotAttestation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.claimHash !== "") {
      writer.uint32(18).string(message.claimHash);
    }
    if (message.claim !== undefined) {
      PolkadotClaim.encode(message.claim, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.votes) {
      writer.uint32(34).string(v!);
    }
    if (message.observed === true) {
      writer.uint32(40).bool(message.observed);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(48).int64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotAttestation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotAttestation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.claimHash = reader.string();
          break;
        case 3:
          message.claim = PolkadotClaim.decode(reader, reader.uint32());
          break;
        case 4:
          message.votes.push(reader.string());
          break;
        case 5:
          message.observed = reader.bool();
          break;
        case 6:
          message.height = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotAttestation {
    const obj = createBasePolkadotAttestation();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.claimHash)) obj.claimHash = String(object.claimHash);
    if (isSet(object.claim)) obj.claim = PolkadotClaim.fromJSON(object.claim);
    if (Array.isArray(object?.votes)) obj.votes = object.votes.map((e: any) => String(e));
    if (isSet(object.observed)) obj.observed = Boolean(object.observed);
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    return obj;
  },
  toJSON(message: PolkadotAttestation): JsonSafe<PolkadotAttestation> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.claimHash !== undefined && (obj.claimHash = message.claimHash);
    message.claim !== undefined && (obj.claim = message.claim ? PolkadotClaim.toJSON(message.claim) : undefined);
    if (message.votes) {
      obj.votes = message.votes.map(e => e);
    } else {
      obj.votes = [];
    }
    message.observed !== undefined && (obj.observed = message.observed);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotAttestation>, I>>(object: I): PolkadotAttestation {
    const message = createBasePolkadotAttestation();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.claimHash = object.claimHash ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = PolkadotClaim.fromPartial(object.claim);
    }
    message.votes = object.votes?.map(e => e) || [];
    message.observed = object.observed ?? false;
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    return message;
  }
};
function createBasePolkadotUnclaimableDeposit(): PolkadotUnclaimableDeposit {
  return {
    eventNonce: BigInt(0),
    deposit: PolkadotDeposit.fromPartial({}),
    refundWithdrawalId: BigInt(0)
  };
}
export const PolkadotUnclaimableDeposit = {
  encode(message: PolkadotUnclaimableDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.deposit !== undefined) {
      PolkadotDeposit.encode(message.deposit, writer.uint32(18).fork()).ldelim();
    }
    if (message.refundWithdrawalId !== BigInt(0)) {
      writer.uint32(24).uint64(message.refundWithdrawalId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotUnclaimableDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotUnclaimableDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.deposit = PolkadotDeposit.decode(reader, reader.uint32());
          break;
        case 3:
          message.refundWithdrawalId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotUnclaimableDeposit {
    const obj = createBasePolkadotUnclaimableDeposit();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.deposit)) obj.deposit = PolkadotDeposit.fromJSON(object.deposit);
    if (isSet(object.refundWithdrawalId)) obj.refundWithdrawalId = BigInt(object.refundWithdrawalId.toString());
    return obj;
  },
  toJSON(message: PolkadotUnclaimableDeposit): JsonSafe<PolkadotUnclaimableDeposit> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.deposit !== undefined && (obj.deposit = message.deposit ? PolkadotDeposit.toJSON(message.deposit) : undefined);
    message.refundWithdrawalId !== undefined && (obj.refundWithdrawalId = (message.refundWithdrawalId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotUnclaimableDeposit>, I>>(object: I): PolkadotUnclaimableDeposit {
    const message = createBasePolkadotUnclaimableDeposit();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.deposit !== undefined && object.deposit !== null) {
      message.deposit = PolkadotDeposit.fromPartial(object.deposit);
    }
    if (object.refundWithdrawalId !== undefined && object.refundWithdrawalId !== null) {
      message.refundWithdrawalId = BigInt(object.refundWithdrawalId.toString());
    }
    return message;
  }
};
function createBasePolkadotTotals(): PolkadotTotals {
  return {
    credited: "",
    executed: "",
    overdrawn: ""
  };
}
export const PolkadotTotals = {
  encode(message: PolkadotTotals, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.credited !== "") {
      writer.uint32(10).string(message.credited);
    }
    if (message.executed !== "") {
      writer.uint32(18).string(message.executed);
    }
    if (message.overdrawn !== "") {
      writer.uint32(26).string(message.overdrawn);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotTotals {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotTotals();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.credited = reader.string();
          break;
        case 2:
          message.executed = reader.string();
          break;
        case 3:
          message.overdrawn = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotTotals {
    const obj = createBasePolkadotTotals();
    if (isSet(object.credited)) obj.credited = String(object.credited);
    if (isSet(object.executed)) obj.executed = String(object.executed);
    if (isSet(object.overdrawn)) obj.overdrawn = String(object.overdrawn);
    return obj;
  },
  toJSON(message: PolkadotTotals): JsonSafe<PolkadotTotals> {
    const obj: any = {};
    message.credited !== undefined && (obj.credited = message.credited);
    message.executed !== undefined && (obj.executed = message.executed);
    message.overdrawn !== undefined && (obj.overdrawn = message.overdrawn);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotTotals>, I>>(object: I): PolkadotTotals {
    const message = createBasePolkadotTotals();
    message.credited = object.credited ?? "";
    message.executed = object.executed ?? "";
    message.overdrawn = object.overdrawn ?? "";
    return message;
  }
};
function createBasePolkadotBridgeState(): PolkadotBridgeState {
  return {
    height: BigInt(0),
    vouchersOutstanding: "",
    custodyId: BigInt(0),
    custodyAccount: "",
    nextWithdrawalId: BigInt(0),
    lastObservedEventNonce: BigInt(0),
    lastObservedBlockNumber: BigInt(0),
    totals: PolkadotTotals.fromPartial({})
  };
}
export const PolkadotBridgeState = {
  encode(message: PolkadotBridgeState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.height !== BigInt(0)) {
      writer.uint32(8).int64(message.height);
    }
    if (message.vouchersOutstanding !== "") {
      writer.uint32(18).string(message.vouchersOutstanding);
    }
    if (message.custodyId !== BigInt(0)) {
      writer.uint32(24).uint64(message.custodyId);
    }
    if (message.custodyAccount !== "") {
      writer.uint32(34).string(message.custodyAccount);
    }
    if (message.nextWithdrawalId !== BigInt(0)) {
      writer.uint32(40).uint64(message.nextWithdrawalId);
    }
    if (message.lastObservedEventNonce !== BigInt(0)) {
      writer.uint32(48).uint64(message.lastObservedEventNonce);
    }
    if (message.lastObservedBlockNumber !== BigInt(0)) {
      writer.uint32(56).uint64(message.lastObservedBlockNumber);
    }
    if (message.totals !== undefined) {
      PolkadotTotals.encode(message.totals, writer.uint32(66).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotBridgeState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotBridgeState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.height = reader.int64();
          break;
        case 2:
          message.vouchersOutstanding = reader.string();
          break;
        case 3:
          message.custodyId = reader.uint64();
          break;
        case 4:
          message.custodyAccount = reader.string();
          break;
        case 5:
          message.nextWithdrawalId = reader.uint64();
          break;
        case 6:
          message.lastObservedEventNonce = reader.uint64();
          break;
        case 7:
          message.lastObservedBlockNumber = reader.uint64();
          break;
        case 8:
          message.totals = PolkadotTotals.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotBridgeState {
    const obj = createBasePolkadotBridgeState();
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    if (isSet(object.vouchersOutstanding)) obj.vouchersOutstanding = String(object.vouchersOutstanding);
    if (isSet(object.custodyId)) obj.custodyId = BigInt(object.custodyId.toString());
    if (isSet(object.custodyAccount)) obj.custodyAccount = String(object.custodyAccount);
    if (isSet(object.nextWithdrawalId)) obj.nextWithdrawalId = BigInt(object.nextWithdrawalId.toString());
    if (isSet(object.lastObservedEventNonce)) obj.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    if (isSet(object.lastObservedBlockNumber)) obj.lastObservedBlockNumber = BigInt(object.lastObservedBlockNumber.toString());
    if (isSet(object.totals)) obj.totals = PolkadotTotals.fromJSON(object.totals);
    return obj;
  },
  toJSON(message: PolkadotBridgeState): JsonSafe<PolkadotBridgeState> {
    const obj: any = {};
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.vouchersOutstanding !== undefined && (obj.vouchersOutstanding = message.vouchersOutstanding);
    message.custodyId !== undefined && (obj.custodyId = (message.custodyId || BigInt(0)).toString());
    message.custodyAccount !== undefined && (obj.custodyAccount = message.custodyAccount);
    message.nextWithdrawalId !== undefined && (obj.nextWithdrawalId = (message.nextWithdrawalId || BigInt(0)).toString());
    message.lastObservedEventNonce !== undefined && (obj.lastObservedEventNonce = (message.lastObservedEventNonce || BigInt(0)).toString());
    message.lastObservedBlockNumber !== undefined && (obj.lastObservedBlockNumber = (message.lastObservedBlockNumber || BigInt(0)).toString());
    message.totals !== undefined && (obj.totals = message.totals ? PolkadotTotals.toJSON(message.totals) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotBridgeState>, I>>(object: I): PolkadotBridgeState {
    const message = createBasePolkadotBridgeState();
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    message.vouchersOutstanding = object.vouchersOutstanding ?? "";
    if (object.custodyId !== undefined && object.custodyId !== null) {
      message.custodyId = BigInt(object.custodyId.toString());
    }
    message.custodyAccount = object.custodyAccount ?? "";
    if (object.nextWithdrawalId !== undefined && object.nextWithdrawalId !== null) {
      message.nextWithdrawalId = BigInt(object.nextWithdrawalId.toString());
    }
    if (object.lastObservedEventNonce !== undefined && object.lastObservedEventNonce !== null) {
      message.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    }
    if (object.lastObservedBlockNumber !== undefined && object.lastObservedBlockNumber !== null) {
      message.lastObservedBlockNumber = BigInt(object.lastObservedBlockNumber.toString());
    }
    if (object.totals !== undefined && object.totals !== null) {
      message.totals = PolkadotTotals.fromPartial(object.totals);
    }
    return message;
  }
};
function createBasePolkadotCheckpoint(): PolkadotCheckpoint {
  return {
    height: BigInt(0),
    bridgeStateHash: "",
    state: PolkadotBridgeState.fromPartial({})
  };
}
export const PolkadotCheckpoint = {
  encode(message: PolkadotCheckpoint, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.height !== BigInt(0)) {
      writer.uint32(8).int64(message.height);
    }
    if (message.bridgeStateHash !== "") {
      writer.uint32(18).string(message.bridgeStateHash);
    }
    if (message.state !== undefined) {
      PolkadotBridgeState.encode(message.state, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotCheckpoint {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotCheckpoint();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.height = reader.int64();
          break;
        case 2:
          message.bridgeStateHash = reader.string();
          break;
        case 3:
          message.state = PolkadotBridgeState.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotCheckpoint {
    const obj = createBasePolkadotCheckpoint();
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    if (isSet(object.bridgeStateHash)) obj.bridgeStateHash = String(object.bridgeStateHash);
    if (isSet(object.state)) obj.state = PolkadotBridgeState.fromJSON(object.state);
    return obj;
  },
  toJSON(message: PolkadotCheckpoint): JsonSafe<PolkadotCheckpoint> {
    const obj: any = {};
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.bridgeStateHash !== undefined && (obj.bridgeStateHash = message.bridgeStateHash);
    message.state !== undefined && (obj.state = message.state ? PolkadotBridgeState.toJSON(message.state) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotCheckpoint>, I>>(object: I): PolkadotCheckpoint {
    const message = createBasePolkadotCheckpoint();
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    message.bridgeStateHash = object.bridgeStateHash ?? "";
    if (object.state !== undefined && object.state !== null) {
      message.state = PolkadotBridgeState.fromPartial(object.state);
    }
    return message;
  }
};
function createBasePolkadotEventNonce(): PolkadotEventNonce {
  return {
    validator: "",
    eventNonce: BigInt(0)
  };
}
export const PolkadotEventNonce = {
  encode(message: PolkadotEventNonce, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotEventNonce {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotEventNonce();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.eventNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotEventNonce {
    const obj = createBasePolkadotEventNonce();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    return obj;
  },
  toJSON(message: PolkadotEventNonce): JsonSafe<PolkadotEventNonce> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotEventNonce>, I>>(object: I): PolkadotEventNonce {
    const message = createBasePolkadotEventNonce();
    message.validator = object.validator ?? "";
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    return message;
  }
};
function createBasePolkadotGenesis(): PolkadotGenesis {
  return {
    orchestrators: [],
    custodies: [],
    withdrawals: [],
    nextWithdrawalId: BigInt(0),
    attestations: [],
    eventNonces: [],
    lastObservedEventNonce: BigInt(0),
    lastObservedBlockNumber: BigInt(0),
    unclaimableDeposits: [],
    checkpoints: [],
    totals: PolkadotTotals.fromPartial({}),
    currentCustodyId: BigInt(0)
  };
}
export const PolkadotGenesis = {
  encode(message: PolkadotGenesis, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.orchestrators) {
      PolkadotOrchestrator.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.custodies) {
      PolkadotCustody.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.withdrawals) {
      PolkadotWithdrawal.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.nextWithdrawalId !== BigInt(0)) {
      writer.uint32(32).uint64(message.nextWithdrawalId);
    }
    for (const v of message.attestations) {
      PolkadotAttestation.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    for (const v of message.eventNonces) {
      PolkadotEventNonce.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    if (message.lastObservedEventNonce !== BigInt(0)) {
      writer.uint32(56).uint64(message.lastObservedEventNonce);
    }
    if (message.lastObservedBlockNumber !== BigInt(0)) {
      writer.uint32(64).uint64(message.lastObservedBlockNumber);
    }
    for (const v of message.unclaimableDeposits) {
      PolkadotUnclaimableDeposit.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    for (const v of message.checkpoints) {
      PolkadotCheckpoint.encode(v!, writer.uint32(82).fork()).ldelim();
    }
    if (message.totals !== undefined) {
      PolkadotTotals.encode(message.totals, writer.uint32(90).fork()).ldelim();
    }
    if (message.currentCustodyId !== BigInt(0)) {
      writer.uint32(96).uint64(message.currentCustodyId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PolkadotGenesis {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePolkadotGenesis();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrators.push(PolkadotOrchestrator.decode(reader, reader.uint32()));
          break;
        case 2:
          message.custodies.push(PolkadotCustody.decode(reader, reader.uint32()));
          break;
        case 3:
          message.withdrawals.push(PolkadotWithdrawal.decode(reader, reader.uint32()));
          break;
        case 4:
          message.nextWithdrawalId = reader.uint64();
          break;
        case 5:
          message.attestations.push(PolkadotAttestation.decode(reader, reader.uint32()));
          break;
        case 6:
          message.eventNonces.push(PolkadotEventNonce.decode(reader, reader.uint32()));
          break;
        case 7:
          message.lastObservedEventNonce = reader.uint64();
          break;
        case 8:
          message.lastObservedBlockNumber = reader.uint64();
          break;
        case 9:
          message.unclaimableDeposits.push(PolkadotUnclaimableDeposit.decode(reader, reader.uint32()));
          break;
        case 10:
          message.checkpoints.push(PolkadotCheckpoint.decode(reader, reader.uint32()));
          break;
        case 11:
          message.totals = PolkadotTotals.decode(reader, reader.uint32());
          break;
        case 12:
          message.currentCustodyId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PolkadotGenesis {
    const obj = createBasePolkadotGenesis();
    if (Array.isArray(object?.orchestrators)) obj.orchestrators = object.orchestrators.map((e: any) => PolkadotOrchestrator.fromJSON(e));
    if (Array.isArray(object?.custodies)) obj.custodies = object.custodies.map((e: any) => PolkadotCustody.fromJSON(e));
    if (Array.isArray(object?.withdrawals)) obj.withdrawals = object.withdrawals.map((e: any) => PolkadotWithdrawal.fromJSON(e));
    if (isSet(object.nextWithdrawalId)) obj.nextWithdrawalId = BigInt(object.nextWithdrawalId.toString());
    if (Array.isArray(object?.attestations)) obj.attestations = object.attestations.map((e: any) => PolkadotAttestation.fromJSON(e));
    if (Array.isArray(object?.eventNonces)) obj.eventNonces = object.eventNonces.map((e: any) => PolkadotEventNonce.fromJSON(e));
    if (isSet(object.lastObservedEventNonce)) obj.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    if (isSet(object.lastObservedBlockNumber)) obj.lastObservedBlockNumber = BigInt(object.lastObservedBlockNumber.toString());
    if (Array.isArray(object?.unclaimableDeposits)) obj.unclaimableDeposits = object.unclaimableDeposits.map((e: any) => PolkadotUnclaimableDeposit.fromJSON(e));
    if (Array.isArray(object?.checkpoints)) obj.checkpoints = object.checkpoints.map((e: any) => PolkadotCheckpoint.fromJSON(e));
    if (isSet(object.totals)) obj.totals = PolkadotTotals.fromJSON(object.totals);
    if (isSet(object.currentCustodyId)) obj.currentCustodyId = BigInt(object.currentCustodyId.toString());
    return obj;
  },
  toJSON(message: PolkadotGenesis): JsonSafe<PolkadotGenesis> {
    const obj: any = {};
    if (message.orchestrators) {
      obj.orchestrators = message.orchestrators.map(e => e ? PolkadotOrchestrator.toJSON(e) : undefined);
    } else {
      obj.orchestrators = [];
    }
    if (message.custodies) {
      obj.custodies = message.custodies.map(e => e ? PolkadotCustody.toJSON(e) : undefined);
    } else {
      obj.custodies = [];
    }
    if (message.withdrawals) {
      obj.withdrawals = message.withdrawals.map(e => e ? PolkadotWithdrawal.toJSON(e) : undefined);
    } else {
      obj.withdrawals = [];
    }
    message.nextWithdrawalId !== undefined && (obj.nextWithdrawalId = (message.nextWithdrawalId || BigInt(0)).toString());
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? PolkadotAttestation.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    if (message.eventNonces) {
      obj.eventNonces = message.eventNonces.map(e => e ? PolkadotEventNonce.toJSON(e) : undefined);
    } else {
      obj.eventNonces = [];
    }
    message.lastObservedEventNonce !== undefined && (obj.lastObservedEventNonce = (message.lastObservedEventNonce || BigInt(0)).toString());
    message.lastObservedBlockNumber !== undefined && (obj.lastObservedBlockNumber = (message.lastObservedBlockNumber || BigInt(0)).toString());
    if (message.unclaimableDeposits) {
      obj.unclaimableDeposits = message.unclaimableDeposits.map(e => e ? PolkadotUnclaimableDeposit.toJSON(e) : undefined);
    } else {
      obj.unclaimableDeposits = [];
    }
    if (message.checkpoints) {
      obj.checkpoints = message.checkpoints.map(e => e ? PolkadotCheckpoint.toJSON(e) : undefined);
    } else {
      obj.checkpoints = [];
    }
    message.totals !== undefined && (obj.totals = message.totals ? PolkadotTotals.toJSON(message.totals) : undefined);
    message.currentCustodyId !== undefined && (obj.currentCustodyId = (message.currentCustodyId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<PolkadotGenesis>, I>>(object: I): PolkadotGenesis {
    const message = createBasePolkadotGenesis();
    message.orchestrators = object.orchestrators?.map(e => PolkadotOrchestrator.fromPartial(e)) || [];
    message.custodies = object.custodies?.map(e => PolkadotCustody.fromPartial(e)) || [];
    message.withdrawals = object.withdrawals?.map(e => PolkadotWithdrawal.fromPartial(e)) || [];
    if (object.nextWithdrawalId !== undefined && object.nextWithdrawalId !== null) {
      message.nextWithdrawalId = BigInt(object.nextWithdrawalId.toString());
    }
    message.attestations = object.attestations?.map(e => PolkadotAttestation.fromPartial(e)) || [];
    message.eventNonces = object.eventNonces?.map(e => PolkadotEventNonce.fromPartial(e)) || [];
    if (object.lastObservedEventNonce !== undefined && object.lastObservedEventNonce !== null) {
      message.lastObservedEventNonce = BigInt(object.lastObservedEventNonce.toString());
    }
    if (object.lastObservedBlockNumber !== undefined && object.lastObservedBlockNumber !== null) {
      message.lastObservedBlockNumber = BigInt(object.lastObservedBlockNumber.toString());
    }
    message.unclaimableDeposits = object.unclaimableDeposits?.map(e => PolkadotUnclaimableDeposit.fromPartial(e)) || [];
    message.checkpoints = object.checkpoints?.map(e => PolkadotCheckpoint.fromPartial(e)) || [];
    if (object.totals !== undefined && object.totals !== null) {
      message.totals = PolkadotTotals.fromPartial(object.totals);
    }
    if (object.currentCustodyId !== undefined && object.currentCustodyId !== null) {
      message.currentCustodyId = BigInt(object.currentCustodyId.toString());
    }
    return message;
  }
};