/* eslint-disable */
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { DepositClaim, BatchExecutedClaim, ValsetUpdatedClaim, Params } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface MsgSetOrchestrator {
  /** operator is the validator operator's account address (the validator is its valoper form). */
  operator: string;
  orchestrator: string;
  ethAddress: string;
  /**
   * eth_signature: 0x-hex 65-byte signature by eth_address over the EIP-191 hash of
   * keccak256(abi.encode(bytes32 bridgeId, bytes32 "setOrchestrator", string validator, string orchestrator)).
   */
  ethSignature: string;
}
export interface MsgSetOrchestratorResponse {}
export interface MsgConfirmValset {
  orchestrator: string;
  nonce: bigint;
  ethSigner: string;
  signature: string;
}
export interface MsgConfirmValsetResponse {}
export interface MsgSendToEthereum {
  sender: string;
  ethDestination: string;
  amount: Coin;
  /** bridge_fee (same denom as amount) goes to the relayer that executes the batch on Ethereum. */
  bridgeFee: Coin;
}
export interface MsgSendToEthereumResponse {
  transferId: bigint;
}
export interface MsgCancelSendToEthereum {
  sender: string;
  transferId: bigint;
}
export interface MsgCancelSendToEthereumResponse {}
export interface MsgRequestBatch {
  sender: string;
  denom: string;
}
export interface MsgRequestBatchResponse {
  batchNonce: bigint;
  tokenContract: string;
}
export interface MsgConfirmBatch {
  orchestrator: string;
  tokenContract: string;
  nonce: bigint;
  ethSigner: string;
  signature: string;
}
export interface MsgConfirmBatchResponse {}
export interface MsgDepositClaim {
  orchestrator: string;
  claim: DepositClaim;
}
export interface MsgBatchExecutedClaim {
  orchestrator: string;
  claim: BatchExecutedClaim;
}
export interface MsgValsetUpdatedClaim {
  orchestrator: string;
  claim: ValsetUpdatedClaim;
}
/**
 * MsgClaimResponse says whether the claim made its attestation observed (≥ 2/3 of bonded power), and whether
 * the claim conflicted with one the same validator attested before for that nonce (it was slashed).
 */
export interface MsgClaimResponse {
  observed: boolean;
  conflicting: boolean;
}
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
export interface MsgReleaseUnclaimableDeposit {
  authority: string;
  /** event_nonce identifies the unclaimable deposit. */
  eventNonce: bigint;
  receiver: string;
}
export interface MsgReleaseUnclaimableDepositResponse {}
/**
 * MsgSetPolkadotOrchestrator registers a validator's Polkadot key. proof is a Substrate ecdsa signature (65 bytes
 * r||s||v, over blake2b_256 of the message, as @polkadot/util-crypto signs) of
 * "btt-bridge:" + bridge_id (params, lowercase) + ":setPolkadotOrchestrator:" + validator.
 */
export interface MsgSetPolkadotOrchestrator {
  validator: string;
  /** polkadot_account: 0x hex AccountId, blake2b_256(public_key). */
  polkadotAccount: string;
  /** key_type: "ecdsa" (33-byte compressed secp256k1 public key). */
  keyType: string;
  publicKey: Uint8Array;
  proof: Uint8Array;
  /**
   * orchestrator: the account that signs the validator's Polkadot claims. It must be the orchestrator of the
   * validator's Ethereum registration when there is one (empty: that one); without one it is required.
   */
  orchestrator: string;
}
export interface MsgSetPolkadotOrchestratorResponse {}
export interface MsgPolkadotDepositClaim {
  orchestrator: string;
  eventNonce: bigint;
  blockNumber: bigint;
  extrinsicIndex: number;
  custodyId: bigint;
  /** sender: 0x hex AccountId. */
  sender: string;
  /** amount in planck. */
  amount: string;
  /** btt_receiver as written in the deposit's remark (may be invalid: the deposit is then held as unclaimable). */
  bttReceiver: string;
}
export interface MsgPolkadotWithdrawalExecutedClaim {
  orchestrator: string;
  eventNonce: bigint;
  blockNumber: bigint;
  withdrawalId: bigint;
  success: boolean;
}
export interface MsgSendToPolkadot {
  sender: string;
  /** destination: an SS58 address (any network prefix; its checksum is checked). */
  destination: string;
  /** amount of bridge/dot/wnd (planck), at least params.polkadot.existential_deposit. */
  amount: Coin;
  /**
   * fee of bridge/dot/wnd (planck), at least params.polkadot.min_withdrawal_fee, paid on top of amount to the
   * fee collector (x/distribution), for the Westend fees the orchestrators pay to approve the multisig call.
   */
  fee: Coin;
}
export interface MsgSendToPolkadotResponse {
  withdrawalId: bigint;
  custodyId: bigint;
}
export interface MsgReleaseUnclaimablePolkadotDeposit {
  authority: string;
  eventNonce: bigint;
  receiver: string;
}
export interface MsgReleaseUnclaimablePolkadotDepositResponse {}
export interface MsgRefundUnclaimablePolkadotDeposit {
  authority: string;
  eventNonce: bigint;
}
export interface MsgRefundUnclaimablePolkadotDepositResponse {
  withdrawalId: bigint;
  custodyId: bigint;
}
function createBaseMsgSetOrchestrator(): MsgSetOrchestrator {
  return {
    operator: "",
    orchestrator: "",
    ethAddress: "",
    ethSignature: ""
  };
}
export const MsgSetOrchestrator = {
  aminoType: "btt/bridge/MsgSetOrchestrator",
  encode(message: MsgSetOrchestrator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.orchestrator !== "") {
      writer.uint32(18).string(message.orchestrator);
    }
    if (message.ethAddress !== "") {
      writer.uint32(26).string(message.ethAddress);
    }
    if (message.ethSignature !== "") {
      writer.uint32(34).string(message.ethSignature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetOrchestrator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetOrchestrator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.orchestrator = reader.string();
          break;
        case 3:
          message.ethAddress = reader.string();
          break;
        case 4:
          message.ethSignature = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSetOrchestrator {
    const obj = createBaseMsgSetOrchestrator();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.ethAddress)) obj.ethAddress = String(object.ethAddress);
    if (isSet(object.ethSignature)) obj.ethSignature = String(object.ethSignature);
    return obj;
  },
  toJSON(message: MsgSetOrchestrator): JsonSafe<MsgSetOrchestrator> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.ethAddress !== undefined && (obj.ethAddress = message.ethAddress);
    message.ethSignature !== undefined && (obj.ethSignature = message.ethSignature);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetOrchestrator>, I>>(object: I): MsgSetOrchestrator {
    const message = createBaseMsgSetOrchestrator();
    message.operator = object.operator ?? "";
    message.orchestrator = object.orchestrator ?? "";
    message.ethAddress = object.ethAddress ?? "";
    message.ethSignature = object.ethSignature ?? "";
    return message;
  }
};
function createBaseMsgSetOrchestratorResponse(): MsgSetOrchestratorResponse {
  return {};
}
export const MsgSetOrchestratorResponse = {
  encode(_: MsgSetOrchestratorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetOrchestratorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetOrchestratorResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgSetOrchestratorResponse {
    const obj = createBaseMsgSetOrchestratorResponse();
    return obj;
  },
  toJSON(_: MsgSetOrchestratorResponse): JsonSafe<MsgSetOrchestratorResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetOrchestratorResponse>, I>>(_: I): MsgSetOrchestratorResponse {
    const message = createBaseMsgSetOrchestratorResponse();
    return message;
  }
};
function createBaseMsgConfirmValset(): MsgConfirmValset {
  return {
    orchestrator: "",
    nonce: BigInt(0),
    ethSigner: "",
    signature: ""
  };
}
export const MsgConfirmValset = {
  aminoType: "btt/bridge/MsgConfirmValset",
  encode(message: MsgConfirmValset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.nonce);
    }
    if (message.ethSigner !== "") {
      writer.uint32(26).string(message.ethSigner);
    }
    if (message.signature !== "") {
      writer.uint32(34).string(message.signature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConfirmValset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConfirmValset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.nonce = reader.uint64();
          break;
        case 3:
          message.ethSigner = reader.string();
          break;
        case 4:
          message.signature = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgConfirmValset {
    const obj = createBaseMsgConfirmValset();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.ethSigner)) obj.ethSigner = String(object.ethSigner);
    if (isSet(object.signature)) obj.signature = String(object.signature);
    return obj;
  },
  toJSON(message: MsgConfirmValset): JsonSafe<MsgConfirmValset> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.ethSigner !== undefined && (obj.ethSigner = message.ethSigner);
    message.signature !== undefined && (obj.signature = message.signature);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConfirmValset>, I>>(object: I): MsgConfirmValset {
    const message = createBaseMsgConfirmValset();
    message.orchestrator = object.orchestrator ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.ethSigner = object.ethSigner ?? "";
    message.signature = object.signature ?? "";
    return message;
  }
};
function createBaseMsgConfirmValsetResponse(): MsgConfirmValsetResponse {
  return {};
}
export const MsgConfirmValsetResponse = {
  encode(_: MsgConfirmValsetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConfirmValsetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConfirmValsetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgConfirmValsetResponse {
    const obj = createBaseMsgConfirmValsetResponse();
    return obj;
  },
  toJSON(_: MsgConfirmValsetResponse): JsonSafe<MsgConfirmValsetResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConfirmValsetResponse>, I>>(_: I): MsgConfirmValsetResponse {
    const message = createBaseMsgConfirmValsetResponse();
    return message;
  }
};
function createBaseMsgSendToEthereum(): MsgSendToEthereum {
  return {
    sender: "",
    ethDestination: "",
    amount: Coin.fromPartial({}),
    bridgeFee: Coin.fromPartial({})
  };
}
export const MsgSendToEthereum = {
  aminoType: "btt/bridge/MsgSendToEthereum",
  encode(message: MsgSendToEthereum, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.ethDestination !== "") {
      writer.uint32(18).string(message.ethDestination);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(26).fork()).ldelim();
    }
    if (message.bridgeFee !== undefined) {
      Coin.encode(message.bridgeFee, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSendToEthereum {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSendToEthereum();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.ethDestination = reader.string();
          break;
        case 3:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 4:
          message.bridgeFee = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSendToEthereum {
    const obj = createBaseMsgSendToEthereum();
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.ethDestination)) obj.ethDestination = String(object.ethDestination);
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    if (isSet(object.bridgeFee)) obj.bridgeFee = Coin.fromJSON(object.bridgeFee);
    return obj;
  },
  toJSON(message: MsgSendToEthereum): JsonSafe<MsgSendToEthereum> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.ethDestination !== undefined && (obj.ethDestination = message.ethDestination);
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    message.bridgeFee !== undefined && (obj.bridgeFee = message.bridgeFee ? Coin.toJSON(message.bridgeFee) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSendToEthereum>, I>>(object: I): MsgSendToEthereum {
    const message = createBaseMsgSendToEthereum();
    message.sender = object.sender ?? "";
    message.ethDestination = object.ethDestination ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    if (object.bridgeFee !== undefined && object.bridgeFee !== null) {
      message.bridgeFee = Coin.fromPartial(object.bridgeFee);
    }
    return message;
  }
};
function createBaseMsgSendToEthereumResponse(): MsgSendToEthereumResponse {
  return {
    transferId: BigInt(0)
  };
}
export const MsgSendToEthereumResponse = {
  encode(message: MsgSendToEthereumResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.transferId !== BigInt(0)) {
      writer.uint32(8).uint64(message.transferId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSendToEthereumResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSendToEthereumResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.transferId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSendToEthereumResponse {
    const obj = createBaseMsgSendToEthereumResponse();
    if (isSet(object.transferId)) obj.transferId = BigInt(object.transferId.toString());
    return obj;
  },
  toJSON(message: MsgSendToEthereumResponse): JsonSafe<MsgSendToEthereumResponse> {
    const obj: any = {};
    message.transferId !== undefined && (obj.transferId = (message.transferId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSendToEthereumResponse>, I>>(object: I): MsgSendToEthereumResponse {
    const message = createBaseMsgSendToEthereumResponse();
    if (object.transferId !== undefined && object.transferId !== null) {
      message.transferId = BigInt(object.transferId.toString());
    }
    return message;
  }
};
function createBaseMsgCancelSendToEthereum(): MsgCancelSendToEthereum {
  return {
    sender: "",
    transferId: BigInt(0)
  };
}
export const MsgCancelSendToEthereum = {
  aminoType: "btt/bridge/MsgCancelSendToEthereum",
  encode(message: MsgCancelSendToEthereum, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.transferId !== BigInt(0)) {
      writer.uint32(16).uint64(message.transferId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelSendToEthereum {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelSendToEthereum();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.transferId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCancelSendToEthereum {
    const obj = createBaseMsgCancelSendToEthereum();
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.transferId)) obj.transferId = BigInt(object.transferId.toString());
    return obj;
  },
  toJSON(message: MsgCancelSendToEthereum): JsonSafe<MsgCancelSendToEthereum> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.transferId !== undefined && (obj.transferId = (message.transferId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCancelSendToEthereum>, I>>(object: I): MsgCancelSendToEthereum {
    const message = createBaseMsgCancelSendToEthereum();
    message.sender = object.sender ?? "";
    if (object.transferId !== undefined && object.transferId !== null) {
      message.transferId = BigInt(object.transferId.toString());
    }
    return message;
  }
};
function createBaseMsgCancelSendToEthereumResponse(): MsgCancelSendToEthereumResponse {
  return {};
}
export const MsgCancelSendToEthereumResponse = {
  encode(_: MsgCancelSendToEthereumResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelSendToEthereumResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelSendToEthereumResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgCancelSendToEthereumResponse {
    const obj = createBaseMsgCancelSendToEthereumResponse();
    return obj;
  },
  toJSON(_: MsgCancelSendToEthereumResponse): JsonSafe<MsgCancelSendToEthereumResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCancelSendToEthereumResponse>, I>>(_: I): MsgCancelSendToEthereumResponse {
    const message = createBaseMsgCancelSendToEthereumResponse();
    return message;
  }
};
function createBaseMsgRequestBatch(): MsgRequestBatch {
  return {
    sender: "",
    denom: ""
  };
}
export const MsgRequestBatch = {
  aminoType: "btt/bridge/MsgRequestBatch",
  encode(message: MsgRequestBatch, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.denom !== "") {
      writer.uint32(18).string(message.denom);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRequestBatch {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRequestBatch();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
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
  fromJSON(object: any): MsgRequestBatch {
    const obj = createBaseMsgRequestBatch();
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.denom)) obj.denom = String(object.denom);
    return obj;
  },
  toJSON(message: MsgRequestBatch): JsonSafe<MsgRequestBatch> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.denom !== undefined && (obj.denom = message.denom);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRequestBatch>, I>>(object: I): MsgRequestBatch {
    const message = createBaseMsgRequestBatch();
    message.sender = object.sender ?? "";
    message.denom = object.denom ?? "";
    return message;
  }
};
function createBaseMsgRequestBatchResponse(): MsgRequestBatchResponse {
  return {
    batchNonce: BigInt(0),
    tokenContract: ""
  };
}
export const MsgRequestBatchResponse = {
  encode(message: MsgRequestBatchResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.batchNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.batchNonce);
    }
    if (message.tokenContract !== "") {
      writer.uint32(18).string(message.tokenContract);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRequestBatchResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRequestBatchResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.batchNonce = reader.uint64();
          break;
        case 2:
          message.tokenContract = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRequestBatchResponse {
    const obj = createBaseMsgRequestBatchResponse();
    if (isSet(object.batchNonce)) obj.batchNonce = BigInt(object.batchNonce.toString());
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    return obj;
  },
  toJSON(message: MsgRequestBatchResponse): JsonSafe<MsgRequestBatchResponse> {
    const obj: any = {};
    message.batchNonce !== undefined && (obj.batchNonce = (message.batchNonce || BigInt(0)).toString());
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRequestBatchResponse>, I>>(object: I): MsgRequestBatchResponse {
    const message = createBaseMsgRequestBatchResponse();
    if (object.batchNonce !== undefined && object.batchNonce !== null) {
      message.batchNonce = BigInt(object.batchNonce.toString());
    }
    message.tokenContract = object.tokenContract ?? "";
    return message;
  }
};
function createBaseMsgConfirmBatch(): MsgConfirmBatch {
  return {
    orchestrator: "",
    tokenContract: "",
    nonce: BigInt(0),
    ethSigner: "",
    signature: ""
  };
}
export const MsgConfirmBatch = {
  aminoType: "btt/bridge/MsgConfirmBatch",
  encode(message: MsgConfirmBatch, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.tokenContract !== "") {
      writer.uint32(18).string(message.tokenContract);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(24).uint64(message.nonce);
    }
    if (message.ethSigner !== "") {
      writer.uint32(34).string(message.ethSigner);
    }
    if (message.signature !== "") {
      writer.uint32(42).string(message.signature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConfirmBatch {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConfirmBatch();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.tokenContract = reader.string();
          break;
        case 3:
          message.nonce = reader.uint64();
          break;
        case 4:
          message.ethSigner = reader.string();
          break;
        case 5:
          message.signature = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgConfirmBatch {
    const obj = createBaseMsgConfirmBatch();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.tokenContract)) obj.tokenContract = String(object.tokenContract);
    if (isSet(object.nonce)) obj.nonce = BigInt(object.nonce.toString());
    if (isSet(object.ethSigner)) obj.ethSigner = String(object.ethSigner);
    if (isSet(object.signature)) obj.signature = String(object.signature);
    return obj;
  },
  toJSON(message: MsgConfirmBatch): JsonSafe<MsgConfirmBatch> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.tokenContract !== undefined && (obj.tokenContract = message.tokenContract);
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.ethSigner !== undefined && (obj.ethSigner = message.ethSigner);
    message.signature !== undefined && (obj.signature = message.signature);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConfirmBatch>, I>>(object: I): MsgConfirmBatch {
    const message = createBaseMsgConfirmBatch();
    message.orchestrator = object.orchestrator ?? "";
    message.tokenContract = object.tokenContract ?? "";
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    message.ethSigner = object.ethSigner ?? "";
    message.signature = object.signature ?? "";
    return message;
  }
};
function createBaseMsgConfirmBatchResponse(): MsgConfirmBatchResponse {
  return {};
}
export const MsgConfirmBatchResponse = {
  encode(_: MsgConfirmBatchResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgConfirmBatchResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgConfirmBatchResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgConfirmBatchResponse {
    const obj = createBaseMsgConfirmBatchResponse();
    return obj;
  },
  toJSON(_: MsgConfirmBatchResponse): JsonSafe<MsgConfirmBatchResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgConfirmBatchResponse>, I>>(_: I): MsgConfirmBatchResponse {
    const message = createBaseMsgConfirmBatchResponse();
    return message;
  }
};
function createBaseMsgDepositClaim(): MsgDepositClaim {
  return {
    orchestrator: "",
    claim: DepositClaim.fromPartial({})
  };
}
export const MsgDepositClaim = {
  aminoType: "btt/bridge/MsgDepositClaim",
  encode(message: MsgDepositClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.claim !== undefined) {
      DepositClaim.encode(message.claim, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDepositClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDepositClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.claim = DepositClaim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgDepositClaim {
    const obj = createBaseMsgDepositClaim();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.claim)) obj.claim = DepositClaim.fromJSON(object.claim);
    return obj;
  },
  toJSON(message: MsgDepositClaim): JsonSafe<MsgDepositClaim> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.claim !== undefined && (obj.claim = message.claim ? DepositClaim.toJSON(message.claim) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgDepositClaim>, I>>(object: I): MsgDepositClaim {
    const message = createBaseMsgDepositClaim();
    message.orchestrator = object.orchestrator ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = DepositClaim.fromPartial(object.claim);
    }
    return message;
  }
};
function createBaseMsgBatchExecutedClaim(): MsgBatchExecutedClaim {
  return {
    orchestrator: "",
    claim: BatchExecutedClaim.fromPartial({})
  };
}
export const MsgBatchExecutedClaim = {
  aminoType: "btt/bridge/MsgBatchExecutedClaim",
  encode(message: MsgBatchExecutedClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.claim !== undefined) {
      BatchExecutedClaim.encode(message.claim, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgBatchExecutedClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgBatchExecutedClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.claim = BatchExecutedClaim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgBatchExecutedClaim {
    const obj = createBaseMsgBatchExecutedClaim();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.claim)) obj.claim = BatchExecutedClaim.fromJSON(object.claim);
    return obj;
  },
  toJSON(message: MsgBatchExecutedClaim): JsonSafe<MsgBatchExecutedClaim> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.claim !== undefined && (obj.claim = message.claim ? BatchExecutedClaim.toJSON(message.claim) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgBatchExecutedClaim>, I>>(object: I): MsgBatchExecutedClaim {
    const message = createBaseMsgBatchExecutedClaim();
    message.orchestrator = object.orchestrator ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = BatchExecutedClaim.fromPartial(object.claim);
    }
    return message;
  }
};
function createBaseMsgValsetUpdatedClaim(): MsgValsetUpdatedClaim {
  return {
    orchestrator: "",
    claim: ValsetUpdatedClaim.fromPartial({})
  };
}
export const MsgValsetUpdatedClaim = {
  aminoType: "btt/bridge/MsgValsetUpdatedClaim",
  encode(message: MsgValsetUpdatedClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.claim !== undefined) {
      ValsetUpdatedClaim.encode(message.claim, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgValsetUpdatedClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgValsetUpdatedClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.claim = ValsetUpdatedClaim.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgValsetUpdatedClaim {
    const obj = createBaseMsgValsetUpdatedClaim();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.claim)) obj.claim = ValsetUpdatedClaim.fromJSON(object.claim);
    return obj;
  },
  toJSON(message: MsgValsetUpdatedClaim): JsonSafe<MsgValsetUpdatedClaim> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.claim !== undefined && (obj.claim = message.claim ? ValsetUpdatedClaim.toJSON(message.claim) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgValsetUpdatedClaim>, I>>(object: I): MsgValsetUpdatedClaim {
    const message = createBaseMsgValsetUpdatedClaim();
    message.orchestrator = object.orchestrator ?? "";
    if (object.claim !== undefined && object.claim !== null) {
      message.claim = ValsetUpdatedClaim.fromPartial(object.claim);
    }
    return message;
  }
};
function createBaseMsgClaimResponse(): MsgClaimResponse {
  return {
    observed: false,
    conflicting: false
  };
}
export const MsgClaimResponse = {
  encode(message: MsgClaimResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.observed === true) {
      writer.uint32(8).bool(message.observed);
    }
    if (message.conflicting === true) {
      writer.uint32(16).bool(message.conflicting);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgClaimResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgClaimResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.observed = reader.bool();
          break;
        case 2:
          message.conflicting = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgClaimResponse {
    const obj = createBaseMsgClaimResponse();
    if (isSet(object.observed)) obj.observed = Boolean(object.observed);
    if (isSet(object.conflicting)) obj.conflicting = Boolean(object.conflicting);
    return obj;
  },
  toJSON(message: MsgClaimResponse): JsonSafe<MsgClaimResponse> {
    const obj: any = {};
    message.observed !== undefined && (obj.observed = message.observed);
    message.conflicting !== undefined && (obj.conflicting = message.conflicting);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgClaimResponse>, I>>(object: I): MsgClaimResponse {
    const message = createBaseMsgClaimResponse();
    message.observed = object.observed ?? false;
    message.conflicting = object.conflicting ?? false;
    return message;
  }
};
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: Params.fromPartial({})
  };
}
export const MsgUpdateParams = {
  aminoType: "btt/bridge/MsgUpdateParams",
  encode(message: MsgUpdateParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateParams {
    const obj = createBaseMsgUpdateParams();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    return obj;
  },
  toJSON(message: MsgUpdateParams): JsonSafe<MsgUpdateParams> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateParams>, I>>(object: I): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    message.authority = object.authority ?? "";
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  encode(_: MsgUpdateParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgUpdateParamsResponse {
    const obj = createBaseMsgUpdateParamsResponse();
    return obj;
  },
  toJSON(_: MsgUpdateParamsResponse): JsonSafe<MsgUpdateParamsResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateParamsResponse>, I>>(_: I): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  }
};
function createBaseMsgReleaseUnclaimableDeposit(): MsgReleaseUnclaimableDeposit {
  return {
    authority: "",
    eventNonce: BigInt(0),
    receiver: ""
  };
}
export const MsgReleaseUnclaimableDeposit = {
  aminoType: "btt/bridge/MsgReleaseUnclaimableDeposit",
  encode(message: MsgReleaseUnclaimableDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    if (message.receiver !== "") {
      writer.uint32(26).string(message.receiver);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReleaseUnclaimableDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReleaseUnclaimableDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.eventNonce = reader.uint64();
          break;
        case 3:
          message.receiver = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgReleaseUnclaimableDeposit {
    const obj = createBaseMsgReleaseUnclaimableDeposit();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.receiver)) obj.receiver = String(object.receiver);
    return obj;
  },
  toJSON(message: MsgReleaseUnclaimableDeposit): JsonSafe<MsgReleaseUnclaimableDeposit> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.receiver !== undefined && (obj.receiver = message.receiver);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgReleaseUnclaimableDeposit>, I>>(object: I): MsgReleaseUnclaimableDeposit {
    const message = createBaseMsgReleaseUnclaimableDeposit();
    message.authority = object.authority ?? "";
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.receiver = object.receiver ?? "";
    return message;
  }
};
function createBaseMsgReleaseUnclaimableDepositResponse(): MsgReleaseUnclaimableDepositResponse {
  return {};
}
export const MsgReleaseUnclaimableDepositResponse = {
  encode(_: MsgReleaseUnclaimableDepositResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReleaseUnclaimableDepositResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReleaseUnclaimableDepositResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgReleaseUnclaimableDepositResponse {
    const obj = createBaseMsgReleaseUnclaimableDepositResponse();
    return obj;
  },
  toJSON(_: MsgReleaseUnclaimableDepositResponse): JsonSafe<MsgReleaseUnclaimableDepositResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgReleaseUnclaimableDepositResponse>, I>>(_: I): MsgReleaseUnclaimableDepositResponse {
    const message = createBaseMsgReleaseUnclaimableDepositResponse();
    return message;
  }
};
function createBaseMsgSetPolkadotOrchestrator(): MsgSetPolkadotOrchestrator {
  return {
    validator: "",
    polkadotAccount: "",
    keyType: "",
    publicKey: new Uint8Array(),
    proof: new Uint8Array(),
    orchestrator: ""
  };
}
export const MsgSetPolkadotOrchestrator = {
  aminoType: "btt/bridge/MsgSetPolkadotOrchestrator",
  encode(message: MsgSetPolkadotOrchestrator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validator !== "") {
      writer.uint32(10).string(message.validator);
    }
    if (message.polkadotAccount !== "") {
      writer.uint32(18).string(message.polkadotAccount);
    }
    if (message.keyType !== "") {
      writer.uint32(26).string(message.keyType);
    }
    if (message.publicKey.length !== 0) {
      writer.uint32(34).bytes(message.publicKey);
    }
    if (message.proof.length !== 0) {
      writer.uint32(42).bytes(message.proof);
    }
    if (message.orchestrator !== "") {
      writer.uint32(50).string(message.orchestrator);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetPolkadotOrchestrator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetPolkadotOrchestrator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validator = reader.string();
          break;
        case 2:
          message.polkadotAccount = reader.string();
          break;
        case 3:
          message.keyType = reader.string();
          break;
        case 4:
          message.publicKey = reader.bytes();
          break;
        case 5:
          message.proof = reader.bytes();
          break;
        case 6:
          message.orchestrator = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSetPolkadotOrchestrator {
    const obj = createBaseMsgSetPolkadotOrchestrator();
    if (isSet(object.validator)) obj.validator = String(object.validator);
    if (isSet(object.polkadotAccount)) obj.polkadotAccount = String(object.polkadotAccount);
    if (isSet(object.keyType)) obj.keyType = String(object.keyType);
    if (isSet(object.publicKey)) obj.publicKey = bytesFromBase64(object.publicKey);
    if (isSet(object.proof)) obj.proof = bytesFromBase64(object.proof);
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    return obj;
  },
  toJSON(message: MsgSetPolkadotOrchestrator): JsonSafe<MsgSetPolkadotOrchestrator> {
    const obj: any = {};
    message.validator !== undefined && (obj.validator = message.validator);
    message.polkadotAccount !== undefined && (obj.polkadotAccount = message.polkadotAccount);
    message.keyType !== undefined && (obj.keyType = message.keyType);
    message.publicKey !== undefined && (obj.publicKey = base64FromBytes(message.publicKey !== undefined ? message.publicKey : new Uint8Array()));
    message.proof !== undefined && (obj.proof = base64FromBytes(message.proof !== undefined ? message.proof : new Uint8Array()));
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetPolkadotOrchestrator>, I>>(object: I): MsgSetPolkadotOrchestrator {
    const message = createBaseMsgSetPolkadotOrchestrator();
    message.validator = object.validator ?? "";
    message.polkadotAccount = object.polkadotAccount ?? "";
    message.keyType = object.keyType ?? "";
    message.publicKey = object.publicKey ?? new Uint8Array();
    message.proof = object.proof ?? new Uint8Array();
    message.orchestrator = object.orchestrator ?? "";
    return message;
  }
};
function createBaseMsgSetPolkadotOrchestratorResponse(): MsgSetPolkadotOrchestratorResponse {
  return {};
}
export const MsgSetPolkadotOrchestratorResponse = {
  encode(_: MsgSetPolkadotOrchestratorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetPolkadotOrchestratorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetPolkadotOrchestratorResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgSetPolkadotOrchestratorResponse {
    const obj = createBaseMsgSetPolkadotOrchestratorResponse();
    return obj;
  },
  toJSON(_: MsgSetPolkadotOrchestratorResponse): JsonSafe<MsgSetPolkadotOrchestratorResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetPolkadotOrchestratorResponse>, I>>(_: I): MsgSetPolkadotOrchestratorResponse {
    const message = createBaseMsgSetPolkadotOrchestratorResponse();
    return message;
  }
};
function createBaseMsgPolkadotDepositClaim(): MsgPolkadotDepositClaim {
  return {
    orchestrator: "",
    eventNonce: BigInt(0),
    blockNumber: BigInt(0),
    extrinsicIndex: 0,
    custodyId: BigInt(0),
    sender: "",
    amount: "",
    bttReceiver: ""
  };
}
export const MsgPolkadotDepositClaim = {
  aminoType: "btt/bridge/MsgPolkadotDepositClaim",
  encode(message: MsgPolkadotDepositClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    if (message.blockNumber !== BigInt(0)) {
      writer.uint32(24).uint64(message.blockNumber);
    }
    if (message.extrinsicIndex !== 0) {
      writer.uint32(32).uint32(message.extrinsicIndex);
    }
    if (message.custodyId !== BigInt(0)) {
      writer.uint32(40).uint64(message.custodyId);
    }
    if (message.sender !== "") {
      writer.uint32(50).string(message.sender);
    }
    if (message.amount !== "") {
      writer.uint32(58).string(message.amount);
    }
    if (message.bttReceiver !== "") {
      writer.uint32(66).string(message.bttReceiver);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPolkadotDepositClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPolkadotDepositClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.eventNonce = reader.uint64();
          break;
        case 3:
          message.blockNumber = reader.uint64();
          break;
        case 4:
          message.extrinsicIndex = reader.uint32();
          break;
        case 5:
          message.custodyId = reader.uint64();
          break;
        case 6:
          message.sender = reader.string();
          break;
        case 7:
          message.amount = reader.string();
          break;
        case 8:
          message.bttReceiver = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPolkadotDepositClaim {
    const obj = createBaseMsgPolkadotDepositClaim();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.blockNumber)) obj.blockNumber = BigInt(object.blockNumber.toString());
    if (isSet(object.extrinsicIndex)) obj.extrinsicIndex = Number(object.extrinsicIndex);
    if (isSet(object.custodyId)) obj.custodyId = BigInt(object.custodyId.toString());
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.bttReceiver)) obj.bttReceiver = String(object.bttReceiver);
    return obj;
  },
  toJSON(message: MsgPolkadotDepositClaim): JsonSafe<MsgPolkadotDepositClaim> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.blockNumber !== undefined && (obj.blockNumber = (message.blockNumber || BigInt(0)).toString());
    message.extrinsicIndex !== undefined && (obj.extrinsicIndex = Math.round(message.extrinsicIndex));
    message.custodyId !== undefined && (obj.custodyId = (message.custodyId || BigInt(0)).toString());
    message.sender !== undefined && (obj.sender = message.sender);
    message.amount !== undefined && (obj.amount = message.amount);
    message.bttReceiver !== undefined && (obj.bttReceiver = message.bttReceiver);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPolkadotDepositClaim>, I>>(object: I): MsgPolkadotDepositClaim {
    const message = createBaseMsgPolkadotDepositClaim();
    message.orchestrator = object.orchestrator ?? "";
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
function createBaseMsgPolkadotWithdrawalExecutedClaim(): MsgPolkadotWithdrawalExecutedClaim {
  return {
    orchestrator: "",
    eventNonce: BigInt(0),
    blockNumber: BigInt(0),
    withdrawalId: BigInt(0),
    success: false
  };
}
export const MsgPolkadotWithdrawalExecutedClaim = {
  aminoType: "btt/bridge/MsgPolkadotWithdrawalExecutedClaim",
  encode(message: MsgPolkadotWithdrawalExecutedClaim, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orchestrator !== "") {
      writer.uint32(10).string(message.orchestrator);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    if (message.blockNumber !== BigInt(0)) {
      writer.uint32(24).uint64(message.blockNumber);
    }
    if (message.withdrawalId !== BigInt(0)) {
      writer.uint32(32).uint64(message.withdrawalId);
    }
    if (message.success === true) {
      writer.uint32(40).bool(message.success);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPolkadotWithdrawalExecutedClaim {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPolkadotWithdrawalExecutedClaim();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orchestrator = reader.string();
          break;
        case 2:
          message.eventNonce = reader.uint64();
          break;
        case 3:
          message.blockNumber = reader.uint64();
          break;
        case 4:
          message.withdrawalId = reader.uint64();
          break;
        case 5:
          message.success = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPolkadotWithdrawalExecutedClaim {
    const obj = createBaseMsgPolkadotWithdrawalExecutedClaim();
    if (isSet(object.orchestrator)) obj.orchestrator = String(object.orchestrator);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.blockNumber)) obj.blockNumber = BigInt(object.blockNumber.toString());
    if (isSet(object.withdrawalId)) obj.withdrawalId = BigInt(object.withdrawalId.toString());
    if (isSet(object.success)) obj.success = Boolean(object.success);
    return obj;
  },
  toJSON(message: MsgPolkadotWithdrawalExecutedClaim): JsonSafe<MsgPolkadotWithdrawalExecutedClaim> {
    const obj: any = {};
    message.orchestrator !== undefined && (obj.orchestrator = message.orchestrator);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.blockNumber !== undefined && (obj.blockNumber = (message.blockNumber || BigInt(0)).toString());
    message.withdrawalId !== undefined && (obj.withdrawalId = (message.withdrawalId || BigInt(0)).toString());
    message.success !== undefined && (obj.success = message.success);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgPolkadotWithdrawalExecutedClaim>, I>>(object: I): MsgPolkadotWithdrawalExecutedClaim {
    const message = createBaseMsgPolkadotWithdrawalExecutedClaim();
    message.orchestrator = object.orchestrator ?? "";
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
function createBaseMsgSendToPolkadot(): MsgSendToPolkadot {
  return {
    sender: "",
    destination: "",
    amount: Coin.fromPartial({}),
    fee: Coin.fromPartial({})
  };
}
export const MsgSendToPolkadot = {
  aminoType: "btt/bridge/MsgSendToPolkadot",
  encode(message: MsgSendToPolkadot, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.destination !== "") {
      writer.uint32(18).string(message.destination);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(26).fork()).ldelim();
    }
    if (message.fee !== undefined) {
      Coin.encode(message.fee, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSendToPolkadot {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSendToPolkadot();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.destination = reader.string();
          break;
        case 3:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 4:
          message.fee = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSendToPolkadot {
    const obj = createBaseMsgSendToPolkadot();
    if (isSet(object.sender)) obj.sender = String(object.sender);
    if (isSet(object.destination)) obj.destination = String(object.destination);
    if (isSet(object.amount)) obj.amount = Coin.fromJSON(object.amount);
    if (isSet(object.fee)) obj.fee = Coin.fromJSON(object.fee);
    return obj;
  },
  toJSON(message: MsgSendToPolkadot): JsonSafe<MsgSendToPolkadot> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.destination !== undefined && (obj.destination = message.destination);
    message.amount !== undefined && (obj.amount = message.amount ? Coin.toJSON(message.amount) : undefined);
    message.fee !== undefined && (obj.fee = message.fee ? Coin.toJSON(message.fee) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSendToPolkadot>, I>>(object: I): MsgSendToPolkadot {
    const message = createBaseMsgSendToPolkadot();
    message.sender = object.sender ?? "";
    message.destination = object.destination ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    if (object.fee !== undefined && object.fee !== null) {
      message.fee = Coin.fromPartial(object.fee);
    }
    return message;
  }
};
function createBaseMsgSendToPolkadotResponse(): MsgSendToPolkadotResponse {
  return {
    withdrawalId: BigInt(0),
    custodyId: BigInt(0)
  };
}
export const MsgSendToPolkadotResponse = {
  encode(message: MsgSendToPolkadotResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.withdrawalId);
    }
    if (message.custodyId !== BigInt(0)) {
      writer.uint32(16).uint64(message.custodyId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSendToPolkadotResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSendToPolkadotResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawalId = reader.uint64();
          break;
        case 2:
          message.custodyId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSendToPolkadotResponse {
    const obj = createBaseMsgSendToPolkadotResponse();
    if (isSet(object.withdrawalId)) obj.withdrawalId = BigInt(object.withdrawalId.toString());
    if (isSet(object.custodyId)) obj.custodyId = BigInt(object.custodyId.toString());
    return obj;
  },
  toJSON(message: MsgSendToPolkadotResponse): JsonSafe<MsgSendToPolkadotResponse> {
    const obj: any = {};
    message.withdrawalId !== undefined && (obj.withdrawalId = (message.withdrawalId || BigInt(0)).toString());
    message.custodyId !== undefined && (obj.custodyId = (message.custodyId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSendToPolkadotResponse>, I>>(object: I): MsgSendToPolkadotResponse {
    const message = createBaseMsgSendToPolkadotResponse();
    if (object.withdrawalId !== undefined && object.withdrawalId !== null) {
      message.withdrawalId = BigInt(object.withdrawalId.toString());
    }
    if (object.custodyId !== undefined && object.custodyId !== null) {
      message.custodyId = BigInt(object.custodyId.toString());
    }
    return message;
  }
};
function createBaseMsgReleaseUnclaimablePolkadotDeposit(): MsgReleaseUnclaimablePolkadotDeposit {
  return {
    authority: "",
    eventNonce: BigInt(0),
    receiver: ""
  };
}
export const MsgReleaseUnclaimablePolkadotDeposit = {
  aminoType: "btt/bridge/MsgReleaseUnclaimablePolkadotDeposit",
  encode(message: MsgReleaseUnclaimablePolkadotDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    if (message.receiver !== "") {
      writer.uint32(26).string(message.receiver);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReleaseUnclaimablePolkadotDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReleaseUnclaimablePolkadotDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.eventNonce = reader.uint64();
          break;
        case 3:
          message.receiver = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgReleaseUnclaimablePolkadotDeposit {
    const obj = createBaseMsgReleaseUnclaimablePolkadotDeposit();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    if (isSet(object.receiver)) obj.receiver = String(object.receiver);
    return obj;
  },
  toJSON(message: MsgReleaseUnclaimablePolkadotDeposit): JsonSafe<MsgReleaseUnclaimablePolkadotDeposit> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    message.receiver !== undefined && (obj.receiver = message.receiver);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgReleaseUnclaimablePolkadotDeposit>, I>>(object: I): MsgReleaseUnclaimablePolkadotDeposit {
    const message = createBaseMsgReleaseUnclaimablePolkadotDeposit();
    message.authority = object.authority ?? "";
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    message.receiver = object.receiver ?? "";
    return message;
  }
};
function createBaseMsgReleaseUnclaimablePolkadotDepositResponse(): MsgReleaseUnclaimablePolkadotDepositResponse {
  return {};
}
export const MsgReleaseUnclaimablePolkadotDepositResponse = {
  encode(_: MsgReleaseUnclaimablePolkadotDepositResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReleaseUnclaimablePolkadotDepositResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReleaseUnclaimablePolkadotDepositResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): MsgReleaseUnclaimablePolkadotDepositResponse {
    const obj = createBaseMsgReleaseUnclaimablePolkadotDepositResponse();
    return obj;
  },
  toJSON(_: MsgReleaseUnclaimablePolkadotDepositResponse): JsonSafe<MsgReleaseUnclaimablePolkadotDepositResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgReleaseUnclaimablePolkadotDepositResponse>, I>>(_: I): MsgReleaseUnclaimablePolkadotDepositResponse {
    const message = createBaseMsgReleaseUnclaimablePolkadotDepositResponse();
    return message;
  }
};
function createBaseMsgRefundUnclaimablePolkadotDeposit(): MsgRefundUnclaimablePolkadotDeposit {
  return {
    authority: "",
    eventNonce: BigInt(0)
  };
}
export const MsgRefundUnclaimablePolkadotDeposit = {
  aminoType: "btt/bridge/MsgRefundUnclaimablePolkadotDeposit",
  encode(message: MsgRefundUnclaimablePolkadotDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.eventNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.eventNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRefundUnclaimablePolkadotDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRefundUnclaimablePolkadotDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
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
  fromJSON(object: any): MsgRefundUnclaimablePolkadotDeposit {
    const obj = createBaseMsgRefundUnclaimablePolkadotDeposit();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.eventNonce)) obj.eventNonce = BigInt(object.eventNonce.toString());
    return obj;
  },
  toJSON(message: MsgRefundUnclaimablePolkadotDeposit): JsonSafe<MsgRefundUnclaimablePolkadotDeposit> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.eventNonce !== undefined && (obj.eventNonce = (message.eventNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRefundUnclaimablePolkadotDeposit>, I>>(object: I): MsgRefundUnclaimablePolkadotDeposit {
    const message = createBaseMsgRefundUnclaimablePolkadotDeposit();
    message.authority = object.authority ?? "";
    if (object.eventNonce !== undefined && object.eventNonce !== null) {
      message.eventNonce = BigInt(object.eventNonce.toString());
    }
    return message;
  }
};
function createBaseMsgRefundUnclaimablePolkadotDepositResponse(): MsgRefundUnclaimablePolkadotDepositResponse {
  return {
    withdrawalId: BigInt(0),
    custodyId: BigInt(0)
  };
}
export const MsgRefundUnclaimablePolkadotDepositResponse = {
  encode(message: MsgRefundUnclaimablePolkadotDepositResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.withdrawalId);
    }
    if (message.custodyId !== BigInt(0)) {
      writer.uint32(16).uint64(message.custodyId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRefundUnclaimablePolkadotDepositResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRefundUnclaimablePolkadotDepositResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawalId = reader.uint64();
          break;
        case 2:
          message.custodyId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRefundUnclaimablePolkadotDepositResponse {
    const obj = createBaseMsgRefundUnclaimablePolkadotDepositResponse();
    if (isSet(object.withdrawalId)) obj.withdrawalId = BigInt(object.withdrawalId.toString());
    if (isSet(object.custodyId)) obj.custodyId = BigInt(object.custodyId.toString());
    return obj;
  },
  toJSON(message: MsgRefundUnclaimablePolkadotDepositResponse): JsonSafe<MsgRefundUnclaimablePolkadotDepositResponse> {
    const obj: any = {};
    message.withdrawalId !== undefined && (obj.withdrawalId = (message.withdrawalId || BigInt(0)).toString());
    message.custodyId !== undefined && (obj.custodyId = (message.custodyId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRefundUnclaimablePolkadotDepositResponse>, I>>(object: I): MsgRefundUnclaimablePolkadotDepositResponse {
    const message = createBaseMsgRefundUnclaimablePolkadotDepositResponse();
    if (object.withdrawalId !== undefined && object.withdrawalId !== null) {
      message.withdrawalId = BigInt(object.withdrawalId.toString());
    }
    if (object.custodyId !== undefined && object.custodyId !== null) {
      message.custodyId = BigInt(object.custodyId.toString());
    }
    return message;
  }
};