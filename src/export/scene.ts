// The figure's map as a scene: the map layers as projected geometry and placed symbols, following
// the MapLibre style (map/style.ts) through the same registry status sets and label constants, and
// the date's feature-state. No markup here: svg.ts writes the scene as SVG, png.ts draws it.
import type { Feature, Point } from 'geojson';
import type { JoinResult } from '../domain/join';
import { dayState, snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { notOccupiedPartsOn } from '../domain/observed-metrics';
import type { GeoBundle } from '../state/load';
import { featureStates, type PlaceProps } from '../domain/places';
import { formatKm2, type Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import type { IconKey } from '../symbols/registry';
import { ANNEX_DRAWN, CLAIMED_CONTROL, RUSSIAN_CONTROL_STATUS, LABELS, TROOPS_DRAWN, has, isPointIconStatus, oblastLabelSize } from '../symbols/statuses';
import type { Font, Measure } from './layout';
import { geometryPath, safeId, type Project } from './svg-path';

export interface MapScene {
  width: number;
  height: number;
  neighbours: string[];
  oblasts: Array<{ id: string; d: string; control: 'russianControl' | 'claimed' | null; annex: boolean; claimLine: boolean }>;
  zones: string[];
  borders: Array<{ d: string; with: string }>;
  labels: Array<{ lines: string[]; x: number; y: number; size: number }>;
  icons: Array<{ icon: IconKey; x: number; y: number }>;
  placeLabels: Array<{ text: string; x: number; y: number; size: number }>;
  /** The observed source's occupied area on the snapshot at or before the date: faces as one path, and its outline. */
  observed: { fill: string; line: string } | null;
  /** The primary record's ground not shown as occupied in claimed oblasts on that snapshot: outlines and km² label points. */
  notOccupied?: { line: string; labels: Array<{ x: number; y: number; text: string; km2: number }> } | null;
  /** Further observed sources (a build that ships several), each drawn as the map draws its group. */
  observedMore?: Array<{ source: string; fill: string; line: string }>;
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
  /** The observed record, when the build ships it: its snapshot on the join's date is drawn. */
  observed?: ObservedHistory | null;
  /** Further observed sources beyond `observed`. */
  others?: ReadonlyArray<{ source: { id: string }; history: ObservedHistory }>;
}

/** The observed faces and outline arcs of the snapshot at or before `date`, projected; null before the first. */
export function observedScene(h: ObservedHistory, date: string, project: Project): MapScene['observed'] {
  const day = snapshotIndex(h.dates, date);
  if (day < 0) return null;
  const on = dayState(h, day);
  let fill = '';
  h.faces.features.forEach((f, i) => {
    if (on.faces[i]) fill += geometryPath(f.geometry, project);
  });
  let line = '';
  h.arcs.features.forEach((f, i) => {
    if (on.arcs[i]) line += geometryPath(f.geometry, project);
  });
  return { fill, line };
}

/** The parts of the snapshot at or before `date` that the map outlines as not shown as occupied (map/not-occupied-layer.ts), projected. */
export function notOccupiedScene(h: ObservedHistory, date: string, project: Project, lang: Lang): MapScene['notOccupied'] {
  const on = new Set(notOccupiedPartsOn(h, snapshotIndex(h.dates, date)));
  if (!on.size) return null;
  let line = '';
  for (const f of h.notOccupiedParts?.features ?? []) if (on.has(Number(f.id))) line += geometryPath(f.geometry, project);
  const labels = (h.notOccupiedLabels?.features ?? [])
    .filter((f) => on.has(Number(f.id)))
    .map((f) => {
      const [x, y] = project(f.geometry.coordinates as [number, number]);
      return { x, y, km2: f.properties.km2, text: formatKm2(f.properties.km2, lang) };
    });
  return { line, labels };
}

/** The km² labels the figure keeps, largest part first: as MapLibre's collision does, one that would overlap a place label or a label kept before it is left out. */
function clearOf(labels: NonNullable<MapScene['notOccupied']>['labels'], taken: readonly Box[], measure: Measure): NonNullable<MapScene['notOccupied']>['labels'] {
  const boxes = [...taken];
  return [...labels].sort((a, b) => b.km2 - a.km2).filter((l) => {
    const { size, padding: pad } = LABELS.notOccupied;
    const w = measure(l.text, { size, weight: 700 });
    const b = { x0: l.x - w / 2 - pad, y0: l.y - 0.6 * size - pad, x1: l.x + w / 2 + pad, y1: l.y + 0.6 * size + pad };
    if (boxes.some((o) => overlaps(o, b))) return false;
    boxes.push(b);
    return true;
  });
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
    const control = s.control === RUSSIAN_CONTROL_STATUS ? 'russianControl' : has(CLAIMED_CONTROL, s.control) ? 'claimed' : null;
    return {
      id: safeId(f.properties.id),
      d: geometryPath(f.geometry, project),
      control,
      annex: has(ANNEX_DRAWN, s.annex),
      claimLine: has(CLAIMED_CONTROL, s.control),
    } as MapScene['oblasts'][number];
  });

  const zones = i.geo.zone.features.filter((f) => stateOf('zone', String(f.properties?.id)).active === 'yes').map((f) => geometryPath(f.geometry, project)).filter(Boolean);

  const icons: MapScene['icons'] = [];
  const placeLabels: MapScene['placeLabels'] = [];
  for (const f of i.places.features) {
    const state = stateOf('places', f.properties.key);
    const status = state.status ?? 'none';
    // The diamond follows the symbol (an assessment's finding picks under Russian control / grey zone / not under it).
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

  // Place labels are placed first; oblast labels move off them (as on the map, style.ts).
  const size = labelSize(i.zoom);
  const font: Font = { size, weight: 400 };
  const candidates = i.geo.oblasts.features
    .filter((f) => !i.labelIds || i.labelIds.has(f.properties.id))
    .map((f) => {
      const [x, y] = project([f.properties.label_lon ?? 0, f.properties.label_lat ?? 0]);
      const name = localName(f.properties, i.lang);
      return { lines: wrapLabel(name, LABELS.oblast.maxWidthEm * size, font, i.measure), x, y, size };
    })
    .filter((l) => inside(l.x, l.y, i.width, i.height, 40));
  const placeBoxes = placeLabels.map((p) => placeLabelBox(p, i.measure));
  const labels = placeOblastLabels(candidates, placeBoxes, i.measure);
  const notOccupied = i.observed ? notOccupiedScene(i.observed, i.join.date, project, i.lang) : null;
  if (notOccupied) notOccupied.labels = clearOf(notOccupied.labels, placeBoxes, i.measure);
  const observed = i.observed ? observedScene(i.observed, i.join.date, project) : null;
  const scene: MapScene = { width: i.width, height: i.height, neighbours, oblasts, zones, borders, labels, icons, placeLabels, observed, notOccupied };
  if (i.others?.length) scene.observedMore = i.others.flatMap((r) => { const o = observedScene(r.history, i.join.date, project); return o ? [{ source: r.source.id, ...o }] : []; });
  return scene;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box a place label covers: it starts right of its point, one line of bold text centred on it. */
export function placeLabelBox(l: MapScene['placeLabels'][number], measure: Measure): Box {
  const w = measure(l.text, { size: l.size, weight: 700 });
  return { x0: l.x, y0: l.y - 0.6 * l.size, x1: l.x + w, y1: l.y + 0.6 * l.size };
}

/** The box an oblast label covers, its lines centred on (x, y). */
export function oblastLabelBox(l: MapScene['labels'][number], measure: Measure): Box {
  const w = Math.max(...l.lines.map((t) => measure(t, { size: l.size, weight: 400 })));
  const h = l.lines.length * 1.2 * l.size;
  return { x0: l.x - w / 2, y0: l.y - h / 2, x1: l.x + w / 2, y1: l.y + h / 2 };
}

type Anchor = (typeof LABELS.oblast.anchors)[number];

/**
 * Oblast labels placed as the map places them (LABELS.oblast.anchors, MapLibre text-variable-anchor):
 * centred on their point, or, when that would touch a place label or an oblast label already placed,
 * below it, above, right or left of it, or at a corner; dropped when all nine collide. Place labels are
 * never moved: they are placed first.
 */
export function placeOblastLabels(labels: ReadonlyArray<MapScene['labels'][number]>, taken: readonly Box[], measure: Measure): MapScene['labels'] {
  const placed: MapScene['labels'] = [];
  const boxes = [...taken];
  for (const l of labels) {
    const h = l.lines.length * 1.2 * l.size;
    const w = Math.max(...l.lines.map((t) => measure(t, { size: l.size, weight: 400 })));
    const r = LABELS.oblast.radialOffsetEm * l.size;
    // The anchor is the side of the label at the point: "top" puts the label below it.
    const shift: Record<Anchor, [number, number]> = {
      center: [0, 0],
      top: [0, r + h / 2],
      bottom: [0, -(r + h / 2)],
      left: [r + w / 2, 0],
      right: [-(r + w / 2), 0],
      // Corners: MapLibre spreads the radial offset along the diagonal (r/√2 on each axis).
      'top-left': [r / Math.SQRT2 + w / 2, r / Math.SQRT2 + h / 2],
      'top-right': [-(r / Math.SQRT2 + w / 2), r / Math.SQRT2 + h / 2],
      'bottom-left': [r / Math.SQRT2 + w / 2, -(r / Math.SQRT2 + h / 2)],
      'bottom-right': [-(r / Math.SQRT2 + w / 2), -(r / Math.SQRT2 + h / 2)],
    };
    for (const anchor of LABELS.oblast.anchors) {
      const at = { ...l, x: l.x + shift[anchor][0], y: l.y + shift[anchor][1] };
      const box = oblastLabelBox(at, measure);
      if (boxes.some((b) => overlaps(b, box))) continue;
      placed.push(at);
      boxes.push(box);
      break;
    }
  }
  return placed;
}

function inside(x: number, y: number, w: number, h: number, margin: number): boolean {
  return x >= -margin && y >= -margin && x <= w + margin && y <= h + margin;
}
