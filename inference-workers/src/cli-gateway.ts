#!/usr/bin/env node
// btt-gateway: the clinic's data gateway.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startGateway, type GatewayOptions } from "./gateway.js";
import { createLogger } from "./log.js";

const USAGE = `usage: btt-gateway start --config gateway.json [--pid-file FILE]

gateway.json: { "host": "127.0.0.1", "port": 7070, "dataDir": "…", "clinicAddress": "btt1…",
                "rpc": "http://127.0.0.1:26657", "publicUrl": "http://127.0.0.1:7070",
                "maxBlobBytes"?: 33554432, "rateLimit"?: { "max": 300, "timeWindowMs": 60000 } }
`;

type GatewayFile = Omit<GatewayOptions, "tasks" | "logger"> & { host: string; port: number; rpc: string };

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { config: { type: "string" }, "pid-file": { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help || positionals[0] !== "start" || !values.config) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const cfg = JSON.parse(readFileSync(values.config, "utf8")) as GatewayFile;
  const logger = createLogger("btt-gateway");
  const gw = await startGateway({ ...cfg, logger });
  if (values["pid-file"]) writeFileSync(values["pid-file"], `${process.pid}\n`);
  logger.info({ host: cfg.host, port: cfg.port, clinic: cfg.clinicAddress }, "gateway listening");
  await new Promise<void>((resolve) => {
    const stop = () => void gw.close().finally(resolve);
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  logger.info("gateway stopped");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
