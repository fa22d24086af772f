// End-to-end x/health and x/payfi on a fresh 2-validator localnet through @btt/ts-client: governance
// appoints a KYC desk and registers a check-up device; the KYC desk credentials a clinic, which
// registers as a merchant; a relayer submits the device's signed reading of a patient's check-up
// (a replay is refused); the points mature at the next 10 s epoch and part of them convert to BTT
// from the community incentives pool; the clinic invoices the patient and hands over a signed
// btt:pay link (a tampered copy is refused by the wallet); the patient pays it with BTT and the rest
// of the points as a discount; paying twice is refused; the clinic refunds part (more than was paid
// is refused); the supply stays 210M BTT.
import { DirectSecp256k1Wallet } from "@cosmjs/proto-signing";
import { Random } from "@cosmjs/crypto";
import type { DeliverTxResponse, SigningStargateClient } from "@cosmjs/stargate";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import {
  btt,
  connectBttSigningClient,
  createBttQueryClientAtHeight,
  deviceReadingMsg,
  devicePubkey,
  evidenceHashOf,
  parsePaymentLink,
  payFromLink,
  signPaymentLink,
  PaymentLinkError,
  type BttQueryConnection,
} from "@btt/ts-client";
import { fee, govContext, sleep, startSuiteChain, stopSuiteChain, submitProposal, voteYesAll, waitProposals } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT } from "@btt/localnet";

const PORT_OFFSET = 5800;
const VOTING_PERIOD_S = 12;
const keys = loadKeys();
const dev = account(keys, "dev");
const health = btt.health.v1;
const payfi = btt.payfi.v1;

let net: Localnet;
let conn: BttQueryConnection;
let devClient: SigningStargateClient;

interface Actor { address: string; privkey: Uint8Array; client: SigningStargateClient }
async function actor(): Promise<Actor> {
  const privkey = Random.getBytes(32);
  const w = await DirectSecp256k1Wallet.fromKey(privkey, "btt");
  const address = (await w.getAccounts())[0].address;
  return { address, privkey, client: await connectBttSigningClient(net.rpc(0), w) };
}
async function tx(a: Actor, typeUrl: string, value: object, gas = 400_000): Promise<DeliverTxResponse> {
  return a.client.signAndBroadcast(a.address, [{ typeUrl, value }], fee(gas));
}
async function ok(a: Actor, typeUrl: string, value: object, gas?: number): Promise<DeliverTxResponse> {
  const r = await tx(a, typeUrl, value, gas);
  expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
  return r;
}
async function bal(addr: string): Promise<bigint> {
  return BigInt((await conn.client.bank.balance(addr, BTT_DENOM)).amount);
}
async function poolAddress(name: string): Promise<string> {
  const p = (await conn.client.btt.emissions.v1.supply({})).pools.find((x) => x.name === name);
  if (!p) throw new Error(`no pool ${name} in the supply query`);
  return p.address;
}

beforeAll(async () => {
  ({ net, conn, devClient } = await startSuiteChain("health-payfi", { validators: 2, portOffset: PORT_OFFSET, votingPeriodS: VOTING_PERIOD_S }));
}, 300_000);

afterAll(() => stopSuiteChain({ net, conn, devClient }), 120_000);

describe("x/health and x/payfi on the localnet", () => {
  test("device check-up → points → BTT within the budget → QR invoice paid with BTT and points → partial refund; supply 210M", async () => {
    const operators = net.validators().map((v) => account(keys, v.operator));
    const [kycDesk, clinic, relayer, patient] = await Promise.all([actor(), actor(), actor(), actor()]);
    const fund = await devClient.signAndBroadcast(dev.address,
      [...operators.map((o) => o.address), kycDesk.address, clinic.address, relayer.address, patient.address].map((address) => ({
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: { fromAddress: dev.address, toAddress: address, amount: [{ denom: BTT_DENOM, amount: (100n * ONE_BTT).toString() }] },
      })), 1.6);
    expect(fund.code).toBe(0);

    // 1. Governance appoints a KYC desk (x/rwa) and registers the clinic's check-up device (x/health).
    const deviceKey = Random.getBytes(32);
    const { gov, govAddress, minDeposit } = await govContext(conn.client);
    const proposalId = await submitProposal(devClient, dev.address, minDeposit, "health devices and kyc", [
      { typeUrl: "/btt.rwa.v1.MsgAddVerifier", value: btt.rwa.v1.MsgAddVerifier.encode(btt.rwa.v1.MsgAddVerifier.fromPartial({
        authority: govAddress, verifier: kycDesk.address, name: "Licensed KYC Desk", kinds: [btt.rwa.v1.AttestationKind.ATTESTATION_KIND_KYC], jurisdictions: ["CN"] })).finish() },
      { typeUrl: "/btt.health.v1.MsgRegisterDevice", value: health.MsgRegisterDevice.encode(health.MsgRegisterDevice.fromPartial({
        authority: govAddress, deviceId: "chair-3-scanner", pubKey: devicePubkey(deviceKey), name: "Chaoyang clinic chair 3" })).finish() },
    ]);
    await voteYesAll(net, [proposalId]);
    expect(await waitProposals(gov, [proposalId], (VOTING_PERIOD_S + 30) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_PASSED]);
    expect((await conn.client.btt.health.v1.devices({})).devices.map((d) => d.id)).toEqual(["chair-3-scanner"]);

    // 2. The clinic gets a KYC credential and registers as a merchant taking points.
    await ok(kycDesk, "/btt.rwa.v1.MsgIssueCredential", btt.rwa.v1.MsgIssueCredential.fromPartial({
      issuer: kycDesk.address, holder: clinic.address, jurisdiction: "CN", expiresAt: BigInt(Math.floor(Date.now() / 1000) + 86400) }));
    await ok(clinic, "/btt.payfi.v1.MsgRegisterMerchant", payfi.MsgRegisterMerchant.fromPartial({
      merchant: clinic.address, name: "Chaoyang Dental Clinic", jurisdiction: "CN",
      refundPolicy: { refundable: true, windowSeconds: 30n * 86400n, terms: "30 days" }, acceptsPoints: true }));

    // 3. The device signs the check-up reading; a relayer submits it. A replay is refused.
    const chainId = await relayer.client.getChainId();
    const reading = { chainId, deviceId: "chair-3-scanner", nonce: 1n, patient: patient.address, activityCode: "dental-checkup",
      evidenceHash: evidenceHashOf(`check-up ${patient.address} ${Date.now()}`) };
    const msg = deviceReadingMsg(relayer.address, reading, deviceKey);
    const rec = await relayer.client.signAndBroadcast(relayer.address, [msg], fee(400_000));
    expect(rec.code).toBe(0);
    const recRes = health.MsgRecordActivityResponse.decode(rec.msgResponses[0].value);
    expect(recRes.credited).toBe(true);
    expect(rec.events.some((e) => e.type === "btt.health.v1.EventPointsCredited")).toBe(true);
    const replay = await relayer.client.signAndBroadcast(relayer.address, [msg], fee(400_000));
    expect(replay.code).toBe(13); // ErrReplayedNonce
    // Read at the record's own height: on a loaded machine the 10 s points epoch can end (and mature
    // the points) before a query of the latest state.
    const atRecord = createBttQueryClientAtHeight(conn.comet, rec.height);
    const recorded = (await atRecord.btt.health.v1.patient({ patient: patient.address })).points;
    expect([recorded.balance, recorded.pending]).toEqual([0n, 100n]);
    let pts = (await conn.client.btt.health.v1.patient({ patient: patient.address })).points;
    expect(pts.balance + pts.pending).toBe(100n);

    // 4. At the next epoch (10 s here) the points mature; 40 of them convert at the epoch's rate.
    const deadline = Date.now() + 40_000;
    while (pts.balance === 0n && Date.now() < deadline) {
      await sleep(1000);
      pts = (await conn.client.btt.health.v1.patient({ patient: patient.address })).points;
    }
    expect(pts.balance).toBe(100n);
    const pool = await poolAddress("community_incentives");
    const pool0 = await bal(pool);
    const patient0 = await bal(patient.address);
    const conv = await ok(patient, "/btt.health.v1.MsgConvertPoints", health.MsgConvertPoints.fromPartial({ patient: patient.address, points: 40n }));
    const converted = BigInt(health.MsgConvertPointsResponse.decode(conv.msgResponses[0].value).amount);
    const sched = await conn.client.btt.health.v1.schedule({});
    const rate = BigInt(sched.current.rate);
    expect(converted).toBe(40n * rate);
    expect(converted > 0n).toBe(true);
    expect(BigInt(sched.current.spent)).toBeLessThanOrEqual(BigInt(sched.current.budget));
    expect(await bal(patient.address)).toBe(patient0 + converted - 400_000n * 1_000_000_000n);
    expect(await bal(pool)).toBe(pool0 - converted);

    // 5. The clinic invoices 20 BTT and hands over a signed btt:pay link (the QR payload).
    const amount = 20n * ONE_BTT;
    const inv = await ok(clinic, "/btt.payfi.v1.MsgCreateInvoice", payfi.MsgCreateInvoice.fromPartial({
      merchant: clinic.address, amount: amount.toString(), denom: BTT_DENOM, reference: "RF18 CHECKUP-0001",
      expiresAt: BigInt(Math.floor(Date.now() / 1000) + 3600), idempotencyKey: "checkup-0001" }));
    const invoiceId = payfi.MsgCreateInvoiceResponse.decode(inv.msgResponses[0].value).invoiceId;
    const { invoice } = await conn.client.btt.payfi.v1.invoice({ id: invoiceId });
    const uri = signPaymentLink({ chainId, invoiceId, merchant: clinic.address, amount: invoice.amount, denom: invoice.denom,
      reference: invoice.reference, expiresAt: invoice.expiresAt }, clinic.privkey);
    expect(uri.startsWith("btt:pay?v=1&")).toBe(true);
    // A tampered copy (cheaper amount) never reaches signing.
    expect(() => parsePaymentLink(uri.replace(`amount=${amount}`, `amount=${amount / 2n}`))).toThrow(PaymentLinkError);

    // 6. The patient pays from the link with BTT and the 60 remaining points as a discount.
    const devFund = await poolAddress("development_fund");
    const dev0 = await bal(devFund);
    const [clinic0, patient1, pool1] = [await bal(clinic.address), await bal(patient.address), await bal(pool)];
    const paid = await payFromLink(patient.client, conn.client, patient.address, uri, { points: 60n, fee: fee(500_000) });
    expect({ code: paid.code, log: paid.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
    const pr = payfi.MsgPayInvoiceResponse.decode(paid.msgResponses[0].value);
    const discount = 60n * rate;
    const feeShare = amount / 200n; // 0.5 %
    expect([BigInt(pr.discount), BigInt(pr.fee), BigInt(pr.paid)]).toEqual([discount, feeShare, amount - discount]);
    expect(await bal(clinic.address)).toBe(clinic0 + amount - feeShare);
    expect(await bal(patient.address)).toBe(patient1 - (amount - discount) - 500_000n * 1_000_000_000n);
    expect(await bal(pool)).toBe(pool1 - discount);
    expect((await bal(devFund)) - dev0 >= feeShare).toBe(true); // plus the fee split of the blocks' tx fees
    // Paying twice is refused.
    const twice = await tx(patient, "/btt.payfi.v1.MsgPayInvoice", payfi.MsgPayInvoice.fromPartial({
      payer: patient.address, invoiceId, amount: amount.toString(), denom: BTT_DENOM }));
    expect(twice.code).toBe(10); // ErrInvoicePaid

    // 7. The clinic refunds 5 BTT; more than the patient paid is refused.
    const patient2 = await bal(patient.address);
    const tooMuch = await tx(clinic, "/btt.payfi.v1.MsgRefund", payfi.MsgRefund.fromPartial({
      merchant: clinic.address, invoiceId, amount: (amount - discount + 1n).toString() }));
    expect(tooMuch.code).toBe(19); // ErrRefundTooLarge
    await ok(clinic, "/btt.payfi.v1.MsgRefund", payfi.MsgRefund.fromPartial({ merchant: clinic.address, invoiceId, amount: (5n * ONE_BTT).toString() }));
    expect(await bal(patient.address)).toBe(patient2 + 5n * ONE_BTT);
    const final = (await conn.client.btt.payfi.v1.invoice({ id: invoiceId })).invoice;
    expect([final.status, final.refunded, final.pointsUsed]).toEqual([payfi.InvoiceStatus.INVOICE_STATUS_PAID, (5n * ONE_BTT).toString(), 60n]);

    const supply = await conn.client.btt.emissions.v1.supply({});
    expect(supply.totalPlusBurned).toBe((210_000_000n * ONE_BTT).toString());
    for (const a of [kycDesk, clinic, relayer, patient]) a.client.disconnect();
  }, 240_000);
});
