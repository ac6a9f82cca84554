// The map style as plain data: a pure function of the boundary data, the claim places and the
// language. Dates never rebuild it; they only change feature-state. Paints, patterns, icons, status
// sets and label sizes come from the symbol registry (symbols/), like the legend's and the figures'.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import { symbolsFor, type IconKey, type LineSymbol } from '../symbols/registry';
import { ANNEX_DRAWN, CLAIMED_CONTROL, RUSSIAN_CONTROL_STATUS, LABELS, PLACE_LABELED, POINT_ICON_STATUSES, TROOPS_DRAWN } from '../symbols/statuses';
import { observedLayers, observedSources, type ObservedIds, type ObservedStyleInput } from './observed-layer';
import { notOccupiedLayers, notOccupiedSources } from './not-occupied-layer';
import { GEO_TILING } from './tiling';
import { perFeature } from './variants';
import type { Palette } from '../symbols/palettes';

export interface StyleInputs {
  oblasts: FeatureCollection;
  context: FeatureCollection;
  zone: FeatureCollection;
  labels: FeatureCollection<Point>;
  places: FeatureCollection<Point>;
  fonts: { regular: FontFile[]; bold: FontFile[] };
  lang: Lang;
  /** Observed occupied area (faces and arcs of the packed history), when the build ships it. */
  observed?: ObservedStyleInput | null;
  /** Further observed sources the build ships (beyond the primary `observed`): one group each, drawn above it. */
  observedMore?: ReadonlyArray<{ ids: ObservedIds; input: ObservedStyleInput }>;
  /** Colours of the page's theme (PALETTES[theme]). A theme switch re-derives paint properties from this (see theme-apply.ts). */
  palette: Palette;
}
export interface FontFile {
  url: string;
  ranges: string[];
}

const fs = (key: string): ExpressionSpecification => ['coalesce', ['feature-state', key], 'none'];
const when = (key: string, values: readonly string[], on: number, off = 0): ExpressionSpecification => [
  'match', fs(key), [...values], on, off,
];
const linePaint = (l: LineSymbol) => ({ 'line-color': l.color, 'line-width': l.width, ...(l.dash ? { 'line-dasharray': [...l.dash] } : {}) });
/** A solid line with per-feature width and opacity: every solid line layer shares one program variant (variants.ts). */
const solidLine = (l: LineSymbol) => ({ ...linePaint(l), 'line-width': perFeature(l.width), 'line-opacity': perFeature(1) });

export const nameField = (lang: Lang): ExpressionSpecification => ['get', localName({ name_en: 'name_en', name_uk: 'name_uk' }, lang)];

export const LAYERS = {
  pointIcons: POINT_ICON_STATUSES.map((s) => `pt-${s}` as const),
};

export function buildStyle(i: StyleInputs): StyleSpecification {
  const THEME: Palette = i.palette;
  const { FILLS, LINES } = symbolsFor(i.palette);
  const face = (files: FontFile[]) => files.map((f) => ({ url: f.url, 'unicode-range': f.ranges }));
  return {
    version: 8,
    name: 'territorial-claims',
    'font-faces': { [LABELS.oblast.font]: face(i.fonts.regular), [LABELS.place.font]: face(i.fonts.bold) },
    sources: {
      context: { type: 'geojson', data: i.context, ...GEO_TILING },
      oblasts: { type: 'geojson', data: i.oblasts, promoteId: 'id', ...GEO_TILING },
      zone: { type: 'geojson', data: i.zone, promoteId: 'id', ...GEO_TILING },
      labels: { type: 'geojson', data: i.labels, promoteId: 'id', ...GEO_TILING },
      places: { type: 'geojson', data: i.places, promoteId: 'key', ...GEO_TILING },
      ...observedSources(i.observed),
      ...Object.assign({}, ...(i.observedMore ?? []).map((o) => observedSources(o.input, o.ids))),
      ...notOccupiedSources(!!i.observed),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': THEME.background } },
      { id: 'neighbours', type: 'fill', source: 'context', filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': perFeature(THEME.neighbour), 'fill-opacity': perFeature(1) } },
      { id: 'neighbour-lines', type: 'line', source: 'context', filter: ['==', ['get', 'kind'], 'country'], paint: solidLine(LINES.neighbour) },
      { id: 'oblast-fill-base', type: 'fill', source: 'oblasts', paint: { 'fill-color': perFeature(THEME.land), 'fill-opacity': perFeature(1) } },
      // The record first: the observed occupied area lies under every claim fill, hatch, line and marker,
      // so the claim tint stays a translucent layer of its own above it (not pre-blended into the land).
      ...observedLayers(i.observed, i.palette),
      ...(i.observedMore ?? []).flatMap((o) => observedLayers(o.input, i.palette, o.ids)),
      {
        id: 'oblast-control', type: 'fill', source: 'oblasts',
        paint: {
          'fill-color': ['match', fs('control'), RUSSIAN_CONTROL_STATUS, FILLS.russianControl.color, FILLS.claimed.color],
          'fill-opacity': ['match', fs('control'), RUSSIAN_CONTROL_STATUS, FILLS.russianControl.opacity, [...CLAIMED_CONTROL], FILLS.claimed.opacity, 0],
        },
      },
      { id: 'oblast-annex', type: 'fill', source: 'oblasts', paint: { 'fill-pattern': FILLS.annex.pattern, 'fill-opacity': when('annex', ANNEX_DRAWN, FILLS.annex.opacity) } },
      { id: 'zone-fill', type: 'fill', source: 'zone', paint: { 'fill-pattern': FILLS.zone.pattern, 'fill-opacity': when('active', ['yes'], FILLS.zone.opacity) } },
      { id: 'zone-line', type: 'line', source: 'zone', paint: { ...linePaint(LINES.zone), 'line-opacity': when('active', ['yes'], 1) } },
      ...notOccupiedLayers(!!i.observed, i.lang, THEME),
      { id: 'oblast-lines', type: 'line', source: 'oblasts', paint: solidLine(LINES.oblast) },
      {
        id: 'oblast-claim-line', type: 'line', source: 'oblasts',
        paint: { ...solidLine(LINES.claim), 'line-opacity': when('control', CLAIMED_CONTROL, 1) },
      },
      { id: 'border-ru', type: 'line', source: 'context', filter: ['all', ['==', ['get', 'kind'], 'border'], ['==', ['get', 'with'], 'RU']], paint: solidLine(LINES.borderRu) },
      { id: 'border-by', type: 'line', source: 'context', filter: ['all', ['==', ['get', 'kind'], 'border'], ['==', ['get', 'with'], 'BY']], paint: { ...linePaint(LINES.borderBy), 'line-opacity': perFeature(1) } },
      {
        id: 'oblast-labels', type: 'symbol', source: 'labels',
        layout: {
          'text-field': nameField(i.lang), 'text-font': [LABELS.oblast.font], 'text-size': ['interpolate', ['linear'], ['zoom'], ...LABELS.oblast.sizeStops],
          'text-max-width': LABELS.oblast.maxWidthEm, 'text-padding': 1,
          // Never under a place label: a colliding oblast name moves off it, else it is dropped (the
          // place labels are placed first; export/scene.ts placeOblastLabels follows the same rule).
          'text-variable-anchor': [...LABELS.oblast.anchors], 'text-radial-offset': LABELS.oblast.radialOffsetEm,
        },
        paint: { 'text-color': THEME.label, 'text-halo-color': THEME.halo, 'text-halo-width': LABELS.oblast.halo, 'text-opacity': perFeature(1) },
      },
      {
        id: 'troops', type: 'symbol', source: 'places', filter: ['==', ['get', 'kind'], 'troop-concentration'],
        layout: { 'icon-image': 'troops' satisfies IconKey, 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'icon-offset': [0, LABELS.troopsOffsetY] },
        paint: { 'icon-opacity': when('status', TROOPS_DRAWN, 1) },
      },
      ...LAYERS.pointIcons.map((id) => ({
        id, type: 'symbol' as const, source: 'places', filter: ['==', ['get', 'kind'], 'point-control'] as ExpressionSpecification,
        layout: { 'icon-image': id, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
        paint: { 'icon-opacity': when('symbol', [id.slice(3)], 1) },
      })),
      {
        id: 'place-labels', type: 'symbol', source: 'places', filter: ['==', ['get', 'kind'], 'point-control'],
        layout: {
          'text-field': nameField(i.lang), 'text-font': [LABELS.place.font], 'text-size': LABELS.place.size, 'text-anchor': 'left', 'text-offset': [LABELS.place.offsetEm, 0],
          // Always drawn, placed first and registered for collisions, so an oblast name under it gives way.
          'text-allow-overlap': true, 'text-ignore-placement': false,
        },
        paint: { 'text-color': THEME.label, 'text-halo-color': THEME.halo, 'text-halo-width': LABELS.place.halo, 'text-opacity': when('status', PLACE_LABELED, 1) },
      },
    ],
  };
}
