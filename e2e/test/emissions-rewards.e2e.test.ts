// End-to-end x/emissions payouts through @btt/ts-client, on two private 1-validator localnets
// started side by side:
//  - "aged": genesis_time 100 days in the past, so the foundation cap (35.7M × months ÷ 48) is
//    3 months' worth: a governance proposal adds a milestone and releases it.
//  - "fresh": genesis now, 10 s emissions epochs: gov registers a model, three nodes register
//    (registration counts as the epoch's heartbeat), two k = 3 tasks settle in the same epoch with a
//    different dissenter each, and the epoch's mining budget is split among the workers by their
//    recorded score components (contribution 20/10/10 units, quality 1/½/½; the declared energy classes
//    A/C/B and regions are unattested, so energy and geography are 1).
// On the aged network x/epochs catches up one 10 s epoch per block (its epoch start is genesis time);
// nothing there depends on epochs (no compute node, no vesting check), so that is harmless.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { sha256 } from "@cosmjs/crypto";
import { fromBech32 } from "@cosmjs/encoding";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { btt, connectBttQueryConnection, connectBttSigningClient, findEvents, type BttQueryConnection } from "@btt/ts-client";
import { directWallet, fee, govContext, sleep, startTestNet, stopTestNet, submitProposal, voteYesAll, waitProposals } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT, TOTAL_SUPPLY_ABTT } from "@btt/localnet";

const AGED_PORT_OFFSET = 3000;
const FRESH_PORT_OFFSET = 3400;
const VOTING_PERIOD_S = 8;
const AGE_DAYS = 100;
const keys = loadKeys();
const dev = account(keys, "dev");
const em = btt.emissions.v1;
const cp = btt.compute.v1;

interface Net { net: Localnet; conn: BttQueryConnection; devClient: SigningStargateClient }
let aged: Net | undefined;
let fresh: Net | undefined;

async function open(net: Localnet): Promise<Net> {
  const conn = await connectBttQueryConnection(net.rpc(0));
  const devClient = await connectBttSigningClient(net.rpc(0), await directWallet("dev"));
  return { net, conn, devClient };
}
async function close(n: Net | undefined): Promise<void> {
  n?.devClient.disconnect();
  n?.conn.disconnect();
  await stopTestNet(n?.net);
}

beforeAll(async () => {
  const opts = { validators: 1, govVotingPeriod: `${VOTING_PERIOD_S}s`, govExpeditedVotingPeriod: "4s" };
  const [a, f] = await Promise.allSettled([
    startTestNet("emissions-aged", { ...opts, portOffset: AGED_PORT_OFFSET, genesisTime: new Date(Date.now() - AGE_DAYS * 86_400_000) }),
    startTestNet("emissions-fresh", { ...opts, portOffset: FRESH_PORT_OFFSET }),
  ]);
  if (a.status === "fulfilled") aged = await open(a.value);
  if (f.status === "fulfilled") fresh = await open(f.value);
  if (a.status === "rejected") throw a.reason;
  if (f.status === "rejected") throw f.reason;
}, 300_000);

afterAll(async () => {
  await Promise.all([close(aged), close(fresh)]);
}, 120_000);

async function balanceOf(n: Net, addr: string): Promise<bigint> {
  return BigInt((await n.conn.client.bank.balance(addr, BTT_DENOM)).amount);
}
async function freshWallet() {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
  return { wallet: w, address: (await w.getAccounts())[0].address };
}
/** dev sends each (address, amount) in one tx. */
async function fund(n: Net, to: { address: string; amount: bigint }[]): Promise<void> {
  const r = await n.devClient.signAndBroadcast(dev.address, to.map(({ address, amount }) => ({
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: { fromAddress: dev.address, toAddress: address, amount: [{ denom: BTT_DENOM, amount: amount.toString() }] },
  })), 1.6);
  expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
}
function operators(n: Net) {
  return n.net.validators().map((v) => account(keys, v.operator));
}
function pool(s: { pools: { name: string; amount: string }[] }, name: string): bigint {
  const p = s.pools.find((x) => x.name === name);
  if (!p) throw new Error(`no pool ${name} in ${JSON.stringify(s.pools)}`);
  return BigInt(p.amount);
}

// LegacyDec as ts-client hands it over: a decimal string ("1.3", "13"), 18 decimals at most.
const DEC = 10n ** 18n;
function decRaw(s: string): bigint {
  const [i, f = ""] = s.split(".");
  return BigInt(i) * DEC + BigInt((f + "0".repeat(18)).slice(0, 18));
}
/** LegacyDec.Mul: the exact product, 18 decimals kept, banker's rounding of the rest (non-negative operands). */
function decMul(a: bigint, b: bigint): bigint {
  const p = a * b;
  const q = p / DEC;
  const r = p % DEC;
  if (r * 2n < DEC) return q;
  if (r * 2n > DEC) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}

describe("x/emissions payouts on the localnet", () => {
  test("a governance proposal releases a milestone", async () => {
    const n = aged!;
    const q = n.conn.client.btt.emissions.v1;
    const { gov, govAddress, minDeposit } = await govContext(n.conn.client);
    await fund(n, operators(n).map((o) => ({ address: o.address, amount: 10n * ONE_BTT })));
    const before = await q.milestones();
    // 100 days old: 3 whole calendar months, a cap of 35.7M × 3 ÷ 48 BTT.
    expect(BigInt(before.cap)).toBe((35_700_000n * ONE_BTT * 3n) / 48n);
    expect(before.released).toBe("0");
    expect(before.milestones).toHaveLength(0);

    const { address: recipient } = await freshWallet();
    const amount = 1000n * ONE_BTT;
    const supply0 = await q.supply();
    const foundation0 = pool(supply0, "foundation");
    const recipient0 = await balanceOf(n, recipient);
    const id = 1n; // milestone ids start at 1 and there is none yet
    const proposalId = await submitProposal(n.devClient, dev.address, minDeposit, "e2e: add and release a core-protocol milestone", [
      { typeUrl: "/btt.emissions.v1.MsgAddMilestone", value: em.MsgAddMilestone.encode(em.MsgAddMilestone.fromPartial({
        authority: govAddress, subBudget: em.SubBudget.SUB_BUDGET_CORE_PROTOCOL, amount: amount.toString(), recipient, description: "e2e: audit v1 done" })).finish() },
      { typeUrl: "/btt.emissions.v1.MsgReleaseMilestone", value: em.MsgReleaseMilestone.encode(em.MsgReleaseMilestone.fromPartial({ authority: govAddress, id })).finish() },
    ]);
    await voteYesAll(n.net, [proposalId]);
    expect(await waitProposals(gov, [proposalId], (VOTING_PERIOD_S + 30) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_PASSED]);

    expect(await balanceOf(n, recipient)).toBe(recipient0 + amount);
    const supply1 = await q.supply();
    expect(foundation0 - pool(supply1, "foundation")).toBe(amount);
    expect(supply1.total).toBe(TOTAL_SUPPLY_ABTT.toString());
    expect(supply1.totalPlusBurned).toBe(TOTAL_SUPPLY_ABTT.toString());
    expect(BigInt((await n.conn.client.bank.supplyOf(BTT_DENOM)).amount)).toBe(TOTAL_SUPPLY_ABTT);
    const after = await q.milestones();
    expect(after.milestones.map((m) => ({ id: m.id, released: m.released, amount: m.amount, recipient: m.recipient })))
      .toEqual([{ id, released: true, amount: amount.toString(), recipient }]);
    expect(after.released).toBe(amount.toString());
    const sched = await q.schedule();
    expect(BigInt(sched.years[0].milestones)).toBe(amount);
    process.stderr.write(`milestone: cap ${before.cap} abtt, released ${amount} abtt to ${recipient}; foundation ${foundation0} -> ${pool(supply1, "foundation")}\n`);
  }, 120_000);

  test("nodes with verified work receive epoch rewards matching their recorded scores", async () => {
    const n = fresh!;
    const eq = n.conn.client.btt.emissions.v1;
    const cq = n.conn.client.btt.compute.v1;
    const api = n.net.validator(0).api;
    const currentEpoch = async (): Promise<bigint> => {
      const r = await fetch(`${api}/cosmos/epochs/v1beta1/current_epoch?identifier=emissions`);
      if (!r.ok) throw new Error(`epochs query: HTTP ${r.status}`);
      return BigInt(((await r.json()) as { current_epoch: string }).current_epoch);
    };
    const { gov, govAddress, minDeposit } = await govContext(n.conn.client);
    const clinicW = await freshWallet();
    const workerW = [await freshWallet(), await freshWallet(), await freshWallet()];
    await fund(n, [
      ...operators(n).map((o) => ({ address: o.address, amount: 10n * ONE_BTT })),
      { address: clinicW.address, amount: 100n * ONE_BTT },
      ...workerW.map((w) => ({ address: w.address, amount: 1000n * ONE_BTT })),
    ]);
    // Poll for inclusion every 200 ms (cosmjs' default is 3 s): a round must fit in a 10 s epoch.
    const fast = { broadcastPollIntervalMs: 200 };
    const clinic = { address: clinicW.address, client: await connectBttSigningClient(n.net.rpc(0), clinicW.wallet, fast) };
    const workers = await Promise.all(workerW.map(async (w) => ({ address: w.address, client: await connectBttSigningClient(n.net.rpc(0), w.wallet, fast) })));
    const send = async (a: { address: string; client: SigningStargateClient }, typeUrl: string, value: object, gas?: number) => {
      const r = await a.client.signAndBroadcast(a.address, [{ typeUrl, value }], gas ? fee(gas) : 1.6);
      expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
      return r;
    };
    try {
      // 1. Governance registers the model.
      const price = ONE_BTT;
      const reg = cp.MsgRegisterModel.fromPartial({
        authority: govAddress, name: "caries-v1", onnxSha256: sha256(new TextEncoder().encode("caries-v1.onnx")), taskType: "caries_detection",
        inputSpec: "png", outputSpec: "json boxes", computeUnits: 10n, priceFloor: price.toString(), canonicalization: "round-1e-3;sha256",
      });
      const proposalId = await submitProposal(n.devClient, dev.address, minDeposit, "caries model", [
        { typeUrl: "/btt.compute.v1.MsgRegisterModel", value: cp.MsgRegisterModel.encode(reg).finish() },
      ]);
      await voteYesAll(n.net, [proposalId]);
      expect(await waitProposals(gov, [proposalId], (VOTING_PERIOD_S + 30) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_PASSED]);
      const modelId = (await cq.models({})).models[0].id;

      // 2. Three nodes register (their heartbeat for the current epoch).
      const regions = ["CN-BJ", "CN-SH", "CN-GD"];
      const energy = ["A", "C", "B"];
      await Promise.all(workers.map((w, i) => send(w, "/btt.compute.v1.MsgRegisterNode", cp.MsgRegisterNode.fromPartial({
        operator: w.address, nodeClass: cp.NodeClass.NODE_CLASS_HOME, region: regions[i], hardware: "RTX 4090", energyClass: energy[i],
        x25519Pubkey: sha256(new TextEncoder().encode(w.address)), models: [{ modelId, capacity: 2, active: 0 }],
        stake: (200n * ONE_BTT).toString(), // stays above the 100 BTT minimum after 1 % slashes
      }))));

      // 3. Right after an epoch boundary: heartbeats, then two k = 3 tasks, both assigned to all three
      //    nodes; workers[2] dissents on the first, workers[1] on the second. Expected records of the
      //    epoch: w0 2 accepted (20 units), w1 and w2 1 accepted + 1 rejected (10 units, quality
      //    1 − w + w × ½). The whole round (about 4 blocks) must fall into one 10 s epoch; should it
      //    cross a boundary, that epoch's work has no heartbeat (uptime 0: nothing is paid) and the
      //    round is repeated in a later epoch.
      const submit = (input: string) => cp.MsgSubmitTask.fromPartial({
        client: clinic.address, modelId, inputSha256: sha256(new TextEncoder().encode(input)), inputLocator: `ipfs://bafy-${input}`,
        urgency: cp.Urgency.URGENCY_ROUTINE, replication: 3, maxFee: (5n * price).toString(), preferredRegion: "",
      });
      const good = sha256(new TextEncoder().encode("tooth 36: caries"));
      const bad = sha256(new TextEncoder().encode("no finding"));
      const dissenterOf = [2, 1];
      const out = (t: number, i: number) => (i === dissenterOf[t] ? bad : good);
      const salt = (t: number, w: { address: string }) => sha256(new TextEncoder().encode(`salt ${t} ${w.address}`));
      const expectedStats = [{ units: 20n, accepted: 2n, rejected: 0n }, { units: 10n, accepted: 1n, rejected: 1n }, { units: 10n, accepted: 1n, rejected: 1n }];
      let supply0 = await eq.supply();
      const round = async (r: number): Promise<bigint | undefined> => {
        const e0 = await currentEpoch();
        while ((await currentEpoch()) === e0) await sleep(100);
        const epoch = e0 + 1n;
        // Every epoch of an earlier round has ended now (and paid nothing: no heartbeat with the work).
        supply0 = await eq.supply();
        await Promise.all(workers.map((w) => send(w, "/btt.compute.v1.MsgHeartbeat", cp.MsgHeartbeat.fromPartial({ operator: w.address }))));
        const sub = await clinic.client.signAndBroadcast(clinic.address, [
          { typeUrl: "/btt.compute.v1.MsgSubmitTask", value: submit(`panoramic-${r}-1`) },
          { typeUrl: "/btt.compute.v1.MsgSubmitTask", value: submit(`panoramic-${r}-2`) },
        ], fee(800_000));
        expect({ code: sub.code, log: sub.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
        const taskIds = findEvents(sub.events, cp.EventTaskSubmitted).map((e) => e.taskId);
        expect(taskIds).toHaveLength(2);
        const statuses = async () => Promise.all(taskIds.map(async (id) => (await cq.task({ id })).task));
        let tasks = await statuses();
        for (let i = 0; i < 20 && tasks.some((t) => t.status !== cp.TaskStatus.TASK_STATUS_COMMIT); i++) {
          await sleep(200);
          tasks = await statuses();
        }
        expect(tasks.map((t) => t.status)).toEqual([cp.TaskStatus.TASK_STATUS_COMMIT, cp.TaskStatus.TASK_STATUS_COMMIT]);
        for (const t of tasks) expect(t.assignments.map((x) => x.worker).sort()).toEqual(workers.map((w) => w.address).sort());
        await Promise.all(workers.map(async (w, i) => {
          const res = await w.client.signAndBroadcast(w.address, taskIds.map((taskId, t) => ({
            typeUrl: "/btt.compute.v1.MsgCommitResult",
            value: cp.MsgCommitResult.fromPartial({ worker: w.address, taskId, commitment: sha256(new Uint8Array([...out(t, i), ...salt(t, w), ...fromBech32(w.address, 90).data])) }),
          })), fee(600_000));
          expect({ code: res.code, log: res.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
        }));
        // Each reveal tx may complete (and so pay the settlement of) both tasks: a fixed, generous gas limit.
        await Promise.all(workers.map(async (w, i) => {
          const res = await w.client.signAndBroadcast(w.address, taskIds.map((taskId, t) => ({
            typeUrl: "/btt.compute.v1.MsgRevealResult",
            value: cp.MsgRevealResult.fromPartial({ worker: w.address, taskId, outputHash: out(t, i), salt: salt(t, w) }),
          })), fee(1_600_000));
          expect({ code: res.code, log: res.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
        }));
        tasks = await statuses();
        expect(tasks.map((t) => t.status)).toEqual([cp.TaskStatus.TASK_STATUS_SETTLED, cp.TaskStatus.TASK_STATUS_SETTLED]);
        const stats = await Promise.all(workers.map(async (w) => (await cq.nodeEpochStats({ operator: w.address, epoch })).stats[0]));
        const got = stats.map((s) => s && { units: s.computeUnits, accepted: s.tasksAccepted, rejected: s.tasksRejected, heartbeat: s.heartbeats > 0 });
        const want = expectedStats.map((x) => ({ ...x, heartbeat: true }));
        if (JSON.stringify(got, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) === JSON.stringify(want, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) return epoch;
        process.stderr.write(`round ${r}: the work crossed the end of epoch ${epoch}; repeating\n`);
        return undefined;
      };
      let epoch: bigint | undefined;
      for (let r = 1; r <= 3 && epoch === undefined; r++) epoch = await round(r);
      expect(epoch).toBeDefined();

      // 5. Wait for the epoch to end and read its reward record.
      let rec: Awaited<ReturnType<typeof eq.epochRewards>> | undefined;
      for (let i = 0; i < 60 && !rec; i++) {
        rec = await eq.epochRewards({ epoch: epoch! }).catch(() => undefined);
        if (!rec) await sleep(500);
      }
      expect(rec).toBeDefined();
      const supply1 = await eq.supply();
      const er = rec!.epochReward;
      const budget = BigInt(er.budget);
      expect(budget).toBeGreaterThan(0n);
      const byNode = new Map(rec!.nodeRewards.map((r) => [r.operator, r]));
      const params = (await eq.params()).params;

      // The reward cap per credited unit: reward_cap_ratio × x/compute's dev_fund_share × min_paid_price_per_unit.
      const cparams = (await cq.params({})).params;
      // (LegacyDec.MulInt then TruncateInt, twice: cost = floor(share × price), cap = floor(ratio × cost).)
      const farmingCost = (decRaw(cparams.devFundShare) * BigInt(cparams.minPaidPricePerUnit)) / DEC;
      const capPerUnit = (decRaw(params.rewardCapRatio) * farmingCost) / DEC;
      expect(BigInt(er.rewardCapPerUnit)).toBe(capPerUnit);

      // Scores from the recorded components, then each payout as floor(budget × score ÷ Σ scores), capped.
      const scores = rec!.nodeRewards.map((r) => {
        const s = decMul(decMul(decMul(decRaw(r.contribution), decRaw(r.quality)), decRaw(r.geography)), decRaw(r.energy));
        expect(decRaw(r.score)).toBe(s);
        return s;
      });
      const total = scores.reduce((a, b) => a + b, 0n);
      expect(decRaw(er.totalScore)).toBe(total);
      const w = decRaw(params.qualityWeight);
      let sumPaid = 0n;
      for (const [i, wk] of workers.entries()) {
        const r = byNode.get(wk.address)!;
        expect(r).toBeDefined();
        expect({ units: r.computeUnits, accepted: r.accepted, rejected: r.rejected }).toEqual(expectedStats[i]);
        expect(decRaw(r.contribution)).toBe(expectedStats[i].units * DEC);
        expect(decRaw(r.uptime)).toBe(DEC);
        // quality = (1 − w) + w × uptime × accepted ÷ judged (uptime 1; judged = 2 or 0 rejections)
        expect(decRaw(r.quality)).toBe(DEC - w + (expectedStats[i].rejected === 0n ? w : w / 2n));
        // No TECHNICAL verifier attested the nodes' declared classes and regions: neutral multipliers.
        expect(decRaw(r.energy)).toBe(DEC);
        expect(decRaw(r.geography)).toBe(DEC);
        const share = (budget * decRaw(r.score)) / total;
        const limit = capPerUnit * BigInt(r.computeUnits);
        const expected = share > limit ? limit : share;
        expect(r.capped).toBe(share > limit);
        expect(expected).toBeGreaterThan(0n);
        expect(BigInt(r.payout)).toBe(expected);
        const nr = await eq.nodeRewards({ node: wk.address });
        expect(nr.nodeRewards.find((x) => x.epoch === epoch)?.payout).toBe(r.payout);
        sumPaid += expected;
        process.stderr.write(`epoch ${epoch} ${r.energyClass} ${r.region}: units ${r.computeUnits} quality ${r.quality} geography ${r.geography} energy ${r.energy} score ${r.score} payout ${r.payout}\n`);
      }
      const allPaid = rec!.nodeRewards.reduce((a, r) => a + BigInt(r.payout), 0n);
      expect(allPaid).toBe(sumPaid);
      expect(BigInt(er.paid)).toBe(sumPaid);
      expect(BigInt(er.carriedForward)).toBe(budget - sumPaid);
      // Only this epoch had verified work, so the mining pool fell by exactly what it paid.
      expect(pool(supply0, "mining_rewards_pool") - pool(supply1, "mining_rewards_pool")).toBe(sumPaid);
      expect(BigInt(supply1.miningPaid) - BigInt(supply0.miningPaid)).toBe(sumPaid);
      expect(supply1.totalPlusBurned).toBe(TOTAL_SUPPLY_ABTT.toString());
      process.stderr.write(`epoch ${epoch}: budget ${budget}, paid ${sumPaid}, carried forward ${er.carriedForward}, total score ${er.totalScore}\n`);
    } finally {
      for (const a of [clinic, ...workers]) a.client.disconnect();
    }
  }, 180_000);
});
