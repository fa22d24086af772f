/* eslint-disable */
import { Params, Merchant, Invoice } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** GenesisState is the x/payfi genesis; it round-trips through export and import. */
export interface GenesisState {
  params: Params;
  merchants: Merchant[];
  invoices: Invoice[];
  nextInvoiceId: bigint;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    merchants: [],
    invoices: [],
    nextInvoiceId: BigInt(0)
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.merchants) {
      Merchant.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.invoices) {
      Invoice.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.nextInvoiceId !== BigInt(0)) {
      writer.uint32(32).uint64(message.nextInvoiceId);
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
          message.merchants.push(Merchant.decode(reader, reader.uint32()));
          break;
        case 3:
          message.invoices.push(Invoice.decode(reader, reader.uint32()));
          break;
        case 4:
          message.nextInvoiceId = reader.uint64();
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
    if (Array.isArray(object?.merchants)) obj.merchants = object.merchants.map((e: any) => Merchant.fromJSON(e));
    if (Array.isArray(object?.invoices)) obj.invoices = object.invoices.map((e: any) => Invoice.fromJSON(e));
    if (isSet(object.nextInvoiceId)) obj.nextInvoiceId = BigInt(object.nextInvoiceId.toString());
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.merchants) {
      obj.merchants = message.merchants.map(e => e ? Merchant.toJSON(e) : undefined);
    } else {
      obj.merchants = [];
    }
    if (message.invoices) {
      obj.invoices = message.invoices.map(e => e ? Invoice.toJSON(e) : undefined);
    } else {
      obj.invoices = [];
    }
    message.nextInvoiceId !== undefined && (obj.nextInvoiceId = (message.nextInvoiceId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    message.merchants = object.merchants?.map(e => Merchant.fromPartial(e)) || [];
    message.invoices = object.invoices?.map(e => Invoice.fromPartial(e)) || [];
    if (object.nextInvoiceId !== undefined && object.nextInvoiceId !== null) {
      message.nextInvoiceId = BigInt(object.nextInvoiceId.toString());
    }
    return message;
  }
};