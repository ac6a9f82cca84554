// A small PNG writer for the figure export (the browser's encoder was the export's slowest step): filters the scanlines itself and leaves the
// deflate to the platform (CompressionStream 'deflate' is the zlib format PNG's IDAT holds).
// Chromium's canvas encoder tries every filter on every row; one fixed filter with the platform's
// zlib wrote the 2× figure in about a third of the time on the bench machine. An opaque image (the
// figures always are) is written as RGB, a quarter fewer bytes to compress.
// Pure apart from `deflate`, which is passed in, so the format is tested in Node with node:zlib.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as PNG uses it) of the bytes, continuing from `crc` (a previous call's raw state). */
export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** Whether every pixel of RGBA data is fully opaque. */
export function isOpaque(rgba: Uint8Array | Uint8ClampedArray): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * The scanlines PNG compresses: each row prefixed with its filter type, here always 2 ("Up": each
 * byte minus the byte above it; the first row's "above" is zero). `channels` 3 drops the alpha.
 */
export function filterUp(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 3 | 4): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`PNG: ${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  const row = width * channels;
  const out = new Uint8Array((row + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    out[o++] = 2;
    const p = y * width * 4;
    const q = p - width * 4;
    for (let x = 0; x < width; x++) {
      const i = p + x * 4;
      const j = q + x * 4;
      for (let ch = 0; ch < channels; ch++) out[o++] = (rgba[i + ch]! - (y ? rgba[j + ch]! : 0)) & 255;
    }
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/** A PNG file of RGBA pixels (unpremultiplied, as ImageData holds them). */
export async function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, deflate: Deflate): Promise<Uint8Array> {
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) throw new Error(`PNG: bad size ${width}×${height}`);
  const channels = isOpaque(rgba) ? 3 : 4;
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = channels === 3 ? 2 : 6; // colour type: truecolour, or truecolour with alpha
  // compression 0, filter method 0, no interlace
  const idat = await deflate(filterUp(rgba, width, height, channels));
  const parts = [new Uint8Array(SIGNATURE), chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The platform's zlib (CompressionStream 'deflate'), where there is one. */
export const streamDeflate: Deflate | null =
  typeof CompressionStream === 'function'
    ? async (bytes) => new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer())
    : null;
