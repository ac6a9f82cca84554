// How old a claim's last report is on the selected date, in the unit a reader would use: days under
// a month, whole months under two years, whole years beyond. Pure: two ISO days in, a count out.
import { daysBetween, type IsoDate } from './dates.ts';

export interface Age {
  unit: 'day' | 'month' | 'year';
  /** Whole units, ≥ 0. */
  n: number;
  /** Whole days, ≥ 0. */
  days: number;
}

/** Whole calendar months from `from` to `to` (a month counts once its day of the month is reached). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [y0, m0, d0] = from.split('-').map(Number) as [number, number, number];
  const [y1, m1, d1] = to.split('-').map(Number) as [number, number, number];
  let n = (y1 - y0) * 12 + (m1 - m0);
  if (d1 < d0) n -= 1;
  return Math.max(0, n);
}

/** Age of a report dated `report` seen on `date` (never negative: a later report is 0 days old). */
export function reportAge(report: IsoDate, date: IsoDate): Age {
  const days = Math.max(0, daysBetween(report, date));
  const months = monthsBetween(report, date);
  if (months < 1) return { unit: 'day', n: days, days };
  if (months < 24) return { unit: 'month', n: months, days };
  return { unit: 'year', n: Math.floor(months / 12), days };
}
