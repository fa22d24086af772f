// End to end against a real localnet (own ports, offset 2600, own home; stopped by PID afterwards):
// on PostgreSQL and on SQLite, the explorer process is killed during back-fill and restarted, then every height must be present once with
// the chain's hash; then headless Chromium walks dashboard → block → tx → account and searches.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { btt, connectBttSigningClient } from "@btt/ts-client";
import { Localnet, account, createLogger, loadKeys, startPostgres, type TestPostgres } from "@btt/localnet";
import { openDb } from "../src/db.js";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { chromium, type BrowserContext } from "playwright-core";

const PORT_OFFSET = 2600;
const PG_PORT = 17433;
let pgServer: TestPostgres | undefined;
const HTTP_PORT = 17080;
const BASE = `http://127.0.0.1:${HTTP_PORT}`;
const HERE = dirname(fileURLToPath(import.meta.url)); // dist-test/test
const PKG = join(HERE, "..", "..");
const CLI = join(PKG, "dist", "src", "cli.js");
const ARTIFACTS = join(PKG, "artifacts");
const MEMO = `<script>document.title="pwned"</script><b>bold?</b> & "memo"`;
const CHROMIUM = "/usr/bin/chromium";

let net: Localnet;
let home: string;
let dbPath: string;
let explorer: ChildProcess | undefined;
let explorerLog = "";
let txHash = "";
let recipient = "";
let devAddr = "";
let institution = "";
let proposalHeight = 0;
let assetTxHash = "";
const PROPOSAL_TITLE = "Fund <i>clinics</i> & more";
const ASSET_NAME = `CBCT <i>scanner</i> <script>document.title="pwned"</script>`;

function startExplorer(extra: string[]): ChildProcess {
  const child = spawn(process.execPath, [CLI, "--rpc", net.rpc(0), "--rest", net.validator(0).api, "--db", dbPath, "--port", String(HTTP_PORT), ...extra], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LOG_LEVEL: "info" },
  });
  child.stdout!.on("data", (d) => (explorerLog += d));
  child.stderr!.on("data", (d) => (explorerLog += d));
  return child;
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await Promise.resolve(fn()).catch(() => undefined);
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${explorerLog.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function killAndWait(child: ChildProcess | undefined, sig: NodeJS.Signals) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  process.kill(child.pid!, sig);
  await done;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  home = mkdtempSync(join(tmpdir(), "btt-e2e-explorer-"));
  const logger = createLogger("e2e-explorer");
  logger.level = process.env.LOG_LEVEL ?? "warn";
  net = new Localnet({ home: join(home, "net"), validators: 1, portOffset: PORT_OFFSET, timeoutCommit: "250ms", logger });
  await net.start();
  // EXPLORER_E2E_MIN_HEIGHT=n: let the chain pass height n before the suite starts (260 gives more snapshots than one
  // API page holds), to check that nothing here assumes a short chain.
  const minHeight = Number(process.env.EXPLORER_E2E_MIN_HEIGHT ?? 0);
  while ((await net.height(0)) < minHeight) await new Promise((r) => setTimeout(r, 500));

  const keys = loadKeys();
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(account(keys, "dev").mnemonic, { prefix: "btt" });
  devAddr = (await wallet.getAccounts())[0].address;
  recipient = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: "btt" })).getAccounts())[0].address;
  const client: SigningStargateClient = await connectBttSigningClient(net.rpc(0), wallet);
  const fee = { amount: [{ denom: "abtt", amount: String(200_000n * 1_000_000_000n) }], gas: "200000" };
  const res = await client.signAndBroadcast(devAddr, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: devAddr, toAddress: recipient, amount: [{ denom: "abtt", amount: "1234500000000000000" }] } }], fee, MEMO);
  expect(res.code).toBe(0);
  txHash = res.transactionHash;
  const prop = await client.signAndBroadcast(
    devAddr,
    [{ typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value: MsgSubmitProposal.fromPartial({ messages: [], initialDeposit: [{ denom: "abtt", amount: "10000000000000000000" }], proposer: devAddr, metadata: "explorer-e2e", title: PROPOSAL_TITLE, summary: "an explorer e2e text proposal" }) }],
    { amount: [{ denom: "abtt", amount: String(1_000_000n * 1_000_000_000n) }], gas: "1000000" },
  );
  expect(`${prop.code} ${prop.rawLog ?? ""}`).toBe("0 ");
  proposalHeight = prop.height;
  // a clinic registers an asset under a hostile name (x/rwa), shown as text on the RWA pages; validator 0's
  // operator (its allocation is all vesting) gets 10 BTT to pay for its vote below
  institution = account(keys, "china_oral_industry_group").address;
  const asset = await client.signAndBroadcast(
    devAddr,
    [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: devAddr, toAddress: institution, amount: [{ denom: "abtt", amount: "10000000000000000000" }] } }, { typeUrl: "/btt.rwa.v1.MsgRegisterAsset", value: btt.rwa.v1.MsgRegisterAsset.fromPartial({ owner: devAddr, assetClass: btt.rwa.v1.AssetClass.ASSET_CLASS_EQUIPMENT, name: ASSET_NAME, jurisdiction: "CN-BJ", documentsSha256: new Uint8Array(32).fill(7), documentsUri: "ipfs://bundle", appraisedValue: "120000", currency: "USD", shareCount: 1000n }) }],
    { amount: [{ denom: "abtt", amount: String(400_000n * 1_000_000_000n) }], gas: "400000" },
  );
  expect(`${asset.code} ${asset.rawLog ?? ""}`).toBe("0 ");
  assetTxHash = asset.transactionHash;
  client.disconnect();
  // validator 0's operator votes yes: it counts as an institution and as a token holder (x/wgov)
  const instWallet = await DirectSecp256k1HdWallet.fromMnemonic(account(keys, "china_oral_industry_group").mnemonic, { prefix: "btt" });
  const instClient = await connectBttSigningClient(net.rpc(0), instWallet);
  const vote = await instClient.signAndBroadcast(institution, [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: 1n, voter: institution, option: VoteOption.VOTE_OPTION_YES }) }], {
    amount: [{ denom: "abtt", amount: String(300_000n * 1_000_000_000n) }],
    gas: "300000",
  });
  expect(`${vote.code} ${vote.rawLog ?? ""}`).toBe("0 ");
  instClient.disconnect();
  await net.waitForHeight(0, 45, 120_000);
}, 300_000);

afterAll(async () => {
  await killAndWait(explorer, "SIGTERM");
  await net?.stop();
  await pgServer?.stop();
  if (home && process.env.KEEP_LOCALNET !== "1") rmSync(home, { recursive: true, force: true });
});

test.each(["postgres", "sqlite"] as const)("%s: killed during back-fill and restarted, the index holds every height once, equal to the chain", async (kind) => {
  await killAndWait(explorer, "SIGTERM");
  explorerLog = "";
  if (kind === "postgres") {
    pgServer ??= await startPostgres(PG_PORT);
    dbPath = pgServer.url;
  } else dbPath = join(home, "explorer.sqlite");
  explorer = startExplorer(["--batch", "3", "--throttle-ms", "400"]);
  await waitFor("two batches", () => (explorerLog.match(/"batch indexed"/g)?.length ?? 0) >= 2 || undefined);
  await killAndWait(explorer, "SIGKILL");
  const chainHeightAtKill = await net.height(0);
  const db = await openDb(dbPath);
  const partial = Number((await db.get<{ last_height: number }>("SELECT last_height FROM indexer_state"))!.last_height);
  await db.close();
  expect(partial).toBeGreaterThanOrEqual(6);
  expect(partial).toBeLessThan(chainHeightAtKill); // it really was mid back-fill

  explorer = startExplorer(["--batch", "10", "--snapshot-every", "2"]);
  const target = await net.height(0);
  await waitFor("catch-up", async () => {
    const h = (await (await fetch(`${BASE}/health`)).json()) as { indexer: { lastHeight: number; lag: number } };
    return h.indexer.lastHeight >= target && h.indexer.lag <= 2 ? h : undefined;
  });
  expect(explorerLog).toMatch(new RegExp(`"from":${partial + 1},`)); // resumed right after the last committed height

  const ro = await openDb(dbPath);
  const rows = (await ro.all<{ height: number; hash: string }>("SELECT height, hash FROM blocks ORDER BY height")).map((r) => ({ height: Number(r.height), hash: r.hash }));
  const dups = await ro.get<{ n: number }>("SELECT COUNT(*) AS n FROM (SELECT height FROM blocks GROUP BY height HAVING COUNT(*) > 1) d");
  await ro.close();
  expect(Number(dups!.n)).toBe(0);
  expect(rows.map((r) => r.height)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  expect(rows.length).toBeGreaterThanOrEqual(target);
  for (const r of rows) {
    const b = (await (await fetch(`${net.rpc(0)}/block?height=${r.height}`)).json()) as { result: { block_id: { hash: string } } };
    expect(`${r.height}:${b.result.block_id.hash}`).toBe(`${r.height}:${r.hash}`);
  }

  const tx = (await (await fetch(`${BASE}/api/v1/txs/${txHash}`)).json()) as { memo: string; success: boolean; messages: { typeUrl: string; body: { toAddress: string } }[] };
  expect(tx).toMatchObject({ memo: MEMO, success: true });
  expect(tx.messages[0]).toMatchObject({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", body: { toAddress: recipient } });
  const acct = (await (await fetch(`${BASE}/api/v1/accounts/${recipient}`)).json()) as { balances: { denom: string; amount: string }[] };
  expect(acct.balances).toEqual([{ denom: "abtt", amount: "1234500000000000000" }]);
  const sup = (await (await fetch(`${BASE}/api/v1/supply`)).json()) as { supply: string; pools: { name: string; address: string }[] };
  expect(sup.supply).toBe("210000000000000000000000000");
  expect(sup.pools.map((p) => p.name)).toContain("mining_rewards_pool");
  expect(sup.pools.every((p) => p.address.startsWith("btt1"))).toBe(true);
  // the pools' module accounts (sha256 of the module name) hold their genesis allocation on the real chain
  const pool = (name: string) => BigInt((sup.pools as { name: string; balance?: string }[]).find((p) => p.name === name)?.balance ?? "0");
  expect(pool("foundation")).toBeGreaterThanOrEqual(35_700_000n * 10n ** 18n); // plus its share of fees
  expect(pool("mining_rewards_pool")).toBeGreaterThan(0n);
  // the live validator set through the typed staking and slashing queries
  const vals = (await (await fetch(`${BASE}/api/v1/validators`)).json()) as { signedBlocksWindow: number; validators: { status: string; power: string; share: number }[] };
  expect(vals.signedBlocksWindow).toBeGreaterThan(0);
  expect(vals.validators).toHaveLength(1);
  expect(vals.validators[0]).toMatchObject({ status: "BOND_STATUS_BONDED", share: 100 });
  expect(BigInt(vals.validators[0].power)).toBeGreaterThan(0n);

  // validator 0's institution: a PeriodicVestingAccount before its cliff, staking 1,000,000 BTT of it
  type Acc = { type: string; vesting: { originalVesting: { amount: string }[]; lockedNow: { amount: string }[]; delegatedVesting: { amount: string }[]; periods: { unlocked: boolean }[] }; delegations: unknown[] };
  const inst = (await (await fetch(`${BASE}/api/v1/accounts/${institution}`)).json()) as Acc;
  expect(inst.type).toBe("/cosmos.vesting.v1beta1.PeriodicVestingAccount");
  expect(inst.vesting.originalVesting).toEqual([{ denom: "abtt", amount: "21000000000000000000000000" }]);
  expect(inst.vesting.lockedNow).toEqual(inst.vesting.originalVesting);
  expect(inst.vesting.periods.length).toBeGreaterThan(1);
  expect(inst.vesting.periods.some((p) => p.unlocked)).toBe(false);
  expect(inst.vesting.delegatedVesting).toEqual([{ denom: "abtt", amount: "1000000000000000000000000" }]);
  expect(inst.delegations).toHaveLength(1);

  const props = (await (await fetch(`${BASE}/api/v1/proposals`)).json()) as { proposals: { id: number; title: string }[] };
  expect(props.proposals).toEqual([expect.objectContaining({ id: 1, title: PROPOSAL_TITLE })]);

  // x/wgov: the proposal's per-class breakdown; validator 0's operator voted yes as institution and holder
  type ClassTally = { class: string; voters: number; fractions: { yes: string } };
  const classes = (await (await fetch(`${BASE}/api/v1/proposals/1/classes`)).json()) as { tally: { classes: ClassTally[] } };
  const byClass = new Map(classes.tally.classes.map((c) => [c.class, c]));
  expect([...byClass.keys()].sort()).toEqual(["VOTER_CLASS_COMMUNITY", "VOTER_CLASS_COMPUTE", "VOTER_CLASS_HOLDERS", "VOTER_CLASS_INSTITUTIONS"]);
  expect(Number(byClass.get("VOTER_CLASS_INSTITUTIONS")!.fractions.yes)).toBeGreaterThan(0);
  expect(Number(byClass.get("VOTER_CLASS_HOLDERS")!.fractions.yes)).toBe(1); // the only bonded stake voted yes
  // x/rwa: the registered asset, pending, with its (escaped) name
  const rwaAsset = (await (await fetch(`${BASE}/api/v1/rwa/assets/1`)).json()) as { asset: { name: string; status: string }; book: { bids: unknown[]; asks: unknown[] }; trades: unknown[] };
  expect(rwaAsset.asset).toMatchObject({ name: ASSET_NAME, status: "ASSET_STATUS_PENDING" });
  expect(rwaAsset.book).toEqual({ bids: [], asks: [] });
  expect((await fetch(`${BASE}/api/v1/rwa/assets/99`)).status).toBe(404);
  // its transaction, decoded with the ts-client registry like every BTT message
  const assetTx = (await (await fetch(`${BASE}/api/v1/txs/${assetTxHash}`)).json()) as { messages: { typeUrl: string; body: { name: string; shareCount: string } }[] };
  expect(assetTx.messages[1]).toMatchObject({ typeUrl: "/btt.rwa.v1.MsgRegisterAsset", body: { name: ASSET_NAME, shareCount: "1000" } });

  // state snapshots every 2 blocks, read from the node as of each height: the proposal appears at its height, not before
  type Snap = { height: number; totalSupply: string; bondedRatioPercent: number; validators: number; bondedValidators: number; proposals: number; computeNodes: number; circulating: string | null; error: string | null; missing: string[] };
  const evenTarget = target - (target % 2);
  const newest = await waitFor("snapshots up to the indexed height", async () => {
    const r = (await (await fetch(`${BASE}/api/v1/snapshots?limit=1`)).json()) as { items: Snap[]; total: number };
    return r.items[0]?.height >= evenTarget ? r.items[0].height : undefined;
  });
  // Every snapshot up to that height, however many blocks the suite took: the API pages at most 100 a request, and a
  // small page makes every run walk several pages. Snapshots taken while paging push older ones down a page (seen
  // twice, never skipped): keyed by height and cut at `newest`.
  const SNAP_PAGE = 10;
  const byHeight = new Map<number, Snap>();
  for (let page = 1; ; page++) {
    const r = (await (await fetch(`${BASE}/api/v1/snapshots?page=${page}&limit=${SNAP_PAGE}`)).json()) as { items: Snap[]; total: number };
    for (const x of r.items) if (x.height <= newest) byHeight.set(x.height, x);
    if (r.items.length < SNAP_PAGE || page * SNAP_PAGE >= r.total) break;
  }
  const snaps = [...byHeight.values()].sort((a, b) => b.height - a.height);
  expect(snaps[0].height).toBe(newest);
  expect(snaps.map((x) => x.height)).toEqual(Array.from({ length: snaps.length }, (_, i) => snaps[0].height - 2 * i));
  expect(snaps[snaps.length - 1].height).toBe(2);
  for (const x of snaps) {
    expect(x).toMatchObject({ height: x.height, totalSupply: "210000000000000000000000000", validators: 1, bondedValidators: 1, computeNodes: 0, error: null, missing: [] });
    expect(x.circulating).toMatch(/^\d+$/);
    expect(`${x.height}: ${x.proposals}`).toBe(`${x.height}: ${x.height >= proposalHeight ? 1 : 0}`);
  }
  expect(snaps.some((x) => x.proposals === 0)).toBe(proposalHeight > 2);
  const one = (await (await fetch(`${BASE}/api/v1/snapshots/${snaps[0].height}`)).json()) as { validatorSet: { moniker: string; power: string; sharePercent: number }[]; proposalList: { title: string }[] };
  expect(one.validatorSet).toEqual([expect.objectContaining({ moniker: "val0", power: "1000000", sharePercent: 100 })]);
  expect(one.proposalList).toEqual([expect.objectContaining({ title: PROPOSAL_TITLE })]);
}, 240_000);

test("headless Chromium: dashboard → block → tx → account, search by hash and by address, memo shown as text", async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "btt-explorer-chromium-"));
  let ctx: BrowserContext | undefined;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      viewport: { width: 1280, height: 900 },
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const dialogs: string[] = [];
    const outside: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(BASE)) outside.push(r.url());
    });

    await page.goto(`${BASE}/`);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    expect(await page.locator(".card").count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator("body").innerText()).toContain("210,000,000 BTT");
    expect(await page.locator("body").innerText()).toContain("val0"); // proposer shown by moniker
    await page.screenshot({ path: join(ARTIFACTS, "dashboard.png"), fullPage: true });

    // the tx's block from the dashboard's tx list, then the tx from the block page
    const txRow = page.locator(`a[href="/txs/${txHash}"]`).first();
    const height = await page.locator("tr", { has: txRow }).locator('a[href^="/blocks/"]').first().innerText();
    await page.locator("tr", { has: txRow }).locator('a[href^="/blocks/"]').first().click();
    await page.getByRole("heading", { name: `Block ${height}` }).waitFor();
    await page.locator(`a[href="/txs/${txHash}"]`).first().click();
    await page.getByRole("heading", { name: "Transaction" }).waitFor();
    expect(await page.locator(".memo").innerText()).toBe(MEMO);
    expect(await page.title()).not.toBe("pwned");
    expect(await page.locator("main b").count()).toBe(0);
    expect(await page.locator("body").innerText()).toContain("MsgSend");
    await page.screenshot({ path: join(ARTIFACTS, "tx.png"), fullPage: true });

    // to the sender's account (signer link)
    await page.locator(`dd a[href="/accounts/${devAddr}"]`).first().click();
    await page.getByRole("heading", { name: "Account" }).waitFor();
    expect(await page.locator("body").innerText()).toMatch(/History \(\d+\)/);

    // search by hash, then by address
    await page.fill('input[name="q"]', txHash.toLowerCase());
    await page.click('form.search button[type="submit"]');
    await page.waitForURL(`${BASE}/txs/${txHash}`);
    await page.fill('input[name="q"]', recipient);
    await page.click('form.search button[type="submit"]');
    await page.waitForURL(`${BASE}/accounts/${recipient}`);
    expect(await page.locator("body").innerText()).toContain("1.2345 BTT");

    await page.fill('input[name="q"]', "proposal 1");
    await page.click('form.search button[type="submit"]');
    await page.waitForURL(`${BASE}/proposals/1`);
    expect(await page.locator("dl.kv dd").first().innerText()).toBe(PROPOSAL_TITLE);
    expect(await page.locator("main i").count()).toBe(0);

    await page.goto(`${BASE}/accounts/${institution}`);
    await page.getByRole("heading", { name: "Vesting schedule" }).waitFor();
    expect(await page.locator("body").innerText()).toContain("21,000,000 BTT");
    await page.screenshot({ path: join(ARTIFACTS, "vesting-account.png"), fullPage: false });

    await page.goto(`${BASE}/emissions`);
    await page.getByRole("heading", { name: "Emissions", exact: true }).waitFor();
    expect(await page.locator("svg.chart rect").count()).toBeGreaterThan(8);
    expect(await page.locator("body").innerText()).toContain("mining_rewards_pool");
    await page.screenshot({ path: join(ARTIFACTS, "emissions.png"), fullPage: false });

    await page.goto(`${BASE}/compute`);
    await page.getByRole("heading", { name: "Nodes by class" }).waitFor();

    // a proposal's weighted-governance breakdown by class
    await page.goto(`${BASE}/proposals/1`);
    await page.getByRole("heading", { name: /Weighted tally by class/ }).waitFor();
    const classRows = page.locator("table", { has: page.locator("th", { hasText: "effective weight" }) }).locator("tbody tr");
    expect(await classRows.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^institutions\t/), expect.stringMatching(/^holders\t.*100\.00%/)]));
    await page.screenshot({ path: join(ARTIFACTS, "proposal-classes.png"), fullPage: true });
    await page.goto(`${BASE}/governance`);
    await page.getByRole("heading", { name: "Class weights in force now" }).waitFor();
    expect(await page.locator("body").innerText()).toContain("China Oral Industry Group");

    // RWA: the asset list, then the asset (its hostile name as text), found by search too
    await page.goto(`${BASE}/rwa`);
    await page.locator('a[href="/rwa/assets/1"]').click();
    await page.getByRole("heading", { name: "Asset 1" }).waitFor();
    expect(await page.locator("dl.kv dd", { hasText: "CBCT" }).first().innerText()).toBe(ASSET_NAME);
    expect(await page.locator("main i").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");
    await page.screenshot({ path: join(ARTIFACTS, "rwa-asset.png"), fullPage: true });
    await page.fill('input[name="q"]', "asset 1");
    await page.click('form.search button[type="submit"]');
    await page.waitForURL(`${BASE}/rwa/assets/1`);

    await page.goto(`${BASE}/snapshots`);
    await page.getByRole("heading", { name: "Bonded ratio" }).waitFor();
    expect(await page.locator('svg.chart[aria-label="Bonded ratio over heights"] path').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "history.png"), fullPage: false });

    await page.goto(`${BASE}/validators`);
    expect(await page.locator("tbody tr").count()).toBe(1);
    await page.goto(`${BASE}/supply`);
    expect(await page.locator("body").innerText()).toContain("Mining Rewards Pool");

    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await ctx?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}, 180_000);
