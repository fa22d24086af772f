// End-to-end behaviour of x/emissions on a fresh 4-validator localnet (10 s emissions epochs):
// the supply query, the fee split into the development fund, epoch records that carry the
// budget forward while no compute node has work, and governance-only fund spends and milestones.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { btt, type BttQueryConnection } from "@btt/ts-client";
import { govContext, startSuiteChain, stopSuiteChain, submitProposal, voteYesAll, waitProposals } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT, TOTAL_SUPPLY_ABTT } from "@btt/localnet";

const PORT_OFFSET = 1800;
const VOTING_PERIOD_S = 20;
const keys = loadKeys();
const dev = account(keys, "dev");
const em = btt.emissions.v1;

let net: Localnet;
let conn: BttQueryConnection;
let devClient: SigningStargateClient;

async function freshAddress(): Promise<string> {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
  return (await w.getAccounts())[0].address;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function bal(addr: string): Promise<bigint> {
  return BigInt((await conn.client.bank.balance(addr, BTT_DENOM)).amount);
}
beforeAll(async () => {
  ({ net, conn, devClient } = await startSuiteChain("emissions", { validators: 4, portOffset: PORT_OFFSET, votingPeriodS: VOTING_PERIOD_S }));
}, 300_000);

afterAll(() => stopSuiteChain({ net, conn, devClient }), 120_000);

describe("x/emissions on the localnet", () => {
  test("supply: total + burned = 210M BTT, each pool listed, nothing circulating but carve-outs", async () => {
    const s = await conn.client.btt.emissions.v1.supply();
    expect(s.totalPlusBurned).toBe(TOTAL_SUPPLY_ABTT.toString());
    expect(BigInt(s.total) + BigInt(s.burned)).toBe(TOTAL_SUPPLY_ABTT);
    expect(s.pools.map((p) => p.name)).toEqual([
      "foundation", "mining_rewards_pool", "community_incentives", "ecosystem_growth_fund", "unallocated_reserve", "development_fund", "institution_fee_budget",
    ]);
    expect(BigInt(s.total)).toBe(BigInt(s.vestingLocked) + BigInt(s.poolsTotal) + BigInt(s.circulating));
  });

  test("bttd q emissions supply / schedule print the supply and the year table", async () => {
    const run = promisify(execFile);
    const node = ["--node", net.rpc(0), "--output", "json"];
    const supply = JSON.parse((await run(net.bttd, ["q", "emissions", "supply", ...node])).stdout);
    expect(supply.total_plus_burned).toBe(TOTAL_SUPPLY_ABTT.toString());
    const schedule = JSON.parse((await run(net.bttd, ["q", "emissions", "schedule", ...node])).stdout);
    expect(schedule.years.length).toBeGreaterThanOrEqual(9);
    expect(schedule.years.map((y: { seed_percent?: number }) => y.seed_percent ?? 0).slice(0, 6)).toEqual([22, 18, 15, 12, 10, 23]);
  });

  test("every 10 s epoch leaves a reward record; with no compute node the budget carries forward", async () => {
    let rec: Awaited<ReturnType<typeof conn.client.btt.emissions.v1.epochRewards>> | undefined;
    for (let i = 0; i < 40 && !rec; i++) {
      rec = await conn.client.btt.emissions.v1.epochRewards({ epoch: 1n }).catch(() => undefined);
      if (!rec) await sleep(1000);
    }
    expect(rec).toBeDefined();
    const er = rec!.epochReward;
    expect(BigInt(er.budget)).toBeGreaterThan(0n);
    expect(er.paid).toBe("0");
    expect(er.carriedForward).toBe(er.budget);
    expect(er.period).toBe(1);
  }, 60_000);

  test("the fee split moves a share of transaction fees to the development fund", async () => {
    const before = BigInt((await conn.client.btt.emissions.v1.supply()).feeSplitTotal);
    const to = await freshAddress();
    for (let i = 0; i < 3; i++) {
      const r = await devClient.sendTokens(dev.address, to, [{ denom: BTT_DENOM, amount: "1" }], 1.5);
      expect(r.code).toBe(0);
    }
    await sleep(3000);
    const s = await conn.client.btt.emissions.v1.supply();
    expect(BigInt(s.feeSplitTotal)).toBeGreaterThan(before);
    const devFund = s.pools.find((p) => p.name === "development_fund")!;
    expect(BigInt(devFund.amount)).toBeGreaterThanOrEqual(BigInt(s.feeSplitTotal));
  }, 60_000);

  test("governance spends the ecosystem fund and adds a milestone; releasing it in month 0 is refused by the 48-month cap", async () => {
    const { gov, govAddress, minDeposit } = await govContext(conn.client);
    const operators = net.validators().map((v) => account(keys, v.operator));
    const fund = await devClient.signAndBroadcast(
      dev.address,
      operators.map((o) => ({
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: { fromAddress: dev.address, toAddress: o.address, amount: [{ denom: BTT_DENOM, amount: (10n * ONE_BTT).toString() }] },
      })),
      1.5,
    );
    expect(fund.code).toBe(0);
    const recipient = await freshAddress();
    const before = await bal(recipient);
    const spend = 1234n * ONE_BTT;
    const propose = (title: string, messages: { typeUrl: string; value: Uint8Array }[]) => submitProposal(devClient, dev.address, minDeposit, title, messages);
    const p1 = await propose("e2e: ecosystem spend and a milestone", [
      { typeUrl: "/btt.emissions.v1.MsgSpendEcosystemFund", value: em.MsgSpendEcosystemFund.encode(em.MsgSpendEcosystemFund.fromPartial({
        authority: govAddress, recipient, amount: [{ denom: BTT_DENOM, amount: spend.toString() }], purpose: "e2e listing" })).finish() },
      { typeUrl: "/btt.emissions.v1.MsgAddMilestone", value: em.MsgAddMilestone.encode(em.MsgAddMilestone.fromPartial({
        authority: govAddress, subBudget: em.SubBudget.SUB_BUDGET_CORE_PROTOCOL, amount: (1000n * ONE_BTT).toString(), recipient, description: "e2e milestone" })).finish() },
    ]);
    const p2 = await propose("e2e: release milestone 1 in month 0", [
      { typeUrl: "/btt.emissions.v1.MsgReleaseMilestone", value: em.MsgReleaseMilestone.encode(em.MsgReleaseMilestone.fromPartial({ authority: govAddress, id: 1n })).finish() },
    ]);
    await voteYesAll(net, [p1, p2]);
    const [s1, s2] = await waitProposals(gov, [p1, p2], (VOTING_PERIOD_S + 30) * 1000);
    expect(s1).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    // Passed by vote, but its message failed: the foundation cap is 0 before month 1.
    expect(s2).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(await bal(recipient)).toBe(before + spend);
    const ms = await conn.client.btt.emissions.v1.milestones();
    expect(ms.milestones).toHaveLength(1);
    expect(ms.milestones[0].released).toBe(false);
    expect(ms.released).toBe("0");
    const sched = await conn.client.btt.emissions.v1.schedule();
    expect(BigInt(sched.years[0].funds)).toBe(spend);
  }, 180_000);
});

