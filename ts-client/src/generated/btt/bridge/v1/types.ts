/* eslint-disable */
import { Duration } from "cosmjs-types/google/protobuf/duration";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { PolkadotParams } from "./polkadot.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { Decimal } from "@cosmjs/math";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/**
 * Params are x/bridge's parameters (gov authority). Ethereum addresses are 0x-prefixed EIP-55 or lowercase hex;
 * bridge_id is a 0x-prefixed 32-byte hex string, the BttBridge contract's immutable bridgeId.
 */
export interface Params {
  /** bridge_id is part of every digest the orchestrators sign (BttBridge.sol's bridgeId). */
  bridgeId: string;
  /** ethereum_chain_id is the EVM chain id of the Ethereum network the contract lives on. */
  ethereumChainId: bigint;
  /** bridge_contract is the BttBridge address; empty until it is deployed (no batch is made before). */
  bridgeContract: string;
  /** wrapped_btt_contract is the WrappedBtt address the bridge deployed: BTT leaves as it and returns from it. */
  wrappedBttContract: string;
  /**
   * valset_change_threshold: a new valset is made when any member's normalised power moved by more than this
   * fraction of 2^32 in total (Gravity's 5%), or a validator with an orchestrator joined or left the bonded set.
   */
  valsetChangeThreshold: string;
  /** batch_max_transfers bounds a batch (and so the contract's gas). */
  batchMaxTransfers: number;
  /**
   * auto_batch_blocks: every this many blocks, a batch is made for each token with pending transfers
   * (0: only on MsgRequestBatch).
   */
  autoBatchBlocks: bigint;
  /** batch_timeout_ethereum_blocks: a batch's timeout is the last observed Ethereum height plus this. */
  batchTimeoutEthereumBlocks: bigint;
  /**
   * signed_window_blocks: a bonded validator's orchestrator must confirm a valset or batch within this many
   * BTT blocks of its creation.
   */
  signedWindowBlocks: bigint;
  /** slashing_enabled gates all slashing below. */
  slashingEnabled: boolean;
  /** slash_fraction_missed_confirm: slashed (and jailed) for each valset or batch left unconfirmed past the window. */
  slashFractionMissedConfirm: string;
  /** slash_fraction_conflicting_claim: slashed (and jailed) for attesting two different claims for one event nonce. */
  slashFractionConflictingClaim: string;
  /** attestations_kept: observed attestations older than the newest this many are pruned. */
  attestationsKept: bigint;
  /** jail_duration is how long a validator slashed by x/bridge stays jailed. */
  jailDuration: Duration;
  /**
   * Batch-spam bounds (issue 14 hardening; field numbers 20-29 are this group's).
   * max_open_batches_per_token caps the unexecuted batches of one token contract (MsgRequestBatch and the
   * automatic batches); with it a validator owes at most this many batch confirms per token.
   */
  maxOpenBatchesPerToken: number;
  /**
   * min_bridge_fees: the least bridge_fee a MsgSendToEthereum of each listed denom must pay, per transfer;
   * a denom not listed needs no minimum.
   */
  minBridgeFees: Coin[];
  /**
   * auto_batch_max_tokens: the automatic batcher looks at most at this many tokens with pending transfers per
   * run, round robin from where the previous run stopped.
   */
  autoBatchMaxTokens: number;
  /**
   * ethereum_block_time: the expected Ethereum block interval; a new batch's timeout counts from the last
   * observed Ethereum height projected forward by the BTT block time elapsed since it was observed divided by
   * this (0: no projection).
   */
  ethereumBlockTime: Duration;
  /** polkadot: the Polkadot side's parameters (README "Polkadot bridge"; field numbers 30-49 are the Polkadot side's). */
  polkadot: PolkadotParams;
}
/** Orchestrator links a validator to the account that signs its bridge messages and its Ethereum key. */
export interface Orchestrator {
  validator: string;
  orchestrator: string;
  ethAddress: string;
}
/** ValsetMember is one orchestrator Ethereum address and its power normalised to 2^32. */
export interface ValsetMember {
  ethAddress: string;
  power: bigint;
}
/**
 * Valset is a snapshot of the bonded validators that have orchestrators, in contract order (power descending,
 * then address ascending), as BttBridge.sol checks it.
 */
export interface Valset {
  nonce: bigint;
  /** height is the BTT block it was made in. */
  height: bigint;
  members: ValsetMember[];
}
/**
 * Confirm is an orchestrator's signature over a valset checkpoint or a batch digest (EIP-191 personal-sign
 * hash of the 32-byte digest; 65 bytes r||s||v, v in {27,28}, hex with 0x).
 */
export interface Confirm {
  validator: string;
  ethSigner: string;
  signature: string;
}
/**
 * OutgoingTransfer is a transfer to Ethereum waiting in the pool or in a batch. amount and fee are in the BTT
 * denom (abtt for BTT, which leaves as wBTT with the same 18 decimals; the voucher denom for an Ethereum token).
 */
export interface OutgoingTransfer {
  id: bigint;
  sender: string;
  ethDestination: string;
  denom: string;
  tokenContract: string;
  amount: string;
  fee: string;
}
/** OutgoingBatch is a signed-able batch of transfers of one token; nonces increase per token contract. */
export interface OutgoingBatch {
  nonce: bigint;
  tokenContract: string;
  /** timeout is an Ethereum block height; the contract refuses the batch from that height on. */
  timeout: bigint;
  height: bigint;
  transfers: OutgoingTransfer[];
}
/** DepositClaim: SendToBttEvent — amount of token_contract sent by ethereum_sender to btt_receiver. */
export interface DepositClaim {
  eventNonce: bigint;
  ethereumHeight: bigint;
  tokenContract: string;
  amount: string;
  ethereumSender: string;
  /**
   * btt_receiver is the destination string as emitted (the contract checks only its shape; an invalid
   * bech32 address credits nothing here and the deposit is recorded as unclaimable, see README).
   */
  bttReceiver: string;
}
/** BatchExecutedClaim: TransactionBatchExecutedEvent. */
export interface BatchExecutedClaim {
  eventNonce: bigint;
  ethereumHeight: bigint;
  batchNonce: bigint;
  tokenContract: string;
}
/** ValsetUpdatedClaim: ValsetUpdatedEvent (also the constructor's genesis valset, event nonce 1). */
export interface ValsetUpdatedClaim {
  eventNonce: bigint;
  ethereumHeight: bigint;
  valsetNonce: bigint;
  members: ValsetMember[];
}
/** Claim is one Ethereum event as orchestrators attest it; its hash is sha256 of its proto bytes. */
export interface Claim {
  deposit?: DepositClaim;
  batchExecuted?: BatchExecutedClaim;
  valsetUpdated?: ValsetUpdatedClaim;
}
/** Attestation gathers the validators that attested one claim for one event nonce. */
export interface Attestation {
  eventNonce: bigint;
  /** claim_hash is hex sha256 of the claim's proto bytes. */
  claimHash: string;
  claim: Claim;
  votes: string[];
  observed: boolean;
  /** height is the BTT block of the first vote. */
  height: bigint;
}
/** TokenDenom maps an Ethereum token contract to its BTT denom (abtt for wBTT, bridge/eth/0x… otherwise). */
export interface TokenDenom {
  tokenContract: string;
  denom: string;
}
/**
 * UnclaimableDeposit is a deposit attested on Ethereum whose destination did not decode as a BTT account: its
 * vouchers or BTT are held by the module, never lost, until governance releases them.
 */
export interface UnclaimableDeposit {
  eventNonce: bigint;
  deposit: DepositClaim;
}
function createBaseParams(): Params {
  return {
    bridgeId: "",
    ethereumChainId: BigInt(0),
    bridgeContract: "",
    wrappedBttContract: "",
    valsetChangeThreshold: "",
    batchMaxTransfers: 0,
    autoBatchBlocks: BigInt(0),
    batchTimeoutEthereumBlocks: BigInt(0),
    signedWindowBlocks: BigInt(0),
    slashingEnabled: false,
    slashFractionMissedConfirm: "",
    slashFractionConflictingClaim: "",
    attestationsKept: BigInt(0),
    jailDuration: Duration.fromPartial({}),
    maxOpenBatchesPerToken: 0,
    minBridgeFees: [],
    autoBatchMaxTokens: 0,
    ethereumBlockTime: Duration.fromPartial({}),
    polkadot: PolkadotParams.fromPartial({})
  };
}
export const Params = {
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.bridgeId !== "") {
      writer.uint32(10).string(message.bridgeId);
    }
    if (message.ethereumChainId !== BigInt(0)) {
      writer.uint32(16).uint64(message.ethereumChainId);
    }
    if (message.bridgeContract !== "") {
      writer.uint32(26).string(message.bridgeContract);
    }
    if (message.wrappedBttContract !== "") {
      writer.uint32(34).string(message.wrappedBttContract);
    }
    if (message.valsetChangeThreshold !== "") {
      writer.uint32(42).string(Decimal.fromUserInput(message.valsetChangeThreshold, 18).atomics);
    }
    if (message.batchMaxTransfers !== 0) {
      writer.uint32(48).uint32(message.batchMaxTransfers);
    }
    if (message.autoBatchBlocks !== BigInt(0)) {
      writer.uint32(56).uint64(message.autoBatchBlocks);
    }
    if (message.batchTimeoutEthereumBlocks !== BigInt(0)) {
      writer.uint32(64).uint64(message.batchTimeoutEthereumBlocks);
    }
    if (message.signedWindowBlocks !== BigInt(0)) {
      writer.uint32(72).uint64(message.signedWindowBlocks);
    }
    if (message.slashingEnabled === true) {
      writer.uint32(80).bool(message.slashingEnabled);
    }
    if (message.slashFractionMissedConfirm !== "") {
      writer.uint32(90).string(Decimal.fromUserInput(message.slashFractionMissedConfirm, 18).atomics);
    }
    if (message.slashFractionConflictingClaim !== "") {
      writer.uint32(98).string(Decimal.fromUserInput(message.slashFractionConflictingClaim, 18).atomics);
    }
    if (message.attestationsKept !== BigInt(0)) {
      writer.uint32(104).uint64(message.attestationsKept);
    }
    if (message.jailDuration !== undefined) {
      Duration.encode(message.jailDuration, writer.uint32(114).fork()).ldelim();
    }
    if (message.maxOpenBatchesPerToken !== 0) {
      writer.uint32(160).uint32(message.maxOpenBatchesPerToken);
    }
    for (const v of message.minBridgeFees) {
      Coin.encode(v!, writer.uint32(170).fork()).ldelim();
    }
    if (message.autoBatchMaxTokens !== 0) {
      writer.uint32(176).uint32(message.autoBatchMaxTokens);
    }
    if (message.ethereumBlockTime !== undefined) {
      Duration.encode(message.ethereumBlockTime, writer.uint32(186).fork()).ldelim();
    }
    if (message.polkadot !== undefined) {
      PolkadotParams.encode(message.polkadot, writer.uint32(242).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Params {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.bridgeId = reader.string();
          break;
        case 2:
          message.ethereumChainId = reader.uint64();
          break;
        case 3:
          message.bridgeContract = reader.string();
          break;
        case 4:
          message.wrappedBttContract = reader.string();
          break;
        case 5:
          message.valsetChangeThreshold = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 6:
          message.batchMaxTransfers = reader.uint32();
          break;
        case 7:
          message.autoBatchBlocks = reader.uint64();
          break;
        case 8:
          message.batchTimeoutEthereumBlocks = reader.uint64();
          break;
        case 9:
          message.signedWindowBlocks = reader.uint64();
          break;
        case 10:
          message.slashingEnabled = reader.bool();
          break;
        case 11:
          message.slashFractionMissedConfirm = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 12:
          message.slashFractionConflictingClaim = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 13:
          message.attestationsKept = reader.uint64();
          break;
        case 14:
          message.jailDuration = Duration.decode(reader, reader.uint32());
          break;
        case 20:
          message.maxOpenBatchesPerToken = reader.uint32();
          break;
        case 21:
          message.minBridgeFees.push(Coin.decode(reader, reader.uint32()));
          break;
        case 22:
          message.autoBatchMaxTokens = reader.uint32();
          break;
        case 23:
          message.ethereumBlockTime = Duration.decode(reader, reader.uint32());
          break;
        case 30:
          message.polkadot = PolkadotParams.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Params {
    const obj = createBaseParams();
    if (isSet(object.bridgeId)) obj.bridgeId = String(object.bridgeId);
    if (isSet(object.ethereumChainId)) obj.ethereumChainId = BigInt(object.ethereumChainId.toString());
    if (isSet(object.bridgeContract)) obj.bridgeContract = String(object.bridgeContract);
    if (isSet(object.wrappedBttContract)) obj.wrappedBttContract = String(object.wrappedBttContract);
    if (isSet(object.valsetChangeThreshold)) obj.valsetChangeThreshold = String(object.valsetChangeThreshold);
    if (isSet(object.batchMaxTransfers)) obj.batchMaxTransfers = Number(object.batchMaxTransfers);
    if (isSet(object.autoBatchBlocks)) obj.autoBatchBlocks = BigInt(object.autoBatchBlocks.toString());
    if (isSet(object.batchTimeoutEthereumBlocks)) obj.batchTimeoutEthereumBlocks = BigInt(object.batchTimeoutEthereumBlocks.toString());
    if (isSet(object.signedWindowBlocks)) obj.signedWindowBlocks = BigInt(object.signedWindowBlocks.toString());
    if (isSet(object.slashingEnabled)) obj.slashingEnabled = Boolean(object.slashingEnabled);
    if (isSet(object.slashFractionMissedConfirm)) obj.slashFractionMissedConfirm = String(object.slashFractionMissedConfirm);
    if (isSet(object.slashFractionConflictingClaim)) obj.slashFractionConflictingClaim = String(object.slashFractionConflictingClaim);
    if (isSet(object.attestationsKept)) obj.attestationsKept = BigInt(object.attestationsKept.toString());
    if (isSet(object.jailDuration)) obj.jailDuration = Duration.fromJSON(object.jailDuration);
    if (isSet(object.maxOpenBatchesPerToken)) obj.maxOpenBatchesPerToken = Number(object.maxOpenBatchesPerToken);
    if (Array.isArray(object?.minBridgeFees)) obj.minBridgeFees = object.minBridgeFees.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.autoBatchMaxTokens)) obj.autoBatchMaxTokens = Number(object.autoBatchMaxTokens);
    if (isSet(object.ethereumBlockTime)) obj.ethereumBlockTime = Duration.fromJSON(object.ethereumBlockTime);
    if (isSet(object.polkadot)) obj.polkadot = PolkadotParams.fromJSON(object.polkadot);
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.bridgeId !== undefined && (obj.bridgeId = message.bridgeId);
    message.ethereumChainId !== undefined && (obj.ethereumChainId = (message.ethereumChainId || BigInt(0)).toString());
    message.bridgeContract !== undefined && (obj.bridgeContract = message.bridgeContract);
    message.wrappedBttContract !== undefined && (obj.wrappedBttContract = message.wrappedBttContract);
    message.valsetChangeThreshold !== undefined && (obj.valsetChangeThreshold = message.valsetChangeThreshold);
    message.batchMaxTransfers !== undefined && (obj.batchMaxTransfers = Math.round(message.batchMaxTransfers));
    message.autoBatchBlocks !== undefined && (obj.autoBatchBlocks = (message.autoBatchBlocks || BigInt(0)).toString());
    message.batchTimeoutEthereumBlocks !== undefined && (obj.batchTimeoutEthereumBlocks = (message.batchTimeoutEthereumBlocks || BigInt(0)).toString());
    message.signedWindowBlocks !== undefined && (obj.signedWindowBlocks = (message.signedWindowBlocks || BigInt(0)).toString());
    message.slashingEnabled !== undefined && (obj.slashingEnabled = message.slashingEnabled);
    message.slashFractionMissedConfirm !== undefined && (obj.slashFractionMissedConfirm = message.slashFractionMissedConfirm);
    message.slashFractionConflictingClaim !== undefined && (obj.slashFractionConflictingClaim = message.slashFractionConflictingClaim);
    message.attestationsKept !== undefined && (obj.attestationsKept = (message.attestationsKept || BigInt(0)).toString());
    message.jailDuration !== undefined && (obj.jailDuration = message.jailDuration ? Duration.toJSON(message.jailDuration) : undefined);
    message.maxOpenBatchesPerToken !== undefined && (obj.maxOpenBatchesPerToken = Math.round(message.maxOpenBatchesPerToken));
    if (message.minBridgeFees) {
      obj.minBridgeFees = message.minBridgeFees.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.minBridgeFees = [];
    }
    message.autoBatchMaxTokens !== undefined && (obj.autoBatchMaxTokens = Math.round(message.autoBatchMaxTokens));
    message.ethereumBlockTime !== undefined && (obj.ethereumBlockTime = message.ethereumBlockTime ? Duration.toJSON(message.ethereumBlockTime) : undefined);
    message.polkadot !== undefined && (obj.polkadot = message.polkadot ? PolkadotParams.toJSON(message.polkadot) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.bridgeId = object.bridgeId ?? "";
    if (object.ethereumChainId !== undefined && object.ethereumChainId !== null) {
      message.ethereumChainId = BigInt(object.ethereumChainId.toString());
    }
    message.bridgeContract = object.bridgeContract ?? "";
    message.wrappedBttContract = object.wrappedBttContract ?? "";
    message.valsetChangeThreshold = object.valsetChangeThreshold ?? "";
    message.batchMaxTransfers = object.batchMaxTransfers ?? 0;
    if (object.autoBatchBlocks !== undefined && object.autoBatchBlocks !== null) {
      message.autoBatchBlocks = BigInt(object.autoBatchBlocks.toString());
    }
    if (object.batchTimeoutEthereumBlocks !== undefined && object.batchTimeoutEthereumBlocks !== null) {
      message.batchTimeoutEthereumBlocks = BigInt(object.batchTimeoutEthereumBlocks.toString());
    }
    if (object.signedWindowBlocks !== undefined && object.signedWindowBlocks !== null) {
      message.signedWindowBlocks = BigInt(object.signedWindowBlocks.toString());
    }
    message.slashingEnabled = object.slashingEnabled ?? false;
    message.slashFractionMissedConfirm = object.slashFractionMissedConfirm ?? "";
    message.slashFractionConflictingClaim = object.slashFractionConflictingClaim ?? "";
    if (object.attestationsKept !== undefined && object.attestationsKept !== null) {
      message.attestationsKept = BigInt(object.attestationsKept.toString());
    }
    if (object.jailDuration !== undefined && object.jailDuration !== null) {
      message.jailDuration = Duration.fromPartial(object.jailDuration);
    }
    message.maxOpenBatchesPerToken = object.maxOpenBatchesPerToken ?? 0;
    message.minBridgeFees = object.minBridgeFees?.map(e => Coin.fromPartial(e)) || [];
    message.autoBatchMaxTokens = object.autoBatchMaxTokens ?? 0;
    if (object.ethereumBlockTime !== undefined && object.ethereumBlockTime !== null) {
      message.ethereumBlockTime = Duration.fromPartial(object.ethereumBlockTime);
    }
    if (object.polkadot !== undefined && object.polkadot !== null) {
      message.polkadot = PolkadotParams.fromPartial(object.polkadot);
    }
    return message;
  }
};
function createBaseOrchestrator(): Orchestrator {
  return {
    validator: "",
    orchestrator: "",
    ethAddress: ""
  };
}
export const Orchestrator = {
  encode(message: Orchestrator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.orchestrator !== "") {
      writer.uint32(18).string(message.orchestrator);
    }
    if (message.ethAddress !== "") {
      writer.uint32(26).string(message.ethAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Orchestrator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOrchestrator();
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
          message.ethAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Orchestrator {
    const obj = createBaseOrchestrator();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.ethAddress)) obj.ethAddress = String(object.ethAddress);
    return obj;
  },
  toJSON(message: Orchestrator): JsonSafe<Orchestrator> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.ethAddress !== undefined && (obj.ethAddress = message.ethAddress);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Orchestrator>, I>>(object: I): Orchestrator {
    const message = createBaseOrchestrator();
    message.validator = object.validator ?? "";
    message.orchestrator = object.orchestrator ?? "";
    message.ethAddress = object.ethAddress ?? "";
    return message;
  }
};
function createBaseValsetMember(): ValsetMember {
  return {
    ethAddress: "",
    power: BigInt(0)
  };
}
export const ValsetMember = {
  encode(message: ValsetMember, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.ethAddress !== "") {
      writer.uint32(10).string(message.ethAddress);
    }
    if (message.power !== BigInt(0)) {
      writer.uint32(16).uint64(message.power);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ValsetMember {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValsetMember();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.ethAddress = reader.string();
          break;
        case 2:
          message.power = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ValsetMember {
    const obj = createBaseValsetMember();
    if (isSet(object.ethAddress)) obj.ethAddress = String(object.ethAddress);
    if (isSet(object.power)) obj.power = BigInt(object.power.toString());
    return obj;
  },
  toJSON(message: ValsetMember): JsonSafe<ValsetMember> {
    const obj: any = {};
    message.ethAddress !== undefined && (obj.ethAddress = message.ethAddress);
    message.power !== undefined && (obj.power = (message.power || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ValsetMember>, I>>(object: I): ValsetMember {
    const message = createBaseValsetMember();
    message.ethAddress = object.ethAddress ?? "";
    if (object.power !== undefined && object.power !== null) {
      message.power = BigInt(object.power.toString());
    }
    return message;
  }
};
function createBaseValset(): Valset {
  return {
    nonce: BigInt(0),
    height: BigInt(0),
    members: []
  };
}
export const Valset = {
  encode(message: Valset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(16).int64(message.height);
    }
    for (const v of message.members) {
      ValsetMember.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Valset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.height = reader.int64();
          break;
        case 3:
          message.members.push(ValsetMember.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Valset {
    const obj = createBaseValset();
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    if (Array.isArray(object?.members)) obj.members = object.members.map((e: any) => ValsetMember.fromJSON(e));
    return obj;
  },
  toJSON(message: Valset): JsonSafe<Valset> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    if (message.members) {
      obj.members = message.members.map(e => e ? ValsetMember.toJSON(e) : undefined);
    } else {
      obj.members = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Valset>, I>>(object: I): Valset {
    const message = createBaseValset();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    message.members = object.members?.map(e => ValsetMember.fromPartial(e)) || [];
    return message;
  }
};
function createBaseConfirm(): Confirm {
  return {
    validator: "",
    ethSigner: "",
    signature: ""
  };
}
export const Confirm = {
  encode(message: Confirm, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.ethSigner !== "") {
      writer.uint32(18).string(message.ethSigner);
    }
    if (message.signature !== "") {
      writer.uint32(26).string(message.signature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Confirm {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseConfirm();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.ethSigner = reader.string();
          break;
        case 3:
          message.signature = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Confirm {
    const obj = createBaseConfirm();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.ethSigner)) obj.ethSigner = String(object.ethSigner);
    if (isSet(object.signature)) obj.signature = String(object.signature);
    return obj;
  },
  toJSON(message: Confirm): JsonSafe<Confirm> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.ethSigner !== undefined && (obj.ethSigner = message.ethSigner);
    message.signature !== undefined && (obj.signature = message.signature);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Confirm>, I>>(object: I): Confirm {
    const message = createBaseConfirm();
    message.validator = object.validator ?? "";
    message.ethSigner = object.ethSigner ?? "";
    message.signature = object.signature ?? "";
    return message;
  }
};
function createBaseOutgoingTransfer(): OutgoingTransfer {
  return {
    id: BigInt(0),
    sender: "",
    ethDestination: "",
    denom: "",
    tokenContract: "",
    amount: "",
    fee: ""
  };
}
export const OutgoingTransfer = {
  encode(message: OutgoingTransfer, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.sender !== "") {
      writer.uint32(18).string(message.sender);
    }
    if (message.ethDestination !== "") {
      writer.uint32(26).string(message.ethDestination);
    }
    if (message.denom !== "") {
      writer.uint32(34).string(message.denom);
    }
    if (message.tokenContract !== "") {
      writer.uint32(42).string(message.tokenContract);
    }
    if (message.amount !== "") {
      writer.uint32(50).string(message.amount);
    }
    if (message.fee !== "") {
      writer.uint32(58).string(message.fee);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OutgoingTransfer {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOutgoingTransfer();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.sender = reader.string();
          break;
        case 3:
          message.ethDestination = reader.string();
          break;
        case 4:
          message.denom = reader.string();
          break;
        case 5:
          message.tokenContract = reader.string();
          break;
        case 6:
          message.amount = reader.string();
          break;
        case 7:
          message.fee = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): OutgoingTransfer {
    const obj = createBaseOutgoingTransfer();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.ethDestination)) obj.ethDestination = String(object.ethDestination);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.fee)) obj.fee = String(object.fee);
    return obj;
  },
  toJSON(message: OutgoingTransfer): JsonSafe<OutgoingTransfer> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.sender !== undefined && (obj.sender = message.sender);
    message.ethDestination !== undefined && (obj.ethDestination = message.ethDestination);
    message.denom !== undefined && (obj.denom = message.denom);
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.amount !== undefined && (obj.amount = message.amount);
    message.fee !== undefined && (obj.fee = message.fee);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<OutgoingTransfer>, I>>(object: I): OutgoingTransfer {
    const message = createBaseOutgoingTransfer();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.sender = object.sender ?? "";
    message.ethDestination = object.ethDestination ?? "";
    message.denom = object.denom ?? "";
    message.tokenContract = object.tokenContract ?? "";
    message.amount = object.amount ?? "";
    message.fee = object.fee ?? "";
    return message;
  }
};
function createBaseOutgoingBatch(): OutgoingBatch {
  return {
    nonce: BigInt(0),
    tokenContract: "",
    timeout: BigInt(0),
    height: BigInt(0),
    transfers: []
  };
}
export const OutgoingBatch = {
  encode(message: OutgoingBatch, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.tokenContract !== "") {
      writer.uint32(18).string(message.tokenContract);
    }
    if (message.timeout !== BigInt(0)) {
      writer.uint32(24).uint64(message.timeout);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(32).int64(message.height);
    }
    for (const v of message.transfers) {
      OutgoingTransfer.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OutgoingBatch {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOutgoingBatch();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.tokenContract = reader.string();
          break;
        case 3:
          message.timeout = reader.uint64();
          break;
        case 4:
          message.height = reader.int64();
          break;
        case 5:
          message.transfers.push(OutgoingTransfer.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): OutgoingBatch {
    const obj = createBaseOutgoingBatch();
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.timeout)) obj.timeout = BigInt(object.timeout.toString());
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    if (Array.isArray(object?.transfers)) obj.transfers = object.transfers.map((e: any) => OutgoingTransfer.fromJSON(e));
    return obj;
  },
  toJSON(message: OutgoingBatch): JsonSafe<OutgoingBatch> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.timeout !== undefined && (obj.timeout = (message.timeout || BigInt(0)).toString());
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    if (message.transfers) {
      obj.transfers = message.transfers.map(e => e ? OutgoingTransfer.toJSON(e) : undefined);
    } else {
      obj.transfers = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<OutgoingBatch>, I>>(object: I): OutgoingBatch {
    const message = createBaseOutgoingBatch();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.tokenContract = object.tokenContract ?? "";
    if (object.timeout !== undefined && object.timeout !== null) {
      message.timeout = BigInt(object.timeout.toString());
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    message.transfers = object.transfers?.map(e => OutgoingTransfer.fromPartial(e)) || [];
    return message;
  }
};
function createBaseDepositClaim(): DepositClaim {
  return {
    eventNonce: BigInt(0),
    ethereumHeight: BigInt(0),
    tokenContract: "",
    amount: "",
    ethereumSender: "",
    bttReceiver: ""
  };
}
export const DepositClaim = {
  encode(message: DepositClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.ethereumHeight !== BigInt(0)) {
      writer.uint32(16).uint64(message.ethereumHeight);
    }
    if (message.tokenContract !== "") {
      writer.uint32(26).string(message.tokenContract);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.ethereumSender !== "") {
      writer.uint32(42).string(message.ethereumSender);
    }
    if (message.bttReceiver !== "") {
      writer.uint32(50).string(message.bttReceiver);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DepositClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDepositClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.ethereumHeight = reader.uint64();
          break;
        case 3:
          message.tokenContract = reader.string();
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.ethereumSender = reader.string();
          break;
        case 6:
          message.bttReceiver = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): DepositClaim {
    const obj = createBaseDepositClaim();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.ethereumHeight)) obj.ethereumHeight = BigInt(object.ethereumHeight.toString());
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.ethereumSender)) obj.ethereumSender = String(object.ethereumSender);
    if (isSet(object.bttReceiver)) obj.bttReceiver = String(object.bttReceiver);
    return obj;
  },
  toJSON(message: DepositClaim): JsonSafe<DepositClaim> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.ethereumHeight !== undefined && (obj.ethereumHeight = (message.ethereumHeight || BigInt(0)).toString());
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.amount !== undefined && (obj.amount = message.amount);
    message.ethereumSender !== undefined && (obj.ethereumSender = message.ethereumSender);
    message.bttReceiver !== undefined && (obj.bttReceiver = message.bttReceiver);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<DepositClaim>, I>>(object: I): DepositClaim {
    const message = createBaseDepositClaim();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.ethereumHeight !== undefined && object.ethereumHeight !== null) {
      message.ethereumHeight = BigInt(object.ethereumHeight.toString());
    }
    message.tokenContract = object.tokenContract ?? "";
    message.amount = object.amount ?? "";
    message.ethereumSender = object.ethereumSender ?? "";
    message.bttReceiver = object.bttReceiver ?? "";
    return message;
  }
};
function createBaseBatchExecutedClaim(): BatchExecutedClaim {
  return {
    eventNonce: BigInt(0),
    ethereumHeight: BigInt(0),
    batchNonce: BigInt(0),
    tokenContract: ""
  };
}
export const BatchExecutedClaim = {
  encode(message: BatchExecutedClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.ethereumHeight !== BigInt(0)) {
      writer.uint32(16).uint64(message.ethereumHeight);
    }
    if (message.batchNonce !== BigInt(0)) {
      writer.uint32(24).uint64(message.batchNonce);
    }
    if (message.tokenContract !== "") {
      writer.uint32(34).string(message.tokenContract);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): BatchExecutedClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBatchExecutedClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.ethereumHeight = reader.uint64();
          break;
        case 3:
          message.batchNonce = reader.uint64();
          break;
        case 4:
          message.tokenContract = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): BatchExecutedClaim {
    const obj = createBaseBatchExecutedClaim();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.ethereumHeight)) obj.ethereumHeight = BigInt(object.ethereumHeight.toString());
    if (isSet(object.batchNonce)) obj.batchNonce = BigInt(object.batchNonce.toString());
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    return obj;
  },
  toJSON(message: BatchExecutedClaim): JsonSafe<BatchExecutedClaim> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.ethereumHeight !== undefined && (obj.ethereumHeight = (message.ethereumHeight || BigInt(0)).toString());
    message.batchNonce !== undefined && (obj.batchNonce = (message.batchNonce || BigInt(0)).toString());
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<BatchExecutedClaim>, I>>(object: I): BatchExecutedClaim {
    const message = createBaseBatchExecutedClaim();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.ethereumHeight !== undefined && object.ethereumHeight !== null) {
      message.ethereumHeight = BigInt(object.ethereumHeight.toString());
    }
    if (object.batchNonce !== undefined && object.batchNonce !== null) {
      message.batchNonce = BigInt(object.batchNonce.toString());
    }
    message.tokenContract = object.tokenContract ?? "";
    return message;
  }
};
function createBaseValsetUpdatedClaim(): ValsetUpdatedClaim {
  return {
    eventNonce: BigInt(0),
    ethereumHeight: BigInt(0),
    valsetNonce: BigInt(0),
    members: []
  };
}
export const ValsetUpdatedClaim = {
  encode(message: ValsetUpdatedClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.ethereumHeight !== BigInt(0)) {
      writer.uint32(16).uint64(message.ethereumHeight);
    }
    if (message.valsetNonce !== BigInt(0)) {
      writer.uint32(24).uint64(message.valsetNonce);
    }
    for (const v of message.members) {
      ValsetMember.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ValsetUpdatedClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValsetUpdatedClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.ethereumHeight = reader.uint64();
          break;
        case 3:
          message.valsetNonce = reader.uint64();
          break;
        case 4:
          message.members.push(ValsetMember.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ValsetUpdatedClaim {
    const obj = createBaseValsetUpdatedClaim();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.ethereumHeight)) obj.ethereumHeight = BigInt(object.ethereumHeight.toString());
    if (isSet(object.valsetNonce)) obj.valsetNonce = BigInt(object.valsetNonce.toString());
    if (Array.isArray(object?.members)) obj.members = object.members.map((e: any) => ValsetMember.fromJSON(e));
    return obj;
  },
  toJSON(message: ValsetUpdatedClaim): JsonSafe<ValsetUpdatedClaim> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.ethereumHeight !== undefined && (obj.ethereumHeight = (message.ethereumHeight || BigInt(0)).toString());
    message.valsetNonce !== undefined && (obj.valsetNonce = (message.valsetNonce || BigInt(0)).toString());
    if (message.members) {
      obj.members = message.members.map(e => e ? ValsetMember.toJSON(e) : undefined);
    } else {
      obj.members = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ValsetUpdatedClaim>, I>>(object: I): ValsetUpdatedClaim {
    const message = createBaseValsetUpdatedClaim();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.ethereumHeight !== undefined && object.ethereumHeight !== null) {
      message.ethereumHeight = BigInt(object.ethereumHeight.toString());
    }
    if (object.valsetNonce !== undefined && object.valsetNonce !== null) {
      message.valsetNonce = BigInt(object.valsetNonce.toString());
    }
    message.members = object.members?.map(e => ValsetMember.fromPartial(e)) || [];
    return message;
  }
};
function createBaseClaim(): Claim {
  return {
    deposit: undefined,
    batchExecuted: undefined,
    valsetUpdated: undefined
  };
}
export const Claim = {
  encode(message: Claim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.deposit !== undefined) {
      DepositClaim.encode(message.deposit, writer.uint32(10).fork()).ldelim();
    }
    if (message.batchExecuted !== undefined) {
      BatchExecutedClaim.encode(message.batchExecuted, writer.uint32(18).fork()).ldelim();
    }
    if (message.valsetUpdated !== undefined) {
      ValsetUpdatedClaim.encode(message.valsetUpdated, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Claim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deposit = DepositClaim.decode(reader, reader.uint32());
          break;
        case 2:
          message.batchExecuted = BatchExecutedClaim.decode(reader, reader.uint32());
          break;
        case 3:
          message.valsetUpdated = ValsetUpdatedClaim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Claim {
    const obj = createBaseClaim();
    if (isSet(object.deposit)) obj.deposit = DepositClaim.fromJSON(object.deposit);
    if (isSet(object.batchExecuted)) obj.batchExecuted = BatchExecutedClaim.fromJSON(object.batchExecuted);
    if (isSet(object.valsetUpdated)) obj.valsetUpdated = ValsetUpdatedClaim.fromJSON(object.valsetUpdated);
    return obj;
  },
  toJSON(message: Claim): JsonSafe<Claim> {
    const obj: any = {};
    message.deposit !== undefined && (obj.deposit = message.deposit ? DepositClaim.toJSON(message.deposit) : undefined);
    message.batchExecuted !== undefined && (obj.batchExecuted = message.batchExecuted ? BatchExecutedClaim.toJSON(message.batchExecuted) : undefined);
    message.valsetUpdated !== undefined && (obj.valsetUpdated = message.valsetUpdated ? ValsetUpdatedClaim.toJSON(message.valsetUpdated) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Claim>, I>>(object: I): Claim {
    const message = createBaseClaim();
    if (object.deposit !== undefined && object.deposit !== null) {
      message.deposit = DepositClaim.fromPartial(object.deposit);
    }
    if (object.batchExecuted !== undefined && object.batchExecuted !== null) {
      message.batchExecuted = BatchExecutedClaim.fromPartial(object.batchExecuted);
    }
    if (object.valsetUpdated !== undefined && object.valsetUpdated !== null) {
      message.valsetUpdated = ValsetUpdatedClaim.fromPartial(object.valsetUpdated);
    }
    return message;
  }
};
function createBaseAttestation(): Attestation {
  return {
    eventNonce: BigInt(0),
    claimHash: "",
    claim: Claim.fromPartial({}),
    votes: [],
    observed: false,
    height: BigInt(0)
  };
}
export const Attestation = {
  encode(message: Attestation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.claimHash !== "") {
      writer.uint32(18).string(message.claimHash);
    }
    if (message.claim !== undefined) {
      Claim.encode(message.claim, writer.uint32(26).fork()).ldelim();
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
  decode(input: BinaryReader | Uint8Array, length?: number): Attestation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAttestation();
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
          message.claim = Claim.decode(reader, reader.uint32());
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
  fromJSON(object: any): Attestation {
    const obj = createBaseAttestation();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.claimHash)) obj.claimHash = String(object.claimHash);
    if (isSet(object.claim)) obj.claim = Claim.fromJSON(object.claim);
    if (Array.isArray(object?.votes)) obj.votes = object.votes.map((e: any) => String(e));
    if (isSet(object.observed)) obj.observed = Boolean(object.observed);
    if (isSet(object.height)) obj.height = BigInt(object.height.toString());
    return obj;
  },
  toJSON(message: Attestation): JsonSafe<Attestation> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.claimHash !== undefined && (obj.claimHash = message.claimHash);
    message.claim !== undefined && (obj.claim = message.claim ? Claim.toJSON(message.claim) : undefined);
    if (message.votes) {
      obj.votes = message.votes.map(e => e);
    } else {
      obj.votes = [];
    }
    message.observed !== undefined && (obj.observed = message.observed);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Attestation>, I>>(object: I): Attestation {
    const message = createBaseAttestation();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.claimHash = object.claimHash ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = Claim.fromPartial(object.claim);
    }
    message.votes = object.votes?.map(e => e) || [];
    message.observed = object.observed ?? false;
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height.toString());
    }
    return message;
  }
};
function createBaseTokenDenom(): TokenDenom {
  return {
    tokenContract: "",
    denom: ""
  };
}
export const TokenDenom = {
  encode(message: TokenDenom, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tokenContract !== "") {
      writer.uint32(10).string(message.tokenContract);
    }
    if (message.denom !== "") {
      writer.uint32(18).string(message.denom);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): TokenDenom {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTokenDenom();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tokenContract = reader.string();
          break;
        case 2:
          message.denom = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): TokenDenom {
    const obj = createBaseTokenDenom();
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    return obj;
  },
  toJSON(message: TokenDenom): JsonSafe<TokenDenom> {
    const obj: any = {};
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.denom !== undefined && (obj.denom = message.denom);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<TokenDenom>, I>>(object: I): TokenDenom {
    const message = createBaseTokenDenom();
    message.tokenContract = object.tokenContract ?? "";
    message.denom = object.denom ?? "";
    return message;
  }
};
function createBaseUnclaimableDeposit(): UnclaimableDeposit {
  return {
    eventNonce: BigInt(0),
    deposit: DepositClaim.fromPartial({})
  };
}
export const UnclaimableDeposit = {
  encode(message: UnclaimableDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.eventNonce);
    }
    if (message.deposit !== undefined) {
      DepositClaim.encode(message.deposit, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UnclaimableDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUnclaimableDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.eventNonce = reader.uint64();
          break;
        case 2:
          message.deposit = DepositClaim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): UnclaimableDeposit {
    const obj = createBaseUnclaimableDeposit();
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.deposit)) obj.deposit = DepositClaim.fromJSON(object.deposit);
    return obj;
  },
  toJSON(message: UnclaimableDeposit): JsonSafe<UnclaimableDeposit> {
    const obj: any = {};
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.deposit !== undefined && (obj.deposit = message.deposit ? DepositClaim.toJSON(message.deposit) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<UnclaimableDeposit>, I>>(object: I): UnclaimableDeposit {
    const message = createBaseUnclaimableDeposit();
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    if (object.deposit !== undefined && object.deposit !== null) {
      message.deposit = DepositClaim.fromPartial(object.deposit);
    }
    return message;
  }
};