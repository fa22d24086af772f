/* eslint-disable */
import { Params, SubBudget, subBudgetFromJSON, subBudgetToJSON } from "./types.js";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** MsgUpdateParams replaces the module params (gov authority only). */
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
export interface MsgUpdateParamsResponse {}
/** MsgAddMilestone adds a foundation milestone (gov authority only). */
export interface MsgAddMilestone {
  authority: string;
  subBudget: SubBudget;
  amount: string;
  recipient: string;
  description: string;
}
export interface MsgAddMilestoneResponse {
  id: bigint;
}
/**
 * MsgReleaseMilestone pays a milestone from the foundation pool (gov authority only),
 * within 35.7M BTT × min(1, months since genesis ÷ 48) and the milestone's sub-budget.
 */
export interface MsgReleaseMilestone {
  authority: string;
  id: bigint;
}
export interface MsgReleaseMilestoneResponse {}
/** MsgSpendEcosystemFund pays from the ecosystem growth fund (gov authority only). */
export interface MsgSpendEcosystemFund {
  authority: string;
  recipient: string;
  amount: Coin[];
  purpose: string;
}
export interface MsgSpendEcosystemFundResponse {}
/**
 * MsgSpendCommunityIncentives pays from the community incentives pool (gov authority only).
 * Its amino name is shortened to fit the 39-character limit of legacy amino (Ledger signing).
 */
export interface MsgSpendCommunityIncentives {
  authority: string;
  recipient: string;
  amount: Coin[];
  purpose: string;
}
export interface MsgSpendCommunityIncentivesResponse {}
/** MsgSpendReserve pays from the unallocated reserve (the seed's unassigned 15%; gov authority only). */
export interface MsgSpendReserve {
  authority: string;
  recipient: string;
  amount: Coin[];
  purpose: string;
}
export interface MsgSpendReserveResponse {}
/**
 * MsgSpendDevelopmentFund pays from the development fund, which the fee split and x/compute's
 * development share fill (gov authority only).
 */
export interface MsgSpendDevelopmentFund {
  authority: string;
  recipient: string;
  amount: Coin[];
  purpose: string;
}
export interface MsgSpendDevelopmentFundResponse {}
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: Params.fromPartial({})
  };
}
export const MsgUpdateParams = {
  aminoType: "btt/emissions/MsgUpdateParams",
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
function createBaseMsgAddMilestone(): MsgAddMilestone {
  return {
    authority: "",
    subBudget: 0,
    amount: "",
    recipient: "",
    description: ""
  };
}
export const MsgAddMilestone = {
  aminoType: "btt/emissions/MsgAddMilestone",
  encode(message: MsgAddMilestone, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
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
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAddMilestone {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAddMilestone();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
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
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAddMilestone {
    const obj = createBaseMsgAddMilestone();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.subBudget)) obj.subBudget = subBudgetFromJSON(object.subBudget);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (isSet(object.description)) obj.description = String(object.description);
    return obj;
  },
  toJSON(message: MsgAddMilestone): JsonSafe<MsgAddMilestone> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.subBudget !== undefined && (obj.subBudget = subBudgetToJSON(message.subBudget));
    message.amount !== undefined && (obj.amount = message.amount);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    message.description !== undefined && (obj.description = message.description);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAddMilestone>, I>>(object: I): MsgAddMilestone {
    const message = createBaseMsgAddMilestone();
    message.authority = object.authority ?? "";
    message.subBudget = object.subBudget ?? 0;
    message.amount = object.amount ?? "";
    message.recipient = object.recipient ?? "";
    message.description = object.description ?? "";
    return message;
  }
};
function createBaseMsgAddMilestoneResponse(): MsgAddMilestoneResponse {
  return {
    id: BigInt(0)
  };
}
export const MsgAddMilestoneResponse = {
  encode(message: MsgAddMilestoneResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAddMilestoneResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAddMilestoneResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAddMilestoneResponse {
    const obj = createBaseMsgAddMilestoneResponse();
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: MsgAddMilestoneResponse): JsonSafe<MsgAddMilestoneResponse> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAddMilestoneResponse>, I>>(object: I): MsgAddMilestoneResponse {
    const message = createBaseMsgAddMilestoneResponse();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseMsgReleaseMilestone(): MsgReleaseMilestone {
  return {
    authority: "",
    id: BigInt(0)
  };
}
export const MsgReleaseMilestone = {
  aminoType: "btt/emissions/MsgReleaseMilestone",
  encode(message: MsgReleaseMilestone, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.id !== BigInt(0)) {
      writer.uint32(16).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReleaseMilestone {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReleaseMilestone();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgReleaseMilestone {
    const obj = createBaseMsgReleaseMilestone();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.id)) obj.id = BigInt(object.id.toString());
    return obj;
  },
  toJSON(message: MsgReleaseMilestone): JsonSafe<MsgReleaseMilestone> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgReleaseMilestone>, I>>(object: I): MsgReleaseMilestone {
    const message = createBaseMsgReleaseMilestone();
    message.authority = object.authority ?? "";
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  }
};
function createBaseMsgReleaseMilestoneResponse(): MsgReleaseMilestoneResponse {
  return {};
}
export const MsgReleaseMilestoneResponse = {
  encode(_: MsgReleaseMilestoneResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReleaseMilestoneResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReleaseMilestoneResponse();
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
  fromJSON(_: any): MsgReleaseMilestoneResponse {
    const obj = createBaseMsgReleaseMilestoneResponse();
    return obj;
  },
  toJSON(_: MsgReleaseMilestoneResponse): JsonSafe<MsgReleaseMilestoneResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgReleaseMilestoneResponse>, I>>(_: I): MsgReleaseMilestoneResponse {
    const message = createBaseMsgReleaseMilestoneResponse();
    return message;
  }
};
function createBaseMsgSpendEcosystemFund(): MsgSpendEcosystemFund {
  return {
    authority: "",
    recipient: "",
    amount: [],
    purpose: ""
  };
}
export const MsgSpendEcosystemFund = {
  aminoType: "btt/emissions/MsgSpendEcosystemFund",
  encode(message: MsgSpendEcosystemFund, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.purpose !== "") {
      writer.uint32(34).string(message.purpose);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendEcosystemFund {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendEcosystemFund();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.purpose = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSpendEcosystemFund {
    const obj = createBaseMsgSpendEcosystemFund();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (Array.isArray(object?.amount)) obj.amount = object.amount.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.purpose)) obj.purpose = String(object.purpose);
    return obj;
  },
  toJSON(message: MsgSpendEcosystemFund): JsonSafe<MsgSpendEcosystemFund> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    if (message.amount) {
      obj.amount = message.amount.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.amount = [];
    }
    message.purpose !== undefined && (obj.purpose = message.purpose);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendEcosystemFund>, I>>(object: I): MsgSpendEcosystemFund {
    const message = createBaseMsgSpendEcosystemFund();
    message.authority = object.authority ?? "";
    message.recipient = object.recipient ?? "";
    message.amount = object.amount?.map(e => Coin.fromPartial(e)) || [];
    message.purpose = object.purpose ?? "";
    return message;
  }
};
function createBaseMsgSpendEcosystemFundResponse(): MsgSpendEcosystemFundResponse {
  return {};
}
export const MsgSpendEcosystemFundResponse = {
  encode(_: MsgSpendEcosystemFundResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendEcosystemFundResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendEcosystemFundResponse();
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
  fromJSON(_: any): MsgSpendEcosystemFundResponse {
    const obj = createBaseMsgSpendEcosystemFundResponse();
    return obj;
  },
  toJSON(_: MsgSpendEcosystemFundResponse): JsonSafe<MsgSpendEcosystemFundResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendEcosystemFundResponse>, I>>(_: I): MsgSpendEcosystemFundResponse {
    const message = createBaseMsgSpendEcosystemFundResponse();
    return message;
  }
};
function createBaseMsgSpendCommunityIncentives(): MsgSpendCommunityIncentives {
  return {
    authority: "",
    recipient: "",
    amount: [],
    purpose: ""
  };
}
export const MsgSpendCommunityIncentives = {
  aminoType: "btt/emissions/MsgSpendCommunityFund",
  encode(message: MsgSpendCommunityIncentives, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.purpose !== "") {
      writer.uint32(34).string(message.purpose);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendCommunityIncentives {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendCommunityIncentives();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.purpose = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSpendCommunityIncentives {
    const obj = createBaseMsgSpendCommunityIncentives();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (Array.isArray(object?.amount)) obj.amount = object.amount.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.purpose)) obj.purpose = String(object.purpose);
    return obj;
  },
  toJSON(message: MsgSpendCommunityIncentives): JsonSafe<MsgSpendCommunityIncentives> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    if (message.amount) {
      obj.amount = message.amount.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.amount = [];
    }
    message.purpose !== undefined && (obj.purpose = message.purpose);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendCommunityIncentives>, I>>(object: I): MsgSpendCommunityIncentives {
    const message = createBaseMsgSpendCommunityIncentives();
    message.authority = object.authority ?? "";
    message.recipient = object.recipient ?? "";
    message.amount = object.amount?.map(e => Coin.fromPartial(e)) || [];
    message.purpose = object.purpose ?? "";
    return message;
  }
};
function createBaseMsgSpendCommunityIncentivesResponse(): MsgSpendCommunityIncentivesResponse {
  return {};
}
export const MsgSpendCommunityIncentivesResponse = {
  encode(_: MsgSpendCommunityIncentivesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendCommunityIncentivesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendCommunityIncentivesResponse();
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
  fromJSON(_: any): MsgSpendCommunityIncentivesResponse {
    const obj = createBaseMsgSpendCommunityIncentivesResponse();
    return obj;
  },
  toJSON(_: MsgSpendCommunityIncentivesResponse): JsonSafe<MsgSpendCommunityIncentivesResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendCommunityIncentivesResponse>, I>>(_: I): MsgSpendCommunityIncentivesResponse {
    const message = createBaseMsgSpendCommunityIncentivesResponse();
    return message;
  }
};
function createBaseMsgSpendReserve(): MsgSpendReserve {
  return {
    authority: "",
    recipient: "",
    amount: [],
    purpose: ""
  };
}
export const MsgSpendReserve = {
  aminoType: "btt/emissions/MsgSpendReserve",
  encode(message: MsgSpendReserve, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.purpose !== "") {
      writer.uint32(34).string(message.purpose);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendReserve {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendReserve();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.purpose = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSpendReserve {
    const obj = createBaseMsgSpendReserve();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (Array.isArray(object?.amount)) obj.amount = object.amount.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.purpose)) obj.purpose = String(object.purpose);
    return obj;
  },
  toJSON(message: MsgSpendReserve): JsonSafe<MsgSpendReserve> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    if (message.amount) {
      obj.amount = message.amount.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.amount = [];
    }
    message.purpose !== undefined && (obj.purpose = message.purpose);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendReserve>, I>>(object: I): MsgSpendReserve {
    const message = createBaseMsgSpendReserve();
    message.authority = object.authority ?? "";
    message.recipient = object.recipient ?? "";
    message.amount = object.amount?.map(e => Coin.fromPartial(e)) || [];
    message.purpose = object.purpose ?? "";
    return message;
  }
};
function createBaseMsgSpendReserveResponse(): MsgSpendReserveResponse {
  return {};
}
export const MsgSpendReserveResponse = {
  encode(_: MsgSpendReserveResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendReserveResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendReserveResponse();
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
  fromJSON(_: any): MsgSpendReserveResponse {
    const obj = createBaseMsgSpendReserveResponse();
    return obj;
  },
  toJSON(_: MsgSpendReserveResponse): JsonSafe<MsgSpendReserveResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendReserveResponse>, I>>(_: I): MsgSpendReserveResponse {
    const message = createBaseMsgSpendReserveResponse();
    return message;
  }
};
function createBaseMsgSpendDevelopmentFund(): MsgSpendDevelopmentFund {
  return {
    authority: "",
    recipient: "",
    amount: [],
    purpose: ""
  };
}
export const MsgSpendDevelopmentFund = {
  aminoType: "btt/emissions/MsgSpendDevelopmentFund",
  encode(message: MsgSpendDevelopmentFund, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.purpose !== "") {
      writer.uint32(34).string(message.purpose);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendDevelopmentFund {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendDevelopmentFund();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.purpose = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSpendDevelopmentFund {
    const obj = createBaseMsgSpendDevelopmentFund();
    if (isSet(object.authority)) obj.authority = String(object.authority);
    if (isSet(object.recipient)) obj.recipient = String(object.recipient);
    if (Array.isArray(object?.amount)) obj.amount = object.amount.map((e: any) => Coin.fromJSON(e));
    if (isSet(object.purpose)) obj.purpose = String(object.purpose);
    return obj;
  },
  toJSON(message: MsgSpendDevelopmentFund): JsonSafe<MsgSpendDevelopmentFund> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.recipient !== undefined && (obj.recipient = message.recipient);
    if (message.amount) {
      obj.amount = message.amount.map(e => e ? Coin.toJSON(e) : undefined);
    } else {
      obj.amount = [];
    }
    message.purpose !== undefined && (obj.purpose = message.purpose);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendDevelopmentFund>, I>>(object: I): MsgSpendDevelopmentFund {
    const message = createBaseMsgSpendDevelopmentFund();
    message.authority = object.authority ?? "";
    message.recipient = object.recipient ?? "";
    message.amount = object.amount?.map(e => Coin.fromPartial(e)) || [];
    message.purpose = object.purpose ?? "";
    return message;
  }
};
function createBaseMsgSpendDevelopmentFundResponse(): MsgSpendDevelopmentFundResponse {
  return {};
}
export const MsgSpendDevelopmentFundResponse = {
  encode(_: MsgSpendDevelopmentFundResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSpendDevelopmentFundResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSpendDevelopmentFundResponse();
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
  fromJSON(_: any): MsgSpendDevelopmentFundResponse {
    const obj = createBaseMsgSpendDevelopmentFundResponse();
    return obj;
  },
  toJSON(_: MsgSpendDevelopmentFundResponse): JsonSafe<MsgSpendDevelopmentFundResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSpendDevelopmentFundResponse>, I>>(_: I): MsgSpendDevelopmentFundResponse {
    const message = createBaseMsgSpendDevelopmentFundResponse();
    return message;
  }
};