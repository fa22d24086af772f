/* eslint-disable */
import { Params, Institution, Term, Representative, Candidate, Ballot, TallyBreakdown } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** GenesisState is the x/wgov genesis state. */
export interface GenesisState {
  params: Params;
  institutions: Institution[];
  /** The current term; number 0 means it starts at the first block. */
  term: Term;
  representatives: Representative[];
  candidates: Candidate[];
  ballots: Ballot[];
  /** Final tallies of proposals whose voting ended. */
  tallies: TallyBreakdown[];
}
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    institutions: [],
    term: Term.fromPartial({}),
    representatives: [],
    candidates: [],
    ballots: [],
    tallies: []
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.institutions) {
      Institution.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    if (message.term !== undefined) {
      Term.encode(message.term, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.representatives) {
      Representative.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.candidates) {
      Candidate.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    for (const v of message.ballots) {
      Ballot.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    for (const v of message.tallies) {
      TallyBreakdown.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GenesisState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGenesisState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        case 2:
          message.institutions.push(Institution.decode(reader, reader.uint32()));
          break;
        case 3:
          message.term = Term.decode(reader, reader.uint32());
          break;
        case 4:
          message.representatives.push(Representative.decode(reader, reader.uint32()));
          break;
        case 5:
          message.candidates.push(Candidate.decode(reader, reader.uint32()));
          break;
        case 6:
          message.ballots.push(Ballot.decode(reader, reader.uint32()));
          break;
        case 7:
          message.tallies.push(TallyBreakdown.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): GenesisState {
    const obj = createBaseGenesisState();
    if (isSet(object.params)) obj.params = Params.fromJSON(object.params);
    if (Array.isArray(object?.institutions)) obj.institutions = object.institutions.map((e: any) => Institution.fromJSON(e));
    if (isSet(object.term)) obj.term = Term.fromJSON(object.term);
    if (Array.isArray(object?.representatives)) obj.representatives = object.representatives.map((e: any) => Representative.fromJSON(e));
    if (Array.isArray(object?.candidates)) obj.candidates = object.candidates.map((e: any) => Candidate.fromJSON(e));
    if (Array.isArray(object?.ballots)) obj.ballots = object.ballots.map((e: any) => Ballot.fromJSON(e));
    if (Array.isArray(object?.tallies)) obj.tallies = object.tallies.map((e: any) => TallyBreakdown.fromJSON(e));
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.institutions) {
      obj.institutions = message.institutions.map(e => e ? Institution.toJSON(e) : undefined);
    } else {
      obj.institutions = [];
    }
    message.term !== undefined && (obj.term = message.term ? Term.toJSON(message.term) : undefined);
    if (message.representatives) {
      obj.representatives = message.representatives.map(e => e ? Representative.toJSON(e) : undefined);
    } else {
      obj.representatives = [];
    }
    if (message.candidates) {
      obj.candidates = message.candidates.map(e => e ? Candidate.toJSON(e) : undefined);
    } else {
      obj.candidates = [];
    }
    if (message.ballots) {
      obj.ballots = message.ballots.map(e => e ? Ballot.toJSON(e) : undefined);
    } else {
      obj.ballots = [];
    }
    if (message.tallies) {
      obj.tallies = message.tallies.map(e => e ? TallyBreakdown.toJSON(e) : undefined);
    } else {
      obj.tallies = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    message.institutions = object.institutions?.map(e => Institution.fromPartial(e)) || [];
    if (object.term !== undefined && object.term !== null) {
      message.term = Term.fromPartial(object.term);
    }
    message.representatives = object.representatives?.map(e => Representative.fromPartial(e)) || [];
    message.candidates = object.candidates?.map(e => Candidate.fromPartial(e)) || [];
    message.ballots = object.ballots?.map(e => Ballot.fromPartial(e)) || [];
    message.tallies = object.tallies?.map(e => TallyBreakdown.fromPartial(e)) || [];
    return message;
  }
};