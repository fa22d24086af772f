// The CLI behind `make localnet`, `make localnet-status` and `make localnet-stop`, on its own ports and home.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Localnet } from "../src/localnet.js";
import { createLogger } from "../src/log.js";
import { procArgv } from "../src/procs.js";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "cli.js");
const OFFSET = 5000;
const home = mkdtempSync(join(tmpdir(), "btt-e2e-cli-"));

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args, "--home", home, "--port-offset", String(OFFSET)], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function net(): Localnet {
  const logger = createLogger("e2e-cli");
  logger.level = "warn";
  return new Localnet({ home, logger });
}

afterAll(async () => {
  await net().stop(); // by PID, whatever happened in the tests
  rmSync(home, { recursive: true, force: true });
}, 120_000);

test("start fails clearly when bttd is missing", () => {
  const r = cli(["start", "--validators", "2"], { BTTD: "/nonexistent/bttd" });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/bttd is missing: run `make build` first/);
});

test("start fails clearly when a port is busy, and starts nothing", async () => {
  const srv: Server = createServer();
  await new Promise<void>((res) => srv.listen(26657 + OFFSET, "127.0.0.1", () => res()));
  try {
    const r = cli(["start", "--validators", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/port 127\.0\.0\.1:31657 \(validator 0\) is busy/);
    expect(net().readPids()).toEqual([]);
  } finally {
    await new Promise((res) => srv.close(res));
  }
});

test("start, status, stop, then start again resumes the same chain", async () => {
  const r1 = cli(["start", "--validators", "2"]);
  if (r1.code !== 0) throw new Error(`start failed (${r1.code}):\n${r1.stderr}`);
  expect(r1.stdout).toMatch(/producing blocks: chain-id btt-localnet-1, 2 validators/);
  expect(r1.stdout).toMatch(/localnet-keys\.json/);
  expect(r1.stdout).toMatch(/http:\/\/127\.0\.0\.1:31657/);

  const st = cli(["status"]);
  expect(st.code).toBe(0);
  expect(st.stdout).toMatch(/val0\s+\d+\s+true\s+\d+\s+false\s+1\s/);
  expect(st.stdout).toMatch(/val1\s+\d+\s+true/);

  const n = net();
  const pids = n.readPids().map((p) => p.pid);
  expect(pids.length).toBe(2);
  const genesis = createHash("sha256").update(readFileSync(join(home, "val0", "config", "genesis.json"))).digest("hex");
  const heightBefore = await n.height(0);

  const stop = cli(["stop"]);
  expect(stop.code).toBe(0);
  for (const pid of pids) expect(procArgv(pid)).toBeUndefined();
  expect(n.readPids()).toEqual([]);
  expect(cli(["status"]).code).toBe(1);

  const r2 = cli(["start"]);
  if (r2.code !== 0) throw new Error(`second start failed (${r2.code}):\n${r2.stderr}`);
  expect(createHash("sha256").update(readFileSync(join(home, "val0", "config", "genesis.json"))).digest("hex")).toBe(genesis);
  expect(await n.height(0)).toBeGreaterThan(heightBefore);

  const pids2 = n.readPids().map((p) => p.pid);
  expect(cli(["stop"]).code).toBe(0);
  for (const pid of pids2) expect(procArgv(pid)).toBeUndefined();
}, 300_000);

test("testnet-genesis builds a validated pre-gentx genesis from a recipients config, and refuses the TEST ONLY placeholders", () => {
  const config = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "testnet", "allocation.example.json");
  const out = mkdtempSync(join(tmpdir(), "btt-e2e-testnet-"));
  try {
    const refused = cli(["testnet-genesis", "--config", config, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/TEST ONLY localnet addresses/);
    const r = cli(["testnet-genesis", "--config", config, "--out", out], { ALLOW_TEST_KEYS: "1" });
    if (r.code !== 0) throw new Error(`testnet-genesis failed (${r.code}):\n${r.stderr}`);
    const g = JSON.parse(readFileSync(join(out, "genesis.json"), "utf8")) as {
      chain_id: string;
      genesis_time: string;
      app_state: { bank: { supply: { denom: string; amount: string }[] }; genutil: { gen_txs: unknown[] } };
    };
    expect(g.chain_id).toBe("btt-testnet-1");
    expect(g.genesis_time).toBe("2027-01-15T12:00:00Z");
    expect(g.app_state.bank.supply).toEqual([{ denom: "abtt", amount: "210000000000000000000000000" }]);
    expect(g.app_state.genutil.gen_txs).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
