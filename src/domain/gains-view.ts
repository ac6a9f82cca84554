// Pure view model of the advance-rate panel: which month is selected, the rows the chart draws, the
// projection to show (per series: ISW's figures or the net change computed from the observed snapshots)
// and where each figure comes from. No React, no recharts, no strings, so the panel, the embed and the
// exports share it and it is cheap to test.
import { monthOf, periodEnd, type IsoDate } from './dates.ts';
import { projectionBasis, projectionFor, yearsToTakeRest, type ProjectionBasis } from './gains.ts';
import type { ObservedGain } from './observed-metrics.ts';
import type { Dataset, Source } from './schema.ts';

export interface GainRow {
  /** "YYYY-MM". */
  month: string;
  km2: number;
  /** Who counted the figure ("ISW"). */
  countedBy: string;
  sourceId: string;
  /** Publisher of the source, or null if the id is not in sources.json (validation should prevent that). */
  publisher: string | null;
  /** True for the month containing the store's date. */
  selected: boolean;
}

export interface GainsQuote {
  text: string;
  /** The source the quote is attributed to; null when the months do not name one. */
  source: Source | null;
}

export interface GainsView {
  /** Month ("YYYY-MM") of the store's date. */
  selectedMonth: string;
  rows: GainRow[];
  /** First and last month with a figure; null when there are none. */
  coverage: { first: string; last: string } | null;
  /** True when the selected month has a figure of its own. */
  hasSelected: boolean;
  /** Sources of the two reference areas in the projection basis. */
  totalSource: Source | null;
  occupiedSource: Source | null;
  /** Who mapped the occupied area (the observed source's name), read from the area's basis text; null if not stated. */
  occupiedMapper: string | null;
  quote: GainsQuote | null;
  /** Distinct counters of the monthly figures, in order of first appearance ("ISW"). */
  countedBy: string[];
  /** Every month either series covers, in order: ISW's figure and the one computed from the snapshots. */
  months: MonthRow[];
  /** The series the projection uses (ISW's when there are no snapshots). */
  series: Series;
  /** The projection for the selected month in `series` (or its latest month, `fallback` true); null when the series is empty. */
  rate: RateProjection | null;
}

/** Which monthly figures the projection uses: ISW's, or the net change computed from the observed snapshots. */
export type Series = 'reported' | 'observed';

export interface MonthRow {
  month: string;
  reported: GainRow | null;
  observed: ObservedGain | null;
  selected: boolean;
}

export interface RateProjection {
  series: Series;
  month: string;
  /** Net change in the month, km² (may be zero or negative). */
  km2: number;
  /** Years to take the rest at this rate: finite and ≥ 0, or Infinity for "never at this rate". */
  years: number;
  basis: ProjectionBasis;
  /** The snapshots compared, for the computed series. */
  from: string | null;
  to: string | null;
  partial: boolean;
  /** True when the selected month has no figure in this series and the latest month's is used. */
  fallback: boolean;
}

/** The union of the months of both series, in order. */
export function monthRows(rows: readonly GainRow[], observed: readonly ObservedGain[], selectedMonth: string): MonthRow[] {
  const reported = new Map(rows.map((r) => [r.month, r]));
  const obs = new Map(observed.map((g) => [g.month, g]));
  return [...new Set([...reported.keys(), ...obs.keys()])]
    .sort()
    .map((month) => ({ month, reported: reported.get(month) ?? null, observed: obs.get(month) ?? null, selected: month === selectedMonth }));
}

/** The projection for `month` in one series, falling back to the series' latest month; null when it has none. */
export function rateProjection(
  data: Pick<Dataset, 'gains' | 'areas'>, observed: readonly ObservedGain[], series: Series, month: string,
): RateProjection | null {
  const basis = projectionBasis(data.areas);
  if (series === 'observed') {
    const own = observed.find((g) => g.month === month);
    const g = own ?? observed[observed.length - 1];
    if (!g) return null;
    return { series, month: g.month, km2: g.km2, years: yearsToTakeRest(basis.remaining, g.km2), basis, from: g.from, to: g.to, partial: g.partial, fallback: !own };
  }
  const months = [...data.gains.months].sort((a, b) => a.month.localeCompare(b.month));
  const own = months.find((m) => m.month === month);
  const g = own ?? months[months.length - 1];
  if (!g) return null;
  return { series, month: g.month, km2: g.km2, years: yearsToTakeRest(basis.remaining, g.km2), basis, from: null, to: null, partial: false, fallback: !own };
}

export function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}

/** The day the store jumps to when a month is chosen: the month's last day, when its figure is complete. */
export function monthEndDate(month: string): IsoDate {
  return periodEnd(month);
}

export function gainRows(data: Pick<Dataset, 'gains' | 'sources'>, selectedMonth: string): GainRow[] {
  const byId = sourceIndex(data.sources);
  return [...data.gains.months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({
      month: m.month,
      km2: m.km2,
      countedBy: m.counted_by,
      sourceId: m.source,
      publisher: byId.get(m.source)?.publisher ?? null,
      selected: m.month === selectedMonth,
    }));
}

/** "as mapped by <source> on …" → "<source>". */
export function mapperOf(basis: string): string | null {
  const m = /\bmapped by ([A-Z][\p{L}\p{N}-]*(?: [A-Z][\p{L}\p{N}-]*)*)/u.exec(basis);
  return m ? m[1]! : null;
}

/**
 * The source gains.json's quote is credited to: its `quote_source` when given (the Telegraph, which
 * copied AFP's figures); otherwise the source most monthly figures cite, the latest month's on a tie.
 */
export function quoteSource(data: Pick<Dataset, 'gains' | 'sources'>): Source | null {
  if (data.gains.quote_source) return sourceIndex(data.sources).get(data.gains.quote_source) ?? null;
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const m of [...data.gains.months].sort((a, b) => a.month.localeCompare(b.month))) {
    const n = (counts.get(m.source) ?? 0) + 1;
    counts.set(m.source, n);
    if (best === null || n >= counts.get(best)!) best = m.source;
  }
  return best === null ? null : (sourceIndex(data.sources).get(best) ?? null);
}

export function gainsView(data: Dataset, date: IsoDate, observed: readonly ObservedGain[] = [], wanted: Series = 'reported'): GainsView {
  const selectedMonth = monthOf(date);
  const rows = gainRows(data, selectedMonth);
  const series: Series = wanted === 'observed' && observed.length ? 'observed' : rows.length ? 'reported' : observed.length ? 'observed' : 'reported';
  const first = rows[0];
  const last = rows[rows.length - 1];
  const coverage = first && last ? { first: first.month, last: last.month } : null;
  const own = projectionFor(data, selectedMonth);
  const byId = sourceIndex(data.sources);
  // The reference areas, named only when there are monthly figures to project from (as the panel shows them).
  const basis = (own ?? (last ? projectionFor(data, last.month) : null))?.basis;
  return {
    selectedMonth,
    rows,
    coverage,
    hasSelected: own !== null,
    totalSource: basis ? (byId.get(basis.total.source) ?? null) : null,
    occupiedSource: basis ? (byId.get(basis.occupied.source) ?? null) : null,
    occupiedMapper: basis ? mapperOf(basis.occupied.basis) : null,
    quote: data.gains.quote ? { text: data.gains.quote, source: quoteSource(data) } : null,
    countedBy: [...new Set(rows.map((r) => r.countedBy))],
    months: monthRows(rows, observed, selectedMonth),
    series,
    rate: rows.length || observed.length ? rateProjection(data, observed, series, selectedMonth) : null,
  };
}

/** Whole years for the sentence; Infinity (a month with no gain) stays Infinity. */
export function roundedYears(years: number): number {
  return Number.isFinite(years) ? Math.round(years) : Infinity;
}
