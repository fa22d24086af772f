// The e2e suites sign through the project's own client library, as a wallet would.
export { connectBttSigningClient, connectBttQueryClient, BTT_DENOM, BTT_DEFAULT_GAS_PRICE, BTT_BECH32_PREFIX, bttToAbtt } from "@btt/ts-client";
