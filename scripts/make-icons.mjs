// Draws the app icons (a white tick on the app's blue) as PNG files in public/, with no image library.
// Run with `node scripts/make-icons.mjs`; the output is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [31, 79, 143];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let crc = ~0;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, pixel) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      rows.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** scale < 1 keeps the tick inside the maskable safe zone; rounded gives the plain icon its corners. */
function icon({ scale, rounded }) {
  const tick = [
    [0.3, 0.52],
    [0.44, 0.66],
    [0.72, 0.36],
  ].map(([x, y]) => [0.5 + (x - 0.5) * scale, 0.5 + (y - 0.5) * scale]);
  const width = 0.075 * scale;
  return (x, y) => {
    if (rounded) {
      const r = 0.2;
      const cx = Math.min(Math.max(x, r), 1 - r);
      const cy = Math.min(Math.max(y, r), 1 - r);
      if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
    }
    const d = Math.min(distanceToSegment(x, y, tick[0], tick[1]), distanceToSegment(x, y, tick[1], tick[2]));
    return d < width ? [...WHITE, 255] : [...BLUE, 255];
  };
}

writeFileSync('public/icon-192.png', png(192, icon({ scale: 1, rounded: true })));
writeFileSync('public/icon-512.png', png(512, icon({ scale: 1, rounded: true })));
writeFileSync('public/icon-maskable-512.png', png(512, icon({ scale: 0.7, rounded: false })));
writeFileSync('public/apple-touch-icon.png', png(180, icon({ scale: 0.85, rounded: false })));
console.log('icons written to public/');
