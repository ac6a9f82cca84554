// The GIF's one global palette (256 colours) for the animation's theme, built from the symbol
// registry (the theme's palette, fill opacities) and the figure's own colours, so that every flat colour of a frame is stored exactly,
// in every frame: the page and line colours, each translucent fill composited over land as the map
// blends it (claimed, Russian control, observed, and the annexation hatch over each of those), then
// anti-aliasing ramps between the colours that meet at edges and text, and a coarse colour cube for
// anything else (the swatch patterns' sub-pixel dots). Pixels are mapped to their nearest entry;
// exact colours map to themselves. Pure, so the unit tests can check it.
import { symbols } from '../../symbols/registry';
import { PALETTES, type ResolvedTheme } from '../../symbols/palettes';
import { DATE_BOX_FILL, FIG_COLORS } from '../layout';

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

/** An rgba(r, g, b, a) colour (as composeFigure paints it) over `base`. */
function rgbaOver(css: string, base: Rgb): Rgb {
  const m = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(css);
  if (!m) throw new Error(`palette: not an rgba() colour: ${css}`);
  return over([Number(m[1]), Number(m[2]), Number(m[3])], Number(m[4]), base);
}

/** The exact colours of `theme`: what the map and figure draw without anti-aliasing. */
export function exactColours(theme: ResolvedTheme): Rgb[] {
  const THEME = PALETTES[theme];
  const FIGC = FIG_COLORS[theme];
  const { FILLS } = symbols(theme);
  const page = hexRgb(FIGC.background);
  const land = hexRgb(THEME.land);
  const solid = [
    THEME.background, THEME.neighbour, THEME.neighbourLine, THEME.land, THEME.oblastLine, THEME.borderRu, THEME.claimedLine,
    THEME.hatch, THEME.zone, THEME.point.claimed, THEME.point.disputed, THEME.point.denied, THEME.troops, THEME.observedLine,
    THEME.label, THEME.halo, FIGC.text, FIGC.muted, FIGC.background, FIGC.dateBorder, '#ffffff', '#000000',
  ].map(hexRgb);
  // Control fill (none, claimed, Russian control), then the observed area, then the annexation hatch.
  const control: Rgb[] = [land, over(hexRgb(THEME.claimedFill), THEME.claimedOpacity, land), over(hexRgb(THEME.russianControlFill), THEME.russianControlOpacity, land)];
  const withObserved = control.flatMap((c) => [c, over(hexRgb(THEME.observedFill), THEME.observedOpacity, c)]);
  const hatched = withObserved.map((c) => over(hexRgb(THEME.hatch), FILLS.annex.opacity, c));
  // Swatches drawn on the figure page, the date box (the page colour at 92 %) over the sea and land.
  const swatches = [over(hexRgb(THEME.russianControlFill), THEME.russianControlOpacity, page), over(hexRgb(THEME.claimedFill), THEME.claimedOpacity, page), over(hexRgb(THEME.observedFill), THEME.observedOpacity, page)];
  const dateBox = [hexRgb(THEME.background), hexRgb(THEME.neighbour), land].map((c) => rgbaOver(DATE_BOX_FILL[theme], c));
  // The map's frame line: rgba(55, 65, 81, 0.35) on the page.
  const frame = over([55, 65, 81], 0.35, page);
  return dedupe([...solid, ...withObserved, ...hatched, ...swatches, ...dateBox, frame]);
}

function dedupe(cs: readonly Rgb[]): Rgb[] {
  const seen = new Set<number>();
  return cs.filter((c) => (seen.has(key(c)) ? false : (seen.add(key(c)), true)));
}

/** The full palette of `theme`: exact colours, then ramps, then a colour cube (255 entries), then the unchanged slot. */
export function gifPalette(theme: ResolvedTheme): Rgb[] {
  const THEME = PALETTES[theme];
  const FIGC = FIG_COLORS[theme];
  const exact = exactColours(theme);
  const hex = (h: string) => hexRgb(h);
  const page = hex(FIGC.background);
  const land = hex(THEME.land);
  const ramps: Array<[Rgb, Rgb, number]> = [
    [hex(FIGC.text), page, 12],
    [hex(FIGC.muted), page, 8],
    [hex(THEME.label), land, 8],
    [hex(FIGC.dateBorder), page, 4],
    [hex(THEME.oblastLine), land, 4],
    [hex(THEME.borderRu), hex(THEME.neighbour), 4],
    [hex(THEME.claimedLine), over(hex(THEME.claimedFill), THEME.claimedOpacity, land), 4],
    [hex(THEME.observedLine), over(hex(THEME.observedFill), THEME.observedOpacity, land), 4],
    [hex(THEME.hatch), land, 4],
    [hex(THEME.zone), land, 4],
    [hex(THEME.point.claimed), page, 4],
    [hex(THEME.point.disputed), page, 4],
    [hex(THEME.point.denied), page, 4],
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
