// The palettes by theme: light is THEME itself (theme.ts); dark has the same keys, so every
// consumer (symbol registry, map style, legend, figures) reads either one the same way. In dark, fills are
// lighter and outlines brighter so each status still stands apart from the dark land, and each
// still differs by pattern or shape as in light (hatch, dots, diamonds, solid vs dashed lines).
// palettes.test.ts holds both palettes to the same contrast and ΔE checks.
import { THEME } from './theme';

type Widen<T> = T extends string ? string : T extends number ? number : { [K in keyof T]: Widen<T[K]> };
export type Palette = Widen<typeof THEME>;
export type ResolvedTheme = 'light' | 'dark';

export const DARK_THEME: Palette = {
  background: '#0b1320',
  neighbour: '#1b212b',
  neighbourLine: '#4b5563',
  land: '#262c36',
  oblastLine: '#8a93a3',
  borderRu: '#d1d5db',
  russianControlFill: '#f87171',
  russianControlOpacity: 0.55,
  claimedFill: '#fda4af',
  claimedOpacity: 0.42,
  claimedLine: '#fca5a5',
  hatch: '#fca5a5',
  zone: '#fb923c',
  point: { claimed: '#ef4444', disputed: '#f59e0b', denied: '#60a5fa' },
  troops: '#111827',
  // As in light, the observed area is a solid fill darker than every claim tint, which are lighter and
  // on top: on dark land that makes it near-black (a mid slate left the red marks at 2:1 and the
  // tints within ΔE 15 under protanopia); its outline (observedLine) sets it off from the sea.
  observedFill: '#06080c',
  observedOpacity: 1,
  observedLine: '#94a3b8',
  notOccupiedOutline: '#5eead4',
  label: '#e5e7eb',
  halo: '#0b1320',
};

export const LIGHT: Palette = THEME;
/** The dark palette; DARK_THEME is its older name. */
export const DARK: Palette = DARK_THEME;

export const PALETTES: Record<ResolvedTheme, Palette> = { light: LIGHT, dark: DARK };

/** Compare mode's own colours (gained, lost, unchanged, claim changed), per theme. Gained and lost also differ by pattern. */
export interface CompareColors {
  gained: string;
  lost: string;
  same: string;
  sameOpacity: number;
  changedLine: string;
}
export const COMPARE_COLORS: Record<ResolvedTheme, CompareColors> = {
  light: { gained: '#c2410c', lost: '#0e7490', same: '#6b7280', sameOpacity: 0.22, changedLine: '#7c3aed' },
  dark: { gained: '#fb923c', lost: '#22d3ee', same: '#9ca3af', sameOpacity: 0.2, changedLine: '#c4b5fd' },
};
