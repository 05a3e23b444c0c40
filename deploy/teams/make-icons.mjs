// Writes color.png (192x192) and outline.png (32x32, white on transparent) for the Teams package.
// Plain PNG encoding with node:zlib: a rounded square with a plus sign, in the widget's colours.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y, size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const inPlus = (x, y, s) => {
  const c = s / 2, arm = s * 0.28, w = s * 0.09;
  return (Math.abs(x - c) < w && Math.abs(y - c) < arm) || (Math.abs(y - c) < w && Math.abs(x - c) < arm);
};
writeFileSync(new URL('color.png', import.meta.url), png(192, (x, y, s) => (inPlus(x, y, s) ? [255, 255, 255, 255] : [11, 61, 46, 255])));
writeFileSync(new URL('outline.png', import.meta.url), png(32, (x, y, s) => (inPlus(x, y, s) ? [255, 255, 255, 255] : [0, 0, 0, 0])));
console.log('wrote color.png and outline.png');
