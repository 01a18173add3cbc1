#!/usr/bin/env node
/*
 * Draws the add-in's icons into assets/ (icon-16/32/64/80/128.png and logo-filled.png).
 *
 *   node scripts/make-icons.js          write the PNGs
 *   node scripts/make-icons.js --check  exit 1 if a committed PNG differs from what this draws
 *
 * No browser and no dependency: each shape is a signed distance function in pixel units, a pixel's
 * coverage is clamp(0.5 - distance), and the result is written by a small PNG encoder (node's zlib).
 * The output is therefore identical on every machine.
 *
 * The picture: a rounded teal square (distinct from Excel's own green) with two white score bars
 * rising left to right and a gold check mark completing the rise. The 32-unit layout keeps bar edges
 * on whole pixels at 32 px; the 16 px icon has its own pixel-aligned layout, since scaled down from 32
 * its bars and strokes would fall between pixels and blur.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits a channel, no interlace)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, rows top to bottom. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Shapes: signed distance (negative inside) from a point, in pixels

function roundedBox(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2 - r;
  const hh = (y1 - y0) / 2 - r;
  return (px, py) => {
    const qx = Math.abs(px - cx) - hw;
    const qy = Math.abs(py - cy) - hh;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A stroke of the given width along a polyline, with round caps and joins. */
function stroke(points, width) {
  return (px, py) => {
    let d = Infinity;
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      d = Math.min(d, segmentDistance(px, py, ax, ay, bx, by));
    }
    return d - width / 2;
  };
}

function hex(color) {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * layers: [{ sdf, color: "#rrggbb" | (x, y) => [r, g, b], clip?: sdf }] painted in order.
 * Coverage is averaged over a 3x3 grid inside each pixel on top of the analytic edge, which keeps
 * thin strokes and the rounded corners smooth at every size.
 */
function render(size, layers) {
  const out = new Uint8Array(size * size * 4);
  const sub = [-1 / 3, 0, 1 / 3];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0; // premultiplied accumulation, 0..1
      for (const layer of layers) {
        let cover = 0;
        for (const oy of sub) {
          for (const ox of sub) {
            const px = x + 0.5 + ox;
            const py = y + 0.5 + oy;
            let c = Math.max(0, Math.min(1, 0.5 - layer.sdf(px, py) * 3));
            if (layer.clip) c *= Math.max(0, Math.min(1, 0.5 - layer.clip(px, py) * 3));
            cover += c;
          }
        }
        cover /= 9;
        if (cover <= 0) continue;
        const [cr, cg, cb] =
          typeof layer.color === "function" ? layer.color(x + 0.5, y + 0.5) : hex(layer.color);
        r = cr * cover + r * (1 - cover);
        g = cg * cover + g * (1 - cover);
        b = cb * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The design

const TEAL_TOP = hex("#13937f");
const TEAL_BOTTOM = hex("#0b6b5d");
const BAR = "#ffffff";
const CHECK = "#ffc83d";

function background(size) {
  return (_x, y) => {
    const t = y / size;
    return TEAL_TOP.map((v, k) => v + (TEAL_BOTTOM[k] - v) * t);
  };
}

/** Layout on a 32-unit grid, scaled to any size of 24 px and up. */
function layersLarge(size) {
  const s = size / 32;
  const u = (v) => v * s;
  const tile = roundedBox(u(1), u(1), u(31), u(31), u(6.5));
  const bars = [
    [5, 19, 9],
    [11, 13, 15],
  ].map(([x0, top, x1]) => roundedBox(u(x0), u(top), u(x1), u(25), u(1)));
  const checkPoints = [
    [u(18), u(18.4)],
    [u(21.2), u(22)],
    [u(26.8), u(10.4)],
  ];
  return [
    { sdf: tile, color: background(size) },
    ...bars.map((sdf) => ({ sdf, color: BAR, clip: tile })),
    // a thin ring in the tile's colour keeps the check apart from the bars
    { sdf: stroke(checkPoints, u(5.6)), color: background(size), clip: tile },
    { sdf: stroke(checkPoints, u(3.6)), color: CHECK, clip: tile },
  ];
}

/** Hand-placed for 16 px: bars two pixels wide on whole pixels, check strokes about two pixels. */
function layers16() {
  const size = 16;
  const tile = roundedBox(0, 0, 16, 16, 3.5);
  const bars = [
    [2, 9, 4],
    [5, 5, 7],
  ].map(([x0, top, x1]) => roundedBox(x0, top, x1, 13, 0.3));
  const checkPoints = [
    [8.7, 8.7],
    [10.6, 10.8],
    [13.5, 5.2],
  ];
  return [
    { sdf: tile, color: background(size) },
    ...bars.map((sdf) => ({ sdf, color: BAR, clip: tile })),
    { sdf: stroke(checkPoints, 2), color: CHECK, clip: tile },
  ];
}

const OUTPUTS = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "icon-128.png", size: 128 },
  { file: "logo-filled.png", size: 300 },
];

/** RGBA pixels of the icon at a size. */
function pixels(size) {
  return render(size, size < 24 ? layers16() : layersLarge(size));
}

function draw(size) {
  return encodePng(size, size, pixels(size));
}

function main() {
  const assets = path.join(__dirname, "..", "assets");
  const check = process.argv.includes("--check");
  let stale = 0;
  fs.mkdirSync(assets, { recursive: true });
  for (const { file, size } of OUTPUTS) {
    const png = draw(size);
    const target = path.join(assets, file);
    if (check) {
      const same = fs.existsSync(target) && fs.readFileSync(target).equals(png);
      if (!same) stale++;
      console.log(`${same ? "up to date" : "DIFFERS   "} assets/${file}`);
    } else {
      fs.writeFileSync(target, png);
      console.log(`wrote assets/${file} (${size}x${size}, ${png.length} bytes)`);
    }
  }
  if (stale) {
    console.error(
      `${stale} icon(s) differ from scripts/make-icons.js: run node scripts/make-icons.js`
    );
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { encodePng, pixels, draw };
