// The typed-event decoder on events exactly as the chain encodes them: test/fixtures/typed-events.json
// is written by chain/testutil's TestTypedEventFixture through the SDK's EventManager.EmitTypedEvent
// (with the msg_index attribute that a transaction's events carry), and that Go test fails when the
// fixture no longer matches the chain's encoding.
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { btt } from "../src/generated/index.js";
import { bttEventCodecs, decodeEvent, eventType, findEvent, findEvents, isBttEventType, requireEvent, type AbciEvent } from "../src/events.js";

const here = dirname(fileURLToPath(import.meta.url));
const events: AbciEvent[] = JSON.parse(readFileSync(join(here, "fixtures", "typed-events.json"), "utf8"));
const { compute, emissions, rwa, wgov } = btt;

describe("typed events", () => {
  it("has a codec for every Event message of every BTT module, named by its proto type", () => {
    const types = Object.keys(bttEventCodecs);
    expect(types).toContain("btt.compute.v1.EventTaskSubmitted");
    expect(types).toContain("btt.emissions.v1.EventEpochReward");
    expect(types).toContain("btt.wgov.v1.EventTally");
    expect(types).toContain("btt.rwa.v1.EventOrderFill");
    expect(types).toContain("btt.bridge.v1.EventDepositCredited");
    expect(types).toContain("btt.health.v1.EventPointsConverted");
    expect(types).toContain("btt.payfi.v1.EventInvoicePaid");
    for (const t of types) expect(t).toMatch(/^btt\.(compute|emissions|rwa|wgov|bridge|health|payfi)\.v1\.Event[A-Z]\w+$/);
    expect(eventType(compute.v1.EventTaskSubmitted)).toBe("btt.compute.v1.EventTaskSubmitted");
    expect(eventType(rwa.v1.EventParamsUpdated)).toBe("btt.rwa.v1.EventParamsUpdated");
    expect(() => eventType(compute.v1.Task)).toThrow(/not a BTT typed event codec/);
    expect(isBttEventType("transfer")).toBe(false);
  });

  it("decodes ids, enums, amounts and repeated addresses, ignoring msg_index", () => {
    const sub = requireEvent(events, compute.v1.EventTaskSubmitted);
    expect(sub).toEqual({
      taskId: 7n,
      client: "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpe3yxxv",
      modelId: 2n,
      amount: "3000000",
      urgency: compute.v1.Urgency.URGENCY_STAT,
      replication: 3,
    });
    const assigned = requireEvent(events, compute.v1.EventTaskAssigned);
    expect(assigned.workers).toEqual(["btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpe3yxxv", "btt1qgpqyqszqgpqyqszqgpqyqszqgpqyqszk5e0p3"]);
    expect(assigned.commitDeadline).toBe(120n);
    const settled = requireEvent(events, compute.v1.EventTaskSettled);
    expect(Buffer.from(settled.resultHash).toString("hex")).toBe("deadbeef");
    expect(settled.refund).toBe("9223372036854775808"); // above 2^53: kept exact
    expect(settled.burned).toBe("0");
    const failed = requireEvent(events, compute.v1.EventTaskFailed);
    expect(failed).toEqual({ taskId: 9n, reason: 'escrow "short"', refunded: true });
    expect(requireEvent(events, compute.v1.EventParamsUpdated)).toEqual({});
  });

  it("decodes coins, decimals, timestamps and booleans", () => {
    const epoch = requireEvent(events, emissions.v1.EventEpochReward);
    expect(epoch.epoch).toBe(12n);
    expect(epoch.budget).toEqual({ denom: "abtt", amount: "1000" });
    expect(epoch.carriedForward).toEqual({ denom: "abtt", amount: "400" });
    expect(epoch.nodes).toBe(3);
    const node = requireEvent(events, emissions.v1.EventNodeReward);
    expect(node.score).toBe("1.250000000000000000");
    expect(node.amount.amount).toBe("600");
    expect(requireEvent(events, emissions.v1.EventFundSpend).amount).toEqual([{ denom: "abtt", amount: "5" }]);
    expect(requireEvent(events, emissions.v1.EventMilestoneReleased).subBudget).toBe(emissions.v1.SubBudget.SUB_BUDGET_RESEARCH);
    const fill = requireEvent(events, rwa.v1.EventOrderFill);
    expect(fill).toMatchObject({ tradeId: 4n, assetId: 1n, quantity: 150n, price: "1000000000000000000", side: rwa.v1.Side.SIDE_BUY });
    expect(requireEvent(events, rwa.v1.EventOrderCancelled).refund).toEqual([{ denom: "rwa/1", amount: "10" }]);
    expect(requireEvent(events, rwa.v1.EventAssetRegistered).assetClass).toBe(rwa.v1.AssetClass.ASSET_CLASS_EQUIPMENT);
    const term = requireEvent(events, wgov.v1.EventTermStarted);
    expect(term.term).toBe(2n);
    expect(term.start).toEqual({ seconds: BigInt(Date.UTC(2026, 5, 11) / 1000), nanos: 0 });
    const tally = requireEvent(events, wgov.v1.EventTally);
    expect(tally).toEqual({ proposalId: 3n, passes: false, participation: "0.400000000000000000", outcome: "quorum not reached" });
  });

  it("decodeEvent tags each module event with its type and leaves SDK events alone", () => {
    const sdkEvent: AbciEvent = { type: "transfer", attributes: [{ key: "amount", value: "5abtt" }] };
    expect(decodeEvent(sdkEvent)).toBeUndefined();
    const decoded = events.map((e) => decodeEvent(e));
    expect(decoded.every((d) => d !== undefined)).toBe(true);
    const fill = decoded.find((d) => d?.type === "btt.rwa.v1.EventOrderFill");
    if (fill?.type !== "btt.rwa.v1.EventOrderFill") throw new Error("no fill");
    expect(fill.value.buyOrderId).toBe(3n); // narrowed to EventOrderFill by its type
  });

  it("finds every event of a type, in order, and nothing for an absent type", () => {
    const mixed = [...events, ...events.filter((e) => e.type === "btt.compute.v1.EventTaskAssigned")];
    expect(findEvents(mixed, compute.v1.EventTaskAssigned)).toHaveLength(2);
    expect(findEvents(events, compute.v1.EventNodeJailed)).toEqual([]);
    expect(findEvent(events, compute.v1.EventNodeJailed)).toBeUndefined();
    expect(() => requireEvent(events, compute.v1.EventNodeJailed)).toThrow("no btt.compute.v1.EventNodeJailed event");
  });

  it("ignores the mode attribute of block events and rejects a value that is not JSON", () => {
    const block: AbciEvent = {
      type: "btt.compute.v1.EventTaskPruned",
      attributes: [
        { key: "task_id", value: '"12"' },
        { key: "mode", value: "EndBlock" },
      ],
    };
    expect(findEvents([block], compute.v1.EventTaskPruned)).toEqual([{ taskId: 12n }]);
    const legacy: AbciEvent = { type: "btt.compute.v1.EventTaskPruned", attributes: [{ key: "task_id", value: "not json" }] };
    expect(() => decodeEvent(legacy)).toThrow(/task_id is not JSON/);
  });
});
