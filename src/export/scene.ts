// The figure's map as a scene: the map layers as projected geometry and placed symbols, following
// the MapLibre style (map/style.ts) through the same registry status sets and label constants, and
// the date's feature-state. No markup here: svg.ts writes the scene as SVG, png.ts draws it.
import type { Feature, Point } from 'geojson';
import type { JoinResult } from '../domain/join';
import type { GeoBundle } from '../state/load';
import { featureStates, type PlaceProps } from '../domain/places';
import type { Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import type { IconKey } from '../symbols/registry';
import { ANNEX_DRAWN, CLAIMED_CONTROL, HELD_CONTROL, LABELS, TROOPS_DRAWN, has, isPointIconStatus, oblastLabelSize } from '../symbols/statuses';
import type { Font, Measure } from './layout';
import { geometryPath, safeId, type Project } from './svg-path';

export interface MapScene {
  width: number;
  height: number;
  neighbours: string[];
  oblasts: Array<{ id: string; d: string; control: 'held' | 'claimed' | null; annex: boolean; claimLine: boolean }>;
  zones: string[];
  borders: Array<{ d: string; with: string }>;
  labels: Array<{ lines: string[]; x: number; y: number; size: number }>;
  icons: Array<{ icon: IconKey; x: number; y: number }>;
  placeLabels: Array<{ text: string; x: number; y: number; size: number }>;
}

export interface SceneInput {
  geo: GeoBundle;
  join: JoinResult;
  places: { type: 'FeatureCollection'; features: Array<Feature<Point, PlaceProps>> };
  lang: Lang;
  project: Project;
  zoom: number;
  width: number;
  height: number;
  measure: Measure;
  /** Oblast ids whose label the map placed (MapLibre drops colliding labels); all when absent. */
  labelIds?: ReadonlySet<string>;
}

/**
 * Map-label wrapping as MapLibre does it for text-max-width: break at spaces and after hyphens,
 * never inside a word (a long single word stays on one line).
 */
export function wrapLabel(text: string, maxWidth: number, font: Font, measure: Measure): string[] {
  const tokens = text.split(/(?<=[\s-])/).filter((t) => t.trim());
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && measure((line + tok).trim(), font) > maxWidth) {
      lines.push(line.trim());
      line = '';
    }
    line += tok;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length ? lines : [''];
}

/** Oblast label size at a zoom, as the style interpolates it. */
export const labelSize = oblastLabelSize;

/** The map layers as projected geometry and placed symbols, following style.ts and the feature-state. */
export function buildScene(i: SceneInput): MapScene {
  const { project } = i;
  const zoneIds = i.geo.zone.features.map((f) => String(f.properties?.id));
  const states = featureStates(i.join, i.places, zoneIds);
  const stateOf = (source: string, id: string) => states.find((s) => s.source === source && s.id === id)?.state ?? {};

  const neighbours = i.geo.context.features.filter((f) => f.properties?.kind === 'country').map((f) => geometryPath(f.geometry, project)).filter(Boolean);
  const borders = i.geo.context.features
    .filter((f) => f.properties?.kind === 'border')
    .map((f) => ({ d: geometryPath(f.geometry, project), with: String(f.properties?.with ?? '') }))
    .filter((b) => b.d);

  const oblasts = i.geo.oblasts.features.map((f) => {
    const s = stateOf('oblasts', f.properties.id);
    const control = s.control === HELD_CONTROL ? 'held' : has(CLAIMED_CONTROL, s.control) ? 'claimed' : null;
    return {
      id: safeId(f.properties.id),
      d: geometryPath(f.geometry, project),
      control,
      annex: has(ANNEX_DRAWN, s.annex),
      claimLine: has(CLAIMED_CONTROL, s.control),
    } as MapScene['oblasts'][number];
  });

  const zones = i.geo.zone.features.filter((f) => stateOf('zone', String(f.properties?.id)).active === 'yes').map((f) => geometryPath(f.geometry, project)).filter(Boolean);

  const size = labelSize(i.zoom);
  const font: Font = { size, weight: 400 };
  const labels = i.geo.oblasts.features
    .filter((f) => !i.labelIds || i.labelIds.has(f.properties.id))
    .map((f) => {
      const [x, y] = project([f.properties.label_lon ?? 0, f.properties.label_lat ?? 0]);
      const name = localName(f.properties, i.lang);
      return { lines: wrapLabel(name, LABELS.oblast.maxWidthEm * size, font, i.measure), x, y, size };
    })
    .filter((l) => inside(l.x, l.y, i.width, i.height, 40));

  const icons: MapScene['icons'] = [];
  const placeLabels: MapScene['placeLabels'] = [];
  for (const f of i.places.features) {
    const state = stateOf('places', f.properties.key);
    const status = state.status ?? 'none';
    // The diamond follows the symbol (an assessment's finding picks held / grey zone / not held).
    const symbol = state.symbol;
    const [x, y] = project(f.geometry.coordinates as [number, number]);
    if (!inside(x, y, i.width, i.height, 30)) continue;
    if (f.properties.kind === 'troop-concentration') {
      if (has(TROOPS_DRAWN, status)) icons.push({ icon: 'troops', x, y: y + LABELS.troopsOffsetY });
    } else if (f.properties.kind === 'point-control') {
      if (isPointIconStatus(symbol)) icons.push({ icon: `pt-${symbol}`, x, y });
      if (status !== 'none') placeLabels.push({ text: localName(f.properties, i.lang), x: x + LABELS.place.offsetEm * LABELS.place.size, y, size: LABELS.place.size });
    }
  }
  return { width: i.width, height: i.height, neighbours, oblasts, zones, borders, labels, icons, placeLabels };
}

function inside(x: number, y: number, w: number, h: number, margin: number): boolean {
  return x >= -margin && y >= -margin && x <= w + margin && y <= h + margin;
}
