// The record as the reader sees it: cut at a pinned day, its last day, its age against the reader's
// today (an injectable clock, so tests fix "today"), and the provenance the packed file may carry.
import { daysBetween, type IsoDate } from '../domain/dates';
import type { ObservedHistory, PackedObserved } from '../domain/observed-format';

/** A record whose last day is more than this many days before the reader's today gets a notice. */
export const STALE_AFTER_DAYS = 7;

/** The history up to and including `asOf` (the whole history when absent or after its end). */
export function cutHistory(h: ObservedHistory, asOf: IsoDate | null | undefined): ObservedHistory {
  if (!asOf || !h.dates.length || h.dates.at(-1)! <= asOf) return h;
  // Later days stay in the face and arc runs; no lookup reaches them once the dates end at asOf.
  const dates = h.dates.filter((d) => d <= asOf);
  return { ...h, dates, packed: { ...h.packed, dates } };
}

/** The reader's today: the calendar day of their own clock, in their own time zone. */
export function todayOf(now: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export interface Freshness {
  /** The last day of the record shown. */
  last: IsoDate;
  /** Whole days from `last` to the reader's today (0 on the same day; never negative). */
  ageDays: number;
  /** More than STALE_AFTER_DAYS old: the page and the embed say where the record ends. */
  stale: boolean;
}

export function freshness(last: IsoDate, now: Date): Freshness {
  const ageDays = Math.max(0, daysBetween(last, todayOf(now)));
  return { last, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

/** What the packed file says about where its days came from; null where it does not say (a commit is unknown for archived snapshots). */
export interface Provenance {
  mirror: string | null;
  commit: string | null;
  manifestHash: string | null;
}

/** Where the packed file says its days came from (`provenance`: the mirror, its commit, the manifest hash). */
export function provenanceOf(packed: Pick<PackedObserved, 'provenance'> | null | undefined): Provenance {
  const p = packed?.provenance;
  return { mirror: p?.mirror || null, commit: p?.commit || null, manifestHash: p?.manifest || null };
}
