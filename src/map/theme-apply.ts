// Switching the map's theme without rebuilding sources: the style is re-derived from the theme's
// palette (buildStyle is pure and cheap; its data are shared references) and only paint properties
// that differ are set. Pattern and marker bitmaps (compare patterns included) are redrawn in place
// with updateImage from the registry's set for the theme.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { IMAGES } from './patterns';
import { buildStyle, type StyleInputs } from './style';
import { PALETTES, type ResolvedTheme } from '../symbols/palettes';

export function applyPalette(map: MapLibreMap, inputs: Omit<StyleInputs, 'palette'>, theme: ResolvedTheme): number {
  const style = buildStyle({ ...inputs, palette: PALETTES[theme] });
  let changed = 0;
  for (const layer of style.layers) {
    if (!('paint' in layer) || !layer.paint || !map.getLayer(layer.id)) continue;
    for (const [prop, value] of Object.entries(layer.paint)) {
      const now = map.getPaintProperty(layer.id, prop as never);
      if (JSON.stringify(now) === JSON.stringify(value)) continue;
      (map.setPaintProperty as (l: string, p: string, v: unknown) => void)(layer.id, prop, value);
      changed++;
    }
  }
  for (const [id, make] of Object.entries(IMAGES)) if (map.hasImage(id)) map.updateImage(id, make(theme));
  return changed;
}
