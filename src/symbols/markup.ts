// The symbol registry as SVG text, for the exported SVG figure and the PNG legend swatches, in the
// light or dark theme's set. Ids are prefixed so several figures can share a document. Nothing here
// comes from data: no escaping needed.
import type { ResolvedTheme } from './palettes';
import { SWATCH, iconInSwatch, patternsOf, symbols, type IconKey, type Mark, type PatternKey, type StatusPatternKey, type SwatchKey } from './registry';

/** One mark as an SVG <path> (with a <clipPath> before it when clipped). */
export function markSvg(m: Mark, prefix: string, key: string): string {
  const attrs: string[] = [`d="${m.d}"`];
  attrs.push(`fill="${m.fill === undefined ? 'none' : typeof m.fill === 'string' ? m.fill : `url(#${prefix}-${m.fill.pattern})`}"`);
  if (m.fillOpacity !== undefined) attrs.push(`fill-opacity="${m.fillOpacity}"`);
  if (m.stroke) attrs.push(`stroke="${m.stroke}" stroke-width="${m.strokeWidth ?? 1}"`);
  if (m.dash) attrs.push(`stroke-dasharray="${m.dash.join(' ')}"`);
  if (!m.clip) return `<path ${attrs.join(' ')}/>`;
  const id = `${prefix}-${key}-clip`;
  return `<clipPath id="${id}"><path d="${m.clip}"/></clipPath><path ${attrs.join(' ')} clip-path="url(#${id})"/>`;
}

/** A fill pattern as an SVG <pattern> (id `<prefix>-<key>`), in map pixels. */
export function patternSvg(key: PatternKey, prefix: string, theme: ResolvedTheme): string {
  const t = symbols(theme).TILES[key];
  return `<pattern id="${prefix}-${key}" width="${t.size}" height="${t.size}" patternUnits="userSpaceOnUse">${t.marks.map((m, i) => markSvg(m, prefix, `${key}-${i}`)).join('')}</pattern>`;
}

/** Every status fill pattern, for a figure's <defs>. */
export function mapPatterns(prefix: string, theme: ResolvedTheme): string {
  return (Object.keys(symbols(theme).PATTERNS) as StatusPatternKey[]).map((k) => patternSvg(k, prefix, theme)).join('');
}

function iconBody(key: IconKey, prefix: string, theme: ResolvedTheme): string {
  return symbols(theme).ICONS[key].marks.map((m, i) => markSvg(m, prefix, `${key}-${i}`)).join('');
}

/** The point icons as <symbol>s (id `<prefix>-<icon>`), for <use>. */
export function iconSymbols(prefix: string, theme: ResolvedTheme): string {
  const icons = symbols(theme).ICONS;
  return (Object.keys(icons) as IconKey[])
    .map((k) => `<symbol id="${prefix}-${k}" viewBox="0 0 ${icons[k].size} ${icons[k].size}" overflow="visible">${iconBody(k, prefix, theme)}</symbol>`)
    .join('');
}

/** Inner markup of a 28×18 legend swatch; `id` prefixes its pattern and clip ids. */
export function swatchBody(key: SwatchKey, id: string, theme: ResolvedTheme): string {
  const s = symbols(theme).SWATCHES[key];
  if ('icon' in s) {
    const at = iconInSwatch(s.icon);
    return `<g transform="translate(${at.x} ${at.y}) scale(${at.scale})">${iconBody(s.icon, id, theme)}</g>`;
  }
  const defs = patternsOf(s.marks).map((p) => patternSvg(p, id, theme)).join('');
  return (defs ? `<defs>${defs}</defs>` : '') + s.marks.map((m, i) => markSvg(m, id, `${key}-${i}`)).join('');
}

/** A standalone swatch image, rendered at `scale` × its CSS size (for drawing onto a canvas or an <img>). */
export function swatchSvg(key: SwatchKey, scale: number, theme: ResolvedTheme): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SWATCH.w * scale}" height="${SWATCH.h * scale}" viewBox="0 0 ${SWATCH.w} ${SWATCH.h}">` +
    swatchBody(key, `sw-${key}`, theme) +
    `</svg>`
  );
}
