// The map style as plain data: a pure function of the boundary data, the claim places and the
// language. Dates never rebuild it; they only change feature-state (see apply.ts).
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/format';
import { FONT, FONT_BOLD, THEME } from '../symbols/theme';
import { observedLayers, observedSources, type ObservedStyleInput } from './observed-layer';

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
}
export interface FontFile {
  url: string;
  ranges: string[];
}

const fs = (key: string): ExpressionSpecification => ['coalesce', ['feature-state', key], 'none'];
const when = (key: string, values: string[], on: number, off = 0): ExpressionSpecification => [
  'match', fs(key), values, on, off,
];

export const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'uk' ? 'name_uk' : 'name_en'];

export const LAYERS = {
  pointIcons: ['pt-claimed', 'pt-disputed', 'pt-denied'] as const,
};

export function buildStyle(i: StyleInputs): StyleSpecification {
  const face = (files: FontFile[]) => files.map((f) => ({ url: f.url, 'unicode-range': f.ranges }));
  return {
    version: 8,
    name: 'territorial-claims',
    'font-faces': { [FONT]: face(i.fonts.regular), [FONT_BOLD]: face(i.fonts.bold) },
    sources: {
      context: { type: 'geojson', data: i.context },
      oblasts: { type: 'geojson', data: i.oblasts, promoteId: 'id' },
      zone: { type: 'geojson', data: i.zone, promoteId: 'id' },
      labels: { type: 'geojson', data: i.labels, promoteId: 'id' },
      places: { type: 'geojson', data: i.places, promoteId: 'key' },
      ...observedSources(i.observed),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': THEME.background } },
      { id: 'neighbours', type: 'fill', source: 'context', filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': THEME.neighbour } },
      { id: 'neighbour-lines', type: 'line', source: 'context', filter: ['==', ['get', 'kind'], 'country'], paint: { 'line-color': THEME.neighbourLine, 'line-width': 0.8 } },
      { id: 'oblast-fill-base', type: 'fill', source: 'oblasts', paint: { 'fill-color': THEME.land } },
      {
        id: 'oblast-control', type: 'fill', source: 'oblasts',
        paint: {
          'fill-color': ['match', fs('control'), 'assessed', THEME.heldFill, THEME.claimedFill],
          'fill-opacity': ['match', fs('control'), 'assessed', THEME.heldOpacity, ['claimed', 'disputed', 'confirmed'], THEME.claimedOpacity, 0],
        },
      },
      { id: 'oblast-annex', type: 'fill', source: 'oblasts', paint: { 'fill-pattern': 'hatch-annex', 'fill-opacity': when('annex', ['claimed', 'disputed', 'confirmed', 'assessed'], 0.9) } },
      { id: 'zone-fill', type: 'fill', source: 'zone', paint: { 'fill-pattern': 'dots-zone', 'fill-opacity': when('active', ['yes'], 1) } },
      { id: 'zone-line', type: 'line', source: 'zone', paint: { 'line-color': THEME.zone, 'line-width': 1.4, 'line-dasharray': [3, 2], 'line-opacity': when('active', ['yes'], 1) } },
      ...observedLayers(i.observed),
      { id: 'oblast-lines', type: 'line', source: 'oblasts', paint: { 'line-color': THEME.oblastLine, 'line-width': 0.7 } },
      {
        id: 'oblast-claim-line', type: 'line', source: 'oblasts',
        paint: { 'line-color': THEME.claimedLine, 'line-width': 2.6, 'line-opacity': when('control', ['claimed', 'disputed', 'confirmed'], 1) },
      },
      { id: 'border-ru', type: 'line', source: 'context', filter: ['all', ['==', ['get', 'kind'], 'border'], ['==', ['get', 'with'], 'RU']], paint: { 'line-color': THEME.borderRu, 'line-width': 1.6 } },
      { id: 'border-by', type: 'line', source: 'context', filter: ['all', ['==', ['get', 'kind'], 'border'], ['==', ['get', 'with'], 'BY']], paint: { 'line-color': THEME.borderRu, 'line-width': 1.2, 'line-dasharray': [4, 2] } },
      {
        id: 'oblast-labels', type: 'symbol', source: 'labels',
        layout: {
          'text-field': nameField(i.lang), 'text-font': [FONT], 'text-size': ['interpolate', ['linear'], ['zoom'], 4, 9, 7, 13],
          'text-max-width': 7, 'text-padding': 1,
        },
        paint: { 'text-color': THEME.label, 'text-halo-color': THEME.halo, 'text-halo-width': 1.4 },
      },
      {
        id: 'troops', type: 'symbol', source: 'places', filter: ['==', ['get', 'kind'], 'troop-concentration'],
        layout: { 'icon-image': 'troops', 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'icon-offset': [0, -14] },
        paint: { 'icon-opacity': when('status', ['claimed', 'disputed', 'confirmed', 'assessed'], 1) },
      },
      ...LAYERS.pointIcons.map((id) => ({
        id, type: 'symbol' as const, source: 'places', filter: ['==', ['get', 'kind'], 'point-control'] as ExpressionSpecification,
        layout: { 'icon-image': id, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
        paint: { 'icon-opacity': when('status', [id.slice(3)], 1) },
      })),
      {
        id: 'place-labels', type: 'symbol', source: 'places', filter: ['==', ['get', 'kind'], 'point-control'],
        layout: {
          'text-field': nameField(i.lang), 'text-font': [FONT_BOLD], 'text-size': 12, 'text-anchor': 'left', 'text-offset': [1.1, 0],
          'text-allow-overlap': true, 'text-ignore-placement': true,
        },
        paint: { 'text-color': THEME.label, 'text-halo-color': THEME.halo, 'text-halo-width': 1.6, 'text-opacity': when('status', ['claimed', 'disputed', 'denied', 'confirmed', 'assessed'], 1) },
      },
    ],
  };
}
