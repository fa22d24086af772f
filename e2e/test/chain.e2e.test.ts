// End-to-end behaviour of a fresh 4-validator BTT localnet (own ports and home; stopped by PID afterwards).
import { createHash, randomBytes } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { PeriodicVestingAccount } from "cosmjs-types/cosmos/vesting/v1beta1/vesting";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgUpdateParams } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { bttToAbtt, connectBttSigningClient } from "./btt-client.js";
import { aminoWallet, balance, directWallet, fee, queries, startTestNet, stopTestNet } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { ALLOCATION_PERCENT, BTT_DENOM, INSTITUTIONS, INSTITUTION_FEE_BUDGET_ABTT, ONE_BTT, POOLS, TOTAL_SUPPLY_ABTT, allocationAbtt } from "@btt/localnet";

const PORT_OFFSET = 1000;
const VOTING_PERIOD_S = 20;
const keys = loadKeys();
const dev = account(keys, "dev");

let net: Localnet;
let qs: Awaited<ReturnType<typeof queries>>;
let devClient: SigningStargateClient;

async function bal(addr: string): Promise<bigint> {
  return balance(qs.q, addr);
}
async function totalSupply(): Promise<bigint> {
  return BigInt((await qs.q.bank.supplyOf(BTT_DENOM)).amount);
}
async function sequence(addr: string): Promise<bigint> {
  const acc = await qs.auth.Account({ address: addr });
  const any = acc.account!;
  if (any.typeUrl === "/cosmos.auth.v1beta1.BaseAccount") {
    const { BaseAccount } = await import("cosmjs-types/cosmos/auth/v1beta1/auth");
    return BaseAccount.decode(any.value).sequence;
  }
  if (any.typeUrl === "/cosmos.vesting.v1beta1.PeriodicVestingAccount")
    return PeriodicVestingAccount.decode(any.value).baseVestingAccount!.baseAccount!.sequence;
  throw new Error(`unexpected account type ${any.typeUrl}`);
}
async function freshAddress(): Promise<string> {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
  return (await w.getAccounts())[0].address;
}

beforeAll(async () => {
  net = await startTestNet("chain", {
    validators: 4,
    portOffset: PORT_OFFSET,
    govVotingPeriod: `${VOTING_PERIOD_S}s`,
    govExpeditedVotingPeriod: "6s",
  });
  qs = await queries(net.rpc(0));
  devClient = await connectBttSigningClient(net.rpc(0), await directWallet("dev"));
}, 300_000);

afterAll(async () => {
  devClient?.disconnect();
  qs?.comet.disconnect();
  await stopTestNet(net);
}, 120_000);

describe("genesis allocation", () => {
  test("total supply of abtt is exactly 210,000,000 BTT (2.1e26 abtt)", async () => {
    expect(TOTAL_SUPPLY_ABTT.toString()).toBe("210000000000000000000000000");
    expect((await totalSupply()).toString()).toBe("210000000000000000000000000");
    const all = await qs.q.bank.totalSupply();
    expect(all.supply.map((c) => c.denom)).toEqual([BTT_DENOM]);
  });

  test("the allocation percentages add up to 100 (the seed's nine allocations are 85%, the reserve holds the other 15%)", () => {
    expect(Object.values(ALLOCATION_PERCENT).reduce((a, b) => a + b, 0n)).toBe(100n);
  });

  test("the balances of all holders (vesting, module and liquid accounts, stake included) add up to the total supply", async () => {
    let sum = 0n;
    let key: Uint8Array | undefined;
    do {
      const page = await qs.bank.DenomOwners({ denom: BTT_DENOM, pagination: key ? { key, offset: 0n, limit: 200n, countTotal: false, reverse: false } : undefined });
      for (const o of page.denomOwners) sum += BigInt(o.balance!.amount);
      key = page.pagination?.nextKey?.length ? page.pagination.nextKey : undefined;
    } while (key);
    // bonded stake sits in the bonded pool module account, so it is counted too
    expect(sum).toBe(TOTAL_SUPPLY_ABTT);
  });

  test.each(POOLS.map((p) => [p]))("module account %s holds its allocation", async (pool) => {
    const res = await qs.auth.ModuleAccountByName({ name: pool });
    expect(res.account?.typeUrl).toBe("/cosmos.auth.v1beta1.ModuleAccount");
    const macc = ModuleAccount.decode(res.account!.value);
    expect(macc.name).toBe(pool);
    const addr = macc.baseAccount!.address;
    // a module account's address is sha256(name)[:20]
    const derived = toBech32("btt", createHash("sha256").update(pool).digest().subarray(0, 20));
    expect(addr).toBe(derived);
    let expected = allocationAbtt(pool);
    // 4 validators: no validator carve-outs; the institutions' fee budget (500 BTT) comes out of the ecosystem fund
    if (pool === "ecosystem_growth_fund") expected -= net.devCarveOut + INSTITUTION_FEE_BUDGET_ABTT;
    expect(expected).toBe(
      { foundation: 35_700_000n, mining_rewards_pool: 63_000_000n, community_incentives: 25_200_000n, ecosystem_growth_fund: 9_699_500n, unallocated_reserve: 31_500_000n }[pool] * ONE_BTT,
    );
    expect(await bal(addr)).toBe(expected);
  });

  test("the dev carve-out is liquid", async () => {
    const spendable = await qs.bank.SpendableBalanceByDenom({ address: dev.address, denom: BTT_DENOM });
    // dev may have spent a little on fees in other tests; at least 4.9M BTT is spendable
    expect(BigInt(spendable.balance!.amount)).toBeGreaterThan(4_900_000n * ONE_BTT);
  });

  test.each(INSTITUTIONS.map((i, idx) => [i, idx]))("%s is a PeriodicVestingAccount with its original vesting", async (inst, idx) => {
    const addr = account(keys, inst).address;
    const acc = await qs.auth.Account({ address: addr });
    expect(acc.account?.typeUrl).toBe("/cosmos.vesting.v1beta1.PeriodicVestingAccount");
    const pva = PeriodicVestingAccount.decode(acc.account!.value);
    const bva = pva.baseVestingAccount!;
    const expected = allocationAbtt(inst);
    expect(bva.originalVesting).toEqual([{ denom: BTT_DENOM, amount: expected.toString() }]);
    const periodSum = pva.vestingPeriods.reduce((s: bigint, p: { amount: { denom: string; amount: string }[] }) => s + BigInt(p.amount.find((c) => c.denom === BTT_DENOM)?.amount ?? "0"), 0n);
    expect(periodSum).toBe(expected);
    // cliff and end (DESIGN §2): China Oral 6-month cliff to month 36, the others 3-month cliff to month 30
    const [cliffMonths, endMonths] = inst === "china_oral_industry_group" ? [6, 36] : [3, 30];
    const day = 86400n;
    const firstPeriod = pva.vestingPeriods[0].length;
    expect(firstPeriod).toBeGreaterThanOrEqual(BigInt(cliffMonths * 28) * day);
    expect(firstPeriod).toBeLessThanOrEqual(BigInt(cliffMonths * 31) * day);
    const duration = bva.endTime - pva.startTime;
    expect(duration).toBeGreaterThanOrEqual(BigInt(endMonths * 28) * day);
    expect(duration).toBeLessThanOrEqual(BigInt(endMonths * 31) * day);
    // validators 0..3 are operated by institutions 0..3 and self-delegated from their vesting tokens
    const delegated = BigInt(bva.delegatedVesting.find((c: { denom: string }) => c.denom === BTT_DENOM)?.amount ?? "0");
    expect(delegated).toBe(idx < net.validatorCount ? net.selfDelegation : 0n);
    // nothing is spendable during the cliff
    const spendable = await qs.bank.SpendableBalanceByDenom({ address: addr, denom: BTT_DENOM });
    expect(spendable.balance!.amount).toBe("0");
  });
});

describe("transactions signed with @btt/ts-client", () => {
  const amount = BigInt(bttToAbtt("1.234567")); // 1234567000000000000 abtt

  test("a bank transfer signed in direct mode lands (balances change by exactly amount + fee)", async () => {
    const to = await freshAddress();
    const before = await bal(dev.address);
    const f = fee(150_000);
    const res = await devClient.sendTokens(dev.address, to, [{ denom: BTT_DENOM, amount: amount.toString() }], f, "e2e direct");
    expect(res.code).toBe(0);
    expect(await bal(to)).toBe(amount);
    expect(await bal(dev.address)).toBe(before - amount - 150_000n * 1_000_000_000n);
    const tx = await devClient.getTx(res.transactionHash);
    expect(tx?.height).toBe(res.height);
  });

  test("a bank transfer signed in amino-json mode lands (balances change by exactly amount + fee)", async () => {
    const client = await connectBttSigningClient(net.rpc(1), await aminoWallet("dev"));
    try {
      const to = await freshAddress();
      const before = await bal(dev.address);
      const res = await client.sendTokens(dev.address, to, [{ denom: BTT_DENOM, amount: amount.toString() }], fee(150_000), "e2e amino");
      expect(res.code).toBe(0);
      await net.waitBlocks(1);
      expect(await bal(to)).toBe(amount);
      expect(await bal(dev.address)).toBe(before - amount - 150_000n * 1_000_000_000n);
    } finally {
      client.disconnect();
    }
  });

  test("delegation works", async () => {
    const { validators } = await qs.q.staking.validators("BOND_STATUS_BONDED");
    expect(validators.length).toBe(4);
    const v0 = validators.find((v) => v.description?.moniker === "val0");
    expect(v0).toBeDefined();
    const stake = 100n * ONE_BTT;
    const res = await devClient.delegateTokens(dev.address, v0!.operatorAddress, { denom: BTT_DENOM, amount: stake.toString() }, fee(300_000));
    expect(res.code).toBe(0);
    const d = await qs.q.staking.delegation(dev.address, v0!.operatorAddress);
    expect(d.delegationResponse?.balance).toEqual({ denom: BTT_DENOM, amount: stake.toString() });
  });

  test("a gov proposal passes by the validators' votes", async () => {
    // the validators' operators are vesting accounts in their cliff: give them liquid BTT for fees
    const operators = net.validators().map((v) => account(keys, v.operator));
    const fund = await devClient.signAndBroadcast(
      dev.address,
      operators.map((o) => ({
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: { fromAddress: dev.address, toAddress: o.address, amount: [{ denom: BTT_DENOM, amount: (10n * ONE_BTT).toString() }] },
      })),
      1.5, // gas by simulation, at @btt/ts-client's default gas price
    );
    expect(fund.code).toBe(0);

    const gov = await qs.auth.ModuleAccountByName({ name: "gov" });
    const govAddress = ModuleAccount.decode(gov.account!.value).baseAccount!.address;
    const params = await qs.gov.Params({ paramsType: "deposit" });
    const minDeposit = params.params!.minDeposit;
    const submit = await devClient.signAndBroadcast(
      dev.address,
      [
        {
          typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
          value: MsgSubmitProposal.fromPartial({
            // executed on pass with the gov module as authority: x/bank params, sends stay enabled
            messages: [
              {
                typeUrl: "/cosmos.bank.v1beta1.MsgUpdateParams",
                value: MsgUpdateParams.encode(MsgUpdateParams.fromPartial({ authority: govAddress, params: { sendEnabled: [], defaultSendEnabled: true } })).finish(),
              },
            ],
            initialDeposit: minDeposit,
            proposer: dev.address,
            metadata: "",
            title: "e2e: confirm x/bank params",
            summary: "Sets x/bank's params to sends enabled; voted by the localnet validators.",
            expedited: false,
          }),
        },
      ],
      1.5,
    );
    expect(submit.code).toBe(0);
    const idAttr = submit.events.find((e) => e.type === "submit_proposal")?.attributes.find((a) => a.key === "proposal_id");
    expect(idAttr).toBeDefined();
    const proposalId = BigInt(idAttr!.value);
    let p = (await qs.gov.Proposal({ proposalId })).proposal!;
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);

    // The validators vote at once (different accounts, so no sequence conflicts): one after the
    // other they can run past a short voting period on a loaded 2-core machine.
    const votes = await Promise.all(
      operators.map(async (op) => {
        const c = await connectBttSigningClient(net.rpc(0), await directWallet(op.name));
        try {
          return await c.signAndBroadcast(
            op.address,
            [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId, voter: op.address, option: VoteOption.VOTE_OPTION_YES, metadata: "" }) }],
            1.5,
          );
        } finally {
          c.disconnect();
        }
      }),
    );
    // the raw log rides along so that a failure says why
    for (const r of votes) expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
    const deadline = Date.now() + (VOTING_PERIOD_S + 30) * 1000;
    while (Date.now() < deadline) {
      p = (await qs.gov.Proposal({ proposalId })).proposal!;
      if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED); // FAILED would mean its message did not execute
    expect((await qs.bank.Params()).params!.defaultSendEnabled).toBe(true);
    // x/wgov weights the tally by class and hands x/gov the weighted fractions scaled by the bonded
    // tokens: all four operators voted yes, as institutions (18 of 19 in-class weight) and as holders.
    const yes = BigInt(p.finalTallyResult!.yesCount);
    expect(yes).toBeGreaterThan(0n);
    expect(yes).toBeLessThanOrEqual(BigInt(net.validatorCount) * net.selfDelegation);
  }, 120_000);
});

describe("bad transactions are rejected and change nothing", () => {
  test("a vesting account cannot send locked tokens", async () => {
    const inst = account(keys, "strategic_investors");
    const liquid = 1n * ONE_BTT;
    const fund = await devClient.sendTokens(dev.address, inst.address, [{ denom: BTT_DENOM, amount: liquid.toString() }], fee(150_000));
    expect(fund.code).toBe(0);
    const spendable = await qs.bank.SpendableBalanceByDenom({ address: inst.address, denom: BTT_DENOM });
    expect(BigInt(spendable.balance!.amount)).toBe(liquid);

    const before = { inst: await bal(inst.address), dev: await bal(dev.address), seq: await sequence(inst.address) };
    expect(before.inst).toBe(allocationAbtt("strategic_investors") + liquid);
    const client = await connectBttSigningClient(net.rpc(0), await directWallet("strategic_investors"));
    const locked = [{ denom: BTT_DENOM, amount: (1000n * ONE_BTT).toString() }];
    try {
      // as a wallet does it (gas by simulation): the client refuses with the chain's error, nothing is broadcast
      await expect(client.sendTokens(inst.address, dev.address, locked, 1.5)).rejects.toThrow(
        /spendable balance \d+abtt is smaller than 1000000000000000000000abtt: insufficient funds/,
      );
      await net.waitBlocks(2);
      expect(await bal(inst.address)).toBe(before.inst);
      expect(await bal(dev.address)).toBe(before.dev);
      expect(await sequence(inst.address)).toBe(before.seq);

      // forced into a block with an explicit fee: the send fails with the same error; only the fee is paid
      const gas = 400_000;
      const res = await client.sendTokens(inst.address, dev.address, locked, fee(gas));
      expect(res.code).toBe(5); // sdk ErrInsufficientFunds
      expect(res.rawLog).toMatch(/insufficient funds/);
      expect(await bal(inst.address)).toBe(before.inst - BigInt(gas) * 1_000_000_000n);
      expect(await bal(dev.address)).toBe(before.dev);
      const pva = PeriodicVestingAccount.decode((await qs.auth.Account({ address: inst.address })).account!.value);
      expect(pva.baseVestingAccount!.originalVesting).toEqual([{ denom: BTT_DENOM, amount: allocationAbtt("strategic_investors").toString() }]);
    } finally {
      client.disconnect();
    }
  });

  test("a tx with a wrong signature is rejected and changes nothing", async () => {
    const to = await freshAddress();
    const before = { dev: await bal(dev.address), seq: await sequence(dev.address), supply: await totalSupply() };
    const signed = await devClient.sign(
      dev.address,
      [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: dev.address, toAddress: to, amount: [{ denom: BTT_DENOM, amount: "1000" }] } }],
      fee(150_000),
      "",
    );
    const sig = Uint8Array.from(signed.signatures[0]);
    sig[7] ^= 0xff;
    const bad = TxRaw.encode(TxRaw.fromPartial({ ...signed, signatures: [sig] })).finish();
    const res = await qs.comet.broadcastTxSync({ tx: bad });
    expect(res.code).toBe(4); // sdk ErrUnauthorized
    expect(res.log).toMatch(/signature verification failed/);
    await net.waitBlocks(2);
    await expect(qs.comet.tx({ hash: res.hash })).rejects.toThrow();
    expect(await bal(to)).toBe(0n);
    expect(await bal(dev.address)).toBe(before.dev);
    expect(await sequence(dev.address)).toBe(before.seq);
    expect(await totalSupply()).toBe(before.supply);
  });

  test("a malformed tx (random bytes) is rejected with a clear error and changes nothing", async () => {
    const before = { dev: await bal(dev.address), seq: await sequence(dev.address), supply: await totalSupply() };
    const res = await qs.comet.broadcastTxSync({ tx: randomBytes(96) });
    expect(res.code).not.toBe(0);
    expect(res.log).toMatch(/tx parse error|unable to decode|errUnknownField|illegal/i);
    await net.waitBlocks(2);
    expect(await bal(dev.address)).toBe(before.dev);
    expect(await sequence(dev.address)).toBe(before.seq);
    expect(await totalSupply()).toBe(before.supply);
  });

  test("total supply is still exactly 2.1e26 abtt after all these transactions (fees move, nothing is minted or burned)", async () => {
    expect((await totalSupply()).toString()).toBe("210000000000000000000000000");
  });
});
