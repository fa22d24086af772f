/* eslint-disable */
import { Params, Verifier, Credential, Asset, Valuation, Order, Trade } from "./types.js";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/** GenesisState is the x/rwa genesis; it round-trips through export and import. */
export interface GenesisState {
  params: Params;
  verifiers: Verifier[];
  credentials: Credential[];
  assets: Asset[];
  valuations: Valuation[];
  orders: Order[];
  trades: Trade[];
  nextAssetId: bigint;
  nextOrderId: bigint;
  nextTradeId: bigint;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: Params.fromPartial({}),
    verifiers: [],
    credentials: [],
    assets: [],
    valuations: [],
    orders: [],
    trades: [],
    nextAssetId: BigInt(0),
    nextOrderId: BigInt(0),
    nextTradeId: BigInt(0)
  };
}
export const GenesisState = {
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.verifiers) {
      Verifier.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.credentials) {
      Credential.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.assets) {
      Asset.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.valuations) {
      Valuation.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    for (const v of message.orders) {
      Order.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    for (const v of message.trades) {
      Trade.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.nextAssetId !== BigInt(0)) {
      writer.uint32(64).uint64(message.nextAssetId);
    }
    if (message.nextOrderId !== BigInt(0)) {
      writer.uint32(72).uint64(message.nextOrderId);
    }
    if (message.nextTradeId !== BigInt(0)) {
      writer.uint32(80).uint64(message.nextTradeId);
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
          message.verifiers.push(Verifier.decode(reader, reader.uint32()));
          break;
        case 3:
          message.credentials.push(Credential.decode(reader, reader.uint32()));
          break;
        case 4:
          message.assets.push(Asset.decode(reader, reader.uint32()));
          break;
        case 5:
          message.valuations.push(Valuation.decode(reader, reader.uint32()));
          break;
        case 6:
          message.orders.push(Order.decode(reader, reader.uint32()));
          break;
        case 7:
          message.trades.push(Trade.decode(reader, reader.uint32()));
          break;
        case 8:
          message.nextAssetId = reader.uint64();
          break;
        case 9:
          message.nextOrderId = reader.uint64();
          break;
        case 10:
          message.nextTradeId = reader.uint64();
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
    if (Array.isArray(object?.verifiers)) obj.verifiers = object.verifiers.map((e: any) => Verifier.fromJSON(e));
    if (Array.isArray(object?.credentials)) obj.credentials = object.credentials.map((e: any) => Credential.fromJSON(e));
    if (Array.isArray(object?.assets)) obj.assets = object.assets.map((e: any) => Asset.fromJSON(e));
    if (Array.isArray(object?.valuations)) obj.valuations = object.valuations.map((e: any) => Valuation.fromJSON(e));
    if (Array.isArray(object?.orders)) obj.orders = object.orders.map((e: any) => Order.fromJSON(e));
    if (Array.isArray(object?.trades)) obj.trades = object.trades.map((e: any) => Trade.fromJSON(e));
    if (isSet(object.nextAssetId)) obj.nextAssetId = BigInt(object.nextAssetId.toString());
    if (isSet(object.nextOrderId)) obj.nextOrderId = BigInt(object.nextOrderId.toString());
    if (isSet(object.nextTradeId)) obj.nextTradeId = BigInt(object.nextTradeId.toString());
    return obj;
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.verifiers) {
      obj.verifiers = message.verifiers.map(e => e ? Verifier.toJSON(e) : undefined);
    } else {
      obj.verifiers = [];
    }
    if (message.credentials) {
      obj.credentials = message.credentials.map(e => e ? Credential.toJSON(e) : undefined);
    } else {
      obj.credentials = [];
    }
    if (message.assets) {
      obj.assets = message.assets.map(e => e ? Asset.toJSON(e) : undefined);
    } else {
      obj.assets = [];
    }
    if (message.valuations) {
      obj.valuations = message.valuations.map(e => e ? Valuation.toJSON(e) : undefined);
    } else {
      obj.valuations = [];
    }
    if (message.orders) {
      obj.orders = message.orders.map(e => e ? Order.toJSON(e) : undefined);
    } else {
      obj.orders = [];
    }
    if (message.trades) {
      obj.trades = message.trades.map(e => e ? Trade.toJSON(e) : undefined);
    } else {
      obj.trades = [];
    }
    message.nextAssetId !== undefined && (obj.nextAssetId = (message.nextAssetId || BigInt(0)).toString());
    message.nextOrderId !== undefined && (obj.nextOrderId = (message.nextOrderId || BigInt(0)).toString());
    message.nextTradeId !== undefined && (obj.nextTradeId = (message.nextTradeId || BigInt(0)).toString());
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<GenesisState>, I>>(object: I): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    message.verifiers = object.verifiers?.map(e => Verifier.fromPartial(e)) || [];
    message.credentials = object.credentials?.map(e => Credential.fromPartial(e)) || [];
    message.assets = object.assets?.map(e => Asset.fromPartial(e)) || [];
    message.valuations = object.valuations?.map(e => Valuation.fromPartial(e)) || [];
    message.orders = object.orders?.map(e => Order.fromPartial(e)) || [];
    message.trades = object.trades?.map(e => Trade.fromPartial(e)) || [];
    if (object.nextAssetId !== undefined && object.nextAssetId !== null) {
      message.nextAssetId = BigInt(object.nextAssetId.toString());
    }
    if (object.nextOrderId !== undefined && object.nextOrderId !== null) {
      message.nextOrderId = BigInt(object.nextOrderId.toString());
    }
    if (object.nextTradeId !== undefined && object.nextTradeId !== null) {
      message.nextTradeId = BigInt(object.nextTradeId.toString());
    }
    return message;
  }
};