/* eslint-disable */
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
import { Decimal } from "@cosmjs/math";
/** EventParamsUpdated is emitted by MsgUpdateParams (gov authority). */
export interface EventParamsUpdated {}
/** EventInstitutionsSet is emitted by MsgSetInstitutions (gov authority), which replaces the institutions class. */
export interface EventInstitutionsSet {
  count: bigint;
}
/** EventNominated is emitted by MsgNominate when a candidate enters the next term's election and bonds. */
export interface EventNominated {
  candidate: string;
  /** term is the term the candidate stands for. */
  term: bigint;
  /** bond (abtt) held by the module until the election. */
  bond: string;
}
/** EventRepresentativeBallot is emitted by MsgVoteRepresentative (a new or replaced ballot). */
export interface EventRepresentativeBallot {
  voter: string;
  candidates: string[];
  /** weight is the voter's bonded stake, credited to each candidate named. */
  weight: string;
}
/** EventRepresentativeRecalled is emitted by MsgRecallRepresentative (gov authority). */
export interface EventRepresentativeRecalled {
  representative: string;
  reason: string;
}
/** EventTermStarted is emitted when an election closes and a new representative term starts. */
export interface EventTermStarted {
  term: bigint;
  start: Timestamp;
  end: Timestamp;
  /** candidates are the representatives seated for the term. */
  candidates: string[];
}
/** EventRepresentativeSeated is emitted for each winner when a new term starts. */
export interface EventRepresentativeSeated {
  representative: string;
  term: bigint;
  votes: string;
}
/**
 * EventTally is emitted when x/gov tallies a proposal at the end of its voting period (the weighted tally;
 * an expedited proposal that fails is tallied again at its new end).
 */
export interface EventTally {
  proposalId: bigint;
  passes: boolean;
  /** participation is the weighted participation compared with the quorum. */
  participation: string;
  /** outcome says why the proposal passes or fails. */
  outcome: string;
}
/**
 * EventNominationBondRefunded is emitted when a term starts, for each candidate whose bond is returned
 * (seated, or at least params.bond_refund_votes).
 */
export interface EventNominationBondRefunded {
  candidate: string;
  bond: string;
  votes: string;
}
/** EventNominationBondBurned is emitted when a term starts, for each candidate whose bond is burned (too few votes). */
export interface EventNominationBondBurned {
  candidate: string;
  bond: string;
  votes: string;
}
/**
 * EventNominationBondSettlementFailed is emitted when a term starts and refunding or burning a
 * candidate's bond failed; the bond stays with the module.
 */
export interface EventNominationBondSettlementFailed {
  candidate: string;
  bond: string;
  error: string;
}
/** EventBallotsPruned is emitted in BeginBlock when ballots of past elections were deleted. */
export interface EventBallotsPruned {
  count: bigint;
}
function createBaseEventParamsUpdated(): EventParamsUpdated {
  return {};
}
export const EventParamsUpdated = {
  encode(_: EventParamsUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventParamsUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventParamsUpdated();
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
  fromJSON(_: any): EventParamsUpdated {
    const obj = createBaseEventParamsUpdated();
    return obj;
  },
  toJSON(_: EventParamsUpdated): JsonSafe<EventParamsUpdated> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventParamsUpdated>, I>>(_: I): EventParamsUpdated {
    const message = createBaseEventParamsUpdated();
    return message;
  }
};
function createBaseEventInstitutionsSet(): EventInstitutionsSet {
  return {
    count: BigInt(0)
  };
}
export const EventInstitutionsSet = {
  encode(message: EventInstitutionsSet, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.count !== BigInt(0)) {
      writer.uint32(8).uint64(message.count);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInstitutionsSet {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInstitutionsSet();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.count = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventInstitutionsSet {
    const obj = createBaseEventInstitutionsSet();
    if (isSet(object.count)) obj.count = BigInt(object.count.toString());
    return obj;
  },
  toJSON(message: EventInstitutionsSet): JsonSafe<EventInstitutionsSet> {
    const obj: any = {};
    message.count !== undefined && (obj.count = (message.count || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventInstitutionsSet>, I>>(object: I): EventInstitutionsSet {
    const message = createBaseEventInstitutionsSet();
    if (object.count !== undefined && object.count !== null) {
      message.count = BigInt(object.count.toString());
    }
    return message;
  }
};
function createBaseEventNominated(): EventNominated {
  return {
    candidate: "",
    term: BigInt(0),
    bond: ""
  };
}
export const EventNominated = {
  encode(message: EventNominated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.candidate !== "") {
      writer.uint32(10).string(message.candidate);
    }
    if (message.term !== BigInt(0)) {
      writer.uint32(16).uint64(message.term);
    }
    if (message.bond !== "") {
      writer.uint32(26).string(message.bond);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNominated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNominated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.candidate = reader.string();
          break;
        case 2:
          message.term = reader.uint64();
          break;
        case 3:
          message.bond = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNominated {
    const obj = createBaseEventNominated();
    if (isSet(object.candidate)) obj.candidate = String(object.candidate);
    if (isSet(object.term)) obj.term = BigInt(object.term.toString());
    if (isSet(object.bond)) obj.bond = String(object.bond);
    return obj;
  },
  toJSON(message: EventNominated): JsonSafe<EventNominated> {
    const obj: any = {};
    message.candidate !== undefined && (obj.candidate = message.candidate);
    message.term !== undefined && (obj.term = (message.term || BigInt(0)).toString());
    message.bond !== undefined && (obj.bond = message.bond);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNominated>, I>>(object: I): EventNominated {
    const message = createBaseEventNominated();
    message.candidate = object.candidate ?? "";
    if (object.term !== undefined && object.term !== null) {
      message.term = BigInt(object.term.toString());
    }
    message.bond = object.bond ?? "";
    return message;
  }
};
function createBaseEventRepresentativeBallot(): EventRepresentativeBallot {
  return {
    voter: "",
    candidates: [],
    weight: ""
  };
}
export const EventRepresentativeBallot = {
  encode(message: EventRepresentativeBallot, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.voter !== "") {
      writer.uint32(10).string(message.voter);
    }
    for (const v of message.candidates) {
      writer.uint32(18).string(v!);
    }
    if (message.weight !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.weight, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventRepresentativeBallot {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventRepresentativeBallot();
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
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventRepresentativeBallot {
    const obj = createBaseEventRepresentativeBallot();
    if (isSet(object.voter)) obj.voter = String(object.voter);
    if (Array.isArray(object?.candidates)) obj.candidates = object.candidates.map((e: any) => String(e));
    if (isSet(object.weight)) obj.weight = String(object.weight);
    return obj;
  },
  toJSON(message: EventRepresentativeBallot): JsonSafe<EventRepresentativeBallot> {
    const obj: any = {};
    message.voter !== undefined && (obj.voter = message.voter);
    if (message.candidates) {
      obj.candidates = message.candidates.map(e => e);
    } else {
      obj.candidates = [];
    }
    message.weight !== undefined && (obj.weight = message.weight);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventRepresentativeBallot>, I>>(object: I): EventRepresentativeBallot {
    const message = createBaseEventRepresentativeBallot();
    message.voter = object.voter ?? "";
    message.candidates = object.candidates?.map(e => e) || [];
    message.weight = object.weight ?? "";
    return message;
  }
};
function createBaseEventRepresentativeRecalled(): EventRepresentativeRecalled {
  return {
    representative: "",
    reason: ""
  };
}
export const EventRepresentativeRecalled = {
  encode(message: EventRepresentativeRecalled, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.representative !== "") {
      writer.uint32(10).string(message.representative);
    }
    if (message.reason !== "") {
      writer.uint32(18).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventRepresentativeRecalled {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventRepresentativeRecalled();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.representative = reader.string();
          break;
        case 2:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventRepresentativeRecalled {
    const obj = createBaseEventRepresentativeRecalled();
    if (isSet(object.representative)) obj.representative = String(object.representative);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: EventRepresentativeRecalled): JsonSafe<EventRepresentativeRecalled> {
    const obj: any = {};
    message.representative !== undefined && (obj.representative = message.representative);
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventRepresentativeRecalled>, I>>(object: I): EventRepresentativeRecalled {
    const message = createBaseEventRepresentativeRecalled();
    message.representative = object.representative ?? "";
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseEventTermStarted(): EventTermStarted {
  return {
    term: BigInt(0),
    start: Timestamp.fromPartial({}),
    end: Timestamp.fromPartial({}),
    candidates: []
  };
}
export const EventTermStarted = {
  encode(message: EventTermStarted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.term !== BigInt(0)) {
      writer.uint32(8).uint64(message.term);
    }
    if (message.start !== undefined) {
      Timestamp.encode(message.start, writer.uint32(18).fork()).ldelim();
    }
    if (message.end !== undefined) {
      Timestamp.encode(message.end, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.candidates) {
      writer.uint32(34).string(v!);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTermStarted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTermStarted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.term = reader.uint64();
          break;
        case 2:
          message.start = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.end = Timestamp.decode(reader, reader.uint32());
          break;
        case 4:
          message.candidates.push(reader.string());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTermStarted {
    const obj = createBaseEventTermStarted();
    if (isSet(object.term)) obj.term = BigInt(object.term.toString());
    if (isSet(object.start)) obj.start = fromJsonTimestamp(object.start);
    if (isSet(object.end)) obj.end = fromJsonTimestamp(object.end);
    if (Array.isArray(object?.candidates)) obj.candidates = object.candidates.map((e: any) => String(e));
    return obj;
  },
  toJSON(message: EventTermStarted): JsonSafe<EventTermStarted> {
    const obj: any = {};
    message.term !== undefined && (obj.term = (message.term || BigInt(0)).toString());
    message.start !== undefined && (obj.start = fromTimestamp(message.start).toISOString());
    message.end !== undefined && (obj.end = fromTimestamp(message.end).toISOString());
    if (message.candidates) {
      obj.candidates = message.candidates.map(e => e);
    } else {
      obj.candidates = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTermStarted>, I>>(object: I): EventTermStarted {
    const message = createBaseEventTermStarted();
    if (object.term !== undefined && object.term !== null) {
      message.term = BigInt(object.term.toString());
    }
    if (object.start !== undefined && object.start !== null) {
      message.start = Timestamp.fromPartial(object.start);
    }
    if (object.end !== undefined && object.end !== null) {
      message.end = Timestamp.fromPartial(object.end);
    }
    message.candidates = object.candidates?.map(e => e) || [];
    return message;
  }
};
function createBaseEventRepresentativeSeated(): EventRepresentativeSeated {
  return {
    representative: "",
    term: BigInt(0),
    votes: ""
  };
}
export const EventRepresentativeSeated = {
  encode(message: EventRepresentativeSeated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.representative !== "") {
      writer.uint32(10).string(message.representative);
    }
    if (message.term !== BigInt(0)) {
      writer.uint32(16).uint64(message.term);
    }
    if (message.votes !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.votes, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventRepresentativeSeated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventRepresentativeSeated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.representative = reader.string();
          break;
        case 2:
          message.term = reader.uint64();
          break;
        case 3:
          message.votes = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventRepresentativeSeated {
    const obj = createBaseEventRepresentativeSeated();
    if (isSet(object.representative)) obj.representative = String(object.representative);
    if (isSet(object.term)) obj.term = BigInt(object.term.toString());
    if (isSet(object.votes)) obj.votes = String(object.votes);
    return obj;
  },
  toJSON(message: EventRepresentativeSeated): JsonSafe<EventRepresentativeSeated> {
    const obj: any = {};
    message.representative !== undefined && (obj.representative = message.representative);
    message.term !== undefined && (obj.term = (message.term || BigInt(0)).toString());
    message.votes !== undefined && (obj.votes = message.votes);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventRepresentativeSeated>, I>>(object: I): EventRepresentativeSeated {
    const message = createBaseEventRepresentativeSeated();
    message.representative = object.representative ?? "";
    if (object.term !== undefined && object.term !== null) {
      message.term = BigInt(object.term.toString());
    }
    message.votes = object.votes ?? "";
    return message;
  }
};
function createBaseEventTally(): EventTally {
  return {
    proposalId: BigInt(0),
    passes: false,
    participation: "",
    outcome: ""
  };
}
export const EventTally = {
  encode(message: EventTally, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.proposalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.proposalId);
    }
    if (message.passes === true) {
      writer.uint32(16).bool(message.passes);
    }
    if (message.participation !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.participation, 18).atomics);
    }
    if (message.outcome !== "") {
      writer.uint32(34).string(message.outcome);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventTally {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTally();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.proposalId = reader.uint64();
          break;
        case 2:
          message.passes = reader.bool();
          break;
        case 3:
          message.participation = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.outcome = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventTally {
    const obj = createBaseEventTally();
    if (isSet(object.proposalId)) obj.proposalId = BigInt(object.proposalId.toString());
    if (isSet(object.passes)) obj.passes = Boolean(object.passes);
    if (isSet(object.participation)) obj.participation = String(object.participation);
    if (isSet(object.outcome)) obj.outcome = String(object.outcome);
    return obj;
  },
  toJSON(message: EventTally): JsonSafe<EventTally> {
    const obj: any = {};
    message.proposalId !== undefined && (obj.proposalId = (message.proposalId || BigInt(0)).toString());
    message.passes !== undefined && (obj.passes = message.passes);
    message.participation !== undefined && (obj.participation = message.participation);
    message.outcome !== undefined && (obj.outcome = message.outcome);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventTally>, I>>(object: I): EventTally {
    const message = createBaseEventTally();
    if (object.proposalId !== undefined && object.proposalId !== null) {
      message.proposalId = BigInt(object.proposalId.toString());
    }
    message.passes = object.passes ?? false;
    message.participation = object.participation ?? "";
    message.outcome = object.outcome ?? "";
    return message;
  }
};
function createBaseEventNominationBondRefunded(): EventNominationBondRefunded {
  return {
    candidate: "",
    bond: "",
    votes: ""
  };
}
export const EventNominationBondRefunded = {
  encode(message: EventNominationBondRefunded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.candidate !== "") {
      writer.uint32(10).string(message.candidate);
    }
    if (message.bond !== "") {
      writer.uint32(18).string(message.bond);
    }
    if (message.votes !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.votes, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNominationBondRefunded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNominationBondRefunded();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.candidate = reader.string();
          break;
        case 2:
          message.bond = reader.string();
          break;
        case 3:
          message.votes = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNominationBondRefunded {
    const obj = createBaseEventNominationBondRefunded();
    if (isSet(object.candidate)) obj.candidate = String(object.candidate);
    if (isSet(object.bond)) obj.bond = String(object.bond);
    if (isSet(object.votes)) obj.votes = String(object.votes);
    return obj;
  },
  toJSON(message: EventNominationBondRefunded): JsonSafe<EventNominationBondRefunded> {
    const obj: any = {};
    message.candidate !== undefined && (obj.candidate = message.candidate);
    message.bond !== undefined && (obj.bond = message.bond);
    message.votes !== undefined && (obj.votes = message.votes);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNominationBondRefunded>, I>>(object: I): EventNominationBondRefunded {
    const message = createBaseEventNominationBondRefunded();
    message.candidate = object.candidate ?? "";
    message.bond = object.bond ?? "";
    message.votes = object.votes ?? "";
    return message;
  }
};
function createBaseEventNominationBondBurned(): EventNominationBondBurned {
  return {
    candidate: "",
    bond: "",
    votes: ""
  };
}
export const EventNominationBondBurned = {
  encode(message: EventNominationBondBurned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.candidate !== "") {
      writer.uint32(10).string(message.candidate);
    }
    if (message.bond !== "") {
      writer.uint32(18).string(message.bond);
    }
    if (message.votes !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.votes, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNominationBondBurned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNominationBondBurned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.candidate = reader.string();
          break;
        case 2:
          message.bond = reader.string();
          break;
        case 3:
          message.votes = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNominationBondBurned {
    const obj = createBaseEventNominationBondBurned();
    if (isSet(object.candidate)) obj.candidate = String(object.candidate);
    if (isSet(object.bond)) obj.bond = String(object.bond);
    if (isSet(object.votes)) obj.votes = String(object.votes);
    return obj;
  },
  toJSON(message: EventNominationBondBurned): JsonSafe<EventNominationBondBurned> {
    const obj: any = {};
    message.candidate !== undefined && (obj.candidate = message.candidate);
    message.bond !== undefined && (obj.bond = message.bond);
    message.votes !== undefined && (obj.votes = message.votes);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNominationBondBurned>, I>>(object: I): EventNominationBondBurned {
    const message = createBaseEventNominationBondBurned();
    message.candidate = object.candidate ?? "";
    message.bond = object.bond ?? "";
    message.votes = object.votes ?? "";
    return message;
  }
};
function createBaseEventNominationBondSettlementFailed(): EventNominationBondSettlementFailed {
  return {
    candidate: "",
    bond: "",
    error: ""
  };
}
export const EventNominationBondSettlementFailed = {
  encode(message: EventNominationBondSettlementFailed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.candidate !== "") {
      writer.uint32(10).string(message.candidate);
    }
    if (message.bond !== "") {
      writer.uint32(18).string(message.bond);
    }
    if (message.error !== "") {
      writer.uint32(26).string(message.error);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventNominationBondSettlementFailed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventNominationBondSettlementFailed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.candidate = reader.string();
          break;
        case 2:
          message.bond = reader.string();
          break;
        case 3:
          message.error = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventNominationBondSettlementFailed {
    const obj = createBaseEventNominationBondSettlementFailed();
    if (isSet(object.candidate)) obj.candidate = String(object.candidate);
    if (isSet(object.bond)) obj.bond = String(object.bond);
    if (isSet(object.error)) obj.error = String(object.error);
    return obj;
  },
  toJSON(message: EventNominationBondSettlementFailed): JsonSafe<EventNominationBondSettlementFailed> {
    const obj: any = {};
    message.candidate !== undefined && (obj.candidate = message.candidate);
    message.bond !== undefined && (obj.bond = message.bond);
    message.error !== undefined && (obj.error = message.error);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventNominationBondSettlementFailed>, I>>(object: I): EventNominationBondSettlementFailed {
    const message = createBaseEventNominationBondSettlementFailed();
    message.candidate = object.candidate ?? "";
    message.bond = object.bond ?? "";
    message.error = object.error ?? "";
    return message;
  }
};
function createBaseEventBallotsPruned(): EventBallotsPruned {
  return {
    count: BigInt(0)
  };
}
export const EventBallotsPruned = {
  encode(message: EventBallotsPruned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.count !== BigInt(0)) {
      writer.uint32(8).uint64(message.count);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBallotsPruned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBallotsPruned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.count = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBallotsPruned {
    const obj = createBaseEventBallotsPruned();
    if (isSet(object.count)) obj.count = BigInt(object.count.toString());
    return obj;
  },
  toJSON(message: EventBallotsPruned): JsonSafe<EventBallotsPruned> {
    const obj: any = {};
    message.count !== undefined && (obj.count = (message.count || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<EventBallotsPruned>, I>>(object: I): EventBallotsPruned {
    const message = createBaseEventBallotsPruned();
    if (object.count !== undefined && object.count !== null) {
      message.count = BigInt(object.count.toString());
    }
    return message;
  }
};