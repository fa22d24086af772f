// Output canonicalisation: the real stand-in models give one hash whatever the thread count or graph
// optimisation level, and the rules turn synthetic tensors into the integers and labels they promise.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  canonicalClassification,
  canonicalDetection,
  canonicalDocument,
  canonicalJson,
  canonicalMask,
  outputHash,
  parseRule,
  type CanonicalDocument,
  type ClassificationResult,
  type ClassificationRule,
  type DetectionRule,
  type MaskResult,
  type MaskRule,
} from "../src/canonical.js";
import { runInThisContext } from "node:vm";
import { PREPROCESS_VERSION } from "../src/image.js";
import type { ModelRecord, SessionOptions } from "../src/model.js";

// Jest runs this file in its own realm, but onnxruntime-node's native binding returns outputs as
// Float32Arrays of Node's main realm, which onnxruntime-common's `instanceof Float32Array` check (bound
// when it loads) refuses. Give this realm the main realm's Float32Array before onnxruntime loads
// (hence the dynamic imports); plain Node, where the workers run, has one realm and needs nothing.
(globalThis as { Float32Array: Float32ArrayConstructor }).Float32Array = runInThisContext("Float32Array") as Float32ArrayConstructor;
const { createSession, cudaProviderPresent, LoadedModel, ModelHashMismatchError, sha256Hex } = await import("../src/model.js");
const { SAMPLES_DIR, STANDIN_MODELS } = await import("../src/standin-models.js");

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function recordOf(i: number): ModelRecord {
  const m = STANDIN_MODELS[i];
  return {
    id: BigInt(i + 1),
    name: m.name,
    onnxSha256: Buffer.from(sha256Hex(readFileSync(m.file)), "hex"),
    inputSpec: m.inputSpec,
    canonicalization: m.canonicalization,
  };
}

const SAMPLES = readdirSync(SAMPLES_DIR).filter((f) => /\.(png|jpe?g)$/.test(f)).sort();
const CONFIGS: SessionOptions[] = [];
for (const graphOptimization of ["disabled", "basic", "all"] as const) {
  for (const intraOpThreads of [1, 2]) CONFIGS.push({ executionProvider: "cpu", intraOpThreads, graphOptimization });
}
const CLS = STANDIN_MODELS.findIndex((m) => m.taskType === "classification");
const MASK = STANDIN_MODELS.findIndex((m) => m.taskType === "segmentation");

/** results[model][config][sample] */
const results: { doc: CanonicalDocument; hash: string }[][][] = [];

beforeAll(async () => {
  for (let i = 0; i < STANDIN_MODELS.length; i++) {
    const perModel: (typeof results)[number] = [];
    for (const cfg of CONFIGS) {
      const model = await LoadedModel.load(STANDIN_MODELS[i].file, recordOf(i), cfg);
      const perCfg: (typeof perModel)[number] = [];
      for (const f of SAMPLES) {
        const { doc, hash } = await model.analyze(readFileSync(join(SAMPLES_DIR, f)));
        perCfg.push({ doc, hash: hex(hash) });
      }
      perModel.push(perCfg);
      await model.release();
    }
    results.push(perModel);
  }
});

describe("stand-in models on the samples", () => {
  test("there are samples and two stand-in models to check", () => {
    expect(SAMPLES).toEqual(expect.arrayContaining(["label-upright.png", "label-rotated.png", "panoramic-annotated.png"]));
    expect(CLS).toBeGreaterThanOrEqual(0);
    expect(MASK).toBeGreaterThanOrEqual(0);
  });

  test.each(STANDIN_MODELS.map((m, i) => [m.name, i] as const))("%s: one output hash per sample across threads 1/2 and optimisation disabled/basic/all", (_name, i) => {
    const base = results[i][0];
    for (let c = 1; c < CONFIGS.length; c++) {
      for (let s = 0; s < SAMPLES.length; s++) {
        expect({ sample: SAMPLES[s], config: CONFIGS[c], hash: results[i][c][s].hash }).toEqual({ sample: SAMPLES[s], config: CONFIGS[c], hash: base[s].hash });
        expect(canonicalJson(results[i][c][s].doc)).toBe(canonicalJson(base[s].doc));
      }
    }
    // The hash depends on the image: upright and rotated labels do not collide.
    const up = SAMPLES.indexOf("label-upright.png");
    const rot = SAMPLES.indexOf("label-rotated.png");
    expect(base[up].hash).not.toBe(base[rot].hash);
    // The document names the model file and the preprocessing version.
    expect(base[up].doc.model_sha256).toBe(sha256Hex(readFileSync(STANDIN_MODELS[i].file)));
    expect(base[up].doc.preprocess).toBe(PREPROCESS_VERSION);
  });

  test("the hash is the sha256 of the RFC 8785 JSON of the document", () => {
    const r = results[CLS][0][0];
    expect(sha256Hex(new TextEncoder().encode(canonicalJson(r.doc)))).toBe(r.hash);
  });

  test("the classifier reads label-upright.png as upright and label-rotated.png as rotated_180", () => {
    const label = (f: string) => (results[CLS][0][SAMPLES.indexOf(f)].doc.result as ClassificationResult).label;
    expect(label("label-upright.png")).toBe("upright");
    expect(label("label-rotated.png")).toBe("rotated_180");
  });

  test("the mask of panoramic-annotated.png has regions only in the text bands (top and bottom rows)", () => {
    const doc = results[MASK][0][SAMPLES.indexOf("panoramic-annotated.png")].doc;
    expect(doc.kind).toBe("mask");
    const r = doc.result as MaskResult;
    const [gx, gy] = r.grid;
    expect(r.cells).toHaveLength(gy);
    expect(r.components).toBeGreaterThanOrEqual(1);
    expect(r.set_cells).toBeGreaterThan(0);
    // The sample has white text bands at y < 60 and y > 270 of 320: the top and bottom fifth of the grid.
    const band = Math.ceil(gy / 5);
    const rows = r.cells.flatMap((row, y) => (row.includes("1") ? [y] : []));
    for (const y of rows) expect(y < band || y >= gy - band).toBe(true);
    expect(rows.some((y) => y < band)).toBe(true);
    expect(rows.some((y) => y >= gy - band)).toBe(true);
    expect(r.cells.join("").split("").filter((c) => c === "1")).toHaveLength(r.set_cells);
    expect(r.cells.every((row) => row.length === gx)).toBe(true);
  });
});

describe("classification rule", () => {
  const rule: ClassificationRule = { kind: "classification", labels: ["a", "b", "c"], margin_ppm: 200_000, top_k: 2 };
  const out = (...p: number[]) => ({ data: Float32Array.from(p), dims: [1, p.length] });

  test("argmax label when top1 − top2 ≥ margin, AMBIGUOUS below it", () => {
    expect(canonicalClassification(rule, out(0.7, 0.2, 0.1)).label).toBe("a");
    expect(canonicalClassification(rule, out(0.1, 0.3, 0.6)).label).toBe("c");
    expect(canonicalClassification(rule, out(0.5, 0.4, 0.1)).label).toBe("AMBIGUOUS");
    expect(canonicalClassification(rule, out(0.45, 0.1, 0.45)).label).toBe("AMBIGUOUS");
    // exactly the margin is enough
    expect(canonicalClassification(rule, out(0.5, 0.3, 0.2)).label).toBe("a");
  });

  test("ties are broken by class index", () => {
    const r0 = { ...rule, margin_ppm: 0 };
    expect(canonicalClassification(r0, out(0.4, 0.4, 0.2)).label).toBe("a");
    expect(canonicalClassification(r0, out(0.2, 0.4, 0.4)).label).toBe("b");
    expect(canonicalClassification({ ...r0, top_k: 1 }, out(0.1, 0.45, 0.45)).top_k).toEqual(["b"]);
  });

  test("top_k is the k best labels, sorted by name", () => {
    const r = { ...rule, labels: ["zeta", "alpha", "mid"] };
    expect(canonicalClassification(r, out(0.5, 0.3, 0.2)).top_k).toEqual(["alpha", "zeta"]);
    expect(canonicalClassification(r, out(0.1, 0.3, 0.6)).top_k).toEqual(["alpha", "mid"]);
  });

  test("float noise below a ppm does not change the result", () => {
    expect(canonicalClassification(rule, out(0.7, 0.2, 0.1))).toEqual(canonicalClassification(rule, out(0.7000001, 0.1999999, 0.1)));
  });

  test("a class count that does not match the labels is refused", () => {
    expect(() => canonicalClassification(rule, out(0.5, 0.5))).toThrow(/2 classes, the rule names 3/);
  });
});

describe("mask rule", () => {
  const rule: MaskRule = { kind: "mask", threshold_ppm: 500_000, cell: 2 };
  /** A map from rows of digits: each digit d is probability d/10. */
  const map = (...rows: string[]) => ({ data: Float32Array.from(rows.join("").split(""), (d) => Number(d) / 10), dims: [1, 1, rows.length, rows[0].length] });

  test("a cell is set when a strict majority of its pixels reach the threshold", () => {
    const r = canonicalMask(rule, map("9900", "9000", "5500", "5400"));
    // top-left: 3 of 4 on; top-right: none; bottom-left: 4 of 4 (0.5 ≥ 0.5); bottom-right: 0.4 < 0.5 → 0 of 4
    expect(r.cells).toEqual(["10", "10"]);
    expect(r.grid).toEqual([2, 2]);
    expect(r.cell).toBe(2);
    expect(r.set_cells).toBe(2);
    expect(r.components).toBe(1);
    // exactly half is not a majority
    expect(canonicalMask(rule, map("9900", "0000")).cells).toEqual(["00"]);
  });

  test("components are 4-connected: diagonal cells are two, adjacent cells one", () => {
    const diag = canonicalMask({ ...rule, cell: 1 }, map("90", "09"));
    expect(diag.cells).toEqual(["10", "01"]);
    expect(diag.components).toBe(2);
    expect(diag.set_cells).toBe(2);
    const ring = canonicalMask({ ...rule, cell: 1 }, map("99999", "90009", "90909", "90009", "99999"));
    expect(ring.components).toBe(2);
    expect(ring.set_cells).toBe(17);
    const snake = canonicalMask({ ...rule, cell: 1 }, map("9990", "0090", "0999"));
    expect(snake.components).toBe(1);
    expect(canonicalMask({ ...rule, cell: 1 }, map("000", "000")).components).toBe(0);
  });

  test("only the content part of the map counts (padding is ignored)", () => {
    const r = canonicalMask(rule, map("009999", "009999"), 2, 2);
    expect(r.grid).toEqual([1, 1]);
    expect(r.cells).toEqual(["0"]);
  });
});

describe("detection rule", () => {
  const rule: DetectionRule = { kind: "detection", min_score_ppm: 500_000, grid: 8, labels: ["caries", "filling"] };
  const rows = [
    [13, 11, 60.1, 44, 0.9, 1],
    [3, 4, 20, 19.9, 0.5, 0],
    [100, 100, 120, 120, 0.49, 0],
    [12, 36, 28, 52, 0.95, 0],
    [40, 4, 59, 21, 0.7, 0],
  ];
  const out = (r: number[][]) => ({ data: Float32Array.from(r.flat()), dims: [1, r.length, 6] });

  test("corners snap to the grid, low scores are dropped, labels are named", () => {
    const r = canonicalDetection(rule, out(rows));
    expect(r.boxes).toEqual([
      { label: "caries", x1: 0, y1: 8, x2: 24, y2: 16 },
      { label: "caries", x1: 40, y1: 8, x2: 56, y2: 24 },
      { label: "caries", x1: 16, y1: 40, x2: 32, y2: 56 },
      { label: "filling", x1: 16, y1: 8, x2: 64, y2: 48 },
    ]);
  });

  test("the result does not depend on the order of the model's rows", () => {
    const base = JSON.stringify(canonicalDetection(rule, out(rows)));
    for (const perm of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]]) {
      expect(JSON.stringify(canonicalDetection(rule, out(perm.map((i) => rows[i]))))).toBe(base);
    }
  });

  test("a class without a label is named by its index; too few columns are refused", () => {
    const r = canonicalDetection({ ...rule, labels: undefined }, out([[0, 0, 8, 8, 0.9, 3]]));
    expect(r.boxes[0].label).toBe("3");
    expect(() => canonicalDetection(rule, { data: new Float32Array(5), dims: [1, 1, 5] })).toThrow(/6 columns/);
  });
});

describe("canonical document", () => {
  test("canonical JSON (RFC 8785) sorts keys whatever the construction order; the hash follows", () => {
    const a: CanonicalDocument = {
      model_sha256: "ab".repeat(32),
      preprocess: PREPROCESS_VERSION,
      kind: "mask",
      result: { grid: [2, 1], cell: 16, cells: ["10"], components: 1, set_cells: 1 },
    };
    const b = {
      result: { set_cells: 1, components: 1, cells: ["10"], cell: 16, grid: [2, 1] },
      kind: "mask",
      preprocess: PREPROCESS_VERSION,
      model_sha256: "ab".repeat(32),
    } as unknown as CanonicalDocument;
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe(
      `{"kind":"mask","model_sha256":"${"ab".repeat(32)}","preprocess":"${PREPROCESS_VERSION}","result":{"cell":16,"cells":["10"],"components":1,"grid":[2,1],"set_cells":1}}`,
    );
    expect(hex(outputHash(a))).toBe(hex(outputHash(b)));
    // ...and a different result gives a different hash
    expect(hex(outputHash({ ...a, result: { ...(a.result as MaskResult), components: 2 } }))).not.toBe(hex(outputHash(a)));
  });

  test("canonicalDocument binds model hash, preprocessing version and kind", () => {
    const rule = parseRule(STANDIN_MODELS[CLS].canonicalization);
    const doc = canonicalDocument("cd".repeat(32), rule, { label: "upright", top_k: ["upright"] });
    expect(doc).toEqual({ model_sha256: "cd".repeat(32), preprocess: PREPROCESS_VERSION, kind: "classification", result: { label: "upright", top_k: ["upright"] } });
  });
});

describe("parseRule", () => {
  test("accepts the stand-in rules", () => {
    for (const m of STANDIN_MODELS) expect(parseRule(m.canonicalization).kind).toBe(JSON.parse(m.canonicalization).kind);
    expect(parseRule(JSON.stringify({ kind: "detection", min_score_ppm: 1, grid: 4, labels: ["x"] })).kind).toBe("detection");
  });

  test.each([
    ["not json", /not JSON/],
    ["null", /must be a JSON object/],
    ["[1,2]", /must be a JSON object/],
    ['{"kind":"regression"}', /unknown canonicalization kind "regression"/],
    ['{"kind":"classification","labels":["only"],"margin_ppm":0,"top_k":1}', /labels must be at least two strings/],
    ['{"kind":"classification","labels":["a","AMBIGUOUS"],"margin_ppm":0,"top_k":1}', /AMBIGUOUS is reserved/],
    ['{"kind":"classification","labels":["a","b"],"margin_ppm":1.5,"top_k":1}', /margin_ppm must be an integer/],
    ['{"kind":"classification","labels":["a","b"],"margin_ppm":0,"top_k":3}', /top_k must be in 1..labels/],
    ['{"kind":"mask","threshold_ppm":2000000,"cell":16}', /threshold_ppm must be an integer in 0..1000000/],
    ['{"kind":"mask","threshold_ppm":1,"cell":0}', /cell must be an integer in 1..256/],
    ['{"kind":"detection","min_score_ppm":-1,"grid":8}', /min_score_ppm must be an integer/],
    ['{"kind":"detection","min_score_ppm":1,"grid":"8"}', /grid must be an integer/],
    ['{"kind":"detection","min_score_ppm":1,"grid":8,"labels":"ab"}', /labels must be an array of strings/],
    ['{"kind":"mask","threshold_ppm":1,"cell":4,"output":7}', /output must be a string/],
  ])("refuses %s", (text, msg) => {
    expect(() => parseRule(text)).toThrow(msg);
  });
});

describe("model loading", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "btt-model-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a model file whose sha256 is not the record's is refused before onnxruntime sees it", async () => {
    const good = join(dir, "good.onnx");
    copyFileSync(STANDIN_MODELS[CLS].file, good);
    const ok = await LoadedModel.load(good, recordOf(CLS), { executionProvider: "cpu" });
    expect(ok.sha256).toBe(hex(recordOf(CLS).onnxSha256));
    await ok.release();

    const bad = join(dir, "bad.onnx");
    const bytes = readFileSync(STANDIN_MODELS[CLS].file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(bad, bytes);
    const err = await LoadedModel.load(bad, recordOf(CLS), { executionProvider: "cpu" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelHashMismatchError);
    expect((err as Error).message).toContain(hex(recordOf(CLS).onnxSha256));
    expect((err as Error).message).toContain(sha256Hex(bytes));
  });

  test('"cuda" without CUDA libraries fails clearly; "auto" falls back to the CPU', async () => {
    const bytes = readFileSync(STANDIN_MODELS[CLS].file);
    if (cudaProviderPresent()) {
      // A GPU machine: "cuda" must really give CUDA.
      const s = await createSession(bytes, { executionProvider: "cuda" });
      expect(s.provider).toBe("cuda");
      await s.session.release();
      return;
    }
    await expect(createSession(bytes, { executionProvider: "cuda" })).rejects.toThrow(/CUDA execution provider unavailable/);
    const auto = await createSession(bytes, { executionProvider: "auto" });
    expect(auto.provider).toBe("cpu");
    expect(auto.session.inputNames.length).toBeGreaterThan(0);
    await auto.session.release();
  });
});
