// TEMPORARY: stands in for @btt/ts-client until that package is committed; replaced by a re-export.
import { SigningStargateClient, GasPrice, StargateClient } from "@cosmjs/stargate";
import type { OfflineSigner } from "@cosmjs/proto-signing";

export const BTT_DENOM = "abtt";
export const BTT_DEFAULT_GAS_PRICE = "1000000000abtt";
export const BTT_BECH32_PREFIX = "btt";

export async function connectBttSigningClient(rpc: string, signer: OfflineSigner): Promise<SigningStargateClient> {
  return SigningStargateClient.connectWithSigner(rpc, signer, { gasPrice: GasPrice.fromString(BTT_DEFAULT_GAS_PRICE) });
}

export async function connectBttQueryClient(rpc: string): Promise<StargateClient> {
  return StargateClient.connect(rpc);
}
