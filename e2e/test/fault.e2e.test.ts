// Fault tolerance: one of four validators is killed (SIGKILL), the others keep producing blocks;
// restarted through the library, it catches up with them.
import { startTestNet, stopTestNet } from "./helpers.js";
import type { Localnet } from "@btt/localnet";
import { procArgv } from "@btt/localnet";

let net: Localnet;

beforeAll(async () => {
  net = await startTestNet("fault", { validators: 4, portOffset: 1400 });
}, 300_000);

afterAll(async () => {
  await stopTestNet(net);
}, 120_000);

test("4 validators are up and peered", async () => {
  await net.waitBlocks(2);
  const st = await net.status();
  expect(st.map((s) => s.running)).toEqual([true, true, true, true]);
  for (const s of st) expect(s.peers).toBe(3);
});

test("killing validator 3 does not stop the chain; restarted, it catches up", async () => {
  const pid = net.pidOf(3);
  expect(pid).toBeDefined();
  await net.stopValidator(3, "SIGKILL");
  expect(procArgv(pid!)).toBeUndefined();
  expect(net.isRunning(3)).toBe(false);

  // 3 of 4 equal-power validators hold more than 2/3 of the power: blocks keep coming
  const h = await net.height(0);
  await net.waitForHeight(0, h + 5, 30_000);
  await expect(net.height(3)).rejects.toThrow();

  await net.startValidator(3);
  const target = await net.height(0);
  const caught = await net.waitForHeight(3, target, 90_000);
  expect(caught).toBeGreaterThanOrEqual(target);
  const st = (await net.status())[3];
  expect(st.running).toBe(true);
  // and it keeps following the chain
  await net.waitForHeight(3, (await net.height(0)) + 2, 30_000);
}, 200_000);

test("stop leaves no process behind", async () => {
  const pids = net.readPids().map((p) => p.pid);
  expect(pids.length).toBe(4);
  await net.stop();
  for (const pid of pids) expect(procArgv(pid)).toBeUndefined();
  expect(net.readPids()).toEqual([]);
}, 120_000);
