// The figure as an SVG document, for print: the scene (scene.ts: oblasts and neighbours projected
// exactly as the map shows them, the claims, icons and labels) written with the registry's fills,
// patterns and icons, plus the legend, title and credits. Pure string building. Every text from data or translations goes through
// escapeXml; ids are checked against a strict pattern before they become attributes.
import { PALETTES, type Palette, type ResolvedTheme } from '../symbols/palettes';
import type { Lang } from '../i18n/format';
import { FIG_COLORS, type FigureLayout, type Font } from './layout';
import { iconSymbols, mapPatterns, swatchBody } from '../symbols/markup';
import { dashPx, symbols, type LineSymbol, type SwatchKey } from '../symbols/registry';
import { LABELS } from '../symbols/statuses';
import { escapeXml, num, safeId } from './svg-path';
import type { MapScene } from './scene';

export { escapeXml, geometryPath, linePath, num, type Project } from './svg-path';
export { buildScene, labelSize, oblastLabelBox, observedScene, overlaps, placeLabelBox, placeOblastLabels, wrapLabel, type Box, type MapScene, type SceneInput } from './scene';

export const SVG_FONT = 'Noto Sans, Arial, Helvetica, sans-serif';

function textEl(t: string, x: number, y: number, font: Font, fill: string, extra = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="${font.size}"${font.weight === 700 ? ' font-weight="700"' : ''} fill="${fill}"${extra}>${escapeXml(t)}</text>`;
}

/** Text with a halo drawn as a separate stroked copy underneath (paint-order is not read everywhere). */
function haloText(t: string, x: number, y: number, font: Font, halo: number, anchor: 'start' | 'middle', THEME: Palette = PALETTES.light, fill = THEME.label): string {
  const a = anchor === 'middle' ? ' text-anchor="middle"' : '';
  return (
    textEl(t, x, y, font, THEME.halo, `${a} stroke="${THEME.halo}" stroke-width="${num(halo * 2)}" stroke-linejoin="round"`) +
    textEl(t, x, y, font, fill, a)
  );
}

export interface SvgText {
  title: string;
  description: string;
  lang: Lang;
  /** Map palette and page colours; light when absent. */
  theme?: ResolvedTheme;
  /** Extra map layers (SVG markup in map pixels) drawn under the oblast outlines, e.g. compare mode's faces. */
  mapOverlay?: string;
}

/** The whole figure as an SVG document (UTF-8 text). */
export function figureSvg(layout: FigureLayout, scene: MapScene, meta: SvgText, prefix = 'tc'): string {
  const p = safeId(prefix);
  const m = layout.map;
  const theme = meta.theme ?? layout.theme;
  const FIGC = FIG_COLORS[theme];
  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" xml:lang="${meta.lang}" font-family="${SVG_FONT}">`,
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description)}</desc>`,
    `<defs><clipPath id="${p}-map-clip"><rect x="0" y="0" width="${m.w}" height="${m.h}"/></clipPath>${mapPatterns(p, theme)}${iconSymbols(p, theme)}</defs>`,
    `<rect width="100%" height="100%" fill="${FIGC.background}"/>`,
  );

  out.push(mapLayers(scene, { x: m.x, y: m.y, w: m.w, h: m.h }, p, theme, meta.mapOverlay));
  out.push(`<rect x="${num(m.x)}" y="${num(m.y)}" width="${m.w}" height="${m.h}" fill="none" stroke="${FIGC.dateBorder}" stroke-opacity="0.35"/>`);

  // Date stamp, legend, texts.
  const db = layout.dateBox;
  out.push(`<rect x="${num(db.x)}" y="${num(db.y)}" width="${num(db.w)}" height="${num(db.h)}" rx="3" fill="${FIGC.dateBox}" fill-opacity="0.92" stroke="${FIGC.dateBorder}"/>`);
  for (const s of layout.swatches) {
    out.push(`<svg x="${num(s.rect.x)}" y="${num(s.rect.y)}" width="${s.rect.w}" height="${s.rect.h}" viewBox="0 0 28 18" data-symbol="${safeId(s.key)}">${swatchBody(s.key as SwatchKey, `${p}-sw-${s.key}`, theme)}</svg>`);
  }
  for (const t of layout.text) out.push(textEl(t.text, t.x, t.y, t.font, t.color));
  out.push(`</svg>\n`);
  return out.join('\n');
}

/** The map part of the figure: every map layer of the scene, drawn in the map rect `m` (clipped by `#p-map-clip`). */
export function mapLayers(scene: MapScene, m: { x: number; y: number; w: number; h: number }, p: string, theme: ResolvedTheme, mapOverlay?: string): string {
  const THEME = PALETTES[theme];
  const { FILLS, ICONS, LINES } = symbols(theme);
  const out: string[] = [];
  const refUse = (id: string, attrs: string) => `<use href="#${p}-ob-${id}" xlink:href="#${p}-ob-${id}" ${attrs}/>`;
  out.push(`<g data-layer="map" transform="translate(${num(m.x)} ${num(m.y)})" clip-path="url(#${p}-map-clip)">`);
  out.push(`<rect width="${m.w}" height="${m.h}" fill="${THEME.background}"/>`);
  out.push(`<g data-layer="neighbours" fill="${THEME.neighbour}" ${strokeAttrs(LINES.neighbour)} fill-rule="evenodd">${scene.neighbours.map((d) => `<path d="${d}"/>`).join('')}</g>`);
  out.push(`<g data-layer="oblasts" fill="${THEME.land}" stroke="none" fill-rule="evenodd">`);
  for (const o of scene.oblasts) out.push(`<path id="${p}-ob-${o.id}" data-id="${o.id}" d="${o.d}"/>`);
  out.push(`</g>`);
  // The record first, as on the map: the observed area lies under every claim symbol. The faces tile
  // the area without overlaps, so one even-odd path draws them with their holes and no seams.
  const observedGroup = (o: { fill: string; line: string }, source = '') =>
    `<g data-layer="observed"${source ? ` data-source="${source}"` : ''}><path d="${o.fill}" fill="${FILLS.observed.color}" fill-opacity="${FILLS.observed.opacity}" fill-rule="evenodd" stroke="none"/>` +
    `<path d="${o.line}" fill="none" ${strokeAttrs(LINES.observed)} stroke-linejoin="round"/></g>`;
  if (scene.observed) out.push(observedGroup(scene.observed));
  for (const o of scene.observedMore ?? []) out.push(observedGroup(o, o.source));
  out.push(`<g data-layer="oblast-control" stroke="none" fill-rule="evenodd">`);
  for (const o of scene.oblasts) {
    if (o.control === 'russianControl') out.push(refUse(o.id, `fill="${FILLS.russianControl.color}" fill-opacity="${FILLS.russianControl.opacity}"`));
    else if (o.control === 'claimed') out.push(refUse(o.id, `fill="${FILLS.claimed.color}" fill-opacity="${FILLS.claimed.opacity}"`));
  }
  out.push(`</g><g data-layer="oblast-annex" stroke="none" fill-rule="evenodd">`);
  for (const o of scene.oblasts) if (o.annex) out.push(refUse(o.id, `fill="url(#${p}-${FILLS.annex.pattern})" fill-opacity="${FILLS.annex.opacity}"`));
  out.push(`</g>`);
  out.push(`<g data-layer="zone" fill-rule="evenodd">${scene.zones.map((d) => `<path d="${d}" fill="url(#${p}-${FILLS.zone.pattern})" ${strokeAttrs(LINES.zone)}/>`).join('')}</g>`);
  if (mapOverlay) out.push(mapOverlay);
  // Ground not shown as occupied, as the map outlines it (between the claim fills and the oblast lines).
  if (scene.notOccupied) out.push(`<g data-layer="not-occupied"><path d="${scene.notOccupied.line}" fill="none" ${strokeAttrs(LINES.notOccupied)} stroke-linejoin="round"/></g>`);
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
      out.push(haloText(line, l.x, cy + 0.35 * l.size, { size: round1(l.size), weight: 400 }, LABELS.oblast.halo, 'middle', THEME));
    });
  }
  out.push(`</g><g data-layer="places">`);
  for (const ic of scene.icons) {
    const s = ICONS[ic.icon].size;
    out.push(`<use href="#${p}-${ic.icon}" xlink:href="#${p}-${ic.icon}" x="${num(ic.x - s / 2)}" y="${num(ic.y - s / 2)}" width="${s}" height="${s}" data-icon="${ic.icon}"/>`);
  }
  for (const l of scene.placeLabels) out.push(haloText(l.text, l.x, l.y + 0.35 * l.size, { size: l.size, weight: 700 }, LABELS.place.halo, 'start', THEME));
  out.push(`</g>`);
  // The not-occupied parts' km², in their outline's colour with the map's halo (map/not-occupied-layer.ts).
  if (scene.notOccupied?.labels.length) {
    out.push(`<g data-layer="not-occupied-labels">`);
    for (const l of scene.notOccupied.labels) {
      const { size, halo } = LABELS.notOccupied;
      out.push(haloText(l.text, l.x, l.y + 0.35 * size, { size, weight: 700 }, halo, 'middle', THEME, LINES.notOccupied.color));
    }
    out.push(`</g>`);
  }
  out.push(`</g>`);
  return out.join('\n');
}

/**
 * The map alone as an SVG document (no title, legend or credits): the page's picture of the map before
 * MapLibre has drawn, and the build's static picture for pages without scripts or WebGL.
 */
export function mapSvg(scene: MapScene, meta: SvgText, prefix = 'mp'): string {
  const p = safeId(prefix);
  const theme = meta.theme ?? 'light';
  const { width: w, height: h } = scene;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xml:lang="${meta.lang}" font-family="${SVG_FONT}">` +
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description)}</desc>` +
    `<defs><clipPath id="${p}-map-clip"><rect x="0" y="0" width="${w}" height="${h}"/></clipPath>${mapPatterns(p, theme)}${iconSymbols(p, theme)}</defs>\n` +
    mapLayers(scene, { x: 0, y: 0, w, h }, p, theme, meta.mapOverlay) +
    `</svg>\n`
  );
}

/** A registry line as SVG stroke attributes (dash converted from line widths to px). */
function strokeAttrs(line: LineSymbol): string {
  const dash = dashPx(line);
  return `stroke="${line.color}" stroke-width="${line.width}"${dash ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : ''}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
