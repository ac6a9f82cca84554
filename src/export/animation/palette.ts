// The GIF's one global palette (256 colours), built from the symbol registry (THEME colours, fill
// opacities) and the figure's own colours, so that every flat colour of a frame is stored exactly,
// in every frame: the page and line colours, each translucent fill composited over land as the map
// blends it (claimed, held, observed, and the annexation hatch over each of those), then
// anti-aliasing ramps between the colours that meet at edges and text, and a coarse colour cube for
// anything else (the swatch patterns' sub-pixel dots). Pixels are mapped to their nearest entry;
// exact colours map to themselves. Pure, so the unit tests can check it.
import { FILLS } from '../../symbols/registry';
import { THEME } from '../../symbols/theme';
import { FIG } from '../layout';

export type Rgb = readonly [number, number, number];

export function hexRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`palette: not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `top` at `alpha` over `base`, rounded as an 8-bit canvas stores it. */
export function over(top: Rgb, alpha: number, base: Rgb): Rgb {
  return [0, 1, 2].map((i) => Math.round(top[i]! * alpha + base[i]! * (1 - alpha))) as unknown as Rgb;
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => over(b, t, a);
const key = (c: Rgb) => (c[0] << 16) | (c[1] << 8) | c[2];

export const PALETTE_SIZE = 256;
/**
 * The last entry is kept for "unchanged since the previous frame" (the GIF's transparent index):
 * frames after the first only store what changed (the date stamp, the map's changes, the legend),
 * which makes the file several times smaller. It is never chosen for a colour.
 */
export const UNCHANGED_INDEX = PALETTE_SIZE - 1;
const UNCHANGED_COLOUR: Rgb = [255, 0, 255];

/** The exact colours: what the map and figure draw without anti-aliasing. */
export function exactColours(): Rgb[] {
  const white: Rgb = [255, 255, 255];
  const land = hexRgb(THEME.land);
  const solid = [
    THEME.background, THEME.neighbour, THEME.neighbourLine, THEME.land, THEME.oblastLine, THEME.borderRu, THEME.claimedLine,
    THEME.hatch, THEME.zone, THEME.point.claimed, THEME.point.disputed, THEME.point.denied, THEME.troops, THEME.observedLine,
    THEME.label, THEME.halo, FIG.colors.text, FIG.colors.muted, FIG.colors.background, FIG.colors.dateBorder, '#ffffff', '#000000',
  ].map(hexRgb);
  // Control fill (none, claimed, held), then the observed area, then the annexation hatch.
  const control: Rgb[] = [land, over(hexRgb(THEME.claimedFill), THEME.claimedOpacity, land), over(hexRgb(THEME.heldFill), THEME.heldOpacity, land)];
  const withObserved = control.flatMap((c) => [c, over(hexRgb(THEME.observedFill), THEME.observedOpacity, c)]);
  const hatched = withObserved.map((c) => over(hexRgb(THEME.hatch), FILLS.annex.opacity, c));
  // Swatches drawn on the white figure page, the date box (92 % white) over the sea and land.
  const swatches = [over(hexRgb(THEME.heldFill), THEME.heldOpacity, white), over(hexRgb(THEME.claimedFill), THEME.claimedOpacity, white), over(hexRgb(THEME.observedFill), THEME.observedOpacity, white)];
  const dateBox = [hexRgb(THEME.background), hexRgb(THEME.neighbour), land].map((c) => over(white, 0.92, c));
  // The map's frame line: rgba(55, 65, 81, 0.35) on the white page.
  const frame = over([55, 65, 81], 0.35, white);
  return dedupe([...solid, ...withObserved, ...hatched, ...swatches, ...dateBox, frame]);
}

function dedupe(cs: readonly Rgb[]): Rgb[] {
  const seen = new Set<number>();
  return cs.filter((c) => (seen.has(key(c)) ? false : (seen.add(key(c)), true)));
}

/** The full palette: exact colours, then ramps, then a colour cube (255 entries), then the unchanged slot. */
export function gifPalette(): Rgb[] {
  const exact = exactColours();
  const hex = (h: string) => hexRgb(h);
  const white: Rgb = [255, 255, 255];
  const land = hex(THEME.land);
  const ramps: Array<[Rgb, Rgb, number]> = [
    [hex(FIG.colors.text), white, 12],
    [hex(FIG.colors.muted), white, 8],
    [hex(THEME.label), land, 8],
    [hex(FIG.colors.dateBorder), white, 4],
    [hex(THEME.oblastLine), land, 4],
    [hex(THEME.borderRu), hex(THEME.neighbour), 4],
    [hex(THEME.claimedLine), over(hex(THEME.claimedFill), THEME.claimedOpacity, land), 4],
    [hex(THEME.observedLine), over(hex(THEME.observedFill), THEME.observedOpacity, land), 4],
    [hex(THEME.hatch), land, 4],
    [hex(THEME.zone), land, 4],
    [hex(THEME.point.claimed), white, 4],
    [hex(THEME.point.disputed), white, 4],
    [hex(THEME.point.denied), white, 4],
    [hex(THEME.neighbourLine), hex(THEME.neighbour), 3],
    [hex(THEME.background), hex(THEME.neighbour), 3],
  ];
  const ramp: Rgb[] = ramps.flatMap(([a, b, n]) => Array.from({ length: n }, (_, i) => mix(a, b, (i + 1) / (n + 1))));
  const cube: Rgb[] = [];
  const levels = [0, 64, 128, 192, 255];
  for (const r of levels) for (const g of levels) for (const b of levels) cube.push([r, g, b]);
  const greys: Rgb[] = Array.from({ length: 32 }, (_, i) => [i * 8 + 4, i * 8 + 4, i * 8 + 4] as const);
  const all = dedupe([...exact, ...ramp, ...cube, ...greys]).slice(0, UNCHANGED_INDEX);
  // The GIF colour table has 2^8 entries: pad (a repeated entry is never the nearest twice over).
  while (all.length < UNCHANGED_INDEX) all.push([0, 0, 0]);
  return [...all, UNCHANGED_COLOUR];
}

/** Weighted squared distance (the eye is most sensitive to green, least to blue). */
function distance(r: number, g: number, b: number, c: Rgb): number {
  const dr = r - c[0];
  const dg = g - c[1];
  const db = b - c[2];
  return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

/**
 * Maps RGBA pixels to palette indices (alpha is ignored: frames are opaque). Colours seen before
 * are looked up in a cache, so a frame of a few thousand distinct colours costs little.
 */
export class PaletteMapper {
  private readonly cache = new Map<number, number>();
  /** `palette`: the colours that may be chosen (the GIF palette without its unchanged slot). */
  constructor(private readonly palette: readonly Rgb[]) {
    palette.forEach((c, i) => {
      if (!this.cache.has(key(c))) this.cache.set(key(c), i);
    });
  }

  nearest(r: number, g: number, b: number): number {
    const k = (r << 16) | (g << 8) | b;
    let i = this.cache.get(k);
    if (i === undefined) {
      let best = Infinity;
      i = 0;
      for (let j = 0; j < this.palette.length; j++) {
        const d = distance(r, g, b, this.palette[j]!);
        if (d < best) {
          best = d;
          i = j;
        }
      }
      if (this.cache.size < 1 << 20) this.cache.set(k, i);
    }
    return i;
  }

  map(rgba: Uint8ClampedArray | Uint8Array, out = new Uint8Array(rgba.length / 4)): Uint8Array {
    for (let p = 0, q = 0; q < out.length; p += 4, q++) out[q] = this.nearest(rgba[p]!, rgba[p + 1]!, rgba[p + 2]!);
    return out;
  }
}
