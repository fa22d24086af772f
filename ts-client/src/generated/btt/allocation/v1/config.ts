/* eslint-disable */
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { Duration } from "cosmjs-types/google/protobuf/duration";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { isSet, fromJsonTimestamp, fromTimestamp, DeepPartial, Exact } from "cosmjs-types/helpers";
import { JsonSafe } from "cosmjs-types/json-safe";
/**
 * AllocationConfig says who receives the seed's nine genesis allocations on one
 * network and which network-level parameters its genesis uses. The amounts and
 * vesting schedules themselves are fixed by the tokenomics and are not configurable.
 */
export interface AllocationConfig {
  chainId: string;
  /** Vesting schedules start at this time; it becomes the genesis time. */
  genesisTime: Timestamp;
  /** One recipient for each of the five institutional allocations. */
  recipients: Recipient[];
  /**
   * Liquid accounts carved out of a pool allocation (e.g. a localnet faucet).
   * The pool shrinks by exactly the carved amount, so the total never changes.
   */
  carveOuts: CarveOut[];
  network: NetworkParams;
}
/**
 * Recipient binds one institutional allocation (by id, e.g. "china_oral_industry_group")
 * to the account that receives its PeriodicVestingAccount.
 */
export interface Recipient {
  allocation: string;
  address: string;
}
/**
 * CarveOut moves `amount` abtt from the pool allocation `from` (e.g. "ecosystem_growth_fund")
 * to a liquid account.
 */
export interface CarveOut {
  name: string;
  address: string;
  amount: string;
  from: string;
}
/**
 * NetworkParams are the genesis parameters that differ between networks
 * (a localnet wants short voting periods, a testnet realistic ones).
 */
export interface NetworkParams {
  govVotingPeriod: Duration;
  govExpeditedVotingPeriod: Duration;
  /** Minimum proposal deposit in abtt. */
  govMinDeposit: string;
  unbondingTime: Duration;
  maxValidators: number;
  /**
   * Length of the x/emissions mining epoch (the x/epochs epoch "emissions"); zero means
   * a day, the mainnet value. A localnet uses a few seconds.
   */
  emissionsEpoch: Duration;
}
function createBaseAllocationConfig(): AllocationConfig {
  return {
    chainId: "",
    genesisTime: Timestamp.fromPartial({}),
    recipients: [],
    carveOuts: [],
    network: NetworkParams.fromPartial({})
  };
}
export const AllocationConfig = {
  encode(message: AllocationConfig, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.chainId !== "") {
      writer.uint32(10).string(message.chainId);
    }
    if (message.genesisTime !== undefined) {
      Timestamp.encode(message.genesisTime, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.recipients) {
      Recipient.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.carveOuts) {
      CarveOut.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.network !== undefined) {
      NetworkParams.encode(message.network, writer.uint32(42).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AllocationConfig {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAllocationConfig();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.chainId = reader.string();
          break;
        case 2:
          message.genesisTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.recipients.push(Recipient.decode(reader, reader.uint32()));
          break;
        case 4:
          message.carveOuts.push(CarveOut.decode(reader, reader.uint32()));
          break;
        case 5:
          message.network = NetworkParams.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): AllocationConfig {
    const obj = createBaseAllocationConfig();
    if (isSet(object.chainId)) obj.chainId = String(object.chainId);
    if (isSet(object.genesisTime)) obj.genesisTime = fromJsonTimestamp(object.genesisTime);
    if (Array.isArray(object?.recipients)) obj.recipients = object.recipients.map((e: any) => Recipient.fromJSON(e));
    if (Array.isArray(object?.carveOuts)) obj.carveOuts = object.carveOuts.map((e: any) => CarveOut.fromJSON(e));
    if (isSet(object.network)) obj.network = NetworkParams.fromJSON(object.network);
    return obj;
  },
  toJSON(message: AllocationConfig): JsonSafe<AllocationConfig> {
    const obj: any = {};
    message.chainId !== undefined && (obj.chainId = message.chainId);
    message.genesisTime !== undefined && (obj.genesisTime = fromTimestamp(message.genesisTime).toISOString());
    if (message.recipients) {
      obj.recipients = message.recipients.map(e => e ? Recipient.toJSON(e) : undefined);
    } else {
      obj.recipients = [];
    }
    if (message.carveOuts) {
      obj.carveOuts = message.carveOuts.map(e => e ? CarveOut.toJSON(e) : undefined);
    } else {
      obj.carveOuts = [];
    }
    message.network !== undefined && (obj.network = message.network ? NetworkParams.toJSON(message.network) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<AllocationConfig>, I>>(object: I): AllocationConfig {
    const message = createBaseAllocationConfig();
    message.chainId = object.chainId ?? "";
    if (object.genesisTime !== undefined && object.genesisTime !== null) {
      message.genesisTime = Timestamp.fromPartial(object.genesisTime);
    }
    message.recipients = object.recipients?.map(e => Recipient.fromPartial(e)) || [];
    message.carveOuts = object.carveOuts?.map(e => CarveOut.fromPartial(e)) || [];
    if (object.network !== undefined && object.network !== null) {
      message.network = NetworkParams.fromPartial(object.network);
    }
    return message;
  }
};
function createBaseRecipient(): Recipient {
  return {
    allocation: "",
    address: ""
  };
}
export const Recipient = {
  encode(message: Recipient, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.allocation !== "") {
      writer.uint32(10).string(message.allocation);
    }
    if (message.address !== "") {
      writer.uint32(18).string(message.address);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Recipient {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRecipient();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.allocation = reader.string();
          break;
        case 2:
          message.address = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Recipient {
    const obj = createBaseRecipient();
    if (isSet(object.allocation)) obj.allocation = String(object.allocation);
    if (isSet(object.address)) obj.address = String(object.address);
    return obj;
  },
  toJSON(message: Recipient): JsonSafe<Recipient> {
    const obj: any = {};
    message.allocation !== undefined && (obj.allocation = message.allocation);
    message.address !== undefined && (obj.address = message.address);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<Recipient>, I>>(object: I): Recipient {
    const message = createBaseRecipient();
    message.allocation = object.allocation ?? "";
    message.address = object.address ?? "";
    return message;
  }
};
function createBaseCarveOut(): CarveOut {
  return {
    name: "",
    address: "",
    amount: "",
    from: ""
  };
}
export const CarveOut = {
  encode(message: CarveOut, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.name !== "") {
      writer.uint32(10).string(message.name);
    }
    if (message.address !== "") {
      writer.uint32(18).string(message.address);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    if (message.from !== "") {
      writer.uint32(34).string(message.from);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CarveOut {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCarveOut();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.name = reader.string();
          break;
        case 2:
          message.address = reader.string();
          break;
        case 3:
          message.amount = reader.string();
          break;
        case 4:
          message.from = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): CarveOut {
    const obj = createBaseCarveOut();
    if (isSet(object.name)) obj.name = String(object.name);
    if (isSet(object.address)) obj.address = String(object.address);
    if (isSet(object.amount)) obj.amount = String(object.amount);
    if (isSet(object.from)) obj.from = String(object.from);
    return obj;
  },
  toJSON(message: CarveOut): JsonSafe<CarveOut> {
    const obj: any = {};
    message.name !== undefined && (obj.name = message.name);
    message.address !== undefined && (obj.address = message.address);
    message.amount !== undefined && (obj.amount = message.amount);
    message.from !== undefined && (obj.from = message.from);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<CarveOut>, I>>(object: I): CarveOut {
    const message = createBaseCarveOut();
    message.name = object.name ?? "";
    message.address = object.address ?? "";
    message.amount = object.amount ?? "";
    message.from = object.from ?? "";
    return message;
  }
};
function createBaseNetworkParams(): NetworkParams {
  return {
    govVotingPeriod: Duration.fromPartial({}),
    govExpeditedVotingPeriod: Duration.fromPartial({}),
    govMinDeposit: "",
    unbondingTime: Duration.fromPartial({}),
    maxValidators: 0,
    emissionsEpoch: Duration.fromPartial({})
  };
}
export const NetworkParams = {
  encode(message: NetworkParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.govVotingPeriod !== undefined) {
      Duration.encode(message.govVotingPeriod, writer.uint32(10).fork()).ldelim();
    }
    if (message.govExpeditedVotingPeriod !== undefined) {
      Duration.encode(message.govExpeditedVotingPeriod, writer.uint32(18).fork()).ldelim();
    }
    if (message.govMinDeposit !== "") {
      writer.uint32(26).string(message.govMinDeposit);
    }
    if (message.unbondingTime !== undefined) {
      Duration.encode(message.unbondingTime, writer.uint32(34).fork()).ldelim();
    }
    if (message.maxValidators !== 0) {
      writer.uint32(40).uint32(message.maxValidators);
    }
    if (message.emissionsEpoch !== undefined) {
      Duration.encode(message.emissionsEpoch, writer.uint32(50).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): NetworkParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseNetworkParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.govVotingPeriod = Duration.decode(reader, reader.uint32());
          break;
        case 2:
          message.govExpeditedVotingPeriod = Duration.decode(reader, reader.uint32());
          break;
        case 3:
          message.govMinDeposit = reader.string();
          break;
        case 4:
          message.unbondingTime = Duration.decode(reader, reader.uint32());
          break;
        case 5:
          message.maxValidators = reader.uint32();
          break;
        case 6:
          message.emissionsEpoch = Duration.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): NetworkParams {
    const obj = createBaseNetworkParams();
    if (isSet(object.govVotingPeriod)) obj.govVotingPeriod = Duration.fromJSON(object.govVotingPeriod);
    if (isSet(object.govExpeditedVotingPeriod)) obj.govExpeditedVotingPeriod = Duration.fromJSON(object.govExpeditedVotingPeriod);
    if (isSet(object.govMinDeposit)) obj.govMinDeposit = String(object.govMinDeposit);
    if (isSet(object.unbondingTime)) obj.unbondingTime = Duration.fromJSON(object.unbondingTime);
    if (isSet(object.maxValidators)) obj.maxValidators = Number(object.maxValidators);
    if (isSet(object.emissionsEpoch)) obj.emissionsEpoch = Duration.fromJSON(object.emissionsEpoch);
    return obj;
  },
  toJSON(message: NetworkParams): JsonSafe<NetworkParams> {
    const obj: any = {};
    message.govVotingPeriod !== undefined && (obj.govVotingPeriod = message.govVotingPeriod ? Duration.toJSON(message.govVotingPeriod) : undefined);
    message.govExpeditedVotingPeriod !== undefined && (obj.govExpeditedVotingPeriod = message.govExpeditedVotingPeriod ? Duration.toJSON(message.govExpeditedVotingPeriod) : undefined);
    message.govMinDeposit !== undefined && (obj.govMinDeposit = message.govMinDeposit);
    message.unbondingTime !== undefined && (obj.unbondingTime = message.unbondingTime ? Duration.toJSON(message.unbondingTime) : undefined);
    message.maxValidators !== undefined && (obj.maxValidators = Math.round(message.maxValidators));
    message.emissionsEpoch !== undefined && (obj.emissionsEpoch = message.emissionsEpoch ? Duration.toJSON(message.emissionsEpoch) : undefined);
    return obj;
  },
  fromPartial<I extends Exact<DeepPartial<NetworkParams>, I>>(object: I): NetworkParams {
    const message = createBaseNetworkParams();
    if (object.govVotingPeriod !== undefined && object.govVotingPeriod !== null) {
      message.govVotingPeriod = Duration.fromPartial(object.govVotingPeriod);
    }
    if (object.govExpeditedVotingPeriod !== undefined && object.govExpeditedVotingPeriod !== null) {
      message.govExpeditedVotingPeriod = Duration.fromPartial(object.govExpeditedVotingPeriod);
    }
    message.govMinDeposit = object.govMinDeposit ?? "";
    if (object.unbondingTime !== undefined && object.unbondingTime !== null) {
      message.unbondingTime = Duration.fromPartial(object.unbondingTime);
    }
    message.maxValidators = object.maxValidators ?? 0;
    if (object.emissionsEpoch !== undefined && object.emissionsEpoch !== null) {
      message.emissionsEpoch = Duration.fromPartial(object.emissionsEpoch);
    }
    return message;
  }
};