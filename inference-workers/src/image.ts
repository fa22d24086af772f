// Image decoding and preprocessing in pure JS integer maths, so that every worker, whatever its CPU,
// GPU or thread count, feeds the model the same tensor.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

/** Bumped whenever a change here could alter a tensor: it goes into every result hash. */
export const PREPROCESS_VERSION = "btt-pre-1";

export class BadImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadImageError";
  }
}

/** Decoding limits: a decompression bomb is refused from its header, before any pixel is inflated. */
export interface DecodeLimits {
  /** Largest accepted width × height (default 40 megapixels). */
  maxPixels: number;
  /** Largest accepted side (default 16384). */
  maxSide: number;
  /** Largest accepted encoded file (default 32 MiB). */
  maxBytes: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxPixels: 40_000_000, maxSide: 16_384, maxBytes: 32 * 1024 * 1024 };

/** 8-bit RGB pixels, row-major. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function imageFormat(data: Uint8Array): "png" | "jpeg" | undefined {
  if (data.length >= 8 && Buffer.from(data.subarray(0, 8)).equals(PNG_SIGNATURE)) return "png";
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  return undefined;
}

function checkSize(width: number, height: number, limits: DecodeLimits): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new BadImageError(`bad image size ${width}x${height}`);
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw new BadImageError(`image ${width}x${height} exceeds the limit (${limits.maxSide} px a side, ${limits.maxPixels} pixels)`);
  }
}

/** Width and height from a JPEG's first SOFn marker, without decoding it. */
function jpegSize(data: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) throw new BadImageError("corrupt JPEG: marker expected");
    const marker = data[i + 1];
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = (data[i + 2] << 8) | data[i + 3];
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: (data[i + 5] << 8) | data[i + 6], width: (data[i + 7] << 8) | data[i + 8] };
    if (len < 2) throw new BadImageError("corrupt JPEG: bad segment length");
    i += 2 + len;
  }
  throw new BadImageError("truncated JPEG: no frame header");
}

/** Decodes a PNG or JPEG into RGB (alpha composited on black), refusing anything over `limits`. */
export function decodeImage(data: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): RgbImage {
  if (data.length > limits.maxBytes) throw new BadImageError(`image file of ${data.length} bytes exceeds ${limits.maxBytes}`);
  const format = imageFormat(data);
  if (!format) throw new BadImageError("not a PNG or JPEG image");
  let width: number;
  let height: number;
  let rgba: Uint8Array;
  try {
    if (format === "png") {
      if (data.length < 33) throw new BadImageError("truncated PNG header");
      const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (view.toString("latin1", 12, 16) !== "IHDR") throw new BadImageError("corrupt PNG: IHDR expected first");
      checkSize(view.readUInt32BE(16), view.readUInt32BE(20), limits);
      const png = PNG.sync.read(view);
      ({ width, height } = png);
      rgba = png.data;
    } else {
      const size = jpegSize(data);
      checkSize(size.width, size.height, limits);
      const img = jpeg.decode(data, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: Math.ceil(limits.maxPixels / 1_000_000),
        maxMemoryUsageInMB: 1024,
      });
      ({ width, height } = img);
      rgba = img.data;
    }
  } catch (err) {
    if (err instanceof BadImageError) throw err;
    throw new BadImageError(`cannot decode ${format}: ${err instanceof Error ? err.message : String(err)}`);
  }
  checkSize(width, height, limits);
  if (rgba.length < width * height * 4) throw new BadImageError(`truncated ${format}: pixel data incomplete`);
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0, q = 0; p < width * height; p++, q += 4) {
    const a = rgba[q + 3];
    if (a === 255) {
      // Opaque (almost every radiograph): round(c × 255 / 255) = c.
      rgb[p * 3] = rgba[q];
      rgb[p * 3 + 1] = rgba[q + 1];
      rgb[p * 3 + 2] = rgba[q + 2];
      continue;
    }
    // Integer alpha compositing on black: round(c × a / 255).
    rgb[p * 3] = Math.floor((rgba[q] * a + 127) / 255);
    rgb[p * 3 + 1] = Math.floor((rgba[q + 1] * a + 127) / 255);
    rgb[p * 3 + 2] = Math.floor((rgba[q + 2] * a + 127) / 255);
  }
  return { width, height, rgb };
}

/**
 * Bilinear resize in 8-bit fixed point: source coordinates and weights are integers in 1/256 px,
 * so the result is the same on every machine.
 */
export function resizeBilinear(src: RgbImage, width: number, height: number): RgbImage {
  // At the same size every source position is a whole pixel (weights 0): the result is a copy.
  if (width === src.width && height === src.height) return src;
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    // centre-aligned source position × 256
    const sy = Math.max(0, Math.floor(((2 * y + 1) * src.height * 128) / height) - 128);
    const y0 = Math.min(src.height - 1, sy >> 8);
    const y1 = Math.min(src.height - 1, y0 + 1);
    const wy = sy & 255;
    for (let x = 0; x < width; x++) {
      const sx = Math.max(0, Math.floor(((2 * x + 1) * src.width * 128) / width) - 128);
      const x0 = Math.min(src.width - 1, sx >> 8);
      const x1 = Math.min(src.width - 1, x0 + 1);
      const wx = sx & 255;
      for (let c = 0; c < 3; c++) {
        const p00 = src.rgb[(y0 * src.width + x0) * 3 + c];
        const p01 = src.rgb[(y0 * src.width + x1) * 3 + c];
        const p10 = src.rgb[(y1 * src.width + x0) * 3 + c];
        const p11 = src.rgb[(y1 * src.width + x1) * 3 + c];
        const top = p00 * (256 - wx) + p01 * wx;
        const bottom = p10 * (256 - wx) + p11 * wx;
        out[(y * width + x) * 3 + c] = (top * (256 - wy) + bottom * wy + 32768) >> 16;
      }
    }
  }
  return { width, height, rgb: out };
}

/** How a model wants its input: stored as JSON in the model record's input_spec. */
export interface InputSpec {
  /** Name of the graph input (default: the session's first input). */
  input?: string;
  width: number;
  height: number;
  /** "stretch" resizes to width×height; "fit" keeps the aspect ratio, fills the height and pads the right with zeros (after normalisation). */
  resize: "stretch" | "fit";
  /** Channel order fed to the model. */
  channels: "rgb" | "bgr";
  /** Per-channel mean and std applied to pixel / 255 (in the model's channel order). */
  mean: [number, number, number];
  std: [number, number, number];
}

export function parseInputSpec(text: string): InputSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`input_spec is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error("input_spec must be a JSON object");
  const s = raw as Partial<InputSpec>;
  const dim = (v: unknown) => Number.isInteger(v) && (v as number) >= 8 && (v as number) <= 4096;
  const triple = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === "number" && Number.isFinite(x));
  if (!dim(s.width) || !dim(s.height)) throw new Error("input_spec: width and height must be integers in 8..4096");
  if (s.resize !== "stretch" && s.resize !== "fit") throw new Error('input_spec: resize must be "stretch" or "fit"');
  if (s.channels !== "rgb" && s.channels !== "bgr") throw new Error('input_spec: channels must be "rgb" or "bgr"');
  if (!triple(s.mean) || !triple(s.std) || s.std!.some((x) => x === 0)) throw new Error("input_spec: mean and std must be three numbers (std non-zero)");
  if (s.input !== undefined && typeof s.input !== "string") throw new Error("input_spec: input must be a string");
  return { input: s.input, width: s.width!, height: s.height!, resize: s.resize, channels: s.channels, mean: s.mean!, std: s.std! };
}

/** The model's input tensor (NCHW float32) and the resized image it came from (for drawing reports). */
export interface Preprocessed {
  tensor: Float32Array;
  dims: [1, 3, number, number];
  /** Width of the real image inside the tensor (less than spec.width when "fit" padded it). */
  contentWidth: number;
  contentHeight: number;
}

export function preprocess(img: RgbImage, spec: InputSpec): Preprocessed {
  let cw = spec.width;
  const ch = spec.height;
  if (spec.resize === "fit") cw = Math.max(1, Math.min(spec.width, Math.ceil((img.width * spec.height) / img.height)));
  const resized = resizeBilinear(img, cw, ch);
  const plane = spec.width * spec.height;
  const tensor = new Float32Array(3 * plane); // zero-padded
  const order = spec.channels === "rgb" ? [0, 1, 2] : [2, 1, 0];
  for (let c = 0; c < 3; c++) {
    // One table per channel: the only float maths, identical in every IEEE-754 engine.
    const lut = new Float32Array(256);
    for (let v = 0; v < 256; v++) lut[v] = (v / 255 - spec.mean[c]) / spec.std[c];
    const srcC = order[c];
    for (let y = 0; y < ch; y++) {
      for (let x = 0; x < cw; x++) tensor[c * plane + y * spec.width + x] = lut[resized.rgb[(y * cw + x) * 3 + srcC]];
    }
  }
  return { tensor, dims: [1, 3, spec.height, spec.width], contentWidth: cw, contentHeight: ch };
}
