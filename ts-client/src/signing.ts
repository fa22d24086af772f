import { Registry, type GeneratedType, type OfflineSigner } from "@cosmjs/proto-signing";
import { MsgCancelProposal } from "cosmjs-types/cosmos/gov/v1/tx";
import {
  AminoTypes,
  GasPrice,
  SigningStargateClient,
  createDefaultAminoConverters,
  defaultRegistryTypes,
  type AminoConverters,
  type SigningStargateClientOptions,
} from "@cosmjs/stargate";
import { BTT_DEFAULT_GAS_PRICE } from "./constants.js";
import { bttAminoConverters, bttRegistryTypes } from "./generated/index.js";
import { setAminoAnyResolver, type AminoAnyResolver } from "./amino.js";

/** Cosmos SDK messages the chain accepts that cosmjs' defaults lack (direct signing only). */
export const sdkRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [
  // x/gov v1: a proposer withdraws its proposal in the voting period (proposal_cancel_ratio of the deposit is burned).
  ["/cosmos.gov.v1.MsgCancelProposal", MsgCancelProposal],
];

/** cosmjs' default message types, the SDK messages they lack, and every generated BTT Msg type. */
export function bttRegistryEntries(): ReadonlyArray<[string, GeneratedType]> {
  return [...defaultRegistryTypes, ...sdkRegistryTypes, ...bttRegistryTypes];
}

/** A cosmjs Registry with cosmjs' default types and every BTT Msg type (direct signing). */
export function createBttRegistry(): Registry {
  return new Registry(bttRegistryEntries());
}

/** cosmjs' default amino converters plus every BTT Msg's converter. */
export function createBttAminoConverters(): AminoConverters {
  return { ...createDefaultAminoConverters(), ...bttAminoConverters };
}

/**
 * Converts the message packed in an Any field of a BTT message: decoded with `registry`, converted with
 * `aminoTypes` ({type: amino name, value}), as the chain's encoder writes an Any.
 */
export function createAminoAnyResolver(registry: Registry, aminoTypes: AminoTypes): AminoAnyResolver {
  return {
    toAmino: (any) => aminoTypes.toAmino({ typeUrl: any.typeUrl, value: registry.decode(any) }),
    fromAmino: (json) => {
      const msg = aminoTypes.fromAmino({ type: json.type, value: json.value as Record<string, unknown> });
      return { typeUrl: msg.typeUrl, value: registry.encode(msg) };
    },
  };
}

/**
 * AminoTypes for amino-json (legacy) signing of cosmos and BTT messages. Any fields inside BTT messages
 * are converted with these AminoTypes and createBttRegistry() (see setAminoAnyResolver).
 */
export function createBttAminoTypes(): AminoTypes {
  const aminoTypes = new AminoTypes(createBttAminoConverters());
  setAminoAnyResolver(createAminoAnyResolver(createBttRegistry(), aminoTypes));
  return aminoTypes;
}

export interface BttSigningClientOptions extends SigningStargateClientOptions {
  /** Extra message types to register on top of cosmjs' and BTT's (e.g. a contract's messages). */
  readonly extraTypes?: ReadonlyArray<[string, GeneratedType]>;
  /** Extra amino converters on top of cosmjs' and BTT's. */
  readonly extraAminoConverters?: AminoConverters;
}

/**
 * Connects a signing client to a BTT node's CometBFT RPC endpoint (e.g. "http://127.0.0.1:26657").
 * Works with direct signers (DirectSecp256k1HdWallet, Keplr's getOfflineSigner) and amino signers
 * (Secp256k1HdWallet, getOfflineSignerOnlyAmino). Every BTT Msg is registered for both modes.
 * The gas price defaults to BTT_DEFAULT_GAS_PRICE so that `"auto"` fees work out of the box.
 */
export async function connectBttSigningClient(
  rpcEndpoint: string,
  signer: OfflineSigner,
  options: BttSigningClientOptions = {},
): Promise<SigningStargateClient> {
  const { extraTypes = [], extraAminoConverters = {}, ...rest } = options;
  const registry = rest.registry ?? new Registry([...bttRegistryEntries(), ...extraTypes]);
  const aminoTypes = rest.aminoTypes ?? new AminoTypes({ ...createBttAminoConverters(), ...extraAminoConverters });
  // Any fields inside BTT messages are converted with this client's types.
  setAminoAnyResolver(createAminoAnyResolver(registry, aminoTypes));
  return SigningStargateClient.connectWithSigner(rpcEndpoint, signer, {
    ...rest,
    registry,
    aminoTypes,
    gasPrice: rest.gasPrice ?? GasPrice.fromString(BTT_DEFAULT_GAS_PRICE),
  });
}
