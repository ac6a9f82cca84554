// Ground not shown as occupied, on the map: the parts of claimed oblasts outside the observed area
// wide enough to count (computed by npm run observed:derive, see scripts/pipeline/observed-held.ts,
// whose "held" is this ground; it includes the source's grey zone, so it says nothing of who holds it),
// outlined and labelled with their km². Two GeoJSON sources (outlines, label points) exist from the
// start; a snapshot change gives them that day's few parts (setData of ≤ a handful of polygons).
// Indexing all 672 parts of the history at once (≈250,000 vertices) cost far more worker time
// than the whole observed layer, for parts of which only ~5 are ever shown together. No source or
// layer is removed or re-added.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { unitSymbol, type Lang } from '../i18n/format';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { heldPartsOn } from '../domain/observed-metrics';
import { FONT_BOLD } from '../symbols/theme.ts';
import { GEO_TILING } from './tiling';
import { perFeature } from './variants';
import type { Palette } from '../symbols/palettes.ts';

export const HELD_SOURCES = { parts: 'held-parts', labels: 'held-labels' } as const;
export const HELD_LAYERS = { line: 'held-line', labels: 'held-label' } as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The two sources, empty until the history has loaded (only in builds that ship one). */
export function heldSources(enabled: boolean): Record<string, SourceSpecification> {
  if (!enabled) return {};
  return { [HELD_SOURCES.parts]: { type: 'geojson', data: EMPTY, ...GEO_TILING }, [HELD_SOURCES.labels]: { type: 'geojson', data: EMPTY, ...GEO_TILING } };
}


export function heldLabelText(lang: Lang): ExpressionSpecification {
  return ['concat', ['number-format', ['round', ['get', 'km2']], { locale: lang }], ` ${unitSymbol('km2', lang)}`];
}

/** The held-ground outline and label in `palette`'s colours. */
export function heldLayers(enabled: boolean, lang: Lang, palette: Palette): LayerSpecification[] {
  if (!enabled) return [];
  const P = palette;
  return [
    { id: HELD_LAYERS.line, type: 'line', source: HELD_SOURCES.parts, paint: { 'line-color': P.heldGroundLine, 'line-width': perFeature(1.8), 'line-opacity': perFeature(1) } },
    {
      id: HELD_LAYERS.labels, type: 'symbol', source: HELD_SOURCES.labels,
      layout: { 'text-field': heldLabelText(lang), 'text-font': [FONT_BOLD], 'text-size': 11, 'text-padding': 2 },
      paint: { 'text-color': P.heldGroundLine, 'text-halo-color': P.halo, 'text-halo-width': 1.6, 'text-opacity': perFeature(1) },
    },
  ];
}

type GeoJsonSetter = { setData?: (d: FeatureCollection) => void };

/** Shows the held parts of the snapshot at or before `date` (setData only when the day changes); returns the day shown. */
export function applyHeldDate(map: MapLibreMap, h: ObservedHistory, date: string, prevDay: number | null): number {
  const day = snapshotIndex(h.dates, date);
  if (day === prevDay) return day;
  const on = new Set(heldPartsOn(h, day));
  const pick = <T extends FeatureCollection>(fc: T | null): FeatureCollection => ({ type: 'FeatureCollection', features: fc ? fc.features.filter((f) => on.has(Number(f.id))) : [] });
  (map.getSource(HELD_SOURCES.parts) as GeoJsonSetter | undefined)?.setData?.(pick(h.heldParts));
  (map.getSource(HELD_SOURCES.labels) as GeoJsonSetter | undefined)?.setData?.(pick(h.heldLabels));
  return day;
}
