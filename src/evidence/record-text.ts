// The sentences about the record that the page, the embed and every figure share.
import type { IsoDate } from '../domain/dates';
import { formatDate, formatNumber, type Lang } from '../i18n/format';
import { plural } from '../i18n/plural';
import { RECORD_STRINGS } from '../i18n/record';
import { fillTemplate } from '../i18n/template';
import type { Freshness } from './record';
import type { SourceManifest } from './types';

/** "<source> map of 31 May 2026": the source and the last day of the record shown. */
export function mapOfText(source: SourceManifest, last: IsoDate, lang: Lang): string {
  return fillTemplate(RECORD_STRINGS[lang].mapOf, { source: source.name, date: formatDate(last, 'day', lang) });
}

/** "188 days old" against the reader's today. */
export function ageText(f: Freshness, lang: Lang): string {
  const t = RECORD_STRINGS[lang];
  return f.ageDays === 0 ? t.ageToday : fillTemplate(plural(t.age, f.ageDays, lang), { n: formatNumber(f.ageDays, lang) });
}

/** "The record shown ends on …", for a record more than a week old. */
export function staleText(f: Freshness, lang: Lang): string {
  return fillTemplate(RECORD_STRINGS[lang].staleNotice, { date: formatDate(f.last, 'day', lang) });
}

/** A figure's credit line for a pinned or a live view. */
export function pinCredit(asOf: IsoDate | null | undefined, lang: Lang): string {
  const t = RECORD_STRINGS[lang];
  return asOf ? fillTemplate(t.creditPinned, { date: formatDate(asOf, 'day', lang) }) : t.creditLive;
}
