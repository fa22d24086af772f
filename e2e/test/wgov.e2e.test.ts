// End-to-end behaviour of x/wgov on a fresh 4-validator localnet (20 s voting periods): every
// x/gov proposal is tallied by the four weighted classes. The validators' operators are four of
// the five institutions (in-class weights 10, 3, 3, 2 of 19), so they vote both as institutions
// and as token holders. The first proposal changes x/wgov's own params to a fixed schedule (so
// that nothing depends on the wall-clock year); the second is one that token holders alone would
// pass and the institutions defeat, and the per-class breakdown says why.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { btt, connectBttSigningClient, type BttQueryConnection } from "@btt/ts-client";
import { aminoWallet, govContext, sleep, startSuiteChain, stopSuiteChain, submitProposal, voteAll, voteYesAll, waitProposals } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT } from "@btt/localnet";

const PORT_OFFSET = 4200;
const VOTING_PERIOD_S = 20;
const keys = loadKeys();
const dev = account(keys, "dev");
const wg = btt.wgov.v1;
const { VoterClass } = wg;

let net: Localnet;
let conn: BttQueryConnection;
let devClient: SigningStargateClient;
let gov: Awaited<ReturnType<typeof govContext>>;

// Institutions 50% from 1970 on; the rest 25:35:10 (what the default schedule has for 2026).
const FIXED_WEIGHTS = { institutions: "0.5", compute: "0.178571428571428571", holders: "0.25", community: "0.071428571428571429" };

type Tally = ReturnType<typeof wg.TallyBreakdown.fromPartial>;
function classRow(t: Tally, c: number) {
  const r = t.classes.find((x) => x.class === c);
  if (!r) throw new Error(`no row for class ${c}`);
  return r;
}

function updateParamsMsg(params: ReturnType<typeof wg.Params.fromPartial>) {
  return {
    typeUrl: "/btt.wgov.v1.MsgUpdateParams",
    value: wg.MsgUpdateParams.encode(wg.MsgUpdateParams.fromPartial({ authority: gov.govAddress, params })).finish(),
  };
}

beforeAll(async () => {
  ({ net, conn, devClient } = await startSuiteChain("wgov", { validators: 4, portOffset: PORT_OFFSET, votingPeriodS: VOTING_PERIOD_S }));
  gov = await govContext(conn.client);
  // The operators hold only vesting tokens; they need liquid BTT for vote fees.
  const operators = net.validators().map((v) => account(keys, v.operator));
  const fund = await devClient.signAndBroadcast(dev.address, operators.map((o) => ({
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: { fromAddress: dev.address, toAddress: o.address, amount: [{ denom: BTT_DENOM, amount: (10n * ONE_BTT).toString() }] },
  })), 1.5);
  expect(fund.code).toBe(0);
}, 300_000);

afterAll(() => stopSuiteChain({ net, conn, devClient }), 120_000);

describe("x/wgov on the localnet", () => {
  test("the genesis seats the five institutions; classes and schedule are queryable", async () => {
    const classes = await conn.client.btt.wgov.v1.classes();
    expect(classes.institutions.map((i) => i.address).sort()).toEqual(
      ["china_oral_industry_group", "vision_future_capital", "yueya_era_medical", "bellasmile_group", "strategic_investors"]
        .map((n) => account(keys, n).address).sort());
    const inst = classes.classes.find((c) => c.class === VoterClass.VOTER_CLASS_INSTITUTIONS)!;
    expect(Number(inst.totalPower)).toBe(19);
    const holders = classes.classes.find((c) => c.class === VoterClass.VOTER_CLASS_HOLDERS)!;
    expect(holders.members).toHaveLength(4);
    const sched = await conn.client.btt.wgov.v1.schedule();
    expect(sched.schedule.map((e) => e.weights.institutions)).toEqual(["0.7", "0.5", "0.4", "0.2"]);
  });

  test("a parameter change proposal executes when the weighted tally passes", async () => {
    const current = (await conn.client.btt.wgov.v1.params()).params;
    const params = wg.Params.fromPartial({
      ...current,
      schedule: [{ startTime: { seconds: 0n, nanos: 0 }, weights: FIXED_WEIGHTS }],
      seats: 5,
    });
    const id = await submitProposal(devClient, dev.address, gov.minDeposit, "e2e: wgov fixed schedule", [updateParamsMsg(params)]);
    await voteYesAll(net, [id]);
    // Vision Future Capital changes its vote to no with `bttd tx gov vote`: the CLI vote is tallied
    // by class like any other (institution 3 of 19, holder 1M of 4M bonded).
    const vision = account(keys, "vision_future_capital");
    await promisify(execFile)(net.bttd, ["tx", "gov", "vote", id.toString(), "no", "--from", "vision_future_capital",
      "--home", net.validator(0).home, "--keyring-backend", "test", "--chain-id", net.chainId, "--node", net.rpc(0),
      "--gas", "auto", "--gas-adjustment", "1.5", "--gas-prices", "1000000000abtt", "--yes", "--output", "json"]);
    let live = (await conn.client.btt.wgov.v1.tally({ proposalId: id })).tally;
    for (let i = 0; i < 15 && Number(classRow(live, VoterClass.VOTER_CLASS_INSTITUTIONS).fractions.no) === 0; i++) {
      await sleep(1000);
      live = (await conn.client.btt.wgov.v1.tally({ proposalId: id })).tally;
    }
    expect(live.final).toBe(false);
    expect(Number(classRow(live, VoterClass.VOTER_CLASS_INSTITUTIONS).fractions.no)).toBeCloseTo(3 / 19, 12);
    expect(live.passes).toBe(true);
    expect((await gov.gov.Vote({ proposalId: id, voter: vision.address })).vote!.options[0]!.option).toBe(VoteOption.VOTE_OPTION_NO);

    expect(await waitProposals(gov.gov, [id], (VOTING_PERIOD_S + 40) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_PASSED]);
    const after = (await conn.client.btt.wgov.v1.params()).params;
    expect(after.seats).toBe(5);
    expect(after.schedule).toHaveLength(1);
    expect(Number(after.schedule[0]!.weights.institutions)).toBe(0.5);

    const final = (await conn.client.btt.wgov.v1.tally({ proposalId: id })).tally;
    expect(final.final).toBe(true);
    expect(final.passes).toBe(true);
    // Four of the five institutions voted: 15 of 19 yes, 3 no; holders 3M of 4M yes.
    const inst = classRow(final, VoterClass.VOTER_CLASS_INSTITUTIONS);
    expect(inst.voters).toBe(4);
    expect(Number(inst.fractions.yes)).toBeCloseTo(15 / 19, 12);
    expect(Number(inst.fractions.no)).toBeCloseTo(3 / 19, 12);
    expect(Number(classRow(final, VoterClass.VOTER_CLASS_HOLDERS).fractions.yes)).toBeCloseTo(3 / 4, 12);
    // yes = 2/3 × 15/19 + 1/3 × 3/4 (compute and community empty: institutions 2/3, holders 1/3).
    expect(Number(final.weighted.yes)).toBeCloseTo((2 / 3) * (15 / 19) + (1 / 3) * 0.75, 9);
  }, 120_000);

  test("holders alone would pass it, the institutions vote no under the current weights and it fails; the breakdown says why", async () => {
    // dev bonds 4.5M BTT to validator 0: bonded 8.5M, of which dev holds 4.5M (52.9%).
    const [val0] = (await conn.client.staking.validators("BOND_STATUS_BONDED")).validators.sort((a, b) => a.operatorAddress.localeCompare(b.operatorAddress));
    const del = await devClient.delegateTokens(dev.address, val0!.operatorAddress, { denom: BTT_DENOM, amount: (4_500_000n * ONE_BTT).toString() }, 1.5);
    expect(del.code).toBe(0);

    const current = (await conn.client.btt.wgov.v1.params()).params;
    const id = await submitProposal(devClient, dev.address, gov.minDeposit, "e2e: holders for, institutions against",
      [updateParamsMsg(wg.Params.fromPartial({ ...current, seats: 9 }))]);
    const vote = await devClient.signAndBroadcast(dev.address, [{
      typeUrl: "/cosmos.gov.v1.MsgVote",
      value: MsgVote.fromPartial({ proposalId: id, voter: dev.address, option: VoteOption.VOTE_OPTION_YES, metadata: "" }),
    }], 1.6);
    expect(vote.code).toBe(0);
    await voteAll(net, [id], VoteOption.VOTE_OPTION_NO);

    const live = (await conn.client.btt.wgov.v1.tally({ proposalId: id })).tally;
    expect(live.final).toBe(false);
    expect(live.passes).toBe(false);
    // x/gov's own live tally query runs the same weighted function (scaled by the bonded tokens)
    // and, like the wgov query, deletes no vote.
    const govLive = (await gov.gov.TallyResult({ proposalId: id })).tally!;
    expect(BigInt(govLive.yesCount)).toBeGreaterThan(0n);
    expect(BigInt(govLive.noCount)).toBeGreaterThan(BigInt(govLive.yesCount));
    expect((await gov.gov.Votes({ proposalId: id })).votes).toHaveLength(5);
    expect(await waitProposals(gov.gov, [id], (VOTING_PERIOD_S + 40) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_REJECTED]);
    expect((await conn.client.btt.wgov.v1.params()).params.seats).toBe(5);

    const t = (await conn.client.btt.wgov.v1.tally({ proposalId: id })).tally;
    expect(t.final).toBe(true);
    expect(t.passes).toBe(false);
    expect(t.quorumReached).toBe(true);
    expect(t.outcome).toMatch(/does not exceed the threshold/);
    // Token holders: yes 4.5M of 8.5M bonded, more than half: alone they would pass it.
    const holders = classRow(t, VoterClass.VOTER_CLASS_HOLDERS);
    expect(Number(holders.fractions.yes)).toBeCloseTo(4.5 / 8.5, 9);
    expect(Number(holders.fractions.no)).toBeCloseTo(4 / 8.5, 9);
    // Institutions: 18 of 19 against. Compute and community have no power, so their weight goes
    // to the others pro rata: institutions 0.5/0.75 = 2/3, holders 0.25/0.75 = 1/3.
    const inst = classRow(t, VoterClass.VOTER_CLASS_INSTITUTIONS);
    expect(Number(inst.fractions.no)).toBeCloseTo(18 / 19, 12);
    expect(Number(inst.effectiveWeight)).toBeCloseTo(2 / 3, 12);
    expect(Number(holders.effectiveWeight)).toBeCloseTo(1 / 3, 12);
    expect(Number(classRow(t, VoterClass.VOTER_CLASS_COMPUTE).effectiveWeight)).toBe(0);
    expect(Number(classRow(t, VoterClass.VOTER_CLASS_COMMUNITY).effectiveWeight)).toBe(0);
    // yes = 1/3 × 4.5/8.5; no = 2/3 × 18/19 + 1/3 × 4/8.5.
    expect(Number(t.weighted.yes)).toBeCloseTo((1 / 3) * (4.5 / 8.5), 9);
    expect(Number(t.weighted.no)).toBeCloseTo((2 / 3) * (18 / 19) + (1 / 3) * (4 / 8.5), 9);

    // The CLI prints the same breakdown (autocli).
    const run = promisify(execFile);
    const cli = JSON.parse((await run(net.bttd, ["q", "wgov", "tally", id.toString(), "--node", net.rpc(0), "--output", "json"])).stdout);
    expect(cli.tally.passes ?? false).toBe(false);
    expect(cli.tally.classes).toHaveLength(4);
  }, 150_000);

  test("a candidate nominates itself with an amino-signed tx; ballots wait for the voting window", async () => {
    const client = await connectBttSigningClient(net.rpc(0), await aminoWallet("dev"));
    try {
      // Nominating costs the nomination bond (taken from the candidate's balance, held until the term ends).
      const bond = BigInt((await conn.client.btt.wgov.v1.params()).params.nominationBond);
      expect(bond).toBeGreaterThan(0n);
      const r = await client.signAndBroadcast(dev.address, [{
        typeUrl: "/btt.wgov.v1.MsgNominate",
        value: wg.MsgNominate.fromPartial({ candidate: dev.address, statement: "patients first" }),
      }], 1.6);
      expect(r.code).toBe(0);
      const election = await conn.client.btt.wgov.v1.election();
      expect(election.nominationOpen).toBe(true);
      expect(election.candidates.map((c) => c.candidate.address)).toEqual([dev.address]);
      expect(BigInt(election.candidates[0]!.candidate.bond)).toBe(bond);
      await expect(client.signAndBroadcast(dev.address, [{
        typeUrl: "/btt.wgov.v1.MsgVoteRepresentative",
        value: wg.MsgVoteRepresentative.fromPartial({ voter: dev.address, candidates: [dev.address] }),
      }], 1.6)).rejects.toThrow(/representative voting closed/);
    } finally {
      client.disconnect();
    }
  }, 60_000);
});
