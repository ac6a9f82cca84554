// Pure date/position arithmetic for the timeline, kept out of the component so it can be unit tested.
import { addDays, clampDate, daysBetween, periodStart, precisionOf, type IsoDate } from './dates.ts';
import type { Status } from './schema.ts';

export interface TimelineTick {
  date: string;
  label: string;
  status: Status;
}

/** All ticks of one day merged into one mark. */
export interface MergedTick {
  date: IsoDate;
  labels: string[];
  /** The status the mark is drawn with (see STATUS_PRIORITY). */
  status: Status;
  statuses: Status[];
}

export interface Range {
  min: IsoDate;
  max: IsoDate;
}

/** When one day holds several statuses, the mark shows the first of these: the assertion itself outranks reactions to it. */
export const STATUS_PRIORITY: readonly Status[] = ['claimed', 'confirmed', 'disputed', 'denied', 'assessed'];

/** Days from the centre of a tick within which playback goes one day per step. */
export const SLOW_RADIUS = 20;
export const STEP_MS = 80;
export const TARGET_MS = 40_000;
export const REDUCED_STEP_MS = 1_500;

export function dayIndex(date: IsoDate, min: IsoDate): number {
  return daysBetween(min, date);
}

export function dateAt(index: number, min: IsoDate): IsoDate {
  return addDays(min, Math.round(index));
}

/** Index under a pointer, given the track's left edge and width in the same units. */
export function indexAtPosition(x: number, left: number, width: number, total: number): number {
  if (width <= 0 || total <= 0) return 0;
  const f = Math.min(1, Math.max(0, (x - left) / width));
  return Math.round(f * total);
}

/** Ticks sorted, merged per day and limited to the range; partial dates ("2025-05") sit at their first day. */
export function mergeTicks(ticks: readonly TimelineTick[], range: Range): MergedTick[] {
  const byDay = new Map<IsoDate, MergedTick>();
  for (const t of ticks) {
    if (precisionOf(t.date) === null) continue;
    const date = periodStart(t.date);
    if (date < range.min || date > range.max) continue;
    let m = byDay.get(date);
    if (!m) byDay.set(date, (m = { date, labels: [], status: t.status, statuses: [] }));
    if (!m.labels.includes(t.label)) m.labels.push(t.label);
    if (!m.statuses.includes(t.status)) m.statuses.push(t.status);
  }
  const out = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const m of out) m.status = STATUS_PRIORITY.find((s) => m.statuses.includes(s)) ?? m.status;
  return out;
}

/** Latest tick date strictly before `date`, or null. `dates` must be sorted. */
export function prevTick(date: IsoDate, dates: readonly IsoDate[]): IsoDate | null {
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i]! < date) return dates[i]!;
  return null;
}

/** Earliest tick date strictly after `date`, or null. `dates` must be sorted. */
export function nextTick(date: IsoDate, dates: readonly IsoDate[]): IsoDate | null {
  for (const d of dates) if (d > date) return d;
  return null;
}

function nearTick(date: IsoDate, dates: readonly IsoDate[], radius: number): boolean {
  return dates.some((d) => Math.abs(daysBetween(d, date)) <= radius);
}

/** Number of days in the range that playback crosses one at a time. */
export function slowDayCount(dates: readonly IsoDate[], range: Range, radius = SLOW_RADIUS): number {
  const total = daysBetween(range.min, range.max);
  let count = 0;
  let covered = -1; // last day index already counted
  for (const d of dates) {
    const i = daysBetween(range.min, d);
    const from = Math.max(0, i - radius, covered + 1);
    const to = Math.min(total, i + radius);
    if (to >= from) count += to - from + 1;
    covered = Math.max(covered, to);
  }
  return count;
}

/**
 * Days per step away from ticks, chosen so the whole range plays in about TARGET_MS. The slow
 * windows use up part of that budget; if they would take most of it, the fast part still gets a
 * quarter of the steps rather than racing past in a few frames.
 */
export function fastStep(dates: readonly IsoDate[], range: Range, radius = SLOW_RADIUS): number {
  const steps = Math.round(TARGET_MS / STEP_MS);
  const total = daysBetween(range.min, range.max);
  const slow = slowDayCount(dates, range, radius);
  const fastSteps = Math.max(steps - slow, Math.round(steps / 4));
  return Math.max(1, Math.round((total - slow) / fastSteps));
}

export interface PlayOptions {
  /** Reduced motion: jump from tick to tick. */
  reduced?: boolean;
  /** Days per step away from ticks; defaults to fastStep(). */
  step?: number;
  radius?: number;
}

/** The date playback shows after `date`; returns range.max (never beyond) at the end. */
export function nextPlayDate(date: IsoDate, dates: readonly IsoDate[], range: Range, opts: PlayOptions = {}): IsoDate {
  const d = clampDate(date, range.min, range.max);
  if (d >= range.max) return range.max;
  if (opts.reduced) return nextTick(d, dates) ?? range.max;
  const radius = opts.radius ?? SLOW_RADIUS;
  if (nearTick(d, dates, radius)) return addDays(d, 1);
  let next = addDays(d, opts.step ?? fastStep(dates, range, radius));
  const upcoming = nextTick(d, dates);
  // Land on the first slow day rather than skip into (or over) a tick's window.
  if (upcoming) {
    const windowStart = addDays(upcoming, -radius);
    if (windowStart > d && windowStart < next) next = windowStart;
  }
  return clampDate(next, range.min, range.max);
}
