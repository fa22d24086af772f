// Pure helpers: vesting maths, escaping, amounts.
import { vestingSchedule } from "../src/chain.js";
import { decodeAccount } from "../src/chainquery.js";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { BaseVestingAccount, PeriodicVestingAccount } from "cosmjs-types/cosmos/vesting/v1beta1/vesting";
import { btt, coins, dec, esc, html, raw } from "../src/html.js";
import { addressesInEvents } from "../src/decode.js";
import { ALICE, BOB } from "./fixtures.js";

const start = Date.UTC(2026, 0, 1) / 1000;
const month = 30 * 86400;
const periodic = {
  typeUrl: "/cosmos.vesting.v1beta1.PeriodicVestingAccount",
  base: BaseVestingAccount.fromPartial({
    originalVesting: [{ denom: "abtt", amount: "3600" }],
    delegatedFree: [],
    delegatedVesting: [{ denom: "abtt", amount: "1000" }],
    endTime: BigInt(start + 36 * month),
  }),
  startTime: BigInt(start),
  periods: [{ length: BigInt(6 * month), amount: [{ denom: "abtt", amount: "600" }] }, ...Array.from({ length: 30 }, () => ({ length: BigInt(month), amount: [{ denom: "abtt", amount: "100" }] }))],
};

describe("vestingSchedule", () => {
  test("before the cliff everything is locked", () => {
    const v = vestingSchedule(periodic, new Date((start + 5 * month) * 1000))!;
    expect(v.lockedNow).toEqual([{ denom: "abtt", amount: "3600" }]);
    expect(v.periods).toHaveLength(31);
    expect(v.periods[0]).toMatchObject({ index: 1, unlocked: false, unlocksAt: new Date((start + 6 * month) * 1000).toISOString() });
  });
  test("at the cliff the cliff tranche unlocks, then one period a month", () => {
    expect(vestingSchedule(periodic, new Date((start + 6 * month) * 1000))!.lockedNow).toEqual([{ denom: "abtt", amount: "3000" }]);
    expect(vestingSchedule(periodic, new Date((start + 8 * month + 1) * 1000))!.lockedNow).toEqual([{ denom: "abtt", amount: "2800" }]);
    expect(vestingSchedule(periodic, new Date((start + 36 * month) * 1000))!.lockedNow).toEqual([]);
  });
  test("a plain account has no schedule; a PeriodicVestingAccount Any decodes to one", () => {
    expect(decodeAccount({ typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: BaseAccount.encode(BaseAccount.fromPartial({ address: ALICE })).finish() })).toEqual({});
    const pva = PeriodicVestingAccount.fromPartial({ baseVestingAccount: periodic.base, startTime: periodic.startTime, vestingPeriods: periodic.periods });
    const decoded = decodeAccount({ typeUrl: periodic.typeUrl, value: PeriodicVestingAccount.encode(pva).finish() });
    expect(vestingSchedule(decoded.vesting!, new Date((start + 6 * month) * 1000)).lockedNow).toEqual([{ denom: "abtt", amount: "3000" }]);
  });
});

describe("html", () => {
  test("escapes every interpolated value, not Safe ones", () => {
    expect(esc(`<a href="x" onclick='y'>&\``)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;");
    const memo = "</td><script>x()</script>";
    expect(html`<td>${memo}</td>`.s).toBe("<td>&lt;/td&gt;&lt;script&gt;x()&lt;/script&gt;</td>");
    expect(html`<p>${raw("<b>ok</b>")}${[1, "<", html`<i>${"&"}</i>`]}</p>`.s).toBe("<p><b>ok</b>1&lt;<i>&amp;</i></p>");
  });
  test("formats abtt as BTT: plain text when exact at 4 decimals", () => {
    expect(btt("210000000000000000000000000").s).toBe("210,000,000 BTT");
    expect(btt("1").s).toBe("0.000000000000000001 BTT");
    expect(btt(1234500000000000000n).s).toBe("1.2345 BTT");
  });
  test("amounts with more decimals are rounded, the exact value in the title", () => {
    // an epoch budget as x/emissions computes it: 18 decimals of BTT
    expect(btt("34520547945205479452054").s).toBe('<span class="amount" title="34,520.547945205479452054 BTT">34,520.5479 BTT</span>');
    expect(btt("1999950000000000000").s).toBe('<span class="amount" title="1.99995 BTT">2 BTT</span>');
    expect(coins([{ denom: "abtt", amount: "1000000000000000001" }, { denom: "rwa/1", amount: "5" }]).s).toBe('<span class="amount" title="1.000000000000000001 BTT">1 BTT</span>, 5 rwa/1');
  });
  test("LegacyDec values are rounded to 4 decimals, the exact value in the title", () => {
    expect(dec("0.500000000000000000").s).toBe("0.5");
    expect(dec("1234.000000000000000000").s).toBe("1,234");
    expect(dec("0.333333333333333333").s).toBe('<span class="amount" title="0.333333333333333333">0.3333</span>');
    expect(dec("0.999960000000000000").s).toBe('<span class="amount" title="0.999960000000000000">1</span>');
    expect(dec("42").s).toBe("42");
    expect(dec("<b>x</b>").s).toBe("&lt;b&gt;x&lt;/b&gt;");
  });
});

test("addresses are collected from typed module events (JSON values, lists of workers)", () => {
  const assigned = { type: "btt.compute.v1.EventTaskAssigned", attributes: [
    { key: "commit_deadline", value: '"120"' },
    { key: "task_id", value: '"7"' },
    { key: "workers", value: JSON.stringify([ALICE, BOB]) },
    { key: "msg_index", value: "0" },
  ] };
  const paid = { type: "btt.compute.v1.EventWorkerPaid", attributes: [{ key: "amount", value: '"5"' }, { key: "task_id", value: '"7"' }, { key: "worker", value: JSON.stringify(BOB) }] };
  expect(addressesInEvents([assigned]).sort()).toEqual([ALICE, BOB].sort());
  expect(addressesInEvents([paid])).toEqual([BOB]);
});

test("addresses are collected from event values and acc_seq", () => {
  expect(addressesInEvents([{ type: "tx", attributes: [{ key: "acc_seq", value: `${ALICE}/4` }, { key: "x", value: BOB }, { key: "y", value: "bttvaloper1nope" }] }]).sort()).toEqual([ALICE, BOB].sort());
});
