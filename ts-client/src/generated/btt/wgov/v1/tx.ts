/* eslint-disable */
import { Params, Institution } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
export interface MsgSetInstitutions {
  authority: string;
  institutions: Institution[];
}
export interface MsgSetInstitutionsResponse {}
export interface MsgNominate {
  candidate: string;
  statement: string;
}
export interface MsgNominateResponse {}
export interface MsgVoteRepresentative {
  voter: string;
  candidates: string[];
}
export interface MsgVoteRepresentativeResponse {}
export interface MsgRecallRepresentative {
  authority: string;
  representative: string;
  reason: string;
}
export interface MsgRecallRepresentativeResponse {}
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: Params.fromPartial({})
  };
}
export const MsgUpdateParams = {
  aminoType: "btt/wgov/MsgUpdateParams",
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
function createBaseMsgSetInstitutions(): MsgSetInstitutions {
  return {
    authority: "",
    institutions: []
  };
}
export const MsgSetInstitutions = {
  aminoType: "btt/wgov/MsgSetInstitutions",
  encode(message: MsgSetInstitutions, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    for (const v of message.institutions) {
      Institution.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetInstitutions {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetInstitutions();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
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
  fromJSON(object: any): MsgSetInstitutions {
    const obj = createBaseMsgSetInstitutions();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (Array.isArray(object?.institutions)) obj.institutions = object.institutions.map((e: any) => Institution.fromJSON(e));
    return obj;
  },
  toJSON(message: MsgSetInstitutions): JsonSafe<MsgSetInstitutions> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    if (message.institutions) {
      obj.institutions = message.institutions.map(e => e ? Institution.toJSON(e) : undefined);
    } else {
      obj.institutions = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetInstitutions>, I>>(object: I): MsgSetInstitutions {
    const message = createBaseMsgSetInstitutions();
    message.authority = object.authority ?? "";
    message.institutions = object.institutions?.map(e => Institution.fromPartial(e)) || [];
    return message;
  }
};
function createBaseMsgSetInstitutionsResponse(): MsgSetInstitutionsResponse {
  return {};
}
export const MsgSetInstitutionsResponse = {
  encode(_: MsgSetInstitutionsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetInstitutionsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetInstitutionsResponse();
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
  fromJSON(_: any): MsgSetInstitutionsResponse {
    const obj = createBaseMsgSetInstitutionsResponse();
    return obj;
  },
  toJSON(_: MsgSetInstitutionsResponse): JsonSafe<MsgSetInstitutionsResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetInstitutionsResponse>, I>>(_: I): MsgSetInstitutionsResponse {
    const message = createBaseMsgSetInstitutionsResponse();
    return message;
  }
};
function createBaseMsgNominate(): MsgNominate {
  return {
    candidate: "",
    statement: ""
  };
}
export const MsgNominate = {
  aminoType: "btt/wgov/MsgNominate",
  encode(message: MsgNominate, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.candidate !== "") {
      writer.uint32(10).string(message.candidate);
    }
    if (message.statement !== "") {
      writer.uint32(18).string(message.statement);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgNominate {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgNominate();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.candidate = reader.string();
          break;
        case 2:
          message.statement = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgNominate {
    const obj = createBaseMsgNominate();
    if (isSet(object.candidate)) obj.candidate = String(object.candidate);
    if (isSet(object.statement)) obj.statement = String(object.statement);
    return obj;
  },
  toJSON(message: MsgNominate): JsonSafe<MsgNominate> {
    const obj: any = {};
    message.candidate !== undefined && (obj.candidate = message.candidate);
    message.statement !== undefined && (obj.statement = message.statement);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgNominate>, I>>(object: I): MsgNominate {
    const message = createBaseMsgNominate();
    message.candidate = object.candidate ?? "";
    message.statement = object.statement ?? "";
    return message;
  }
};
function createBaseMsgNominateResponse(): MsgNominateResponse {
  return {};
}
export const MsgNominateResponse = {
  encode(_: MsgNominateResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgNominateResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgNominateResponse();
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
  fromJSON(_: any): MsgNominateResponse {
    const obj = createBaseMsgNominateResponse();
    return obj;
  },
  toJSON(_: MsgNominateResponse): JsonSafe<MsgNominateResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgNominateResponse>, I>>(_: I): MsgNominateResponse {
    const message = createBaseMsgNominateResponse();
    return message;
  }
};
function createBaseMsgVoteRepresentative(): MsgVoteRepresentative {
  return {
    voter: "",
    candidates: []
  };
}
export const MsgVoteRepresentative = {
  aminoType: "btt/wgov/MsgVoteRepresentative",
  encode(message: MsgVoteRepresentative, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.voter !== "") {
      writer.uint32(10).string(message.voter);
    }
    for (const v of message.candidates) {
      writer.uint32(18).string(v!);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgVoteRepresentative {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgVoteRepresentative();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.voter = reader.string();
          break;
        case 2:
          message.candidates.push(reader.string());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgVoteRepresentative {
    const obj = createBaseMsgVoteRepresentative();
    if (isSet(object.voter)) obj.voter = String(object.voter);
    if (Array.isArray(object?.candidates)) obj.candidates = object.candidates.map((e: any) => String(e));
    return obj;
  },
  toJSON(message: MsgVoteRepresentative): JsonSafe<MsgVoteRepresentative> {
    const obj: any = {};
    message.voter !== undefined && (obj.voter = message.voter);
    if (message.candidates) {
      obj.candidates = message.candidates.map(e => e);
    } else {
      obj.candidates = [];
    }
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgVoteRepresentative>, I>>(object: I): MsgVoteRepresentative {
    const message = createBaseMsgVoteRepresentative();
    message.voter = object.voter ?? "";
    message.candidates = object.candidates?.map(e => e) || [];
    return message;
  }
};
function createBaseMsgVoteRepresentativeResponse(): MsgVoteRepresentativeResponse {
  return {};
}
export const MsgVoteRepresentativeResponse = {
  encode(_: MsgVoteRepresentativeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgVoteRepresentativeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgVoteRepresentativeResponse();
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
  fromJSON(_: any): MsgVoteRepresentativeResponse {
    const obj = createBaseMsgVoteRepresentativeResponse();
    return obj;
  },
  toJSON(_: MsgVoteRepresentativeResponse): JsonSafe<MsgVoteRepresentativeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgVoteRepresentativeResponse>, I>>(_: I): MsgVoteRepresentativeResponse {
    const message = createBaseMsgVoteRepresentativeResponse();
    return message;
  }
};
function createBaseMsgRecallRepresentative(): MsgRecallRepresentative {
  return {
    authority: "",
    representative: "",
    reason: ""
  };
}
export const MsgRecallRepresentative = {
  aminoType: "btt/wgov/MsgRecallRepresentative",
  encode(message: MsgRecallRepresentative, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.representative !== "") {
      writer.uint32(18).string(message.representative);
    }
    if (message.reason !== "") {
      writer.uint32(26).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRecallRepresentative {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRecallRepresentative();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.representative = reader.string();
          break;
        case 3:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRecallRepresentative {
    const obj = createBaseMsgRecallRepresentative();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.representative)) obj.representative = String(object.representative);
    if (isSet(object.reason)) obj.reason = String(object.reason);
    return obj;
  },
  toJSON(message: MsgRecallRepresentative): JsonSafe<MsgRecallRepresentative> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.representative !== undefined && (obj.representative = message.representative);
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRecallRepresentative>, I>>(object: I): MsgRecallRepresentative {
    const message = createBaseMsgRecallRepresentative();
    message.authority = object.authority ?? "";
    message.representative = object.representative ?? "";
    message.reason = object.reason ?? "";
    return message;
  }
};
function createBaseMsgRecallRepresentativeResponse(): MsgRecallRepresentativeResponse {
  return {};
}
export const MsgRecallRepresentativeResponse = {
  encode(_: MsgRecallRepresentativeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRecallRepresentativeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRecallRepresentativeResponse();
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
  fromJSON(_: any): MsgRecallRepresentativeResponse {
    const obj = createBaseMsgRecallRepresentativeResponse();
    return obj;
  },
  toJSON(_: MsgRecallRepresentativeResponse): JsonSafe<MsgRecallRepresentativeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRecallRepresentativeResponse>, I>>(_: I): MsgRecallRepresentativeResponse {
    const message = createBaseMsgRecallRepresentativeResponse();
    return message;
  }
};