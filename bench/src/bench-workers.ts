#!/usr/bin/env node
// make bench-workers: (1) the worker pipeline's overhead against a bare session.run (bench-workers-overhead.ts);
// (2) on a fresh 3-validator localnet with the gateway and 3 real workers: end-to-end task latency from
// submit to settlement (p50/p95, one task at a time) and tasks per second settled with 3 workers
// (a burst of tasks in flight at once). Figures go into BENCHMARKS.md. A benchmark, not a test.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cpus, totalmem } from "node:os";
import { Localnet, createLogger } from "@btt/localnet";
import { ClinicClient, type ClinicConfig } from "@btt/inference-worker/clinic.js";
import { InferenceServices } from "@btt/inference-worker/services.js";
import { SAMPLES_DIR, standinGenesisModels } from "@btt/inference-worker/standin-models.js";
import { pct, writeBenchmarks } from "./bench-common.js";
import { benchOverhead } from "./bench-workers-overhead.js";

const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 5000);
const LATENCY_TASKS = Number(process.env.BENCH_LATENCY_TASKS ?? 12);
const BURST_TASKS = Number(process.env.BENCH_BURST_TASKS ?? 24);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 8);

async function main(): Promise<void> {
  const log = createLogger("bench-workers");
  const overhead = await benchOverhead({});
  const home = mkdtempSync(join(tmpdir(), "btt-bench-workers-"));
  const net = new Localnet({ home, validators: 3, portOffset: PORT_OFFSET, computeModels: standinGenesisModels(), logger: log });
  const workers = [0, 1, 2].map((i) => ({ name: `worker${i}`, serve: [{ modelId: 1, capacity: CAPACITY }, { modelId: 2, capacity: CAPACITY }] }));
  const services = new InferenceServices({ dir: join(home, "services"), rpc: net.rpc(0), basePort: 7070 + PORT_OFFSET, workers, logger: log });
  let clinic: ClinicClient | undefined;
  try {
    await net.start();
    await services.start();
    clinic = await new ClinicClient(JSON.parse(readFileSync(services.clinicConfigPath, "utf8")) as ClinicConfig, log).connect();
    const image = readFileSync(join(SAMPLES_DIR, "panoramic-annotated.png"));
    const rows: string[] = [];
    for (const model of ["standin-orientation-cls", "standin-annotation-mask"]) {
      const img = model === "standin-orientation-cls" ? readFileSync(join(SAMPLES_DIR, "label-upright.png")) : image;
      // Latency: one task at a time, submit → settled (the clinic's view: blocks of ~1 s dominate).
      const lat: number[] = [];
      for (let i = 0; i < LATENCY_TASKS; i++) {
        const t0 = performance.now();
        const { taskId, contentKey } = await clinic.submit({ image: img, model, urgency: "stat", k: 3 });
        await clinic.waitSettled(taskId, contentKey);
        lat.push((performance.now() - t0) / 1000);
      }
      lat.sort((a, b) => a - b);
      // Throughput: a burst of tasks in flight at once, first submit → last settlement.
      const t0 = performance.now();
      await Promise.all(Array.from({ length: BURST_TASKS }, async () => {
        const { taskId, contentKey } = await clinic!.submit({ image: img, model, urgency: "routine", k: 3 });
        await clinic!.waitSettled(taskId, contentKey);
      }));
      const burstS = (performance.now() - t0) / 1000;
      rows.push(`| ${model} | ${LATENCY_TASKS} | ${pct(lat, 50).toFixed(2)} s | ${pct(lat, 95).toFixed(2)} s | ${BURST_TASKS} | ${(BURST_TASKS / burstS).toFixed(2)} |`);
      log.info({ model, p50: pct(lat, 50), p95: pct(lat, 95), tasksPerSecond: BURST_TASKS / burstS }, "end-to-end measured");
    }
    const section = [
      "## Inference workers (make bench-workers)",
      "",
      `- command: \`make bench-workers\` (= \`node bench/dist/bench-workers.js\`; BENCH_LATENCY_TASKS=${LATENCY_TASKS} BENCH_BURST_TASKS=${BURST_TASKS} BENCH_CAPACITY=${CAPACITY})`,
      `- machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}; validators, gateway, workers and clinic on the same machine`,
      `- date: ${new Date().toISOString().slice(0, 10)}`,
      "",
      "### Pipeline overhead against a bare session.run (one thread, alternating pairs; goal ≤ 5 %)",
      "",
      overhead.markdown,
      "",
      "### End to end on a fresh 3-validator localnet, gateway + 3 CPU workers, k = 3",
      "",
      "Latency is submit → settlement, one task at a time (STAT); throughput is a burst of ROUTINE tasks in flight at once,",
      "first submit to last settlement. Each task is 1 submit + 3 commits + 3 reveals on chain (blocks about 1 s).",
      "",
      "| model | tasks | latency p50 | latency p95 | burst tasks | tasks/s settled |",
      "|---|---|---|---|---|---|",
      ...rows,
    ].join("\n");
    writeBenchmarks("## Inference workers (make bench-workers)", section, log);
    process.stdout.write(section + "\n");
  } finally {
    clinic?.disconnect();
    await services.stop().catch(() => undefined);
    await net.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
