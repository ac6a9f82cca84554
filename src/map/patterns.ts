// The registry's fill patterns and point icons drawn as bitmaps at runtime for MapLibre
// (map.addImage), so the style needs no sprite server. Shapes and colours come from
// symbols/registry.ts, the same definitions the legend and the exported figures draw; each
// image has a make(theme) form so a theme switch can redraw it with map.updateImage.
import { symbols, type IconKey, type Mark, type PatternKey, type Tile } from '../symbols/registry';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ResolvedTheme } from '../symbols/palettes';

export const PIXEL_RATIO = 2;

/** Draws registry marks on a 2D canvas context (already scaled to CSS px). */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly Mark[]): void {
  for (const m of marks) {
    const path = new Path2D(m.d);
    ctx.save();
    if (m.clip) ctx.clip(new Path2D(m.clip));
    if (typeof m.fill === 'string') {
      ctx.globalAlpha = m.fillOpacity ?? 1;
      ctx.fillStyle = m.fill;
      ctx.fill(path);
      ctx.globalAlpha = 1;
    }
    if (m.stroke) {
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = m.strokeWidth ?? 1;
      ctx.setLineDash(m.dash ? [...m.dash] : []);
      ctx.stroke(path);
    }
    ctx.restore();
  }
}

// One canvas for every image: a 2D context per image cost ~200 ms of the first load on the bench
// machine. Setting its size clears it and resets the context's state.
let shared: CanvasRenderingContext2D | null = null;

function bitmap(tile: Tile): ImageData {
  const px = tile.size * PIXEL_RATIO;
  // willReadFrequently: a CPU canvas, so getImageData needs no GPU readback (~1 s in all with SwiftShader).
  shared ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const ctx = shared;
  ctx.canvas.width = ctx.canvas.height = px;
  ctx.setTransform(PIXEL_RATIO, 0, 0, PIXEL_RATIO, 0, 0);
  drawMarks(ctx, tile.marks);
  return ctx.getImageData(0, 0, px, px);
}

/** Every image the style names (fill-pattern and icon-image ids, compare patterns included), drawn in a theme's set on use. */
export const IMAGES: Record<PatternKey | IconKey, (theme: ResolvedTheme) => ImageData> = Object.fromEntries(
  [...Object.keys(symbols('light').TILES), ...Object.keys(symbols('light').ICONS)].map((id) => [
    id,
    (theme: ResolvedTheme) => {
      const set = symbols(theme);
      return bitmap(((set.TILES as Record<string, Tile>)[id] ?? (set.ICONS as Record<string, Tile>)[id])!);
    },
  ]),
) as Record<PatternKey | IconKey, (theme: ResolvedTheme) => ImageData>;

/** Draws each pattern or icon the style names in `theme()`'s set when MapLibre first needs it (every map of the app, the frames' too). */
export function resolveImages(map: MapLibreMap, theme: () => ResolvedTheme): void {
  map.setMissingStyleImageResolver((id) => {
    const make = (IMAGES as Record<string, ((t: ResolvedTheme) => ImageData) | undefined>)[id];
    if (make && !map.hasImage(id)) map.addImage(id, make(theme()), { pixelRatio: PIXEL_RATIO });
  });
}
