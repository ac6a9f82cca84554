// The URL keys added for compare mode, shareable views and the theme:
//   from=YYYY-MM-DD        compare the snapshot at or before `from` with the one at or before `date`
//   view=<lon>,<lat>,<zoom> the map's centre and zoom (5 decimals, 2 for the zoom)
//   focus=<oblast id>       frame that oblast (e.g. UA-09); a pan turns it into a view
//   theme=light|dark|auto   auto follows prefers-color-scheme
// Pure parsers and formatters; url.ts calls them so there is still one parser for the page.
import { clampDate, isValidDay, type IsoDate } from '../domain/dates';
import { isOblastId } from '../domain/oblasts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export const DEFAULT_THEME: ThemeChoice = 'light';

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

export function parseFocus(v: string | null): string | null {
  return v !== null && isOblastId(v) ? v : null;
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
