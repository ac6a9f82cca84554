// Dates and numbers through Intl, in the reader's language; dates are UTC days so no zone shifts them.
import { periodStart, type IsoDate, type Precision } from '../domain/dates';

export type Lang = 'en' | 'uk';
export const LANGS: readonly Lang[] = ['en', 'uk'];
export const LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk-UA' };

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...opts })));
  return f;
}

const OPTS: Record<Precision | 'long' | 'short', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A date written only as precisely as its source allows: "30 June 2025", "May 2025", "2014". */
export function formatDate(date: string, precision: Precision | 'long' | 'short', lang: Lang): string {
  const d = new Date(periodStart(date) + 'T00:00:00Z');
  return dtf(lang, OPTS[precision]).format(d);
}

export function formatMonth(month: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  return dtf(lang, { month: style, year: style === 'long' ? 'numeric' : '2-digit' }).format(new Date(month + '-01T00:00:00Z'));
}

// Number formats are cached like date formats: building one per call cost ~4 ms per timeline step.
const nfCache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${lang} ${style} ${digits}`;
  let f = nfCache.get(key);
  if (!f) nfCache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { style, maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f;
}

export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return nf(lang, 'decimal', digits).format(n);
}

/** The one table of unit symbols: every view writes a unit through it (and formatUnit), never by hand. */
export const UNITS = {
  km: { en: 'km', uk: 'км' },
  km2: { en: 'km²', uk: 'км²' },
  kb: { en: 'KB', uk: 'КБ' },
  mb: { en: 'MB', uk: 'МБ' },
  north: { en: 'N', uk: 'пн. ш.' },
  east: { en: 'E', uk: 'сх. д.' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Unit = keyof typeof UNITS;

export function unitSymbol(unit: Unit, lang: Lang): string {
  return UNITS[unit][lang];
}

/** "12.5 km", "12,5 км": the number in the reader's locale, a space, the unit's symbol. */
export function formatUnit(n: number, unit: Unit, lang: Lang, digits = 0): string {
  return `${formatNumber(n, lang, digits)} ${unitSymbol(unit, lang)}`;
}

export function formatKm2(n: number, lang: Lang, digits = 0): string {
  return formatUnit(n, 'km2', lang, digits);
}

/** A file size: MB from 1024 KB up (one decimal), else whole KB. */
export function formatBytes(bytes: number, lang: Lang): string {
  const kb = bytes / 1024;
  return kb >= 1024 ? formatUnit(kb / 1024, 'mb', lang, 1) : formatUnit(kb, 'kb', lang);
}

/** "48.45° N, 31.65° E" / "48,45° пн. ш., 31,65° сх. д." (two decimals). */
export function formatLatLon([lon, lat]: readonly [number, number], lang: Lang): string {
  return `${formatNumber(lat, lang, 2)}° ${unitSymbol('north', lang)}, ${formatNumber(lon, lang, 2)}° ${unitSymbol('east', lang)}`;
}

export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return nf(lang, 'percent', digits).format(share);
}

export type { IsoDate };
