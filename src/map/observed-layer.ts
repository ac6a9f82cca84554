// The observed occupied area on the map: every face and arc of the packed history is drawn once, in
// two GeoJSON sources; a date only flips the feature-state `on` of the faces and arcs that change.
// No source or layer is ever removed, re-added or given new data.
import type { Map as MapLibreMap, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { dayState, snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { symbolsFor } from '../symbols/registry';
import type { Palette } from '../symbols/palettes';
import { GEO_TILING } from './tiling';
import { perFeature } from './variants';
import { observedFeed } from '../state/observed-transfer';

export const OBSERVED_SOURCES = { faces: 'observed-faces', arcs: 'observed-arcs' } as const;

/** The map ids of one source's observed group: its two GeoJSON sources and its two layers. */
export interface ObservedIds {
  faces: string;
  arcs: string;
  fill: string;
  line: string;
}

const PRIMARY_IDS: ObservedIds = { ...OBSERVED_SOURCES, fill: 'observed-fill', line: 'observed-line' };

/**
 * The ids of an observed group. The primary record (null: the first the build ships) keeps the plain
 * ids that compare mode, the held ground, the exports and the bench refer to; every further source
 * gets ids of its own, derived from its source id.
 */
export function observedIds(source: string | null = null): ObservedIds {
  if (source === null) return PRIMARY_IDS;
  return { faces: `observed-${source}-faces`, arcs: `observed-${source}-arcs`, fill: `observed-${source}-fill`, line: `observed-${source}-line` };
}

/**
 * No geojson-vt simplification of faces: simplifying each polygon on its own moves the boundary two
 * neighbours share differently on either side and opens hairline cracks between them. Arcs keep the
 * map's tiling tolerance (src/map/tiling.ts; a larger one drops short arcs and leaves gaps in the outline).
 */
const FACE_TOLERANCE = 0;

export interface ObservedStyleInput {
  faces: FeatureCollection;
  arcs: FeatureCollection;
}

const on = (value: number): ['case', ['boolean', ['feature-state', 'on'], false], number, 0] => ['case', ['boolean', ['feature-state', 'on'], false], value, 0];

export function observedSources(o: ObservedStyleInput | null | undefined, ids: ObservedIds = PRIMARY_IDS): Record<string, SourceSpecification> {
  if (!o) return {};
  return {
    [ids.faces]: { type: 'geojson', data: o.faces, ...GEO_TILING, tolerance: FACE_TOLERANCE },
    [ids.arcs]: { type: 'geojson', data: o.arcs, ...GEO_TILING },
  };
}

/** The observed layers in the registry's symbols for `palette`. */
export function observedLayers(o: ObservedStyleInput | null | undefined, palette: Palette, ids: ObservedIds = PRIMARY_IDS): LayerSpecification[] {
  if (!o) return [];
  const { FILLS, LINES } = symbolsFor(palette);
  return [
    // No antialiasing: adjacent faces would otherwise show hairline seams between them.
    { id: ids.fill, type: 'fill', source: ids.faces, paint: { 'fill-color': perFeature(FILLS.observed.color), 'fill-opacity': on(FILLS.observed.opacity), 'fill-antialias': false } },
    // Width 0 when off: arcs of other days make no fragments at all (cheaper than opacity 0 on a software GPU).
    { id: ids.line, type: 'line', source: ids.arcs, paint: { 'line-color': LINES.observed.color, 'line-width': on(LINES.observed.width), 'line-opacity': perFeature(1) } },
  ];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Style input for a build that ships a history not loaded yet: the sources exist, empty, from the start. */
export const OBSERVED_PENDING: ObservedStyleInput = { faces: EMPTY, arcs: EMPTY };

/**
 * Gives the two sources the loaded history's faces and arcs (once; dates then only set feature-state):
 * as the URLs of their JSON when the decoding worker made it, so MapLibre's worker fetches and parses
 * them and the page's thread does not clone them (100–700 ms in one task on the bench machine).
 */
export function setObservedData(map: MapLibreMap, h: ObservedHistory, ids: ObservedIds = PRIMARY_IDS): void {
  const feed = observedFeed(h);
  (map.getSource(ids.faces) as { setData?: (d: FeatureCollection | string) => void } | undefined)?.setData?.(feed?.faces ?? h.faces);
  (map.getSource(ids.arcs) as { setData?: (d: FeatureCollection | string) => void } | undefined)?.setData?.(feed?.arcs ?? h.arcs);
}

export interface ObservedDrawn {
  day: number;
  faces: Uint8Array;
  arcs: Uint8Array;
}

/** Shows the snapshot at or before `date`; sets feature-state only where it differs from `prev`. */
export function applyObservedDate(map: MapLibreMap, h: ObservedHistory, date: string, prev: ObservedDrawn | null, ids: ObservedIds = PRIMARY_IDS): ObservedDrawn {
  const day = snapshotIndex(h.dates, date);
  if (prev && prev.day === day) return prev;
  const next = dayState(h, day);
  const set = (source: string, now: Uint8Array, before: Uint8Array | undefined) => {
    for (let i = 0; i < now.length; i++) {
      if (before ? before[i] === now[i] : now[i] === 0) continue;
      map.setFeatureState({ source, id: i }, { on: now[i] === 1 });
    }
  };
  set(ids.faces, next.faces, prev?.faces);
  set(ids.arcs, next.arcs, prev?.arcs);
  return { day, ...next };
}
