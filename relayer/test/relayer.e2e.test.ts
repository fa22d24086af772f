// btt-relayer end to end on two real BTT localnets (2 validators each, ports offset 5000 and 5200: below the ephemeral port range, own
// home; everything started here is stopped by PID afterwards). Wallets use @btt/ts-client.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { QueryClient, createProtobufRpcClient, setupBankExtension, setupIbcExtension, type SigningStargateClient, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as TransferQuery } from "cosmjs-types/ibc/applications/transfer/v1/query";
import { stringify as toYaml } from "yaml";
import { BTT_DENOM, btt, connectBttQueryConnection, connectBttSigningClient, ibcDenom, ics20TransferMsg, receivedTrace, requireEvent, sendIcs20 } from "@btt/ts-client";
import { account, createLogger, fundFromDev, loadKeys, localnetGov, sleep, waitUntil } from "@btt/localnet";
import { IbcLocalnet } from "../src/ibc-localnet.js";
import type { LinkState } from "../src/link.js";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../src/cli.js", import.meta.url));
const ONE = 10n ** 18n;
const FEE: StdFee = { amount: [{ denom: BTT_DENOM, amount: String(600_000n * 1_000_000_000n) }], gas: "600000" };

const home = mkdtempSync(join(tmpdir(), "btt-relayer-e2e-"));
const net = new IbcLocalnet({ home, portOffsets: [5000, 5200], chainIds: ["btt-e2e-1", "btt-e2e-2"], unbondingTime: "600s", metricsPort: 7390, logger: createLogger("relayer-e2e") });
let link: LinkState;
const wallets: Record<string, { address: string; c1: SigningStargateClient; c2: SigningStargateClient }> = {};
let voucher: string;

async function user(name: string, fund1: bigint, fund2: bigint) {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
  const [{ address }] = await w.getAccounts();
  if (fund1) await fundFromDev(net.nets[0].rpc(0), [{ address, min: fund1, top: fund1 }]);
  if (fund2) await fundFromDev(net.nets[1].rpc(0), [{ address, min: fund2, top: fund2 }]);
  wallets[name] = { address, c1: await connectBttSigningClient(net.nets[0].rpc(0), w), c2: await connectBttSigningClient(net.nets[1].rpc(0), w) };
  return wallets[name];
}

async function transferQuery(rpc: string): Promise<TransferQuery> {
  return new TransferQuery(createProtobufRpcClient(new QueryClient(await Comet38Client.connect(rpc))));
}

const bal = async (c: SigningStargateClient, address: string, denom: string) => BigInt((await c.getBalance(address, denom)).amount);
async function supply(rpc: string, denom: string): Promise<bigint> {
  const comet = await Comet38Client.connect(rpc);
  try {
    return BigInt((await QueryClient.withExtensions(comet, setupBankExtension).bank.supplyOf(denom)).amount);
  } finally {
    comet.disconnect();
  }
}

const until = <T>(what: string, f: () => Promise<T | undefined | false>, timeoutMs = 90_000): Promise<T> => waitUntil(what, f, { timeoutMs });

/** Packets of channel-a still committed on chain 1 (sent and neither acked nor timed out). */
async function commitmentsOn1(): Promise<number> {
  const q = (await Comet38Client.connect(net.nets[0].rpc(0)));
  const qc = QueryClient.withExtensions(q, setupIbcExtension);
  const n = (await qc.ibc.channel.allPacketCommitments("transfer", link.a.channelId!)).commitments.length;
  q.disconnect();
  return n;
}

/** btt_relayer_packets_skipped_total over every reason, from the running relayer's /metrics. */
async function skippedTotal(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${net.metricsPort}/metrics`)).text();
  return [...text.matchAll(/^btt_relayer_packets_skipped_total\{[^}]*\} ([0-9.]+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
}

function relayerLog(): string {
  return readFileSync(join(home, "logs", "relayer.log"), "utf8");
}

beforeAll(async () => {
  net.writeConfig({ refreshFraction: 0.03, pollMs: 300 });
  link = await net.up();
  voucher = ibcDenom(receivedTrace(link.b.channelId!, BTT_DENOM));
  await user("alice", 1_000n * ONE, 0n);
  await user("bob", 0n, 10n * ONE);
  await user("carol", 0n, 0n);
}, 300_000);

afterAll(async () => {
  for (const w of Object.values(wallets)) {
    w.c1.disconnect();
    w.c2.disconnect();
  }
  await net.down();
  rmSync(home, { recursive: true, force: true });
}, 120_000);

describe("btt-relayer between two localnets", () => {
  test("link made clients, an open connection and an open ics20-1 channel on both chains", () => {
    expect(link.a.clientId).toMatch(/^07-tendermint-/);
    expect(link.b.clientId).toMatch(/^07-tendermint-/);
    expect(link.a.channelId).toMatch(/^channel-/);
    expect(link.b.channelId).toMatch(/^channel-/);
  });

  test("BTT goes to chain 2 as the ibc/ voucher with its denom trace and comes back; escrow and supplies add up exactly", async () => {
    const { alice, bob, carol } = wallets;
    const t1 = await transferQuery(net.nets[0].rpc(0));
    const t2 = await transferQuery(net.nets[1].rpc(0));
    const supply1 = await supply(net.nets[0].rpc(0), BTT_DENOM);
    const escrowBefore = BigInt((await t1.TotalEscrowForDenom({ denom: BTT_DENOM })).amount.amount);
    await sendIcs20(alice.c1, { sender: alice.address, receiver: bob.address, token: { denom: BTT_DENOM, amount: String(5n * ONE) }, sourceChannel: link.a.channelId!, memo: "e2e out" }, FEE);
    await until("the voucher on chain 2", async () => (await bal(bob.c2, bob.address, voucher)) === 5n * ONE);
    const trace = await t2.Denom({ hash: voucher.slice(4) });
    expect(trace.denom?.base).toBe(BTT_DENOM);
    expect(trace.denom?.trace).toEqual([{ portId: "transfer", channelId: link.b.channelId }]);
    expect(await supply(net.nets[1].rpc(0), voucher)).toBe(5n * ONE);
    expect(BigInt((await t1.TotalEscrowForDenom({ denom: BTT_DENOM })).amount.amount)).toBe(escrowBefore + 5n * ONE);

    await sendIcs20(bob.c2, { sender: bob.address, receiver: carol.address, token: { denom: voucher, amount: String(2n * ONE) }, sourceChannel: link.b.channelId! }, FEE);
    await until("BTT back on chain 1", async () => (await bal(carol.c1, carol.address, BTT_DENOM)) === 2n * ONE);
    expect(await supply(net.nets[1].rpc(0), voucher)).toBe(3n * ONE);
    expect(BigInt((await t1.TotalEscrowForDenom({ denom: BTT_DENOM })).amount.amount)).toBe(escrowBefore + 3n * ONE);
    // Escrowed, not minted or burned: chain 1's BTT supply moved only by fees burned elsewhere (none here).
    expect(await supply(net.nets[0].rpc(0), BTT_DENOM)).toBe(supply1);
    await until("acks back on both chains", async () => (await commitmentsOn1()) === 0);
  });

  test("a transfer that times out is refunded exactly on chain 1", async () => {
    const { alice, bob } = wallets;
    await net.stopRelayer();
    expect(relayerLog()).toMatch(/"msg":"stopped"/);
    const before = await bal(alice.c1, alice.address, BTT_DENOM);
    const voucherBefore = await bal(bob.c2, bob.address, voucher);
    await sendIcs20(alice.c1, { sender: alice.address, receiver: bob.address, token: { denom: BTT_DENOM, amount: String(7n * ONE) }, sourceChannel: link.a.channelId!, timeoutSeconds: 4 }, FEE);
    expect(await bal(alice.c1, alice.address, BTT_DENOM)).toBe(before - 7n * ONE - BigInt(FEE.amount[0].amount));
    await sleep(8_000);
    await net.startRelayer();
    await until("the refund", async () => (await bal(alice.c1, alice.address, BTT_DENOM)) === before - BigInt(FEE.amount[0].amount));
    expect(await bal(bob.c2, bob.address, voucher)).toBe(voucherBefore);
    expect(await commitmentsOn1()).toBe(0);
    // The refund is on chain before the relayer logs the tx that made it.
    await until("the relayer's timeout log line", async () => /"kind":"timeout"/.test(relayerLog()), 30_000);
  });

  test("SIGKILLed with packets in flight and restarted, it relays each packet exactly once", async () => {
    const { alice, bob } = wallets;
    const before = await bal(bob.c2, bob.address, voucher);
    const logStart = relayerLog().length;
    const msgs = Array.from({ length: 30 }, () => ics20TransferMsg({ sender: alice.address, receiver: bob.address, token: { denom: BTT_DENOM, amount: String(ONE) }, sourceChannel: link.a.channelId! }));
    // Small batches, so that some are relayed and some not when the kill comes.
    net.writeConfig({ refreshFraction: 0.03, pollMs: 300, chains: net.config().chains.map((c) => ({ name: c.name, chainId: c.chainId, rpc: c.rpc, gasPrice: c.gasPrice, key: { mnemonicFile: "mnemonic" }, maxMsgsPerTx: 4 })) });
    await net.stopRelayer();
    await net.startRelayer();
    const res = await alice.c1.signAndBroadcast(alice.address, msgs, 2);
    expect(res.code).toBe(0);
    await until("a first part relayed", async () => (await bal(bob.c2, bob.address, voucher)) > before, 60_000);
    await net.procs.kill("relayer");
    const partial = await bal(bob.c2, bob.address, voucher);
    await net.startRelayer();
    await until("all 30 received and acked", async () => (await bal(bob.c2, bob.address, voucher)) === before + 30n * ONE && (await commitmentsOn1()) === 0);
    await sleep(3_000);
    expect(await bal(bob.c2, bob.address, voucher)).toBe(before + 30n * ONE);
    const log = relayerLog().slice(logStart);
    expect(log).toMatch(/recovered pending work from the chains/);
    // What the first process relayed before the kill was not sent again by the second.
    const recvAfterRestart = log.slice(log.lastIndexOf("recovered pending work")).split("\n")
      .filter((l) => l.includes('"kind":"recv"') && l.includes('"msg":"relayed"') && l.includes("chain1->chain2"))
      .reduce((n, l) => n + Number(/"packets":([0-9]+)/.exec(l)![1]), 0);
    expect(BigInt(recvAfterRestart) * ONE).toBeLessThanOrEqual(before + 30n * ONE - partial);
    expect(log).not.toMatch(/giving up on this packet/);
  });

  test("with chain 2 stopped for a while, relaying resumes when it is back", async () => {
    const { alice, bob } = wallets;
    const before = await bal(bob.c2, bob.address, voucher);
    await net.nets[1].stop();
    await sendIcs20(alice.c1, { sender: alice.address, receiver: bob.address, token: { denom: BTT_DENOM, amount: String(3n * ONE) }, sourceChannel: link.a.channelId! }, FEE);
    await sleep(6_000);
    expect(net.procs.running("relayer")).toBeDefined();
    await net.nets[1].start();
    await until("the transfer after the restart", async () => (await bal(bob.c2, bob.address, voucher)) === before + 3n * ONE, 120_000);
    await until("its ack", async () => (await commitmentsOn1()) === 0);
  });

  test("x/rwa shares are refused at the ICS-20 escrow with a clear error, and a packet the destination refuses is acked once and refunded: the relayer does not loop", async () => {
    const { alice } = wallets;
    const conn = await connectBttQueryConnection(net.nets[0].rpc(0));
    const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(account(loadKeys(), "dev").mnemonic, { prefix: "btt" });
    const devClient = await connectBttSigningClient(net.nets[0].rpc(0), devWallet);
    // One after the other: each is funded from the dev key.
    const clinic = await user("clinic", 500n * ONE, 0n);
    const regulator = await user("regulator", 500n * ONE, 0n);
    const engineer = await user("engineer", 500n * ONE, 0n);
    const kycDesk = await user("kyc", 500n * ONE, 0n);
    const rwa = btt.rwa.v1;
    const K = rwa.AttestationKind;
    const ok = async (who: { address: string; c1: SigningStargateClient }, typeUrl: string, value: object) => {
      const r = await who.c1.signAndBroadcast(who.address, [{ typeUrl, value }], FEE);
      expect({ code: r.code, log: r.rawLog ?? "" }).toEqual({ code: 0, log: expect.any(String) });
      return r;
    };
    try {
      // Governance appoints the verifiers (the operators' allocations are still vesting: they get liquid BTT for the
      // vote fee); the clinic registers, gets both approvals, tokenizes and is credentialed.
      const operators = net.nets[0].validators().map((v) => account(loadKeys(), v.operator).address);
      const dev = account(loadKeys(), "dev").address;
      const funded = await devClient.signAndBroadcast(dev, operators.map((toAddress) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: dev, toAddress, amount: [{ denom: BTT_DENOM, amount: String(10n * ONE) }] } })), 1.6);
      expect(funded.code).toBe(0);
      const gov = await localnetGov(conn);
      const appoint = (address: string, name: string, kind: number) => ({
        typeUrl: "/btt.rwa.v1.MsgAddVerifier",
        value: rwa.MsgAddVerifier.encode(rwa.MsgAddVerifier.fromPartial({ authority: gov.govAddress, verifier: address, name, kinds: [kind], jurisdictions: ["CN-BJ"] })).finish(),
      });
      await gov.pass(net.nets[0], devClient, [appoint(regulator.address, "regulator", K.ATTESTATION_KIND_REGULATORY), appoint(engineer.address, "lab", K.ATTESTATION_KIND_TECHNICAL), appoint(kycDesk.address, "kyc", K.ATTESTATION_KIND_KYC)], "appoint rwa verifiers", createLogger("relayer-e2e-gov"));
      const reg = await ok(clinic, "/btt.rwa.v1.MsgRegisterAsset", rwa.MsgRegisterAsset.fromPartial({
        owner: clinic.address, assetClass: rwa.AssetClass.ASSET_CLASS_EQUIPMENT, name: "CBCT scanner", jurisdiction: "CN-BJ",
        documentsSha256: new Uint8Array(32).fill(7), documentsUri: "ipfs://cbct", appraisedValue: "1000", currency: "CNY", shareCount: 100n,
      }));
      const assetId = requireEvent(reg.events, rwa.EventAssetRegistered).assetId;
      await ok(regulator, "/btt.rwa.v1.MsgAttestAsset", rwa.MsgAttestAsset.fromPartial({ verifier: regulator.address, assetId, kind: K.ATTESTATION_KIND_REGULATORY, decision: rwa.Decision.DECISION_APPROVE }));
      await ok(engineer, "/btt.rwa.v1.MsgAttestAsset", rwa.MsgAttestAsset.fromPartial({ verifier: engineer.address, assetId, kind: K.ATTESTATION_KIND_TECHNICAL, decision: rwa.Decision.DECISION_APPROVE }));
      await ok(clinic, "/btt.rwa.v1.MsgTokenize", rwa.MsgTokenize.fromPartial({ owner: clinic.address, assetId }));
      await ok(kycDesk, "/btt.rwa.v1.MsgIssueCredential", rwa.MsgIssueCredential.fromPartial({ issuer: kycDesk.address, holder: clinic.address, jurisdiction: "CN-BJ", expiresAt: BigInt(Math.floor(Date.now() / 1000) + 3600) }));
      const shares = `rwa/${assetId}`;
      expect(await bal(clinic.c1, clinic.address, shares)).toBe(100n);

      const skippedBefore = await skippedTotal();
      const commitmentsBefore = await commitmentsOn1();
      // 1. Shares cannot leave through the escrow: the sender's own tx fails, no packet exists, nothing moved.
      const out = await clinic.c1.signAndBroadcast(clinic.address, [ics20TransferMsg({ sender: clinic.address, receiver: clinic.address, token: { denom: shares, amount: "10" }, sourceChannel: link.a.channelId! })], FEE);
      expect(out.code).not.toBe(0);
      expect(out.rawLog).toMatch(/credential|rwa/i);
      expect(out.events.filter((e) => e.type === "send_packet")).toHaveLength(0);
      expect(await bal(clinic.c1, clinic.address, shares)).toBe(100n);
      expect(await commitmentsOn1()).toBe(commitmentsBefore);

      // 2. A packet chain 2 refuses (a receiver that is no address): an error ack comes back once and the sender is refunded exactly.
      const before = await bal(alice.c1, alice.address, BTT_DENOM);
      const bad = await alice.c1.signAndBroadcast(alice.address, [ics20TransferMsg({ sender: alice.address, receiver: "not-a-bech32-address", token: { denom: BTT_DENOM, amount: String(4n * ONE) }, sourceChannel: link.a.channelId! })], FEE);
      expect(bad.code).toBe(0);
      expect(await bal(alice.c1, alice.address, BTT_DENOM)).toBe(before - 4n * ONE - BigInt(FEE.amount[0].amount));
      await until("the refund after the error ack", async () => (await bal(alice.c1, alice.address, BTT_DENOM)) === before - BigInt(FEE.amount[0].amount));
      expect(await commitmentsOn1()).toBe(commitmentsBefore);
      // Relayed once, never retried as a failure.
      await sleep(3_000);
      expect(await skippedTotal()).toBe(skippedBefore);
      expect(relayerLog()).not.toMatch(/giving up on this packet/);
    } finally {
      devClient.disconnect();
      conn.disconnect();
    }
  });

  test("two relayers on one path: each packet is received once, the loser skips without error", async () => {
    const { alice, bob } = wallets;
    const second = join(home, "relayer2");
    const w = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
    const [{ address }] = await w.getAccounts();
    for (const n of net.nets) await fundFromDev(n.rpc(0), [{ address, min: 100n * ONE, top: 100n * ONE }]);
    const cfg = net.config();
    writeFileSync(join(home, "relayer2.mnemonic"), w.mnemonic);
    writeFileSync(join(home, "relayer2.yaml"), toYaml({
      stateDir: second, metrics: { host: "127.0.0.1", port: 7391 },
      chains: cfg.chains.map((c) => ({ name: c.name, chainId: c.chainId, rpc: c.rpc, gasPrice: c.gasPrice, key: { mnemonicFile: join(home, "relayer2.mnemonic") } })),
      paths: cfg.paths,
    }));
    // the second relayer reuses the link
    mkdirSync(second, { recursive: true });
    writeFileSync(join(second, "chain1-chain2.link.json"), readFileSync(join(net.relayerDir, "state", "chain1-chain2.link.json")));
    net.procs.start("relayer2", [CLI, "start", "--config", join(home, "relayer2.yaml")], join(home, "logs", "relayer2.log"));
    try {
      await until("relayer 2 up", async () => (await fetch("http://127.0.0.1:7391/health")).ok);
      const before = await bal(bob.c2, bob.address, voucher);
      const msgs = Array.from({ length: 10 }, () => ics20TransferMsg({ sender: alice.address, receiver: bob.address, token: { denom: BTT_DENOM, amount: String(ONE) }, sourceChannel: link.a.channelId! }));
      expect((await alice.c1.signAndBroadcast(alice.address, msgs, 2)).code).toBe(0);
      await until("10 received and acked", async () => (await bal(bob.c2, bob.address, voucher)) === before + 10n * ONE && (await commitmentsOn1()) === 0);
      await sleep(3_000);
      expect(await bal(bob.c2, bob.address, voucher)).toBe(before + 10n * ONE);
      expect(net.procs.running("relayer")).toBeDefined();
      expect(net.procs.running("relayer2")).toBeDefined();
      const log2 = readFileSync(join(home, "logs", "relayer2.log"), "utf8");
      expect(log2).not.toMatch(/"level":50/);
    } finally {
      await net.procs.stop("relayer2");
    }
  });

  test("the clients are refreshed before their trusting period runs out, and /metrics shows the work", async () => {
    const c1 = await Comet38Client.connect(net.nets[0].rpc(0));
      const q1 = QueryClient.withExtensions(c1, setupIbcExtension);
    const h0 = (await q1.ibc.client.stateTm(link.a.clientId!)).latestHeight.revisionHeight;
    // trusting period 400 s × refreshFraction 0.03 = 12 s without packets
    await until("a refresh", async () => (await q1.ibc.client.stateTm(link.a.clientId!)).latestHeight.revisionHeight > h0 && relayerLog().includes("client refreshed"), 60_000);
    c1.disconnect();
    const metrics = await (await fetch(`http://127.0.0.1:${net.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/btt_relayer_packets_relayed_total\{path="chain1-chain2",direction="chain1->chain2",kind="recv"\} [1-9]/);
    expect(metrics).toMatch(/btt_relayer_client_age_seconds\{chain="btt-e2e-1",client="07-tendermint-[0-9]+"\} [0-9.]+/);
    expect(metrics).toMatch(/btt_relayer_fees_spent\{chain="btt-e2e-2"\} [1-9]/);
    expect(metrics).toMatch(/btt_relayer_low_balance\{chain="btt-e2e-1"\} 0/);
  });

  test("a wrong chain id or an unfunded key is a clear error at start", async () => {
    const cfg = net.config();
    const chainsYaml = (over: (c: (typeof cfg.chains)[number]) => Record<string, unknown>) => toYaml({
      stateDir: join(home, "bad-state"), chains: cfg.chains.map((c) => ({ name: c.name, chainId: c.chainId, rpc: c.rpc, gasPrice: c.gasPrice, key: { mnemonicFile: net.mnemonicPath }, ...over(c) })), paths: cfg.paths,
    });
    const bad = join(home, "bad.yaml");
    writeFileSync(bad, chainsYaml((c) => (c.name === "chain2" ? { chainId: "btt-e2e-9" } : {})));
    const r1 = await run(process.execPath, [CLI, "start", "--config", bad]).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(r1?.code).toBe(1);
    expect(r1?.stderr).toMatch(/runs chain id btt-e2e-2, the config says btt-e2e-9/);

    const empty = await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" });
    writeFileSync(join(home, "empty.mnemonic"), empty.mnemonic);
    writeFileSync(bad, chainsYaml(() => ({ key: { mnemonicFile: join(home, "empty.mnemonic") } })));
    const r2 = await run(process.execPath, [CLI, "start", "--config", bad]).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(r2?.code).toBe(1);
    expect(r2?.stderr).toMatch(/has no abtt to pay fees: fund it first/);

    const { stdout } = await run(process.execPath, [CLI, "balance", "--config", net.configPath]);
    expect(stdout).toMatch(/chain1\tbtt-e2e-1\tbtt1[0-9a-z]+\t[0-9]+abtt/);
    const keys = await run(process.execPath, [CLI, "keys", "--config", net.configPath]);
    expect(keys.stdout.split("\n").filter(Boolean)).toHaveLength(2);
  });

  test("link again is a no-op that returns the same ids", async () => {
    const { stdout } = await run(process.execPath, [CLI, "link", "--config", net.configPath]);
    expect(stdout).toContain(`${link.a.clientId} ${link.a.connectionId} ${link.a.channelId}`);
    expect(stdout).toContain(`${link.b.clientId} ${link.b.connectionId} ${link.b.channelId}`);
  });
});
