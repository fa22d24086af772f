import { describe, expect, it } from "@jest/globals";
import { MsgTransfer } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import { ibcDenom, ics20TransferMsg, receivedTrace, sentPacketSequence } from "../src/ibc.js";

describe("ICS-20 helpers", () => {
  it("names a received denom as ibc-go does", () => {
    // ATOM on Osmosis through channel-0: a denom every Cosmos wallet knows.
    expect(ibcDenom("transfer/channel-0/uatom")).toBe("ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2");
    expect(receivedTrace("channel-3", "abtt")).toBe("transfer/channel-3/abtt");
    expect(ibcDenom(receivedTrace("channel-0", "abtt"))).toMatch(/^ibc\/[0-9A-F]{64}$/);
  });

  it("builds a MsgTransfer with a nanosecond timeout and the memo", () => {
    const msg = ics20TransferMsg({ sender: "btt1a", receiver: "btt1b", token: { denom: "abtt", amount: "5" }, sourceChannel: "channel-0", memo: "hi", timeoutSeconds: 60 }, 1_000);
    expect(msg.typeUrl).toBe("/ibc.applications.transfer.v1.MsgTransfer");
    const v = msg.value as MsgTransfer;
    expect(v.sourcePort).toBe("transfer");
    expect(v.timeoutTimestamp).toBe(61_000n * 1_000_000n);
    expect(v.memo).toBe("hi");
    // it encodes (the registry would do this when signing)
    expect(MsgTransfer.decode(MsgTransfer.encode(v).finish()).token.amount).toBe("5");
  });

  it("refuses a transfer without a timeout or with a bad amount", () => {
    const base = { sender: "btt1a", receiver: "btt1b", sourceChannel: "channel-0" };
    expect(() => ics20TransferMsg({ ...base, token: { denom: "abtt", amount: "5" }, timeoutSeconds: 0 })).toThrow(/needs a timeout/);
    expect(() => ics20TransferMsg({ ...base, token: { denom: "abtt", amount: "0" } })).toThrow(/bad ICS-20 amount/);
    expect(() => ics20TransferMsg({ ...base, token: { denom: "abtt", amount: "1.5" } })).toThrow(/bad ICS-20 amount/);
  });

  it("reads the packet sequence from the tx events", () => {
    const res = { transactionHash: "AB", events: [{ type: "send_packet", attributes: [{ key: "packet_sequence", value: "42" }] }] };
    expect(sentPacketSequence(res as never)).toBe(42n);
    expect(() => sentPacketSequence({ transactionHash: "AB", events: [] } as never)).toThrow(/sent no packet/);
  });
});
