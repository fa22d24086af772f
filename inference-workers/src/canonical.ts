// Output canonicalisation: the rule stored in the model record turns a model's raw float output into
// integers and labels only, so that workers on different hardware agree on one hash.
import { createHash } from "node:crypto";
import canonicalizeModule from "canonicalize";
import { PREPROCESS_VERSION } from "./image.js";

/** classification → argmax label when top1 − top2 ≥ margin, else AMBIGUOUS, plus the sorted top-k label set. */
export interface ClassificationRule {
  kind: "classification";
  output?: string;
  labels: string[];
  /** Margin in parts per million of probability. */
  margin_ppm: number;
  top_k: number;
}

/** mask → threshold, majority per cell (cell × cell px), count of 4-connected components of set cells. */
export interface MaskRule {
  kind: "mask";
  output?: string;
  threshold_ppm: number;
  cell: number;
}

/** detection → boxes [x1, y1, x2, y2, score, class] with score ≥ min, corners snapped to a grid, sorted. */
export interface DetectionRule {
  kind: "detection";
  output?: string;
  min_score_ppm: number;
  grid: number;
  labels?: string[];
}

export type CanonicalRule = ClassificationRule | MaskRule | DetectionRule;

export function parseRule(text: string): CanonicalRule {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`canonicalization rule is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error("canonicalization rule must be a JSON object");
  const int = (v: unknown, lo: number, hi: number) => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
  if (raw.output !== undefined && typeof raw.output !== "string") throw new Error("rule: output must be a string");
  switch (raw.kind) {
    case "classification":
      if (!Array.isArray(raw.labels) || raw.labels.length < 2 || !raw.labels.every((l) => typeof l === "string" && l !== "AMBIGUOUS")) {
        throw new Error("classification rule: labels must be at least two strings (AMBIGUOUS is reserved)");
      }
      if (!int(raw.margin_ppm, 0, 1_000_000)) throw new Error("classification rule: margin_ppm must be an integer in 0..1000000");
      if (!int(raw.top_k, 1, raw.labels.length)) throw new Error("classification rule: top_k must be in 1..labels");
      return raw as unknown as ClassificationRule;
    case "mask":
      if (!int(raw.threshold_ppm, 0, 1_000_000)) throw new Error("mask rule: threshold_ppm must be an integer in 0..1000000");
      if (!int(raw.cell, 1, 256)) throw new Error("mask rule: cell must be an integer in 1..256");
      return raw as unknown as MaskRule;
    case "detection":
      if (!int(raw.min_score_ppm, 0, 1_000_000)) throw new Error("detection rule: min_score_ppm must be an integer in 0..1000000");
      if (!int(raw.grid, 1, 256)) throw new Error("detection rule: grid must be an integer in 1..256");
      if (raw.labels !== undefined && !(Array.isArray(raw.labels) && raw.labels.every((l) => typeof l === "string"))) {
        throw new Error("detection rule: labels must be an array of strings");
      }
      return raw as unknown as DetectionRule;
    default:
      throw new Error(`unknown canonicalization kind ${JSON.stringify(raw.kind)}`);
  }
}

/** A raw output tensor as onnxruntime returns it. */
export interface RawOutput {
  data: Float32Array;
  dims: readonly number[];
}

export interface ClassificationResult {
  label: string;
  top_k: string[];
}

export interface MaskResult {
  /** Cells per row and per column. */
  grid: [number, number];
  cell: number;
  /** One string of 0/1 per cell row. */
  cells: string[];
  components: number;
  set_cells: number;
}

export interface DetectionResult {
  boxes: { label: string; x1: number; y1: number; x2: number; y2: number }[];
}

export type CanonicalResult = ClassificationResult | MaskResult | DetectionResult;

// canonicalize is CommonJS (module.exports = serialize); its .d.ts declares an ESM default export.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

const ppm = (p: number) => Math.round(p * 1_000_000);

export function canonicalClassification(rule: ClassificationRule, out: RawOutput): ClassificationResult {
  const n = out.dims[out.dims.length - 1];
  if (n !== rule.labels.length) throw new Error(`model gives ${n} classes, the rule names ${rule.labels.length}`);
  // Probabilities in integer ppm; ties broken by class index so the order is total.
  const scored = Array.from(out.data.subarray(0, n), (p, i) => ({ i, s: ppm(p) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const label = scored[0].s - scored[1].s >= rule.margin_ppm ? rule.labels[scored[0].i] : "AMBIGUOUS";
  const top_k = scored.slice(0, rule.top_k).map((x) => rule.labels[x.i]).sort();
  return { label, top_k };
}

/**
 * `contentWidth`/`contentHeight`: the part of the output map that covers the image (the rest is padding).
 */
export function canonicalMask(rule: MaskRule, out: RawOutput, contentWidth?: number, contentHeight?: number): MaskResult {
  const h = out.dims[out.dims.length - 2];
  const w = out.dims[out.dims.length - 1];
  const cw = Math.min(w, contentWidth ?? w);
  const chh = Math.min(h, contentHeight ?? h);
  const gx = Math.floor(cw / rule.cell);
  const gy = Math.floor(chh / rule.cell);
  const threshold = rule.threshold_ppm;
  const grid: Uint8Array = new Uint8Array(gx * gy);
  const half = (rule.cell * rule.cell) / 2;
  for (let cy = 0; cy < gy; cy++) {
    for (let cx = 0; cx < gx; cx++) {
      let on = 0;
      for (let y = cy * rule.cell; y < (cy + 1) * rule.cell; y++) {
        for (let x = cx * rule.cell; x < (cx + 1) * rule.cell; x++) if (ppm(out.data[y * w + x]) >= threshold) on++;
      }
      grid[cy * gx + cx] = on > half ? 1 : 0;
    }
  }
  // 4-connected components of set cells (iterative flood fill).
  const seen = new Uint8Array(gx * gy);
  let components = 0;
  let setCells = 0;
  for (let i = 0; i < grid.length; i++) {
    if (!grid[i]) continue;
    setCells++;
    if (seen[i]) continue;
    components++;
    const stack = [i];
    seen[i] = 1;
    while (stack.length) {
      const j = stack.pop()!;
      const x = j % gx;
      const y = (j - x) / gx;
      for (const [nx, ny] of [[x - 1, y], [x + 1, y], [x, y - 1], [x, y + 1]]) {
        if (nx < 0 || ny < 0 || nx >= gx || ny >= gy) continue;
        const k = ny * gx + nx;
        if (grid[k] && !seen[k]) {
          seen[k] = 1;
          stack.push(k);
        }
      }
    }
  }
  const cells: string[] = [];
  for (let cy = 0; cy < gy; cy++) cells.push(Array.from(grid.subarray(cy * gx, (cy + 1) * gx)).join(""));
  return { grid: [gx, gy], cell: rule.cell, cells, components, set_cells: setCells };
}

/** Rows of [x1, y1, x2, y2, score, class] in input pixels. */
export function canonicalDetection(rule: DetectionRule, out: RawOutput): DetectionResult {
  const cols = out.dims[out.dims.length - 1];
  if (cols < 6) throw new Error(`detection output needs 6 columns [x1,y1,x2,y2,score,class], got ${cols}`);
  const rows = out.data.length / cols;
  const snap = (v: number) => Math.round(v / rule.grid) * rule.grid;
  const boxes: DetectionResult["boxes"] = [];
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    if (ppm(out.data[o + 4]) < rule.min_score_ppm) continue;
    const cls = Math.round(out.data[o + 5]);
    const label = rule.labels?.[cls] ?? String(cls);
    boxes.push({ label, x1: snap(out.data[o]), y1: snap(out.data[o + 1]), x2: snap(out.data[o + 2]), y2: snap(out.data[o + 3]) });
  }
  boxes.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || a.y1 - b.y1 || a.x1 - b.x1 || a.y2 - b.y2 || a.x2 - b.x2);
  return { boxes };
}

export function canonicalise(rule: CanonicalRule, out: RawOutput, content?: { width: number; height: number }): CanonicalResult {
  switch (rule.kind) {
    case "classification":
      return canonicalClassification(rule, out);
    case "mask":
      return canonicalMask(rule, out, content?.width, content?.height);
    case "detection":
      return canonicalDetection(rule, out);
  }
}

/** What is hashed: the canonical result with the model and preprocessing it came from. */
export interface CanonicalDocument {
  model_sha256: string;
  preprocess: string;
  kind: CanonicalRule["kind"];
  result: CanonicalResult;
}

export function canonicalDocument(modelSha256Hex: string, rule: CanonicalRule, result: CanonicalResult): CanonicalDocument {
  return { model_sha256: modelSha256Hex, preprocess: PREPROCESS_VERSION, kind: rule.kind, result };
}

/** RFC 8785 canonical JSON of the document. */
export function canonicalJson(doc: CanonicalDocument): string {
  const s = canonicalize(doc);
  if (s === undefined) throw new Error("document cannot be canonicalised");
  return s;
}

/** sha256 of the RFC 8785 canonical JSON: the output hash that is committed and revealed. */
export function outputHash(doc: CanonicalDocument): Uint8Array {
  return new Uint8Array(createHash("sha256").update(canonicalJson(doc)).digest());
}
