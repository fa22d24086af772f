// The clinic's report: summaries of each result kind, and the overlay drawn where the result says.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import type { CanonicalDocument } from "../src/canonical.js";
import { buildReport, renderOverlay, summarise, writeReport } from "../src/report.js";

const grey = (width: number, height: number) => ({ width, height, rgb: new Uint8Array(width * height * 3).fill(128) });
const doc = (kind: CanonicalDocument["kind"], result: CanonicalDocument["result"]): CanonicalDocument => ({ model_sha256: "ab".repeat(32), preprocess: "btt-pre-1", kind, result });
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];

describe("report", () => {
  test("summaries name what the result says", () => {
    expect(summarise(doc("classification", { label: "rotated", top_k: ["rotated", "upright"] }))).toEqual(["label: rotated", "top 2: rotated, upright"]);
    expect(summarise(doc("mask", { grid: [4, 2], cell: 8, cells: ["1100", "0001"], components: 2, set_cells: 3 }))[0]).toBe("mask: 2 regions, 3 of 8 cells");
    const det = summarise(doc("detection", { boxes: [{ label: "caries", x1: 0, y1: 0, x2: 1, y2: 1 }, { label: "caries", x1: 2, y1: 2, x2: 3, y2: 3 }, { label: "implant", x1: 0, y1: 0, x2: 1, y2: 1 }] }));
    expect(det).toEqual(["detections: 3 boxes", "caries: 2", "implant: 1"]);
  });

  test("a mask overlay tints exactly the set cells; classification has no overlay", () => {
    const png = PNG.sync.read(Buffer.from(renderOverlay(grey(40, 20), doc("mask", { grid: [4, 2], cell: 10, cells: ["1000", "0001"], components: 2, set_cells: 2 }))!));
    expect([png.width, png.height]).toEqual([40, 20]);
    const inside = pixel(png, 5, 5); // cell (0,0), set
    expect(inside[0]).toBeGreaterThan(128);
    expect(inside[1]).toBeLessThan(128);
    expect(pixel(png, 15, 5)).toEqual([128, 128, 128]); // cell (1,0), unset
    expect(pixel(png, 35, 15)[0]).toBeGreaterThan(128); // cell (3,1), set
    expect(pixel(png, 5, 15)).toEqual([128, 128, 128]);
    expect(renderOverlay(grey(8, 8), doc("classification", { label: "upright", top_k: ["upright"] }))).toBeUndefined();
  });

  test("detection boxes are scaled from model input pixels to the image and clamped", () => {
    const png = PNG.sync.read(Buffer.from(renderOverlay(grey(100, 100), doc("detection", { boxes: [{ label: "caries", x1: 10, y1: 10, x2: 20, y2: 20 }, { label: "x", x1: -5, y1: -5, x2: 500, y2: 500 }] }), { width: 50, height: 50 })!));
    expect(pixel(png, 20, 30)).toEqual([255, 230, 0]); // left edge of the first box, scaled ×2
    expect(pixel(png, 30, 30)).toEqual([128, 128, 128]); // its inside is untouched
    expect(pixel(png, 0, 50)).toEqual([255, 230, 0]); // the second box clamped to the image border
  });

  test("buildReport and writeReport keep the hash and workers", () => {
    const r = buildReport({
      taskId: 7n,
      model: { id: 1n, name: "m", taskType: "classification" },
      resultHash: new Uint8Array(32).fill(1),
      doc: doc("classification", { label: "upright", top_k: ["upright"] }),
      workers: [{ address: "btt1a", outcome: "agreed", paid: "10ubtt" }, { address: "btt1b", outcome: "silent" }],
      settledHeight: 42n,
      imageFile: "x.png",
    });
    expect(r.result_hash).toBe("01".repeat(32));
    expect(r.settled_height).toBe("42");
    expect(r.workers[1]).toEqual({ address: "btt1b", outcome: "silent" });
    const out = writeReport(mkdtempSync(join(tmpdir(), "report-")), "task-7", r);
    expect(JSON.parse(readFileSync(out.json, "utf8")).task_id).toBe("7");
    expect(out.png).toBeUndefined();
  });
});
