// Ground not shown as occupied, on the map: the parts of claimed oblasts outside the observed area
// wide enough to count (computed by npm run observed:derive, see scripts/pipeline/observed-not-occupied.ts;
// it includes the source's grey zone, so it says nothing of who holds it),
// outlined and labelled with their km². Two GeoJSON sources (outlines, label points) exist from the
// start; a snapshot change gives them that day's few parts (setData of ≤ a handful of polygons).
// Indexing all 672 parts of the history at once (≈250,000 vertices) cost far more worker time
// than the whole observed layer, for parts of which only ~5 are ever shown together. No source or
// layer is removed or re-added.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { unitSymbol, type Lang } from '../i18n/format';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { notOccupiedPartsOn } from '../domain/observed-metrics';
import { LABELS } from '../symbols/statuses';
import { GEO_TILING } from './tiling';
import { perFeature } from './variants';
import type { Palette } from '../symbols/palettes.ts';
import { symbolsFor } from '../symbols/registry';

export const NOT_OCCUPIED_SOURCES = { parts: 'not-occupied-parts', labels: 'not-occupied-labels' } as const;
export const NOT_OCCUPIED_LAYERS = { line: 'not-occupied-line', labels: 'not-occupied-label' } as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The two sources, empty until the history has loaded (only in builds that ship one). */
export function notOccupiedSources(enabled: boolean): Record<string, SourceSpecification> {
  if (!enabled) return {};
  return { [NOT_OCCUPIED_SOURCES.parts]: { type: 'geojson', data: EMPTY, ...GEO_TILING }, [NOT_OCCUPIED_SOURCES.labels]: { type: 'geojson', data: EMPTY, ...GEO_TILING } };
}


export function notOccupiedLabelText(lang: Lang): ExpressionSpecification {
  return ['concat', ['number-format', ['round', ['get', 'km2']], { locale: lang }], ` ${unitSymbol('km2', lang)}`];
}

/** The not-occupied-ground outline (the registry's line, as the legend draws it) and label in `palette`'s colours. */
export function notOccupiedLayers(enabled: boolean, lang: Lang, palette: Palette): LayerSpecification[] {
  if (!enabled) return [];
  const P = palette;
  const line = symbolsFor(palette).LINES.notOccupied;
  return [
    { id: NOT_OCCUPIED_LAYERS.line, type: 'line', source: NOT_OCCUPIED_SOURCES.parts, paint: { 'line-color': line.color, 'line-width': perFeature(line.width), 'line-opacity': perFeature(1) } },
    {
      id: NOT_OCCUPIED_LAYERS.labels, type: 'symbol', source: NOT_OCCUPIED_SOURCES.labels,
      layout: { 'text-field': notOccupiedLabelText(lang), 'text-font': [LABELS.notOccupied.font], 'text-size': LABELS.notOccupied.size, 'text-padding': LABELS.notOccupied.padding },
      paint: { 'text-color': P.notOccupiedOutline, 'text-halo-color': P.halo, 'text-halo-width': LABELS.notOccupied.halo, 'text-opacity': perFeature(1) },
    },
  ];
}

type GeoJsonSetter = { setData?: (d: FeatureCollection) => void };

/** Shows the not-occupied parts of the snapshot at or before `date` (setData only when the day changes); returns the day shown. */
export function applyNotOccupiedDate(map: MapLibreMap, h: ObservedHistory, date: string, prevDay: number | null): number {
  const day = snapshotIndex(h.dates, date);
  if (day === prevDay) return day;
  const on = new Set(notOccupiedPartsOn(h, day));
  const pick = <T extends FeatureCollection>(fc: T | null): FeatureCollection => ({ type: 'FeatureCollection', features: fc ? fc.features.filter((f) => on.has(Number(f.id))) : [] });
  (map.getSource(NOT_OCCUPIED_SOURCES.parts) as GeoJsonSetter | undefined)?.setData?.(pick(h.notOccupiedParts));
  (map.getSource(NOT_OCCUPIED_SOURCES.labels) as GeoJsonSetter | undefined)?.setData?.(pick(h.notOccupiedLabels));
  return day;
}
