// A small GIF decoder for the tests (no dependency): reads the logical screen, the global and
// local colour tables and every image's LZW data, and returns each frame as RGBA with its delay.
// Frames are composited on a canvas the size of the logical screen, keeping what a frame's
// transparent pixels do not cover (disposal "none"/"unspecified"/"keep": what the export writes;
// other disposals are refused).

export interface GifFrame {
  /** Delay in milliseconds. */
  delayMs: number;
  rgba: Uint8Array;
}

export interface Gif {
  width: number;
  height: number;
  loops: number | null;
  frames: GifFrame[];
}

function lzw(data: Uint8Array, minCodeSize: number, pixelCount: number): Uint8Array {
  const out = new Uint8Array(pixelCount);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let size = minCodeSize + 1;
  let next = end + 1;
  // Each code's string as (prefix code, last byte, length).
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let i = 0; i < clear; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    length[i] = 1;
  }
  let prev = -1;
  let bits = 0;
  let acc = 0;
  let o = 0;
  const first = (code: number) => {
    while (prefix[code]! !== -1) code = prefix[code]!;
    return suffix[code]!;
  };
  const emit = (code: number) => {
    const n = length[code]!;
    let c = code;
    for (let i = n - 1; i >= 0; i--) {
      if (o + i < pixelCount) out[o + i] = suffix[c]!;
      c = prefix[c]!;
    }
    o += n;
  };
  for (let p = 0; p < data.length; p++) {
    acc |= data[p]! << bits;
    bits += 8;
    while (bits >= size) {
      const code = acc & ((1 << size) - 1);
      acc >>>= size;
      bits -= size;
      if (code === clear) {
        size = minCodeSize + 1;
        next = end + 1;
        prev = -1;
        continue;
      }
      if (code === end) return out;
      if (prev === -1) {
        emit(code);
        prev = code;
        continue;
      }
      const known = code < next;
      const k = known ? first(code) : first(prev);
      if (next < 4096) {
        prefix[next] = prev;
        suffix[next] = k;
        length[next] = length[prev]! + 1;
        next++;
        if (next === 1 << size && size < 12) size++;
      }
      emit(code);
      prev = code;
    }
  }
  return out;
}

export function decodeGif(b: Uint8Array): Gif {
  const sig = String.fromCharCode(...b.subarray(0, 6));
  if (sig !== 'GIF89a' && sig !== 'GIF87a') throw new Error(`not a GIF: ${sig}`);
  const u16 = (p: number) => b[p]! | (b[p + 1]! << 8);
  const width = u16(6);
  const height = u16(8);
  const flags = b[10]!;
  let p = 13;
  let global: Uint8Array | null = null;
  if (flags & 0x80) {
    const n = 3 * (1 << ((flags & 7) + 1));
    global = b.subarray(p, p + n);
    p += n;
  }
  const screen = new Uint8Array(width * height * 4);
  const frames: GifFrame[] = [];
  let delayMs = 0;
  let transparent = -1;
  let loops: number | null = null;
  const subBlocks = () => {
    const parts: Uint8Array[] = [];
    for (let n = b[p++]!; n !== 0; n = b[p++]!) {
      parts.push(b.subarray(p, p + n));
      p += n;
    }
    const all = new Uint8Array(parts.reduce((s, x) => s + x.length, 0));
    let o = 0;
    for (const x of parts) {
      all.set(x, o);
      o += x.length;
    }
    return all;
  };
  while (p < b.length) {
    const tag = b[p++]!;
    if (tag === 0x3b) break;
    if (tag === 0x21) {
      const label = b[p++]!;
      const body = subBlocks();
      if (label === 0xf9) {
        delayMs = (body[1]! | (body[2]! << 8)) * 10;
        transparent = body[0]! & 1 ? body[3]! : -1;
        const disposal = (body[0]! >> 2) & 7;
        if (disposal > 1) throw new Error(`GIF disposal ${disposal} is not handled`);
      }
      if (label === 0xff && String.fromCharCode(...body.subarray(0, 11)) === 'NETSCAPE2.0') loops = 0;
      if (label === 0xff && loops === 0 && body.length >= 14) loops = body[12]! | (body[13]! << 8);
      continue;
    }
    if (tag !== 0x2c) throw new Error(`bad GIF block 0x${tag.toString(16)} at ${p - 1}`);
    const x = u16(p);
    const y = u16(p + 2);
    const w = u16(p + 4);
    const h = u16(p + 6);
    const f = b[p + 8]!;
    p += 9;
    let table = global;
    if (f & 0x80) {
      const n = 3 * (1 << ((f & 7) + 1));
      table = b.subarray(p, p + n);
      p += n;
    }
    if (f & 0x40) throw new Error('interlaced GIF frames are not handled');
    if (!table) throw new Error('GIF frame without a colour table');
    const min = b[p++]!;
    const idx = lzw(subBlocks(), min, w * h);
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        const c = idx[j * w + i]!;
        if (c === transparent) continue;
        const q = ((y + j) * width + (x + i)) * 4;
        screen[q] = table[3 * c]!;
        screen[q + 1] = table[3 * c + 1]!;
        screen[q + 2] = table[3 * c + 2]!;
        screen[q + 3] = 255;
      }
    }
    frames.push({ delayMs, rgba: screen.slice() });
  }
  return { width, height, loops, frames };
}
