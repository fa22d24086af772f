import { describe, expect, it } from "@jest/globals";
import { btt } from "../src/index.js";

const { AllocationConfig } = btt.allocation.v1;

describe("generated btt.allocation.v1.AllocationConfig", () => {
  const sample = AllocationConfig.fromPartial({
    chainId: "btt-localnet-1",
    genesisTime: { seconds: 1735689600n, nanos: 0 },
    recipients: [{ allocation: "china_oral_industry_group", address: "btt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq" }],
    carveOuts: [{ name: "faucet", address: "btt1faucet", amount: "1000000000000000000000000", from: "ecosystem_growth_fund" }],
    network: {
      govVotingPeriod: { seconds: 20n, nanos: 0 },
      govExpeditedVotingPeriod: { seconds: 10n, nanos: 0 },
      govMinDeposit: "10000000000000000000",
      unbondingTime: { seconds: 1814400n, nanos: 0 },
      maxValidators: 100,
    },
  });

  it("round-trips through protobuf bytes", () => {
    const bytes = AllocationConfig.encode(sample).finish();
    expect(bytes.length).toBeGreaterThan(0);
    const decoded = AllocationConfig.decode(bytes);
    expect(decoded).toEqual(sample);
    expect(decoded.carveOuts[0]?.amount).toBe("1000000000000000000000000");
    expect(decoded.network?.maxValidators).toBe(100);
  });

  it("round-trips through proto3 JSON (the format the chain's config file uses)", () => {
    const json = AllocationConfig.toJSON(sample) as Record<string, unknown>;
    expect(json.chainId).toBe("btt-localnet-1");
    expect(json.genesisTime).toBe("2025-01-01T00:00:00.000Z");
    expect(AllocationConfig.fromJSON(json)).toEqual(sample);
  });

  it("encodes fields with the proto's field numbers", () => {
    // field 1 (chain_id), wire type 2: tag 0x0a, then the length and the UTF-8 bytes.
    const bytes = AllocationConfig.encode(AllocationConfig.fromPartial({ chainId: "x" })).finish();
    expect(Array.from(bytes.slice(0, 3))).toEqual([0x0a, 0x01, 0x78]);
  });
});
