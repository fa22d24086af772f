/* eslint-disable */
import { Params, VoterClass, Institution, ScheduleEntry, ClassWeights, TallyBreakdown, Candidate, Term, Representative, voterClassFromJSON, voterClassToJSON } from "./types.js";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { JsonSafe } from "cosmjs-types/json-safe";
import { DeepPartial, Exact, isSet, fromJsonTimestamp, fromTimestamp } from "cosmjs-types/helpers";
import { Decimal } from "@cosmjs/math";
export interface QueryParamsRequest {}
export interface QueryParamsResponse {
  params: Params;
}
/** ClassMember is one voter of a class and its power in the class. */
export interface ClassMember {
  address: string;
  power: string;
}
/** ClassPower is one class now: its weight in force, total power and members. */
export interface ClassPower {
  class: VoterClass;
  weight: string;
  totalPower: string;
  /** Members with power (holders: the bonded validators and their delegators are not listed; see total_power). */
  members: ClassMember[];
}
export interface QueryClassesRequest {}
export interface QueryClassesResponse {
  classes: ClassPower[];
  institutions: Institution[];
}
export interface QueryScheduleRequest {}
export interface QueryScheduleResponse {
  schedule: ScheduleEntry[];
  /** The weights in force at the current block time. */
  current: ClassWeights;
  now: Timestamp;
}
export interface QueryTallyRequest {
  proposalId: bigint;
}
export interface QueryTallyResponse {
  tally: TallyBreakdown;
}
/** CandidateVotes is a candidate and the stake its ballots carry now. */
export interface CandidateVotes {
  candidate: Candidate;
  votes: string;
}
export interface QueryElectionRequest {}
export interface QueryElectionResponse {
  term: Term;
  seats: number;
  representatives: Representative[];
  /** In the order they would be seated now (votes, then address). */
  candidates: CandidateVotes[];
  ballots: number;
  nominationOpen: boolean;
  votingOpen: boolean;
}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
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
  fromJSON(_: any): QueryParamsRequest {
    const obj = createBaseQueryParamsRequest();
    return obj;
  },
  toJSON(_: QueryParamsRequest): JsonSafe<QueryParamsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryParamsRequest>, I>>(_: I): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  }
};
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: Params.fromPartial({})
  };
}
export const QueryParamsResponse = {
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryParamsResponse {
    const obj = createBaseQueryParamsResponse();
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    return obj;
  },
  toJSON(message: QueryParamsResponse): JsonSafe<QueryParamsResponse> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryParamsResponse>, I>>(object: I): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  }
};
function createBaseClassMember(): ClassMember {
  return {
    address: "",
    power: ""
  };
}
export const ClassMember = {
  encode(message: ClassMember, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.address !== "") {
      writer.uint32(10).string(message.address);
    }
    if (message.power !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.power, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ClassMember {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseClassMember();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.address = reader.string();
          break;
        case 2:
          message.power = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ClassMember {
    const obj = createBaseClassMember();
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.power)) obj.power = String(object.power);
    return obj;
  },
  toJSON(message: ClassMember): JsonSafe<ClassMember> {
    const obj: any = {};
    message.address !== undefined && (obj.address = message.address);
    message.power !== undefined && (obj.power = message.power);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ClassMember>, I>>(object: I): ClassMember {
    const message = createBaseClassMember();
    message.address = object.address ?? "";
    message.power = object.power ?? "";
    return message;
  }
};
function createBaseClassPower(): ClassPower {
  return {
    class: 0,
    weight: "",
    totalPower: "",
    members: []
  };
}
export const ClassPower = {
  encode(message: ClassPower, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.class !== 0) {
      writer.uint32(8).int32(message.class);
    }
    if (message.weight !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.weight, 18).atomics);
    }
    if (message.totalPower !== "") {
      writer.uint32(26).string(Decimal.fromUserInput(message.totalPower, 18).atomics);
    }
    for (const v of message.members) {
      ClassMember.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ClassPower {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseClassPower();
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
          message.totalPower = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        case 4:
          message.members.push(ClassMember.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ClassPower {
    const obj = createBaseClassPower();
    if (isSet(object.class)) obj.class = voterClassFromJSON(object.class);
    if (isSet(object.weight)) obj.weight = String(object.weight);
    if (isSet(object.totalPower)) obj.totalPower = String(object.totalPower);
    if (Array.isArray(object?.members)) obj.members = object.members.map((e: any) => ClassMember.fromJSON(e));
    return obj;
  },
  toJSON(message: ClassPower): JsonSafe<ClassPower> {
    const obj: any = {};
    message.class !== undefined && (obj.class = voterClassToJSON(message.class));
    message.weight !== undefined && (obj.weight = message.weight);
    message.totalPower !== undefined && (obj.totalPower = message.totalPower);
    if (message.members) {
      obj.members = message.members.map(e => e ? ClassMember.toJSON(e) : undefined);
    } else {
      obj.members = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<ClassPower>, I>>(object: I): ClassPower {
    const message = createBaseClassPower();
    message.class = object.class ?? 0;
    message.weight = object.weight ?? "";
    message.totalPower = object.totalPower ?? "";
    message.members = object.members?.map(e => ClassMember.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryClassesRequest(): QueryClassesRequest {
  return {};
}
export const QueryClassesRequest = {
  encode(_: QueryClassesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryClassesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryClassesRequest();
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
  fromJSON(_: any): QueryClassesRequest {
    const obj = createBaseQueryClassesRequest();
    return obj;
  },
  toJSON(_: QueryClassesRequest): JsonSafe<QueryClassesRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryClassesRequest>, I>>(_: I): QueryClassesRequest {
    const message = createBaseQueryClassesRequest();
    return message;
  }
};
function createBaseQueryClassesResponse(): QueryClassesResponse {
  return {
    classes: [],
    institutions: []
  };
}
export const QueryClassesResponse = {
  encode(message: QueryClassesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.classes) {
      ClassPower.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.institutions) {
      Institution.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryClassesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryClassesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.classes.push(ClassPower.decode(reader, reader.uint32()));
          break;
        case 2:
          message.institutions.push(Institution.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryClassesResponse {
    const obj = createBaseQueryClassesResponse();
    if (Array.isArray(object?.classes)) obj.classes = object.classes.map((e: any) => ClassPower.fromJSON(e));
    if (Array.isArray(object?.institutions)) obj.institutions = object.institutions.map((e: any) => Institution.fromJSON(e));
    return obj;
  },
  toJSON(message: QueryClassesResponse): JsonSafe<QueryClassesResponse> {
    const obj: any = {};
    if (message.classes) {
      obj.classes = message.classes.map(e => e ? ClassPower.toJSON(e) : undefined);
    } else {
      obj.classes = [];
    }
    if (message.institutions) {
      obj.institutions = message.institutions.map(e => e ? Institution.toJSON(e) : undefined);
    } else {
      obj.institutions = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryClassesResponse>, I>>(object: I): QueryClassesResponse {
    const message = createBaseQueryClassesResponse();
    message.classes = object.classes?.map(e => ClassPower.fromPartial(e)) || [];
    message.institutions = object.institutions?.map(e => Institution.fromPartial(e)) || [];
    return message;
  }
};
function createBaseQueryScheduleRequest(): QueryScheduleRequest {
  return {};
}
export const QueryScheduleRequest = {
  encode(_: QueryScheduleRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryScheduleRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryScheduleRequest();
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
  fromJSON(_: any): QueryScheduleRequest {
    const obj = createBaseQueryScheduleRequest();
    return obj;
  },
  toJSON(_: QueryScheduleRequest): JsonSafe<QueryScheduleRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryScheduleRequest>, I>>(_: I): QueryScheduleRequest {
    const message = createBaseQueryScheduleRequest();
    return message;
  }
};
function createBaseQueryScheduleResponse(): QueryScheduleResponse {
  return {
    schedule: [],
    current: ClassWeights.fromPartial({}),
    now: Timestamp.fromPartial({})
  };
}
export const QueryScheduleResponse = {
  encode(message: QueryScheduleResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.schedule) {
      ScheduleEntry.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.current !== undefined) {
      ClassWeights.encode(message.current, writer.uint32(18).fork()).ldelim();
    }
    if (message.now !== undefined) {
      Timestamp.encode(message.now, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryScheduleResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryScheduleResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.schedule.push(ScheduleEntry.decode(reader, reader.uint32()));
          break;
        case 2:
          message.current = ClassWeights.decode(reader, reader.uint32());
          break;
        case 3:
          message.now = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryScheduleResponse {
    const obj = createBaseQueryScheduleResponse();
    if (Array.isArray(object?.schedule)) obj.schedule = object.schedule.map((e: any) => ScheduleEntry.fromJSON(e));
    if (isSet(object.current)) obj.current = ClassWeights.fromJSON(object.current);
    if (isSet(object.now)) obj.now = fromJsonTimestamp(object.now);
    return obj;
  },
  toJSON(message: QueryScheduleResponse): JsonSafe<QueryScheduleResponse> {
    const obj: any = {};
    if (message.schedule) {
      obj.schedule = message.schedule.map(e => e ? ScheduleEntry.toJSON(e) : undefined);
    } else {
      obj.schedule = [];
    }
    message.current !== undefined && (obj.current = message.current ? ClassWeights.toJSON(message.current) : undefined);
    message.now !== undefined && (obj.now = fromTimestamp(message.now).toISOString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryScheduleResponse>, I>>(object: I): QueryScheduleResponse {
    const message = createBaseQueryScheduleResponse();
    message.schedule = object.schedule?.map(e => ScheduleEntry.fromPartial(e)) || [];
    if (object.current !== undefined && object.current !== null) {
      message.current = ClassWeights.fromPartial(object.current);
    }
    if (object.now !== undefined && object.now !== null) {
      message.now = Timestamp.fromPartial(object.now);
    }
    return message;
  }
};
function createBaseQueryTallyRequest(): QueryTallyRequest {
  return {
    proposalId: BigInt(0)
  };
}
export const QueryTallyRequest = {
  encode(message: QueryTallyRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.proposalId !== BigInt(0)) {
      writer.uint32(8).uint64(message.proposalId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTallyRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTallyRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.proposalId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTallyRequest {
    const obj = createBaseQueryTallyRequest();
    if (isSet(object.proposalId)) obj.proposalId = BigInt(object.proposalId.toString());
    return obj;
  },
  toJSON(message: QueryTallyRequest): JsonSafe<QueryTallyRequest> {
    const obj: any = {};
    message.proposalId !== undefined && (obj.proposalId = (message.proposalId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTallyRequest>, I>>(object: I): QueryTallyRequest {
    const message = createBaseQueryTallyRequest();
    if (object.proposalId !== undefined && object.proposalId !== null) {
      message.proposalId = BigInt(object.proposalId.toString());
    }
    return message;
  }
};
function createBaseQueryTallyResponse(): QueryTallyResponse {
  return {
    tally: TallyBreakdown.fromPartial({})
  };
}
export const QueryTallyResponse = {
  encode(message: QueryTallyResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.tally !== undefined) {
      TallyBreakdown.encode(message.tally, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTallyResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTallyResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.tally = TallyBreakdown.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTallyResponse {
    const obj = createBaseQueryTallyResponse();
    if (isSet(object.tally)) obj.tally = TallyBreakdown.fromJSON(object.tally);
    return obj;
  },
  toJSON(message: QueryTallyResponse): JsonSafe<QueryTallyResponse> {
    const obj: any = {};
    message.tally !== undefined && (obj.tally = message.tally ? TallyBreakdown.toJSON(message.tally) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryTallyResponse>, I>>(object: I): QueryTallyResponse {
    const message = createBaseQueryTallyResponse();
    if (object.tally !== undefined && object.tally !== null) {
      message.tally = TallyBreakdown.fromPartial(object.tally);
    }
    return message;
  }
};
function createBaseCandidateVotes(): CandidateVotes {
  return {
    candidate: Candidate.fromPartial({}),
    votes: ""
  };
}
export const CandidateVotes = {
  encode(message: CandidateVotes, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.candidate !== undefined) {
      Candidate.encode(message.candidate, writer.uint32(10).fork()).ldelim();
    }
    if (message.votes !== "") {
      writer.uint32(18).string(Decimal.fromUserInput(message.votes, 18).atomics);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CandidateVotes {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCandidateVotes();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.candidate = Candidate.decode(reader, reader.uint32());
          break;
        case 2:
          message.votes = Decimal.fromAtomics(reader.string(), 18).toString();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): CandidateVotes {
    const obj = createBaseCandidateVotes();
    if (isSet(object.candidate)) obj.candidate = Candidate.fromJSON(object.candidate);
    if (isSet(object.votes)) obj.votes = String(object.votes);
    return obj;
  },
  toJSON(message: CandidateVotes): JsonSafe<CandidateVotes> {
    const obj: any = {};
    message.candidate !== undefined && (obj.candidate = message.candidate ? Candidate.toJSON(message.candidate) : undefined);
    message.votes !== undefined && (obj.votes = message.votes);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<CandidateVotes>, I>>(object: I): CandidateVotes {
    const message = createBaseCandidateVotes();
    if (object.candidate !== undefined && object.candidate !== null) {
      message.candidate = Candidate.fromPartial(object.candidate);
    }
    message.votes = object.votes ?? "";
    return message;
  }
};
function createBaseQueryElectionRequest(): QueryElectionRequest {
  return {};
}
export const QueryElectionRequest = {
  encode(_: QueryElectionRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryElectionRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryElectionRequest();
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
  fromJSON(_: any): QueryElectionRequest {
    const obj = createBaseQueryElectionRequest();
    return obj;
  },
  toJSON(_: QueryElectionRequest): JsonSafe<QueryElectionRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryElectionRequest>, I>>(_: I): QueryElectionRequest {
    const message = createBaseQueryElectionRequest();
    return message;
  }
};
function createBaseQueryElectionResponse(): QueryElectionResponse {
  return {
    term: Term.fromPartial({}),
    seats: 0,
    representatives: [],
    candidates: [],
    ballots: 0,
    nominationOpen: false,
    votingOpen: false
  };
}
export const QueryElectionResponse = {
  encode(message: QueryElectionResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.term !== undefined) {
      Term.encode(message.term, writer.uint32(10).fork()).ldelim();
    }
    if (message.seats !== 0) {
      writer.uint32(16).uint32(message.seats);
    }
    for (const v of message.representatives) {
      Representative.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.candidates) {
      CandidateVotes.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.ballots !== 0) {
      writer.uint32(40).uint32(message.ballots);
    }
    if (message.nominationOpen === true) {
      writer.uint32(48).bool(message.nominationOpen);
    }
    if (message.votingOpen === true) {
      writer.uint32(56).bool(message.votingOpen);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryElectionResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryElectionResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.term = Term.decode(reader, reader.uint32());
          break;
        case 2:
          message.seats = reader.uint32();
          break;
        case 3:
          message.representatives.push(Representative.decode(reader, reader.uint32()));
          break;
        case 4:
          message.candidates.push(CandidateVotes.decode(reader, reader.uint32()));
          break;
        case 5:
          message.ballots = reader.uint32();
          break;
        case 6:
          message.nominationOpen = reader.bool();
          break;
        case 7:
          message.votingOpen = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryElectionResponse {
    const obj = createBaseQueryElectionResponse();
    if (isSet(object.term)) obj.term = Term.fromJSON(object.term);
    if (isSet(object.seats)) obj.seats = Number(object.seats);
    if (Array.isArray(object?.representatives)) obj.representatives = object.representatives.map((e: any) => Representative.fromJSON(e));
    if (Array.isArray(object?.candidates)) obj.candidates = object.candidates.map((e: any) => CandidateVotes.fromJSON(e));
    if (isSet(object.ballots)) obj.ballots = Number(object.ballots);
    if (isSet(object.nominationOpen)) obj.nominationOpen = Boolean(object.nominationOpen);
    if (isSet(object.votingOpen)) obj.votingOpen = Boolean(object.votingOpen);
    return obj;
  },
  toJSON(message: QueryElectionResponse): JsonSafe<QueryElectionResponse> {
    const obj: any = {};
    message.term !== undefined && (obj.term = message.term ? Term.toJSON(message.term) : undefined);
    message.seats !== undefined && (obj.seats = Math.round(message.seats));
    if (message.representatives) {
      obj.representatives = message.representatives.map(e => e ? Representative.toJSON(e) : undefined);
    } else {
      obj.representatives = [];
    }
    if (message.candidates) {
      obj.candidates = message.candidates.map(e => e ? CandidateVotes.toJSON(e) : undefined);
    } else {
      obj.candidates = [];
    }
    message.ballots !== undefined && (obj.ballots = Math.round(message.ballots));
    message.nominationOpen !== undefined && (obj.nominationOpen = message.nominationOpen);
    message.votingOpen !== undefined && (obj.votingOpen = message.votingOpen);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<QueryElectionResponse>, I>>(object: I): QueryElectionResponse {
    const message = createBaseQueryElectionResponse();
    if (object.term !== undefined && object.term !== null) {
      message.term = Term.fromPartial(object.term);
    }
    message.seats = object.seats ?? 0;
    message.representatives = object.representatives?.map(e => Representative.fromPartial(e)) || [];
    message.candidates = object.candidates?.map(e => CandidateVotes.fromPartial(e)) || [];
    message.ballots = object.ballots ?? 0;
    message.nominationOpen = object.nominationOpen ?? false;
    message.votingOpen = object.votingOpen ?? false;
    return message;
  }
};