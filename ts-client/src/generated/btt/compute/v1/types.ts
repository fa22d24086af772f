/* eslint-disable */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact, bytesFromBase64, base64FromBytes } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
import { Decimal } from "@cosmjs/math";
/** NodeClass is the kind of operator running a compute node; each class has its own minimum stake. */
export enum NodeClass {
  NODE_CLASS_UNSPECIFIED = 0,
  NODE_CLASS_HOME = 1,
  NODE_CLASS_CLINIC = 2,
  NODE_CLASS_HPC = 3,
  NODE_CLASS_DATACENTER = 4,
  UNRECOGNIZED = -1,
}
export function nodeClassFromJSON(object: any): NodeClass {
  switch (object) {
    case 0:
    case "NODE_CLASS_UNSPECIFIED":
      return NodeClass.NODE_CLASS_UNSPECIFIED;
    case 1:
    case "NODE_CLASS_HOME":
      return NodeClass.NODE_CLASS_HOME;
    case 2:
    case "NODE_CLASS_CLINIC":
      return NodeClass.NODE_CLASS_CLINIC;
    case 3:
    case "NODE_CLASS_HPC":
      return NodeClass.NODE_CLASS_HPC;
    case 4:
    case "NODE_CLASS_DATACENTER":
      return NodeClass.NODE_CLASS_DATACENTER;
    case -1:
    case "UNRECOGNIZED":
    default:
      return NodeClass.UNRECOGNIZED;
  }
}
export function nodeClassToJSON(object: NodeClass): string {
  switch (object) {
    case NodeClass.NODE_CLASS_UNSPECIFIED:
      return "NODE_CLASS_UNSPECIFIED";
    case NodeClass.NODE_CLASS_HOME:
      return "NODE_CLASS_HOME";
    case NodeClass.NODE_CLASS_CLINIC:
      return "NODE_CLASS_CLINIC";
    case NodeClass.NODE_CLASS_HPC:
      return "NODE_CLASS_HPC";
    case NodeClass.NODE_CLASS_DATACENTER:
      return "NODE_CLASS_DATACENTER";
    case NodeClass.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** NodeStatus is the lifecycle state of a node. */
export enum NodeStatus {
  NODE_STATUS_UNSPECIFIED = 0,
  /** NODE_STATUS_ACTIVE - ACTIVE nodes are eligible for assignment. */
  NODE_STATUS_ACTIVE = 1,
  /** NODE_STATUS_JAILED - JAILED nodes missed too many heartbeats; a heartbeat after jailed_until_epoch reactivates them. */
  NODE_STATUS_JAILED = 2,
  /** NODE_STATUS_UNBONDING - UNBONDING nodes take no new tasks; their stake is returned at unbond_time. */
  NODE_STATUS_UNBONDING = 3,
  UNRECOGNIZED = -1,
}
export function nodeStatusFromJSON(object: any): NodeStatus {
  switch (object) {
    case 0:
    case "NODE_STATUS_UNSPECIFIED":
      return NodeStatus.NODE_STATUS_UNSPECIFIED;
    case 1:
    case "NODE_STATUS_ACTIVE":
      return NodeStatus.NODE_STATUS_ACTIVE;
    case 2:
    case "NODE_STATUS_JAILED":
      return NodeStatus.NODE_STATUS_JAILED;
    case 3:
    case "NODE_STATUS_UNBONDING":
      return NodeStatus.NODE_STATUS_UNBONDING;
    case -1:
    case "UNRECOGNIZED":
    default:
      return NodeStatus.UNRECOGNIZED;
  }
}
export function nodeStatusToJSON(object: NodeStatus): string {
  switch (object) {
    case NodeStatus.NODE_STATUS_UNSPECIFIED:
      return "NODE_STATUS_UNSPECIFIED";
    case NodeStatus.NODE_STATUS_ACTIVE:
      return "NODE_STATUS_ACTIVE";
    case NodeStatus.NODE_STATUS_JAILED:
      return "NODE_STATUS_JAILED";
    case NodeStatus.NODE_STATUS_UNBONDING:
      return "NODE_STATUS_UNBONDING";
    case NodeStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Urgency of a task: higher urgency is assigned first and pays a premium, part of which is burned. */
export enum Urgency {
  URGENCY_UNSPECIFIED = 0,
  URGENCY_ROUTINE = 1,
  URGENCY_URGENT = 2,
  URGENCY_STAT = 3,
  UNRECOGNIZED = -1,
}
export function urgencyFromJSON(object: any): Urgency {
  switch (object) {
    case 0:
    case "URGENCY_UNSPECIFIED":
      return Urgency.URGENCY_UNSPECIFIED;
    case 1:
    case "URGENCY_ROUTINE":
      return Urgency.URGENCY_ROUTINE;
    case 2:
    case "URGENCY_URGENT":
      return Urgency.URGENCY_URGENT;
    case 3:
    case "URGENCY_STAT":
      return Urgency.URGENCY_STAT;
    case -1:
    case "UNRECOGNIZED":
    default:
      return Urgency.UNRECOGNIZED;
  }
}
export function urgencyToJSON(object: Urgency): string {
  switch (object) {
    case Urgency.URGENCY_UNSPECIFIED:
      return "URGENCY_UNSPECIFIED";
    case Urgency.URGENCY_ROUTINE:
      return "URGENCY_ROUTINE";
    case Urgency.URGENCY_URGENT:
      return "URGENCY_URGENT";
    case Urgency.URGENCY_STAT:
      return "URGENCY_STAT";
    case Urgency.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** TaskStatus is the lifecycle state of a task. */
export enum TaskStatus {
  TASK_STATUS_UNSPECIFIED = 0,
  /** TASK_STATUS_QUEUED - QUEUED: waiting for enough free nodes (assigned at end of block). */
  TASK_STATUS_QUEUED = 1,
  /** TASK_STATUS_COMMIT - COMMIT: assigned; workers send MsgCommitResult until commit_deadline. */
  TASK_STATUS_COMMIT = 2,
  /** TASK_STATUS_REVEAL - REVEAL: workers that committed send MsgRevealResult until reveal_deadline. */
  TASK_STATUS_REVEAL = 3,
  /** TASK_STATUS_SETTLED - SETTLED: a majority output hash was accepted and paid (terminal). */
  TASK_STATUS_SETTLED = 4,
  /** TASK_STATUS_EXPIRED - EXPIRED: no result before expiry_height or after max attempts; escrow refunded in full (terminal). */
  TASK_STATUS_EXPIRED = 5,
  UNRECOGNIZED = -1,
}
export function taskStatusFromJSON(object: any): TaskStatus {
  switch (object) {
    case 0:
    case "TASK_STATUS_UNSPECIFIED":
      return TaskStatus.TASK_STATUS_UNSPECIFIED;
    case 1:
    case "TASK_STATUS_QUEUED":
      return TaskStatus.TASK_STATUS_QUEUED;
    case 2:
    case "TASK_STATUS_COMMIT":
      return TaskStatus.TASK_STATUS_COMMIT;
    case 3:
    case "TASK_STATUS_REVEAL":
      return TaskStatus.TASK_STATUS_REVEAL;
    case 4:
    case "TASK_STATUS_SETTLED":
      return TaskStatus.TASK_STATUS_SETTLED;
    case 5:
    case "TASK_STATUS_EXPIRED":
      return TaskStatus.TASK_STATUS_EXPIRED;
    case -1:
    case "UNRECOGNIZED":
    default:
      return TaskStatus.UNRECOGNIZED;
  }
}
export function taskStatusToJSON(object: TaskStatus): string {
  switch (object) {
    case TaskStatus.TASK_STATUS_UNSPECIFIED:
      return "TASK_STATUS_UNSPECIFIED";
    case TaskStatus.TASK_STATUS_QUEUED:
      return "TASK_STATUS_QUEUED";
    case TaskStatus.TASK_STATUS_COMMIT:
      return "TASK_STATUS_COMMIT";
    case TaskStatus.TASK_STATUS_REVEAL:
      return "TASK_STATUS_REVEAL";
    case TaskStatus.TASK_STATUS_SETTLED:
      return "TASK_STATUS_SETTLED";
    case TaskStatus.TASK_STATUS_EXPIRED:
      return "TASK_STATUS_EXPIRED";
    case TaskStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** AssignmentOutcome says how an assigned worker's answer was judged at settlement. */
export enum AssignmentOutcome {
  ASSIGNMENT_OUTCOME_UNSPECIFIED = 0,
  ASSIGNMENT_OUTCOME_PENDING = 1,
  ASSIGNMENT_OUTCOME_ACCEPTED = 2,
  ASSIGNMENT_OUTCOME_REJECTED = 3,
  ASSIGNMENT_OUTCOME_MISSED = 4,
  /** ASSIGNMENT_OUTCOME_NO_MAJORITY - NO_MAJORITY: revealed, but no output hash reached a majority (no pay, no penalty). */
  ASSIGNMENT_OUTCOME_NO_MAJORITY = 5,
  UNRECOGNIZED = -1,
}
export function assignmentOutcomeFromJSON(object: any): AssignmentOutcome {
  switch (object) {
    case 0:
    case "ASSIGNMENT_OUTCOME_UNSPECIFIED":
      return AssignmentOutcome.ASSIGNMENT_OUTCOME_UNSPECIFIED;
    case 1:
    case "ASSIGNMENT_OUTCOME_PENDING":
      return AssignmentOutcome.ASSIGNMENT_OUTCOME_PENDING;
    case 2:
    case "ASSIGNMENT_OUTCOME_ACCEPTED":
      return AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED;
    case 3:
    case "ASSIGNMENT_OUTCOME_REJECTED":
      return AssignmentOutcome.ASSIGNMENT_OUTCOME_REJECTED;
    case 4:
    case "ASSIGNMENT_OUTCOME_MISSED":
      return AssignmentOutcome.ASSIGNMENT_OUTCOME_MISSED;
    case 5:
    case "ASSIGNMENT_OUTCOME_NO_MAJORITY":
      return AssignmentOutcome.ASSIGNMENT_OUTCOME_NO_MAJORITY;
    case -1:
    case "UNRECOGNIZED":
    default:
      return AssignmentOutcome.UNRECOGNIZED;
  }
}
export function assignmentOutcomeToJSON(object: AssignmentOutcome): string {
  switch (object) {
    case AssignmentOutcome.ASSIGNMENT_OUTCOME_UNSPECIFIED:
      return "ASSIGNMENT_OUTCOME_UNSPECIFIED";
    case AssignmentOutcome.ASSIGNMENT_OUTCOME_PENDING:
      return "ASSIGNMENT_OUTCOME_PENDING";
    case AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED:
      return "ASSIGNMENT_OUTCOME_ACCEPTED";
    case AssignmentOutcome.ASSIGNMENT_OUTCOME_REJECTED:
      return "ASSIGNMENT_OUTCOME_REJECTED";
    case AssignmentOutcome.ASSIGNMENT_OUTCOME_MISSED:
      return "ASSIGNMENT_OUTCOME_MISSED";
    case AssignmentOutcome.ASSIGNMENT_OUTCOME_NO_MAJORITY:
      return "ASSIGNMENT_OUTCOME_NO_MAJORITY";
    case AssignmentOutcome.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** ServedModel is a model a node serves and how many tasks of it the node runs at once. */
export interface ServedModel {
  modelId: bigint;
  capacity: number;
  /** active is the number of tasks of this model currently assigned to the node (chain-maintained). */
  active: number;
}
/** Node is a registered compute node. */
export interface Node {
  operator: string;
  nodeClass: NodeClass;
  /** region is an ISO 3166-2 subdivision code such as CN-BJ. */
  region: string;
  hardware: string;
  /** energy_class is the attested efficiency class (A..G), read by emissions. */
  energyClass: string;
  /** x25519_pubkey (32 bytes) is the key clients encrypt task inputs to. */
  x25519Pubkey: Uint8Array;
  models: ServedModel[];
  /** stake (abtt) locked in the compute module account. */
  stake: string;
  status: NodeStatus;
  /** reputation in basis points, 0..10000; new nodes start at params.initial_reputation. */
  reputation: number;
  registeredHeight: bigint;
  /** last_heartbeat_epoch is the x/epochs epoch number (params.epoch_identifier) of the last heartbeat. */
  lastHeartbeatEpoch: bigint;
  missedHeartbeats: number;
  jailedUntilEpoch: bigint;
  /** unbond_time (unix seconds) is when an UNBONDING node's stake is returned. */
  unbondTime: bigint;
  /**
   * attested_by is the x/rwa TECHNICAL verifier that attested the node's current region and
   * energy class (MsgAttestNode); empty when unattested. Changing either clears it. x/emissions
   * applies the region and energy multipliers only to attested nodes (neutral 1.0 otherwise).
   */
  attestedBy: string;
  /** attested_height is the block height of that attestation. */
  attestedHeight: bigint;
}
/** Model is an ONNX model registered by governance. */
export interface Model {
  id: bigint;
  name: string;
  /** onnx_sha256 is the sha256 of the ONNX file (32 bytes). */
  onnxSha256: Uint8Array;
  /** task_type, e.g. caries_detection, panoramic_analysis, orthodontic_planning. */
  taskType: string;
  inputSpec: string;
  outputSpec: string;
  /** compute_units credited to each accepted worker per inference. */
  computeUnits: bigint;
  /** price_floor (abtt) paid to each accepted worker for a ROUTINE task. */
  priceFloor: string;
  /**
   * canonicalization is the output rule every worker applies before hashing,
   * e.g. "round-1e-3;json-sorted-keys;sha256".
   */
  canonicalization: string;
  deprecated: boolean;
}
/**
 * Assignment is one worker's slot on a task.
 * 
 * Commit byte layout (what a worker signs up to in MsgCommitResult):
 *   commitment = sha256( output_hash[32] || salt[32] || worker_address_bytes[20] )
 * where output_hash is the 32-byte sha256 of the canonicalised output, salt is 32 random bytes,
 * and worker_address_bytes are the raw account address bytes (the bech32-decoded data of the
 * worker's btt1... address, 20 bytes for secp256k1 keys). No separators, no length prefixes.
 */
export interface Assignment {
  worker: string;
  commitment: Uint8Array;
  outputHash: Uint8Array;
  salt: Uint8Array;
  commitHeight: bigint;
  revealHeight: bigint;
  outcome: AssignmentOutcome;
  /** reexecution marks the extra worker sampled to re-execute a k = 1 task. */
  reexecution: boolean;
}
/** Task is a client's inference request and its escrow. */
export interface Task {
  id: bigint;
  client: string;
  modelId: bigint;
  /** input_sha256 is the sha256 of the encrypted input (32 bytes); input_locator says where to fetch it. */
  inputSha256: Uint8Array;
  inputLocator: string;
  urgency: Urgency;
  replication: number;
  /** preferred_region (optional, ISO 3166-2) gives matching nodes a weight bonus at assignment. */
  preferredRegion: string;
  /** escrow (abtt) still held for this task. */
  escrow: string;
  /** max_fee (abtt) deposited at submission. */
  maxFee: string;
  status: TaskStatus;
  submitHeight: bigint;
  expiryHeight: bigint;
  assignedHeight: bigint;
  commitDeadline: bigint;
  revealDeadline: bigint;
  attempts: number;
  assignments: Assignment[];
  resultHash: Uint8Array;
  settledHeight: bigint;
  /** reexecution_sampled is set when a k = 1 task was sampled for re-execution by a second node. */
  reexecutionSampled: boolean;
  /** past_workers are nodes of earlier attempts; they are not assigned again. */
  pastWorkers: string[];
  /**
   * slot_price (abtt) is what one accepted worker costs the escrow (price floor plus the urgency
   * premium), fixed at submission so that later param or model changes never pay more than was
   * escrowed. Empty on tasks submitted before it existed (the price is then recomputed, capped by the escrow).
   */
  slotPrice: string;
}
/** NodeEpochStats is one node's record for one epoch; emissions and weighted governance read it. */
export interface NodeEpochStats {
  epoch: bigint;
  node: string;
  computeUnits: bigint;
  tasksAccepted: bigint;
  tasksRejected: bigint;
  tasksMissed: bigint;
  heartbeats: number;
}
/** Params are the governed parameters of x/compute. */
export interface Params {
  stakeDenom: string;
  minStakeHome: string;
  minStakeClinic: string;
  minStakeHpc: string;
  minStakeDatacenter: string;
  maxReplication: number;
  /** commit_window_blocks after assignment; reveal_window_blocks after the reveal phase opens. */
  commitWindowBlocks: bigint;
  revealWindowBlocks: bigint;
  /** task_timeout_blocks after submission a task that is not settled expires with a full refund. */
  taskTimeoutBlocks: bigint;
  maxAttempts: number;
  /** urgent_premium / stat_premium: extra fraction of the price floor paid per worker. */
  urgentPremium: string;
  statPremium: string;
  /** premium_burn_fraction of every premium is burned. */
  premiumBurnFraction: string;
  /** dev_fund_share of each worker payment goes to the development fund. */
  devFundShare: string;
  /** slash_fraction of a dissenting worker's stake goes to the development fund. */
  slashFraction: string;
  initialReputation: number;
  dissentPenalty: number;
  silentPenalty: number;
  acceptReward: number;
  /** reexecution_rate is the fraction of k = 1 tasks re-executed by a second node after the reveal. */
  reexecutionRate: string;
  /** epoch_identifier is the x/epochs epoch heartbeats and records are counted in. */
  epochIdentifier: string;
  maxMissedHeartbeats: number;
  jailEpochs: bigint;
  /** unbonding_delay_seconds before an unbonding node's stake is returned. */
  unbondingDelaySeconds: bigint;
  /** region_bonus multiplies the weight of nodes in the task's preferred region (1..100). */
  regionBonus: number;
  /**
   * max_queue_scan_per_block bounds the queued tasks looked at per EndBlock; the scan resumes
   * where the previous block stopped (round robin), so unassignable tasks never block the rest.
   */
  maxQueueScanPerBlock: number;
  /** max_assignments_per_block bounds the queued tasks per EndBlock for which candidate nodes are read. */
  maxAssignmentsPerBlock: number;
  /** max_assignment_candidates bounds the nodes read to assign one task (from the free-capacity index). */
  maxAssignmentCandidates: number;
  /**
   * max_expirations_per_block bounds the deadlines (commit, reveal, expiry) handled per EndBlock;
   * the rest are handled in the next blocks, oldest first.
   */
  maxExpirationsPerBlock: number;
  /**
   * task_retention_blocks after settlement or expiry a finished task is deleted from state (its
   * history stays in events); 0 keeps finished tasks forever.
   */
  taskRetentionBlocks: bigint;
  /** max_prunes_per_block bounds the finished tasks deleted per EndBlock. */
  maxPrunesPerBlock: number;
  /**
   * min_paid_price_per_unit (abtt per compute unit): an accepted worker is credited, in its epoch
   * record (read by x/emissions and x/wgov), with at most floor(slot price paid ÷ this) of the
   * model's compute units, so only work paid for at this price or more earns emissions and
   * compute-class voting power. 0 credits every unit.
   */
  minPaidPricePerUnit: string;
  /**
   * max_heartbeat_jails_per_block bounds the nodes BeginBlock jails for missed heartbeats in one
   * block; the rest are jailed in the next blocks (and are never picked for a task meanwhile).
   */
  maxHeartbeatJailsPerBlock: number;
}
function createBaseServedModel(): ServedModel {
  return {
    modelId: BigInt(0),
    capacity: 0,
    active: 0
  };
}
export const ServedModel = {
  encode(message: ServedModel, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.modelId !== BigInt(0)) {
      writer.uint32(8).uint64(message.modelId);
    }
    if (message.capacity !== 0) {
      writer.uint32(16).uint32(message.capacity);
    }
    if (message.active !== 0) {
      writer.uint32(24).uint32(message.active);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ServedModel {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseServedModel();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.modelId = reader.uint64();
          break;
        case 2:
          message.capacity = reader.uint32();
          break;
        case 3:
          message.active = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ServedModel {
    const obj = createBaseServedModel();
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    if (isSet(object.capacity)) obj.capacity = Number(object.capacity);
    if (isSet(object.active)) obj.active = Number(object.active);
    return obj;
  },
  toJSON(message: ServedModel): JsonSafe<ServedModel> {
    const obj: any = {};
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    message.capacity !== undefined && (obj.capacity = Math.round(message.capacity));
    message.active !== undefined && (obj.active = Math.round(message.active));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ServedModel>, I>>(object: I): ServedModel {
    const message = createBaseServedModel();
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    message.capacity = object.capacity ?? 0;
    message.active = object.active ?? 0;
    return message;
  }
};
function createBaseNode(): Node {
  return {
    operator: "",
    nodeClass: 0,
    region: "",
    hardware: "",
    energyClass: "",
    x25519Pubkey: new Uint8Array(),
    models: [],
    stake: "",
    status: 0,
    reputation: 0,
    registeredHeight: BigInt(0),
    lastHeartbeatEpoch: BigInt(0),
    missedHeartbeats: 0,
    jailedUntilEpoch: BigInt(0),
    unbondTime: BigInt(0),
    attestedBy: "",
    attestedHeight: BigInt(0)
  };
}
export const Node = {
  encode(message: Node, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== "") {
      writer.uint32(10).string(message.operator);
    }
    if (message.nodeClass !== 0) {
      writer.uint32(16).int32(message.nodeClass);
    }
    if (message.region !== "") {
      writer.uint32(26).string(message.region);
    }
    if (message.hardware !== "") {
      writer.uint32(34).string(message.hardware);
    }
    if (message.energyClass !== "") {
      writer.uint32(42).string(message.energyClass);
    }
    if (message.x25519Pubkey.length !== 0) {
      writer.uint32(50).bytes(message.x25519Pubkey);
    }
    for (const v of message.models) {
      ServedModel.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.stake !== "") {
      writer.uint32(66).string(message.stake);
    }
    if (message.status !== 0) {
      writer.uint32(72).int32(message.status);
    }
    if (message.reputation !== 0) {
      writer.uint32(80).uint32(message.reputation);
    }
    if (message.registeredHeight !== BigInt(0)) {
      writer.uint32(88).int64(message.registeredHeight);
    }
    if (message.lastHeartbeatEpoch !== BigInt(0)) {
      writer.uint32(96).int64(message.lastHeartbeatEpoch);
    }
    if (message.missedHeartbeats !== 0) {
      writer.uint32(104).uint32(message.missedHeartbeats);
    }
    if (message.jailedUntilEpoch !== BigInt(0)) {
      writer.uint32(112).int64(message.jailedUntilEpoch);
    }
    if (message.unbondTime !== BigInt(0)) {
      writer.uint32(120).int64(message.unbondTime);
    }
    if (message.attestedBy !== "") {
      writer.uint32(130).string(message.attestedBy);
    }
    if (message.attestedHeight !== BigInt(0)) {
      writer.uint32(136).int64(message.attestedHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Node {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseNode();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = reader.string();
          break;
        case 2:
          message.nodeClass = reader.int32() as any;
          break;
        case 3:
          message.region = reader.string();
          break;
        case 4:
          message.hardware = reader.string();
          break;
        case 5:
          message.energyClass = reader.string();
          break;
        case 6:
          message.x25519Pubkey = reader.bytes();
          break;
        case 7:
          message.models.push(ServedModel.decode(reader, reader.uint32()));
          break;
        case 8:
          message.stake = reader.string();
          break;
        case 9:
          message.status = reader.int32() as any;
          break;
        case 10:
          message.reputation = reader.uint32();
          break;
        case 11:
          message.registeredHeight = reader.int64();
          break;
        case 12:
          message.lastHeartbeatEpoch = reader.int64();
          break;
        case 13:
          message.missedHeartbeats = reader.uint32();
          break;
        case 14:
          message.jailedUntilEpoch = reader.int64();
          break;
        case 15:
          message.unbondTime = reader.int64();
          break;
        case 16:
          message.attestedBy = reader.string();
          break;
        case 17:
          message.attestedHeight = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Node {
    const obj = createBaseNode();
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.nodeClass)) obj.nodeClass = nodeClassFromJSON(object.nodeClass);
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.hardware)) obj.hardware = String(object.hardware);
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    if (isSet(object.x25519Pubkey)) obj.x25519Pubkey = bytesFromBase64(object.x25519Pubkey);
    if (Array.isArray(object?.models)) obj.models = object.models.map((e: any) => ServedModel.fromJSON(e));
    if (isSet(object.stake)) obj.stake = String(object.stake);
    if (isSet(object.status)) obj.status = nodeStatusFromJSON(object.status);
    if (isSet(object.reputation)) obj.reputation = Number(object.reputation);
    if (isSet(object.registeredHeight)) obj.registeredHeight = BigInt(object.registeredHeight.toString());
    if (isSet(object.lastHeartbeatEpoch)) obj.lastHeartbeatEpoch = BigInt(object.lastHeartbeatEpoch.toString());
    if (isSet(object.missedHeartbeats)) obj.missedHeartbeats = Number(object.missedHeartbeats);
    if (isSet(object.jailedUntilEpoch)) obj.jailedUntilEpoch = BigInt(object.jailedUntilEpoch.toString());
    if (isSet(object.unbondTime)) obj.unbondTime = BigInt(object.unbondTime.toString());
    if (isSet(object.attestedBy)) obj.attestedBy = String(object.attestedBy);
    if (isSet(object.attestedHeight)) obj.attestedHeight = BigInt(object.attestedHeight.toString());
    return obj;
  },
  toJSON(message: Node): JsonSafe<Node> {
    const obj: any = {};
    message.operator !== undefined && (obj.operator = message.operator);
    message.nodeClass !== undefined && (obj.nodeClass = nodeClassToJSON(message.nodeClass));
    message.region !== undefined && (obj.region = message.region);
    message.hardware !== undefined && (obj.hardware = message.hardware);
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    message.x25519Pubkey !== undefined && (obj.x25519Pubkey = base64FromBytes(message.x25519Pubkey !== undefined ? message.x25519Pubkey : new Uint8Array()));
    if (message.models) {
      obj.models = message.models.map(e => e ? ServedModel.toJSON(e) : undefined);
    } else {
      obj.models = [];
    }
    message.stake !== undefined && (obj.stake = message.stake);
    message.status !== undefined && (obj.status = nodeStatusToJSON(message.status));
    message.reputation !== undefined && (obj.reputation = Math.round(message.reputation));
    message.registeredHeight !== undefined && (obj.registeredHeight = (message.registeredHeight || BigInt(0)).toString());
    message.lastHeartbeatEpoch !== undefined && (obj.lastHeartbeatEpoch = (message.lastHeartbeatEpoch || BigInt(0)).toString());
    message.missedHeartbeats !== undefined && (obj.missedHeartbeats = Math.round(message.missedHeartbeats));
    message.jailedUntilEpoch !== undefined && (obj.jailedUntilEpoch = (message.jailedUntilEpoch || BigInt(0)).toString());
    message.unbondTime !== undefined && (obj.unbondTime = (message.unbondTime || BigInt(0)).toString());
    message.attestedBy !== undefined && (obj.attestedBy = message.attestedBy);
    message.attestedHeight !== undefined && (obj.attestedHeight = (message.attestedHeight || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Node>, I>>(object: I): Node {
    const message = createBaseNode();
    message.operator = object.operator ?? "";
    message.nodeClass = object.nodeClass ?? 0;
    message.region = object.region ?? "";
    message.hardware = object.hardware ?? "";
    message.energyClass = object.energyClass ?? "";
    message.x25519Pubkey = object.x25519Pubkey ?? new Uint8Array();
    message.models = object.models?.map(e => ServedModel.fromPartial(e)) || [];
    message.stake = object.stake ?? "";
    message.status = object.status ?? 0;
    message.reputation = object.reputation ?? 0;
    if (object.registeredHeight !== undefined && object.registeredHeight !== null) {
      message.registeredHeight = BigInt(object.registeredHeight.toString());
    }
    if (object.lastHeartbeatEpoch !== undefined && object.lastHeartbeatEpoch !== null) {
      message.lastHeartbeatEpoch = BigInt(object.lastHeartbeatEpoch.toString());
    }
    message.missedHeartbeats = object.missedHeartbeats ?? 0;
    if (object.jailedUntilEpoch !== undefined && object.jailedUntilEpoch !== null) {
      message.jailedUntilEpoch = BigInt(object.jailedUntilEpoch.toString());
    }
    if (object.unbondTime !== undefined && object.unbondTime !== null) {
      message.unbondTime = BigInt(object.unbondTime.toString());
    }
    message.attestedBy = object.attestedBy ?? "";
    if (object.attestedHeight !== undefined && object.attestedHeight !== null) {
      message.attestedHeight = BigInt(object.attestedHeight.toString());
    }
    return message;
  }
};
function createBaseModel(): Model {
  return {
    id: BigInt(0),
    name: "",
    onnxSha256: new Uint8Array(),
    taskType: "",
    inputSpec: "",
    outputSpec: "",
    computeUnits: BigInt(0),
    priceFloor: "",
    canonicalization: "",
    deprecated: false
  };
}
export const Model = {
  encode(message: Model, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    if (message.onnxSha256.length !== 0) {
      writer.uint32(26).bytes(message.onnxSha256);
    }
    if (message.taskType !== "") {
      writer.uint32(34).string(message.taskType);
    }
    if (message.inputSpec !== "") {
      writer.uint32(42).string(message.inputSpec);
    }
    if (message.outputSpec !== "") {
      writer.uint32(50).string(message.outputSpec);
    }
    if (message.computeUnits !== BigInt(0)) {
      writer.uint32(56).uint64(message.computeUnits);
    }
    if (message.priceFloor !== "") {
      writer.uint32(66).string(message.priceFloor);
    }
    if (message.canonicalization !== "") {
      writer.uint32(74).string(message.canonicalization);
    }
    if (message.deprecated === true) {
      writer.uint32(80).bool(message.deprecated);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Model {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseModel();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.name = reader.string();
          break;
        case 3:
          message.onnxSha256 = reader.bytes();
          break;
        case 4:
          message.taskType = reader.string();
          break;
        case 5:
          message.inputSpec = reader.string();
          break;
        case 6:
          message.outputSpec = reader.string();
          break;
        case 7:
          message.computeUnits = reader.uint64();
          break;
        case 8:
          message.priceFloor = reader.string();
          break;
        case 9:
          message.canonicalization = reader.string();
          break;
        case 10:
          message.deprecated = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Model {
    const obj = createBaseModel();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.onnxSha256)) obj.onnxSha256 = bytesFromBase64(object.onnxSha256);
    if (isSet(object.taskType)) obj.taskType = String(object.taskType);
    if (isSet(object.inputSpec)) obj.inputSpec = String(object.inputSpec);
    if (isSet(object.outputSpec)) obj.outputSpec = String(object.outputSpec);
    if (isSet(object.computeUnits)) obj.computeUnits = BigInt(object.computeUnits.toString());
    if (isSet(object.priceFloor)) obj.priceFloor = String(object.priceFloor);
    if (isSet(object.canonicalization)) obj.canonicalization = String(object.canonicalization);
    if (isSet(object.deprecated)) obj.deprecated = Boolean(object.deprecated);
    return obj;
  },
  toJSON(message: Model): JsonSafe<Model> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.name !== undefined && (obj.name = message.name);
    message.onnxSha256 !== undefined && (obj.onnxSha256 = base64FromBytes(message.onnxSha256 !== undefined ? message.onnxSha256 : new Uint8Array()));
    message.taskType !== undefined && (obj.taskType = message.taskType);
    message.inputSpec !== undefined && (obj.inputSpec = message.inputSpec);
    message.outputSpec !== undefined && (obj.outputSpec = message.outputSpec);
    message.computeUnits !== undefined && (obj.computeUnits = (message.computeUnits || BigInt(0)).toString());
    message.priceFloor !== undefined && (obj.priceFloor = message.priceFloor);
    message.canonicalization !== undefined && (obj.canonicalization = message.canonicalization);
    message.deprecated !== undefined && (obj.deprecated = message.deprecated);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Model>, I>>(object: I): Model {
    const message = createBaseModel();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.name = object.name ?? "";
    message.onnxSha256 = object.onnxSha256 ?? new Uint8Array();
    message.taskType = object.taskType ?? "";
    message.inputSpec = object.inputSpec ?? "";
    message.outputSpec = object.outputSpec ?? "";
    if (object.computeUnits !== undefined && object.computeUnits !== null) {
      message.computeUnits = BigInt(object.computeUnits.toString());
    }
    message.priceFloor = object.priceFloor ?? "";
    message.canonicalization = object.canonicalization ?? "";
    message.deprecated = object.deprecated ?? false;
    return message;
  }
};
function createBaseAssignment(): Assignment {
  return {
    worker: "",
    commitment: new Uint8Array(),
    outputHash: new Uint8Array(),
    salt: new Uint8Array(),
    commitHeight: BigInt(0),
    revealHeight: BigInt(0),
    outcome: 0,
    reexecution: false
  };
}
export const Assignment = {
  encode(message: Assignment, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.worker !== "") {
      writer.uint32(10).string(message.worker);
    }
    if (message.commitment.length !== 0) {
      writer.uint32(18).bytes(message.commitment);
    }
    if (message.outputHash.length !== 0) {
      writer.uint32(26).bytes(message.outputHash);
    }
    if (message.salt.length !== 0) {
      writer.uint32(34).bytes(message.salt);
    }
    if (message.commitHeight !== BigInt(0)) {
      writer.uint32(40).int64(message.commitHeight);
    }
    if (message.revealHeight !== BigInt(0)) {
      writer.uint32(48).int64(message.revealHeight);
    }
    if (message.outcome !== 0) {
      writer.uint32(56).int32(message.outcome);
    }
    if (message.reexecution === true) {
      writer.uint32(64).bool(message.reexecution);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Assignment {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAssignment();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.worker = reader.string();
          break;
        case 2:
          message.commitment = reader.bytes();
          break;
        case 3:
          message.outputHash = reader.bytes();
          break;
        case 4:
          message.salt = reader.bytes();
          break;
        case 5:
          message.commitHeight = reader.int64();
          break;
        case 6:
          message.revealHeight = reader.int64();
          break;
        case 7:
          message.outcome = reader.int32() as any;
          break;
        case 8:
          message.reexecution = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Assignment {
    const obj = createBaseAssignment();
    if (isSet(object.worker)) obj.worker = String(object.worker);
    if (isSet(object.commitment)) obj.commitment = bytesFromBase64(object.commitment);
    if (isSet(object.outputHash)) obj.outputHash = bytesFromBase64(object.outputHash);
    if (isSet(object.salt)) obj.salt = bytesFromBase64(object.salt);
    if (isSet(object.commitHeight)) obj.commitHeight = BigInt(object.commitHeight.toString());
    if (isSet(object.revealHeight)) obj.revealHeight = BigInt(object.revealHeight.toString());
    if (isSet(object.outcome)) obj.outcome = assignmentOutcomeFromJSON(object.outcome);
    if (isSet(object.reexecution)) obj.reexecution = Boolean(object.reexecution);
    return obj;
  },
  toJSON(message: Assignment): JsonSafe<Assignment> {
    const obj: any = {};
    message.worker !== undefined && (obj.worker = message.worker);
    message.commitment !== undefined && (obj.commitment = base64FromBytes(message.commitment !== undefined ? message.commitment : new Uint8Array()));
    message.outputHash !== undefined && (obj.outputHash = base64FromBytes(message.outputHash !== undefined ? message.outputHash : new Uint8Array()));
    message.salt !== undefined && (obj.salt = base64FromBytes(message.salt !== undefined ? message.salt : new Uint8Array()));
    message.commitHeight !== undefined && (obj.commitHeight = (message.commitHeight || BigInt(0)).toString());
    message.revealHeight !== undefined && (obj.revealHeight = (message.revealHeight || BigInt(0)).toString());
    message.outcome !== undefined && (obj.outcome = assignmentOutcomeToJSON(message.outcome));
    message.reexecution !== undefined && (obj.reexecution = message.reexecution);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Assignment>, I>>(object: I): Assignment {
    const message = createBaseAssignment();
    message.worker = object.worker ?? "";
    message.commitment = object.commitment ?? new Uint8Array();
    message.outputHash = object.outputHash ?? new Uint8Array();
    message.salt = object.salt ?? new Uint8Array();
    if (object.commitHeight !== undefined && object.commitHeight !== null) {
      message.commitHeight = BigInt(object.commitHeight.toString());
    }
    if (object.revealHeight !== undefined && object.revealHeight !== null) {
      message.revealHeight = BigInt(object.revealHeight.toString());
    }
    message.outcome = object.outcome ?? 0;
    message.reexecution = object.reexecution ?? false;
    return message;
  }
};
function createBaseTask(): Task {
  return {
    id: BigInt(0),
    client: "",
    modelId: BigInt(0),
    inputSha256: new Uint8Array(),
    inputLocator: "",
    urgency: 0,
    replication: 0,
    preferredRegion: "",
    escrow: "",
    maxFee: "",
    status: 0,
    submitHeight: BigInt(0),
    expiryHeight: BigInt(0),
    assignedHeight: BigInt(0),
    commitDeadline: BigInt(0),
    revealDeadline: BigInt(0),
    attempts: 0,
    assignments: [],
    resultHash: new Uint8Array(),
    settledHeight: BigInt(0),
    reexecutionSampled: false,
    pastWorkers: [],
    slotPrice: ""
  };
}
export const Task = {
  encode(message: Task, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.client !== "") {
      writer.uint32(18).string(message.client);
    }
    if (message.modelId !== BigInt(0)) {
      writer.uint32(24).uint64(message.modelId);
    }
    if (message.inputSha256.length !== 0) {
      writer.uint32(34).bytes(message.inputSha256);
    }
    if (message.inputLocator !== "") {
      writer.uint32(42).string(message.inputLocator);
    }
    if (message.urgency !== 0) {
      writer.uint32(48).int32(message.urgency);
    }
    if (message.replication !== 0) {
      writer.uint32(56).uint32(message.replication);
    }
    if (message.preferredRegion !== "") {
      writer.uint32(66).string(message.preferredRegion);
    }
    if (message.escrow !== "") {
      writer.uint32(74).string(message.escrow);
    }
    if (message.maxFee !== "") {
      writer.uint32(82).string(message.maxFee);
    }
    if (message.status !== 0) {
      writer.uint32(88).int32(message.status);
    }
    if (message.submitHeight !== BigInt(0)) {
      writer.uint32(96).int64(message.submitHeight);
    }
    if (message.expiryHeight !== BigInt(0)) {
      writer.uint32(104).int64(message.expiryHeight);
    }
    if (message.assignedHeight !== BigInt(0)) {
      writer.uint32(112).int64(message.assignedHeight);
    }
    if (message.commitDeadline !== BigInt(0)) {
      writer.uint32(120).int64(message.commitDeadline);
    }
    if (message.revealDeadline !== BigInt(0)) {
      writer.uint32(128).int64(message.revealDeadline);
    }
    if (message.attempts !== 0) {
      writer.uint32(136).uint32(message.attempts);
    }
    for (const v of message.assignments) {
      Assignment.encode(v!, writer.uint32(146).fork()).ldelim();
    }
    if (message.resultHash.length !== 0) {
      writer.uint32(154).bytes(message.resultHash);
    }
    if (message.settledHeight !== BigInt(0)) {
      writer.uint32(160).int64(message.settledHeight);
    }
    if (message.reexecutionSampled === true) {
      writer.uint32(168).bool(message.reexecutionSampled);
    }
    for (const v of message.pastWorkers) {
      writer.uint32(178).string(v!);
    }
    if (message.slotPrice !== "") {
      writer.uint32(186).string(message.slotPrice);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Task {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTask();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.client = reader.string();
          break;
        case 3:
          message.modelId = reader.uint64();
          break;
        case 4:
          message.inputSha256 = reader.bytes();
          break;
        case 5:
          message.inputLocator = reader.string();
          break;
        case 6:
          message.urgency = reader.int32() as any;
          break;
        case 7:
          message.replication = reader.uint32();
          break;
        case 8:
          message.preferredRegion = reader.string();
          break;
        case 9:
          message.escrow = reader.string();
          break;
        case 10:
          message.maxFee = reader.string();
          break;
        case 11:
          message.status = reader.int32() as any;
          break;
        case 12:
          message.submitHeight = reader.int64();
          break;
        case 13:
          message.expiryHeight = reader.int64();
          break;
        case 14:
          message.assignedHeight = reader.int64();
          break;
        case 15:
          message.commitDeadline = reader.int64();
          break;
        case 16:
          message.revealDeadline = reader.int64();
          break;
        case 17:
          message.attempts = reader.uint32();
          break;
        case 18:
          message.assignments.push(Assignment.decode(reader, reader.uint32()));
          break;
        case 19:
          message.resultHash = reader.bytes();
          break;
        case 20:
          message.settledHeight = reader.int64();
          break;
        case 21:
          message.reexecutionSampled = reader.bool();
          break;
        case 22:
          message.pastWorkers.push(reader.string());
          break;
        case 23:
          message.slotPrice = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Task {
    const obj = createBaseTask();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.client)) obj.client = String(object.client);
    if (isSet(object.modelId)) obj.modelId = BigInt(object.modelId.toString());
    if (isSet(object.inputSha256)) obj.inputSha256 = bytesFromBase64(object.inputSha256);
    if (isSet(object.inputLocator)) obj.inputLocator = String(object.inputLocator);
    if (isSet(object.urgency)) obj.urgency = urgencyFromJSON(object.urgency);
    if (isSet(object.replication)) obj.replication = Number(object.replication);
    if (isSet(object.preferredRegion)) obj.preferredRegion = String(object.preferredRegion);
    if (isSet(object.escrow)) obj.escrow = String(object.escrow);
    if (isSet(object.maxFee)) obj.maxFee = String(object.maxFee);
    if (isSet(object.status)) obj.status = taskStatusFromJSON(object.status);
    if (isSet(object.submitHeight)) obj.submitHeight = BigInt(object.submitHeight.toString());
    if (isSet(object.expiryHeight)) obj.expiryHeight = BigInt(object.expiryHeight.toString());
    if (isSet(object.assignedHeight)) obj.assignedHeight = BigInt(object.assignedHeight.toString());
    if (isSet(object.commitDeadline)) obj.commitDeadline = BigInt(object.commitDeadline.toString());
    if (isSet(object.revealDeadline)) obj.revealDeadline = BigInt(object.revealDeadline.toString());
    if (isSet(object.attempts)) obj.attempts = Number(object.attempts);
    if (Array.isArray(object?.assignments)) obj.assignments = object.assignments.map((e: any) => Assignment.fromJSON(e));
    if (isSet(object.resultHash)) obj.resultHash = bytesFromBase64(object.resultHash);
    if (isSet(object.settledHeight)) obj.settledHeight = BigInt(object.settledHeight.toString());
    if (isSet(object.reexecutionSampled)) obj.reexecutionSampled = Boolean(object.reexecutionSampled);
    if (Array.isArray(object?.pastWorkers)) obj.pastWorkers = object.pastWorkers.map((e: any) => String(e));
    if (isSet(object.slotPrice)) obj.slotPrice = String(object.slotPrice);
    return obj;
  },
  toJSON(message: Task): JsonSafe<Task> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.client !== undefined && (obj.client = message.client);
    message.modelId !== undefined && (obj.modelId = (message.modelId || BigInt(0)).toString());
    message.inputSha256 !== undefined && (obj.inputSha256 = base64FromBytes(message.inputSha256 !== undefined ? message.inputSha256 : new Uint8Array()));
    message.inputLocator !== undefined && (obj.inputLocator = message.inputLocator);
    message.urgency !== undefined && (obj.urgency = urgencyToJSON(message.urgency));
    message.replication !== undefined && (obj.replication = Math.round(message.replication));
    message.preferredRegion !== undefined && (obj.preferredRegion = message.preferredRegion);
    message.escrow !== undefined && (obj.escrow = message.escrow);
    message.maxFee !== undefined && (obj.maxFee = message.maxFee);
    message.status !== undefined && (obj.status = taskStatusToJSON(message.status));
    message.submitHeight !== undefined && (obj.submitHeight = (message.submitHeight || BigInt(0)).toString());
    message.expiryHeight !== undefined && (obj.expiryHeight = (message.expiryHeight || BigInt(0)).toString());
    message.assignedHeight !== undefined && (obj.assignedHeight = (message.assignedHeight || BigInt(0)).toString());
    message.commitDeadline !== undefined && (obj.commitDeadline = (message.commitDeadline || BigInt(0)).toString());
    message.revealDeadline !== undefined && (obj.revealDeadline = (message.revealDeadline || BigInt(0)).toString());
    message.attempts !== undefined && (obj.attempts = Math.round(message.attempts));
    if (message.assignments) {
      obj.assignments = message.assignments.map(e => e ? Assignment.toJSON(e) : undefined);
    } else {
      obj.assignments = [];
    }
    message.resultHash !== undefined && (obj.resultHash = base64FromBytes(message.resultHash !== undefined ? message.resultHash : new Uint8Array()));
    message.settledHeight !== undefined && (obj.settledHeight = (message.settledHeight || BigInt(0)).toString());
    message.reexecutionSampled !== undefined && (obj.reexecutionSampled = message.reexecutionSampled);
    if (message.pastWorkers) {
      obj.pastWorkers = message.pastWorkers.map(e => e);
    } else {
      obj.pastWorkers = [];
    }
    message.slotPrice !== undefined && (obj.slotPrice = message.slotPrice);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Task>, I>>(object: I): Task {
    const message = createBaseTask();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.client = object.client ?? "";
    if (object.modelId !== undefined && object.modelId !== null) {
      message.modelId = BigInt(object.modelId.toString());
    }
    message.inputSha256 = object.inputSha256 ?? new Uint8Array();
    message.inputLocator = object.inputLocator ?? "";
    message.urgency = object.urgency ?? 0;
    message.replication = object.replication ?? 0;
    message.preferredRegion = object.preferredRegion ?? "";
    message.escrow = object.escrow ?? "";
    message.maxFee = object.maxFee ?? "";
    message.status = object.status ?? 0;
    if (object.submitHeight !== undefined && object.submitHeight !== null) {
      message.submitHeight = BigInt(object.submitHeight.toString());
    }
    if (object.expiryHeight !== undefined && object.expiryHeight !== null) {
      message.expiryHeight = BigInt(object.expiryHeight.toString());
    }
    if (object.assignedHeight !== undefined && object.assignedHeight !== null) {
      message.assignedHeight = BigInt(object.assignedHeight.toString());
    }
    if (object.commitDeadline !== undefined && object.commitDeadline !== null) {
      message.commitDeadline = BigInt(object.commitDeadline.toString());
    }
    if (object.revealDeadline !== undefined && object.revealDeadline !== null) {
      message.revealDeadline = BigInt(object.revealDeadline.toString());
    }
    message.attempts = object.attempts ?? 0;
    message.assignments = object.assignments?.map(e => Assignment.fromPartial(e)) || [];
    message.resultHash = object.resultHash ?? new Uint8Array();
    if (object.settledHeight !== undefined && object.settledHeight !== null) {
      message.settledHeight = BigInt(object.settledHeight.toString());
    }
    message.reexecutionSampled = object.reexecutionSampled ?? false;
    message.pastWorkers = object.pastWorkers?.map(e => e) || [];
    message.slotPrice = object.slotPrice ?? "";
    return message;
  }
};
function createBaseNodeEpochStats(): NodeEpochStats {
  return {
    epoch: BigInt(0),
    node: "",
    computeUnits: BigInt(0),
    tasksAccepted: BigInt(0),
    tasksRejected: BigInt(0),
    tasksMissed: BigInt(0),
    heartbeats: 0
  };
}
export const NodeEpochStats = {
  encode(message: NodeEpochStats, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.node !== "") {
      writer.uint32(18).string(message.node);
    }
    if (message.computeUnits !== BigInt(0)) {
      writer.uint32(24).uint64(message.computeUnits);
    }
    if (message.tasksAccepted !== BigInt(0)) {
      writer.uint32(32).uint64(message.tasksAccepted);
    }
    if (message.tasksRejected !== BigInt(0)) {
      writer.uint32(40).uint64(message.tasksRejected);
    }
    if (message.tasksMissed !== BigInt(0)) {
      writer.uint32(48).uint64(message.tasksMissed);
    }
    if (message.heartbeats !== 0) {
      writer.uint32(56).uint32(message.heartbeats);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): NodeEpochStats {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseNodeEpochStats();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.node = reader.string();
          break;
        case 3:
          message.computeUnits = reader.uint64();
          break;
        case 4:
          message.tasksAccepted = reader.uint64();
          break;
        case 5:
          message.tasksRejected = reader.uint64();
          break;
        case 6:
          message.tasksMissed = reader.uint64();
          break;
        case 7:
          message.heartbeats = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): NodeEpochStats {
    const obj = createBaseNodeEpochStats();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.node)) obj.node = String(object.node);
    if (isSet(object.computeUnits)) obj.computeUnits = BigInt(object.computeUnits.toString());
    if (isSet(object.tasksAccepted)) obj.tasksAccepted = BigInt(object.tasksAccepted.toString());
    if (isSet(object.tasksRejected)) obj.tasksRejected = BigInt(object.tasksRejected.toString());
    if (isSet(object.tasksMissed)) obj.tasksMissed = BigInt(object.tasksMissed.toString());
    if (isSet(object.heartbeats)) obj.heartbeats = Number(object.heartbeats);
    return obj;
  },
  toJSON(message: NodeEpochStats): JsonSafe<NodeEpochStats> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.node !== undefined && (obj.node = message.node);
    message.computeUnits !== undefined && (obj.computeUnits = (message.computeUnits || BigInt(0)).toString());
    message.tasksAccepted !== undefined && (obj.tasksAccepted = (message.tasksAccepted || BigInt(0)).toString());
    message.tasksRejected !== undefined && (obj.tasksRejected = (message.tasksRejected || BigInt(0)).toString());
    message.tasksMissed !== undefined && (obj.tasksMissed = (message.tasksMissed || BigInt(0)).toString());
    message.heartbeats !== undefined && (obj.heartbeats = Math.round(message.heartbeats));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<NodeEpochStats>, I>>(object: I): NodeEpochStats {
    const message = createBaseNodeEpochStats();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.node = object.node ?? "";
    if (object.computeUnits !== undefined && object.computeUnits !== null) {
      message.computeUnits = BigInt(object.computeUnits.toString());
    }
    if (object.tasksAccepted !== undefined && object.tasksAccepted !== null) {
      message.tasksAccepted = BigInt(object.tasksAccepted.toString());
    }
    if (object.tasksRejected !== undefined && object.tasksRejected !== null) {
      message.tasksRejected = BigInt(object.tasksRejected.toString());
    }
    if (object.tasksMissed !== undefined && object.tasksMissed !== null) {
      message.tasksMissed = BigInt(object.tasksMissed.toString());
    }
    message.heartbeats = object.heartbeats ?? 0;
    return message;
  }
};
function createBaseParams(): Params {
  return {
    stakeDenom: "",
    minStakeHome: "",
    minStakeClinic: "",
    minStakeHpc: "",
    minStakeDatacenter: "",
    maxReplication: 0,
    commitWindowBlocks: BigInt(0),
    revealWindowBlocks: BigInt(0),
    taskTimeoutBlocks: BigInt(0),
    maxAttempts: 0,
    urgentPremium: "",
    statPremium: "",
    premiumBurnFraction: "",
    devFundShare: "",
    slashFraction: "",
    initialReputation: 0,
    dissentPenalty: 0,
    silentPenalty: 0,
    acceptReward: 0,
    reexecutionRate: "",
    epochIdentifier: "",
    maxMissedHeartbeats: 0,
    jailEpochs: BigInt(0),
    unbondingDelaySeconds: BigInt(0),
    regionBonus: 0,
    maxQueueScanPerBlock: 0,
    maxAssignmentsPerBlock: 0,
    maxAssignmentCandidates: 0,
    maxExpirationsPerBlock: 0,
    taskRetentionBlocks: BigInt(0),
    maxPrunesPerBlock: 0,
    minPaidPricePerUnit: "",
    maxHeartbeatJailsPerBlock: 0
  };
}
export const Params = {
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.stakeDenom !== "") {
      writer.uint32(10).string(message.stakeDenom);
    }
    if (message.minStakeHome !== "") {
      writer.uint32(18).string(message.minStakeHome);
    }
    if (message.minStakeClinic !== "") {
      writer.uint32(26).string(message.minStakeClinic);
    }
    if (message.minStakeHpc !== "") {
      writer.uint32(34).string(message.minStakeHpc);
    }
    if (message.minStakeDatacenter !== "") {
      writer.uint32(42).string(message.minStakeDatacenter);
    }
    if (message.maxReplication !== 0) {
      writer.uint32(48).uint32(message.maxReplication);
    }
    if (message.commitWindowBlocks !== BigInt(0)) {
      writer.uint32(56).int64(message.commitWindowBlocks);
    }
    if (message.revealWindowBlocks !== BigInt(0)) {
      writer.uint32(64).int64(message.revealWindowBlocks);
    }
    if (message.taskTimeoutBlocks !== BigInt(0)) {
      writer.uint32(72).int64(message.taskTimeoutBlocks);
    }
    if (message.maxAttempts !== 0) {
      writer.uint32(80).uint32(message.maxAttempts);
    }
    if (message.urgentPremium !== "") {
      writer.uint32(90).string(Decimal.fromUserInput(message.urgentPremium, 18).atomics);
    }
    if (message.statPremium !== "") {
      writer.uint32(98).string(Decimal.fromUserInput(message.statPremium, 18).atomics);
    }
    if (message.premiumBurnFraction !== "") {
      writer.uint32(106).string(Decimal.fromUserInput(message.premiumBurnFraction, 18).atomics);
    }
    if (message.devFundShare !== "") {
      writer.uint32(114).string(Decimal.fromUserInput(message.devFundShare, 18).atomics);
    }
    if (message.slashFraction !== "") {
      writer.uint32(122).string(Decimal.fromUserInput(message.slashFraction, 18).atomics);
    }
    if (message.initialReputation !== 0) {
      writer.uint32(128).uint32(message.initialReputation);
    }
    if (message.dissentPenalty !== 0) {
      writer.uint32(136).uint32(message.dissentPenalty);
    }
    if (message.silentPenalty !== 0) {
      writer.uint32(144).uint32(message.silentPenalty);
    }
    if (message.acceptReward !== 0) {
      writer.uint32(152).uint32(message.acceptReward);
    }
    if (message.reexecutionRate !== "") {
      writer.uint32(162).string(Decimal.fromUserInput(message.reexecutionRate, 18).atomics);
    }
    if (message.epochIdentifier !== "") {
      writer.uint32(170).string(message.epochIdentifier);
    }
    if (message.maxMissedHeartbeats !== 0) {
      writer.uint32(176).uint32(message.maxMissedHeartbeats);
    }
    if (message.jailEpochs !== BigInt(0)) {
      writer.uint32(184).int64(message.jailEpochs);
    }
    if (message.unbondingDelaySeconds !== BigInt(0)) {
      writer.uint32(192).int64(message.unbondingDelaySeconds);
    }
    if (message.regionBonus !== 0) {
      writer.uint32(200).uint32(message.regionBonus);
    }
    if (message.maxQueueScanPerBlock !== 0) {
      writer.uint32(208).uint32(message.maxQueueScanPerBlock);
    }
    if (message.maxAssignmentsPerBlock !== 0) {
      writer.uint32(216).uint32(message.maxAssignmentsPerBlock);
    }
    if (message.maxAssignmentCandidates !== 0) {
      writer.uint32(224).uint32(message.maxAssignmentCandidates);
    }
    if (message.maxExpirationsPerBlock !== 0) {
      writer.uint32(232).uint32(message.maxExpirationsPerBlock);
    }
    if (message.taskRetentionBlocks !== BigInt(0)) {
      writer.uint32(240).int64(message.taskRetentionBlocks);
    }
    if (message.maxPrunesPerBlock !== 0) {
      writer.uint32(248).uint32(message.maxPrunesPerBlock);
    }
    if (message.minPaidPricePerUnit !== "") {
      writer.uint32(258).string(message.minPaidPricePerUnit);
    }
    if (message.maxHeartbeatJailsPerBlock !== 0) {
      writer.uint32(264).uint32(message.maxHeartbeatJailsPerBlock);
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
          message.stakeDenom = reader.string();
          break;
        case 2:
          message.minStakeHome = reader.string();
          break;
        case 3:
          message.minStakeClinic = reader.string();
          break;
        case 4:
          message.minStakeHpc = reader.string();
          break;
        case 5:
          message.minStakeDatacenter = reader.string();
          break;
        case 6:
          message.maxReplication = reader.uint32();
          break;
        case 7:
          message.commitWindowBlocks = reader.int64();
          break;
        case 8:
          message.revealWindowBlocks = reader.int64();
          break;
        case 9:
          message.taskTimeoutBlocks = reader.int64();
          break;
        case 10:
          message.maxAttempts = reader.uint32();
          break;
        case 11:
          message.urgentPremium = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 12:
          message.statPremium = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 13:
          message.premiumBurnFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 14:
          message.devFundShare = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 15:
          message.slashFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 16:
          message.initialReputation = reader.uint32();
          break;
        case 17:
          message.dissentPenalty = reader.uint32();
          break;
        case 18:
          message.silentPenalty = reader.uint32();
          break;
        case 19:
          message.acceptReward = reader.uint32();
          break;
        case 20:
          message.reexecutionRate = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 21:
          message.epochIdentifier = reader.string();
          break;
        case 22:
          message.maxMissedHeartbeats = reader.uint32();
          break;
        case 23:
          message.jailEpochs = reader.int64();
          break;
        case 24:
          message.unbondingDelaySeconds = reader.int64();
          break;
        case 25:
          message.regionBonus = reader.uint32();
          break;
        case 26:
          message.maxQueueScanPerBlock = reader.uint32();
          break;
        case 27:
          message.maxAssignmentsPerBlock = reader.uint32();
          break;
        case 28:
          message.maxAssignmentCandidates = reader.uint32();
          break;
        case 29:
          message.maxExpirationsPerBlock = reader.uint32();
          break;
        case 30:
          message.taskRetentionBlocks = reader.int64();
          break;
        case 31:
          message.maxPrunesPerBlock = reader.uint32();
          break;
        case 32:
          message.minPaidPricePerUnit = reader.string();
          break;
        case 33:
          message.maxHeartbeatJailsPerBlock = reader.uint32();
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
    if (isSet(object.stakeDenom)) obj.stakeDenom = String(object.stakeDenom);
    if (isSet(object.minStakeHome)) obj.minStakeHome = String(object.minStakeHome);
    if (isSet(object.minStakeClinic)) obj.minStakeClinic = String(object.minStakeClinic);
    if (isSet(object.minStakeHpc)) obj.minStakeHpc = String(object.minStakeHpc);
    if (isSet(object.minStakeDatacenter)) obj.minStakeDatacenter = String(object.minStakeDatacenter);
    if (isSet(object.maxReplication)) obj.maxReplication = Number(object.maxReplication);
    if (isSet(object.commitWindowBlocks)) obj.commitWindowBlocks = BigInt(object.commitWindowBlocks.toString());
    if (isSet(object.revealWindowBlocks)) obj.revealWindowBlocks = BigInt(object.revealWindowBlocks.toString());
    if (isSet(object.taskTimeoutBlocks)) obj.taskTimeoutBlocks = BigInt(object.taskTimeoutBlocks.toString());
    if (isSet(object.maxAttempts)) obj.maxAttempts = Number(object.maxAttempts);
    if (isSet(object.urgentPremium)) obj.urgentPremium = String(object.urgentPremium);
    if (isSet(object.statPremium)) obj.statPremium = String(object.statPremium);
    if (isSet(object.premiumBurnFraction)) obj.premiumBurnFraction = String(object.premiumBurnFraction);
    if (isSet(object.devFundShare)) obj.devFundShare = String(object.devFundShare);
    if (isSet(object.slashFraction)) obj.slashFraction = String(object.slashFraction);
    if (isSet(object.initialReputation)) obj.initialReputation = Number(object.initialReputation);
    if (isSet(object.dissentPenalty)) obj.dissentPenalty = Number(object.dissentPenalty);
    if (isSet(object.silentPenalty)) obj.silentPenalty = Number(object.silentPenalty);
    if (isSet(object.acceptReward)) obj.acceptReward = Number(object.acceptReward);
    if (isSet(object.reexecutionRate)) obj.reexecutionRate = String(object.reexecutionRate);
    if (isSet(object.epochIdentifier)) obj.epochIdentifier = String(object.epochIdentifier);
    if (isSet(object.maxMissedHeartbeats)) obj.maxMissedHeartbeats = Number(object.maxMissedHeartbeats);
    if (isSet(object.jailEpochs)) obj.jailEpochs = BigInt(object.jailEpochs.toString());
    if (isSet(object.unbondingDelaySeconds)) obj.unbondingDelaySeconds = BigInt(object.unbondingDelaySeconds.toString());
    if (isSet(object.regionBonus)) obj.regionBonus = Number(object.regionBonus);
    if (isSet(object.maxQueueScanPerBlock)) obj.maxQueueScanPerBlock = Number(object.maxQueueScanPerBlock);
    if (isSet(object.maxAssignmentsPerBlock)) obj.maxAssignmentsPerBlock = Number(object.maxAssignmentsPerBlock);
    if (isSet(object.maxAssignmentCandidates)) obj.maxAssignmentCandidates = Number(object.maxAssignmentCandidates);
    if (isSet(object.maxExpirationsPerBlock)) obj.maxExpirationsPerBlock = Number(object.maxExpirationsPerBlock);
    if (isSet(object.taskRetentionBlocks)) obj.taskRetentionBlocks = BigInt(object.taskRetentionBlocks.toString());
    if (isSet(object.maxPrunesPerBlock)) obj.maxPrunesPerBlock = Number(object.maxPrunesPerBlock);
    if (isSet(object.minPaidPricePerUnit)) obj.minPaidPricePerUnit = String(object.minPaidPricePerUnit);
    if (isSet(object.maxHeartbeatJailsPerBlock)) obj.maxHeartbeatJailsPerBlock = Number(object.maxHeartbeatJailsPerBlock);
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.stakeDenom !== undefined && (obj.stakeDenom = message.stakeDenom);
    message.minStakeHome !== undefined && (obj.minStakeHome = message.minStakeHome);
    message.minStakeClinic !== undefined && (obj.minStakeClinic = message.minStakeClinic);
    message.minStakeHpc !== undefined && (obj.minStakeHpc = message.minStakeHpc);
    message.minStakeDatacenter !== undefined && (obj.minStakeDatacenter = message.minStakeDatacenter);
    message.maxReplication !== undefined && (obj.maxReplication = Math.round(message.maxReplication));
    message.commitWindowBlocks !== undefined && (obj.commitWindowBlocks = (message.commitWindowBlocks || BigInt(0)).toString());
    message.revealWindowBlocks !== undefined && (obj.revealWindowBlocks = (message.revealWindowBlocks || BigInt(0)).toString());
    message.taskTimeoutBlocks !== undefined && (obj.taskTimeoutBlocks = (message.taskTimeoutBlocks || BigInt(0)).toString());
    message.maxAttempts !== undefined && (obj.maxAttempts = Math.round(message.maxAttempts));
    message.urgentPremium !== undefined && (obj.urgentPremium = message.urgentPremium);
    message.statPremium !== undefined && (obj.statPremium = message.statPremium);
    message.premiumBurnFraction !== undefined && (obj.premiumBurnFraction = message.premiumBurnFraction);
    message.devFundShare !== undefined && (obj.devFundShare = message.devFundShare);
    message.slashFraction !== undefined && (obj.slashFraction = message.slashFraction);
    message.initialReputation !== undefined && (obj.initialReputation = Math.round(message.initialReputation));
    message.dissentPenalty !== undefined && (obj.dissentPenalty = Math.round(message.dissentPenalty));
    message.silentPenalty !== undefined && (obj.silentPenalty = Math.round(message.silentPenalty));
    message.acceptReward !== undefined && (obj.acceptReward = Math.round(message.acceptReward));
    message.reexecutionRate !== undefined && (obj.reexecutionRate = message.reexecutionRate);
    message.epochIdentifier !== undefined && (obj.epochIdentifier = message.epochIdentifier);
    message.maxMissedHeartbeats !== undefined && (obj.maxMissedHeartbeats = Math.round(message.maxMissedHeartbeats));
    message.jailEpochs !== undefined && (obj.jailEpochs = (message.jailEpochs || BigInt(0)).toString());
    message.unbondingDelaySeconds !== undefined && (obj.unbondingDelaySeconds = (message.unbondingDelaySeconds || BigInt(0)).toString());
    message.regionBonus !== undefined && (obj.regionBonus = Math.round(message.regionBonus));
    message.maxQueueScanPerBlock !== undefined && (obj.maxQueueScanPerBlock = Math.round(message.maxQueueScanPerBlock));
    message.maxAssignmentsPerBlock !== undefined && (obj.maxAssignmentsPerBlock = Math.round(message.maxAssignmentsPerBlock));
    message.maxAssignmentCandidates !== undefined && (obj.maxAssignmentCandidates = Math.round(message.maxAssignmentCandidates));
    message.maxExpirationsPerBlock !== undefined && (obj.maxExpirationsPerBlock = Math.round(message.maxExpirationsPerBlock));
    message.taskRetentionBlocks !== undefined && (obj.taskRetentionBlocks = (message.taskRetentionBlocks || BigInt(0)).toString());
    message.maxPrunesPerBlock !== undefined && (obj.maxPrunesPerBlock = Math.round(message.maxPrunesPerBlock));
    message.minPaidPricePerUnit !== undefined && (obj.minPaidPricePerUnit = message.minPaidPricePerUnit);
    message.maxHeartbeatJailsPerBlock !== undefined && (obj.maxHeartbeatJailsPerBlock = Math.round(message.maxHeartbeatJailsPerBlock));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.stakeDenom = object.stakeDenom ?? "";
    message.minStakeHome = object.minStakeHome ?? "";
    message.minStakeClinic = object.minStakeClinic ?? "";
    message.minStakeHpc = object.minStakeHpc ?? "";
    message.minStakeDatacenter = object.minStakeDatacenter ?? "";
    message.maxReplication = object.maxReplication ?? 0;
    if (object.commitWindowBlocks !== undefined && object.commitWindowBlocks !== null) {
      message.commitWindowBlocks = BigInt(object.commitWindowBlocks.toString());
    }
    if (object.revealWindowBlocks !== undefined && object.revealWindowBlocks !== null) {
      message.revealWindowBlocks = BigInt(object.revealWindowBlocks.toString());
    }
    if (object.taskTimeoutBlocks !== undefined && object.taskTimeoutBlocks !== null) {
      message.taskTimeoutBlocks = BigInt(object.taskTimeoutBlocks.toString());
    }
    message.maxAttempts = object.maxAttempts ?? 0;
    message.urgentPremium = object.urgentPremium ?? "";
    message.statPremium = object.statPremium ?? "";
    message.premiumBurnFraction = object.premiumBurnFraction ?? "";
    message.devFundShare = object.devFundShare ?? "";
    message.slashFraction = object.slashFraction ?? "";
    message.initialReputation = object.initialReputation ?? 0;
    message.dissentPenalty = object.dissentPenalty ?? 0;
    message.silentPenalty = object.silentPenalty ?? 0;
    message.acceptReward = object.acceptReward ?? 0;
    message.reexecutionRate = object.reexecutionRate ?? "";
    message.epochIdentifier = object.epochIdentifier ?? "";
    message.maxMissedHeartbeats = object.maxMissedHeartbeats ?? 0;
    if (object.jailEpochs !== undefined && object.jailEpochs !== null) {
      message.jailEpochs = BigInt(object.jailEpochs.toString());
    }
    if (object.unbondingDelaySeconds !== undefined && object.unbondingDelaySeconds !== null) {
      message.unbondingDelaySeconds = BigInt(object.unbondingDelaySeconds.toString());
    }
    message.regionBonus = object.regionBonus ?? 0;
    message.maxQueueScanPerBlock = object.maxQueueScanPerBlock ?? 0;
    message.maxAssignmentsPerBlock = object.maxAssignmentsPerBlock ?? 0;
    message.maxAssignmentCandidates = object.maxAssignmentCandidates ?? 0;
    message.maxExpirationsPerBlock = object.maxExpirationsPerBlock ?? 0;
    if (object.taskRetentionBlocks !== undefined && object.taskRetentionBlocks !== null) {
      message.taskRetentionBlocks = BigInt(object.taskRetentionBlocks.toString());
    }
    message.maxPrunesPerBlock = object.maxPrunesPerBlock ?? 0;
    message.minPaidPricePerUnit = object.minPaidPricePerUnit ?? "";
    message.maxHeartbeatJailsPerBlock = object.maxHeartbeatJailsPerBlock ?? 0;
    return message;
  }
};