// What the exported figure says on a date, in a language: title, date, legend entries, credits.
import type { JoinResult } from '../domain/join';
import type { Source } from '../domain/schema';
import { formatDate, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { publishersOf } from './credits';
import { EXPORT_STRINGS } from './export.i18n';
import { fillTemplate } from '../i18n/template';
import type { FigureInput } from './layout';
import { SYMBOL_ORDER, type SymbolKey } from '../symbols/registry';
import { visibleSymbols } from '../symbols/visible';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { showsNotOccupied } from '../domain/observed-metrics';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';
import { mapOfText, pinCredit } from '../evidence/record-text';
import type { SourceRecord } from '../evidence/records';

export type FigureText = Omit<FigureInput, 'mapWidth' | 'mapHeight' | 'theme'> & { legend: Array<{ key: SymbolKey | 'observed' | 'notOccupied'; label: string; group?: string }>; description: string };

/**
 * `observed` is the record shown (already cut at a pinned view's day), or every source's record (one
 * legend group and credit per source); `asOf` is that day, or null for a live view: the credits say
 * which, and name each record's last day.
 */
export function figureText(join: JoinResult, sources: readonly Source[], lang: Lang, observed?: ObservedHistory | readonly SourceRecord[] | null, asOf: string | null = null): FigureText {
  const t = EXPORT_STRINGS[lang];
  const l = sourced(STRINGS[lang].legend, observedSource(), lang);
  const date = formatDate(join.date, 'day', lang);
  const on = visibleSymbols(join);
  const publishers = publishersOf(join, sources);
  const records: readonly SourceRecord[] = Array.isArray(observed) ? observed : observed ? [{ source: observedSource(), history: observed as ObservedHistory }] : [];
  // Figures carry the evidence: an observed group per source, with its snapshot date, whenever the map draws it.
  const shown = records.flatMap((r, i) => {
    const day = snapshotIndex(r.history.dates, join.date);
    return day >= 0 ? [{ ...r, primary: i === 0, snap: r.history.dates[day]!, l: sourced(STRINGS[lang].legend, r.source, lang) }] : [];
  });
  const claimed = SYMBOL_ORDER.filter((k) => on.has(k)).map((key) => ({ key, label: l[key], group: shown.length ? l.groupClaimed : undefined }));
  // The map outlines the first (primary) record's ground not shown as occupied: its entry joins that group.
  const observedGroup = shown.flatMap((r) => {
    const group = fillTemplate(r.l.groupObserved, { date: formatDate(r.snap, 'day', lang) });
    const entries: FigureText['legend'] = [{ key: 'observed', label: r.l.observed, group }];
    if (r.primary && showsNotOccupied(r.history, join.date)) entries.push({ key: 'notOccupied', label: r.l.notOccupied, group });
    return entries;
  });
  return {
    title: fillTemplate(t.figureTitle, { date }),
    subtitle: t.figureSubtitle,
    date,
    legendTitle: t.legendTitle,
    legend: [...claimed, ...observedGroup],
    credits: [
      publishers.length ? fillTemplate(t.creditSources, { list: publishers.join('; ') }) : t.creditNoSources,
      ...shown.flatMap((r) => [r.l.observedCredit, `${mapOfText(r.source, r.history.dates.at(-1)!, lang)} · ${pinCredit(asOf, lang)}`]),
      t.creditBoundaries,
      t.creditTool,
    ],
    description: t.figureDesc,
  };
}

/** territorial-control_2025-07-01_2x.png, territorial-control_2025-07-01.svg, … */
export function exportFileName(date: string, ext: 'png' | 'svg' | 'csv' | 'geojson', scale?: number): string {
  const stem = ext === 'geojson' ? 'territorial-claims' : ext === 'csv' ? 'territorial-status' : 'territorial-control';
  return `${stem}_${date}${ext === 'png' ? `_${scale ?? 1}x` : ''}.${ext}`;
}
