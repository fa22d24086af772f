#!/usr/bin/env node
// btt-worker: the inference worker daemon, and the localnet's inference services.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultLocalnetHome } from "@btt/localnet";
import { createLogger } from "./log.js";
import { InferenceServices } from "./services.js";
import { standinGenesisModels } from "./standin-models.js";
import { Worker, type WorkerConfig } from "./worker.js";

const USAGE = `usage: btt-worker <command> [options]

commands:
  start --config worker.json   run the worker daemon (see inference-workers/README.md for the config)
  standin-models --out FILE    write the stand-in models as x/compute genesis Model entries (JSON)
  localnet-up                  start the localnet's clinic gateway and 3 workers (funded from the dev key)
  localnet-down                stop exactly the gateway and worker processes localnet-up started (by PID)

options:
  --home DIR      localnet state folder (default <repo>/.localnet); services live in DIR/services
  --rpc URL       CometBFT RPC (default http://127.0.0.1:26657)
  --pid-file F    (start) write the daemon's PID to F
`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { config: { type: "string" }, out: { type: "string" }, home: { type: "string" }, rpc: { type: "string" }, "pid-file": { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const cmd = positionals[0];
  if (values.help || !cmd) {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  const log = createLogger("btt-worker");
  const services = () => new InferenceServices({ dir: join(values.home ?? defaultLocalnetHome(), "services"), rpc: values.rpc ?? "http://127.0.0.1:26657", logger: log });
  switch (cmd) {
    case "start": {
      if (!values.config) throw new Error("start needs --config worker.json");
      const cfg = JSON.parse(readFileSync(values.config, "utf8")) as WorkerConfig;
      if (values["pid-file"]) writeFileSync(values["pid-file"], `${process.pid}\n`);
      const worker = new Worker(cfg, log);
      await worker.start();
      await new Promise<void>((resolve) => {
        const stop = () => void worker.stop().finally(resolve);
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      });
      log.info("worker stopped");
      return 0;
    }
    case "standin-models": {
      const json = JSON.stringify(standinGenesisModels(), null, 2) + "\n";
      if (values.out) writeFileSync(values.out, json);
      else process.stdout.write(json);
      return 0;
    }
    case "localnet-up": {
      const s = services();
      await s.start();
      process.stdout.write(`Inference services: gateway ${s.gatewayUrl}, workers ${[0, 1, 2].map((i) => `http://127.0.0.1:${s.workerPort(i)}`).join(" ")} (/health, /metrics)\n`);
      process.stdout.write(`Try: node inference-workers/dist/src/cli-clinic.js analyze inference-workers/samples/panoramic-annotated.png --model standin-annotation-mask --urgency stat --k 3\n`);
      return 0;
    }
    case "localnet-down": {
      const n = await services().stop();
      process.stdout.write(n ? `stopped ${n} inference service process(es)\n` : "no inference services running\n");
      return 0;
    }
    default:
      process.stderr.write(`unknown command ${cmd}\n${USAGE}`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
