// btt-relayer polkadot …: the Polkadot side of the bridge (issue 15; README "Polkadot bridge").
//   btt-relayer polkadot chopsticks   [--port 9944] [--spec FILE] [--block-time-ms 6000] [--log-file FILE] [--pid-file FILE]
//   btt-relayer polkadot orchestrator --config FILE     the orchestrator loop (registers the key first when needed)
//   btt-relayer polkadot registration --config FILE     MsgSetPolkadotOrchestrator for the configured key
//   btt-relayer polkadot status       --config FILE
//   btt-relayer polkadot claims       --config FILE [--from-block N] [--after-nonce N]
//   btt-relayer polkadot verify       --config FILE [--checkpoints FILE] [--from-block N]
//   btt-relayer polkadot key          --key-file FILE [--bridge-id ID --validator bttvaloper…]
//   btt-relayer polkadot deposit      --rpc ws://… --key-file FILE [--key-type sr25519] --custody ADDRESS --amount PLANCK --to btt1…
// With a `btt` chain in the config, status/claims/verify take the custodies (and verify the checkpoints) from x/bridge.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ApiPromise } from "@polkadot/api";
import { createLogger } from "../log.js";
import { Keyring } from "@polkadot/keyring";
import { connectPolkadot, orchestratorKey, parseAccount, proofOfPossession, ss58, submit } from "./api.js";
import { DEPOSIT_REMARK_PREFIX, validBttAccount } from "./watcher.js";
import { readCheckpoints, verifyCheckpoints } from "./checkpoint.js";
import { startChopsticks } from "./chopsticks.js";
import { loadPolkadotConfig, type PolkadotConfig } from "./config.js";
import { PolkadotWatcher } from "./watcher.js";
import type { BttCheckpoint } from "./types.js";
import { POLKADOT_USAGE } from "./usage.js";
import { untilSignal } from "../signals.js";
import { connectBtt, registerPolkadotKey, startPolkadotOrchestrator } from "./run.js";

const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x), 2);

function intArg(v: string | undefined, name: string, def: number): number {
  if (v === undefined) return def;
  if (!/^[0-9]+$/.test(v)) throw new Error(`--${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

/** BTT checkpoints as x/bridge will report them: a JSON array of {height, blockHash, bridgeStateHash}. */
export function readCheckpointList(file: string): BttCheckpoint[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a JSON array of {height, blockHash, bridgeStateHash}`);
  return raw.map((x: { height?: unknown; blockHash?: unknown; bridgeStateHash?: unknown }, i) => {
    if (typeof x?.blockHash !== "string" || typeof x.bridgeStateHash !== "string" || !/^[0-9]+$/.test(String(x.height))) throw new Error(`${file}[${i}]: expected {height, blockHash, bridgeStateHash}`);
    return { height: BigInt(String(x.height)), blockHash: x.blockHash, bridgeStateHash: x.bridgeStateHash };
  });
}

export async function polkadotStatus(api: ApiPromise, cfg: PolkadotConfig) {
  const watcher = new PolkadotWatcher(api, cfg.polkadot.custodies);
  const custodies = [];
  for (const c of cfg.polkadot.custodies) {
    const acct = (await api.query.system.account(ss58(c.account))) as unknown as { data: { free: { toString(): string }; reserved: { toString(): string } } };
    const pending = await api.query.multisig.multisigs.entries(ss58(c.account));
    custodies.push({
      id: c.id,
      account: ss58(c.account),
      threshold: c.threshold,
      signatories: c.signatories.map((s) => ss58(s)),
      free: acct.data.free.toString(),
      reserved: acct.data.reserved.toString(),
      pendingMultisigs: pending.map(([k]) => (k.args[1] as { toHex(): string }).toHex()),
    });
  }
  return {
    chain: (await api.rpc.system.chain()).toString(),
    specName: api.runtimeVersion.specName.toString(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
    token: { symbol: api.registry.chainTokens[0], decimals: api.registry.chainDecimals[0] },
    existentialDeposit: api.consts.balances.existentialDeposit.toString(),
    finalized: await watcher.finalizedHead(),
    custodies,
  };
}

export async function polkadotMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string", short: "c" },
      port: { type: "string" },
      spec: { type: "string" },
      "block-time-ms": { type: "string" },
      "log-file": { type: "string" },
      "pid-file": { type: "string" },
      "from-block": { type: "string" },
      "after-nonce": { type: "string" },
      checkpoints: { type: "string" },
      "key-file": { type: "string" },
      "bridge-id": { type: "string" },
      validator: { type: "string" },
      rpc: { type: "string" },
      "key-type": { type: "string" },
      custody: { type: "string" },
      amount: { type: "string" },
      to: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const cmd = positionals.join(" ");
  if (values.help || !cmd) {
    console.log(POLKADOT_USAGE);
    return values.help ? 0 : 2;
  }
  const log = createLogger("btt-polkadot");
  if (cmd === "chopsticks") {
    const blockTimeMs = intArg(values["block-time-ms"], "block-time-ms", 6000);
    const chop = await startChopsticks({ port: intArg(values.port, "port", 9944), spec: values.spec, blockTimeMs: blockTimeMs > 0 ? blockTimeMs : undefined, logFile: values["log-file"], log });
    console.log(json({ ws: chop.wsUrl, http: chop.httpUrl, pid: chop.pid, blockTimeMs }));
    // Chopsticks' own PID, so that whoever started this command can stop Chopsticks even if this process is killed.
    if (values["pid-file"]) writeFileSync(values["pid-file"], `${chop.pid}\n`);
    await new Promise<void>((done) => {
      const stop = (signal: string) => {
        log.info({ signal }, "stopping Chopsticks");
        chop.stop().then(done, done);
      };
      process.once("SIGTERM", () => stop("SIGTERM"));
      process.once("SIGINT", () => stop("SIGINT"));
    });
    return 0;
  }
  if (cmd === "key") {
    if (!values["key-file"]) throw new Error(`--key-file is required\n${POLKADOT_USAGE}`);
    const key = orchestratorKey(readFileSync(values["key-file"], "utf8"));
    const out: Record<string, unknown> = { address: key.address, type: key.type };
    if (values["bridge-id"] || values.validator) {
      if (!values["bridge-id"] || !values.validator) throw new Error("--bridge-id and --validator go together");
      Object.assign(out, proofOfPossession(key, values["bridge-id"], values.validator));
    }
    console.log(json(out));
    return 0;
  }
  if (cmd === "deposit") {
    for (const k of ["rpc", "key-file", "custody", "amount", "to"] as const) if (!values[k]) throw new Error(`--${k} is required\n${POLKADOT_USAGE}`);
    if (!/^[1-9][0-9]*$/.test(values.amount!)) throw new Error("--amount is a positive integer in planck (10^-12 WND)");
    const to = validBttAccount(values.to!);
    if (!to) throw new Error(`--to ${JSON.stringify(values.to)} is not a btt1… account`);
    const custody = parseAccount(values.custody!);
    const type = (values["key-type"] ?? "sr25519") as "sr25519" | "ed25519" | "ecdsa";
    if (!["sr25519", "ed25519", "ecdsa"].includes(type)) throw new Error("--key-type is sr25519, ed25519 or ecdsa");
    const api = await connectPolkadot(values.rpc!);
    try {
      const key = new Keyring({ type, ss58Format: 42 }).addFromUri(readFileSync(values["key-file"]!, "utf8").trim());
      const tx = api.tx.utility.batchAll([api.tx.balances.transferKeepAlive(ss58(custody), BigInt(values.amount!)), api.tx.system.remarkWithEvent(DEPOSIT_REMARK_PREFIX + to)]);
      const o = await (await submit(api, tx, key)).outcome;
      console.log(json({ tx: o.txHash, block: o.blockNumber, extrinsicIndex: o.extrinsicIndex, success: o.success, error: o.error, fee: o.fee, from: key.address, to, amount: values.amount }));
      return o.success ? 0 : 1;
    } finally {
      await api.disconnect();
    }
  }
  if (!values.config) throw new Error(`--config is required\n${POLKADOT_USAGE}`);
  const cfg = loadPolkadotConfig(values.config);
  if (cmd === "registration") {
    console.log(json(await registerPolkadotKey(cfg, log)));
    return 0;
  }
  if (cmd === "orchestrator") {
    const running = await startPolkadotOrchestrator(cfg, log);
    log.info({ pid: process.pid, orchestrator: running.btt.address, polkadot: running.orchestrator.key.address }, "Polkadot orchestrator running");
    return untilSignal(running, log);
  }
  // With a btt chain: x/bridge's custodies and checkpoints.
  const btt = cfg.btt ? await connectBtt(cfg, log) : undefined;
  if (btt) cfg.polkadot.custodies = await btt.custodies();
  const api = await connectPolkadot(cfg.polkadot.rpc).catch((e: unknown) => {
    btt?.disconnect();
    throw e;
  });
  try {
    const fromBlock = intArg(values["from-block"], "from-block", cfg.polkadot.startBlock);
    switch (cmd) {
      case "status":
        console.log(json(await polkadotStatus(api, cfg)));
        return 0;
      case "claims": {
        const watcher = new PolkadotWatcher(api, cfg.polkadot.custodies, { maxBlocks: cfg.polkadot.maxBlocks, log });
        let cursor = { nonce: BigInt(intArg(values["after-nonce"], "after-nonce", 0)), blockNumber: fromBlock, eventIndex: -1 };
        const claims = [];
        for (;;) {
          const r = await watcher.scan(cursor);
          claims.push(...r.claims);
          cursor = r.next;
          if (cursor.blockNumber > r.finalized) break;
        }
        console.log(json({ claims, next: cursor }));
        return 0;
      }
      case "verify": {
        if (!values.checkpoints && !btt) throw new Error(`--checkpoints FILE (the BTT checkpoints to compare) or a btt chain in the config is required\n${POLKADOT_USAGE}`);
        const reported = values.checkpoints ? readCheckpointList(values.checkpoints) : await btt!.checkpoints(1n);
        const anchored = await readCheckpoints(new PolkadotWatcher(api, cfg.polkadot.custodies), fromBlock);
        const report = verifyCheckpoints(anchored, reported);
        console.log(json({ anchored, ...report }));
        return report.ok ? 0 : 1;
      }
      default:
        throw new Error(`unknown command polkadot ${cmd}\n${POLKADOT_USAGE}`);
    }
  } finally {
    await api.disconnect();
    btt?.disconnect();
  }
}
