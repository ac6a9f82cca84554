// The figure as SVG, for print: vector oblasts and neighbours projected exactly as the map shows
// them (a `project` function: MapLibre's Web Mercator `map.project` in the app, any function in
// tests), the claims with the map's fills, hatch and dot patterns, point icons, labels, legend,
// title and credits. Pure string building. Every text from data or translations goes through
// escapeXml; ids are checked against a strict pattern before they become attributes.
import type { Feature, Geometry, Point, Position } from 'geojson';
import type { JoinResult } from '../domain/join';
import type { GeoBundle } from '../state/load';
import { featureStates, type PlaceProps } from '../domain/places';
import { THEME } from '../symbols/theme';
import type { Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import { FIG, type FigureLayout, type Font, type Measure } from './layout';
import { iconSymbols, mapPatterns, swatchBody } from '../symbols/markup';
import { FILLS, ICONS, LINES, dashPx, type IconKey, type LineSymbol, type SymbolKey } from '../symbols/registry';
import { ANNEX_DRAWN, CLAIMED_CONTROL, HELD_CONTROL, LABELS, TROOPS_DRAWN, has, isPointIconStatus, oblastLabelSize } from '../symbols/statuses';

export type Project = (lngLat: [number, number]) => [number, number];

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const SAFE_ID = /^[A-Za-z0-9_-]+$/;
function safeId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`unexpected feature id ${JSON.stringify(id)}`);
  return id;
}

/** One decimal, no "-0", no trailing ".0". */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * One ring or line as path data: absolute move, then relative segments between the rounded
 * projected points (rounding never accumulates). Points closer than `minDist` px to the last kept
 * point are dropped. Rings are closed with Z; rings that collapse to fewer than 3 points vanish.
 */
export function linePath(coords: readonly Position[], project: Project, opts: { closed: boolean; minDist?: number }): string {
  const min2 = (opts.minDist ?? 0.3) ** 2;
  const pts: Array<[number, number]> = [];
  const n = opts.closed && coords.length > 1 && samePos(coords[0]!, coords[coords.length - 1]!) ? coords.length - 1 : coords.length;
  for (let i = 0; i < n; i++) {
    const c = coords[i]!;
    const [x, y] = project([c[0]!, c[1]!]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const q: [number, number] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    const last = pts[pts.length - 1];
    if (last && (q[0] - last[0]) ** 2 + (q[1] - last[1]) ** 2 < min2 && i !== n - 1) continue;
    pts.push(q);
  }
  if (pts.length < (opts.closed ? 3 : 2)) return '';
  let d = `M${num(pts[0]![0])} ${num(pts[0]![1])}`;
  for (let i = 1; i < pts.length; i++) d += `l${num(pts[i]![0] - pts[i - 1]![0])} ${num(pts[i]![1] - pts[i - 1]![1])}`;
  return opts.closed ? d + 'z' : d;
}

function samePos(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Path data for a (multi)polygon or (multi)line; points and collections give ''. */
export function geometryPath(g: Geometry | null, project: Project, minDist?: number): string {
  if (!g) return '';
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r) => linePath(r, project, { closed: true, minDist })).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r) => linePath(r, project, { closed: true, minDist }))).join('');
    case 'LineString':
      return linePath(g.coordinates, project, { closed: false, minDist });
    case 'MultiLineString':
      return g.coordinates.map((l) => linePath(l, project, { closed: false, minDist })).join('');
    default:
      return '';
  }
}

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
    const status = stateOf('places', f.properties.key).status ?? 'none';
    const [x, y] = project(f.geometry.coordinates as [number, number]);
    if (!inside(x, y, i.width, i.height, 30)) continue;
    if (f.properties.kind === 'troop-concentration') {
      if (has(TROOPS_DRAWN, status)) icons.push({ icon: 'troops', x, y: y + LABELS.troopsOffsetY });
    } else if (f.properties.kind === 'point-control') {
      if (isPointIconStatus(status)) icons.push({ icon: `pt-${status}`, x, y });
      if (status !== 'none') placeLabels.push({ text: localName(f.properties, i.lang), x: x + LABELS.place.offsetEm * LABELS.place.size, y, size: LABELS.place.size });
    }
  }
  return { width: i.width, height: i.height, neighbours, oblasts, zones, borders, labels, icons, placeLabels };
}

function inside(x: number, y: number, w: number, h: number, margin: number): boolean {
  return x >= -margin && y >= -margin && x <= w + margin && y <= h + margin;
}

export const SVG_FONT = 'Noto Sans, Arial, Helvetica, sans-serif';

function textEl(t: string, x: number, y: number, font: Font, fill: string, extra = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="${font.size}"${font.weight === 700 ? ' font-weight="700"' : ''} fill="${fill}"${extra}>${escapeXml(t)}</text>`;
}

/** Text with a halo drawn as a separate stroked copy underneath (paint-order is not read everywhere). */
function haloText(t: string, x: number, y: number, font: Font, halo: number, anchor: 'start' | 'middle'): string {
  const a = anchor === 'middle' ? ' text-anchor="middle"' : '';
  return (
    textEl(t, x, y, font, THEME.halo, `${a} stroke="${THEME.halo}" stroke-width="${num(halo * 2)}" stroke-linejoin="round"`) +
    textEl(t, x, y, font, THEME.label, a)
  );
}

export interface SvgText {
  title: string;
  description: string;
  lang: Lang;
}

/** The whole figure as an SVG document (UTF-8 text). */
export function figureSvg(layout: FigureLayout, scene: MapScene, meta: SvgText, prefix = 'tc'): string {
  const p = safeId(prefix);
  const m = layout.map;
  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" xml:lang="${meta.lang}" font-family="${SVG_FONT}">`,
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description)}</desc>`,
    `<defs><clipPath id="${p}-map-clip"><rect x="0" y="0" width="${m.w}" height="${m.h}"/></clipPath>${mapPatterns(p)}${iconSymbols(p)}</defs>`,
    `<rect width="100%" height="100%" fill="${FIG.colors.background}"/>`,
  );

  // Map.
  const refUse = (id: string, attrs: string) => `<use href="#${p}-ob-${id}" xlink:href="#${p}-ob-${id}" ${attrs}/>`;
  out.push(`<g data-layer="map" transform="translate(${num(m.x)} ${num(m.y)})" clip-path="url(#${p}-map-clip)">`);
  out.push(`<rect width="${m.w}" height="${m.h}" fill="${THEME.background}"/>`);
  out.push(`<g data-layer="neighbours" fill="${THEME.neighbour}" ${strokeAttrs(LINES.neighbour)} fill-rule="evenodd">${scene.neighbours.map((d) => `<path d="${d}"/>`).join('')}</g>`);
  out.push(`<g data-layer="oblasts" fill="${THEME.land}" stroke="none" fill-rule="evenodd">`);
  for (const o of scene.oblasts) out.push(`<path id="${p}-ob-${o.id}" data-id="${o.id}" d="${o.d}"/>`);
  out.push(`</g>`);
  out.push(`<g data-layer="oblast-control" stroke="none" fill-rule="evenodd">`);
  for (const o of scene.oblasts) {
    if (o.control === 'held') out.push(refUse(o.id, `fill="${FILLS.held.color}" fill-opacity="${FILLS.held.opacity}"`));
    else if (o.control === 'claimed') out.push(refUse(o.id, `fill="${FILLS.claimed.color}" fill-opacity="${FILLS.claimed.opacity}"`));
  }
  out.push(`</g><g data-layer="oblast-annex" stroke="none" fill-rule="evenodd">`);
  for (const o of scene.oblasts) if (o.annex) out.push(refUse(o.id, `fill="url(#${p}-${FILLS.annex.pattern})" fill-opacity="${FILLS.annex.opacity}"`));
  out.push(`</g>`);
  out.push(`<g data-layer="zone" fill-rule="evenodd">${scene.zones.map((d) => `<path d="${d}" fill="url(#${p}-${FILLS.zone.pattern})" ${strokeAttrs(LINES.zone)}/>`).join('')}</g>`);
  out.push(`<g data-layer="oblast-lines" fill="none" ${strokeAttrs(LINES.oblast)}>${scene.oblasts.map((o) => refUse(o.id, '')).join('')}</g>`);
  out.push(`<g data-layer="oblast-claim-line" fill="none" ${strokeAttrs(LINES.claim)} stroke-linejoin="round">${scene.oblasts.filter((o) => o.claimLine).map((o) => refUse(o.id, '')).join('')}</g>`);
  out.push(`<g data-layer="borders" fill="none">`);
  for (const b of scene.borders) out.push(`<path d="${b.d}" ${strokeAttrs(b.with === 'BY' ? LINES.borderBy : LINES.borderRu)}/>`);
  out.push(`</g>`);
  out.push(`<g data-layer="oblast-labels">`);
  for (const l of scene.labels) {
    const lh = 1.2 * l.size;
    l.lines.forEach((line, k) => {
      const cy = l.y + (k - (l.lines.length - 1) / 2) * lh;
      out.push(haloText(line, l.x, cy + 0.35 * l.size, { size: round1(l.size), weight: 400 }, LABELS.oblast.halo, 'middle'));
    });
  }
  out.push(`</g><g data-layer="places">`);
  for (const ic of scene.icons) {
    const s = ICONS[ic.icon].size;
    out.push(`<use href="#${p}-${ic.icon}" xlink:href="#${p}-${ic.icon}" x="${num(ic.x - s / 2)}" y="${num(ic.y - s / 2)}" width="${s}" height="${s}" data-icon="${ic.icon}"/>`);
  }
  for (const l of scene.placeLabels) out.push(haloText(l.text, l.x, l.y + 0.35 * l.size, { size: l.size, weight: 700 }, LABELS.place.halo, 'start'));
  out.push(`</g></g>`);
  out.push(`<rect x="${num(m.x)}" y="${num(m.y)}" width="${m.w}" height="${m.h}" fill="none" stroke="${FIG.colors.dateBorder}" stroke-opacity="0.35"/>`);

  // Date stamp, legend, texts.
  const db = layout.dateBox;
  out.push(`<rect x="${num(db.x)}" y="${num(db.y)}" width="${num(db.w)}" height="${num(db.h)}" rx="3" fill="${FIG.colors.dateBox}" fill-opacity="0.92" stroke="${FIG.colors.dateBorder}"/>`);
  for (const s of layout.swatches) {
    out.push(`<svg x="${num(s.rect.x)}" y="${num(s.rect.y)}" width="${s.rect.w}" height="${s.rect.h}" viewBox="0 0 28 18" data-symbol="${safeId(s.key)}">${swatchBody(s.key as SymbolKey, `${p}-sw-${s.key}`)}</svg>`);
  }
  for (const t of layout.text) out.push(textEl(t.text, t.x, t.y, t.font, t.color));
  out.push(`</svg>\n`);
  return out.join('\n');
}

/** A registry line as SVG stroke attributes (dash converted from line widths to px). */
function strokeAttrs(line: LineSymbol): string {
  const dash = dashPx(line);
  return `stroke="${line.color}" stroke-width="${line.width}"${dash ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : ''}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
