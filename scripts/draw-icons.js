#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80): a table grid with a check mark, in
 * the brand colour. No image library: shapes are rasterised with 4×4 supersampling and written as
 * RGBA PNGs with node's zlib. Run: node scripts/draw-icons.js
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const BRAND = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue, the task pane's theme colour
const BRAND_LIGHT = [0xcf, 0xe4, 0xfa];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10];

// ------------------------------------------------------------------ shapes, in unit coordinates

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function polyline(points, width) {
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      if (segmentDistance(x, y, ...points[i], ...points[i + 1]) <= width / 2) return true;
    }
    return false;
  };
}

/** The picture, painted back to front. Line widths never go below one pixel. */
function layers(size) {
  const px = 1 / size;
  const line = Math.max(px * 1.1, 0.05);
  const table = [0.15, 0.2, 0.85, 0.8];
  const [tx0, ty0, tx1, ty1] = table;
  const rows = [0.38, 0.59];
  const col = 0.4;
  const inTable = roundRect(tx0, ty0, tx1, ty1, 0.04);
  return [
    [roundRect(0.02, 0.02, 0.98, 0.98, 0.18), BRAND],
    [inTable, WHITE],
    [(x, y) => inTable(x, y) && y <= rows[0], BRAND_LIGHT],
    [(x, y) => inTable(x, y) && rows.some((r) => Math.abs(y - r) <= line / 2), BRAND],
    [(x, y) => inTable(x, y) && y >= rows[0] && Math.abs(x - col) <= line / 2, BRAND],
    [circle(0.73, 0.73, 0.25), WHITE],
    [circle(0.73, 0.73, 0.205), GREEN],
    [
      polyline(
        [
          [0.625, 0.735],
          [0.7, 0.81],
          [0.84, 0.655],
        ],
        Math.max(px * 1.6, 0.065),
      ),
      WHITE,
    ],
  ];
}

function render(size) {
  const shapes = layers(size);
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let colour;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Straight (non-premultiplied) alpha: average colour of the covered samples.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return rgba;
}

// ------------------------------------------------------------------ PNG

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const out = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, render(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)} ${size}x${size}\n`);
  }
}

if (require.main === module) main();

module.exports = { render, png, SIZES };
