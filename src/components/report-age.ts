// The sentence for a claim's last report and its age on the selected date, in English or Ukrainian
// with the language's plural rules. The report date is written as precisely as its source allows.
import { reportAge } from '../domain/age';
import type { IsoDate, Precision } from '../domain/dates';
import { formatDate, formatNumber, type Lang } from '../i18n/format';
import { plural } from '../i18n/plural';
import { fillTemplate } from '../i18n/template';
import { REPORT_AGE_STRINGS } from './report-age.i18n';

/** "last report 10 August 2025, 16 months earlier". `effective` is the day the report takes effect. */
export function reportAgeText(report: { date: string; precision: Precision }, effective: IsoDate, date: IsoDate, lang: Lang): string {
  const t = REPORT_AGE_STRINGS[lang];
  const age = reportAge(effective, date);
  const phrase = age.days === 0 ? t.sameDay : fillTemplate(plural(t[age.unit], age.n, lang), { n: formatNumber(age.n, lang) });
  return fillTemplate(t.line, { date: formatDate(report.date, report.precision, lang), age: phrase });
}
