/* Draws Plankoll's icon (a grid with a check mark) at the sizes Office asks for: `node scripts/make-icons.js`. */
const { writeFileSync, mkdirSync } = require("node:fs");
const { deflateSync } = require("node:zlib");
const path = require("node:path");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [0x10, 0x7c, 0x41, 255];
const WHITE = [255, 255, 255, 255];
const LIGHT = [0xc6, 0xef, 0xce, 255];
const CLEAR = [0, 0, 0, 0];

/** Distance from point (x, y) to the segment a–b. */
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function pixel(x, y) {
  const inset = 0.06;
  if (x < inset || y < inset || x > 1 - inset || y > 1 - inset) return CLEAR;
  const check = Math.min(segment(x, y, 0.28, 0.55, 0.45, 0.72), segment(x, y, 0.45, 0.72, 0.76, 0.3));
  if (check < 0.07) return WHITE;
  const gridLine = [0.35, 0.65].some((g) => Math.abs(x - g) < 0.015 || Math.abs(y - g) < 0.015);
  return gridLine ? LIGHT : GREEN;
}

const dir = path.join(__dirname, "..", "assets");
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(path.join(dir, `icon-${size}.png`), png(size, pixel));
}
process.stdout.write("assets/icon-{16,32,64,80,128}.png\n");
