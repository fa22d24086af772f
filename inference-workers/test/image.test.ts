// Image decoding with limits and the integer preprocessing every worker must reproduce bit for bit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { jest } from "@jest/globals";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import {
  BadImageError,
  DEFAULT_DECODE_LIMITS,
  decodeImage,
  imageFormat,
  parseInputSpec,
  preprocess,
  resizeBilinear,
  type InputSpec,
  type RgbImage,
} from "../src/image.js";

const SAMPLES = join(fileURLToPath(import.meta.url), "..", "..", "..", "samples");
const sample = (f: string) => new Uint8Array(readFileSync(join(SAMPLES, f)));

/** CRC-32 (IEEE) as PNG chunks use it. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) png.data.set(pixel(x, y), (y * width + x) * 4);
  }
  return new Uint8Array(PNG.sync.write(png));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, "latin1"), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A valid all-black 8-bit greyscale PNG, built with zlib (fast even for a huge image: it compresses to almost nothing). */
function blackPng(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const idat = deflateSync(Buffer.alloc((width + 1) * height)); // filter byte 0 + zero pixels per row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))]);
}

/** A copy of a real PNG whose IHDR claims width × height, with a correct CRC. */
function patchIhdr(png: Uint8Array, width: number, height: number): Uint8Array {
  const out = Uint8Array.from(png);
  const view = new DataView(out.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  view.setUint32(29, crc32(out.subarray(12, 29))); // CRC over "IHDR" + 13 data bytes
  return out;
}

function expectBad(data: Uint8Array, msg: RegExp, limits = DEFAULT_DECODE_LIMITS): void {
  let err: unknown;
  try {
    decodeImage(data, limits);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(BadImageError);
  expect((err as Error).message).toMatch(msg);
}

describe("decodeImage", () => {
  test("decodes a PNG and a JPEG of the same picture to RGB of its size", () => {
    const png = decodeImage(sample("panoramic-annotated.png"));
    const jpg = decodeImage(sample("panoramic-annotated.jpg"));
    expect([png.width, png.height, png.rgb.length]).toEqual([640, 320, 640 * 320 * 3]);
    expect([jpg.width, jpg.height, jpg.rgb.length]).toEqual([640, 320, 640 * 320 * 3]);
    // The sample's top band is white with black text; JPEG is lossy but close.
    expect(png.rgb[(5 * 640 + 5) * 3]).toBe(250);
    expect(Math.abs(jpg.rgb[(5 * 640 + 5) * 3] - 250)).toBeLessThanOrEqual(8);
    let diff = 0;
    for (let i = 0; i < png.rgb.length; i++) diff += Math.abs(png.rgb[i] - jpg.rgb[i]);
    expect(diff / png.rgb.length).toBeLessThan(6);
    expect(imageFormat(sample("panoramic-annotated.png"))).toBe("png");
    expect(imageFormat(sample("panoramic-annotated.jpg"))).toBe("jpeg");
  });

  test("exact pixels of a PNG, with alpha composited on black", () => {
    const png = encodePng(2, 1, (x) => (x === 0 ? [10, 20, 30, 255] : [200, 100, 50, 0]));
    expect(Array.from(decodeImage(png).rgb)).toEqual([10, 20, 30, 0, 0, 0]);
    const half = encodePng(1, 1, () => [255, 100, 0, 128]);
    expect(Array.from(decodeImage(half).rgb)).toEqual([128, 50, 0]);
  });

  test("a truncated PNG is refused with BadImageError", () => {
    const png = sample("panoramic-annotated.png");
    for (const n of [png.length - 12, Math.floor(png.length / 2), 40, 20]) expectBad(png.subarray(0, n), /truncated|cannot decode png/);
    expectBad(sample("label-upright.png").subarray(0, 30), /truncated PNG header/);
  });

  test("a truncated JPEG is refused with BadImageError", () => {
    const jpg = sample("panoramic-annotated.jpg");
    for (const n of [jpg.length - 2, Math.floor(jpg.length / 2), 200]) expectBad(jpg.subarray(0, n), /truncated|cannot decode jpeg/);
    expectBad(jpg.subarray(0, 20), /truncated JPEG: no frame header/);
  });

  test("random bytes, an empty file and garbage behind a valid signature are refused", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255;
    const junk = Uint8Array.from({ length: 4096 }, rnd);
    expectBad(junk, /not a PNG or JPEG image/);
    expectBad(new Uint8Array(0), /not a PNG or JPEG image/);
    const pngSig = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...junk]);
    expectBad(pngSig, /corrupt PNG|cannot decode png/);
    const jpgSig = Uint8Array.from([0xff, 0xd8, 0xff, ...junk]);
    expectBad(jpgSig, /JPEG|jpeg/);
  });

  test("a PNG whose IHDR claims 100000×100000 is refused from its header, before decoding", () => {
    const bomb = patchIhdr(sample("label-upright.png"), 100_000, 100_000);
    const read = jest.spyOn(PNG.sync, "read");
    try {
      expectBad(bomb, /100000x100000 exceeds the limit/);
      expect(read).not.toHaveBeenCalled();
      // the control: the unpatched file does reach the decoder
      decodeImage(sample("label-upright.png"));
      expect(read).toHaveBeenCalledTimes(1);
    } finally {
      read.mockRestore();
    }
  });

  test("a large blank PNG that compresses to little is refused by maxPixels", () => {
    const blank = blackPng(4000, 4000);
    expect(blank.length).toBeLessThan(50_000);
    const read = jest.spyOn(PNG.sync, "read");
    try {
      expectBad(blank, /4000x4000 exceeds the limit/, { ...DEFAULT_DECODE_LIMITS, maxPixels: 1_000_000 });
      expectBad(blank, /exceeds the limit/, { ...DEFAULT_DECODE_LIMITS, maxSide: 3999 });
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
    // the control: the same kind of file exactly at the limits decodes
    const ok = decodeImage(blackPng(300, 200), { ...DEFAULT_DECODE_LIMITS, maxPixels: 60_000, maxSide: 300 });
    expect([ok.width, ok.height]).toEqual([300, 200]);
  });

  test("a JPEG whose frame header claims a huge size is refused before decoding", () => {
    const jpg = Uint8Array.from(sample("panoramic-annotated.jpg"));
    // find the SOF0 marker and patch its height/width
    let i = 2;
    while (!(jpg[i] === 0xff && jpg[i + 1] === 0xc0)) i += 2 + ((jpg[i + 2] << 8) | jpg[i + 3]);
    jpg.set([0xea, 0x60, 0xea, 0x60], i + 5); // 60000 × 60000
    const decode = jest.spyOn(jpeg, "decode");
    try {
      expectBad(jpg, /60000x60000 exceeds the limit/);
      expect(decode).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
    }
  });

  test("a file over maxBytes is refused before it is parsed", () => {
    const png = sample("label-upright.png");
    expectBad(png, new RegExp(`${png.length} bytes exceeds ${png.length - 1}`), { ...DEFAULT_DECODE_LIMITS, maxBytes: png.length - 1 });
    expect(decodeImage(png, { ...DEFAULT_DECODE_LIMITS, maxBytes: png.length }).width).toBe(192);
  });
});

describe("resize and preprocess", () => {
  const constant = (w: number, h: number, rgb: [number, number, number]): RgbImage => {
    const px = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i++) px.set(rgb, i * 3);
    return { width: w, height: h, rgb: px };
  };

  test("resizing a constant image keeps it constant, up and down", () => {
    const src = constant(37, 23, [17, 128, 255]);
    for (const [w, h] of [[5, 3], [100, 61], [37, 23], [1, 1], [640, 320]]) {
      const out = resizeBilinear(src, w, h);
      expect(out.rgb.length).toBe(w * h * 3);
      const off: number[] = [];
      for (let i = 0; i < w * h; i++) if (out.rgb[i * 3] !== 17 || out.rgb[i * 3 + 1] !== 128 || out.rgb[i * 3 + 2] !== 255) off.push(i);
      expect({ size: [w, h], off }).toEqual({ size: [w, h], off: [] });
    }
  });

  test("resizing to the same size is the identity", () => {
    const img = decodeImage(sample("label-upright.png"));
    expect(Buffer.from(resizeBilinear(img, img.width, img.height).rgb).equals(Buffer.from(img.rgb))).toBe(true);
  });

  const spec: InputSpec = { width: 192, height: 48, resize: "fit", channels: "bgr", mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] };

  test("preprocess is deterministic: two runs give byte-identical tensors", () => {
    const img = decodeImage(sample("panoramic-annotated.jpg"));
    for (const s of [spec, { ...spec, width: 640, height: 320, resize: "stretch" as const, channels: "rgb" as const, mean: [0.485, 0.456, 0.406] as [number, number, number], std: [0.229, 0.224, 0.225] as [number, number, number] }]) {
      const a = preprocess(img, s);
      const b = preprocess(decodeImage(sample("panoramic-annotated.jpg")), s);
      expect(a.dims).toEqual([1, 3, s.height, s.width]);
      expect(Buffer.from(a.tensor.buffer).equals(Buffer.from(b.tensor.buffer))).toBe(true);
    }
  });

  test('"fit" keeps the aspect ratio and pads the right with zeros', () => {
    // 100×100 mid-grey: fills 48×48 of the 192×48 tensor; (128/255 − 0.5)/0.5 ≠ 0 in the content
    const img = constant(100, 100, [128, 128, 128]);
    const p = preprocess(img, spec);
    expect(p.contentWidth).toBe(48);
    expect(p.contentHeight).toBe(48);
    const v = (c: number, y: number, x: number) => p.tensor[c * 192 * 48 + y * 192 + x];
    for (let c = 0; c < 3; c++) {
      for (const y of [0, 23, 47]) {
        expect(v(c, y, 0)).toBeCloseTo((128 / 255 - 0.5) / 0.5, 6);
        expect(v(c, y, 47)).toBeCloseTo((128 / 255 - 0.5) / 0.5, 6);
        for (const x of [48, 100, 191]) expect(v(c, y, x)).toBe(0);
      }
    }
    // "stretch" fills the whole tensor
    const s = preprocess(img, { ...spec, resize: "stretch" });
    expect(s.contentWidth).toBe(192);
    expect(s.tensor[191]).toBeCloseTo((128 / 255 - 0.5) / 0.5, 6);
  });

  test("channels are reordered for a BGR model", () => {
    const img = constant(8, 8, [255, 0, 0]);
    const s: InputSpec = { width: 8, height: 8, resize: "stretch", channels: "bgr", mean: [0, 0, 0], std: [1, 1, 1] };
    const p = preprocess(img, s);
    expect([p.tensor[0], p.tensor[64], p.tensor[128]]).toEqual([0, 0, 1]);
    const q = preprocess(img, { ...s, channels: "rgb" });
    expect([q.tensor[0], q.tensor[64], q.tensor[128]]).toEqual([1, 0, 0]);
  });

  test("parseInputSpec refuses bad specs", () => {
    expect(parseInputSpec(JSON.stringify(spec))).toMatchObject({ width: 192, height: 48, resize: "fit" });
    expect(() => parseInputSpec("{")).toThrow(/not JSON/);
    expect(() => parseInputSpec("null")).toThrow(/must be a JSON object/);
    expect(() => parseInputSpec(JSON.stringify({ ...spec, width: 4 }))).toThrow(/width and height/);
    expect(() => parseInputSpec(JSON.stringify({ ...spec, resize: "crop" }))).toThrow(/resize/);
    expect(() => parseInputSpec(JSON.stringify({ ...spec, std: [1, 0, 1] }))).toThrow(/std non-zero/);
  });
});
