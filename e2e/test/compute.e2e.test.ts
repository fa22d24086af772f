// End-to-end behaviour of x/compute on a fresh 4-validator localnet through @btt/ts-client:
// governance registers a model; three scripted worker accounts register nodes; a clinic account
// submits a task with k = 3; the workers commit and reveal, one with a different output hash;
// the two honest workers are paid, the dissenter is slashed, the clinic gets the refund.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { sha256 } from "@cosmjs/crypto";
import { fromBech32, toHex } from "@cosmjs/encoding";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { btt, connectBttSigningClient, requireEvent, type BttQueryConnection } from "@btt/ts-client";
import { fee, govContext, startSuiteChain, stopSuiteChain, submitProposal, voteYesAll, waitProposals } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT } from "@btt/localnet";

const PORT_OFFSET = 2200;
const VOTING_PERIOD_S = 20;
const keys = loadKeys();
const dev = account(keys, "dev");
const cp = btt.compute.v1;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let net: Localnet;
let conn: BttQueryConnection;
let devClient: SigningStargateClient;

interface Actor { address: string; client: SigningStargateClient }
async function actor(): Promise<Actor> {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
  const address = (await w.getAccounts())[0].address;
  return { address, client: await connectBttSigningClient(net.rpc(0), w) };
}
async function bal(addr: string): Promise<bigint> {
  return BigInt((await conn.client.bank.balance(addr, BTT_DENOM)).amount);
}
async function send(a: Actor, typeUrl: string, value: object, gas?: number) {
  const r = await a.client.signAndBroadcast(a.address, [{ typeUrl, value }], gas ? fee(gas) : 1.6);
  expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
  return r;
}

beforeAll(async () => {
  ({ net, conn, devClient } = await startSuiteChain("compute", { validators: 4, portOffset: PORT_OFFSET, votingPeriodS: VOTING_PERIOD_S }));
}, 300_000);

afterAll(() => stopSuiteChain({ net, conn, devClient }), 120_000);

describe("x/compute on the localnet", () => {
  test("a k = 3 task: two honest workers paid, the dissenter slashed, the clinic refunded", async () => {
    // 1. Governance registers the model.
    const { gov, govAddress, minDeposit } = await govContext(conn.client);
    const operators = net.validators().map((v) => account(keys, v.operator));
    const clinic = await actor();
    const workers = [await actor(), await actor(), await actor()];
    const fund = await devClient.signAndBroadcast(
      dev.address,
      [...operators.map((o) => ({ address: o.address, amount: 10n * ONE_BTT })), { address: clinic.address, amount: 100n * ONE_BTT },
        ...workers.map((w) => ({ address: w.address, amount: 1000n * ONE_BTT }))].map(({ address, amount }) => ({
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: { fromAddress: dev.address, toAddress: address, amount: [{ denom: BTT_DENOM, amount: amount.toString() }] },
      })),
      1.6,
    );
    expect(fund.code).toBe(0);
    const price = ONE_BTT;
    const reg = cp.MsgRegisterModel.fromPartial({
      authority: govAddress, name: "caries-v1", onnxSha256: sha256(new TextEncoder().encode("caries-v1.onnx")), taskType: "caries_detection",
      inputSpec: "png", outputSpec: "json boxes", computeUnits: 10n, priceFloor: price.toString(), canonicalization: "round-1e-3;sha256",
    });
    const proposalId = await submitProposal(devClient, dev.address, minDeposit, "caries model", [
      { typeUrl: "/btt.compute.v1.MsgRegisterModel", value: cp.MsgRegisterModel.encode(reg).finish() },
    ]);
    await voteYesAll(net, [proposalId]);
    expect(await waitProposals(gov, [proposalId], (VOTING_PERIOD_S + 30) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_PASSED]);
    const models = await conn.client.btt.compute.v1.models({});
    expect(models.models.map((m) => m.name)).toEqual(["caries-v1"]);
    const modelId = models.models[0].id;

    // 2. Three scripted workers register nodes.
    for (const w of workers) {
      await send(w, "/btt.compute.v1.MsgRegisterNode", cp.MsgRegisterNode.fromPartial({
        operator: w.address, nodeClass: cp.NodeClass.NODE_CLASS_HOME, region: "CN-BJ", hardware: "RTX 4090", energyClass: "A",
        x25519Pubkey: sha256(new TextEncoder().encode(w.address)), models: [{ modelId, capacity: 2, active: 0 }], stake: (100n * ONE_BTT).toString(),
      }));
    }

    // 3. The clinic submits k = 3; the chain assigns the three nodes at the end of the block.
    const clinicStart = await bal(clinic.address);
    const sub = await send(clinic, "/btt.compute.v1.MsgSubmitTask", cp.MsgSubmitTask.fromPartial({
      client: clinic.address, modelId, inputSha256: sha256(new TextEncoder().encode("encrypted panoramic")), inputLocator: "ipfs://bafy-e2e",
      urgency: cp.Urgency.URGENCY_ROUTINE, replication: 3, maxFee: (5n * price).toString(), preferredRegion: "",
    }));
    const submitted = requireEvent(sub.events, cp.EventTaskSubmitted);
    expect(submitted).toMatchObject({ client: clinic.address, modelId, replication: 3, urgency: cp.Urgency.URGENCY_ROUTINE, amount: (5n * price).toString() });
    const taskId = submitted.taskId;
    let task = (await conn.client.btt.compute.v1.task({ id: taskId })).task;
    for (let i = 0; i < 10 && task.status !== cp.TaskStatus.TASK_STATUS_COMMIT; i++) {
      await sleep(1000);
      task = (await conn.client.btt.compute.v1.task({ id: taskId })).task;
    }
    expect(task.status).toBe(cp.TaskStatus.TASK_STATUS_COMMIT);
    expect(task.assignments.map((a) => a.worker).sort()).toEqual(workers.map((w) => w.address).sort());

    // 4. Commit sha256(output_hash ‖ salt ‖ address bytes), then reveal; workers[2] dissents.
    const good = sha256(new TextEncoder().encode("tooth 36: caries"));
    const bad = sha256(new TextEncoder().encode("no finding"));
    const out = (i: number) => (i === 2 ? bad : good);
    const salts = workers.map((w) => sha256(new TextEncoder().encode(`salt ${w.address}`)));
    await Promise.all(workers.map((w, i) => {
      const commitment = sha256(new Uint8Array([...out(i), ...salts[i], ...fromBech32(w.address, 90).data]));
      return send(w, "/btt.compute.v1.MsgCommitResult", cp.MsgCommitResult.fromPartial({ worker: w.address, taskId, commitment }));
    }));
    task = (await conn.client.btt.compute.v1.task({ id: taskId })).task;
    expect(task.status).toBe(cp.TaskStatus.TASK_STATUS_REVEAL);
    const before = await Promise.all(workers.map((w) => bal(w.address)));
    // The reveal that completes the task also pays for its settlement, which a simulation run
    // before the other reveals landed does not see: reveals carry a fixed, generous gas limit.
    await Promise.all(workers.map((w, i) =>
      send(w, "/btt.compute.v1.MsgRevealResult", cp.MsgRevealResult.fromPartial({ worker: w.address, taskId, outputHash: out(i), salt: salts[i] }), 800_000)));

    task = (await conn.client.btt.compute.v1.task({ id: taskId })).task;
    expect(task.status).toBe(cp.TaskStatus.TASK_STATUS_SETTLED);
    expect(toHex(task.resultHash)).toBe(toHex(good));
    expect(task.escrow).toBe("0");
    const after = await Promise.all(workers.map((w) => bal(w.address)));
    const net95 = (price * 95n) / 100n; // dev_fund_share 5 %
    const maxFee = ONE_BTT / 100n; // a reveal costs far less than 0.01 BTT in fees
    for (const i of [0, 1]) {
      expect(after[i] - before[i]).toBeGreaterThan(net95 - maxFee);
      expect(after[i] - before[i]).toBeLessThanOrEqual(net95);
    }
    expect(after[2]).toBeLessThan(before[2]);
    const dissenter = (await conn.client.btt.compute.v1.node({ operator: workers[2].address })).node;
    expect(dissenter.stake).toBe((99n * ONE_BTT).toString()); // 1 % slashed
    const byWorker = new Map(task.assignments.map((a) => [a.worker, a.outcome]));
    expect(byWorker.get(workers[2].address)).toBe(cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_REJECTED);
    expect(byWorker.get(workers[0].address)).toBe(cp.AssignmentOutcome.ASSIGNMENT_OUTCOME_ACCEPTED);
    // The clinic paid two slots (plus its submit fee); the rest of the 5 BTT escrow came back.
    const clinicEnd = await bal(clinic.address);
    expect(clinicStart - clinicEnd).toBeGreaterThanOrEqual(2n * price);
    expect(clinicStart - clinicEnd).toBeLessThan(2n * price + maxFee);
    for (const a of [clinic, ...workers]) a.client.disconnect();
  }, 240_000);
});
