import { describe, expect, it } from "@jest/globals";
import { abttCoin, abttToBtt, abttToWholeBtt, bttCoin, bttToAbtt, formatBtt, parseAbtt } from "../src/units.js";
import {
  BTT_BECH32_PREFIX,
  BTT_COIN_TYPE,
  BTT_DECIMALS,
  BTT_DEFAULT_GAS_PRICE,
  BTT_DENOM,
  BTT_DISPLAY_DENOM,
  BTT_ALLOCATIONS,
  BTT_GENESIS_POOLS,
  BTT_TOTAL_SUPPLY_ABTT,
  BTT_BECH32_PREFIX_VALOPER,
  BTT_BECH32_PREFIX_VALCONS,
  bttHdPath,
} from "../src/constants.js";
import { pathToString } from "@cosmjs/crypto";

describe("bttToAbtt", () => {
  it.each([
    ["1.5", "1500000000000000000"],
    ["1", "1000000000000000000"],
    ["0", "0"],
    ["0.0", "0"],
    ["1.", "1000000000000000000"],
    [".5", "500000000000000000"],
    ["0.000000000000000001", "1"],
    ["210000000", "210000000000000000000000000"],
    ["123456789.123456789123456789", "123456789123456789123456789"],
    ["007.10", "7100000000000000000"],
  ])("%s BTT = %s abtt", (btt, abtt) => {
    expect(bttToAbtt(btt)).toBe(abtt);
  });

  it("accepts bigint whole BTT", () => {
    expect(bttToAbtt(2n)).toBe("2000000000000000000");
  });

  it("is exact where floats are not", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(bttToAbtt("0.3")).toBe("300000000000000000");
    expect(bttToAbtt("9007199254740993.000000000000000001")).toBe("9007199254740993000000000000000001");
  });

  it.each([
    ["-1", /negative/],
    ["-0.5", /negative/],
    ["0.0000000000000000001", /19 decimals; BTT has at most 18/],
    ["1e18", /not a decimal BTT amount/],
    ["abc", /not a decimal BTT amount/],
    ["", /not a decimal BTT amount/],
    [".", /not a decimal BTT amount/],
    [" 1", /not a decimal BTT amount/],
    ["1,5", /not a decimal BTT amount/],
    ["+1", /not a decimal BTT amount/],
    ["0x10", /not a decimal BTT amount/],
    ["1.2.3", /not a decimal BTT amount/],
    ["NaN", /not a decimal BTT amount/],
  ])("rejects %j", (bad, msg) => {
    expect(() => bttToAbtt(bad)).toThrow(msg);
  });

  it("rejects non-strings", () => {
    expect(() => bttToAbtt(1.5 as unknown as string)).toThrow(/expected a decimal string or bigint/);
    expect(() => bttToAbtt(-1n)).toThrow(/negative/);
  });
});

describe("abttToBtt", () => {
  it.each([
    ["1", "0.000000000000000001"],
    ["0", "0"],
    ["1500000000000000000", "1.5"],
    ["1000000000000000000", "1"],
    ["210000000000000000000000000", "210000000"],
    ["123456789123456789123456789", "123456789.123456789123456789"],
  ])("%s abtt = %s BTT", (abtt, btt) => {
    expect(abttToBtt(abtt)).toBe(btt);
    expect(bttToAbtt(btt)).toBe(abtt); // round trip
  });

  it("accepts bigint", () => {
    expect(abttToBtt(10n ** 18n)).toBe("1");
  });

  it.each(["-1", "1.5", "1e3", "", " 1", "abc", "0x1"])("rejects %j", (bad) => {
    expect(() => abttToBtt(bad)).toThrow(/not an abtt amount/);
  });

  it("rejects negative bigint", () => {
    expect(() => parseAbtt(-5n)).toThrow(/negative/);
  });
});

describe("formatBtt and coins", () => {
  it("formats", () => {
    expect(formatBtt("1234500000000000000000")).toBe("1234.5 BTT");
    expect(formatBtt("210000000000000000000000000", { groupSeparator: "," })).toBe("210,000,000 BTT");
    expect(formatBtt("1999999999999999999", { maxDecimals: 2 })).toBe("1.99 BTT");
    expect(formatBtt("1", { maxDecimals: 6, withSymbol: false })).toBe("0");
    expect(() => formatBtt("1", { maxDecimals: 19 })).toThrow(/maxDecimals/);
  });

  it("rounds half up to `digits` decimals, keeping dust's significant digits", () => {
    expect(formatBtt("1234567890000000000000", { digits: 2, groupSeparator: "," })).toBe("1,234.57 BTT");
    expect(formatBtt("1994999999999999999", { digits: 2 })).toBe("1.99 BTT");
    expect(formatBtt("1995000000000000000", { digits: 2 })).toBe("2 BTT");
    expect(formatBtt("999999999999999999999", { digits: 4 })).toBe("1000 BTT");
    expect(formatBtt("26250000000000000000000000", { digits: 4 })).toBe("26250000 BTT");
    expect(formatBtt("1", { digits: 4 })).toBe("0.000000000000000001 BTT");
    expect(formatBtt("123456789", { digits: 4 })).toBe("0.0000000001235 BTT");
    expect(formatBtt("0", { digits: 4 })).toBe("0 BTT");
    expect(() => formatBtt("1", { digits: -1 })).toThrow(/digits/);
  });

  it("counts whole BTT (voting power) by truncation", () => {
    expect(abttToWholeBtt("1999999999999999999")).toBe(1n);
    expect(abttToWholeBtt(210000000000000000000000000n)).toBe(210000000n);
    expect(abttToWholeBtt("0")).toBe(0n);
  });

  it("builds coins in abtt", () => {
    expect(bttCoin("2.5")).toEqual({ denom: "abtt", amount: "2500000000000000000" });
    expect(abttCoin(7n)).toEqual({ denom: "abtt", amount: "7" });
  });
});

describe("constants", () => {
  it("match the chain", () => {
    expect(BTT_DENOM).toBe("abtt");
    expect(BTT_DISPLAY_DENOM).toBe("btt");
    expect(BTT_DECIMALS).toBe(18);
    expect(BTT_BECH32_PREFIX).toBe("btt");
    expect(BTT_COIN_TYPE).toBe(118);
    expect(BTT_DEFAULT_GAS_PRICE).toBe("1000000000abtt");
    expect(BTT_BECH32_PREFIX_VALOPER).toBe("bttvaloper");
    expect(BTT_BECH32_PREFIX_VALCONS).toBe("bttvalcons");
  });

  it("the allocation table (generated from chain/tokenomics) covers the whole supply exactly", () => {
    expect(BTT_TOTAL_SUPPLY_ABTT).toBe(bttToAbtt("210000000"));
    expect(BTT_ALLOCATIONS.reduce((s, a) => s + a.percent, 0)).toBe(100);
    expect(BTT_ALLOCATIONS.reduce((s, a) => s + BigInt(a.amount), 0n)).toBe(BigInt(BTT_TOTAL_SUPPLY_ABTT));
    expect(BTT_ALLOCATIONS.find((a) => a.id === "china_oral_industry_group")).toMatchObject({ kind: "vesting", percent: 10, cliffMonths: 6, endMonths: 36 });
    expect(BTT_GENESIS_POOLS.map((p) => p.name)).toEqual(["foundation", "mining_rewards_pool", "community_incentives", "ecosystem_growth_fund", "unallocated_reserve"]);
    expect(BTT_GENESIS_POOLS.find((p) => p.name === "mining_rewards_pool")).toMatchObject({ label: "Mining Rewards Pool", percent: 30, amount: bttToAbtt("63000000") });
  });

  it("derives HD paths", () => {
    expect(pathToString(bttHdPath())).toBe("m/44'/118'/0'/0/0");
    expect(pathToString(bttHdPath(7))).toBe("m/44'/118'/0'/0/7");
    expect(() => bttHdPath(-1)).toThrow(/account index/);
    expect(() => bttHdPath(1.5)).toThrow(/account index/);
  });
});
