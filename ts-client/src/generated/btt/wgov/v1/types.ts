/* eslint-disable */
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { Duration } from "cosmjs-types/google/protobuf/duration";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { Decimal } from "@cosmjs/math";
import { isSet, DeepPartial, Exact, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** VoterClass is one of the four governance classes. */
export enum VoterClass {
  VOTER_CLASS_UNSPECIFIED = 0,
  /** VOTER_CLASS_INSTITUTIONS - Founding institutions: members and in-class weights set by governance. */
  VOTER_CLASS_INSTITUTIONS = 1,
  /** VOTER_CLASS_COMPUTE - Compute contributors: power = verified compute units over the last params.compute_epochs epochs. */
  VOTER_CLASS_COMPUTE = 2,
  /** VOTER_CLASS_HOLDERS - Token holders: bonded stake, a delegator's own vote overriding its validator's. */
  VOTER_CLASS_HOLDERS = 3,
  /** VOTER_CLASS_COMMUNITY - Elected community representatives: one representative, one vote. */
  VOTER_CLASS_COMMUNITY = 4,
  UNRECOGNIZED = -1,
}
export function voterClassFromJSON(object: any): VoterClass {
  switch (object) {
    case 0:
    case "VOTER_CLASS_UNSPECIFIED":
      return VoterClass.VOTER_CLASS_UNSPECIFIED;
    case 1:
    case "VOTER_CLASS_INSTITUTIONS":
      return VoterClass.VOTER_CLASS_INSTITUTIONS;
    case 2:
    case "VOTER_CLASS_COMPUTE":
      return VoterClass.VOTER_CLASS_COMPUTE;
    case 3:
    case "VOTER_CLASS_HOLDERS":
      return VoterClass.VOTER_CLASS_HOLDERS;
    case 4:
    case "VOTER_CLASS_COMMUNITY":
      return VoterClass.VOTER_CLASS_COMMUNITY;
    case -1:
    case "UNRECOGNIZED":
    default:
      return VoterClass.UNRECOGNIZED;
  }
}
export function voterClassToJSON(object: VoterClass): string {
  switch (object) {
    case VoterClass.VOTER_CLASS_UNSPECIFIED:
      return "VOTER_CLASS_UNSPECIFIED";
    case VoterClass.VOTER_CLASS_INSTITUTIONS:
      return "VOTER_CLASS_INSTITUTIONS";
    case VoterClass.VOTER_CLASS_COMPUTE:
      return "VOTER_CLASS_COMPUTE";
    case VoterClass.VOTER_CLASS_HOLDERS:
      return "VOTER_CLASS_HOLDERS";
    case VoterClass.VOTER_CLASS_COMMUNITY:
      return "VOTER_CLASS_COMMUNITY";
    case VoterClass.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** ClassWeights are the four class weights (each in [0, 1], summing to 1). */
export interface ClassWeights {
  institutions: string;
  compute: string;
  holders: string;
  community: string;
}
/** ScheduleEntry: from start_time on (until the next entry) the class weights are `weights`. */
export interface ScheduleEntry {
  startTime: Timestamp;
  weights: ClassWeights;
}
/** Params are the governed parameters of x/wgov. */
export interface Params {
  /** Class weights by date, in increasing start_time; the first entry also applies before its start. */
  schedule: ScheduleEntry[];
  /** Compute power counts the verified compute units of the last compute_epochs completed epochs of x/compute. */
  computeEpochs: number;
  /** Length of a community-representative term. */
  termDuration: Duration;
  /**
   * Candidates nominate themselves during the first nomination_period of a term (for the next term);
   * holders vote from then until the term ends.
   */
  nominationPeriod: Duration;
  /** Number of representative seats (also the most candidates a ballot may name). */
  seats: number;
  /**
   * nomination_bond (abtt) is held from each nominee until the term ends: refunded when the candidate
   * is seated or reaches bond_refund_votes, otherwise burned (x/emissions' Burn).
   */
  nominationBond: string;
  /** bond_refund_votes: the votes (bonded abtt of the ballots naming the candidate) that earn the bond back. */
  bondRefundVotes: string;
  /** max_candidates bounds the nominees of one election. */
  maxCandidates: number;
  /** max_ballot_prunes_per_block bounds the ballots of past elections deleted in one BeginBlock. */
  maxBallotPrunesPerBlock: number;
}
/** Institution is one member of the institutions class. */
export interface Institution {
  address: string;
  /** In-class weight (positive); an institution's share of the class is weight ÷ Σ weights. */
  weight: string;
  name: string;
}
/** Representative is a seated community representative. */
export interface Representative {
  address: string;
  term: bigint;
}
/** Candidate is a nominee for the next term. */
export interface Candidate {
  address: string;
  statement: string;
  /** bond (abtt) held by the module since the nomination. */
  bond: string;
  /** votes: the sum of the weights of the current ballots naming this candidate, kept as ballots arrive. */
  votes: string;
}
/**
 * Ballot is a holder's vote in the election of term `term`: up to params.seats candidates, each
 * credited with `weight`, the voter's bonded stake when the ballot was cast, refreshed when the voter's
 * delegations change (approval voting). Ballots of past terms wait to be pruned and count for nothing.
 */
export interface Ballot {
  voter: string;
  candidates: string[];
  weight: string;
  term: bigint;
}
/** Term is the current representative term; its election seats the next one. */
export interface Term {
  number: bigint;
  start: Timestamp;
  end: Timestamp;
  nominationEnd: Timestamp;
}
/** OptionPowers are yes / abstain / no / no-with-veto amounts (powers or fractions). */
export interface OptionPowers {
  yes: string;
  abstain: string;
  no: string;
  noWithVeto: string;
}
/** ClassTally is one class's part of a proposal's tally. */
export interface ClassTally {
  class: VoterClass;
  /** The scheduled weight, and the weight after empty classes handed theirs to the others pro rata. */
  weight: string;
  effectiveWeight: string;
  /** The class's total power (who could vote) and the power of its votes by option. */
  totalPower: string;
  votes: OptionPowers;
  /** votes ÷ total_power. */
  fractions: OptionPowers;
  voters: number;
}
/** TallyBreakdown is a proposal's weighted tally, class by class. */
export interface TallyBreakdown {
  proposalId: bigint;
  /** True once the voting period ended (the tally x/gov acted on); false for a live tally. */
  final: boolean;
  /** The class weights are those in force at this time (the proposal's voting end). */
  weightsAt: Timestamp;
  classes: ClassTally[];
  /** Σ effective_weight × fractions, per option. */
  weighted: OptionPowers;
  /** Σ of the weighted options: compared with the quorum. */
  participation: string;
  quorum: string;
  threshold: string;
  vetoThreshold: string;
  quorumReached: boolean;
  vetoed: boolean;
  passes: boolean;
  /** Why it passes or fails, in words. */
  outcome: string;
}
function createBaseClassWeights(): ClassWeights {
  return {
    institutions: "",
    compute: "",
    holders: "",
    community: ""
  };
}
export const ClassWeights = {
  encode(message: ClassWeights, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.institutions !== "") {
      writer.uint32(10).string(Decimal.fromUserInput(message.institutions, 18).atomics);
    }
    if (message.compute !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.compute, 18).atomics);
    }
    if (message.holders !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.holders, 18).atomics);
    }
    if (message.community !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.community, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ClassWeights {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseClassWeights();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.institutions = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 2:
          message.compute = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.holders = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.community = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ClassWeights {
    const obj = createBaseClassWeights();
    if (isSet(object.institutions)) obj.institutions = String(object.institutions);
    if (isSet(object.compute)) obj.compute = String(object.compute);
    if (isSet(object.holders)) obj.holders = String(object.holders);
    if (isSet(object.community)) obj.community = String(object.community);
    return obj;
  },
  toJSON(message: ClassWeights): JsonSafe<ClassWeights> {
    const obj: any = {};
    message.institutions !== undefined && (obj.institutions = message.institutions);
    message.compute !== undefined && (obj.compute = message.compute);
    message.holders !== undefined && (obj.holders = message.holders);
    message.community !== undefined && (obj.community = message.community);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ClassWeights>, I>>(object: I): ClassWeights {
    const message = createBaseClassWeights();
    message.institutions = object.institutions ?? "";
    message.compute = object.compute ?? "";
    message.holders = object.holders ?? "";
    message.community = object.community ?? "";
    return message;
  }
};
function createBaseScheduleEntry(): ScheduleEntry {
  return {
    startTime: Timestamp.fromPartial({}),
    weights: ClassWeights.fromPartial({})
  };
}
export const ScheduleEntry = {
  encode(message: ScheduleEntry, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.startTime !== undefined) {
      Timestamp.encode(message.startTime, writer.uint32(10).fork()).ldelim();
    }
    if (message.weights !== undefined) {
      ClassWeights.encode(message.weights, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ScheduleEntry {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseScheduleEntry();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.startTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 2:
          message.weights = ClassWeights.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ScheduleEntry {
    const obj = createBaseScheduleEntry();
    if (isSet(object.startTime)) obj.startTime = fromJsonTimestamp(object.startTime);
    if (isSet(object.weights)) obj.weights = ClassWeights.fromJSON(object.weights);
    return obj;
  },
  toJSON(message: ScheduleEntry): JsonSafe<ScheduleEntry> {
    const obj: any = {};
    message.startTime !== undefined && (obj.startTime = fromTimestamp(message.startTime).toISOString());
    message.weights !== undefined && (obj.weights = message.weights ? ClassWeights.toJSON(message.weights) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ScheduleEntry>, I>>(object: I): ScheduleEntry {
    const message = createBaseScheduleEntry();
    if (object.startTime !== undefined && object.startTime !== null) {
      message.startTime = Timestamp.fromPartial(object.startTime);
    }
    if (object.weights !== undefined && object.weights !== null) {
      message.weights = ClassWeights.fromPartial(object.weights);
    }
    return message;
  }
};
function createBaseParams(): Params {
  return {
    schedule: [],
    computeEpochs: 0,
    termDuration: Duration.fromPartial({}),
    nominationPeriod: Duration.fromPartial({}),
    seats: 0,
    nominationBond: "",
    bondRefundVotes: "",
    maxCandidates: 0,
    maxBallotPrunesPerBlock: 0
  };
}
export const Params = {
  aminoType: "btt/x/wgov/Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.schedule) {
      ScheduleEntry.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.computeEpochs !== 0) {
      writer.uint32(16).uint32(message.computeEpochs);
    }
    if (message.termDuration !== undefined) {
      Duration.encode(message.termDuration, writer.uint32(26).fork()).ldelim();
    }
    if (message.nominationPeriod !== undefined) {
      Duration.encode(message.nominationPeriod, writer.uint32(34).fork()).ldelim();
    }
    if (message.seats !== 0) {
      writer.uint32(40).uint32(message.seats);
    }
    if (message.nominationBond !== "") {
      writer.uint32(50).string(message.nominationBond);
    }
    if (message.bondRefundVotes !== "") {
      writer.uint32(58).string(message.bondRefundVotes);
    }
    if (message.maxCandidates !== 0) {
      writer.uint32(64).uint32(message.maxCandidates);
    }
    if (message.maxBallotPrunesPerBlock !== 0) {
      writer.uint32(72).uint32(message.maxBallotPrunesPerBlock);
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
          message.schedule.push(ScheduleEntry.decode(reader, reader.uint32()));
          break;
        case 2:
          message.computeEpochs = reader.uint32();
          break;
        case 3:
          message.termDuration = Duration.decode(reader, reader.uint32());
          break;
        case 4:
          message.nominationPeriod = Duration.decode(reader, reader.uint32());
          break;
        case 5:
          message.seats = reader.uint32();
          break;
        case 6:
          message.nominationBond = reader.string();
          break;
        case 7:
          message.bondRefundVotes = reader.string();
          break;
        case 8:
          message.maxCandidates = reader.uint32();
          break;
        case 9:
          message.maxBallotPrunesPerBlock = reader.uint32();
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
    if (Array.isArray(object?.schedule)) obj.schedule = object.schedule.map((e: any) => ScheduleEntry.fromJSON(e));
    if (isSet(object.computeEpochs)) obj.computeEpochs = Number(object.computeEpochs);
    if (isSet(object.termDuration)) obj.termDuration = Duration.fromJSON(object.termDuration);
    if (isSet(object.nominationPeriod)) obj.nominationPeriod = Duration.fromJSON(object.nominationPeriod);
    if (isSet(object.seats)) obj.seats = Number(object.seats);
    if (isSet(object.nominationBond)) obj.nominationBond = String(object.nominationBond);
    if (isSet(object.bondRefundVotes)) obj.bondRefundVotes = String(object.bondRefundVotes);
    if (isSet(object.maxCandidates)) obj.maxCandidates = Number(object.maxCandidates);
    if (isSet(object.maxBallotPrunesPerBlock)) obj.maxBallotPrunesPerBlock = Number(object.maxBallotPrunesPerBlock);
    return obj;
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    if (message.schedule) {
      obj.schedule = message.schedule.map(e => e ? ScheduleEntry.toJSON(e) : undefined);
    } else {
      obj.schedule = [];
    }
    message.computeEpochs !== undefined && (obj.computeEpochs = Math.round(message.computeEpochs));
    message.termDuration !== undefined && (obj.termDuration = message.termDuration ? Duration.toJSON(message.termDuration) : undefined);
    message.nominationPeriod !== undefined && (obj.nominationPeriod = message.nominationPeriod ? Duration.toJSON(message.nominationPeriod) : undefined);
    message.seats !== undefined && (obj.seats = Math.round(message.seats));
    message.nominationBond !== undefined && (obj.nominationBond = message.nominationBond);
    message.bondRefundVotes !== undefined && (obj.bondRefundVotes = message.bondRefundVotes);
    message.maxCandidates !== undefined && (obj.maxCandidates = Math.round(message.maxCandidates));
    message.maxBallotPrunesPerBlock !== undefined && (obj.maxBallotPrunesPerBlock = Math.round(message.maxBallotPrunesPerBlock));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.schedule = object.schedule?.map(e => ScheduleEntry.fromPartial(e)) || [];
    message.computeEpochs = object.computeEpochs ?? 0;
    if (object.termDuration !== undefined && object.termDuration !== null) {
      message.termDuration = Duration.fromPartial(object.termDuration);
    }
    if (object.nominationPeriod !== undefined && object.nominationPeriod !== null) {
      message.nominationPeriod = Duration.fromPartial(object.nominationPeriod);
    }
    message.seats = object.seats ?? 0;
    message.nominationBond = object.nominationBond ?? "";
    message.bondRefundVotes = object.bondRefundVotes ?? "";
    message.maxCandidates = object.maxCandidates ?? 0;
    message.maxBallotPrunesPerBlock = object.maxBallotPrunesPerBlock ?? 0;
    return message;
  }
};
function createBaseInstitution(): Institution {
  return {
    address: "",
    weight: "",
    name: ""
  };
}
export const Institution = {
  encode(message: Institution, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.weight !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.weight, 18).atomics);
    }
    if (message.name !== "") {
      writer.uint32(26).string(message.name);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Institution {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseInstitution();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        case 2:
          message.weight = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.name = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Institution {
    const obj = createBaseInstitution();
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.weight)) obj.weight = String(object.weight);
    if (isSet(object.name)) obj.name = String(object.name);
    return obj;
  },
  toJSON(message: Institution): JsonSafe<Institution> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    message.weight !== undefined && (obj.weight = message.weight);
    message.name !== undefined && (obj.name = message.name);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Institution>, I>>(object: I): Institution {
    const message = createBaseInstitution();
    message.address = object.address ?? "";
    message.weight = object.weight ?? "";
    message.name = object.name ?? "";
    return message;
  }
};
function createBaseRepresentative(): Representative {
  return {
    address: "",
    term: BigInt(0)
  };
}
export const Representative = {
  encode(message: Representative, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.term !== BigInt(0)) {
      writer.uint32(16).uint64(message.term);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Representative {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRepresentative();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        case 2:
          message.term = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Representative {
    const obj = createBaseRepresentative();
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.term)) obj.term = BigInt(object.term.toString());
    return obj;
  },
  toJSON(message: Representative): JsonSafe<Representative> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    message.term !== undefined && (obj.term = (message.term || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Representative>, I>>(object: I): Representative {
    const message = createBaseRepresentative();
    message.address = object.address ?? "";
    if (object.term !== undefined && object.term !== null) {
      message.term = BigInt(object.term.toString());
    }
    return message;
  }
};
function createBaseCandidate(): Candidate {
  return {
    address: "",
    statement: "",
    bond: "",
    votes: ""
  };
}
export const Candidate = {
  encode(message: Candidate, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.statement !== "") {
      writer.uint32(18).string(message.statement);
    }
    if (message.bond !== "") {
      writer.uint32(26).string(message.bond);
    }
    if (message.votes !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.votes, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Candidate {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCandidate();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        case 2:
          message.statement = reader.string();
          break;
        case 3:
          message.bond = reader.string();
          break;
        case 4:
          message.votes = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Candidate {
    const obj = createBaseCandidate();
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.statement)) obj.statement = String(object.statement);
    if (isSet(object.bond)) obj.bond = String(object.bond);
    if (isSet(object.votes)) obj.votes = String(object.votes);
    return obj;
  },
  toJSON(message: Candidate): JsonSafe<Candidate> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    message.statement !== undefined && (obj.statement = message.statement);
    message.bond !== undefined && (obj.bond = message.bond);
    message.votes !== undefined && (obj.votes = message.votes);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Candidate>, I>>(object: I): Candidate {
    const message = createBaseCandidate();
    message.address = object.address ?? "";
    message.statement = object.statement ?? "";
    message.bond = object.bond ?? "";
    message.votes = object.votes ?? "";
    return message;
  }
};
function createBaseBallot(): Ballot {
  return {
    voter: "",
    candidates: [],
    weight: "",
    term: BigInt(0)
  };
}
export const Ballot = {
  encode(message: Ballot, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.voter !== "") {
      writer.uint32(10).string(message.voter);
    }
    for (const v of message.candidates) {
      writer.uint32(18).string(v!);
    }
    if (message.weight !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.weight, 18).atomics);
    }
    if (message.term !== BigInt(0)) {
      writer.uint32(32).uint64(message.term);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Ballot {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBallot();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.voter = reader.string();
          break;
        case 2:
          message.candidates.push(reader.string());
          break;
        case 3:
          message.weight = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.term = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Ballot {
    const obj = createBaseBallot();
    if (isSet(object.voter)) obj.voter = String(object.voter);
    if (Array.isArray(object?.candidates)) obj.candidates = object.candidates.map((e: any) => String(e));
    if (isSet(object.weight)) obj.weight = String(object.weight);
    if (isSet(object.term)) obj.term = BigInt(object.term.toString());
    return obj;
  },
  toJSON(message: Ballot): JsonSafe<Ballot> {
    const obj: any = {};
    message.voter !== undefined && (obj.voter = message.voter);
    if (message.candidates) {
      obj.candidates = message.candidates.map(e => e);
    } else {
      obj.candidates = [];
    }
    message.weight !== undefined && (obj.weight = message.weight);
    message.term !== undefined && (obj.term = (message.term || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Ballot>, I>>(object: I): Ballot {
    const message = createBaseBallot();
    message.voter = object.voter ?? "";
    message.candidates = object.candidates?.map(e => e) || [];
    message.weight = object.weight ?? "";
    if (object.term !== undefined && object.term !== null) {
      message.term = BigInt(object.term.toString());
    }
    return message;
  }
};
function createBaseTerm(): Term {
  return {
    number: BigInt(0),
    start: Timestamp.fromPartial({}),
    end: Timestamp.fromPartial({}),
    nominationEnd: Timestamp.fromPartial({})
  };
}
export const Term = {
  encode(message: Term, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.number !== BigInt(0)) {
      writer.uint32(8).uint64(message.number);
    }
    if (message.start !== undefined) {
      Timestamp.encode(message.start, writer.uint32(18).fork()).ldelim();
    }
    if (message.end !== undefined) {
      Timestamp.encode(message.end, writer.uint32(26).fork()).ldelim();
    }
    if (message.nominationEnd !== undefined) {
      Timestamp.encode(message.nominationEnd, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Term {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTerm();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.number = reader.uint64();
          break;
        case 2:
          message.start = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.end = Timestamp.decode(reader, reader.uint32());
          break;
        case 4:
          message.nominationEnd = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Term {
    const obj = createBaseTerm();
    if (isSet(object.number)) obj.number = BigInt(object.number.toString());
    if (isSet(object.start)) obj.start = fromJsonTimestamp(object.start);
    if (isSet(object.end)) obj.end = fromJsonTimestamp(object.end);
    if (isSet(object.nominationEnd)) obj.nominationEnd = fromJsonTimestamp(object.nominationEnd);
    return obj;
  },
  toJSON(message: Term): JsonSafe<Term> {
    const obj: any = {};
    message.number !== undefined && (obj.number = (message.number || BigInt(0)).toString());
    message.start !== undefined && (obj.start = fromTimestamp(message.start).toISOString());
    message.end !== undefined && (obj.end = fromTimestamp(message.end).toISOString());
    message.nominationEnd !== undefined && (obj.nominationEnd = fromTimestamp(message.nominationEnd).toISOString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Term>, I>>(object: I): Term {
    const message = createBaseTerm();
    if (object.number !== undefined && object.number !== null) {
      message.number = BigInt(object.number.toString());
    }
    if (object.start !== undefined && object.start !== null) {
      message.start = Timestamp.fromPartial(object.start);
    }
    if (object.end !== undefined && object.end !== null) {
      message.end = Timestamp.fromPartial(object.end);
    }
    if (object.nominationEnd !== undefined && object.nominationEnd !== null) {
      message.nominationEnd = Timestamp.fromPartial(object.nominationEnd);
    }
    return message;
  }
};
function createBaseOptionPowers(): OptionPowers {
  return {
    yes: "",
    abstain: "",
    no: "",
    noWithVeto: ""
  };
}
export const OptionPowers = {
  encode(message: OptionPowers, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.yes !== "") {
      writer.uint32(10).string(Decimal.fromUserInput(message.yes, 18).atomics);
    }
    if (message.abstain !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.abstain, 18).atomics);
    }
    if (message.no !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.no, 18).atomics);
    }
    if (message.noWithVeto !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.noWithVeto, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OptionPowers {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOptionPowers();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.yes = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 2:
          message.abstain = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.no = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.noWithVeto = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): OptionPowers {
    const obj = createBaseOptionPowers();
    if (isSet(object.yes)) obj.yes = String(object.yes);
    if (isSet(object.abstain)) obj.abstain = String(object.abstain);
    if (isSet(object.no)) obj.no = String(object.no);
    if (isSet(object.noWithVeto)) obj.noWithVeto = String(object.noWithVeto);
    return obj;
  },
  toJSON(message: OptionPowers): JsonSafe<OptionPowers> {
    const obj: any = {};
    message.yes !== undefined && (obj.yes = message.yes);
    message.abstain !== undefined && (obj.abstain = message.abstain);
    message.no !== undefined && (obj.no = message.no);
    message.noWithVeto !== undefined && (obj.noWithVeto = message.noWithVeto);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<OptionPowers>, I>>(object: I): OptionPowers {
    const message = createBaseOptionPowers();
    message.yes = object.yes ?? "";
    message.abstain = object.abstain ?? "";
    message.no = object.no ?? "";
    message.noWithVeto = object.noWithVeto ?? "";
    return message;
  }
};
function createBaseClassTally(): ClassTally {
  return {
    class: 0,
    weight: "",
    effectiveWeight: "",
    totalPower: "",
    votes: OptionPowers.fromPartial({}),
    fractions: OptionPowers.fromPartial({}),
    voters: 0
  };
}
export const ClassTally = {
  encode(message: ClassTally, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.class !== 0) {
      writer.uint32(8).int32(message.class);
    }
    if (message.weight !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.weight, 18).atomics);
    }
    if (message.effectiveWeight !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.effectiveWeight, 18).atomics);
    }
    if (message.totalPower !== "") {
      writer.uint32(34).string(Decimal.fromUserInput(message.totalPower, 18).atomics);
    }
    if (message.votes !== undefined) {
      OptionPowers.encode(message.votes, writer.uint32(42).fork()).ldelim();
    }
    if (message.fractions !== undefined) {
      OptionPowers.encode(message.fractions, writer.uint32(50).fork()).ldelim();
    }
    if (message.voters !== 0) {
      writer.uint32(56).uint32(message.voters);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ClassTally {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseClassTally();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.class = reader.int32() as any;
          break;
        case 2:
          message.weight = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 3:
          message.effectiveWeight = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.totalPower = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 5:
          message.votes = OptionPowers.decode(reader, reader.uint32());
          break;
        case 6:
          message.fractions = OptionPowers.decode(reader, reader.uint32());
          break;
        case 7:
          message.voters = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ClassTally {
    const obj = createBaseClassTally();
    if (isSet(object.class)) obj.class = voterClassFromJSON(object.class);
    if (isSet(object.weight)) obj.weight = String(object.weight);
    if (isSet(object.effectiveWeight)) obj.effectiveWeight = String(object.effectiveWeight);
    if (isSet(object.totalPower)) obj.totalPower = String(object.totalPower);
    if (isSet(object.votes)) obj.votes = OptionPowers.fromJSON(object.votes);
    if (isSet(object.fractions)) obj.fractions = OptionPowers.fromJSON(object.fractions);
    if (isSet(object.voters)) obj.voters = Number(object.voters);
    return obj;
  },
  toJSON(message: ClassTally): JsonSafe<ClassTally> {
    const obj: any = {};
    message.class !== undefined && (obj.class = voterClassToJSON(message.class));
    message.weight !== undefined && (obj.weight = message.weight);
    message.effectiveWeight !== undefined && (obj.effectiveWeight = message.effectiveWeight);
    message.totalPower !== undefined && (obj.totalPower = message.totalPower);
    message.votes !== undefined && (obj.votes = message.votes ? OptionPowers.toJSON(message.votes) : undefined);
    message.fractions !== undefined && (obj.fractions = message.fractions ? OptionPowers.toJSON(message.fractions) : undefined);
    message.voters !== undefined && (obj.voters = Math.round(message.voters));
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ClassTally>, I>>(object: I): ClassTally {
    const message = createBaseClassTally();
    message.class = object.class ?? 0;
    message.weight = object.weight ?? "";
    message.effectiveWeight = object.effectiveWeight ?? "";
    message.totalPower = object.totalPower ?? "";
    if (object.votes !== undefined && object.votes !== null) {
      message.votes = OptionPowers.fromPartial(object.votes);
    }
    if (object.fractions !== undefined && object.fractions !== null) {
      message.fractions = OptionPowers.fromPartial(object.fractions);
    }
    message.voters = object.voters ?? 0;
    return message;
  }
};
function createBaseTallyBreakdown(): TallyBreakdown {
  return {
    proposalId: BigInt(0),
    final: false,
    weightsAt: Timestamp.fromPartial({}),
    classes: [],
    weighted: OptionPowers.fromPartial({}),
    participation: "",
    quorum: "",
    threshold: "",
    vetoThreshold: "",
    quorumReached: false,
    vetoed: false,
    passes: false,
    outcome: ""
  };
}
export const TallyBreakdown = {
  encode(message: TallyBreakdown, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.proposalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.proposalId);
    }
    if (message.final === true) {
      writer.uint32(16).bool(message.final);
    }
    if (message.weightsAt !== undefined) {
      Timestamp.encode(message.weightsAt, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.classes) {
      ClassTally.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.weighted !== undefined) {
      OptionPowers.encode(message.weighted, writer.uint32(42).fork()).ldelim();
    }
    if (message.participation !== "") {
      writer.uint32(50).string(Decimal.fromUserInput(message.participation, 18).atomics);
    }
    if (message.quorum !== "") {
      writer.uint32(58).string(Decimal.fromUserInput(message.quorum, 18).atomics);
    }
    if (message.threshold !== "") {
      writer.uint32(66).string(Decimal.fromUserInput(message.threshold, 18).atomics);
    }
    if (message.vetoThreshold !== "") {
      writer.uint32(74).string(Decimal.fromUserInput(message.vetoThreshold, 18).atomics);
    }
    if (message.quorumReached === true) {
      writer.uint32(80).bool(message.quorumReached);
    }
    if (message.vetoed === true) {
      writer.uint32(88).bool(message.vetoed);
    }
    if (message.passes === true) {
      writer.uint32(96).bool(message.passes);
    }
    if (message.outcome !== "") {
      writer.uint32(106).string(message.outcome);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): TallyBreakdown {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTallyBreakdown();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.proposalId = reader.uint64();
          break;
        case 2:
          message.final = reader.bool();
          break;
        case 3:
          message.weightsAt = Timestamp.decode(reader, reader.uint32());
          break;
        case 4:
          message.classes.push(ClassTally.decode(reader, reader.uint32()));
          break;
        case 5:
          message.weighted = OptionPowers.decode(reader, reader.uint32());
          break;
        case 6:
          message.participation = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 7:
          message.quorum = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 8:
          message.threshold = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 9:
          message.vetoThreshold = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 10:
          message.quorumReached = reader.bool();
          break;
        case 11:
          message.vetoed = reader.bool();
          break;
        case 12:
          message.passes = reader.bool();
          break;
        case 13:
          message.outcome = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): TallyBreakdown {
    const obj = createBaseTallyBreakdown();
    if (isSet(object.proposalId)) obj.proposalId = BigInt(object.proposalId.toString());
    if (isSet(object.final)) obj.final = Boolean(object.final);
    if (isSet(object.weightsAt)) obj.weightsAt = fromJsonTimestamp(object.weightsAt);
    if (Array.isArray(object?.classes)) obj.classes = object.classes.map((e: any) => ClassTally.fromJSON(e));
    if (isSet(object.weighted)) obj.weighted = OptionPowers.fromJSON(object.weighted);
    if (isSet(object.participation)) obj.participation = String(object.participation);
    if (isSet(object.quorum)) obj.quorum = String(object.quorum);
    if (isSet(object.threshold)) obj.threshold = String(object.threshold);
    if (isSet(object.vetoThreshold)) obj.vetoThreshold = String(object.vetoThreshold);
    if (isSet(object.quorumReached)) obj.quorumReached = Boolean(object.quorumReached);
    if (isSet(object.vetoed)) obj.vetoed = Boolean(object.vetoed);
    if (isSet(object.passes)) obj.passes = Boolean(object.passes);
    if (isSet(object.outcome)) obj.outcome = String(object.outcome);
    return obj;
  },
  toJSON(message: TallyBreakdown): JsonSafe<TallyBreakdown> {
    const obj: any = {};
    message.proposalId !== undefined && (obj.proposalId = (message.proposalId || BigInt(0)).toString());
    message.final !== undefined && (obj.final = message.final);
    message.weightsAt !== undefined && (obj.weightsAt = fromTimestamp(message.weightsAt).toISOString());
    if (message.classes) {
      obj.classes = message.classes.map(e => e ? ClassTally.toJSON(e) : undefined);
    } else {
      obj.classes = [];
    }
    message.weighted !== undefined && (obj.weighted = message.weighted ? OptionPowers.toJSON(message.weighted) : undefined);
    message.participation !== undefined && (obj.participation = message.participation);
    message.quorum !== undefined && (obj.quorum = message.quorum);
    message.threshold !== undefined && (obj.threshold = message.threshold);
    message.vetoThreshold !== undefined && (obj.vetoThreshold = message.vetoThreshold);
    message.quorumReached !== undefined && (obj.quorumReached = message.quorumReached);
    message.vetoed !== undefined && (obj.vetoed = message.vetoed);
    message.passes !== undefined && (obj.passes = message.passes);
    message.outcome !== undefined && (obj.outcome = message.outcome);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<TallyBreakdown>, I>>(object: I): TallyBreakdown {
    const message = createBaseTallyBreakdown();
    if (object.proposalId !== undefined && object.proposalId !== null) {
      message.proposalId = BigInt(object.proposalId.toString());
    }
    message.final = object.final ?? false;
    if (object.weightsAt !== undefined && object.weightsAt !== null) {
      message.weightsAt = Timestamp.fromPartial(object.weightsAt);
    }
    message.classes = object.classes?.map(e => ClassTally.fromPartial(e)) || [];
    if (object.weighted !== undefined && object.weighted !== null) {
      message.weighted = OptionPowers.fromPartial(object.weighted);
    }
    message.participation = object.participation ?? "";
    message.quorum = object.quorum ?? "";
    message.threshold = object.threshold ?? "";
    message.vetoThreshold = object.vetoThreshold ?? "";
    message.quorumReached = object.quorumReached ?? false;
    message.vetoed = object.vetoed ?? false;
    message.passes = object.passes ?? false;
    message.outcome = object.outcome ?? "";
    return message;
  }
};