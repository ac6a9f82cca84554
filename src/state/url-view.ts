// The URL keys added for compare mode, shareable views and the theme:
//   from=YYYY-MM-DD        compare the snapshot at or before `from` with the one at or before `date`
//   view=<lon>,<lat>,<zoom> the map's centre and zoom (5 decimals, 2 for the zoom)
//   focus=<oblast id>       frame that oblast (e.g. UA-09); a pan turns it into a view
//   focus=place:<claim id>:<n>  frame the n-th place a claim names (its point and uncertainty)
//   focus=area:<oblast id>:<part>  frame one area of not-occupied ground (not shown as occupied) in that oblast
//   theme=light|dark|auto   auto follows prefers-color-scheme
// Pure parsers and formatters; url.ts calls them so there is still one parser for the page.
import { clampDate, isValidDay, type IsoDate } from '../domain/dates';
import { isOblastId } from '../domain/oblasts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export const DEFAULT_THEME: ThemeChoice = 'light';

export const DARK_QUERY = '(prefers-color-scheme: dark)';
export const prefersDark = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;

/** The theme a choice draws in: `auto` follows the system's scheme. */
export function resolveTheme(choice: ThemeChoice | undefined, systemDark: boolean): 'light' | 'dark' {
  return choice === 'dark' || (choice === 'auto' && systemDark) ? 'dark' : 'light';
}

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** What a view may be: on the world (Web Mercator latitudes) and at a zoom MapLibre draws. */
export const VIEW_LIMITS = { lon: 180, lat: 85.05112878, minZoom: 0, maxZoom: 22 } as const;

const NUM = /^-?\d{1,3}(\.\d+)?$/;

export function parseView(v: string | null): MapView | null {
  if (v === null) return null;
  const parts = v.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUM.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map((p) => Number(p.trim())) as [number, number, number];
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  if (Math.abs(lon) > VIEW_LIMITS.lon || Math.abs(lat) > VIEW_LIMITS.lat || zoom < VIEW_LIMITS.minZoom || zoom > VIEW_LIMITS.maxZoom) return null;
  return roundView({ lon, lat, zoom });
}

const round = (n: number, d: number) => {
  const r = Math.round(n * 10 ** d) / 10 ** d;
  return Object.is(r, -0) ? 0 : r;
};

/** The precision the URL keeps: 5 decimals (about 1 m) for the centre, 2 for the zoom. */
export function roundView(v: MapView): MapView {
  return { lon: round(v.lon, 5), lat: round(v.lat, 5), zoom: round(v.zoom, 2) };
}

export function formatView(v: MapView): string {
  const r = roundView(v);
  return `${r.lon.toFixed(5)},${r.lat.toFixed(5)},${r.zoom.toFixed(2)}`;
}

export function sameView(a: MapView | null | undefined, b: MapView | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return formatView(a) === formatView(b);
}

/** What `focus` names: an oblast, a claim's place, or an area of not-occupied ground within an oblast. */
export type FocusTarget =
  | { kind: 'oblast'; oblast: string }
  | { kind: 'place'; claimId: string; n: number }
  | { kind: 'area'; oblast: string; part: number };

// Claim ids are lower-case slugs (data/claims.json); indices are small non-negative integers.
const PLACE_FOCUS = /^place:([a-z0-9][a-z0-9-]{0,47}):(0|[1-9]\d{0,2})$/;
const AREA_FOCUS = /^area:(UA-\d\d):(0|[1-9]\d{0,5})$/;

/** A `focus` value read as a target, or null when it names nothing valid. */
export function focusTarget(v: string | null): FocusTarget | null {
  if (v === null) return null;
  if (isOblastId(v)) return { kind: 'oblast', oblast: v };
  const p = PLACE_FOCUS.exec(v);
  if (p) return { kind: 'place', claimId: p[1]!, n: Number(p[2]) };
  const a = AREA_FOCUS.exec(v);
  if (a && isOblastId(a[1]!)) return { kind: 'area', oblast: a[1]!, part: Number(a[2]) };
  return null;
}

export function formatFocus(t: FocusTarget): string {
  if (t.kind === 'oblast') return t.oblast;
  if (t.kind === 'place') return `place:${t.claimId}:${t.n}`;
  return `area:${t.oblast}:${t.part}`;
}

export function parseFocus(v: string | null): string | null {
  const t = focusTarget(v);
  return t ? formatFocus(t) : null;
}

export function parseTheme(v: string | null): ThemeChoice | null {
  return v !== null && (THEMES as readonly string[]).includes(v) ? (v as ThemeChoice) : null;
}

/**
 * `from` against `date`: an invalid value is dropped, an out-of-range one clamped to the bounds, and
 * a `from` after `date` swapped with it.
 */
export function parseFrom(v: string | null, date: IsoDate, min: IsoDate, max: IsoDate): { from: IsoDate; date: IsoDate } | null {
  if (v === null || !isValidDay(v)) return null;
  const f = clampDate(v, min, max);
  return f > date ? { from: date, date: f } : { from: f, date };
}
