// A figure dated to a span of days ("about 28–30 June 2025"), when its source dates it no closer.
import { formatDate, type Lang } from './format';

/** "about" reads before the span in English; Ukrainian puts "приблизно" after it so "станом на" keeps its object. */
const ABOUT: Record<Lang, (span: string) => string> = { en: (s) => `about ${s}`, uk: (s) => `${s} (приблизно)` };

/**
 * "28 June 2025" for one day; "about 28–30 June 2025" / "28–30 червня 2025 р. (приблизно)" for a span in
 * one month (written out here: Intl's formatRange spaces the dash differently between ICU builds).
 */
export function formatDaySpan(from: string, until: string | undefined, lang: Lang): string {
  if (!until || until === from) return formatDate(from, 'day', lang);
  const sameMonth = from.slice(0, 7) === until.slice(0, 7);
  const span = sameMonth
    ? `${Number(from.slice(8, 10))}–${formatDate(until, 'day', lang)}`
    : `${formatDate(from, 'day', lang)} – ${formatDate(until, 'day', lang)}`;
  return ABOUT[lang](span);
}
