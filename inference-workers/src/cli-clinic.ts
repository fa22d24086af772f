#!/usr/bin/env node
// btt-clinic: submit an image for analysis and read back the report the workers agreed on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultLocalnetHome } from "@btt/localnet";
import { ClinicClient, readImage, saveAnalysis, type ClinicConfig, type UrgencyName } from "./clinic.js";

const USAGE = `usage: btt-clinic analyze IMAGE --model ID|NAME [--urgency routine|urgent|stat] [--k N] [options]

options:
  --config FILE    clinic config (default .localnet/services/clinic/clinic.json, written by make localnet)
  --out DIR        where the report goes (default: reports/)
  --max-fee ABTT   escrow ceiling (default: exactly the chain's required fee)
  --region CODE    preferred worker region (ISO 3166-2, e.g. CN-BJ)
`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      model: { type: "string" }, urgency: { type: "string", default: "routine" }, k: { type: "string", default: "3" }, config: { type: "string" },
      out: { type: "string", default: "reports" }, "max-fee": { type: "string" }, region: { type: "string" }, help: { type: "boolean", short: "h" },
    },
  });
  const [cmd, imagePath] = positionals;
  if (values.help || cmd !== "analyze" || !imagePath || !values.model) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const urgency = values.urgency!.toLowerCase() as UrgencyName;
  if (!["routine", "urgent", "stat"].includes(urgency)) throw new Error("--urgency must be routine, urgent or stat");
  const k = Number(values.k);
  const cfgPath = values.config ?? join(defaultLocalnetHome(), "services", "clinic", "clinic.json");
  const cfg = JSON.parse(readFileSync(cfgPath, "utf8")) as ClinicConfig;
  const clinic = await new ClinicClient(cfg).connect();
  try {
    const started = Date.now();
    const r = await clinic.analyze({
      ...readImage(imagePath), model: values.model, urgency, k, maxFee: values["max-fee"] ? BigInt(values["max-fee"]) : undefined, preferredRegion: values.region,
      onProgress: (p) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] task ${p.taskId} at height ${p.height}: ${p.status}, ${p.committed}/${p.k} committed, ${p.revealed}/${p.k} revealed\n`),
    });
    const files = saveAnalysis(values.out!, r);
    process.stdout.write(`${r.report.summary.join("\n")}\nreport: ${files.json}${files.png ? `\noverlay: ${files.png}` : ""}\n`);
    return 0;
  } finally {
    clinic.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
