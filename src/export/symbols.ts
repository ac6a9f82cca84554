// The map's symbols as SVG markup, for the exported figures: legend swatches (as Legend.tsx draws
// them), the fill patterns and point icons (as map/patterns.ts draws them for MapLibre). Colours
// come from the one THEME. Nothing here comes from data, so nothing needs escaping.
import { THEME } from '../symbols/theme';

export type SymbolKey = 'held' | 'fullClaim' | 'annex' | 'zone' | 'borderRu' | 'claimed' | 'disputed' | 'denied' | 'troops';
/** Legend order, as on the page. */
export const SYMBOL_ORDER: readonly SymbolKey[] = ['held', 'fullClaim', 'annex', 'zone', 'claimed', 'disputed', 'denied', 'troops', 'borderRu'];

export const SWATCH = { w: 28, h: 18 } as const;
const DIAMOND = 'M14 2 L21 9 L14 16 L7 9 Z';

/** Inner markup of a 28×18 legend swatch; `id` prefixes pattern ids so several can share a document. */
export function swatchBody(key: SymbolKey, id: string): string {
  switch (key) {
    case 'held':
      return `<rect x="1" y="1" width="26" height="16" fill="${THEME.heldFill}" fill-opacity="${THEME.heldOpacity}" stroke="${THEME.oblastLine}"/>`;
    case 'fullClaim':
      return `<rect x="2" y="2" width="24" height="14" fill="${THEME.claimedFill}" fill-opacity="${THEME.claimedOpacity}" stroke="${THEME.claimedLine}" stroke-width="2.6"/>`;
    case 'annex':
      return (
        `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
        `<line x1="0" y1="0" x2="0" y2="6" stroke="${THEME.hatch}" stroke-width="1.4"/></pattern></defs>` +
        `<rect x="1" y="1" width="26" height="16" fill="url(#${id}-hatch)" stroke="${THEME.oblastLine}"/>`
      );
    case 'zone':
      return (
        `<defs><pattern id="${id}-dots" width="4" height="4" patternUnits="userSpaceOnUse">` +
        `<circle cx="2" cy="2" r="0.9" fill="${THEME.zone}"/></pattern></defs>` +
        `<rect x="1" y="1" width="26" height="16" fill="url(#${id}-dots)" stroke="${THEME.zone}" stroke-dasharray="3 2"/>`
      );
    case 'borderRu':
      return (
        `<line x1="1" y1="6" x2="27" y2="6" stroke="${THEME.borderRu}" stroke-width="1.6"/>` +
        `<line x1="1" y1="13" x2="27" y2="13" stroke="${THEME.borderRu}" stroke-width="1.2" stroke-dasharray="4 2"/>`
      );
    case 'claimed':
      return `<path d="${DIAMOND}" fill="${THEME.point.claimed}" stroke="#fff" stroke-width="1.5"/>`;
    case 'disputed':
      return (
        `<path d="${DIAMOND}" fill="#fff"/><path d="M14 2 L7 9 L14 16 Z" fill="${THEME.point.disputed}"/>` +
        `<path d="${DIAMOND}" fill="none" stroke="${THEME.point.disputed}" stroke-width="1.5"/>`
      );
    case 'denied':
      return (
        `<path d="${DIAMOND}" fill="#fff" stroke="${THEME.point.denied}" stroke-width="1.5"/>` +
        `<line x1="9" y1="13" x2="19" y2="5" stroke="${THEME.point.denied}" stroke-width="1.5"/>`
      );
    case 'troops':
      return (
        `<circle cx="14" cy="9" r="8" fill="#fff" stroke="${THEME.troops}"/>` +
        `<path d="M9 10 L14 6 L19 10 M9 14 L14 10 L19 14" fill="none" stroke="${THEME.troops}" stroke-width="1.6"/>`
      );
  }
}

/** A standalone swatch image, rendered at `scale` × its CSS size (for drawing onto a canvas). */
export function swatchSvg(key: SymbolKey, scale = 1): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SWATCH.w * scale}" height="${SWATCH.h * scale}" viewBox="0 0 ${SWATCH.w} ${SWATCH.h}">` +
    swatchBody(key, `sw-${key}`) +
    `</svg>`
  );
}

/** Map fill patterns in map pixels: the 8 px diagonal hatch and the 6 px dots of patterns.ts. */
export function mapPatterns(prefix: string): string {
  return (
    `<pattern id="${prefix}-hatch" width="8" height="8" patternUnits="userSpaceOnUse">` +
    `<path d="M-8 8 L0 0 M0 8 L8 0 M8 8 L16 0" stroke="${THEME.hatch}" stroke-width="1.2"/></pattern>` +
    `<pattern id="${prefix}-dots" width="6" height="6" patternUnits="userSpaceOnUse">` +
    `<circle cx="3" cy="3" r="1.1" fill="${THEME.zone}"/></pattern>`
  );
}

export type IconKey = 'pt-claimed' | 'pt-disputed' | 'pt-denied' | 'troops';
export const ICON_SIZE: Record<IconKey, number> = { 'pt-claimed': 22, 'pt-disputed': 22, 'pt-denied': 22, troops: 24 };

const D22 = 'M11 2 L20 11 L11 20 L2 11 Z';

/** The point icons as <symbol>s, drawn as patterns.ts draws them for the map. */
export function iconSymbols(prefix: string): string {
  const sym = (key: IconKey, body: string) => `<symbol id="${prefix}-${key}" viewBox="0 0 ${ICON_SIZE[key]} ${ICON_SIZE[key]}" overflow="visible">${body}</symbol>`;
  return (
    sym('pt-claimed', `<path d="${D22}" fill="${THEME.point.claimed}" stroke="#fff" stroke-width="2"/>`) +
    sym(
      'pt-disputed',
      `<clipPath id="${prefix}-half"><path d="${D22}"/></clipPath>` +
        `<path d="${D22}" fill="#fff"/><rect x="0" y="0" width="11" height="22" fill="${THEME.point.disputed}" clip-path="url(#${prefix}-half)"/>` +
        `<path d="${D22}" fill="none" stroke="${THEME.point.disputed}" stroke-width="2"/>`,
    ) +
    sym('pt-denied', `<path d="${D22}" fill="#fff" stroke="${THEME.point.denied}" stroke-width="2"/><path d="M5 17 L17 5" stroke="${THEME.point.denied}" stroke-width="2"/>`) +
    sym(
      'troops',
      `<circle cx="12" cy="12" r="11" fill="#fff" stroke="${THEME.troops}" stroke-width="1.5"/>` +
        `<path d="M6 13 L12 7 L18 13 M6 18 L12 12 L18 18" fill="none" stroke="${THEME.troops}" stroke-width="2.2"/>`,
    )
  );
}
