// Every abtt burn is counted (issue 16, defect 4), on a real 4-validator localnet: x/gov burns a
// vetoed proposal's deposit and the burned share of a cancelled proposal's deposit, and x/staking
// burns the stake it slashes from a validator that double-signs (a second node signing with its
// key, Localnet.startDoubleSigner). After each, x/emissions' burned total grew by exactly what
// was burned and `total supply + burned == 210M BTT`.
import { VoteOption, ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgCancelProposal } from "cosmjs-types/cosmos/gov/v1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT, TOTAL_SUPPLY_ABTT } from "@btt/localnet";
import { procArgv } from "@btt/localnet";
import { govContext, queries, sleep, startSuiteChain, stopSuiteChain, submitProposal, voteAll, waitProposals, type SuiteChain } from "./helpers.js";

const PORT_OFFSET = 5600;
const VOTING_PERIOD_S = 12;
const keys = loadKeys();
const dev = account(keys, "dev");
let s: SuiteChain;
let gov: Awaited<ReturnType<typeof govContext>>;

/** A proposal needs a message: 1 abtt from the gov account to dev (never executed: vetoed or cancelled). */
function proposalMsgs() {
  return [{
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: MsgSend.encode(MsgSend.fromPartial({ fromAddress: gov.govAddress, toAddress: dev.address, amount: [{ denom: BTT_DENOM, amount: "1" }] })).finish(),
  }];
}

async function supply(): Promise<{ burned: bigint; totalPlusBurned: bigint }> {
  const r = await s.conn.client.btt.emissions.v1.supply();
  return { burned: BigInt(r.burned), totalPlusBurned: BigInt(r.totalPlusBurned) };
}

beforeAll(async () => {
  s = await startSuiteChain("burns", { validators: 4, portOffset: PORT_OFFSET, votingPeriodS: VOTING_PERIOD_S });
  gov = await govContext(s.conn.client);
  // The operators hold only vesting tokens; they need liquid BTT for vote fees.
  const operators = s.net.validators().map((v) => account(keys, v.operator));
  const fund = await s.devClient.signAndBroadcast(dev.address, operators.map((o) => ({
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: { fromAddress: dev.address, toAddress: o.address, amount: [{ denom: BTT_DENOM, amount: (10n * ONE_BTT).toString() }] },
  })), 1.5);
  expect(fund.code).toBe(0);
}, 300_000);

afterAll(() => stopSuiteChain(s), 120_000);

describe("every abtt burn is counted in x/emissions' burned total", () => {
  test("a vetoed proposal's deposit", async () => {
    const deposit = BigInt(gov.minDeposit[0]!.amount);
    const before = await supply();
    const id = await submitProposal(s.devClient, dev.address, gov.minDeposit, "e2e: vetoed", proposalMsgs());
    await voteAll(s.net, [id], VoteOption.VOTE_OPTION_NO_WITH_VETO);
    expect(await waitProposals(gov.gov, [id], (VOTING_PERIOD_S + 30) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_REJECTED]);
    const after = await supply();
    expect(after.burned - before.burned).toBe(deposit);
    expect(after.totalPlusBurned).toBe(TOTAL_SUPPLY_ABTT);
  }, 120_000);

  test("the burned share of a cancelled proposal's deposit", async () => {
    const deposit = BigInt(gov.minDeposit[0]!.amount);
    const params = (await gov.gov.Params({ paramsType: "voting" })).params!;
    // proposal_cancel_ratio as a decimal string ("0.5"); no proposal_cancel_dest: that share is burned.
    expect(params.proposalCancelDest).toBe("");
    const [whole, frac = ""] = params.proposalCancelRatio.split(".");
    const ratio = BigInt(whole!) * ONE_BTT + BigInt((frac + "0".repeat(18)).slice(0, 18));
    const before = await supply();
    const id = await submitProposal(s.devClient, dev.address, gov.minDeposit, "e2e: cancelled", proposalMsgs());
    const r = await s.devClient.signAndBroadcast(dev.address, [{
      typeUrl: "/cosmos.gov.v1.MsgCancelProposal",
      value: MsgCancelProposal.fromPartial({ proposalId: id, proposer: dev.address }),
    }], 1.6);
    expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
    const after = await supply();
    expect(after.burned - before.burned).toBe((deposit * ratio) / ONE_BTT);
    expect(after.burned - before.burned).toBeGreaterThan(0n);
    expect(after.totalPlusBurned).toBe(TOTAL_SUPPLY_ABTT);
  }, 120_000);

  test("a double-signing validator's slashed stake", async () => {
    const { q, comet } = await queries(s.net.rpc(0));
    const moniker = s.net.validator(3).moniker;
    const valoper = (await q.staking.validators("BOND_STATUS_BONDED")).validators.find((v) => v.description?.moniker === moniker)!.operatorAddress;
    const v0 = (await q.staking.validator(valoper)).validator!;
    expect(v0.status).toBe(BondStatus.BOND_STATUS_BONDED);
    const before = await supply();
    const twinPid = await s.net.startDoubleSigner(3);
    expect(procArgv(twinPid)).toBeDefined();
    // Validator 3 proposes about every fourth height; the first time both nodes sign a different
    // block, the evidence lands in a block and x/evidence slashes, jails and tombstones it.
    let v = v0;
    const deadline = Date.now() + 150_000;
    while (!v.jailed && Date.now() < deadline) {
      await sleep(1000);
      v = (await q.staking.validator(valoper)).validator!;
    }
    expect(v.jailed).toBe(true);
    const slashed = BigInt(v0.tokens) - BigInt(v.tokens);
    expect(slashed).toBeGreaterThan(0n);
    const after = await supply();
    expect(after.burned - before.burned).toBe(slashed);
    expect(after.totalPlusBurned).toBe(TOTAL_SUPPLY_ABTT);
    // The other three hold 3/4 of the power: blocks go on.
    const h = await s.net.height(0);
    await s.net.waitForHeight(0, h + 3, 30_000);
    await s.net.stopValidator(Localnet.doubleSignerIndex(3));
    expect(procArgv(twinPid)).toBeUndefined();
    comet.disconnect();
  }, 240_000);
});
