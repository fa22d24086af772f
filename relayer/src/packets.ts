// ICS-04 packets and acknowledgements as ibc-go v10 emits them: every attribute of send_packet and
// write_acknowledgement, with the packet bytes in packet_data_hex / packet_ack_hex (ibc-go v9 removed
// the old packet_data and packet_ack attributes).
import { fromHex } from "@cosmjs/encoding";
import type { comet38 } from "@cosmjs/tendermint-rpc";

type Event = comet38.Event;
import { Packet } from "cosmjs-types/ibc/core/channel/v1/channel";
import { Height } from "cosmjs-types/ibc/core/client/v1/client";

export interface SentPacket {
  packet: Packet;
  /** Height of the block whose tx sent it. */
  height: number;
}

export interface WrittenAck {
  packet: Packet;
  ack: Uint8Array;
  height: number;
}

function attrs(e: Event): Map<string, string> {
  return new Map(e.attributes.map((a) => [a.key, a.value]));
}

/** "revision-height" ("1-120"; "0-0" is none). */
export function parseHeight(s: string): Height {
  const m = /^([0-9]+)-([0-9]+)$/.exec(s);
  if (!m) throw new Error(`bad IBC height ${JSON.stringify(s)}`);
  return Height.fromPartial({ revisionNumber: BigInt(m[1]), revisionHeight: BigInt(m[2]) });
}

export function packetFromAttributes(a: Map<string, string>): Packet {
  const need = (k: string) => {
    const v = a.get(k);
    if (v === undefined) throw new Error(`packet event without ${k}`);
    return v;
  };
  return Packet.fromPartial({
    sequence: BigInt(need("packet_sequence")),
    sourcePort: need("packet_src_port"),
    sourceChannel: need("packet_src_channel"),
    destinationPort: need("packet_dst_port"),
    destinationChannel: need("packet_dst_channel"),
    data: fromHex(need("packet_data_hex")),
    timeoutHeight: parseHeight(need("packet_timeout_height")),
    timeoutTimestamp: BigInt(need("packet_timeout_timestamp")),
  });
}

/**
 * The packets sent and acks written in one block's tx events. A malformed packet event throws, unless
 * `onMalformed` is given: then that event is reported and skipped, so one bad event (a counterparty
 * whose module emits a look-alike) cannot stop the relayer at that height forever.
 */
export function packetsInEvents(events: readonly Event[], height: number, onMalformed?: (type: string, err: Error) => void): { sent: SentPacket[]; acks: WrittenAck[] } {
  const sent: SentPacket[] = [];
  const acks: WrittenAck[] = [];
  for (const e of events) {
    if (e.type !== "send_packet" && e.type !== "write_acknowledgement") continue;
    try {
      const a = attrs(e);
      if (e.type === "send_packet") sent.push({ packet: packetFromAttributes(a), height });
      else {
        const ackHex = a.get("packet_ack_hex");
        if (ackHex === undefined) throw new Error("write_acknowledgement without packet_ack_hex");
        acks.push({ packet: packetFromAttributes(a), ack: fromHex(ackHex), height });
      }
    } catch (err) {
      if (!onMalformed) throw err;
      onMalformed(e.type, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return { sent, acks };
}

/** ICS-24 paths in the ibc store. */
export const ics24 = {
  commitment: (port: string, channel: string, seq: bigint) => `commitments/ports/${port}/channels/${channel}/sequences/${seq}`,
  ack: (port: string, channel: string, seq: bigint) => `acks/ports/${port}/channels/${channel}/sequences/${seq}`,
  receipt: (port: string, channel: string, seq: bigint) => `receipts/ports/${port}/channels/${channel}/sequences/${seq}`,
};

/** Whether a packet can no longer be received on a destination whose latest block is (height, time ns). */
export function timedOut(p: Packet, dstHeight: Height, dstTimeNs: bigint): boolean {
  const th = p.timeoutHeight;
  const byHeight = th.revisionHeight > 0n && (dstHeight.revisionNumber > th.revisionNumber || (dstHeight.revisionNumber === th.revisionNumber && dstHeight.revisionHeight >= th.revisionHeight));
  const byTime = p.timeoutTimestamp > 0n && dstTimeNs >= p.timeoutTimestamp;
  return byHeight || byTime;
}
