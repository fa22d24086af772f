#!/usr/bin/env node
/**
 * btt-evm-node: start or stop the local EVM node (Hardhat 3, see node.ts) in the background, for make targets.
 *
 *   btt-evm-node start --port 8645 --pid-file .localnet-bridge/evm.pid [--log-file .localnet-bridge/evm.log]
 *   btt-evm-node stop --pid-file .localnet-bridge/evm.pid
 *
 * start prints {"url","pid"} as JSON on stdout once the node answers JSON-RPC on 127.0.0.1:<port>; stop signals only
 * the PID in the file, and only if that PID is a Hardhat node.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isEvmNodePid, startEvmNode, stopPid } from "./node.js";
import { createLogger } from "./log.js";

const log = createLogger("btt-evm-node");

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: btt-evm-node start --port N --pid-file F [--log-file L] | stop --pid-file F\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string" }, "pid-file": { type: "string" }, "log-file": { type: "string" } },
  });
  const cmd = positionals[0];
  const pidFile = values["pid-file"];
  if (!pidFile) usage("--pid-file is required");
  if (cmd === "start") {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1024 || port > 65535) usage(`--port must be an integer in 1024-65535, got ${values.port}`);
    if (fs.existsSync(pidFile)) {
      const old = Number(fs.readFileSync(pidFile, "utf8").trim());
      if (isEvmNodePid(old)) usage(`an EVM node (pid ${old}) is already running per ${pidFile}`);
    }
    fs.mkdirSync(path.dirname(path.resolve(pidFile)), { recursive: true });
    const node = await startEvmNode({ port, logFile: values["log-file"], detached: true, log });
    fs.writeFileSync(pidFile, `${node.pid}\n`);
    process.stdout.write(`${JSON.stringify({ url: node.url, pid: node.pid })}\n`);
  } else if (cmd === "stop") {
    if (!fs.existsSync(pidFile)) {
      log.info({ pidFile }, "no pid file: nothing to stop");
      return;
    }
    const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && isEvmNodePid(pid)) {
      await stopPid(pid);
      log.info({ pid }, "EVM node stopped");
    } else {
      log.warn({ pid, pidFile }, "the pid in the file is not a running EVM node: not signalled");
    }
    fs.rmSync(pidFile, { force: true });
  } else {
    usage(`unknown command ${cmd ?? "(none)"}`);
  }
}

main().catch((err: unknown) => {
  log.error({ err }, "btt-evm-node failed");
  process.exit(1);
});
