// png-file.ts: the figure export's PNG writer, read back with an independent decoder written here
// (chunk walk, CRC check, node:zlib inflate, the "Up" filter undone) on fixed and random images.
import { deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, filterUp, isOpaque, type Deflate } from './png-file';

const deflate: Deflate = async (b) => new Uint8Array(deflateSync(b));

interface Decoded {
  width: number;
  height: number;
  colourType: number;
  rgba: Uint8Array;
  chunks: string[];
}

/** A small PNG reader for 8-bit truecolour (2) and truecolour-with-alpha (6), any of the five filters. */
function decode(png: Uint8Array): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let o = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Uint8Array[] = [];
  const chunks: string[] = [];
  while (o < png.length) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    const data = png.subarray(o + 8, o + 8 + len);
    const crc = view.getUint32(o + 8 + len);
    expect((crc32(png.subarray(o + 4, o + 8 + len)) ^ 0xffffffff) >>> 0, `${type} CRC`).toBe(crc);
    chunks.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(o + 8);
      height = view.getUint32(o + 12);
      expect(data[8]).toBe(8);
      colourType = data[9]!;
      expect([data[10], data[11], data[12]]).toEqual([0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    o += 12 + len;
  }
  const ch = colourType === 2 ? 3 : 4;
  const raw = new Uint8Array(inflateSync(Buffer.concat(idat)));
  const row = width * ch;
  expect(raw.length).toBe((row + 1) * height);
  const px = new Uint8Array(row * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (row + 1)]!;
    for (let i = 0; i < row; i++) {
      const x = raw[y * (row + 1) + 1 + i]!;
      const a = i >= ch ? px[y * row + i - ch]! : 0;
      const b = y ? px[(y - 1) * row + i]! : 0;
      const c = y && i >= ch ? px[(y - 1) * row + i - ch]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][f]!;
      px[y * row + i] = (x + pred) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += ch) {
    rgba[i * 4] = px[j]!;
    rgba[i * 4 + 1] = px[j + 1]!;
    rgba[i * 4 + 2] = px[j + 2]!;
    rgba[i * 4 + 3] = ch === 4 ? px[j + 3]! : 255;
  }
  return { width, height, colourType, rgba, chunks };
}

describe('png-file', () => {
  it('CRC-32 matches the standard check value and the IEND chunk every PNG ends with', () => {
    expect((crc32(new TextEncoder().encode('123456789')) ^ 0xffffffff) >>> 0).toBe(0xcbf43926);
    expect((crc32(new TextEncoder().encode('IEND')) ^ 0xffffffff) >>> 0).toBe(0xae426082);
  });

  it('an opaque image is written as RGB and reads back pixel for pixel', async () => {
    // 3×2: red, green, blue / white, black, grey
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255]);
    const d = decode(await encodePng(rgba, 3, 2, deflate));
    expect(d).toMatchObject({ width: 3, height: 2, colourType: 2, chunks: ['IHDR', 'IDAT', 'IEND'] });
    expect([...d.rgba]).toEqual([...rgba]);
  });

  it('an image with any transparent pixel keeps its alpha', async () => {
    const rgba = new Uint8Array([10, 20, 30, 255, 40, 50, 60, 0, 70, 80, 90, 128, 1, 2, 3, 4]);
    expect(isOpaque(rgba)).toBe(false);
    const d = decode(await encodePng(rgba, 2, 2, deflate));
    expect(d.colourType).toBe(6);
    expect([...d.rgba]).toEqual([...rgba]);
  });

  it('each row is filtered "Up" against the row above (the first against zeros)', () => {
    const rgba = new Uint8Array([5, 6, 7, 255, 10, 10, 10, 255]);
    expect([...filterUp(rgba, 1, 2, 3)]).toEqual([2, 5, 6, 7, 2, 5, 4, 3]);
  });

  it('refuses a size that does not match the pixels', async () => {
    await expect(encodePng(new Uint8Array(12), 2, 2, deflate)).rejects.toThrow('12 bytes are not 2×2 RGBA pixels');
    await expect(encodePng(new Uint8Array(0), 0, 0, deflate)).rejects.toThrow('bad size 0×0');
  });

  it('property: any image up to 9×9, opaque or not, reads back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        async (w, h, opaque, values) => {
          const it = values[Symbol.iterator]();
          const rgba = new Uint8Array(w * h * 4).map((_, i) => (opaque && i % 4 === 3 ? 255 : it.next().value!));
          const d = decode(await encodePng(rgba, w, h, deflate));
          expect(d.colourType).toBe(isOpaque(rgba) ? 2 : 6);
          expect([...d.rgba]).toEqual([...rgba]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
