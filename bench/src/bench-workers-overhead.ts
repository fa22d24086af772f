#!/usr/bin/env node
// The worker pipeline's overhead against a bare session.run: for each stand-in model, on one thread,
// alternating pairs of (A) LoadedModel.analyze on the encoded sample (decode + preprocess + run +
// canonicalise + hash) and (B) session.run on the same, already-built input tensor. Goal: ≤ 5 %.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as ort from "onnxruntime-node";
import { decodeImage, preprocess } from "@btt/inference-worker/image.js";
import { LoadedModel, sha256Hex } from "@btt/inference-worker/model.js";
import { SAMPLES_DIR, STANDIN_MODELS } from "@btt/inference-worker/standin-models.js";

export interface OverheadRow {
  model: string;
  sample: string;
  pairs: number;
  bareMedianMs: number;
  pipelineMedianMs: number;
  /** Median over pairs of pipeline / bare − 1. */
  medianPairOverhead: number;
  /** median(pipeline) / median(bare) − 1. */
  ratioOfMedians: number;
  /** Median of decoding the encoded image alone (PNG/JPEG in pure JS), part of the pipeline. */
  decodeMedianMs: number;
}

export interface OverheadResult {
  rows: OverheadRow[];
  markdown: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export async function benchOverhead(o: { pairs?: number; warmup?: number } = {}): Promise<OverheadResult> {
  const pairs = o.pairs ?? Number(process.env.BENCH_PAIRS ?? 200);
  const warmup = o.warmup ?? 20;
  const samples: Record<string, string> = { "standin-orientation-cls": "label-upright.png", "standin-annotation-mask": "panoramic-annotated.png" };
  const rows: OverheadRow[] = [];
  for (const [i, m] of STANDIN_MODELS.entries()) {
    const record = { id: BigInt(i + 1), name: m.name, onnxSha256: Buffer.from(sha256Hex(readFileSync(m.file)), "hex"), inputSpec: m.inputSpec, canonicalization: m.canonicalization };
    const model = await LoadedModel.load(m.file, record, { executionProvider: "cpu", intraOpThreads: 1 });
    const image = readFileSync(join(SAMPLES_DIR, samples[m.name]));
    const pre = preprocess(decodeImage(image), model.spec);
    const input = new ort.Tensor("float32", pre.tensor, pre.dims);
    const feeds = { [model.session.inputNames[0]]: input };
    const bare = async () => {
      const out = await model.session.run(feeds);
      for (const t of Object.values(out)) t.dispose();
    };
    const pipeline = () => model.analyze(image);
    for (let w = 0; w < warmup; w++) {
      await bare();
      await pipeline();
    }
    const dec: number[] = [];
    for (let p = 0; p < Math.min(pairs, 50); p++) {
      const t0 = performance.now();
      decodeImage(image);
      dec.push(performance.now() - t0);
    }
    const a: number[] = [];
    const b: number[] = [];
    const ratio: number[] = [];
    for (let p = 0; p < pairs; p++) {
      // Alternate which goes first so drift (thermal, caches) hits both alike.
      const order = p % 2 === 0 ? [pipeline, bare] : [bare, pipeline];
      const t: number[] = [];
      for (const f of order) {
        const t0 = performance.now();
        await f();
        t.push(performance.now() - t0);
      }
      const [tp, tb] = p % 2 === 0 ? t : [t[1], t[0]];
      a.push(tp);
      b.push(tb);
      ratio.push(tp / tb - 1);
    }
    await model.release();
    rows.push({
      model: m.name, sample: samples[m.name], pairs, bareMedianMs: median(b), pipelineMedianMs: median(a),
      medianPairOverhead: median(ratio), ratioOfMedians: median(a) / median(b) - 1, decodeMedianMs: median(dec),
    });
  }
  const pctS = (x: number) => `${(x * 100).toFixed(1)} %`;
  const markdown = [
    "| model | sample | pairs | bare session.run (median) | worker pipeline (median) | overhead, median of pairs | overhead, ratio of medians | of which image decode | goal ≤ 5 % |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.model} | ${r.sample} | ${r.pairs} | ${r.bareMedianMs.toFixed(2)} ms | ${r.pipelineMedianMs.toFixed(2)} ms | ${pctS(r.medianPairOverhead)} | ${pctS(r.ratioOfMedians)} | ${r.decodeMedianMs.toFixed(2)} ms | ${r.medianPairOverhead <= 0.05 ? "met" : "not met"} |`),
  ].join("\n");
  return { rows, markdown };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchOverhead().then(
    (r) => process.stdout.write(r.markdown + "\n"),
    (err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
