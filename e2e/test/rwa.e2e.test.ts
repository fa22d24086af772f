// End-to-end behaviour of x/rwa on a fresh 3-validator localnet through @btt/ts-client:
// governance appoints a regulatory, a technical and a KYC verifier; a clinic registers a CBCT
// scanner, both verifiers approve it, the clinic tokenizes it (part of the fee is burned) and offers
// shares on the book; a credentialed investor buys; shares cannot be sent to an uncredentialed
// account; after the KYC verifier revokes the investor's credential its orders are refused. The
// clinic, the regulator and the KYC desk sign amino-json, as a Ledger/Keplr amino wallet would.
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import type { DeliverTxResponse, SigningStargateClient } from "@cosmjs/stargate";
import { sha256 } from "@cosmjs/crypto";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { btt, connectBttSigningClient, findEvents, requireEvent, type BttQueryConnection } from "@btt/ts-client";
import { fee, govContext, startSuiteChain, stopSuiteChain, submitProposal, voteYesAll, waitProposals } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { account, loadKeys } from "@btt/localnet";
import { BTT_DENOM, ONE_BTT } from "@btt/localnet";

const PORT_OFFSET = 3800;
const VOTING_PERIOD_S = 15;
const JURISDICTION = "CN-BJ";
const keys = loadKeys();
const dev = account(keys, "dev");
const rwa = btt.rwa.v1;

let net: Localnet;
let conn: BttQueryConnection;
let devClient: SigningStargateClient;

interface Actor { address: string; client: SigningStargateClient }
async function actor(signer?: OfflineSigner): Promise<Actor> {
  const w = signer ?? (await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" }));
  const address = (await w.getAccounts())[0].address;
  return { address, client: await connectBttSigningClient(net.rpc(0), w) };
}
async function tx(a: Actor, typeUrl: string, value: object, gas = 400_000): Promise<DeliverTxResponse> {
  // An explicit gas limit: a refused message is then included and fails in the block, with its error code.
  return a.client.signAndBroadcast(a.address, [{ typeUrl, value }], fee(gas));
}
async function ok(a: Actor, typeUrl: string, value: object, gas?: number): Promise<DeliverTxResponse> {
  const r = await tx(a, typeUrl, value, gas);
  expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
  return r;
}
async function shares(addr: string, denom: string): Promise<bigint> {
  return BigInt((await conn.client.bank.balance(addr, denom)).amount);
}

beforeAll(async () => {
  ({ net, conn, devClient } = await startSuiteChain("rwa", { validators: 3, portOffset: PORT_OFFSET, votingPeriodS: VOTING_PERIOD_S }));
}, 300_000);

afterAll(() => stopSuiteChain({ net, conn, devClient }), 120_000);

describe("x/rwa on the localnet", () => {
  test("register → two attestations → tokenize (fee burned) → credentialed trade; non-compliant transfer and revoked trader refused", async () => {
    const operators = net.validators().map((v) => account(keys, v.operator));
    // The clinic, the regulator and the KYC desk sign amino-json (every rwa Msg they send is checked
    // against the chain's amino encoding); the others sign direct.
    const aminoSigner = () => Secp256k1HdWallet.generate(12, { prefix: "btt" });
    const [engineer, investor, stranger] = await Promise.all([actor(), actor(), actor()]);
    const [clinic, regulator, kycDesk] = await Promise.all([actor(await aminoSigner()), actor(await aminoSigner()), actor(await aminoSigner())]);
    const fund = await devClient.signAndBroadcast(
      dev.address,
      [...operators.map((o) => o.address), regulator.address, engineer.address, kycDesk.address, clinic.address, investor.address, stranger.address]
        .map((address) => ({
          typeUrl: "/cosmos.bank.v1beta1.MsgSend",
          value: { fromAddress: dev.address, toAddress: address, amount: [{ denom: BTT_DENOM, amount: (1000n * ONE_BTT).toString() }] },
        })),
      1.6,
    );
    expect(fund.code).toBe(0);

    // 1. Governance appoints the three verifiers in one proposal.
    const { gov, govAddress, minDeposit } = await govContext(conn.client);
    const K = rwa.AttestationKind;
    const appoint = (a: Actor, name: string, kind: number) => ({
      typeUrl: "/btt.rwa.v1.MsgAddVerifier",
      value: rwa.MsgAddVerifier.encode(rwa.MsgAddVerifier.fromPartial({ authority: govAddress, verifier: a.address, name, kinds: [kind], jurisdictions: [JURISDICTION] })).finish(),
    });
    const proposalId = await submitProposal(devClient, dev.address, minDeposit, "appoint rwa verifiers", [
      appoint(regulator, "Beijing Medical Products Administration", K.ATTESTATION_KIND_REGULATORY),
      appoint(engineer, "Imaging Equipment Test Lab", K.ATTESTATION_KIND_TECHNICAL),
      appoint(kycDesk, "Licensed KYC Desk", K.ATTESTATION_KIND_KYC),
    ]);
    await voteYesAll(net, [proposalId]);
    expect(await waitProposals(gov, [proposalId], (VOTING_PERIOD_S + 30) * 1000)).toEqual([ProposalStatus.PROPOSAL_STATUS_PASSED]);
    expect((await conn.client.btt.rwa.v1.verifiers({})).verifiers).toHaveLength(3);

    // 2. The clinic registers the asset (amino-json signing).
    const reg = await ok(clinic, "/btt.rwa.v1.MsgRegisterAsset", rwa.MsgRegisterAsset.fromPartial({
      owner: clinic.address, assetClass: rwa.AssetClass.ASSET_CLASS_EQUIPMENT, name: "CBCT scanner, Chaoyang clinic", jurisdiction: JURISDICTION,
      documentsSha256: sha256(new TextEncoder().encode("cbct document bundle")), documentsUri: "ipfs://bafy-cbct-bundle",
      appraisedValue: "250000000", currency: "CNY", shareCount: 1000n,
    }));
    const registered = requireEvent(reg.events, rwa.EventAssetRegistered);
    expect(registered).toMatchObject({ owner: clinic.address, shares: 1000n });
    const assetId = registered.assetId;
    // Tokenizing before verification is refused.
    const early = await tx(clinic, "/btt.rwa.v1.MsgTokenize", rwa.MsgTokenize.fromPartial({ owner: clinic.address, assetId }));
    expect(early.code).toBe(16); // ErrAssetNotVerified
    // The technical verifier may not give the regulatory approval.
    const wrongKind = await tx(engineer, "/btt.rwa.v1.MsgAttestAsset", rwa.MsgAttestAsset.fromPartial({
      verifier: engineer.address, assetId, kind: K.ATTESTATION_KIND_REGULATORY, decision: rwa.Decision.DECISION_APPROVE }));
    expect(wrongKind.code).toBe(6); // ErrNotAuthorizedKind

    // 3. Two attestations by different verifiers make it VERIFIED.
    await ok(regulator, "/btt.rwa.v1.MsgAttestAsset", rwa.MsgAttestAsset.fromPartial({
      verifier: regulator.address, assetId, kind: K.ATTESTATION_KIND_REGULATORY, decision: rwa.Decision.DECISION_APPROVE }));
    await ok(engineer, "/btt.rwa.v1.MsgAttestAsset", rwa.MsgAttestAsset.fromPartial({
      verifier: engineer.address, assetId, kind: K.ATTESTATION_KIND_TECHNICAL, decision: rwa.Decision.DECISION_APPROVE }));
    let asset = (await conn.client.btt.rwa.v1.asset({ id: assetId })).asset;
    expect(asset.status).toBe(rwa.AssetStatus.ASSET_STATUS_VERIFIED);
    expect(asset.attestations.map((a) => a.verifier).sort()).toEqual([regulator.address, engineer.address].sort());

    // 4. Tokenize: shares to the clinic, part of the fee burned.
    const params = (await conn.client.btt.rwa.v1.params({})).params;
    const burnedBefore = BigInt((await conn.client.btt.emissions.v1.supply({})).burned);
    const tok = await ok(clinic, "/btt.rwa.v1.MsgTokenize", rwa.MsgTokenize.fromPartial({ owner: clinic.address, assetId }));
    const denom = `rwa/${assetId}`;
    const tokenized = requireEvent(tok.events, rwa.EventAssetTokenized);
    expect(tokenized).toMatchObject({ assetId, denom, shares: 1000n, fee: params.tokenizeFee });
    const burned = BigInt(tokenized.burned);
    expect(burned + BigInt(tokenized.devFund)).toBe(BigInt(params.tokenizeFee));
    expect(burned).toBe((BigInt(params.tokenizeFee) * 5n) / 10n); // default burn fraction 0.5
    expect(BigInt((await conn.client.btt.emissions.v1.supply({})).burned) - burnedBefore).toBe(burned);
    expect(await shares(clinic.address, denom)).toBe(1000n);
    const again = await tx(clinic, "/btt.rwa.v1.MsgTokenize", rwa.MsgTokenize.fromPartial({ owner: clinic.address, assetId }));
    expect(again.code).toBe(17); // ErrAlreadyTokenized
    asset = (await conn.client.btt.rwa.v1.asset({ id: assetId })).asset;
    expect(asset.status).toBe(rwa.AssetStatus.ASSET_STATUS_TOKENIZED);

    // 5. KYC: the clinic and the investor are credentialed; the stranger is not.
    const expiresAt = BigInt(Math.floor(Date.now() / 1000) + 24 * 3600);
    for (const holder of [clinic, investor]) {
      await ok(kycDesk, "/btt.rwa.v1.MsgIssueCredential", rwa.MsgIssueCredential.fromPartial({
        issuer: kycDesk.address, holder: holder.address, jurisdiction: JURISDICTION, expiresAt }));
    }
    expect((await conn.client.btt.rwa.v1.credential({ holder: investor.address, jurisdiction: JURISDICTION })).credential.valid).toBe(true);

    // 6. The clinic offers 400 shares at 0.002 BTT; the investor buys 150 at up to 0.0025 BTT.
    const price = ONE_BTT / 500n;
    await ok(clinic, "/btt.rwa.v1.MsgPlaceOrder", rwa.MsgPlaceOrder.fromPartial({
      owner: clinic.address, assetId, side: rwa.Side.SIDE_SELL, price: price.toString(), quantity: 400n }));
    const noKyc = await tx(stranger, "/btt.rwa.v1.MsgPlaceOrder", rwa.MsgPlaceOrder.fromPartial({
      owner: stranger.address, assetId, side: rwa.Side.SIDE_BUY, price: price.toString(), quantity: 1n }));
    expect(noKyc.code).toBe(21); // ErrNoCredential
    const zero = await tx(investor, "/btt.rwa.v1.MsgPlaceOrder", rwa.MsgPlaceOrder.fromPartial({
      owner: investor.address, assetId, side: rwa.Side.SIDE_BUY, price: "0", quantity: 1n }));
    expect(zero.code).toBe(23); // ErrInvalidOrder
    const clinicBefore = BigInt((await conn.client.bank.balance(clinic.address, BTT_DENOM)).amount);
    const buy = await ok(investor, "/btt.rwa.v1.MsgPlaceOrder", rwa.MsgPlaceOrder.fromPartial({
      owner: investor.address, assetId, side: rwa.Side.SIDE_BUY, price: ((price * 5n) / 4n).toString(), quantity: 150n }), 600_000);
    const fills = findEvents(buy.events, rwa.EventOrderFill);
    expect(fills).toHaveLength(1);
    expect(fills[0]).toMatchObject({ assetId, buyer: investor.address, seller: clinic.address, quantity: 150n, price: price.toString(), side: rwa.Side.SIDE_BUY });
    expect(await shares(investor.address, denom)).toBe(150n);
    const notional = price * 150n;
    const tradeFee = (notional * 2n + 999n) / 1000n; // default trade fee rate 0.2 %, rounded up
    expect(BigInt((await conn.client.bank.balance(clinic.address, BTT_DENOM)).amount) - clinicBefore).toBe(notional - tradeFee);
    const trades = (await conn.client.btt.rwa.v1.trades({ assetId })).trades;
    expect(trades.map((t) => [t.buyer, t.seller, t.quantity, t.fee])).toEqual([[investor.address, clinic.address, 150n, tradeFee.toString()]]);
    const book = await conn.client.btt.rwa.v1.orderBook({ assetId, depth: 0 });
    expect(book.asks.map((l) => [l.price, l.quantity])).toEqual([[price.toString(), 250n]]);
    expect(book.bids).toEqual([]);

    // 7. Shares cannot go to an uncredentialed account.
    const send = await tx(investor, "/cosmos.bank.v1beta1.MsgSend", {
      fromAddress: investor.address, toAddress: stranger.address, amount: [{ denom, amount: "10" }] });
    expect(send.code).toBe(29); // ErrTransferNotCompliant
    expect(send.rawLog).toMatch(/credential/);
    expect(await shares(stranger.address, denom)).toBe(0n);
    await ok(investor, "/cosmos.bank.v1beta1.MsgSend", { fromAddress: investor.address, toAddress: clinic.address, amount: [{ denom, amount: "10" }] });

    // 8. Revocation blocks further trades.
    await ok(kycDesk, "/btt.rwa.v1.MsgRevokeCredential", rwa.MsgRevokeCredential.fromPartial({
      issuer: kycDesk.address, holder: investor.address, jurisdiction: JURISDICTION }));
    const revoked = await tx(investor, "/btt.rwa.v1.MsgPlaceOrder", rwa.MsgPlaceOrder.fromPartial({
      owner: investor.address, assetId, side: rwa.Side.SIDE_BUY, price: price.toString(), quantity: 10n }));
    expect(revoked.code).toBe(21); // ErrNoCredential
    const sendBack = await tx(investor, "/cosmos.bank.v1beta1.MsgSend", {
      fromAddress: investor.address, toAddress: clinic.address, amount: [{ denom, amount: "10" }] });
    expect(sendBack.code).toBe(29);
    expect(await shares(investor.address, denom)).toBe(140n);

    const supply = await conn.client.btt.emissions.v1.supply({});
    expect(supply.totalPlusBurned).toBe((210_000_000n * ONE_BTT).toString());
    for (const a of [regulator, engineer, kycDesk, clinic, investor, stranger]) a.client.disconnect();
  }, 240_000);
});
