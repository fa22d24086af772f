// Writes the shipped sample images (samples/*.png, *.jpg): a synthetic panoramic-style radiograph with
// burnt-in text annotations (what the stand-in PaddleOCR detector finds), and a text crop for the
// orientation classifier. Run once; the outputs are committed. Usage: node scripts/make-samples.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import jpeg from "jpeg-js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "samples");
mkdirSync(out, { recursive: true });

// 5x7 bitmap glyphs, one string of 35 bits per character.
const FONT = {
  A: "01110100011000111111100011000110001", B: "11110100011000111110100011000111110", C: "01110100011000010000100001000101110",
  D: "11110100011000110001100011000111110", E: "11111100001000011110100001000011111", I: "01110001000010000100001000010001110",
  K: "10001100101010011000101001001010001", L: "10000100001000010000100001000011111", N: "10001110011010110011100011000110001",
  O: "01110100011000110001100011000101110", P: "11110100011000111110100001000010000", R: "11110100011000111110101001001010001",
  S: "01111100001000001110000010000111110", T: "11111001000010000100001000010000100", U: "10001100011000110001100011000101110",
  "0": "01110100011001110101110011000101110", "1": "00100011000010000100001000010001110", "2": "01110100010000100010001000100011111",
  "3": "11110000010000101110000010000111110", "6": "00110010001000011110100011000101110", "7": "11111000010001000100010000100001000",
  "-": "00000000000000011111000000000000000", " ": "00000000000000000000000000000000000",
};

function canvas(w, h, fill) {
  const px = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) { const v = fill(x, y); px.set([v, v, v], (y * w + x) * 3); }
  return { w, h, px };
}
function text(c, str, x0, y0, scale, v) {
  let x = x0;
  for (const ch of str) {
    const g = FONT[ch];
    for (let gy = 0; gy < 7; gy++) for (let gx = 0; gx < 5; gx++) {
      if (g[gy * 5 + gx] !== "1") continue;
      for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) {
        const px = x + gx * scale + dx, py = y0 + gy * scale + dy;
        if (px < c.w && py < c.h) c.px.set([v, v, v], (py * c.w + px) * 3);
      }
    }
    x += 6 * scale;
  }
}
function writePng(c, name) {
  const png = new PNG({ width: c.w, height: c.h });
  for (let i = 0; i < c.w * c.h; i++) { png.data[i * 4] = c.px[i * 3]; png.data[i * 4 + 1] = c.px[i * 3 + 1]; png.data[i * 4 + 2] = c.px[i * 3 + 2]; png.data[i * 4 + 3] = 255; }
  writeFileSync(join(out, name), PNG.sync.write(png));
}
function writeJpeg(c, name) {
  const data = Buffer.alloc(c.w * c.h * 4);
  for (let i = 0; i < c.w * c.h; i++) { data[i * 4] = c.px[i * 3]; data[i * 4 + 1] = c.px[i * 3 + 1]; data[i * 4 + 2] = c.px[i * 3 + 2]; data[i * 4 + 3] = 255; }
  writeFileSync(join(out, name), jpeg.encode({ data, width: c.w, height: c.h }, 90).data);
}

// Panoramic-style: dark field, a bright dental arch (ellipse band) with tooth-like bright blocks, labels.
const W = 640, H = 320;
const pano = canvas(W, H, (x, y) => {
  const dx = (x - W / 2) / (W * 0.42), dy = (y - H * 0.15) / (H * 0.7);
  const r = Math.sqrt(dx * dx + dy * dy);
  const band = Math.abs(r - 0.8) < 0.12 ? 170 : 40;
  const teeth = Math.abs(r - 0.8) < 0.1 && Math.floor(Math.atan2(dy, dx) * 40) % 2 === 0 ? 40 : 0;
  return Math.min(255, band + teeth + ((x * 7 + y * 3) % 9));
});
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (y < 60 || y > H - 50) pano.px.set([250, 250, 250], (y * W + x) * 3);
text(pano, "BTT PANO 2026-12", 20, 12, 5, 0);
text(pano, "R 36 CARIES", 20, H - 42, 4, 0);
text(pano, "L 17", W - 140, H - 42, 4, 0);
writePng(pano, "panoramic-annotated.png");
writeJpeg(pano, "panoramic-annotated.jpg");

// A text strip for the orientation classifier, upright and rotated by 180 degrees.
const strip = canvas(192, 48, () => 245);
text(strip, "CARIES 36", 6, 10, 4, 10);
writePng(strip, "label-upright.png");
const flipped = canvas(192, 48, (x, y) => strip.px[((47 - y) * 192 + (191 - x)) * 3]);
writePng(flipped, "label-rotated.png");
console.log(`samples written to ${out}`);
