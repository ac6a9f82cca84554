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

export function formatKm2(n: number, lang: Lang, digits = 0): string {
  return `${formatNumber(n, lang, digits)} ${lang === 'uk' ? 'км²' : 'km²'}`;
}

export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return nf(lang, 'percent', digits).format(share);
}

export type { IsoDate };
