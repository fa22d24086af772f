// btt-evm-node start/stop: a detached node that outlives the CLI, stopped by the PID in its file (port 8648).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { StaticJsonRpcProvider } from "@ethersproject/providers";

const PORT = 8648;
const cli = fileURLToPath(new URL("../src/cli-evm-node.js", import.meta.url));

describe("btt-evm-node", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "btt-evm-node-"));
  const pidFile = path.join(dir, "evm.pid");
  afterAll(() => {
    // If an assertion failed mid-way, stop what this test started (by its PID file).
    try {
      execFileSync(process.execPath, [cli, "stop", "--pid-file", pidFile], { stdio: "ignore" });
    } catch {
      /* already stopped */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("starts a node that answers on 127.0.0.1 after the CLI exits, refuses a second start, and stops it by PID", async () => {
    const out = execFileSync(process.execPath, [cli, "start", "--port", String(PORT), "--pid-file", pidFile, "--log-file", path.join(dir, "evm.log")], {
      encoding: "utf8",
    });
    const { url, pid } = JSON.parse(out) as { url: string; pid: number };
    expect(url).toBe(`http://127.0.0.1:${PORT}`);
    expect(Number(fs.readFileSync(pidFile, "utf8"))).toBe(pid);
    const provider = new StaticJsonRpcProvider(url, 31337);
    expect((await provider.getNetwork()).chainId).toBe(31337);
    expect(await provider.getBlockNumber()).toBe(0);

    expect(() => execFileSync(process.execPath, [cli, "start", "--port", String(PORT), "--pid-file", pidFile], { stdio: "pipe" })).toThrow(/already running/);
    expect(() => execFileSync(process.execPath, [cli, "start", "--port", "80", "--pid-file", path.join(dir, "x.pid")], { stdio: "pipe" })).toThrow(/--port/);

    execFileSync(process.execPath, [cli, "stop", "--pid-file", pidFile], { stdio: "pipe" });
    expect(fs.existsSync(pidFile)).toBe(false);
    // Gone (or a zombie that init has not reaped yet: state Z in /proc).
    const running = (): boolean => {
      try {
        return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
      } catch {
        return false;
      }
    };
    expect(running()).toBe(false);
    await expect(provider.getBlockNumber()).rejects.toThrow();
  });
});
