// The Polkadot bridge end to end: a 4-validator BTT localnet (port offset 6400, a checkpoint every 10 blocks), a local
// Westend run by Chopsticks (port 9980, a block every 2 s) and 4 `btt-relayer polkadot orchestrator` processes
// (metrics on 9981..9984) that register their validators' Polkadot keys, all started here by PolkadotLocalnet (what
// `make polkadot-localnet` runs) and stopped by PID afterwards. A Polkadot user signs with @polkadot/api, a BTT user
// with @btt/ts-client. WND → bridge/dot/wnd → WND with exact amounts and fees; at every settled step the custody's
// free WND on Westend == x/bridge's custody record == bridge/dot/wnd supply + pending withdrawals (the custody pays no
// fee: the approving orchestrators do); one orchestrator down during the withdrawal, and its restart resuming from
// its last attested nonce; deposits without a valid btt1 receiver held on BTT, one refunded in WND by governance
// (MsgRefundUnclaimablePolkadotDeposit, paid by the custody multisig) and one released to a BTT account
// (MsgReleaseUnclaimablePolkadotDeposit) in the same proposal, a forged claim and a withdrawal to an
// invalid SS58 address refused; a checkpoint anchored by the custody and verified against BTT.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { connectBttQueryConnection, connectBttSigningClient, type BttQueryClient } from "@btt/ts-client";
import { MessageComposer } from "@btt/ts-client/generated/btt/bridge/v1/tx.registry";
import { PolkadotWithdrawalStatus } from "@btt/ts-client/generated/btt/bridge/v1/polkadot";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { account, createLogger, loadKeys, localnetGov, waitUntil } from "@btt/localnet";
import { accountHex, connectPolkadot, ss58, submit } from "../src/polkadot/api.js";
import { DEPOSIT_REMARK_PREFIX, PolkadotWatcher, callHashOf } from "../src/polkadot/watcher.js";
import { withdrawalCall } from "../src/polkadot/calls.js";
import { pendingMultisig } from "../src/polkadot/multisig.js";
import { readCheckpoints, verifyCheckpoints, type AnchoredCheckpoint } from "../src/polkadot/checkpoint.js";
import { POLKADOT_VOUCHER_DENOM } from "../src/polkadot/btt.js";
import { PolkadotLocalnet, WND, localnetOrchestratorKey, type PolkadotLocalnetInfo } from "../src/polkadot/localnet.js";
import type { PolkadotCustody } from "../src/polkadot/types.js";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../src/cli.js", import.meta.url));
const log = createLogger("polkadot-e2e");
const home = mkdtempSync(join(tmpdir(), "btt-polkadot-e2e-"));
const net = new PolkadotLocalnet({ home, portOffset: 6400, chopsticksPort: 9980, metricsPort: 9981, chainId: "btt-polkadot-e2e-1", blockTimeMs: 2000, checkpointBlocks: 10, pollMs: 1000, logger: log });

let info: PolkadotLocalnetInfo;
let api: ApiPromise;
let custody: PolkadotCustody;
let bttUser: { address: string; client: SigningStargateClient };
const dotUser = new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri("//BttE2EUser");

const until = <T>(what: string, f: () => Promise<T | undefined | false>, timeoutMs = 240_000): Promise<T> =>
  waitUntil(what, f, { timeoutMs, intervalMs: 1000, hint: `logs in ${home}/logs` });

const q = <T>(f: (c: BttQueryClient) => Promise<T>) => net.query(f);
const free = async (addr: string) => BigInt(((await api.query.system.account(ss58(addr))) as unknown as { data: { free: { toString(): string } } }).data.free.toString());
const vouchers = async (addr: string) => BigInt((await bttUser.client.getBalance(addr, POLKADOT_VOUCHER_DENOM)).amount);

/**
 * The custody invariant, at a settled step (no withdrawal between its execution on Westend and its claim on BTT):
 * Westend's custody balance == x/bridge's record == vouchers + pending withdrawals + unclaimable deposits.
 */
async function settled(): Promise<{ custodyFree: bigint; supply: bigint; pending: bigint }> {
  const state = await q((c) => c.btt.bridge.v1.polkadotBridgeState());
  const custodyFree = await free(custody.account);
  const record = BigInt((await q((c) => c.btt.bridge.v1.polkadotCustody({ id: custody.id }))).custody.balance);
  const supply = BigInt((await q((c) => c.bank.supplyOf(POLKADOT_VOUCHER_DENOM))).amount);
  const pending = BigInt(state.pendingWithdrawals);
  expect(record).toBe(custodyFree);
  expect(custodyFree).toBe(supply + pending + BigInt(state.unclaimable));
  expect(state.state.totals.overdrawn).toBe("0");
  return { custodyFree, supply, pending };
}

beforeAll(async () => {
  info = await net.up();
  api = await connectPolkadot(info.polkadotWs);
  const c = (await q((x) => x.btt.bridge.v1.polkadotCustody({ id: 0n }))).custody;
  custody = { id: c.id, account: c.account, signatories: c.members, threshold: c.threshold };
  const u = await net.newBttUser(100n * 10n ** 18n);
  bttUser = { address: u.address, client: await connectBttSigningClient(net.net.rpc(1), u.wallet) };
  await net.fundPolkadot([dotUser.address], 100n * WND);
}, 900_000);

afterAll(async () => {
  bttUser?.client.disconnect();
  await api?.disconnect();
  await net.down();
  // POLKADOT_E2E_KEEP=1 keeps the state folder (configs and every service's log) for a post-mortem.
  if (process.env.POLKADOT_E2E_KEEP !== "1") rmSync(home, { recursive: true, force: true });
}, 120_000);

describe("Polkadot bridge on a 4-validator localnet and Chopsticks (Westend)", () => {
  test("every validator registered its Polkadot key; the custody is their multisig, threshold 3 of 4", async () => {
    const { orchestrators } = await q((c) => c.btt.bridge.v1.polkadotOrchestrators());
    expect(orchestrators).toHaveLength(4);
    const keys = [0, 1, 2, 3].map((i) => localnetOrchestratorKey(i).address);
    expect(orchestrators.map((o) => ss58(o.polkadotAccount)).sort()).toEqual([...keys].sort());
    expect(info.threshold).toBe(3);
    expect(ss58(custody.account)).toBe(info.custody);
    expect(await settled()).toEqual({ custodyFree: 0n, supply: 0n, pending: 0n });
  });

  test("WND → bridge/dot/wnd → WND with one orchestrator down during the withdrawal; exact amounts and fees", async () => {
    // Deposit 10 WND: batchAll(transferKeepAlive to the custody, remarkWithEvent("btt:<receiver>")).
    const before = await free(dotUser.address);
    const dep = await (await submit(api, api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(info.custody, 10n * WND), api.tx.system.remarkWithEvent(DEPOSIT_REMARK_PREFIX + bttUser.address)]), dotUser)).outcome;
    expect(dep.success).toBe(true);
    expect(dep.fee).toBeGreaterThan(0n);
    expect(await free(dotUser.address)).toBe(before - 10n * WND - dep.fee);
    await until("the vouchers on BTT", async () => (await vouchers(bttUser.address)) === 10n * WND);
    expect(await settled()).toEqual({ custodyFree: 10n * WND, supply: 10n * WND, pending: 0n });

    // Orchestrator 3 down; the other three (threshold 3, 75% of the power) pay 4 WND back and attest it.
    expect(await net.stopService("orchestrator3")).toBe(1);
    const nonceBefore = (await q((c) => c.btt.bridge.v1.polkadotLastEventNonce({ address: info.orchestrators[3]!.validator }))).eventNonce;
    const onPolkadot = await free(dotUser.address);
    // The withdrawal fee (params.polkadot.min_withdrawal_fee) is paid on top, to the fee collector: not burned.
    const fee = BigInt((await q((c) => c.btt.bridge.v1.params())).params.polkadot.minWithdrawalFee || "0");
    const msg = MessageComposer.withTypeUrl.sendToPolkadot({ sender: bttUser.address, destination: dotUser.address, amount: { denom: POLKADOT_VOUCHER_DENOM, amount: (4n * WND).toString() }, fee: { denom: POLKADOT_VOUCHER_DENOM, amount: fee.toString() } });
    const r = await bttUser.client.signAndBroadcast(bttUser.address, [msg], 1.8);
    expect(r.code).toBe(0);
    expect(await vouchers(bttUser.address)).toBe(6n * WND - fee);
    const { withdrawals } = await q((c) => c.btt.bridge.v1.polkadotPendingWithdrawals());
    expect(withdrawals).toHaveLength(1);
    const id = withdrawals[0]!.id;
    expect(BigInt(withdrawals[0]!.amount)).toBe(4n * WND);
    const w = await until("the withdrawal executed on Westend and claimed on BTT", async () => {
      const x = (await q((c) => c.btt.bridge.v1.polkadotWithdrawal({ id }))).withdrawal;
      return x.status === PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED ? x : undefined;
    }, 360_000);
    expect(w.amount).toBe((4n * WND).toString());
    expect(await free(dotUser.address)).toBe(onPolkadot + 4n * WND);
    expect(await settled()).toEqual({ custodyFree: 6n * WND, supply: 6n * WND, pending: 0n });
    // The down validator attested nothing meanwhile; restarted, it resumes from its last attested nonce and catches up.
    expect((await q((c) => c.btt.bridge.v1.polkadotLastEventNonce({ address: info.orchestrators[3]!.validator }))).eventNonce).toBe(nonceBefore);
    await net.startOrchestrator(3);
    const observed = (await q((c) => c.btt.bridge.v1.polkadotLastEventNonce({ address: info.orchestrators[3]!.validator }))).lastObservedEventNonce;
    await until("the restarted orchestrator to attest up to the last observed claim", async () => (await q((c) => c.btt.bridge.v1.polkadotLastEventNonce({ address: info.orchestrators[3]!.validator }))).eventNonce >= observed);
    // Nothing is left open in the custody for the withdrawal (its opener's deposit went back at execution).
    const call = withdrawalCall(api, { id, destination: accountHex(dotUser.address), amount: 4n * WND, custodyId: custody.id, timeoutHeight: w.timeoutHeight });
    expect(await pendingMultisig(api, custody, callHashOf(call))).toBeUndefined();
  }, 900_000);

  test("faults: deposits without a valid btt1 receiver are held on BTT (no vouchers, counted by the invariant), one refunded in WND and one released to a BTT account by governance; a forged claim and a withdrawal to an invalid SS58 address are refused and change nothing", async () => {
    const before = await settled();
    const userVouchers = await vouchers(bttUser.address);
    // Two deposits whose remarks name no BTT account: claimed like any other, held as unclaimable by x/bridge until
    // governance pays one back to its sender and releases the other's vouchers to a BTT account (below).
    const holdDeposit = async (amount: bigint, remark: string) => {
      const dep = await (await submit(api, api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(info.custody, amount), api.tx.system.remarkWithEvent(`${DEPOSIT_REMARK_PREFIX}${remark}`)]), dotUser)).outcome;
      expect(dep.success).toBe(true);
      const d = await until("the deposit held as unclaimable on BTT", async () =>
        (await q((c) => c.btt.bridge.v1.polkadotUnclaimableDeposits())).deposits.find((x) => x.deposit.blockNumber === BigInt(dep.blockNumber) && x.deposit.extrinsicIndex === dep.extrinsicIndex),
      );
      expect(d.deposit).toMatchObject({ custodyId: custody.id, sender: accountHex(dotUser.address), amount: amount.toString() });
      return d;
    };
    const held = await holdDeposit(3n * WND, "not-a-btt-address");
    const heldForRelease = await holdDeposit(2n * WND, "btt1-typo");
    expect((await q((c) => c.btt.bridge.v1.polkadotBridgeState())).unclaimable).toBe((5n * WND).toString());
    expect(await settled()).toEqual({ custodyFree: before.custodyFree + 5n * WND, supply: before.supply, pending: 0n });
    expect(await vouchers(bttUser.address)).toBe(userVouchers);

    /** The error text of a refused transaction ("" if it went through). */
    const refusal = async (msg: Parameters<SigningStargateClient["signAndBroadcast"]>[1][number]): Promise<string> => {
      try {
        const r = await bttUser.client.signAndBroadcast(bttUser.address, [msg], 1.8);
        return r.code === 0 ? "" : (r.rawLog ?? `code ${r.code}`);
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    };
    // A forged claim: a BTT account that is no orchestrator claims a deposit of 1000 WND to itself.
    const { lastObservedEventNonce } = await q((c) => c.btt.bridge.v1.polkadotLastEventNonce({ address: info.orchestrators[0]!.validator }));
    const forged = MessageComposer.withTypeUrl.polkadotDepositClaim({ orchestrator: bttUser.address, eventNonce: lastObservedEventNonce + 1n, blockNumber: held.deposit.blockNumber, extrinsicIndex: held.deposit.extrinsicIndex, custodyId: custody.id, sender: accountHex(dotUser.address), amount: (1000n * WND).toString(), bttReceiver: bttUser.address });
    expect(await refusal(forged)).toMatch(/not a registered orchestrator/);
    // A withdrawal to an invalid SS58 address (one character changed: bad checksum), and to a BTT address.
    const bad = dotUser.address.slice(0, -1) + (dotUser.address.endsWith("a") ? "b" : "a");
    for (const destination of [bad, bttUser.address]) {
      const send = MessageComposer.withTypeUrl.sendToPolkadot({ sender: bttUser.address, destination, amount: { denom: POLKADOT_VOUCHER_DENOM, amount: WND.toString() }, fee: { denom: POLKADOT_VOUCHER_DENOM, amount: WND.toString() } });
      expect(await refusal(send)).toMatch(/invalid Polkadot address/);
    }
    expect(await vouchers(bttUser.address)).toBe(userVouchers);
    expect((await q((c) => c.btt.bridge.v1.polkadotPendingWithdrawals())).withdrawals).toEqual([]);
    expect((await q((c) => c.btt.bridge.v1.polkadotLastEventNonce({ address: info.orchestrators[0]!.validator }))).lastObservedEventNonce).toBe(lastObservedEventNonce);
    expect(await settled()).toEqual({ custodyFree: before.custodyFree + 5n * WND, supply: before.supply, pending: 0n });

    // One proposal: governance refunds the first held deposit (a REFUND withdrawal that the custody multisig pays back
    // to the sender on Westend like any withdrawal; the deposit stays unclaimable until the executed claim, then
    // leaves the books) and releases the second one's vouchers to the BTT account its sender meant.
    const senderBefore = await free(dotUser.address);
    const conn = await connectBttQueryConnection(net.net.rpc(0));
    const dev = account(loadKeys(), "dev");
    const devClient = await connectBttSigningClient(net.net.rpc(0), await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: "btt" }));
    try {
      const gov = await localnetGov(conn);
      const refund = MessageComposer.encoded.refundUnclaimablePolkadotDeposit({ authority: gov.govAddress, eventNonce: held.eventNonce });
      const release = MessageComposer.encoded.releaseUnclaimablePolkadotDeposit({ authority: gov.govAddress, eventNonce: heldForRelease.eventNonce, receiver: bttUser.address });
      await gov.pass(net.net, devClient, [refund, release], "refund one unclaimable Polkadot deposit, release another", log);
    } finally {
      devClient.disconnect();
      conn.disconnect();
    }
    // The release is done at once: 2 WND of vouchers minted to the receiver, the deposit off the books. (bttUser's
    // client reads validator 1, which may be a block behind validator 0, where the proposal was seen passed.)
    await until("the released vouchers at the BTT receiver", async () => (await vouchers(bttUser.address)) === userVouchers + 2n * WND, 30_000);
    const { deposits } = await q((c) => c.btt.bridge.v1.polkadotUnclaimableDeposits());
    expect(deposits.map((d) => d.eventNonce)).toEqual([held.eventNonce]);
    const refundId = deposits.find((d) => d.eventNonce === held.eventNonce)?.refundWithdrawalId;
    const paid = await until("the refund executed on Westend and claimed on BTT", async () => {
      if (!refundId) return undefined;
      const x = (await q((c) => c.btt.bridge.v1.polkadotWithdrawal({ id: refundId }))).withdrawal;
      return x.status === PolkadotWithdrawalStatus.POLKADOT_WITHDRAWAL_STATUS_EXECUTED ? x : undefined;
    }, 360_000);
    expect(paid).toMatchObject({ destinationAccount: accountHex(dotUser.address), amount: (3n * WND).toString(), refundEventNonce: held.eventNonce });
    expect(await free(dotUser.address)).toBe(senderBefore + 3n * WND);
    expect((await q((c) => c.btt.bridge.v1.polkadotUnclaimableDeposits())).deposits).toEqual([]);
    expect(await settled()).toEqual({ custodyFree: before.custodyFree + 2n * WND, supply: before.supply + 2n * WND, pending: 0n });
  }, 900_000);

  test("a checkpoint anchored on Westend by the custody is verified against BTT (btt-relayer polkadot verify)", async () => {
    const watcher = new PolkadotWatcher(api, [custody]);
    let anchored: AnchoredCheckpoint[] = [];
    let from = 1;
    await until("a checkpoint anchored by the custody", async () => {
      const head = await watcher.finalizedHead();
      anchored = [...anchored, ...(await readCheckpoints(watcher, from, head))];
      from = head + 1;
      return anchored.length > 0;
    }, 360_000);
    const { checkpoints } = await q((c) => c.btt.bridge.v1.polkadotCheckpoints());
    expect(checkpoints.map((c) => c.height)).toContain(anchored[0]!.height);
    const { stdout } = await run(process.execPath, [CLI, "polkadot", "verify", "--config", net.orchestratorConfig(0)], { timeout: 180_000 });
    const report = JSON.parse(stdout) as { ok: boolean; verified: string[]; mismatched: unknown[] };
    expect(report.ok).toBe(true);
    expect(report.mismatched).toEqual([]);
    expect(report.verified).toContain(String(anchored[0]!.height));
    // A BTT checkpoint with another block hash than the anchored one is reported as a mismatch.
    const fake = { height: anchored[0]!.height, blockHash: "ab".repeat(32), bridgeStateHash: anchored[0]!.bridgeStateHash };
    expect(verifyCheckpoints(anchored, [fake]).ok).toBe(false);
    // The custody only signed: its free balance is untouched by the remark's fees.
    await settled();
  }, 600_000);
});
