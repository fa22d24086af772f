// ICS-20 for wallets: a MsgTransfer with a timeout and memo, and the ibc/… denom a token gets on the
// chain it arrives at.
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { DeliverTxResponse, SigningStargateClient, StdFee } from "@cosmjs/stargate";
import { MsgTransfer } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import type { Height } from "cosmjs-types/ibc/core/client/v1/client";

export const ICS20_PORT = "transfer";
export const ICS20_VERSION = "ics20-1";

export interface Ics20Transfer {
  sender: string;
  receiver: string;
  token: { denom: string; amount: string };
  sourceChannel: string;
  sourcePort?: string;
  /** Seconds from now until the packet times out on the destination (default 600). 0 leaves it to timeoutHeight. */
  timeoutSeconds?: number;
  /** A destination height after which the packet times out (revision number and height). */
  timeoutHeight?: Height;
  memo?: string;
}

/** The MsgTransfer of an ICS-20 transfer; timestamps in nanoseconds as ibc-go wants them. */
export function ics20TransferMsg(t: Ics20Transfer, nowMs = Date.now()): EncodeObject {
  const timeoutSeconds = t.timeoutSeconds ?? 600;
  if (timeoutSeconds === 0 && !t.timeoutHeight) throw new Error("an ICS-20 transfer needs a timeout: timeoutSeconds or timeoutHeight");
  if (!/^[0-9]+$/.test(t.token.amount) || BigInt(t.token.amount) === 0n) throw new Error(`bad ICS-20 amount ${t.token.amount}`);
  return {
    typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
    value: MsgTransfer.fromPartial({
      sourcePort: t.sourcePort ?? ICS20_PORT,
      sourceChannel: t.sourceChannel,
      token: t.token,
      sender: t.sender,
      receiver: t.receiver,
      timeoutHeight: t.timeoutHeight,
      timeoutTimestamp: timeoutSeconds > 0 ? BigInt(nowMs + timeoutSeconds * 1000) * 1_000_000n : 0n,
      memo: t.memo ?? "",
    }),
  };
}

/** Signs and sends an ICS-20 transfer; throws with the chain's log when the tx fails. */
export async function sendIcs20(client: SigningStargateClient, t: Ics20Transfer, fee: StdFee | "auto" | number = 1.5): Promise<DeliverTxResponse> {
  const res = await client.signAndBroadcast(t.sender, [ics20TransferMsg(t)], fee);
  if (res.code !== 0) throw new Error(`ICS-20 transfer failed (code ${res.code}): ${res.rawLog ?? ""}`);
  return res;
}

/** The sequence of the packet an ICS-20 transfer tx sent (from its send_packet event). */
export function sentPacketSequence(res: DeliverTxResponse): bigint {
  for (const e of res.events) {
    if (e.type !== "send_packet") continue;
    const a = e.attributes.find((x) => x.key === "packet_sequence");
    if (a) return BigInt(a.value);
  }
  throw new Error(`tx ${res.transactionHash} sent no packet`);
}

/**
 * The denom of a token on the chain it was sent to: `ibc/` + SHA-256 of its trace
 * ("transfer/channel-0/abtt"), upper-case hex, as ibc-go's transfer module names it.
 */
export function ibcDenom(trace: string): string {
  return `ibc/${toHex(sha256(new TextEncoder().encode(trace))).toUpperCase()}`;
}

/** The trace of `baseDenom` after one hop in through `port`/`channel` on the receiving chain. */
export function receivedTrace(channelOnReceiver: string, baseDenom: string, port = ICS20_PORT): string {
  return `${port}/${channelOnReceiver}/${baseDenom}`;
}
