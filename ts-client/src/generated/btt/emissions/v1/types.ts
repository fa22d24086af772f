/* eslint-disable */
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { Duration } from "cosmjs-types/google/protobuf/duration";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { Decimal } from "@cosmjs/math";
import { isSet, DeepPartial, Exact, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** SubBudget is a foundation sub-budget (shares 7/5/3/2 of the foundation's 17%). */
export enum SubBudget {
  SUB_BUDGET_UNSPECIFIED = 0,
  SUB_BUDGET_CORE_PROTOCOL = 1,
  SUB_BUDGET_AI_INTEGRATION = 2,
  SUB_BUDGET_SECURITY_COMPLIANCE = 3,
  SUB_BUDGET_RESEARCH = 4,
  UNRECOGNIZED = -1,
}
export function subBudgetFromJSON(object: any): SubBudget {
  switch (object) {
    case 0:
    case "SUB_BUDGET_UNSPECIFIED":
      return SubBudget.SUB_BUDGET_UNSPECIFIED;
    case 1:
    case "SUB_BUDGET_CORE_PROTOCOL":
      return SubBudget.SUB_BUDGET_CORE_PROTOCOL;
    case 2:
    case "SUB_BUDGET_AI_INTEGRATION":
      return SubBudget.SUB_BUDGET_AI_INTEGRATION;
    case 3:
    case "SUB_BUDGET_SECURITY_COMPLIANCE":
      return SubBudget.SUB_BUDGET_SECURITY_COMPLIANCE;
    case 4:
    case "SUB_BUDGET_RESEARCH":
      return SubBudget.SUB_BUDGET_RESEARCH;
    case -1:
    case "UNRECOGNIZED":
    default:
      return SubBudget.UNRECOGNIZED;
  }
}
export function subBudgetToJSON(object: SubBudget): string {
  switch (object) {
    case SubBudget.SUB_BUDGET_UNSPECIFIED:
      return "SUB_BUDGET_UNSPECIFIED";
    case SubBudget.SUB_BUDGET_CORE_PROTOCOL:
      return "SUB_BUDGET_CORE_PROTOCOL";
    case SubBudget.SUB_BUDGET_AI_INTEGRATION:
      return "SUB_BUDGET_AI_INTEGRATION";
    case SubBudget.SUB_BUDGET_SECURITY_COMPLIANCE:
      return "SUB_BUDGET_SECURITY_COMPLIANCE";
    case SubBudget.SUB_BUDGET_RESEARCH:
      return "SUB_BUDGET_RESEARCH";
    case SubBudget.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** PayoutPhase is where an epoch payout in progress stands. */
export enum PayoutPhase {
  PAYOUT_PHASE_UNSPECIFIED = 0,
  /** PAYOUT_PHASE_QUEUED - Waiting for an earlier epoch's payout to finish; the budget is fixed when it starts. */
  PAYOUT_PHASE_QUEUED = 1,
  /** PAYOUT_PHASE_SNAPSHOT - Copying x/compute's records of the epoch and summing credited units (per attested region). */
  PAYOUT_PHASE_SNAPSHOT = 2,
  /** PAYOUT_PHASE_SCORE - Summing the scores. */
  PAYOUT_PHASE_SCORE = 3,
  /** PAYOUT_PHASE_PAY - Paying each node and recording its reward. */
  PAYOUT_PHASE_PAY = 4,
  /** PAYOUT_PHASE_ABORT - Stopped by an error: dropping the remaining snapshot records. */
  PAYOUT_PHASE_ABORT = 5,
  UNRECOGNIZED = -1,
}
export function payoutPhaseFromJSON(object: any): PayoutPhase {
  switch (object) {
    case 0:
    case "PAYOUT_PHASE_UNSPECIFIED":
      return PayoutPhase.PAYOUT_PHASE_UNSPECIFIED;
    case 1:
    case "PAYOUT_PHASE_QUEUED":
      return PayoutPhase.PAYOUT_PHASE_QUEUED;
    case 2:
    case "PAYOUT_PHASE_SNAPSHOT":
      return PayoutPhase.PAYOUT_PHASE_SNAPSHOT;
    case 3:
    case "PAYOUT_PHASE_SCORE":
      return PayoutPhase.PAYOUT_PHASE_SCORE;
    case 4:
    case "PAYOUT_PHASE_PAY":
      return PayoutPhase.PAYOUT_PHASE_PAY;
    case 5:
    case "PAYOUT_PHASE_ABORT":
      return PayoutPhase.PAYOUT_PHASE_ABORT;
    case -1:
    case "UNRECOGNIZED":
    default:
      return PayoutPhase.UNRECOGNIZED;
  }
}
export function payoutPhaseToJSON(object: PayoutPhase): string {
  switch (object) {
    case PayoutPhase.PAYOUT_PHASE_UNSPECIFIED:
      return "PAYOUT_PHASE_UNSPECIFIED";
    case PayoutPhase.PAYOUT_PHASE_QUEUED:
      return "PAYOUT_PHASE_QUEUED";
    case PayoutPhase.PAYOUT_PHASE_SNAPSHOT:
      return "PAYOUT_PHASE_SNAPSHOT";
    case PayoutPhase.PAYOUT_PHASE_SCORE:
      return "PAYOUT_PHASE_SCORE";
    case PayoutPhase.PAYOUT_PHASE_PAY:
      return "PAYOUT_PHASE_PAY";
    case PayoutPhase.PAYOUT_PHASE_ABORT:
      return "PAYOUT_PHASE_ABORT";
    case PayoutPhase.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Params are the governed parameters of x/emissions. */
export interface Params {
  /** x/epochs identifier whose epoch ends pay the mining budget ("day" on mainnet). */
  epochIdentifier: string;
  /** quality = (1 - quality_weight) + quality_weight × uptime × accepted ÷ (accepted + rejected). */
  qualityWeight: string;
  /** Nodes with uptime below this earn nothing in the epoch. */
  minUptime: string;
  /**
   * Geography bonus curve: a region holding share s of the epoch's verified compute gets
   * geography = 1 + geography_max_bonus × (1 - s ÷ geography_threshold_share) when s < threshold, else 1.
   */
  geographyMaxBonus: string;
  geographyThresholdShare: string;
  /** Energy multiplier by attested efficiency class; classes not listed get default_energy_multiplier. */
  energyMultipliers: EnergyMultiplier[];
  defaultEnergyMultiplier: string;
  /** Fraction of the fee collector's balance moved to the development fund every block. */
  feeSplitFraction: string;
  /** Fraction of a fee that BurnFee burns (tokenization, premium compute). */
  burnFraction: string;
  /**
   * Epoch records (epoch_rewards and node_rewards) are kept for the latest epoch_record_retention
   * epochs; older ones are pruned at the start of blocks. 0 keeps them forever.
   */
  epochRecordRetention: bigint;
  /**
   * At most this many records (epoch and node rewards) are pruned per block, so pruning a
   * large backlog never makes one block slow. Must be positive when epoch_record_retention is.
   */
  pruneRecordsPerBlock: number;
  /**
   * An epoch is paid over as many blocks as it takes: each block handles at most this many node
   * records (snapshot, score sum, payment each count one), so the epoch boundary costs no more
   * per block than any other block at any number of nodes.
   */
  payoutRecordsPerBlock: number;
  /**
   * A node's payout is at most reward_cap_ratio × x/compute's farming cost per credited unit
   * (dev_fund_share × min_paid_price_per_unit) × its credited units, so paying one's own tasks
   * to earn emissions always costs more than it earns while the ratio is below 1. The rest of
   * the budget stays in the mining pool and carries forward.
   */
  rewardCapRatio: string;
}
/** EnergyMultiplier maps an energy-efficiency class (as x/compute attests it) to a score multiplier. */
export interface EnergyMultiplier {
  energyClass: string;
  multiplier: string;
}
/** Milestone is a foundation release, paid once by MsgReleaseMilestone. */
export interface Milestone {
  id: bigint;
  subBudget: SubBudget;
  amount: string;
  recipient: string;
  description: string;
  released: boolean;
  releasedAt: Timestamp;
}
/** EpochReward explains one epoch's mining payout. */
export interface EpochReward {
  epoch: bigint;
  time: Timestamp;
  /** Two-year period (1..4); 0 after year 8. */
  period: number;
  /** Epochs left in the period, this one included. */
  epochsLeftInPeriod: bigint;
  /** What remained of the period's (cumulative) budget before this epoch. */
  periodRemaining: string;
  budget: string;
  paid: string;
  /** budget - paid: stays in the pool and carries forward. */
  carriedForward: string;
  totalScore: string;
  nodeCount: number;
  /** The cap on a node's payout per credited compute unit in this epoch (abtt). */
  rewardCapPerUnit: string;
  /** Nodes whose payout the cap lowered. */
  cappedNodes: number;
  /** Height of the block that finished the payout (it starts at the epoch end's block). */
  completedHeight: bigint;
  /** Set when the payout stopped early (the rest of the budget carried forward). */
  abortReason: string;
}
/** NodeReward is one node's score components and payout in one epoch. */
export interface NodeReward {
  epoch: bigint;
  operator: string;
  computeUnits: bigint;
  uptime: string;
  accepted: bigint;
  rejected: bigint;
  region: string;
  energyClass: string;
  contribution: string;
  quality: string;
  geography: string;
  energy: string;
  score: string;
  payout: string;
  /** Region and energy class were attested by an x/rwa TECHNICAL verifier (multipliers apply). */
  attested: boolean;
  /** The payout was lowered to the reward cap (reward_cap_per_unit × compute_units). */
  capped: boolean;
}
/**
 * EpochPayout is an epoch payout in progress. Each phase walks the snapshot in operator order
 * from cursor, at most params.payout_records_per_block records per block.
 */
export interface EpochPayout {
  epoch: bigint;
  /** Block time of the epoch's end: the schedule's budget is computed at this time. */
  endedAt: Timestamp;
  epochDuration: Duration;
  phase: PayoutPhase;
  /** Last operator handled in the current phase ("" = none yet). */
  cursor: string;
  period: number;
  epochsLeftInPeriod: bigint;
  periodRemaining: string;
  budget: string;
  rewardCapPerUnit: string;
  /** Credited units of the eligible nodes (the geography shares' denominator). */
  totalUnits: string;
  totalScore: string;
  paid: string;
  nodeCount: number;
  cappedNodes: number;
  /** Last block that did work on this payout (one step per block). */
  lastHeight: bigint;
  abortReason: string;
}
/** RegionUnits is the credited units of an epoch's attested nodes in one region (payout snapshot). */
export interface RegionUnits {
  epoch: bigint;
  region: string;
  units: string;
}
/** Released is an amount released from one source in one calendar year since genesis. */
export interface Released {
  year: number;
  source: string;
  amount: string;
}
function createBaseParams(): Params {
  return {
    epochIdentifier: "",
    qualityWeight: "",
    minUptime: "",
    geographyMaxBonus: "",
    geographyThresholdShare: "",
    energyMultipliers: [],
    defaultEnergyMultiplier: "",
    feeSplitFraction: "",
    burnFraction: "",
    epochRecordRetention: BigInt(0),
    pruneRecordsPerBlock: 0,
    payoutRecordsPerBlock: 0,
    rewardCapRatio: ""
  };
}
export const Params = {
  aminoType: "btt/x/emissions/Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epochIdentifier !== "") {
      writer.uint32(10).string(message.epochIdentifier);
    }
    if (message.qualityWeight !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.qualityWeight, 18).atomics);
    }
    if (message.minUptime !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.minUptime, 18).atomics);
    }
    if (message.geographyMaxBonus !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.geographyMaxBonus, 18).atomics);
    }
    if (message.geographyThresholdShare !== "") {
      writer.uint32(42).string(Decimal.fromUserInput(message.geographyThresholdShare, 18).atomics);
    }
    for (const v of message.energyMultipliers) {
      EnergyMultiplier.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    if (message.defaultEnergyMultiplier !== "") {
      writer.uint32(58).string(Decimal.fromUserInput(message.defaultEnergyMultiplier, 18).atomics);
    }
    if (message.feeSplitFraction !== "") {
      writer.uint32(66).string(Decimal.fromUserInput(message.feeSplitFraction, 18).atomics);
    }
    if (message.burnFraction !== "") {
      writer.uint32(74).string(Decimal.fromUserInput(message.burnFraction, 18).atomics);
    }
    if (message.epochRecordRetention !== BigInt(0)) {
      writer.uint32(80).uint64(message.epochRecordRetention);
    }
    if (message.pruneRecordsPerBlock !== 0) {
      writer.uint32(88).uint32(message.pruneRecordsPerBlock);
    }
    if (message.payoutRecordsPerBlock !== 0) {
      writer.uint32(96).uint32(message.payoutRecordsPerBlock);
    }
    if (message.rewardCapRatio !== "") {
      writer.uint32(106).string(Decimal.fromUserInput(message.rewardCapRatio, 18).atomics);
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
          message.epochIdentifier = reader.string();
          break;
        case 2:
          message.qualityWeight = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.minUptime = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.geographyMaxBonus = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 5:
          message.geographyThresholdShare = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 6:
          message.energyMultipliers.push(EnergyMultiplier.decode(reader, reader.uint32()));
          break;
        case 7:
          message.defaultEnergyMultiplier = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 8:
          message.feeSplitFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 9:
          message.burnFraction = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 10:
          message.epochRecordRetention = reader.uint64();
          break;
        case 11:
          message.pruneRecordsPerBlock = reader.uint32();
          break;
        case 12:
          message.payoutRecordsPerBlock = reader.uint32();
          break;
        case 13:
          message.rewardCapRatio = Decimal.fromAtomics(reader.string(), 18).toString();
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
    if (isSet(object.epochIdentifier)) obj.epochIdentifier = String(object.epochIdentifier);
    if (isSet(object.qualityWeight)) obj.qualityWeight = String(object.qualityWeight);
    if (isSet(object.minUptime)) obj.minUptime = String(object.minUptime);
    if (isSet(object.geographyMaxBonus)) obj.geographyMaxBonus = String(object.geographyMaxBonus);
    if (isSet(object.geographyThresholdShare)) obj.geographyThresholdShare = String(object.geographyThresholdShare);
    if (Array.isArray(object?.energyMultipliers)) obj.energyMultipliers = object.energyMultipliers.map((e: any) => EnergyMultiplier.fromJSON(e));
    if (isSet(object.defaultEnergyMultiplier)) obj.defaultEnergyMultiplier = String(object.defaultEnergyMultiplier);
    if (isSet(object.feeSplitFraction)) obj.feeSplitFraction = String(object.feeSplitFraction);
    if (isSet(object.burnFraction)) obj.burnFraction = String(object.burnFraction);
    if (isSet(object.epochRecordRetention)) obj.epochRecordRetention = BigInt(object.epochRecordRetention.toString());
    if (isSet(object.pruneRecordsPerBlock)) obj.pruneRecordsPerBlock = Number(object.pruneRecordsPerBlock);
    if (isSet(object.payoutRecordsPerBlock)) obj.payoutRecordsPerBlock = Number(object.payoutRecordsPerBlock);
    if (isSet(object.rewardCapRatio)) obj.rewardCapRatio = String(object.rewardCapRatio);
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.epochIdentifier !== undefined && (obj.epochIdentifier = message.epochIdentifier);
    message.qualityWeight !== undefined && (obj.qualityWeight = message.qualityWeight);
    message.minUptime !== undefined && (obj.minUptime = message.minUptime);
    message.geographyMaxBonus !== undefined && (obj.geographyMaxBonus = message.geographyMaxBonus);
    message.geographyThresholdShare !== undefined && (obj.geographyThresholdShare = message.geographyThresholdShare);
    if (message.energyMultipliers) {
      obj.energyMultipliers = message.energyMultipliers.map(e => e ? EnergyMultiplier.toJSON(e) : undefined);
    } else {
      obj.energyMultipliers = [];
    }
    message.defaultEnergyMultiplier !== undefined && (obj.defaultEnergyMultiplier = message.defaultEnergyMultiplier);
    message.feeSplitFraction !== undefined && (obj.feeSplitFraction = message.feeSplitFraction);
    message.burnFraction !== undefined && (obj.burnFraction = message.burnFraction);
    message.epochRecordRetention !== undefined && (obj.epochRecordRetention = (message.epochRecordRetention || BigInt(0)).toString());
    message.pruneRecordsPerBlock !== undefined && (obj.pruneRecordsPerBlock = Math.round(message.pruneRecordsPerBlock));
    message.payoutRecordsPerBlock !== undefined && (obj.payoutRecordsPerBlock = Math.round(message.payoutRecordsPerBlock));
    message.rewardCapRatio !== undefined && (obj.rewardCapRatio = message.rewardCapRatio);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.epochIdentifier = object.epochIdentifier ?? "";
    message.qualityWeight = object.qualityWeight ?? "";
    message.minUptime = object.minUptime ?? "";
    message.geographyMaxBonus = object.geographyMaxBonus ?? "";
    message.geographyThresholdShare = object.geographyThresholdShare ?? "";
    message.energyMultipliers = object.energyMultipliers?.map(e => EnergyMultiplier.fromPartial(e)) || [];
    message.defaultEnergyMultiplier = object.defaultEnergyMultiplier ?? "";
    message.feeSplitFraction = object.feeSplitFraction ?? "";
    message.burnFraction = object.burnFraction ?? "";
    if (object.epochRecordRetention !== undefined && object.epochRecordRetention !== null) {
      message.epochRecordRetention = BigInt(object.epochRecordRetention.toString());
    }
    message.pruneRecordsPerBlock = object.pruneRecordsPerBlock ?? 0;
    message.payoutRecordsPerBlock = object.payoutRecordsPerBlock ?? 0;
    message.rewardCapRatio = object.rewardCapRatio ?? "";
    return message;
  }
};
function createBaseEnergyMultiplier(): EnergyMultiplier {
  return {
    energyClass: "",
    multiplier: ""
  };
}
export const EnergyMultiplier = {
  encode(message: EnergyMultiplier, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.energyClass !== "") {
      writer.uint32(10).string(message.energyClass);
    }
    if (message.multiplier !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.multiplier, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EnergyMultiplier {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEnergyMultiplier();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.energyClass = reader.string();
          break;
        case 2:
          message.multiplier = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EnergyMultiplier {
    const obj = createBaseEnergyMultiplier();
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    if (isSet(object.multiplier)) obj.multiplier = String(object.multiplier);
    return obj;
  },
  toJSON(message: EnergyMultiplier): JsonSafe<EnergyMultiplier> {
    const obj: any = {};
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    message.multiplier !== undefined && (obj.multiplier = message.multiplier);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EnergyMultiplier>, I>>(object: I): EnergyMultiplier {
    const message = createBaseEnergyMultiplier();
    message.energyClass = object.energyClass ?? "";
    message.multiplier = object.multiplier ?? "";
    return message;
  }
};
function createBaseMilestone(): Milestone {
  return {
    id: BigInt(0),
    subBudget: 0,
    amount: "",
    recipient: "",
    description: "",
    released: false,
    releasedAt: Timestamp.fromPartial({})
  };
}
export const Milestone = {
  encode(message: Milestone, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.subBudget !== 0) {
      writer.uint32(16).int32(message.subBudget);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    if (message.recipient !== "") {
      writer.uint32(34).string(message.recipient);
    }
    if (message.description !== "") {
      writer.uint32(42).string(message.description);
    }
    if (message.released === true) {
      writer.uint32(48).bool(message.released);
    }
    if (message.releasedAt !== undefined) {
      Timestamp.encode(message.releasedAt, writer.uint32(58).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Milestone {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMilestone();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.subBudget = reader.int32() as any;
          break;
        case 3:
          message.amount = reader.string();
          break;
        case 4:
          message.recipient = reader.string();
          break;
        case 5:
          message.description = reader.string();
          break;
        case 6:
          message.released = reader.bool();
          break;
        case 7:
          message.releasedAt = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Milestone {
    const obj = createBaseMilestone();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    if (isSet(object.subBudget)) obj.subBudget = subBudgetFromJSON(object.subBudget);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (isSet(object.description)) obj.description = String(object.description);
    if (isSet(object.released)) obj.released = Boolean(object.released);
    if (isSet(object.releasedAt)) obj.releasedAt = fromJsonTimestamp(object.releasedAt);
    return obj;
  },
  toJSON(message: Milestone): JsonSafe<Milestone> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.subBudget !== undefined && (obj.subBudget = subBudgetToJSON(message.subBudget));
    message.amount !== undefined && (obj.amount = message.amount);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    message.description !== undefined && (obj.description = message.description);
    message.released !== undefined && (obj.released = message.released);
    message.releasedAt !== undefined && (obj.releasedAt = fromTimestamp(message.releasedAt).toISOString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Milestone>, I>>(object: I): Milestone {
    const message = createBaseMilestone();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.subBudget = object.subBudget ?? 0;
    message.amount = object.amount ?? "";
    message.recipient = object.recipient ?? "";
    message.description = object.description ?? "";
    message.released = object.released ?? false;
    if (object.releasedAt !== undefined && object.releasedAt !== null) {
      message.releasedAt = Timestamp.fromPartial(object.releasedAt);
    }
    return message;
  }
};
function createBaseEpochReward(): EpochReward {
  return {
    epoch: BigInt(0),
    time: Timestamp.fromPartial({}),
    period: 0,
    epochsLeftInPeriod: BigInt(0),
    periodRemaining: "",
    budget: "",
    paid: "",
    carriedForward: "",
    totalScore: "",
    nodeCount: 0,
    rewardCapPerUnit: "",
    cappedNodes: 0,
    completedHeight: BigInt(0),
    abortReason: ""
  };
}
export const EpochReward = {
  encode(message: EpochReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.time !== undefined) {
      Timestamp.encode(message.time, writer.uint32(18).fork()).ldelim();
    }
    if (message.period !== 0) {
      writer.uint32(24).uint32(message.period);
    }
    if (message.epochsLeftInPeriod !== BigInt(0)) {
      writer.uint32(32).int64(message.epochsLeftInPeriod);
    }
    if (message.periodRemaining !== "") {
      writer.uint32(42).string(message.periodRemaining);
    }
    if (message.budget !== "") {
      writer.uint32(50).string(message.budget);
    }
    if (message.paid !== "") {
      writer.uint32(58).string(message.paid);
    }
    if (message.carriedForward !== "") {
      writer.uint32(66).string(message.carriedForward);
    }
    if (message.totalScore !== "") {
      writer.uint32(74).string(Decimal.fromUserInput(message.totalScore, 18).atomics);
    }
    if (message.nodeCount !== 0) {
      writer.uint32(80).uint32(message.nodeCount);
    }
    if (message.rewardCapPerUnit !== "") {
      writer.uint32(90).string(message.rewardCapPerUnit);
    }
    if (message.cappedNodes !== 0) {
      writer.uint32(96).uint32(message.cappedNodes);
    }
    if (message.completedHeight !== BigInt(0)) {
      writer.uint32(104).int64(message.completedHeight);
    }
    if (message.abortReason !== "") {
      writer.uint32(114).string(message.abortReason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EpochReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEpochReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.time = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.period = reader.uint32();
          break;
        case 4:
          message.epochsLeftInPeriod = reader.int64();
          break;
        case 5:
          message.periodRemaining = reader.string();
          break;
        case 6:
          message.budget = reader.string();
          break;
        case 7:
          message.paid = reader.string();
          break;
        case 8:
          message.carriedForward = reader.string();
          break;
        case 9:
          message.totalScore = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 10:
          message.nodeCount = reader.uint32();
          break;
        case 11:
          message.rewardCapPerUnit = reader.string();
          break;
        case 12:
          message.cappedNodes = reader.uint32();
          break;
        case 13:
          message.completedHeight = reader.int64();
          break;
        case 14:
          message.abortReason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EpochReward {
    const obj = createBaseEpochReward();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.time)) obj.time = fromJsonTimestamp(object.time);
    if (isSet(object.period)) obj.period = Number(object.period);
    if (isSet(object.epochsLeftInPeriod)) obj.epochsLeftInPeriod = BigInt(object.epochsLeftInPeriod.toString());
    if (isSet(object.periodRemaining)) obj.periodRemaining = String(object.periodRemaining);
    if (isSet(object.budget)) obj.budget = String(object.budget);
    if (isSet(object.paid)) obj.paid = String(object.paid);
    if (isSet(object.carriedForward)) obj.carriedForward = String(object.carriedForward);
    if (isSet(object.totalScore)) obj.totalScore = String(object.totalScore);
    if (isSet(object.nodeCount)) obj.nodeCount = Number(object.nodeCount);
    if (isSet(object.rewardCapPerUnit)) obj.rewardCapPerUnit = String(object.rewardCapPerUnit);
    if (isSet(object.cappedNodes)) obj.cappedNodes = Number(object.cappedNodes);
    if (isSet(object.completedHeight)) obj.completedHeight = BigInt(object.completedHeight.toString());
    if (isSet(object.abortReason)) obj.abortReason = String(object.abortReason);
    return obj;
  },
  toJSON(message: EpochReward): JsonSafe<EpochReward> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.time !== undefined && (obj.time = fromTimestamp(message.time).toISOString());
    message.period !== undefined && (obj.period = Math.round(message.period));
    message.epochsLeftInPeriod !== undefined && (obj.epochsLeftInPeriod = (message.epochsLeftInPeriod || BigInt(0)).toString());
    message.periodRemaining !== undefined && (obj.periodRemaining = message.periodRemaining);
    message.budget !== undefined && (obj.budget = message.budget);
    message.paid !== undefined && (obj.paid = message.paid);
    message.carriedForward !== undefined && (obj.carriedForward = message.carriedForward);
    message.totalScore !== undefined && (obj.totalScore = message.totalScore);
    message.nodeCount !== undefined && (obj.nodeCount = Math.round(message.nodeCount));
    message.rewardCapPerUnit !== undefined && (obj.rewardCapPerUnit = message.rewardCapPerUnit);
    message.cappedNodes !== undefined && (obj.cappedNodes = Math.round(message.cappedNodes));
    message.completedHeight !== undefined && (obj.completedHeight = (message.completedHeight || BigInt(0)).toString());
    message.abortReason !== undefined && (obj.abortReason = message.abortReason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EpochReward>, I>>(object: I): EpochReward {
    const message = createBaseEpochReward();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    if (object.time !== undefined && object.time !== null) {
      message.time = Timestamp.fromPartial(object.time);
    }
    message.period = object.period ?? 0;
    if (object.epochsLeftInPeriod !== undefined && object.epochsLeftInPeriod !== null) {
      message.epochsLeftInPeriod = BigInt(object.epochsLeftInPeriod.toString());
    }
    message.periodRemaining = object.periodRemaining ?? "";
    message.budget = object.budget ?? "";
    message.paid = object.paid ?? "";
    message.carriedForward = object.carriedForward ?? "";
    message.totalScore = object.totalScore ?? "";
    message.nodeCount = object.nodeCount ?? 0;
    message.rewardCapPerUnit = object.rewardCapPerUnit ?? "";
    message.cappedNodes = object.cappedNodes ?? 0;
    if (object.completedHeight !== undefined && object.completedHeight !== null) {
      message.completedHeight = BigInt(object.completedHeight.toString());
    }
    message.abortReason = object.abortReason ?? "";
    return message;
  }
};
function createBaseNodeReward(): NodeReward {
  return {
    epoch: BigInt(0),
    operator: "",
    computeUnits: BigInt(0),
    uptime: "",
    accepted: BigInt(0),
    rejected: BigInt(0),
    region: "",
    energyClass: "",
    contribution: "",
    quality: "",
    geography: "",
    energy: "",
    score: "",
    payout: "",
    attested: false,
    capped: false
  };
}
export const NodeReward = {
  encode(message: NodeReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.operator !== "") {
      writer.uint32(18).string(message.operator);
    }
    if (message.computeUnits !== BigInt(0)) {
      writer.uint32(24).uint64(message.computeUnits);
    }
    if (message.uptime !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.uptime, 18).atomics);
    }
    if (message.accepted !== BigInt(0)) {
      writer.uint32(40).uint64(message.accepted);
    }
    if (message.rejected !== BigInt(0)) {
      writer.uint32(48).uint64(message.rejected);
    }
    if (message.region !== "") {
      writer.uint32(58).string(message.region);
    }
    if (message.energyClass !== "") {
      writer.uint32(66).string(message.energyClass);
    }
    if (message.contribution !== "") {
      writer.uint32(74).string(Decimal.fromUserInput(message.contribution, 18).atomics);
    }
    if (message.quality !== "") {
      writer.uint32(82).string(Decimal.fromUserInput(message.quality, 18).atomics);
    }
    if (message.geography !== "") {
      writer.uint32(90).string(Decimal.fromUserInput(message.geography, 18).atomics);
    }
    if (message.energy !== "") {
      writer.uint32(98).string(Decimal.fromUserInput(message.energy, 18).atomics);
    }
    if (message.score !== "") {
      writer.uint32(106).string(Decimal.fromUserInput(message.score, 18).atomics);
    }
    if (message.payout !== "") {
      writer.uint32(114).string(message.payout);
    }
    if (message.attested === true) {
      writer.uint32(120).bool(message.attested);
    }
    if (message.capped === true) {
      writer.uint32(128).bool(message.capped);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): NodeReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseNodeReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.operator = reader.string();
          break;
        case 3:
          message.computeUnits = reader.uint64();
          break;
        case 4:
          message.uptime = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 5:
          message.accepted = reader.uint64();
          break;
        case 6:
          message.rejected = reader.uint64();
          break;
        case 7:
          message.region = reader.string();
          break;
        case 8:
          message.energyClass = reader.string();
          break;
        case 9:
          message.contribution = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 10:
          message.quality = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 11:
          message.geography = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 12:
          message.energy = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 13:
          message.score = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 14:
          message.payout = reader.string();
          break;
        case 15:
          message.attested = reader.bool();
          break;
        case 16:
          message.capped = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): NodeReward {
    const obj = createBaseNodeReward();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.operator)) obj.operator = String(object.operator);
    if (isSet(object.computeUnits)) obj.computeUnits = BigInt(object.computeUnits.toString());
    if (isSet(object.uptime)) obj.uptime = String(object.uptime);
    if (isSet(object.accepted)) obj.accepted = BigInt(object.accepted.toString());
    if (isSet(object.rejected)) obj.rejected = BigInt(object.rejected.toString());
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.energyClass)) obj.energyClass = String(object.energyClass);
    if (isSet(object.contribution)) obj.contribution = String(object.contribution);
    if (isSet(object.quality)) obj.quality = String(object.quality);
    if (isSet(object.geography)) obj.geography = String(object.geography);
    if (isSet(object.energy)) obj.energy = String(object.energy);
    if (isSet(object.score)) obj.score = String(object.score);
    if (isSet(object.payout)) obj.payout = String(object.payout);
    if (isSet(object.attested)) obj.attested = Boolean(object.attested);
    if (isSet(object.capped)) obj.capped = Boolean(object.capped);
    return obj;
  },
  toJSON(message: NodeReward): JsonSafe<NodeReward> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.operator !== undefined && (obj.operator = message.operator);
    message.computeUnits !== undefined && (obj.computeUnits = (message.computeUnits || BigInt(0)).toString());
    message.uptime !== undefined && (obj.uptime = message.uptime);
    message.accepted !== undefined && (obj.accepted = (message.accepted || BigInt(0)).toString());
    message.rejected !== undefined && (obj.rejected = (message.rejected || BigInt(0)).toString());
    message.region !== undefined && (obj.region = message.region);
    message.energyClass !== undefined && (obj.energyClass = message.energyClass);
    message.contribution !== undefined && (obj.contribution = message.contribution);
    message.quality !== undefined && (obj.quality = message.quality);
    message.geography !== undefined && (obj.geography = message.geography);
    message.energy !== undefined && (obj.energy = message.energy);
    message.score !== undefined && (obj.score = message.score);
    message.payout !== undefined && (obj.payout = message.payout);
    message.attested !== undefined && (obj.attested = message.attested);
    message.capped !== undefined && (obj.capped = message.capped);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<NodeReward>, I>>(object: I): NodeReward {
    const message = createBaseNodeReward();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.operator = object.operator ?? "";
    if (object.computeUnits !== undefined && object.computeUnits !== null) {
      message.computeUnits = BigInt(object.computeUnits.toString());
    }
    message.uptime = object.uptime ?? "";
    if (object.accepted !== undefined && object.accepted !== null) {
      message.accepted = BigInt(object.accepted.toString());
    }
    if (object.rejected !== undefined && object.rejected !== null) {
      message.rejected = BigInt(object.rejected.toString());
    }
    message.region = object.region ?? "";
    message.energyClass = object.energyClass ?? "";
    message.contribution = object.contribution ?? "";
    message.quality = object.quality ?? "";
    message.geography = object.geography ?? "";
    message.energy = object.energy ?? "";
    message.score = object.score ?? "";
    message.payout = object.payout ?? "";
    message.attested = object.attested ?? false;
    message.capped = object.capped ?? false;
    return message;
  }
};
function createBaseEpochPayout(): EpochPayout {
  return {
    epoch: BigInt(0),
    endedAt: Timestamp.fromPartial({}),
    epochDuration: Duration.fromPartial({}),
    phase: 0,
    cursor: "",
    period: 0,
    epochsLeftInPeriod: BigInt(0),
    periodRemaining: "",
    budget: "",
    rewardCapPerUnit: "",
    totalUnits: "",
    totalScore: "",
    paid: "",
    nodeCount: 0,
    cappedNodes: 0,
    lastHeight: BigInt(0),
    abortReason: ""
  };
}
export const EpochPayout = {
  encode(message: EpochPayout, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.endedAt !== undefined) {
      Timestamp.encode(message.endedAt, writer.uint32(18).fork()).ldelim();
    }
    if (message.epochDuration !== undefined) {
      Duration.encode(message.epochDuration, writer.uint32(26).fork()).ldelim();
    }
    if (message.phase !== 0) {
      writer.uint32(32).int32(message.phase);
    }
    if (message.cursor !== "") {
      writer.uint32(42).string(message.cursor);
    }
    if (message.period !== 0) {
      writer.uint32(48).uint32(message.period);
    }
    if (message.epochsLeftInPeriod !== BigInt(0)) {
      writer.uint32(56).int64(message.epochsLeftInPeriod);
    }
    if (message.periodRemaining !== "") {
      writer.uint32(66).string(message.periodRemaining);
    }
    if (message.budget !== "") {
      writer.uint32(74).string(message.budget);
    }
    if (message.rewardCapPerUnit !== "") {
      writer.uint32(82).string(message.rewardCapPerUnit);
    }
    if (message.totalUnits !== "") {
      writer.uint32(90).string(message.totalUnits);
    }
    if (message.totalScore !== "") {
      writer.uint32(98).string(Decimal.fromUserInput(message.totalScore, 18).atomics);
    }
    if (message.paid !== "") {
      writer.uint32(106).string(message.paid);
    }
    if (message.nodeCount !== 0) {
      writer.uint32(112).uint32(message.nodeCount);
    }
    if (message.cappedNodes !== 0) {
      writer.uint32(120).uint32(message.cappedNodes);
    }
    if (message.lastHeight !== BigInt(0)) {
      writer.uint32(128).int64(message.lastHeight);
    }
    if (message.abortReason !== "") {
      writer.uint32(138).string(message.abortReason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EpochPayout {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEpochPayout();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.endedAt = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.epochDuration = Duration.decode(reader, reader.uint32());
          break;
        case 4:
          message.phase = reader.int32() as any;
          break;
        case 5:
          message.cursor = reader.string();
          break;
        case 6:
          message.period = reader.uint32();
          break;
        case 7:
          message.epochsLeftInPeriod = reader.int64();
          break;
        case 8:
          message.periodRemaining = reader.string();
          break;
        case 9:
          message.budget = reader.string();
          break;
        case 10:
          message.rewardCapPerUnit = reader.string();
          break;
        case 11:
          message.totalUnits = reader.string();
          break;
        case 12:
          message.totalScore = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 13:
          message.paid = reader.string();
          break;
        case 14:
          message.nodeCount = reader.uint32();
          break;
        case 15:
          message.cappedNodes = reader.uint32();
          break;
        case 16:
          message.lastHeight = reader.int64();
          break;
        case 17:
          message.abortReason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EpochPayout {
    const obj = createBaseEpochPayout();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.endedAt)) obj.endedAt = fromJsonTimestamp(object.endedAt);
    if (isSet(object.epochDuration)) obj.epochDuration = Duration.fromJSON(object.epochDuration);
    if (isSet(object.phase)) obj.phase = payoutPhaseFromJSON(object.phase);
    if (isSet(object.cursor)) obj.cursor = String(object.cursor);
    if (isSet(object.period)) obj.period = Number(object.period);
    if (isSet(object.epochsLeftInPeriod)) obj.epochsLeftInPeriod = BigInt(object.epochsLeftInPeriod.toString());
    if (isSet(object.periodRemaining)) obj.periodRemaining = String(object.periodRemaining);
    if (isSet(object.budget)) obj.budget = String(object.budget);
    if (isSet(object.rewardCapPerUnit)) obj.rewardCapPerUnit = String(object.rewardCapPerUnit);
    if (isSet(object.totalUnits)) obj.totalUnits = String(object.totalUnits);
    if (isSet(object.totalScore)) obj.totalScore = String(object.totalScore);
    if (isSet(object.paid)) obj.paid = String(object.paid);
    if (isSet(object.nodeCount)) obj.nodeCount = Number(object.nodeCount);
    if (isSet(object.cappedNodes)) obj.cappedNodes = Number(object.cappedNodes);
    if (isSet(object.lastHeight)) obj.lastHeight = BigInt(object.lastHeight.toString());
    if (isSet(object.abortReason)) obj.abortReason = String(object.abortReason);
    return obj;
  },
  toJSON(message: EpochPayout): JsonSafe<EpochPayout> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.endedAt !== undefined && (obj.endedAt = fromTimestamp(message.endedAt).toISOString());
    message.epochDuration !== undefined && (obj.epochDuration = message.epochDuration ? Duration.toJSON(message.epochDuration) : undefined);
    message.phase !== undefined && (obj.phase = payoutPhaseToJSON(message.phase));
    message.cursor !== undefined && (obj.cursor = message.cursor);
    message.period !== undefined && (obj.period = Math.round(message.period));
    message.epochsLeftInPeriod !== undefined && (obj.epochsLeftInPeriod = (message.epochsLeftInPeriod || BigInt(0)).toString());
    message.periodRemaining !== undefined && (obj.periodRemaining = message.periodRemaining);
    message.budget !== undefined && (obj.budget = message.budget);
    message.rewardCapPerUnit !== undefined && (obj.rewardCapPerUnit = message.rewardCapPerUnit);
    message.totalUnits !== undefined && (obj.totalUnits = message.totalUnits);
    message.totalScore !== undefined && (obj.totalScore = message.totalScore);
    message.paid !== undefined && (obj.paid = message.paid);
    message.nodeCount !== undefined && (obj.nodeCount = Math.round(message.nodeCount));
    message.cappedNodes !== undefined && (obj.cappedNodes = Math.round(message.cappedNodes));
    message.lastHeight !== undefined && (obj.lastHeight = (message.lastHeight || BigInt(0)).toString());
    message.abortReason !== undefined && (obj.abortReason = message.abortReason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EpochPayout>, I>>(object: I): EpochPayout {
    const message = createBaseEpochPayout();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    if (object.endedAt !== undefined && object.endedAt !== null) {
      message.endedAt = Timestamp.fromPartial(object.endedAt);
    }
    if (object.epochDuration !== undefined && object.epochDuration !== null) {
      message.epochDuration = Duration.fromPartial(object.epochDuration);
    }
    message.phase = object.phase ?? 0;
    message.cursor = object.cursor ?? "";
    message.period = object.period ?? 0;
    if (object.epochsLeftInPeriod !== undefined && object.epochsLeftInPeriod !== null) {
      message.epochsLeftInPeriod = BigInt(object.epochsLeftInPeriod.toString());
    }
    message.periodRemaining = object.periodRemaining ?? "";
    message.budget = object.budget ?? "";
    message.rewardCapPerUnit = object.rewardCapPerUnit ?? "";
    message.totalUnits = object.totalUnits ?? "";
    message.totalScore = object.totalScore ?? "";
    message.paid = object.paid ?? "";
    message.nodeCount = object.nodeCount ?? 0;
    message.cappedNodes = object.cappedNodes ?? 0;
    if (object.lastHeight !== undefined && object.lastHeight !== null) {
      message.lastHeight = BigInt(object.lastHeight.toString());
    }
    message.abortReason = object.abortReason ?? "";
    return message;
  }
};
function createBaseRegionUnits(): RegionUnits {
  return {
    epoch: BigInt(0),
    region: "",
    units: ""
  };
}
export const RegionUnits = {
  encode(message: RegionUnits, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.epoch !== BigInt(0)) {
      writer.uint32(8).int64(message.epoch);
    }
    if (message.region !== "") {
      writer.uint32(18).string(message.region);
    }
    if (message.units !== "") {
      writer.uint32(26).string(message.units);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): RegionUnits {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRegionUnits();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.epoch = reader.int64();
          break;
        case 2:
          message.region = reader.string();
          break;
        case 3:
          message.units = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): RegionUnits {
    const obj = createBaseRegionUnits();
    if (isSet(object.epoch)) obj.epoch = BigInt(object.epoch.toString());
    if (isSet(object.region)) obj.region = String(object.region);
    if (isSet(object.units)) obj.units = String(object.units);
    return obj;
  },
  toJSON(message: RegionUnits): JsonSafe<RegionUnits> {
    const obj: any = {};
    message.epoch !== undefined && (obj.epoch = (message.epoch || BigInt(0)).toString());
    message.region !== undefined && (obj.region = message.region);
    message.units !== undefined && (obj.units = message.units);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<RegionUnits>, I>>(object: I): RegionUnits {
    const message = createBaseRegionUnits();
    if (object.epoch !== undefined && object.epoch !== null) {
      message.epoch = BigInt(object.epoch.toString());
    }
    message.region = object.region ?? "";
    message.units = object.units ?? "";
    return message;
  }
};
function createBaseReleased(): Released {
  return {
    year: 0,
    source: "",
    amount: ""
  };
}
export const Released = {
  encode(message: Released, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.year !== 0) {
      writer.uint32(8).uint32(message.year);
    }
    if (message.source !== "") {
      writer.uint32(18).string(message.source);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Released {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseReleased();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.year = reader.uint32();
          break;
        case 2:
          message.source = reader.string();
          break;
        case 3:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Released {
    const obj = createBaseReleased();
    if (isSet(object.year)) obj.year = Number(object.year);
    if (isSet(object.source)) obj.source = String(object.source);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    return obj;
  },
  toJSON(message: Released): JsonSafe<Released> {
    const obj: any = {};
    message.year !== undefined && (obj.year = Math.round(message.year));
    message.source !== undefined && (obj.source = message.source);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Released>, I>>(object: I): Released {
    const message = createBaseReleased();
    message.year = object.year ?? 0;
    message.source = object.source ?? "";
    message.amount = object.amount ?? "";
    return message;
  }
};