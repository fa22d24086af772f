// The clinic's readable report: the agreed canonical result with a short human summary, and for mask
// and detection models a PNG of the original image with the model's output drawn over it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import type { CanonicalDocument, ClassificationResult, DetectionResult, MaskResult } from "./canonical.js";
import type { RgbImage } from "./image.js";

export interface ReportInput {
  taskId: bigint;
  model: { id: bigint; name: string; taskType: string };
  resultHash: Uint8Array;
  doc: CanonicalDocument;
  workers: { address: string; outcome: string; paid?: string }[];
  settledHeight: bigint | number;
  imageFile: string;
}

export interface Report {
  task_id: string;
  image: string;
  model: { id: string; name: string; task_type: string; sha256: string };
  preprocess: string;
  result_hash: string;
  settled_height: string;
  kind: CanonicalDocument["kind"];
  result: CanonicalDocument["result"];
  summary: string[];
  workers: { address: string; outcome: string; paid?: string }[];
}

/** Human-readable lines for a canonical result. */
export function summarise(doc: CanonicalDocument): string[] {
  switch (doc.kind) {
    case "classification": {
      const r = doc.result as ClassificationResult;
      return [`label: ${r.label}`, `top ${r.top_k.length}: ${r.top_k.join(", ")}`];
    }
    case "mask": {
      const r = doc.result as MaskResult;
      const [gx, gy] = r.grid;
      return [
        `mask: ${r.components} region${r.components === 1 ? "" : "s"}, ${r.set_cells} of ${gx * gy} cells`,
        `grid: ${gx}x${gy} cells of ${r.cell} px`,
      ];
    }
    case "detection": {
      const r = doc.result as DetectionResult;
      const counts = new Map<string, number>();
      for (const b of r.boxes) counts.set(b.label, (counts.get(b.label) ?? 0) + 1);
      const lines = [`detections: ${r.boxes.length} box${r.boxes.length === 1 ? "" : "es"}`];
      for (const [label, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(`${label}: ${n}`);
      return lines;
    }
    default:
      return [`result kind ${JSON.stringify((doc as { kind: unknown }).kind)}`];
  }
}

export function buildReport(input: ReportInput): Report {
  const { doc } = input;
  return {
    task_id: input.taskId.toString(),
    image: input.imageFile,
    model: { id: input.model.id.toString(), name: input.model.name, task_type: input.model.taskType, sha256: doc.model_sha256 },
    preprocess: doc.preprocess,
    result_hash: Buffer.from(input.resultHash).toString("hex"),
    settled_height: String(input.settledHeight),
    kind: doc.kind,
    result: doc.result,
    summary: summarise(doc),
    workers: input.workers.map((w) => (w.paid === undefined ? { address: w.address, outcome: w.outcome } : { ...w })),
  };
}

/** Blends `rgb` over pixel (x, y) of `data` (RGBA) with alpha a/256. */
function blend(data: Buffer, width: number, x: number, y: number, rgb: [number, number, number], a: number): void {
  const o = (y * width + x) * 4;
  for (let c = 0; c < 3; c++) data[o + c] = (data[o + c] * (256 - a) + rgb[c] * a) >> 8;
}

const RED: [number, number, number] = [255, 0, 0];
const YELLOW: [number, number, number] = [255, 230, 0];

/**
 * PNG of `image` with the model's output drawn over it: set mask cells tinted red (their component
 * borders in a stronger red), detection boxes outlined in yellow. Detection boxes are in model input
 * pixels: `input` is the part of the model input that covers the image (for a "fit" spec its content
 * width, not the padded width); without it the boxes are taken to be in image pixels.
 * Classification results have nothing to draw: undefined.
 */
export function renderOverlay(image: RgbImage, doc: CanonicalDocument, input?: { width: number; height: number }): Uint8Array | undefined {
  if (doc.kind !== "mask" && doc.kind !== "detection") return undefined;
  const W = image.width;
  const H = image.height;
  const png = new PNG({ width: W, height: H });
  for (let p = 0; p < W * H; p++) {
    png.data[p * 4] = image.rgb[p * 3];
    png.data[p * 4 + 1] = image.rgb[p * 3 + 1];
    png.data[p * 4 + 2] = image.rgb[p * 3 + 2];
    png.data[p * 4 + 3] = 255;
  }
  if (doc.kind === "mask") {
    const r = doc.result as MaskResult;
    const [gx, gy] = r.grid;
    const set = (cx: number, cy: number) => cx >= 0 && cy >= 0 && cx < gx && cy < gy && r.cells[cy]?.[cx] === "1";
    for (let cy = 0; cy < gy; cy++) {
      const y0 = Math.floor((cy * H) / gy);
      const y1 = Math.floor(((cy + 1) * H) / gy);
      for (let cx = 0; cx < gx; cx++) {
        if (!set(cx, cy)) continue;
        const x0 = Math.floor((cx * W) / gx);
        const x1 = Math.floor(((cx + 1) * W) / gx);
        for (let y = y0; y < y1; y++) {
          for (let x = x0; x < x1; x++) {
            // A pixel on the side of a cell that borders an unset cell is on the region's outline.
            const edge = (x === x0 && !set(cx - 1, cy)) || (x === x1 - 1 && !set(cx + 1, cy)) || (y === y0 && !set(cx, cy - 1)) || (y === y1 - 1 && !set(cx, cy + 1));
            blend(png.data, W, x, y, RED, edge ? 200 : 96);
          }
        }
      }
    }
  } else {
    const r = doc.result as DetectionResult;
    const sx = W / (input?.width ?? W);
    const sy = H / (input?.height ?? H);
    const clampX = (v: number) => Math.min(W - 1, Math.max(0, Math.round(v * sx)));
    const clampY = (v: number) => Math.min(H - 1, Math.max(0, Math.round(v * sy)));
    for (const b of r.boxes) {
      const x1 = clampX(Math.min(b.x1, b.x2));
      const x2 = clampX(Math.max(b.x1, b.x2));
      const y1 = clampY(Math.min(b.y1, b.y2));
      const y2 = clampY(Math.max(b.y1, b.y2));
      for (let x = x1; x <= x2; x++) {
        blend(png.data, W, x, y1, YELLOW, 256);
        if (y2 !== y1) blend(png.data, W, x, y2, YELLOW, 256);
      }
      for (let y = y1 + 1; y < y2; y++) {
        blend(png.data, W, x1, y, YELLOW, 256);
        if (x2 !== x1) blend(png.data, W, x2, y, YELLOW, 256);
      }
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** Writes `<dir>/<baseName>.json` and, when given, `<dir>/<baseName>.png`; returns their paths. */
export function writeReport(dir: string, baseName: string, report: Report, png?: Uint8Array): { json: string; png?: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `${baseName}.json`);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  if (!png) return { json };
  const pngPath = join(dir, `${baseName}.png`);
  writeFileSync(pngPath, png);
  return { json, png: pngPath };
}
