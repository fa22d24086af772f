// Loading a registered model: the file's sha256 must equal the on-chain record before onnxruntime
// sees it; the CUDA execution provider is used when its libraries load, otherwise the CPU.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as ort from "onnxruntime-node";
import { canonicalDocument, canonicalise, outputHash, parseRule, type CanonicalDocument, type CanonicalRule } from "./canonical.js";
import { decodeImage, parseInputSpec, preprocess, type DecodeLimits, type InputSpec, type RgbImage } from "./image.js";

export class ModelHashMismatchError extends Error {
  constructor(path: string, expected: string, actual: string) {
    super(`model file ${path} has sha256 ${actual}, the chain's record says ${expected}: refusing to load it`);
    this.name = "ModelHashMismatchError";
  }
}

/** The fields of an x/compute Model record the worker needs. */
export interface ModelRecord {
  id: bigint;
  name: string;
  onnxSha256: Uint8Array;
  inputSpec: string;
  canonicalization: string;
}

export type ExecutionProviderChoice = "auto" | "cpu" | "cuda";

export interface SessionOptions {
  executionProvider?: ExecutionProviderChoice;
  intraOpThreads?: number;
  /** onnxruntime graph optimisation level (default "all"); canonical hashes do not depend on it. */
  graphOptimization?: "disabled" | "basic" | "extended" | "all";
}

export function sha256Hex(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * True when onnxruntime-node can find its CUDA provider library (installed by `make gpu-deps`, or on
 * LD_LIBRARY_PATH through ORT_CUDA_PROVIDER_DIR). "auto" only tries CUDA then, so a CPU machine does
 * not log onnxruntime's load error on every session.
 */
export function cudaProviderPresent(): boolean {
  const req = createRequire(import.meta.url);
  const binDir = join(dirname(req.resolve("onnxruntime-node")), "..", "bin", "napi-v6", process.platform, process.arch);
  return [binDir, process.env.ORT_CUDA_PROVIDER_DIR].some((d) => d && existsSync(join(d, "libonnxruntime_providers_cuda.so")));
}

/** Creates a session on `bytes`; with "auto" tries CUDA first and falls back to the CPU when its libraries are missing. */
export async function createSession(bytes: Uint8Array, o: SessionOptions = {}): Promise<{ session: ort.InferenceSession; provider: "cuda" | "cpu" }> {
  const base: ort.InferenceSession.SessionOptions = {
    graphOptimizationLevel: o.graphOptimization ?? "all",
    intraOpNumThreads: o.intraOpThreads ?? 1,
    interOpNumThreads: 1,
  };
  const choice = o.executionProvider ?? "auto";
  if (choice === "cuda" || (choice === "auto" && cudaProviderPresent())) {
    try {
      return { session: await ort.InferenceSession.create(bytes, { ...base, executionProviders: ["cuda"] }), provider: "cuda" };
    } catch (err) {
      // Asking for CUDA without libcudart/cudnn or the provider library throws: that is the fallback case.
      if (choice === "cuda") throw new Error(`CUDA execution provider unavailable: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { session: await ort.InferenceSession.create(bytes, { ...base, executionProviders: ["cpu"] }), provider: "cpu" };
}

/** A model ready to run: verified file, parsed input spec and canonicalisation rule. */
export class LoadedModel {
  private constructor(
    readonly record: ModelRecord,
    readonly sha256: string,
    readonly spec: InputSpec,
    readonly rule: CanonicalRule,
    readonly session: ort.InferenceSession,
    readonly provider: "cuda" | "cpu",
  ) {}

  /** Reads `path`, checks its sha256 against the record, parses the record's specs and opens a session. */
  static async load(path: string, record: ModelRecord, o: SessionOptions = {}): Promise<LoadedModel> {
    const bytes = readFileSync(path);
    const expected = Buffer.from(record.onnxSha256).toString("hex");
    const actual = sha256Hex(bytes);
    if (actual !== expected) throw new ModelHashMismatchError(path, expected, actual);
    const spec = parseInputSpec(record.inputSpec);
    const rule = parseRule(record.canonicalization);
    const { session, provider } = await createSession(bytes, o);
    return new LoadedModel(record, actual, spec, rule, session, provider);
  }

  /** Raw model output for an already decoded image. */
  async runRaw(img: RgbImage): Promise<{ output: ort.Tensor; content: { width: number; height: number } }> {
    const pre = preprocess(img, this.spec);
    const input = this.spec.input ?? this.session.inputNames[0];
    const outName = this.rule.output ?? this.session.outputNames[0];
    const feeds = { [input]: new ort.Tensor("float32", pre.tensor, pre.dims) };
    const out = await this.session.run(feeds, [outName]);
    return { output: out[outName], content: { width: pre.contentWidth, height: pre.contentHeight } };
  }

  /** Decodes, preprocesses, runs and canonicalises: the document whose hash a worker commits. */
  async analyze(image: Uint8Array, limits?: DecodeLimits): Promise<{ doc: CanonicalDocument; hash: Uint8Array }> {
    const img = decodeImage(image, limits);
    const { output, content } = await this.runRaw(img);
    const result = canonicalise(this.rule, { data: output.data as Float32Array, dims: output.dims }, content);
    output.dispose();
    const doc = canonicalDocument(this.sha256, this.rule, result);
    return { doc, hash: outputHash(doc) };
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}
