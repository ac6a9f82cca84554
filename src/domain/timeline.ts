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

/*
 * The track's scales. The observed record is short (about 18 months) beside the claims,
 * which reach back to 2014; on one linear track a day of the record is well under a pixel. The
 * timeline therefore has two rows: an overview of the whole range on a two-scale axis (the years
 * before the record squeezed into a fixed share and marked as such) and a detail rail showing a
 * window of days at WINDOW_PX_PER_DAY or more, which follows the date.
 */

/** One linear piece of a scale: day indices [from, to] drawn over the fractions [x0, x1] of the track. */
export interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** A piecewise-linear map from day indices to fractions of a track's width; segments are sorted and contiguous. */
export type Scale = readonly Segment[];

/** Share of the overview given to the years before the record. */
export const PRE_RECORD_SHARE = 0.3;
/** Pixels per day the detail rail keeps (never below 2, so a 10 px move is at most 5 days). */
export const WINDOW_PX_PER_DAY = 2.5;
/** Share of the window kept between the date and the window's edge as the date moves. */
export const WINDOW_MARGIN = 0.1;

export function linearScale(from: number, to: number): Scale {
  return [{ from, to, x0: 0, x1: 1 }];
}

/**
 * The overview: days [0, recordStart] over the first `preShare` of the track, the rest linear over
 * the remainder. Without a record inside the range (recordStart ≤ 0 or ≥ total) it is linear.
 */
export function twoScale(total: number, recordStart: number | null, preShare = PRE_RECORD_SHARE): Scale {
  if (recordStart === null || recordStart <= 0 || recordStart >= total) return linearScale(0, Math.max(0, total));
  return [
    { from: 0, to: recordStart, x0: 0, x1: preShare },
    { from: recordStart, to: total, x0: preShare, x1: 1 },
  ];
}

/** Fraction of the track at which a day index sits (clamped to the scale). */
export function fractionOf(scale: Scale, index: number): number {
  const first = scale[0]!;
  const last = scale[scale.length - 1]!;
  if (index <= first.from) return first.x0;
  if (index >= last.to) return last.x1;
  const s = scale.find((g) => index <= g.to)!;
  return s.to === s.from ? s.x0 : s.x0 + ((index - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
}

/** Day index (whole) nearest to a fraction of the track, clamped to the scale. */
export function indexAtFraction(scale: Scale, f: number): number {
  const first = scale[0]!;
  const last = scale[scale.length - 1]!;
  if (f <= first.x0) return first.from;
  if (f >= last.x1) return last.to;
  const s = scale.find((g) => f <= g.x1)!;
  if (s.x1 === s.x0) return s.from;
  return Math.min(s.to, Math.max(s.from, Math.round(s.from + ((f - s.x0) / (s.x1 - s.x0)) * (s.to - s.from))));
}

/** Day index under a pointer at x, for a track starting at `left` and `width` wide (same units). */
export function indexAtPointer(scale: Scale, x: number, left: number, width: number): number {
  if (width <= 0) return scale[0]!.from;
  return indexAtFraction(scale, (x - left) / width);
}

/** Pixels per day of a segment on a track `width` wide. */
export function pxPerDay(s: Segment, width: number): number {
  return s.to === s.from ? Infinity : ((s.x1 - s.x0) * width) / (s.to - s.from);
}

/** Days the detail rail shows on a track `width` px wide: as many as fit at `px` per day, at most the whole range. */
export function windowSpan(width: number, total: number, px = WINDOW_PX_PER_DAY): number {
  if (total <= 0) return 0;
  return Math.min(total, Math.max(1, Math.floor(width / px)));
}

/**
 * Where the detail window starts after the date moved to `value`: a date that left the window
 * (a jump) is centred; one that comes within the margin of an edge (a step, playback) scrolls the
 * window so the date keeps the margin; otherwise the window stays put, so it never shifts under
 * the pointer. The window always lies inside [0, total].
 */
export function placeWindow(start: number, value: number, span: number, total: number, margin = WINDOW_MARGIN): number {
  const maxStart = Math.max(0, total - span);
  let s = start;
  if (value < s || value > s + span) s = Math.round(value - span / 2);
  else {
    const m = Math.floor(span * margin);
    if (value < s + m) s = value - m;
    else if (value > s + span - m) s = value + m - span;
  }
  return Math.min(maxStart, Math.max(0, s));
}
